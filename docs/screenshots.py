"""Write PNG screenshots of the app's main flows, in English and Arabic, to docs/screenshots/.

    .venv/bin/python docs/screenshots.py [--out DIR]

Runs under Xvfb when it is installed (``xvfb-run`` re-launches this script on a virtual screen, so
real window-manager-free X11 rendering is used); otherwise falls back to Qt's offscreen platform.
Uses the real analyser on the bundled samples in resources/samples.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _relaunch_under_xvfb() -> int | None:
    if os.environ.get("SCREENSHOTS_CHILD") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    xvfb = shutil.which("xvfb-run")
    if not xvfb:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    env = {**os.environ, "SCREENSHOTS_CHILD": "1", "QT_QPA_PLATFORM": "xcb"}
    cmd = [xvfb, "-a", "-s", "-screen 0 1400x900x24", sys.executable, *sys.argv]
    return subprocess.call(cmd, env=env)


FORM_LINES = {
    "en": ["Little Stars Baby Club - sign-up form", "",
           "We collect your name, home address, email",
           "and your baby's due date. We may share your",
           "details with selected partners such as",
           "Experian for marketing purposes.",
           "Tick here if you do not want offers: [ ]"],
    "ar": ["نادي النجوم الصغيرة - استمارة الاشتراك", "",
           "نجمع اسمك وعنوان منزلك وبريدك الإلكتروني",
           "وموعد الولادة المتوقع. قد نشارك بياناتك",
           "مع شركاء مختارين مثل Experian",
           "لأغراض تسويقية."],
}


def render_form_photo(path: Path, lang: str) -> Path:
    """A phone 'photo' of a printed form: a sheet on a darker desk, slightly turned and soft."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    from explainer import paths

    arabic = lang == "ar"
    font_file = "Amiri-Regular.ttf" if arabic else "DejaVuSans.ttf"
    kw = {"layout_engine": ImageFont.Layout.RAQM} if arabic else {}
    font = ImageFont.truetype(str(paths.resource("fonts", font_file)), 30, **kw)
    lines = FORM_LINES[lang]
    sheet = Image.new("RGB", (1000, 120 + 58 * len(lines)), (246, 244, 236))
    draw = ImageDraw.Draw(sheet)
    y = 60
    for line in lines:
        if arabic:
            draw.text((950, y), line, fill=(30, 30, 40), font=font, anchor="ra",
                      direction="rtl", language="ar")
        else:
            draw.text((50, y), line, fill=(30, 30, 40), font=font)
        y += 58
    # A damp smudge over a few words, so the check dialog has something to point out.
    stain = Image.new("L", sheet.size, 0)
    ImageDraw.Draw(stain).ellipse((500, 150, 920, 270), fill=225)
    stain = stain.filter(ImageFilter.GaussianBlur(14))
    sheet = Image.composite(Image.new("RGB", sheet.size, (205, 190, 160)), sheet, stain)
    photo = Image.new("RGB", (sheet.width + 160, sheet.height + 160), (120, 105, 90))
    photo.paste(sheet.rotate(1.2, expand=True, fillcolor=(120, 105, 90)), (70, 70))
    photo = photo.filter(ImageFilter.GaussianBlur(1.1))
    photo.save(path, quality=80)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    code = _relaunch_under_xvfb()
    if code is not None:
        return code

    from PySide6.QtCore import QEventLoop, QSize, QTimer

    from explainer import paths
    from explainer.ui import workers
    from explainer.ui.app import build
    from explainer.ui.settings import AppSettings
    from explainer.ui.why import WhyDialog

    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    settings = AppSettings(tmp / "settings.ini")
    settings.language = "en"
    c = build(settings, with_log=False)
    w = c.window
    w.resize(QSize(1360, 860))
    def pause(ms: int) -> None:
        # A real event loop: QTest.qWait keeps the GIL in PySide6 6.12 and starves the workers.
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    w.show()
    pause(300)

    def wait(pred, ms: int = 60_000) -> None:
        waited = 0
        while not pred() and waited < ms:
            pause(50)
            waited += 50

    def settle() -> None:
        wait(lambda: c.analysis is not None and not c.busy and not w.notice.highlighting)
        pause(300)

    def shot(widget, name: str) -> None:
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        print(path)

    shot(w, "01_empty_en")
    for lang in ("en", "ar"):
        c.set_language(lang)
        c.open_path(paths.resource("samples", f"babyclub_{lang}.txt"))
        settle()
        shot(w, f"02_results_{lang}")
        who = w.findings.tree.topLevelItem(0)
        if who is not None and who.childCount():
            w.findings.tree.setCurrentItem(who.child(0))
            pause(200)
        shot(w, f"03_finding_{lang}")
        c.present()
        p = c.presentation
        if p is not None:
            p.resize(QSize(1360, 860))
            pause(300)
            shot(p, f"04_presentation_{lang}")
            p.next()
            pause(200)
            shot(p, f"05_presentation_next_{lang}")
            p.close()
        d = WhyDialog(w)
        d.show()
        pause(200)
        shot(d, f"06_why_{lang}")
        d.close()
        form = render_form_photo(tmp / f"form_{lang}.jpg", lang)
        c.read_form(form)
        wait(lambda: c.form_dialog is not None and not c.busy, 180_000)
        fd = c.form_dialog
        if fd is not None:
            fd.resize(QSize(1180, 560))
            pause(400)
            fd.image_view.fit_width()
            pause(200)
            shot(fd, f"08_paper_form_{lang}")
            fd.close()
        if lang == "en":  # the same notice in the Arabic interface, and large text
            c.set_large_text(True)
            pause(200)
            shot(w, "07_large_text_en")
            c.set_large_text(False)
    c.shutdown()
    workers.wait_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
