"""The classifier's view of a sentence: a normalised token string.

The textcat model works on bag-of-n-grams. For Arabic we fold spelling variants and split
light clitics into their own features (``وللأطفال`` -> ``وال_ اطفال``) so that one word in
many written forms counts as one feature. Offsets do not matter here: the classifier scores
whole sentences, and spans come from the rules on the original text.

With ``negation=True`` the words a negation governs are marked (``we do not sell your data``
-> ``we do not not_sell not_your not_data``), so that "sell" in "we sell your email address"
and in "we never sell" are different features: without it, a bag of words that mostly sees
"sell" in promises learns that the word itself means a promise. The scope runs from the
negation to the next punctuation mark (the classic scope of Das and Chen, 2001), to a word that
reopens it ("except", "unless", "but", إلا، باستثناء، لكن) or to the start of a new clause (a
relative pronoun, a subject pronoun, a modal: "information that cannot identify you | may be
shared"; in Arabic also a verb or noun with a glued و/ف).
"""

from __future__ import annotations

import re

from pyarabic import araby

from explainer.analysis.arabic import clitic_split, conjunction_len, token_key

_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]", re.UNICODE)
_DIGITS = re.compile(r"\d")

NEG_PREFIX = "not_"
_NEGATORS = {
    "en": frozenset({"not", "no", "never", "nor", "neither", "cannot", "none", "nothing",
                     "nobody"}),
    # la, lan, lam, laysa and its forms, "adam" (بعدم / عدم: "not to"; وعدم has the key عدم)
    "ar": frozenset({"لا", "لن", "لم", "ليس", "ليست", "لسنا", "لست", "عدم", "بعدم"}),
}
_REOPEN = {
    "en": frozenset({"except", "unless", "but", "however", "although", "though", "other",
                     "apart", "besides", "instead", "only", "beyond", "whereas", "while"}),
    "ar": frozenset({"الا", "باستثناء", "عدا", "سوي", "لكن", "لكنه", "لكننا", "بل", "غير",
                     "انما", "بينما", "فقط"}),
}
# a new clause ends the scope too: "information that cannot identify you | may be shared"
_CLAUSE = {
    "en": frozenset({"that", "which", "who", "whom", "whose", "where", "when", "if", "because",
                     "since", "until", "so", "we", "you", "they", "i", "he", "she", "may",
                     "might", "will", "would", "can", "could", "shall", "should", "must"}),
    "ar": frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "قد",
                     "يجوز", "يمكن", "سوف", "اذا", "عندما", "حيث", "لان", "كي", "حتي"}),
}
# Arabic words are compared by their matching key ("التي" -> "تي", like the tokens)
for _table in (_NEGATORS, _REOPEN, _CLAUSE):
    _table["ar"] = frozenset(token_key(w) for w in _table["ar"])
_NEG_SUFFIX = ("n't", "n’t")


def _mark_negation(tokens: list[str], lang: str) -> list[str]:
    """Prefix the words inside a negation's scope (``tokens`` already lower-cased)."""
    out: list[str] = []
    in_scope = False
    negators, reopen, clause = _NEGATORS[lang], _REOPEN[lang], _CLAUSE[lang]
    prev = ""
    for raw in tokens:
        key = raw if lang == "en" else token_key(raw)
        if (not (raw[0].isalnum() or raw[0] == "_") or key in reopen or key in clause
                or (lang == "ar" and conjunction_len(raw) and key not in negators)):
            # punctuation, an exception word or a new clause (in Arabic also a glued "and")
            in_scope = False
            out.append(raw)
        elif (key in negators or key.endswith(_NEG_SUFFIX)) and prev != "or":
            in_scope = True  # ("whether or not" is no negation)
            out.append(raw)
        else:
            out.append(NEG_PREFIX + raw if in_scope else raw)
        prev = key
    return out


def negation_scope(params: dict | None) -> bool:
    """Whether a model's features mark negation scope: its config says ``negation_scope =
    true`` (models trained before the option existed do not)."""
    return str((params or {}).get("negation_scope", "false")).lower() == "true"


def feature_text(sentence: str, lang: str, negation: bool = False) -> str:
    if lang == "ar":
        # before splitting into words: a vowel mark is no word character, so "تُرسل" would
        # become "ت" + "رسل"
        sentence = araby.strip_tashkeel(sentence)
    toks = _TOKEN.findall(sentence)
    if lang == "en":
        toks = [t.lower() for t in toks]
    if negation:
        toks = _mark_negation(toks, lang)
    out: list[str] = []
    if lang == "ar":
        for t in toks:
            if t.startswith(NEG_PREFIX):
                out.extend(NEG_PREFIX + p for p in clitic_split(t[len(NEG_PREFIX):]))
            else:
                out.extend(clitic_split(t))
    else:
        out = toks
    return _DIGITS.sub("0", " ".join(out))
