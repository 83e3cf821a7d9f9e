"""Small Print: explains privacy notices and sign-up terms, offline, in English and Arabic.

The public face (see shared CONTRACT.md)::

    import explainer
    result = explainer.analyze(text, language=None)   # None = auto, "en" or "ar"
    result.to_dict()
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explainer.errors import ExplainerError

if TYPE_CHECKING:
    from explainer.analysis.result import Analysis

__version__ = "0.1.0"
__all__ = ["ExplainerError", "__version__", "analyze"]


def analyze(text: str, language: str | None = None, *, explain_language: str = "en") -> Analysis:
    """Analyse ``text`` and return an :class:`~explainer.analysis.result.Analysis`.

    Never touches the network or the disk (models load once, lazily, by path). Any ``str`` is
    valid; empty text gives an empty result. ``language`` is None (detect), "en" or "ar";
    ``explain_language`` is the language of explanations ("en" or "ar").
    """
    from explainer.analysis.pipeline import analyze as _analyze

    return _analyze(text, language=language, explain_language=explain_language)
