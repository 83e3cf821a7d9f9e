"""Sentence labels from rule evidence: negation and exceptions for sharing, cues for the rest.

These rules are the baseline and the safety net around the trained model: they decide alone
when no model is installed, and otherwise veto or boost the model's scores (see
:mod:`explainer.analysis.combine`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from explainer.analysis.recognizers import Finding

PRACTICE = {"sharing", "collection", "purpose", "retention", "transfer", "security", "children"}
NEG_WINDOW = 28  # characters between a negation and the sharing verb it negates
# "do not sell, rent or share": verbs joined to a negated verb are negated too
_COORD = re.compile(r"[\s,،]*(?:(?:or|and|nor|,|أو|و|ولا|ولن)[\s,،]*)?", re.IGNORECASE)
_YOU = {"you", "users", "user", "parents", "visitors", "يمكنك", "ك"}
_THIRD_PARTY_KINDS = {"adtech", "analytics", "social_network", "data_broker", "marketing_list",
                      "credit_reference", "political"}


@dataclass
class RuleEvidence:
    labels: set[str] = field(default_factory=set)
    negated: list[Finding] = field(default_factory=list)  # negated sharing verbs
    exception: bool = False
    sell: bool = False
    third_party: bool = False  # someone outside is mentioned (recipient, sharing verb, cue)
    vague_terms: list[Finding] = field(default_factory=list)


def _before(text: str, f: Finding, n: int = 12) -> str:
    return text[max(0, f.start - n) : f.start].lower()


def evaluate(text: str, findings: list[Finding], company_kinds: dict[str, str]) -> RuleEvidence:
    ev = RuleEvidence()
    verbs = [f for f in findings if f.kind == "sharing_verb"]
    negs = [f for f in findings if f.kind == "negation"]
    excs = [f for f in findings if f.kind == "exception"]
    recips = [f for f in findings if f.kind == "recipient"]
    datas = [f for f in findings if f.kind in ("data_type", "data_word")]
    cues = {f.subtype for f in findings if f.kind == "cue"}

    if not recips or "rights" in cues:
        verbs = [v for v in verbs if v.subtype != "weak"]  # "send you", "provide the service"
    open_verbs = []
    for v in sorted(verbs, key=lambda f: f.start):
        negated = any(
            n.end <= v.start and v.start - n.end <= NEG_WINDOW
            and "," not in text[n.end : v.start] and "،" not in text[n.end : v.start]
            for n in negs
        ) or any(_COORD.fullmatch(text[p.end : v.start]) for p in ev.negated)
        (ev.negated if negated else open_verbs).append(v)
    if ev.negated:
        first_neg = min(v.start for v in ev.negated)
        ev.exception = any(e.start > first_neg - 40 for e in excs) or bool(open_verbs)
        ev.labels.add("no_sharing")

    named_third = any(
        f.subtype == "named" and company_kinds.get(f.value) in _THIRD_PARTY_KINDS for f in recips
    )
    if open_verbs and (recips or datas or any(v.subtype in ("sell", "disclose") for v in verbs)):
        ev.labels.add("sharing")
    if "sharing" in cues or (named_third and ({"collection", "purpose"} & cues or datas)):
        ev.labels.add("sharing")
    if ev.negated and ev.exception:
        ev.labels.add("sharing")
    if ev.negated and not ev.exception and not open_verbs:
        ev.labels.discard("sharing")
    ev.sell = any(v.subtype == "sell" for v in open_verbs) and "sharing" in ev.labels

    ev.third_party = bool(recips or verbs or ev.negated or "sharing" in cues)
    ev.labels |= cues - {"sharing"}
    list_item = len(text) < 80 and not text.rstrip().endswith((".", "!", "?", "؟"))
    if any(f.kind == "data_type" for f in findings) and "collection" not in ev.labels and (
        list_item or "purpose" in ev.labels
    ):
        ev.labels.add("collection")

    for f in findings:
        if f.kind != "vague_term":
            continue
        if f.subtype == "modality" and _before(text, f).rstrip().split()[-1:] and (
            _before(text, f).rstrip().split()[-1] in _YOU
        ):
            continue  # "you may unsubscribe": a permission for you, not a hedge on them
        ev.vague_terms.append(f)
    if ev.vague_terms and (ev.labels & PRACTICE or datas):
        ev.labels.add("vague")
    return ev
