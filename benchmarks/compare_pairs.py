"""Time `compare` of national with each locality inside one process, after parsing.

Run by hand: .venv/bin/python benchmarks/compare_pairs.py [--runs 7]
Reports the median and spread of several runs per pair (the first, warm-up run that
loads the segmenter's dictionary, is reported separately and not counted).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from policydiff.load import load_document  # noqa: E402
from policydiff.report import compare_documents  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    base = load_document(ROOT / "corpus" / "national.txt")
    others = [load_document(ROOT / "corpus" / f"{name}.txt") for name in ("jilin", "hunan", "yantai", "jilin-draft")]
    start = time.perf_counter()
    compare_documents(base, others[0])
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"warm-up (loads the segmenter): {1000 * (time.perf_counter() - start):.0f} ms")
    print(f"{'pair':24} {'median ms':>10} {'min ms':>8} {'max ms':>8}")
    for other in others:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            compare_documents(base, other)
            times.append(1000 * (time.perf_counter() - start))
        print(f"national → {other.id:13} {statistics.median(times):10.1f} {min(times):8.1f} {max(times):8.1f}")


if __name__ == "__main__":
    main()
