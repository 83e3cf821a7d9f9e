"""Presentation mode for volunteers: full screen, large type, one finding at a time.

Space / → / ↓ / Page Down: next; ← / ↑ / Page Up / Backspace: previous (arrows follow the
reading direction, so in Arabic ← is "next"); Home/End; Esc leaves.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explainer.ui import categories, i18n
from explainer.ui.findings import Finding
from explainer.ui.findings_panel import quoted, text_dir


class PresentationView(QWidget):
    finding_shown = Signal(int)  # index into the findings list
    closed = Signal()

    def __init__(self, findings: list[Finding], start: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.findings = findings
        self.index = max(0, min(start, len(findings) - 1))
        self.setAutoFillBackground(True)
        self.setStyleSheet("#presentation { background: #ffffff; } "
                           "#presentation QLabel { color: #111111; }")
        base = QApplication.font().pointSizeF() or 10.0

        def font(scale: float, bold: bool = False) -> QFont:
            f = QFont(QApplication.font())
            f.setPointSizeF(base * scale)
            f.setBold(bold)
            return i18n.with_fallbacks(f)

        self.counter = QLabel(self)
        self.counter.setFont(font(1.6))
        self.group = QLabel(self)
        self.group.setFont(font(2.6, bold=True))
        self.quote = QLabel(self)
        self.quote.setFont(font(2.2))
        self.explanation = QLabel(self)
        self.explanation.setFont(font(2.6))
        for lab in (self.quote, self.explanation, self.group):
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.TextFormat.RichText)
            lab.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.prev_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for b in (self.prev_button, self.next_button, self.close_button):
            b.setFont(font(1.4))
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the slide, not the buttons
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.group, 1)
        top.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prev_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 30)
        layout.setSpacing(28)
        layout.addLayout(top)
        layout.addWidget(self.quote)
        layout.addWidget(self.explanation, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Presentation"))
        self.setAccessibleName(self.tr("Presentation"))
        self.prev_button.setText(self.tr("Previous"))
        self.next_button.setText(self.tr("Next"))
        self.close_button.setText(self.tr("Leave (Esc)"))
        self.show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_current(self) -> None:
        if not self.findings:
            self.group.setText(self.tr("Nothing to show yet"))
            self.counter.clear()
            self.quote.clear()
            self.explanation.setText(self.tr("Check a notice first, then start the presentation."))
            return
        f = self.findings[self.index]
        self.group.setText(categories.title(f.group))
        self.counter.setText(self.tr("%1 of %2").replace("%1", str(self.index + 1))
                             .replace("%2", str(len(self.findings))))
        q = f.quote if len(f.quote) < 600 else f.quote[:599] + "…"
        esc = html.escape
        self.quote.setText(f"<div dir='{text_dir(q)}'>{quoted(q)}</div>")
        self.explanation.setText("".join(
            f"<p dir='{text_dir(p)}'>{esc(p)}</p>" for p in f.explanation.split("\n\n") if p)
            or esc(self.tr("(No explanation for this one.)")))
        self.explanation.setAccessibleDescription(f.explanation)
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.findings) - 1)
        self.finding_shown.emit(self.index)

    def next(self) -> None:
        if self.index < len(self.findings) - 1:
            self.index += 1
            self.show_current()

    def previous(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.show_current()

    def keyPressEvent(self, event) -> None:
        k = event.key()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward_arrow, back_arrow = (Qt.Key.Key_Left, Qt.Key.Key_Right) if rtl else (
            Qt.Key.Key_Right, Qt.Key.Key_Left)
        if k in (Qt.Key.Key_Space, Qt.Key.Key_Down, Qt.Key.Key_PageDown, forward_arrow,
                 Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
        elif k in (Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, back_arrow):
            self.previous()
        elif k == Qt.Key.Key_Home:
            self.index = 0
            self.show_current()
        elif k == Qt.Key.Key_End and self.findings:
            self.index = len(self.findings) - 1
            self.show_current()
        elif k == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.closed.emit()
        super().closeEvent(event)

