"""Reading a paper form: the photo beside the recognised text, doubtful words marked for checking.

The OCR itself runs in the OCR pool (:func:`read_form`, called by the controller's job); this
module also holds the dialog, which only lays out widgets. Word confidences from
``Document.extra["ocr_words"]`` are code-point offsets; they become Qt positions through
:class:`~explainer.ui.offsets.OffsetMap` here, once, when the text is loaded. The marks are char
formats in the editable document, so they move with the user's edits; editing inside a marked word
removes its mark (the parent has checked it).
"""

from __future__ import annotations

import html
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPixmap, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from explainer.ui import i18n
from explainer.ui.offsets import OffsetMap

logger = logging.getLogger(__name__)

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"})
FORM_PATTERNS = "*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp *.pdf"
LOW_CONFIDENCE = 70.0  # words Tesseract is less sure of than this (0-100) are marked
UNCERTAIN_COLOUR = QColor("#d35400")  # orange: distinct from every highlight category
PREVIEW_MAX_SIDE = 2400  # pixels; enough to read a photographed A4 page when zoomed
MAX_PREVIEW_PAGES = 10
_UNCERTAIN = QTextFormat.Property.UserProperty + 1  # char-format flag marking a doubtful word


@dataclass(frozen=True)
class FormImage:
    """The original file as the parent chose it, kept so the log can store it with the entry."""

    name: str
    data: bytes


@dataclass
class FormReading:
    """What the OCR job hands back to the GUI thread (plain Python and bytes only)."""

    document: object  # explainer.ingest.Document
    image: FormImage
    source: str  # the full path, for the window title
    pages: list[bytes] = field(default_factory=list)  # PNG previews, one per page

    @property
    def words(self) -> list[tuple[int, int, float]]:
        return list(self.document.extra.get("ocr_words", []))  # type: ignore[attr-defined]


def read_form(path: Path, progress: Callable, cancel: Callable[[], bool], *,
              preview: bool = True) -> FormReading:
    """Worker side: OCR the file and make page previews (never touches a widget).

    With ``preview=False`` (a PDF opened with Open…) previews are made only when OCR was needed.
    """
    from explainer import ingest

    data = path.read_bytes()
    doc = ingest.read_bytes(data, name=path.name, progress=progress, cancel=cancel)
    wanted = (preview or doc.ocr_pages) and doc.text.strip() and not cancel()
    rotations = list(doc.extra.get("ocr_rotations", []))
    pages = previews(data, path.suffix.lower(), rotations) if wanted else []
    return FormReading(doc, FormImage(path.name, data), str(path), pages)


def previews(data: bytes, suffix: str, rotations: list[int] | None = None) -> list[bytes]:
    """PNG bytes of each page, upright and at most :data:`PREVIEW_MAX_SIDE` pixels.

    ``rotations`` are the turns (degrees counter-clockwise) OCR applied to each page of a
    picture, so a form photographed sideways is shown the way it was read.

    Pillow decodes (Qt's own image plugins may lack TIFF/WebP); a PDF is rendered with pdfium.
    A preview that cannot be made is left out: the text is what matters.
    """
    from PIL import Image, ImageOps

    frames: list[Image.Image] = []
    try:
        if suffix == ".pdf" or data[:5] == b"%PDF-":
            import pypdfium2 as pdfium

            pdf = pdfium.PdfDocument(data)
            try:
                for i in range(min(len(pdf), MAX_PREVIEW_PAGES)):
                    page = pdf[i]
                    scale = PREVIEW_MAX_SIDE / max(page.get_width(), page.get_height(), 1)
                    frames.append(page.render(scale=min(scale, 3.0)).to_pil())
            finally:
                pdf.close()
        else:
            with Image.open(io.BytesIO(data)) as im:
                for i in range(min(getattr(im, "n_frames", 1), MAX_PREVIEW_PAGES)):
                    im.seek(i)
                    frames.append(ImageOps.exif_transpose(im.copy()))
    except Exception:  # noqa: BLE001 - no preview is better than no dialog
        logger.info("no preview for this file", exc_info=True)
    out = []
    turns = rotations or []
    for index, frame in enumerate(frames):
        frame = frame.convert("RGB")
        if index < len(turns) and turns[index] % 360:
            frame = frame.rotate(turns[index], expand=True, fillcolor=(255, 255, 255))
        frame.thumbnail((PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE))
        buf = io.BytesIO()
        frame.save(buf, "PNG", optimize=False, compress_level=1)
        out.append(buf.getvalue())
    return out


class ImageView(QScrollArea):
    """The page(s), scaled to fit the width at first; Ctrl+wheel or the buttons zoom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formImage")
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pixmaps: list[QPixmap] = []
        self.labels: list[QLabel] = []
        self.scale = 1.0
        self._fit = True
        self._pages = QWidget()
        self._layout = QVBoxLayout(self._pages)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self.setWidget(self._pages)

    def set_pages(self, pages: list[bytes]) -> None:
        for lab in self.labels:
            lab.deleteLater()
        self.labels, self.pixmaps = [], []
        for data in pages:
            img = QImage.fromData(data)
            if img.isNull():
                continue
            self.pixmaps.append(QPixmap.fromImage(img))
            lab = QLabel(self._pages)
            lab.setFrameShape(QLabel.Shape.Box)
            self._layout.addWidget(lab, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(lab)
        self.fit_width()

    def fit_width(self) -> None:
        self._fit = True
        widest = max((p.width() for p in self.pixmaps), default=0)
        avail = self.viewport().width() - 12
        self._apply(avail / widest if widest and avail > 50 else 0.4)

    def zoom(self, factor: float) -> None:
        self._fit = False
        self._apply(self.scale * factor)

    def _apply(self, scale: float) -> None:
        self.scale = max(0.05, min(4.0, scale))
        for pix, lab in zip(self.pixmaps, self.labels, strict=True):
            w = max(1, int(pix.width() * self.scale))
            lab.setPixmap(pix.scaledToWidth(w, Qt.TransformationMode.SmoothTransformation))
            lab.setFixedSize(lab.pixmap().size() + lab.frameSize() - lab.contentsRect().size())
        self._pages.adjustSize()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fit_width()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)


class FormTextEdit(QTextEdit):
    """Editable recognised text; doubtful words are underlined and explain themselves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formText")
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.uncertain_tip = ""
        self._marking = False  # True while this class itself changes formats
        self.document().contentsChange.connect(self._edited)

    def set_reading(self, text: str, words: list[tuple[int, int, float]]) -> None:
        self.setPlainText(text)
        om = OffsetMap(text)
        fmt = uncertain_format(self.uncertain_tip)
        self._marking = True
        try:
            cursor = QTextCursor(self.document())
            for start, end, conf in words:
                if conf < LOW_CONFIDENCE and 0 <= start < end <= len(text):
                    cursor.setPosition(om.to_qt(start))
                    cursor.setPosition(om.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(fmt)
        finally:
            self._marking = False
        self.document().clearUndoRedoStacks()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def uncertain_ranges(self) -> list[tuple[int, int]]:
        """(start, end) Qt positions of every marked run, in order (for tests and retranslate)."""
        out: list[tuple[int, int]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if frag.isValid() and frag.charFormat().boolProperty(_UNCERTAIN):
                    s, e = frag.position(), frag.position() + frag.length()
                    if out and out[-1][1] == s:
                        out[-1] = (out[-1][0], e)
                    else:
                        out.append((s, e))
                it += 1
            block = block.next()
        return out

    def set_uncertain_tip(self, tip: str) -> None:
        """Re-apply the (translated) tooltip to every mark without touching the undo history."""
        self.uncertain_tip = tip
        self._marking = True
        try:
            cursor = QTextCursor(self.document())
            for s, e in self.uncertain_ranges():
                cursor.setPosition(s)
                cursor.setPosition(e, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(uncertain_format(tip))
        finally:
            self._marking = False

    def tooltip_at(self, pos: int) -> str:
        """The tooltip of the character at Qt position ``pos`` ("" when it is not marked)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(pos + 1, self.document().characterCount() - 1))
        fmt = cursor.charFormat()  # the format of the character before the cursor
        return fmt.toolTip() if fmt.boolProperty(_UNCERTAIN) else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos()))
            tip = self.tooltip_at(pos.position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _edited(self, pos: int, removed: int, added: int) -> None:
        """Typing inside (or right at the edge of) a marked word clears that word's mark."""
        if self._marking:  # only this class changes formats: anything else is typing
            return
        for s, e in self.uncertain_ranges():
            if s <= pos <= e:
                self._clear(s, e)
                break

    def _clear(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(min(end, self.document().characterCount() - 1),
                           QTextCursor.MoveMode.KeepAnchor)
        plain = QTextCharFormat()
        plain.setProperty(_UNCERTAIN, False)
        plain.setFontUnderline(False)
        plain.setUnderlineStyle(QTextCharFormat.UnderlineStyle.NoUnderline)
        plain.setToolTip("")
        self._marking = True
        try:
            cursor.mergeCharFormat(plain)
        finally:
            self._marking = False
        self.viewport().update()


def uncertain_format(tip: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(UNCERTAIN_COLOUR)
    fmt.setToolTip(tip)
    fmt.setProperty(_UNCERTAIN, True)
    return fmt


class PaperFormDialog(QDialog):
    """Photo on one side, the text we read on the other; "Analyse this text" hands it over."""

    analyse_requested = Signal(str)

    def __init__(self, reading: FormReading, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperFormDialog")
        self.reading = reading
        self.resize(1200, 760)
        self.image_view = ImageView(self)
        self.zoom_in_button = QPushButton(self)
        self.zoom_out_button = QPushButton(self)
        self.fit_button = QPushButton(self)
        self.zoom_in_button.clicked.connect(lambda: self.image_view.zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.image_view.zoom(0.8))
        self.fit_button.clicked.connect(self.image_view.fit_width)
        self.image_title = QLabel(self)
        self.no_preview = QLabel(self)
        self.no_preview.setWordWrap(True)
        self.text = FormTextEdit(self)
        self.text_title = QLabel(self)
        self.text_title.setBuddy(self.text)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = QLabel(self)  # from ingest (English): pages skipped, a slow page
        self.warnings.setWordWrap(True)
        self.warnings.setText("\n".join(getattr(reading.document, "warnings", ())))
        self.warnings.setVisible(bool(self.warnings.text()))

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.image_title, 1)
        for b in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            top.addWidget(b)
        lv.addLayout(top)
        lv.addWidget(self.no_preview)
        lv.addWidget(self.image_view, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.text_title)
        rv.addWidget(self.hint)
        rv.addWidget(self.warnings)
        rv.addWidget(self.text, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 640])

        self.buttons = QDialogButtonBox(self)
        self.analyse_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.analyse_button.setObjectName("analyseButton")
        self.analyse_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._analyse)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        f = self.text.font()
        f.setPointSizeF((f.pointSizeF() if f.pointSizeF() > 0 else 10.0) + 1)
        self.text.setFont(i18n.with_fallbacks(f))
        self.text.uncertain_tip = self.tr(
            "We are not sure we read this word correctly — check it against the photo")
        self.text.set_reading(reading.document.text, reading.words)  # type: ignore[attr-defined]
        self.image_view.set_pages(reading.pages)
        self.no_preview.setVisible(not self.image_view.pixmaps)
        self.retranslate()
        self.text.setFocus()

    @property
    def uncertain_count(self) -> int:
        return len(self.text.uncertain_ranges())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check the text we read — %1").replace(
            "%1", self.reading.image.name))
        self.image_title.setText(self.tr("The photo"))
        self.zoom_in_button.setText(self.tr("Zoom in"))
        self.zoom_out_button.setText(self.tr("Zoom out"))
        self.fit_button.setText(self.tr("Fit width"))
        self.no_preview.setText(self.tr("The picture cannot be shown here, but its text was read."))
        self.text_title.setText(self.tr("The text we read (you can correct it)"))
        n = self.uncertain_count
        hint = html.escape(self.tr("Compare the text with the photo and fix any mistakes."))
        if n:
            words = html.escape(self.tr("underlined in orange"))
            mark = (f"<span style='text-decoration: underline; color: "
                    f"{UNCERTAIN_COLOUR.name()};'>{words}</span>")
            hint += " " + html.escape(self.tr("%n word(s) we are not sure of are %1.", "", n)
                                      ).replace("%1", mark)
        self.hint.setText(hint)
        self.text.set_uncertain_tip(self.tr(
            "We are not sure we read this word correctly — check it against the photo"))
        self.text.setAccessibleName(self.tr("The text we read"))
        self.image_view.setAccessibleName(self.tr("The photo"))
        self.analyse_button.setText(self.tr("Analyse this text"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.retranslate()  # the hint counts marks, which exist only after set_reading
        self.image_view.fit_width()

    def _analyse(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            return
        self.accept()
        self.analyse_requested.emit(text)

