"""The classifier's view of a sentence: a normalised token string.

The textcat model works on bag-of-n-grams. For Arabic we fold spelling variants and split
light clitics into their own features (``وللأطفال`` -> ``وال_ اطفال``) so that one word in
many written forms counts as one feature. Offsets do not matter here: the classifier scores
whole sentences, and spans come from the rules on the original text.
"""

from __future__ import annotations

import re

from explainer.analysis.arabic import clitic_split

_TOKEN = re.compile(r"\w+(?:['’]\w+)?|[^\w\s]", re.UNICODE)
_DIGITS = re.compile(r"\d")


def feature_text(sentence: str, lang: str) -> str:
    toks = _TOKEN.findall(sentence)
    out: list[str] = []
    if lang == "ar":
        for t in toks:
            out.extend(clitic_split(t))
    else:
        out = [t.lower() for t in toks]
    return _DIGITS.sub("0", " ".join(out))
