"""The notice: a plain-text editor that also shows the analysis as highlights.

A ``QTextEdit`` (not ``QPlainTextEdit``, which lays every paragraph out in the widget's direction):
each paragraph finds its own direction, so an Arabic notice reads right-to-left in an English
interface and the other way round. Highlights are ``ExtraSelections`` (they do not change the
document, so typing never fights the highlighter), built in slices of :data:`CHUNK` per event-loop
turn so a 100-page notice never freezes the window.

Offsets from the analysis are code points; :class:`~explainer.ui.offsets.OffsetMap` turns them into
Qt's UTF-16 positions here (and in the PDF export), nowhere else.
"""

from __future__ import annotations

import html
import logging
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit, QToolTip, QWidget

from explainer.analysis.result import Analysis
from explainer.ui import categories, i18n
from explainer.ui.findings import SENTENCE_CATEGORY, SPAN_CATEGORY
from explainer.ui.offsets import OffsetMap

logger = logging.getLogger(__name__)

CHUNK = 250  # highlights built per event-loop turn (QTextCursor.setPosition is ~25 µs)


@dataclass
class HighlightPlan:
    """What to draw, in Qt positions; pure Python, so a worker can prepare it."""

    offsets: OffsetMap
    todo: list[tuple[int, int, str, bool]]  # (qt_start, qt_end, category, with background)
    tips: list[tuple[int, int, str, str]]  # (start, end, category, explanation), code points
    tip_starts: list[int]


def plan_highlights(analysis: Analysis) -> HighlightPlan:
    """Sentence underlines first, spans on top; offsets converted once, here."""
    om = OffsetMap(analysis.text)
    todo: list[tuple[int, int, str, bool]] = []
    tips: list[tuple[int, int, str, str]] = []
    for s in analysis.sentences:
        for label, cat in SENTENCE_CATEGORY.items():
            if label in s.labels:
                todo.append((om.to_qt(s.start), om.to_qt(s.end), cat, False))
                tips.append((s.start, s.end, cat, s.explanation))
                break
    for span in analysis.spans:
        cat = SPAN_CATEGORY.get(span.kind)
        if cat is not None:
            todo.append((om.to_qt(span.start), om.to_qt(span.end), cat, True))
            tips.append((span.start, span.end, cat, span.explanation))
    tips.sort()  # by start, then end (tuples compare in order)
    return HighlightPlan(om, todo, tips, [t[0] for t in tips])


class NoticeView(QTextEdit):
    files_dropped = Signal(list)  # list[Path]
    highlighting_done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAcceptRichText(False)  # pasted web pages arrive as text, offsets stay simple
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)  # keyboard users can leave the editor with Tab
        self.setAcceptDrops(True)
        self.analysis: Analysis | None = None
        self.offsets = OffsetMap("")
        self._highlights: list[QTextEdit.ExtraSelection] = []
        self._current: list[QTextEdit.ExtraSelection] = []
        self._tips: list[tuple[int, int, str, str]] = []  # (start, end, category, explanation)
        self._tip_starts: list[int] = []
        self._todo: list[tuple[int, int, str, bool]] = []
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        self._chunker = QTimer(self)
        self._chunker.setInterval(0)
        self._chunker.timeout.connect(self._highlight_chunk)
        self.zoom_steps = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr(
            "Paste the privacy notice or sign-up terms here, type them in, or drop a file "
            "here.\n\nYou can also choose Open… or try an example from the menu."))
        self.setAccessibleName(self.tr("Notice text"))
        self.setAccessibleDescription(self.tr(
            "The notice you are checking. Highlighted words have an explanation: hover or "
            "choose the finding in the list."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # text size -----------------------------------------------------------------------------
    def apply_font(self, zoom_steps: int | None = None) -> None:
        """Application font (large text aware) + zoom steps in points, with the Arabic font."""
        if zoom_steps is not None:
            self.zoom_steps = zoom_steps
        f = QFont(QApplication.font())
        base = f.pointSizeF() if f.pointSizeF() > 0 else 10.0
        f.setPointSizeF(max(6.0, base + 1 + self.zoom_steps))
        self.setFont(i18n.with_fallbacks(f))

    # highlights ----------------------------------------------------------------------------
    @property
    def highlighting(self) -> bool:
        """True while highlights are still being added."""
        return bool(self._todo)

    def clear_analysis(self) -> None:
        self._todo = []
        self._chunker.stop()
        self.analysis = None
        self._highlights = []
        self._current = []
        self._tips = []
        self._tip_starts = []
        self.setExtraSelections([])

    def set_analysis(self, analysis: Analysis, plan: HighlightPlan | None = None) -> None:
        """Draw ``analysis`` over the current text (which must be ``analysis.text``).

        ``plan`` (from :func:`plan_highlights`) may be computed off the GUI thread beforehand.
        """
        self.clear_analysis()
        plan = plan or plan_highlights(analysis)
        self.analysis = analysis
        self.offsets = plan.offsets
        self._tips = plan.tips
        self._tip_starts = plan.tip_starts
        self._formats = {
            (c, True): categories.char_format(c) for c in categories.CATEGORIES
        } | {(c, False): categories.char_format(c, background=False)
             for c in categories.CATEGORIES}
        self._todo = list(plan.todo)
        self._highlight_chunk()
        if self._todo:
            self._chunker.start()

    def _highlight_chunk(self) -> None:
        doc = self.document()
        batch, self._todo = self._todo[:CHUNK], self._todo[CHUNK:]
        for start, end, cat, filled in batch:  # Qt (UTF-16) positions already
            cur = QTextCursor(doc)
            cur.setPosition(start)
            cur.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cur
            sel.format = self._formats[(cat, filled)]
            self._highlights.append(sel)
        if not self._todo:
            self._chunker.stop()
            self._refresh()
            self.highlighting_done.emit()
        elif len(self._highlights) <= CHUNK:  # show the top of the notice at once
            self._refresh()

    def _refresh(self) -> None:
        self.setExtraSelections(self._current + self._highlights)

    def go_to_sentence(self, index: int) -> None:
        """Put the text cursor at the start of sentence ``index`` and mark the sentence."""
        if self.analysis is None or not 0 <= index < len(self.analysis.sentences):
            return
        s = self.analysis.sentences[index]
        start, end = self.offsets.to_qt(s.start), self.offsets.to_qt(s.end)
        sel = QTextEdit.ExtraSelection()
        mark = QTextCursor(self.document())
        mark.setPosition(start)
        mark.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = mark
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(categories.CURRENT_SENTENCE))
        fmt.setForeground(QColor(categories.TEXT_COLOUR))
        sel.format = fmt
        self._current = [sel]
        self._refresh()
        cur = self.textCursor()
        cur.setPosition(end)  # scroll so the whole sentence shows, then rest at its start
        self.setTextCursor(cur)
        self.ensureCursorVisible()
        cur.setPosition(start)
        self.setTextCursor(cur)
        self.ensureCursorVisible()

    def tooltip_at(self, position: int) -> str:
        """Rich-text explanation of the highlights at Qt ``position`` ("" if none)."""
        if not self._tips:
            return ""
        cp = self.offsets.to_py(position)
        parts: list[str] = []
        k = bisect_right(self._tip_starts, cp)
        for start, end, cat, expl in self._tips[max(0, k - 200):k]:
            if start <= cp < end:
                head = html.escape(categories.title(cat))
                body = html.escape(expl) if expl else ""
                parts.append(f"<b>{head}</b><br>{body}" if body else f"<b>{head}</b>")
        seen: list[str] = []
        for p in parts:
            if p not in seen:
                seen.append(p)
        return "<p>" + "</p><p>".join(seen) + "</p>" if seen else ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()
            text = self.tooltip_at(self.cursorForPosition(pos).position())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # drag and drop -------------------------------------------------------------------------
    @staticmethod
    def _local_files(event) -> list[Path]:
        md = event.mimeData()
        if not md.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in md.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._local_files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        files = self._local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
        else:
            super().dropEvent(event)

    def keyPressEvent(self, event) -> None:
        # Ctrl+wheel style zoom from the keyboard is handled by the window's actions.
        if event.key() == Qt.Key.Key_Escape and self._current:
            self._current = []
            self._refresh()
        super().keyPressEvent(event)
