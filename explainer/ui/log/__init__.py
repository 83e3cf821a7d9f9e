"""The family's log in the desktop app: :class:`LogWidget` and its table model."""

from __future__ import annotations

from explainer.ui.log.model import SignupRole, SignupTableModel, SortRole
from explainer.ui.log.widget import LogWidget

__all__ = ["LogWidget", "SignupRole", "SignupTableModel", "SortRole"]
