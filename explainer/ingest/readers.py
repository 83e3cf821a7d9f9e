"""Placeholder readers: plain text only (the ingest issue replaces this module)."""

from __future__ import annotations

from pathlib import Path

from explainer.errors import InputError
from explainer.ingest.document import Document


def read_bytes(data: bytes, *, name: str = "<bytes>") -> Document:
    for enc in ("utf-8-sig", "utf-16"):
        try:
            return Document(text=data.decode(enc), kind="text", name=name, encoding=enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name} is not text this app can read")


def read_path(path: Path, *, progress=None, cancel=None) -> Document:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a file")
    return read_bytes(path.read_bytes(), name=str(path))
