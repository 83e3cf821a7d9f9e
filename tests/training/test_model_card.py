"""The model card's numbers are exactly what the evaluation command prints today."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from explainer.paths import app_root
from explainer.training import evaluate

MODELS = app_root() / "models"


@pytest.mark.skipif(not evaluate.DEFAULT_DATA_DIR.is_dir(), reason="shared data not present")
def test_model_card_matches_a_fresh_evaluation(tmp_path):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert evaluate.main(["--json", str(tmp_path / "eval.json")]) == 0
    fresh = json.loads((tmp_path / "eval.json").read_text(encoding="utf-8"))
    shipped = json.loads((MODELS / "evaluation.json").read_text(encoding="utf-8"))
    assert fresh["sections"].keys() == shipped["sections"].keys()
    for name, section in fresh["sections"].items():
        assert section["rows"] == shipped["sections"][name]["rows"], name
    headline = out.getvalue().split("\nHeadline\n", 1)[1].split("\n\n", 1)[0]
    assert headline in (MODELS / "README.md").read_text(encoding="utf-8")
