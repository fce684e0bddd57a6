"""Compare one BASE with many documents: files, folders and globs, over worker processes.

Results come back one document at a time, in input order, so that outputs can be written as
each document finishes and memory does not grow with the number of documents.
"""

from __future__ import annotations

import collections
import dataclasses
import gc
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import ParseCache
from .errors import InputError, PolicydiffError
from .load import load_document, load_targets, load_words
from .model import Document, Meta
from .report import Entry, Failure, Written, compare_documents
from .serialize import entry_json
from .workers import context, pooled

if TYPE_CHECKING:  # gold (and pyyaml) only where corrections are read
    from .gold import AlignmentFile


def compare_many(base: Document, paths: Sequence[Path], jobs: int = 1, cache: ParseCache | None = None,
                 corrections: Sequence[AlignmentFile] = (), ids: Sequence[str] | None = None,
                 fail_fast: bool = False, written: str | None = None) -> Iterator[Entry | Written | Failure]:
    """Compare each document at ``paths`` with ``base``, yielding entries in order, and a
    Failure for each document that could not be compared (``fail_fast``: raise its error).

    ``corrections`` are alignment files, each applied to the document its ``local`` names;
    ``ids`` the documents' ids when the run gave them (manifest.assign_ids). With ``jobs`` > 1
    the documents are spread over that many worker processes, each receiving BASE once.
    ``written`` ("json" or "jsonl"): each entry comes as its text in that format instead
    (Written), made where it was compared (sinks.written_format says when nothing else needs it).
    """
    for result in _compare_all(base, paths, jobs, cache, corrections, ids, written):
        if fail_fast and isinstance(result, Failure):
            raise result.error
        yield result


def _compare_all(base: Document, paths: Sequence[Path], jobs: int, cache: ParseCache | None,
                 corrections: Sequence[AlignmentFile], ids: Sequence[str] | None,
                 written: str | None) -> Iterator[Entry | Written | Failure]:
    tasks = list(zip(paths, ids or [None] * len(paths)))
    settings = (base, cache.directory.parent if cache is not None else None, list(corrections), written)
    if not pooled(jobs, len(paths)):
        _start(*settings)
        for task in tasks:
            yield _compare(task)
        return
    for result in _pooled(tasks, jobs, context(), settings):
        if isinstance(result, Entry):
            yield dataclasses.replace(result, comparison=dataclasses.replace(result.comparison, base=base))
        else:
            yield result


def run_pooled(function, shared: object, tasks: Iterable[tuple], jobs: int) -> Iterator:
    """``function(shared, *task)`` for each of ``tasks`` on a pool of ``jobs`` workers, results in
    task order, at most 2 × ``jobs`` in flight. ``shared`` (the inputs every task reads) is sent
    to each worker once, when it starts, and tasks carry only what differs. A task that kills its
    worker ends the run with an InputError (the tasks of the network are pure functions of small
    inputs: one that kills a worker would kill it again)."""
    from concurrent.futures.process import BrokenProcessPool

    with _Pool(jobs, context(), _start_sharing, (shared,)) as pool:
        window: collections.deque = collections.deque()
        try:
            for task in tasks:
                window.append(pool.submit(_with_shared, function, *task))
                if len(window) >= 2 * jobs:
                    yield pool.result(window.popleft())
            while window:
                yield pool.result(window.popleft())
        except BrokenProcessPool:
            raise InputError("a worker process died (killed, or out of memory)",
                             "run again with fewer jobs (--jobs) or on a machine with more memory") from None


# In a worker of run_pooled: the inputs its tasks share.
_SHARED: object = None


def _start_sharing(shared: object) -> None:
    global _SHARED
    _ignore_interrupt()
    _set_up_comparing()
    _SHARED = shared


def _with_shared(function, *task):
    return function(_SHARED, *task)


def _ignore_interrupt() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _pooled(tasks: list[tuple[Path, str | None]], jobs: int, context, settings: tuple) -> Iterator[Entry | Failure]:
    """Results of ``tasks`` in order from a pool of ``jobs`` workers, sent a few documents at a
    time (_chunks), at most 2 × ``jobs`` such chunks in flight. A worker that dies (killed, out
    of memory) breaks the pool: the documents in flight are then compared again one at a time,
    each in a pool of its own, so that the one that kills its worker is reported as a Failure
    and the others are compared; a fresh pool takes the rest. Nothing waits forever on a dead
    worker."""
    from concurrent.futures.process import BrokenProcessPool

    pending = collections.deque(_chunks(tasks, jobs))
    while pending:
        with _Pool(jobs, context, _start_worker, settings) as pool:
            window: collections.deque = collections.deque()
            try:
                while pending or window:
                    while pending and len(window) < 2 * jobs:
                        # A chunk leaves ``pending`` once sent: a pool that broke since the last
                        # result refuses it, and it waits for the fresh pool.
                        window.append((pending[0], pool.submit(_compare_remote, pending[0])))
                        pending.popleft()
                    results = pool.result(window[0][1])
                    window.popleft()
                    yield from results
                return
            except BrokenProcessPool:
                suspects = [task for chunk, _ in window for task in chunk]
        for task in suspects:  # the broken pool is shut down; each suspect alone
            yield _alone(task, context, settings)


# Documents sent to a worker at a time, at most: every task costs the parent its bookkeeping
# (the pool's futures, queues and pickling), a fifth of a millisecond or so.
_CHUNK = 4


def _chunks(tasks: list[tuple[Path, str | None]], jobs: int) -> list[tuple[tuple[Path, str | None], ...]]:
    """``tasks`` cut into consecutive chunks of up to _CHUNK documents, small enough that every
    worker gets at least 8 of them (the work stays spread evenly to the end)."""
    size = max(1, min(_CHUNK, len(tasks) // (8 * jobs)))
    return [tuple(tasks[start:start + size]) for start in range(0, len(tasks), size)]


class _Pool:
    """A ProcessPoolExecutor that ends cleanly however its block ends: waited for after the work,
    its queued documents cancelled after an error or a consumer that stopped, its workers killed
    on Ctrl-C or SIGTERM; and that never waits for ever on a worker that died."""

    def __init__(self, jobs: int, context, initializer=None, initargs: tuple = ()) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer, initargs=initargs)

    def __enter__(self) -> _Pool:
        return self

    def submit(self, function, *arguments):
        return self.executor.submit(function, *arguments)

    def result(self, future):
        """``future``'s result; BrokenProcessPool when a worker died. A worker killed while it
        was sending a result leaves the pool's reading thread waiting for the rest of it for
        ever (the parent holds a write end of the pipe too, so it never reads end-of-file):
        a worker found dead with the result still missing a moment later is taken to be that
        case, and the pool is abandoned, which wakes the reader."""
        from concurrent.futures import wait

        while not wait([future], timeout=_STALL_CHECK).done:
            if not all(process.is_alive() for process in self._processes()):
                if not wait([future], timeout=_STALL_CHECK).done:
                    self._abandon()
        return future.result()

    def __exit__(self, kind, error, trace) -> None:
        stopped = kind is not None and not issubclass(kind, (Exception, GeneratorExit))
        if stopped:  # Ctrl-C, SIGTERM: the work in flight is thrown away at once
            self._abandon()
        # Otherwise the documents in flight (two a worker at most) are finished and the rest
        # cancelled, so that no worker dies in the middle of sending a result. Joining the pool's
        # manager thread here leaves nothing for the interpreter's exit to wake (waking a pool
        # that is closing races and prints a traceback). A worker may die all the same: the
        # signal that stops this process reaches the workers of its group too, and the consumer
        # of a generator that stops closes it (GeneratorExit, not the signal). One that died while
        # sending a result leaves the manager thread waiting for the rest of it for ever, so a
        # guard abandons the pool when a worker is found dead and the shutdown still has not
        # ended a moment later (as result() does); the signal's watchdog (cli._stop) is the last
        # resort.
        done = threading.Event()
        guard = threading.Thread(target=self._unstick, args=(done,), daemon=True)
        guard.start()
        try:
            self.executor.shutdown(wait=True, cancel_futures=kind is not None)
        finally:
            done.set()
            guard.join()

    def _unstick(self, done: threading.Event) -> None:
        """While the pool shuts down (until ``done``): abandon it when a worker is found dead and
        the shutdown has not ended a moment later."""
        while not done.wait(_STALL_CHECK):
            if not all(process.is_alive() for process in self._processes()) and not done.wait(_STALL_CHECK):
                self._abandon()
                return

    def _processes(self) -> list:
        return list((getattr(self.executor, "_processes", None) or {}).values())

    def _abandon(self) -> None:
        """Kill the workers and close this process's write end of the results pipe, so that
        the pool's reading thread, whatever it was waiting for, reads end-of-file and marks
        the pool broken (its futures raise BrokenProcessPool) instead of waiting for ever."""
        for process in self._processes():
            process.kill()
        for process in self._processes():
            process.join()
        writer = getattr(getattr(self.executor, "_result_queue", None), "_writer", None)
        # The descriptor is let go before it is closed. The end-of-file ends the pool's reading
        # thread, which lets a shutdown waiting in another thread (here when __exit__'s guard
        # abandons the pool) go on and close the queue itself; Connection.close forgets its
        # descriptor only after the close, which releases the GIL, so both threads could close it:
        # the shutdown then raised Bad file descriptor in place of the block's own exception
        # (test_a_pool_stopped_or_closed_while_a_result_is_half_sent_ends, about once in fifty
        # runs on a loaded machine).
        handle = getattr(writer, "_handle", None)
        if handle is not None:
            writer._handle = None
            os.close(handle)


# Seconds between looks at the workers while a result is awaited, and the time a result may
# still take to arrive once a worker is found dead (the pool notices a death in milliseconds).
_STALL_CHECK = 1.0


def _alone(task: tuple[Path, str | None], context, settings: tuple) -> Entry | Failure:
    """One document in a pool of its own: its result, or a Failure when its worker dies."""
    from concurrent.futures.process import BrokenProcessPool

    with _Pool(1, context, _start_worker, settings) as pool:
        try:
            return pool.result(pool.submit(_compare_remote, (task,)))[0]
        except BrokenProcessPool:
            path, doc_id = task
            return Failure(str(path), doc_id or path.stem, InputError(
                f"{path}: the worker comparing it died (killed, or out of memory)",
                "compare it alone to see whether it is too large for this machine"))


def keep_freed_memory() -> None:
    """Have the C library's allocator (glibc) keep the memory a comparison frees for the next one,
    instead of handing it back to the kernel and asking again: every comparison makes score
    matrices of up to tens of megabytes, and the kernel gives fresh memory a page fault at a time
    (4 KB). Over 200 documents in one process that was 230,000 page faults and 0.64–0.83 s of
    system time; kept, 15,500 and 0.19 s. A process then holds on to the memory its largest
    comparison needed: flat over a batch. Called where comparisons run (this process for a small
    batch, each worker); elsewhere than on glibc (musl, macOS, Windows) it does nothing."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return
    # glibc's malloc.h: M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD.
    for parameter, value in ((-1, 256 << 20), (-2, 16 << 20), (-3, 32 << 20)):
        mallopt(parameter, value)


def collect_cycles_rarely() -> None:
    """Have Python look for reference cycles after 10,000 more new objects than freed ones,
    instead of 700. A comparison makes tens of thousands of short-lived objects (sentences,
    phrases, links), freed as it goes; at 700, two or so collections a document walked the young
    objects for 0.6–0.8 ms, about 5% of a warm comparison; at 10,000, one in 200 documents. The
    aligner makes no cycles that need collecting sooner."""
    gc.set_threshold(10_000, *gc.get_threshold()[1:])


def _set_up_comparing() -> None:
    """Memory settings of a process that compares (this one for a small batch, each worker)."""
    keep_freed_memory()
    collect_cycles_rarely()


# Worker state: BASE arrives once per process.
_worker: dict[str, object] = {}


def _start_worker(*settings) -> None:
    """A worker's start: Ctrl-C reaches the whole process group, and the parent alone answers
    it (one line, outputs removed); a worker just stops when its pool is shut down."""
    _ignore_interrupt()
    _start(*settings)


def _start(base: Document, cache_dir: Path | None, corrections: list[AlignmentFile], written: str | None) -> None:
    _set_up_comparing()
    cache = ParseCache(cache_dir) if cache_dir is not None else None
    load_words(base, cache, keep=True)
    _worker.update(base=base, cache=cache, corrections=corrections, written=written)


def _compare_remote(chunk: tuple[tuple[Path, str | None], ...]) -> list[Entry | Written | Failure]:
    """_compare of each document of ``chunk``, for a worker process: BASE is left out of the
    results (the parent has it), so that it is not pickled back with every document."""
    results = [_compare(task) for task in chunk]
    return [dataclasses.replace(entry, comparison=dataclasses.replace(entry.comparison, base=_NO_BASE))
            if isinstance(entry, Entry) else entry for entry in results]


# Stands in for BASE in results crossing the process boundary.
_NO_BASE = Document(id="", meta=Meta(), clauses=())


def _compare(task: tuple[Path, str | None]) -> Entry | Written | Failure:
    """The entry of one document, or its Failure when it cannot be read or parsed. A correction
    file that does not fit the document is the user's error, not the document's: it is raised."""
    path, doc_id = task
    base: Document = _worker["base"]  # type: ignore[assignment]
    cache: ParseCache | None = _worker["cache"]  # type: ignore[assignment]
    try:
        other = load_document(path, cache, doc_id)
        load_words(other, cache)
        targets = load_targets(other, cache)
    except PolicydiffError as error:
        return Failure(str(path), doc_id or path.stem, error)
    pairs: dict[str, tuple[str, ...]] = {}
    for correction in _worker["corrections"]:  # type: ignore[attr-defined]
        if correction.other == other.id:
            correction.check_against(base, other)
            pairs.update(correction.corrections())
    entry = compare_documents(base, other, pairs or None, str(path), targets)
    written = _worker["written"]
    return entry if written is None else Written(other.id, entry_json(entry, written, base.id))  # type: ignore[arg-type]
