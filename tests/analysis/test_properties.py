"""For any string: valid, ordered, non-overlapping offsets, and span text == text[start:end]."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import explainer

WORDS = ["We", "may", "share", "your", "data", "with", "reputable", "companies", "never",
         "sell", "except", "Experian", "Ltd", "e.g.", "•", "1.", "\n", "\n\n", ".", "،", "؟",
         "قد", "نشارك", "بياناتك", "مع", "شركات", "موثوقة", "لن", "نبيع", "صباحاً.", "إلا",
         "😀", "\u200f", "\x00", "\r\n", "👨‍👩‍👧", "Google Analytics", "due date", "موعد الولادة"]

notice_like = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)


def _check(text: str) -> None:
    r = explainer.analyze(text)
    d = r.to_dict()
    t = d["text"]
    prev_end = 0
    for s in d["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(t)
        assert s["start"] >= prev_end
        prev_end = s["end"]
        assert set(s["labels"]) <= set(s["scores"])
    for sp in d["spans"]:
        assert 0 <= sp["start"] < sp["end"] <= len(t)
        assert t[sp["start"] : sp["end"]] == sp["text"]
        sent = d["sentences"][sp["sentence"]]
        assert sent["start"] <= sp["start"] and sp["end"] <= sent["end"]
        assert sp["explanation"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_offsets_valid_for_any_string(text):
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notice_like)
def test_offsets_valid_for_notice_like_strings(text):
    _check(text)
