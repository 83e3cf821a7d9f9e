"""Lay a :class:`~explainer.letters.model.Letter` out as plain text or as an A4 PDF.

The PDF embeds the shipped fonts (``resources/fonts``): Amiri for Arabic, shaped with HarfBuzz
(``set_text_shaping``) and laid out right to left, DejaVu Sans for English, each falling back on
the other for the odd word in the other script (an organisation's Latin name in an Arabic
letter). Nothing is fetched and no system font is needed, so the frozen app prints the same
letter on every machine.
"""

from __future__ import annotations

import logging
from pathlib import Path

from explainer.errors import ModelError
from explainer.letters.model import Letter
from explainer.paths import resource

logger = logging.getLogger(__name__)

ARABIC_FONTS = ("Amiri-Regular.ttf", "NotoNaskhArabic-Regular.ttf")
LATIN_FONTS = ("DejaVuSans.ttf", "NotoSans-Regular.ttf", "Amiri-Regular.ttf")


def render_text(letter: Letter) -> str:
    """The letter as UTF-8 text, ready to paste into an email; the note to the parent last."""
    lines: list[str] = [*letter.sender, "", letter.date, "", *letter.recipient, ""]
    lines += [letter.subject, "", letter.salutation, ""]
    for block in letter.blocks:
        lines.append(block.text)
        lines += [f"  - {b}" for b in block.bullets]
        lines.append("")
    lines += [letter.closing, "", *letter.signature, "", "---", letter.note]
    return "\n".join(lines) + "\n"


def _font(candidates: tuple[str, ...]) -> Path:
    for name in candidates:
        path = resource("fonts", name)
        if path.is_file():
            return path
    raise ModelError(
        f"No font for letters in {resource('fonts')} (looked for {', '.join(candidates)}); "
        "the installation is incomplete."
    )


def render_pdf(letter: Letter) -> bytes:
    """The letter as an A4 PDF (bytes) with embedded, shaped fonts."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(letter.subject)
    pdf.set_creator("Small Print")
    pdf.set_lang(letter.language)
    pdf.add_font("arabic", fname=str(_font(ARABIC_FONTS)))
    pdf.add_font("latin", fname=str(_font(LATIN_FONTS)))
    main, other = ("arabic", "latin") if letter.rtl else ("latin", "arabic")
    pdf.set_fallback_fonts([other], exact_match=False)
    if letter.rtl:
        pdf.set_text_shaping(
            use_shaping_engine=True, direction="rtl", script="arab", language="ara"
        )
    else:
        pdf.set_text_shaping(use_shaping_engine=True, direction="ltr")
    pdf.add_page()
    size = 12 if letter.rtl else 10.5
    line = size * 0.55
    align = "R" if letter.rtl else "L"
    width = pdf.epw

    def para(text: str, *, gap: float = 0.0, style_size: float | None = None) -> None:
        pdf.set_font(main, size=style_size or size)
        pdf.multi_cell(width, line, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if gap:
            pdf.ln(gap)

    for text in letter.sender:
        para(text)
    pdf.ln(line)
    para(letter.date, gap=line)
    for text in letter.recipient:
        para(text)
    pdf.ln(line)
    para(letter.subject, gap=line / 2, style_size=size + 1.5)
    para(letter.salutation, gap=line / 2)
    for block in letter.blocks:
        para(block.text, gap=1.5 if not block.bullets else 0.5)
        for bullet in block.bullets:
            pdf.set_font(main, size=size)
            bullet_text = f"•  {bullet}"  # logical order: bidi puts it on the right in Arabic
            pdf.set_x(pdf.l_margin + (0 if letter.rtl else 5))
            pdf.multi_cell(
                width - 5, line, bullet_text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
        if block.bullets:
            pdf.ln(1.5)
    pdf.ln(line / 2)
    para(letter.closing, gap=line * 2)
    for text in letter.signature:
        para(text)
    pdf.ln(line * 2)
    pdf.set_text_color(90, 90, 90)
    para(letter.note, style_size=size - 2)
    return bytes(pdf.output())
