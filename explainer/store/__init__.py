"""The family's private log of sign-ups, notices and rights requests (sqlite-utils, no Qt).

Public API::

    from explainer.store import LogStore
    log = LogStore.open(data_dir=None, guest=False)

See :mod:`explainer.store.log` for the methods, :mod:`explainer.store.opening` for how a
damaged, locked or newer file is refused without being touched, and
:mod:`explainer.store.cipher` for the optional passphrase (SQLCipher).
"""

from __future__ import annotations

from explainer.store.log import LogStore, NewNotice, notice_sha256
from explainer.store.models import (
    CHANNELS,
    FOR_WHOM,
    REQUEST_STATUSES,
    REQUEST_TYPES,
    Notice,
    Organisation,
    RightsRequest,
    Signup,
    add_one_month,
    is_child_data,
)


def open_store(data_dir: str | None = None, *, guest: bool = False) -> LogStore:
    """Open the family's log (the desktop app calls this with no arguments).

    A log locked with a passphrase comes back still :attr:`~LogStore.locked`: the log tab asks
    for the passphrase and calls :meth:`LogStore.unlock`.
    """
    return LogStore.open(data_dir, guest=guest, allow_locked=True)


__all__ = [
    "CHANNELS",
    "FOR_WHOM",
    "REQUEST_STATUSES",
    "REQUEST_TYPES",
    "LogStore",
    "NewNotice",
    "Notice",
    "Organisation",
    "RightsRequest",
    "Signup",
    "add_one_month",
    "is_child_data",
    "notice_sha256",
    "open_store",
]
