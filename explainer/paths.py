"""Where resources, models and user data live.

Three layouts are supported:

* the source tree (``resources/`` and ``models/`` beside the ``explainer`` package);
* a PyInstaller bundle, where they sit under ``sys._MEIPASS``;
* portable mode: a folder named ``SmallPrintData`` beside the executable (or the file
  ``portable.txt`` there) keeps the user's data next to the app, e.g. on a USB stick.

User data defaults to the platform's user data directory; ``EXPLAINER_DATA_DIR`` overrides it.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "SmallPrint"
PORTABLE_DIR_NAME = "SmallPrintData"


@cache
def app_root() -> Path:
    """The folder that holds ``resources/`` and ``models/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """Path of a shipped resource, e.g. ``resource("lexicon", "en", "vague.tsv")``."""
    return app_root().joinpath("resources", *parts)


def model_dir(language: str) -> Path:
    """Path of the trained pipeline for ``language`` ("en" or "ar")."""
    override = os.environ.get("EXPLAINER_MODELS_DIR")
    base = Path(override) if override else app_root() / "models"
    return base / language


def executable_dir() -> Path:
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return app_root()


def portable_data_dir() -> Path | None:
    """The portable data folder if the app runs in portable mode, else None."""
    base = executable_dir()
    if (base / "portable.txt").exists() or (base / PORTABLE_DIR_NAME).is_dir():
        return base / PORTABLE_DIR_NAME
    return None


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the family's log lives: explicit override, env var, portable folder, platform dir."""
    if override:
        return Path(override)
    env = os.environ.get("EXPLAINER_DATA_DIR")
    if env:
        return Path(env)
    portable = portable_data_dir()
    if portable is not None:
        return portable
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    """Where crash logs go (never inside the data dir, so 'forget everything' stays simple)."""
    env = os.environ.get("EXPLAINER_LOG_DIR")
    if env:
        return Path(env)
    portable = portable_data_dir()
    if portable is not None:
        return portable / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)
