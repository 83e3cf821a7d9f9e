"""Input clean-up before analysis. The cleaned string is the result's ``text``: all offsets
refer to it.

Line endings become ``\\n``; NUL and other control characters (but tab and newline), zero-width
characters and bidi controls are removed, because they break matching and are invisible anyway.
"""

from __future__ import annotations

import re

_DROP = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e"
    "\u2066-\u2069\u061c\ufff9-\ufffb\ud800-\udfff]"
)


def clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u00a0", " ")
    return _DROP.sub("", text)
