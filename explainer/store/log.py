"""The family's log: the one module that reads and writes its tables (typed public API).

Every change is one ``BEGIN IMMEDIATE`` transaction, so it is either fully on disk or not at all,
even if the process is killed; ``IMMEDIATE`` takes the write lock up front so two windows wait for
each other (``busy_timeout``) instead of failing half-way. Lists (data given, consents, ...) are
stored as JSON arrays; dates as ISO ``YYYY-MM-DD`` text.

Usage::

    with LogStore.open() as log:              # or LogStore.open(guest=True): memory only
        sid = log.add_signup("Bounty", channel="hospital", for_whom="child",
                             data=["child's date of birth", "home address"])
        for s in log.list_signups(search="bounty"):
            ...
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import functools
import hashlib
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from explainer.errors import InputError, StoreError
from explainer.paths import user_data_dir
from explainer.store import cipher, opening
from explainer.store.cipher import DB_ERRORS, INTEGRITY_ERRORS, EncryptedLogError
from explainer.store.migrations import SCHEMA_VERSION
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
    parse_date,
)
from explainer.store.search import like_patterns, search_key

logger = logging.getLogger(__name__)

EXPORT_FORMAT = "smallprint-log"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class NewNotice:
    """A notice to store with a sign-up (what the family was shown when they signed up)."""

    text: str
    language: str | None = None
    analysis: dict[str, Any] | None = None
    source_name: str = ""
    image: bytes | None = None
    image_type: str | None = None

    @property
    def sha256(self) -> str:
        return notice_sha256(self.text)


def notice_sha256(text: str) -> str:
    """SHA-256 (hex) of the notice's text in UTF-8: the same words give the same fingerprint."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()



_SIGNUP_COLUMNS = ("date", "channel", "for_whom", "data", "consents", "marketing", "note",
                   "recipients", "search_key")


def _signup_fields(values: dict) -> list:
    """The sign-up's column values in ``_SIGNUP_COLUMNS`` order (shared by add and update)."""
    return [values["date"], values["channel"], values["for_whom"], _dump(values["data"]),
            _dump(values["consents"]), _dump(values["marketing"]), values["note"],
            _dump(values["recipients"]), _signup_key(values)]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _list(values: Iterable[str] | None) -> tuple[str, ...]:
    """Clean a list of short strings: stripped, empties dropped, each kept once, in order."""
    out: list[str] = []
    for v in values or ():
        v = str(v).strip()
        if v and v not in out:
            out.append(v)
    return tuple(out)


def _dump(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


@functools.lru_cache(maxsize=8192)
def _load(text: str | None) -> tuple[str, ...]:
    """A stored JSON list as a tuple; cached because families repeat the same lists a lot."""
    if not text or text == "[]":
        return ()
    return tuple(json.loads(text))


def _check_choice(value: str | None, allowed: Sequence[str], what: str) -> str | None:
    if value is None or value == "":
        return None
    if value not in allowed:
        raise InputError(f"{what} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _check_date(value: str | dt.date | None, what: str) -> str | None:
    try:
        d = parse_date(value, what=what)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    return d.isoformat() if d else None


_SIGNUP_SELECT = """
    SELECT s.id, s.organisation_id, o.name AS organisation, s.date, s.channel, s.for_whom,
           s.data, s.consents, s.marketing, s.note, s.notice_id, n.sha256 AS notice_sha256,
           s.recipients
    FROM signups s
    JOIN organisations o ON o.id = s.organisation_id
    LEFT JOIN notices n ON n.id = s.notice_id
"""


class _LockedDatabase:
    """Stands in for the database of a log still locked with its passphrase: any use refuses."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def close(self) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        raise EncryptedLogError(opening.locked_message(self.path))


class LogStore:
    """The family's log. Open with :meth:`open`; close (or use ``with``) when done."""

    def __init__(
        self, db: Database | _LockedDatabase, path: Path | None, *, passphrase: str | None = None
    ) -> None:
        self.db = db
        self.path = path  # None for a guest log
        self._passphrase = passphrase  # kept while open: backups of a locked log are locked too

    # -- opening and closing ------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        guest: bool = False,
        passphrase: str | None = None,
        allow_locked: bool = False,
    ) -> LogStore:
        """Open the log in ``data_dir`` (default: :func:`explainer.paths.user_data_dir`).

        ``guest=True`` keeps everything in memory and touches no file at all, for a shared or
        borrowed computer. Raises :class:`StoreError` (exit 4) if the file is damaged, locked,
        newer than this app, or cannot be written; such a file is left as it was.

        ``passphrase`` opens a log locked with one (see :mod:`explainer.store.cipher`) and locks
        a log created now; a plain log stays plain (:attr:`encrypted`). Without it, or with a
        wrong one, a locked log raises :class:`~explainer.store.cipher.EncryptedLogError`
        (exit 4), unless ``allow_locked``: then a still-:attr:`locked` store is returned, which
        :meth:`unlock` opens (the desktop app asks for the passphrase that way).
        """
        if guest:
            return cls(opening.open_memory(), None)
        folder = user_data_dir(data_dir)
        if allow_locked and passphrase is None:
            path = opening.database_path(folder)
            if opening.file_kind(path) == "encrypted":
                return cls(_LockedDatabase(path), path)
        db, path = opening.open_database(folder, passphrase)
        keyed = cipher.is_cipher_connection(db.conn)
        return cls(db, path, passphrase=passphrase if keyed else None)

    @staticmethod
    def needs_passphrase(data_dir: str | os.PathLike[str] | None = None) -> bool:
        """Whether the log in ``data_dir`` is locked with a passphrase (read without opening it)."""
        path = opening.database_path(user_data_dir(data_dir))
        return opening.file_kind(path) == "encrypted"

    @staticmethod
    def encryption_available() -> bool:
        return cipher.AVAILABLE

    @property
    def guest(self) -> bool:
        return self.path is None

    @property
    def locked(self) -> bool:
        """Still waiting for its passphrase (opened with ``allow_locked``); see :meth:`unlock`."""
        return isinstance(self.db, _LockedDatabase)

    @property
    def encrypted(self) -> bool:
        """Whether the file is locked with a passphrase (False for a plain or a guest log)."""
        return self.locked or cipher.is_cipher_connection(self.db.conn)

    def unlock(self, passphrase: str) -> None:
        """Open a :attr:`locked` store with its passphrase; EncryptedLogError if it is wrong."""
        if not self.locked:
            return
        assert self.path is not None
        db, _path = opening.open_database(self.path.parent, passphrase)
        self.db = db
        self._passphrase = passphrase

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> LogStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self, action: str) -> Iterator[sqlite3.Connection]:
        """One transaction for one change; SQLite errors become a one-line StoreError."""
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except INTEGRITY_ERRORS as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise InputError(f"Could not {action}: {exc}") from exc
        except DB_ERRORS as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise opening.store_error(exc, self.path, action) from exc

    def _read(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        try:
            return list(self.db.query(sql, params))
        except DB_ERRORS as exc:
            raise opening.store_error(exc, self.path, "read the log") from exc

    # -- organisations ------------------------------------------------------------------------

    def organisation(self, name_or_id: str | int) -> Organisation | None:
        """An organisation by id or by name (case-insensitive), or None."""
        if isinstance(name_or_id, int):
            rows = self._read("SELECT * FROM organisations WHERE id = ?", [name_or_id])
        else:
            rows = self._read(
                "SELECT * FROM organisations WHERE name = ? COLLATE NOCASE", [name_or_id.strip()]
            )
        return _organisation(rows[0]) if rows else None

    def list_organisations(self) -> list[Organisation]:
        rows = self._read("SELECT * FROM organisations ORDER BY name COLLATE NOCASE")
        return [_organisation(r) for r in rows]

    def _ensure_organisation(self, conn: sqlite3.Connection, name: str) -> int:
        name = name.strip()
        if not name:
            raise InputError("The organisation's name is empty.")
        row = conn.execute(
            "SELECT id FROM organisations WHERE name = ? COLLATE NOCASE", [name]
        ).fetchone()
        if row:
            return int(row[0])
        cur = conn.execute(
            "INSERT INTO organisations (name, search_key, created) VALUES (?, ?, ?)",
            [name, search_key([name]), _now()],
        )
        return int(cur.lastrowid)

    def save_organisation(
        self,
        name: str,
        *,
        kind: str | None = None,
        address: str | None = None,
        email: str | None = None,
        notes: str | None = None,
        rename_to: str | None = None,
    ) -> Organisation:
        """Create the organisation if it is new, then set the fields given (None = unchanged)."""
        with self._write("save the organisation") as conn:
            oid = self._ensure_organisation(conn, name)
            row = conn.execute(
                "SELECT name, kind, address, email, notes FROM organisations WHERE id = ?", [oid]
            ).fetchone()
            new = {
                "name": (rename_to or row[0]).strip(),
                "kind": row[1] if kind is None else kind.strip(),
                "address": row[2] if address is None else address.strip(),
                "email": row[3] if email is None else email.strip(),
                "notes": row[4] if notes is None else notes.strip(),
            }
            new["search_key"] = search_key(
                [new["name"], new["kind"], new["email"], new["notes"]]
            )
            conn.execute(
                "UPDATE organisations SET name = :name, kind = :kind, address = :address, "
                "email = :email, notes = :notes, search_key = :search_key WHERE id = :id",
                {**new, "id": oid},
            )
        org = self.organisation(oid)
        assert org is not None
        return org

    # -- sign-ups -----------------------------------------------------------------------------

    def add_signup(
        self,
        organisation: str,
        *,
        date: str | dt.date | None = None,
        channel: str | None = None,
        for_whom: str | None = None,
        data: Iterable[str] = (),
        consents: Iterable[str] = (),
        marketing: Iterable[str] = (),
        note: str = "",
        notice: NewNotice | None = None,
        recipients: Iterable[str] = (),
    ) -> int:
        """Record a sign-up (and the notice shown, if given) in one transaction; return its id."""
        values = {
            "date": _check_date(date, "date"),
            "channel": _check_choice(channel, CHANNELS, "channel"),
            "for_whom": _check_choice(for_whom, FOR_WHOM, "for"),
            "data": _list(data),
            "consents": _list(consents),
            "marketing": _list(marketing),
            "note": (note or "").strip(),
            "recipients": _list(recipients),
        }
        with self._write("save the sign-up") as conn:
            oid = self._ensure_organisation(conn, organisation)
            notice_id = self._insert_notice(conn, notice) if notice is not None else None
            now = _now()
            cur = conn.execute(
                f"INSERT INTO signups (organisation_id, notice_id, {', '.join(_SIGNUP_COLUMNS)}, "
                f"created, updated) VALUES ({', '.join('?' * (len(_SIGNUP_COLUMNS) + 4))})",
                [oid, notice_id, *_signup_fields(values), now, now],
            )
            new_id = int(cur.lastrowid)
        logger.info("log: added sign-up %s", new_id)
        return new_id

    def get_signup(self, signup_id: int) -> Signup:
        rows = self._read(_SIGNUP_SELECT + " WHERE s.id = ?", [signup_id])
        if not rows:
            raise InputError(f"There is no entry {signup_id} in the log.")
        return _signup(rows[0])

    def list_signups(
        self, search: str | None = None, *, organisation_id: int | None = None
    ) -> list[Signup]:
        """Sign-ups, newest first; ``search`` matches every word anywhere (name, data, note...)."""
        where: list[str] = []
        params: list[Any] = []
        for pattern in like_patterns(search or ""):
            where.append("(o.search_key || ' ' || s.search_key) LIKE ? ESCAPE '\\'")
            params.append(pattern)
        if organisation_id is not None:
            where.append("s.organisation_id = ?")
            params.append(organisation_id)
        sql = _SIGNUP_SELECT
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY s.date DESC, s.id DESC"
        try:
            cur = self.db.conn.execute(sql, params)
            return [_signup_row(r) for r in cur]
        except DB_ERRORS as exc:
            raise opening.store_error(exc, self.path, "read the log") from exc

    def count_signups(self) -> int:
        return int(self._read("SELECT count(*) AS n FROM signups")[0]["n"])

    def update_signup(self, signup_id: int, **changes: Any) -> Signup:
        """Change some fields of a sign-up (same names as :meth:`add_signup`)."""
        allowed = {
            "organisation", "date", "channel", "for_whom", "data", "consents", "marketing",
            "note", "recipients",
        }
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"unknown sign-up fields: {', '.join(sorted(unknown))}")
        old = self.get_signup(signup_id)
        values = {
            "date": _check_date(changes.get("date", old.date), "date"),
            "channel": _check_choice(changes.get("channel", old.channel), CHANNELS, "channel"),
            "for_whom": _check_choice(changes.get("for_whom", old.for_whom), FOR_WHOM, "for"),
            "data": _list(changes.get("data", old.data)),
            "consents": _list(changes.get("consents", old.consents)),
            "marketing": _list(changes.get("marketing", old.marketing)),
            "note": (changes.get("note", old.note) or "").strip(),
            "recipients": _list(changes.get("recipients", old.recipients)),
        }
        with self._write("save the sign-up") as conn:
            oid = old.organisation_id
            if "organisation" in changes:
                oid = self._ensure_organisation(conn, changes["organisation"])
            conn.execute(
                f"UPDATE signups SET organisation_id = ?, "
                f"{', '.join(c + ' = ?' for c in _SIGNUP_COLUMNS)}, updated = ? WHERE id = ?",
                [oid, *_signup_fields(values), _now(), signup_id],
            )
        return self.get_signup(signup_id)

    def delete_signup(self, signup_id: int) -> None:
        """Delete a sign-up; its notice goes too unless another sign-up still refers to it."""
        with self._write("delete the entry") as conn:
            row = conn.execute("SELECT notice_id FROM signups WHERE id = ?", [signup_id]).fetchone()
            if row is None:
                raise InputError(f"There is no entry {signup_id} in the log.")
            conn.execute("DELETE FROM signups WHERE id = ?", [signup_id])
            if row[0] is not None:
                conn.execute(
                    "DELETE FROM notices WHERE id = ? AND NOT EXISTS "
                    "(SELECT 1 FROM signups WHERE notice_id = ?)",
                    [row[0], row[0]],
                )

    # -- notices ------------------------------------------------------------------------------

    def _insert_notice(self, conn: sqlite3.Connection, notice: NewNotice) -> int:
        sha = notice.sha256
        row = conn.execute("SELECT id FROM notices WHERE sha256 = ?", [sha]).fetchone()
        if row:
            return int(row[0])
        cur = conn.execute(
            "INSERT INTO notices (sha256, text, language, analysis, date, source_name, image, "
            "image_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                sha,
                notice.text,
                notice.language,
                json.dumps(notice.analysis, ensure_ascii=False) if notice.analysis else None,
                dt.date.today().isoformat(),
                notice.source_name,
                notice.image,
                notice.image_type,
            ],
        )
        return int(cur.lastrowid)

    def get_notice(self, notice_id: int) -> Notice | None:
        rows = self._read("SELECT * FROM notices WHERE id = ?", [notice_id])
        if not rows:
            return None
        r = rows[0]
        return Notice(
            id=r["id"],
            sha256=r["sha256"],
            text=r["text"],
            language=r["language"],
            analysis=json.loads(r["analysis"]) if r["analysis"] else None,
            date=r["date"],
            source_name=r["source_name"],
            image=r["image"],
            image_type=r["image_type"],
        )

    # -- rights requests ----------------------------------------------------------------------

    def add_request(
        self,
        organisation: str,
        type: str,
        *,
        date_sent: str | dt.date | None = None,
        due_date: str | dt.date | None = None,
        language: str = "en",
        signup_id: int | None = None,
        note: str = "",
    ) -> RightsRequest:
        """Record a request; the reply is due one calendar month after it is sent by default."""
        _check_choice(type, REQUEST_TYPES, "request type")
        sent = parse_date(_check_date(date_sent, "date sent")) or dt.date.today()
        due = _check_date(due_date, "due date") or add_one_month(sent).isoformat()
        with self._write("save the request") as conn:
            oid = self._ensure_organisation(conn, organisation)
            cur = conn.execute(
                "INSERT INTO requests (organisation_id, signup_id, type, date_sent, due_date, "
                "language, note, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [oid, signup_id, type, sent.isoformat(), due, language, note, _now()],
            )
            rid = int(cur.lastrowid)
        return self.get_request(rid)

    def get_request(self, request_id: int) -> RightsRequest:
        rows = self._read(_REQUEST_SELECT + " WHERE r.id = ?", [request_id])
        if not rows:
            raise InputError(f"There is no request {request_id} in the log.")
        return _request(rows[0])

    def list_requests(self, status: str | None = None) -> list[RightsRequest]:
        if status is None:
            rows = self._read(_REQUEST_SELECT + " ORDER BY r.due_date, r.id")
        else:
            rows = self._read(
                _REQUEST_SELECT + " WHERE r.status = ? ORDER BY r.due_date, r.id", [status]
            )
        return [_request(r) for r in rows]

    def set_request_status(self, request_id: int, status: str) -> RightsRequest:
        _check_choice(status, REQUEST_STATUSES, "status")
        with self._write("update the request") as conn:
            cur = conn.execute("UPDATE requests SET status = ? WHERE id = ?", [status, request_id])
            if cur.rowcount == 0:
                raise InputError(f"There is no request {request_id} in the log.")
        return self.get_request(request_id)

    def requests_due(
        self, today: dt.date | None = None, within_days: int = 0
    ) -> list[RightsRequest]:
        """Open requests whose reply is due on or before ``today + within_days``."""
        limit = (today or dt.date.today()) + dt.timedelta(days=within_days)
        rows = self._read(
            _REQUEST_SELECT + " WHERE r.status = 'open' AND r.due_date <= ? "
            "ORDER BY r.due_date, r.id",
            [limit.isoformat()],
        )
        return [_request(r) for r in rows]

    # -- the whole log ------------------------------------------------------------------------

    def is_empty(self) -> bool:
        rows = self._read(
            "SELECT (SELECT count(*) FROM organisations) + (SELECT count(*) FROM signups) "
            "+ (SELECT count(*) FROM notices) + (SELECT count(*) FROM requests) AS n"
        )
        return rows[0]["n"] == 0

    def export_dict(self) -> dict[str, Any]:
        """Everything in the log as plain JSON-able data (images as base64)."""
        notices = []
        for r in self._read("SELECT * FROM notices ORDER BY id"):
            notices.append(
                {
                    "id": r["id"],
                    "sha256": r["sha256"],
                    "text": r["text"],
                    "language": r["language"],
                    "analysis": json.loads(r["analysis"]) if r["analysis"] else None,
                    "date": r["date"],
                    "source_name": r["source_name"],
                    "image": base64.b64encode(r["image"]).decode("ascii") if r["image"] else None,
                    "image_type": r["image_type"],
                }
            )
        signups = []
        for r in self._read("SELECT * FROM signups ORDER BY id"):
            signups.append(
                {
                    "id": r["id"],
                    "organisation_id": r["organisation_id"],
                    "date": r["date"],
                    "channel": r["channel"],
                    "for": r["for_whom"],
                    "data": list(_load(r["data"])),
                    "consents": list(_load(r["consents"])),
                    "marketing": list(_load(r["marketing"])),
                    "note": r["note"],
                    "notice_id": r["notice_id"],
                    "recipients": list(_load(r["recipients"])),
                    "created": r["created"],
                    "updated": r["updated"],
                }
            )
        requests = [
            {k: r[k] for k in _REQUEST_COLUMNS}
            for r in self._read("SELECT * FROM requests ORDER BY id")
        ]
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "schema": SCHEMA_VERSION,
            "exported": _now(),
            "organisations": [o.to_dict() for o in self._all_organisations_by_id()],
            "notices": notices,
            "signups": signups,
            "requests": requests,
        }

    def _all_organisations_by_id(self) -> list[Organisation]:
        return [_organisation(r) for r in self._read("SELECT * FROM organisations ORDER BY id")]

    def import_dict(self, data: dict[str, Any]) -> dict[str, int]:
        """Add an export's contents in one transaction; return how many of each were added.

        Into an empty log the ids are kept, so ``log list`` looks exactly as it did where the
        export was made. Into a log that already has entries, organisations are merged by name,
        notices by SHA-256, and sign-ups and requests get new ids.
        """
        _validate_export(data)
        keep_ids = self.is_empty()
        counts = {"organisations": 0, "notices": 0, "signups": 0, "requests": 0}
        with self._write("import the log") as conn:
            org_ids: dict[int, int] = {}
            for o in data.get("organisations", []):
                row = conn.execute(
                    "SELECT id FROM organisations WHERE name = ? COLLATE NOCASE", [o["name"]]
                ).fetchone()
                if row:
                    org_ids[o["id"]] = int(row[0])
                    continue
                fields = [o.get(k) or "" for k in ("kind", "address", "email", "notes")]
                cur = conn.execute(
                    "INSERT INTO organisations (id, name, kind, address, email, notes, "
                    "search_key, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        o["id"] if keep_ids else None,
                        o["name"],
                        *fields,
                        search_key([o["name"], fields[0], fields[2], fields[3]]),
                        _now(),
                    ],
                )
                org_ids[o["id"]] = int(cur.lastrowid)
                counts["organisations"] += 1
            notice_ids: dict[int, int] = {}
            for n in data.get("notices", []):
                text = n["text"]
                sha = notice_sha256(text)
                if n.get("sha256") and n["sha256"] != sha:
                    raise InputError(f"Notice {n.get('id')}: its SHA-256 does not match its text.")
                row = conn.execute("SELECT id FROM notices WHERE sha256 = ?", [sha]).fetchone()
                if row:
                    notice_ids[n["id"]] = int(row[0])
                    continue
                image = base64.b64decode(n["image"]) if n.get("image") else None
                cur = conn.execute(
                    "INSERT INTO notices (id, sha256, text, language, analysis, date, "
                    "source_name, image, image_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        n["id"] if keep_ids else None,
                        sha,
                        text,
                        n.get("language"),
                        json.dumps(n["analysis"], ensure_ascii=False)
                        if n.get("analysis")
                        else None,
                        n.get("date"),
                        n.get("source_name") or "",
                        image,
                        n.get("image_type"),
                    ],
                )
                notice_ids[n["id"]] = int(cur.lastrowid)
                counts["notices"] += 1
            signup_ids: dict[int, int] = {}
            for s in data.get("signups", []):
                values = {
                    "date": _check_date(s.get("date"), "date"),
                    "channel": _check_choice(s.get("channel"), CHANNELS, "channel"),
                    "for_whom": _check_choice(s.get("for"), FOR_WHOM, "for"),
                    "data": _list(s.get("data")),
                    "consents": _list(s.get("consents")),
                    "marketing": _list(s.get("marketing")),
                    "note": s.get("note") or "",
                    "recipients": _list(s.get("recipients")),
                }
                now = _now()
                cur = conn.execute(
                    "INSERT INTO signups (id, organisation_id, date, channel, for_whom, data, "
                    "consents, marketing, note, notice_id, recipients, search_key, created, "
                    "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        s["id"] if keep_ids else None,
                        _mapped(org_ids, s["organisation_id"], "organisation"),
                        values["date"],
                        values["channel"],
                        values["for_whom"],
                        _dump(values["data"]),
                        _dump(values["consents"]),
                        _dump(values["marketing"]),
                        values["note"],
                        _mapped(notice_ids, s.get("notice_id"), "notice"),
                        _dump(values["recipients"]),
                        _signup_key(values),
                        s.get("created") or now,
                        s.get("updated") or now,
                    ],
                )
                signup_ids[s["id"]] = int(cur.lastrowid)
                counts["signups"] += 1
            for r in data.get("requests", []):
                _check_choice(r.get("type"), REQUEST_TYPES, "request type")
                _check_choice(r.get("status") or "open", REQUEST_STATUSES, "status")
                conn.execute(
                    "INSERT INTO requests (id, organisation_id, signup_id, type, date_sent, "
                    "due_date, status, language, note, created) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        r["id"] if keep_ids else None,
                        _mapped(org_ids, r["organisation_id"], "organisation"),
                        _mapped(signup_ids, r.get("signup_id"), "sign-up"),
                        r["type"],
                        _check_date(r["date_sent"], "date sent"),
                        _check_date(r.get("due_date"), "due date"),
                        r.get("status") or "open",
                        r.get("language") or "en",
                        r.get("note") or "",
                        r.get("created") or _now(),
                    ],
                )
                counts["requests"] += 1
        return counts

    def backup_to(self, target: Path) -> None:
        """A consistent copy of the whole log (SQLite's online backup), mode 0600.

        The copy of a log locked with a passphrase is locked with the same passphrase.
        """
        target = Path(target)
        try:
            fd = os.open(target, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
            os.close(fd)
            if self.encrypted:
                version = self.db.conn.execute("PRAGMA user_version").fetchone()[0]
                cipher.export(self.db.conn, target, self._passphrase, version)
                return
            dest = sqlite3.connect(target)
            try:
                self.db.conn.backup(dest)
            finally:
                dest.close()
        except (*DB_ERRORS, OSError) as exc:
            raise opening.store_error(exc, target, "write the backup") from exc

    # -- the passphrase -----------------------------------------------------------------------

    def change_passphrase(
        self, old: str | None, new: str | None
    ) -> tuple[list[Path], list[Path]]:
        """Lock the log with ``new``, change its passphrase, or (``new`` None) unlock it for good.

        ``old`` is the current passphrase (ignored for a plain log). The log is copied with
        ``sqlcipher_export`` into a new file beside it, which is checked (integrity, row counts,
        schema number) and then atomically replaces the old file. A byte copy of the old file
        waits in ``backups/`` until the new one has opened, then is erased, so no plain copy is
        left behind. Another window or program must not have the log open
        (:class:`~explainer.store.opening.LockedLogError`); a wrong ``old`` raises
        :class:`EncryptedLogError`; on any failure the old file is what remains. The store
        stays open, on the new file.

        The copies in ``backups/`` follow the log, so that no copy opens with an old passphrase
        someone may have learned, none stays plain once the log is locked, and a removed
        passphrase locks none away. Returns (copies re-keyed, copies left as they were: damaged,
        or locked with some earlier passphrase).
        """
        cipher.require()
        if self.path is None:
            raise InputError("A guest log is kept in memory only; there is no file to lock.")
        if self.locked:
            raise EncryptedLogError(opening.locked_message(self.path))
        if new is not None:
            cipher.check_passphrase(new)
        was_encrypted = self.encrypted
        if not was_encrypted:
            old = None
            if new is None:
                raise InputError("This log is not locked with a passphrase.")
        elif old is None:
            raise EncryptedLogError(opening.locked_message(self.path))
        path = self.path
        try:
            version = int(self.db.conn.execute("PRAGMA user_version").fetchone()[0])
        except DB_ERRORS as exc:
            raise opening.store_error(exc, path, "read the log") from exc
        self.db.close()  # never two SQLite libraries (or two connections of ours) on one file
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
        tmp = path.with_name(f"{path.name}.new-{stamp}")
        backup: Path | None = None
        replaced = False
        try:
            counts = self._export_copy(path, tmp, old, new, version)
            _check_copy(tmp, new, version, counts)
            backup = _temporary_copy(path)
            if new is not None:
                cipher.mark(path)
            os.replace(tmp, path)
            cipher.fsync_dir(path.parent)
            replaced = True
            if new is None:
                cipher.unmark(path)
            db, _path = opening.open_database(path.parent, new)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            if replaced and backup is not None:
                with contextlib.suppress(OSError):
                    shutil.copyfile(backup, tmp)
                    os.replace(tmp, path)
            with contextlib.suppress(OSError):
                if was_encrypted:
                    cipher.mark(path)
                else:
                    cipher.unmark(path)
            try:
                self.db, _path = opening.open_database(path.parent, self._passphrase)
            except Exception:  # noqa: BLE001 - the first error is the one to report
                logger.exception("could not reopen %s after a failed passphrase change", path)
                self.db = _LockedDatabase(path)
            if isinstance(exc, (*DB_ERRORS, OSError)):
                raise opening.store_error(exc, path, "change the passphrase") from exc
            raise
        self.db = db
        self._passphrase = new
        if backup is not None:
            _erase_copy(backup)
        logger.info("log %s: %s", path, "passphrase removed" if new is None else "locked")
        changed, left = self._rekey_backups(old, new) if old is not None else ([], [])
        if new is not None:  # plain copies kept before an upgrade would still be readable
            locked, damaged = self._rekey_backups(None, new)
            changed, left = changed + locked, left + damaged
        return changed, left

    def encrypt(self, passphrase: str) -> tuple[list[Path], list[Path]]:
        """Lock a plain log with ``passphrase`` (see :meth:`change_passphrase`)."""
        if self.encrypted:
            raise InputError("This log is already locked with a passphrase.")
        return self.change_passphrase(None, passphrase)

    def decrypt(self, passphrase: str) -> tuple[list[Path], list[Path]]:
        """Remove the passphrase of a locked log: it becomes a plain SQLite file again."""
        return self.change_passphrase(passphrase, None)

    def backups(self) -> list[Path]:
        """Every copy of this log in ``backups/`` (plain or locked)."""
        if self.path is None:
            return []
        folder = opening.backup_dir(self.path)
        if not folder.is_dir():
            return []
        return [
            p for p in sorted(folder.iterdir())
            if p.is_file() and p.name.startswith(self.path.name) and not p.name.endswith(".locking")
        ]

    def _rekey_backups(
        self, old: str | None, new: str | None
    ) -> tuple[list[Path], list[Path]]:
        """Give the backups that ``old`` opens (the plain ones when ``old`` is None) the key
        ``new`` (None: plain). Each copy is exported, checked, then overwritten and replaced.
        Returns (re-keyed, left as they were): damaged copies, and, when ``old`` is set, copies
        locked with some other passphrase. Plain copies are untouched when ``old`` is set."""
        changed: list[Path] = []
        left: list[Path] = []
        for copy in self.backups():
            if opening.is_plain(copy) != (old is None):
                continue
            tmp = copy.with_name(copy.name + ".locking")
            try:
                conn = cipher.connect(copy, old)
                try:
                    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
                finally:
                    conn.close()
                counts = self._export_copy(copy, tmp, old, new, version)
                _check_copy(tmp, new, version, counts)
                _overwrite(copy)
                os.replace(tmp, copy)
                changed.append(copy)
            except (*DB_ERRORS, OSError, StoreError) as exc:
                logger.warning("could not re-key the backup %s: %r", copy, exc)
                with contextlib.suppress(OSError):
                    tmp.unlink()
                left.append(copy)
        return changed, left

    @staticmethod
    def _export_copy(
        path: Path, target: Path, old: str | None, new: str | None, version: int
    ) -> dict[str, int]:
        """``sqlcipher_export`` of ``path`` (opened with ``old``) into the new file ``target``."""
        try:
            src = cipher.connect(
                path, old, timeout=opening.busy_timeout_ms() / 1000, isolation_level=None
            )
        except DB_ERRORS as exc:
            raise opening.store_error(exc, path, "open the log") from exc
        try:
            try:
                src.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except DB_ERRORS as exc:
                if old is not None and cipher.is_wrong_key(exc):
                    raise EncryptedLogError(opening.wrong_passphrase_message(path)) from None
                raise
            # Leaving WAL mode needs the only connection: proof no other window has it open
            # (it would go on writing to the old file after the replace and lose those writes).
            src.execute(f"PRAGMA busy_timeout = {opening.busy_timeout_ms()}")
            try:
                mode = src.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            except DB_ERRORS as exc:
                mode = str(exc)
            if str(mode).lower() != "delete":
                raise opening.LockedLogError(
                    f"Could not change the passphrase: the log is open in another window or "
                    f"program ({path}). Close it there, then try again. Nothing was changed."
                )
            counts = _table_counts(src)
            fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            cipher.export(src, target, new, version)
            return counts
        finally:
            src.close()

    def forget_everything(self) -> list[Path]:
        """Delete the log, its WAL/SHM files and every backup; return what was removed.

        The file is overwritten with zeros before it is unlinked (rows deleted earlier were
        already zeroed by ``secure_delete``). On SSDs and copy-on-write file systems old blocks
        may survive; full-disk encryption is the real protection there.
        """
        path = self.path
        if path is None:
            self.db.close()
            return []
        with contextlib.suppress(*DB_ERRORS):
            self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()
        removed: list[Path] = []
        candidates = [
            Path(str(path) + s) for s in ("", *opening.COMPANIONS, cipher.MARKER_SUFFIX)
        ]
        folder = opening.backup_dir(path)
        if folder.is_dir():
            candidates += sorted(p for p in folder.iterdir() if p.name.startswith(path.name))
        for p in candidates:
            if not p.is_file():
                continue
            try:
                _overwrite(p)
                p.unlink()
            except OSError as exc:
                raise opening.store_error(exc, p, "delete the log") from exc
            removed.append(p)
        for d in (folder, path.parent):
            with contextlib.suppress(OSError):
                d.rmdir()  # only if empty: never remove a folder with someone else's files
        logger.info("forgot everything: removed %d files", len(removed))
        return removed


def _table_counts(conn: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def _check_copy(path: Path, passphrase: str | None, version: int, counts: dict[str, int]) -> None:
    """The exported file opens with its key, is intact, and holds the same rows and schema."""
    conn = cipher.connect(path, passphrase)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        got_version = conn.execute("PRAGMA user_version").fetchone()[0]
        got = _table_counts(conn)
    finally:
        conn.close()
    if result != "ok" or got_version != version or got != counts:
        raise StoreError(
            f"Could not change the passphrase: the new copy of the log did not check out "
            f"({result}, schema {got_version}, {got} != {counts}). Nothing was changed."
        )


def _temporary_copy(path: Path) -> Path:
    """A byte copy of the log in ``backups/`` (mode 0600), kept only while its file is replaced.

    Not :func:`opening.copy_aside`: that one is evidence kept for good and says so on stderr.
    """
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    folder = opening.backup_dir(path)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{path.name}.before-passphrase-{stamp}.bak"
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    shutil.copyfile(path, target)
    return target


def _erase_copy(target: Path) -> None:
    """Overwrite and delete the temporary copy (it may be plain: no readable copy stays)."""
    try:
        _overwrite(target)
        target.unlink()
    except OSError:
        logger.warning("could not erase the temporary copy %s", target)
        return
    with contextlib.suppress(OSError):
        target.parent.rmdir()  # only if empty


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        chunk = b"\0" * 65536
        left = size
        while left > 0:
            n = min(left, len(chunk))
            fh.write(chunk[:n])
            left -= n
        fh.flush()
        os.fsync(fh.fileno())


def _mapped(ids: dict[int, int], old: int | None, what: str) -> int | None:
    if old is None:
        return None
    try:
        return ids[old]
    except KeyError:
        raise InputError(f"The file refers to {what} {old}, which it does not contain.") from None


def _validate_export(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise InputError('This is not a Small Print log export (no "format": "smallprint-log").')
    if not isinstance(data.get("version"), int) or data["version"] > EXPORT_VERSION:
        raise InputError(
            f"This export has version {data.get('version')!r}; this app reads up to "
            f"{EXPORT_VERSION}. Update the app."
        )
    for key in ("organisations", "notices", "signups", "requests"):
        if not isinstance(data.get(key, []), list):
            raise InputError(f"The export's {key!r} is not a list.")
    try:
        for o in data.get("organisations", []):
            if not isinstance(o["id"], int) or not str(o["name"]).strip():
                raise InputError("An organisation in the export has no id or name.")
        for s in data.get("signups", []):
            if not isinstance(s["id"], int) or not isinstance(s["organisation_id"], int):
                raise InputError("A sign-up in the export has no id or organisation.")
        for n in data.get("notices", []):
            if not isinstance(n["id"], int) or not isinstance(n["text"], str):
                raise InputError("A notice in the export has no id or text.")
    except (KeyError, TypeError) as exc:
        raise InputError(f"The export is missing a field: {exc}") from None


def _signup_key(values: dict[str, Any]) -> str:
    return search_key(
        [
            values.get("date"),
            values.get("channel"),
            values.get("for_whom"),
            values.get("note"),
            *values.get("data", ()),
            *values.get("consents", ()),
            *values.get("marketing", ()),
            *values.get("recipients", ()),
        ]
    )


def _organisation(r: dict[str, Any]) -> Organisation:
    return Organisation(
        id=r["id"],
        name=r["name"],
        kind=r["kind"],
        address=r["address"],
        email=r["email"],
        notes=r["notes"],
    )


def _signup(r: dict[str, Any]) -> Signup:
    return Signup(
        id=r["id"],
        organisation=r["organisation"],
        organisation_id=r["organisation_id"],
        date=r["date"],
        channel=r["channel"],
        for_whom=r["for_whom"],
        data=_load(r["data"]),
        consents=_load(r["consents"]),
        marketing=_load(r["marketing"]),
        note=r["note"],
        notice_id=r["notice_id"],
        notice_sha256=r["notice_sha256"],
        recipients=_load(r["recipients"]),
    )


def _signup_row(r: tuple[Any, ...]) -> Signup:
    """Fast path for listing: a plain tuple in ``_SIGNUP_SELECT`` column order."""
    return Signup(
        id=r[0],
        organisation_id=r[1],
        organisation=r[2],
        date=r[3],
        channel=r[4],
        for_whom=r[5],
        data=_load(r[6]),
        consents=_load(r[7]),
        marketing=_load(r[8]),
        note=r[9],
        notice_id=r[10],
        notice_sha256=r[11],
        recipients=_load(r[12]),
    )


_REQUEST_COLUMNS = (
    "id", "organisation_id", "signup_id", "type", "date_sent", "due_date", "status",
    "language", "note", "created",
)
_REQUEST_SELECT = """
    SELECT r.*, o.name AS organisation FROM requests r
    JOIN organisations o ON o.id = r.organisation_id
"""


def _request(r: dict[str, Any]) -> RightsRequest:
    return RightsRequest(
        id=r["id"],
        type=r["type"],
        organisation=r["organisation"],
        organisation_id=r["organisation_id"],
        date_sent=r["date_sent"],
        due_date=r["due_date"],
        status=r["status"],
        language=r["language"],
        signup_id=r["signup_id"],
        note=r["note"],
    )


__all__ = ["LogStore", "NewNotice", "StoreError", "notice_sha256"]
