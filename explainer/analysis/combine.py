"""Model and rules together: final sentence scores and labels.

The trained model gives a probability per label. Rules add evidence: the blended score is
``(1 - w) * model + w * rule`` where ``rule`` is 1 when the rules fired for that label, then
vetoed where the rules know better (see :func:`blended`). ``w`` and the per-label
thresholds are chosen on our own development split (see explainer.training) and shipped in
``models/LANG/explainer.json``. Without a model, the rules decide alone. A model shipped with a
stacker (:mod:`explainer.analysis.stacker`) replaces the hand-set blend with a learned one.
"""

from __future__ import annotations

from explainer.analysis.recognizers.labels import RuleEvidence
from explainer.analysis.result import LABELS

RULE_ONLY_HIGH = 0.9
RULE_ONLY_LOW = 0.05
DEFAULT_BLEND = 0.25
DEFAULT_THRESHOLD = 0.5


def rule_vector(ev: RuleEvidence) -> dict[str, float]:
    return {k: 1.0 if k in ev.labels else 0.0 for k in LABELS}


def blended(ev: RuleEvidence, model: dict[str, float], blend: float) -> dict[str, float]:
    """Model and rule evidence mixed into one score per label (see the module doc).

    ``sharing`` needs someone outside the organisation to be mentioned: without any recipient,
    sharing verb or third-party cue in the sentence, its score is halved. Likewise
    ``no_sharing`` is halved when the sentence has no negation word at all.
    """
    rules = rule_vector(ev)
    scores = {k: (1 - blend) * model.get(k, 0.0) + blend * rules[k] for k in LABELS}
    if ev.negated and not ev.exception:
        # "we never sell your data": bags of words cannot see the "never"; the rules can
        scores["sharing"] = 0.5 * min(scores["sharing"], (1 - blend) * model.get("sharing", 0.0))
    if not ev.third_party:
        scores["sharing"] *= 0.5
    if not ev.any_negation:
        scores["no_sharing"] *= 0.5  # a promise not to share needs a "not", "never", "لا"...
    return scores


def decide(
    ev: RuleEvidence,
    model: dict[str, float] | None,
    thresholds: dict[str, float],
    blend: float = DEFAULT_BLEND,
) -> tuple[tuple[str, ...], dict[str, float], str]:
    """Return (labels, scores, source) for one sentence."""
    if model is None:
        rules = rule_vector(ev)
        scores = {k: RULE_ONLY_HIGH if rules[k] else RULE_ONLY_LOW for k in LABELS}
        return tuple(k for k in LABELS if rules[k]), scores, "rules"
    scores = blended(ev, model, blend)
    labels = tuple(k for k in LABELS if scores[k] >= thresholds.get(k, DEFAULT_THRESHOLD))
    return labels, scores, "model+rules"


def decide_stacked(scores: dict[str, float], thresholds: dict[str, float]
                   ) -> tuple[tuple[str, ...], dict[str, float], str]:
    """Labels from the stacker's probabilities (which already weigh the rules)."""
    labels = tuple(k for k in LABELS if scores[k] >= thresholds.get(k, DEFAULT_THRESHOLD))
    return labels, scores, "model+rules"
