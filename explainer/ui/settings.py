"""Remembered preferences (QSettings): interface language, large text, zoom, window geometry.

Tests pass an explicit ``path`` (an INI file in a temp dir) so nothing touches the user's
configuration.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

logger = logging.getLogger(__name__)

LANGUAGES = ("system", "en", "ar")


class AppSettings:
    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            self._s = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                "SmallPrint", "SmallPrint")
        else:
            self._s = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._s.fileName()

    def _get(self, key: str, default, kind):
        value = self._s.value(key, default)
        try:
            if kind is bool and isinstance(value, str):
                return value.lower() in ("1", "true", "yes")
            return kind(value)
        except (TypeError, ValueError):
            return default

    # interface language ------------------------------------------------------------------
    @property
    def language(self) -> str:
        """"system", "en" or "ar" as chosen in the menu."""
        value = self._get("ui/language", "system", str)
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value if value in LANGUAGES else "system")

    @property
    def effective_language(self) -> str:
        """The language actually used: "ar" or "en" ("system" follows the system locale)."""
        return resolve_language(self.language)

    # text size ---------------------------------------------------------------------------
    @property
    def large_text(self) -> bool:
        return self._get("ui/large_text", False, bool)

    @large_text.setter
    def large_text(self, value: bool) -> None:
        self._s.setValue("ui/large_text", bool(value))

    @property
    def zoom(self) -> int:
        """Zoom steps of the notice text (0 = normal; each step is one point)."""
        return max(-5, min(20, self._get("ui/zoom", 0, int)))

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._s.setValue("ui/zoom", int(value))

    # window ------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    def sync(self) -> None:
        self._s.sync()


def resolve_language(choice: str) -> str:
    if choice in ("en", "ar"):
        return choice
    ui_langs = QLocale.system().uiLanguages()
    first = ui_langs[0] if ui_langs else QLocale.system().name()
    return "ar" if first.lower().startswith("ar") else "en"
