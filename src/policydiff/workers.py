"""How worker processes start. Light to import, so that a command can start them before it
imports the aligner itself."""

from __future__ import annotations

import glob
import multiprocessing
import os
from collections.abc import Sequence
from pathlib import Path

# Fewer documents than this are compared in the parent process whatever the number of jobs:
# starting the workers (the fork server, then each worker receiving BASE and preparing it)
# costs more than two workers save on fewer (benchmarks/pool.py, warm cache, 2 cores: a pool is
# 1.1-1.3 times slower on 8 to 24 documents, about even to a tenth faster from 32; figures in
# the README).
POOL_MIN = 32

# One maths thread per worker: numpy's BLAS would start a thread per core in every worker, and
# on 2 cores two workers of two threads each ran 2.6× slower (benchmarks/scale.py).
_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def context():
    """The start method of the worker pools: on POSIX a fork server that imports the aligner
    once, so that every worker forked from it starts with it imported; elsewhere spawn."""
    for variable in _THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
    if os.name != "posix":
        return multiprocessing.get_context("spawn")
    forkserver = multiprocessing.get_context("forkserver")
    forkserver.set_forkserver_preload(["policydiff.batch"])
    return forkserver


def start_early(jobs: int, inputs: Sequence[Path]) -> bool:
    """Start the fork server now when ``inputs`` look like a batch that will take a pool, so
    that it imports the aligner while this process imports it too: the workers then start as
    soon as they are asked for, not 0.3 s later (the first result of 1,000 documents came
    after 0.68–0.76 s instead of 0.96–1.14 s). A wrong guess costs a process that imports and
    waits. Whether it was started."""
    if not _pool_likely(jobs, inputs):
        return False
    context()
    from multiprocessing import forkserver

    forkserver.ensure_running()
    return True


def _pool_likely(jobs: int, inputs: Sequence[Path]) -> bool:
    """Whether a run with ``jobs`` (0: every core) on ``inputs`` (files, folders, globs) is
    likely to compare in a pool: more than one job, on POSIX, and a folder, a glob or POOL_MIN
    files among the inputs (counting a folder's files would take the imports this saves)."""
    if jobs == 1 or (jobs == 0 and (os.cpu_count() or 1) < 2) or os.name != "posix":
        return False
    return len(inputs) >= POOL_MIN or any(Path(path).is_dir() or glob.has_magic(str(path)) for path in inputs)
