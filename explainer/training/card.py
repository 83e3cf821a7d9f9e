"""Write ``models/README.md`` (the model card) from the models' own metadata and the output of
the evaluation command, so the numbers in the card are exactly what the evaluation prints.

``python -m explainer.training card`` (runs the full evaluation: about 20 seconds).
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from explainer.paths import app_root
from explainer.training import evaluate

CARD_INTRO = """# Model card: Small Print sentence classifiers (`models/en`, `models/ar`)

Two small spaCy pipelines, one per language, each a `textcat_multilabel` component
(`spacy.TextCatBOW.v3`, unigrams and bigrams, 2^16 hashed features) over the normalised feature
text of `explainer/analysis/features.py` (lower case; for Arabic, letter variants folded,
tashkeel/tatweel removed and light clitics split into their own features). They score the twelve
sentence labels of `../shared/CONTRACT.md`; the rules of `explainer/analysis/recognizers` then
veto or boost them (`explainer/analysis/combine.py`). Loaded by path; nothing is downloaded.

## Data
Only sentences written for this project: `resources/training/en/*.jsonl` and
`resources/training/ar/*.jsonl`, labelled per `resources/training/LABELING.md`. Several writers
produced slices in parallel (family and baby-club documents, web and app policies, US-style web
policies, Arabic dialect and Maghrebi registers); duplicates are dropped on their normalised text.
No evaluation corpus of `../shared/data` was used for training, thresholds or rules; the
held-out slices in `resources/training/heldout/` were written separately, notice by notice, by a
writer who did not see the training slices, and are never trained on.

## Training
`python -m explainer.training train` (config: `explainer/training/config.cfg`; fixed seed). 15% of
each language's records (by a hash of the text) form the development split. On it, the weight of
the rules in the blended score and one threshold per label are chosen to maximise F1, with the dev
negatives re-weighted to the label prevalence of whole notices (our sentences over-represent
sharing and vagueness, so unweighted thresholds come out too low for real notices).
"""


def _models_table(root: Path) -> str:
    lines = ["| | English | Arabic |", "|---|---|---|"]
    cards = {}
    for lang in ("en", "ar"):
        path = root / lang / "explainer.json"
        cards[lang] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def row(name: str, fn) -> None:
        vals = [fn(cards[lang]) if cards[lang] else "-" for lang in ("en", "ar")]
        lines.append(f"| {name} | {vals[0]} | {vals[1]} |")

    row("records (train / dev)", lambda c: f"{c['records']} ({c['train']} / {c['dev']})")
    row("data hash", lambda c: f"`{c['data_hash']}`")
    row("sources", lambda c: ", ".join(c["sources"]))
    row("size on disk", lambda c: f"{c['size_bytes'] / 1e6:.1f} MB")
    row("training time", lambda c: f"{c['seconds']} s")
    row("rules weight (blend)", lambda c: str(c["blend"]))
    row("dev mean F1 (12 labels)", lambda c: f"{c['dev_mean_f1']:.3f}")
    for label in ("sharing", "no_sharing", "vague", "collection", "children"):
        row(f"dev F1 {label}", lambda c, lb=label: f"{c['dev_f1'][lb]:.3f}")
    counts = "; ".join(f"{k} {v}" for k, v in cards["en"].get("label_counts", {}).items())
    counts_ar = "; ".join(f"{k} {v}" for k, v in cards["ar"].get("label_counts", {}).items())
    return "\n".join(lines) + f"\n\nLabel counts, English: {counts}.\n\nArabic: {counts_ar}.\n"


def write_card(root: Path | None = None) -> Path:
    root = root or app_root() / "models"
    out = io.StringIO()
    json_path = root / "evaluation.json"
    with contextlib.redirect_stdout(out):
        status = evaluate.main(["--json", str(json_path)])
    if status != 0:
        raise SystemExit(f"evaluation failed with status {status}")
    printed = out.getvalue()
    headline = printed.split("\nHeadline\n", 1)[1].split("\n\n", 1)[0]
    card = (
        CARD_INTRO
        + "\n## The models\n\n"
        + _models_table(root)
        + "\n## Evaluation\n\n"
        "`python -m explainer.training.evaluate` on data the models never saw, following the "
        "scoring recipes of `../shared/data/README.md` (OPP-115 sharing per segment; vagueness "
        "binary, mean >= 3 vs < 2; PI-Extract data-type recall against our `data_type` spans; "
        "our held-out slices per sentence). Its headline, as printed (full numbers in "
        "`models/evaluation.json`):\n\n```\n"
        + headline
        + "\n```\n\n"
        "The English held-out slice also fixes the label prevalence used to weight the dev "
        "split (its proportions only, never its sentences), so its row is not fully independent."
        "\n\n## Credits and limits\n\n"
        "OPP-115 (Wilson et al., ACL 2016), the vagueness corpus (Lebanoff & Liu, EMNLP 2018) and "
        "PI-Extract (Bui et al., PETS 2021) are used for evaluation only. The models read one "
        "sentence at a time with bag-of-n-grams features: they miss practices spread over "
        "several sentences and wording far from what our writers produced. See the issue notes "
        "for the error study.\n"
    )
    path = root / "README.md"
    path.write_text(card, encoding="utf-8")
    return path
