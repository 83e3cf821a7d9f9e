"""The summary card: who gets the data, what data, counts, and a verdict with its reasons."""

from __future__ import annotations

from explainer.analysis.arabic import token_key
from explainer.analysis.explain import join, recipient_class, templates
from explainer.analysis.lexicon import companies, data_types, kind_label
from explainer.analysis.result import LABELS, DataType, Recipient, Sentence, Span, Summary

_TAKES = {"collection", "sharing", "purpose", "children", "retention", "transfer"}


def _recipients(spans: list[Span], sentences: list[Sentence], lang: str) -> list[Recipient]:
    found: dict[str, Recipient] = {}
    for sp in spans:
        if sp.kind != "recipient" or "sharing" not in sentences[sp.sentence].labels:
            continue
        if sp.named:
            c = companies().get(sp.canonical)
            name = c.name if c else sp.text
            if c and c.name.lower() in sp.text.lower():
                name = sp.text  # "Experian Marketing Services" says it already
            elif c:
                name = f"{c.name} ({sp.text})"  # "Experian (إكسبيريان)", "Meta (Facebook)"
            kind = kind_label(c.kind, lang) if c else recipient_class("company", lang)
            desc = c.note(lang) if c else ""
            key = (c.name if c else sp.text).lower()
        elif sp.subtype == "public":  # "read by anyone", "visible to other members"
            name = recipient_class("public_name", lang)
            kind = recipient_class("public", lang)
            desc = sp.explanation
            key = "public"
        else:
            name = sp.text
            kind = recipient_class(sp.subtype or "unnamed", lang)
            desc = sp.explanation
            key = " ".join(token_key(w) for w in sp.text.split())
        if key in found:
            r = found[key]
            found[key] = Recipient(r.name, r.named, r.kind, r.description, r.mentions + 1)
        else:
            found[key] = Recipient(name, bool(sp.named), kind, desc)
    return sorted(found.values(), key=lambda r: (not r.named, -r.mentions))


def _data_types(spans: list[Span], sentences: list[Sentence], lang: str) -> list[DataType]:
    seen: dict[str, DataType] = {}
    for sp in spans:
        if sp.kind != "data_type":
            continue
        s = sentences[sp.sentence]
        if not (set(s.labels) & _TAKES) and (s.labels or s.end - s.start > 60):
            continue
        info = data_types().get(sp.subtype or "")
        if info and info.id not in seen:
            seen[info.id] = DataType(info.id, info.label(lang), info.children)
    return list(seen.values())


def summarize(
    sentences: list[Sentence], spans: list[Span], sell: bool, exceptions: int, lang: str
) -> Summary:
    t = templates(lang)["summary"]
    counts = {k: sum(1 for s in sentences if k in s.labels) for k in LABELS}
    recipients = _recipients(spans, sentences, lang)
    dtypes = _data_types(spans, sentences, lang)
    children = [d for d in dtypes if d.about_children]
    vague_idx = [i for i, s in enumerate(sentences) if "vague" in s.labels]
    n_vague_terms = {i: 0 for i in vague_idx}
    for sp in spans:
        if sp.kind == "vague_term" and sp.sentence in n_vague_terms:
            n_vague_terms[sp.sentence] += 1
    vaguest = sorted(vague_idx, key=lambda i: (-n_vague_terms[i], -sentences[i].scores["vague"]))
    choice = [i for i, s in enumerate(sentences) if "choice" in s.labels]
    good = [i for i, s in enumerate(sentences) if "no_sharing" in s.labels]

    named = [r.name for r in recipients if r.named]
    unnamed = [r.name for r in recipients if not r.named]
    reasons: list[str] = []
    if named:
        reasons.append(t["reason_named"].format(names=join(named, lang, 5)))
    if unnamed:
        reasons.append(t["reason_unnamed"].format(names=join(unnamed, lang, 4)))
    if sell:
        reasons.append(t["reason_sell"])
    if children:
        reasons.append(t["reason_children"].format(items=join([d.label for d in children], lang)))
    if counts["vague"]:
        reasons.append(t["reason_vague"].format(n=counts["vague"]))
    if good:
        exc = t["reason_promise_exception"] if exceptions else ""
        reasons.append(t["reason_promise"].format(exception=exc))
    if counts["sharing"]:
        reasons.append(t["reason_choice"] if choice else t["reason_no_choice"])

    who = t["who_prefix"].format(names=join(named + unnamed, lang, 3)) if recipients else ""
    if not sentences:
        verdict = t["verdict_empty"]
    elif counts["sharing"] and (unnamed or sell or counts["vague"] >= 2 or children):
        verdict = t["verdict_high"].format(who=who)
    elif counts["sharing"]:
        verdict = t["verdict_medium"].format(who=who)
    elif counts["vague"]:
        verdict = t["verdict_low_vague"]
    else:
        verdict = t["verdict_low"]
    return Summary(
        recipients=tuple(recipients),
        data_types=tuple(dtypes),
        counts=counts,
        verdict=verdict,
        reasons=tuple(reasons),
        vaguest=tuple(vaguest[:5]),
        how_to_say_no=tuple(choice),
        good_signs=tuple(good),
        children_data=bool(children) or counts["children"] > 0,
    )
