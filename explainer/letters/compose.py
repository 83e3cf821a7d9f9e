"""Fill a rights-request letter from the family's log (no I/O: the caller passes the records).

The deadline printed in the letter is one calendar month from ``today`` (the day it is written,
taken as the day it is sent), the same date the log records for the reminder.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from explainer.analysis.lexicon import data_types
from explainer.errors import InputError
from explainer.letters import wording as W
from explainer.letters.model import Block, Letter
from explainer.store.models import (
    REQUEST_TYPES,
    Organisation,
    RightsRequest,
    Signup,
    add_one_month,
    is_child_data,
)

logger = logging.getLogger(__name__)

LANGUAGES = ("en", "ar")


def format_date(day: dt.date, language: str) -> str:
    """``1 March 2024`` / ``1 مارس 2024``: unambiguous in both languages."""
    return f"{day.day} {W.MONTHS[language][day.month - 1]} {day.year}"


def _data_label(item: str, language: str) -> str:
    if language != "ar":
        return item
    info = data_types().get(item.casefold())
    return info.label_ar if info else W.DATA_ALIASES_AR.get(item.casefold(), item)


def _join(items: Sequence[str], language: str) -> str:
    sep = "، " if language == "ar" else ", "
    return sep.join(_data_label(i, language) for i in items)


def _history(signups: Sequence[Signup], language: str) -> Block | None:
    if not signups:
        return None
    c = W.COMMON[language]
    bullets = []
    for s in sorted(signups, key=lambda s: (s.date or "", s.id)):
        when = format_date(dt.date.fromisoformat(s.date), language) if s.date else c["no_date"]
        channel = W.CHANNEL[language].get(s.channel or "", "").strip()
        for_whom = W.FOR_WHOM[language].get(s.for_whom or "", "")
        parts = c["history_item"].format(
            date=when,
            channel=channel or "-",
            for_whom=for_whom or "-",
            data=_join(s.data, language) or c["no_data"],
        )
        bullets.append(parts.replace("، -", "").replace(", -", ""))
    return Block(c["history_intro"], tuple(bullets))


def compose(
    kind: str,
    organisation: Organisation | str,
    signups: Sequence[Signup] = (),
    *,
    language: str = "en",
    today: dt.date | None = None,
    sender: Sequence[str] = (),
    requests: Sequence[RightsRequest] = (),
) -> Letter:
    """The letter of ``kind`` (access, objection, withdraw-consent, erasure, complaint).

    ``signups`` are the log's entries for the organisation: their dates, channels and data are
    listed, and any child's data is named (the erasure letter calls it out). ``requests`` are
    earlier requests to that organisation, cited by the complaint to the regulator.
    """
    if kind not in REQUEST_TYPES:
        raise InputError(f"Unknown letter {kind!r}; choose one of {', '.join(REQUEST_TYPES)}.")
    if language not in LANGUAGES:
        raise InputError(f"Letters are written in English (en) or Arabic (ar), not {language!r}.")
    org = organisation if isinstance(organisation, Organisation) else Organisation(0, organisation)
    today = today or dt.date.today()
    due = add_one_month(today)
    c = W.COMMON[language]
    t = W.LETTERS[language][kind]
    child_data = tuple(dict.fromkeys(d for s in signups for d in s.data if is_child_data(d)))
    has_child = bool(child_data) or any(s.for_whom == "child" for s in signups)
    fields = {
        "org": org.name,
        "due": format_date(due, language),
        "child_phrase": c["child_phrase"] if has_child else "",
        "child_phrase_bi": c["child_phrase_bi"] if has_child else "",
    }

    blocks: list[Block] = [Block(t["opening"].format(**fields))]
    if kind == "complaint":
        blocks += _complaint_blocks(t, requests, fields, language)
        recipient = W.ICO[language]
        salutation = c["dear_ico"]
    else:
        history = _history(signups, language)
        if history:
            blocks.append(history)
        if kind == "erasure" and child_data:
            blocks.append(Block(t["child"].format(child_data=_join(child_data, language))))
        if kind == "objection":
            marketing = tuple(dict.fromkeys(m for s in signups for m in s.marketing))
            if marketing:
                blocks.append(Block(t["marketing"].format(marketing=_join(marketing, language))))
        if kind == "withdraw-consent":
            consents = tuple(dict.fromkeys(m for s in signups for m in s.consents))
            if consents:
                blocks.append(Block(t["consents"].format(consents=_join(consents, language))))
        blocks.append(Block(t["ask"].format(**fields), tuple(t["items"])))
        blocks.append(Block(t["deadline"].format(**fields)))
        lines = [org.name, *[ln for ln in org.address.splitlines() if ln.strip()]]
        if org.email:
            lines.append(org.email)
        if len(lines) == 1:
            lines.append(c["address_placeholder"])
        recipient = tuple(lines)
        salutation = c["dear"]

    note_key = "note_complaint" if kind == "complaint" else "note"
    return Letter(
        kind=kind,
        language=language,
        organisation=org.name,
        sender=tuple(sender) or tuple(c["sender_placeholder"]),
        recipient=recipient,
        date=format_date(today, language),
        subject=t["subject"].format(**fields),
        salutation=salutation,
        blocks=tuple(blocks),
        closing=c["closing"],
        signature=(c["signature"][0], *(sender[:1] or c["signature"][1:])),
        note=c[note_key].format(**fields),
        due_date=due,
    )


def _complaint_blocks(
    t: dict, requests: Sequence[RightsRequest], fields: dict[str, str], language: str
) -> list[Block]:
    if requests:
        items = []
        for r in requests:
            items.append(
                t["request_item"].format(
                    type=W.REQUEST_NAMES[language].get(r.type, r.type),
                    sent=format_date(dt.date.fromisoformat(r.date_sent), language),
                    due=format_date(dt.date.fromisoformat(r.due_date), language)
                    if r.due_date
                    else "-",
                    status=W.STATUS_NAMES[language].get(r.status, r.status),
                )
            )
        first = Block(t["requests_intro"].format(**fields), tuple(items))
    else:
        first = Block(t["no_requests"].format(**fields))
    return [first, Block(t["ask"].format(**fields))]
