"""The log's Python API on real SQLite files: records, search, requests, export/import, forget."""

from __future__ import annotations

import datetime as dt
import json
import stat
from pathlib import Path

import pytest

from explainer.errors import InputError
from explainer.store import LogStore, NewNotice, add_one_month, notice_sha256
from explainer.store.migrations import SCHEMA_VERSION
from explainer.store.opening import DB_NAME


@pytest.fixture
def log(data_dir: Path):
    store = LogStore.open(data_dir)
    yield store
    store.close()


@pytest.mark.parametrize(
    ("sent", "due"),
    [
        ("2024-01-15", "2024-02-15"),
        ("2024-01-31", "2024-02-29"),  # leap year: last day of February
        ("2023-01-31", "2023-02-28"),
        ("2024-03-31", "2024-04-30"),
        ("2024-12-31", "2025-01-31"),
        ("2024-08-31", "2024-09-30"),
    ],
)
def test_one_calendar_month(sent: str, due: str) -> None:
    assert add_one_month(dt.date.fromisoformat(sent)).isoformat() == due


def test_add_list_get(log: LogStore) -> None:
    sid = log.add_signup(
        "Bounty UK",
        date="2024-03-01",
        channel="hospital",
        for_whom="child",
        data=["child's date of birth", "due date", " ", "due date"],
        consents=["share with partners"],
        marketing=["email", "post"],
        note="Given a pack on the ward",
    )
    s = log.get_signup(sid)
    assert s.organisation == "Bounty UK"
    assert s.data == ("child's date of birth", "due date")
    assert s.child_data == ("child's date of birth", "due date")
    assert s.marketing == ("email", "post")
    assert s.to_dict()["for"] == "child"
    assert s.to_dict()["notice_sha256"] is None
    assert [e.id for e in log.list_signups()] == [sid]


def test_organisations_are_shared_case_insensitively(log: LogStore) -> None:
    a = log.add_signup("Tesco", date="2024-01-01")
    b = log.add_signup("tesco ", date="2024-02-01")
    assert log.get_signup(a).organisation_id == log.get_signup(b).organisation_id
    org = log.save_organisation("TESCO", address="1 High St\nCheshunt", email="dpo@tesco.example")
    assert org.name == "Tesco" and org.address.endswith("Cheshunt")
    assert len(log.list_organisations()) == 1


def test_newest_first_then_search(log: LogStore) -> None:
    log.add_signup("Emma's Diary", date="2023-05-01", data=["due date"])
    log.add_signup("Boots", date="2024-01-01", note="Advantage card")
    log.add_signup("مستشفى السلام", date="2022-01-01", channel="hospital")
    assert [s.organisation for s in log.list_signups()] == [
        "Boots",
        "Emma's Diary",
        "مستشفى السلام",
    ]
    assert [s.organisation for s in log.list_signups("DIARY due")] == ["Emma's Diary"]
    assert [s.organisation for s in log.list_signups("advantage")] == ["Boots"]
    assert [s.organisation for s in log.list_signups("hospital")] == ["مستشفى السلام"]
    # Arabic folding: alef maqsura / yaa and hamza forms match.
    assert [s.organisation for s in log.list_signups("مستشفي")] == ["مستشفى السلام"]
    assert log.list_signups("100%") == []
    assert log.list_signups("nothing-like-this") == []


def test_update_and_delete(log: LogStore) -> None:
    sid = log.add_signup("Boots", date="2024-01-01", channel="store")
    s = log.update_signup(sid, channel="app", data=["email address"], organisation="Boots UK")
    assert (s.channel, s.data, s.organisation) == ("app", ("email address",), "Boots UK")
    assert log.list_signups("boots uk")[0].id == sid
    log.delete_signup(sid)
    assert log.list_signups() == []
    with pytest.raises(InputError):
        log.delete_signup(sid)
    with pytest.raises(InputError):
        log.get_signup(sid)


@pytest.mark.parametrize(
    "kwargs",
    [{"channel": "fax"}, {"for_whom": "grandma"}, {"date": "01/02/2024"}, {"date": "2024-02-30"}],
)
def test_bad_values_are_input_errors(log: LogStore, kwargs: dict) -> None:
    with pytest.raises(InputError):
        log.add_signup("Boots", **kwargs)
    assert log.list_signups() == []


def test_notice_is_stored_once_and_deleted_with_its_last_signup(log: LogStore) -> None:
    notice = NewNotice(text="We share data with Experian.", language="en", analysis={"x": 1})
    a = log.add_signup("Experian", notice=notice)
    b = log.add_signup("Experian", notice=notice)
    sa, sb = log.get_signup(a), log.get_signup(b)
    assert sa.notice_id == sb.notice_id
    assert sa.notice_sha256 == notice_sha256("We share data with Experian.")
    stored = log.get_notice(sa.notice_id)
    assert stored is not None and stored.analysis == {"x": 1}
    log.delete_signup(a)
    assert log.get_notice(sa.notice_id) is not None
    log.delete_signup(b)
    assert log.get_notice(sa.notice_id) is None


def test_requests_and_deadlines(log: LogStore) -> None:
    r = log.add_request("Bounty", "access", date_sent="2024-01-31")
    assert r.due_date == "2024-02-29" and r.status == "open"
    log.add_request("Boots", "erasure", date_sent="2024-03-10")
    due = log.requests_due(dt.date(2024, 3, 1))
    assert [x.organisation for x in due] == ["Bounty"]
    assert len(log.requests_due(dt.date(2024, 3, 1), within_days=45)) == 2
    log.set_request_status(r.id, "answered")
    assert log.requests_due(dt.date(2024, 3, 1)) == []
    with pytest.raises(InputError):
        log.add_request("Boots", "complain")


def test_export_import_round_trip_keeps_ids(log: LogStore, tmp_path: Path) -> None:
    log.add_signup("A", date="2024-01-01", data=["name"])
    gone = log.add_signup("B", date="2024-01-02")
    log.add_signup(
        "C",
        date="2024-01-03",
        notice=NewNotice(text="نشارك بياناتك", language="ar", image=b"\x89PNG..."),
    )
    log.delete_signup(gone)  # a gap in the ids must survive
    log.add_request("A", "objection", date_sent="2024-02-01")
    exported = json.loads(json.dumps(log.export_dict()))
    with LogStore.open(tmp_path / "other") as other:
        other.import_dict(exported)
        assert [s.to_dict() for s in other.list_signups()] == [
            s.to_dict() for s in log.list_signups()
        ]
        assert other.list_requests() == log.list_requests()
        notice = other.get_notice(other.list_signups()[0].notice_id)
        assert notice is not None and notice.image == b"\x89PNG..."
        # Importing again into a non-empty log merges organisations and adds new sign-ups.
        other.import_dict(exported)
        assert len(other.list_signups()) == 4
        assert len(other.list_organisations()) == 3


@pytest.mark.parametrize(
    "bad",
    [
        [],
        {"format": "something-else"},
        {"format": "smallprint-log", "version": 99},
        {"format": "smallprint-log", "version": 1, "signups": [{"id": 1}]},
        {
            "format": "smallprint-log",
            "version": 1,
            "signups": [{"id": 1, "organisation_id": 7}],
        },
    ],
)
def test_import_rejects_bad_files_without_changing_anything(log: LogStore, bad) -> None:
    with pytest.raises(InputError):
        log.import_dict(bad)
    assert log.is_empty()


def test_schema_and_permissions(log: LogStore, data_dir: Path) -> None:
    log.add_signup("A")
    conn = log.db.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert names == ["0001_initial"]
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    for p in data_dir.iterdir():
        if p.is_file():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p


def test_reopen_keeps_data_and_does_not_migrate_again(data_dir: Path) -> None:
    with LogStore.open(data_dir) as log:
        log.add_signup("A", date="2024-01-01")
    with LogStore.open(data_dir) as log:
        assert [s.organisation for s in log.list_signups()] == ["A"]
        rows = log.db.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()
        assert rows[0] == 1
    assert not (data_dir / "backups").exists()


def test_forget_everything_removes_the_files(data_dir: Path) -> None:
    log = LogStore.open(data_dir)
    log.add_signup("A")
    (data_dir / "backups").mkdir()
    (data_dir / "backups" / f"{DB_NAME}.damaged-1.bak").write_bytes(b"x")
    other = data_dir / "not-ours.txt"
    other.write_text("keep me")
    removed = log.forget_everything()
    assert data_dir / DB_NAME in removed
    assert sorted(p.name for p in data_dir.iterdir()) == ["not-ours.txt"]


def test_backup_to_is_a_complete_copy(log: LogStore, tmp_path: Path) -> None:
    log.add_signup("A", data=["name"])
    target = tmp_path / "copy.sqlite3"
    log.backup_to(target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    import sqlite3

    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM signups").fetchone()[0] == 1
    conn.close()


def test_guest_log_works_in_memory() -> None:
    with LogStore.open(guest=True) as log:
        assert log.guest and log.path is None
        sid = log.add_signup("A", data=["name"])
        assert log.get_signup(sid).data == ("name",)
        assert log.forget_everything() == []
