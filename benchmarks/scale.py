"""Batch benchmark: documents per second, peak memory and primary accuracy on synthetic localities.

Run by hand (not by CI):

    .venv/bin/python benchmarks/scale.py [--sizes 100 1000 10000] [--jobs 2] [--workdir DIR]

For each N: generate (or reuse) N synthetic localities with benchmarks/synthetic.py, then run the
CLI (its package byte-compiled first, as installed: bytecode.py) as a subprocess twice with the
same cache folder, first empty (cold) then filled (warm):

    policydiff compare corpus/national.txt <docs> --format jsonl --jobs J --cache-dir <cache> -o <out>

Wall time is time.perf_counter() around the subprocess. Memory is polled from /proc over the whole
process tree (the CLI, its forkserver and its workers; psutil is not installed): the peak of the
summed RSS every 100 ms (pages shared after fork counted in every process, so an overestimate),
the peak of the summed PSS every second and whenever the summed RSS passes its peak by 1%
(shared pages divided among the processes that share them: the tree's real footprint), and the
largest single process's RSS. Primary accuracy compares, for every clause of every document, the
first BASE id the aligner gives (or none) with the synthetic truth's primary, and breaks the
disagreements down by kind of clause and cause.

Also measured: `policydiff --help` (median of 5 runs after one warm-up) and, in this process,
compare_documents(national, locality) for the real localities (median of 5 after a warm-up).
Results are printed and written to benchmarks/results.md.

A size whose projected time (from the previous size's rates) exceeds --budget-minutes is skipped;
--cold-only-above N skips the warm run for sizes above N; --single-thread-blas runs the CLI with
one BLAS thread per process. Documents, caches, outputs and the first disagreements of each size
(disagreements-N.tsv) go to --workdir.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# POLICYDIFF_SRC: a snapshot of the package to measure instead of the working tree (--code).
SRC = Path(os.environ.get("POLICYDIFF_SRC", ROOT / "src"))
sys.path.insert(0, str(SRC))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic
from bytecode import compile_package

BIN = Path(sys.executable).parent
POLICYDIFF = BIN / "policydiff"
BASE = ROOT / "corpus" / "national.txt"
LOCALITIES = ("jilin", "hunan", "yantai", "jilin-draft")
PAGE = os.sysconf("SC_PAGE_SIZE")
# RSS is cheap to read (/proc/PID/statm); PSS (/proc/PID/smaps_rollup) costs about 4 ms a process,
# so it is read less often: sampling both every 50 ms took 40 % of a core on the 2-core machine.
POLL_SECONDS = 0.1
PSS_EVERY = 10  # samples

# The goals of issue 6 ("Done when").
GOAL_WARM = 50.0     # documents a second at N = 1,000, warm cache
GOAL_COLD = 20.0     # documents a second at N = 1,000, cold cache
GOAL_MEMORY = 1.5    # peak memory at N = 10,000 over that at N = 100
GOAL_ACCURACY = 0.95
GOAL_HELP = 0.3      # seconds


# ---------------------------------------------------------------- memory of a process tree


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as file:
                stat = file.read()
        except OSError:
            continue
        # "pid (comm) state ppid …": comm may hold spaces and parentheses.
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(name))
    return tree


def _rss(pid: int) -> int:
    """Resident set size of a process in bytes (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as file:
            return int(file.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _pss(pid: int) -> int:
    """Proportional set size of a process in bytes (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as file:
            for line in file:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


@dataclass
class TreeMemory:
    """Peaks over the samples of one process tree."""

    rss_sum: int = 0
    pss_sum: int = 0
    rss_single: int = 0
    processes: int = 0
    samples: int = 0
    sampler_cpu: float = 0.0
    """CPU seconds the sampling itself took (taken from the machine the CLI runs on)."""


class TreeSampler(threading.Thread):
    """Polls the memory of a process and all its descendants until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = TreeMemory()
        self.seen: set[int] = set()
        self._stop_event = threading.Event()

    def run(self) -> None:
        start = time.thread_time()
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(POLL_SECONDS)
        self.peak.sampler_cpu = time.thread_time() - start

    def sample(self) -> None:
        tree = _children()
        # Descendants of the CLI; a forkserver whose parent has exited is reparented, so
        # processes seen once stay tracked while they live.
        pending, members = [self.pid, *self.seen], set()
        while pending:
            pid = pending.pop()
            if pid in members:
                continue
            members.add(pid)
            pending.extend(tree.get(pid, ()))
        self.seen |= members
        peak = self.peak
        rss = [size for size in map(_rss, members) if size]
        # PSS is read whenever the summed RSS passes its peak by more than 1% too: a run shorter
        # than PSS_EVERY samples would otherwise be read once, before its workers started.
        total = sum(rss)
        new_peak = total > peak.rss_sum * 1.01
        peak.rss_sum = max(peak.rss_sum, total)
        peak.rss_single = max([peak.rss_single, *rss])
        peak.processes = max(peak.processes, len(rss))
        if new_peak or peak.samples % PSS_EVERY == 0:
            peak.pss_sum = max(peak.pss_sum, sum(map(_pss, members)))
        peak.samples += 1

    def stop(self) -> TreeMemory:
        self._stop_event.set()
        self.join()
        return self.peak


@dataclass
class Run:
    """One CLI run."""

    seconds: float
    memory: TreeMemory
    maxrss_wait4: int
    """ru_maxrss (bytes) that wait4 reports for the CLI and the descendants it waited for."""
    output_digest: str
    load: tuple[float, float]
    """1-minute load average before and after the run: above the job count, something else ran."""
    code: str
    """code_fingerprint() when the run started."""

    def rate(self, count: int) -> float:
        return count / self.seconds


def _load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def run_cli(command: list[str], out: Path, settings: dict[str, str]) -> Run:
    load_before = _load()
    code = code_fingerprint()
    start = time.perf_counter()
    # ``settings`` holds a fixed PYTHONHASHSEED: policydiff's output depends on the hash seed (a tie
    # between two verbatim copies of a BASE sentence in base_sentences[].other), and the cold and
    # warm outputs are compared.
    env = {**os.environ, **settings}
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    sampler = TreeSampler(process.pid)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    memory = sampler.stop()
    stderr = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{stderr}")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    return Run(seconds, memory, usage.ru_maxrss * 1024, digest, (load_before, _load()), code)


# ---------------------------------------------------------------- accuracy


def read_truth(path: Path) -> dict[str, str | None]:
    """Primary of each clause, from an alignment file as synthetic.py writes it (a fixed layout,
    read line by line: pyyaml would take longer than the benchmark for 10,000 files)."""
    truth: dict[str, str | None] = {}
    local = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("- local:"):
            local = json.loads(stripped[len("- local:"):])
        elif stripped.startswith("primary:") and local is not None:
            truth[local] = json.loads(stripped[len("primary:"):])
    return truth


def read_notes(path: Path) -> dict[str, str]:
    notes: dict[str, str] = {}
    local = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("- local:"):
            local = json.loads(stripped[len("- local:"):])
        elif stripped.startswith("note:") and local is not None:
            notes[local] = json.loads(stripped[len("note:"):])
    return notes


@dataclass
class Accuracy:
    clauses: int = 0
    correct: int = 0
    missing: int = 0
    """Truth clauses the output does not have (a parse that differs from the generator's layout)."""
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    """[correct, total] by kind of clause (see kind_of)."""
    correct_by_chars: int = 0
    """Clauses whose predicted primary is the source that gave most characters (rather than sentences)."""
    causes: dict[str, int] = field(default_factory=dict)
    """Disagreements by cause (see cause_of)."""
    disagreements: list[tuple[str, str, str | None, str | None, str]] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.correct / max(self.clauses, 1)


def kind_of(truth: str | None, note: str) -> str:
    """A coarse kind of synthetic clause, for the accuracy breakdown."""
    if truth is None:
        return "new clause"
    if "preamble" in note:
        return "preamble"
    if "merged" in note:
        return "merged"
    if "split" in note:
        return "split"
    if "one sentence from" in note:
        return "borrowed a sentence"
    return "single source"


# A source in a note: 2.3×3 (151 chars).
SOURCE = re.compile(r"([0-9.']+)×(\d+) \((\d+) chars\)")


def sources_of(note: str) -> list[tuple[str, int, int]]:
    """(national id, sentences, characters) of each source a truth note lists."""
    return [(m.group(1), int(m.group(2)), int(m.group(3))) for m in SOURCE.finditer(note)]


def by_chars(truth: str | None, note: str) -> str | None:
    sources = sources_of(note)
    return max(sources, key=lambda s: s[2])[0] if sources and truth is not None else truth


def cause_of(truth: str | None, predicted: str | None, note: str) -> str:
    """Why a predicted primary differs from the truth, as far as the note tells."""
    if truth is None:
        return "new clause given a national primary"
    if predicted is None:
        return "clause with national sentences called added"
    sources = {s[0]: s for s in sources_of(note)}
    if predicted in sources:
        if predicted == by_chars(truth, note):
            return "another source, which gave more characters"
        return "another source, which gave fewer sentences and characters"
    return "a national clause that gave no sentence"


def accuracy(out: Path, docs: Path, keep: int = 40) -> Accuracy:
    result = Accuracy()
    with out.open(encoding="utf-8") as lines:
        for line in lines:
            comparison = json.loads(line)
            doc_id = comparison["other"]["id"]
            truth_file = docs / "alignments" / f"{doc_id}.yaml"
            truth = read_truth(truth_file)
            notes = read_notes(truth_file)
            predicted = {c["id"]: (c["base"][0]["id"] if c["base"] else None) for c in comparison["clauses"]}
            for clause_id, primary in truth.items():
                result.clauses += 1
                kind = kind_of(primary, notes.get(clause_id, ""))
                tally = result.by_kind.setdefault(kind, [0, 0])
                tally[1] += 1
                if clause_id not in predicted:
                    result.missing += 1
                    continue
                note = notes.get(clause_id, "")
                if predicted[clause_id] == by_chars(primary, note):
                    result.correct_by_chars += 1
                if predicted[clause_id] == primary:
                    result.correct += 1
                    tally[0] += 1
                    continue
                cause = cause_of(primary, predicted[clause_id], note)
                result.causes[cause] = result.causes.get(cause, 0) + 1
                if len(result.disagreements) < keep:
                    result.disagreements.append((doc_id, clause_id, primary, predicted[clause_id], note))
    return result


# ---------------------------------------------------------------- the other measurements


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f", {int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
    except OSError:
        pass
    return (f"{os.cpu_count()} cores, {model}{memory}, Linux {platform.release()}, "
            f"Python {platform.python_version()}")


def code_fingerprint() -> str:
    """A digest of the package's sources as they are now: other engineers edit the working tree,
    so each run records what it ran."""
    digest = hashlib.sha256()
    for path in sorted((SRC / "policydiff").rglob("*.py")):
        digest.update(path.relative_to(SRC).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def snapshot(commit: str, workdir: Path) -> Path:
    """``src/`` of ``commit``, extracted with git archive (the repository is not touched)."""
    sha = subprocess.run(["git", "rev-parse", "--verify", f"{commit}^{{commit}}"], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.strip()
    target = workdir / f"code-{sha[:12]}"
    if not (target / "src" / "policydiff").is_dir():
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", sha, "src"], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target / "src"


def revision() -> str:
    """The commit measured, and whether the package had uncommitted changes (others edit it)."""
    if "POLICYDIFF_SRC" in os.environ:
        return f"a snapshot of {os.environ.get('POLICYDIFF_COMMIT', '?')} (git archive, {SRC})"
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown revision"
    return f"commit {commit}" + (f" with uncommitted changes to {len(dirty.splitlines())} file(s) under src/" if dirty else "")


def help_seconds(runs: int = 5) -> list[float]:
    subprocess.run([str(POLICYDIFF), "--help"], check=True, capture_output=True)  # warm-up: file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(POLICYDIFF), "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def pair_seconds(runs: int = 5) -> dict[str, float]:
    from policydiff.load import load_document
    from policydiff.report import compare_documents

    base = load_document(BASE)
    others = [load_document(ROOT / "corpus" / f"{name}.txt") for name in LOCALITIES]
    compare_documents(base, others[0])  # warm-up: loads jieba's dictionary
    medians = {}
    for other in others:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            compare_documents(base, other)
            times.append(time.perf_counter() - start)
        medians[other.id] = statistics.median(times)
    return medians


def prepare(count: int, workdir: Path, seed: int) -> Path:
    """The folder of ``count`` synthetic documents, generated unless an identical run left it."""
    docs = workdir / f"docs-{count}-seed{seed}"
    stamp = docs / ".complete"
    generator = hashlib.sha256(Path(synthetic.__file__).read_bytes()).hexdigest()[:16]
    if stamp.is_file() and stamp.read_text() == f"{count} {seed} {generator}":
        return docs
    shutil.rmtree(docs, ignore_errors=True)
    start = time.perf_counter()
    synthetic.generate(count, docs, seed)
    problems = synthetic.verify(docs, 20)
    if problems:
        raise SystemExit("synthetic documents do not parse as generated:\n" + "\n".join(problems))
    stamp.write_text(f"{count} {seed} {generator}")
    print(f"  generated {count} documents in {time.perf_counter() - start:.1f} s", flush=True)
    return docs


# ---------------------------------------------------------------- report


@dataclass
class SizeResult:
    count: int
    cold: Run
    warm: Run | None
    """None when the warm run was skipped (--cold-only-above)."""
    accuracy: Accuracy


def mb(size: int) -> str:
    return f"{size / 1024 / 1024:.0f}"


def _row(r: SizeResult) -> str:
    cold, warm = r.cold, r.warm
    runs = [run for run in (cold, warm) if run is not None]
    cells = [f"{r.count:,}", f"{cold.rate(r.count):.1f}", f"{warm.rate(r.count):.1f}" if warm else "–",
             f"{cold.seconds:.1f}", f"{warm.seconds:.1f}" if warm else "–",
             mb(cold.memory.rss_sum), mb(warm.memory.rss_sum) if warm else "–",
             mb(cold.memory.pss_sum), mb(warm.memory.pss_sum) if warm else "–",
             mb(max(run.memory.rss_single for run in runs)),
             f"{r.accuracy.value:.3f} ({r.accuracy.correct:,}/{r.accuracy.clauses:,})"]
    return "| " + " | ".join(cells) + " |"


def report(results: list[SizeResult], skipped: list[str], jobs: int, helps: list[float],
           pairs: dict[str, float], machine_line: str, seed: int, code: str, env: dict[str, str]) -> str:
    out = ["# policydiff batch benchmark", ""]
    settings = " ".join(f"{k}={v}" for k, v in env.items())
    fingerprints = sorted({run.code for r in results for run in (r.cold, r.warm) if run is not None})
    mixed = (f" **The sources changed between runs** ({', '.join(fingerprints)}; see each size below): "
             "the sizes measured different code." if len(fingerprints) > 1 else
             f" Sources digest {fingerprints[0]} for every run." if fingerprints else "")
    out += [f"Machine: {machine_line}.  ",
            f"Code: policydiff at {code}.{mixed}  ",
            (f"Command: `{settings + ' ' if settings else ''}policydiff compare corpus/national.txt "
             f"<N synthetic documents> --format jsonl --jobs {jobs} --cache-dir <cache> -o <out.jsonl>`, cold "
             "(empty cache folder) then warm (the same folder again), the package byte-compiled first. "
             "Synthetic documents: "
             f"`benchmarks/synthetic.py`, seed {seed}.  "),
            f"Measured {time.strftime('%Y-%m-%d %H:%M')} by `benchmarks/scale.py`.", ""]
    out += [("| N | cold docs/s | warm docs/s | cold s | warm s | peak RSS MB cold | peak RSS MB warm "
             "| peak PSS MB cold | peak PSS MB warm | largest process MB | primary accuracy |"),
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    out += [_row(r) for r in results]
    out += ["", ("Memory: /proc polled over the whole process tree (CLI, forkserver, workers). "
                 f"*RSS* is the peak of the summed resident sizes, sampled every {POLL_SECONDS * 1000:.0f} ms "
                 "(pages shared after fork counted in every process: an overestimate); *PSS* the peak of the "
                 f"summed proportional sizes, sampled every {POLL_SECONDS * PSS_EVERY:.0f} s and whenever the "
                 "summed RSS passes its peak by 1% (shared pages split among their sharers: the tree's real footprint); *largest process* the peak RSS of "
                 "any single process. Accuracy: the aligner's first BASE id (or none) equals the synthetic "
                 "truth's primary, over every clause of every document. – : not run.")]
    for line in skipped:
        out += ["", line]

    out += ["", "## Growth with N", ""]
    by_count = {r.count: r for r in results}
    counts = sorted(by_count)
    for small, large in itertools.pairwise(counts):
        a, b = by_count[small], by_count[large]
        line = (f"- from {small:,} to {large:,}: docs/s ×{b.cold.rate(large) / a.cold.rate(small):.2f} cold"
                + (f", ×{b.warm.rate(large) / a.warm.rate(small):.2f} warm" if a.warm and b.warm else "")
                + f"; peak PSS ×{b.cold.memory.pss_sum / max(a.cold.memory.pss_sum, 1):.2f} cold"
                + (f", ×{b.warm.memory.pss_sum / max(a.warm.memory.pss_sum, 1):.2f} warm" if a.warm and b.warm else "")
                + f"; largest process ×{b.cold.memory.rss_single / max(a.cold.memory.rss_single, 1):.2f} cold")
        out.append(line)
    for r in results:
        runs = [run for run in (r.cold, r.warm) if run is not None]
        if r.warm is None:
            same = "no warm run"
        elif r.cold.output_digest == r.warm.output_digest:
            same = "cold and warm outputs are identical"
        else:
            same = "cold and warm outputs are DIFFERENT (the cache changed results)"
        out.append(f"- N = {r.count:,}: {same}; code " + " / ".join(run.code for run in runs)
                   + "; wait4 ru_maxrss of the CLI "
                   + " / ".join(f"{mb(run.maxrss_wait4)}" for run in runs) + " MB; "
                   f"up to {max(run.memory.processes for run in runs)} processes; the sampling itself took "
                   + " / ".join(f"{run.memory.sampler_cpu:.1f}" for run in runs) + " CPU s; load average "
                   "before → after " + " / ".join(f"{run.load[0]:.1f} → {run.load[1]:.1f}" for run in runs))

    kinds = sorted({k for r in results for k in r.accuracy.by_kind})
    out += ["", "## Accuracy by kind of synthetic clause", "",
            "| N | " + " | ".join(kinds) + " |", "|---:|" + "---:|" * len(kinds)]
    for r in results:
        cells = []
        for kind in kinds:
            correct, total = r.accuracy.by_kind.get(kind, [0, 0])
            cells.append(f"{correct / total:.3f} of {total:,}" if total else "–")
        out.append(f"| {r.count:,} | " + " | ".join(cells) + " |")
    out += ["", "Disagreements by cause (from the truth notes):", ""]
    for r in results:
        causes = sorted(r.accuracy.causes.items(), key=lambda kv: -kv[1])
        out.append(f"- N = {r.count:,}: " + (", ".join(f"{cause} {n:,}" for cause, n in causes) or "none")
                   + f"; accuracy if the primary were the source with most characters: "
                   f"{r.accuracy.correct_by_chars / max(r.accuracy.clauses, 1):.3f}")
    for r in results:
        if r.accuracy.missing:
            out.append(f"- N = {r.count:,}: {r.accuracy.missing} truth clauses missing from the output (counted as wrong).")

    out += ["", "## Start-up and single pairs", "",
            (f"- `policydiff --help`: median {statistics.median(helps):.3f} s of {len(helps)} "
             f"(min {min(helps):.3f}, max {max(helps):.3f}); goal < {GOAL_HELP} s."),
            "- `compare_documents(national, …)` in one process, documents parsed, jieba loaded, "
            "median of 5: " + ", ".join(f"{name} {1000 * s:.0f} ms" for name, s in pairs.items()) + "."]

    out += ["", "## Goals (issue 6)", ""]
    at_1000 = by_count.get(1000)
    if at_1000:
        cold = at_1000.cold.rate(1000)
        if at_1000.warm:
            warm = at_1000.warm.rate(1000)
            out.append(f"- ≥ {GOAL_WARM:.0f} docs/s warm at N = 1,000: {warm:.1f} — "
                       f"{'met' if warm >= GOAL_WARM else 'NOT met'}")
        out.append(f"- ≥ {GOAL_COLD:.0f} docs/s cold at N = 1,000: {cold:.1f} — {'met' if cold >= GOAL_COLD else 'NOT met'}")
    else:
        out.append("- docs/s at N = 1,000: not measured in this run")
    if 100 in by_count and 10000 in by_count:
        small, large = by_count[100], by_count[10000]
        pairs_ = [(small.cold, large.cold)] + ([(small.warm, large.warm)] if small.warm and large.warm else [])
        pss = max(b.memory.pss_sum / a.memory.pss_sum for a, b in pairs_)
        rss = max(b.memory.rss_sum / a.memory.rss_sum for a, b in pairs_)
        which = "worse of cold and warm" if len(pairs_) == 2 else "cold runs"
        out.append(f"- peak memory at 10,000 within {GOAL_MEMORY}× of 100: PSS ×{pss:.2f}, RSS ×{rss:.2f} "
                   f"({which}) — {'met' if max(pss, rss) <= GOAL_MEMORY else 'NOT met'}")
    else:
        out.append("- peak memory at 10,000 vs 100: not measured in this run")
    worst = min((r.accuracy.value for r in results), default=0.0)
    out.append(f"- primary accuracy ≥ {GOAL_ACCURACY} at every N: lowest {worst:.3f} — "
               f"{'met' if worst >= GOAL_ACCURACY else 'NOT met'}")
    median_help = statistics.median(helps)
    out.append(f"- `policydiff --help` < {GOAL_HELP} s: {median_help:.3f} s — "
               f"{'met' if median_help < GOAL_HELP else 'NOT met'}")
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "policydiff-bench",
                        help="where documents, caches and outputs go (default: $TMPDIR/policydiff-bench)")
    parser.add_argument("--results", type=Path, default=Path(__file__).resolve().parent / "results.md")
    parser.add_argument("--budget-minutes", type=float, default=40.0,
                        help="skip a size whose projected time (from the previous size's rates) exceeds this; "
                             "0 for no limit")
    parser.add_argument("--cold-only-above", type=int, default=0, metavar="N",
                        help="for sizes above N run only the cold run (0: always both)")
    parser.add_argument("--code", default="worktree",
                        help="worktree (default: the package as it is now, which other engineers may be "
                             "editing) or a commit, measured from a `git archive` snapshot in the workdir")
    parser.add_argument("--single-thread-blas", action="store_true",
                        help="run the CLI with OPENBLAS_NUM_THREADS=OMP_NUM_THREADS=MKL_NUM_THREADS=1 "
                             "(numpy's BLAS otherwise starts a thread per core in every worker)")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.code != "worktree" and "POLICYDIFF_SRC" not in os.environ:
        # Measure a fixed commit: re-run this script with the snapshot first on every path, for the
        # in-process timings and (through PYTHONPATH, ahead of the editable install) for the CLI.
        src = snapshot(args.code, args.workdir)
        os.environ.update(POLICYDIFF_SRC=str(src), POLICYDIFF_COMMIT=src.parent.name.removeprefix("code-"),
                          PYTHONPATH=os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")])))
        os.execv(sys.executable, [sys.executable, __file__, *sys.argv[1:]])
    compile_package(SRC)
    env = {"PYTHONHASHSEED": "0"}
    if args.single_thread_blas:
        env.update(OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")

    machine_line = machine()
    code = revision()
    print(f"machine: {machine_line}; {code}", flush=True)
    helps = help_seconds()
    print(f"policydiff --help: median {statistics.median(helps):.3f} s", flush=True)
    pairs = pair_seconds()
    print("compare_documents medians: " + ", ".join(f"{k} {1000 * v:.0f} ms" for k, v in pairs.items()), flush=True)

    results: list[SizeResult] = []
    skipped: list[str] = []
    for count in sorted(args.sizes):
        warm_too = not args.cold_only_above or count <= args.cold_only_above
        if results and args.budget_minutes:
            last = results[-1]
            cold_minutes = count / last.cold.rate(last.count) / 60
            warm_minutes = count / (last.warm or last.cold).rate(last.count) / 60 if warm_too else 0.0
            if cold_minutes + warm_minutes > args.budget_minutes:
                line = (f"N = {count:,} not run: at the rates of N = {last.count:,} it would take about "
                        f"{cold_minutes + warm_minutes:.0f} min (cold {cold_minutes:.0f}"
                        + (f" + warm {warm_minutes:.0f}" if warm_too else "")
                        + f"), over the {args.budget_minutes:.0f}-minute budget.")
                print(line, flush=True)
                skipped.append(line)
                continue
        print(f"N = {count}", flush=True)
        docs = prepare(count, args.workdir, args.seed)
        cache = args.workdir / f"cache-{count}"
        shutil.rmtree(cache, ignore_errors=True)
        out = args.workdir / f"out-{count}.jsonl"
        command = [str(POLICYDIFF), "compare", str(BASE), str(docs), "--format", "jsonl",
                   "--jobs", str(args.jobs), "--cache-dir", str(cache), "-o", str(out)]
        cold = run_cli(command, out, env)
        print(f"  cold: {cold.seconds:.1f} s, {cold.rate(count):.1f} docs/s, "
              f"peak PSS {mb(cold.memory.pss_sum)} MB", flush=True)
        warm = None
        if warm_too:
            warm = run_cli(command, out, env)
            print(f"  warm: {warm.seconds:.1f} s, {warm.rate(count):.1f} docs/s, "
                  f"peak PSS {mb(warm.memory.pss_sum)} MB", flush=True)
        result = accuracy(out, docs)
        print(f"  primary accuracy {result.value:.3f} ({result.correct}/{result.clauses}, "
              f"{result.missing} missing)", flush=True)
        with (args.workdir / f"disagreements-{count}.tsv").open("w", encoding="utf-8") as file:
            file.write("doc\tclause\ttruth\tpredicted\tnote\n")
            for row in result.disagreements:
                file.write("\t".join(str(x) for x in row) + "\n")
        results.append(SizeResult(count, cold, warm, result))

    text = report(results, skipped, args.jobs, helps, pairs, machine_line, args.seed, code, env)
    print()
    print(text)
    args.results.write_text(text, encoding="utf-8")
    print(f"written to {args.results}")


if __name__ == "__main__":
    main()
