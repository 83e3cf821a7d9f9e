"""The log tab: search, a sortable table of sign-ups, the organisation's details, letters.

The widget lays things out and calls the :class:`~explainer.store.LogStore` directly: every call
is a single short SQLite transaction (milliseconds even with 10,000 entries, see
``benchmarks/log.py``), so nothing here needs a worker thread. Store errors are shown through
the app's translated error dialogs when available.

A log locked with a passphrase arrives still locked (``open_store()`` opens it with
``allow_locked``): the widget shows a passphrase prompt instead of the table until
:meth:`LogWidget.unlock` succeeds. The *Passphrase* menu locks a plain log, changes the
passphrase or removes it (:meth:`~explainer.store.LogStore.change_passphrase`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explainer.errors import ExplainerError
from explainer.store import REQUEST_TYPES, LogStore, NewNotice, Signup
from explainer.store.cipher import EncryptedLogError
from explainer.ui.log.dialogs import FSI, PDI, PassphraseDialog, SignupDialog
from explainer.ui.log.model import SignupRole, SignupTableModel, SortRole, data_labels
from explainer.ui.log.prefill import NoticeDraft, recipients_from_analysis

logger = logging.getLogger(__name__)


class LogWidget(QWidget):
    """The family's log. ``letterWritten(path)`` fires after a letter PDF is saved."""

    letterWritten = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, store: LogStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = SignupTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeading)
        self.table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.letter_button = QToolButton()
        self.letter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.letter_button)
        self.letter_actions = {}
        for kind in REQUEST_TYPES:
            action = menu.addAction(kind)
            action.setData(kind)
            self.letter_actions[kind] = action
            action.triggered.connect(lambda _c=False, k=kind: self.write_letter(k))
        self.letter_button.setMenu(menu)
        self.passphrase_button = QToolButton()
        self.passphrase_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        passphrase_menu = QMenu(self.passphrase_button)
        self.lock_action = passphrase_menu.addAction("")
        self.change_action = passphrase_menu.addAction("")
        self.remove_action = passphrase_menu.addAction("")
        self.lock_action.triggered.connect(lambda _c=False: self.lock_with_passphrase())
        self.change_action.triggered.connect(lambda _c=False: self.change_passphrase())
        self.remove_action.triggered.connect(lambda _c=False: self.remove_passphrase())
        self.passphrase_button.setMenu(passphrase_menu)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setObjectName("overdueReminder")
        self.reminder.setStyleSheet(
            "QLabel#overdueReminder { background: #fff3cd; color: #3d2e00; "
            "border: 1px solid #8a5a00; padding: 6px; }"
        )
        self.reminder.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.letter_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.passphrase_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.log_page = QWidget()
        layout = QVBoxLayout(self.log_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reminder)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.locked_page = QWidget()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton()
        self.unlock_error = QLabel()
        self.unlock_error.setVisible(False)
        self.passphrase_edit.returnPressed.connect(lambda: self.unlock())
        self.unlock_button.clicked.connect(lambda _c=False: self.unlock())
        locked = QVBoxLayout(self.locked_page)
        locked.addStretch(1)
        self.locked_label = QLabel()
        locked.addWidget(self.locked_label)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.unlock_button)
        locked.addLayout(row)
        locked.addWidget(self.unlock_error)
        locked.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.log_page)
        self.stack.addWidget(self.locked_page)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack)
        self._retranslate_static()
        if store.locked:
            self.stack.setCurrentWidget(self.locked_page)
            self.passphrase_edit.setFocus()
        else:
            self.refresh()
        self._update_passphrase_actions()

    def _retranslate_static(self) -> None:
        """Every fixed text of the tab, again whenever the interface language changes."""
        self.search.setPlaceholderText(self.tr("Search organisations, data, notes…"))
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.letter_button.setText(self.tr("Write a letter"))
        for kind, label in self._letter_labels().items():
            self.letter_actions[kind].setText(label)
        self.passphrase_button.setText(self.tr("Passphrase"))
        self.lock_action.setText(self.tr("Lock the log with a passphrase…"))
        self.change_action.setText(self.tr("Change the passphrase…"))
        self.remove_action.setText(self.tr("Remove the passphrase…"))
        self.reminder.setAccessibleName(self.tr("Replies that are overdue"))
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.locked_label.setText(self.tr("This log is locked with a passphrase."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_static()
            self.model.retranslate()
            if not self.store.locked:
                self.refresh()
        super().changeEvent(event)

    def _letter_labels(self) -> dict[str, str]:
        labels = {
            "access": self.tr("Ask for a copy of our data"),
            "objection": self.tr("Stop direct marketing"),
            "withdraw-consent": self.tr("Withdraw consent"),
            "erasure": self.tr("Ask them to erase our data"),
            "complaint": self.tr("Complain to the ICO"),
        }
        assert set(labels) == set(REQUEST_TYPES)
        return labels

    # -- data -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the store with the current search; keep the selected entry if it stays."""
        current = self.selected_signup()
        try:
            rows = self.store.list_signups(search=self.search.text() or None)
        except ExplainerError as exc:
            self._error(exc)
            return
        self.model.set_signups(rows)
        self.count.setText(self.tr("%n entries", "", len(rows)))
        self.update_reminder()
        if current is not None:
            self.select_signup(current.id)
        self._show_details()

    def overdue_requests(self) -> list:
        """Letters whose one-month reply deadline has passed and that are still open."""
        try:
            return self.store.requests_due()
        except ExplainerError:
            return []

    def update_reminder(self) -> None:
        """Show which organisations are late replying to the family's letters."""
        late = self.overdue_requests()
        if not late:
            self.reminder.hide()
            return
        names = ", ".join(dict.fromkeys(f"{r.organisation} ({r.due_date})" for r in late))
        self.reminder.setText(
            self.tr("%n letter(s) past the one-month reply deadline: ", "", len(late)) + names
            + " " + self.tr("You can remind them, or complain to the regulator "
                            "(Write a letter → Complaint).")
        )
        self.reminder.show()

    def selected_signup(self) -> Signup | None:
        index = self.table.currentIndex()
        return index.data(SignupRole) if index.isValid() else None

    def select_signup(self, signup_id: int) -> None:
        row = self.model.row_of(signup_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def _show_details(self) -> None:
        s = self.selected_signup()
        for b in (self.edit_button, self.delete_button, self.letter_button):
            b.setEnabled(s is not None)
        if s is None:
            self.details.setPlainText(self.tr("Choose an entry to see the organisation's details."))
            return
        org = self.store.organisation(s.organisation_id)
        lines = [f"<h3>{_esc(s.organisation)}</h3>"]
        if org and org.kind:
            lines.append(f"<p>{_esc(org.kind)}</p>")
        if org and org.address:
            lines.append(f"<p>{_esc(org.address).replace(chr(10), '<br>')}</p>")
        if org and org.email:
            lines.append(f"<p>{_esc(org.email)}</p>")
        if s.child_data:
            lines.append(
                "<p><b>"
                + _esc(self.tr("Your child's data: %1").replace("%1", data_labels(s.child_data)))
                + "</b></p>"
            )
        notice_lines = self._notice_recipients(s)
        if notice_lines:
            lines.extend(notice_lines)
        elif s.recipients:
            lines.append(
                "<p>"
                + _esc(self.tr("Their notice names: %1").replace("%1", ", ".join(s.recipients)))
                + "</p>"
            )
        requests = [r for r in self.store.list_requests() if r.organisation_id == s.organisation_id]
        for r in requests:
            text = self.tr("%1 sent %2, reply due %3 (%4)")
            for i, v in enumerate((r.type, r.date_sent, r.due_date or "-", r.status), start=1):
                text = text.replace(f"%{i}", v)
            lines.append(f"<p>{_esc(text)}</p>")
        if s.note:
            lines.append(f"<p><i>{_esc(s.note)}</i></p>")
        self.details.setHtml("".join(lines))

    def _notice_recipients(self, s: Signup) -> list[str]:
        """Rich-text lines: who the organisation's stored notice says may get the data.

        The entry's own notice, else the newest notice stored with another of the
        organisation's entries; named recipients with their kind, then the unnamed ones.
        """
        try:
            candidates = [s] + [
                o for o in self.store.list_signups(organisation_id=s.organisation_id)
                if o.id != s.id
            ]
            notice = None
            for c in candidates:
                if c.notice_id is not None:
                    notice = self.store.get_notice(c.notice_id)
                    if notice is not None and notice.analysis:
                        break
        except ExplainerError as exc:
            logger.warning("log: could not read the notice: %s", exc)
            return []
        recipients = recipients_from_analysis(notice.analysis if notice else None)
        if not recipients:
            return []
        # Lines follow the interface's direction; names are isolated inside them.
        d = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        items = []
        for r in recipients:
            if r.get("named"):
                kind = str(r.get("kind") or "")
                items.append(
                    f"<li dir='{d}'><b>{_isolate(str(r['name']))}</b>"
                    + (f" — {_esc(kind)}" if kind else "") + "</li>"
                )
        unnamed = [_isolate(str(r["name"])) for r in recipients if not r.get("named")]
        if unnamed:
            names = _esc(self.tr(", ")).join(unnamed)
            items.append(
                f"<li dir='{d}'>" + _esc(self.tr("Not named: %1")).replace("%1", names) + "</li>"
            )
        heading = _esc(self.tr("Their notice says your data may go to:"))
        return [f"<p dir='{d}'><b>{heading}</b></p>", f"<ul dir='{d}'>" + "".join(items) + "</ul>"]

    # -- actions --------------------------------------------------------------------------------

    def organisation_names(self) -> list[str]:
        try:
            return [o.name for o in self.store.list_organisations()]
        except ExplainerError as exc:
            logger.warning("log: could not list organisations: %s", exc)
            return []

    def new_signup_dialog(
        self, draft: NoticeDraft | None = None, *, about_to: bool = False
    ) -> SignupDialog:
        """The add-entry dialog, filled from ``draft`` (an analysed notice) when given."""
        return SignupDialog(
            None, self, draft=draft, organisations=self.organisation_names(), about_to=about_to
        )

    def add_entry(self) -> None:
        dialog = self.new_signup_dialog()
        if dialog.exec() != SignupDialog.DialogCode.Accepted:
            return
        self.save_new(dialog.values())

    def save_new(self, values: dict[str, Any], notice: NewNotice | None = None) -> int | None:
        """Store a new entry (with the notice it was made from, if any); show and select it.

        Returns the new entry's id, or None if the store refused it (the error is shown).
        """
        values = dict(values)
        try:
            new_id = self.store.add_signup(values.pop("organisation"), notice=notice, **values)
        except ExplainerError as exc:
            self._error(exc)
            return None
        if self.search.text():  # the new entry might not match the search: show everything
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self.refresh()
        self.select_signup(new_id)
        return new_id

    def edit_selected(self) -> None:
        s = self.selected_signup()
        if s is None:
            return
        dialog = SignupDialog(s, self)
        if dialog.exec() != SignupDialog.DialogCode.Accepted:
            return
        try:
            self.store.update_signup(s.id, **dialog.values())
        except ExplainerError as exc:
            self._error(exc)
            return
        self.refresh()

    def delete_selected(self, *, confirm: bool = True) -> None:
        s = self.selected_signup()
        if s is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete entry"),
                self.tr("Delete the entry for %1? This cannot be undone.").replace(
                    "%1", s.organisation
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.store.delete_signup(s.id)
        except ExplainerError as exc:
            self._error(exc)
            return
        self.refresh()

    def write_letter(self, kind: str, path: str | None = None, language: str | None = None) -> None:
        """Compose the letter for the selected organisation, save it as PDF, record the deadline."""
        from explainer.letters import compose, render_pdf

        s = self.selected_signup()
        if s is None:
            return
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        lang = language or ("ar" if rtl else "en")
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the letter"),
                str(Path.home() / f"{kind}-{s.organisation}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not path:
                return
        try:
            org = self.store.organisation(s.organisation_id) or s.organisation
            signups = self.store.list_signups(organisation_id=s.organisation_id)
            previous = [
                r for r in self.store.list_requests() if r.organisation_id == s.organisation_id
            ]
            letter = compose(kind, org, signups, language=lang, requests=previous)
            Path(path).write_bytes(render_pdf(letter))
            if not self.store.guest:
                self.store.add_request(
                    s.organisation, kind, due_date=letter.due_date, language=lang,
                    signup_id=s.id, note="letter written by Small Print",
                )
        except (ExplainerError, OSError) as exc:
            self._error(exc)
            return
        self._show_details()
        self.letterWritten.emit(path)

    # -- the passphrase -------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.locked_page

    def _update_passphrase_actions(self) -> None:
        store = self.store
        self.passphrase_button.setVisible(not store.guest)
        available = store.encryption_available()
        self.passphrase_button.setEnabled(available and not store.locked)
        self.passphrase_button.setToolTip(
            "" if available else self.tr("Encryption is not available in this installation.")
        )
        encrypted = store.encrypted
        self.lock_action.setVisible(not encrypted)
        self.change_action.setVisible(encrypted)
        self.remove_action.setVisible(encrypted)

    def unlock(self, passphrase: str | None = None) -> bool:
        """Open a locked log with ``passphrase`` (default: what was typed); True if it opened."""
        text = self.passphrase_edit.text() if passphrase is None else passphrase
        if not text:
            return False
        try:
            self.store.unlock(text)
        except EncryptedLogError:
            self.unlock_error.setText(self.tr("That passphrase does not open the log."))
            self.unlock_error.setVisible(True)
            return False
        except ExplainerError as exc:
            self._error(exc)
            return False
        finally:
            self.passphrase_edit.clear()
        self.unlock_error.setVisible(False)
        self.stack.setCurrentWidget(self.log_page)
        self._update_passphrase_actions()
        self.refresh()
        return True

    def _ask(self, mode: str) -> tuple[str | None, str | None] | None:
        dialog = PassphraseDialog(mode, self)
        if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def _change(self, old: str | None, new: str | None) -> bool:
        try:
            was_plain = not self.store.encrypted
            # older copies in backups/ follow the log (see LogStore.change_passphrase)
            _changed, left = self.store.change_passphrase(old, new)
            if left and new is not None:
                QMessageBox.warning(
                    self, self.tr("Passphrase"),
                    (self.tr("The log is locked, but these older backups are damaged and "
                             "could not be locked. Delete them if nobody else may read them:")
                     if was_plain else
                     self.tr("The passphrase is changed, but these older backups could not "
                             "be given the new one (damaged, or locked with an earlier "
                             "passphrase). Delete them if nobody else may know that "
                             "passphrase:"))
                    + "\n" + "\n".join(str(p) for p in left),
                )
        except ExplainerError as exc:
            self._error(exc)
            return False
        finally:
            self._update_passphrase_actions()
        return True

    def lock_with_passphrase(self, passphrase: str | None = None) -> bool:
        """Lock a plain log (asks for the passphrase twice unless given); True if done."""
        if passphrase is None:
            answer = self._ask("new")
            if answer is None:
                return False
            passphrase = answer[1]
        return self._change(None, passphrase)

    def change_passphrase(self, old: str | None = None, new: str | None = None) -> bool:
        if old is None or new is None:
            answer = self._ask("change")
            if answer is None:
                return False
            old, new = answer
        return self._change(old, new)

    def remove_passphrase(self, old: str | None = None) -> bool:
        if old is None:
            answer = self._ask("current")
            if answer is None:
                return False
            old = answer[0]
        return self._change(old, None)

    def _error(self, exc: BaseException) -> None:
        logger.warning("log: %s", exc)
        try:
            from explainer.ui.errors import message_for

            title, text = message_for(exc)
        except ImportError:  # pragma: no cover - the app's dialogs are optional here
            title, text = self.tr("Small Print"), str(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setDetailedText(str(exc))
        box.open()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _isolate(text: str) -> str:
    """Escaped ``text`` whose direction cannot disturb the line around it (Arabic names)."""
    return FSI + _esc(text) + PDI
