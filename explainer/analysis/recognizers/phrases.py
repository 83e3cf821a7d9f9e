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
    "contexts": "context",
}

# Arabic dialect present tense: a prefix glued to the verb (بنشارك، منشارك، بيشارك، هنشارك)
_AR_VERB_PREFIXES = ("ب", "م", "ه", "ح")


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
                self.matcher.add(key, [self._pattern(p) for p in self._variants(fname, phrase)])
        self.guards = {
            self._key(self._pattern(ph)[:]): {
                side: {self._key(self._pattern(w)[:]) for w in words} for side, words in g.items()
            }
            for ph, g in _load_guards(lang).items()
        }

    def _key(self, span) -> str:
        attr = "norm_" if self.lang == "ar" else "lower_"
        return " ".join(getattr(t, attr) for t in span)

    def _pattern(self, phrase: str) -> Doc:
        doc = self._tokenizer(phrase)
        if self.lang == "ar":
            set_norms(doc)
        return doc

    def _variants(self, fname: str, phrase: str) -> list[str]:
        """The phrase plus Arabic forms the normaliser does not fold: dialect verb prefixes
        (نشارك -> بنشارك/منشارك) and a glued ل before an indefinite recipient (لشركاء)."""
        out = [phrase]
        if self.lang != "ar":
            return out
        first, _, rest = phrase.partition(" ")
        tail = f" {rest}" if rest else ""
        present_verb = first[:1] in "نيت" and len(first) >= 4
        if fname == "sharing_verbs" and present_verb:
            out += [f"{p}{first}{tail}" for p in _AR_VERB_PREFIXES]
        if (fname in ("sharing_verbs", "cues") and present_verb
                and not first.endswith(_AR_OBJECT_SUFFIXES)):
            # an object pronoun glued to the verb: نستخدمها، نشاركه، نحتفظ بها is already split
            out += [f"{first}{suffix}{tail}" for suffix in _AR_OBJECT_SUFFIXES]
        if fname == "recipients" and not first.startswith("ال"):
            out.append(f"ل{first}{tail}")
        return out

    def find(self, doc: Doc) -> list[Finding]:
        out = []
        for mid, s, e in self.matcher(doc):
            kind, value, rule = self._meta[mid]
            if kind == "data_type" and e - s > 1 and doc[e - 1].lower_ in _CONTEXT_TAIL:
                e -= 1  # "hospital where" is listed to tell the place of birth; show "hospital"
            span = doc[s:e]
            start = span.start_char
            if self.lang == "ar":
                start += conjunction_len(span[0].text)
            if kind == "data_type" and self._guarded(doc, s, e):
                continue
            out.append(Finding(kind, value, start, span.end_char, rule))
        return out

    def _guarded(self, doc: Doc, s: int, e: int) -> bool:
        """True when a guard of ``LANG/guards.tsv`` says this data-type word is not data here
        ("contact us by email", "under the age of 13", "to address your request")."""
        rules = self.guards.get(self._key(doc[s:e]))
        if not rules:
            return False
        before = self._key(doc[s - 1 : s]) if s > 0 else ""
        after = self._key(doc[e : e + 1]) if e < len(doc) else ""
        return before in rules["before"] or after in rules["after"]


# object pronouns glued to a present-tense verb ("it", "them", "you" plural)
_AR_OBJECT_SUFFIXES = ("ها", "هم", "ه", "كم")
# words a data-type phrase may end with only to pin its meaning; not part of the highlight
_CONTEXT_TAIL = {"where", "you"}


def _load_guards(lang: str) -> dict[str, dict[str, set[str]]]:
    guards: dict[str, dict[str, set[str]]] = {}
    for phrase, spec in table(lang, "guards"):
        side, _, words = spec.partition(":")
        g = guards.setdefault(phrase.lower(), {"before": set(), "after": set()})
        g.setdefault(side, set()).update(w.strip() for w in words.split("|") if w.strip())
    return guards
