"""Loads the word lists of ``resources/lexicon`` (see its README for the formats)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from explainer.paths import resource

logger = logging.getLogger(__name__)

LANGS = ("en", "ar")


def _rows(path: Path) -> list[list[str]]:
    rows: list[list[str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([c.strip() for c in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Company:
    name: str
    kind: str
    aliases: tuple[str, ...]
    note_en: str
    note_ar: str

    def note(self, lang: str) -> str:
        return self.note_ar if lang == "ar" else self.note_en


@dataclass(frozen=True)
class DataTypeInfo:
    id: str
    children: bool
    label_en: str
    label_ar: str
    why_en: str
    why_ar: str

    def label(self, lang: str) -> str:
        return self.label_ar if lang == "ar" else self.label_en

    def why(self, lang: str) -> str:
        return self.why_ar if lang == "ar" else self.why_en


@cache
def companies() -> dict[str, Company]:
    out: dict[str, Company] = {}
    for row in _rows(resource("lexicon", "companies.tsv")):
        row += [""] * (5 - len(row))
        name, kind, aliases, en, ar = row[:5]
        al = tuple(a.strip() for a in aliases.split("|") if a.strip())
        out[name] = Company(name, kind, al, en, ar)
    return out


@cache
def company_kinds() -> dict[str, str]:
    """Company name -> kind id (what the sentence rules need), built once."""
    return {name: c.kind for name, c in companies().items()}


@cache
def kinds() -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in _rows(resource("lexicon", "kinds.tsv"))}


def kind_label(kind: str, lang: str) -> str:
    en, ar = kinds().get(kind, (kind.replace("_", " "), kind))
    return ar if lang == "ar" else en


@cache
def data_types() -> dict[str, DataTypeInfo]:
    out: dict[str, DataTypeInfo] = {}
    for r in _rows(resource("lexicon", "data_types.tsv")):
        out[r[0]] = DataTypeInfo(r[0], r[1] == "1", r[2], r[3], r[4], r[5])
    return out


@cache
def table(lang: str, name: str) -> tuple[tuple[str, str], ...]:
    """Rows (phrase, value) of ``LANG/name.tsv``; value is "" for one-column lists."""
    path = resource("lexicon", lang, f"{name}.tsv")
    return tuple((r[0], r[1] if len(r) > 1 else "") for r in _rows(path))
