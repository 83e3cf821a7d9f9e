"""The summary card above the notice: verdict with its reasons, who gets the data, what they take.

No score is shown on its own: the verdict always comes with the reasons behind it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explainer.analysis.result import Analysis, Summary
from explainer.ui.findings_panel import text_dir

SHOWN = 5  # items per column before "and N more"
FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate: a name keeps its own direction


def _isolate(text: str) -> str:
    """Escaped ``text`` that the surrounding paragraph's bidi cannot reorder (Arabic names in an
    English line, "Experian" in an Arabic one, commas between two Arabic names)."""
    return FSI + html.escape(text) + PDI


def _ul(items: list[tuple[str, str]]) -> str:
    """A list of (rich text, "ltr"/"rtl") items, each paragraph with its own direction; an item
    whose text is a link ("and N more") becomes a paragraph under the list, without a bullet."""
    links = [(i, d) for i, d in items if i.startswith("<a ")]
    return "<ul style='margin-top:0px; margin-bottom:0px;'>" + "".join(
        f"<li dir='{d}'>{i}</li>" for i, d in items if (i, d) not in links) + "</ul>" + "".join(
        f"<p dir='{d}' style='margin-top:2px;'>{i}</p>" for i, d in links)


class SummaryCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary: Summary | None = None
        self.expanded: set[str] = set()  # columns showing every item ("who", "what")
        self._unabridged = False  # True while building the full text for print/PDF
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
        # "I signed up…" / "I'm about to sign up…": the main window wires them to its actions.
        self.signed_up_button = QPushButton(self)
        self.signed_up_button.setObjectName("signedUpButton")
        self.about_to_button = QPushButton(self)
        self.about_to_button.setObjectName("aboutToSignUpButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.signed_up_button)
        buttons.addWidget(self.about_to_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.retranslate()

    def _column(self, row: QHBoxLayout) -> QLabel:
        lab = QLabel(self)
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.TextFormat.RichText)
        lab.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                    | Qt.TextInteractionFlag.TextSelectableByKeyboard
                                    | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                    | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        lab.setOpenExternalLinks(False)
        lab.linkActivated.connect(self._toggle)
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
        self.signed_up_button.setText(self.tr("I signed up…"))
        self.signed_up_button.setToolTip(self.tr("Add this notice to the family's log"))
        self.about_to_button.setText(self.tr("I'm about to sign up…"))
        self.about_to_button.setToolTip(self.tr(
            "Add this notice to the family's log as a sign-up you have not done yet"))
        self.set_summary(self.summary)

    def _toggle(self, link: str) -> None:
        """``more:what`` / ``less:who`` links at the end of a long column."""
        action, _, column = link.partition(":")
        if action == "more":
            self.expanded.add(column)
        else:
            self.expanded.discard(column)
        self.set_summary(self.summary)

    def _shorten(self, column: str, items: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The first :data:`SHOWN` items and an "and N more" link (never "and 1 more")."""
        direction = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        if len(items) <= SHOWN + 1 or self._unabridged:
            return items
        if column in self.expanded:
            fewer = html.escape(self.tr("Show fewer"))
            return [*items, (f"<a href='less:{column}'>{fewer}</a>", direction)]
        more = html.escape(self.tr("and %n more", "", len(items) - SHOWN))
        return [*items[:SHOWN], (f"<a href='more:{column}'>{more}</a>", direction)]

    def full_texts(self) -> list[str]:
        """Rich text of verdict, counts, reasons, who and what with every item (print, PDF)."""
        self._unabridged = True
        try:
            self.set_summary(self.summary)
            return [lab.text() for lab in (self.verdict, self.counts, self.reasons, self.who,
                                           self.what)]
        finally:
            self._unabridged = False
            self.set_summary(self.summary)

    def set_summary(self, summary: Summary | None, analysis: Analysis | None = None) -> None:
        if summary is not self.summary:
            self.expanded.clear()
        self.summary = summary
        if summary is None:
            self.verdict.setText(self.tr("Nothing checked yet"))
            for lab in (self.counts, self.reasons, self.who, self.what):
                lab.clear()
            return
        self.verdict.setText(summary.verdict or self.tr("Checked"))
        esc = html.escape
        ui_dir = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        reasons = [(esc(r), text_dir(r)) for r in summary.reasons]
        c = summary.counts
        counts = " · ".join([
            self.tr("%n sentence(s) about sharing", "", c.get("sharing", 0)),
            self.tr("%n vague sentence(s)", "", c.get("vague", 0)),
            self.tr("%n way(s) to say no", "", c.get("choice", 0)),
            self.tr("%n promise(s) not to share", "", c.get("no_sharing", 0)),
        ])
        self.counts.setText(counts)
        self.reasons.setText(f"<b>{esc(self.tr('Why'))}</b>" + _ul(reasons or [
            (esc(self.tr("No particular concerns were found.")), ui_dir)]))
        self.reasons.setAccessibleDescription(self.reasons.text())

        named = [r for r in summary.recipients if r.named]
        unnamed = [r for r in summary.recipients if not r.named]
        who_items: list[tuple[str, str]] = []
        for r in named:
            # The description is in the interface language, the name in the notice's: the line
            # follows the description and the name is isolated so it cannot drag words around.
            desc = r.description or r.kind
            line = f"<b>{_isolate(r.name)}</b>" + (f" — {esc(desc)}" if desc else "")
            who_items.append((line, text_dir(desc) if desc else ui_dir))
        if unnamed:
            names = esc(self.tr(", ")).join(_isolate(r.name) for r in unnamed)
            who_items.append((esc(self.tr("Not named: %1")).replace("%1", names), ui_dir))
        if not who_items:
            who_items.append((esc(self.tr("No one outside the organisation is mentioned.")),
                              ui_dir))
        self.who.setText(f"<b>{esc(self.tr('Who gets your data'))}</b>"
                         + _ul(self._shorten("who", who_items)))

        data_items: list[tuple[str, str]] = []
        child_note = esc(self.tr("about your child"))
        # Data about children first: it matters most, and must not hide behind "and N more".
        for d in sorted(summary.data_types, key=lambda d: not d.about_children):
            if d.about_children:
                data_items.append((f"<b>{_isolate(d.label)}</b> ⚠ {child_note}", ui_dir))
            else:
                data_items.append((esc(d.label), text_dir(d.label)))
        if not data_items:
            data_items.append((esc(self.tr("No kinds of personal data are named.")), ui_dir))
        head = esc(self.tr("What they take"))
        warn = ""
        if summary.children_data or any(d.about_children for d in summary.data_types):
            warn = "<p><b>⚠ " + esc(self.tr("This includes data about your children.")) + "</b></p>"
        self.what.setText(f"<b>{head}</b>{warn}" + _ul(self._shorten("what", data_items)))
