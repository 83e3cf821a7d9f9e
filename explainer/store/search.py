"""Search keys: the text a search box should match, folded so a parent need not type it exactly.

English is case-folded. Arabic loses tashkeel and tatweel, and its alef, yaa and taa marbuta
variants are merged (أ إ آ ٱ -> ا, ى -> ي, ة -> ه), so "مستشفى" finds "مستشفي".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def fold(text: str) -> str:
    """The folded form of ``text`` used both when storing and when searching."""
    text = unicodedata.normalize("NFKC", text)
    text = _TASHKEEL.sub("", text)
    return text.translate(_ARABIC_MAP).casefold()


def search_key(parts: Iterable[str | None]) -> str:
    return fold(" ".join(p for p in parts if p))


def like_patterns(query: str) -> list[str]:
    """One ``LIKE`` pattern per word of ``query`` (all must match), with ``\\`` as the escape."""
    words = fold(query).split()
    out = []
    for w in words:
        w = w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        out.append(f"%{w}%")
    return out
