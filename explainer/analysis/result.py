"""The analysis result: frozen, plain dataclasses and ``to_dict()`` (see shared CONTRACT.md).

Offsets are Python ``str`` indices (code points) into :attr:`Analysis.text`; ``text[start:end]``
is the sentence or span. Nothing here holds a spaCy object, so results pickle, cross threads and
go into the log as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA = 1

LABELS: tuple[str, ...] = (
    "sharing",
    "no_sharing",
    "vague",
    "collection",
    "purpose",
    "choice",
    "rights",
    "retention",
    "children",
    "transfer",
    "security",
    "change",
)

SPAN_KINDS: tuple[str, ...] = (
    "recipient",
    "data_type",
    "vague_term",
    "purpose",
    "sharing_verb",
    "negation",
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    text: str
    explanation: str
    named: bool | None = None  # recipients only: proper name vs class of recipients
    subtype: str | None = None  # e.g. vague type "modality", data type id "child_dob"
    rule: str = ""  # provenance: which word list / pattern found it
    sentence: int = -1  # index into Analysis.sentences
    canonical: str = ""  # named recipients: the company's name in our list ("Experian")

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "text": self.text,
        }
        if self.kind == "recipient":
            d["named"] = bool(self.named)
        d["explanation"] = self.explanation
        if self.subtype:
            d["subtype"] = self.subtype
        if self.canonical:
            d["canonical"] = self.canonical
        d["rule"] = self.rule
        d["sentence"] = self.sentence
        return d


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    labels: tuple[str, ...]
    scores: dict[str, float]
    explanation: str = ""
    source: str = "rules"  # "rules", "model" or "model+rules"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "labels": list(self.labels),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "explanation": self.explanation,
            "source": self.source,
        }


@dataclass(frozen=True)
class Recipient:
    name: str
    named: bool
    kind: str
    description: str = ""
    mentions: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "named": self.named,
            "kind": self.kind,
            "description": self.description,
            "mentions": self.mentions,
        }


@dataclass(frozen=True)
class DataType:
    id: str  # stable English id, e.g. "child's date of birth"
    label: str  # in the explanation language
    about_children: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "about_children": self.about_children}


@dataclass(frozen=True)
class Summary:
    recipients: tuple[Recipient, ...] = ()
    data_types: tuple[DataType, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    verdict: str = ""
    reasons: tuple[str, ...] = ()
    vaguest: tuple[int, ...] = ()  # sentence indices, vaguest first
    how_to_say_no: tuple[int, ...] = ()  # sentence indices labelled "choice"
    good_signs: tuple[int, ...] = ()  # sentence indices labelled "no_sharing"
    children_data: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "recipients": [r.to_dict() for r in self.recipients],
            "data_types": [d.id for d in self.data_types],
            "data_type_details": [d.to_dict() for d in self.data_types],
            "children_data": self.children_data,
            "counts": dict(self.counts),
            "verdict": self.verdict,
            "reasons": list(self.reasons),
            "vaguest": list(self.vaguest),
            "how_to_say_no": list(self.how_to_say_no),
            "good_signs": list(self.good_signs),
        }


@dataclass(frozen=True)
class Analysis:
    language: str
    text: str
    sentences: tuple[Sentence, ...] = ()
    spans: tuple[Span, ...] = ()
    summary: Summary = field(default_factory=Summary)
    explain_language: str = "en"
    language_detection: dict[str, Any] = field(default_factory=dict)
    models: dict[str, str] = field(default_factory=dict)  # language -> "model" | "rules-only"
    schema: int = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "language": self.language,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "spans": [s.to_dict() for s in self.spans],
            "summary": self.summary.to_dict(),
            "explain_language": self.explain_language,
            "language_detection": dict(self.language_detection),
            "models": dict(self.models),
        }

    def spans_in(self, index: int) -> list[Span]:
        """The spans of sentence ``index``."""
        return [s for s in self.spans if s.sentence == index]

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]
