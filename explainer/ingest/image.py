"""Image files (phone photos, scans, multi-page TIFF faxes) -> OCR'd text.

Loading is defensive because these files come from phones and old scanners: the pixel count is
checked from the header before any pixel is decoded (decompression bombs are refused, not
allocated), JPEGs are decoded at reduced size when they are far above the OCR budget, EXIF
orientation is applied (phones store portrait photos sideways), and every mode (palette, alpha,
16-bit, CMYK) ends up as 8-bit grey on white.
"""

from __future__ import annotations

import io
import logging
import math
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from explainer.errors import Cancelled, CorruptFileError, TooLargeError

logger = logging.getLogger(__name__)

# Refuse outright above this (a 100 MP frame is 100 MB grey, several times that in RGB).
MAX_PIXELS = 100_000_000
# Downscale above this before OCR: 12 MP is an A4 page at ~340 dpi, plenty for Tesseract.
OCR_MAX_PIXELS = 12_000_000
MAX_PAGES = 300

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]

_DAMAGED = (
    "This picture is damaged or incomplete: take the photo again or get a fresh copy, "
    "and try again."
)


@dataclass
class ImageText:
    text: str
    pages: int
    words: list[tuple[int, int, float]] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # per page, degrees counter-clockwise the OCR turned it to be upright (for previews)
    rotations: list[int] = field(default_factory=list)


def read_image(
    data: bytes,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> ImageText:
    """OCR every frame of an image file; frames are joined with a blank line."""
    from explainer.ingest.ocr import OcrEngine

    result = ImageText(text="", pages=0)
    pieces: list[str] = []
    offset = 0
    with OcrEngine() as engine:
        frames = open_frames(data)
        total = next(frames)  # first item: the frame count
        assert isinstance(total, int)
        if total > MAX_PAGES:
            result.warnings.append(f"Only the first {MAX_PAGES} of {total} pages were read.")
            total = MAX_PAGES
        for index, frame in enumerate(frames):
            if index >= total:
                break
            if cancel is not None and cancel():
                raise Cancelled("Reading was stopped before it finished.")
            assert isinstance(frame, Image.Image)
            found = engine.recognise(frame)
            result.pages += 1
            prefix = f"Page {index + 1}: " if total > 1 else ""
            result.warnings.extend(prefix + w for w in found.warnings)
            result.languages.append(found.language)
            result.rotations.append(found.rotation)
            if found.text:
                start = offset + 2 if pieces else 0
                result.words.extend((start + s, start + e, c) for s, e, c in found.words)
                pieces.append(found.text)
                offset = start + len(found.text)
            if progress is not None:
                progress(index + 1, total)
    result.text = "\n\n".join(pieces)
    return result


def open_frames(data: bytes) -> Iterator[int | Image.Image]:
    """Yield the frame count, then each frame as an 8-bit grey image within the OCR budget.

    A generator so a 300-page TIFF is decoded one page at a time.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            _check_size(img.size)
            n = getattr(img, "n_frames", 1)
    except Image.DecompressionBombError as exc:
        raise _too_large() from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        logger.info("image unreadable: %r", exc)
        raise CorruptFileError(_DAMAGED) from exc
    yield n
    for index, frame in enumerate(ImageSequence.Iterator(img)):
        try:
            yield to_grey(frame)
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            logger.info("frame %d unreadable: %r", index, exc)
            if index == 0:
                raise CorruptFileError(_DAMAGED) from exc
            return


def _too_large() -> TooLargeError:
    return TooLargeError(
        "This picture is too large to read safely: resize it below 100 megapixels "
        "(or take the photo at a normal camera setting) and try again."
    )


def _check_size(size: tuple[int, int]) -> None:
    w, h = size
    if w <= 0 or h <= 0:
        raise CorruptFileError(_DAMAGED)
    if w * h > MAX_PIXELS:
        raise _too_large()


def to_grey(frame: Image.Image) -> Image.Image:
    """One frame -> upright 8-bit grey, at most :data:`OCR_MAX_PIXELS`."""
    _check_size(frame.size)
    w, h = frame.size
    if frame.format == "JPEG" and w * h > 2 * OCR_MAX_PIXELS:
        # Let libjpeg decode at 1/2, 1/4 or 1/8 scale: far less memory and time.
        factor = math.sqrt(OCR_MAX_PIXELS / (w * h))
        frame.draft("L", (int(w * factor), int(h * factor)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        frame.load()
    frame = ImageOps.exif_transpose(frame) or frame
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        frame = Image.alpha_composite(white, rgba)
    if frame.mode in ("I;16", "I;16B", "I;16L", "I"):
        frame = frame.point(lambda v: v / 256).convert("L") if frame.mode == "I" else (
            frame.convert("I").point(lambda v: v / 256).convert("L")
        )
    elif frame.mode == "F":
        frame = frame.convert("L")
    grey = frame.convert("L")
    w, h = grey.size
    if w * h > OCR_MAX_PIXELS:
        factor = math.sqrt(OCR_MAX_PIXELS / (w * h))
        grey = grey.resize((max(1, int(w * factor)), max(1, int(h * factor))),
                           Image.Resampling.LANCZOS)
    return grey
