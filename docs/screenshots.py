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
