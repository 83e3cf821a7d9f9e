"""The summary card above the notice: verdict with its reasons, who gets the data, what they take.

No score is shown on its own: the verdict always comes with the reasons behind it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from explainer.analysis.result import Analysis, Summary


def _ul(items: list[str]) -> str:
    return "<ul style='margin-top:0px; margin-bottom:0px;'>" + "".join(
        f"<li>{i}</li>" for i in items) + "</ul>"


class SummaryCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary: Summary | None = None
        outer = QVBoxLayout(self)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        f = self.verdict.font()
        f.setPointSizeF(f.pointSizeF() * 1.3 if f.pointSizeF() > 0 else 13)
        f.setBold(True)
        self.verdict.setFont(f)
        outer.addWidget(self.verdict)
        self.counts = QLabel(self)
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        outer.addWidget(self.counts)
        row = QHBoxLayout()
        outer.addLayout(row)
        self.reasons = self._column(row)
        self.who = self._column(row)
        self.what = self._column(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()

    def _column(self, row: QHBoxLayout) -> QLabel:
        lab = QLabel(self)
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.TextFormat.RichText)
        lab.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                    | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        lab.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        lab.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        row.addWidget(lab, 1)
        return lab

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Summary"))
        self.reasons.setAccessibleName(self.tr("Why"))
        self.who.setAccessibleName(self.tr("Who gets your data"))
        self.what.setAccessibleName(self.tr("What they take"))
        self.set_summary(self.summary)

    def set_summary(self, summary: Summary | None, analysis: Analysis | None = None) -> None:
        self.summary = summary
        if summary is None:
            self.verdict.setText(self.tr("Nothing checked yet"))
            for lab in (self.counts, self.reasons, self.who, self.what):
                lab.clear()
            return
        self.verdict.setText(summary.verdict or self.tr("Checked"))
        esc = html.escape
        reasons = [esc(r) for r in summary.reasons]
        c = summary.counts
        counts = " · ".join([
            self.tr("%n sentence(s) about sharing", "", c.get("sharing", 0)),
            self.tr("%n vague sentence(s)", "", c.get("vague", 0)),
            self.tr("%n way(s) to say no", "", c.get("choice", 0)),
            self.tr("%n promise(s) not to share", "", c.get("no_sharing", 0)),
        ])
        self.counts.setText(counts)
        self.reasons.setText(f"<b>{esc(self.tr('Why'))}</b>" + _ul(reasons or [
            esc(self.tr("No particular concerns were found."))]))
        self.reasons.setAccessibleDescription(self.reasons.text())

        named = [r for r in summary.recipients if r.named]
        unnamed = [r for r in summary.recipients if not r.named]
        who_items = []
        for r in named:
            desc = r.description or r.kind
            who_items.append(f"<b>{esc(r.name)}</b>" + (f" — {esc(desc)}" if desc else ""))
        if unnamed:
            who_items.append(esc(self.tr("Not named: %1").replace(
                "%1", self.tr(", ").join(r.name for r in unnamed))))
        if not who_items:
            who_items.append(esc(self.tr("No one outside the organisation is mentioned.")))
        self.who.setText(f"<b>{esc(self.tr('Who gets your data'))}</b>" + _ul(who_items))

        data_items = []
        child_note = esc(self.tr("about your child"))
        for d in summary.data_types:
            if d.about_children:
                data_items.append(f"<b>{esc(d.label)}</b> ⚠ {child_note}")
            else:
                data_items.append(esc(d.label))
        if not data_items:
            data_items.append(esc(self.tr("No kinds of personal data are named.")))
        head = esc(self.tr("What they take"))
        warn = ""
        if summary.children_data or any(d.about_children for d in summary.data_types):
            warn = "<p><b>⚠ " + esc(self.tr("This includes data about your children.")) + "</b></p>"
        self.what.setText(f"<b>{head}</b>{warn}" + _ul(data_items))
