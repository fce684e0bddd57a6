"""Candidate pairs for the network: which earlier documents a document may reuse text of.

Scoring every ordered pair of a corpus is quadratic (5 million pairs for the ~3,200 documents
of one policy family), so candidates are found first and only they are scored.

A sentence that carries another document's text (network.SENTENCE_REUSE of its characters in
phrases at least network.PHRASE_REUSE alike) shares several character 4-grams with that
document: a phrase reused with a word changed keeps most of its 4-grams, and a reworded
sentence keeps whole phrases. So a pair is a candidate when at least CONTAINMENT × the
reporting threshold of the later document's sentences (and at least network.MIN_SENTENCES)
share SHARED_GRAMS or more distinct 4-grams with the earlier one. The counts are exact (a sparse product of sentence × 4-gram and
4-gram × document incidence, in blocks of documents so that memory stays bounded); the test
suite checks on the bundled corpus, the development collection and a synthetic family that the
pruned and unpruned networks are identical.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

from .network import MIN_SENTENCES, MIN_SHARE, Node

# Characters per gram.
GRAM = 4
# Distinct 4-grams a sentence shares with a document for it to count as possibly reusing it.
SHARED_GRAMS = 2
# Share of the later document's sentences that must count, per unit of the reporting threshold
# (network.MIN_SHARE 0.1 → 0.08).
CONTAINMENT = 0.8
# Later documents counted at once: memory is about BLOCK × their sentences × documents bytes.
BLOCK = 32


def candidates(nodes: Sequence[Node], eligible: Sequence[Sequence[int]], min_share: float = MIN_SHARE) -> list[list[int]]:
    """For each node, those of its ``eligible`` earlier nodes with which at least CONTAINMENT ×
    ``min_share`` of its sentences share SHARED_GRAMS 4-grams, in ``eligible`` order."""
    number: dict[int, int] = {}
    grams = [_sentence_grams(node, number) for node in nodes]
    documents = _incidence([sorted({g for sentence in node_grams for g in sentence}) for node_grams in grams],
                           len(number)).T.tocsc()
    result: list[list[int]] = []
    for start in range(0, len(nodes), BLOCK):
        block = grams[start:start + BLOCK]
        shared = (_incidence([sentence for node_grams in block for sentence in node_grams], len(number))
                  @ documents).toarray() >= SHARED_GRAMS  # sentence × document
        bounds = np.cumsum([0] + [len(node_grams) for node_grams in block])
        for offset, node_grams in enumerate(block):
            counts = shared[bounds[offset]:bounds[offset + 1]].sum(axis=0)
            needed = max(CONTAINMENT * min_share * len(node_grams), MIN_SENTENCES)
            result.append([j for j in eligible[start + offset] if counts[j] >= needed])
    return result


def _sentence_grams(node: Node, number: dict[int, int]) -> list[list[int]]:
    """Each sentence's distinct 4-grams (of its phrases; a shorter phrase whole), as numbers
    given in the order first met."""
    sentences: list[set[int]] = [set() for _ in node.sentences]
    for phrase, owner in zip(node.phrases, node.owners):
        sentences[owner].update(zlib.crc32(phrase[i:i + GRAM].encode())
                                for i in range(max(len(phrase) - GRAM + 1, 1)))
    return [sorted(number.setdefault(g, len(number)) for g in sentence) for sentence in sentences]


def _incidence(rows: Sequence[Sequence[int]], width: int):
    """A 0/1 sparse matrix with a 1 at (r, c) for each c of rows[r]."""
    from scipy import sparse

    row_index = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    columns = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=len(row_index))
    return sparse.csr_matrix((np.ones(len(columns), dtype=np.int32), (row_index, columns)), shape=(len(rows), width))
