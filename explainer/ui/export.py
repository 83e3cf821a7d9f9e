"""Export the analysed notice (summary, legend, highlighted text, findings) to PDF.

:func:`write_pdf` builds a ``QTextDocument`` and prints it with ``QPdfWriter``; it is safe to run
in an io-pool worker (no widgets, only a document and a paint device). Qt shapes Arabic with
HarfBuzz and lays out right-to-left paragraphs by their content; the shipped Arabic font is added
to the font families so glyphs exist even where the system has none. All visible strings are
translated on the GUI thread beforehand and passed in as :class:`ExportText`.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from explainer.analysis.result import Analysis
from explainer.errors import Cancelled
from explainer.ui import categories
from explainer.ui.findings import SENTENCE_CATEGORY, SPAN_CATEGORY, Finding
from explainer.ui.findings_panel import quoted, text_dir
from explainer.ui.offsets import OffsetMap

logger = logging.getLogger(__name__)


@dataclass
class ExportText:
    """Translated strings and settings for the report (filled on the GUI thread)."""

    title: str
    summary_html: str  # the summary card's content as rich text
    legend_title: str
    notice_title: str
    findings_title: str
    category_titles: dict[str, str] = field(default_factory=dict)
    category_patterns: dict[str, str] = field(default_factory=dict)
    rtl: bool = False
    font_families: list[str] = field(default_factory=list)
    point_size: float = 10.5


def build_document(analysis: Analysis, findings: list[Finding], t: ExportText,
                   progress=None, cancel=None) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    if t.font_families:
        font.setFamilies(t.font_families)
    font.setPointSizeF(t.point_size)
    doc.setDefaultFont(font)
    d = "rtl" if t.rtl else "ltr"
    cur = QTextCursor(doc)
    cur.insertHtml(f"<div dir='{d}'><h1>{html.escape(t.title)}</h1>{t.summary_html}"
                   f"<h2>{html.escape(t.legend_title)}</h2></div>")
    for cat in categories.CATEGORIES:
        cur.insertBlock(_block(t.rtl))
        cur.insertText(t.category_titles.get(cat, cat), categories.char_format(cat))
        cur.insertText(f"  ({t.category_patterns.get(cat, '')})", QTextCharFormat())
    cur.insertBlock(_block(t.rtl))
    cur.insertHtml(f"<h2 dir='{d}'>{html.escape(t.notice_title)}</h2>")
    cur.insertBlock(QTextBlockFormat(), QTextCharFormat())
    base = cur.position()
    cur.insertText(analysis.text, QTextCharFormat())
    if progress:
        progress(40, "")
    if cancel and cancel():
        raise Cancelled("export cancelled")
    om = OffsetMap(analysis.text)
    hl = QTextCursor(doc)

    def paint(start: int, end: int, fmt: QTextCharFormat) -> None:
        hl.setPosition(base + om.to_qt(start))
        hl.setPosition(base + om.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        hl.mergeCharFormat(fmt)

    for s in analysis.sentences:
        for label, cat in SENTENCE_CATEGORY.items():
            if label in s.labels:
                paint(s.start, s.end, categories.char_format(cat, background=False))
                break
    for span in analysis.spans:
        cat = SPAN_CATEGORY.get(span.kind)
        if cat:
            paint(span.start, span.end, categories.char_format(cat))
    if progress:
        progress(70, "")
    cur.movePosition(QTextCursor.MoveOperation.End)
    cur.insertBlock(_block(t.rtl), QTextCharFormat())
    parts = [f"<h2>{html.escape(t.findings_title)}</h2>"]
    current = None
    for f in findings:
        if f.group != current:
            current = f.group
            parts.append(f"<h3>{html.escape(t.category_titles.get(f.group, f.group))}</h3>")
        parts.append(f"<p dir='{text_dir(f.quote)}'>{quoted(f.quote)}</p>")
        for p in f.explanation.split("\n\n"):
            if p:
                parts.append(f"<p dir='{text_dir(p)}' style='margin-left:20px; "
                             f"margin-right:20px;'>{html.escape(p)}</p>")
    cur.insertHtml(f"<div dir='{d}'>{''.join(parts)}</div>")
    return doc


def _block(rtl: bool) -> QTextBlockFormat:
    b = QTextBlockFormat()
    b.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return b


def write_pdf(path: Path, analysis: Analysis, findings: list[Finding], t: ExportText,
              progress=None, cancel=None) -> Path:
    """Write the report to ``path`` (A4, 15 mm margins); returns the path."""
    doc = build_document(analysis, findings, t, progress, cancel)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(t.title)
    writer.setCreator("Small Print")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    doc.print_(writer)
    del writer  # flushes and closes the file
    if cancel and cancel():
        tmp.unlink(missing_ok=True)
        raise Cancelled("export cancelled")
    tmp.replace(path)
    if progress:
        progress(100, "")
    return path
