"""The log must never lose or damage a family's records: real files, real processes."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from explainer.errors import StoreError
from explainer.store import LogStore
from explainer.store.opening import DB_NAME, DiskFullError, LockedLogError

REPO = Path(__file__).resolve().parents[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make_log(data_dir: Path, n: int = 3) -> Path:
    with LogStore.open(data_dir) as log:
        for i in range(n):
            log.add_signup(f"Org {i}", date="2024-01-01", data=["name"])
    return data_dir / DB_NAME


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def test_garbage_file_is_refused_untouched_and_copied(data_dir: Path, cli) -> None:
    data_dir.mkdir()
    db = data_dir / DB_NAME
    db.write_bytes(os.urandom(8192))
    before = _digest(db)
    r = cli("log", "list", "--data-dir", data_dir)
    assert r.code == 4
    assert r.err.count("\n") == 1 and "damaged" in r.err
    assert _digest(db) == before
    backups = list((data_dir / "backups").iterdir())
    assert len(backups) == 1 and _digest(backups[0]) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", DB_NAME]


def test_damaged_page_is_refused_untouched(data_dir: Path, cli) -> None:
    db = _make_log(data_dir, n=200)
    raw = bytearray(db.read_bytes())
    page = 4096
    assert len(raw) > 3 * page
    raw[2 * page : 3 * page] = b"\xff" * page  # a b-tree page becomes nonsense
    db.write_bytes(bytes(raw))
    before = _digest(db)
    r = cli("log", "add", "--org", "X", "--data-dir", data_dir)
    assert r.code == 4, r.err
    assert _digest(db) == before
    assert any((data_dir / "backups").iterdir())


def test_newer_schema_is_refused_untouched(data_dir: Path, cli) -> None:
    db = _make_log(data_dir)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = _digest(db)
    for args in (("log", "list"), ("log", "add", "--org", "X"), ("letter", "access", "--org", "X")):
        r = cli(*args, "--data-dir", data_dir)
        assert r.code == 4
        assert "newer version" in r.err
    assert _digest(db) == before
    assert any("schema99" in p.name for p in (data_dir / "backups").iterdir())


def test_locked_log_is_exit_4_and_nothing_is_lost(data_dir: Path, cli, monkeypatch) -> None:
    _make_log(data_dir, n=1)
    monkeypatch.setenv("EXPLAINER_BUSY_TIMEOUT_MS", "200")
    holder = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO organisations (name, created) VALUES ('held', 'now')")
    try:
        r = cli("log", "add", "--org", "Y", "--data-dir", data_dir)
        assert r.code == 4
        assert "busy" in r.err
    finally:
        holder.execute("COMMIT")
        holder.close()
    r = cli("log", "add", "--org", "Y", "--data-dir", data_dir)
    assert r.code == 0
    with LogStore.open(data_dir) as log:
        assert {o.name for o in log.list_organisations()} >= {"held", "Y", "Org 0"}


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs a read-only /sys (Linux)")
def test_folder_that_cannot_be_created_is_exit_4(cli) -> None:
    r = cli("log", "list", "--data-dir", "/sys/smallprint-test-log")
    assert r.code == 4
    assert "cannot be written" in r.err


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_folder_is_exit_4_and_file_untouched(data_dir: Path, cli) -> None:
    db = _make_log(data_dir)
    before = _digest(db)
    data_dir.chmod(0o500)
    try:
        r = cli("log", "add", "--org", "X", "--data-dir", data_dir)
        assert r.code == 4
    finally:
        data_dir.chmod(0o700)
    assert _digest(db) == before


def test_full_disk_is_a_clear_error_and_rolls_back(data_dir: Path) -> None:
    with LogStore.open(data_dir) as log:
        log.add_signup("A", data=["name"])
        pages = log.db.conn.execute("PRAGMA page_count").fetchone()[0]
        log.db.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DiskFullError) as info:
            log.add_signup("B", note="x" * 200_000)
        assert info.value.exit_code == 4
        assert "disk is full" in info.value.message
        assert [s.organisation for s in log.list_signups()] == ["A"]
        log.db.conn.execute("PRAGMA max_page_count = 1073741823")
        log.add_signup("C")
    with LogStore.open(data_dir) as log:
        assert sorted(s.organisation for s in log.list_signups()) == ["A", "C"]


WRITER = textwrap.dedent(
    """
    import sys
    from explainer.store import LogStore
    data_dir, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with LogStore.open(data_dir) as log:
        for i in range(n):
            sid = log.add_signup(f"{tag} {i % 7}", data=["name", tag], note=str(i))
            print(sid, flush=True)
    """
)


def test_two_processes_write_concurrently(data_dir: Path) -> None:
    _make_log(data_dir, n=1)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), tag, "60"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        for tag in ("alpha", "beta")
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1] for o in outputs]
    ids = [int(x) for out, _ in outputs for x in out.split()]
    assert len(ids) == len(set(ids)) == 120
    with LogStore.open(data_dir) as log:
        assert log.count_signups() == 121
        assert len(log.list_signups("alpha")) == 60
        assert log.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_two_stores_in_one_process_interleave(data_dir: Path) -> None:
    a, b = LogStore.open(data_dir), LogStore.open(data_dir)
    try:
        for i in range(20):
            a.add_signup("A", note=str(i))
            b.add_signup("B", note=str(i))
        assert a.count_signups() == b.count_signups() == 40
    finally:
        a.close()
        b.close()


def test_sigkill_in_a_batch_loses_nothing_committed(data_dir: Path) -> None:
    _make_log(data_dir, n=1)
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), "killed", "100000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    committed: list[int] = []
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while len(committed) < 40 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed.append(int(line))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert len(committed) >= 40, proc.stderr.read() if proc.stderr else ""
    with LogStore.open(data_dir) as log:
        ids = {s.id for s in log.list_signups()}
        assert set(committed) <= ids
        assert log.db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _tree(root: Path) -> dict[str, tuple[int, int]]:
    if not root.exists():
        return {}
    out = {}
    for p in sorted(root.rglob("*")):
        st = p.lstat()
        out[str(p.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return out


GUEST = textwrap.dedent(
    """
    from explainer.cli import main
    import sys
    assert main(["log", "add", "--guest", "--org", "A", "--data", "name"]) == 0
    assert main(["log", "list", "--guest", "--format", "json"]) == 0
    assert main(["log", "export", "--guest", "--format", "json"]) == 0
    assert main(["letter", "access", "--guest", "--org", "A"]) == 0
    from explainer.store import LogStore
    with LogStore.open(guest=True) as log:
        for i in range(2000):
            log.add_signup(f"Org {i}", note="x" * 500)
        assert len(log.list_signups("org 1")) > 0
    """
)


def test_guest_mode_writes_nothing_anywhere(tmp_path: Path) -> None:
    home, tmp, work, data = (tmp_path / n for n in ("home", "tmp", "work", "data"))
    for d in (home, tmp, work):
        d.mkdir()
    env = _env(
        HOME=str(home),
        TMPDIR=str(tmp),
        SQLITE_TMPDIR=str(tmp),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local/state"),
        EXPLAINER_DATA_DIR=str(data),
        EXPLAINER_LOG_DIR=str(home / "logs"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    before = {d: _tree(d) for d in (home, tmp, work, data)}
    proc = subprocess.run(
        [sys.executable, "-c", GUEST], cwd=work, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("1\n[]\n")  # each guest command starts from an empty log
    assert "Subject access request" in proc.stdout
    after = {d: _tree(d) for d in (home, tmp, work, data)}
    assert after == before
    assert not data.exists()


def test_store_error_is_exit_code_4() -> None:
    assert StoreError.exit_code == 4
    assert LockedLogError("x").exit_code == 4
