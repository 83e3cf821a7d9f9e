"""The ONE place where analysis offsets (Python code points) meet Qt positions (UTF-16 units).

Python indexes ``str`` by code point; ``QTextDocument``/``QTextCursor`` count UTF-16 code units,
so every character above U+FFFF (most emoji, some CJK and maths symbols) takes two Qt positions
but one Python index. Everything that turns a ``Span``/``Sentence`` offset into a cursor position
(or back) goes through :class:`OffsetMap`. Qt-free so it is tested without a window.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts between code-point offsets and UTF-16 offsets for one text."""

    def __init__(self, text: str) -> None:
        # Code-point indices of characters that take two UTF-16 units, ascending.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Their UTF-16 start positions: each earlier astral char shifts by one more unit.
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral)]
        self.length = len(text)

    def to_qt(self, cp: int) -> int:
        """UTF-16 position of code-point offset ``cp`` (0 <= cp <= len(text))."""
        return cp + bisect_left(self._astral, cp)

    def to_py(self, u16: int) -> int:
        """Code-point offset of UTF-16 position ``u16``; the middle of a pair maps to its start."""
        k = bisect_left(self._astral_u16, u16)
        if k and self._astral_u16[k - 1] + 1 == u16:  # inside a surrogate pair
            return self._astral[k - 1]
        return u16 - k
