"""Make OCR fixtures at test time: notice text rendered to A4 pages, then degraded.

Shared by the ingest tests and ``benchmarks/ocr.py``. Fonts come from ``resources/fonts`` (never
from the system), so the pictures are the same on every machine. Arabic needs Pillow's raqm
layout (shaping and right-to-left order); :func:`arabic_rendering_available` says whether it is
there.
"""

from __future__ import annotations

import io
import math
import random
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

from explainer.paths import resource

ENGLISH = (
    "Privacy notice for new parents. When you join our baby club we collect your name, home "
    "address, email address, telephone number and your baby's due date or date of birth. We use "
    "this information to send you offers, samples and advice that we think are relevant to you. "
    "We may share your details with selected partners and reputable companies, including "
    "marketing agencies, insurers and credit reference agencies such as Experian, for their own "
    "purposes. We keep your data for as long as necessary. You can withdraw your consent at any "
    "time by writing to the Data Protection Officer, 12 Market Street, Leeds LS1 6DT, or by "
    "emailing privacy@example.org. You have the right to complain to the Information "
    "Commissioner's Office (ICO)."
)

ARABIC = (
    "إشعار الخصوصية للآباء والأمهات الجدد. عند انضمامك إلى نادي الأطفال نجمع اسمك وعنوان منزلك "
    "وبريدك الإلكتروني ورقم هاتفك وتاريخ الولادة المتوقع لطفلك. نستخدم هذه المعلومات لإرسال "
    "العروض والعينات والنصائح التي نعتقد أنها تهمك. قد نشارك بياناتك مع شركائنا المختارين "
    "وشركات موثوقة، بما في ذلك وكالات التسويق وشركات التأمين، لأغراضها الخاصة. نحتفظ ببياناتك "
    "طالما كان ذلك ضروريا. يمكنك سحب موافقتك في أي وقت بالكتابة إلى مسؤول حماية البيانات أو "
    "بالاتصال بنا. يحق لك تقديم شكوى إلى الجهة المختصة بحماية البيانات."
)

A4_MM = (210, 297)


def arabic_rendering_available() -> bool:
    return bool(features.check("raqm"))


@cache
def _font(language: str, size: int) -> ImageFont.FreeTypeFont:
    name = "Amiri-Regular.ttf" if language == "ar" else "DejaVuSans.ttf"
    engine = ImageFont.Layout.RAQM if language == "ar" else ImageFont.Layout.BASIC
    return ImageFont.truetype(str(resource("fonts", name)), size, layout_engine=engine)


def render_page(text: str, language: str, *, dpi: int = 300, point_size: float = 11) -> Image.Image:
    """White A4 page (grey "L" mode) with ``text`` wrapped in 25 mm margins."""
    width = round(A4_MM[0] / 25.4 * dpi)
    height = round(A4_MM[1] / 25.4 * dpi)
    size = round(point_size * dpi / 72)
    font = _font(language, size)
    margin = round(25 / 25.4 * dpi)
    direction = "rtl" if language == "ar" else "ltr"
    kwargs = {"direction": direction} if language == "ar" else {}
    line_height = round(size * (1.9 if language == "ar" else 1.45))
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if font.getlength(candidate, **kwargs) <= width - 2 * margin:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    y = margin
    for line in lines:
        if language == "ar":
            draw.text((width - margin, y), line, font=font, fill=0, anchor="ra", **kwargs)
        else:
            draw.text((margin, y), line, font=font, fill=0, anchor="la")
        y += line_height
    return page


# --- degradations -----------------------------------------------------------------------------


def rotate(img: Image.Image, degrees: float) -> Image.Image:
    if degrees % 90 == 0:
        return img.rotate(degrees, expand=True)
    return img.rotate(degrees, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC)


def blur(img: Image.Image, radius: float = 1.6) -> Image.Image:
    return img.filter(ImageFilter.GaussianBlur(radius))


def noise(img: Image.Image, sigma: float = 30, speckle: float = 0.01, seed: int = 1) -> Image.Image:
    rng = np.random.default_rng(seed)
    a = np.asarray(img, dtype=np.float32)
    a = a + rng.normal(0, sigma, a.shape)
    mask = rng.random(a.shape)
    a[mask < speckle / 2] = 0
    a[mask > 1 - speckle / 2] = 255
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def low_resolution(img: Image.Image, dpi: int = 150, source_dpi: int = 300) -> Image.Image:
    w, h = img.size
    return img.resize(
        (round(w * dpi / source_dpi), round(h * dpi / source_dpi)), Image.Resampling.BILINEAR
    )


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output ``dst`` -> input ``src``."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    return np.linalg.solve(np.array(rows, float), np.array(rhs, float)).tolist()


def photograph(img: Image.Image, seed: int = 3, jpeg_quality: int = 80) -> Image.Image:
    """A phone photo of the page: on a darker table, in perspective, unevenly lit, JPEG'd.

    The page keeps roughly its scan resolution (a 12 MP phone photo of an A4 sheet gives about
    300 dpi), is tilted in perspective by a few percent, lit from one corner, slightly blurred.
    """
    rng = random.Random(seed)
    w, h = img.size
    pad_x, pad_y = int(w * 0.12), int(h * 0.08)
    cw, ch = w + 2 * pad_x, h + 2 * pad_y
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    corners = [
        (pad_x + j(0.03 * w), pad_y + j(0.02 * h)),
        (pad_x + w + j(0.03 * w), pad_y + j(0.02 * h)),
        (pad_x + w + 0.04 * w + j(0.01 * w), pad_y + h + j(0.02 * h)),
        (pad_x - 0.04 * w + j(0.01 * w), pad_y + h + j(0.02 * h)),
    ]
    coeffs = _perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], corners)
    rgb = img.convert("RGB")
    warped = rgb.transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs,
                           Image.Resampling.BICUBIC, fillcolor=None)
    mask = Image.new("L", img.size, 255).transform(
        (cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )
    table = Image.new("RGB", (cw, ch), (92, 74, 60))
    table.paste(warped, (0, 0), mask)
    # Light from the top-left corner falling off towards the bottom right.
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    light = 1.0 - 0.35 * np.hypot(xx / cw, yy / ch) / math.sqrt(2)
    a = np.asarray(table, dtype=np.float32) * light[..., None]
    a *= np.array([1.0, 0.97, 0.9], dtype=np.float32)  # warm indoor light
    rng_np = np.random.default_rng(seed)
    a += rng_np.normal(0, 6, a.shape)
    photo = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(
        ImageFilter.GaussianBlur(0.8)
    )
    buf = io.BytesIO()
    photo.save(buf, format="JPEG", quality=jpeg_quality)
    return Image.open(io.BytesIO(buf.getvalue()))


VARIANTS = {
    "clean": lambda im: im,
    "rot90": lambda im: rotate(im, 90),
    "rot180": lambda im: rotate(im, 180),
    "skew4": lambda im: rotate(im, 4),
    "blur": blur,
    "noisy": noise,
    "lowres150": low_resolution,
    "lowres100": lambda im: low_resolution(im, 100),
    "photo": photograph,
    "photo2": lambda im: photograph(im, seed=7, jpeg_quality=60),
}


# --- scoring ----------------------------------------------------------------------------------


def _normalise(text: str) -> str:
    return " ".join(text.split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (numpy row DP; fine for a few thousand characters)."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    bb = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    prev = np.arange(len(b) + 1)
    for i, ch in enumerate(a, 1):
        cost = (bb != ord(ch)).astype(np.int64)
        cur = np.empty_like(prev)
        cur[0] = i
        np.minimum(prev[1:] + 1, prev[:-1] + cost, out=cur[1:])
        # insertion along the row needs a running minimum
        cur = np.minimum.accumulate(cur - np.arange(len(b) + 1)) + np.arange(len(b) + 1)
        prev = cur
    return int(prev[-1])


def char_accuracy(expected: str, got: str) -> float:
    """1 - edit distance / length of the expected text, whitespace runs collapsed."""
    e, g = _normalise(expected), _normalise(got)
    if not e:
        return 1.0 if not g else 0.0
    return max(0.0, 1 - edit_distance(e, g) / len(e))
