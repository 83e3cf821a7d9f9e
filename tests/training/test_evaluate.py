"""The evaluation's scoring logic, on tiny corpora written here in the real corpora's formats.

Every sentence below is made up for these tests: the real corpora are evaluation-only and must
never be copied into the repository. A stub runner stands in for ``analyze`` where exact counts
matter (it predicts from marker words), so the tests check the scoring, not the rules.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from explainer.analysis.result import Analysis, Sentence, Span
from explainer.training import evaluate as ev

REAL_DATA = ev.DEFAULT_DATA_DIR


# --------------------------------------------------------------------------- helpers


class StubRunner:
    """Predicts from marker words: SHAREWORD -> sharing, FOGGY -> vague, "email address" ->
    a data_type span. The model column also calls PERHAPS sharing, so the columns differ."""

    def __init__(self) -> None:
        self.status = {"en": "stub", "ar": "stub"}
        self.calls = 0

    @staticmethod
    def _one(text: str, model: bool) -> Analysis:
        labels = []
        if "SHAREWORD" in text or (model and "PERHAPS" in text):
            labels.append("sharing")
        if "FOGGY" in text:
            labels.append("vague")
        spans = tuple(
            Span(m.start(), m.end(), "data_type", m.group(), "", subtype="email address")
            for m in re.finditer("email address", text)
        )
        sent = Sentence(0, len(text), tuple(labels), {})
        return Analysis(language="en", text=text, sentences=(sent,), spans=spans)

    def run(self, texts: Sequence[str], lang: str) -> dict[str, list[Analysis]]:
        self.calls += 2 * len(texts)
        return {
            "rules": [self._one(t, False) for t in texts],
            "model": [self._one(t, True) for t in texts],
        }


def annotation_row(annotator: str, segment: int, category: str, does: str | None) -> list[str]:
    attrs: dict = {
        "Third Party Entity": {
            "selectedText": "someone",
            "startIndexInSegment": 0,
            "endIndexInSegment": 7,
            "value": "Unnamed third party",
        }
    }
    if does is not None:
        attrs["Does/Does Not"] = {
            "selectedText": "null",
            "startIndexInSegment": -1,
            "endIndexInSegment": -1,
            "value": does,
        }
    return [
        "1",
        "batch",
        annotator,
        "7",
        str(segment),
        category,
        json.dumps(attrs),
        "http://example.test/privacy",
        "1/1/16",
    ]


def fake_opp115(root: Path) -> Path:
    """Two policies. Policy 7: seg 0 three Does (positive), seg 1 two Does plus one Does Not
    (positive), seg 2 one Does (left out), seg 3 nobody marked sharing (negative), seg 4 two
    marked sharing but Does Not (left out), seg 5 empty (skipped). Policy 12: one negative."""
    opp = root / "opp-115"
    (opp / "sanitized_policies").mkdir(parents=True)
    (opp / "annotations").mkdir()
    segments = [
        "Heading<br>We SHAREWORD your details with a courier.",
        "<p>Our <b>partners</b> get SHAREWORD data &amp; more.</p>",
        "A PERHAPS sentence.",
        "We keep a FOGGY ledger.",
        "Nothing to see.",
        "<br>",
    ]
    (opp / "sanitized_policies" / "7_alpha.test.html").write_text("|||".join(segments))
    (opp / "sanitized_policies" / "12_beta.test.html").write_text("Plain words only.")
    share = ev.SHARING_CATEGORY
    rows = [
        annotation_row("a1", 0, share, "Does"),
        annotation_row("a2", 0, share, "Does"),
        annotation_row("a3", 0, share, "Does"),
        annotation_row("a1", 1, share, "Does"),
        annotation_row("a2", 1, share, "Does"),
        annotation_row("a2", 1, share, "Does"),
        annotation_row("a3", 1, share, "Does Not"),
        annotation_row("a1", 2, share, "Does"),
        annotation_row("a2", 2, "Other", None),
        annotation_row("a1", 3, "First Party Collection/Use", "Does"),
        annotation_row("a1", 4, share, "Does Not"),
        annotation_row("a2", 4, share, "Does Not"),
    ]
    with (opp / "annotations" / "7_alpha.test.csv").open("w", newline="") as f:
        csv.writer(f).writerows(rows)
    (opp / "annotations" / "12_beta.test.csv").write_text("")
    (opp / "policy_splits_policyqa_piextract.tsv").write_text(
        "policy_file\tpolicyqa_split\tpiextract_split\n7_alpha.test\ttest\t\n"
        "12_beta.test\ttrain\t\n"
    )
    return opp


def conll(sentences: list[list[tuple[str, str]]]) -> str:
    lines = ["-DOCSTART- -X- O O", ""]
    for sent in sentences:
        lines += [f"{tok} _ _ {tag}" for tok, tag in sent] + [""]
    return "\n".join(lines) + "\n"


def fake_piextract(root: Path) -> None:
    """Two sentences; tags differ per folder as in the real data (one entity type each)."""
    s1 = ["We", "collect", "your", "e", "-", "mail", "address", "and", "email", "address", "."]
    s2 = ["Partners", "receive", "your", "shoe", "size", "."]
    tags = {
        "CollectUse_true": (
            [
                "O",
                "O",
                "B-COLLECT",
                "I-COLLECT",
                "I-COLLECT",
                "I-COLLECT",
                "I-COLLECT",
                "O",
                "B-COLLECT",
                "I-COLLECT",
                "O",
            ],
            ["O"] * 6,
        ),
        "Share_true": (["O"] * 11, ["O", "O", "B-SHARE", "I-SHARE", "I-SHARE", "O"]),
        "CollectUse_false": (["O"] * 11, ["O"] * 6),
        "Share_false": (["O"] * 11, ["O"] * 6),
    }
    for folder, (t1, t2) in tags.items():
        (root / "piextract" / folder).mkdir(parents=True)
        text = conll([list(zip(s1, t1, strict=True)), list(zip(s2, t2, strict=True))])
        for name in ev.PIEXTRACT_SETS:
            (root / "piextract" / folder / f"{name}.conll03").write_text(text)


def fake_vague(root: Path) -> Path:
    folder = root / "vagueness-lebanoff-liu-2018"
    folder.mkdir()
    sents = [
        ("We may share FOGGY things , sometimes .", ["4", "4", "3", "5", "4"]),  # 4.0 vague
        ("The club 's address is on the `` contact '' page .", ["1", "1", "2", "1", "1"]),
        ("Middle ground may apply .", ["2", "3", "2", "3", "2"]),  # 2.4 left out
        ("Exactly three FOGGY .", ["3", "3", "3"]),  # 3.0 vague
        ("Exactly two .", ["2", "2"]),  # 2.0 left out
        ("Almost clear FOGGY .", ["2", "2", "1", "2", "2"]),  # 1.8 clear, stub says vague
        ("No scores at all .", []),
    ]
    doc = {
        "id": "d1",
        "type": "Document",
        "vague_sentences": [
            {
                "id": str(i),
                "hit_id": "h",
                "type": "Sentence",
                "sentence_str": s,
                "scores": sc,
                "vague_phrases": {},
            }
            for i, (s, sc) in enumerate(sents)
        ],
    }
    path = folder / "clean_data.json"
    path.write_text(json.dumps({"docs": [doc]}))
    return path


def fake_heldout(folder: Path) -> Path:
    folder.mkdir()
    en = [
        {"text": "We SHAREWORD it.", "language": "en", "labels": ["sharing"]},
        {"text": "We SHAREWORD it FOGGY.", "language": "en", "labels": ["sharing"]},
        {"text": "Plain.", "language": "en", "labels": ["vague"]},
    ]
    ar = [{"text": "نص SHAREWORD", "language": "ar", "labels": ["sharing", "vague"]}]
    for name, recs in (("en", en), ("ar", ar)):
        (folder / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8"
        )
    return folder


def by_key(rows: list[ev.Row]) -> dict[str, ev.Row]:
    return {r.key: r for r in rows}


# --------------------------------------------------------------------------- OPP-115


def test_opp115_two_of_three_rule(tmp_path):
    opp = fake_opp115(tmp_path)
    gold = ev.opp115_gold(opp / "annotations" / "7_alpha.test.csv")
    # segment 1: annotator a2 twice counts once, yet a1 + a2 make two distinct "Does"
    assert gold == {0: True, 1: True, 2: None, 4: None}
    segs = list(ev.opp115_segments(opp))
    assert [(s["id"], s["gold"]) for s in segs] == [
        ("7_alpha.test#0", True),
        ("7_alpha.test#1", True),
        ("7_alpha.test#3", False),
        ("12_beta.test#0", False),
    ]
    assert segs[0]["text"] == "Heading\nWe SHAREWORD your details with a courier."
    assert segs[1]["text"] == "Our partners get SHAREWORD data & more."
    assert segs[0]["split"] == "test"


def test_opp115_counts_and_splits(tmp_path):
    fake_opp115(tmp_path)
    rows = by_key(ev.eval_opp115(tmp_path, StubRunner(), None, ev.ErrorLog(False)))
    head = rows["opp115.sharing.all"].results["rules"]
    assert (head.tp, head.fp, head.fn, head.tn) == (2, 0, 0, 2)
    assert rows["opp115.sharing.policyqa_test"].n["rules"] == 3
    assert rows["opp115.sharing.policyqa_train"].n["rules"] == 1


def test_single_duplicate_annotator_is_not_two(tmp_path):
    path = tmp_path / "x.csv"
    with path.open("w", newline="") as f:
        csv.writer(f).writerows([annotation_row("a1", 0, ev.SHARING_CATEGORY, "Does")] * 3)
    assert ev.opp115_gold(path) == {0: None}


# --------------------------------------------------------------------------- vagueness


def test_vague_threshold_and_left_out_middle(tmp_path):
    items = list(ev.vague_sentences(fake_vague(tmp_path)))
    assert [(it["id"], it["gold"]) for it in items] == [
        ("d1#0", True),
        ("d1#1", False),
        ("d1#3", True),
        ("d1#5", False),
    ]
    assert items[0]["text"] == "We may share FOGGY things, sometimes."
    assert items[1]["text"] == 'The club\'s address is on the "contact" page.'
    row = ev.eval_vague(tmp_path, StubRunner(), None, ev.ErrorLog(False))[0]
    c = row.results["rules"]
    assert (c.tp, c.fp, c.fn, c.tn) == (2, 1, 0, 1)
    assert c.precision == pytest.approx(2 / 3)
    assert c.f1 == pytest.approx(0.8)


def test_limit_counts_scored_items(tmp_path):
    fake_vague(tmp_path)
    row = ev.eval_vague(tmp_path, StubRunner(), 2, ev.ErrorLog(False))[0]
    assert row.n["rules"] == 2


# --------------------------------------------------------------------------- PI-Extract


@pytest.mark.parametrize(
    ("tokens", "hyphens", "text"),
    [
        (["Hello", ",", "world", "."], False, "Hello, world."),
        (
            ["We", "do", "n't", "sell", "it", "(", "ever", ")", "."],
            False,
            "We don't sell it (ever).",
        ),
        (["a", '"', "quoted", "word", '"', "here"], False, 'a "quoted word" here'),
        (["e", "-", "mail", "-", "x"], True, "e-mail-x"),
        (["e", "-", "mail"], False, "e - mail"),
        (["range", ":", "-", "5"], True, "range: - 5"),
    ],
)
def test_detokenize_and_offsets(tokens, hyphens, text):
    out, offsets = ev.detokenize(tokens, join_hyphens=hyphens)
    assert out == text
    for tok, (a, b) in zip(tokens, offsets, strict=True):
        assert out[a:b] == ('"' if tok in ("``", "''") else tok)


def test_bio_entities():
    tags = ["B-X", "I-X", "O", "I-X", "B-X", "B-Y", "I-X"]
    assert ev.bio_entities(tags) == [
        ("X", 0, 2),
        ("X", 3, 4),
        ("X", 4, 5),
        ("Y", 5, 6),
        ("X", 6, 7),
    ]


def test_piextract_overlap_recall(tmp_path):
    fake_piextract(tmp_path)
    log = ev.ErrorLog(True)
    rows = by_key(ev.eval_piextract(tmp_path, StubRunner(), None, log))
    collect = rows["piextract.validation.COLLECT.recall"].results["rules"]
    share = rows["piextract.validation.SHARE.recall"].results["rules"]
    # "e-mail address" is glued, yet the stub only finds "email address": one of two recalled
    assert (collect.tp, collect.fn) == (1, 1)
    assert (share.tp, share.fn) == (0, 1)
    assert rows["piextract.validation.all.recall"].results["rules"].recall == pytest.approx(1 / 3)
    hits = rows["piextract.validation.precision_like"].results["rules"]
    assert (hits.tp, hits.fp) == (1, 0)
    assert rows["piextract.train.COLLECT.recall"].n["rules"] == 2
    missed = log.items["piextract-validation.rules.missed"]
    assert {m["gold"] for m in missed} == {"your e-mail address", "your shoe size"}


def test_span_overlap_edges():
    assert ev._overlaps((0, 5), (4, 9))
    assert not ev._overlaps((0, 5), (5, 9))


# --------------------------------------------------------------------------- held-out


def test_heldout_per_label_and_micro(tmp_path):
    folder = fake_heldout(tmp_path / "heldout")
    rows = by_key(ev.eval_heldout(folder, StubRunner(), None, ev.ErrorLog(False)))
    sharing = rows["heldout.en.sharing"].results["rules"]
    assert (sharing.tp, sharing.fp, sharing.fn) == (2, 0, 0)
    vague = rows["heldout.en.vague"].results["rules"]
    assert (vague.tp, vague.fp, vague.fn) == (0, 1, 1)
    micro = rows["heldout.en.micro"].results["rules"]
    assert (micro.tp, micro.fp, micro.fn) == (2, 1, 1)
    ar = rows["heldout.ar.vague"].results["rules"]
    assert (ar.tp, ar.fn) == (0, 1)


# --------------------------------------------------------------------------- command line


def test_main_writes_json_with_real_analyze(tmp_path, capsys):
    fake_opp115(tmp_path)
    fake_vague(tmp_path)
    fake_piextract(tmp_path)
    out = tmp_path / "out.json"
    errors = tmp_path / "errors"
    code = ev.main(
        [
            "--data-dir",
            str(tmp_path),
            "--only",
            "opp115,vague,piextract",
            "--json",
            str(out),
            "--errors",
            str(errors),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "OPP-115 sharing" in printed and "Timing" in printed
    data = json.loads(out.read_text())
    assert set(data["sections"]) == {"opp115", "vague", "piextract"}
    rows = {r["key"]: r for sec in data["sections"].values() for r in sec["rows"]}
    head = rows["opp115.sharing.all"]
    for system in ev.SYSTEMS:  # gold side does not depend on the analyser
        assert head[system]["n"] == 4
        assert head[system]["tp"] + head[system]["fn"] == 2
    assert rows["piextract.validation.COLLECT.recall"]["rules"]["n"] == 2
    assert "opp115.sharing.all" in data["headline"]


def test_errors_inside_repo_refused(tmp_path, capsys):
    fake_vague(tmp_path)
    code = ev.main(
        [
            "--data-dir",
            str(tmp_path),
            "--only",
            "vague",
            "--errors",
            str(ev.REPO_ROOT / "tmp-errors"),
        ]
    )
    assert code == 2
    assert "inside the repository" in capsys.readouterr().err
    assert not (ev.REPO_ROOT / "tmp-errors").exists()


def test_missing_data_dir_one_line(tmp_path, capsys):
    code = ev.main(["--data-dir", str(tmp_path / "nope"), "--only", "vague"])
    assert code == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "data folder not found" in err


def test_missing_corpus_one_line(tmp_path, capsys):
    code = ev.main(["--data-dir", str(tmp_path), "--only", "piextract"])
    assert code == 3
    assert capsys.readouterr().err.count("\n") == 1


def test_bad_only_is_usage_error(tmp_path):
    with pytest.raises(SystemExit) as exc:
        ev.main(["--data-dir", str(tmp_path), "--only", "opp115,nonsense"])
    assert exc.value.code == 2


@pytest.mark.skipif(not REAL_DATA.is_dir(), reason="shared evaluation data not present")
def test_real_data_small_limit(tmp_path, capsys):
    out = tmp_path / "real.json"
    assert ev.main(["--data-dir", str(REAL_DATA), "--limit", "5", "--json", str(out)]) == 0
    data = json.loads(out.read_text())
    rows = {r["key"]: r for sec in data["sections"].values() for r in sec["rows"]}
    assert rows["opp115.sharing.all"]["rules"]["n"] == 5
    assert rows["vague.binary"]["rules"]["n"] == 5
    assert rows["heldout.ar.sharing"]["rules"]["n"] == 5
    assert "piextract.train.precision_like" in rows
