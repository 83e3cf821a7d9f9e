"""Rights-request letters: right fields in both languages, PDF text, deadlines recorded."""

from __future__ import annotations

import datetime as dt
import json

import pypdfium2 as pdfium
import pytest

from explainer.letters import compose, render_pdf, render_text
from explainer.store import REQUEST_TYPES, LogStore
from explainer.store.models import Organisation, RightsRequest, Signup

TODAY = dt.date(2024, 1, 31)
ORG = Organisation(7, "Bounty UK", "", "Unit 1, Some Road\nLondon N1 1AA", "dpo@bounty.example")
SIGNUPS = (
    Signup(
        1,
        "Bounty UK",
        7,
        "2023-11-02",
        "hospital",
        "child",
        ("child's date of birth", "due date", "home address"),
        ("share with partners",),
        ("email",),
    ),
)
ARTICLES = {
    "access": "15",
    "objection": "21",
    "withdraw-consent": "7(3)",
    "erasure": "17",
    "complaint": "77",
}
NOT_ADVICE = {"en": "not legal advice", "ar": "ليست استشارة قانونية"}
DUE = {"en": "29 February 2024", "ar": "29 فبراير 2024"}  # one calendar month, leap year


def _pdf_text(data: bytes) -> str:
    doc = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in doc)


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("kind", REQUEST_TYPES)
def test_letter_fields(kind: str, language: str) -> None:
    previous = (RightsRequest(3, "access", "Bounty UK", 7, "2023-12-01", "2024-01-01"),)
    letter = compose(kind, ORG, SIGNUPS, language=language, today=TODAY, requests=previous)
    text = render_text(letter)
    assert "Bounty UK" in text
    assert ARTICLES[kind] in text
    assert NOT_ADVICE[language] in text
    assert letter.due_date == dt.date(2024, 2, 29)
    assert letter.rtl == (language == "ar")
    if kind == "complaint":
        assert "Wilmslow" in text  # addressed to the ICO
        assert ("2023" in text) and ("1 December 2023" in text or "1 ديسمبر 2023" in text)
    else:
        assert "London N1 1AA" in text and "dpo@bounty.example" in text
        assert DUE[language] in text
        assert ("2 November 2023" in text) or ("2 نوفمبر 2023" in text)


@pytest.mark.parametrize(
    ("language", "child_words"),
    [
        ("en", ["child's date of birth", "due date", "my child"]),
        ("ar", ["تاريخ ميلاد الطفل", "موعد الولادة المتوقع", "طفلي"]),
    ],
)
def test_erasure_calls_out_the_childs_data(language: str, child_words: list[str]) -> None:
    text = render_text(compose("erasure", ORG, SIGNUPS, language=language, today=TODAY))
    for word in child_words:
        assert word in text
    child_paragraph = next(b.text for b in compose("erasure", ORG, SIGNUPS, language=language,
                                                   today=TODAY).blocks if "17(1)" in b.text)
    assert child_words[0] in child_paragraph and child_words[1] in child_paragraph
    assert "home address" not in child_paragraph and "عنوان المنزل" not in child_paragraph


def test_no_child_no_child_paragraph() -> None:
    adult = (Signup(1, "Tesco", 2, "2024-01-01", "store", "parent", ("name",)),)
    text = render_text(compose("erasure", "Tesco", adult, today=TODAY))
    assert "my child" not in text and "17(1)(f)" not in text
    assert "[Their postal or email address" in text  # no address in the log: a clear blank


def test_objection_and_withdrawal_cite_what_was_ticked() -> None:
    objection = render_text(compose("objection", ORG, SIGNUPS, today=TODAY))
    assert "The marketing we had agreed to: email." in objection
    withdraw = render_text(compose("withdraw-consent", ORG, SIGNUPS, language="ar", today=TODAY))
    assert "share with partners" in withdraw


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("kind", ["access", "erasure", "complaint"])
def test_pdf_has_the_text_and_embedded_fonts(kind: str, language: str) -> None:
    data = render_pdf(compose(kind, ORG, SIGNUPS, language=language, today=TODAY))
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data  # embedded TrueType, no system font needed
    text = _pdf_text(data)
    assert "Bounty UK" in text
    if language == "ar":
        assert "البيانات" in text
    else:
        assert "UK GDPR" in text


def test_cli_letter_records_the_deadline(cli, data_dir, tmp_path) -> None:
    r = cli("log", "add", "--org", "Bounty UK", "--for", "child", "--data", "due date",
            "--data-dir", data_dir)
    assert r.code == 0
    out = tmp_path / "letter.pdf"
    r = cli("letter", "erasure", "--org", "bounty uk", "--lang", "ar", "--format", "pdf",
            "--output", out, "--data-dir", data_dir)
    assert r.code == 0, r.err
    assert "Bounty UK" in _pdf_text(out.read_bytes())
    r = cli("log", "requests", "--format", "json", "--data-dir", data_dir)
    (req,) = json.loads(r.out)
    assert req["type"] == "erasure" and req["language"] == "ar" and req["status"] == "open"
    sent = dt.date.fromisoformat(req["date_sent"])
    from explainer.store import add_one_month

    assert req["due_date"] == add_one_month(sent).isoformat()
    r = cli("letter", "access", "--org", "Bounty UK", "--no-record", "--data-dir", data_dir)
    assert r.code == 0 and "Subject access request" in r.out
    with LogStore.open(data_dir) as log:
        assert len(log.list_requests()) == 1


def test_cli_letter_for_unknown_organisation_warns_and_records_nothing(cli, data_dir) -> None:
    cli("log", "add", "--org", "Tesco", "--data-dir", data_dir)
    r = cli("letter", "objection", "--org", "Tesko", "--data-dir", data_dir)
    assert r.code == 0
    assert "Did you mean Tesco?" in r.err
    assert "Tesko" in r.out
    with LogStore.open(data_dir) as log:
        assert log.list_requests() == []


def test_cli_letter_text_in_arabic(cli, data_dir) -> None:
    cli("log", "add", "--org", "Boots", "--data-dir", data_dir)
    r = cli("letter", "access", "--org", "Boots", "--lang", "ar", "--data-dir", data_dir)
    assert r.code == 0
    assert "المادة 15" in r.out and "Boots" in r.out
