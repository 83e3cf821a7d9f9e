"""Speed and memory of the analysis path. Prints numbers; asserts nothing.

Targets (issues 2 and 3): <= 150 ms warm for a 5,000-word notice on one core, <= 2 s cold CLI,
>= 5,000 sentences/s through the full analyze() path, both models loaded in < 0.5 s together.
Run: .venv/bin/python benchmarks/analyze_speed.py
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import contextlib  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explainer.paths import resource as res  # noqa: E402


def notice(lang: str, words: int) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(res("samples").glob(f"*_{lang}.txt"))]
    base = "\n\n".join(parts)
    out, n = [], 0
    while n < words:
        out.append(base)
        n += len(base.split())
    text = "\n\n".join(out)
    return text


def best_of(fn, n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    t = time.perf_counter()
    from explainer.analysis.nlp import engine

    import_s = time.perf_counter() - t
    t = time.perf_counter()
    for lang in ("en", "ar"):
        engine(lang)
    load_s = time.perf_counter() - t
    print(f"import of the analysis core: {import_s:.2f} s")
    print(f"both engines (rules + models) loaded: {load_s:.2f} s  (target < 0.5 s)")
    from explainer.analysis.pipeline import analyze

    for lang in ("en", "ar"):
        text = notice(lang, 5000)
        words = len(text.split())
        analyze(text)  # warm up
        secs = best_of(lambda text=text: analyze(text))
        r = analyze(text)
        print(f"[{lang}] warm analyze of a {words}-word notice ({len(r.sentences)} sentences): "
              f"{secs * 1000:.0f} ms  (target <= 150 ms)")
        big = notice(lang, 100_000)
        secs = best_of(lambda big=big: analyze(big), 2)
        n = len(analyze(big).sentences)
        print(f"[{lang}] throughput: {n / secs:,.0f} sentences/s over {n} sentences "
              f"(target >= 5,000)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process: {peak:.0f} MB")

    sample = res("samples", "babyclub_en.txt")
    cmd = [sys.executable, "-m", "explainer", "analyze", str(sample), "--format", "json"]
    times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t)
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"cold CLI 'explainer analyze' (best of 3): {min(times):.2f} s  (target <= 2 s); "
          f"peak memory {child:.0f} MB")


if __name__ == "__main__":
    main()
