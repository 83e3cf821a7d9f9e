"""Sentence segmentation of real-looking pasted notices."""

from __future__ import annotations

import pytest

from explainer.analysis.segment import segment

CASES = [
    ("Bullets", "We collect:\n• your name\n• your due date\n- your address",
     ["We collect:", "your name", "your due date", "your address"]),
    ("Numbers", "1. Cookies\n2) Analytics\n(a) Ads", ["Cookies", "Analytics", "Ads"]),
    ("Heading", "WHO WE SHARE WITH\nWe share data with couriers.",
     ["WHO WE SHARE WITH", "We share data with couriers."]),
    ("Abbrev", "We share data with partners, e.g. Experian Ltd. and others. We never sell it.",
     ["We share data with partners, e.g. Experian Ltd. and others.", "We never sell it."]),
    ("Arabic", "نشارك بياناتك مع شركائنا صباحاً. هل نبيعها؟ لا، أبداً.",
     ["نشارك بياناتك مع شركائنا صباحاً.", "هل نبيعها؟", "لا، أبداً."]),
    ("ArabicGlued", "نرسل الهدية صباحاً.ثم نحذف العنوان.",
     ["نرسل الهدية صباحاً.", "ثم نحذف العنوان."]),
    ("ArabicAbbrev", "شركة خطوات، ص.ب 123، الرياض.", ["شركة خطوات، ص.ب 123، الرياض."]),
]

WRAPPED = (
    "We may share the personal information we collect with our service providers, who help\n"
    "us operate the website and deliver our services, and with advertising partners who may\n"
    "use cookies to show you ads on other websites you visit. We never sell it to anyone.\n"
    "Contact Us\n"
    "If you have any questions about this notice, please write to our privacy team at\n"
    "the address below."
)


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_segments(name, text, expected):
    assert [text[a:b] for a, b in segment(text)] == expected


def test_pdf_wrapped_lines_are_joined_and_headings_kept():
    got = [" ".join(WRAPPED[a:b].split()) for a, b in segment(WRAPPED)]
    assert got[0].startswith("We may share") and got[0].endswith("websites you visit.")
    assert got[1] == "We never sell it to anyone."
    assert got[2] == "Contact Us"
    assert got[3].endswith("the address below.")
