"""Sentence labels from rule evidence: negation and exceptions for sharing, cues for the rest.

Sharing words count only where they describe the organisation giving data to someone outside:
not in a list of security threats, a heading or question, a request about past disclosures, when
the user is the one sharing, or when data comes to "us" (contexts from ``LANG/contexts.tsv``).
Third parties collecting for themselves (cookies, ad serving, "partners collect"), compelled
disclosure (subpoenas) and content shown to other users count as sharing without a verb. A
may/can/any is a hedge only when the organisation, not the user, is the subject.

These rules are the baseline and the safety net around the trained model: they decide alone
when no model is installed, and otherwise veto or boost the model's scores (see
:mod:`explainer.analysis.combine`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from explainer.analysis.recognizers import Finding

PRACTICE = {"sharing", "collection", "purpose", "retention", "transfer", "security", "children"}
NEG_WINDOW = 28  # characters between a negation and the sharing verb it negates
# "do not sell, rent or share": verbs joined to a negated verb are negated too
_COORD = re.compile(r"[\s,،]*(?:(?:or|and|nor|,|أو|و|ولا|ولن)[\s,،]*)?", re.IGNORECASE)
_YOU = {"you", "users", "user", "parents", "visitors", "members", "customers", "individuals",
        "consumers", "residents", "يمكنك", "ك", "بإمكانك", "تستطيع", "يحق", "لك"}
_WE = {"we", "us", "our", "company", "site", "service", "services", "website", "app", "it",
       "they", "information", "data", "details", "be", "نحن", "يمكننا", "لنا"}
# a recipient right after "from" is where data comes from, not where it goes
_SOURCE = re.compile(
    r"(?:\bfrom|\bissued\s+by|(?<!\S)من|(?<!\S)صادر\S*\s+عن)\s+"
    r"(?:(?:our|the|other|certain|selected|these|those|such|trusted|various|"
    r"some|any|select|external|outside|unaffiliated|and)\s+)*$", re.IGNORECASE)
# the user is the one sharing: "information you share", "if you choose to share"
_USER_SUBJECT = re.compile(
    r"\b(?:you|users?|members?|visitors?|customers?|participants?|individuals)\b"
    r"(?:\s+(?!we\b)[\w']+){0,3}\s*$", re.IGNORECASE)
# ... unless the verb is passive: "the information you provide may be shared with advertisers",
# "information about you may be disclosed" (the organisation shares it)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# the organisation receives: "share with us", "provide us", "disclosed to us", "تشاركها معنا"
_TO_US = re.compile(r"^\s*(?:[\w']+\s+){0,3}?(?:(?:with|to)\s+)?us\b"
                    r"|^\s*(?:\S+\s+){0,2}?(?:معنا|إلينا|لنا)(?!\S)", re.IGNORECASE)
# "receive" names the one who gets data: not when we or the user receive, or it comes from others
_RECEIVER_US = re.compile(r"\b(?:we|us|you|i)\b(?:\s+[\w']+){0,3}\s*$", re.IGNORECASE)
_BY_US = re.compile(r"\s*(?:you|us|ourselves|yourself)\b", re.IGNORECASE)
_AR_RECEIVE = ("يتلق", "تتلق", "يستلم", "تستلم")
_RECEIVE = ("receive", *_AR_RECEIVE)
_AR_FROM = re.compile(r"(?<!\S)من(?!\S)")
_FROM_OTHERS = re.compile(r"\bfrom\s+(?!us\b)", re.IGNORECASE)
# advice to the user, not a promise: "please do not share your password", "يرجى عدم نشر"
_ADVICE = re.compile(r"(?:\b(?:please|kindly)\s+(?:do\s+not|don't|never|avoid)"
                     r"|(?<!\S)(?:يرجى|الرجاء|نرجو|ننصحك|ننصحكم|ننصح)\s+ب?عدم)"
                     r"(?:\s+[\w']+)?\s*$", re.IGNORECASE)
_PUBLIC_SOURCE = re.compile(r"(?:\bsources?|مصادر|المصادر)(?:\s+\S+)?\s*$", re.IGNORECASE)
_MODAL_WORDS = {"may", "might", "can", "could", "at any time", "any", "أي", "في أي وقت", "يمكن",
                "قد", "يجوز"}
_THIRD_PARTY_KINDS = {"adtech", "analytics", "social_network", "data_broker", "marketing_list",
                      "credit_reference", "political"}


@dataclass
class RuleEvidence:
    labels: set[str] = field(default_factory=set)
    negated: list[Finding] = field(default_factory=list)  # negated sharing verbs
    exception: bool = False
    sell: bool = False
    third_party: bool = False  # someone outside is mentioned (recipient, sharing verb, cue)
    any_negation: bool = False  # a negation word anywhere (a promise needs one)
    vague_terms: list[Finding] = field(default_factory=list)
    public: list[Finding] = field(default_factory=list)  # "visible to other members", counted


def is_source(text: str, f: Finding) -> bool:
    """A recipient word that names where data comes from ("from the hospital", "صادر عن
    المستشفى"), not who receives it."""
    return bool(_SOURCE.search(text[max(0, f.start - 40) : f.start]))


def _before(text: str, f: Finding, n: int = 12) -> str:
    return text[max(0, f.start - n) : f.start].lower()


def _is_heading(text: str) -> bool:
    """A short title without final punctuation, most words capitalised ("Sharing Your Data")."""
    s = text.strip()
    words = [w for w in s.split() if w[:1].isalpha()]
    if not words or len(words) > 8 or s[-1:] in ".;:!,،؛" or not s.isascii():
        return False
    caps = sum(1 for w in words if w[0].isupper() or len(w) <= 3)
    return caps == len(words)


def _near(a: Finding, b: Finding, before: int, after: int) -> bool:
    """True when ``b`` starts within ``before`` chars before ``a`` or ``after`` chars after it."""
    return a.start - before <= b.start <= a.end + after


def _negated(text: str, f: Finding, negs: Sequence[Finding]) -> bool:
    """A negation shortly before ``f`` with no comma between ("do not sell", "لن نشارك"); an
    ``adjacent`` one (Arabic ما) only right before it."""
    return any(
        n.end <= f.start and f.start - n.end <= NEG_WINDOW
        and (n.subtype != "adjacent" or not text[n.end : f.start].strip())
        and "," not in text[n.end : f.start] and "،" not in text[n.end : f.start]
        for n in negs
    )


def _receives_data(text: str, v: Finding, word: str, datas: Sequence[Finding]) -> bool:
    """"Advertisers receive your postcode": the recipient is the subject. Not "we receive
    ... from partners", "you will receive emails", nor "receive a refund" (no data after it);
    in Arabic, not when the data comes from someone else ("تتلقى الروضة من الوزارة")."""
    if word.startswith(_AR_RECEIVE):
        return not _AR_FROM.search(text[v.end : v.end + 25])
    if _RECEIVER_US.search(text[max(0, v.start - 30) : v.start]):
        return False
    if _FROM_OTHERS.search(text[v.end :]):
        return False
    return any(v.end <= d.start <= v.end + 60 for d in datas)


def _sharing_verbs(text: str, verbs: list[Finding], ctx: dict[str, list[Finding]],
                   recips: list[Finding], cues: set[str],
                   datas: Sequence[Finding]) -> list[Finding]:
    """Drop sharing words that do not describe the organisation giving data to someone."""
    if "request" in ctx or text.rstrip().endswith(("?", "؟")) or _is_heading(text):
        return []  # "you may request a list of disclosures", "With whom do we share?"
    nouns = {(f.start, f.end) for f in ctx.get("noun_form", [])}
    out = []
    for v in verbs:
        if any(_near(v, t, 60, 30) for t in ctx.get("threat", [])) and (
            "security" in cues or (v.start, v.end) in nouns or text[v.end - 2 : v.end] == "ed"
        ):
            continue  # "protect it from unauthorised access, use or disclosure"
        if (v.start, v.end) in nouns and not recips:
            continue  # "the collection, use and sharing of your information"
        before = text[max(0, v.start - 40) : v.start]
        if _USER_SUBJECT.search(before) and not _PASSIVE.search(before):
            continue  # "information you choose to share"
        if _ADVICE.search(before):
            continue  # "please don't share your login details": the user is told, not promised
        if _TO_US.match(text[v.end : v.end + 30]):
            continue  # "share it with us", "provide us with"
        word = text[v.start : v.end].lower()
        if word.endswith(" by"):
            if _BY_US.match(text[v.end :]):
                continue  # "received by you", "handled by us"
        elif word.startswith(_RECEIVE) and not _receives_data(text, v, word, datas):
            continue
        out.append(v)
    return out


def evaluate(text: str, findings: list[Finding], company_kinds: dict[str, str]) -> RuleEvidence:
    ev = RuleEvidence()
    verbs = [f for f in findings if f.kind == "sharing_verb"]
    negs = [f for f in findings if f.kind == "negation"]
    excs = [f for f in findings if f.kind == "exception"]
    ctx: dict[str, list[Finding]] = {}
    for f in findings:
        if f.kind == "context":
            ctx.setdefault(f.subtype, []).append(f)
    recips = [f for f in findings if f.kind == "recipient" and not is_source(text, f)]
    datas = [f for f in findings if f.kind in ("data_type", "data_word")]
    cue_list = [f for f in findings if f.kind == "cue"]
    cues = {f.subtype for f in cue_list}

    verbs = _sharing_verbs(text, verbs, ctx, recips, cues, datas)
    if not recips or "rights" in cues:
        verbs = [v for v in verbs if v.subtype != "weak"]  # "send you", "provide the service"
    open_verbs = []
    for v in sorted(verbs, key=lambda f: f.start):
        negated = _negated(text, v, negs) or any(
            _COORD.fullmatch(text[p.end : v.start]) for p in ev.negated
        )
        (ev.negated if negated else open_verbs).append(v)
    # "visible to other members", "anyone can see": shown to others unless negated ("is never
    # visible to other users") or a source ("مصادر متاحة للعامة": public sources we collect from)
    ev.public = [
        c for c in ctx.get("public", [])
        if not _negated(text, c, negs) and not _PUBLIC_SOURCE.search(_before(text, c, 25))
    ]
    if ev.negated:
        first_neg = min(v.start for v in ev.negated)
        ev.exception = any(e.start > first_neg - 40 for e in excs) or bool(open_verbs)
        ev.labels.add("no_sharing")

    # "links to other sites", "this policy does not cover...": a third party named there
    # collects on its own site, not through the organisation, unless a verb says data goes
    elsewhere = "elsewhere" in ctx and not open_verbs
    named_third = any(
        f.subtype == "named" and company_kinds.get(f.value) in _THIRD_PARTY_KINDS for f in recips
    )
    if open_verbs and (recips or datas and any(v.subtype != "transfer" for v in open_verbs)
                       or "merger" in ctx
                       or any(v.subtype in ("sell", "disclose") for v in open_verbs)):
        ev.labels.add("sharing")  # "transfer" alone may be storage abroad: it needs a recipient
    if named_third and "login" not in ctx and not elsewhere and (
        {"collection", "purpose"} & cues or datas
    ):
        ev.labels.add("sharing")
    if "sharing" in cues and not elsewhere or "legal" in ctx or ev.public:
        ev.labels.add("sharing")  # third-party cookies, subpoenas, shown to other users
    if not elsewhere and recips and ("tracking" in ctx or any(
        c.subtype == "collection" and c.start > r.start for c in cue_list for r in recips
    )):
        ev.labels.add("sharing")  # "advertisers may set cookies", "partners collect ..."
    if "agent" in ctx and recips and not elsewhere:
        ev.labels.add("sharing")  # "companies that perform services on our behalf"
    if "legal_weak" in ctx and any(r.subtype == "authority" for r in recips):
        ev.labels.add("sharing")
    if ev.negated and ev.exception:
        ev.labels.add("sharing")
    if ev.negated and not ev.exception and not open_verbs:
        ev.labels.discard("sharing")
    ev.sell = any(v.subtype == "sell" for v in open_verbs) and "sharing" in ev.labels

    ev.third_party = bool(recips or verbs or ev.negated or "sharing" in ev.labels)
    ev.any_negation = bool(negs)
    ev.labels |= cues - {"sharing"}
    list_item = len(text) < 80 and not text.rstrip().endswith((".", "!", "?", "؟"))
    if any(f.kind == "data_type" for f in findings) and "collection" not in ev.labels and (
        list_item or "purpose" in ev.labels
    ):
        ev.labels.add("collection")

    user_choice = bool({"choice", "rights"} & cues) and "sharing" not in ev.labels
    for f in findings:
        if f.kind != "vague_term":
            continue
        if f.subtype in ("modality", "quantifier") and _permission(text, f, user_choice):
            continue  # "you may unsubscribe at any time": a permission, not a hedge on them
        ev.vague_terms.append(f)
    if ev.vague_terms and (ev.labels & PRACTICE or datas):
        ev.labels.add("vague")
    return ev


def _permission(text: str, f: Finding, user_choice: bool) -> bool:
    """A may/can/any that gives the user a choice or a right, rather than hedging what the
    organisation does: the user is the nearest subject before it, or the sentence is about a
    choice or a right and shares nothing."""
    word = text[f.start : f.end].lower()
    if word not in _MODAL_WORDS:
        return False
    if user_choice:
        return True
    words = re.findall(r"[\w']+", text[max(0, f.start - 60) : f.start].lower())
    for w in reversed(words[-6:]):
        if w in _YOU:
            return True
        if w in _WE:
            return False
    return word in ("can", "could", "any")  # "can"/"any" with no organisation as subject
