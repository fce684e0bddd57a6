"""Batches: folders and globs, worker processes, the parse cache."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from policydiff.cache import ParseCache
from policydiff.cli import main
from policydiff.load import load_document, load_words
from policydiff.serialize import entry_json

from conftest import CORPUS


def run(argv, capsys):
    status = main(argv)
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return captured.out


@pytest.fixture
def folder(tmp_path):
    documents = tmp_path / "docs"
    documents.mkdir()
    for name in ("jilin", "hunan", "yantai"):
        shutil.copy(CORPUS / f"{name}.txt", documents / f"{name}.txt")
    return documents


def test_folder_batch_equals_one_by_one_runs(folder, tmp_path, capsys):
    cache = ["--cache-dir", str(tmp_path / "cache")]
    batch = json.loads(run(["compare", str(CORPUS / "national.txt"), str(folder), "-f", "json", *cache], capsys))
    assert [c["other"]["id"] for c in batch["comparisons"]] == ["hunan", "jilin", "yantai"]
    for comparison in batch["comparisons"]:
        single = json.loads(run(["compare", str(CORPUS / "national.txt"), str(folder / f"{comparison['other']['id']}.txt"),
                                 "-f", "json", "--no-cache"], capsys))
        assert single["comparisons"] == [comparison]
        assert single["base"] == batch["base"]


def test_glob_and_jsonl(folder, capsys):
    lines = run(["compare", str(CORPUS / "national.txt"), str(folder / "j*.txt"), "-f", "jsonl", "--no-cache"],
                capsys).splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["other"]["id"] for r in records] == ["jilin"]
    assert records[0]["schema_version"] == "1.3" and records[0]["base"] == {"id": "national"}


@pytest.fixture
def small_pool(monkeypatch):
    """Let three documents start the worker pool, as a batch of POOL_MIN or more does."""
    import policydiff.workers

    monkeypatch.setattr(policydiff.workers, "POOL_MIN", 2)


def test_one_and_two_jobs_give_identical_output(folder, tmp_path, capsys, small_pool):
    argv = ["compare", str(CORPUS / "national.txt"), str(folder), "-f", "jsonl", "--cache-dir", str(tmp_path / "c")]
    one = run([*argv, "--jobs", "1"], capsys)
    two = run([*argv, "--jobs", "2"], capsys)
    assert one == two and one.count("\n") == 3


@pytest.mark.parametrize("format", ["jsonl", "json"])
def test_workers_write_what_the_parent_would(folder, tmp_path, capsys, small_pool, format):
    """With json or jsonl the only output, a worker sends back each comparison as its text
    (report.Written, not the Entry); with --csv too, the Entry comes back and the parent writes
    it: the same text either way."""
    from policydiff.batch import compare_many
    from policydiff.report import Written

    argv = ["compare", str(CORPUS / "national.txt"), str(folder), "-f", format, "--no-cache", "--jobs", "2"]
    assert run(argv, capsys) == run([*argv, "--csv", str(tmp_path / "tables")], capsys)
    base = load_document(CORPUS / "national.txt")
    paths = sorted(folder.iterdir())
    written = list(compare_many(base, paths, jobs=2, written=format))
    assert [type(w) for w in written] == [Written] * 3
    assert [w.text for w in written] == [entry_json(e, format, "national") for e in compare_many(base, paths, jobs=2)]
    assert [w.id for w in written] == [path.stem for path in paths]


def test_a_small_batch_starts_no_pool(folder, tmp_path, capsys, monkeypatch):
    """Below POOL_MIN documents the pool costs more than it saves: none is started, whatever --jobs."""
    import policydiff.batch
    import policydiff.workers

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(policydiff.batch, "_pooled", no_pool)
    assert policydiff.workers.POOL_MIN > 3
    out = run(["compare", str(CORPUS / "national.txt"), str(folder), "-f", "jsonl", "--jobs", "2", "--no-cache"],
              capsys)
    assert out.count("\n") == 3


def test_cache_hit_returns_the_same_document(tmp_path):
    cache = ParseCache(tmp_path)
    first = load_document(CORPUS / "yantai.txt", cache)
    entries = list(cache.directory.rglob("*.document.json"))
    assert len(entries) == 1
    second = load_document(CORPUS / "yantai.txt", cache)
    assert second == first and second.digest == first.digest != ""


def test_corrupt_cache_entry_is_ignored_and_rewritten(tmp_path, capsys):
    cache = ParseCache(tmp_path)
    expected = load_document(CORPUS / "jilin.txt", cache)
    (entry,) = cache.directory.rglob("*.document.json")
    entry.write_bytes(b"\x80\x05not json")
    assert load_document(CORPUS / "jilin.txt", cache) == expected
    assert entry.read_bytes() != b"\x80\x05not json"
    # An entry of another shape is a miss too.
    entry.write_text(json.dumps({"key": expected.digest, "kind": "document", "value": {"not": "a document"}}))
    assert load_document(CORPUS / "jilin.txt", cache) == expected
    out = run(["compare", str(CORPUS / "national.txt"), str(CORPUS / "jilin.txt"), "-f", "jsonl",
               "--cache-dir", str(tmp_path)], capsys)
    assert json.loads(out)["other"]["id"] == "jilin"


def test_cached_words_equal_segmented_ones_and_a_damaged_entry_is_a_miss(tmp_path):
    """A document's words come back from the cache as segmented; an entry whose vocabulary is out
    of order, whose places lie outside it or are not text is ignored and rewritten."""
    from policydiff.align import segmented_texts
    from policydiff.tokenize import segment, word_sets, words

    cache = ParseCache(tmp_path)
    yantai = load_document(CORPUS / "yantai.txt", cache)
    load_words(yantai, cache)  # segmented, then cached
    expected = segment(segmented_texts(yantai))
    assert cache.get(yantai.digest, "words") == expected
    (entry,) = cache.directory.rglob("*.words.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    vocabulary = stored["value"]["vocabulary"].split(" ")
    text, packed = next(iter(stored["value"]["texts"].items()))
    for value in ({**stored["value"], "vocabulary": " ".join(reversed(vocabulary))},
                  {**stored["value"], "texts": {text: packed + chr(0x10000 + len(vocabulary))}},
                  {**stored["value"], "texts": {text: [0, 1]}}):
        entry.write_text(json.dumps({**stored, "value": value}), encoding="utf-8")
        assert cache.get(yantai.digest, "words") is None
        load_words(yantai, cache)
        assert cache.get(yantai.digest, "words") == expected
    sentences = [key for key in segmented_texts(yantai) if key][:3]
    found = word_sets(sentences)
    assert [tuple(found.vocabulary[p] for p in found.places[found.owner == k]) for k in range(3)] == \
        [words(sentence) for sentence in sentences]


def test_cached_targets_equal_extracted_ones_and_take_the_documents_id(tmp_path):
    """Numbers, ratios (yantai) and ranges (jilin) come back as extracted; a copy under another
    name shares the entry but its targets carry its own id; a damaged entry is a miss, rewritten."""
    from policydiff.load import load_targets
    from policydiff.targets import extract_targets

    cache = ParseCache(tmp_path / "cache")
    yantai = load_document(CORPUS / "yantai.txt", cache)
    expected = extract_targets(yantai)
    assert len(expected) == 26
    assert load_targets(yantai, cache) == expected  # extracted, then cached
    (entry,) = cache.directory.rglob("*.targets.json")
    assert load_targets(yantai, cache) == expected  # from the cache
    jilin = load_document(CORPUS / "jilin.txt", cache)
    load_targets(jilin, cache)
    assert load_targets(jilin, cache) == extract_targets(jilin)
    assert {type(t.value) for t in extract_targets(jilin) + expected} == {float, str, tuple}
    copy = tmp_path / "copy.txt"
    shutil.copy(CORPUS / "yantai.txt", copy)
    assert {t.document for t in load_targets(load_document(copy, cache), cache)} == {"copy"}
    entry.write_text(json.dumps({"key": yantai.digest, "kind": "targets", "value": [{"clause": 1}]}))
    assert load_targets(yantai, cache) == expected
    assert json.loads(entry.read_text())["value"][0]["clause"] == expected[0].clause


def test_cache_key_is_the_bytes_not_the_name(tmp_path):
    cache = ParseCache(tmp_path / "cache")
    copy = tmp_path / "copy-of-hunan.txt"
    shutil.copy(CORPUS / "hunan.txt", copy)
    original = load_document(CORPUS / "hunan.txt", cache)
    copied = load_document(copy, cache)
    assert len(list(cache.directory.rglob("*.document.json"))) == 1
    assert copied.id == "copy-of-hunan" and original.id == "hunan"
    assert copied.clauses == original.clauses


def test_folder_without_documents_and_glob_without_match(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["compare", str(CORPUS / "national.txt"), str(tmp_path / "empty")]) == 2
    assert "holds no documents" in capsys.readouterr().err
    assert main(["compare", str(CORPUS / "national.txt"), str(tmp_path / "x*.txt")]) == 2
    assert "matches no file" in capsys.readouterr().err


def test_worker_error_reaches_the_user_as_one_line(folder, tmp_path, capsys, small_pool):
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    status = main(["compare", str(CORPUS / "national.txt"), str(folder), "--jobs", "2", "--no-cache",
                   "-f", "jsonl", "-o", str(tmp_path / "out.jsonl"), "--fail-fast"])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "broken.txt: is a PNG image" in err
    assert not (tmp_path / "out.jsonl").exists() and list(tmp_path.glob(".out.jsonl*")) == []


def test_output_does_not_depend_on_the_hash_seed():
    # Worker processes get their own string-hash seeds: results must not depend on set order.
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("1", "2", "3"):
        result = subprocess.run(
            [sys.executable, "-m", "policydiff", "compare", str(CORPUS / "national.txt"), str(CORPUS / "yantai.txt"),
             str(CORPUS / "jilin-draft.txt"), "-f", "jsonl", "--no-cache", "--jobs", "1"],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_planted_pickle_runs_nothing_and_a_swapped_entry_is_not_taken(tmp_path):
    import pickle

    cache = ParseCache(tmp_path)
    jilin = load_document(CORPUS / "jilin.txt", cache)
    hunan = load_document(CORPUS / "hunan.txt", cache)
    jilin_entry = next(cache.directory.rglob(f"{jilin.digest}.document.json"))
    hunan_entry = next(cache.directory.rglob(f"{hunan.digest}.document.json"))
    # A pickle that would run a command if it were unpickled, planted at the entry's path.
    marker = tmp_path / "ran"

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    jilin_entry.write_bytes(pickle.dumps(Exploit()))
    assert load_document(CORPUS / "jilin.txt", cache) == jilin and not marker.exists()
    # hunan's entry copied over jilin's name: it names another key, so it is not jilin.
    jilin_entry.write_bytes(hunan_entry.read_bytes())
    again = load_document(CORPUS / "jilin.txt", cache)
    assert again == jilin and len(again.clauses) == len(jilin.clauses) != len(hunan.clauses)


def _descendants(pid: int) -> list[int]:
    """Process ids below ``pid`` but not its own children (the forkserver's children: the
    workers), from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found, frontier = [], [pid]
    while frontier:
        children = [child for child, parent in parents.items() if parent in frontier]
        found.extend(children)
        frontier = children
    return [child for child in found if parents.get(child) != pid]


def _many_documents(tmp_path: Path, copies: int = 24) -> Path:
    """A folder of 3 × ``copies`` documents (the three localities, each copy a little different):
    a batch long enough to be stopped in the middle."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(copies):
        for doc_id in ("jilin", "hunan", "yantai"):
            (folder / f"{doc_id}-{i}.txt").write_bytes((CORPUS / f"{doc_id}.txt").read_bytes() + f"\n{i}\n".encode())
    return folder


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_a_killed_worker_is_reported_not_waited_for(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    # Long enough (a few seconds) that the batch is still running when a worker is killed.
    folder = _many_documents(tmp_path, copies=100)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([sys.executable, "-m", "policydiff", "compare", str(CORPUS / "national.txt"), str(folder),
                                "-j", "2", "-f", "jsonl", "--no-cache", "-o", str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        workers = _descendants(process.pid)
    time.sleep(1.0)  # let it get busy
    os.kill(workers[-1], signal.SIGKILL)  # as the out-of-memory killer does
    _, err_bytes = process.communicate(timeout=300)
    status, err = process.returncode, err_bytes.decode()
    assert out.exists(), (status, err)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    compared = [r for r in records if "other" in r]
    failed = [r["error"] for r in records if "error" in r]
    # Every document is accounted for: compared, or reported as the one whose worker died.
    assert len(compared) + len(failed) == 300 and len(failed) <= 1
    assert status == (3 if failed else 0)
    if failed:
        assert "the worker comparing it died (killed, or out of memory)" in failed[0]["message"]
        assert "the worker comparing it died" in err


@pytest.mark.parametrize("signal_name, status, line", [("SIGTERM", 143, "policydiff: terminated"),
                                                      ("SIGINT", 130, "policydiff: interrupted")])
def test_interrupted_batch_stops_quietly_and_leaves_no_partial_output(tmp_path, signal_name, status, line):
    import signal
    import subprocess
    import sys
    import time

    folder = _many_documents(tmp_path, copies=96)  # some 20 s of work: still running when stopped at 4 s
    out = tmp_path / "out"
    # A session of its own: SIGINT goes to the whole group, workers included, as Ctrl-C does.
    process = subprocess.Popen([sys.executable, "-m", "policydiff", "compare", str(CORPUS / "national.txt"),
                                str(folder), "-j", "2", "-f", "jsonl", "--no-cache", "-o", str(out / "report.jsonl"),
                                "--csv", str(out / "csv"), "--html", str(out / "html")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(4)
    assert process.poll() is None
    os.killpg(process.pid, getattr(signal, signal_name))
    started = time.monotonic()
    _, err = process.communicate(timeout=60)
    assert process.returncode == status and time.monotonic() - started < 20
    assert err.decode().splitlines() == [line]
    leftovers = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    # The folder made for the tables, empty: no table, no temporary; no HTML page, no staging.
    assert leftovers == ["csv"]


def test_what_a_killed_run_left_is_removed_by_the_next_run(tmp_path):
    """SIGKILL leaves a run no time to clean up: its temporaries (named with its process id)
    are removed by the next run that writes the same outputs; a live process's are kept."""
    import signal
    import subprocess
    import sys
    import time

    from policydiff.render.tables import FILES

    folder = _many_documents(tmp_path)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "policydiff", "compare", str(CORPUS / "national.txt"), "-j", "1",
               "--no-cache", "-f", "jsonl", "-o", str(out / "report.jsonl"), "--csv", str(out / "csv"),
               "--html", str(out / "html"), "--xlsx", str(out / "report.xlsx")]
    process = subprocess.Popen([*command, str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(out.glob(".html.*.part")):
        time.sleep(0.1)  # until the first HTML page is staged: every output is half-written
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    left = sorted(p.name for p in [*out.iterdir(), *(out / "csv").iterdir()])
    killed = str(process.pid)
    assert len(left) == 1 + len(FILES) + 3 and all(f".{killed}." in name for name in left if name != "csv")
    # A temporary of a process still running (this one) is not the next run's to remove.
    live = out / "csv" / f".matrix.csv.{os.getpid()}.0123abcd.part"
    live.write_text("in use")
    result = subprocess.run([*command, str(CORPUS / "yantai.txt")], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["csv", "html", "report.jsonl", "report.xlsx"]
    assert sorted(p.name for p in (out / "csv").iterdir()) == sorted([*FILES, live.name])


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_a_batch_stopped_early_kills_its_workers(tmp_path):
    """A consumer that stops reading (an error in an output, a signal) closes the batch: its
    workers are killed, not waited for, and none is left running."""
    import time

    from policydiff.batch import compare_many

    folder = _many_documents(tmp_path)
    base = load_document(CORPUS / "national.txt")
    results = compare_many(base, sorted(folder.iterdir()), jobs=2)
    first = next(results)
    assert first.comparison.other.id.startswith("hunan")
    workers = _descendants(os.getpid())
    assert workers  # the pool is running
    results.close()
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() and "Z" not in _state(pid) for pid in workers) \
            and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in workers if Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)] == []


def _state(pid: int) -> str:
    try:
        return (Path(f"/proc/{pid}") / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def _die_mid_result(task):
    """A worker's task that dies as a worker killed while sending its result does: the first
    bytes of a message that says 1 MB follows are written, then the process is killed."""
    import gc
    import signal
    import struct
    from multiprocessing.queues import SimpleQueue

    results = next(o for o in gc.get_objects() if isinstance(o, SimpleQueue))
    os.write(results._writer.fileno(), struct.pack("!i", 1_000_000) + b"\x80\x04")
    os.kill(os.getpid(), signal.SIGKILL)


def _within(seconds: float, work):
    """What ``work()`` returns or raises, run in a thread: None when it is still running after
    ``seconds`` (the hang being tested for), so that a failing test fails instead of hanging."""
    import threading

    outcome: list = []

    def run_work():
        try:
            outcome.append(("returned", work()))
        except BaseException as error:  # noqa: BLE001 - the outcome is what is tested
            outcome.append(("raised", error))

    thread = threading.Thread(target=run_work, daemon=True)
    thread.start()
    thread.join(seconds)
    return outcome[0] if outcome else None


def test_a_worker_killed_while_sending_its_result_breaks_the_pool_instead_of_hanging():
    import multiprocessing
    from concurrent.futures.process import BrokenProcessPool

    from policydiff.batch import _Pool

    context = multiprocessing.get_context("forkserver")

    def work():
        with _Pool(1, context) as pool:
            return pool.result(pool.submit(_die_mid_result, None))

    outcome = _within(60, work)
    assert outcome is not None, "the pool waited for ever on the half-sent result"
    assert outcome[0] == "raised" and isinstance(outcome[1], BrokenProcessPool)


# Ctrl-C or SIGTERM inside the pool's block, and the consumer of a batch closing the generator
# that holds the pool (GeneratorExit): a signal that stops the command reaches the workers of its
# process group too, so either may meet a result a dead worker half sent.
@pytest.mark.parametrize("stop", [KeyboardInterrupt, GeneratorExit])
def test_a_pool_stopped_or_closed_while_a_result_is_half_sent_ends(stop):
    import multiprocessing
    import time
    import traceback

    from policydiff.batch import _Pool

    context = multiprocessing.get_context("forkserver")

    def work():
        with _Pool(1, context) as pool:
            pool.submit(_die_mid_result, None)
            time.sleep(3)  # the worker has started, written half a result and died
            raise stop

    started = time.monotonic()
    outcome = _within(60, work)
    assert outcome is not None, "the pool waited for ever on the half-sent result"
    assert outcome[0] == "raised" and isinstance(outcome[1], stop), "".join(traceback.format_exception(outcome[1]))
    assert time.monotonic() - started < 30


_FAULTS = """
import resource, sys
from pathlib import Path
from policydiff import load_document
from policydiff.align import compare
from policydiff.batch import keep_freed_memory
if sys.argv[1] == "kept":
    keep_freed_memory()
else:  # glibc's fixed thresholds (malloc.h: M_TRIM_THRESHOLD, M_MMAP_THRESHOLD), 128 KB: what is freed goes back
    import ctypes
    for parameter in (-1, -3):
        ctypes.CDLL(None).mallopt(parameter, 128 << 10)
national, other = (load_document(Path(sys.argv[2]) / f"{name}.txt") for name in ("national", "jilin-draft"))
compare(national, other)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(5):
    compare(national, other)
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the allocator set is glibc's")
def test_the_memory_a_comparison_frees_is_kept_for_the_next():
    """With keep_freed_memory, comparing again reuses the memory the last comparison freed, where
    a process that hands freed memory back asks the kernel for fresh pages, a page fault for every
    4 KB: for five comparisons of jilin-draft about 250 faults kept, 37,000 handed back. The process
    that hands it back is glibc at its fixed thresholds. As a process starts, glibc moves them with
    the blocks it frees, and how much it hands back then turns on where the blocks lie (about 7,000
    faults alone, once 403 inside a whole test run): no measure to hold a test to."""
    import subprocess

    def faults(mode: str) -> int:
        run = subprocess.run([sys.executable, "-c", _FAULTS, mode, str(CORPUS)], capture_output=True, text=True,
                             check=True)
        return int(run.stdout)

    kept, returned = faults("kept"), faults("returned")
    assert kept * 10 < returned, (kept, returned)


def test_a_comparing_process_collects_cycles_rarely():
    """After collect_cycles_rarely, comparing the corpus sets off no garbage collection; as
    Python starts, three comparisons set off a few."""
    import gc

    from policydiff.align import compare
    from policydiff.batch import collect_cycles_rarely

    national, others = load_document(CORPUS / "national.txt"), [load_document(CORPUS / f"{name}.txt")
                                                                  for name in ("jilin", "hunan", "yantai")]
    for other in others:
        compare(national, other)  # words and BASE's side made ready
    collections: list[str] = []

    def collections_in_comparisons() -> int:
        gc.collect()
        collections.clear()
        for other in others:
            compare(national, other)
        return collections.count("start")

    threshold = gc.get_threshold()
    gc.callbacks.append(lambda phase, info: collections.append(phase))
    try:
        gc.set_threshold(700, *threshold[1:])
        as_started = collections_in_comparisons()
        collect_cycles_rarely()
        rarely = collections_in_comparisons()
    finally:
        gc.callbacks.pop()
        gc.set_threshold(*threshold)
    assert as_started >= 2 and rarely == 0, (as_started, rarely)


def test_a_pool_that_broke_before_a_document_is_sent_loses_no_document(tmp_path, capsys, small_pool, monkeypatch):
    """A worker may die between two results: the next document sent to the pool is then refused
    (BrokenProcessPool from submit). The documents in flight are compared alone, the refused one
    and the rest in a fresh pool: the output is that of one process."""
    from concurrent.futures.process import BrokenProcessPool

    from policydiff.batch import _Pool

    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(3):
        for name in ("jilin", "hunan"):
            (folder / f"{name}-{i}.txt").write_bytes((CORPUS / f"{name}.txt").read_bytes() + f"\n{i}\n".encode())
    argv = ["compare", str(CORPUS / "national.txt"), str(folder), "-f", "jsonl", "--no-cache"]
    expected = run([*argv, "--jobs", "1"], capsys)
    sent = []
    submit = _Pool.submit

    def refuse_the_fifth(pool, function, *arguments):
        sent.append(arguments)
        if len(sent) == 5:  # six documents a chunk each, four in flight: the first refill
            raise BrokenProcessPool("a worker died")
        return submit(pool, function, *arguments)

    monkeypatch.setattr(_Pool, "submit", refuse_the_fifth)
    assert run([*argv, "--jobs", "2"], capsys) == expected
    # Four in flight, the refused one, the three in flight again alone, then two in a fresh pool.
    assert len(sent) == 10 and expected.count("\n") == 6


def test_documents_go_to_the_workers_a_few_at_a_time_in_order():
    # Chunks of up to 4 documents, each worker getting at least 8 chunks: a small batch goes
    # one document at a time.
    from policydiff.batch import _chunks

    tasks = [(Path(f"{k}.txt"), None) for k in range(70)]
    chunks = _chunks(tasks, 2)
    assert [len(chunk) for chunk in chunks] == [4] * 17 + [2]
    assert [task for chunk in chunks for task in chunk] == tasks
    assert [len(chunk) for chunk in _chunks(tasks[:20], 2)] == [1] * 20
    assert [len(chunk) for chunk in _chunks(tasks[:40], 2)] == [2] * 20


def test_a_pool_is_used_from_pool_min_documents_and_two_jobs():
    # The one rule batch and the command (which starts the fork server early) both follow.
    from policydiff.workers import POOL_MIN, pooled

    assert pooled(2, POOL_MIN) and pooled(4, 1000)
    assert not pooled(2, POOL_MIN - 1) and not pooled(1, 1000) and not pooled(0, 1000)


def test_a_warm_comparison_segments_and_parses_nothing(tmp_path):
    """With the parse cache filled, comparing BASE with a document reads every word it needs
    from the cache, BASE's whole clauses included: a worker never loads the segmenter, nor
    imports the parser and the normaliser."""
    import subprocess

    script = f"""
import sys
from pathlib import Path
from policydiff.batch import compare_many
from policydiff.cache import ParseCache
from policydiff.load import load_document, load_words
cache = ParseCache(Path(sys.argv[1]))
base = load_document(Path({str(CORPUS / "national.txt")!r}), cache)
for result in compare_many(base, [Path({str(CORPUS / "jilin.txt")!r})], cache=cache, written="jsonl"):
    assert result.text.startswith(b'{{"schema_version"')
print("rjieba" in sys.modules, "policydiff.parse" in sys.modules, "policydiff.normalize" in sys.modules)
"""
    cache = str(tmp_path / "cache")
    cold = subprocess.run([sys.executable, "-c", script, cache], capture_output=True, text=True, check=True)
    warm = subprocess.run([sys.executable, "-c", script, cache], capture_output=True, text=True, check=True)
    assert (cold.stdout, warm.stdout) == ("True True True\n", "False False False\n")


def test_the_parent_of_a_pooled_comparison_never_imports_the_aligner(tmp_path):
    """Over a pool the workers compare and write each record; the parent only orders and writes
    them, so it leaves numpy, rapidfuzz and the aligner (0.17 s to import) to the workers."""
    import subprocess

    documents = tmp_path / "documents"
    documents.mkdir()
    for k in range(32):  # workers.POOL_MIN: the least a pool is used for
        shutil.copy(CORPUS / "jilin.txt", documents / f"d{k:02}.txt")
    script = """
import atexit, sys
atexit.register(lambda: print(sorted(m for m in ("numpy", "rapidfuzz", "policydiff.align") if m in sys.modules)))
from policydiff.cli import main
sys.exit(main(sys.argv[1:]))
"""
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-c", script, "compare", str(CORPUS / "national.txt"), str(documents),
                           "-f", "jsonl", "--jobs", "2", "--cache-dir", str(tmp_path / "cache"), "-o", str(out)],
                          capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, "[]\n"), done.stderr
    assert [json.loads(line)["other"]["id"] for line in out.read_text(encoding="utf-8").splitlines()] == \
        [f"d{k:02}" for k in range(32)]
