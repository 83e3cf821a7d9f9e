"""Numbered schema migrations for the family's log, in sqlite-utils' ``Migrations`` style.

Rules that keep a family's years of records safe:

* a migration is only ever appended, never edited once released;
* each one runs in its own savepoint inside the ``BEGIN IMMEDIATE`` transaction that
  :func:`explainer.store.opening.open_database` holds, so two windows opening an old file at the
  same moment cannot both migrate it, and a failure leaves the file as it was;
* each one ends by setting ``PRAGMA user_version`` to its number, so a file written by a newer
  app (a higher number than :data:`SCHEMA_VERSION`) is recognised and refused, not "migrated".

sqlite-utils also records the applied names in its ``_sqlite_migrations`` table.
"""

from __future__ import annotations

import logging

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

logger = logging.getLogger(__name__)

MIGRATIONS = Migrations("smallprint-log")


@MIGRATIONS(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            search_key TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );
        CREATE TABLE notices (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            language TEXT,
            analysis TEXT,
            date TEXT,
            source_name TEXT NOT NULL DEFAULT '',
            image BLOB,
            image_type TEXT
        );
        CREATE TABLE signups (
            id INTEGER PRIMARY KEY,
            organisation_id INTEGER NOT NULL REFERENCES organisations(id),
            date TEXT,
            channel TEXT CHECK (channel IS NULL OR channel IN
                ('website', 'app', 'paper', 'hospital', 'phone', 'store')),
            for_whom TEXT CHECK (for_whom IS NULL OR for_whom IN ('parent', 'child', 'partner')),
            data TEXT NOT NULL DEFAULT '[]',
            consents TEXT NOT NULL DEFAULT '[]',
            marketing TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            notice_id INTEGER REFERENCES notices(id) ON DELETE SET NULL,
            recipients TEXT NOT NULL DEFAULT '[]',
            search_key TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE INDEX signups_by_date ON signups(date, id);
        CREATE INDEX signups_by_organisation ON signups(organisation_id);
        CREATE TABLE requests (
            id INTEGER PRIMARY KEY,
            organisation_id INTEGER NOT NULL REFERENCES organisations(id),
            signup_id INTEGER REFERENCES signups(id) ON DELETE SET NULL,
            type TEXT NOT NULL CHECK (type IN
                ('access', 'objection', 'withdraw-consent', 'erasure', 'complaint')),
            date_sent TEXT NOT NULL,
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'answered', 'closed')),
            language TEXT NOT NULL DEFAULT 'en',
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );
        CREATE INDEX requests_by_due ON requests(status, due_date);
        PRAGMA user_version = 1;
        """
    )


def _count() -> int:
    return len(MIGRATIONS._migrations)


SCHEMA_VERSION: int = _count()
"""The schema this app writes; ``PRAGMA user_version`` of an up-to-date file."""


def apply(db: Database) -> list[str]:
    """Apply pending migrations inside the caller's transaction; return the names applied."""
    pending = [m.name for m in MIGRATIONS.pending(db)]
    if pending:
        logger.info("applying log migrations: %s", ", ".join(pending))
        MIGRATIONS.apply(db)
    return pending
