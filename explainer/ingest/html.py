"""Saved web pages -> the text a reader sees on screen (nothing is fetched).

Privacy pages are full of things no reader sees: scripts, cookie-banner templates, hidden menu
copies, screen-reader-only duplicates. Analysing those would invent findings, so they are dropped:
``script``, ``style``, ``noscript``, ``template`` and friends, and any element marked ``hidden``,
``aria-hidden="true"`` or with an inline ``display:none`` / ``visibility:hidden`` style. Rules
of the page's own ``<style>`` blocks that hide a class or an id (``.promo-old {display:none}``)
are honoured too, outside ``@media`` blocks; so are the usual framework classes for hidden and
screen-reader-only text (``hidden``, ``d-none``, ``sr-only``, ``visually-hidden``...), unless
another class shows the element again at some screen size (``d-none d-md-block``). Linked
stylesheets are not read: nothing is fetched.

Block elements and ``<br>`` become line breaks, list items and table rows become lines, and
paragraph-like blocks are separated by a blank line, so sentence splitting downstream sees the
page's structure.
"""

from __future__ import annotations

import logging
import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, Tag
from bs4.element import CData, ProcessingInstruction

from explainer.ingest.text import Decoded, decode_text, normalise_newlines

logger = logging.getLogger(__name__)

_DROP = {
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe",
    "object", "embed", "svg", "math", "canvas", "audio", "video", "map", "select", "button",
    "input", "textarea", "datalist", "dialog",
}
# A blank line around these: they hold whole paragraphs or sections.
_PARAGRAPH = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
    "section", "article", "aside", "header", "footer", "nav", "main", "figure", "form",
    "fieldset", "details", "address", "hr",
}
# A single line break around these.
_LINE = {
    "div", "li", "tr", "dt", "dd", "caption", "figcaption", "summary", "legend", "center",
    "body", "html", "option", "label",
}
_CELL = {"td", "th"}
_SKIP_STRINGS = (Comment, Declaration, Doctype, CData, ProcessingInstruction)
_HIDDEN_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u00ad\ufeff]")
# WHATWG: pages labelled Latin-1 are decoded as Windows-1252.
_ENCODING_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                     "ascii": "cp1252", "windows-1256": "cp1256", "windows-1252": "cp1252"}

# Separators placed during the walk and resolved by _tidy: <br>, a block edge, a paragraph edge.
_BREAK = "\n"
_LINE_MARK = "\x01"
_PARA = "\x02"


def decode_html(data: bytes) -> Decoded:
    """Decode HTML bytes: BOM, then a ``<meta charset>`` that decodes cleanly, then guessing."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:3] == b"\xef\xbb\xbf":
        return decode_text(data)
    match = _META_CHARSET.search(data[:8192])
    if match:
        label = match.group(1).decode("ascii", "replace").lower()
        enc = _ENCODING_ALIASES.get(label, label)
        try:
            text = data.replace(b"\x00", b"").decode(enc)
        except (LookupError, UnicodeDecodeError):
            logger.info("declared charset %s does not decode; guessing", label)
        else:
            return Decoded(normalise_newlines(text), enc)
    return decode_text(data)


# Framework classes whose elements no one sees on screen (Bootstrap, Tailwind, WordPress...).
_HIDDEN_CLASSES = frozenset({
    "hidden", "d-none", "hide", "is-hidden", "u-hidden", "invisible", "display-none",
    "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only",
    "a11y-hidden", "offscreen",
})
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_CSS_RULE = re.compile(r"([^{}@;]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"^(?:[a-z][a-z0-9]*)?([.#])([\w-]+)$", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, one block per line (see the module docstring)."""
    soup = BeautifulSoup(markup, "lxml")
    classes, ids = _hidden_by_style(soup)
    parts: list[str] = []
    _walk(soup, parts, pre=False, hidden=(classes | _HIDDEN_CLASSES, ids))
    return _tidy("".join(parts))


def _strip_at_blocks(css: str) -> str:
    """``css`` without its ``@media``/``@supports``... blocks (their rules apply only
    sometimes, e.g. when printing)."""
    out, depth, i = [], 0, 0
    while i < len(css):
        if depth == 0 and css[i] == "@":
            j = css.find("{", i)
            k = css.find(";", i)
            if k != -1 and (j == -1 or k < j):  # @import ...; @charset ...;
                i = k + 1
                continue
            if j == -1:
                break
            depth, i = 1, j + 1
            while i < len(css) and depth:
                depth += {"{": 1, "}": -1}.get(css[i], 0)
                i += 1
            continue
        out.append(css[i])
        i += 1
    return "".join(out)


def _hidden_by_style(soup: BeautifulSoup) -> tuple[frozenset[str], frozenset[str]]:
    """Classes and ids that the page's own ``<style>`` blocks hide."""
    classes: set[str] = set()
    ids: set[str] = set()
    for style in soup.find_all("style"):
        media = str(style.get("media", "")).strip().lower()
        if media and media not in ("all", "screen"):
            continue
        css = _strip_at_blocks(_CSS_COMMENT.sub("", style.get_text()))
        for selectors, body in _CSS_RULE.findall(css):
            if not _HIDDEN_STYLE.search(body):
                continue
            for sel in selectors.split(","):
                m = _SIMPLE_SELECTOR.match(sel.strip())
                if m:
                    (classes if m.group(1) == "." else ids).add(m.group(2))
    return frozenset(classes), frozenset(ids)


def _hidden_by_class(tag: Tag, hidden: tuple[frozenset[str], frozenset[str]]) -> bool:
    classes, ids = hidden
    attrs = tag.attrs or {}
    if ids and str(attrs.get("id", "")) in ids:
        return True
    own = attrs.get("class") or []
    if isinstance(own, str):
        own = own.split()
    if not any(c in classes for c in own):
        return False
    # "d-none d-md-block", "hidden md:block": shown again on some screens, so visible
    return not any(":" in c or (c.startswith("d-") and c != "d-none") for c in own)


def _is_hidden(tag: Tag, hidden: tuple[frozenset[str], frozenset[str]] | None = None) -> bool:
    if tag.name in _DROP:
        return True
    if hidden is not None and _hidden_by_class(tag, hidden):
        return True
    attrs = tag.attrs or {}
    if "hidden" in attrs:
        return True
    if str(attrs.get("aria-hidden", "")).strip().lower() == "true":
        return True
    if tag.name == "input" and str(attrs.get("type", "")).lower() == "hidden":
        return True
    style = attrs.get("style")
    return bool(style and _HIDDEN_STYLE.search(str(style)))


def _walk(node: Tag, out: list[str], *, pre: bool,
          hidden: tuple[frozenset[str], frozenset[str]] | None = None) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if isinstance(child, _SKIP_STRINGS):
                continue
            s = str(child).replace(_LINE_MARK, "").replace(_PARA, "")
            if pre:
                out.append(s.replace("\n", _BREAK))
            else:
                out.append(re.sub(r"\s+", " ", s))
            continue
        if not isinstance(child, Tag) or _is_hidden(child, hidden):
            continue
        name = child.name
        if name == "br":
            out.append(_BREAK)
            continue
        if name in _PARAGRAPH:
            out.append(_PARA)
            if name != "hr":
                _walk(child, out, pre=pre or name == "pre", hidden=hidden)
            out.append(_PARA)
        elif name in _LINE:
            out.append(_LINE_MARK)
            _walk(child, out, pre=pre, hidden=hidden)
            out.append(_LINE_MARK)
        elif name in _CELL:
            out.append(" ")
            _walk(child, out, pre=pre, hidden=hidden)
            out.append(" ")
        else:
            _walk(child, out, pre=pre, hidden=hidden)


def _tidy(raw: str) -> str:
    """Collapse spaces and turn each run of separators into one line break or one blank line.

    A run holding a paragraph boundary or two ``<br>`` becomes a blank line; any other run of
    block boundaries (nested ``div``s) becomes a single line break.
    """
    raw = _SPACES.sub(" ", _INVISIBLE.sub("", raw.replace("\r", "")))

    def separator(match: re.Match[str]) -> str:
        run = match.group()
        if _PARA in run or run.count(_BREAK) >= 2:
            return "\n\n"
        return "\n" if (_LINE_MARK in run or _BREAK in run) else " "

    out = re.sub(f"[ {_BREAK}{_LINE_MARK}{_PARA}]+", separator, raw)
    return out.strip()
