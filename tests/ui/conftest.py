"""Fixtures for the desktop app tests: the real window, the real analyser, settings in tmp."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from explainer.ui import workers  # noqa: E402
from explainer.ui.app import build  # noqa: E402
from explainer.ui.settings import AppSettings  # noqa: E402


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    s = AppSettings(tmp_path / "settings.ini")
    s.language = "en"
    return s


@pytest.fixture
def controller(qtbot, settings):
    c = build(settings, with_log=False)
    qtbot.addWidget(c.window)
    c.window.show()
    qtbot.waitExposed(c.window)
    yield c
    c.shutdown()
    workers.wait_all()
    c.translations.apply("en")
    c.set_large_text(False)
