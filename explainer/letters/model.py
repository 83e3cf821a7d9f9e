"""A composed letter: plain data that the text and PDF renderers lay out the same way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """A paragraph, optionally followed by bullet points."""

    text: str
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Letter:
    kind: str  # one of explainer.store.REQUEST_TYPES
    language: str  # "en" or "ar"
    organisation: str  # the organisation the letter is about
    sender: tuple[str, ...]  # lines at the top: name and address (placeholders if unknown)
    recipient: tuple[str, ...]  # the addressee's name and address lines
    date: str  # the letter's date, written out in its language
    subject: str
    salutation: str
    blocks: tuple[Block, ...]
    closing: str
    signature: tuple[str, ...]
    note: str  # for the parent, not part of the letter: "this is not legal advice ..."
    due_date: dt.date | None = None

    @property
    def rtl(self) -> bool:
        return self.language == "ar"
