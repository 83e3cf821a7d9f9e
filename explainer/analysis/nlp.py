"""The per-language engines: a spaCy rules pipeline and, when shipped, the trained classifier.

Engines load once per process, lazily, and then stay (``engine(lang)``). The rules pipeline is a
blank ``en``/``ar`` pipeline with our components: ``explainer_norms`` (Arabic matching keys) and
``explainer_rules`` (the recognizers). The classifier is the trained pipeline in ``models/LANG``,
loaded by path; it scores the normalised feature text of each sentence.
"""

from __future__ import annotations

import json
import logging
import threading
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from explainer.analysis.features import feature_text, negation_scope
from explainer.analysis.recognizers import Finding, registry
from explainer.analysis.recognizers.keys import set_norms
from explainer.analysis.result import LABELS
from explainer.analysis.stacker import Stacker
from explainer.errors import ModelError
from explainer.paths import model_dir

logger = logging.getLogger(__name__)

if not Doc.has_extension("findings"):
    Doc.set_extension("findings", default=None)


@Language.component("explainer_norms")
def _norms_component(doc: Doc) -> Doc:
    return set_norms(doc)


@Language.factory("explainer_rules")
def _rules_factory(nlp: Language, name: str) -> RulesComponent:
    return RulesComponent(nlp)


def fix_arabic_tokenizer(nlp: Language) -> None:
    """Split punctuation glued to tanween/tashkeel: the blank tokenizer keeps "صباحاً." whole;
    and a full stop after a Latin word ("مع Google Analytics." kept "Analytics." whole, so the
    name was not found; three letters before it, so "Co." and "S.A." stay whole)."""
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[\u064B-\u0652\u0640])[.\u060C\u061B\u061F!:,;]",
                r"(?<=[A-Za-z]{3})\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


class RulesComponent:
    def __init__(self, nlp: Language) -> None:
        self.recognizers = registry(nlp)

    def __call__(self, doc: Doc) -> Doc:
        found: list[Finding] = []
        for r in self.recognizers:
            found.extend(r.find(doc))
        doc._.findings = drop_shadowed(found)
        return doc


def drop_shadowed(findings: list[Finding]) -> list[Finding]:
    """A recipient word inside a data type is data, not a recipient: "the hospital where you
    give birth" is something they take, not someone who receives it."""
    data = [(f.start, f.end) for f in findings if f.kind == "data_type"]
    return [
        f for f in findings
        if not (f.kind == "recipient" and f.subtype != "named"
                and any(a <= f.start and f.end <= b and (b - a) > (f.end - f.start)
                        for a, b in data))
    ]


class Engine:
    """Rules plus (optionally) the trained classifier for one language."""

    def __init__(self, lang: str, use_model: bool = True) -> None:
        self.lang = lang
        self.rules = spacy.blank(lang)
        if lang == "ar":
            fix_arabic_tokenizer(self.rules)
            self.rules.add_pipe("explainer_norms")
        self.rules.add_pipe("explainer_rules")
        self.classifier: Language | None = None
        self.thresholds: dict[str, float] = {}
        self.model_info: dict = {}
        self.stacker: Stacker | None = None  # learned model+rules combination, if shipped
        self.negation = False  # the model's features mark negation scope (see features.py)
        path = model_dir(lang)
        if use_model and (path / "config.cfg").exists():
            self._load_model(path)

    def _load_model(self, path: Path) -> None:
        try:
            self.classifier = spacy.load(path)
            meta = json.loads((path / "explainer.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelError(
                f"The {self.lang} model in {path} is damaged ({exc}); reinstall Small Print."
            ) from exc
        self.thresholds = {k: float(v) for k, v in meta.get("thresholds", {}).items()}
        self.model_info = meta
        self.negation = negation_scope(meta.get("params"))
        try:
            self.stacker = Stacker.load(path)
        except (OSError, ValueError, KeyError, IndexError) as exc:
            raise ModelError(
                f"The {self.lang} model in {path} is damaged ({exc}); reinstall Small Print."
            ) from exc

    @property
    def status(self) -> str:
        return "model" if self.classifier is not None else "rules-only"

    def rule_docs(self, sentences: list[str]) -> list[Doc]:
        return list(self.rules.pipe(sentences, batch_size=256))

    def scores(self, sentences: list[str]) -> list[dict[str, float]] | None:
        if self.classifier is None:
            return None
        feats = [feature_text(s, self.lang, self.negation) for s in sentences]
        out = []
        for doc in self.classifier.pipe(feats, batch_size=512):
            out.append({k: float(doc.cats.get(k, 0.0)) for k in LABELS})
        return out


_lock = threading.Lock()


@cache
def _engine(lang: str, use_model: bool) -> Engine:
    return Engine(lang, use_model)


def engine(lang: str, use_model: bool = True) -> Engine:
    """The shared engine for ``lang``; ``use_model=False`` gives the rules-only baseline."""
    with _lock:
        return _engine(lang, use_model)


def reset() -> None:
    """Forget loaded engines (after retraining a model in the same process)."""
    with _lock:
        _engine.cache_clear()
