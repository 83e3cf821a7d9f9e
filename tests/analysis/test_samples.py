"""The bundled samples: the acceptance sentence of the baby club card, in both languages."""

from __future__ import annotations

import pytest

import explainer
from explainer.paths import resource

CASES = [
    ("babyclub_en.txt", "reputable companies", "relevant to your family", "en"),
    ("babyclub_ar.txt", "شركات موثوقة", "تناسب عائلتكِ", "ar"),
]


@pytest.mark.parametrize(("name", "recipient", "purpose_words", "lang"), CASES)
def test_babyclub_sharing_sentence(name, recipient, purpose_words, lang):
    text = resource("samples", name).read_text(encoding="utf-8")
    r = explainer.analyze(text, explain_language=lang)
    assert r.language == lang
    idx = [i for i, s in enumerate(r.sentences) if purpose_words in r.sentence_text(i)]
    assert len(idx) == 1
    sent = r.sentences[idx[0]]
    assert {"sharing", "vague"} <= set(sent.labels)
    rec = [s for s in r.spans_in(idx[0]) if s.kind == "recipient" and s.text == recipient]
    assert rec and rec[0].named is False and rec[0].explanation
    ids = {d.id for d in r.summary.data_types}
    assert {"due date", "child's date of birth", "home address", "name"} <= ids
    assert r.summary.children_data
    assert any(x.named and x.name.startswith("Experian") for x in r.summary.recipients)


def test_clean_notice_reads_as_clean():
    r = explainer.analyze(resource("samples", "clean_en.txt").read_text(encoding="utf-8"))
    assert r.summary.counts["sharing"] == 0
    assert r.summary.good_signs


def test_every_sample_analyses_in_its_language():
    for path in sorted(resource("samples").glob("*_??.txt")):
        r = explainer.analyze(path.read_text(encoding="utf-8"))
        assert r.language == path.stem[-2:], path.name
        assert r.sentences and r.summary.verdict
