"""Text and HTML renderings of an :class:`~explainer.analysis.result.Analysis`.

The HTML report is one self-contained file (inline CSS, no scripts, no remote fonts or images)
that prints well: every highlight has a colour *and* an underline style, so it still reads in
greyscale and for colour-blind readers. Arabic notices are laid out right-to-left.
"""

from __future__ import annotations

import html
import textwrap

from explainer.analysis.result import Analysis, Span
from explainer.report.strings import s

# kind -> (colour, underline style), distinct in colour and in line style
STYLES = {
    "recipient": ("#b3261e", "solid 3px"),
    "sharing_verb": ("#b3261e", "double 3px"),
    "data_type": ("#0b57d0", "dashed 2px"),
    "vague_term": ("#8a5a00", "wavy 2px"),
    "purpose": ("#6a1b9a", "dotted 3px"),
    "negation": ("#146c2e", "solid 2px"),
}
KIND_ORDER = ("recipient", "sharing_verb", "data_type", "vague_term", "purpose", "negation")


def _direction(lang: str) -> str:
    return "rtl" if lang == "ar" else "ltr"


def text_report(result: Analysis, title: str | None = None) -> str:
    """A report for the terminal, in the explanation language."""
    xl = result.explain_language
    sm = result.summary
    out: list[str] = []
    if title:
        out.append(f"== {title} ==")
    out.append(f"{s(xl, 'verdict')}: {sm.verdict}")
    out.extend(f"  - {r}" for r in sm.reasons)
    out.append("")
    out.append(f"{s(xl, 'who')}:")
    if sm.recipients:
        for r in sm.recipients:
            tag = s(xl, "named") if r.named else s(xl, "unnamed")
            out.append(f"  * {r.name} ({tag}; {r.kind})")
    else:
        out.append(f"  {s(xl, 'none')}")
    out.append(f"{s(xl, 'what')}:")
    if sm.data_types:
        for d in sm.data_types:
            extra = f"  [{s(xl, 'children')}]" if d.about_children else ""
            out.append(f"  * {d.label}{extra}")
    else:
        out.append(f"  {s(xl, 'none')}")
    for key, idxs in (("vague", sm.vaguest), ("say_no", sm.how_to_say_no),
                      ("good", sm.good_signs)):
        if not idxs:
            continue
        out.append(f"{s(xl, key)}:")
        for i in idxs:
            sent = " ".join(result.sentence_text(i).split())
            out.append(textwrap.fill(f'  * "{sent}"', 100, subsequent_indent="    "))
            out.append(textwrap.fill(result.sentences[i].explanation, 100,
                                     initial_indent="    ", subsequent_indent="    "))
    counts = ", ".join(f"{s(xl, 'label.' + k)}: {v}" for k, v in sm.counts.items() if v)
    if counts:
        out.append(f"{s(xl, 'counts')}: {counts}")
    return "\n".join(out) + "\n"


def _marked_up(result: Analysis) -> str:
    """The notice as HTML with non-overlapping highlights (outermost span wins)."""
    text = result.text
    spans: list[Span] = []
    last = -1
    for sp in sorted(result.spans, key=lambda x: (x.start, -(x.end - x.start),
                                                  KIND_ORDER.index(x.kind)
                                                  if x.kind in KIND_ORDER else 9)):
        if sp.start >= last:
            spans.append(sp)
            last = sp.end
    labelled = {i for i, se in enumerate(result.sentences) if se.labels}
    parts: list[str] = []
    pos = 0
    sent_bounds = {se.start: i for i, se in enumerate(result.sentences)}
    sent_ends = {se.end: i for i, se in enumerate(result.sentences)}
    events = sorted({*sent_bounds, *sent_ends, *(x.start for x in spans), *(x.end for x in spans)})
    open_span: Span | None = None
    for at in events:
        if at > pos:
            parts.append(html.escape(text[pos:at]))
            pos = at
        if open_span is not None and open_span.end == at:
            parts.append("</mark>")
            open_span = None
        if at in sent_ends and sent_ends[at] in labelled:
            parts.append("</span>")
        if at in sent_bounds and sent_bounds[at] in labelled:
            i = sent_bounds[at]
            title = html.escape(result.sentences[i].explanation, quote=True)
            parts.append(f'<span class="sent" id="s{i}" title="{title}">')
        for sp in spans:
            if sp.start == at and open_span is None:
                color, line = STYLES.get(sp.kind, ("#444", "solid 1px"))
                title = html.escape(sp.explanation, quote=True)
                parts.append(f'<mark class="k-{sp.kind}" style="text-decoration: underline '
                             f'{line.split()[0]} {color}; text-decoration-thickness: '
                             f'{line.split()[1]}" title="{title}">')
                open_span = sp
                break
    parts.append(html.escape(text[pos:]))
    return "".join(parts).replace("\n", "<br>\n")


def html_report(result: Analysis, title: str = "") -> str:
    xl = result.explain_language
    sm = result.summary
    d_ui = _direction(xl)
    d_text = _direction(result.language)
    esc = html.escape

    def li(items: list[str]) -> str:
        if not items:
            return f"<p class='none'>{esc(s(xl, 'none'))}</p>"
        return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"

    who = [f"<b>{esc(r.name)}</b> — {esc(s(xl, 'named') if r.named else s(xl, 'unnamed'))}, "
           f"{esc(r.kind)}<br><small>{esc(r.description)}</small>" for r in sm.recipients]
    what = [esc(d.label) + (f" <b class='child'>({esc(s(xl, 'children'))})</b>"
                            if d.about_children else "") for d in sm.data_types]

    def quotes(idxs: tuple[int, ...]) -> list[str]:
        return [f"<q dir='{d_text}'>{esc(' '.join(result.sentence_text(i).split()))}</q>"
                f"<br><small>{esc(result.sentences[i].explanation)}</small>" for i in idxs]

    legend = "".join(
        f"<span class='key' style='text-decoration: underline {STYLES[k][1].split()[0]} "
        f"{STYLES[k][0]}; text-decoration-thickness: {STYLES[k][1].split()[1]}'>"
        f"{esc(s(xl, 'kind.' + k))}</span> " for k in KIND_ORDER)
    counts = " · ".join(f"{esc(s(xl, 'label.' + k))}: {v}" for k, v in sm.counts.items() if v)
    font = "'Amiri', 'Noto Naskh Arabic', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif"
    return f"""<!DOCTYPE html>
<html lang="{xl}" dir="{d_ui}">
<head>
<meta charset="utf-8">
<title>{esc(s(xl, 'title'))}{(' — ' + esc(title)) if title else ''}</title>
<style>
body {{ font-family: {font}; max-width: 52em; margin: 2em auto; padding: 0 1em;
       line-height: 1.6; color: #111; }}
h1 {{ font-size: 1.4em; }} h2 {{ font-size: 1.15em; margin-top: 1.4em; }}
.verdict {{ border: 2px solid #111; padding: .6em 1em; font-size: 1.1em; }}
mark {{ background: none; color: inherit; text-underline-offset: 3px; }}
.sent[title] {{ background: #f4f4f4; }}
.notice {{ border-top: 1px solid #999; padding-top: 1em; }}
.key {{ margin-inline-end: 1.2em; }}
.child {{ color: #b3261e; }}
q {{ font-style: italic; }}
small {{ color: #333; }}
footer {{ margin-top: 2em; font-size: .85em; color: #444; }}
@media print {{ body {{ margin: 0; max-width: none; }} .sent[title] {{ background: none; }} }}
</style>
</head>
<body>
<h1>{esc(s(xl, 'title'))}</h1>
{f'<p><small>{esc(title)}</small></p>' if title else ''}
<div class="verdict"><b>{esc(s(xl, 'verdict'))}:</b> {esc(sm.verdict)}
{li([esc(r) for r in sm.reasons])}</div>
<h2>{esc(s(xl, 'who'))}</h2>{li(who)}
<h2>{esc(s(xl, 'what'))}</h2>{li(what)}
<h2>{esc(s(xl, 'vague'))}</h2>{li(quotes(sm.vaguest))}
<h2>{esc(s(xl, 'say_no'))}</h2>{li(quotes(sm.how_to_say_no))}
<h2>{esc(s(xl, 'good'))}</h2>{li(quotes(sm.good_signs))}
<p><small>{esc(s(xl, 'counts'))}: {counts}</small></p>
<h2>{esc(s(xl, 'notice'))}</h2>
<p>{esc(s(xl, 'legend'))}: {legend}</p>
<div class="notice" dir="{d_text}" lang="{result.language}">{_marked_up(result)}</div>
<footer>{esc(s(xl, 'footer'))}</footer>
</body>
</html>
"""
