"""Qt-free pieces of the UI package and the error handling, tested without driving the window."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import EN_NOTICE

import explainer
from explainer import errors
from explainer.ui import errors as ui_errors
from explainer.ui.findings import GROUPS, build_findings
from explainer.ui.offsets import OffsetMap


@pytest.mark.parametrize("text", ["", "plain ascii", "👶 baby", "a😀b😀😀c", "عربي 🍼 نص", "𝒳y"])
def test_offset_map_matches_utf16_and_round_trips(text):
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        u16 = len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_qt(cp) == u16
        assert m.to_py(u16) == cp


def test_offset_map_inside_a_surrogate_pair_maps_to_the_character():
    m = OffsetMap("a😀b")
    assert m.to_py(2) == 1  # between the two halves of the emoji


def test_findings_are_grouped_in_display_order():
    a = explainer.analyze(EN_NOTICE)
    findings = build_findings(a)
    groups = [f.group for f in findings]
    assert groups == sorted(groups, key=GROUPS.index)
    assert {"who", "what", "vague", "say_no", "good"} <= set(groups)
    for f in findings:
        assert f.quote == a.sentence_text(f.sentence).strip()


def test_finding_titles_use_the_notice_comma():
    """An Arabic notice's recipients are listed with the Arabic comma, an English one's with
    the Latin comma."""
    ar = build_findings(explainer.analyze(
        "قد نشارك بياناتك مع شركائنا والمعلنين وشركات التأمين لأغراض تسويقية."))
    who = [f.title for f in ar if f.group == "who"]
    assert who and "، " in who[0] and ", " not in who[0]
    en = build_findings(explainer.analyze(
        "We may share your details with our partners, advertisers and insurers."))
    who = [f.title for f in en if f.group == "who"]
    assert who and ", " in who[0] and "،" not in who[0]


@pytest.mark.parametrize("exc", [
    errors.UnsupportedFileError("x"), errors.OcrError("x"), errors.InputError("x"),
    errors.ModelError("x"), errors.StoreError("x"), errors.ExplainerError("x"),
    OSError(28, "No space left on device"), ValueError("bug"),
])
def test_every_error_has_a_message(qapp, exc):
    title, text = ui_errors.message_for(exc)
    assert title and len(text) > 20


def test_error_messages_are_translated(qapp, controller):
    en = ui_errors.message_for(errors.InputError("x"))
    controller.set_language("ar")
    ar = ui_errors.message_for(errors.InputError("x"))
    controller.set_language("en")
    assert en != ar and any("\u0600" <= ch <= "\u06ff" for ch in ar[0])


def test_excepthook_logs_to_a_file_and_shows_a_dialog(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("EXPLAINER_LOG_DIR", str(tmp_path / "logs"))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        ui_errors._excepthook(*sys.exc_info())
    log = (tmp_path / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom" in log
    assert shown


def test_cancelled_shows_nothing(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box))
    ui_errors.show_error(None, errors.Cancelled("stop"))
    assert not shown


def test_window_shows_before_spacy_is_imported(tmp_path):
    code = textwrap.dedent(f"""
        import sys
        from explainer.ui.app import build
        from explainer.ui.settings import AppSettings
        c = build(AppSettings({str(tmp_path / 's.ini')!r}), with_log=False)
        c.window.show()
        assert c.window.isVisible()
        print("spacy" in sys.modules, "explainer.analysis.pipeline" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, env={**__import__("os").environ,
                                           "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]
