"""HTML, DOCX and PDF round trips; paths and file-type sniffing; damaged files."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF
from ingest_samples import ARABIC, ENGLISH, char_accuracy
from PIL import Image

from explainer.errors import (
    CorruptFileError,
    EmptyFileError,
    MissingFileError,
    PasswordProtectedError,
    TooLargeError,
    UnsupportedFileError,
)
from explainer.ingest import read_bytes, read_path
from explainer.paths import resource

# --- HTML -------------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html><head><title>Title is not body text</title>
<style>p { color: red }</style><script>var tracking = "do not show";</script>
<meta charset="utf-8"></head>
<body>
<nav><ul><li>Home</li><li>About   us</li></ul></nav>
<div><div><h1>Privacy   notice</h1></div></div>
<p>We share your data with <b>Experian</b> and<br>selected partners.</p>
<p hidden>hidden paragraph</p>
<div aria-hidden="true">screen-reader duplicate</div>
<span style="color: blue; display : none">invisible span</span>
<div style="visibility:hidden">invisible div</div>
<noscript>Please enable JavaScript</noscript>
<template><p>template text</p></template>
<!-- a comment -->
<table><tr><th>Data</th><th>Kept for</th></tr><tr><td>Email</td><td>2 years</td></tr></table>
<ol><li>First item</li><li>Second <a href="https://example.org/x">item</a></li></ol>
one<br><br>two&nbsp;&amp; three
<p dir="rtl">نحن نشارك بياناتك مع شركائنا.</p>
<img src="https://tracker.example.org/pixel.gif" alt="">
</body></html>"""

EXPECTED_PAGE = (
    "Home\nAbout us\n\nPrivacy notice\n\nWe share your data with Experian and\nselected "
    "partners.\n\nData Kept for\nEmail 2 years\n\nFirst item\nSecond item\n\none\n\ntwo & three"
    "\n\nنحن نشارك بياناتك مع شركائنا."
)


def test_html_visible_text_only() -> None:
    doc = read_bytes(PAGE.encode(), name="notice.html")
    assert doc.kind == "html"
    assert doc.text == EXPECTED_PAGE
    for hidden in ("tracking", "hidden paragraph", "duplicate", "invisible", "JavaScript",
                   "template", "comment", "Title"):
        assert hidden not in doc.text


STYLED_PAGE = """<html><head>
<style>
/* .visible-note { display: none } is only a comment */
.old-policy, #banner-copy { display : none; }
p.promo { visibility: hidden }
@media print { .screen-only { display: none } }
.note { color: grey }
</style>
<style media="print">.print-hidden { display: none }</style>
</head><body>
<p class="old-policy">We used to sell your details to list brokers.</p>
<div id="banner-copy">Accept all cookies</div>
<p class="promo">Win a pram!</p>
<p class="screen-only">We share your email with Mailchimp.</p>
<p class="print-hidden">We keep your data for two years.</p>
<p class="note visible-note">We never sell your data.</p>
<span class="sr-only">(opens in a new window)</span>
<div class="d-none">Mobile menu copy</div>
<div class="d-none d-md-block">Your baby's due date is shared with our partners.</div>
<div class="hidden md:block">نشارك بياناتك مع شركائنا.</div>
</body></html>"""


def test_html_rules_of_the_pages_own_style_blocks_hide_text() -> None:
    """A saved page often hides its old version or a banner with a class in a <style> block,
    and frameworks hide menu copies with classes like d-none: none of it is on screen."""
    doc = read_bytes(STYLED_PAGE.encode(), name="styled.html")
    for gone in ("list brokers", "Accept all cookies", "Win a pram", "opens in a new window",
                 "Mobile menu copy"):
        assert gone not in doc.text
    # shown on screen: print-only rules, comments, responsive classes, harmless styles
    for kept in ("Mailchimp", "two years", "We never sell your data", "due date",
                 "نشارك بياناتك"):
        assert kept in doc.text


def test_html_sniffed_without_extension() -> None:
    assert read_bytes(PAGE.encode(), name="download").kind == "html"


@pytest.mark.parametrize("encoding", ["cp1256", "iso-8859-6", "utf-16"])
def test_html_arabic_legacy_encodings(encoding: str) -> None:
    declared = {"utf-16": ""}.get(encoding, f'<meta charset="{encoding}">')
    page = f"<html><head>{declared}</head><body><p>{ARABIC}</p></body></html>"
    doc = read_bytes(page.encode(encoding), name="ar.htm")
    assert doc.text == ARABIC


def test_html_latin1_label_is_read_as_windows_1252() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body>We “may” share – £5</body></html>'
    assert read_bytes(page.encode("cp1252"), name="a.html").text == "We “may” share – £5"


def test_html_undeclared_cp1256_is_detected() -> None:
    page = f"<html><body><p>{ARABIC}</p></body></html>"
    doc = read_bytes(page.encode("cp1256"), name="ar.html")
    assert doc.text == ARABIC
    assert doc.encoding == "cp1256"


# --- DOCX -------------------------------------------------------------------------------------


def _docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Privacy notice", level=1)
    d.add_paragraph("We collect your name and your baby's date of birth.")
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).text = "Data"
    table.cell(0, 1).text = "Who gets it"
    table.cell(0, 2).text = "Why"
    table.cell(1, 0).text = "Email"
    table.cell(1, 1).text = "Experian"
    table.cell(1, 2).text = "Marketing"
    merged = table.cell(2, 0).merge(table.cell(2, 2))
    merged.text = "Merged row across all columns"
    d.add_paragraph(ARABIC)
    d.add_paragraph("Last paragraph after the table.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_tables_in_order() -> None:
    doc = read_bytes(_docx(), name="form.docx")
    assert doc.kind == "docx"
    assert doc.text == (
        "Privacy notice\nWe collect your name and your baby's date of birth.\n"
        "Data\tWho gets it\tWhy\nEmail\tExperian\tMarketing\nMerged row across all columns\n"
        f"{ARABIC}\nLast paragraph after the table."
    )


_TEXT_BOX_RUN = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
  xmlns:v="urn:schemas-microsoft-com:vml">
 <mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>
   <w:p><w:r><w:t>We pass your details to </w:t></w:r><w:r><w:t>Bounty UK.</w:t></w:r></w:p>
   <w:p><w:r><w:t>Tick to opt out.</w:t></w:r></w:p>
  </w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
   <w:p><w:r><w:t>We pass your details to Bounty UK.</w:t></w:r></w:p>
   <w:p><w:r><w:t>Tick to opt out.</w:t></w:r></w:p>
  </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
 </mc:AlternateContent>
</w:r>"""


def test_docx_text_boxes_are_read_once_after_their_paragraph() -> None:
    """Word forms often hold the consent wording in a text box; Word saves each box twice."""
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("Free pack form")
    anchor = d.add_paragraph("Your details:")
    anchor._p.append(parse_xml(_TEXT_BOX_RUN))
    d.add_paragraph("Signature")
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), name="form.docx")
    assert doc.text == (
        "Free pack form\nYour details:\nWe pass your details to Bounty UK.\n"
        "Tick to opt out.\nSignature"
    )


def test_docx_sniffed_by_content_when_misnamed() -> None:
    assert read_bytes(_docx(), name="form.txt").kind == "docx"


def test_docx_truncated_is_corrupt() -> None:
    with pytest.raises(CorruptFileError):
        read_bytes(_docx()[:3000], name="form.docx")


def test_zip_that_is_not_docx() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notice.txt", "hello")
    with pytest.raises(UnsupportedFileError, match="zip archive"):
        read_bytes(buf.getvalue(), name="notice.docx")


def test_old_word_doc_and_encrypted_office() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(UnsupportedFileError, match=r"\.docx"):
        read_bytes(ole, name="old.doc")
    with pytest.raises(PasswordProtectedError):
        read_bytes(ole + "EncryptedPackage".encode("utf-16-le"), name="locked.docx")


# --- PDF --------------------------------------------------------------------------------------


def _pdf(*, arabic: bool = True, blank_first: bool = False) -> bytes:
    pdf = FPDF()
    pdf.add_font("dv", fname=str(resource("fonts", "DejaVuSans.ttf")))
    pdf.add_font("am", fname=str(resource("fonts", "Amiri-Regular.ttf")))
    if blank_first:
        pdf.add_page()
    pdf.add_page()
    pdf.set_font("dv", size=11)
    pdf.multi_cell(0, 6, ENGLISH)
    if arabic:
        pdf.add_page()
        pdf.set_font("am", size=14)
        pdf.set_text_shaping(True)
        pdf.multi_cell(0, 8, ARABIC, align="R")
    return bytes(pdf.output())


def test_pdf_text_layer_english_and_arabic() -> None:
    pages: list[tuple[int, int]] = []
    doc = read_path_from_bytes(_pdf(), "n.pdf", progress=lambda d, t: pages.append((d, t)))
    assert doc.kind == "pdf"
    assert doc.pages == 2
    assert doc.ocr_pages == 0
    assert pages == [(1, 2), (2, 2)]
    assert char_accuracy(ENGLISH, doc.text.split("\n\n")[0]) > 0.995
    assert char_accuracy(ARABIC, doc.text.split("\n\n")[1]) > 0.995
    assert "\r" not in doc.text


def test_pdf_blank_page_adds_nothing_and_is_not_an_error() -> None:
    doc = read_bytes(_pdf(arabic=False, blank_first=True), name="n.pdf")
    assert doc.text.startswith("Privacy notice")
    assert doc.ocr_pages == 1  # the blank page was checked by OCR and found empty
    assert doc.extra.get("ocr_words") == []


def test_pdf_password_protected() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="secret terms")
    pdf.set_encryption(owner_password="owner", user_password="user")
    with pytest.raises(PasswordProtectedError) as info:
        read_bytes(bytes(pdf.output()), name="locked.pdf")
    assert info.value.message == (
        "This PDF is password-protected: open it in your PDF reader, save an unprotected copy, "
        "and try again."
    )


@pytest.mark.parametrize("cut", [0.5, 0.1])
def test_pdf_truncated_or_garbled(cut: float) -> None:
    data = _pdf()
    damaged = data[: int(len(data) * cut)]
    try:
        doc = read_bytes(damaged, name="cut.pdf")
    except CorruptFileError as exc:
        assert "damaged" in exc.message
    else:  # pdfium can repair some truncations: then whatever it read must be sane text
        assert isinstance(doc.text, str)


def test_pdf_named_but_not_pdf() -> None:
    with pytest.raises(CorruptFileError, match="not a PDF"):
        read_bytes(b"<html>404 not found</html>", name="terms.pdf")


def test_pdf_with_junk_body() -> None:
    with pytest.raises(CorruptFileError):
        read_bytes(b"%PDF-1.7\n" + os.urandom(3000), name="junk.pdf")


def read_path_from_bytes(data: bytes, name: str, **kwargs):
    """read_path on a temporary copy (tests the path entry point with the same bytes)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return read_path(path, **kwargs)


# --- paths ------------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError, match="not found"):
        read_path(tmp_path / "nope.pdf")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(MissingFileError, match="folder"):
        read_path(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(EmptyFileError, match="empty"):
        read_path(tmp_path / "empty.pdf")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("x")
    p.chmod(0)
    with pytest.raises(MissingFileError, match="permission"):
        read_path(p)


def test_unreadable_file_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "secret.txt"
    p.write_text("x")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(MissingFileError, match="permission"):
        read_path(p)


def test_text_path_round_trip(tmp_path: Path) -> None:
    p = tmp_path / "n.txt"
    p.write_bytes(ARABIC.encode("cp1256"))
    doc = read_path(p)
    assert doc.text == ARABIC
    assert doc.name == "n.txt"
    assert doc.info() == {"kind": "text", "encoding": "cp1256"}


def test_rtf_is_unsupported_with_advice() -> None:
    with pytest.raises(UnsupportedFileError, match="docx"):
        read_bytes(b"{\\rtf1\\ansi hello}", name="terms.rtf")


def test_image_named_txt_is_sniffed_as_image() -> None:
    buf = io.BytesIO()
    Image.new("L", (50, 50), 255).save(buf, format="PNG")
    doc = read_bytes(buf.getvalue(), name="notice.txt")
    assert doc.kind == "image"
    assert doc.text == ""
    assert doc.warnings


def test_huge_file_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from explainer.ingest import readers

    p = tmp_path / "big.txt"
    p.write_text("abc")
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 2)
    with pytest.raises(TooLargeError):
        read_path(p)
