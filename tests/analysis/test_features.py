"""The classifier's feature text: Arabic folding and clitics, and negation scope."""

from __future__ import annotations

import pytest

from explainer.analysis.arabic import token_key
from explainer.analysis.features import feature_text, negation_scope


def test_without_negation_scope_words_are_left_alone():
    assert feature_text("We do NOT sell your data.", "en") == "we do not sell your data ."


def test_words_after_a_negation_are_marked_up_to_the_punctuation():
    out = feature_text("We do not sell your data, and we keep it safe.", "en", True).split()
    assert out[:6] == ["we", "do", "not", "not_sell", "not_your", "not_data"]
    assert "keep" in out and "not_keep" not in out


@pytest.mark.parametrize("reopen", ["except", "unless", "but", "other"])
def test_an_exception_word_ends_the_scope(reopen):
    out = feature_text(f"We never share your details {reopen} our courier", "en", True).split()
    assert "not_share" in out
    assert "courier" in out and "not_courier" not in out


def test_contractions_negate_and_whether_or_not_does_not():
    assert "not_sell" in feature_text("We don't sell it", "en", True).split()
    assert "not_sell" in feature_text("We won’t sell it", "en", True).split()
    assert "sell" in feature_text("Whether or not you join, we sell it", "en", True).split()


def test_arabic_negation_marks_the_words_and_their_clitics():
    out = feature_text("لا نبيع بياناتك للمعلنين إلا بموافقتك", "ar", True).split()
    assert out[:4] == ["لا", "not_نبيع", "not_بياناتك", "not_لل_"]
    assert "not_معلنين" in out
    assert "بموافقتك" in out  # إلا reopens the scope
    # the conjunction glued to the negation and the "not to" of a commitment
    assert "not_نشاركها" in feature_text("ولن نشاركها", "ar", True).split()
    assert "not_بيع" in feature_text("نلتزم بعدم بيع بياناتك", "ar", True).split()
    # an affirmative sentence keeps its words
    assert "نبيع" in feature_text("نبيع بياناتك للمعلنين", "ar", True).split()


def test_the_config_value_decides_the_scope():
    assert negation_scope({"negation_scope": True}) is True
    assert negation_scope({"negation_scope": "true"}) is True
    assert negation_scope({"negation_scope": False}) is False
    assert negation_scope({}) is False  # models trained before the option
    assert negation_scope(None) is False


def test_a_new_clause_ends_the_scope():
    # the negation belongs to the relative clause, not to "may be shared"
    out = feature_text("Data that cannot identify you may be shared with sponsors", "en", True)
    assert "not_identify" in out.split()
    assert {"shared", "sponsors"} <= set(out.split())
    ar = feature_text("البيانات التي لا تكشف هوية طفلك قد ترسل إلى شركائنا", "ar", True).split()
    assert "not_تكشف" in ar and "ترسل" in ar and "not_ترسل" not in ar
    # a glued "and" starts a new verb: "we do not ask for your ID and we send your name"
    ar = feature_text("لا نطلب رقم هويتك ونرسل اسمك", "ar", True).split()
    assert "not_نطلب" in ar and "نرسل" in ar


def test_arabic_vowel_marks_do_not_split_words():
    plain = feature_text("ترسل بياناتك", "ar")
    assert plain == "ترسل بياناتك"
    assert feature_text("تُرسل بياناتُك", "ar") == plain


@pytest.mark.parametrize(("word", "key"), [
    ("وزارة", "وزاره"), ("ووزارة", "وزاره"), ("الوزارة", "وزاره"),  # root و kept
    ("الوالدين", "والدين"), ("واتساب", "واتساب"),
    ("وبيانات", "بيانات"), ("والشركات", "شركات"), ("ولن", "لن"),  # glued "and" dropped
])
def test_arabic_key_keeps_a_root_waw(word, key):
    assert token_key(word) == key
