"""Plain-language explanations, English and Arabic, from ``resources/explanations/LANG.json``.

Every span and every labelled sentence gets a short note a tired parent can read: who might
get what, why it matters, what a vague word leaves open.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from explainer.analysis.lexicon import companies, data_types, kind_label
from explainer.paths import resource

SEP = {"en": ", ", "ar": "، "}


@cache
def templates(lang: str) -> dict[str, Any]:
    return json.loads(resource("explanations", f"{lang}.json").read_text(encoding="utf-8"))


def join(items: list[str], lang: str, limit: int = 4) -> str:
    items = list(dict.fromkeys(items))
    more = len(items) - limit
    text = SEP[lang].join(items[:limit])
    if more > 0:
        text += " …" if lang == "en" else " …"
    return text


def span_explanation(kind: str, subtype: str, text: str, value: str, lang: str) -> str:
    t = templates(lang)["span"]
    if kind == "recipient" and subtype == "named":
        c = companies().get(value)
        if c is not None:
            note = c.note(lang) or kind_label(c.kind, lang)
            return t["recipient.named"].format(name=c.name, note=note)
    if kind == "data_type":
        info = data_types().get(subtype)
        if info is not None:
            return t["data_type"].format(label=info.label(lang).capitalize()
                                         if lang == "en" else info.label(lang), why=info.why(lang))
    key = f"{kind}.{subtype}" if f"{kind}.{subtype}" in t else kind
    return t.get(key, t.get(f"{kind}.unnamed", "")).format(text=text)


def recipient_class(subtype: str, lang: str) -> str:
    return templates(lang)["recipient_class"].get(subtype, subtype)


def sentence_explanation(
    labels: tuple[str, ...],
    *,
    exception: bool,
    who: list[str],
    vague_terms: list[str],
    what: list[str],
    lang: str,
) -> str:
    t = templates(lang)["label"]
    parts: list[str] = []
    for label in labels:
        if label == "sharing":
            w = f" ({join(who, lang)})" if who else ""
            parts.append(t["sharing"].format(who=w))
        elif label == "no_sharing":
            parts.append(t["no_sharing_exception" if exception else "no_sharing"])
        elif label == "vague":
            terms = join([f"“{v}”" if lang == "en" else f"«{v}»" for v in vague_terms], lang)
            parts.append(t["vague"].format(terms=terms) if terms else t["vague_plain"])
        elif label == "collection":
            w = (": " + join(what, lang, 5)) if what else ""
            parts.append(t["collection"].format(what=w))
        else:
            parts.append(t[label])
    return " ".join(parts)
