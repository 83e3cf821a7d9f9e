"""Interface language and fonts.

The Arabic interface is ``resources/translations/explainer_ar.qm`` (built from the ``.ts``
source with ``pyside6-lrelease``); its ``QT_LAYOUT_DIRECTION`` entry is ``RTL``, so Qt mirrors the
whole layout when it is installed. English is the source language; ``explainer_en.qm`` holds only
its plural forms (``pyside6-lupdate -pluralonly``), so "%n sentence(s)" reads "1 sentence".
Fonts are the TTF/OTF files shipped in ``resources/fonts`` (never a remote font).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QFont, QFontDatabase

from explainer import paths

logger = logging.getLogger(__name__)

_loaded_families: list[str] = []


def load_fonts() -> list[str]:
    """Register every font in resources/fonts once; returns the family names."""
    if _loaded_families:
        return _loaded_families
    folder = paths.resource("fonts")
    for f in sorted(folder.glob("*")) if folder.is_dir() else []:
        if f.suffix.lower() not in (".ttf", ".otf"):
            continue
        font_id = QFontDatabase.addApplicationFont(str(f))
        if font_id < 0:
            logger.warning("could not load font %s", f)
            continue
        for fam in QFontDatabase.applicationFontFamilies(font_id):
            if fam not in _loaded_families:
                _loaded_families.append(fam)
    return _loaded_families


def arabic_family() -> str | None:
    """A shipped family that covers Arabic (Amiri, Noto Naskh, ...), if any."""
    for fam in load_fonts():
        if QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(fam):
            return fam
    return None


def current_language() -> str:
    """The interface language now shown ("en" or "ar"); English before any is applied."""
    inst = Translations._instance
    return inst.language if inst is not None else "en"


class Translations(QObject):
    """Installs/removes the translators for the chosen language on the application.

    One per application (:meth:`for_app`), so switching never leaves an old translator behind.
    """

    _instance: Translations | None = None

    @classmethod
    def for_app(cls, app: QCoreApplication) -> Translations:
        if cls._instance is None or cls._instance._app is not app:
            cls._instance = cls(app)
        return cls._instance

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch to ``language`` ("en" or "ar"); Qt then sends LanguageChange to every widget."""
        for t in self._installed:
            self._app.removeTranslator(t)
        self._installed.clear()
        self.language = language if language in ("en", "ar") else "en"
        if self.language == "en":
            # English is the source language; its small .qm holds only the plural forms
            # ("%n sentence(s)" -> "1 sentence" / "3 sentences").
            plurals = QTranslator(self)
            if plurals.load("explainer_en", str(paths.resource("translations"))):
                self._installed.append(plurals)
                self._app.installTranslator(plurals)
            else:
                logger.warning("no English plural forms: counts read 'sentence(s)'")
            QLocale.setDefault(QLocale(QLocale.Language.English))
            self._deliver()
            return True
        ok = True
        own = QTranslator(self)
        if own.load(f"explainer_{self.language}", str(paths.resource("translations"))):
            self._installed.append(own)
        else:
            logger.warning("no interface translation for %s", self.language)
            ok = False
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for base in ("qtbase", "qt"):
            t = QTranslator(self)
            if t.load(f"{base}_{self.language}", qt_dir):
                self._installed.append(t)
                break
        for t in self._installed:
            self._app.installTranslator(t)
        QLocale.setDefault(QLocale(self.language))
        self._deliver()
        # Qt mirrors the layout when this entry reads "RTL" (listed here so lupdate keeps it).
        direction = QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION")
        logger.debug("interface %s, layout %s", self.language, direction)
        return ok

    @staticmethod
    def _deliver() -> None:
        """Retranslate every widget now rather than on the next event-loop turn."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def with_fallbacks(font: QFont) -> QFont:
    """``font`` with the shipped Latin and Arabic families as fallbacks, in that order.

    Qt picks the first family that has a glyph, so Latin stays in the interface font and
    Arabic falls through to the shipped Arabic font even where the system has none.
    """
    f = QFont(font)
    fams = [f.family()] if f.family() else []
    for fam in ("DejaVu Sans", arabic_family()):
        if fam and fam in load_fonts() and fam not in fams:
            fams.append(fam)
    f.setFamilies(fams)
    return f


def font_families() -> list[str]:
    """Family list for documents built off the GUI thread (PDF export)."""
    from PySide6.QtWidgets import QApplication

    return with_fallbacks(QApplication.font()).families()
