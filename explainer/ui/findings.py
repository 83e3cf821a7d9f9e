"""Turn an :class:`Analysis` into the findings the panel and presentation mode step through.

Qt-free (plain dataclasses) so the grouping is tested without a window. Group titles are
translated by the views; here a group is a stable id.
"""

from __future__ import annotations

from dataclasses import dataclass

from explainer.analysis.result import Analysis, Span

#: Display order of the groups in the findings panel and presentation mode.
GROUPS: tuple[str, ...] = ("who", "what", "vague", "say_no", "good")

#: Which highlight category each span kind is drawn with in the notice (see notice_view).
SPAN_CATEGORY: dict[str, str] = {
    "recipient": "who",
    "sharing_verb": "who",
    "data_type": "what",
    "vague_term": "vague",
}
#: Sentence labels drawn as a whole-sentence underline.
SENTENCE_CATEGORY: dict[str, str] = {"choice": "say_no", "no_sharing": "good"}


@dataclass(frozen=True)
class Finding:
    group: str  # one of GROUPS
    sentence: int  # index into Analysis.sentences
    title: str  # short text for the list (a recipient's name, a data type, a snippet)
    quote: str  # the sentence itself
    explanation: str  # plain-language "why it matters", in the explanation language


def snippet(text: str, limit: int = 90) -> str:
    """One line of at most ``limit`` characters (whitespace collapsed, ellipsis if cut)."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"


def _explain(analysis: Analysis, index: int, spans: list[Span], kinds: tuple[str, ...]) -> str:
    """Sentence explanation followed by the explanations of its spans of ``kinds`` (no repeats)."""
    parts: list[str] = []
    sent = analysis.sentences[index]
    if sent.explanation:
        parts.append(sent.explanation)
    for span in spans:
        if span.kind in kinds and span.explanation and span.explanation not in parts:
            parts.append(span.explanation)
    return "\n\n".join(parts)


def _title(spans: list[Span], fallback: str, sep: str = ", ") -> str:
    """Up to three quoted words of the notice, joined with the notice's own comma."""
    names: list[str] = []
    for s in spans:
        if s.text not in names:
            names.append(s.text)
    return sep.join(names[:3]) + (" …" if len(names) > 3 else "") if names else fallback


def build_findings(analysis: Analysis) -> list[Finding]:
    """Findings in display order: grouped as GROUPS, sentences in text order within a group."""
    sents = analysis.sentences
    by_group: dict[str, list[Finding]] = {g: [] for g in GROUPS}
    spans_of: dict[int, list[Span]] = {}
    sep = "، " if analysis.language == "ar" else ", "  # titles quote the notice
    for sp in analysis.spans:  # one pass: Analysis.spans_in() per sentence is quadratic
        spans_of.setdefault(sp.sentence, []).append(sp)

    def add(group: str, i: int, kinds: tuple[str, ...], title_kinds: tuple[str, ...]) -> None:
        quote = analysis.sentence_text(i).strip()
        mine = spans_of.get(i, [])
        titled = [s for s in mine if s.kind in title_kinds]
        by_group[group].append(
            Finding(group, i, _title(titled, snippet(quote, 70), sep), quote,
                    _explain(analysis, i, mine, kinds))
        )

    for i, s in enumerate(sents):
        if "sharing" in s.labels:
            add("who", i, ("recipient", "sharing_verb"), ("recipient",))
        if "collection" in s.labels or any(sp.kind == "data_type" for sp in spans_of.get(i, ())):
            add("what", i, ("data_type",), ("data_type",))
    vague = list(analysis.summary.vaguest) or [
        i for i, s in enumerate(sents) if "vague" in s.labels
    ]
    for i in vague:
        if 0 <= i < len(sents):
            add("vague", i, ("vague_term", "purpose"), ("vague_term",))
    say_no = list(analysis.summary.how_to_say_no) or [
        i for i, s in enumerate(sents) if "choice" in s.labels
    ]
    for i in say_no:
        if 0 <= i < len(sents):
            add("say_no", i, (), ())
    good = list(analysis.summary.good_signs) or [
        i for i, s in enumerate(sents) if "no_sharing" in s.labels
    ]
    for i in good:
        if 0 <= i < len(sents):
            add("good", i, ("negation",), ())
    return [f for g in GROUPS for f in by_group[g]]
