"""Files, web pages, PDFs and images -> text for the analyser (no Qt, nothing fetched).

Public API (used by the CLI, the UI and the log):

* ``read_path(path, *, progress=None, cancel=None) -> Document``
* ``read_bytes(data, *, name) -> Document`` (bytes of unknown type, e.g. standard input)

Both raise :class:`explainer.errors.InputError` subclasses with a one-line reason.
"""

from __future__ import annotations

from explainer.ingest.document import Document
from explainer.ingest.readers import read_bytes, read_path

__all__ = ["Document", "read_bytes", "read_path"]
