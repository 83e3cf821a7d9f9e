"""Word-list recognizer: sharing verbs, recipient classes, vague terms, purposes, data types,
negations, exceptions and label cues, all from ``resources/lexicon/LANG/*.tsv``."""

from __future__ import annotations

import logging

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from explainer.analysis.arabic import conjunction_len
from explainer.analysis.lexicon import table
from explainer.analysis.recognizers import Finding
from explainer.analysis.recognizers.keys import match_attr, set_norms

logger = logging.getLogger(__name__)

# list file -> finding kind
LISTS = {
    "sharing_verbs": "sharing_verb",
    "recipients": "recipient",
    "vague": "vague_term",
    "purposes": "purpose",
    "data_types": "data_type",
    "negation": "negation",
    "exceptions": "exception",
    "cues": "cue",
    "data_words": "data_word",
}


class PhraseRecognizer:
    name = "phrases"
    kinds = ("sharing_verb", "recipient", "vague_term", "purpose", "data_type", "negation")

    def __init__(self, nlp: Language) -> None:
        self.lang = lang = nlp.lang
        self._tokenizer = nlp.tokenizer
        self.matcher = PhraseMatcher(self._tokenizer.vocab, attr=match_attr(lang))
        self._meta: dict[int, tuple[str, str, str]] = {}
        for fname, kind in LISTS.items():
            for phrase, value in table(lang, fname):
                key = f"{kind}|{value}|{fname}"
                mid = self._tokenizer.vocab.strings.add(key)
                self._meta[mid] = (kind, value, f"lexicon:{lang}/{fname}.tsv")
                doc = self._tokenizer(phrase)
                if lang == "ar":
                    set_norms(doc)
                self.matcher.add(key, [doc])

    def find(self, doc: Doc) -> list[Finding]:
        out = []
        for mid, s, e in self.matcher(doc):
            kind, value, rule = self._meta[mid]
            span = doc[s:e]
            start = span.start_char
            if self.lang == "ar":
                start += conjunction_len(span[0].text)
            out.append(Finding(kind, value, start, span.end_char, rule))
        return out
