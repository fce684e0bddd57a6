"""The floor: the least work any tool doing policydiff's job must do, beside policydiff itself.

Run by hand: .venv/bin/python benchmarks/floor.py [--sizes 200 1000] [--jobs 2]

For each N: N synthetic localities (benchmarks/synthetic.py, seed 0), then, in the same session,
- the floor: over `--jobs` processes, read every file, split its sentences at 。！？；, score
  every sentence against every BASE sentence with rapidfuzz `cdist` (one call a document), and
  (cold only) segment every sentence with rjieba (policydiff's segmenter) — no clause tree, no
  alignment, no output;
- policydiff: `policydiff compare corpus/national.txt DIR --format jsonl --jobs J` with an empty
  (cold) and then a filled (warm) parse cache, its modules byte-compiled first (bytecode.py).
Prints documents per second of each and policydiff's time over the floor's (the ratio the issue
asks to bring within 2). Medians of --runs runs.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402
from bytecode import compile_package  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[。！？；])")


def _sentences(path: Path) -> list[str]:
    return [s for s in SENTENCE_END.split(path.read_text(encoding="utf-8")) if s.strip()]


def _floor_one(args: tuple[str, list[str], bool]) -> int:
    """One document's floor work; the number of sentences, so that nothing is optimised away."""
    from rapidfuzz import fuzz, process

    path, base, segment = args
    sentences = _sentences(Path(path))
    process.cdist(sentences, base, scorer=fuzz.ratio, dtype="uint8")
    if segment:
        for sentence in sentences:
            _SEGMENTER.cut(sentence)
    return len(sentences)


def _warm_worker() -> None:
    global _SEGMENTER
    import rjieba

    _SEGMENTER = rjieba.Jieba()  # the segmenter policydiff uses, its dictionary loaded


_SEGMENTER = None


def floor(paths: list[Path], jobs: int, segment: bool) -> float:
    """Seconds for the floor work over ``jobs`` processes, their start-up included."""
    base = _sentences(ROOT / "corpus" / "national.txt")
    start = time.perf_counter()
    with ProcessPoolExecutor(jobs, initializer=_warm_worker if segment else None) as pool:
        list(pool.map(_floor_one, [(str(p), base, segment) for p in paths], chunksize=8))
    return time.perf_counter() - start


def policydiff(folder: Path, jobs: int, cache: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "policydiff", "compare", str(ROOT / "corpus" / "national.txt"),
                    str(folder), "--format", "jsonl", "--jobs", str(jobs), "--cache-dir", str(cache),
                    "-o", str(out)], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    compile_package(ROOT / "src")
    print("| N | floor cold (docs/s) | policydiff cold | cold ratio | floor warm | policydiff warm | warm ratio |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        for size in args.sizes:
            folder = work / f"docs-{size}"
            synthetic.generate(size, folder)
            paths = sorted(folder.glob("*.txt"))
            figures = {"floor cold": [], "floor warm": [], "cold": [], "warm": []}
            for run in range(args.runs):
                cache = work / f"cache-{size}-{run}"
                figures["cold"].append(policydiff(folder, args.jobs, cache, work / "out.jsonl"))
                figures["warm"].append(policydiff(folder, args.jobs, cache, work / "out.jsonl"))
                figures["floor cold"].append(floor(paths, args.jobs, True))
                figures["floor warm"].append(floor(paths, args.jobs, False))
            rate = {name: size / statistics.median(times) for name, times in figures.items()}
            print(f"| {size} | {rate['floor cold']:.1f} | {rate['cold']:.1f} | {rate['floor cold'] / rate['cold']:.2f} "
                  f"| {rate['floor warm']:.1f} | {rate['warm']:.1f} | {rate['floor warm'] / rate['warm']:.2f} |")


if __name__ == "__main__":
    main()
