"""Work-arounds for two problems of the pinned PySide6/shiboken6 6.12.0 (applied on import of
:mod:`explainer.ui`, the only Qt importer).

1. A reference-count bug on Python 3.11 (:func:`make_none_immortal`).
2. Slow imports after PySide6 is loaded (:func:`speed_up_imports`).

Reference counts (1):

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


def speed_up_imports() -> bool:
    """Stop shiboken reading the source of every module imported after PySide6.

    shiboken's import hook calls ``_mod_uses_pyside(module)`` for each newly imported module,
    which runs ``inspect.getsource`` on it to look for the word "PySide6" (for the opt-in
    ``from __feature__ import snake_case``). Importing spaCy, thinc and numpy in the model worker
    then takes 10+ seconds instead of about one. Nothing here uses ``__feature__``, so only our
    own UI modules are still checked the slow way. True if the hook was found and patched.
    """
    patched = False
    for name in ("shibokensupport.feature", "shibokensupport.signature.loader"):
        mod = sys.modules.get(name)
        original = getattr(mod, "_mod_uses_pyside", None)
        if original is None or getattr(original, "_explainer_fast", False):
            continue

        def fast(module, _original=original) -> bool:
            name = getattr(module, "__name__", "") or ""
            if name.startswith(("explainer.ui", "PySide6")):
                return _original(module)
            return False

        fast._explainer_fast = True  # type: ignore[attr-defined]
        mod._mod_uses_pyside = fast
        patched = True
    return patched
