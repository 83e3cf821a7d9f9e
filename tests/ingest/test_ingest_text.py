"""Encodings, line endings and binary junk: plain text in, the same text out."""

from __future__ import annotations

import codecs
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.errors import EmptyFileError, InputError, NotTextError
from explainer.ingest import read_bytes
from explainer.ingest.text import decode_text

EN = (
    "We may share your baby’s details with “selected partners” – see the £5 café offer… "
    "naïve résumé.\nYou can opt out at any time."
)
EN_LATIN1 = "Café naïve résumé: we keep your data for 5 years. £10 © 2024, or not."
AR = (
    "قد نشارك بيانات طفلك مع شركائنا المختارين، بما في ذلك شركات التسويق؛ هل توافق؟\n"
    "نحتفظ بالبيانات لمدة خمس سنوات."
)
AR_SHORT = "نشارك بياناتك مع شركائنا."
MIXED = AR + "\nPrivacy notice – version 2 (2024)"


@pytest.mark.parametrize(
    ("text", "encoding", "expected_encoding"),
    [
        (EN, "utf-8", "utf-8"),
        (AR, "utf-8", "utf-8"),
        (EN, "utf-8-sig", "utf-8 (BOM)"),
        (AR, "utf-16", "utf-16 (BOM)"),
        (EN, "utf-16", "utf-16 (BOM)"),
        (AR, "utf-32", "utf-32 (BOM)"),
        (EN, "utf-16-le", "utf-16-le"),
        (AR, "utf-16-be", "utf-16-be"),
        (EN, "cp1252", "cp1252"),
        (EN_LATIN1, "latin-1", None),  # cp1252 and Latin-1 agree on these characters
        (AR, "cp1256", "cp1256"),
        (AR_SHORT, "cp1256", "cp1256"),
        (MIXED, "cp1256", "cp1256"),
        (AR, "iso-8859-6", "iso-8859-6"),
        (AR_SHORT, "iso-8859-6", "iso-8859-6"),
    ],
)
def test_encodings_round_trip(text: str, encoding: str, expected_encoding: str | None) -> None:
    doc = read_bytes(text.encode(encoding), name="notice.txt")
    assert doc.text == text
    assert doc.kind == "text"
    if expected_encoding:
        assert doc.encoding == expected_encoding


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_become_newline(newline: str) -> None:
    doc = read_bytes(newline.join(["one", "two", "", "three"]).encode(), name="a.txt")
    assert doc.text == "one\ntwo\n\nthree"


def test_stray_nul_bytes_are_stripped_with_a_warning() -> None:
    data = b"We share\x00 your data with partners. " + b"Opt out any time. " * 20
    doc = read_bytes(data, name="a.txt")
    assert "\x00" not in doc.text
    assert doc.text.startswith("We share your data")
    assert doc.warnings


@pytest.mark.parametrize(
    "junk",
    [
        os.urandom(4096),
        b"\x00" * 1000 + b"abc",
        bytes(range(256)) * 8,
        b"\x01\x02\x03\x04" * 500,
    ],
    ids=["random", "nul-heavy", "all-bytes", "controls"],
)
def test_binary_junk_is_rejected_clearly(junk: bytes) -> None:
    with pytest.raises(NotTextError) as info:
        read_bytes(junk, name="mystery.txt")
    assert "\n" not in info.value.message
    assert "binary" in info.value.message


def test_empty_bytes() -> None:
    with pytest.raises(EmptyFileError):
        read_bytes(b"", name="empty.txt")


def test_markdown_is_kept_as_text() -> None:
    doc = read_bytes(b"# Privacy\n\n* We share data with **Experian**.\n", name="n.md")
    assert doc.kind == "text"
    assert doc.text == "# Privacy\n\n* We share data with **Experian**.\n"


def test_errors_are_input_errors() -> None:
    assert issubclass(NotTextError, InputError)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")),
               min_size=1, max_size=200))
def test_any_unicode_text_round_trips_in_utf8_and_utf16(text: str) -> None:
    expected = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    for enc in ("utf-8", "utf-16"):
        assert decode_text(text.encode(enc)).text == expected


def test_boms_are_recognised_not_decoded_as_text() -> None:
    assert decode_text(codecs.BOM_UTF8 + "نص".encode()).text == "نص"
