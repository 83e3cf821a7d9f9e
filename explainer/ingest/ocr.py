"""OCR with tesserocr and the language data shipped in ``resources/tessdata``.

One page goes through: clean-up for photos (:mod:`explainer.ingest.preprocess`: page outline
and perspective, uneven lighting), orientation and script detection (Tesseract OSD, rotating
by 90/180/270), deskew, then recognition in English or Arabic with Sauvola thresholding. When
OSD is unsure of the script, both languages are tried and the more confident reading wins.

The text is assembled word by word from Tesseract's result iterator (words separated by a
space, lines by ``\\n``, paragraphs and blocks by a blank line) so each word's confidence can be
reported as ``(start, end, confidence)``: code-point offsets into the returned text, confidence
0-100. Arabic words get small fixes for systematic misreads before offsets are taken.

A page with no readable text gives empty text and a warning, not an error: a blank back page
in a scan is normal, and the caller decides what to tell the parent.
:class:`OcrEngine` objects are not thread-safe; use one per worker thread.
"""

from __future__ import annotations

import logging
import re
import statistics
import time
from dataclasses import dataclass, field
from types import TracebackType

from PIL import Image

from explainer.errors import OcrDataMissingError, OcrError
from explainer.paths import resource

logger = logging.getLogger(__name__)

LANGUAGES = {"en": "eng", "ar": "ara"}
# Per recognition pass; a page of dense noise can keep Tesseract busy for minutes.
RECOGNISE_TIMEOUT_MS = 30_000
# Below this mean word confidence, with few confident words, a page is taken to hold no text.
MIN_PAGE_CONFIDENCE = 45.0
# OSD confidences below these are treated as guesses.
MIN_ORIENT_CONF = 1.5
MIN_SCRIPT_CONF = 2.0
# Median word height (pixels, ascenders included) below which a page is upscaled and read
# again: low-resolution scans and photos taken from far away.
MIN_WORD_HEIGHT = 24

NO_TEXT_WARNING = (
    "No readable text was found in this picture: take a sharp, well-lit photo of the whole page, "
    "straight on, and try again."
)

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_BIDI_MARKS = re.compile(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Systematic misreads of the "fast" Arabic model, fixed inside Arabic words only.
_ARABIC_FIXES = str.maketrans({"»": "،", "«": "،", ",": "،", ";": "؛", "?": "؟", "%": "٪"})


@dataclass(frozen=True)
class OcrResult:
    text: str
    words: list[tuple[int, int, float]] = field(default_factory=list)
    language: str = "en"  # "en" or "ar"
    confidence: float = 0.0  # mean word confidence, 0-100
    rotation: int = 0  # degrees counter-clockwise applied to make the page upright
    warnings: tuple[str, ...] = ()


def tessdata_dir() -> str:
    """The shipped tessdata folder; raises :class:`OcrDataMissingError` if it is incomplete."""
    path = resource("tessdata")
    missing = [n for n in ("eng", "ara", "osd") if not (path / f"{n}.traineddata").is_file()]
    if missing:
        raise OcrDataMissingError(
            "The text-recognition data is missing from this installation "
            f"({', '.join(missing)}): reinstall Small Print."
        )
    return str(path)


class OcrEngine:
    """Tesseract instances for OSD, English and Arabic, created lazily and reused per page."""

    def __init__(self) -> None:
        self._path = tessdata_dir()
        self._apis: dict[str, object] = {}

    def __enter__(self) -> OcrEngine:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        for api in self._apis.values():
            api.End()  # type: ignore[attr-defined]
        self._apis.clear()

    def _api(self, lang: str):  # -> tesserocr.PyTessBaseAPI
        api = self._apis.get(lang)
        if api is None:
            from tesserocr import OEM, PSM, PyTessBaseAPI

            try:
                if lang == "osd":
                    api = PyTessBaseAPI(path=self._path, lang="osd", psm=PSM.OSD_ONLY)
                else:
                    api = PyTessBaseAPI(
                        path=self._path, lang=lang, psm=PSM.AUTO, oem=OEM.LSTM_ONLY
                    )
                    api.SetVariable("thresholding_method", "2")  # Sauvola: uneven light
            except RuntimeError as exc:
                raise OcrError(
                    "Text recognition could not start: reinstall Small Print."
                ) from exc
            self._apis[lang] = api
        return api

    def recognise(self, image: Image.Image, *, language: str | None = None) -> OcrResult:
        """OCR one page. ``language`` ("en"/"ar") skips script detection when known."""
        from explainer.ingest import preprocess

        started = time.monotonic()
        if _is_blank(image):
            # An empty page (the back of a form) is normal: no text, no warning.
            return OcrResult(text="", language=language or "en")
        img = preprocess.prepare(image)
        rotation, script = self._orientation(img)
        if rotation:
            img = img.rotate(rotation, expand=True, fillcolor=255)
        img = preprocess.deskew(img)
        if language in LANGUAGES:
            langs = [LANGUAGES[language]]
        elif script in ("eng", "ara"):
            langs = [script]
        else:
            langs = ["eng", "ara"]
        best, boxes = self._read(img, langs[0])
        for lang in langs[1:]:
            found, found_boxes = self._read(img, lang)
            if _score(found) > _score(best):
                best, boxes = found, found_boxes
        lang = LANGUAGES[best.language]
        if best.words and preprocess.missed_text_rows(img, boxes):
            # Layout analysis after Sauvola sometimes drops a whole line on photos; a global
            # (Otsu) threshold on the already flattened page usually finds it.
            again, again_boxes = self._read(img, lang, thresholding="0")
            if _confident_words(again) > _confident_words(best):
                best, boxes = again, again_boxes
        height = statistics.median(b[3] - b[1] for b in boxes) if boxes else 0.0
        if best.words and height < MIN_WORD_HEIGHT:
            # Small text (a low-resolution scan): Tesseract reads it better enlarged.
            factor = min(3.0, MIN_WORD_HEIGHT * 1.6 / max(1.0, height))
            big = img.resize((int(img.width * factor), int(img.height * factor)),
                             Image.Resampling.LANCZOS)
            again, _ = self._read(big, lang)
            if _score(again) >= _score(best):
                best = again
        logger.info(
            "OCR page: %s, rotation %d, confidence %.0f, %d words, %.2fs",
            best.language, rotation, best.confidence, len(best.words),
            time.monotonic() - started,
        )
        warnings = list(best.warnings)
        if not _has_text(best):
            return OcrResult(text="", language=best.language, rotation=rotation,
                             warnings=(*warnings, NO_TEXT_WARNING))
        return OcrResult(best.text, best.words, best.language, best.confidence, rotation,
                         tuple(warnings))

    def _orientation(self, img: Image.Image) -> tuple[int, str | None]:
        """(degrees to rotate counter-clockwise, "eng"/"ara"/None) from Tesseract OSD."""
        api = self._api("osd")
        small = img
        if img.width * img.height > 4_000_000:  # OSD needs far fewer pixels
            f = (4_000_000 / (img.width * img.height)) ** 0.5
            small = img.resize((int(img.width * f), int(img.height * f)), Image.Resampling.BOX)
        try:
            api.SetImage(small)  # type: ignore[attr-defined]
            osd = api.DetectOrientationScript()  # type: ignore[attr-defined]
        except RuntimeError as exc:
            logger.info("OSD failed: %s", exc)
            osd = None
        if not osd:
            return 0, None
        logger.debug("OSD %s", osd)
        rotation = int(osd["orient_deg"]) if osd["orient_conf"] >= MIN_ORIENT_CONF else 0
        script = None
        if osd["script_conf"] >= MIN_SCRIPT_CONF:
            script = {"Latin": "eng", "Arabic": "ara"}.get(osd["script_name"])
        return rotation % 360, script

    def _read(
        self, img: Image.Image, lang: str, *, thresholding: str = "2"
    ) -> tuple[OcrResult, list[tuple[int, int, int, int]]]:
        """Recognise ``img`` in ``lang``; also return each word's box (x0, y0, x1, y1).

        ``thresholding`` is Tesseract's ``thresholding_method``: "2" Sauvola, "0" Otsu.
        """
        from tesserocr import RIL, iterate_level

        api = self._api(lang)
        api.SetVariable("thresholding_method", thresholding)  # type: ignore[attr-defined]
        api.SetImage(img)  # type: ignore[attr-defined]
        warnings: list[str] = []
        if not api.Recognize(timeout=RECOGNISE_TIMEOUT_MS):  # type: ignore[attr-defined]
            warnings.append("Reading this page took too long; some text may be missing.")
        found: list[tuple[str, float]] = []
        boxes: list[tuple[int, int, int, int]] = []
        try:
            full = api.GetUTF8Text()  # type: ignore[attr-defined]
            iterator = api.GetIterator()  # type: ignore[attr-defined]
        except RuntimeError:  # nothing recognised at all
            full, iterator = "", None
        if iterator is not None:
            for word in iterate_level(iterator, RIL.WORD):
                try:
                    raw = word.GetUTF8Text(RIL.WORD)
                except RuntimeError:  # tesserocr raises for an empty result
                    continue
                if not raw or not raw.strip():
                    continue
                found.append((raw.strip(), word.Confidence(RIL.WORD)))
                box = word.BoundingBox(RIL.WORD)
                if box:
                    boxes.append(box)
        text, words = _assemble(full, found, lang)
        confidence = statistics.fmean(c for _, _, c in words) if words else 0.0
        language = "ar" if lang == "ara" else "en"
        result = OcrResult(text, words, language, confidence, 0, tuple(warnings))
        return result, boxes


def _assemble(
    full: str, found: list[tuple[str, float]], lang: str
) -> tuple[str, list[tuple[int, int, float]]]:
    """Clean Tesseract's page text and locate each word's confidence in it.

    The page text (``GetUTF8Text``) has the right character order; word-level text from the
    iterator comes out reversed for right-to-left words, so each word is looked up in the page
    text in order, as written or reversed. Bidi control marks are removed, spaces at line ends
    trimmed and runs of blank lines collapsed, with offsets remapped; Arabic punctuation fixes
    replace one character with one, so they keep offsets.
    """
    spans: list[tuple[int, int, float]] = []
    cursor = 0
    for raw, conf in found:
        match: tuple[int, int] | None = None
        for candidate in (raw, raw[::-1]):
            pos = full.find(candidate, cursor, cursor + len(candidate) + 200)
            if pos >= 0 and (match is None or pos < match[0]):
                match = (pos, pos + len(candidate))
        if match is not None:
            start, end = match
            spans.append((start, end, round(float(conf), 1)))
            cursor = end
    # Characters to drop: bidi marks, spaces before a line break, and a third blank line.
    keep = [True] * len(full)
    for m in _BIDI_MARKS.finditer(full):
        keep[m.start()] = False
    for m in re.finditer(r"[ \t]+(?=\n|$)", full):
        for i in range(m.start(), m.end()):
            keep[i] = False
    for m in re.finditer(r"\n{3,}", full):
        for i in range(m.start() + 2, m.end()):
            keep[i] = False
    new_index: list[int] = []
    chars: list[str] = []
    for ch, k in zip(full, keep, strict=True):
        new_index.append(len(chars))
        if k:
            chars.append(ch)
    new_index.append(len(chars))
    text = "".join(chars)
    if lang == "ara":
        text = re.sub(r"\S+", lambda m: _fix_arabic(m.group()), text)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    words = []
    for start, end, conf in spans:
        s, e = new_index[start] - lead, new_index[end] - lead
        if 0 <= s < e <= len(text):
            words.append((s, e, conf))
    return text, words


def _fix_arabic(token: str) -> str:
    return token.translate(_ARABIC_FIXES) if _ARABIC.search(token) else token


def _score(result: OcrResult) -> float:
    """Mean confidence weighted towards pages where many words were read."""
    return result.confidence * min(1.0, len(result.words) / 20) if result.words else 0.0


def _confident_words(result: OcrResult) -> int:
    return sum(1 for _, _, c in result.words if c >= 60)


def _is_blank(image: Image.Image) -> bool:
    """True for a page with no marks at all (uniform within a few grey levels)."""
    small = image.convert("L").reduce(max(1, min(image.size) // 400))
    low, high = small.getextrema()
    return high - low < 24


def _has_text(result: OcrResult) -> bool:
    if not result.words:
        return False
    confident = sum(1 for _, _, c in result.words if c >= 70)
    return result.confidence >= MIN_PAGE_CONFIDENCE or confident >= 10
