"""Benchmark the family's log: list and search 10,000 sign-ups (target: <= 100 ms each).

Run: ``.venv/bin/python benchmarks/log.py [--n 10000]``. Uses a temporary data folder (a real
SQLite file in WAL mode, as the app uses) and prints the median of several runs in milliseconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explainer.store import LogStore  # noqa: E402
from explainer.store.log import EXPORT_FORMAT, EXPORT_VERSION  # noqa: E402

ORGS = ["Bounty UK", "Emma's Diary", "Tesco", "Boots", "مستشفى السلام", "NHS Trust", "Mumsnet"]
DATA = ["name", "email address", "home address", "child's date of birth", "due date", "phone"]


def _export(n: int, rng: random.Random) -> dict:
    orgs = [{"id": i + 1, "name": f"{name} {i}"} for i, name in enumerate(ORGS * 30)]
    signups = []
    for i in range(1, n + 1):
        signups.append(
            {
                "id": i,
                "organisation_id": rng.randint(1, len(orgs)),
                "date": f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",  # noqa: E501
                "channel": rng.choice(["website", "app", "paper", "hospital", "phone", "store"]),
                "for": rng.choice(["parent", "child", "partner"]),
                "data": rng.sample(DATA, rng.randint(1, 4)),
                "consents": ["newsletter"] if rng.random() < 0.3 else [],
                "marketing": ["email"] if rng.random() < 0.5 else [],
                "note": f"note {i} " + rng.choice(["pram", "nappies", "scan photo", ""]),
            }
        )
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "organisations": orgs,
        "notices": [],
        "signups": signups,
        "requests": [],
    }


def _median_ms(fn, runs: int = 7) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        size = len(fn())
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(6)
    with tempfile.TemporaryDirectory() as tmp:
        with LogStore.open(Path(tmp) / "data") as log:
            t0 = time.perf_counter()
            log.import_dict(_export(args.n, rng))
            fill = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        log = LogStore.open(Path(tmp) / "data")
        opened = (time.perf_counter() - t0) * 1000
        try:
            list_ms, n_all = _median_ms(log.list_signups)
            search_ms, n_hit = _median_ms(lambda: log.list_signups("bounty pram"))
            arabic_ms, n_ar = _median_ms(lambda: log.list_signups("مستشفي"))
        finally:
            log.close()
    print(f"sign-ups: {args.n} (import in one transaction: {fill:.0f} ms)")
    print(f"open (checks + quick_check): {opened:.1f} ms")
    print(f"list all: {list_ms:.1f} ms ({n_all} rows)")
    print(f"search 'bounty pram': {search_ms:.1f} ms ({n_hit} rows)")
    print(f"search Arabic 'مستشفي': {arabic_ms:.1f} ms ({n_ar} rows)")
    ok = list_ms <= 100 and search_ms <= 100
    print("target <= 100 ms each:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
