"""OCR uses the Tesseract bundled in the tesserocr wheel and our resources/tessdata only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CODE = r"""
import os
from PIL import Image, ImageDraw, ImageFont
from explainer.ingest.ocr import OcrEngine
from explainer.paths import resource

img = Image.new("L", (1400, 200), 255)
font = ImageFont.truetype(str(resource("fonts", "DejaVuSans.ttf")), 48)
ImageDraw.Draw(img).text((40, 60), "We may share your data", font=font, fill=0)
with OcrEngine() as engine:
    text = engine.recognise(img).text
maps = open("/proc/self/maps").read()
libs = sorted({line.split()[-1] for line in maps.splitlines() if "tesseract" in line.split()[-1]})
print(repr(text))
print("\n".join(libs))
"""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux /proc")
def test_ocr_works_without_any_system_tessdata(tmp_path):
    env = {**os.environ, "TESSDATA_PREFIX": str(tmp_path / "nothing-here"),
           "PATH": "/nonexistent"}
    p = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                       timeout=120, env=env)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert "share" in lines[0].lower()
    libs = lines[1:]
    assert libs, "libtesseract was not loaded"
    for lib in libs:
        assert "tesserocr" in lib, f"a system Tesseract was loaded: {lib}"
