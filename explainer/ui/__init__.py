"""The desktop app: the only package that imports PySide6 (see shared STYLE.md, Qt UI).

Views (``*_view.py``, ``*_panel.py``, ``summary_card.py``, ``presentation.py``) only lay out
widgets; :mod:`explainer.ui.controller` wires signals to workers; :mod:`explainer.ui.app` starts it.
"""

from explainer.ui._pyside_fixes import make_none_immortal, speed_up_imports

make_none_immortal()  # before any PySide6 call: see _pyside_fixes.py
import PySide6.QtCore  # noqa: E402,F401  (loads shiboken's import hook, patched next)

speed_up_imports()
