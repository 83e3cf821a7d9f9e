"""Every CLI command and option a user can type is documented in README.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from explainer.cli import _build_parser

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_command_is_in_the_readme():
    missing = []
    for name, sub in _subparsers(_build_parser()).items():
        if f"explainer {name}" not in README:
            missing.append(name)
        for action, _p in _subparsers(sub).items():
            if f"{name} {action}" not in README:
                missing.append(f"{name} {action}")
    assert not missing, f"undocumented commands: {missing}"


def test_analyze_options_are_in_the_readme():
    analyze = _subparsers(_build_parser())["analyze"]
    for action in analyze._actions:
        for opt in action.option_strings:
            if opt.startswith("--") and opt != "--help":
                assert opt in README, opt
