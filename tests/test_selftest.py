"""`explainer --self-test`: one line per check, exit 0 only when all pass, and it writes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from explainer import selftest

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ["resources", "model en", "model ar", "ocr", "log", "offline"]


def run_self_test(**env: str) -> subprocess.CompletedProcess[str]:
    """``explainer --self-test`` in a fresh process, as a user (or the bundle test) runs it."""
    return subprocess.run(
        [sys.executable, "-m", "explainer", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **env},
    )


def status_lines(stdout: str) -> dict[str, str]:
    """{check name: "ok"/"FAILED"} from the self-test's output."""
    out = {}
    for line in stdout.splitlines():
        status, _, rest = line.partition(" ")
        if status in ("ok", "FAILED"):
            for name in CHECKS:
                if rest.strip().startswith(name + " "):
                    out[name] = status
    return out


def test_self_test_passes_and_prints_one_line_per_check() -> None:
    proc = run_self_test()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Small Print ") and "self-test (source" in lines[0]
    assert status_lines(proc.stdout) == dict.fromkeys(CHECKS, "ok")
    assert len(lines) == 1 + len(CHECKS) + 1
    assert lines[-1].startswith(f"self-test passed: {len(CHECKS)} checks")
    assert "labels sharing" in next(x for x in lines if " model en " in x)
    assert "labels sharing" in next(x for x in lines if " model ar " in x)
    assert "share" in next(x for x in lines if x.startswith("ok     ocr"))
    assert proc.stderr == ""


def test_self_test_writes_nothing_to_the_users_folders() -> None:
    # conftest points HOME, XDG_* and EXPLAINER_LOG_DIR at an empty temporary home.
    home = Path(os.environ["HOME"])
    before = sorted(home.rglob("*"))
    assert run_self_test().returncode == 0
    assert sorted(home.rglob("*")) == before
    assert not Path(os.environ["EXPLAINER_LOG_DIR"]).exists()


def test_missing_models_fail_with_a_reason(tmp_path: Path) -> None:
    proc = run_self_test(EXPLAINER_MODELS_DIR=str(tmp_path))
    assert proc.returncode == 1
    status = status_lines(proc.stdout)
    assert status["model en"] == status["model ar"] == "FAILED"
    assert status["resources"] == status["ocr"] == status["log"] == "ok"
    en = next(x for x in proc.stdout.splitlines() if x.startswith("FAILED model en"))
    assert f"no trained pipeline at {tmp_path / 'en'}" in en
    assert proc.stdout.splitlines()[-1].startswith("self-test FAILED: 2 of 6 checks failed")
    assert "Traceback" not in proc.stdout + proc.stderr


def test_required_resources_match_the_source_tree() -> None:
    """The self-test's fixed list (a frozen app cannot glob the source) covers every word list."""
    resources = ROOT / "resources"
    shipped = {p.relative_to(resources).as_posix() for p in resources.glob("lexicon/**/*.tsv")}
    required = set(selftest.required_resources())
    assert {r for r in required if r.startswith("lexicon/")} == shipped, (
        "a word list was added or removed: update LEXICON_* in explainer/selftest.py"
    )
    assert all((resources / r).is_file() for r in required)
