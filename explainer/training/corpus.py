"""The project's labelled sentences: loading, validation, de-duplication and the dev split.

Records live in ``resources/training/LANG/*.jsonl`` (see LABELING.md there). The held-out
slices in ``resources/training/heldout/`` are never loaded for training. The split is by a
hash of the normalised text, so it is stable across runs and machines.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from explainer.analysis.features import feature_text
from explainer.analysis.result import LABELS
from explainer.paths import resource

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Record:
    text: str
    language: str
    labels: frozenset[str]
    source: str = ""


def read_jsonl(path: Path, language: str | None = None) -> list[Record]:
    out: list[Record] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc})") from exc
            labels = frozenset(d.get("labels", []))
            unknown = labels - set(LABELS)
            if unknown:
                raise ValueError(f"{path}:{n}: unknown labels {sorted(unknown)}")
            lang = d.get("language", language)
            if language and lang != language:
                continue
            out.append(Record(d["text"].strip(), lang, labels, d.get("source", path.stem)))
    return out


def training_dir() -> Path:
    return resource("training")


def load(language: str, root: Path | None = None) -> list[Record]:
    """All training records of ``language``, de-duplicated on their feature text."""
    base = (root or training_dir()) / language
    records: list[Record] = []
    for path in sorted(base.glob("*.jsonl")):
        records.extend(read_jsonl(path, language))
    seen: dict[str, Record] = {}
    for r in records:
        key = feature_text(r.text, language)
        if key and key not in seen:
            seen[key] = r
    dropped = len(records) - len(seen)
    if dropped:
        logger.info("%s: dropped %d duplicate records", language, dropped)
    return list(seen.values())


def _digest(record: Record) -> str:
    """A stable hash of the record's feature text: the same split on every machine and run."""
    return hashlib.sha256(feature_text(record.text, record.language).encode("utf-8")).hexdigest()


def is_dev(record: Record, percent: int) -> bool:
    return int(_digest(record)[:8], 16) % 100 < percent


def fold_of(record: Record, folds: int) -> int:
    """The cross-validation fold of ``record`` (0..folds-1), fixed by a hash of its text."""
    return int(_digest(record)[8:16], 16) % folds


def source_folds(records: list[Record], folds: int) -> dict[str, int]:
    """Whole slices to folds (largest slice first, into the fold with fewest records so far),
    so that each fold's records are scored by a model that never saw their writer's wording:
    closer to a real notice than holding out sentences of a slice the model learned from."""
    sizes: dict[str, int] = {}
    for r in records:
        sizes[r.source] = sizes.get(r.source, 0) + 1
    load = [0] * folds
    out: dict[str, int] = {}
    for source in sorted(sizes, key=lambda k: (-sizes[k], k)):
        f = min(range(folds), key=lambda i: (load[i], i))
        out[source] = f
        load[f] += sizes[source]
    return out


def split(records: list[Record], percent: int) -> tuple[list[Record], list[Record]]:
    train = [r for r in records if not is_dev(r, percent)]
    dev = [r for r in records if is_dev(r, percent)]
    return train, dev


def label_counts(records: list[Record]) -> dict[str, int]:
    counts = {k: 0 for k in LABELS}
    counts["(none)"] = 0
    for r in records:
        for k in r.labels:
            counts[k] += 1
        if not r.labels:
            counts["(none)"] += 1
    return counts


def data_hash(records: list[Record]) -> str:
    h = hashlib.sha256()
    for r in sorted(records, key=lambda r: r.text):
        h.update(json.dumps([r.text, sorted(r.labels)], ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()[:16]


def natural_prevalence() -> dict[str, float]:
    """Share of sentences carrying each label in whole notices, from our English whole-notice
    slice (``heldout/en.jsonl``: written notice by notice, so its label mix is natural).
    Only these proportions are used, never its sentences."""
    path = training_dir() / "heldout" / "en.jsonl"
    if not path.exists():
        return {}
    records = read_jsonl(path)
    counts = label_counts(records)
    return {k: counts[k] / len(records) for k in LABELS}
