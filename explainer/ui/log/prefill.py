"""A new log entry drafted from an analysed notice (plain Python, no Qt: testable on its own).

"I signed up…" / "I'm about to sign up…" in the main window open the log's entry dialog filled
from a :class:`NoticeDraft`: the notice's data types ticked, its recipients listed, the channel
guessed from where the text came from, and perhaps an organisation name read from the notice's
heading. The organisation is never guessed from the companies the notice names: those are the
ones the data goes *to* (a baby club's notice names Experian; the family signed up with the club).
"""

from __future__ import annotations

import logging
import mimetypes
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from explainer.analysis.result import Analysis, Recipient
from explainer.store import NewNotice

logger = logging.getLogger(__name__)

# "LITTLE STEPS BABY CLUB — FREE PACK", "Bounty: privacy notice", "Acme | Sign up"
_SEPARATOR = re.compile(r"\s+[—–\-|·•]\s+|\s*[:：]\s+|\s*[|—–]\s*")
_WELCOME = re.compile(
    r"^(?:welcome\s+to\s+(?:the\s+)?|join\s+(?:the\s+)?|"
    r"(?:مرحب[اًا]*|أهلا[ًا]*|اهلا[ًا]*)\s+بك(?:م|ن|ِ)?\s+في\s+)",
    re.IGNORECASE,
)
# Words that make a heading a document title rather than a name ("Privacy notice", "Terms").
_GENERIC = frozenset({
    "privacy", "notice", "policy", "terms", "conditions", "cookies", "cookie", "consent",
    "statement", "agreement", "form", "application", "registration", "contents",
    "الخصوصية", "سياسة", "إشعار", "اشعار", "شروط", "الشروط", "الأحكام", "الاحكام", "نموذج",
    "استمارة", "بيان", "إقرار",
})
# Sentence openings: a first line starting so is a sentence, not a heading.
_SENTENCE_START = frozenset({
    "we", "you", "your", "our", "if", "by", "this", "these", "please", "when", "to", "the",
    "نحن", "قد", "نجمع", "إذا", "اذا", "يمكن", "يمكنك", "يرجى", "عند", "هذه", "هذا", "نستخدم",
})
_SMALL_WORDS = frozenset({"of", "and", "the", "for", "to", "in", "on", "at", "&"})
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
MAX_WORDS = 6
MAX_CHARS = 60


def organisation_guess(text: str, known: Iterable[str] = ()) -> str:
    """The notice's first line if it looks like an organisation's name, else "".

    A heading such as ``LITTLE STEPS BABY CLUB — FREE BUMP-TO-BABY PACK`` gives
    ``Little Steps Baby Club`` (the part before a dash or colon, all-capitals softened). A first
    line that reads like a sentence, is long, or is a document title ("Privacy notice") gives "".
    When the guess matches an organisation in ``known`` (ignoring case), that spelling is used.
    """
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    first = first.lstrip("#*= \t").strip()
    if not first:
        return ""
    head = _SEPARATOR.split(first, maxsplit=1)[0].strip()
    head = _WELCOME.sub("", head).strip()
    head = head.rstrip(".!،,;:").strip()
    words = head.split()
    if not 1 <= len(words) <= MAX_WORDS or len(head) > MAX_CHARS:
        return ""
    if re.search(r"[.!?؟;؛]\s", head + " ") or any(ch.isdigit() for ch in head[:1]):
        return ""
    lowered = [w.casefold().strip("()[]\"'«»“”") for w in words]
    if lowered[0] in _SENTENCE_START or any(w in _GENERIC for w in lowered):
        return ""
    if not _ARABIC.search(head):
        latin = [w for w in words if w[:1].isalpha()]
        capitals = [w for w in latin if w[:1].isupper()]
        if not latin or not words[0][:1].isupper() or len(capitals) * 2 < len(latin):
            return ""
        if head.isupper():
            head = _soften_capitals(words)
    for name in known:
        if name.casefold() == head.casefold():
            return name
    return head


def _soften_capitals(words: list[str]) -> str:
    """``LITTLE STEPS BABY CLUB`` -> ``Little Steps Baby Club``; short tokens (UK, NHS) stay."""
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i and low in _SMALL_WORDS:
            out.append(low)
        elif len(w) <= 3 and w.isalpha() and low not in _SMALL_WORDS:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


@dataclass(frozen=True)
class DraftDataType:
    id: str  # the analysis' stable English id, stored in the log
    label: str  # in the explanation language, shown when the dialog has no name of its own
    about_children: bool = False


@dataclass(frozen=True)
class NoticeDraft:
    """Everything the entry dialog and the store need from one analysed notice."""

    text: str
    language: str
    analysis: dict[str, Any]
    data_types: tuple[DraftDataType, ...] = ()
    recipients: tuple[Recipient, ...] = ()
    channel: str = "website"
    for_whom: str = "parent"
    organisation_hint: str = ""
    source_name: str = ""
    image: bytes | None = None
    image_name: str = ""
    children_data: bool = False

    @property
    def named_recipients(self) -> tuple[str, ...]:
        """What the store keeps in a sign-up's ``recipients``: the names the notice gives."""
        return tuple(r.name for r in self.recipients if r.named)

    @property
    def image_type(self) -> str | None:
        if self.image is None:
            return None
        return mimetypes.guess_type(self.image_name or "")[0] or "application/octet-stream"

    def new_notice(self) -> NewNotice:
        """The notice as the store saves it (its SHA-256 is that of :attr:`text`)."""
        return NewNotice(
            text=self.text,
            language=self.language,
            analysis=self.analysis,
            source_name=self.source_name,
            image=self.image,
            image_type=self.image_type,
        )


def draft_from_analysis(
    analysis: Analysis,
    *,
    source_name: str = "",
    image: bytes | None = None,
    image_name: str = "",
    known_organisations: Iterable[str] = (),
) -> NoticeDraft:
    """A draft entry for ``analysis``; ``image`` (a paper form's photo) makes the channel paper."""
    summary = analysis.summary
    data_types = tuple(
        DraftDataType(d.id, d.label or d.id, d.about_children) for d in summary.data_types
    )
    children = summary.children_data or any(d.about_children for d in data_types)
    return NoticeDraft(
        text=analysis.text,
        language=analysis.language,
        analysis=analysis.to_dict(),
        data_types=data_types,
        recipients=tuple(summary.recipients),
        channel="paper" if image is not None else "website",
        for_whom="child" if children else "parent",
        organisation_hint=organisation_guess(analysis.text, known_organisations),
        source_name=source_name,
        image=image,
        image_name=image_name,
        children_data=children,
    )


def recipients_from_analysis(analysis: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The recipients of a stored analysis (``Analysis.to_dict()`` JSON), tolerating old ones."""
    if not isinstance(analysis, dict):
        return []
    summary = analysis.get("summary")
    items = summary.get("recipients") if isinstance(summary, dict) else None
    out = []
    for r in items or []:
        if isinstance(r, dict) and str(r.get("name") or "").strip():
            out.append(r)
    return out
