"""The main flows, driven through the real window with the real analyser."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import AR_NOTICE, EN_NOTICE, paste, wait_analysis

from explainer.ui.findings_panel import ROLE_FINDING


def _utf16(text: str, cp: int) -> int:
    """Independent UTF-16 length of text[:cp] (not via OffsetMap)."""
    return len(text[:cp].encode("utf-16-le")) // 2


def test_paste_english_shows_summary_findings_and_highlights(qtbot, controller):
    w = controller.window
    paste(controller, EN_NOTICE)
    wait_analysis(qtbot, controller)
    assert w.summary.isVisible()
    assert controller.analysis.summary.verdict in w.summary.verdict.text()
    assert "Experian" in w.summary.who.text()
    assert w.findings.tree.topLevelItemCount() == 5
    assert w.notice.extraSelections(), "highlights drawn"
    assert w.export_action.isEnabled() and w.present_action.isEnabled()


def test_typing_is_debounced_then_analysed(qtbot, controller):
    w = controller.window
    w.notice.setFocus()
    qtbot.keyClicks(w.notice, "We may share your email address with our partners.")
    assert controller.analysis is None  # nothing while typing
    wait_analysis(qtbot, controller)
    assert controller.analysis.text.startswith("We may share")


def test_highlights_cover_exactly_the_spans_in_arabic(qtbot, controller):
    w = controller.window
    paste(controller, AR_NOTICE)
    wait_analysis(qtbot, controller)
    a = controller.analysis
    assert a.language == "ar"
    assert w.notice.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    selected = {s.cursor.selectedText() for s in w.notice.extraSelections()}
    span_texts = {a.text[s.start:s.end] for s in a.spans if s.kind in ("recipient", "data_type")}
    assert span_texts and span_texts <= selected


@pytest.mark.parametrize("prefix", ["", "👶🍼 Baby Club 🎉\n\n", "نادي 👶 الطفل\n"])
def test_clicking_a_finding_moves_the_cursor_to_its_sentence(qtbot, controller, prefix):
    w = controller.window
    text = prefix + EN_NOTICE
    paste(controller, text)
    wait_analysis(qtbot, controller)
    tree = w.findings.tree
    group = tree.topLevelItem(0)  # "Who gets your data"
    assert group.childCount() >= 1
    item = group.child(0)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    finding = w.findings.findings[item.data(0, ROLE_FINDING)]
    sent = controller.analysis.sentences[finding.sentence]
    assert "share" in text[sent.start:sent.end]
    cursor = w.notice.textCursor()
    assert cursor.position() == _utf16(text, sent.start)
    cursor.setPosition(_utf16(text, sent.end), cursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == text[sent.start:sent.end]
    assert "share" in w.findings.explanation.toPlainText()


def test_hovering_a_highlight_explains_it(qtbot, controller):
    w = controller.window
    paste(controller, "🎉 " + EN_NOTICE)
    wait_analysis(qtbot, controller)
    a = controller.analysis
    span = next(s for s in a.spans if s.kind == "recipient")
    pos = _utf16(a.text, span.start) + 1
    tip = w.notice.tooltip_at(pos)
    assert "Who gets your data" in tip
    assert span.explanation.split()[0] in tip
    rect = w.notice.cursorRect(_cursor_at(w.notice, pos))
    assert rect.isValid()


def _cursor_at(edit, pos):
    c = edit.textCursor()
    c.setPosition(pos)
    return c


def test_switching_the_interface_to_arabic_mirrors_and_translates(qtbot, controller, settings):
    w = controller.window
    paste(controller, EN_NOTICE)
    wait_analysis(qtbot, controller)
    en_explanations = {s.explanation for s in controller.analysis.spans}
    w.language_actions["ar"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert w.file_menu.title() == "&ملف"
    assert settings.language == "ar"
    wait_analysis(qtbot, controller)
    assert controller.analysis.explain_language == "ar"
    assert {s.explanation for s in controller.analysis.spans} != en_explanations
    w.language_actions["en"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert w.file_menu.title() == "&File"


def test_presentation_steps_through_findings(qtbot, controller):
    w = controller.window
    paste(controller, EN_NOTICE)
    wait_analysis(qtbot, controller)
    w.present_action.trigger()
    view = controller.presentation
    assert view is not None and view.isFullScreen()
    assert view.index == 0
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.index == 1
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.index == 2
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.index == 1
    f = controller.findings[1]
    assert w.notice.textCursor().position() == _utf16(
        controller.analysis.text, controller.analysis.sentences[f.sentence].start)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: controller.presentation is None)


def test_start_over_clears_everything(qtbot, controller):
    w = controller.window
    paste(controller, EN_NOTICE)
    wait_analysis(qtbot, controller)
    w.start_over_action.trigger()
    assert w.notice.toPlainText() == ""
    assert controller.analysis is None
    assert not w.summary.isVisible()
    assert w.findings.tree.topLevelItemCount() == 0
    assert not w.notice.extraSelections()


def test_zoom_and_large_text_are_remembered(qtbot, controller, settings):
    w = controller.window
    size = w.notice.font().pointSizeF()
    qtbot.keyClick(w.notice, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert w.notice.font().pointSizeF() > size
    assert settings.zoom == 1
    w.large_text_action.trigger()
    assert settings.large_text is True
    assert QApplication.font().pointSizeF() > 0
    settings.sync()
    with open(settings.file_name, encoding="utf-8") as f:
        text = f.read()
    assert "large_text=true" in text


def test_examples_menu_lists_the_bundled_samples(qtbot, controller):
    from explainer import paths

    samples = sorted(paths.resource("samples").glob("*.txt"))
    menu = controller.window.examples_menu
    menu.aboutToShow.emit()
    actions = [a for a in menu.actions() if a.isEnabled()]
    assert len(actions) == len(samples)
    if samples:
        actions[0].trigger()
        wait_analysis(qtbot, controller)
        assert controller.analysis.text.strip()


def test_why_this_matters_has_the_facts_in_both_languages(qtbot, controller):
    from explainer.ui.why import WhyDialog

    d = WhyDialog(controller.window)
    qtbot.addWidget(d)
    text = d.text.toPlainText()
    for fact in ("£140,000", "1,065,200", "Experian", "£400,000", "34 million", "39",
                 "Acxiom", "Equifax", "Sky"):
        assert fact in text
    controller.window.language_actions["ar"].trigger()
    ar = d.text.toPlainText()
    assert "140,000" in ar and "Acxiom" in ar and "مليون" in ar


def test_keyboard_reaches_the_main_widgets_with_names(qtbot, controller):
    w = controller.window
    for widget in (w.notice, w.findings.tree, w.findings.explanation, w.summary):
        assert widget.accessibleName()
    w.notice.setFocus()
    seen = set()
    focus = w.notice
    for _ in range(12):
        focus = focus.nextInFocusChain()
        seen.add(focus)
    assert w.findings.tree in seen


def test_log_tab_is_embedded_when_the_log_exists(qtbot, settings, tmp_path, monkeypatch):
    from explainer.ui.app import build

    monkeypatch.setenv("EXPLAINER_DATA_DIR", str(tmp_path / "data"))
    c = build(settings, with_log=True)
    qtbot.addWidget(c.window)
    try:
        import explainer.ui.log  # noqa: F401
    except ImportError:
        assert c.window.tabs.count() == 1
    else:
        assert c.window.tabs.count() == 2
        assert c.window.tabs.tabBar().isVisible() or not c.window.isVisible()
    c.shutdown()
