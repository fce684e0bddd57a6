"""How worker processes start. Light to import, so that a command can start them before it
imports the rest; the parent of a pooled comparison never imports the aligner."""

from __future__ import annotations

import multiprocessing
import os

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
    forkserver.set_forkserver_preload(["policydiff.batch", "policydiff.align"])
    return forkserver


def pooled(jobs: int, documents: int) -> bool:
    """Whether ``documents`` are compared over a pool of ``jobs`` workers; with one job, or fewer
    than POOL_MIN documents, they are compared in the parent process."""
    return jobs > 1 and documents >= POOL_MIN


def start_early() -> None:
    """Start the fork server now, for a run that will be pooled, so that it imports the aligner
    while this process reads its inputs: the workers then start as soon as they are asked for,
    not 0.3 s later (the first result of 1,000 documents came after 0.68–0.76 s instead of
    0.96–1.14 s)."""
    if os.name != "posix":
        return
    context()
    from multiprocessing import forkserver

    forkserver.ensure_running()
