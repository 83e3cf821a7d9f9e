"""Command line: ``explainer analyze | log | letter | gui`` and ``explainer --self-test``.

Exit codes (CONTRACT.md): 0 success; 2 usage error; 3 an input could not be read; 4 the log
database cannot be opened or written. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from explainer.errors import ExplainerError

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_INPUT = 3


def _build_parser() -> argparse.ArgumentParser:
    from explainer import __version__

    parser = argparse.ArgumentParser(
        prog="explainer",
        description="Small Print: explains privacy notices and sign-up terms, offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that models, OCR data and the database all work, then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyze", help="analyse notices (files, or - for standard input)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="file to analyse, or - for stdin")
    p.add_argument("--lang", choices=["auto", "en", "ar"], default="auto")
    p.add_argument("--format", choices=["text", "json", "jsonl", "html"], default="text")
    p.add_argument("--output", metavar="FILE", help="write the result here instead of stdout")
    p.add_argument(
        "--explain-lang",
        choices=["en", "ar"],
        default="en",
        help="language of the explanations (default: en)",
    )
    p.set_defaults(func=_cmd_analyze)

    try:
        from explainer import cli_log
    except ImportError:  # pragma: no cover - only while the log is being built
        cli_log = None
    if cli_log is not None:
        cli_log.add_parsers(sub)

    g = sub.add_parser("gui", help="open the desktop app")
    g.add_argument("paths", nargs="*", metavar="PATH", help="a notice to open at start")
    g.set_defaults(func=_cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from explainer.selftest import run_self_test

            return run_self_test()
        if not getattr(args, "func", None):
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        return int(args.func(args) or 0)
    except ExplainerError as exc:
        print(f"explainer: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("explainer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def _read_input(path: str) -> tuple[str, dict]:
    """Text of one PATH argument ("-" is stdin), through the ingest layer."""
    from explainer import ingest

    if path == "-":
        data = sys.stdin.buffer.read()
        if not data.strip():
            return "", {"kind": "text"}  # nothing piped in: an empty result, not an error
        doc = ingest.read_bytes(data, name="<stdin>")
    else:
        doc = ingest.read_path(Path(path))
    return doc.text, doc.info()


def _cmd_analyze(args: argparse.Namespace) -> int:
    from explainer.analysis.pipeline import analyze
    from explainer.report import render

    paths = args.paths or ["-"]
    if args.format == "json" and len(paths) > 1:
        print("explainer: --format json takes one PATH; use --format jsonl for several",
              file=sys.stderr)
        return EXIT_USAGE
    language = None if args.lang == "auto" else args.lang
    outputs: list[str] = []
    status = EXIT_OK
    for path in paths:
        try:
            text, info = _read_input(path)
            result = analyze(text, language=language, explain_language=args.explain_lang)
        except ExplainerError as exc:
            where = "standard input" if path == "-" else path
            print(f"explainer: {where}: {exc.message}", file=sys.stderr)
            status = exc.exit_code
            continue
        if args.format == "jsonl":
            d = result.to_dict()
            d["path"] = path
            if info:
                d["source"] = info
            outputs.append(json.dumps(d, ensure_ascii=False))
        elif args.format == "json":
            d = result.to_dict()
            if info:
                d["source"] = info
            outputs.append(json.dumps(d, ensure_ascii=False, indent=2))
        elif args.format == "html":
            outputs.append(render.html_report(result, title=path))
        else:
            outputs.append(render.text_report(result, title=None if path == "-" else path))
    body = "\n".join(outputs)
    if body and not body.endswith("\n"):
        body += "\n"
    if args.output:
        try:
            Path(args.output).write_text(body, encoding="utf-8")
        except OSError as exc:
            print(f"explainer: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return EXIT_INPUT
    else:
        sys.stdout.write(body)
        sys.stdout.flush()
    return status


def _cmd_gui(args: argparse.Namespace) -> int:
    try:
        from explainer.ui.app import run
    except ImportError as exc:  # pragma: no cover
        print(f"explainer: the desktop app is not available: {exc}", file=sys.stderr)
        return 1
    return run(args.paths)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
