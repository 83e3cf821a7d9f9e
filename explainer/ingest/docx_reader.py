"""Word (.docx) documents -> text: body paragraphs and tables, in document order.

Sign-up forms are often Word tables ("What we collect | Why | Who we share it with"), so tables
matter as much as paragraphs. Each table row becomes one line with cells separated by a tab;
a cell merged across columns is written once. Nested tables are flattened into their cell.
Text boxes (forms laid out in Word often put the consent wording in one) are read after the
paragraph that anchors them; Word stores each box twice (modern shape and an old VML fallback),
and only the first copy is read. Headers and footers are left out (page numbers and logos,
rarely terms).
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator

from explainer.errors import CorruptFileError, TooLargeError
from explainer.ingest.text import normalise_newlines

logger = logging.getLogger(__name__)

# word/document.xml bigger than this once unzipped is a zip bomb, not a privacy notice.
MAX_XML_BYTES = 200 * 1024 * 1024

_DAMAGED = (
    "This Word document is damaged or incomplete: open it in Word or LibreOffice, save a new "
    "copy, and try again."
)


def read_docx(data: bytes) -> str:
    """Text of a .docx given as bytes; raises :class:`CorruptFileError` if it cannot be read."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise TooLargeError(
                    "This Word document is too large to read: save the notice part as a "
                    "separate document or PDF and try again."
                )
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document))
    except (TooLargeError, CorruptFileError):
        raise
    except (zipfile.BadZipFile, KeyError, PackageNotFoundError, ValueError, OSError) as exc:
        logger.info("docx unreadable: %r", exc)
        raise CorruptFileError(_DAMAGED) from exc
    except Exception as exc:  # lxml syntax errors and python-docx internals on broken XML
        logger.info("docx parse failure: %r", exc)
        raise CorruptFileError(_DAMAGED) from exc
    return normalise_newlines("\n".join(blocks)).strip("\n")


def _blocks(container: object) -> Iterator[str]:
    """Yield one string per paragraph or table row, in the order they appear."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in container.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Paragraph):
            yield item.text
            yield from _text_boxes(item._p)
        elif isinstance(item, Table):
            yield from _table_rows(item)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(paragraph: object) -> Iterator[str]:
    """Lines of the text boxes anchored in ``paragraph`` (an lxml ``w:p``), VML copies skipped."""
    for box in paragraph.iter(f"{_W}txbxContent"):  # type: ignore[attr-defined]
        if any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            continue
        for p in box.iter(f"{_W}p"):
            # paragraphs of a box nested in this box are reached by the outer iter() too
            if next(p.iterancestors(f"{_W}txbxContent"), None) is not box:
                continue
            text = "".join(t.text or "" for t in p.iter(f"{_W}t"))
            if text.strip():
                yield text


def _table_rows(table: object) -> Iterator[str]:
    for row in table.rows:  # type: ignore[attr-defined]
        seen: list[object] = []  # lxml elements (kept alive, so identity is stable)
        cells: list[str] = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):  # a merged cell repeats per column spanned
                continue
            seen.append(cell._tc)
            text = " ".join(b for b in _blocks(cell) if b.strip())
            cells.append(text)
        line = "\t".join(cells).strip()
        if line:
            yield line
