"""Opening the log file safely: checks first, a copy before anything risky, never a blind write.

The family's log is the one thing the app must never lose, so :func:`open_database`

* looks at the file with plain Python and then through a *read-only* SQLite connection (which
  never checkpoints or rewrites anything) before it opens it for writing;
* refuses a damaged file or one written by a newer version of the app: it copies the file (and
  its ``-wal``/``-shm`` companions) byte for byte to a backup beside it and raises
  :class:`~explainer.errors.StoreError` (exit code 4), leaving the original untouched;
* copies an older file aside before migrating it;
* turns on WAL mode and a busy timeout, so two windows or a window and the command line can
  share the file, and creates it with mode 0600 in a folder it made with mode 0700;
* opens a log locked with a passphrase (:mod:`explainer.store.cipher`) only with that
  passphrase: without it, or with a wrong one, it raises
  :class:`~explainer.store.cipher.EncryptedLogError` and makes no copy (the file is not damaged).

SQLite errors are mapped to :class:`StoreError` subclasses with a sentence a parent can act on by
:func:`store_error`.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import os
import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from explainer.errors import StoreError
from explainer.store import cipher, migrations
from explainer.store.cipher import DB_ERRORS, EncryptedLogError

logger = logging.getLogger(__name__)

DB_NAME = "log.sqlite3"
BACKUP_DIR_NAME = "backups"
BUSY_TIMEOUT_MS = 5000  # EXPLAINER_BUSY_TIMEOUT_MS overrides (tests use a short one)
SQLITE_MAGIC = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")


class CorruptLogError(StoreError):
    code = "E301"


class LockedLogError(StoreError):
    code = "E302"


class ReadOnlyLogError(StoreError):
    code = "E303"


class DiskFullError(StoreError):
    code = "E304"


class NewerLogError(StoreError):
    code = "E305"


def busy_timeout_ms() -> int:
    """How long to wait for another window's write to finish before calling the log locked."""
    try:
        return int(os.environ.get("EXPLAINER_BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS))
    except ValueError:
        return BUSY_TIMEOUT_MS


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def store_error(exc: BaseException, path: Path | None, action: str) -> StoreError:
    """A one-line :class:`StoreError` for a failed SQLite or file operation.

    ``action`` completes "Could not ..." (e.g. "save the sign-up"). The SQLite message is kept in
    brackets so a bug report still says what happened.
    """
    where = str(path) if path else "the log"
    text = str(exc)
    low = text.lower()
    err = getattr(exc, "errno", None)
    if "disk is full" in low or err == errno.ENOSPC or "disk i/o" in low and "full" in low:
        return DiskFullError(
            f"Could not {action}: the disk is full ({where}). Free some space and try again."
        )
    if "locked" in low or "busy" in low:
        return LockedLogError(
            f"Could not {action}: the log is busy in another window or program ({where}). "
            "Close it or wait a moment, then try again."
        )
    if (
        "readonly" in low
        or "read-only" in low
        or err in (errno.EROFS, errno.EACCES, errno.EPERM)
        or "unable to open" in low
    ):
        return ReadOnlyLogError(
            f"Could not {action}: {where} cannot be written (read-only or no permission). "
            "Choose another data folder with --data-dir."
        )
    if "malformed" in low or "not a database" in low or "encrypted" in low:
        return CorruptLogError(f"Could not {action}: the log file {where} is damaged ({text}).")
    return StoreError(f"Could not {action} ({where}): {text}")


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR_NAME


def copy_aside(db_path: Path, reason: str) -> Path:
    """Copy the file and its companions byte for byte into ``backups/``; return the copy's path.

    A byte copy (not SQLite's backup API) because the point is to keep the evidence exactly as it
    was, even when SQLite cannot read it.
    """
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    folder = backup_dir(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{db_path.name}.{reason}-{stamp}.bak"
    for suffix in ("", *COMPANIONS):
        src = Path(str(db_path) + suffix)
        if src.exists():
            dst = Path(str(target) + suffix)
            shutil.copyfile(src, dst)
            os.chmod(dst, 0o600)
    logger.warning("copied %s to %s (%s)", db_path, target, reason)
    return target


def _copy_aside_or_note(db_path: Path, reason: str) -> str:
    try:
        return f"A copy was saved as {copy_aside(db_path, reason)}."
    except OSError as exc:
        return f"No copy could be made ({exc.strerror})."


def _ensure_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    try:
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    except FileExistsError:
        if not folder.is_dir():
            raise ReadOnlyLogError(f"The data folder {folder} is a file, not a folder.") from None
    except OSError as exc:
        raise store_error(exc, folder, "create the data folder") from exc


def _create_empty(db_path: Path) -> None:
    """Create the file with mode 0600 before SQLite does, so it never exists world-readable."""
    try:
        fd = os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return  # another window created it a moment ago
    except OSError as exc:
        raise store_error(exc, db_path, "create the log") from exc
    os.close(fd)


def file_kind(db_path: Path) -> str:
    """What the log file is, from its first bytes and the marker, without SQLite.

    ``"missing"``, ``"new"`` (empty), ``"plain"`` (a SQLite header), ``"encrypted"`` (no
    header, and the encryption marker is beside it) or ``"unknown"`` (damaged, or encrypted
    with its marker lost).
    """
    try:
        with open(db_path, "rb") as fh:
            header = fh.read(100)
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        raise store_error(exc, db_path, "read the log") from exc
    if not header:
        return "new"
    if len(header) == 100 and header.startswith(SQLITE_MAGIC):
        return "plain"
    return "encrypted" if cipher.is_marked(db_path) else "unknown"


def is_plain(path: Path) -> bool:
    """Whether ``path`` is a plain SQLite file (readable without any passphrase); False when
    it cannot be read."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def locked_message(db_path: Path) -> str:
    return (
        f"This log is locked with a passphrase: give it to open {db_path} (on the command line "
        "with --passphrase-file FILE or EXPLAINER_PASSPHRASE). The file was not changed."
    )


def wrong_passphrase_message(db_path: Path) -> str:
    return (
        f"This log is locked with a passphrase: the passphrase given does not open {db_path}. "
        "The file was not changed."
    )


def _check_header(db_path: Path, passphrase: str | None = None) -> str:
    """Refuse a file that is not SQLite at all, or that a newer app wrote, without SQLite.

    Returns :func:`file_kind` (``"new"``, ``"plain"`` or ``"encrypted"``). A file without a
    SQLite header counts as encrypted when its marker is there or a passphrase was given; it
    is then refused as locked (no passphrase) but never copied aside as damaged.
    """
    kind = file_kind(db_path)
    if kind == "unknown" and passphrase is not None:
        kind = "encrypted"
    if kind in ("new", "missing"):
        return "new"  # a new, empty file: SQLite treats it as an empty database
    if kind == "encrypted":
        if passphrase is None:
            raise EncryptedLogError(locked_message(db_path))
        if not cipher.AVAILABLE:
            raise cipher.EncryptionUnavailableError(
                f"This log is locked with a passphrase, but encryption is not available in this "
                f"installation (the sqlcipher3 package is missing). {db_path} was not changed."
            )
        return kind
    try:
        with open(db_path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise store_error(exc, db_path, "read the log") from exc
    if kind == "unknown":
        note = _copy_aside_or_note(db_path, "damaged")
        raise CorruptLogError(
            f"The log file {db_path} is damaged or is not a Small Print log; it was left as it "
            f"is. {note}"
        )
    version = int.from_bytes(header[60:64], "big")
    if version > migrations.SCHEMA_VERSION:
        _refuse_newer(db_path, version)
    return kind


def _refuse_newer(db_path: Path, version: int) -> None:
    note = _copy_aside_or_note(db_path, f"schema{version}")
    raise NewerLogError(
        f"The log {db_path} was written by a newer version of Small Print (schema {version}, "
        f"this app knows {migrations.SCHEMA_VERSION}); update the app. The file was not "
        f"changed. {note}"
    )


def _connect_read_only(db_path: Path, passphrase: str | None) -> sqlite3.Connection:
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    timeout = busy_timeout_ms() / 1000
    if passphrase is None:
        return sqlite3.connect(uri, uri=True, timeout=timeout)
    conn = cipher.connect(uri, passphrase, uri=True, timeout=timeout)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # checks the key
    except DB_ERRORS as exc:
        conn.close()
        if cipher.is_wrong_key(exc):
            raise EncryptedLogError(wrong_passphrase_message(db_path)) from None
        raise
    return conn


def _inspect_read_only(db_path: Path, passphrase: str | None = None) -> int:
    """``user_version`` of the file, read through a connection that cannot write it.

    With ``passphrase`` the file is read through SQLCipher; a key that does not open it raises
    :class:`EncryptedLogError` and, unlike damage, makes no copy.
    """
    try:
        conn = _connect_read_only(db_path, passphrase)
    except DB_ERRORS as exc:
        raise store_error(exc, db_path, "open the log") from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > migrations.SCHEMA_VERSION:
            conn.close()
            _refuse_newer(db_path, version)
        if version > 0:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed: {result}")
        return int(version)
    except DB_ERRORS as exc:
        conn.close()
        error = store_error(exc, db_path, "open the log")
        if isinstance(error, CorruptLogError):
            note = _copy_aside_or_note(db_path, "damaged")
            raise CorruptLogError(
                f"The log file {db_path} is damaged ({exc}); it was left as it is. {note}"
            ) from exc
        raise error from exc
    finally:
        conn.close()


def _configure(db: Database, *, in_memory: bool) -> None:
    conn = db.conn
    conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")  # deleted rows are overwritten, not just unlinked
    conn.execute("PRAGMA temp_store = MEMORY")  # no temp files: guest mode writes nothing
    if not in_memory:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":  # e.g. a network drive without shared memory
            logger.warning("WAL mode unavailable (%s); using journal_mode=%s", mode, mode)
        conn.execute("PRAGMA synchronous = FULL")  # a family's records beat a millisecond


def _migrate(
    db: Database, db_path: Path | None, version: int, passphrase: str | None = None
) -> None:
    conn = db.conn
    if not migrations.MIGRATIONS.pending(db):
        return
    if db_path is not None and version > 0:
        _backup_before_migration(db, db_path, version, passphrase)
    conn.execute("BEGIN IMMEDIATE")
    try:
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        if current > migrations.SCHEMA_VERSION and db_path is not None:
            conn.execute("ROLLBACK")
            _refuse_newer(db_path, current)
        migrations.apply(db)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _backup_before_migration(
    db: Database, db_path: Path, version: int, passphrase: str | None = None
) -> None:
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    folder = backup_dir(db_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{db_path.name}.before-schema{migrations.SCHEMA_VERSION}-{stamp}.bak"
    if cipher.is_cipher_connection(db.conn):  # locked with the same passphrase, never plain
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        cipher.export(db.conn, target, passphrase, version)
        logger.info("backed up the locked log (schema %s) to %s before migrating", version, target)
        return
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    os.chmod(target, 0o600)
    logger.info("backed up the log (schema %s) to %s before migrating", version, target)


def open_memory() -> Database:
    """A guest log: in memory only, with the same schema; nothing is written anywhere."""
    db = Database(sqlite3.connect(":memory:", isolation_level=None), execute_plugins=False)
    _configure(db, in_memory=True)
    _migrate(db, None, 0)
    return db


def open_database(data_dir: Path, passphrase: str | None = None) -> tuple[Database, Path]:
    """Open (creating or migrating if needed) the log in ``data_dir``; StoreError if unsafe.

    ``passphrase`` opens a log locked with one, and locks a log created now. A plain log opened
    with a passphrase stays plain (``cipher.is_cipher_connection(db.conn)`` tells which).
    """
    db_path = database_path(data_dir)
    if passphrase is not None:
        cipher.check_passphrase(passphrase)
        if not db_path.is_dir() and file_kind(db_path) in ("missing", "new"):
            cipher.require()  # before creating anything
    _ensure_folder(data_dir)
    if db_path.is_dir():
        raise CorruptLogError(f"{db_path} is a folder, not a log file.")
    if not db_path.exists():
        _create_empty(db_path)
    kind = _check_header(db_path, passphrase)
    key = passphrase if kind in ("new", "encrypted") else None
    if kind == "new":
        try:
            if key is not None:
                cipher.mark(db_path)  # before the first page is written
            elif cipher.is_marked(db_path):
                cipher.unmark(db_path)  # left by a log created with a passphrase, never written
        except OSError as exc:
            raise store_error(exc, db_path, "create the log") from exc
    elif kind == "plain" and cipher.is_marked(db_path):
        logger.warning("removing a stale encryption marker beside the plain log %s", db_path)
        try:
            cipher.unmark(db_path)
        except OSError:
            logger.debug("could not remove the stale marker of %s", db_path)
    version = _inspect_read_only(db_path, key)
    try:
        if key is None:
            conn = sqlite3.connect(
                db_path,
                timeout=busy_timeout_ms() / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        else:
            conn = cipher.connect(
                db_path,
                key,
                timeout=busy_timeout_ms() / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
    except DB_ERRORS as exc:
        raise store_error(exc, db_path, "open the log") from exc
    db = Database(conn, execute_plugins=False)
    try:
        _configure(db, in_memory=False)
        _migrate(db, db_path, version, key)
    except StoreError:
        conn.close()
        raise
    except (*DB_ERRORS, OSError) as exc:
        conn.close()
        raise store_error(exc, db_path, "open the log") from exc
    _restrict_permissions(db_path)
    return db, db_path


def _restrict_permissions(db_path: Path) -> None:
    """Keep the log and its WAL/SHM files readable by this user only (they hold the same data)."""
    for suffix in ("", "-wal", "-shm", cipher.MARKER_SUFFIX):
        p = Path(str(db_path) + suffix)
        try:
            if p.exists() and (p.stat().st_mode & 0o077):
                os.chmod(p, 0o600)
        except OSError:  # not our file (shared folder): leave it, SQLite still works
            logger.debug("could not restrict permissions of %s", p)
