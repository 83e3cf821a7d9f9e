"""Typed errors with a message a person can act on.

Every error the core raises on purpose is an :class:`ExplainerError`. The CLI prints its message on
one line and exits with :attr:`ExplainerError.exit_code`; the UI maps each subclass to a translated
dialog. Codes (``code``) are stable identifiers for tools and translations.
"""

from __future__ import annotations


class ExplainerError(Exception):
    """Base class: bad input or an environment problem, never a bug."""

    exit_code: int = 3
    code: str = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class InputError(ExplainerError):
    """An input could not be read or understood (missing file, unreadable PDF, ...)."""

    exit_code = 3
    code = "E100"


class UnsupportedFileError(InputError):
    code = "E101"


class MissingFileError(InputError):
    """The path does not exist, is a folder, or cannot be opened (permissions)."""

    code = "E102"


class EmptyFileError(InputError):
    code = "E103"


class NotTextError(InputError):
    """Bytes that are neither a known document format nor text in a known encoding."""

    code = "E104"


class CorruptFileError(InputError):
    """A PDF, DOCX or image that is damaged or truncated."""

    code = "E105"


class PasswordProtectedError(InputError):
    code = "E106"


class TooLargeError(InputError):
    """An image or document too big to process safely (decompression bombs, huge scans)."""

    code = "E107"


class OcrError(InputError):
    code = "E120"


class OcrDataMissingError(OcrError):
    """The shipped Tesseract language data is missing: the install is broken."""

    code = "E121"


class Cancelled(ExplainerError):
    """A long job was cancelled by the user."""

    exit_code = 130
    code = "E130"


class ModelError(ExplainerError):
    """A shipped model is missing or damaged (the install is broken)."""

    exit_code = 5
    code = "E200"


class StoreError(ExplainerError):
    """The log database cannot be opened or written (corrupt, locked, read-only, newer, full)."""

    exit_code = 4
    code = "E300"
