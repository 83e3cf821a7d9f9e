"""Entry points: a path or bytes -> :class:`Document`, dispatching on the sniffed file kind.

Error messages never name the file: the CLI and UI already say which file failed, and a
message that names it twice reads badly ("scan.pdf: scan.pdf is ...").
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from explainer.errors import EmptyFileError, MissingFileError, TooLargeError
from explainer.ingest.document import Document
from explainer.ingest.sniff import sniff
from explainer.ingest.text import decode_text

logger = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

# Larger than any notice, even a 300-page scan; protects memory (the whole file is read).
MAX_FILE_BYTES = 512 * 1024 * 1024


def read_path(
    path: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Document:
    """Read one file of any supported kind.

    ``progress(done, total)`` is called after each page of a PDF or multi-page image;
    ``cancel()`` is polled between pages and, if it returns True, :class:`Cancelled` is raised.
    Raises :class:`InputError` subclasses with a one-line message a parent can act on.
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise MissingFileError(
            "The file was not found: check the name and folder, then try again."
        ) from None
    except OSError as exc:
        raise MissingFileError(f"The file cannot be opened ({exc.strerror}).") from exc
    if p.is_dir():
        raise MissingFileError("This is a folder, not a file: choose a file inside it.")
    if not p.is_file():
        raise MissingFileError("This is not a regular file: choose a document or picture.")
    if st.st_size > MAX_FILE_BYTES:
        raise TooLargeError(
            "This file is too large to read (over 512 MB): save the notice part on its own and "
            "try again."
        )
    try:
        data = p.read_bytes()
    except PermissionError as exc:
        raise MissingFileError(
            "You do not have permission to read this file: copy it somewhere you can open it "
            "(for example your Documents folder) and try again."
        ) from exc
    except OSError as exc:
        raise MissingFileError(f"The file cannot be read ({exc.strerror}).") from exc
    return read_bytes(data, name=p.name, progress=progress, cancel=cancel)


def read_bytes(
    data: bytes,
    *,
    name: str = "<bytes>",
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Document:
    """Read a document given as bytes; ``name`` (a file name) is only a hint for its kind."""
    if not data:
        raise EmptyFileError("The file is empty (0 bytes): save the notice again and retry.")
    kind = sniff(data, name)
    logger.debug("%s sniffed as %s", name, kind)
    if kind == "pdf":
        from explainer.ingest.pdf import read_pdf

        pdf = read_pdf(data, progress=progress, cancel=cancel)
        extra: dict[str, object] = {}
        if pdf.ocr_pages:
            extra["ocr_words"] = pdf.ocr_words
            extra["ocr_languages"] = pdf.languages
        warnings = list(pdf.warnings)
        if not pdf.text.strip():
            warnings.append("No text was found in this PDF.")
        return Document(
            text=pdf.text, kind="pdf", name=name, pages=pdf.pages, ocr_pages=pdf.ocr_pages,
            warnings=tuple(warnings), extra=extra,
        )
    if kind == "docx":
        from explainer.ingest.docx_reader import read_docx

        return Document(text=read_docx(data), kind="docx", name=name)
    if kind == "image":
        from explainer.ingest.image import read_image

        img = read_image(data, progress=progress, cancel=cancel)
        if not img.text and not img.warnings:
            img.warnings.append("No text was found in this picture.")
        return Document(
            text=img.text, kind="image", name=name, pages=img.pages, ocr_pages=img.pages,
            warnings=tuple(img.warnings),
            extra={"ocr_words": img.words, "ocr_languages": img.languages,
                   "ocr_rotations": img.rotations},
        )
    if kind == "html":
        from explainer.ingest.html import decode_html, html_to_text

        decoded = decode_html(data)
        return Document(
            text=html_to_text(decoded.text), kind="html", name=name,
            encoding=decoded.encoding, warnings=decoded.warnings,
        )
    decoded = decode_text(data)
    return Document(
        text=decoded.text, kind="text", name=name, encoding=decoded.encoding,
        warnings=decoded.warnings,
    )
