"""Odd input gives a clean result, never an exception."""

from __future__ import annotations

import os

import pytest

import explainer
from explainer.errors import ExplainerError

ODD = {
    "empty": "",
    "spaces": "   \n\t  \n",
    "nul": "We\x00 may share\x00 your data.",
    "zero_width": "We may sh\u200bare your da\u200cta with part\u200dners.",
    "bidi": "\u202bقد نشارك بياناتك\u202c مع \u2067Experian\u2069.",
    "emoji": "👶🍼 We may share your baby's due date 🤰 with partners 😀.",
    "lone_surrogate": "We share \ud800 data.",
    "control": "\x1b[31mWe sell data\x1b[0m",
    "only_punct": "....,,,;;;!!!???",
    "long_word": "a" * 20000,
}


@pytest.mark.parametrize("name", sorted(ODD))
def test_odd_strings_do_not_crash(name):
    r = explainer.analyze(ODD[name])
    d = r.to_dict()
    for s in d["spans"]:
        assert d["text"][s["start"] : s["end"]] == s["text"]


def test_empty_gives_empty_result():
    r = explainer.analyze("  ")
    assert r.sentences == () and r.spans == ()
    assert r.to_dict()["schema"] == 1


def test_random_bytes_decoded_as_text_do_not_crash():
    text = os.urandom(20000).decode("latin-1")
    explainer.analyze(text)


def test_large_text():
    para = ("We may share your details with reputable companies who offer products relevant "
            "to your family. ") * 2000
    r = explainer.analyze(para)
    assert len(r.sentences) == 2000


def test_bad_arguments_raise_explainer_error():
    with pytest.raises(ExplainerError):
        explainer.analyze(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ExplainerError):
        explainer.analyze("text", language="fr")


def test_five_megabytes_of_text():
    from explainer.paths import resource

    sample = resource("samples", "pregnancy_app_en.txt").read_text(encoding="utf-8")
    text = (sample + "\n\n") * (5_000_000 // (len(sample) + 2) + 1)
    assert len(text) >= 5_000_000
    r = explainer.analyze(text)
    assert r.summary.counts["sharing"] > 1000
    last = r.sentences[-1]
    assert r.text[last.start : last.end].strip()
