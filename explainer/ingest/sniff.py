"""What kind of file is this? Content (magic bytes) first, the name's extension second.

Parents forward files through phones and messaging apps that rename them (``scan.jpg`` that is a
PNG, ``notice`` with no extension, a PDF saved as ``.txt``). So a recognised signature always wins;
the extension only decides between the text kinds (plain text or HTML) and gives a better message
when the content contradicts it.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from pathlib import PurePath

from explainer.errors import CorruptFileError, PasswordProtectedError, UnsupportedFileError

logger = logging.getLogger(__name__)

TEXT_EXTS = {".txt", ".md", ".markdown", ".text", ""}
HTML_EXTS = {".html", ".htm", ".xhtml", ".shtml"}
IMAGE_EXTS = {".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".bmp", ".webp", ".gif"}
BINARY_EXTS = {".pdf": "pdf", ".docx": "docx", **{e: "image" for e in IMAGE_EXTS}}

_IMAGE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"BM", "BMP"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)

_KIND_WORDS = {"pdf": "a PDF", "docx": "a Word (.docx) document", "image": "an image"}


def sniff(data: bytes, name: str) -> str:
    """Return ``"pdf"``, ``"docx"``, ``"image"``, ``"html"`` or ``"text"``.

    Raises :class:`UnsupportedFileError` for formats we recognise but cannot read (old .doc,
    other zip archives, RTF) and :class:`PasswordProtectedError` for encrypted Office files.
    """
    ext = PurePath(name).suffix.lower()
    kind = _by_content(data)
    if kind is not None:
        return kind
    expected = BINARY_EXTS.get(ext)
    if expected is not None:
        # Named like a binary format but no signature: damaged, truncated or mislabelled.
        raise CorruptFileError(
            f"This file is named {ext} but is not {_KIND_WORDS[expected]} "
            "(it may be damaged or only partly downloaded): get a fresh copy and try again."
        )
    if ext in HTML_EXTS or _HTML_START.match(data[:4096]):
        return "html"
    return "text"


def _by_content(data: bytes) -> str | None:
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    for magic, _fmt in _IMAGE_MAGIC:
        if data.startswith(magic):
            return "image"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise PasswordProtectedError(
                "This Word document is password-protected: open it in Word, save an unprotected "
                "copy, and try again."
            )
        raise UnsupportedFileError(
            "This is an old Word (.doc) or Office file: open it in Word or LibreOffice, "
            "save it as .docx or PDF, and try again."
        )
    if data.startswith(b"{\\rtf"):
        raise UnsupportedFileError(
            "This is a Rich Text (.rtf) file: open it in your word processor, save it as .docx "
            "or PDF, and try again."
        )
    return None


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        logger.info("bad zip: %s", exc)
        raise CorruptFileError(
            "This file looks like a Word document or zip archive but is damaged or incomplete: "
            "get a fresh copy and try again."
        ) from exc
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        raise UnsupportedFileError(
            "This is an OpenDocument file: save it as .docx or PDF and try again."
        )
    raise UnsupportedFileError(
        "This is a zip archive, not a document: unzip it and open the notice inside."
    )
