"""The log's records: plain frozen dataclasses, no SQL and no Qt.

Dates are ISO ``YYYY-MM-DD`` strings, as the family types them and as they sort in SQL; lists
(data given, consents) are tuples of short strings. Records cross into the UI, the letters and
the JSON export unchanged, so they hold nothing that needs a live database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

CHANNELS: tuple[str, ...] = ("website", "app", "paper", "hospital", "phone", "store")
FOR_WHOM: tuple[str, ...] = ("parent", "child", "partner")
REQUEST_TYPES: tuple[str, ...] = (
    "access",
    "objection",
    "withdraw-consent",
    "erasure",
    "complaint",
)
REQUEST_STATUSES: tuple[str, ...] = ("open", "answered", "closed")

# Data types a family is commonly asked for. Free text is allowed too; these are offered first in
# the UI and flagged as being about a child (which the erasure letter calls out).
COMMON_DATA_TYPES: tuple[str, ...] = (
    "name",
    "email address",
    "phone number",
    "home address",
    "date of birth",
    "child's name",
    "child's date of birth",
    "due date",
    "health information",
    "photos",
    "location",
    "payment details",
)
CHILD_DATA_TYPES: frozenset[str] = frozenset(
    {"child's name", "child's date of birth", "due date", "child's photos", "child's health"}
)


def is_child_data(data_type: str) -> bool:
    """True for data about a child or a pregnancy, the data a parent most wants erased."""
    t = data_type.casefold()
    return t in CHILD_DATA_TYPES or "child" in t or "baby" in t or "due date" in t


def parse_date(value: str | dt.date | None, *, what: str = "date") -> dt.date | None:
    """A ``YYYY-MM-DD`` string (or date) as a date; ``ValueError`` names the field if it is bad."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what} must be YYYY-MM-DD, not {value!r}") from None


def add_one_month(day: dt.date) -> dt.date:
    """The same day next calendar month, or that month's last day if it has no such day.

    This is how the ICO counts the one-month deadline for a rights request: 31 January gives
    28 (or 29) February, 15 March gives 15 April.
    """
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")  # pragma: no cover


@dataclass(frozen=True)
class Organisation:
    id: int
    name: str
    kind: str = ""  # e.g. "retailer", "hospital trust", "app developer"
    address: str = ""  # postal/contact address, several lines
    email: str = ""
    notes: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Signup:
    """One time the family gave data to an organisation."""

    id: int
    organisation: str
    organisation_id: int
    date: str | None = None
    channel: str | None = None
    for_whom: str | None = None  # "for" is a keyword; exported as "for"
    data: tuple[str, ...] = ()
    consents: tuple[str, ...] = ()
    marketing: tuple[str, ...] = ()  # marketing opt-ins ticked: "email", "sms", "post", ...
    note: str = ""
    notice_id: int | None = None
    notice_sha256: str | None = None
    recipients: tuple[str, ...] = field(default=())  # named recipients from the notice

    @property
    def child_data(self) -> tuple[str, ...]:
        return tuple(d for d in self.data if is_child_data(d))

    def to_dict(self) -> dict[str, Any]:
        """The ``log list --format json`` entry (CONTRACT.md): stable keys, lists as lists."""
        return {
            "id": self.id,
            "organisation": self.organisation,
            "date": self.date,
            "channel": self.channel,
            "for": self.for_whom,
            "data": list(self.data),
            "consents": list(self.consents),
            "marketing": list(self.marketing),
            "note": self.note,
            "notice_sha256": self.notice_sha256,
            "recipients": list(self.recipients),
        }


@dataclass(frozen=True)
class Notice:
    id: int
    sha256: str  # SHA-256 of the text, UTF-8 encoded: the same words give the same hash
    text: str
    language: str | None = None
    analysis: dict[str, Any] | None = None
    date: str | None = None  # when it was saved
    source_name: str = ""
    image: bytes | None = None  # the photo/scan of a paper form, if that is what was read
    image_type: str | None = None  # e.g. "image/png"


@dataclass(frozen=True)
class RightsRequest:
    id: int
    type: str
    organisation: str
    organisation_id: int
    date_sent: str
    due_date: str | None
    status: str = "open"
    language: str = "en"
    signup_id: int | None = None
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
