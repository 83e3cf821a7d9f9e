"""``explainer --self-test``: proves an installation (above all a frozen bundle) really works.

A PyInstaller bundle can start fine and still be missing a data file, a spaCy registry entry or
Tesseract's language data; those only show up when a parent opens a notice. The self-test runs
each layer once, end to end, on tiny built-in samples:

* resources: word lists, explanations, fonts, the Arabic ``.qm`` (loaded with QtCore) and the
  tessdata files (eng, ara, osd) are present and readable;
* models: the English and Arabic pipelines load by path from ``models/LANG`` and label a short
  sharing sentence in each language as ``sharing``;
* OCR: a line rendered in memory with Pillow from a shipped font is read back by Tesseract;
* log: a guest (in-memory) log takes an entry and lists it.

It writes nothing: the log is opened in guest mode (no file at all) and the OCR image never
touches the disk, so the family's data directory is never created or changed. No check needs the
network; while the checks run, Python-level socket connections are refused and any attempt is
reported as a failure (C libraries are not covered, but spaCy, Tesseract and SQLite make none).

Output is one line per check, ``ok`` or ``FAILED`` with a one-line reason, then a summary line;
the exit code is 0 only if every check passed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import sys
import time
from collections.abc import Callable, Iterator

from explainer import paths
from explainer.errors import ExplainerError

logger = logging.getLogger(__name__)

LANGS = ("en", "ar")
# Files the app reads at run time, relative to resources/ (a frozen app cannot list the source
# tree, so tests/test_selftest.py checks these against it).
LEXICON_SHARED = ("companies.tsv", "data_types.tsv", "kinds.tsv")
# Per-language word lists besides those the phrase recognizer declares in its ``LISTS``.
LEXICON_PER_LANG_EXTRA = ("guards",)
FONTS = ("DejaVuSans.ttf", "Amiri-Regular.ttf")
TRANSLATIONS = ("explainer_ar.qm",)
TESSDATA = ("eng.traineddata", "ara.traineddata", "osd.traineddata")

# Short notices whose one sentence must come out labelled "sharing".
SAMPLES = {
    "en": "We may share your details with reputable companies.",
    "ar": "قد نشارك بياناتكِ مع شركات موثوقة.",
}
EXPECTED_LABEL = "sharing"
OCR_TEXT = "We may share your data"
OCR_EXPECTED = "share"
OCR_FONT = "DejaVuSans.ttf"


class CheckFailed(Exception):
    """A check found a problem; the message is the one-line reason printed after FAILED."""


def required_resources() -> list[str]:
    """Every file the self-test requires, as paths relative to ``resources/``."""
    from explainer.analysis.recognizers.phrases import LISTS

    per_lang = sorted({*LISTS, *LEXICON_PER_LANG_EXTRA})
    files = [f"lexicon/{n}" for n in LEXICON_SHARED]
    files += [f"lexicon/{lang}/{n}.tsv" for lang in LANGS for n in per_lang]
    files += [f"explanations/{lang}.json" for lang in LANGS]
    files += [f"fonts/{n}" for n in FONTS]
    files += [f"translations/{n}" for n in TRANSLATIONS]
    files += [f"tessdata/{n}" for n in TESSDATA]
    return files


def _check_resources() -> str:
    root = paths.resource()
    required = required_resources()
    missing = [
        rel for rel in required if not (root / rel).is_file() or (root / rel).stat().st_size == 0
    ]
    if missing:
        more = f" (+{len(missing) - 4} more)" if len(missing) > 4 else ""
        shown = ", ".join(missing[:4]) + more
        raise CheckFailed(f"missing or empty in {root}: {shown}")
    for lang in LANGS:
        try:
            json.loads((root / "explanations" / f"{lang}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CheckFailed(f"explanations/{lang}.json is not valid JSON: {exc}") from exc
    try:
        from PySide6.QtCore import QTranslator
    except ImportError as exc:
        raise CheckFailed(f"Qt (PySide6.QtCore) cannot be imported: {exc}") from exc
    for name in TRANSLATIONS:
        if not QTranslator().load(name, str(root / "translations")):
            raise CheckFailed(f"translations/{name} does not load as a Qt translation")
    return f"{len(required)} files in {root}"


def _check_model(lang: str) -> str:
    from explainer.analysis.nlp import engine
    from explainer.analysis.pipeline import analyze

    path = paths.model_dir(lang)
    if not (path / "config.cfg").is_file():
        raise CheckFailed(f"no trained pipeline at {path}")
    eng = engine(lang)
    if eng.classifier is None:
        raise CheckFailed(f"the pipeline at {path} did not load (rules only)")
    result = analyze(SAMPLES[lang])
    if result.language != lang:
        raise CheckFailed(f"sample detected as {result.language!r}, expected {lang!r}")
    if len(result.sentences) != 1:
        raise CheckFailed(f"sample split into {len(result.sentences)} sentences, expected 1")
    sent = result.sentences[0]
    if EXPECTED_LABEL not in sent.labels:
        raise CheckFailed(
            f"labels {list(sent.labels)} lack {EXPECTED_LABEL!r} "
            f"({EXPECTED_LABEL} score {sent.scores.get(EXPECTED_LABEL, 0.0):.2f})"
        )
    if "model" not in sent.source:
        raise CheckFailed(f"the trained model did not take part (source {sent.source!r})")
    return f"loaded from {path}; labels {', '.join(sent.labels)} ({sent.source})"


def _render_ocr_sample():  # -> PIL.Image.Image
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(paths.resource("fonts", OCR_FONT)), 40)
    left, top, right, bottom = font.getbbox(OCR_TEXT)
    pad = 40
    image = Image.new("L", (right - left + 2 * pad, bottom - top + 2 * pad), 255)
    ImageDraw.Draw(image).text((pad - left, pad - top), OCR_TEXT, font=font, fill=0)
    return image


def _check_ocr() -> str:
    from explainer.ingest.ocr import OcrEngine

    image = _render_ocr_sample()
    with OcrEngine() as ocr:
        result = ocr.recognise(image, language="en")
    text = " ".join(result.text.split())
    if OCR_EXPECTED not in text.lower():
        raise CheckFailed(f"recognised {text!r}, which lacks {OCR_EXPECTED!r}")
    return f"read {text!r} (confidence {result.confidence:.0f})"


def _check_log() -> str:
    from explainer.store import LogStore

    with LogStore.open(guest=True) as log:
        if not log.guest:
            raise CheckFailed("guest mode opened a file")
        new_id = log.add_signup(
            "Self-test Baby Club", for_whom="child", data=["child's date of birth"]
        )
        found = log.list_signups(search="self-test")
        if [s.id for s in found] != [new_id]:
            raise CheckFailed(f"added entry {new_id} but listing found {[s.id for s in found]}")
        if found[0].organisation != "Self-test Baby Club":
            raise CheckFailed(f"listed organisation {found[0].organisation!r}")
    return f"guest log (memory only): added and listed entry {new_id}"


@contextlib.contextmanager
def _no_network(attempts: list[str]) -> Iterator[None]:
    """Refuse (and record) every Python-level network connection while the checks run."""

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[1] if len(args) > 1 else args[:1])[:80])
        raise OSError("network access is not allowed during the self-test")

    patched = [
        (socket.socket, "connect"),
        (socket.socket, "connect_ex"),
        (socket, "create_connection"),
        (socket, "getaddrinfo"),
    ]
    saved = [(owner, name, getattr(owner, name)) for owner, name in patched]
    for owner, name in patched:
        setattr(owner, name, refuse)
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, CheckFailed):
        text = str(exc)
    elif isinstance(exc, ExplainerError):
        text = exc.message
    else:
        text = f"{type(exc).__name__}: {exc}"
    line = " ".join(str(text).split())
    return line if len(line) <= 240 else line[:237] + "..."


def checks() -> list[tuple[str, Callable[[], str]]]:
    """The checks in the order they run: (name, function returning the 'ok' detail)."""
    return [
        ("resources", _check_resources),
        ("model en", lambda: _check_model("en")),
        ("model ar", lambda: _check_model("ar")),
        ("ocr", _check_ocr),
        ("log", _check_log),
    ]


def run_self_test() -> int:
    """Run every check, print one line each, return 0 if all passed and 1 otherwise."""
    from explainer import __version__

    out = sys.stdout
    where = "bundle" if getattr(sys, "frozen", False) else "source"
    print(f"Small Print {__version__} self-test ({where}, app root {paths.app_root()})", file=out)
    failed = 0
    attempts: list[str] = []
    started = time.monotonic()
    with _no_network(attempts):
        for name, check in checks():
            t0 = time.monotonic()
            try:
                detail = check()
                status = "ok"
            except Exception as exc:  # a self-test reports every failure, never a traceback
                logger.debug("self-test %s failed", name, exc_info=True)
                detail, status = _one_line(exc), "FAILED"
                failed += 1
            print(f"{status:<6} {name:<9} {detail} [{time.monotonic() - t0:.1f}s]", file=out)
            out.flush()
    if attempts:
        failed += 1
        print(f"{'FAILED':<6} {'offline':<9} network connection attempted: {attempts[0]}", file=out)
    else:
        print(f"{'ok':<6} {'offline':<9} no network connection attempted", file=out)
    total = len(checks()) + 1
    elapsed = time.monotonic() - started
    if failed:
        print(f"self-test FAILED: {failed} of {total} checks failed [{elapsed:.1f}s]", file=out)
        return 1
    print(f"self-test passed: {total} checks [{elapsed:.1f}s]", file=out)
    return 0
