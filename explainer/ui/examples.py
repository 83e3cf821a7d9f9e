"""The bundled example notices in resources/samples (Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from explainer import paths


@dataclass(frozen=True)
class Example:
    path: Path
    language: str  # "en", "ar" or "" when the file name does not say
    title: str  # the first line of the file, shortened


def list_examples(folder: Path | None = None) -> list[Example]:
    folder = folder or paths.resource("samples")
    out: list[Example] = []
    for p in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        stem = p.stem
        lang = stem.rsplit("_", 1)[-1] if "_" in stem else ""
        lang = lang if lang in ("en", "ar") else ""
        try:
            with p.open(encoding="utf-8-sig") as f:
                first = next((line.strip() for line in f if line.strip()), "")
        except (OSError, UnicodeDecodeError):
            first = ""
        title = first or stem.replace("_", " ")
        if len(title) > 60:
            title = title[:59].rstrip() + "…"
        out.append(Example(p, lang, title))
    return out
