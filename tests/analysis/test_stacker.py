"""The learned model+rules combination: the optimiser, saving/loading, and its use in analyze()."""

from __future__ import annotations

import json

import numpy as np
import pytest

from explainer.analysis.lexicon import company_kinds
from explainer.analysis.nlp import Engine
from explainer.analysis.pipeline import analyze
from explainer.analysis.recognizers.labels import evaluate
from explainer.analysis.result import LABELS
from explainer.analysis.stacker import FEATURE_NAMES, N_FEATURES, Stacker, features, fit_logistic
from explainer.paths import app_root


def test_fit_logistic_reaches_the_regularised_optimum():
    """At the optimum the gradient of the penalised log-loss is zero (intercept unpenalised)."""
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 5))
    true_w = np.array([2.0, -1.0, 0.0, 0.5, 3.0])
    y = rng.random(400) < 1 / (1 + np.exp(-(x @ true_w - 0.7)))
    w, b = fit_logistic(x, y, c=2.0)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    assert np.allclose(x.T @ (p - y) + w / 2.0, 0, atol=1e-6)
    assert abs(np.sum(p - y)) < 1e-6
    assert np.sign(w[0]) == 1 and np.sign(w[1]) == -1 and w[4] > w[3]


def test_save_and_load_round_trip(tmp_path):
    rng = np.random.default_rng(1)
    x = rng.random((60, N_FEATURES))
    gold = {k: rng.random(60) < 0.4 for k in LABELS}
    st = Stacker.fit(x, gold, {k: 0.5 for k in LABELS})
    st.save(tmp_path)
    back = Stacker.load(tmp_path)
    assert back is not None
    assert np.allclose(back.probabilities(x), st.probabilities(x), atol=1e-5)
    data = json.loads((tmp_path / "stacker.json").read_text())
    data["weights"] = [row[:-1] for row in data["weights"]]
    (tmp_path / "stacker.json").write_text(json.dumps(data))
    with pytest.raises(ValueError):
        Stacker.load(tmp_path)


def test_mlp_learns_what_a_linear_combination_cannot():
    """Either of two signs alone means yes, both together mean no (an exception that cancels):
    no weighted sum separates that; one hidden layer does."""
    rng = np.random.default_rng(2)
    x = np.zeros((800, N_FEATURES))
    x[:, :2] = rng.integers(0, 2, size=(800, 2))
    y = x[:, 0] != x[:, 1]
    gold = {k: y for k in LABELS}
    lin = Stacker.fit(x, gold, {}, 1.0)
    net = Stacker.fit(x, gold, {}, kind="mlp", hidden=8, epochs=150, seeds=(0,))
    acc = lambda st: float(np.mean((st.probabilities(x)[:, 0] >= 0.5) == y))  # noqa: E731
    assert acc(lin) < 0.7
    assert acc(net) > 0.95
    with pytest.raises(ValueError, match="unknown stacker kind"):
        Stacker.fit(x, gold, {}, kind="forest")


def test_mlp_is_deterministic_and_ignores_rows_a_label_does_not_use():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(200, N_FEATURES))
    gold = {k: rng.random(200) < 0.4 for k in LABELS}
    use = {"vague": np.arange(200) < 150}
    a = Stacker.fit(x, gold, {}, use=use, kind="mlp", hidden=6, epochs=5, seeds=(0, 1))
    flipped = dict(gold, vague=gold["vague"].copy())
    flipped["vague"][150:] = ~flipped["vague"][150:]  # rows vague does not learn from
    b = Stacker.fit(x, flipped, {}, use=use, kind="mlp", hidden=6, epochs=5, seeds=(0, 1))
    assert np.array_equal(a.probabilities(x), b.probabilities(x))
    c = Stacker.fit(x, flipped, {}, kind="mlp", hidden=6, epochs=5, seeds=(0, 1))
    assert not np.allclose(a.probabilities(x), c.probabilities(x))


def test_mlp_save_and_load_round_trip(tmp_path):
    rng = np.random.default_rng(4)
    x = rng.random((80, N_FEATURES))
    gold = {k: rng.random(80) < 0.4 for k in LABELS}
    st = Stacker.fit(x, gold, {k: 0.5 for k in LABELS}, kind="mlp", hidden=5, epochs=3,
                     seeds=(0, 1))
    st.save(tmp_path)
    back = Stacker.load(tmp_path)
    assert back is not None and back.kind == "mlp" and len(back.nets) == 2
    assert np.allclose(back.probabilities(x), st.probabilities(x), atol=1e-4)
    assert back.thresholds == st.thresholds
    data = json.loads((tmp_path / "stacker.json").read_text())
    data["nets"][1]["w2"] = [row[:-1] for row in data["nets"][1]["w2"]]
    (tmp_path / "stacker.json").write_text(json.dumps(data))
    with pytest.raises(ValueError, match="wrong shape"):
        Stacker.load(tmp_path)


SHARING_LIKE = {
    "en": ["We may pass your details to selected partners.",
           "Your postcode is sent to our delivery company.",
           "We use cookies to remember your basket."],
    "ar": ["قد نشارك بياناتك مع شركاء مختارين.",
           "نرسل عنوانك إلى شركة التوصيل.",
           "نستخدم ملفات تعريف الارتباط لتذكر سلة مشترياتك."],
}


PROMISE = {
    "en": ["We pass your details to selected partners.",
           "We do not pass your details to anyone outside the club."],
    "ar": ["نمرر بياناتك إلى شركاء مختارين.", "لا نمرر بياناتك إلى أي جهة خارج النادي."],
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_shipped_stacker_is_used_and_sensible(lang):
    """The shipped models carry a stacker; on real sentences' evidence, a higher model score
    for sharing and the rules' own sharing label both raise "sharing"; a promise not to share
    is read as one."""
    if not (app_root() / "models" / lang / "stacker.json").exists():
        pytest.skip("models trained without a stacker")
    eng = Engine(lang)
    assert eng.stacker is not None
    texts = SHARING_LIKE[lang]
    docs = eng.rule_docs(texts)
    rows = np.array([
        features(m, evaluate(t, d._.findings or [], company_kinds()), d._.findings or [], t)
        for m, d, t in zip(eng.scores(texts), docs, texts, strict=True)
    ])
    i = LABELS.index("sharing")
    col = {name: j for j, name in enumerate(FEATURE_NAMES)}

    def p(change: dict[str, float]) -> np.ndarray:
        x = rows.copy()
        for name, v in change.items():
            x[:, col[name]] = v
        return eng.stacker.probabilities(x)[:, i]

    high = {"model:sharing": 0.95, "logit:sharing": float(np.log(0.95 / 0.05))}
    low = {"model:sharing": 0.05, "logit:sharing": float(np.log(0.05 / 0.95))}
    assert (p(high) > p(low)).all()
    # where the rules have little to say, the model's score decides
    assert (p(high) - p(low)).max() > 0.5
    assert (p(high | {"rule:sharing": 1.0}) > p(high | {"rule:sharing": 0.0})).all()

    # and a promise not to, read through the whole pipeline, is no_sharing, not sharing
    said, denied = (analyze(t, language=lang).sentences[0].scores for t in PROMISE[lang])
    assert said["sharing"] > 0.5 > denied["sharing"]
    assert denied["no_sharing"] > 0.5 > said["no_sharing"]
