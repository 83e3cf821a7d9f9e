"""Sentence segmentation for pasted notices, with offsets into the original text.

Real notices are not tidy prose: bullet and numbered lists, headings without full stops,
paragraphs line-wrapped by a PDF copy, abbreviations (e.g., i.e., Ltd.), Arabic punctuation
(، ؛ ؟) and full stops glued to tanween (``صباحاً.``). We first group lines into units
(a heading, a list item, a paragraph with its wrapped lines joined), then split each unit at
sentence-final punctuation. Returned offsets are code-point indices; spans exclude bullet markers
and surrounding white space.
"""

from __future__ import annotations

import re

# A list marker at the start of a line: bullets, "1.", "1)", "(a)", "a)", "iv.", "أ)", "١-".
_BULLET = re.compile(
    r"""^[ \t]*(
        [\u2022\u2023\u25AA\u25AB\u25CF\u25E6\u2043\u2219\u00B7\u25A0\u25A1\u2013\u2014\u2012\-\*\+>\u27A2\u2713\u2714\u2610\u2611\u2612\uF0B7\uF0A7]
      | \(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4}|[\u0660-\u0669]{1,3}|[\u0621-\u064A])[.)\-\u066B](?=\s)
      | \(\d{1,3}\)|\([a-zA-Z]\)
    )[ \t]*""",
    re.VERBOSE,
)
_TERMINAL = ".!?\u061F\u06D4:;\u061B"  # . ! ? ؟ ۔ : ; ؛
_ABBREV = {
    "e.g", "i.e", "eg", "ie", "etc", "ltd", "inc", "co", "corp", "plc", "llc", "no", "nos", "mr",
    "mrs", "ms", "dr", "st", "vs", "approx", "dept", "est", "fig", "incl", "jr", "sr", "u.k",
    "u.s", "u.s.a", "e.u", "p.o", "ref", "tel", "art", "para", "sec", "cf", "al", "viz", "govt",
}
_NON_BREAKING_BEFORE_CAPITAL = _ABBREV - {"etc"}
# Candidate sentence end: terminal punctuation (plus closing quotes/brackets), then space.
_SPLIT = re.compile(
    r"[.!?\u061F\u06D4\u2026]+[\"'\u201D\u2019)\]\u00BB]*(?=\s+\S)"
    r"|[.\u061F!](?=[\u0621-\u064A])"  # Arabic: a full stop glued to the next word
)
MAX_SENTENCE = 1500  # characters; longer units are cut at white space to bound the work


def _line_ranges(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _is_heading(line: str) -> bool:
    s = line.strip()
    if not s or s[-1] in _TERMINAL or s[-1] in ",\u060C":
        return False
    words = s.split()
    if len(words) > 10 or len(s) > 80:
        return False
    letters = [c for c in s if c.isalpha()]
    if letters and all(c.isupper() for c in letters if c.isascii()) and any(
        c.isascii() for c in letters
    ):
        return True
    return len(s) <= 60


def _wrap_width(text: str, ranges: list[tuple[int, int]]) -> int:
    """The width a PDF or e-mail wrapped its lines at (80th percentile of line lengths)."""
    lengths = sorted(e - s for s, e in ranges if e > s)
    return lengths[int(len(lengths) * 0.8)] if lengths else 0


def _looks_wrapped(text: str, ranges: list[tuple[int, int]], width: int) -> bool:
    """True when the text was hard-wrapped (PDF/e-mail copy): many full-width lines that do
    not end a sentence. Pasted web text has one line per paragraph and is not joined."""
    full = sum(
        1 for s, e in ranges
        if e - s >= 0.85 * width and text[s:e].rstrip()[-1:] not in _TERMINAL
    )
    return width >= 30 and full >= max(2, 0.25 * sum(1 for s, e in ranges if e > s))


def _units(text: str) -> list[tuple[int, int]]:
    """Group lines into units: list items, headings and paragraphs (wrapped lines joined).

    A line continues the previous one only if the previous line does not end a sentence and
    either reaches the wrap width (the copy wrapped it) or the new line starts in lower case.
    """
    units: list[tuple[int, int]] = []
    ranges = _line_ranges(text)
    width = _wrap_width(text, ranges)
    wrapped = _looks_wrapped(text, ranges, width)
    cur: tuple[int, int] | None = None
    prev_line = ""
    for ls, le in ranges:
        line = text[ls:le]
        stripped = line.strip()
        if not stripped:
            if cur:
                units.append(cur)
            cur, prev_line = None, ""
            continue
        m = _BULLET.match(line)
        start = ls + (m.end() if m else len(line) - len(line.lstrip()))
        if start >= le:  # a line that is only a bullet
            continue
        new_unit = cur is None or m is not None
        if not new_unit:
            p = prev_line.rstrip()
            nxt_is_lower = stripped[:1].islower()
            if p[-1:] in _TERMINAL or not nxt_is_lower and (
                not wrapped or len(p) < 0.7 * width or _is_heading(prev_line)
            ):
                new_unit = True
        if new_unit:
            if cur:
                units.append(cur)
            cur = (start, le)
        else:
            cur = (cur[0], le)  # type: ignore[index]
        prev_line = line
    if cur:
        units.append(cur)
    return units


def _split_unit(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    cuts = [0]
    for m in _SPLIT.finditer(chunk):
        punct_at = m.start()
        nxt = chunk[m.end():].lstrip()[:1]
        if chunk[punct_at] == ".":
            word = re.search(r"([\w.]+)$", chunk[:punct_at])
            w = word.group(1).lower() if word else ""
            if w in _NON_BREAKING_BEFORE_CAPITAL or (len(w) == 1 and w.isalpha()):
                continue  # "e.g.", "Ltd.", "J. Smith", "ص.ب"
            if nxt and nxt.islower() and nxt.isascii():
                continue  # "etc. and", "approx. ten"
        cuts.append(m.end())
    cuts.append(len(chunk))
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = chunk[a:b]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            out.extend(_cap(text, start + a + lead, start + a + trail))
    return out


def _cap(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Cut over-long sentences at white space (pasted text with no punctuation at all)."""
    out = []
    while b - a > MAX_SENTENCE:
        cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
        if cut <= a:
            cut = a + MAX_SENTENCE
        out.append((a, cut))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        out.append((a, b))
    return out


def segment(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets of ``text``, in order, non-overlapping, trimmed."""
    out: list[tuple[int, int]] = []
    for us, ue in _units(text):
        out.extend(_split_unit(text, us, ue))
    return out
