"""When does a process pool pay? Wall time of `policydiff compare` with --jobs 1 and --jobs 2
for small batches of synthetic localities, the parse cache warm.

Run by hand: .venv/bin/python benchmarks/pool.py [--sizes 2 4 8 16 32] [--runs 3]

For each N: N documents from benchmarks/synthetic.py (seed 0) in a temporary folder, one cold run
to fill a private cache, then --runs runs with --jobs 1 and --jobs 2 alternately; the median of
each is printed with their ratio. The CLI's own threshold (workers.POOL_MIN) is what this measures:
below it a batch runs in the parent process whatever --jobs says.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402
from bytecode import compile_package  # noqa: E402


def run(documents: Path, jobs: int, cache: Path, out: Path, force_pool: bool) -> float:
    """Seconds for one CLI run in a fresh process; ``force_pool`` lowers workers.POOL_MIN to 2
    first (without importing batch, so that the fork server still starts while the command
    imports the aligner, as in a real run)."""
    argv = ["compare", str(ROOT / "corpus" / "national.txt"), str(documents), "--jobs", str(jobs),
            "--cache-dir", str(cache), "-f", "jsonl", "-o", str(out)]
    code = ("import sys, policydiff.workers as workers\n"
            + ("workers.POOL_MIN = 2\n" if force_pool else "")
            + f"from policydiff.cli import main\nsys.exit(main({argv!r}))\n")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2, 4, 8, 16, 32])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    compile_package(ROOT / "src")
    print("| documents | --jobs 1 (s) | --jobs 2, pool forced (s) | pool / no pool |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        for size in args.sizes:
            documents = work / f"docs-{size}"
            synthetic.generate(size, documents)
            cache, out = work / "cache", work / "out.jsonl"
            run(documents, 1, cache, out, False)  # fill the cache
            one, two = [], []
            for _ in range(args.runs):
                one.append(run(documents, 1, cache, out, False))
                two.append(run(documents, 2, cache, out, True))
            a, b = statistics.median(one), statistics.median(two)
            print(f"| {size} | {a:.2f} | {b:.2f} | {b / a:.2f} |")


if __name__ == "__main__":
    main()
