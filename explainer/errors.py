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


class OcrError(InputError):
    code = "E120"


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
