"""Run long jobs off the GUI thread (Picard's ``thread.py`` idea, with Qt's own pool).

A :class:`Job` is a ``QRunnable`` that calls a plain function and reports through a small
``QObject`` of signals: ``progress(int percent, str message)`` (-1 = busy, unknown amount),
``finished(object result)``, ``failed(object exception)``. Signals cross threads as queued
connections, so slots run on the GUI thread. A job never touches a widget.

Two pools: :func:`nlp_pool` runs the NLP pipeline with at most ONE thread (spaCy's vocab is not
meant for concurrent callers); :func:`ocr_pool` reads photos and scans (Tesseract is memory-hungry
and an engine is not shared between threads); :func:`io_pool` reads other files and writes PDFs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from explainer.errors import Cancelled

logger = logging.getLogger(__name__)

_pools: dict[str, QThreadPool] = {}


def _pool(name: str, threads: int) -> QThreadPool:
    pool = _pools.get(name)
    if pool is None:
        pool = QThreadPool()
        pool.setObjectName(name)
        pool.setMaxThreadCount(threads)
        _pools[name] = pool
    return pool


def nlp_pool() -> QThreadPool:
    """Model loading and analysis: one thread, jobs run one after another."""
    return _pool("nlp", 1)


def io_pool() -> QThreadPool:
    """File reading and PDF export."""
    return _pool("io", 2)


def ocr_pool() -> QThreadPool:
    """Photos, scans and PDFs that may need OCR: one page-reading job at a time."""
    return _pool("ocr", 1)


def wait_all(msecs: int = 30000) -> None:
    """Wait for every job (used at exit and by tests)."""
    for pool in _pools.values():
        pool.waitForDone(msecs)


class JobSignals(QObject):
    progress = Signal(int, str)
    finished = Signal(object)
    failed = Signal(object)


class CancelToken:
    """Thread-safe flag a job polls (``ingest.read_path(cancel=token)`` calls it)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def __call__(self) -> bool:
        return self._event.is_set()


ProgressFn = Callable[[int, str], None]


class Job(QRunnable):
    """Calls ``fn(progress, cancel)`` on a pool thread and reports the outcome by signal."""

    def __init__(self, fn: Callable[[ProgressFn, CancelToken], Any], name: str = "job") -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps the reference; Qt must not delete it under us
        self.fn = fn
        self.name = name
        self.signals = JobSignals()
        self.cancel_token = CancelToken()

    def cancel(self) -> None:
        self.cancel_token.cancel()

    def _progress(self, percent: int, message: str = "") -> None:
        if not self.cancel_token.cancelled:
            self.signals.progress.emit(int(percent), message)

    def run(self) -> None:  # pool thread
        try:
            if self.cancel_token.cancelled:
                raise Cancelled("cancelled before it started")
            result = self.fn(self._progress, self.cancel_token)
        except BaseException as exc:  # noqa: BLE001 - reported to the GUI thread, never lost
            if not isinstance(exc, Cancelled):
                logger.debug("job %s failed", self.name, exc_info=True)
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


def start(job: Job, pool: QThreadPool) -> Job:
    pool.start(job)
    return job
