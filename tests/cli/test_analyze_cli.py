"""`explainer analyze` as CONTRACT.md specifies it: formats, several paths, stdin, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.cli import main

EN = "We may share your details with reputable companies. We never sell your data.\n"
AR = "قد نشارك بياناتكِ مع شركات موثوقة. لن نبيع بياناتك أبداً.\n"


def run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "explainer", *args], input=stdin,
                          capture_output=True, timeout=120, env=env)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    f = {
        "en": tmp_path / "en.txt",
        "ar": tmp_path / "ar.md",
        "latin1": tmp_path / "latin1.txt",
        "cp1256": tmp_path / "cp1256.txt",
        "utf16": tmp_path / "utf16.txt",
        "html": tmp_path / "page.html",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "junk.txt",
    }
    f["en"].write_text(EN, encoding="utf-8")
    f["ar"].write_text(AR, encoding="utf-8")
    f["latin1"].write_bytes("Café Bébé may share your details with partners — £5 off.\n"
                            .replace("—", "-").encode("latin-1"))
    f["cp1256"].write_bytes(AR.encode("cp1256"))
    f["utf16"].write_bytes(EN.encode("utf-16"))
    f["html"].write_text("<html><head><style>p{}</style><script>var x=1</script></head><body>"
                         "<h1>Privacy</h1><p>We may share your details with partners.</p>"
                         "<div style='display:none'>hidden text</div></body></html>",
                         encoding="utf-8")
    f["empty"].write_bytes(b"")
    f["binary"].write_bytes(bytes(range(256)) * 40)
    return f


def test_json_for_one_path(files, capsys):
    assert main(["analyze", str(files["en"]), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["schema"] == 1 and d["language"] == "en"
    assert d["sentences"][0]["labels"]
    assert {"recipients", "data_types", "counts"} <= set(d["summary"])


def test_jsonl_for_several_paths_in_order(files, capsys):
    paths = [str(files["en"]), str(files["ar"]), str(files["html"])]
    assert main(["analyze", *paths, "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    docs = [json.loads(x) for x in lines]
    assert [d["path"] for d in docs] == paths
    assert [d["language"] for d in docs] == ["en", "ar", "en"]
    assert "hidden text" not in docs[2]["text"] and "var x" not in docs[2]["text"]


@pytest.mark.parametrize("name", ["latin1", "cp1256", "utf16"])
def test_legacy_encodings_are_read(files, capsys, name):
    assert main(["analyze", str(files[name]), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    expected = "ar" if name == "cp1256" else "en"
    assert d["language"] == expected
    if name == "cp1256":
        assert "شركات موثوقة" in d["text"]
    if name == "latin1":
        assert "Café Bébé" in d["text"]


def test_stdin_and_explain_language():
    p = run(["analyze", "-", "--format", "json", "--explain-lang", "ar"], AR.encode("utf-8"))
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)
    assert d["language"] == "ar" and d["explain_language"] == "ar"


def test_text_and_html_formats(files, tmp_path):
    p = run(["analyze", str(files["en"])])
    assert p.returncode == 0 and b"reputable companies" in p.stdout
    out = tmp_path / "report.html"
    p = run(["analyze", str(files["ar"]), "--format", "html", "--explain-lang", "ar",
             "--output", str(out)])
    assert p.returncode == 0, p.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'dir="rtl"' in page
    assert "http://" not in page and "https://" not in page  # self-contained


def test_missing_file_directory_and_junk_exit_3_without_traceback(files, tmp_path):
    for bad in (tmp_path / "nope.txt", tmp_path, files["binary"]):
        p = run(["analyze", str(bad)])
        assert p.returncode == 3, (bad, p.stderr)
        err = p.stderr.decode()
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_good_paths_still_printed_when_one_fails(files, tmp_path):
    p = run(["analyze", str(files["en"]), str(tmp_path / "nope.txt"), str(files["ar"]),
             "--format", "jsonl"])
    assert p.returncode == 3
    assert len(p.stdout.decode().strip().splitlines()) == 2
    assert "nope.txt" in p.stderr.decode()


def test_empty_stdin_gives_empty_result_and_empty_file_a_message(files):
    p = run(["analyze", "-", "--format", "json"], b"  \n")
    assert p.returncode == 0
    d = json.loads(p.stdout)
    assert d["sentences"] == [] and d["spans"] == []
    p = run(["analyze", str(files["empty"])])
    assert p.returncode == 3 and b"empty" in p.stderr


def test_usage_errors_exit_2(files):
    assert run(["analyze", "--format", "yaml", str(files["en"])]).returncode == 2
    assert run(["analyze", "--lang", "fr", str(files["en"])]).returncode == 2
    assert run(["analyze", "--format", "json", str(files["en"]), str(files["ar"])]
               ).returncode == 2
    assert run(["frobnicate"]).returncode == 2
