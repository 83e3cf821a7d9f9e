"""English or Arabic? Decided by counting letters of each script.

Only two languages are supported, so the script decides: a notice whose letters are mostly
Arabic script is Arabic. Mixed documents (an Arabic notice quoting English company names, or a
bilingual leaflet) get the majority language, and the result says so with the counts.
"""

from __future__ import annotations

import re
from typing import Any

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")


def detect(text: str) -> tuple[str, dict[str, Any]]:
    """Return ("en" | "ar", details) for ``text``."""
    arabic = len(_ARABIC.findall(text))
    latin = len(_LATIN.findall(text))
    total = arabic + latin
    if total == 0:
        return "en", {"method": "script-count", "arabic_letters": 0, "latin_letters": 0,
                      "mixed": False, "note": "no letters: defaulted to English"}
    share = arabic / total
    lang = "ar" if share >= 0.5 else "en"
    minority = min(share, 1 - share)
    return lang, {
        "method": "script-count",
        "arabic_letters": arabic,
        "latin_letters": latin,
        "arabic_share": round(share, 3),
        "mixed": minority >= 0.2,
    }
