"""Opening files of each kind, a broken file, and exporting the analysed notice to PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import AR_NOTICE, EN_NOTICE, paste, wait_analysis

from explainer.ui import workers

PHRASE = "selected partners such as Experian"


def _txt(path: Path) -> Path:
    path.write_text(EN_NOTICE, encoding="utf-8")
    return path


def _html(path: Path) -> Path:
    body = "".join(f"<p>{p}</p>" for p in EN_NOTICE.split("\n") if p)
    path.write_text(f"<html><head><title>Club</title></head><body>{body}</body></html>",
                    encoding="utf-8")
    return path


def _docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for p in EN_NOTICE.split("\n"):
        if p:
            d.add_paragraph(p)
    d.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for p in EN_NOTICE.split("\n"):
        if p:
            pdf.multi_cell(0, 6, p)
            pdf.ln(2)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("make,name", [(_txt, "notice.txt"), (_html, "notice.html"),
                                       (_docx, "notice.docx"), (_pdf, "notice.pdf")])
def test_open_each_kind_of_file(qtbot, controller, tmp_path, make, name):
    path = make(tmp_path / name)
    controller.open_path(path)
    wait_analysis(qtbot, controller)
    text = " ".join(controller.window.notice.toPlainText().split())
    assert PHRASE in text
    assert name in controller.window.windowTitle()
    assert controller.findings


def test_drop_a_file_opens_it(qtbot, controller, tmp_path):
    path = _txt(tmp_path / "dropped.txt")
    controller.window.notice.files_dropped.emit([path])
    wait_analysis(qtbot, controller)
    assert PHRASE in controller.window.notice.toPlainText()


@pytest.fixture
def shown_messages(monkeypatch):
    shown: list[tuple[str, str]] = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text() + "\n" + box.informativeText()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text, *a, **k: shown.append((title, text)))
    return shown


@pytest.mark.parametrize("name,data", [
    ("broken.pdf", b"%PDF-1.4\n this is not really a pdf \x00\x01\x02"),
    ("broken.docx", b"PK\x03\x04 not a zip at all"),
    ("missing.txt", None),
])
def test_broken_file_gives_a_friendly_message(qtbot, controller, tmp_path, shown_messages,
                                              name, data):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    paste(controller, "")
    controller.open_path(path)
    qtbot.waitUntil(lambda: bool(shown_messages) and not controller.busy, timeout=20_000)
    title, text = shown_messages[0]
    assert title and "Traceback" not in text
    assert controller.window.notice.toPlainText() == ""


def _pdf_text(path: Path) -> str:
    pdfium = pytest.importorskip("pypdfium2")
    doc = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


@pytest.mark.parametrize("notice,lang", [(EN_NOTICE, "en"), (AR_NOTICE, "ar")])
def test_export_pdf_in_the_background(qtbot, controller, tmp_path, notice, lang):
    controller.set_language(lang)
    paste(controller, "🎉 " + notice)
    wait_analysis(qtbot, controller)
    out = tmp_path / f"report_{lang}.pdf"
    job = controller.export_pdf(out)
    assert job is not None
    qtbot.waitUntil(lambda: out.exists() and controller._export_job is None, timeout=30_000)
    workers.wait_all()
    text = _pdf_text(out)
    assert "Experian" in text
    if lang == "en":
        assert "Small Print" in text and "selected partners" in " ".join(text.split())
    else:
        assert any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)
    controller.set_language("en")
