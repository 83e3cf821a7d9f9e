"""The legend: one sample per highlight category, drawn with its colour AND its underline."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from explainer.ui import categories


class Swatch(QWidget):
    """A small box in the category colour with its underline pattern below."""

    def __init__(self, category: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = categories.CATEGORIES[category]
        self.setFixedSize(QSize(34, 22))

    def paintEvent(self, event) -> None:
        c = self.category
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(2, 2, self.width() - 4, 12, QColor(c.background))
        pen = QPen(QColor(c.line), 2)
        y = 17.5
        x0, x1 = 2.0, float(self.width() - 2)
        style = c.underline
        u = categories.U
        if style == u.WaveUnderline:
            path = QPainterPath(QPointF(x0, y))
            x = x0
            while x < x1:
                x += 1
                path.lineTo(QPointF(x, y + 2.2 * math.sin((x - x0) / 2.0)))
            p.setPen(pen)
            p.drawPath(path)
            return
        pen.setStyle({
            u.DashUnderline: Qt.PenStyle.DashLine,
            u.DotLine: Qt.PenStyle.DotLine,
            u.DashDotLine: Qt.PenStyle.DashDotLine,
        }.get(style, Qt.PenStyle.SolidLine))
        p.setPen(pen)
        p.drawLine(QPointF(x0, y), QPointF(x1, y))


class Legend(QWidget):
    """A wrapping row of "swatch + name" entries, one per category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self._labels: dict[str, QLabel] = {}
        for cat in categories.CATEGORIES:
            sw = Swatch(cat, self)
            lab = QLabel(self)
            lab.setBuddy(sw)
            layout.addWidget(sw)
            layout.addWidget(lab)
            self._labels[cat] = lab
            self._swatch = sw
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        names = []
        for cat, lab in self._labels.items():
            lab.setText(categories.title(cat))
            lab.setToolTip(categories.pattern_name(cat))
            names.append(f"{categories.title(cat)}: {categories.pattern_name(cat)}")
        self.setAccessibleName(self.tr("Highlight legend"))
        self.setAccessibleDescription("; ".join(names))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
