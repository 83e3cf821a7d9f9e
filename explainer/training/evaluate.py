"""Score the analyser against the evaluation corpora: rules alone beside model + rules.

Run ``python -m explainer.training.evaluate``. Every recipe follows ``data/README.md`` of the
shared data folder exactly, so the numbers in the model card can be re-checked with ``--json``:

* ``opp115``: OPP-115 *sharing* per segment (2-of-3 annotators "Does" = positive, no annotator
  marking Third Party Sharing/Collection = negative, anything in between left out), over all
  policies in the folder, then per PolicyQA split for comparison.
* ``vague``: the Lebanoff & Liu vagueness corpus as a binary task (mean >= 3 vague, < 2 clear).
* ``piextract``: recall of PI-Extract COLLECT/SHARE data-object spans by our ``data_type`` spans.
* ``heldout``: our own held-out sentences (``resources/training/heldout``), per label.

The corpora are *evaluation only*: nothing here copies their text anywhere but the terminal and
an optional ``--errors`` folder, which must lie outside the repository so that it can never be
committed by accident.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import logging
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from explainer.analysis import textprep
from explainer.analysis.nlp import engine
from explainer.analysis.pipeline import analyze
from explainer.analysis.result import LABELS, Analysis

logger = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data"
HELDOUT_DIR = REPO_ROOT / "resources" / "training" / "heldout"
CORPORA = ("opp115", "vague", "piextract", "heldout")
SYSTEMS = ("rules", "model")  # column order: baseline first
SHARING_CATEGORY = "Third Party Sharing/Collection"
PIEXTRACT_DIRS = ("CollectUse_true", "CollectUse_false", "Share_true", "Share_false")
PIEXTRACT_SETS = ("validation", "train")


class EvaluationError(Exception):
    """A corpus is missing or unreadable: reported as one line, exit code 3."""


# --------------------------------------------------------------------------- counting


@dataclass
class Counts:
    """Confusion counts. For recall-only rows ``tp``/``fn`` are gold spans found/missed; for
    the precision-like row ``tp``/``fp`` are our spans that do/do not overlap gold."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        if gold and pred:
            self.tp += 1
        elif gold:
            self.fn += 1
        elif pred:
            self.fp += 1
        else:
            self.tn += 1

    def __iadd__(self, other: Counts) -> Counts:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn
        return self

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Row:
    """One line of the table. ``metric`` says which columns mean something: "prf" (a binary
    task), "recall" (gold spans found) or "precision" (our spans that hit gold)."""

    key: str
    title: str
    metric: str
    results: dict[str, Counts] = field(default_factory=lambda: {s: Counts() for s in SYSTEMS})

    @property
    def n(self) -> dict[str, int]:
        """Items scored: all items for "prf", gold spans for "recall", our spans otherwise."""
        out = {}
        for s, c in self.results.items():
            out[s] = {"prf": c.tp + c.fp + c.fn + c.tn, "recall": c.tp + c.fn}.get(
                self.metric, c.tp + c.fp
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "title": self.title,
            "metric": self.metric,
            **{s: {**c.to_dict(), "n": self.n[s]} for s, c in self.results.items()},
        }


class ErrorLog:
    """False positives/negatives kept for study, written only when ``--errors`` is given."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.items: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(self, name: str, **record: Any) -> None:
        if self.enabled:
            self.items[name].append(record)

    def write(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for name, records in sorted(self.items.items()):
            path = folder / f"{name}.jsonl"
            with path.open("w", encoding="utf-8") as f:
                for rec in records:
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written.append(path)
        return written


class Runner:
    """Runs ``analyze`` once per text for each system. When a language has no trained model
    the model column would only repeat the rules, so the rules' results are reused."""

    def __init__(self) -> None:
        self.status: dict[str, str] = {}
        self.calls = 0

    def model_status(self, lang: str) -> str:
        if lang not in self.status:
            self.status[lang] = engine(lang, True).status
        return self.status[lang]

    def run(self, texts: Sequence[str], lang: str) -> dict[str, list[Analysis]]:
        rules = [analyze(t, language=lang, use_model=False) for t in texts]
        self.calls += len(texts)
        if self.model_status(lang) != "model":
            return {"rules": rules, "model": rules}
        self.calls += len(texts)
        return {"rules": rules, "model": [analyze(t, language=lang, use_model=True) for t in texts]}


def labels_of(result: Analysis) -> set[str]:
    """Record-level prediction: the union of the labels of all its sentences."""
    return {lab for s in result.sentences for lab in s.labels}


def _take(items: Iterable[Any], limit: int | None) -> list[Any]:
    out = []
    for item in items:
        if limit is not None and len(out) >= limit:
            break
        out.append(item)
    return out


def _require(path: Path, what: str) -> Path:
    if not path.exists():
        raise EvaluationError(f"{what} not found: {path}")
    return path


# --------------------------------------------------------------------------- OPP-115

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|tr|table|blockquote)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def html_segment_text(raw: str) -> str:
    """Plain text of one ``|||`` segment: ``<br>`` and block tags become newlines, other tags
    vanish, entities are unescaped, runs of blanks collapse. No offsets are needed from OPP-115
    (it is scored per segment), so the clean-up may change lengths freely."""
    text = _BLOCK.sub("\n", _BR.sub("\n", raw))
    text = html.unescape(_TAG.sub("", text)).replace("\u00a0", " ")
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def opp115_gold(annotation_csv: Path) -> dict[int, bool | None]:
    """Segment id -> True (>= 2 distinct annotators say a third party "Does" get data), False
    (nobody marked the category) or None (in between: left out). Segments absent from the map
    were marked by nobody, so they are negatives too."""
    marked: dict[int, set[str]] = defaultdict(set)
    does: dict[int, set[str]] = defaultdict(set)
    with annotation_csv.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f):  # Excel dialect, no header
            if len(row) < 7 or row[5] != SHARING_CATEGORY:
                continue
            seg, annotator = int(row[4]), row[2]
            marked[seg].add(annotator)
            try:
                attrs = json.loads(row[6])
            except ValueError:
                attrs = {}
            if (attrs.get("Does/Does Not") or {}).get("value") == "Does":
                does[seg].add(annotator)
    return {seg: True if len(does[seg]) >= 2 else None for seg in marked}


def _policy_order(path: Path) -> tuple[int, str]:
    head = path.stem.split("_", 1)[0]
    return (int(head) if head.isdigit() else 10**9, path.stem)


def opp115_segments(root: Path) -> Iterator[dict[str, Any]]:
    """Scored segments (middle ones left out, empty ones skipped) in policy-id order."""
    policies = sorted((root / "sanitized_policies").glob("*.html"), key=_policy_order)
    if not policies:
        raise EvaluationError(f"no OPP-115 policies in {root / 'sanitized_policies'}")
    splits: dict[str, str] = {}
    split_file = root / "policy_splits_policyqa_piextract.tsv"
    if split_file.exists():
        with split_file.open(encoding="utf-8", newline="") as f:
            for rec in csv.DictReader(f, delimiter="\t"):
                splits[rec["policy_file"]] = rec.get("policyqa_split") or ""
    for policy in policies:
        gold = opp115_gold(_require(root / "annotations" / f"{policy.stem}.csv", "annotations"))
        raw = policy.read_text(encoding="utf-8")
        for seg_id, chunk in enumerate(raw.split("|||")):
            label = gold.get(seg_id, False)
            text = html_segment_text(chunk)
            if label is None or not text:
                continue
            yield {
                "id": f"{policy.stem}#{seg_id}",
                "policy": policy.stem,
                "text": text,
                "gold": label,
                "split": splits.get(policy.stem, ""),
            }


def eval_opp115(data_dir: Path, runner: Runner, limit: int | None, log: ErrorLog) -> list[Row]:
    root = _require(data_dir / "opp-115", "OPP-115 folder")
    segments = _take(opp115_segments(root), limit)
    results = runner.run([s["text"] for s in segments], "en")
    policies = len({s["policy"] for s in segments})
    head = Row("opp115.sharing.all", f"OPP-115 sharing, all {policies} policies", "prf")
    by_split: dict[str, Row] = {}
    for split in sorted({s["split"] for s in segments if s["split"]}):
        n = len({s["policy"] for s in segments if s["split"] == split})
        by_split[split] = Row(
            f"opp115.sharing.policyqa_{split}", f"  PolicyQA {split} split ({n} policies)", "prf"
        )
    for system in SYSTEMS:
        for seg, res in zip(segments, results[system], strict=True):
            pred = "sharing" in labels_of(res)
            head.results[system].add(seg["gold"], pred)
            if seg["split"]:
                by_split[seg["split"]].results[system].add(seg["gold"], pred)
            if pred != seg["gold"]:
                log.add(
                    f"opp115-sharing.{system}.{'fp' if pred else 'fn'}",
                    id=seg["id"],
                    text=seg["text"],
                    sentences=_sentence_view(res),
                )
    return [head, *by_split.values()]


def _sentence_view(res: Analysis) -> list[dict[str, Any]]:
    return [{"text": res.text[s.start : s.end], "labels": list(s.labels)} for s in res.sentences]


# --------------------------------------------------------------------------- detokenising

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "n't", "N'T"}
_CLITICS = {"'s", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def detokenize(
    tokens: Sequence[str], join_hyphens: bool = False
) -> tuple[str, list[tuple[int, int]]]:
    """Rebuild readable text from word tokens and return it with each token's (start, end)
    character offsets in it, so gold token spans become character spans.

    The rules are deliberately light: no space before closing punctuation (, . ; : ! ? ) ] %),
    before clitics ('s n't 're 've 'll 'd 'm) or after opening brackets; PTB quotes (`` '')
    become ``"``; a plain ``"`` alternates between opening and closing. With ``join_hyphens`` a
    lone ``-`` between two word tokens is glued to both ("e - mail" -> "e-mail"), because
    PI-Extract splits hyphenated words while the vagueness corpus keeps them whole. Each token
    goes through :func:`textprep.clean` first, so ``analyze`` keeps the offsets unchanged.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    glue_next = True  # no space before the first token
    quote_open = False
    for i, raw in enumerate(tokens):
        tok = textprep.clean(raw)
        out = '"' if tok in ("``", "''") else tok
        space = not glue_next
        glue_next = False
        if tok in _NO_SPACE_BEFORE or tok.lower() in _CLITICS:
            space = False
        if tok in _NO_SPACE_AFTER:
            glue_next = True
        if tok == '"':
            if quote_open:
                space = False
            else:
                glue_next = True
            quote_open = not quote_open
        if (
            join_hyphens
            and tok == "-"
            and 0 < i < len(tokens) - 1
            and tokens[i - 1][-1:].isalnum()
            and tokens[i + 1][:1].isalnum()
        ):
            space, glue_next = False, True
        if space:
            parts.append(" ")
            pos += 1
        parts.append(out)
        offsets.append((pos, pos + len(out)))
        pos += len(out)
    return "".join(parts), offsets


# --------------------------------------------------------------------------- vagueness


def vague_sentences(path: Path) -> Iterator[dict[str, Any]]:
    """Scored sentences: mean worker score >= 3 is vague, < 2 clear, in between left out."""
    try:
        docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    except (OSError, ValueError, KeyError) as exc:
        raise EvaluationError(f"cannot read the vagueness corpus {path}: {exc}") from exc
    for doc in docs:
        for sent in doc.get("vague_sentences", []):
            scores = [int(s) for s in sent.get("scores", [])]
            if not scores:
                continue
            mean = sum(scores) / len(scores)
            if 2 <= mean < 3:
                continue
            text, _ = detokenize(sent["sentence_str"].split())
            yield {
                "id": f"{doc.get('id')}#{sent.get('id')}",
                "text": text,
                "gold": mean >= 3,
                "mean": mean,
            }


def eval_vague(data_dir: Path, runner: Runner, limit: int | None, log: ErrorLog) -> list[Row]:
    path = _require(
        data_dir / "vagueness-lebanoff-liu-2018" / "clean_data.json", "vagueness corpus"
    )
    items = _take(vague_sentences(path), limit)
    results = runner.run([it["text"] for it in items], "en")
    row = Row("vague.binary", "Vagueness: vague (>=3) vs clear (<2)", "prf")
    for system in SYSTEMS:
        for it, res in zip(items, results[system], strict=True):
            pred = "vague" in labels_of(res)
            row.results[system].add(it["gold"], pred)
            if pred != it["gold"]:
                terms = [s.text for s in res.spans if s.kind == "vague_term"]
                log.add(
                    f"vague.{system}.{'fp' if pred else 'fn'}",
                    id=it["id"],
                    mean=it["mean"],
                    text=it["text"],
                    our_terms=terms,
                )
    return [row]


# --------------------------------------------------------------------------- PI-Extract


def read_conll(path: Path) -> list[tuple[list[str], list[tuple[str, int, int]]]]:
    """Sentences of a CoNLL-03 file as (tokens, entities); an entity is (type, first token,
    token after the last). An ``I-`` tag without a preceding ``B-`` of its type starts one."""
    sentences: list[tuple[list[str], list[tuple[str, int, int]]]] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if tokens:
            sentences.append((tokens.copy(), bio_entities(tags)))
        tokens.clear()
        tags.clear()

    with path.open(encoding="utf-8") as f:
        for line in f:
            cols = line.split()
            if not cols or cols[0] == "-DOCSTART-":
                flush()
            else:
                tokens.append(cols[0])
                tags.append(cols[-1])
    flush()
    return sentences


def bio_entities(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            out.append((kind, start, i))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    return out


def piextract_set(root: Path, name: str) -> list[dict[str, Any]]:
    """One file set (train or validation) with the entities of the four tasks merged: the four
    folders hold the same sentences, one entity type each."""
    merged: list[dict[str, Any]] | None = None
    for folder in PIEXTRACT_DIRS:
        sents = read_conll(_require(root / folder / f"{name}.conll03", "PI-Extract file"))
        if merged is None:
            merged = [
                {"id": f"{name}#{i}", "tokens": toks, "entities": []}
                for i, (toks, _) in enumerate(sents)
            ]
        if len(sents) != len(merged):
            raise EvaluationError(
                f"PI-Extract {folder}/{name} has {len(sents)} sentences, "
                f"{PIEXTRACT_DIRS[0]} has {len(merged)}"
            )
        for item, (toks, ents) in zip(merged, sents, strict=True):
            if toks != item["tokens"]:
                raise EvaluationError(
                    f"PI-Extract {folder}/{name}: sentence {item['id']} differs between folders"
                )
            item["entities"].extend(ents)
    return merged or []


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def eval_piextract(data_dir: Path, runner: Runner, limit: int | None, log: ErrorLog) -> list[Row]:
    root = _require(data_dir / "piextract", "PI-Extract folder")
    rows: list[Row] = []
    for name in PIEXTRACT_SETS:
        items = _take(piextract_set(root, name), limit)
        for it in items:
            it["text"], offsets = detokenize(it["tokens"], join_hyphens=True)
            it["gold"] = [(kind, offsets[a][0], offsets[b - 1][1]) for kind, a, b in it["entities"]]
        results = runner.run([it["text"] for it in items], "en")
        recall = {
            kind: Row(
                f"piextract.{name}.{kind}.recall", f"PI-Extract {name}: {kind} recall", "recall"
            )
            for kind in ("COLLECT", "SHARE")
        }
        both = Row(
            f"piextract.{name}.all.recall", f"PI-Extract {name}: COLLECT+SHARE recall", "recall"
        )
        hits = Row(
            f"piextract.{name}.precision_like",
            f"PI-Extract {name}: our data types on gold",
            "precision",
        )
        for system in SYSTEMS:
            for it, res in zip(items, results[system], strict=True):
                if res.text != it["text"]:  # offsets would not line up: say so, do not guess
                    logger.warning("text changed by analysis, skipped: %s", it["id"])
                    continue
                ours = [(s.start, s.end) for s in res.spans if s.kind == "data_type"]
                for kind, a, b in it["gold"]:
                    if kind not in recall:
                        continue
                    found = any(_overlaps((a, b), o) for o in ours)
                    recall[kind].results[system].add(True, found)
                    both.results[system].add(True, found)
                    if not found:
                        log.add(
                            f"piextract-{name}.{system}.missed",
                            id=it["id"],
                            kind=kind,
                            gold=it["text"][a:b],
                            text=it["text"],
                        )
                for o in ours:
                    hit = any(_overlaps(o, (a, b)) for _, a, b in it["gold"])
                    hits.results[system].add(hit, True)
                    if not hit:
                        log.add(
                            f"piextract-{name}.{system}.unmatched",
                            id=it["id"],
                            ours=it["text"][o[0] : o[1]],
                            text=it["text"],
                        )
        rows += [*recall.values(), both, hits]
    return rows


# --------------------------------------------------------------------------- held-out


def eval_heldout(heldout_dir: Path, runner: Runner, limit: int | None, log: ErrorLog) -> list[Row]:
    rows: list[Row] = []
    for lang in ("ar", "en"):
        path = _require(heldout_dir / f"{lang}.jsonl", "held-out file")
        with path.open(encoding="utf-8") as f:
            records = _take((json.loads(line) for line in f if line.strip()), limit)
        results = runner.run([r["text"] for r in records], lang)
        per = {
            lab: Row(f"heldout.{lang}.{lab}", f"Held-out {lang}: {lab}", "prf") for lab in LABELS
        }
        micro = Row(f"heldout.{lang}.micro", f"Held-out {lang}: micro-average", "prf")
        for system in SYSTEMS:
            for i, (rec, res) in enumerate(zip(records, results[system], strict=True)):
                pred, gold = labels_of(res), set(rec.get("labels", []))
                for lab in LABELS:
                    per[lab].results[system].add(lab in gold, lab in pred)
                    micro.results[system].add(lab in gold, lab in pred)
                if pred != gold:
                    log.add(
                        f"heldout-{lang}.{system}",
                        line=i + 1,
                        text=rec["text"],
                        missing=sorted(gold - pred),
                        extra=sorted(pred - gold),
                    )
        rows += [micro, *per.values()]
    return rows


# --------------------------------------------------------------------------- output

HEADLINE = (
    "opp115.sharing.all",
    "vague.binary",
    "piextract.validation.COLLECT.recall",
    "piextract.validation.SHARE.recall",
    "heldout.ar.sharing",
    "heldout.ar.vague",
    "heldout.ar.micro",
    "heldout.en.micro",
)


def _fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def format_table(rows: Sequence[Row]) -> str:
    """The table for people; the same numbers go to ``--json``. ``n`` is the number of items
    scored (segments, sentences, gold spans or our spans, by row); ``pos`` the gold positives."""
    width = max([len(r.title) for r in rows] + [20]) + 2
    cols = f"{'P':>5}  {'R':>5}  {'F1':>5}  {'n':>6}  {'pos':>5}"
    lines = [f"{'':{width}}{'rules only':<38}    model + rules", f"{'':{width}}{cols}    {cols}"]
    for row in rows:
        cells = []
        for system in SYSTEMS:
            c = row.results[system]
            p = c.precision if row.metric != "recall" else None
            r = c.recall if row.metric != "precision" else None
            f1 = c.f1 if row.metric == "prf" else None
            pos = str(c.tp + c.fn) if row.metric == "prf" else "-"
            cells.append(f"{_fmt(p)}  {_fmt(r)}  {_fmt(f1)}  {row.n[system]:>6}  {pos:>5}")
        lines.append(f"{row.title:<{width}}{cells[0]}    {cells[1]}")
    return "\n".join(lines)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m explainer.training.evaluate",
        description="Score rules alone and model + rules on the evaluation-only corpora.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=DEFAULT_DATA_DIR,
        help=f"shared data folder (default: {DEFAULT_DATA_DIR})",
    )
    parser.add_argument(
        "--only", default=",".join(CORPORA), help=f"comma-separated subset of: {','.join(CORPORA)}"
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        help="score only the first N items of each corpus (quick runs, tests)",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write all numbers here")
    parser.add_argument(
        "--errors",
        type=Path,
        default=None,
        help="write false positives/negatives here (must be outside the repo)",
    )
    parser.add_argument("--heldout-dir", type=Path, default=HELDOUT_DIR, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    only = [c.strip() for c in args.only.split(",") if c.strip()]
    unknown = sorted(set(only) - set(CORPORA))
    if unknown or not only:
        parser.error(f"--only takes {','.join(CORPORA)}; got {args.only!r}")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if args.errors is not None and _inside(args.errors, REPO_ROOT):
        print(
            f"error: --errors {args.errors} is inside the repository; evaluation text must "
            "never be committed, choose a folder outside it",
            file=sys.stderr,
        )
        return 2
    needs_data = any(c != "heldout" for c in only)
    if needs_data and not args.data_dir.is_dir():
        print(f"error: data folder not found: {args.data_dir} (pass --data-dir)", file=sys.stderr)
        return 3

    steps: dict[str, Callable[[Runner, ErrorLog], list[Row]]] = {
        "opp115": lambda r, e: eval_opp115(args.data_dir, r, args.limit, e),
        "vague": lambda r, e: eval_vague(args.data_dir, r, args.limit, e),
        "piextract": lambda r, e: eval_piextract(args.data_dir, r, args.limit, e),
        "heldout": lambda r, e: eval_heldout(args.heldout_dir, r, args.limit, e),
    }
    runner, log = Runner(), ErrorLog(args.errors is not None)
    sections: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    try:
        for name in CORPORA:
            if name not in only:
                continue
            t0, calls0 = time.perf_counter(), runner.calls
            rows = steps[name](runner, log)
            sections[name] = {
                "rows": rows,
                "seconds": time.perf_counter() - t0,
                "analyses": runner.calls - calls0,
            }
    except (EvaluationError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    total = time.perf_counter() - started

    all_rows = [row for sec in sections.values() for row in sec["rows"]]
    by_key = {row.key: row for row in all_rows}
    headline = [by_key[k] for k in HEADLINE if k in by_key]
    models = ", ".join(f"{lang}={st}" for lang, st in sorted(runner.status.items()))
    print(
        f"Small Print evaluation - data: {args.data_dir}; models: {models or 'none used'}"
        + (f"; limit {args.limit} per corpus" if args.limit else "")
    )
    if headline:
        print("\nHeadline\n" + format_table(headline))
    for name, sec in sections.items():
        print(f"\n{name}\n" + format_table(sec["rows"]))
    print("\nTiming")
    for name, sec in sections.items():
        rate = sec["analyses"] / sec["seconds"] if sec["seconds"] else 0.0
        print(
            f"  {name:<10} {sec['seconds']:7.1f} s  {sec['analyses']:>6} analyses  ({rate:,.0f}/s)"
        )
    print(f"  {'total':<10} {total:7.1f} s")

    if args.json is not None:
        payload = {
            "data_dir": str(args.data_dir),
            "limit": args.limit,
            "models": runner.status,
            "seconds": total,
            "headline": [r.key for r in headline],
            "sections": {
                name: {"seconds": sec["seconds"], "rows": [r.to_dict() for r in sec["rows"]]}
                for name, sec in sections.items()
            },
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.errors is not None:
        written = log.write(args.errors)
        print(f"\n{len(written)} error files written to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
