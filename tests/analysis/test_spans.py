"""Spans of every kind, English and Arabic, with their explanations."""

from __future__ import annotations

import pytest

import explainer

# (language, sentence, kind, text of the span, extra expectations)
ROWS = [
    ("en", "We may share your details with reputable companies.", "recipient",
     "reputable companies", {"named": False}),
    ("en", "We may pass your details to Experian for marketing.", "recipient", "Experian",
     {"named": True}),
    ("en", "We share your address with Acme Leads Ltd to send you offers.", "recipient",
     "Acme Leads Ltd", {"named": True}),
    ("en", "We collect your baby's date of birth.", "data_type", "baby's date of birth",
     {"subtype": "child's date of birth"}),
    ("en", "The hospital where you are having your baby", "data_type", "hospital",
     {"subtype": "hospital"}),
    ("en", "We may share your due date with our partners.", "vague_term", "may",
     {"subtype": "modality"}),
    ("en", "We share data with partners such as advertisers.", "vague_term", "such as",
     {"subtype": "generalization"}),
    ("en", "We may use your data for marketing purposes.", "purpose", "marketing purposes",
     {"subtype": "open"}),
    ("en", "We may disclose your information to the police.", "sharing_verb", "disclose", {}),
    ("en", "We will never sell your details.", "negation", "never", {}),
    ("ar", "قد نشارك بياناتك مع شركات موثوقة.", "recipient", "شركات موثوقة",
     {"named": False}),
    ("ar", "قد نمرر بياناتك إلى إكسبيريان لأغراض تسويقية.", "recipient", "إكسبيريان",
     {"named": True, "canonical": "Experian"}),
    ("ar", "نشارك بياناتك مع AppsFlyer لقياس الإعلانات.", "recipient", "AppsFlyer",
     {"named": True}),
    ("ar", "نشارك عنوانك مع شركة «نون» لتوصيل الطلبات.", "recipient", "نون", {"named": True}),
    ("ar", "نجمع تاريخ ميلاد طفلك وموعد الولادة المتوقع.", "data_type", "موعد الولادة المتوقع",
     {"subtype": "due date"}),
    ("ar", "قد نشارك بياناتك مع شركائنا.", "vague_term", "قد", {"subtype": "modality"}),
    ("ar", "نشارك بياناتك مع جهات مثل المعلنين وغيرها.", "vague_term", "غيرها",
     {"subtype": "generalization"}),
    ("ar", "قد نستخدم بياناتك لأغراض تسويقية.", "purpose", "لأغراض تسويقية",
     {"subtype": "open"}),
    ("ar", "يجوز لنا الإفصاح عن بياناتك للجهات الأمنية.", "sharing_verb", "الإفصاح", {}),
    ("ar", "لن نبيع بياناتك أبداً.", "negation", "لن", {}),
    # a root و is not a glued "and": the ministry keeps its first letter
    ("ar", "نقدّم بيانات طفلكم إلى وزارة التعليم لتسجيله.", "recipient", "وزارة التعليم",
     {"named": False}),
    ("ar", "نشارك بياناتك مع الوزارة ووزارة الصحة.", "recipient", "وزارة الصحة",
     {"named": False}),
    # a Latin name at the end of an Arabic sentence, its full stop split off
    ("ar", "نستخدم خدمة تحليلات ونشارك بيانات الاستخدام مع Google Analytics.", "recipient",
     "Google Analytics", {"named": True}),
]


@pytest.mark.parametrize(("lang", "text", "kind", "span_text", "extra"), ROWS)
def test_span(lang, text, kind, span_text, extra):
    r = explainer.analyze(text, language=lang)
    found = [s for s in r.spans if s.kind == kind and s.text == span_text]
    assert found, f"no {kind} {span_text!r} in {[(s.kind, s.text) for s in r.spans]}"
    span = found[0]
    assert r.text[span.start : span.end] == span_text
    assert span.explanation.strip()
    for key, value in extra.items():
        assert getattr(span, key) == value


def test_every_span_kind_in_both_languages():
    from explainer.analysis.result import SPAN_KINDS

    for lang in ("en", "ar"):
        kinds = {row[2] for row in ROWS if row[0] == lang}
        assert kinds == set(SPAN_KINDS)


def test_explanations_follow_the_interface_language():
    text = "We may share your details with reputable companies."
    en = explainer.analyze(text, explain_language="en")
    ar = explainer.analyze(text, explain_language="ar")
    rec_en = next(s for s in en.spans if s.kind == "recipient")
    rec_ar = next(s for s in ar.spans if s.kind == "recipient")
    assert rec_en.explanation != rec_ar.explanation
    assert any("\u0600" <= ch <= "\u06ff" for ch in rec_ar.explanation)
    assert any("\u0600" <= ch <= "\u06ff" for ch in ar.sentences[0].explanation)


# "Who gets your data" is drawn only where data goes (or is promised not to): never on a
# source ("from the hospital"), other sites, or a sentence that gives nobody anything.
NOT_RECIPIENTS = [
    ("en", "We receive your due date from the hospital and share it with Experian.",
     "hospital", "Experian"),
    ("en", "Our pages have links to third-party sites. We never pass your details to "
     "advertisers.", "third-party", "advertisers"),
    ("en", "This card is not a hospital or NHS form.", "hospital", None),
    ("ar", "هذه البطاقة ليست نموذجاً صادراً عن المستشفى.", "المستشفى", None),
    ("ar", "نتلقى موعد الولادة من المستشفى ونشاركه مع إكسبيريان.", "المستشفى", "إكسبيريان"),
]


@pytest.mark.parametrize(("lang", "text", "not_recipient", "recipient"), NOT_RECIPIENTS)
def test_recipients_are_only_who_gets_data(lang, text, not_recipient, recipient):
    a = explainer.analyze(text, language=lang)
    shown = [s.text for s in a.spans if s.kind == "recipient"]
    assert not any(not_recipient in s for s in shown), shown
    if recipient is not None:
        assert recipient in shown, shown


# Shown to others: the people who can see a post are who gets it, told as one plain entry
# ("other users and the public"), with the explanation in the interface language.
PUBLIC = [
    ("en", "Anything you write on the Bumps forum, with your username, can be read by anyone.",
     "read by anyone"),
    ("ar", "صور المشاركات في مسابقة أجمل طفل تظهر لجميع المستخدمين مع الاسم الأول للطفل.",
     "تظهر لجميع المستخدمين"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), PUBLIC)
def test_public_display_names_who_can_see_it(lang, text, phrase):
    for xl in ("en", "ar"):
        a = explainer.analyze(text, language=lang, explain_language=xl)
        span = next(s for s in a.spans if s.kind == "recipient")
        assert (span.text, span.named) == (phrase, False)
        assert "sharing" in a.sentences[0].labels
        (rec,) = a.summary.recipients
        assert not rec.named and rec.description == span.explanation
        words = rec.name + span.explanation.replace(phrase, "")  # the quote stays as written
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in words)
        assert arabic == (xl == "ar")


def test_public_display_kept_from_others_is_no_recipient():
    a = explainer.analyze("Your sleep diary is never visible to other members.", language="en")
    assert "sharing" not in a.sentences[0].labels
    assert not a.summary.recipients
