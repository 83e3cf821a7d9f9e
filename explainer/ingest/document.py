"""The text extracted from one input, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    text: str
    kind: str  # "text", "html", "pdf", "docx", "image"
    name: str = ""
    encoding: str | None = None
    pages: int = 1
    ocr_pages: int = 0
    warnings: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def info(self) -> dict[str, Any]:
        """JSON-able description of the source (added to CLI JSON output as ``source``)."""
        d: dict[str, Any] = {"kind": self.kind}
        if self.encoding:
            d["encoding"] = self.encoding
        if self.kind in ("pdf", "image"):
            d["pages"] = self.pages
            d["ocr_pages"] = self.ocr_pages
        if self.warnings:
            d["warnings"] = list(self.warnings)
        return d
