"""OCR benchmark: character accuracy and seconds per A4 page, per variant and language.

    OMP_THREAD_LIMIT=1 taskset -c 0 .venv/bin/python benchmarks/ocr.py [--variants clean,photo]

Pages are rendered from the sample notices in ``tests/ingest/ingest_samples.py`` with the fonts in
``resources/fonts`` (300 dpi A4), degraded as named, then read with
:class:`explainer.ingest.ocr.OcrEngine` exactly as the app does (preprocessing, OSD, deskew,
recognition). Time is wall-clock for ``recognise`` only, not for making the picture. Targets on
the photo-like set: accuracy >= 0.98 English, >= 0.95 Arabic; <= 2 s per page on one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # one core, as the target says; before tesserocr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

import ingest_samples as samples  # noqa: E402

from explainer.ingest.ocr import OcrEngine  # noqa: E402

TARGETS = {"en": 0.98, "ar": 0.95}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default=",".join(samples.VARIANTS))
    parser.add_argument("--languages", default="en,ar")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per page (best kept)")
    args = parser.parse_args(argv)
    texts = {"en": samples.ENGLISH, "ar": samples.ARABIC}
    print(f"{'lang':4} {'variant':10} {'accuracy':>8} {'s/page':>7}  note")
    failed = False
    with OcrEngine() as engine:
        for lang in args.languages.split(","):
            if lang == "ar" and not samples.arabic_rendering_available():
                print("ar   (skipped: Pillow has no raqm, cannot render Arabic)")
                continue
            page = samples.render_page(texts[lang], lang)
            for variant in args.variants.split(","):
                img = samples.VARIANTS[variant](page)
                best = float("inf")
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    result = engine.recognise(img)
                    best = min(best, time.perf_counter() - started)
                accuracy = samples.char_accuracy(texts[lang], result.text)
                note = ""
                if variant.startswith("photo"):
                    ok = accuracy >= TARGETS[lang] and best <= 2.0
                    note = "target met" if ok else "TARGET MISSED"
                    failed |= not ok
                print(f"{lang:4} {variant:10} {accuracy:8.4f} {best:7.2f}  {note}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
