"""Image clean-up before OCR, with Pillow and numpy only (no OpenCV).

Phone photos of paper forms are the hard case: the sheet sits on a table, photographed at an
angle, lit from one side. :func:`prepare` finds the sheet (the largest bright quadrilateral),
straightens it with a perspective transform, evens out the lighting, and removes speckle noise.
:func:`deskew` corrects small rotations (up to ~12 degrees) with a projection profile: text lines
give the sharpest row histogram when they are horizontal.

Every step is conservative: it only acts when its measurement is clear, because a wrong
"correction" costs more accuracy than the defect it fixes. All work on measurements is done on
small copies (~1,000 px), so a 12-megapixel page costs a few tenths of a second.
"""

from __future__ import annotations

import logging
import math

import numpy as np
from PIL import Image, ImageFilter

logger = logging.getLogger(__name__)

ANALYSIS_SIZE = 1000  # long side of the copies used for measurements, pixels
MAX_SKEW = 12.0  # degrees


def prepare(img: Image.Image) -> Image.Image:
    """Grey page image -> straightened, evenly lit, de-speckled grey image."""
    img = img.convert("L") if img.mode != "L" else img
    img = correct_perspective(img)
    img = flatten_lighting(img)
    return despeckle(img)


def _small(img: Image.Image, size: int = ANALYSIS_SIZE) -> tuple[Image.Image, float]:
    scale = min(1.0, size / max(img.size))
    if scale >= 1.0:
        return img, 1.0
    small = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))),
                       Image.Resampling.BOX)
    return small, scale


def _otsu(values: np.ndarray) -> float:
    hist = np.bincount(values.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128.0
    omega = np.cumsum(hist) / total
    mu = np.cumsum(hist * np.arange(256)) / total
    mu_t = mu[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        sigma_b = (mu_t * omega - mu) ** 2 / (omega * (1 - omega))
    sigma_b = np.nan_to_num(sigma_b)
    return float(np.argmax(sigma_b))


# --- perspective ------------------------------------------------------------------------------


def find_page(img: Image.Image) -> list[tuple[float, float]] | None:
    """Corners (TL, TR, BR, BL, full-resolution pixels) of a bright sheet on a darker
    background, or None when the picture is already just the page (a scan)."""
    small, scale = _small(img, 600)
    # Close the text (dark on white) so the sheet is one solid bright region.
    closed = small.filter(ImageFilter.MaxFilter(7)).filter(ImageFilter.MinFilter(7))
    a = np.asarray(closed, dtype=np.uint8)
    threshold = _otsu(a)
    mask = a > threshold
    h, w = mask.shape
    area = mask.mean()
    if not 0.2 < area < 0.97:
        return None
    # The sheet must be brighter than its surroundings by a clear margin.
    inside, outside = a[mask].mean(), a[~mask].mean()
    if inside - outside < 40:
        return None
    # The background must run along most of the border; otherwise this is a scan with a dark
    # photo or table on it, not a sheet on a table.
    border = np.concatenate([mask[0], mask[-1], mask[:, 0], mask[:, -1]])
    if border.mean() > 0.5:
        return None
    # Keep the rows/columns that are solidly part of the sheet (drops bright specks outside).
    ys, xs = np.nonzero(mask)
    row_fill = mask.sum(axis=1)
    col_fill = mask.sum(axis=0)
    solid = (row_fill[ys] > 0.2 * w) & (col_fill[xs] > 0.2 * h)
    ys, xs = ys[solid], xs[solid]
    if len(xs) < 100:
        return None
    s, d = xs + ys, xs - ys
    corners = [
        (xs[np.argmin(s)], ys[np.argmin(s)]),
        (xs[np.argmax(d)], ys[np.argmax(d)]),
        (xs[np.argmax(s)], ys[np.argmax(s)]),
        (xs[np.argmin(d)], ys[np.argmin(d)]),
    ]
    quad = [((x + 0.5) / scale, (y + 0.5) / scale) for x, y in corners]
    if _quad_area(quad) < 0.2 * img.width * img.height or not _is_convex(quad):
        return None
    return quad


def _quad_area(q: list[tuple[float, float]]) -> float:
    return 0.5 * abs(sum(q[i][0] * q[i - 3][1] - q[i - 3][0] * q[i][1] for i in range(4)))


def _is_convex(q: list[tuple[float, float]]) -> bool:
    signs = []
    for i in range(4):
        (x0, y0), (x1, y1), (x2, y2) = q[i], q[(i + 1) % 4], q[(i + 2) % 4]
        signs.append((x1 - x0) * (y2 - y1) - (y1 - y0) * (x2 - x1) > 0)
    return all(signs) or not any(signs)


def _coefficients(
    out_corners: list[tuple[float, float]], in_corners: list[tuple[float, float]]
) -> list[float]:
    """Image.transform PERSPECTIVE coefficients mapping output pixels to input pixels."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(out_corners, in_corners, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def correct_perspective(img: Image.Image) -> Image.Image:
    quad = find_page(img)
    if quad is None:
        return img
    tl, tr, br, bl = quad
    width = round(max(math.dist(tl, tr), math.dist(bl, br)))
    height = round(max(math.dist(tl, bl), math.dist(tr, br)))
    if width < 100 or height < 100:
        return img
    out = [(0, 0), (width, 0), (width, height), (0, height)]
    try:
        coeffs = _coefficients(out, quad)
    except np.linalg.LinAlgError:
        return img
    logger.debug("perspective: page %s -> %dx%d", quad, width, height)
    return img.transform((width, height), Image.Transform.PERSPECTIVE, coeffs,
                         Image.Resampling.BICUBIC, fillcolor=255)


# --- lighting and noise -----------------------------------------------------------------------


def flatten_lighting(img: Image.Image) -> Image.Image:
    """Divide by an estimate of the paper's brightness so shadows and gradients disappear.

    The background is estimated on a small copy with a max filter (erasing text) and a blur;
    pages that are already evenly lit are returned unchanged.
    """
    small, _ = _small(img, 300)
    background = small.filter(ImageFilter.MaxFilter(9)).filter(ImageFilter.GaussianBlur(6))
    bg = np.asarray(background, dtype=np.float32)
    if bg.size == 0 or np.percentile(bg, 95) - np.percentile(bg, 5) < 25:
        return img
    bg_full = np.asarray(background.resize(img.size, Image.Resampling.BILINEAR), np.float32)
    a = np.asarray(img, dtype=np.float32)
    out = np.clip(a / np.maximum(bg_full, 1) * 255, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def despeckle(img: Image.Image) -> Image.Image:
    """Median-filter pages with strong pixel noise (salt and pepper, sensor grain)."""
    # Measure at full resolution (a reduced copy averages the noise away), on a central crop.
    w, h = img.size
    cw, ch = min(w, 800), min(h, 800)
    crop = img.crop(((w - cw) // 2, (h - ch) // 2, (w + cw) // 2, (h + ch) // 2))
    a = np.asarray(crop, dtype=np.int16)
    med = np.asarray(crop.filter(ImageFilter.MedianFilter(3)), dtype=np.int16)
    noise = float(np.mean(np.abs(a - med)))
    if noise < 6:
        return img
    logger.debug("despeckle: noise %.1f", noise)
    return img.filter(ImageFilter.MedianFilter(3))


# --- skew -------------------------------------------------------------------------------------


def estimate_skew(img: Image.Image) -> float:
    """Counter-clockwise rotation (degrees) that makes text lines horizontal."""
    small, _ = _small(img, 800)
    a = np.asarray(small, dtype=np.uint8)
    ink = Image.fromarray(((a < _otsu(a)) * 255).astype(np.uint8))
    if np.asarray(ink).mean() < 0.5:  # almost no ink: nothing to measure
        return 0.0

    def sharpness(angle: float) -> float:
        rotated = np.asarray(ink.rotate(angle, resample=Image.Resampling.NEAREST, expand=True),
                             dtype=np.float32)
        rows = rotated.sum(axis=1)
        return float(np.sum(np.diff(rows) ** 2))

    coarse = np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 1.0)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 1.0, best + 1.01, 0.1)
    return float(max(fine, key=sharpness))


def deskew(img: Image.Image) -> Image.Image:
    angle = estimate_skew(img)
    if abs(angle) < 0.3:
        return img
    logger.debug("deskew by %.1f degrees", angle)
    return img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)


def missed_text_rows(img: Image.Image, boxes: list[tuple[int, int, int, int]]) -> bool:
    """True if a band of rows holding ink is not covered by any recognised word box.

    Used to notice when Tesseract's layout analysis silently dropped a line of text.
    """
    small, scale = _small(img, 1000)
    a = np.asarray(small, dtype=np.uint8)
    ink = a < min(_otsu(a), 160)
    rows = ink.mean(axis=1) > 0.01
    covered = np.zeros_like(rows)
    for _x0, y0, _x1, y1 in boxes:
        covered[int(y0 * scale): int(y1 * scale) + 1] = True
    # A run of at least 3 inked, uncovered rows with ink across a good part of the width.
    run = 0
    for y in np.nonzero(rows & ~covered)[0]:
        run = run + 1 if y and rows[y - 1] and not covered[y - 1] else 1
        if run >= 3 and ink[max(0, y - 2): y + 1].any(axis=0).mean() > 0.3:
            return True
    return False
