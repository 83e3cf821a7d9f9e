"""text -> Analysis: clean, detect the language, segment, run rules and model, explain, sum up.

Imports no Qt and writes nothing. Safe to call many times: engines load once per language.
"""

from __future__ import annotations

import logging

from explainer.analysis import combine, textprep
from explainer.analysis.author import drop_author
from explainer.analysis.explain import sentence_explanation, span_explanation
from explainer.analysis.language import detect
from explainer.analysis.lexicon import company_kinds
from explainer.analysis.nlp import engine
from explainer.analysis.recognizers import Finding
from explainer.analysis.recognizers.labels import evaluate, is_source
from explainer.analysis.result import Analysis, Sentence, Span
from explainer.analysis.stacker import features
from explainer.analysis.summary import summarize
from explainer.errors import ExplainerError

logger = logging.getLogger(__name__)

SPAN_KINDS = ("recipient", "data_type", "vague_term", "purpose", "sharing_verb", "negation")
_PRIORITY = {"named": 0, "company": 1}


class LanguageError(ExplainerError):
    exit_code = 2
    code = "E010"


def _choose_spans(findings: list[Finding]) -> list[Finding]:
    """One span per place and kind: the longest wins; named recipients beat classes."""
    out: list[Finding] = []
    for kind in SPAN_KINDS:
        cands = [f for f in findings if f.kind == kind]
        cands.sort(key=lambda f: (_PRIORITY.get(f.subtype, 2) if kind == "recipient" else 0,
                                  -(f.end - f.start), f.start))
        taken: list[Finding] = []
        for f in cands:
            if all(f.end <= t.start or f.start >= t.end for t in taken):
                taken.append(f)
        out.extend(taken)
    out.sort(key=lambda f: (f.start, f.end))
    return out


def analyze(
    text: str,
    language: str | None = None,
    explain_language: str = "en",
    *,
    use_model: bool = True,
) -> Analysis:
    """See :func:`explainer.analyze`. ``use_model=False`` runs the rules alone (the baseline
    the evaluation prints beside the trained model)."""
    if not isinstance(text, str):
        raise ExplainerError(f"analyze() expects text (str), not {type(text).__name__}")
    if language not in (None, "auto", "en", "ar"):
        raise LanguageError(f"unsupported language {language!r}: use 'en' or 'ar'")
    if explain_language not in ("en", "ar"):
        raise LanguageError(f"unsupported explanation language {explain_language!r}")
    clean = textprep.clean(text)
    if language in (None, "auto"):
        lang, detection = detect(clean)
    else:
        lang, detection = language, {"method": "given"}
    xl = explain_language
    if not clean.strip():
        return Analysis(language=lang, text=clean, explain_language=xl,
                        summary=summarize([], [], False, 0, xl), language_detection=detection)

    from explainer.analysis.segment import segment

    bounds = segment(clean)
    eng = engine(lang, use_model)
    texts = [clean[a:b] for a, b in bounds]
    docs = eng.rule_docs(texts)
    model_scores = eng.scores(texts)
    blend = float(eng.model_info.get("blend", combine.DEFAULT_BLEND))
    kinds = company_kinds()
    # the notice's own author is not a recipient of it
    found = drop_author(texts, [d._.findings or [] for d in docs])
    evidence = [evaluate(t, f, kinds) for t, f in zip(texts, found, strict=True)]
    stacker = eng.stacker if model_scores else None
    stacked = stacker.scores([
        features(m, ev, f, t)
        for m, ev, f, t in zip(model_scores or [], evidence, found, texts, strict=True)
    ]) if stacker is not None else []

    sentences: list[Sentence] = []
    spans: list[Span] = []
    any_sell, exceptions = False, 0
    for i, (start, _end) in enumerate(bounds):
        sent = texts[i]
        findings = found[i]
        ev = evidence[i]
        if stacker is not None:
            labels, scores, source = combine.decide_stacked(stacked[i], stacker.thresholds)
        else:
            labels, scores, source = combine.decide(
                ev, model_scores[i] if model_scores else None, eng.thresholds, blend
            )
        # "can be read by anyone": the people the service shows it to are who gets it
        chosen = _choose_spans(findings + [
            Finding("recipient", "public", c.start, c.end, c.rule) for c in ev.public
        ])
        sentence_spans: list[Span] = []
        for f in chosen:
            if f.kind == "vague_term" and "vague" not in labels:
                continue
            if f.kind == "negation" and not ev.negated:
                continue
            if f.kind == "sharing_verb" and not ({"sharing", "no_sharing"} & set(labels)):
                continue
            if f.kind == "recipient" and (
                not ({"sharing", "no_sharing"} & (set(labels) | ev.labels)) or is_source(sent, f)
            ):
                # "who gets your data" only where the sentence gives data (or promises not
                # to), by the model's or the rules' reading: not the author's own name,
                # "links to other sites", "from the hospital"
                continue
            named = f.subtype in ("named", "company") if f.kind == "recipient" else None
            sentence_spans.append(
                Span(
                    start=start + f.start,
                    end=start + f.end,
                    kind=f.kind,
                    text=sent[f.start : f.end],
                    explanation=span_explanation(f.kind, f.subtype, sent[f.start : f.end],
                                                 f.value, xl),
                    named=named,
                    subtype=f.subtype,
                    rule=f.rule,
                    sentence=i,
                    canonical=f.value if f.subtype == "named" else "",
                )
            )
        spans.extend(sentence_spans)
        any_sell = any_sell or ev.sell
        exceptions += int("no_sharing" in labels and ev.exception)
        who = [s.text for s in sentence_spans if s.kind == "recipient"]
        what = [s.text for s in sentence_spans if s.kind == "data_type"]
        vterms = [s.text for s in sentence_spans if s.kind == "vague_term"]
        expl = sentence_explanation(labels, exception=ev.exception, who=who,
                                    vague_terms=vterms, what=what, lang=xl)
        sentences.append(Sentence(start, start + len(sent), labels, scores, expl, source))

    return Analysis(
        language=lang,
        text=clean,
        sentences=tuple(sentences),
        spans=tuple(spans),
        summary=summarize(sentences, spans, any_sell, exceptions, xl),
        explain_language=xl,
        language_detection=detection,
        models={lang: eng.status},
    )
