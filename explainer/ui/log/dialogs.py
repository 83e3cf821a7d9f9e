"""Edit a sign-up (a small form whose result is a dict of the store's field names); passphrases."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from explainer.analysis.result import Recipient
from explainer.store.models import CHANNELS, COMMON_DATA_TYPES, FOR_WHOM, Signup
from explainer.ui.i18n import current_language
from explainer.ui.log.model import data_label
from explainer.ui.log.prefill import NoticeDraft

logger = logging.getLogger(__name__)


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace("؛", ";").replace("،", ",").split(",") if p.strip()]


FSI, PDI = "\u2068", "\u2069"  # a name keeps its own direction inside a translated line
# The store has no "status" for a sign-up: one that has not happened yet is marked by this line
# at the start of its note (the English text or its translation, whichever was current).
ABOUT_TO_SIGN_UP = "About to sign up (not done yet)."
ROLE_DATA_ID = Qt.ItemDataRole.UserRole + 1


class SignupDialog(QDialog):
    """Create or edit one sign-up. :meth:`values` gives keyword arguments for the store.

    ``draft`` (a :class:`~explainer.ui.log.prefill.NoticeDraft`) fills a new entry from an
    analysed notice: its data types ticked, its recipients listed (read-only), channel, "for"
    and a suggested organisation name. ``organisations`` are the names already in the log,
    offered in the organisation's drop-down. ``about_to`` starts with "I'm about to sign up".
    """

    def __init__(
        self,
        signup: Signup | None = None,
        parent: QWidget | None = None,
        *,
        draft: NoticeDraft | None = None,
        organisations: Sequence[str] = (),
        about_to: bool = False,
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self.setWindowTitle(self.tr("Edit entry") if signup else self.tr("New entry"))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)

        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItems(list(organisations))
        completer = self.organisation.completer()
        if completer is not None:  # suggest without typing the rest of a name for the parent
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.organisation.setCurrentIndex(-1)
        self.organisation.setEditText(signup.organisation if signup else "")
        edit = self.organisation.lineEdit()
        edit.setPlaceholderText(self.tr("Type the organisation's name"))
        self.organisation.setToolTip(
            self.tr("Choose one already in the log, or type a new name")
        )
        self.suggestion = QPushButton()
        hint = draft.organisation_hint if draft else ""
        self.suggestion.setVisible(bool(hint) and signup is None)
        if hint:
            self.suggestion.setText(self.tr("Use “%1”").replace("%1", FSI + hint + PDI))
            self.suggestion.setToolTip(self.tr("The name at the top of the notice"))
            self.suggestion.clicked.connect(lambda _c=False, h=hint: self._use_suggestion(h))
        org_row = QHBoxLayout()
        org_row.addWidget(self.organisation, 1)
        org_row.addWidget(self.suggestion)

        self.status_signed_up = QRadioButton(self.tr("I have signed up"))
        self.status_about_to = QRadioButton(self.tr("I'm about to sign up"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_signed_up)
        status_row.addWidget(self.status_about_to)
        status_row.addStretch(1)
        note = signup.note if signup else ""
        pending, note = self._split_status(note)
        (self.status_about_to if pending or about_to else self.status_signed_up).setChecked(True)

        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(
            QDate.fromString(signup.date, "yyyy-MM-dd")
            if signup and signup.date
            else QDate.currentDate()
        )
        channels = self._channel_names()
        self.channel = QComboBox()
        self.channel.addItem(self.tr("(not recorded)"), None)
        for c in CHANNELS:
            self.channel.addItem(channels.get(c, c), c)
        whom = self._for_names()
        self.for_whom = QComboBox()
        self.for_whom.addItem(self.tr("(not recorded)"), None)
        for f in FOR_WHOM:
            self.for_whom.addItem(whom.get(f, f), f)
        if signup:
            self.channel.setCurrentIndex(max(0, self.channel.findData(signup.channel)))
            self.for_whom.setCurrentIndex(max(0, self.for_whom.findData(signup.for_whom)))
        elif draft:
            self.channel.setCurrentIndex(max(0, self.channel.findData(draft.channel)))
            self.for_whom.setCurrentIndex(max(0, self.for_whom.findData(draft.for_whom)))

        self.data_list = QListWidget()
        self.data_list.setAccessibleName(self.tr("Data given"))
        self.data_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ticked = set(signup.data) if signup else set()
        lang = current_language()
        for data_id in COMMON_DATA_TYPES:
            self._add_data_item(data_id, data_label(data_id, lang))
        if draft:
            for d in draft.data_types:
                ticked.add(d.id)
                if self._data_item(d.id) is None:
                    self._add_data_item(d.id, d.label)
        if signup:
            for d in signup.data:
                if self._data_item(d) is None:
                    self._add_data_item(d, data_label(d, lang))
        for i in range(self.data_list.count()):
            item = self.data_list.item(i)
            checked = self._key(item.data(ROLE_DATA_ID)) in {self._key(t) for t in ticked}
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.data_list.setMinimumHeight(240)
        self.other_data = QLineEdit()
        self.other_data.setPlaceholderText(self.tr("Anything not in the list, separated by commas"))
        self.marketing = QLineEdit(", ".join(signup.marketing) if signup else "")
        self.note = QPlainTextEdit(note)
        self.note.setTabChangesFocus(True)  # Tab moves on, so the keyboard can reach OK
        self.note.setMaximumHeight(self.note.fontMetrics().lineSpacing() * 5)

        self.recipients = QListWidget()
        self.recipients.setAccessibleName(self.tr("Their notice says these may receive your data:"))
        self.recipients.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recipients.setWordWrap(True)
        self.recipients.setMaximumHeight(120)
        if draft:
            for text, tip in self.recipient_lines(draft.recipients):
                item = QListWidgetItem(text)
                item.setToolTip(tip)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.recipients.addItem(item)

        form.addRow(self.tr("Organisation"), org_row)
        form.addRow(self.tr("Status"), status_row)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("How"), self.channel)
        form.addRow(self.tr("For"), self.for_whom)
        form.addRow(self.tr("Data given"), self.data_list)
        form.addRow(self.tr("Other data"), self.other_data)
        form.addRow(self.tr("Marketing agreed to"), self.marketing)
        form.addRow(self.tr("Note"), self.note)
        self.saved_note = QLabel()
        self.saved_note.setWordWrap(True)
        if draft:
            heading = QLabel(self.tr("Their notice says these may receive your data:"))
            heading.setWordWrap(True)
            heading.setBuddy(self.recipients)
            form.addRow(heading)
            form.addRow(self.recipients)
            saved = self.tr(
                "The notice and what Small Print found in it are saved with this entry."
            )
            if draft.image is not None:
                saved += " " + self.tr("So is the photo of the paper form.")
            self.saved_note.setText(saved)
            form.addRow(self.saved_note)
        else:
            self.recipients.hide()
            self.saved_note.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.organisation.editTextChanged.connect(lambda _t: self._validate())
        self._validate()
        self.organisation.setFocus()

    # -- labels ---------------------------------------------------------------------------------

    def _channel_names(self) -> dict[str, str]:
        return {
            "website": self.tr("website"),
            "app": self.tr("app"),
            "paper": self.tr("paper form"),
            "hospital": self.tr("hospital"),
            "phone": self.tr("phone"),
            "store": self.tr("shop"),
        }

    def _for_names(self) -> dict[str, str]:
        return {
            "parent": self.tr("me"),
            "child": self.tr("my child"),
            "partner": self.tr("partner"),
        }

    def recipient_lines(self, recipients: Iterable[Recipient]) -> list[tuple[str, str]]:
        """(line, tooltip) per recipient: named ones with their kind, then the unnamed ones."""
        named = [r for r in recipients if r.named]
        unnamed = [r for r in recipients if not r.named]
        lines = [
            (FSI + r.name + PDI + (f" — {r.kind}" if r.kind else ""), r.description)
            for r in named
        ]
        lines += [
            (self.tr("%1 (not named)").replace("%1", FSI + r.name + PDI), r.description)
            for r in unnamed
        ]
        if not lines:
            lines.append((self.tr("No one outside the organisation is mentioned."), ""))
        return lines

    # -- state ----------------------------------------------------------------------------------

    @staticmethod
    def _key(text: str) -> str:
        return " ".join(text.casefold().split())

    def _add_data_item(self, data_id: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(ROLE_DATA_ID, data_id)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        if label != data_id:
            item.setToolTip(data_id)
        self.data_list.addItem(item)
        return item

    def _data_item(self, data_id: str) -> QListWidgetItem | None:
        key = self._key(data_id)
        for i in range(self.data_list.count()):
            item = self.data_list.item(i)
            if self._key(item.data(ROLE_DATA_ID)) == key:
                return item
        return None

    def checked_data(self) -> list[str]:
        """The ids of the ticked data types, in the list's order."""
        out = []
        for i in range(self.data_list.count()):
            item = self.data_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(ROLE_DATA_ID))
        return out

    def set_data_checked(self, data_id: str, checked: bool = True) -> None:
        item = self._data_item(data_id) or self._add_data_item(data_id, data_id)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _use_suggestion(self, name: str) -> None:
        self.organisation.setEditText(name)
        self.organisation.setFocus()

    def _validate(self) -> None:
        ok = bool(self.organisation.currentText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _markers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.tr("About to sign up (not done yet)."), ABOUT_TO_SIGN_UP)))

    def _split_status(self, note: str) -> tuple[bool, str]:
        """(about to sign up?, the rest of the note) for a note that may start with the marker."""
        for marker in self._markers():
            if note.startswith(marker):
                return True, note[len(marker):].strip()
        return False, note

    @property
    def about_to(self) -> bool:
        return self.status_about_to.isChecked()

    def values(self) -> dict[str, Any]:
        note = self.note.toPlainText().strip()
        if self.about_to:
            note = self._markers()[0] + ("\n" + note if note else "")
        data = self.checked_data()
        data += [d for d in _split(self.other_data.text()) if d not in data]
        values: dict[str, Any] = {
            "organisation": self.organisation.currentText().strip(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "channel": self.channel.currentData(),
            "for_whom": self.for_whom.currentData(),
            "data": data,
            "marketing": _split(self.marketing.text()),
            "note": note,
        }
        if self.draft is not None:
            values["recipients"] = list(self.draft.named_recipients)
        return values


class PassphraseDialog(QDialog):
    """Ask for a passphrase: ``"new"`` (lock), ``"change"`` or ``"current"`` (remove it).

    :meth:`values` gives ``(current, new)``, each None when the mode does not ask for it. The
    text never leaves the dialog except through :meth:`values`; fields show dots.
    """

    def __init__(self, mode: str = "new", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert mode in ("new", "change", "current")
        self.mode = mode
        titles = {
            "new": self.tr("Lock the log with a passphrase"),
            "change": self.tr("Change the passphrase"),
            "current": self.tr("Remove the passphrase"),
        }
        self.setWindowTitle(titles[mode])
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self.current = self._field()
        self.new = self._field()
        self.repeat = self._field()
        if mode in ("change", "current"):
            form.addRow(self.tr("Current passphrase"), self.current)
        if mode in ("new", "change"):
            form.addRow(self.tr("New passphrase"), self.new)
            form.addRow(self.tr("Repeat it"), self.repeat)
            warning = QLabel(
                self.tr(
                    "If the passphrase is forgotten, nobody can open the log again, not even "
                    "Small Print. Write it down and keep it somewhere safe."
                )
            )
            warning.setWordWrap(True)
            form.addRow(warning)
        self.mismatch = QLabel(self.tr("The two passphrases are not the same."))
        self.mismatch.setVisible(False)
        form.addRow(self.mismatch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for field in (self.current, self.new, self.repeat):
            field.textChanged.connect(lambda _t: self._validate())
        self._validate()

    @staticmethod
    def _field() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _validate(self) -> None:
        ok = True
        if self.mode in ("change", "current"):
            ok = bool(self.current.text())
        if self.mode in ("new", "change"):
            same = self.new.text() == self.repeat.text()
            self.mismatch.setVisible(bool(self.repeat.text()) and not same)
            ok = ok and bool(self.new.text()) and same
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> tuple[str | None, str | None]:
        current = self.current.text() if self.mode in ("change", "current") else None
        new = self.new.text() if self.mode in ("new", "change") else None
        return current, new
