"""Work around a reference-count bug in PySide6/shiboken6 6.12.0 on Python 3.11.

Every call of a C++ method that returns ``void`` hands back ``None`` without taking a reference,
so each such call lowers ``None``'s reference count by one (measured: 1,000 calls of
``QTextCharFormat.setFontWeight`` -> -1,000). On Python 3.12+ ``None`` is immortal and nothing
happens; on 3.11 the process aborts with "Fatal Python error: none_dealloc" after a few thousand
calls (a long notice with many highlights is enough). Until the pinned versions move (a newer
PySide6 or Python 3.12), give ``None`` a reference count so large it can never reach zero: the same
effect PEP 683 has on 3.12.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 50  # far more void calls than any session can make


def make_none_immortal() -> bool:
    """Raise ``None``'s reference count once per process; True if it was needed and done."""
    if sys.version_info >= (3, 12) or getattr(sys, "_explainer_none_guard", False):
        return False
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is an object's first field
    refcnt.value += HEADROOM
    sys._explainer_none_guard = True  # type: ignore[attr-defined]
    return True
