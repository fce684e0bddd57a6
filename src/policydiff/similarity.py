"""Sentence similarity: the one module that imports rapidfuzz.

Two views of how much two sentences say the same thing, scored for a whole matrix at once:
character-level Indel similarity (rapidfuzz ``process.cdist``), which sees reworded phrases,
and word-level weighted overlap over jieba words, which sees shared terms in any order.
"""

from __future__ import annotations

import functools
import math
from collections import Counter

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, LCSseq


def char_matrix(rows: list[str], columns: list[str], partial: bool = False, prune: bool = False,
                needed: np.ndarray | None = None) -> np.ndarray:
    """Indel similarity in [0, 1] of every row text with every column text.

    ``partial`` scores the best-matching stretch of the longer text instead (fuzz.partial_ratio):
    a phrase that a locality lengthened with its own qualifiers still matches in full.
    ``prune`` scores only the pairs that share a character bigram (found through an inverted
    index of the column texts) and leaves the others at 0: texts with no two characters in common
    in a row score far below any threshold, and on the corpus about four pairs in five are such.
    With ``prune``, ``needed`` (one value per pair) is the similarity below which a pair's exact
    score does not matter to the caller: such pairs are left at 0 too when an upper bound shows
    they cannot reach it.
    """
    if not rows or not columns:
        return np.zeros((len(rows), len(columns)), dtype=np.float32)
    scorer = fuzz.partial_ratio if partial else fuzz.ratio
    if not prune:
        return process.cdist(rows, columns, scorer=scorer, dtype=np.float32, workers=1) / 100.0
    row_index, column_index = shared_bigram_pairs(rows, columns)
    if needed is not None:
        reachable = needed[row_index, column_index] <= 1.0 + _SLACK
        row_index, column_index = row_index[reachable], column_index[reachable]
        if partial:
            row_index, column_index = _partial_reachable(rows, columns, row_index, column_index, needed)
    scores = np.zeros((len(rows), len(columns)), dtype=np.float32)
    if len(row_index):
        values = process.cpdist([rows[i] for i in row_index], [columns[j] for j in column_index],
                                scorer=scorer, dtype=np.float32, workers=1)
        scores[row_index, column_index] = values / 100.0
    return scores


# Rounding room for comparing bounds computed here with rapidfuzz's float32 scores.
_SLACK = 1e-3


def _partial_reachable(rows: list[str], columns: list[str], row_index: np.ndarray, column_index: np.ndarray,
                       needed: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs whose partial_ratio can reach ``needed``, by a bound ten times cheaper to compute.

    partial_ratio is the best 2·LCS(a, w) / (len(a) + len(w)) over stretches w of the longer text
    b no longer than the shorter text a. LCS(a, w) is at most L = LCS(a, b) and at most len(w), so
    the score is at most 2L / (len(a) + L): one bit-parallel LCS of the whole texts, where
    partial_ratio slides a window along b.
    """
    if not len(row_index):
        return row_index, column_index
    first, second = [rows[i] for i in row_index], [columns[j] for j in column_index]
    common = process.cpdist(first, second, scorer=LCSseq.similarity, dtype=np.int32, workers=1)
    shorter = np.minimum([len(text) for text in first], [len(text) for text in second])
    bound = 2 * common / np.maximum(shorter + common, 1)
    reachable = bound >= needed[row_index, column_index] - _SLACK
    return row_index[reachable], column_index[reachable]


def shared_bigram_pairs(rows: list[str], columns: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) index pairs of the texts that share at least one character bigram."""
    index = _bigram_index(tuple(columns))
    row_index: list[int] = []
    column_index: list[int] = []
    for i, text in enumerate(rows):
        found = sorted({j for gram in _bigrams(text) for j in index.get(gram, ())})
        row_index.extend([i] * len(found))
        column_index.extend(found)
    return np.array(row_index, dtype=np.intp), np.array(column_index, dtype=np.intp)


@functools.lru_cache(maxsize=16)
def _bigram_index(columns: tuple[str, ...]) -> dict[str, list[int]]:
    """Bigram → indexes of the column texts holding it. Kept for the next calls: a batch
    compares the same BASE texts with every document."""
    index: dict[str, list[int]] = {}
    for j, text in enumerate(columns):
        for gram in _bigrams(text):
            index.setdefault(gram, []).append(j)
    return index


def _bigrams(text: str) -> set[str]:
    return {text[k: k + 2] for k in range(len(text) - 1)}


def word_matrix(rows: list[list[str]], columns: list[list[str]]) -> np.ndarray:
    """IDF-weighted Dice overlap in [0, 1] of the word sets of every row with every column.

    Rare words (医共体, 老年友善) weigh more than words every sentence has (加强, 建设).
    """
    if not rows or not columns:
        return np.zeros((len(rows), len(columns)), dtype=np.float32)
    row_sets, column_sets = [set(tokens) for tokens in rows], [set(tokens) for tokens in columns]
    frequency = Counter(token for tokens in row_sets + column_sets for token in tokens)
    count = len(row_sets) + len(column_sets)
    idf = {token: math.log(1 + count / n) for token, n in frequency.items()}
    # Sums in sorted order: a set's order follows string hashes, which differ between processes,
    # and float sums in another order differ in the last bit (and break ties differently).
    mass_rows = np.array([sum(idf[t] for t in sorted(tokens)) for tokens in row_sets], dtype=np.float32)
    mass_columns = np.array([sum(idf[t] for t in sorted(tokens)) for tokens in column_sets], dtype=np.float32)
    # Only words on both sides can be shared: the product runs over those alone.
    both = set().union(*row_sets) & set().union(*column_sets)
    vocabulary = {token: i for i, token in enumerate(sorted(both))}
    top = np.zeros((len(row_sets), len(vocabulary)), dtype=np.float32)
    bottom = np.zeros((len(column_sets), len(vocabulary)), dtype=np.float32)
    for matrix, sets, weight in ((top, row_sets, True), (bottom, column_sets, False)):
        for row, tokens in enumerate(sets):
            present = [t for t in tokens if t in vocabulary]
            if present:
                matrix[row, [vocabulary[t] for t in present]] = [idf[t] for t in present] if weight else 1.0
    shared = top @ bottom.T
    total = mass_rows[:, None] + mass_columns[None, :]
    return np.divide(2 * shared, total, out=np.zeros_like(shared), where=total > 0)


def edit_ops(source: str, target: str) -> list[tuple[str, int, int, int, int]]:
    """Character edit operations turning ``source`` into ``target`` (Indel opcodes)."""
    return [(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
            for op in Indel.opcodes(source, target)]
