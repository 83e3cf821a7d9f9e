"""Bytes of unknown encoding -> text, for notices saved by every kind of old software.

Order of evidence: a byte-order mark (UTF-8/16/32), strict UTF-8, UTF-16 without a BOM (NULs at
every other byte), then the legacy code pages a family is likely to meet: Windows-1252 (and
Latin-1) for English, Windows-1256 and ISO-8859-6 for Arabic, plus charset-normalizer's guess.
charset-normalizer alone often confuses the three (all of them decode most bytes), so every
candidate decoding is scored on what a person would see: words mixing scripts, control
characters, runs of accented capitals that read as mojibake. Fewest oddities wins; ties go to
the more common code page.

Output text has NULs removed and every line ending (CRLF, CR, VT, FF, U+2028/9) turned into
``\\n``, so offsets downstream refer to one canonical string.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass

from explainer.errors import NotTextError

logger = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Legacy code pages in order of preference when they decode equally well.
_LEGACY = ("cp1252", "cp1256", "iso-8859-6", "latin-1")

_NOT_TEXT = (
    "This file does not contain readable text (it looks like binary data): "
    "open it in the program that made it and save it as PDF, Word (.docx) or plain text."
)

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def normalise_newlines(text: str) -> str:
    """Every line-break convention -> ``\\n``; NULs removed."""
    return _LINE_BREAKS.sub("\n", text.replace("\x00", ""))


def decode_text(data: bytes) -> Decoded:
    """Decode ``data`` as text, or raise :class:`NotTextError` for binary junk.

    ``data`` must not be empty (the caller gives a clearer message for empty files).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(enc, errors="replace")
            return _finish(text, enc.replace("-le", "").replace("-be", "") + " (BOM)")

    utf16 = _sniff_utf16(data)
    if utf16:
        try:
            return _finish(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass

    warnings: list[str] = []
    nul_ratio = data.count(0) / len(data)
    if nul_ratio > 0.05:
        raise NotTextError(_NOT_TEXT)
    if nul_ratio:
        data = data.replace(b"\x00", b"")
        warnings.append("Removed stray NUL characters from the text.")

    try:
        return _finish(data.decode("utf-8"), "utf-8", warnings)
    except UnicodeDecodeError:
        pass

    best = _best_legacy(data)
    if best is None:
        # Nothing decodes strictly: take charset-normalizer's guess with replacement characters.
        enc = _normalizer_guess(data) or "cp1252"
        warnings.append("Some characters could not be decoded and were replaced.")
        return _finish(data.decode(enc, errors="replace"), enc, warnings)
    text, enc = best
    return _finish(text, enc, warnings)


def _finish(text: str, encoding: str, warnings: list[str] | tuple[str, ...] = ()) -> Decoded:
    text = normalise_newlines(text)
    if _looks_binary(text):
        raise NotTextError(_NOT_TEXT)
    return Decoded(text=text, encoding=encoding, warnings=tuple(warnings))


def _looks_binary(text: str) -> bool:
    """Control characters or replacement marks in more than 2% of a text mean it is not text."""
    if not text:
        return False
    sample = text[:200_000]
    odd = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    )
    return odd > 0.02 * len(sample)


def _sniff_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    n = len(even)
    if odd.count(0) > 0.4 * n and even.count(0) < 0.05 * n:
        return "utf-16-le"
    if even.count(0) > 0.4 * n and odd.count(0) < 0.05 * n:
        return "utf-16-be"
    # Arabic UTF-16 has 0x06 as the high byte of most letters.
    if odd.count(6) + odd.count(0) > 0.6 * n and even.count(0) < 0.05 * n:
        return "utf-16-le"
    if even.count(6) + even.count(0) > 0.6 * n and odd.count(0) < 0.05 * n:
        return "utf-16-be"
    return None


def _normalizer_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


def _best_legacy(data: bytes) -> tuple[str, str] | None:
    """The strict decoding with the fewest oddities, or None if none decodes."""
    candidates = list(_LEGACY)
    guess = _normalizer_guess(data)
    if guess and codecs.lookup(guess).name not in {codecs.lookup(c).name for c in candidates}:
        candidates.insert(len(candidates) - 1, guess)  # before latin-1, the last resort
    scored: list[tuple[float, int, str, str]] = []
    for rank, enc in enumerate(candidates):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((_oddity(text), rank, enc, text))
        logger.debug("encoding %s oddity %.4f", enc, scored[-1][0])
    if not scored:
        return None
    scored.sort(key=lambda s: (s[0], s[1]))
    _, _, enc, text = scored[0]
    return text, enc


def _script(ch: str) -> str:
    if ch < "\x80":
        return "ASCII"
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "UNKNOWN"
    return name.split(" ", 1)[0]


def _oddity(text: str) -> float:
    """How implausible ``text`` looks, per non-ASCII character (lower is better).

    Counts control and unassigned characters, words mixing scripts (Latin with Arabic, or
    ``×`` inside an Arabic word), and Latin words made mostly of accented letters
    (``ÇáÎÕæÕíÉ``: Arabic bytes read as Windows-1252).
    """
    non_ascii = sum(1 for ch in text if ch >= "\x80")
    if not non_ascii:
        return 0.0
    bad = 0.0
    for ch in text:
        if ch < "\x80":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cn", "Co", "Cs"):
            bad += 3
        elif cat in ("So", "Sk", "Sc", "Sm") and ch not in "€£$©®°±×÷™":
            bad += 0.5
    for match in _WORD.finditer(text):
        word = match.group()
        scripts = {_script(ch) for ch in word}
        foreign = scripts - {"ASCII"}
        if len(foreign) > 1 or ("ASCII" in scripts and foreign - {"LATIN"}):
            bad += len(word)
        elif foreign == {"LATIN"}:
            accented = sum(1 for ch in word if ch >= "\x80")
            if len(word) >= 3 and accented > len(word) / 2:
                bad += accented
    # Letters in neighbouring non-letter positions (e.g. "×" between Arabic letters).
    bad += 2 * len(re.findall(r"[\u0600-\u06ff][×÷][\u0600-\u06ff]", text))
    return bad / non_ascii
