"""A slice can be told not to teach a label (config ``skip_labels``): its records then say
nothing about that label to the model, the stacker or the thresholds."""

from __future__ import annotations

import numpy as np
import pytest

from explainer.analysis.result import LABELS
from explainer.analysis.stacker import Stacker
from explainer.training import corpus
from explainer.training.train import (
    _cats,
    build,
    fit,
    label_rows,
    predict,
    skipped_labels,
)

HEDGED = [f"We may send you a newsletter about topic {w} when it suits us."
          for w in ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel")]
OTHER = [f"We may change the price of item {w} when it suits us."
         for w in ("india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa")]


def test_config_value_is_parsed_and_checked():
    assert skipped_labels({"skip_labels": "en-tos:vague, x:change"}) == {
        "en-tos": frozenset({"vague"}), "x": frozenset({"change"})}
    assert skipped_labels({}) == {}
    with pytest.raises(ValueError, match="unknown label"):
        skipped_labels({"skip_labels": "en-tos:vagueness"})


def test_a_skipped_label_is_left_out_of_the_targets():
    cats = _cats(frozenset({"sharing"}), frozenset({"vague"}))
    assert "vague" not in cats and cats["sharing"] == 1.0 and cats["change"] == 0.0
    assert set(_cats(frozenset())) == set(LABELS)


def _records(skip_other: bool) -> tuple[list[corpus.Record], dict]:
    recs = [corpus.Record(t, "en", frozenset({"vague", "purpose"}), "notices") for t in HEDGED]
    # the other slice says "may" is not vague, eight times over
    recs += [corpus.Record(t, "en", frozenset(), "terms") for t in OTHER]
    _, params = build("en")
    params = dict(params, epochs=8, skip_labels="terms:vague" if skip_other else "")
    return recs, params


def test_the_model_does_not_learn_a_skipped_label_from_that_slice():
    probe = ["We may pass it on when it suits us."]
    scores = {}
    for skip in (False, True):
        recs, params = _records(skip)
        nlp, _ = build("en")
        fit(nlp, recs, "en", params)
        scores[skip] = predict(nlp, probe, "en")[0]
    # taught as a negative, "may" pulls vague down; skipped, only the notices teach it
    assert scores[True]["vague"] > scores[False]["vague"] + 0.05
    # purpose is still taught by both slices either way
    assert abs(scores[True]["purpose"] - scores[False]["purpose"]) < 0.05


def test_the_stacker_fits_a_skipped_label_without_that_slice():
    recs, params = _records(True)
    rows = label_rows(recs, params)
    assert set(rows) == {"vague"}
    assert rows["vague"].tolist() == [True] * len(HEDGED) + [False] * len(OTHER)
    rng = np.random.default_rng(0)
    x = rng.normal(size=(len(recs), 3))
    gold = {k: np.array([k in r.labels for r in recs]) for k in LABELS}
    gold["vague"][-3:] = True  # would change the fit if those rows were used
    with_use = Stacker.fit(x, gold, {}, 1.0, rows)
    alone = Stacker.fit(x[rows["vague"]], {k: g[rows["vague"]] for k, g in gold.items()}, {}, 1.0)
    i = LABELS.index("vague")
    assert np.allclose(with_use.weights[i], alone.weights[i])
    full = Stacker.fit(x, gold, {}, 1.0)
    assert not np.allclose(full.weights[i], alone.weights[i])
