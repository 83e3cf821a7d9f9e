"""From an analysed notice to an entry in the family's log ("I signed up…"), end to end.

The real analyser, the real window with its Log tab, and a real SQLite log under tmp_path
(EXPLAINER_DATA_DIR): never the user's home.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402
from ui_helpers import paste, wait_analysis  # noqa: E402

from explainer.paths import resource  # noqa: E402
from explainer.store import LogStore, notice_sha256  # noqa: E402
from explainer.ui import workers  # noqa: E402
from explainer.ui.app import build  # noqa: E402
from explainer.ui.log.dialogs import ABOUT_TO_SIGN_UP  # noqa: E402
from explainer.ui.log.prefill import organisation_guess  # noqa: E402
from explainer.ui.paper_form import FormImage  # noqa: E402

SAMPLES = resource("samples")


@pytest.fixture
def log_controller(qtbot, settings, data_dir, monkeypatch):
    """The app as `explainer gui` builds it, its log in tmp_path."""
    monkeypatch.setenv("EXPLAINER_DATA_DIR", str(data_dir))
    c = build(settings, with_log=True)
    qtbot.addWidget(c.window)
    c.window.show()
    qtbot.waitExposed(c.window)
    assert c.log is not None, "the log tab should open in a fresh data folder"
    yield c
    if c.signup_dialog is not None:
        c.signup_dialog.reject()
    c.shutdown()
    workers.wait_all()
    c.log.store.close()
    c.translations.apply("en")
    c.set_large_text(False)


def _analyse(qtbot, c, name: str) -> str:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    paste(c, text)
    wait_analysis(qtbot, c)
    return text


def _recipient_lines(dialog) -> list[str]:
    return [dialog.recipients.item(i).text() for i in range(dialog.recipients.count())]


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_commands_wait_for_an_analysis(qtbot, log_controller):
    w = log_controller.window
    assert w.signed_up_action.isVisible() and w.about_to_sign_up_action.isVisible()
    assert not w.signed_up_action.isEnabled()
    assert log_controller.sign_up() is None  # nothing analysed yet
    _analyse(qtbot, log_controller, "clean_en.txt")
    assert w.signed_up_action.isEnabled() and w.about_to_sign_up_action.isEnabled()
    assert w.summary.signed_up_button.isVisible() and w.summary.signed_up_button.isEnabled()
    assert w.summary.about_to_button.isEnabled()
    assert w.signed_up_action in w.toolbar.actions()
    assert w.signed_up_action in w.log_menu.actions()
    assert w.about_to_sign_up_action in w.log_menu.actions()
    assert w.signed_up_action.shortcut().toString()  # keyboard: a shortcut as well as the menu
    w.notice.setPlainText("")  # the text changed: the old analysis is gone
    qtbot.waitUntil(lambda: not w.signed_up_action.isEnabled(), timeout=5000)


def test_without_a_log_the_commands_are_hidden(qtbot, controller):
    paste(controller, (SAMPLES / "clean_en.txt").read_text(encoding="utf-8"))
    wait_analysis(qtbot, controller)
    w = controller.window
    assert not w.signed_up_action.isVisible() and not w.log_menu.menuAction().isVisible()
    assert not w.summary.signed_up_button.isVisible()
    assert controller.sign_up() is None


def test_signed_up_from_the_english_baby_club_card(qtbot, log_controller, data_dir):
    c = log_controller
    c.log.store.add_signup("Bounty UK", channel="hospital")
    text = _analyse(qtbot, c, "babyclub_en.txt")

    qtbot.mouseClick(c.window.summary.signed_up_button, Qt.MouseButton.LeftButton)
    dialog = c.signup_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    ticked = dialog.checked_data()
    assert "due date" in ticked and "child's date of birth" in ticked
    assert set(ticked) == {d.id for d in c.analysis.summary.data_types}
    # ids the checklist did not have are added as items of their own, ticked
    assert "pregnancy information" in ticked
    assert any("Experian" in line for line in _recipient_lines(dialog))
    assert any("not named" in line for line in _recipient_lines(dialog))
    assert dialog.channel.currentData() == "website"
    assert dialog.for_whom.currentData() == "child"  # the notice asks about a child
    assert dialog.date.date().toString("yyyy-MM-dd") == dt.date.today().isoformat()
    assert dialog.status_signed_up.isChecked()
    # The organisation is left to the parent: Experian (named in the text) is not guessed.
    assert dialog.organisation.currentText() == ""
    assert dialog.organisation.findText("Bounty UK") >= 0  # organisations already in the log
    assert dialog.suggestion.isVisible() and "Little Steps Baby Club" in dialog.suggestion.text()
    assert not _ok(dialog).isEnabled()

    qtbot.keyClicks(dialog.organisation.lineEdit(), "Little Steps")
    assert _ok(dialog).isEnabled()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.signup_dialog is None, timeout=5000)

    store = c.log.store
    [entry] = store.list_signups(search="little steps")
    assert entry.organisation == "Little Steps"
    assert entry.notice_sha256 == notice_sha256(text)
    assert entry.notice_sha256 == hashlib.sha256(c.analysis.text.encode("utf-8")).hexdigest()
    assert "due date" in entry.data and "child's date of birth" in entry.data
    assert entry.channel == "website" and entry.for_whom == "child"
    assert not entry.note.startswith(ABOUT_TO_SIGN_UP)
    assert any("Experian" in r for r in entry.recipients)
    notice = store.get_notice(entry.notice_id)
    assert notice.text == text and notice.language == "en" and notice.image is None
    assert notice.analysis["summary"]["data_types"] == [
        d.id for d in c.analysis.summary.data_types]

    # The Log tab shows the new entry, with who the notice says gets the data.
    assert c.window.tabs.currentWidget() is c.log
    assert c.log.selected_signup().id == entry.id
    details = c.log.details.toPlainText()
    assert "Their notice says your data may go to:" in details
    assert "Experian" in details and "credit reference agency" in details
    assert "Not named:" in details and "reputable companies" in details

    # It is on disk, not only in memory.
    c.log.store.close()
    with LogStore.open(data_dir) as again:
        [saved] = again.list_signups(search="little steps")
        assert saved.notice_sha256 == notice_sha256(text)
    c.log.store = LogStore.open(data_dir)


def test_about_to_sign_up_with_a_paper_form_keeps_the_photo(qtbot, log_controller):
    c = log_controller
    _analyse(qtbot, c, "babyclub_en.txt")
    photo = b"\x89PNG\r\n\x1a\n not really a picture"
    c.last_form_image = FormImage("card.png", photo)  # as after "Read a paper form…"
    c.window.about_to_sign_up_action.trigger()
    dialog = c.signup_dialog
    assert dialog.status_about_to.isChecked()
    assert dialog.channel.currentData() == "paper"
    assert "photo" in dialog.saved_note.text()
    qtbot.mouseClick(dialog.suggestion, Qt.MouseButton.LeftButton)
    assert dialog.organisation.currentText() == "Little Steps Baby Club"
    dialog.note.setPlainText("free pack")
    dialog.set_data_checked("pregnancy information", False)
    _ok(dialog).click()
    qtbot.waitUntil(lambda: c.signup_dialog is None, timeout=5000)

    [entry] = c.log.store.list_signups()
    assert entry.organisation == "Little Steps Baby Club" and entry.channel == "paper"
    assert entry.note.startswith(ABOUT_TO_SIGN_UP) and entry.note.endswith("free pack")
    assert "pregnancy information" not in entry.data and "due date" in entry.data
    notice = c.log.store.get_notice(entry.notice_id)
    assert notice.image == photo and notice.image_type == "image/png"

    # Editing it later shows the status again, and "signed up" drops the marker.
    from explainer.ui.log.dialogs import SignupDialog

    edit = SignupDialog(entry, c.log)
    assert edit.status_about_to.isChecked() and edit.note.toPlainText() == "free pack"
    edit.status_signed_up.setChecked(True)
    assert edit.values()["note"] == "free pack"
    assert "recipients" not in edit.values()  # editing leaves the notice's recipients alone
    edit.deleteLater()


@pytest.mark.parametrize("interface", ["en", "ar"])
def test_arabic_baby_club_card_fills_the_entry(qtbot, log_controller, settings, interface):
    c = log_controller
    c.set_language(interface)
    text = _analyse(qtbot, c, "babyclub_ar.txt")
    assert c.analysis.language == "ar"
    dialog = c.sign_up(about_to=True)
    ticked = dialog.checked_data()
    assert "due date" in ticked and "child's date of birth" in ticked
    assert any("Experian" in line for line in _recipient_lines(dialog))
    assert dialog.organisation.currentText() == ""
    assert "نادي خطوات صغيرة للأمهات" in dialog.suggestion.text()
    if interface == "ar":
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.status_about_to.text() != "I'm about to sign up"  # translated
        assert dialog.windowTitle() != "New entry"
    dialog.suggestion.click()
    _ok(dialog).click()
    qtbot.waitUntil(lambda: c.signup_dialog is None, timeout=5000)
    [entry] = c.log.store.list_signups()
    assert entry.organisation == "نادي خطوات صغيرة للأمهات"
    assert entry.date == dt.date.today().isoformat()  # ASCII digits, whatever the interface
    assert entry.notice_sha256 == notice_sha256(text)
    assert "due date" in entry.data and "child's date of birth" in entry.data
    notice = c.log.store.get_notice(entry.notice_id)
    assert notice.language == "ar" and notice.analysis["language"] == "ar"
    # the status marker is written in the interface language, and read back in either
    from explainer.ui.log.dialogs import SignupDialog

    assert SignupDialog(entry, c.log).status_about_to.isChecked()
    assert "Experian" in c.log.details.toPlainText()


def test_a_locked_log_is_shown_instead_of_the_dialog(qtbot, log_controller, monkeypatch):
    c = log_controller
    _analyse(qtbot, c, "clean_en.txt")
    monkeypatch.setattr(type(c.log), "is_locked", property(lambda _self: True))
    assert c.sign_up() is None
    assert c.window.tabs.currentWidget() is c.log
    assert "Unlock" in c.window.status_label.text()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LITTLE STEPS BABY CLUB — FREE PACK\nFill in this card.", "Little Steps Baby Club"),
        ("نادي خطوات صغيرة للأمهات — حقيبة مجانية\nاملئي البطاقة.", "نادي خطوات صغيرة للأمهات"),
        ("Sunflower Day Nursery — Enrolment form: how we use it", "Sunflower Day Nursery"),
        ("Welcome to the Baby Club.\n\nWe collect your name.", "Baby Club"),
        ("مرحباً بكم في نادي الطفل.\nنجمع اسمك.", "نادي الطفل"),
        ("BOUNTY UK: PRIVACY NOTICE", "bounty uk"),  # the log's own spelling wins
        ("We may share your details with Experian.", ""),
        ("We may share your data with partners", ""),
        ("Privacy notice\nWe collect your name.", ""),
        ("إشعار الخصوصية\nنجمع اسمك.", ""),
        ("", ""),
        ("This is a very long first line that goes on and on and is plainly not a name", ""),
    ],
)
def test_organisation_guess_reads_only_a_heading(text, expected):
    assert organisation_guess(text, known=["bounty uk"]) == expected
