"""Reading a paper form: real OCR on a rendered photo, the check dialog, doubtful words marked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox
from ui_helpers import wait_analysis

from explainer import paths
from explainer.ingest import Document
from explainer.ui.offsets import OffsetMap
from explainer.ui.paper_form import FormImage, FormReading, PaperFormDialog, previews

PIL = pytest.importorskip("PIL")
from PIL import Image, ImageDraw, ImageFont, features  # noqa: E402

OCR_TIMEOUT_MS = 180_000
EN_LINES = [
    "Baby Club sign-up form",
    "",
    "We collect your name, home address and",
    "your baby's date of birth.",
    "We may share your details with selected",
    "partners such as Experian for marketing.",
    "To unsubscribe, email us at any time.",
]
AR_LINES = [
    "استمارة الاشتراك في نادي الطفل",
    "نجمع اسمك وعنوان منزلك وتاريخ ميلاد طفلك.",
    "قد نشارك بياناتك مع شركاء مختارين لأغراض تسويقية.",
    "لن نبيع بياناتك أبداً.",
]


def render_form(path: Path, lines: list[str], *, arabic: bool = False) -> Path:
    """A clean 'photo' of a printed form, drawn with the shipped fonts."""
    font_file = "Amiri-Regular.ttf" if arabic else "DejaVuSans.ttf"
    kwargs = {"layout_engine": ImageFont.Layout.RAQM} if arabic else {}
    font = ImageFont.truetype(str(paths.resource("fonts", font_file)), 34, **kwargs)
    img = Image.new("RGB", (1400, 110 + 64 * len(lines)), "white")
    draw = ImageDraw.Draw(img)
    y = 50
    for line in lines:
        if arabic:
            draw.text((1350, y), line, fill="black", font=font, anchor="ra",
                      direction="rtl", language="ar")
        else:
            draw.text((50, y), line, fill="black", font=font)
        y += 64
    img.save(path)
    return path


def _wait_dialog(qtbot, controller) -> PaperFormDialog:
    qtbot.waitUntil(lambda: controller.form_dialog is not None and not controller.busy,
                    timeout=OCR_TIMEOUT_MS)
    dialog = controller.form_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_reading_a_photographed_form_then_analysing_it(qtbot, controller, tmp_path):
    path = render_form(tmp_path / "form.png", EN_LINES)
    assert controller.window.read_form_action.isEnabled()
    controller.read_form(path)
    assert controller.window.cancel_button.isVisible()  # OCR can be cancelled
    dialog = _wait_dialog(qtbot, controller)
    text = dialog.text.toPlainText()
    assert "Experian" in text and "share" in text
    assert dialog.image_view.pixmaps and dialog.image_view.labels[0].pixmap().width() > 50
    assert dialog.text.isReadOnly() is False
    # The parent corrects a word, then asks for the analysis.
    dialog.text.setPlainText(text.replace("Baby Club", "Little Stars Baby Club"))
    dialog.analyse_button.click()
    wait_analysis(qtbot, controller)
    a = controller.analysis
    assert "Little Stars" in a.text
    assert any("sharing" in s.labels for s in a.sentences)
    assert any(r.name.startswith("Experian") for r in a.summary.recipients)
    assert controller.last_form_image == FormImage("form.png", path.read_bytes())
    assert "form.png" in controller.window.windowTitle()
    assert controller.form_dialog is None


@pytest.mark.skipif(not features.check("raqm"), reason="Pillow cannot shape Arabic here")
def test_reading_an_arabic_form(qtbot, controller, tmp_path):
    path = render_form(tmp_path / "form_ar.png", AR_LINES, arabic=True)
    controller.window.notice.files_dropped.emit([path])  # a dropped photo: same dialog
    dialog = _wait_dialog(qtbot, controller)
    text = dialog.text.toPlainText()
    assert "نشارك" in text or "بياناتك" in text
    dialog.analyse_button.click()
    wait_analysis(qtbot, controller)
    assert controller.analysis.language == "ar"
    assert controller.last_form_image.name == "form_ar.png"


def test_a_picture_without_text_gets_a_clear_message(qtbot, controller, tmp_path, monkeypatch):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text, *a, **k: shown.append((title, text)))
    path = tmp_path / "blank.jpg"
    Image.new("RGB", (800, 600), (250, 250, 248)).save(path)
    controller.open_path(path)
    qtbot.waitUntil(lambda: bool(shown) and not controller.busy, timeout=OCR_TIMEOUT_MS)
    title, text = shown[0]
    assert title == "No text found" and "photo" in text
    assert controller.form_dialog is None and controller.last_form_image is None


def _fake_reading(text: str, words) -> FormReading:
    buf = io.BytesIO()
    Image.new("RGB", (600, 300), "white").save(buf, "PNG")
    doc = Document(text=text, kind="image", extra={"ocr_words": words})
    return FormReading(doc, FormImage("fake.png", buf.getvalue()), "fake.png",
                       previews(buf.getvalue(), ".png"))


def test_low_confidence_words_are_underlined_with_a_tooltip(qtbot, controller):
    text = "👶 We may shaer your nmae with partners."
    words = [(2, 4, 96.0), (5, 8, 91.0), (9, 14, 42.0), (20, 24, 55.5), (30, 38, 70.0)]
    dialog = PaperFormDialog(_fake_reading(text, words), controller.window)
    qtbot.addWidget(dialog)
    dialog.show()
    om = OffsetMap(text)
    edit = dialog.text
    expected = [(om.to_qt(9), om.to_qt(14)), (om.to_qt(20), om.to_qt(24))]
    assert edit.uncertain_ranges() == expected  # 70 is not "low"; the emoji shifts Qt positions
    c = QTextCursor(edit.document())
    c.setPosition(expected[0][0] + 1)
    fmt = c.charFormat()
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert fmt.underlineColor().isValid() and fmt.underlineColor() != fmt.foreground().color()
    c.setPosition(expected[0][0], QTextCursor.MoveMode.KeepAnchor)
    assert c.selectedText() == "s"
    assert "not sure we read this word" in edit.tooltip_at(expected[0][0] + 1)
    assert edit.tooltip_at(om.to_qt(5) + 1) == ""  # a confident word has no tooltip
    assert "2 words" in dialog.hint.text()
    # Correcting a word removes its mark; the other stays.
    c = QTextCursor(edit.document())
    c.setPosition(expected[0][0] + 2)
    c.setPosition(expected[0][0] + 5, QTextCursor.MoveMode.KeepAnchor)
    c.insertText("are")
    assert "share your" in edit.toPlainText()
    assert edit.uncertain_ranges() == [(expected[1][0], expected[1][1])]
    assert edit.document().isUndoAvailable()  # the fix can be undone like any typing
    # The tooltip follows the interface language.
    controller.set_language("ar")
    tip = edit.tooltip_at(expected[1][0] + 1)
    assert any("\u0600" <= ch <= "\u06ff" for ch in tip)
    controller.set_language("en")


def test_analyse_this_text_puts_the_corrected_text_in_the_notice(qtbot, controller):
    reading = _fake_reading("We may sell your name to advertisers.", [(7, 11, 30.0)])
    controller.window.show()
    dialog = PaperFormDialog(reading, controller.window)
    qtbot.addWidget(dialog)
    dialog.analyse_requested.connect(lambda t: controller._analyse_form(reading, t))
    dialog.show()
    dialog.text.setPlainText("We may share your name with advertisers.")
    dialog.analyse_button.click()
    wait_analysis(qtbot, controller)
    assert controller.window.notice.toPlainText() == "We may share your name with advertisers."
    assert controller.last_form_image.name == "fake.png"
    controller.start_over()
    assert controller.last_form_image is None


def test_a_sideways_photo_is_previewed_the_way_it_was_read(tmp_path):
    """OCR turns a form photographed sideways upright; the preview must show it upright too,
    or the volunteer compares the text with a picture lying on its side."""
    from explainer.ui.paper_form import read_form

    # more lines than the width allows, so the upright page is clearly portrait
    upright = render_form(tmp_path / "upright.png", EN_LINES * 3)
    with Image.open(upright) as im:
        assert im.height > im.width
        im.rotate(90, expand=True).save(tmp_path / "sideways.png")  # lying on its side
    reading = read_form(tmp_path / "sideways.png", lambda *_: None, lambda: False)
    assert reading.document.extra["ocr_rotations"] == [270]
    assert "Experian" in reading.document.text
    assert len(reading.pages) == 1
    with Image.open(io.BytesIO(reading.pages[0])) as shown:
        assert shown.height > shown.width  # upright again, not lying on its side
