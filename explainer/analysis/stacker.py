"""A learned way to combine the model's scores with the rules' evidence.

The hand-set blend of :mod:`explainer.analysis.combine` mixes each label's model score with that
label's rule alone. The stacker instead gives every label a small logistic regression over all
of a sentence's evidence: the twelve model scores, the twelve rule labels, four rule flags
(a negated sharing verb, an exception, someone outside mentioned, any negation word), how many
of each kind of finding the recognizers made (named recipient, flattering recipient, sharing
verb, modal hedge, open purpose...), the sentence's length, the model scores again as log-odds,
and whether model and rules agree on sharing and on vagueness. So it can
learn, from our own sentences, that "sharing" is less likely when the sentence is mostly about
how to opt out, or that a negation without an exception is a promise.

It is trained on *out-of-fold* model scores (each sentence scored by a model that never saw it;
see ``explainer.training.train``), and shipped as ``models/LANG/stacker.json``: weights,
intercepts and one threshold per label. Plain NumPy, fitted by Newton's method, deterministic.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from explainer.analysis.recognizers.labels import RuleEvidence
from explainer.analysis.result import LABELS

FLAGS = ("negated", "exception", "third_party", "any_negation")
# What the recognizers found, by kind and subtype (counted, capped at 3): which kind of
# recipient, sharing verb, vague term, context... A word list knows names and phrasings our
# writers never used; as counts they reach the stacker as evidence it has a weight for.
FINDINGS = (
    "context:elsewhere", "context:legal", "context:legal_weak", "context:login", "context:merger",
    "context:noun_form", "context:public", "context:request", "context:threat",
    "context:tracking", "cue:change", "cue:children", "cue:choice", "cue:collection",
    "cue:purpose", "cue:retention", "cue:rights", "cue:security", "cue:sharing", "cue:transfer",
    "data_type", "data_word:", "exception:", "negation:", "negation:adjacent", "purpose:open",
    "purpose:specific", "recipient:advertiser", "recipient:authority", "recipient:broker",
    "recipient:buyer", "recipient:company", "recipient:flattering", "recipient:group",
    "recipient:named", "recipient:processor", "recipient:unnamed", "sharing_verb:disclose",
    "sharing_verb:sell", "sharing_verb:share", "sharing_verb:transfer", "sharing_verb:weak",
    "vague_term:condition", "vague_term:generalization", "vague_term:modality",
    "vague_term:purpose", "vague_term:quantifier", "vague_term:recipient",
)
_FINDING_INDEX = {k: i for i, k in enumerate(FINDINGS)}
FEATURE_NAMES = (
    tuple(f"model:{k}" for k in LABELS) + tuple(f"rule:{k}" for k in LABELS)
    + tuple(f"flag:{f}" for f in FLAGS) + tuple(f"found:{k}" for k in FINDINGS)
    + ("log_words",)
    + tuple(f"logit:{k}" for k in LABELS) + ("agree:sharing", "agree:vague")
)
N_FEATURES = len(FEATURE_NAMES)
FILE = "stacker.json"


def features(model: dict[str, float], ev: RuleEvidence, findings: Sequence[Any],
             sentence: str) -> list[float]:
    """One sentence's evidence as the stacker's input vector (see the module doc)."""
    found = [0.0] * len(FINDINGS)
    for f in findings:
        i = _FINDING_INDEX.get("data_type" if f.kind == "data_type" else f"{f.kind}:{f.subtype}")
        if i is not None and found[i] < 3:
            found[i] += 1.0
    return (
        [float(model.get(k, 0.0)) for k in LABELS]
        + [1.0 if k in ev.labels else 0.0 for k in LABELS]
        + [float(bool(ev.negated)), float(ev.exception), float(ev.third_party),
           float(ev.any_negation)]
        + found
        + [math.log1p(len(sentence.split()))]
        # the model's scores again on the log-odds scale, where a linear combination can tell
        # 0.9 from 0.99; and the model and the rules agreeing, which counts for more than
        # either alone (chosen on out-of-fold F1: mean +0.002 English, +0.004 Arabic)
        + [_logit(float(model.get(k, 0.0))) for k in LABELS]
        + [float(model.get("sharing", 0.0)) * float("sharing" in ev.labels),
           float(model.get("vague", 0.0)) * float("vague" in ev.labels)]
    )


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1.0 - 1e-4)
    return math.log(p / (1.0 - p))


def fit_logistic(x: np.ndarray, y: np.ndarray, c: float = 1.0, iterations: int = 50
                 ) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression (the intercept is not penalised), Newton's method.

    Returns (weights, intercept). ``c`` is the inverse regularisation strength, as in
    scikit-learn's ``LogisticRegression(C=c)``.
    """
    n, d = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    penalty = np.full(d + 1, 1.0 / c)
    penalty[-1] = 0.0
    yf = y.astype(float)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - yf) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w[:-1], float(w[-1])


@dataclass
class Stacker:
    weights: np.ndarray  # (labels, features)
    intercepts: np.ndarray  # (labels,)
    thresholds: dict[str, float]

    @classmethod
    def fit(cls, x: np.ndarray, gold: dict[str, np.ndarray], thresholds: dict[str, float],
            c: float = 1.0, use: dict[str, np.ndarray] | None = None) -> Stacker:
        """``use[label]`` (boolean rows), when given, limits that label's fit to those rows."""
        use = use or {}
        rows = [fit_logistic(x[use[k]], gold[k][use[k]], c) if k in use
                else fit_logistic(x, gold[k], c) for k in LABELS]
        return cls(np.array([w for w, _ in rows]), np.array([b for _, b in rows]),
                   dict(thresholds))

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """(sentences, labels) probabilities."""
        z = np.atleast_2d(x) @ self.weights.T + self.intercepts
        return 1.0 / (1.0 + np.exp(-z))

    def scores(self, rows: Sequence[list[float]]) -> list[dict[str, float]]:
        if not rows:
            return []
        probs = self.probabilities(np.asarray(rows, dtype=float))
        return [{k: float(p[i]) for i, k in enumerate(LABELS)} for p in probs]

    def to_json(self) -> dict:
        return {
            "labels": list(LABELS),
            "features": list(FEATURE_NAMES),
            "weights": [[round(float(v), 6) for v in row] for row in self.weights],
            "intercepts": [round(float(v), 6) for v in self.intercepts],
            "thresholds": self.thresholds,
        }

    def save(self, folder: Path) -> None:
        (folder / FILE).write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Stacker | None:
        path = folder / FILE
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("labels") != list(LABELS) or data.get("features") != list(FEATURE_NAMES):
            raise ValueError(f"{path} was made for other labels or features")
        weights = np.array(data["weights"], dtype=float)
        if weights.shape != (len(LABELS), N_FEATURES):
            raise ValueError(f"{path} has weights of the wrong shape {weights.shape}")
        return cls(weights,
                   np.array(data["intercepts"], dtype=float),
                   {k: float(v) for k, v in data["thresholds"].items()})
