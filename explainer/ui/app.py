"""Start the desktop app: ``explainer gui [PATH...]`` calls :func:`run`.

The window is created and shown before anything heavy is imported: spaCy and the models load in
the NLP worker afterwards (``Controller.warm_up``), so the window appears at once.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from explainer.paths import resource
from explainer.ui import errors, i18n, workers
from explainer.ui.controller import Controller
from explainer.ui.main_window import MainWindow
from explainer.ui.settings import AppSettings

logger = logging.getLogger(__name__)


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Small Print")
    app.setOrganizationName("SmallPrint")
    app.setApplicationDisplayName("Small Print")
    icon = resource("icons", "smallprint.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _add_log_tab(controller: Controller) -> None:
    """Embed the family's log (explainer.ui.log) when it is installed; the app works without."""
    try:
        from explainer.ui.log import LogWidget
    except ImportError:
        return
    try:
        from explainer import store

        opener = getattr(store, "open_store", None) or getattr(store, "LogStore", None)
        log_store = opener() if opener else None
        widget = LogWidget(log_store) if log_store is not None else None
    except Exception:  # noqa: BLE001 - the notice checker must still open
        logger.exception("the log could not be opened")
        return
    if widget is not None:
        controller.window.add_tab(widget, QCoreApplication.translate("MainWindow", "Log"))
        controller.attach_log(widget)


def build(settings: AppSettings | None = None, *, with_log: bool = True) -> Controller:
    """Create the window and its controller (shared by :func:`run`, tests and screenshots)."""
    app = application()
    settings = settings or AppSettings()
    i18n.load_fonts()
    translations = i18n.Translations.for_app(app)
    translations.apply(settings.effective_language)
    window = MainWindow()
    controller = Controller(window, settings, translations)
    if settings.geometry is not None:
        window.restoreGeometry(settings.geometry)
    if with_log:
        _add_log_tab(controller)
    return controller


def run(paths: Sequence[str | Path] = ()) -> int:
    app = application()
    errors.install_excepthook()
    controller = build()
    window = controller.window
    window.show()
    window.notice.setFocus()

    def after_show() -> None:
        controller.warm_up()
        if paths:
            controller.open_path(Path(paths[0]))

    QTimer.singleShot(0, after_show)
    app.aboutToQuit.connect(controller.shutdown)
    code = app.exec()
    workers.wait_all(5000)
    return int(code)
