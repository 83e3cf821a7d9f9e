"""Rights-request letters in English and Arabic, filled from the family's log.

Five letters under the UK GDPR: access (Art. 15), objection to direct marketing (Art. 21),
withdrawal of consent (Art. 7(3)), erasure (Art. 17, naming any child's data) and a complaint to
the ICO (Art. 77). Each carries a note to the parent that it is not legal advice::

    letter = compose("access", org, signups, language="ar")
    render_text(letter); render_pdf(letter)  # -> str / PDF bytes
"""

from __future__ import annotations

from explainer.letters.compose import LANGUAGES, compose, format_date
from explainer.letters.model import Block, Letter
from explainer.letters.render import render_pdf, render_text

__all__ = ["LANGUAGES", "Block", "Letter", "compose", "format_date", "render_pdf", "render_text"]
