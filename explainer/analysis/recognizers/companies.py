"""Named recipients: the curated company list (both scripts) plus patterns for unlisted names
(``Acme Marketing Ltd``, ``شركة "نون"``, Latin-script names inside Arabic text)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from explainer.analysis.arabic import conjunction_len, has_arabic
from explainer.analysis.lexicon import companies
from explainer.analysis.recognizers import Finding
from explainer.analysis.recognizers.keys import set_norms

_SUFFIXES = ["Ltd", "Limited", "plc", "PLC", "Inc", "LLC", "GmbH", "Corp", "Corporation", "LLP",
             "S.A.", "SA", "AG", "BV", "Co.", "Group", "Holdings", "W.L.L", "WLL", "L.L.C."]
_NOT_NAMES = {"SMS", "ID", "IP", "GPS", "PDF", "URL", "FAQ", "OK", "PIN", "QR", "CV", "TV",
              "USB", "WiFi", "Wi-Fi", "HTML", "iOS", "Android", "Apple", "App", "Store", "VAT",
              "IBAN", "OTP", "API", "SDK", "PDPL", "GDPR", "UK", "USA", "EU", "EEA", "KSA", "UAE"}
_AMBIGUOUS_EN = {"Sky", "Meta", "Amazon", "Epsilon", "Adobe", "Tabby", "Tamara", "Salesforce"}
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9&'\-]*$")


class CompanyRecognizer:
    name = "companies"
    kinds = ("recipient",)

    def __init__(self, nlp: Language) -> None:
        self.lang = lang = nlp.lang
        tok = nlp.tokenizer
        vocab = tok.vocab
        self.exact = PhraseMatcher(vocab, attr="ORTH")  # Latin names, case-sensitive
        self.folded = PhraseMatcher(vocab, attr="NORM")  # Arabic-script names
        for c in companies().values():
            for alias in (c.name, *c.aliases):
                key = f"company|{c.name}"
                if has_arabic(alias):
                    if lang == "ar":
                        self.folded.add(key, [set_norms(tok(alias))])
                else:
                    self.exact.add(key, [tok(alias)])
        self.patterns = Matcher(vocab)
        cap = {"TEXT": {"REGEX": r"^[A-Z][A-Za-z0-9&'\-]+$"}}
        self.patterns.add(
            "suffix",
            [[cap, {"TEXT": {"REGEX": r"^[A-Z&]"}, "OP": "*"}, {"ORTH": {"IN": _SUFFIXES}}],
             [{"IS_UPPER": True, "LENGTH": {">=": 2}}, {"ORTH": {"IN": _SUFFIXES}}]],
        )

    def find(self, doc: Doc) -> list[Finding]:
        out: list[Finding] = []
        for matcher in (self.exact, self.folded):
            for mid, s, e in matcher(doc):
                name = doc.vocab.strings[mid].split("|", 1)[1]
                span = doc[s:e]
                if span.text in _AMBIGUOUS_EN and (s == 0 or not span.text[0].isupper()):
                    continue  # "Sky" at the start of a sentence may just be the word
                start = span.start_char
                if matcher is self.folded:
                    start += conjunction_len(span[0].text)  # "وإكسبيريان" shows "إكسبيريان"
                out.append(Finding("recipient", "named", start, span.end_char,
                                   "lexicon:companies.tsv", name))
        for _mid, s, e in self.patterns(doc):
            span = doc[s:e]
            out.append(Finding("recipient", "company", span.start_char, span.end_char,
                               "pattern:company-suffix", span.text))
        if self.lang == "ar":
            out.extend(self._arabic_patterns(doc))
        return out

    def _arabic_patterns(self, doc: Doc) -> list[Finding]:
        """شركة + a Latin-script or quoted name, and runs of capitalised Latin words."""
        out = []
        texts = [t.text for t in doc]  # one pass: doc[i] is slow in a loop
        n = len(texts)

        def finding(a: int, b: int, rule: str) -> Finding:
            span = doc[a:b]
            return Finding("recipient", "company", span.start_char, span.end_char, rule,
                           span.text)

        i = 0
        while i < n:
            w = texts[i]
            if w[:1].isupper() and w not in _NOT_NAMES and _LATIN_WORD.match(w):
                j = i + 1
                while j < n and _LATIN_WORD.match(texts[j]) and (
                    texts[j][0].isupper() or texts[j] in ("&", "and", "of")
                ):
                    j += 1
                f = finding(i, j, "pattern:latin-name-in-arabic")
                if len(f.value) >= 3:
                    out.append(f)
                i = j
                continue
            if i + 1 < n and texts[i + 1] in ('"', "«", "“") and doc[i].norm_ in ("شركه", "موسسه"):
                j = i + 2
                while j < n and texts[j] not in ('"', "»", "”") and j - i < 8:
                    j += 1
                if j < n and j > i + 2:
                    out.append(finding(i + 2, j, "pattern:quoted-company"))
                i = j + 1
                continue
            i += 1
        return out
