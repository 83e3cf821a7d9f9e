"""Token keys shared by pattern building and matching (English: lower case; Arabic: folded)."""

from __future__ import annotations

from spacy.tokens import Doc

from explainer.analysis.arabic import token_key


def set_norms(doc: Doc) -> Doc:
    """Write each token's matching key into ``token.norm_`` (Arabic only; English uses LOWER)."""
    for tok in doc:
        tok.norm_ = token_key(tok.text)
    return doc


def match_attr(lang: str) -> str:
    return "NORM" if lang == "ar" else "LOWER"
