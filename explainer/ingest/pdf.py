"""PDF -> text with pypdfium2; pages without a usable text layer are rendered and OCR'd.

A hospital's "PDF" is often a scan: each page a picture, no text layer. A page whose text layer
has fewer than :data:`MIN_TEXT_CHARS` visible characters, or is mostly unmapped glyphs (fonts
without a ToUnicode table extract as U+FFFD or private-use characters), is rendered at 300 dpi
(less for oversized pages, so one page stays under ~12 megapixels) and sent to OCR.

Pages are joined with a blank line. Reading stops at :data:`MAX_PAGES` pages with a warning.
"""

from __future__ import annotations

import logging
import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from explainer.errors import Cancelled, CorruptFileError, PasswordProtectedError
from explainer.ingest.text import normalise_newlines

logger = logging.getLogger(__name__)

MAX_PAGES = 300
MIN_TEXT_CHARS = 20
RENDER_DPI = 300
MAX_RENDER_PIXELS = 12_000_000

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]


@dataclass
class PdfText:
    text: str
    pages: int
    ocr_pages: int
    warnings: list[str] = field(default_factory=list)
    ocr_words: list[tuple[int, int, float]] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)


def read_pdf(
    data: bytes,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    ocr: bool = True,
) -> PdfText:
    """Extract text page by page; see the module docstring for when a page is OCR'd."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _open_error(exc) from exc
    engine = None
    try:
        total = len(pdf)
        result = PdfText(text="", pages=total, ocr_pages=0)
        if total == 0:
            raise CorruptFileError(
                "This PDF has no pages: get a fresh copy of the document and try again."
            )
        if total > MAX_PAGES:
            result.warnings.append(
                f"Only the first {MAX_PAGES} of {total} pages were read."
            )
            total = MAX_PAGES
        pieces: list[str] = []
        offset = 0  # length of "\n\n".join(pieces)
        for index in range(total):
            if cancel is not None and cancel():
                raise Cancelled("Reading was stopped before it finished.")
            page = pdf[index]
            words: list[tuple[int, int, float]] = []
            try:
                text = _page_text(page)
                if ocr and _needs_ocr(text):
                    if engine is None:
                        from explainer.ingest.ocr import OcrEngine

                        engine = OcrEngine()
                    found = engine.recognise(_render(page))
                    result.ocr_pages += 1
                    result.warnings.extend(f"Page {index + 1}: {w}" for w in found.warnings)
                    result.languages.append(found.language)
                    text, words = found.text, found.words
            except pdfium.PdfiumError as exc:
                logger.info("page %d unreadable: %s", index + 1, exc)
                result.warnings.append(f"Page {index + 1} could not be read and was skipped.")
                text, words = "", []
            finally:
                page.close()
            if text:  # blank pages add nothing, not even a separator
                start = offset + 2 if pieces else 0
                result.ocr_words.extend((start + s, start + e, c) for s, e, c in words)
                pieces.append(text)
                offset = start + len(text)
            if progress is not None:
                progress(index + 1, total)
        result.text = "\n\n".join(pieces)
        return result
    finally:
        if engine is not None:
            engine.close()
        pdf.close()


def _open_error(exc: Exception) -> Exception:
    message = str(exc).lower()
    if "password" in message:
        return PasswordProtectedError(
            "This PDF is password-protected: open it in your PDF reader, save an unprotected "
            "copy, and try again."
        )
    if "security" in message:
        return PasswordProtectedError(
            "This PDF uses a kind of protection this app cannot open: print it to a new PDF "
            "from your PDF reader and try again."
        )
    return CorruptFileError(
        "This PDF is damaged or incomplete: download or save it again, then try again."
    )


def _page_text(page: object) -> str:
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        raw = textpage.get_text_bounded()
    finally:
        textpage.close()
    # pdfium marks line ends with CRLF and may emit NUL/\x02 for hyphenation points.
    raw = raw.replace("\x02", "").replace("\ufffe", "")
    return normalise_newlines(raw).strip()


def _needs_ocr(text: str) -> bool:
    visible = [ch for ch in text if not ch.isspace()]
    if len(visible) < MIN_TEXT_CHARS:
        return True
    junk = sum(
        1 for ch in visible if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cc", "Cn")
    )
    return junk > 0.3 * len(visible)


def _render(page: object):  # -> PIL.Image.Image
    width, height = page.get_size()  # type: ignore[attr-defined]  # points (1/72 inch)
    scale = RENDER_DPI / 72
    if width * height * scale * scale > MAX_RENDER_PIXELS:
        scale = math.sqrt(MAX_RENDER_PIXELS / (width * height))
    bitmap = page.render(scale=scale, grayscale=True)  # type: ignore[attr-defined]
    try:
        return bitmap.to_pil().convert("L")
    finally:
        bitmap.close()
