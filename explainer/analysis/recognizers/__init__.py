"""Recognizers: small pieces that each find one kind of thing in a sentence ``Doc``.

A recognizer has a ``name``, the span ``kinds`` it produces, and ``find(doc) -> list[Finding]``.
``registry(lang)`` lists them for a language. They run inside the spaCy component
``explainer_rules`` (see :mod:`explainer.analysis.nlp`), so rules and trained models are both
just components of one pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # a span kind of the contract, or "cue" (evidence for a sentence label)
    subtype: str  # e.g. "flattering", "modality", a data type id, a label for cues
    start: int  # character offsets inside the sentence
    end: int
    rule: str  # provenance: "lexicon:en/vague.tsv", "pattern:company-suffix", ...
    value: str = ""  # canonical value (company name for named recipients)


def registry(nlp) -> list:
    """The recognizers for ``nlp`` (they share its vocab and tokenizer)."""
    from explainer.analysis.recognizers.companies import CompanyRecognizer
    from explainer.analysis.recognizers.phrases import PhraseRecognizer

    return [PhraseRecognizer(nlp), CompanyRecognizer(nlp)]
