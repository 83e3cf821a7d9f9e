"""The desktop app: the only package that imports PySide6 (see shared STYLE.md, Qt UI).

Views (``*_view.py``, ``*_panel.py``, ``summary_card.py``, ``presentation.py``) only lay out
widgets; :mod:`explainer.ui.controller` wires signals to workers; :mod:`explainer.ui.app` starts it.
"""

