"""``explainer log ...`` as CONTRACT.md describes it: output shapes, round trips, exit codes."""

from __future__ import annotations

import hashlib
import json
import stat
from pathlib import Path

import pytest

NOTICE = (
    "We collect your name, email address and your child's date of birth. We may share your "
    "personal data with Experian and with selected partners for marketing purposes.\n"
)


def _fill(cli, data_dir: Path, notice: Path | None = None) -> list[str]:
    ids = []
    for args in (
        ("--org", "Bounty UK", "--date", "2024-03-01", "--channel", "hospital", "--for", "child",
         "--data", "child's date of birth", "due date", "--marketing", "email"),
        ("--org", "Tesco", "--channel", "store", "--data", "name", "--data", "email address",
         "--note", "Clubcard, 'quoted', and \"double\""),
        ("--org", "مستشفى السلام", "--date", "2023-12-31", "--channel", "paper", "--for",
         "partner"),
    ):
        r = cli("log", "add", *args, "--data-dir", data_dir)
        assert r.code == 0, r.err
        ids.append(r.out.strip())
    if notice is not None:
        r = cli("log", "add", "--org", "Emma's Diary", "--notice", notice, "--data-dir", data_dir)
        assert r.code == 0, r.err
        ids.append(r.out.strip())
    return ids


def _list_json(cli, data_dir: Path, *extra: str) -> list[dict]:
    r = cli("log", "list", "--format", "json", "--data-dir", data_dir, *extra)
    assert r.code == 0, r.err
    return json.loads(r.out)


def test_add_prints_the_new_id_and_list_json_has_the_contract_fields(cli, data_dir) -> None:
    ids = _fill(cli, data_dir)
    assert ids == ["1", "2", "3"]
    entries = _list_json(cli, data_dir)
    assert {e["id"] for e in entries} == {1, 2, 3}
    for e in entries:
        assert {"id", "organisation", "date", "channel", "for", "data", "notice_sha256"} <= set(e)
        assert isinstance(e["data"], list)
        assert e["notice_sha256"] is None
    bounty = next(e for e in entries if e["organisation"] == "Bounty UK")
    assert bounty["for"] == "child" and bounty["data"] == ["child's date of birth", "due date"]
    assert [e["organisation"] for e in _list_json(cli, data_dir, "--search", "clubcard")] == [
        "Tesco"
    ]


def test_list_text(cli, data_dir) -> None:
    assert "No entries" in cli("log", "list", "--data-dir", data_dir).out
    _fill(cli, data_dir)
    out = cli("log", "list", "--data-dir", data_dir).out
    assert "Bounty UK" in out and "مستشفى السلام" in out


def test_add_with_notice_stores_text_hash_language_and_analysis(cli, data_dir, tmp_path) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text(NOTICE, encoding="utf-8")
    _fill(cli, data_dir, notice)
    entry = next(e for e in _list_json(cli, data_dir) if e["organisation"] == "Emma's Diary")
    assert entry["notice_sha256"] == hashlib.sha256(NOTICE.encode("utf-8")).hexdigest()
    assert "Experian" in entry["recipients"]
    from explainer.store import LogStore

    with LogStore.open(data_dir) as log:
        stored = log.get_notice(log.get_signup(entry["id"]).notice_id)
    assert stored is not None
    assert stored.text == NOTICE and stored.language == "en"
    assert stored.analysis is not None and stored.analysis["schema"] == 1


def test_missing_notice_is_exit_3(cli, data_dir, tmp_path) -> None:
    r = cli("log", "add", "--org", "X", "--notice", tmp_path / "nope.txt", "--data-dir", data_dir)
    assert r.code == 3
    assert _list_json(cli, data_dir) == []


@pytest.mark.parametrize("with_notice", [False, True])
def test_export_json_then_import_into_empty_dir_round_trips(
    cli, data_dir, tmp_path, with_notice
) -> None:
    notice = None
    if with_notice:
        notice = tmp_path / "notice.txt"
        notice.write_text(NOTICE, encoding="utf-8")
    _fill(cli, data_dir, notice)
    assert cli("log", "delete", "2", "--data-dir", data_dir).code == 0
    assert cli("letter", "erasure", "--org", "Bounty UK", "--data-dir", data_dir).code == 0
    export = tmp_path / "export.json"
    r = cli("log", "export", "--format", "json", "--output", export, "--data-dir", data_dir)
    assert r.code == 0 and r.out == ""
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    other = tmp_path / "other"
    assert cli("log", "import", export, "--data-dir", other).code == 0
    original = cli("log", "list", "--format", "json", "--data-dir", data_dir).out
    copy = cli("log", "list", "--format", "json", "--data-dir", other).out
    assert copy == original
    a = cli("log", "requests", "--format", "json", "--data-dir", data_dir).out
    b = cli("log", "requests", "--format", "json", "--data-dir", other).out
    assert a == b and json.loads(a)[0]["type"] == "erasure"


def test_export_to_stdout_and_csv_round_trip(cli, data_dir, tmp_path) -> None:
    _fill(cli, data_dir)
    r = cli("log", "export", "--format", "json", "--data-dir", data_dir)
    assert json.loads(r.out)["format"] == "smallprint-log"
    csv_file = tmp_path / "log.csv"
    r = cli("log", "export", "--format", "csv", "--output", csv_file, "--data-dir", data_dir)
    assert r.code == 0
    assert csv_file.read_text(encoding="utf-8").splitlines()[0].startswith("id,organisation,")
    other = tmp_path / "other"
    assert cli("log", "import", csv_file, "--data-dir", other).code == 0
    assert _list_json(cli, other) == _list_json(cli, data_dir)


def test_backup_and_restore(cli, data_dir, tmp_path) -> None:
    _fill(cli, data_dir)
    backup = tmp_path / "backup.sqlite3"
    assert cli("log", "backup", backup, "--data-dir", data_dir).code == 0
    other = tmp_path / "other"
    assert cli("log", "restore", backup, "--data-dir", other).code == 0
    assert _list_json(cli, other) == _list_json(cli, data_dir)
    assert cli("log", "restore", backup, "--data-dir", other).code == 3  # not empty any more
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"nope")
    assert cli("log", "restore", junk, "--data-dir", tmp_path / "third").code == 3


def test_ics_export_has_the_due_dates(cli, data_dir) -> None:
    _fill(cli, data_dir)
    assert cli("letter", "access", "--org", "Tesco", "--data-dir", data_dir).code == 0
    ics = cli("log", "export", "--format", "ics", "--data-dir", data_dir).out
    assert ics.startswith("BEGIN:VCALENDAR") and "SUMMARY:Reply due from Tesco" in ics
    assert all(len(line.encode()) <= 75 for line in ics.splitlines())


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("log", "add", "--org", "X", "--date", "2024-02-30"), 3),
        (("log", "add", "--org", "X", "--channel", "fax"), 2),
        (("log", "add", "--org", "X", "--for", "granny"), 2),
        (("log", "add"), 2),
        (("log", "delete", "99"), 3),
        (("log", "import", "/nonexistent/export.json"), 3),
        (("log", "list", "--format", "xml"), 2),
        (("log", "forget"), 2),
        (("log",), 2),
        (("letter", "access"), 2),
        (("letter", "sue", "--org", "X"), 2),
    ],
)
def test_exit_codes(cli, data_dir, args, code) -> None:
    r = cli(*args, "--data-dir", data_dir) if len(args) > 1 else cli(*args)
    assert r.code == code, r.err
    if code == 3:
        assert r.err.count("\n") == 1 and "Traceback" not in r.err


def test_import_of_a_bad_file_is_exit_3_and_changes_nothing(cli, data_dir, tmp_path) -> None:
    _fill(cli, data_dir)
    before = _list_json(cli, data_dir)
    bad = tmp_path / "bad.json"
    for content in ("{not json", '{"format": "other"}', "just,some\ncsv,text\n"):
        bad.write_text(content, encoding="utf-8")
        r = cli("log", "import", bad, "--data-dir", data_dir)
        assert r.code == 3, (content, r.err)
    assert _list_json(cli, data_dir) == before


def test_environment_variable_chooses_the_data_dir(cli, data_dir, monkeypatch) -> None:
    monkeypatch.setenv("EXPLAINER_DATA_DIR", str(data_dir))
    assert cli("log", "add", "--org", "Env").code == 0
    assert (data_dir / "log.sqlite3").exists()


def test_forget_yes_deletes_everything(cli, data_dir) -> None:
    _fill(cli, data_dir)
    assert cli("log", "forget", "--yes", "--data-dir", data_dir).code == 0
    assert not data_dir.exists()
    assert _list_json(cli, data_dir) == []
