"""The organisation that wrote the notice is not one of the recipients of its own notice.

Real notices often call their author by name: 'Bounty (UK) Limited ("Bounty", "we")', "Welcome to
Acme", "شركة نون («الشركة» أو «نحن»)". The word lists know many such names as recipients
(Bounty and Experian are in them because they *receive* data in other notices), so without this
"Bounty may use your details to send you offers" in Bounty's own notice reads as Bounty getting
the family's data from someone, and Bounty is listed under "who gets your data".

A named recipient is taken for the author only on explicit evidence in the same text: a
parenthesis that defines it as "we"/"the Company", a phrase such as "Welcome to X", "X respects
your privacy", "X's privacy notice", "the privacy policy of X", "تلتزم X", or a first line that
starts with the name followed by a dash, colon or "privacy notice". A heading that merely starts
with a name ("Bounty packs on our wards") is not evidence. The author's recipient findings are
then dropped in every sentence, before the rules and the classifier's combination read them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from explainer.analysis.recognizers import Finding

_AUTHOR_KINDS = ("named", "company")
_DOC_WORDS = r"(?:privacy|cookies?|data\s+protection)\s+(?:policy|notice|statement|information)"
# X ("we", "us") / X (hereinafter "the Company") / X («الشركة» أو «نحن») / X (ويشار إليها بـ)
_DEFINES = re.compile(
    r"^(?:[^()\n]|\([^()\n]{0,12}\)){0,40}?\(\s*[^)]{0,80}?(?:[\"'“«]\s*(?:we|us|our|the\s+company)\s*[\"'”»]"
    r"|\bhereinafter\b|\bhereafter\b|نحن|الشركة|ويشار|يشار|المشار|ويُشار|يُشار)",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"(?:\bwelcome\s+to|\bthank\s+you\s+for\s+(?:choosing|visiting|joining)|"
    rf"\b{_DOC_WORDS}\s+(?:of|for)|\bthis\s+(?:{_DOC_WORDS}|policy|notice|statement)\s+"
    r"(?:explains|describes|sets\s+out|tells\s+you)\s+how|"
    r"مرحب[اًا]*\s+بك\S*\s+في|ترحب\s+بك\S*|تلتزم|يلتزم|"
    r"(?:سياسة|إشعار|اشعار)\s+(?:ال)?خصوصية(?:\s+(?:الخاصة|الخاص))?(?:\s+[بل]ـ?)?|يوضح\s+هذا\s+(?:الإشعار|الاشعار|البيان)\s+"
    r"(?:كيف|كيفية)\s+\S+)\s*(?:the\s+)?(?:شركة\s+|بنك\s+|مستشفى\s+)?$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?:{_DOC_WORDS}|respects\s+your|values\s+your|is\s+committed\s+to\s+"
    r"protecting|takes\s+your\s+privacy|cares\s+about\s+your\s+privacy)",
    re.IGNORECASE,
)
# a title line: the name, then a dash, colon or bar, or the name of the document
_TITLE_AFTER = re.compile(
    rf"^\s*(?:$|[—–\-|:]|(?:['’]s\s+)?(?:{_DOC_WORDS}|terms\b|privacy\b)|"
    r"(?:سياسة|إشعار|اشعار|شروط)\b)",
    re.IGNORECASE,
)


def _key(sentence: str, f: Finding) -> str:
    return f.value if f.subtype == "named" and f.value else sentence[f.start : f.end].casefold()


def author_keys(sentences: Sequence[str], found: Sequence[Sequence[Finding]]) -> set[str]:
    """Keys (canonical name, or the folded text of an unlisted company) of the notice's author."""
    keys: set[str] = set()
    for i, (sent, findings) in enumerate(zip(sentences, found, strict=True)):
        for f in findings:
            if f.kind != "recipient" or f.subtype not in _AUTHOR_KINDS:
                continue
            before, after = sent[max(0, f.start - 80) : f.start], sent[f.end :]
            title = i == 0 and not sent[: f.start].strip(" #*\t\"'“«") and len(sent.split()) <= 12
            if (_DEFINES.match(after) or _BEFORE.search(before) or _AFTER.match(after)
                    or title and _TITLE_AFTER.match(after)):
                keys.add(_key(sent, f))
    return keys


def drop_author(sentences: Sequence[str], found: Sequence[Sequence[Finding]]
                ) -> list[list[Finding]]:
    """Each sentence's findings without the author's recipient findings."""
    keys = author_keys(sentences, found)
    return [
        [f for f in findings
         if not (keys and f.kind == "recipient" and f.subtype in _AUTHOR_KINDS
                 and _key(sent, f) in keys)]
        for sent, findings in zip(sentences, found, strict=True)
    ]
