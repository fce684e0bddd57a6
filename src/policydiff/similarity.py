"""Sentence similarity: the one module that imports rapidfuzz.

Two views of how much two sentences say the same thing, scored for every pair of two lists of
texts that share something (a character bigram, a word): character-level Indel similarity
(rapidfuzz), which sees reworded phrases, and word-level weighted overlap over segmented words,
which sees shared terms in any order.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, LCSseq


def char_matrix(rows: list[str], columns: list[str], partial: bool = False) -> np.ndarray:
    """Indel similarity in [0, 1] of every row text with every column text.

    ``partial`` scores the best-matching stretch of the longer text instead (fuzz.partial_ratio):
    a phrase that a locality lengthened with its own qualifiers still matches in full. (char_pairs
    scores only the pairs that can matter.)
    """
    if not rows or not columns:
        return np.zeros((len(rows), len(columns)), dtype=np.float32)
    return process.cdist(rows, columns, scorer=fuzz.partial_ratio if partial else fuzz.ratio,
                         dtype=np.float32, workers=1) / 100.0


Needed = Callable[[np.ndarray, np.ndarray], np.ndarray]
"""For arrays of row and column indexes (which may broadcast), the similarity below which a pair's
exact score does not matter to the caller."""


def char_pairs(rows: list[str], columns: list[str], partial: bool = False,
               needed: Needed | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, similarity) of the pairs of texts whose similarity can matter, in row-major
    order, scored one by one. Without ``needed``, those are the pairs sharing a character bigram
    (found through an inverted index of the column texts): texts with no two characters in
    common in a row score far below any threshold, and on the corpus about four pairs in five
    are such. With ``needed``, pairs are left out when an upper bound shows they cannot reach
    it: for ratio, by the texts' lengths, over every pair at once (_reachable_pairs); for
    ``partial``, among the pairs sharing a bigram, by the bigrams of each found in the other
    (_bigrams_reachable) and their longest common subsequence.
    """
    if not partial:
        if needed is None:
            row_index, column_index, _, _ = shared_bigram_pairs(rows, columns)
        else:
            row_index, column_index = _reachable_pairs(rows, columns, needed)
        return row_index, column_index, _similarities(_pick(rows, row_index), _pick(columns, column_index), fuzz.ratio)
    row_index, column_index, row_found, column_found = shared_bigram_pairs(rows, columns)
    if needed is not None:
        need = needed(row_index, column_index)
        row_length, column_length = _lengths(rows)[row_index], _lengths(columns)[column_index]
        # Only the shorter text inside the longer scores 1, and then all its bigrams are found.
        shorter_found = np.where(row_length <= column_length, row_found, column_found)
        whole = shorter_found == np.minimum(row_length, column_length) - 1
        reachable = (need <= 1.0 + _SLACK) & ((need < 1.0 - _SLACK) | whole)
        reachable &= _bigrams_reachable(row_length, column_length, row_found, column_found, need, True)
        row_index, column_index = row_index[reachable], column_index[reachable]
        row_index, column_index = _partial_reachable(rows, columns, row_index, column_index, need[reachable])
    first, second = _pick(rows, row_index), _pick(columns, column_index)
    # A text found whole inside the other scores 1 (its best stretch is itself): on the aligner's
    # phrases, a third of the pairs left, found by a substring test thirty times cheaper.
    outside = [k for k, (a, b) in enumerate(zip(first, second)) if a not in b and b not in a]
    values = np.ones(len(first), dtype=np.float32)
    values[outside] = _similarities([first[k] for k in outside], [second[k] for k in outside], fuzz.partial_ratio)
    return row_index, column_index, values


def _similarities(first: list[str], second: list[str], scorer) -> np.ndarray:
    """``scorer``'s similarity in [0, 1] of each text of ``first`` with the one in the same place
    of ``second``."""
    if not first:
        return np.zeros(0, dtype=np.float32)
    return process.cpdist(first, second, scorer=scorer, dtype=np.float32, workers=1) / 100.0


def _reachable_pairs(rows: list[str], columns: list[str], needed: Needed) -> tuple[np.ndarray, np.ndarray]:
    """The (row, column) pairs, in row-major order, whose Indel similarity (ratio) can reach
    ``needed`` by their lengths, every pair judged at once. Where most pairs need more than 1,
    as in the aligner (a sentence pair sharing too few words cannot reach the threshold whatever
    its characters), the few left are scored in a fraction of the time it takes to find the
    bigrams every pair shares."""
    need = needed(np.arange(len(rows))[:, None], np.arange(len(columns))[None, :])
    reachable = (need <= 1.0 + _SLACK) & _length_reachable(_lengths(rows)[:, None], _lengths(columns)[None, :], need)
    return np.nonzero(reachable)


def _length_reachable(first: np.ndarray, second: np.ndarray, need: np.ndarray | np.float32) -> np.ndarray:
    """Whether texts of these lengths can reach Indel similarity ``need``: the ratio
    2·LCS / (la + lb) is at most 2·min(la, lb) / (la + lb)."""
    return 2 * np.minimum(first, second) >= (need - _SLACK) * (first + second)


def _bigrams_reachable(first_length: np.ndarray, second_length: np.ndarray, first_found: np.ndarray,
                       second_found: np.ndarray, need: np.ndarray | float, partial: bool) -> np.ndarray:
    """Whether texts, each with this many of its bigram positions found among the other's
    bigrams, can reach similarity ``need`` (fuzz.ratio, or fuzz.partial_ratio when ``partial``).

    Take an alignment of a longest common subsequence, of length L, between a text a of length
    m and a text b' of length k (the other text, or for partial_ratio the stretch of it scored,
    k ≤ m): the similarity is 2L / (m + k). Of the m - 1 pairs of neighbouring characters of a,
    at most 2(m - L) hold a character left unmatched, and at most k - L of the others are split
    by characters of b' left unmatched between them; every other pair is matched to neighbours
    in b', so its bigram is found in b. Hence at least 3L - m - k - 1 ≥ (m + k)(1.5·need - 1) - 1
    of a's bigram positions are found in b: a bound that bites from a similarity of 2/3 up. For
    ratio it holds for each text (k is the other's length). For partial_ratio a is the shorter
    text (either, when both are as long: it tries both) and, as L ≤ k, m + k ≥ 2m / (2 - need).
    """
    low = np.minimum(np.asarray(need, dtype=np.float64) - _SLACK, 1.0)
    if partial:
        shorter = np.minimum(first_length, second_length)
        found = np.where(first_length < second_length, first_found,
                         np.where(second_length < first_length, second_found, np.maximum(first_found, second_found)))
        total = 2 * shorter / (2 - low)
    else:
        found = np.minimum(first_found, second_found)
        total = first_length + second_length
    return found >= total * (1.5 * low - 1) - 1 - _SLACK


def _pick(texts: list[str], index: np.ndarray) -> list[str]:
    return np.array(texts, dtype=object)[index].tolist()


# similar_pairs marks distinct pairs in a dense array up to this size (4 MB of marks).
_DENSE_CELLS = 1 << 22

# Rounding room for comparing bounds computed here with rapidfuzz's float32 scores.
_SLACK = 1e-3


def _partial_reachable(rows: list[str], columns: list[str], row_index: np.ndarray, column_index: np.ndarray,
                       need: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs whose partial_ratio can reach ``need`` (one value per pair), by a bound ten times
    cheaper to compute.

    partial_ratio is the best 2·LCS(a, w) / (len(a) + len(w)) over stretches w of the longer text
    b no longer than the shorter text a. LCS(a, w) is at most L = LCS(a, b) and at most len(w), so
    the score is at most 2L / (len(a) + L): one bit-parallel LCS of the whole texts, where
    partial_ratio slides a window along b.
    """
    if not len(row_index):
        return row_index, column_index
    common = process.cpdist(_pick(rows, row_index), _pick(columns, column_index), scorer=LCSseq.similarity,
                            dtype=np.int32, workers=1)
    shorter = np.minimum(_lengths(rows)[row_index], _lengths(columns)[column_index])
    bound = 2 * common / np.maximum(shorter + common, 1)
    reachable = bound >= need - _SLACK
    return row_index[reachable], column_index[reachable]


def shared_bigram_pairs(rows: list[str], columns: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(row, column) index pairs of the texts that share at least one character bigram, in
    row-major order, and for each how many of the row text's bigram positions (of the column
    text's) hold a bigram the other text has."""
    index = _bigram_index(tuple(columns))
    cells, row_counts, column_counts = _bigram_hits(rows, index)
    pairs, place = _distinct_cells(cells, len(rows) * len(columns))
    row_index, column_index = np.divmod(pairs, len(columns))
    return (row_index, column_index, np.bincount(place, weights=row_counts, minlength=len(pairs)),
            np.bincount(place, weights=column_counts, minlength=len(pairs)))


def _distinct_cells(cells: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct values of ``cells`` (each below ``size``) in increasing order, and the place
    of each cell among them."""
    distinct = _marked(cells, size)
    # Places in 4 bytes while they fit: half the memory of intp, faster to gather from.
    kind = np.int32 if size < 1 << 31 else np.intp
    place = np.empty(size, dtype=kind)
    place[distinct] = np.arange(len(distinct), dtype=kind)
    return distinct, place[cells]


def _marked(cells: np.ndarray, size: int) -> np.ndarray:
    """The distinct values of ``cells`` (each below ``size``) in increasing order, found by
    marking a byte per possible value: several times faster than sorting the cells or counting
    them in a dense array of 8-byte counts. The marks are booleans: numpy finds the true ones
    four to five times as fast as the nonzero bytes of an array of numbers."""
    marked = np.zeros(size, dtype=bool)
    marked[cells] = True
    return np.flatnonzero(marked)


@dataclass(frozen=True)
class TextIndex:
    """An inverted index of texts' character bigrams: the sorted distinct bigram codes, where each
    one's run starts in the posting list, and the posting list (text indexes, and how often the
    text has the bigram)."""

    texts: list[str]
    lengths: np.ndarray
    codes: np.ndarray
    starts: np.ndarray
    holders: np.ndarray
    counts: np.ndarray


def text_index(texts: list[str]) -> TextIndex:
    owner, codes, counts = _distinct_bigrams(texts)
    order = np.argsort(codes, kind="stable")
    distinct, starts = np.unique(codes[order], return_index=True)
    return TextIndex(texts, _lengths(texts), distinct, np.append(starts, len(codes)), owner[order], counts[order])


def similar_pairs(rows: list[str], index: TextIndex, allowed: np.ndarray,
                  cutoff: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, text, similarity) of every pair of a row and an ``allowed`` text of ``index`` whose
    Indel similarity reaches ``cutoff`` among those sharing a character bigram (char_pairs'
    pruning, on an index built once for many calls), in row-major order. Work grows with the
    bigrams the rows share with the indexed texts, not with the number of texts."""
    cells, _, _ = _bigram_hits(rows, index)
    row_index, column_index = np.divmod(cells, len(index.texts))
    kept = allowed[column_index]
    # The distinct pairs among the hits: marked in a dense row × allowed-text array when that is
    # small beside the hits (the cheaper), else sorted.
    texts = np.flatnonzero(allowed)
    place = np.cumsum(allowed) - 1
    width = len(texts)
    cells = row_index[kept] * width + place[column_index[kept]]
    if len(rows) * width <= max(_DENSE_CELLS, 4 * len(cells)):
        pairs = _marked(cells, len(rows) * width)
    else:
        pairs = np.unique(cells)
    row_index, column_index = pairs // width, texts[pairs % width]
    keep = _length_reachable(_lengths(rows)[row_index], index.lengths[column_index], np.float32(cutoff))
    row_index, column_index = row_index[keep], column_index[keep]
    values = _similarities(_pick(rows, row_index), _pick(index.texts, column_index), fuzz.ratio)
    reached = values >= cutoff
    return row_index[reached], column_index[reached], values[reached]


def _bigram_hits(rows: list[str], index: TextIndex) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """row × len(index.texts) + text for every bigram a row shares with an indexed text (a pair
    once per bigram shared), and how often the row and the text have that bigram."""
    row_owner, row_codes, row_counts = _distinct_bigrams(rows)
    position = np.searchsorted(index.codes, row_codes)
    found = position < len(index.codes)
    found[found] = index.codes[position[found]] == row_codes[found]
    position, row_owner, row_counts = position[found], row_owner[found], row_counts[found]
    # Every text holding each of the row's bigrams: the bigram's run of the posting list.
    holders = index.starts[position + 1] - index.starts[position]
    postings = runs(index.starts[position], holders)
    cells = np.repeat(row_owner, holders) * len(index.texts) + index.holders[postings]
    return cells, np.repeat(row_counts, holders), index.counts[postings]


def runs(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The indexes starts[k], …, starts[k] + counts[k] - 1 of every run k, one run after another."""
    return np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(counts.sum())


def _lengths(texts: list[str]) -> np.ndarray:
    return np.array([len(text) for text in texts], dtype=np.int64)


@functools.lru_cache(maxsize=16)
def _bigram_index(columns: tuple[str, ...]) -> TextIndex:
    """text_index of the column texts, kept for the next calls: a batch compares the same BASE
    texts with every document."""
    return text_index(list(columns))


def _distinct_bigrams(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(text index, bigram code, how often the text has it) of every distinct bigram of every
    text. A bigram's code is its two code points side by side, so that all texts are cut into
    bigrams at once."""
    lengths = _lengths(texts)
    points = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    within = owner[:-1] == owner[1:]  # a bigram does not straddle two texts
    codes = (points[:-1] << 21 | points[1:])[within]
    pairs, counts = np.unique(owner[:-1][within] << 42 | codes, return_counts=True)
    return pairs >> 42, pairs & ((1 << 42) - 1), counts


def word_matrix(rows: WordSets | Sequence[tuple[str, ...]],
                columns: WordSets | Sequence[tuple[str, ...]] | WordIndex) -> np.ndarray:
    """IDF-weighted Dice overlap in [0, 1] of the word sets of every row with every column, the
    texts given as WordSets or as each text's distinct words in sorted order (the columns may be
    given as their word_index()).

    Rare words (医共体, 老年友善) weigh more than words every sentence has (加强, 建设).
    """
    rows = rows if isinstance(rows, WordSets) else WordSets.of(rows)
    if not isinstance(columns, WordIndex):
        columns = word_index(columns if isinstance(columns, WordSets) else WordSets.of(columns))
    row_index, column_index, overlap = word_pairs(rows, columns)
    matrix = np.zeros((rows.size, columns.size), dtype=np.float32)
    matrix[row_index, column_index] = overlap
    return matrix


@dataclass(frozen=True)
class WordSets:
    """Texts' word sets as numbers: ``owner`` and ``places`` hold (text, the word's place in
    ``vocabulary``) of every word of every text, text by text. The vocabulary is in sorted order
    and each text's words in increasing place, so that every sum over them adds in the words'
    sorted order, the same in every process (a set's order follows string hashes, which differ
    between processes, and sums in another order differ in the last bit)."""

    vocabulary: Sequence[str]
    owner: np.ndarray
    places: np.ndarray
    size: int
    """Number of texts."""

    @classmethod
    def of(cls, sets: Sequence[Iterable[str]]) -> WordSets:
        """The WordSets of texts given as their words."""
        sets = [set(words) for words in sets]
        vocabulary = sorted(set().union(*sets))
        place = {word: k for k, word in enumerate(vocabulary)}
        owner = np.repeat(np.arange(len(sets)), list(map(len, sets)))
        places = np.fromiter(itertools.chain.from_iterable(sorted(map(place.__getitem__, words)) for words in sets),
                             dtype=np.intp, count=len(owner))
        return cls(vocabulary, owner, places, len(sets))


@dataclass(frozen=True)
class WordIndex:
    """Texts' word sets prepared for word_pairs once: a batch compares BASE's texts with every
    document, so their words are numbered, counted and grouped by word once per batch."""

    size: int
    """Number of texts."""
    number: dict[str, int]
    """Each word's number (its place in the texts' vocabulary)."""
    owner: np.ndarray
    words: np.ndarray
    """(text, word number) of every word of every text, text by text (WordSets)."""
    frequency: np.ndarray
    """How many texts hold each word."""
    holders: np.ndarray
    """The texts of ``owner`` grouped by word, in text order within a word."""
    run_start: np.ndarray
    """Where each word's run of ``holders`` starts, and where the last ends."""


def word_index(sets: WordSets) -> WordIndex:
    """The WordIndex of texts given as their WordSets."""
    size = len(sets.vocabulary)
    order = np.argsort(sets.places, kind="stable")
    return WordIndex(sets.size, {word: k for k, word in enumerate(sets.vocabulary)}, sets.owner, sets.places,
                     np.bincount(sets.places, minlength=size), sets.owner[order],
                     np.searchsorted(sets.places[order], np.arange(size + 1)))


def word_pairs(rows: WordSets, index: WordIndex) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row, column, overlap) of every pair of a row text and an indexed column text sharing a
    word, in row-major order, with word_matrix's overlap: every other pair's is 0. Beyond
    numbering the rows' vocabulary and marking the shared words' pairs, the work grows with the
    pairs, not with rows × columns."""
    if not rows.size or not index.size:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.float32)
    # The rows' words in the index's numbers; those the columns lack numbered after the columns'
    # (they share nothing).
    known = len(index.number)
    number = np.fromiter(map(index.number.get, rows.vocabulary, itertools.repeat(-1)), dtype=np.intp,
                         count=len(rows.vocabulary))
    new = number < 0
    number[new] = known + np.arange(np.count_nonzero(new))
    row_owner, row_words = rows.owner, number[rows.places]
    frequency = np.bincount(row_words, minlength=known + np.count_nonzero(new))
    frequency[:len(index.frequency)] += index.frequency
    idf = np.log(1 + (rows.size + index.size) / np.maximum(frequency, 1))
    mass_rows = np.bincount(row_owner, weights=idf[row_words], minlength=rows.size)
    mass_columns = np.bincount(index.owner, weights=idf[index.words], minlength=index.size)
    # Shared mass: each row word meets every column holding the same word (none for a new word).
    run_start = np.concatenate([index.run_start, np.full(len(frequency) - known, index.run_start[-1])])
    counts = run_start[row_words + 1] - run_start[row_words]
    cells = np.repeat(row_owner, counts) * index.size + index.holders[runs(run_start[row_words], counts)]
    pairs, place = _distinct_cells(cells, rows.size * index.size)
    shared = np.bincount(place, weights=np.repeat(idf[row_words], counts), minlength=len(pairs))
    row_index, column_index = np.divmod(pairs, index.size)
    dice = 2 * shared / (mass_rows[row_index] + mass_columns[column_index])
    return row_index, column_index, dice.astype(np.float32)


def edit_ops(source: str, target: str) -> list[tuple[str, int, int, int, int]]:
    """Character edit operations turning ``source`` into ``target`` (Indel opcodes)."""
    return [(op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
            for op in Indel.opcodes(source, target)]
