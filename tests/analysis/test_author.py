"""The notice's own author is not listed as a recipient of its own notice (explainer/analysis/
author.py), in English and Arabic; a name without evidence of authorship stays a recipient."""

from __future__ import annotations

import pytest

import explainer
from explainer.analysis.author import author_keys
from explainer.analysis.nlp import engine


def recipients(text: str, lang: str) -> list[str]:
    return [r.name for r in explainer.analyze(text, language=lang).summary.recipients]


@pytest.mark.parametrize(("lang", "text", "author", "others"), [
    ("en", 'Bounty (UK) Limited ("Bounty", "we") runs the Bounty parenting club. Bounty may use '
     "these details to send you offers. Bounty may pass your details to Experian.",
     "Bounty", ["Experian"]),
    ("en", "Welcome to Emma's Diary. Emma's Diary may use your details to send you offers. We "
     "may share your details with Experian.", "Emma's Diary", ["Experian"]),
    ("en", "Emma's Diary privacy notice\nWe collect your due date. Emma's Diary may share your "
     "details with Experian.", "Emma's Diary", ["Experian"]),
    ("ar", "تلتزم إكسبيريان بحماية بياناتك. قد نشارك بياناتك مع Bounty.", "Experian", ["Bounty"]),
    ("ar", "سياسة الخصوصية الخاصة بـ Noon\nقد نشارك بياناتك مع إكسبيريان ومع Noon.", "Noon",
     ["Experian (إكسبيريان)"]),
])
def test_the_author_is_not_a_recipient(lang, text, author, others):
    found = recipients(text, lang)
    assert not [n for n in found if author in n], found
    for name in others:
        assert name in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bounty packs on our wards\nSt Mary's Hospital lets Bounty representatives visit new "
     "mothers. Bounty may pass your details to Experian."),
    ("en", "We may share your details with Bounty and Experian."),
    ("ar", "قد نشارك بياناتك مع Bounty وإكسبيريان."),
])
def test_a_name_without_evidence_stays_a_recipient(lang, text):
    assert "Bounty" in recipients(text, lang)


def test_author_sentence_no_longer_reads_as_sharing_by_rules():
    text = 'Bounty (UK) Limited ("Bounty", "we") runs a club. Bounty may use your details.'
    eng = engine("en", use_model=False)
    sents = ['Bounty (UK) Limited ("Bounty", "we") runs a club.', "Bounty may use your details."]
    docs = eng.rule_docs(sents)
    assert author_keys(sents, [d._.findings for d in docs]) == {"Bounty"}
    r = explainer.analyze(text, language="en")
    assert "sharing" not in r.sentences[1].labels


def test_arabic_company_span_drops_a_glued_and():
    r = explainer.analyze("قد نشارك بياناتك مع نون وإكسبيريان.", language="ar")
    spans = [s.text for s in r.spans if s.kind == "recipient"]
    assert "إكسبيريان" in spans
