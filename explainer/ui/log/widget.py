"""The log tab: search, a sortable table of sign-ups, the organisation's details, letters.

The widget lays things out and calls the :class:`~explainer.store.LogStore` directly: every call
is a single short SQLite transaction (milliseconds even with 10,000 entries, see
``benchmarks/log.py``), so nothing here needs a worker thread. Store errors are shown through
the app's translated error dialogs when available.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
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
    QTableView,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explainer.errors import ExplainerError
from explainer.store import REQUEST_TYPES, LogStore, Signup
from explainer.ui.log.dialogs import SignupDialog
from explainer.ui.log.model import SignupRole, SignupTableModel, SortRole

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
        self.search.setPlaceholderText(self.tr("Search organisations, data, notes…"))
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

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.letter_button = QToolButton()
        self.letter_button.setText(self.tr("Write a letter"))
        self.letter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.letter_button)
        for kind, label in self._letter_labels().items():
            action = menu.addAction(label)
            action.setData(kind)
            action.triggered.connect(lambda _c=False, k=kind: self.write_letter(k))
        self.letter_button.setMenu(menu)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.letter_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.refresh()

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
        if current is not None:
            self.select_signup(current.id)
        self._show_details()

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
                + _esc(self.tr("Your child's data: %1").replace("%1", ", ".join(s.child_data)))
                + "</b></p>"
            )
        if s.recipients:
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

    # -- actions --------------------------------------------------------------------------------

    def add_entry(self) -> None:
        dialog = SignupDialog(None, self)
        if dialog.exec() != SignupDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            new_id = self.store.add_signup(values.pop("organisation"), **values)
        except ExplainerError as exc:
            self._error(exc)
            return
        self.refresh()
        self.select_signup(new_id)

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
