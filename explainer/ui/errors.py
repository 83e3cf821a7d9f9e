"""Friendly, translated error dialogs and the global excepthook.

Core code raises typed :class:`~explainer.errors.ExplainerError` subclasses with an English
message for logs and the command line; here each class maps to a translated sentence a tired
parent can act on, with the original message as a detail. Anything else is a bug: it is logged
to ``crash.log`` in :func:`explainer.paths.user_log_dir` and shown in a dialog instead of the app
vanishing.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from explainer import errors, paths

logger = logging.getLogger(__name__)


def message_for(exc: BaseException) -> tuple[str, str]:
    """(title, text) for ``exc``, translated; most specific class first."""
    if isinstance(exc, errors.UnsupportedFileError):
        return (
            QCoreApplication.translate("ErrorMessages", "This file can't be opened"),
            QCoreApplication.translate(
                "ErrorMessages",
                "Small Print can read text, web pages (HTML), PDF, Word (.docx) and "
                "pictures of a page. Try saving the notice in one of those formats, or "
                "copy its text and paste it in.",
            ),
        )
    if isinstance(exc, errors.OcrError):
        return (
            QCoreApplication.translate("ErrorMessages", "The picture could not be read"),
            QCoreApplication.translate(
                "ErrorMessages",
                "No readable words were found in the picture. Try a sharper, "
                "well-lit photo taken straight on, or type or paste the text.",
            ),
        )
    if isinstance(exc, errors.InputError):
        return (
            QCoreApplication.translate("ErrorMessages", "This file can't be read"),
            QCoreApplication.translate(
                "ErrorMessages",
                "The file may be damaged, protected by a password, or not what its name "
                "says. Try opening it in another program and copying the text in.",
            ),
        )
    if isinstance(exc, errors.ModelError):
        return (
            QCoreApplication.translate("ErrorMessages", "Small Print is not installed correctly"),
            QCoreApplication.translate(
                "ErrorMessages",
                "A part of the app that reads notices is missing or damaged. Please "
                "reinstall Small Print.",
            ),
        )
    if isinstance(exc, errors.StoreError):
        return (
            QCoreApplication.translate("ErrorMessages", "Your log could not be opened"),
            QCoreApplication.translate(
                "ErrorMessages",
                "The file where Small Print keeps your log could not be opened or saved. "
                "Nothing was changed.",
            ),
        )
    if isinstance(exc, OSError):
        return (
            QCoreApplication.translate("ErrorMessages", "The file could not be saved or opened"),
            QCoreApplication.translate(
                "ErrorMessages",
                "Check that the folder exists, that you may write there and that the "
                "disk is not full.",
            ),
        )
    if isinstance(exc, errors.ExplainerError):
        return (
            QCoreApplication.translate("ErrorMessages", "Something went wrong"),
            QCoreApplication.translate("ErrorMessages", "Small Print could not finish this task."),
        )
    return (
        QCoreApplication.translate("ErrorMessages", "Something went wrong"),
        QCoreApplication.translate(
            "ErrorMessages",
            "Small Print hit a problem it did not expect. Your text is still here. "
            "A report was saved to the log folder.",
        ),
    )


def detail_for(exc: BaseException) -> str:
    if isinstance(exc, errors.ExplainerError):
        return exc.message
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else "")
    return "".join(traceback.format_exception_only(type(exc), exc)).strip()


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Show a translated dialog for ``exc`` (nothing for a user's own cancel)."""
    if isinstance(exc, errors.Cancelled):
        return
    if not isinstance(exc, errors.ExplainerError | OSError):
        log_crash(type(exc), exc, exc.__traceback__)
    title, text = message_for(exc)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    detail = detail_for(exc)
    if detail:
        box.setInformativeText(
            QCoreApplication.translate("ErrorMessages", "Details: %1").replace("%1", detail)
        )
    box.setAccessibleName(title)
    box.exec()


def crash_log_path() -> Path:
    return paths.user_log_dir() / "crash.log"


def log_crash(etype, value, tb: TracebackType | None) -> Path | None:
    try:
        path = crash_log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(f"\n=== {datetime.now().isoformat(timespec='seconds')} ===\n")
            f.write("".join(traceback.format_exception(etype, value, tb)))
        return path
    except OSError:
        logger.exception("could not write the crash log")
        return None


def _excepthook(etype, value, tb) -> None:
    if issubclass(etype, KeyboardInterrupt):
        sys.__excepthook__(etype, value, tb)
        return
    log_crash(etype, value, tb)
    logger.error("unexpected error", exc_info=(etype, value, tb))
    app = QApplication.instance()
    if app is None:
        return

    def show() -> None:
        title, text = message_for(value)
        QMessageBox.critical(QApplication.activeWindow(), title, text)

    if QThread.currentThread() is app.thread():
        show()
    else:  # never build a dialog off the GUI thread
        QTimer.singleShot(0, app, show)


def install_excepthook() -> None:
    sys.excepthook = _excepthook
    threading.excepthook = lambda a: _excepthook(a.exc_type, a.exc_value, a.exc_traceback)
