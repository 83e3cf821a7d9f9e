"""Export and import formats for the log: JSON (complete), CSV (for spreadsheets), ICS (deadlines).

JSON is the backup format: it holds everything, notices and their analysis included, and
importing it into an empty data folder gives back the same ``log list`` output. CSV holds the
sign-ups only (one row each, lists joined with "; ") and can be imported too. ICS turns the open
requests' due dates into all-day calendar events, so a reminder reaches the family's phone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
from pathlib import Path
from typing import Any

from explainer.errors import InputError
from explainer.store.log import EXPORT_FORMAT, EXPORT_VERSION, LogStore
from explainer.store.models import RightsRequest

logger = logging.getLogger(__name__)

CSV_COLUMNS = (
    "id",
    "organisation",
    "date",
    "channel",
    "for",
    "data",
    "consents",
    "marketing",
    "note",
    "notice_sha256",
    "recipients",
)
LIST_COLUMNS = frozenset({"data", "consents", "marketing", "recipients"})
LIST_SEPARATOR = "; "


def to_json(store: LogStore) -> str:
    return json.dumps(store.export_dict(), ensure_ascii=False, indent=2) + "\n"


def to_csv(store: LogStore) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in sorted(store.list_signups(), key=lambda s: s.id):
        d = s.to_dict()
        writer.writerow(
            [
                LIST_SEPARATOR.join(d[c]) if c in LIST_COLUMNS else ("" if d[c] is None else d[c])
                for c in CSV_COLUMNS
            ]
        )
    return out.getvalue()


def from_csv(text: str) -> dict[str, Any]:
    """An export dict built from a CSV of sign-ups (as :func:`to_csv` writes it)."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "organisation" not in reader.fieldnames:
        raise InputError('The CSV file has no "organisation" column.')
    orgs: dict[str, tuple[int, str]] = {}  # folded name -> (id, name as first written)
    signups = []
    for n, row in enumerate(reader, start=1):
        name = (row.get("organisation") or "").strip()
        if not name:
            raise InputError(f"CSV row {n}: the organisation is empty.")
        oid, _ = orgs.setdefault(name.casefold(), (len(orgs) + 1, name))
        raw_id = (row.get("id") or "").strip()
        try:
            sid = int(raw_id) if raw_id else n
        except ValueError:
            raise InputError(f"CSV row {n}: id {raw_id!r} is not a number.") from None
        entry: dict[str, Any] = {"id": sid, "organisation_id": oid}
        for col in ("date", "channel", "for", "note"):
            entry[col] = (row.get(col) or "").strip() or None
        for col in LIST_COLUMNS:
            value = row.get(col) or ""
            entry[col] = [v.strip() for v in value.split(";") if v.strip()]
        signups.append(entry)
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "organisations": [{"id": i, "name": n} for i, n in orgs.values()],
        "notices": [],
        "signups": signups,
        "requests": [],
    }


def read_import_file(path: str) -> dict[str, Any]:
    """Parse an export file (JSON or CSV; ``-`` is standard input) into an export dict."""
    import sys

    try:
        if path == "-":
            text = sys.stdin.buffer.read().decode("utf-8-sig")
        else:
            text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError:
        raise InputError(f"{path} is not a UTF-8 text file (JSON or CSV).") from None
    if text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path} is not valid JSON: {exc}") from None
    return from_csv(text)


def _ics_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    )


REQUEST_TITLES = {
    "access": "copy of your data",
    "objection": "stop direct marketing",
    "withdraw-consent": "consent withdrawn",
    "erasure": "erase your data",
    "complaint": "complaint to the regulator",
}


def to_ics(requests: list[RightsRequest], *, now: dt.datetime | None = None) -> str:
    """An iCalendar file with one all-day event per open request, on its due date."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Small Print//Family log//EN",
        "CALSCALE:GREGORIAN",
    ]
    for r in requests:
        if not r.due_date or r.status != "open":
            continue
        day = dt.date.fromisoformat(r.due_date)
        title = f"Reply due from {r.organisation} ({REQUEST_TITLES.get(r.type, r.type)})"
        lines += [
            "BEGIN:VEVENT",
            f"UID:smallprint-request-{r.id}-{r.date_sent}@smallprint.local",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_escape(title)}",
            "DESCRIPTION:"
            + _ics_escape(
                f"Request sent {r.date_sent}. If there is no full reply by then, "
                "you can complain to the ICO."
            ),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold_line(line) + "\r\n" for line in lines)


def _fold_line(line: str, limit: int = 75) -> str:
    """RFC 5545 line folding: at most 75 octets a line, continuations start with a space."""
    out: list[str] = []
    current = ""
    for ch in line:
        size = limit if not out else limit - 1
        if len((current + ch).encode("utf-8")) > size:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\r\n ".join(out)
