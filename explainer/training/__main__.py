"""``python -m explainer.training train [--lang en ar] [--out models]``: rebuild the models."""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from explainer.paths import app_root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer.training")
    sub = parser.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="train models/LANG from resources/training")
    t.add_argument("--lang", nargs="+", default=["en", "ar"], choices=["en", "ar"])
    t.add_argument("--out", type=Path, default=app_root() / "models")
    t.add_argument("-v", "--verbose", action="store_true")
    t.add_argument("--oof", type=Path, default=None, metavar="DIR",
                   help="also write each language's out-of-fold scores to DIR/LANG.jsonl")
    sub.add_parser("card", help="run the evaluation and write models/README.md")
    args = parser.parse_args(argv)
    if args.command == "card":
        from explainer.training.card import write_card

        print(write_card())
        return 0
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)

    from explainer.training.train import train_language

    for lang in args.lang:
        oof = args.oof / f"{lang}.jsonl" if args.oof else None
        card = train_language(lang, args.out / lang, oof=oof)
        print(json.dumps({k: card[k] for k in ("language", "records", "train", "dev", "blend",
                                               "dev_f1", "dev_mean_f1", "seconds",
                                               "size_bytes")}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
