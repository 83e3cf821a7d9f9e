"""The "Why this matters" page: what happened with two UK baby clubs, in plain words."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class WhyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whyDialog")
        self.resize(640, 560)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paragraphs(self) -> list[tuple[str, str]]:
        """(tag, text) pairs of the page, translated."""
        return [
            ("h2", self.tr("Why this matters")),
            ("p", self.tr(
                "Free baby clubs, sample packs and apps often ask new parents to fill in a card "
                "or a form, sometimes on the maternity ward itself. The small print can allow "
                "your details to be passed on or sold. In the UK this has already happened, on a "
                "large scale, and the regulator (the Information Commissioner's Office, ICO) "
                "fined the companies.")),
            ("h3", self.tr("Emma's Diary, 2018: £140,000")),
            ("p", self.tr(
                "The baby club Emma's Diary sold the records of 1,065,200 new mothers through "
                "the data company Experian to the Labour Party, which used them to target "
                "mothers with election mail. The records held the parent's name, home address "
                "and the birth dates of the mother and her children. The mothers had not been "
                "told clearly that this could happen. The ICO fined the company £140,000.")),
            ("h3", self.tr("Bounty, 2019: £400,000")),
            ("p", self.tr(
                "Bounty, known for the free packs handed out in hospitals, passed on about 34 "
                "million records to 39 organisations, including the data brokers Acxiom and "
                "Equifax and the broadcaster Sky. Many of the records were collected on paper "
                "cards filled in at hospital bedsides, just after a birth. The ICO fined Bounty "
                "£400,000.")),
            ("h3", self.tr("What you can do")),
            ("p", self.tr(
                "Before you sign, look for who gets your data and for a way to say no. Words "
                "like \"selected partners\" or \"for marketing purposes\" can hide a long list "
                "of companies. You can ask any organisation for a copy of what it holds about "
                "you and your child, and you can tell it to stop using your details for "
                "marketing at any time.")),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Why this matters"))
        self.text.setAccessibleName(self.tr("Why this matters"))
        d = "rtl" if self.layoutDirection().name == "RightToLeft" else "ltr"
        body = "".join(f"<{tag}>{html.escape(t)}</{tag}>" for tag, t in self.paragraphs())
        self.text.setHtml(f"<div dir='{d}'>{body}</div>")
