"""Edit a sign-up (a small form whose result is a dict of the store's field names); passphrases."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from explainer.store.models import CHANNELS, FOR_WHOM, Signup

logger = logging.getLogger(__name__)


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace("؛", ";").replace("،", ",").split(",") if p.strip()]


class SignupDialog(QDialog):
    """Create or edit one sign-up. :meth:`values` gives keyword arguments for the store."""

    def __init__(self, signup: Signup | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit entry") if signup else self.tr("New entry"))
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self.organisation = QLineEdit(signup.organisation if signup else "")
        self.date = QDateEdit(calendarPopup=True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(
            QDate.fromString(signup.date, "yyyy-MM-dd")
            if signup and signup.date
            else QDate.currentDate()
        )
        self.channel = QComboBox()
        self.channel.addItem(self.tr("(not recorded)"), None)
        for c in CHANNELS:
            self.channel.addItem(c, c)
        self.for_whom = QComboBox()
        self.for_whom.addItem(self.tr("(not recorded)"), None)
        for f in FOR_WHOM:
            self.for_whom.addItem(f, f)
        if signup:
            self.channel.setCurrentIndex(max(0, self.channel.findData(signup.channel)))
            self.for_whom.setCurrentIndex(max(0, self.for_whom.findData(signup.for_whom)))
        self.data = QLineEdit(", ".join(signup.data) if signup else "")
        self.data.setPlaceholderText(self.tr("e.g. name, email address, child's date of birth"))
        self.marketing = QLineEdit(", ".join(signup.marketing) if signup else "")
        self.note = QPlainTextEdit(signup.note if signup else "")
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("How"), self.channel)
        form.addRow(self.tr("For"), self.for_whom)
        form.addRow(self.tr("Data given"), self.data)
        form.addRow(self.tr("Marketing agreed to"), self.marketing)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation.text().strip(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "channel": self.channel.currentData(),
            "for_whom": self.for_whom.currentData(),
            "data": _split(self.data.text()),
            "marketing": _split(self.marketing.text()),
            "note": self.note.toPlainText().strip(),
        }


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
