"""Optional encryption of the log at rest, for shared computers (SQLCipher 4 via ``sqlcipher3``).

A log locked with a passphrase is a SQLCipher 4 file (default settings: AES-256, PBKDF2-SHA512
with 256,000 iterations, HMAC on every page): nothing in it is readable without the passphrase,
not even the SQLite header. The passphrase itself is never written anywhere; the log keeps it in
memory while it is open (backups of a locked log are locked with it too).

An encrypted file looks like random bytes, so a small *marker* file beside it
(``log.sqlite3.encrypted``, no secret in it) says that the log is locked: an encrypted log opened
without its passphrase is then refused as "locked", not copied aside as "damaged". A wrong
passphrase never makes a backup either: the file is left exactly as it was.

``sqlcipher3`` is optional: without it plain logs work as before and anything that needs
encryption raises :class:`EncryptionUnavailableError`.

``sqlcipher3`` bundles its own SQLite and its own exception classes (not subclasses of
``sqlite3.Error``), so code that may see either kind of connection catches :data:`DB_ERRORS`.
sqlite-utils accepts a ``sqlcipher3`` connection as it is (``Database(conn)``).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from explainer.errors import InputError, StoreError

logger = logging.getLogger(__name__)

try:  # optional dependency: sqlcipher3-wheels
    import sqlcipher3 as _sqlcipher
except ImportError:  # pragma: no cover - depends on the installation
    _sqlcipher = None

AVAILABLE: bool = _sqlcipher is not None
MARKER_SUFFIX = ".encrypted"
EXPORT_ALIAS = "smallprint_export"

DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error,) + (
    (_sqlcipher.Error,) if _sqlcipher else ()
)
INTEGRITY_ERRORS: tuple[type[BaseException], ...] = (sqlite3.IntegrityError,) + (
    (_sqlcipher.IntegrityError,) if _sqlcipher else ()
)


class EncryptedLogError(StoreError):
    """The log is locked with a passphrase and none, or the wrong one, was given."""

    code = "E306"


class EncryptionUnavailableError(StoreError):
    """A passphrase feature was asked for but ``sqlcipher3`` is not installed."""

    code = "E307"


def require() -> Any:
    """The ``sqlcipher3`` module, or :class:`EncryptionUnavailableError`."""
    if _sqlcipher is None:
        raise EncryptionUnavailableError(
            "Locking the log with a passphrase needs SQLCipher, and encryption is not available "
            "in this installation (the sqlcipher3 package is missing)."
        )
    return _sqlcipher


def version() -> str | None:
    """SQLCipher's version (e.g. ``4.12.0 community``), or None when unavailable."""
    if _sqlcipher is None:
        return None
    conn = _sqlcipher.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def check_passphrase(passphrase: str) -> str:
    if not isinstance(passphrase, str) or not passphrase:
        raise InputError("The passphrase is empty.")
    if "\0" in passphrase:
        raise InputError("The passphrase cannot contain a NUL character.")
    return passphrase


def _quote(passphrase: str) -> str:
    # PRAGMA takes no bound parameters: a SQL string literal, quotes doubled
    return "'" + check_passphrase(passphrase).replace("'", "''") + "'"


def is_cipher_connection(conn: Any) -> bool:
    return _sqlcipher is not None and isinstance(conn, _sqlcipher.Connection)


def connect(database: str | os.PathLike[str], passphrase: str | None, **kwargs: Any) -> Any:
    """A ``sqlcipher3`` connection keyed with ``passphrase`` (None: a plain file, unkeyed).

    The key is applied before anything reads the file; SQLCipher's own logging (which writes
    to stderr on a wrong key) is switched off so the command line keeps to one line.
    """
    mod = require()
    conn = mod.connect(database, **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    except BaseException:
        conn.close()
        raise
    return conn


def is_wrong_key(exc: BaseException) -> bool:
    """Whether a failed first read means "this key does not open the file"."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code == 26 or "not a database" in str(exc).lower()  # SQLITE_NOTADB


def export(conn: Any, target: Path, passphrase: str | None, user_version: int) -> None:
    """Copy everything ``conn`` holds into the new file ``target`` with ``sqlcipher_export``.

    ``passphrase`` None writes a plain SQLite file. ``sqlcipher_export`` does not copy
    ``PRAGMA user_version`` (the schema number the opening checks rely on), so it is set here.
    """
    key = "" if passphrase is None else check_passphrase(passphrase)
    conn.execute(f"ATTACH DATABASE ? AS {EXPORT_ALIAS} KEY ?", [str(target), key])
    try:
        conn.execute(f"SELECT sqlcipher_export('{EXPORT_ALIAS}')").fetchall()
        conn.execute(f"PRAGMA {EXPORT_ALIAS}.user_version = {int(user_version)}")
    finally:
        conn.execute(f"DETACH DATABASE {EXPORT_ALIAS}")


# -- the marker file ----------------------------------------------------------------------------


def marker_path(db_path: Path) -> Path:
    return Path(str(db_path) + MARKER_SUFFIX)


def is_marked(db_path: Path) -> bool:
    return marker_path(db_path).is_file()


def mark(db_path: Path) -> None:
    """Write the marker atomically (mode 0600); it holds no secret, only what the file is."""
    path = marker_path(db_path)
    tmp = Path(str(path) + ".tmp")
    info = {
        "format": "smallprint-log-encryption",
        "cipher": "sqlcipher",
        "compatibility": 4,
        "note": "This log is locked with a passphrase. Small Print asks for it when it opens.",
    }
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(info, fh, indent=2)
        fh.write("\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def unmark(db_path: Path) -> None:
    path = marker_path(db_path)
    try:
        path.unlink()
    except FileNotFoundError:
        return
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename or unlink in ``folder`` durable (no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        logger.debug("could not fsync %s", folder)
    finally:
        os.close(fd)
