"""Train the sentence classifier of one language and choose its thresholds.

Reproducible: fixed seed, config in ``config.cfg``, data hashed into the model card. The model
learns on the training split of our own sentences; the blend weight with the rules and the
per-label thresholds are then chosen on the development split (never on evaluation corpora).
"""

from __future__ import annotations

import json
import logging
import random
import time
from pathlib import Path

import numpy as np
import spacy
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, load_config, minibatch

from explainer.analysis.author import drop_author
from explainer.analysis.combine import blended
from explainer.analysis.features import feature_text, negation_scope
from explainer.analysis.lexicon import company_kinds
from explainer.analysis.nlp import Engine
from explainer.analysis.recognizers.labels import RuleEvidence
from explainer.analysis.recognizers.labels import evaluate as rule_evidence
from explainer.analysis.result import LABELS
from explainer.analysis.stacker import FILE as STACKER_FILE
from explainer.analysis.stacker import Stacker
from explainer.analysis.stacker import features as stack_features
from explainer.training import corpus

logger = logging.getLogger(__name__)

CONFIG = Path(__file__).with_name("config.cfg")
BLENDS = (0.0, 0.1, 0.2)
STACKER_FOLDS = 5
GRID = [i / 100 for i in range(5, 96, 2)]


def _cats(labels: frozenset[str], skip: frozenset[str] = frozenset()) -> dict[str, float]:
    """Training targets; a label in ``skip`` is left out, so spaCy treats it as unknown and
    the record teaches nothing about it."""
    return {k: 1.0 if k in labels else 0.0 for k in LABELS if k not in skip}


def skipped_labels(params: dict) -> dict[str, frozenset[str]]:
    """``skip_labels = "en-tos:vague, other:label"`` of config.cfg: labels a slice does not
    teach (see the comment there)."""
    out: dict[str, set[str]] = {}
    for item in str(params.get("skip_labels", "") or "").split(","):
        if not item.strip():
            continue
        source, _, label = item.strip().partition(":")
        if label not in LABELS:
            raise ValueError(f"config skip_labels: unknown label {label!r} in {item!r}")
        out.setdefault(source, set()).add(label)
    return {k: frozenset(v) for k, v in out.items()}


def build(lang: str, config_path: Path = CONFIG) -> tuple[spacy.Language, dict]:
    config = load_config(config_path)
    training = dict(config.pop("training"))
    config["nlp"]["lang"] = lang
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    return nlp, training


def fit(nlp: spacy.Language, train: list[corpus.Record], lang: str, params: dict) -> None:
    fix_random_seed(int(params["seed"]))
    skip = skipped_labels(params)
    neg = negation_scope(params)
    examples = [
        Example.from_dict(nlp.make_doc(feature_text(r.text, lang, neg)),
                          {"cats": _cats(r.labels, skip.get(r.source, frozenset()))})
        for r in train
    ]
    textcat = nlp.get_pipe("textcat_multilabel")
    for label in LABELS:
        textcat.add_label(label)
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = float(params.get("learn_rate", 0.001))
    rng = random.Random(int(params["seed"]))
    for epoch in range(int(params["epochs"])):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        sizes = compounding(float(params["batch_start"]), float(params["batch_stop"]), 1.001)
        for batch in minibatch(examples, size=sizes):
            nlp.update(batch, drop=float(params["dropout"]), sgd=optimizer, losses=losses)
        logger.info("epoch %d loss %.3f", epoch, losses.get("textcat_multilabel", 0.0))


def _f1(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _best_threshold(scores: list[float], gold: list[bool], neg_weight: float = 1.0
                    ) -> tuple[float, float]:
    """Threshold with the best F1; false positives count ``neg_weight`` times (prior shift)."""
    best = (0.5, -1.0)
    for t in GRID:
        tp = sum(1 for s, g in zip(scores, gold, strict=True) if s >= t and g)
        fp = neg_weight * sum(1 for s, g in zip(scores, gold, strict=True) if s >= t and not g)
        fn = sum(1 for s, g in zip(scores, gold, strict=True) if s < t and g)
        f = _f1(tp, fp, fn)[2]
        if f > best[1] + 1e-9:
            best = (t, f)
    return best


def _neg_weight(gold: list[bool], target: float | None) -> float:
    """Weight of a dev negative so that the dev set has the label's natural prevalence.

    Our sentences over-represent sharing and vagueness (they were written to teach them);
    whole notices have far fewer. Thresholds picked on the raw dev split would be too low.
    """
    pos = sum(gold)
    if not target or not pos or pos == len(gold):
        return 1.0
    source = pos / len(gold)
    return max(1.0, (source / (1 - source)) * ((1 - target) / target))


def predict(nlp: spacy.Language, texts: list[str], lang: str, negation: bool = False
            ) -> list[dict[str, float]]:
    return [dict(doc.cats) for doc in nlp.pipe([feature_text(t, lang, negation)
                                                for t in texts])]


def rule_view(records: list[corpus.Record], lang: str) -> list[tuple[RuleEvidence, list]]:
    """(evidence, findings) of the rules for each record: one pass, shared by the calibration
    and the stacker."""
    rules = Engine(lang, use_model=False)
    kinds = company_kinds()
    texts = [r.text for r in records]
    out = []
    for t, d in zip(texts, rules.rule_docs(texts), strict=True):
        # as analyze() does, here with the record as the whole text
        findings = drop_author([t], [d._.findings or []])[0]
        out.append((rule_evidence(t, findings, kinds), findings))
    return out


def label_rows(records: list[corpus.Record], params: dict | None) -> dict[str, np.ndarray]:
    """For each label some slice does not teach (``skip_labels``), the records that do."""
    skip = skipped_labels(params or {})
    out = {}
    for k in LABELS:
        if any(k in v for v in skip.values()):
            out[k] = np.array([k not in skip.get(r.source, frozenset()) for r in records])
    return out


def calibrate(model: list[dict[str, float]], dev: list[corpus.Record], lang: str,
              prevalence: dict[str, float] | None = None,
              view: list[tuple[RuleEvidence, list]] | None = None,
              params: dict | None = None) -> dict:
    """Pick the rules blend weight and per-label thresholds that maximise F1 over ``dev``
    (scored by a model that did not learn from it: ``model`` holds its predictions), with
    ``dev`` re-weighted to the label prevalence of whole notices (``prevalence``).
    ``view`` is :func:`rule_view` of ``dev`` when the caller already has it; a label a slice
    does not teach (``params`` skip_labels) is calibrated without that slice."""
    prevalence = prevalence or {}
    use = label_rows(dev, params)
    keep = {k: [i for i in range(len(dev)) if k not in use or use[k][i]] for k in LABELS}
    evidence = [ev for ev, _ in (view if view is not None else rule_view(dev, lang))]
    best: dict = {"mean_f1": -1.0}
    for w in BLENDS:
        mixed = [blended(ev, m, w) for m, ev in zip(model, evidence, strict=True)]
        thresholds, per_label = {}, {}
        for k in LABELS:
            scores = [mixed[i][k] for i in keep[k]]
            gold = [k in dev[i].labels for i in keep[k]]
            t, f = _best_threshold(scores, gold, _neg_weight(gold, prevalence.get(k)))
            thresholds[k], per_label[k] = t, round(f, 4)
        mean = sum(per_label.values()) / len(per_label)
        if mean > best["mean_f1"]:
            best = {"blend": w, "thresholds": thresholds, "dev_f1": per_label,
                    "mean_f1": round(mean, 4)}
    return best


def fit_stacker(model: list[dict[str, float]], records: list[corpus.Record], lang: str,
                prevalence: dict[str, float], c: float = 1.0,
                view: list[tuple[RuleEvidence, list]] | None = None,
                params: dict | None = None) -> tuple[Stacker, dict[str, float]]:
    """The learned model+rules combination (explainer.analysis.stacker) on out-of-fold model
    scores. Its thresholds come from a second, inner cross-validation over the same records
    (every record's stacked score from a stacker that did not learn from it). A label a
    slice does not teach (``params`` skip_labels) is fitted and calibrated without it."""
    view = view if view is not None else rule_view(records, lang)
    x = np.array([
        stack_features(m, ev, findings, r.text)
        for m, (ev, findings), r in zip(model, view, records, strict=True)
    ])
    gold = {k: np.array([k in r.labels for r in records]) for k in LABELS}
    use = label_rows(records, params)
    options = stacker_options(params or {})
    inner = np.zeros((len(records), len(LABELS)))
    fold = np.arange(len(records)) % STACKER_FOLDS
    for f in range(STACKER_FOLDS):
        train = fold != f
        part = Stacker.fit(x[train], {k: g[train] for k, g in gold.items()}, {}, c,
                           {k: u[train] for k, u in use.items()}, **options)
        inner[fold == f] = part.probabilities(x[fold == f])
    thresholds, f1 = {}, {}
    for i, k in enumerate(LABELS):
        keep = use.get(k, np.ones(len(records), dtype=bool))
        g = [bool(v) for v in gold[k][keep]]
        t, f = _best_threshold(list(inner[keep, i]), g, _neg_weight(g, prevalence.get(k)))
        thresholds[k], f1[k] = t, round(f, 4)
    return Stacker.fit(x, gold, thresholds, c, use, **options), f1


def stacker_options(params: dict) -> dict:
    """The stacker's kind and, for ``mlp``, what the config sets of its size and training
    (``stacker_*``; the rest are :meth:`Stacker.fit`'s defaults)."""
    kind = str(params.get("stacker_kind", "logistic"))
    options: dict = {"kind": kind}
    if kind == "logistic":
        return options
    for key, cast in (("hidden", int), ("epochs", int), ("l2", float)):
        if f"stacker_{key}" in params:
            options[key] = cast(params[f"stacker_{key}"])
    if "stacker_seeds" in params:
        options["seeds"] = tuple(int(v) for v in str(params["stacker_seeds"]).split(","))
    return options


def write_oof(path: Path, records: list[corpus.Record], scores: list[dict[str, float]]) -> None:
    """The out-of-fold model scores, one JSON line per record, for experiments with the
    stacker or thresholds without retraining (``train --oof``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r, s in zip(records, scores, strict=True):
            f.write(json.dumps({"text": r.text, "labels": sorted(r.labels), "source": r.source,
                                "scores": s}, ensure_ascii=False) + "\n")


def train_language(lang: str, out_dir: Path, config_path: Path = CONFIG,
                   root: Path | None = None, oof: Path | None = None) -> dict:
    """Train, calibrate and save ``models/LANG``; returns the model card data. ``oof``: also
    write the out-of-fold scores there (see :func:`write_oof`)."""
    t0 = time.time()
    records = corpus.load(lang, root)
    if not records:
        raise SystemExit(f"no training records for {lang}")
    nlp, params = build(lang, config_path)
    folds = int(params.get("folds", 0) or 0)
    stacker: Stacker | None = None
    stack_f1: dict[str, float] = {}
    by_source = False
    if folds > 1:
        # Thresholds from out-of-fold predictions over every record (each scored by a model
        # that never saw it): ~10,000 sentences instead of a 15% split, so they move less
        # from one retraining to the next. The shipped model then learns from all records.
        train, dev, scores = records, [], []
        # whole slices per fold need at least as many slices as folds (a tiny corpus has one)
        by_source = (str(params.get("fold_by", "text")) == "source"
                     and len({r.source for r in records}) >= folds)
        groups = corpus.source_folds(records, folds) if by_source else {}
        assigned = [groups[r.source] if by_source else corpus.fold_of(r, folds)
                    for r in records]
        for f in range(folds):
            held = [r for r, a in zip(records, assigned, strict=True) if a == f]
            rest = [r for r, a in zip(records, assigned, strict=True) if a != f]
            if not held or not rest:
                continue
            fold_nlp, _ = build(lang, config_path)
            fit(fold_nlp, rest, lang, params)
            dev += held
            scores += predict(fold_nlp, [r.text for r in held], lang,
                              negation_scope(params))
            logger.info("%s: fold %d of %d done", lang, f + 1, folds)
        view = rule_view(dev, lang)
        if oof is not None:
            write_oof(oof, dev, scores)
        cal = calibrate(scores, dev, lang, corpus.natural_prevalence(), view, params)
        if str(params.get("stacker", "false")).lower() == "true":
            stacker, stack_f1 = fit_stacker(scores, dev, lang, corpus.natural_prevalence(),
                                            float(params.get("stacker_c", 1.0)), view, params)
        fit(nlp, train, lang, params)
    else:
        train, dev = corpus.split(records, int(params["dev_percent"]))
        fit(nlp, train, lang, params)
        cal = calibrate(predict(nlp, [r.text for r in dev], lang, negation_scope(params)),
                        dev, lang, corpus.natural_prevalence(), params=params)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    if stacker is not None:
        stacker.save(out_dir)
    else:
        (out_dir / STACKER_FILE).unlink(missing_ok=True)
    size = sum(p.stat().st_size for p in out_dir.rglob("*") if p.is_file())
    card = {
        "language": lang,
        "records": len(records),
        "train": len(train),
        "dev": len(dev),
        "folds": folds if folds > 1 else 0,
        "fold_by": "source" if by_source else "text",
        "label_counts": corpus.label_counts(records),
        "sources": sorted({r.source for r in records}),
        "data_hash": corpus.data_hash(records),
        "params": params,
        "blend": cal["blend"],
        "thresholds": cal["thresholds"],
        "dev_f1": cal["dev_f1"],
        "dev_mean_f1": cal["mean_f1"],
        "stacker": stacker is not None,
        "stacker_f1": stack_f1,
        "stacker_mean_f1": round(sum(stack_f1.values()) / len(stack_f1), 4) if stack_f1 else None,
        "seconds": round(time.time() - t0, 1),
        "size_bytes": size,
        "spacy": spacy.__version__,
    }
    (out_dir / "explainer.json").write_text(json.dumps(card, indent=2, ensure_ascii=False)
                                            + "\n", encoding="utf-8")
    return card
