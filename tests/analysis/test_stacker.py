"""The learned model+rules combination: the optimiser, saving/loading, and its use in analyze()."""

from __future__ import annotations

import json

import numpy as np
import pytest

from explainer.analysis.nlp import Engine
from explainer.analysis.result import LABELS
from explainer.analysis.stacker import N_FEATURES, Stacker, fit_logistic
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


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_shipped_stacker_is_used_and_sensible(lang):
    """The shipped models carry a stacker; in it, the rules' own sharing evidence and the
    model's sharing score both push "sharing" up, and a negated sharing verb pushes it down."""
    if not (app_root() / "models" / lang / "stacker.json").exists():
        pytest.skip("models trained without a stacker")
    eng = Engine(lang)
    assert eng.stacker is not None
    row = eng.stacker.weights[LABELS.index("sharing")]
    assert row[LABELS.index("sharing")] > 0  # model:sharing
    assert row[len(LABELS) + LABELS.index("sharing")] > 0  # rule:sharing
    assert row[2 * len(LABELS)] < 0  # flag:negated
