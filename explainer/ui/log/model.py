"""Table model of the family's sign-ups: testable without a window (no widget here)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from explainer.analysis.lexicon import data_types
from explainer.store.models import Signup
from explainer.ui.i18n import current_language

logger = logging.getLogger(__name__)

SignupRole = Qt.ItemDataRole.UserRole + 1  # the Signup record of a row
SortRole = Qt.ItemDataRole.UserRole + 2  # a value that sorts right (ISO date, lower-case name)

Index = QModelIndex | QPersistentModelIndex


def data_label(data_id: str, lang: str) -> str:
    """A stored data type in the interface language. The log keeps the English ids of the
    lexicon ("home address"); an Arabic interface shows their Arabic names. Anything the family
    typed themselves is shown as typed."""
    info = data_types().get(data_id)
    if lang == "ar" and info is not None and info.label_ar:
        return info.label_ar
    return data_id


def data_labels(ids: Sequence[str], lang: str | None = None) -> str:
    lang = lang or current_language()
    return ("، " if lang == "ar" else ", ").join(data_label(d, lang) for d in ids)


class SignupTableModel(QAbstractTableModel):
    """Rows are :class:`~explainer.store.models.Signup` records, newest first as the store lists.

    Columns: date, organisation, channel, for whom, data given. Channel and "for" are shown
    translated; the raw values are in :data:`SortRole`.
    """

    COLUMNS = ("date", "organisation", "channel", "for", "data")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Signup] = []

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Organisation"),
            self.tr("How"),
            self.tr("For"),
            self.tr("Data given"),
        )

    def _channel(self, value: str | None) -> str:
        names = {
            "website": self.tr("website"),
            "app": self.tr("app"),
            "paper": self.tr("paper form"),
            "hospital": self.tr("hospital"),
            "phone": self.tr("phone"),
            "store": self.tr("shop"),
        }
        return names.get(value or "", value or "")

    def _for(self, value: str | None) -> str:
        names = {
            "parent": self.tr("me"),
            "child": self.tr("my child"),
            "partner": self.tr("partner"),
        }
        return names.get(value or "", value or "")

    def set_signups(self, signups: Sequence[Signup]) -> None:
        self.beginResetModel()
        self._rows = list(signups)
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and cells again in the new interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )

    def signup_at(self, row: int) -> Signup | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, signup_id: int) -> int:
        for i, s in enumerate(self._rows):
            if s.id == signup_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        s = self.signup_at(index.row()) if index.isValid() else None
        if s is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == SignupRole:
            return s
        if role == SortRole:
            return {
                "date": s.date or "",
                "organisation": s.organisation.casefold(),
                "channel": s.channel or "",
                "for": s.for_whom or "",
                "data": len(s.data),
            }[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "date": s.date or "",
                "organisation": s.organisation,
                "channel": self._channel(s.channel),
                "for": self._for(s.for_whom),
                "data": data_labels(s.data),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == "data" and s.child_data:
            text = self.tr("Includes your child's data: %1")
            return text.replace("%1", data_labels(s.child_data))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return None
