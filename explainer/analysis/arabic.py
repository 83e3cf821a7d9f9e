"""Arabic normalisation for matching and for classifier features.

Matching never changes the analysed text: these functions produce *keys* (token norms, feature
strings) while offsets keep pointing into the original. pyarabic strips tashkeel and tatweel;
we then fold letter variants (أ إ آ ٱ -> ا, ى -> ي, ة -> ه, ؤ -> و, ئ -> ي), map Arabic-Indic
digits to ASCII, and strip light clitics (a leading و/ف conjunction, then ال/بال/كال/فال/لل) so
that "وللأطفال" and "الأطفال" share the key "اطفال".
"""

from __future__ import annotations

import re
from functools import lru_cache

from pyarabic import araby

_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "۰": "0",
        "۱": "1",
        "۲": "2",
        "۳": "3",
        "۴": "4",
        "۵": "5",
        "۶": "6",
        "۷": "7",
        "۸": "8",
        "۹": "9",
    }
)

_ARABIC_LETTER = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF]")
_ARTICLES = ("وال", "فال", "بال", "كال", "لل", "ال")
# Words (folded) whose first و/ف is a root letter, not a glued "and"/"so": without this list
# "وزارة التعليم" was matched and shown as "زارة التعليم", "واتساب" as "اتساب", and
# "والدين" (parents) got the key of "دين". Common in notices as recipients and data.
_ROOT_INITIAL = frozenset({
    "وزاره", "وزارات", "واتساب", "وكاله", "وكالات", "وكيل", "وكلاء", "وسيط", "وسطاء", "وحده",
    "وحدات", "وثيقه", "وثايق", "وسايل", "ورقه", "وظيفه", "وقت", "وصف", "وصول", "ولاده", "والد",
    "والده", "والدين", "والدان", "وطني", "وطنيه", "فريق", "فرع", "فروع", "فاتوره", "فواتير",
    "فحص", "فحوصات", "فتره", "فقط", "فيديو",
})


def has_arabic(text: str) -> bool:
    return _ARABIC_LETTER.search(text) is not None


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Strip tashkeel/tatweel and fold letter variants; keeps length-independent meaning."""
    return araby.strip_tatweel(araby.strip_tashkeel(text)).translate(_FOLD)


@lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """The matching key of one token: folded, lower-cased (Latin), light clitics removed."""
    t = fold(token)
    if not has_arabic(t):
        return t.lower()
    if t in _ROOT_INITIAL:
        return t
    if len(t) > 3 and t[0] in "وف" and t[1:3] != "ال" and t[1] not in "ي":
        # conjunction و/ف glued to the word ("ولن" -> "لن", "وقد" -> "قد")
        stripped = t[1:]
        if len(stripped) >= 2:
            t = stripped
    elif len(t) == 3 and t[0] in "وف" and t[1:] in ("لا", "لن", "لم", "قد"):
        t = t[1:]
    if t in _ROOT_INITIAL:
        return t  # "ووزارة", "الوالدين"
    for art in _ARTICLES:
        if t.startswith(art) and len(t) - len(art) >= 2:
            t = t[len(art) :]
            break
    return t


@lru_cache(maxsize=200_000)
def clitic_split(token: str) -> tuple[str, ...]:
    """Feature tokens for the classifier: the key plus the clitics as separate features."""
    t = fold(token)
    if not has_arabic(t):
        return (t.lower(),)
    key = token_key(token)
    if key == t:
        return (key,)
    prefix = t[: len(t) - len(key)] if t.endswith(key) else ""
    return (f"{prefix}_", key) if prefix else (key,)


def conjunction_len(token: str) -> int:
    """1 if ``token`` starts with a glued conjunction (و/ف) that :func:`token_key` drops.

    Spans start after it, so "وموعد الولادة" highlights "موعد الولادة".
    """
    t = fold(token)
    if len(t) > 2 and t[0] in "وف" and token_key(token) == token_key(token[1:]) != t:
        return 1
    return 0
