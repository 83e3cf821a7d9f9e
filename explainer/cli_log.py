"""``explainer log ...`` and ``explainer letter ...``: the family's log from the command line.

Implements the "log from the command line" section of CONTRACT.md, plus ``log delete``,
``log requests``, ``log backup``/``log restore``, ``log forget --yes`` and ``log encrypt`` /
``log decrypt``. Every command takes ``--data-dir DIR``, ``--guest`` (memory only: nothing is read
or written on disk) and ``--passphrase-file FILE`` for a log locked with a passphrase (or the
``EXPLAINER_PASSPHRASE`` environment variable). A passphrase is never an argument itself: the
command line shows in the process list to every user of a shared computer.

Exit codes: 0 success, 2 usage, 3 bad input (missing file, unknown entry, bad date), 4 the log
cannot be opened or written (raised as :class:`~explainer.errors.StoreError`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import logging
import os
import sys
from pathlib import Path
from typing import Any

from explainer.errors import InputError
from explainer.store.models import CHANNELS, FOR_WHOM, REQUEST_STATUSES, REQUEST_TYPES

logger = logging.getLogger(__name__)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the log (default: EXPLAINER_DATA_DIR or the user data folder)",
    )
    p.add_argument(
        "--guest", action="store_true", help="keep everything in memory; write nothing to disk"
    )
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the log's passphrase from the first line of FILE (default: {PASSPHRASE_ENV})",
    )


PASSPHRASE_ENV = "EXPLAINER_PASSPHRASE"
NEW_PASSPHRASE_ENV = "EXPLAINER_NEW_PASSPHRASE"


def _read_passphrase_file(path: str) -> str:
    """The first line of ``path``, without its line ending (spaces are part of it)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.readline()
    except OSError as exc:
        raise InputError(f"Cannot read the passphrase file {path}: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError:
        raise InputError(f"The passphrase file {path} is not UTF-8 text.") from None
    if not text:
        raise InputError(f"The passphrase file {path} is empty.")
    return text


def _passphrase(args: argparse.Namespace) -> str | None:
    """From ``--passphrase-file``, else ``EXPLAINER_PASSPHRASE``, else None."""
    if getattr(args, "passphrase_file", None):
        return _read_passphrase_file(args.passphrase_file)
    return os.environ.get(PASSPHRASE_ENV) or None


def _new_passphrase(args: argparse.Namespace) -> str | None:
    if getattr(args, "new_passphrase_file", None):
        return _read_passphrase_file(args.new_passphrase_file)
    return os.environ.get(NEW_PASSPHRASE_ENV) or None


def add_parsers(subparsers: Any) -> None:
    """Add ``log`` and ``letter`` to the main parser's subcommands."""
    log = subparsers.add_parser("log", help="the family's private log of sign-ups")
    log_sub = log.add_subparsers(dest="log_command", metavar="ACTION")
    log.set_defaults(func=lambda args: _usage(log))

    p = log_sub.add_parser("add", help="record a sign-up; prints the new entry's id")
    _common(p)
    p.add_argument("--org", required=True, metavar="NAME", help="organisation")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="when (default: today)")
    p.add_argument("--channel", choices=CHANNELS)
    p.add_argument("--for", dest="for_whom", choices=FOR_WHOM, help="whose data")
    p.add_argument(
        "--data", nargs="+", action="extend", default=[], metavar="TYPE", help="data given"
    )
    p.add_argument("--consent", nargs="+", action="extend", default=[], metavar="TEXT")
    p.add_argument("--marketing", nargs="+", action="extend", default=[], metavar="CHANNEL")
    p.add_argument("--notice", metavar="PATH", help="the privacy notice or form: analysed, kept")
    p.add_argument("--note", default="", metavar="TEXT")
    p.set_defaults(func=_cmd_add)

    p = log_sub.add_parser("list", help="list sign-ups, newest first")
    _common(p)
    p.add_argument("--search", metavar="TEXT", help="only entries matching every word")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=_cmd_list)

    p = log_sub.add_parser("export", help="export the whole log")
    _common(p)
    p.add_argument("--format", choices=["csv", "json", "ics"], default="json")
    p.add_argument("--output", metavar="FILE", help="write here (mode 0600) instead of stdout")
    p.set_defaults(func=_cmd_export)

    p = log_sub.add_parser("import", help="add entries from a JSON or CSV export")
    _common(p)
    p.add_argument("file", metavar="FILE", help="export file, or - for standard input")
    p.set_defaults(func=_cmd_import)

    p = log_sub.add_parser("delete", help="delete one entry")
    _common(p)
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=_cmd_delete)

    p = log_sub.add_parser("requests", help="rights requests and their deadlines")
    _common(p)
    p.add_argument("--due", action="store_true", help="only open requests due by today")
    p.add_argument("--set-status", nargs=2, metavar=("ID", "STATUS"), help="answered|closed|open")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=_cmd_requests)

    p = log_sub.add_parser("backup", help="copy the log to a file (a consistent snapshot)")
    _common(p)
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=_cmd_backup)

    p = log_sub.add_parser("restore", help="import a backup made with 'log backup' (empty log)")
    _common(p)
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=_cmd_restore)

    p = log_sub.add_parser("forget", help="delete the log, its backups and everything in it")
    _common(p)
    p.add_argument("--yes", action="store_true", help="really do it (required)")
    p.set_defaults(func=_cmd_forget)

    p = log_sub.add_parser(
        "encrypt", help="lock the log with a passphrase (or change it with --new-passphrase-file)"
    )
    _common(p)
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"for a log already locked: the new passphrase (default: {NEW_PASSPHRASE_ENV})",
    )
    p.set_defaults(func=_cmd_encrypt)

    p = log_sub.add_parser("decrypt", help="remove the passphrase: the log becomes a plain file")
    _common(p)
    p.set_defaults(func=_cmd_decrypt)

    p = subparsers.add_parser("letter", help="write a rights-request letter from the log")
    _common(p)
    p.add_argument("kind", choices=REQUEST_TYPES, metavar="|".join(REQUEST_TYPES))
    p.add_argument("--org", required=True, metavar="NAME")
    p.add_argument("--lang", choices=["en", "ar"], default="en")
    p.add_argument("--format", choices=["text", "pdf"], default="text")
    p.add_argument("--output", metavar="FILE")
    p.add_argument("--sender", nargs="+", metavar="LINE", help="your name, then address lines")
    p.add_argument(
        "--no-record", action="store_true", help="do not record the request and its deadline"
    )
    p.set_defaults(func=_cmd_letter)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _open(args: argparse.Namespace):
    from explainer.store import LogStore

    passphrase = None if args.guest else _passphrase(args)
    log = LogStore.open(args.data_dir, guest=args.guest, passphrase=passphrase)
    if passphrase is not None and not log.guest and not log.encrypted:
        print(
            "explainer: note: this log is not locked with a passphrase, so none was used "
            "('explainer log encrypt' locks it).",
            file=sys.stderr,
        )
    return log


def _write_output(target: str | None, data: str | bytes) -> None:
    """To ``target`` (created 0600: it is private) or stdout."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if not target or target == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
    except OSError as exc:
        raise InputError(f"Cannot write {target}: {exc.strerror}") from exc


def _read_notice(path: str) -> Any:
    """Read and analyse a notice file; returns a NewNotice."""
    from explainer import ingest
    from explainer.analysis.pipeline import analyze
    from explainer.store import NewNotice

    p = Path(path)
    doc = ingest.read_path(p)
    analysis = analyze(doc.text)
    image = image_type = None
    if doc.kind == "image":
        image = p.read_bytes()
        image_type = "image/" + (p.suffix.lower().lstrip(".").replace("jpg", "jpeg") or "png")
    return NewNotice(
        text=doc.text,
        language=analysis.language,
        analysis=analysis.to_dict(),
        source_name=p.name,
        image=image,
        image_type=image_type,
    ), analysis


def _cmd_add(args: argparse.Namespace) -> int:
    notice = None
    recipients: list[str] = []
    if args.notice:
        notice, analysis = _read_notice(args.notice)
        recipients = [r.name for r in analysis.summary.recipients if r.named]
    with _open(args) as log:
        new_id = log.add_signup(
            args.org,
            date=args.date or dt.date.today(),
            channel=args.channel,
            for_whom=args.for_whom,
            data=args.data,
            consents=args.consent,
            marketing=args.marketing,
            note=args.note,
            notice=notice,
            recipients=recipients,
        )
    print(new_id)
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as log:
        entries = log.list_signups(search=args.search)
    if args.format == "json":
        print(json.dumps([e.to_dict() for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("No entries." if not args.search else f"No entries match {args.search!r}.")
        return 0
    for e in entries:
        fields = [
            f"{e.id:>5}",
            e.date or "----------",
            e.organisation,
            e.channel or "-",
            e.for_whom or "-",
            ", ".join(e.data) or "-",
        ]
        print("  ".join(fields))
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from explainer.store import exchange

    with _open(args) as log:
        if args.format == "json":
            text = exchange.to_json(log)
        elif args.format == "csv":
            text = exchange.to_csv(log)
        else:
            text = exchange.to_ics(log.list_requests(status="open"))
    _write_output(args.output, text)
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from explainer.store import exchange

    data = exchange.read_import_file(args.file)
    with _open(args) as log:
        counts = log.import_dict(data)
    print(
        f"Imported {counts['signups']} sign-ups, {counts['organisations']} organisations, "
        f"{counts['notices']} notices and {counts['requests']} requests.",
        file=sys.stderr,
    )
    return 0


def _cmd_delete(args: argparse.Namespace) -> int:
    with _open(args) as log:
        log.delete_signup(args.id)
    return 0


def _cmd_requests(args: argparse.Namespace) -> int:
    with _open(args) as log:
        if args.set_status:
            rid, status = args.set_status
            if status not in REQUEST_STATUSES or not rid.isdigit():
                print(
                    f"explainer: --set-status takes ID and one of {', '.join(REQUEST_STATUSES)}",
                    file=sys.stderr,
                )
                return 2
            log.set_request_status(int(rid), status)
        reqs = log.requests_due() if args.due else log.list_requests()
    if args.format == "json":
        print(json.dumps([r.to_dict() for r in reqs], ensure_ascii=False, indent=2))
        return 0
    today = dt.date.today().isoformat()
    for r in reqs:
        late = " OVERDUE" if r.status == "open" and r.due_date and r.due_date < today else ""
        print(f"{r.id:>5}  {r.type:<16} {r.organisation}  sent {r.date_sent}  "
              f"due {r.due_date or '-'}  {r.status}{late}")
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    with _open(args) as log:
        log.backup_to(Path(args.file))
        if log.encrypted:
            print("The backup is locked with the log's passphrase.", file=sys.stderr)
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from explainer.store import LogStore
    from explainer.store.cipher import DB_ERRORS
    from explainer.store.opening import SQLITE_MAGIC

    src = Path(args.file)
    if not src.is_file():
        raise InputError(f"No such backup file: {src}")
    with open(src, "rb") as fh:
        plain = fh.read(16) == SQLITE_MAGIC
    passphrase = None if plain else _passphrase(args)
    try:
        db = _open_backup(src, passphrase)
    except DB_ERRORS as exc:
        raise InputError(f"{src} is not a Small Print backup ({exc}).") from exc
    try:
        db.conn.execute("SELECT count(*) FROM signups").fetchone()
    except DB_ERRORS as exc:
        db.close()
        if passphrase is None and not plain:
            raise InputError(
                f"{src} is not a Small Print backup, or it is locked with a passphrase: give it "
                f"with --passphrase-file FILE or {PASSPHRASE_ENV}."
            ) from exc
        raise InputError(
            f"{src} is not a Small Print backup, or the passphrase does not open it ({exc})."
        ) from exc
    with LogStore(db, None) as backup:
        data = backup.export_dict()
    with _open(args) as log:
        if not log.is_empty():
            raise InputError(
                "The log is not empty; restore into an empty data folder (--data-dir), "
                "or use 'log import' to merge an export."
            )
        log.import_dict(data)
    return 0


def _open_backup(path: Path, passphrase: str | None = None):
    """A read-only Database on a backup; a locked one (SQLCipher) with its passphrase."""
    import sqlite3

    from sqlite_utils import Database

    from explainer.store import cipher

    uri = f"{path.resolve().as_uri()}?mode=ro"
    if passphrase is None:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    else:
        conn = cipher.connect(uri, passphrase, uri=True, isolation_level=None)
    return Database(conn, execute_plugins=False)


def _cmd_encrypt(args: argparse.Namespace) -> int:
    if args.guest:
        raise InputError("A guest log is kept in memory only; there is no file to lock.")
    from explainer.store import LogStore, cipher

    cipher.require()
    current = _passphrase(args)
    new = _new_passphrase(args)
    if current is None and new is None:
        print(
            "explainer: give the passphrase with --passphrase-file FILE or "
            f"{PASSPHRASE_ENV} (never on the command line)",
            file=sys.stderr,
        )
        return 2
    encrypted = LogStore.needs_passphrase(args.data_dir)
    if encrypted and new is None:
        print(
            "explainer: the log is already locked; to change its passphrase give the new one "
            f"with --new-passphrase-file FILE or {NEW_PASSPHRASE_ENV}",
            file=sys.stderr,
        )
        return 2
    with LogStore.open(args.data_dir, passphrase=current if encrypted else None) as log:
        if encrypted:
            changed, left = log.change_passphrase(current, new)
        else:
            changed, left = log.encrypt(new or current or "")
    print(
        "The log is locked with "
        + ("the new passphrase." if encrypted else "a passphrase.")
        + " Without it nobody can open the log, not even Small Print: keep it safe.",
        file=sys.stderr,
    )
    if changed:
        print(f"{len(changed)} older backups in {changed[0].parent} "
              + ("now need the new passphrase too." if encrypted else "were locked with it too."),
              file=sys.stderr)
    if left and encrypted:
        print(
            f"explainer: {len(left)} older backups in {left[0].parent} could not be given the "
            "new passphrase (damaged, or locked with an earlier one) and were left as they were; "
            "delete them if nobody else may know that passphrase: "
            + ", ".join(p.name for p in left),
            file=sys.stderr,
        )
    elif left:
        print(
            f"explainer: {len(left)} older backups in {left[0].parent} are damaged, could not "
            "be locked and may still be readable; delete them if nobody else may read them: "
            + ", ".join(p.name for p in left),
            file=sys.stderr,
        )
    return 0


def _cmd_decrypt(args: argparse.Namespace) -> int:
    if args.guest:
        raise InputError("A guest log is kept in memory only; it has no passphrase.")
    from explainer.store import LogStore, cipher

    cipher.require()
    passphrase = _passphrase(args)
    if passphrase is None:
        print(
            "explainer: give the current passphrase with --passphrase-file FILE or "
            f"{PASSPHRASE_ENV}",
            file=sys.stderr,
        )
        return 2
    with LogStore.open(args.data_dir, passphrase=passphrase) as log:
        if not log.encrypted:
            raise InputError("This log is not locked with a passphrase.")
        # its backups follow, so a forgotten passphrase cannot lock the family out of them
        opened, _left = log.decrypt(passphrase)
    print("The passphrase was removed: the log is a plain file again.", file=sys.stderr)
    if opened:
        print(f"{len(opened)} older backups in {opened[0].parent} are plain files again too.",
              file=sys.stderr)
    return 0


def _cmd_forget(args: argparse.Namespace) -> int:
    if not args.yes:
        print(
            "explainer: this deletes the whole log and its backups for good; add --yes to confirm",
            file=sys.stderr,
        )
        return 2
    with _open(args) as log:
        removed = log.forget_everything()
    print(f"Deleted {len(removed)} files.", file=sys.stderr)
    return 0


def _cmd_letter(args: argparse.Namespace) -> int:
    from explainer.letters import compose, render_pdf, render_text

    if args.format == "pdf" and not args.output and sys.stdout.isatty():
        print("explainer: a PDF needs --output FILE (or redirect standard output)",
              file=sys.stderr)
        return 2
    with _open(args) as log:
        org = log.organisation(args.org)
        if org is None:
            names = [o.name for o in log.list_organisations()]
            close = difflib.get_close_matches(args.org, names, n=3, cutoff=0.6)
            hint = f" Did you mean {', '.join(close)}?" if close else ""
            print(
                f"explainer: {args.org!r} is not in the log, so the letter has blanks to fill "
                f"in and no deadline was recorded.{hint}",
                file=sys.stderr,
            )
            letter = compose(args.kind, args.org, language=args.lang, sender=args.sender or ())
        else:
            signups = log.list_signups(organisation_id=org.id)
            previous = [r for r in log.list_requests() if r.organisation_id == org.id]
            letter = compose(
                args.kind,
                org,
                signups,
                language=args.lang,
                sender=args.sender or (),
                requests=previous,
            )
            if not args.no_record and not log.guest:
                req = log.add_request(
                    org.name,
                    args.kind,
                    due_date=letter.due_date,
                    language=args.lang,
                    note="letter written by Small Print",
                )
                print(f"Recorded request {req.id}: reply due by {req.due_date}.", file=sys.stderr)
    data = render_pdf(letter) if args.format == "pdf" else render_text(letter)
    _write_output(args.output, data)
    return 0
