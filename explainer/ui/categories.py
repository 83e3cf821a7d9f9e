"""How each highlight category looks: colour AND underline style, so colour-blind users and
greyscale printouts still tell them apart. Shared by the notice, the legend and the PDF export.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat

U = QTextCharFormat.UnderlineStyle


@dataclass(frozen=True)
class Category:
    id: str
    background: str  # light, so dark text on it keeps a high contrast
    line: str  # underline colour, dark
    underline: QTextCharFormat.UnderlineStyle
    pattern: str  # the underline described in words (legend, accessible names)


CATEGORIES: dict[str, Category] = {
    "who": Category("who", "#fde0dc", "#b3261e", U.WaveUnderline, "wavy"),
    "what": Category("what", "#d6e6ff", "#1f4fa3", U.DashUnderline, "dashed"),
    "vague": Category("vague", "#fff0b3", "#7a5200", U.DotLine, "dotted"),
    "say_no": Category("say_no", "#eadcf8", "#5b2a86", U.SingleUnderline, "solid"),
    "good": Category("good", "#d7f0dc", "#1d5e2c", U.DashDotLine, "dash-dot"),
}

TEXT_COLOUR = "#1a1a1a"
CURRENT_SENTENCE = "#d9d9d9"


def title(category: str) -> str:
    """Translated group/category title."""
    return {
        "who": QCoreApplication.translate("Categories", "Who gets your data"),
        "what": QCoreApplication.translate("Categories", "What they take"),
        "vague": QCoreApplication.translate("Categories", "Vague wording"),
        "say_no": QCoreApplication.translate("Categories", "How to say no"),
        "good": QCoreApplication.translate("Categories", "Good signs"),
    }.get(category, category)


def pattern_name(category: str) -> str:
    return {
        "who": QCoreApplication.translate("Categories", "wavy underline"),
        "what": QCoreApplication.translate("Categories", "dashed underline"),
        "vague": QCoreApplication.translate("Categories", "dotted underline"),
        "say_no": QCoreApplication.translate("Categories", "solid underline"),
        "good": QCoreApplication.translate("Categories", "dash-dot underline"),
    }.get(category, "")


def char_format(category: str, *, background: bool = True) -> QTextCharFormat:
    c = CATEGORIES[category]
    fmt = QTextCharFormat()
    if background:
        fmt.setBackground(QColor(c.background))
        fmt.setForeground(QColor(TEXT_COLOUR))
    fmt.setUnderlineStyle(c.underline)
    fmt.setUnderlineColor(QColor(c.line))
    return fmt
