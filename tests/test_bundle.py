"""Build the PyInstaller bundle from build.spec into a temporary folder and run --self-test in it.

A build takes minutes, so this runs only when asked: ``EXPLAINER_TEST_BUNDLE=1 pytest -m slow
tests/test_bundle.py``. It proves that the frozen app finds its resources and models under
``_MEIPASS``, that spaCy's registries resolve (E893/E002 would mean a missing entry point) and
that Tesseract and SQLite work from the bundle.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("EXPLAINER_TEST_BUNDLE") != "1",
        reason="builds the PyInstaller bundle (minutes); set EXPLAINER_TEST_BUNDLE=1 to run",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="pip install -e '.[build]'")
    out = tmp_path_factory.mktemp("bundle")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    exe = out / "dist" / "SmallPrint" / ("SmallPrint.exe" if os.name == "nt" else "SmallPrint")
    assert exe.is_file()
    return exe


def run(exe: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("EXPLAINER_MODELS_DIR", None)  # the bundle must use its own models
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        env=env,
        cwd=exe.parent,
    )


def test_bundle_self_test_passes(bundle: Path) -> None:
    proc = run(bundle, "--self-test")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert "self-test (bundle" in lines[0]
    assert not any(line.startswith("FAILED") for line in lines)
    assert lines[-1].startswith("self-test passed")
    assert str(bundle.parent) in proc.stdout  # models and resources came from the bundle


def test_bundle_analyzes_a_sample(bundle: Path) -> None:
    sample = ROOT / "resources" / "samples" / "babyclub_en.txt"
    proc = run(bundle, "analyze", str(sample), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["language"] == "en"
    assert any("sharing" in s["labels"] for s in result["sentences"])
