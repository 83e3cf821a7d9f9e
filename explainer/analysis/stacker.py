"""A learned way to combine the model's scores with the rules' evidence.

The hand-set blend of :mod:`explainer.analysis.combine` mixes each label's model score with that
label's rule alone. The stacker instead scores every label from all of a sentence's evidence:
the twelve model scores, the twelve rule labels, four rule flags (a negated sharing verb, an
exception, someone outside mentioned, any negation word), how many of each kind of finding the
recognizers made (named recipient, flattering recipient, sharing verb, modal hedge, open
purpose...), the sentence's length, the model scores again as log-odds, and whether model and
rules agree on sharing and on vagueness. So it can learn, from our own sentences, that
"sharing" is less likely when the sentence is mostly about how to opt out, or that a negation
without an exception is a promise.

It is trained on *out-of-fold* model scores (each sentence scored by a model that never saw it;
see ``explainer.training.train``), and shipped as ``models/LANG/stacker.json`` with one
threshold per label. Two kinds, chosen in ``explainer/training/config.cfg`` (``stacker_kind``):

- ``logistic``: per label, weights and an intercept, fitted by Newton's method;
- ``mlp``: a few small neural networks (one hidden layer shared by the twelve labels, tanh),
  averaged. A linear combination cannot say "a modal hedge matters when the model already
  thinks the sentence shares data, not otherwise"; a hidden layer can. Each network is fitted
  by Adam from a fixed seed.

Plain NumPy, deterministic.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, fields
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


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


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
        p = _sigmoid(xb @ w)
        grad = xb.T @ (p - yf) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty) + 1e-9 * np.eye(d + 1)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-8:
            break
    return w[:-1], float(w[-1])


@dataclass
class Net:
    """One hidden layer shared by all labels:
    sigmoid(tanh(((x - mean) / scale) W1 + b1) W2 + b2)."""

    mean: np.ndarray  # (features,)
    scale: np.ndarray  # (features,)
    w1: np.ndarray  # (features, hidden)
    b1: np.ndarray  # (hidden,)
    w2: np.ndarray  # (hidden, labels)
    b2: np.ndarray  # (labels,)

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        h = np.tanh(((np.atleast_2d(x) - self.mean) / self.scale) @ self.w1 + self.b1)
        return _sigmoid(h @ self.w2 + self.b2)

    def fits(self, features: int, labels: int) -> bool:
        """Whether the arrays have the shapes of a network from ``features`` to ``labels``."""
        hidden = self.b1.shape[0] if self.b1.ndim == 1 else -1
        return (self.mean.shape == self.scale.shape == (features,)
                and self.w1.shape == (features, hidden) and self.w2.shape == (hidden, labels)
                and self.b2.shape == (labels,))

    def to_json(self) -> dict:
        return {f.name: np.round(getattr(self, f.name), 6).tolist() for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict) -> Net:
        return cls(*(np.array(data[f.name], dtype=float) for f in fields(cls)))


def fit_net(x: np.ndarray, y: np.ndarray, mask: np.ndarray, hidden: int = 64, epochs: int = 30,
            l2: float = 1e-3, seed: int = 0, learn_rate: float = 0.003, batch: int = 512) -> Net:
    """A :class:`Net` fitted by Adam on the mean log-loss of the labels, each row counting for
    a label only where ``mask`` (rows, labels) is true; weights have an L2 penalty."""
    rng = np.random.default_rng(seed)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = (x - mean) / scale
    n, d = z.shape
    y, mask = y.astype(float), mask.astype(float)
    params = [rng.normal(0.0, 1.0 / math.sqrt(d), (d, hidden)), np.zeros(hidden),
              rng.normal(0.0, 1.0 / math.sqrt(hidden), (hidden, y.shape[1])),
              np.zeros(y.shape[1])]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    step = 0
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch):
            idx = order[start:start + batch]
            w1, b1, w2, b2 = params
            h = np.tanh(z[idx] @ w1 + b1)
            p = _sigmoid(h @ w2 + b2)
            dz = (p - y[idx]) * mask[idx] / len(idx)
            dh = (dz @ w2.T) * (1.0 - h * h)
            grads = [z[idx].T @ dh + l2 * w1, dh.sum(0), h.T @ dz + l2 * w2, dz.sum(0)]
            step += 1
            for i, g in enumerate(grads):
                m1[i] = 0.9 * m1[i] + 0.1 * g
                m2[i] = 0.999 * m2[i] + 0.001 * g * g
                params[i] -= learn_rate * (m1[i] / (1 - 0.9 ** step)) / (
                    np.sqrt(m2[i] / (1 - 0.999 ** step)) + 1e-8)
    return Net(mean, scale, *params)


@dataclass
class Stacker:
    weights: np.ndarray | None  # (labels, features), kind "logistic"
    intercepts: np.ndarray | None  # (labels,), kind "logistic"
    thresholds: dict[str, float]
    nets: list[Net] | None = None  # kind "mlp": their probabilities are averaged

    @property
    def kind(self) -> str:
        return "mlp" if self.nets else "logistic"

    @classmethod
    def fit(cls, x: np.ndarray, gold: dict[str, np.ndarray], thresholds: dict[str, float],
            c: float = 1.0, use: dict[str, np.ndarray] | None = None, kind: str = "logistic",
            hidden: int = 64, epochs: int = 30, l2: float = 1e-3,
            seeds: Sequence[int] = (0, 1, 2)) -> Stacker:
        """``use[label]`` (boolean rows), when given, limits that label's fit to those rows.
        ``c`` is for ``logistic``; ``hidden``, ``epochs``, ``l2`` and ``seeds`` (one network
        each) for ``mlp``."""
        use = use or {}
        if kind == "mlp":
            y = np.stack([gold[k] for k in LABELS], axis=1)
            mask = np.stack([use[k] if k in use else np.ones(len(x), dtype=bool)
                             for k in LABELS], axis=1)
            nets = [fit_net(x, y, mask, hidden, epochs, l2, seed) for seed in seeds]
            return cls(None, None, dict(thresholds), nets)
        if kind != "logistic":
            raise ValueError(f"unknown stacker kind {kind!r}: use 'logistic' or 'mlp'")
        rows = [fit_logistic(x[use[k]], gold[k][use[k]], c) if k in use
                else fit_logistic(x, gold[k], c) for k in LABELS]
        return cls(np.array([w for w, _ in rows]), np.array([b for _, b in rows]),
                   dict(thresholds))

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """(sentences, labels) probabilities."""
        if self.nets:
            return np.mean([net.probabilities(x) for net in self.nets], axis=0)
        z = np.atleast_2d(x) @ self.weights.T + self.intercepts
        return _sigmoid(z)

    def scores(self, rows: Sequence[list[float]]) -> list[dict[str, float]]:
        if not rows:
            return []
        probs = self.probabilities(np.asarray(rows, dtype=float))
        return [dict(zip(LABELS, p, strict=True)) for p in probs.tolist()]

    def to_json(self) -> dict:
        head = {"kind": self.kind, "labels": list(LABELS), "features": list(FEATURE_NAMES),
                "thresholds": self.thresholds}
        if self.nets:
            return head | {"nets": [net.to_json() for net in self.nets]}
        return head | {
            "weights": [[round(float(v), 6) for v in row] for row in self.weights],
            "intercepts": [round(float(v), 6) for v in self.intercepts],
        }

    def save(self, folder: Path) -> None:
        data = self.to_json()
        # a network's arrays on one line each; the rest readable
        text = json.dumps(data, indent=1) if not self.nets else "{\n" + ",\n".join(
            f" {json.dumps(k)}: {json.dumps(v, separators=(',', ':'))}" for k, v in data.items()
        ) + "\n}"
        (folder / FILE).write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Stacker | None:
        path = folder / FILE
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("labels") != list(LABELS) or data.get("features") != list(FEATURE_NAMES):
            raise ValueError(f"{path} was made for other labels or features")
        thresholds = {k: float(v) for k, v in data["thresholds"].items()}
        if data.get("kind", "logistic") == "mlp":
            nets = [Net.from_json(n) for n in data["nets"]]
            if not nets or not all(n.fits(N_FEATURES, len(LABELS)) for n in nets):
                raise ValueError(f"{path} has networks of the wrong shape")
            return cls(None, None, thresholds, nets)
        weights = np.array(data["weights"], dtype=float)
        if weights.shape != (len(LABELS), N_FEATURES):
            raise ValueError(f"{path} has weights of the wrong shape {weights.shape}")
        return cls(weights, np.array(data["intercepts"], dtype=float), thresholds)
