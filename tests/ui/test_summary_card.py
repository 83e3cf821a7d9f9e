"""The summary card: long lists shortened to "and N more", plural counts, text direction."""

from __future__ import annotations

import pytest

import explainer
from explainer import paths
from explainer.ui.summary_card import SHOWN, SummaryCard


def _items(label) -> int:
    return label.text().count("<li") + label.text().count("<a href")


def test_long_lists_show_the_first_few_and_n_more(qtbot, controller):
    text = paths.resource("samples", "babyclub_en.txt").read_text(encoding="utf-8")
    a = explainer.analyze(text)
    n = len(a.summary.data_types)
    assert n > SHOWN + 1, "the sample needs a long list of data types"
    card = SummaryCard()
    qtbot.addWidget(card)
    card.set_summary(a.summary, a)
    what = card.what
    assert _items(what) == SHOWN + 1
    assert f"and {n - SHOWN} more" in what.text()
    # Data about children is never hidden behind the link.
    assert "about your child" in what.text()
    what.linkActivated.emit("more:what")
    assert _items(what) == n + 1 and "Show fewer" in what.text()
    what.linkActivated.emit("less:what")
    assert _items(what) == SHOWN + 1
    # Printing and the PDF get every item, without the link.
    full = card.full_texts()[4]
    assert full.count("<li") == n and "more:what" not in full
    assert "more:what" in what.text()  # the card itself is unchanged
    # A new notice starts shortened again.
    what.linkActivated.emit("more:what")
    b = explainer.analyze(text + " ")
    card.set_summary(b.summary, b)
    assert "more:what" in what.text()


def test_one_extra_item_is_shown_rather_than_and_1_more(qtbot, controller):
    a = explainer.analyze("We collect your name, email address, phone number, home address, "
                          "date of birth and your child's school.")
    card = SummaryCard()
    qtbot.addWidget(card)
    card.set_summary(a.summary, a)
    if len(a.summary.data_types) <= SHOWN + 1:
        assert "more:" not in card.what.text()


def test_english_plurals_read_naturally(qtbot, controller):
    card = SummaryCard()
    qtbot.addWidget(card)
    assert card.tr("%n vague sentence(s)", "", 1) == "1 vague sentence"
    assert card.tr("%n vague sentence(s)", "", 3) == "3 vague sentences"
    assert card.tr("%n sentence(s) about sharing", "", 1) == "1 sentence about sharing"
    assert card.tr("%n way(s) to say no", "", 0) == "0 ways to say no"
    a = explainer.analyze("We may share your name with our partners. We never sell data.")
    card.set_summary(a.summary, a)
    counts = card.counts.text()
    assert "(s)" not in counts and "1 promise not to share" in counts
    controller.set_language("ar")
    assert "(s)" not in card.counts.text()
    assert card.tr("%n vague sentence(s)", "", 2) == "جملتان غامضتان"
    controller.set_language("en")
    assert controller.window.statusBar() is not None


def test_every_plural_message_has_english_forms():
    import xml.etree.ElementTree as ET

    folder = paths.resource("translations")
    en = ET.parse(folder / "explainer_en.ts").getroot()
    forms = {m.findtext("source"): [f.text for f in m.iter("numerusform")]
             for m in en.iter("message")}
    ar = ET.parse(folder / "explainer_ar.ts").getroot()
    plural_sources = {m.findtext("source") for m in ar.iter("message")
                      if m.get("numerus") == "yes"}
    for source in plural_sources:
        assert len(forms.get(source, [])) == 2 and all(forms[source]), source
    unfinished = [m.findtext("source") for m in ar.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert not unfinished


def test_recipient_lines_keep_their_own_direction(qtbot, controller):
    text = paths.resource("samples", "babyclub_ar.txt").read_text(encoding="utf-8")
    a = explainer.analyze(text, explain_language="en")
    card = SummaryCard()
    qtbot.addWidget(card)
    card.set_summary(a.summary, a)
    who = card.who.text()
    # English descriptions: the line is left-to-right; Arabic names are isolated inside it.
    assert "<li dir='ltr'><b>\u2068Experian\u2069</b>" in who
    assert "\u2068شركات موثوقة\u2069" in who
    assert "dir='rtl'" in card.reasons.text() or "dir='ltr'" in card.reasons.text()


def test_every_interface_string_has_an_arabic_translation(tmp_path):
    """lupdate run over the interface code finds no string missing from the Arabic .ts: a new
    message added to the code without a translation would show in English to Arabic readers."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    ts = tmp_path / "explainer_ar.ts"
    shutil.copy(paths.resource("translations", "explainer_ar.ts"), ts)
    ui = Path(explainer.__file__).parent / "ui"
    sources = sorted(str(p) for p in ui.rglob("*.py"))
    run = subprocess.run([str(lupdate), *sources, "-ts", str(ts)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    root = ET.parse(ts).getroot()
    missing = [m.findtext("source") for m in root.iter("message")
               if m.find("translation").get("type") == "unfinished"]
    assert not missing
