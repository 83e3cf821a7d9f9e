"""The findings list, grouped ("Who gets your data", ...), and the explanation of the chosen one."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from explainer.ui import categories
from explainer.ui.findings import GROUPS, Finding, snippet

ROLE_FINDING = Qt.ItemDataRole.UserRole + 1
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def text_dir(text: str) -> str:
    """"rtl" when the text is mostly Arabic script, for Qt rich text's ``dir`` attribute."""
    letters = sum(ch.isalpha() for ch in text[:400]) or 1
    return "rtl" if len(_ARABIC.findall(text[:400])) * 2 > letters else "ltr"


def quoted(text: str) -> str:
    """Escaped rich text of a quotation: “…” in italics, or «…» upright for Arabic script
    (Arabic has no true italics, and guillemets mirror correctly right-to-left)."""
    if text_dir(text) == "rtl":
        return f"«{html.escape(text)}»"
    return f"<i>“{html.escape(text)}”</i>"


def finding_html(f: Finding, heading: str) -> str:
    expl = "".join(
        f"<p dir='{text_dir(p)}'>{html.escape(p)}</p>" for p in f.explanation.split("\n\n") if p
    )
    return (f"<h3>{html.escape(heading)}</h3>"
            f"<p dir='{text_dir(f.quote)}' style='margin: 6px 12px;'>{quoted(f.quote)}</p>"
            f"{expl}")


class FindingsPanel(QWidget):
    sentence_chosen = Signal(int)
    finding_chosen = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setObjectName("findingsHeading")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("findings")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.heading.setBuddy(self.tree)
        self.explanation = QTextBrowser(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.explanation)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemClicked.connect(lambda item, _col: self._on_current(item, None))
        self.tree.itemActivated.connect(lambda item, _col: self._on_current(item, None))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("&Findings"))
        self.tree.setAccessibleName(self.tr("Findings"))
        self.tree.setAccessibleDescription(self.tr(
            "Findings grouped by kind. Choose one to see its sentence and explanation."))
        self.explanation.setAccessibleName(self.tr("Explanation"))
        self.explanation.setPlaceholderText(self.tr(
            "Choose a finding to see what it means for your family."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.explanation.clear()
        self._fill()

    def clear(self) -> None:
        self.set_findings([])

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        if self.findings:
            for group in GROUPS:
                items = [(i, f) for i, f in enumerate(self.findings) if f.group == group]
                top = QTreeWidgetItem(self.tree)
                top.setText(0, self.tr("%1 (%2)").replace("%1", categories.title(group))
                            .replace("%2", str(len(items))))
                top.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                children = []
                for i, f in items:
                    child = QTreeWidgetItem()
                    child.setText(0, snippet(f.title, 80))
                    child.setToolTip(0, snippet(f.quote, 300))
                    child.setData(0, ROLE_FINDING, i)
                    children.append(child)
                top.addChildren(children)
                top.setExpanded(True)
        self.tree.blockSignals(False)

    def item_for(self, finding_index: int) -> QTreeWidgetItem | None:
        for g in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(g)
            for c in range(top.childCount()):
                if top.child(c).data(0, ROLE_FINDING) == finding_index:
                    return top.child(c)
        return None

    def select(self, finding_index: int) -> None:
        item = self.item_for(finding_index)
        if item is not None:
            self.tree.setCurrentItem(item)
            self._on_current(item, None)

    def _on_current(self, item: QTreeWidgetItem | None, _prev) -> None:
        if item is None:
            return
        idx = item.data(0, ROLE_FINDING)
        if idx is None or not 0 <= idx < len(self.findings):
            return
        f = self.findings[idx]
        self.explanation.setHtml(finding_html(f, categories.title(f.group)))
        self.sentence_chosen.emit(f.sentence)
        self.finding_chosen.emit(f)
