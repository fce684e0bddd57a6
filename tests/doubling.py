"""Pair time when both documents double, for tests/test_align.py.

Each document of the four corpus pairs is followed by a copy of itself in other characters (every
common CJK character moved to CJK Extension B, the copy's words moved with it), so that the new
halves match each other as the old ones do and nothing across. Run as a script, it prints the
CPU time of the doubled pairs over that of the pairs: the best of 10 runs of each, taken in turn
(so that the machine's drifting speed touches both alike), with the garbage collector off as
timeit has it. A fresh interpreter measures the aligner, not the heap other tests left behind,
with the allocator set as in the processes where policydiff compares (batch.keep_freed_memory).
"""

from __future__ import annotations

import dataclasses
import gc
import time
from pathlib import Path
from typing import Callable

from policydiff import load_document
from policydiff.align import base_texts, compare, segmented_texts
from policydiff.batch import keep_freed_memory
from policydiff.model import Document
from policydiff.tokenize import Segmentation, remember, words

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# Moves every common CJK character into CJK Extension B: a text in other characters, with the
# same lengths, phrases and words, that shares no character with the original.
_ELSEWHERE = 0x20000 - 0x4E00


def in_other_characters(text: str) -> str:
    return "".join(chr(ord(ch) + _ELSEWHERE) if "\u4e00" <= ch <= "\u9fff" else ch for ch in text)


def in_original_characters(text: str) -> str:
    return "".join(chr(ord(ch) - _ELSEWHERE) if "\U00020000" <= ch <= "\U000251FF" else ch for ch in text)


def doubled(document: Document) -> Document:
    """The document followed by a copy of itself in other characters, under clause 90, with the
    words of every text made known (those of the copy: the original's words, moved too)."""
    moved = in_other_characters
    copy = tuple(dataclasses.replace(c, id=f"90.{c.id}", heading=moved(c.heading), text=moved(c.text),
                                     sentences=tuple(moved(s) for s in c.sentences)) for c in document.clauses)
    twice = dataclasses.replace(document, id=document.id + "-doubled", clauses=document.clauses + copy, digest="")
    found = {}
    for text in segmented_texts(twice) | base_texts(twice):
        original = in_original_characters(text)
        found[text] = words(text) if original == text else tuple(sorted(map(moved, words(original))))
    remember(Segmentation.of(found), keep=True)
    return twice


def ratio(runs: int = 10) -> float:
    keep_freed_memory()
    national = load_document(CORPUS / "national.txt")
    pairs = [(national, load_document(CORPUS / f"{doc}.txt")) for doc in ("jilin", "hunan", "yantai", "jilin-draft")]
    twice = [(doubled(base), doubled(other)) for base, other in pairs]
    for base, other in pairs + twice:
        compare(base, other)  # words and BASE's index made ready

    def seconds(pairs) -> float:
        start = time.process_time()
        for base, other in pairs:
            compare(base, other)
        return time.process_time() - start

    gc.disable()
    times = [(seconds(pairs), seconds(twice)) for _ in range(runs)]
    return min(big for _, big in times) / min(small for small, _ in times)


def doubling_ratio(small: Callable[[], object], large: Callable[[], object], runs: int = 3) -> float:
    """The CPU time of ``large`` over that of ``small`` (the same work on an input twice the size):
    the best of ``runs`` of each, taken in turn so that the machine's drifting speed touches both
    alike, with the garbage collector off as timeit has it. For the tests that doubling an input
    does not quadruple the time."""
    best = [float("inf"), float("inf")]
    for _ in range(runs):
        for k, work in enumerate((small, large)):
            gc.disable()
            try:
                start = time.process_time()
                work()
                best[k] = min(best[k], time.process_time() - start)
            finally:
                gc.enable()
    return best[1] / best[0]


if __name__ == "__main__":
    print(f"{ratio():.4f}")
