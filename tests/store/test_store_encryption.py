"""The optional passphrase (SQLCipher): real files, the command line, the log tab's prompt."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.errors import StoreError
from explainer.store import LogStore, cipher, open_store
from explainer.store.cipher import EncryptedLogError, EncryptionUnavailableError
from explainer.store.opening import DB_NAME, SQLITE_MAGIC, LockedLogError

needs_cipher = pytest.mark.skipif(
    not cipher.AVAILABLE,
    reason="sqlcipher3 (sqlcipher3-wheels) is not installed: encryption is not available",
)

SECRET_ORG = "Bounty UK SECRETORG"
SECRET_NOTE = "SECRETNOTE pram bought at 7 weeks"
PASSPHRASE = "corréct horse 'battery' staple"
HOLDER = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
    "c.execute('SELECT count(*) FROM signups').fetchone(); print('ready', flush=True); "
    "sys.stdin.read(); c.close()"
)


@pytest.fixture(autouse=True)
def _no_passphrase_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXPLAINER_PASSPHRASE", raising=False)
    monkeypatch.delenv("EXPLAINER_NEW_PASSPHRASE", raising=False)
    monkeypatch.setenv("EXPLAINER_BUSY_TIMEOUT_MS", "200")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _secret_file(tmp_path: Path, text: str = PASSPHRASE, name: str = "pass.txt") -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _fill(log: LogStore) -> None:
    log.add_signup(SECRET_ORG, date="2024-03-01", channel="hospital", for_whom="child",
                   data=["child's date of birth"], note=SECRET_NOTE)
    log.add_signup("مستشفى السلام", date="2023-12-31", channel="paper", data=["name"])
    log.add_signup("Tesco", date="2024-01-02", channel="store", marketing=["email"])


def _contains_plaintext(folder: Path) -> list[str]:
    found = []
    for p in folder.rglob("*"):
        if p.is_file():
            raw = p.read_bytes()
            if SECRET_ORG.encode() in raw or SECRET_NOTE.encode() in raw:
                found.append(p.name)
    return found


@needs_cipher
def test_an_encrypted_log_has_no_plaintext_and_round_trips(data_dir: Path) -> None:
    with LogStore.open(data_dir, passphrase=PASSPHRASE) as log:
        assert log.encrypted and not log.locked
        _fill(log)
        assert _contains_plaintext(data_dir) == []  # WAL included, while it is open
    db = data_dir / DB_NAME
    raw = db.read_bytes()
    assert not raw.startswith(SQLITE_MAGIC) and b"SQLite format" not in raw
    assert _contains_plaintext(data_dir) == []
    assert (data_dir / (DB_NAME + cipher.MARKER_SUFFIX)).is_file()
    assert LogStore.needs_passphrase(data_dir)
    with pytest.raises(sqlite3.DatabaseError):  # a plain SQLite cannot read it either
        sqlite3.connect(db).execute("SELECT * FROM sqlite_master").fetchall()
    with LogStore.open(data_dir, passphrase=PASSPHRASE) as log:
        assert log.encrypted
        assert {s.organisation for s in log.list_signups()} == {
            SECRET_ORG, "مستشفى السلام", "Tesco"
        }
        assert [s.organisation for s in log.list_signups(search="secretnote")] == [SECRET_ORG]
        assert log.list_signups(search="السلام")[0].channel == "paper"


@needs_cipher
@pytest.mark.parametrize("passphrase", [None, "wrong passphrase", PASSPHRASE.upper()])
def test_missing_or_wrong_passphrase_is_exit_4_untouched_no_backup(
    data_dir: Path, cli, tmp_path: Path, passphrase: str | None
) -> None:
    with LogStore.open(data_dir, passphrase=PASSPHRASE) as log:
        _fill(log)
    db = data_dir / DB_NAME
    before = _digest(db)
    names = _names(data_dir)
    extra = [] if passphrase is None else ["--passphrase-file", _secret_file(tmp_path, passphrase)]
    for args in (("log", "list"), ("log", "add", "--org", "X"), ("letter", "access", "--org", "X"),
                 ("log", "export", "--format", "json"), ("log", "decrypt")):
        r = cli(*args, "--data-dir", data_dir, *extra)
        assert r.code in (4, 2), (args, r.err)  # decrypt without any passphrase is usage (2)
        if r.code == 4:
            assert r.err.startswith("explainer: This log is locked with a passphrase: ")
            assert r.err.count("\n") == 1 and "damaged" not in r.err
        assert r.out == ""
        assert _digest(db) == before
        assert _names(data_dir) == names  # no backups/ folder, no copy, no -wal left
    with pytest.raises(EncryptedLogError) as info:
        LogStore.open(data_dir, passphrase=passphrase)
    assert info.value.exit_code == 4 and "locked with a passphrase" in str(info.value)


@needs_cipher
def test_the_cli_reads_the_passphrase_from_a_file_and_from_the_environment(
    data_dir: Path, cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = _secret_file(tmp_path)
    r = cli("log", "add", "--org", SECRET_ORG, "--note", SECRET_NOTE, "--date", "2024-03-01",
            "--data-dir", data_dir, "--passphrase-file", secret)
    assert r.code == 0, r.err
    assert _contains_plaintext(data_dir) == []
    assert LogStore.needs_passphrase(data_dir)
    r = cli("log", "list", "--format", "json", "--data-dir", data_dir, "--passphrase-file", secret)
    assert r.code == 0, r.err
    assert [e["organisation"] for e in json.loads(r.out)] == [SECRET_ORG]
    monkeypatch.setenv("EXPLAINER_PASSPHRASE", PASSPHRASE)
    r = cli("log", "list", "--format", "json", "--data-dir", data_dir)
    assert r.code == 0, r.err
    assert [e["note"] for e in json.loads(r.out)] == [SECRET_NOTE]
    r = cli("letter", "access", "--org", SECRET_ORG, "--data-dir", data_dir)
    assert r.code == 0 and SECRET_ORG in r.out
    # the file wins over the environment
    r = cli("log", "list", "--data-dir", data_dir,
            "--passphrase-file", _secret_file(tmp_path, "nope", "wrong.txt"))
    assert r.code == 4
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    assert cli("log", "list", "--data-dir", data_dir, "--passphrase-file", empty).code == 3
    assert cli("log", "list", "--data-dir", data_dir,
               "--passphrase-file", tmp_path / "missing.txt").code == 3


@needs_cipher
def test_encrypt_then_decrypt_an_existing_log_keeps_every_entry(
    data_dir: Path, cli, tmp_path: Path
) -> None:
    with LogStore.open(data_dir) as log:
        _fill(log)
    db = data_dir / DB_NAME

    def listing(*extra: object) -> str:
        r = cli("log", "list", "--format", "json", "--data-dir", data_dir, *extra)
        assert r.code == 0, r.err
        return r.out

    plain_list = listing()
    assert json.loads(plain_list)
    secret = _secret_file(tmp_path)
    r = cli("log", "encrypt", "--data-dir", data_dir, "--passphrase-file", secret)
    assert r.code == 0, r.err
    assert not db.read_bytes().startswith(SQLITE_MAGIC)
    assert _contains_plaintext(data_dir) == []  # the temporary plain copy was erased
    assert _names(data_dir) == [DB_NAME, DB_NAME + cipher.MARKER_SUFFIX]
    assert cli("log", "list", "--data-dir", data_dir).code == 4
    assert listing("--passphrase-file", secret) == plain_list

    new_secret = _secret_file(tmp_path, "a néw one", "new.txt")
    r = cli("log", "encrypt", "--data-dir", data_dir, "--passphrase-file", secret,
            "--new-passphrase-file", new_secret)
    assert r.code == 0, r.err
    assert cli("log", "list", "--data-dir", data_dir, "--passphrase-file", secret).code == 4
    assert listing("--passphrase-file", new_secret) == plain_list

    r = cli("log", "decrypt", "--data-dir", data_dir, "--passphrase-file", new_secret)
    assert r.code == 0, r.err
    assert db.read_bytes().startswith(SQLITE_MAGIC)
    assert _names(data_dir) == [DB_NAME]
    assert listing() == plain_list
    with LogStore.open(data_dir) as log:
        assert not log.encrypted
        log.add_signup("After", date="2025-01-01")  # still a working, writable log


@needs_cipher
def test_change_passphrase_api_and_wrong_old_passphrase(data_dir: Path) -> None:
    with LogStore.open(data_dir) as log:
        _fill(log)
        log.encrypt("one")
        assert log.encrypted and len(log.list_signups()) == 3
        before = _digest(data_dir / DB_NAME)
        with pytest.raises(EncryptedLogError):
            log.change_passphrase("not one", "two")
        assert _digest(data_dir / DB_NAME) == before
        assert len(log.list_signups()) == 3  # still open, on the old passphrase
        log.change_passphrase("one", "two")
        log.add_signup("Argos", date="2025-06-30")
    with pytest.raises(EncryptedLogError):
        LogStore.open(data_dir, passphrase="one")
    with LogStore.open(data_dir, passphrase="two") as log:
        assert len(log.list_signups()) == 4
        log.decrypt("two")
        assert not log.encrypted
    assert (data_dir / DB_NAME).read_bytes().startswith(SQLITE_MAGIC)


@needs_cipher
def test_encrypting_is_refused_while_another_program_has_the_log_open(data_dir: Path) -> None:
    with LogStore.open(data_dir) as log:
        _fill(log)
    db = data_dir / DB_NAME
    # another window: a separate process with the log open (idle, between two reads)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with LogStore.open(data_dir) as log:
            with pytest.raises(LockedLogError) as info:
                log.encrypt(PASSPHRASE)
            assert info.value.exit_code == 4 and "another window" in str(info.value)
            assert not log.encrypted and len(log.list_signups()) == 3
    finally:
        holder.communicate("", timeout=10)
    assert db.read_bytes().startswith(SQLITE_MAGIC)
    assert not (data_dir / (DB_NAME + cipher.MARKER_SUFFIX)).exists()
    assert not list(data_dir.glob(DB_NAME + ".new-*"))


@needs_cipher
def test_backup_of_an_encrypted_log_is_encrypted_and_restores(
    data_dir: Path, cli, tmp_path: Path
) -> None:
    secret = _secret_file(tmp_path)
    with LogStore.open(data_dir, passphrase=PASSPHRASE) as log:
        _fill(log)
    backup = tmp_path / "backup.sqlite3"
    r = cli("log", "backup", backup, "--data-dir", data_dir, "--passphrase-file", secret)
    assert r.code == 0, r.err
    assert not backup.read_bytes().startswith(SQLITE_MAGIC)
    assert SECRET_ORG.encode() not in backup.read_bytes()
    other = tmp_path / "other"
    assert cli("log", "restore", backup, "--data-dir", other).code == 3  # no passphrase
    r = cli("log", "restore", backup, "--data-dir", other, "--passphrase-file", secret)
    assert r.code == 0, r.err
    assert LogStore.needs_passphrase(other)  # a locked backup restores into a locked log
    r = cli("log", "list", "--format", "json", "--data-dir", other, "--passphrase-file", secret)
    assert {e["organisation"] for e in json.loads(r.out)} == {
        SECRET_ORG, "Tesco", "مستشفى السلام"
    }


@needs_cipher
def test_guest_mode_is_unaffected(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPLAINER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("EXPLAINER_DATA_DIR", str(tmp_path / "never"))
    r = cli("log", "list", "--guest", "--format", "json")
    assert r.code == 0 and json.loads(r.out) == [] and r.err == ""
    r = cli("log", "add", "--guest", "--org", "X", "--passphrase-file", _secret_file(tmp_path))
    assert r.code == 0, r.err
    assert cli("log", "encrypt", "--guest").code == 3
    assert not (tmp_path / "never").exists()
    with LogStore.open(guest=True, passphrase=PASSPHRASE) as log:
        assert log.guest and not log.encrypted and not log.locked
        log.add_signup("Y")
        with pytest.raises(StoreError.__mro__[1]):  # InputError: nothing to lock
            log.encrypt(PASSPHRASE)


@needs_cipher
def test_a_plain_log_opened_with_a_passphrase_stays_plain(data_dir: Path, cli, tmp_path) -> None:
    with LogStore.open(data_dir) as log:
        _fill(log)
    r = cli("log", "list", "--data-dir", data_dir, "--passphrase-file", _secret_file(tmp_path))
    assert r.code == 0 and "not locked with a passphrase" in r.err
    assert (data_dir / DB_NAME).read_bytes().startswith(SQLITE_MAGIC)


@needs_cipher
def test_open_store_returns_a_locked_log_that_unlock_opens(data_dir: Path) -> None:
    with LogStore.open(data_dir, passphrase=PASSPHRASE) as log:
        _fill(log)
    log = open_store(str(data_dir))
    try:
        assert log.locked and log.encrypted
        with pytest.raises(EncryptedLogError):
            log.list_signups()
        with pytest.raises(EncryptedLogError):
            log.unlock("wrong")
        assert log.locked
        log.unlock(PASSPHRASE)
        assert not log.locked and len(log.list_signups()) == 3
    finally:
        log.close()


@needs_cipher
def test_the_log_tab_asks_for_the_passphrase_and_locks_a_plain_log(qtbot, data_dir: Path) -> None:
    pytest.importorskip("PySide6")
    import explainer.ui  # noqa: F401 - the app's PySide6 guards run before any Qt call
    from explainer.ui.log import LogWidget
    from explainer.ui.log.dialogs import PassphraseDialog

    with LogStore.open(data_dir) as log:
        _fill(log)
    store = open_store(str(data_dir))
    widget = LogWidget(store)
    qtbot.addWidget(widget)
    assert not widget.is_locked and widget.proxy.rowCount() == 3
    assert widget.lock_action.isVisible() is False or not widget.change_action.isVisible()
    assert widget.lock_with_passphrase(PASSPHRASE)
    assert store.encrypted and widget.proxy.rowCount() == 3
    assert _contains_plaintext(data_dir) == []
    store.close()

    store = open_store(str(data_dir))
    widget = LogWidget(store)
    qtbot.addWidget(widget)
    assert widget.is_locked
    assert not widget.unlock("wrong")
    assert widget.is_locked and widget.unlock_error.text()
    assert widget.unlock(PASSPHRASE)
    assert not widget.is_locked and widget.proxy.rowCount() == 3
    assert widget.remove_passphrase(PASSPHRASE)
    assert not store.encrypted
    store.close()
    assert (data_dir / DB_NAME).read_bytes().startswith(SQLITE_MAGIC)

    dialog = PassphraseDialog("change")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.current.setText("old")
    dialog.new.setText("new")
    dialog.repeat.setText("nwe")
    assert not ok.isEnabled() and not dialog.mismatch.isHidden()
    dialog.repeat.setText("new")
    assert ok.isEnabled() and dialog.values() == ("old", "new")


def test_without_sqlcipher_passphrases_fail_cleanly(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, cli, tmp_path: Path
) -> None:
    monkeypatch.setattr(cipher, "_sqlcipher", None)
    monkeypatch.setattr(cipher, "AVAILABLE", False)
    with pytest.raises(EncryptionUnavailableError) as info:
        LogStore.open(data_dir, passphrase=PASSPHRASE)
    assert "encryption is not available in this installation" in str(info.value)
    assert info.value.exit_code == 4
    assert not data_dir.exists()  # nothing created
    with LogStore.open(data_dir) as log:  # plain logs work as before
        _fill(log)
        with pytest.raises(EncryptionUnavailableError):
            log.encrypt(PASSPHRASE)
    r = cli("log", "encrypt", "--data-dir", data_dir, "--passphrase-file", _secret_file(tmp_path))
    assert r.code == 4 and "encryption is not available in this installation" in r.err
    assert (data_dir / DB_NAME).read_bytes().startswith(SQLITE_MAGIC)


@needs_cipher
def test_locking_the_log_locks_its_older_plain_backups_too(
    data_dir: Path, cli, tmp_path: Path
) -> None:
    """Copies kept in backups/ (before an upgrade, say) hold the same names and notes: after
    'log encrypt' none of them may still be readable, and each restores with the passphrase.
    A damaged copy cannot be locked: it is named on stderr, not silently left."""
    from explainer.store.opening import backup_dir

    folder = backup_dir(data_dir / DB_NAME)
    with LogStore.open(data_dir) as log:
        _fill(log)
        folder.mkdir(mode=0o700)
        log.backup_to(folder / f"{DB_NAME}.before-upgrade.bak")
    damaged = folder / f"{DB_NAME}.damaged.bak"
    damaged.write_bytes(SQLITE_MAGIC + b"\0" * 100 + SECRET_ORG.encode())
    assert set(_contains_plaintext(folder)) == {f"{DB_NAME}.before-upgrade.bak", damaged.name}

    secret = _secret_file(tmp_path)
    r = cli("log", "encrypt", "--data-dir", data_dir, "--passphrase-file", secret)
    assert r.code == 0, r.err
    assert "1 older backups" in r.err and "were locked" in r.err
    assert damaged.name in r.err  # reported by name
    assert _contains_plaintext(data_dir) == [damaged.name]
    locked = folder / f"{DB_NAME}.before-upgrade.bak"
    assert not locked.read_bytes().startswith(SQLITE_MAGIC)
    other = tmp_path / "other"
    assert cli("log", "restore", locked, "--data-dir", other).code == 3
    r = cli("log", "restore", locked, "--data-dir", other, "--passphrase-file", secret)
    assert r.code == 0, r.err
    r = cli("log", "list", "--format", "json", "--data-dir", other, "--passphrase-file", secret)
    assert SECRET_ORG in {e["organisation"] for e in json.loads(r.out)}


@needs_cipher
def test_changing_the_passphrase_rekeys_the_backups_kept_with_the_old_one(
    data_dir: Path, cli, tmp_path: Path
) -> None:
    """Someone learned the old passphrase, so the family changes it: no copy in backups/ may
    still open with the old one. A copy locked with an even earlier passphrase cannot be
    re-keyed and is named. Removing the passphrase makes the copies plain again, so a
    forgotten passphrase locks nothing away."""
    from explainer.store.opening import backup_dir

    folder = backup_dir(data_dir / DB_NAME)
    old, new = _secret_file(tmp_path, "old secret one"), _secret_file(tmp_path, "new two", "n.txt")
    earlier = folder / f"{DB_NAME}.earlier.bak"
    with LogStore.open(data_dir) as log:
        _fill(log)
        log.encrypt("earlier zero")
        aside = tmp_path / "earlier.bak"  # kept out of backups/ while the passphrase changes
        log.backup_to(aside)
        log.change_passphrase("earlier zero", "old secret one")
        folder.mkdir(mode=0o700, exist_ok=True)
        aside.rename(earlier)
        log.backup_to(folder / f"{DB_NAME}.before-upgrade.bak")
    kept = folder / f"{DB_NAME}.before-upgrade.bak"

    def opens(path: Path, passphrase: str | None) -> bool:
        conn = cipher.connect(path, passphrase)
        try:
            return conn.execute("SELECT count(*) FROM signups").fetchone()[0] == 3
        except cipher.DB_ERRORS:
            return False
        finally:
            conn.close()

    assert opens(kept, "old secret one") and opens(earlier, "earlier zero")
    r = cli("log", "encrypt", "--data-dir", data_dir, "--passphrase-file", old,
            "--new-passphrase-file", new)
    assert r.code == 0, r.err
    assert "1 older backups" in r.err and "new passphrase too" in r.err
    assert earlier.name in r.err  # left as it was, and said so
    assert opens(kept, "new two") and not opens(kept, "old secret one")
    assert opens(earlier, "earlier zero")
    assert _contains_plaintext(data_dir) == []

    r = cli("log", "decrypt", "--data-dir", data_dir, "--passphrase-file", new)
    assert r.code == 0, r.err
    assert kept.read_bytes().startswith(SQLITE_MAGIC) and opens(kept, None)
    assert "plain files again too" in r.err
    assert not earlier.read_bytes().startswith(SQLITE_MAGIC)
