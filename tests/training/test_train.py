"""Training end to end on a tiny corpus, and the shipped models loading by path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explainer.analysis.nlp import Engine
from explainer.paths import app_root
from explainer.training import corpus
from explainer.training.train import train_language

TINY = {
    "en": [
        ("We sell your details to marketing companies.", ["sharing"]),
        ("We share your email address with our partners.", ["sharing"]),
        ("Your data may be passed to selected third parties.", ["sharing", "vague"]),
        ("We disclose your name to credit agencies.", ["sharing"]),
        ("We never sell your data.", ["no_sharing"]),
        ("We do not share your details with anyone.", ["no_sharing"]),
        ("We collect your name and postcode.", ["collection"]),
        ("We ask for your baby's due date.", ["collection", "children"]),
        ("Our shop opens at nine.", []),
        ("Call us on weekdays.", []),
    ],
    "ar": [
        ("نبيع بياناتك لشركات التسويق.", ["sharing"]),
        ("نشارك بريدك الإلكتروني مع شركائنا.", ["sharing"]),
        ("قد نمرر بياناتك إلى أطراف ثالثة مختارة.", ["sharing", "vague"]),
        ("نفصح عن اسمك لمكاتب الائتمان.", ["sharing"]),
        ("لن نبيع بياناتك أبداً.", ["no_sharing"]),
        ("لا نشارك بياناتك مع أي جهة.", ["no_sharing"]),
        ("نجمع اسمك ورمزك البريدي.", ["collection"]),
        ("نطلب موعد الولادة المتوقع.", ["collection", "children"]),
        ("يفتح متجرنا في التاسعة.", []),
        ("اتصل بنا في أيام العمل.", []),
    ],
}


@pytest.fixture
def tiny_root(tmp_path: Path) -> Path:
    for lang, rows in TINY.items():
        (tmp_path / lang).mkdir()
        with (tmp_path / lang / "tiny.jsonl").open("w", encoding="utf-8") as fh:
            for text, labels in rows * 3:  # repeated rows are de-duplicated by the loader
                fh.write(json.dumps({"text": text, "language": lang, "labels": labels},
                                    ensure_ascii=False) + "\n")
    return tmp_path


def test_loader_deduplicates_and_validates(tiny_root: Path, tmp_path: Path):
    records = corpus.load("en", tiny_root)
    assert len(records) == len(TINY["en"])
    bad = tmp_path / "bad" / "en"
    bad.mkdir(parents=True)
    (bad / "x.jsonl").write_text('{"text": "a", "labels": ["nonsense"]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown labels"):
        corpus.load("en", tmp_path / "bad")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_train_tiny_corpus_end_to_end(lang: str, tiny_root: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "models" / lang
    card = train_language(lang, out, root=tiny_root)
    assert (out / "config.cfg").exists() and (out / "explainer.json").exists()
    assert card["records"] == len(TINY[lang]) and set(card["thresholds"]) >= {"sharing"}
    # the same seed and data give the same model card numbers
    again = train_language(lang, tmp_path / "again" / lang, root=tiny_root)
    assert again["dev_f1"] == card["dev_f1"] and again["data_hash"] == card["data_hash"]

    assert (out / "stacker.json").exists() and card["stacker"]
    monkeypatch.setenv("EXPLAINER_MODELS_DIR", str(tmp_path / "models"))
    eng = Engine(lang)
    assert eng.status == "model" and eng.stacker is not None
    # the engine builds the features the model was trained on (the repo config marks negation)
    assert eng.negation is True and card["params"]["negation_scope"] is True
    scores = eng.scores([TINY[lang][0][0], TINY[lang][8][0]])
    assert scores[0]["sharing"] > scores[1]["sharing"]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_shipped_models_load_by_path(lang: str):
    path = app_root() / "models" / lang
    meta = json.loads((path / "explainer.json").read_text(encoding="utf-8"))
    eng = Engine(lang)
    assert eng.status == "model"
    assert eng.thresholds == {k: float(v) for k, v in meta["thresholds"].items()}
    assert meta["size_bytes"] < 10_000_000  # "a few MB"


def test_folds_partition_the_records_by_their_text(tiny_root: Path):
    """Every record lands in exactly one fold, the same one on every run (it is a hash of
    the text), and no fold is empty on a real-sized corpus."""
    records = corpus.load("en")
    folds = [corpus.fold_of(r, 5) for r in records]
    assert folds == [corpus.fold_of(r, 5) for r in records]
    sizes = [folds.count(f) for f in range(5)]
    assert sum(sizes) == len(records)
    assert min(sizes) > 0.15 * len(records)  # roughly a fifth each


def test_source_folds_keep_each_slice_whole_and_balance_the_folds():
    sizes = {"a": 50, "b": 40, "c": 30, "d": 20, "e": 10, "f": 10}
    records = [corpus.Record(f"{s} sentence {i}", "en", frozenset(), s)
               for s, n in sizes.items() for i in range(n)]
    folds = corpus.source_folds(records, 3)
    assert set(folds) == set(sizes) and set(folds.values()) == {0, 1, 2}
    load = [sum(n for s, n in sizes.items() if folds[s] == f) for f in range(3)]
    assert max(load) - min(load) <= 10  # 50 | 40+10 | 30+20+10
    assert corpus.source_folds(list(reversed(records)), 3) == folds  # order does not matter


def test_training_holds_out_whole_slices_when_there_are_enough(tmp_path: Path):
    root = tmp_path / "slices"
    (root / "en").mkdir(parents=True)
    for i in range(5):  # five slices of two sentences: each fold holds out one whole slice
        with (root / "en" / f"s{i}.jsonl").open("w", encoding="utf-8") as fh:
            for text, labels in TINY["en"][2 * i : 2 * i + 2]:
                fh.write(json.dumps({"text": text, "language": "en", "labels": labels,
                                     "source": f"en-s{i}"}) + "\n")
    card = train_language("en", tmp_path / "models" / "en", root=root)
    assert card["fold_by"] == "source" and card["dev"] == len(TINY["en"])
