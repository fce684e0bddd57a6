"""Candidate pairs for the network: which earlier documents a document may reuse text of.

Scoring every ordered pair of a corpus is quadratic (5 million pairs for the ~3,200 documents
of one policy family), so candidates are found first through an inverted index of phrase
fingerprints and only they are scored.

A phrase's fingerprint is the smallest hash of its character 4-grams. A phrase copied or
reused with a word changed keeps most of its 4-grams, often its fingerprint, and the other
phrases of a reworded sentence keep theirs: a document that carries a share of another's
sentences has a comparable share of its fingerprints in the other's. A pair is a candidate when
the later document shares at least CONTAINMENT × the reporting threshold of its distinct
fingerprints with the earlier one, counted exactly (a sparse matrix product, in blocks of
documents so that memory stays bounded). The test suite checks, on the bundled corpus, the
development collection and a synthetic family, that pruned and unpruned networks are identical.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from .network import MIN_SHARE, Node

# Characters per shingle of a phrase's fingerprint.
SHINGLE = 4
# The share of a document's sentences that share a fingerprint with another document at which
# the other is a candidate, per unit of the reporting threshold (MIN_SHARE 0.1 → 0.08): nearly
# every sentence that carries another document's text shares a phrase fingerprint with it.
CONTAINMENT = 0.8
# Later documents counted at once: bounds memory at about BLOCK × 50 sentences × documents counts.
BLOCK = 32


def _fingerprint(phrase: str) -> int:
    """The least CRC-32 of a phrase's 4-grams (of the phrase, if shorter)."""
    return min(zlib.crc32(phrase[i:i + SHINGLE].encode()) for i in range(max(len(phrase) - SHINGLE + 1, 1)))


def candidates(nodes: Sequence[Node], eligible: Sequence[Sequence[int]], min_share: float = MIN_SHARE) -> list[list[int]]:
    """For each node, those of its ``eligible`` earlier nodes with which at least CONTAINMENT ×
    ``min_share`` of its sentences share a phrase fingerprint, in ``eligible`` order."""
    import numpy as np
    from scipy import sparse

    number: dict[int, int] = {}
    per_sentence = [[_sentence_prints(node, k, number) for k in range(len(node.sentences))] for node in nodes]
    documents = _incidence([sorted({f for prints in node_prints for f in prints}) for node_prints in per_sentence],
                           len(number)).T.tocsc()
    result: list[list[int]] = []
    for start in range(0, len(nodes), BLOCK):
        block = per_sentence[start:start + BLOCK]
        sentences = _incidence([prints for node_prints in block for prints in node_prints], len(number))
        touches = (sentences @ documents).toarray() > 0  # sentence × document: shares a fingerprint
        bounds = np.cumsum([0] + [len(node_prints) for node_prints in block])
        for offset in range(len(block)):
            i = start + offset
            counts = touches[bounds[offset]:bounds[offset + 1]].sum(axis=0)
            needed = max(CONTAINMENT * min_share * len(block[offset]), 1)
            result.append([j for j in eligible[i] if counts[j] >= needed])
    return result


def _sentence_prints(node: Node, sentence: int, number: dict[int, int]) -> list[int]:
    """The numbers of the fingerprints of a sentence's phrases (numbered as first met)."""
    prints = {zlib.crc32(phrase[i:i + SHINGLE].encode()) for phrase, owner in zip(node.phrases, node.owners)
              if owner == sentence for i in range(max(len(phrase) - SHINGLE + 1, 1))}
    return sorted(number.setdefault(f, len(number)) for f in prints)


def _incidence(rows: Sequence[Sequence[int]], width: int):
    import numpy as np
    from scipy import sparse

    row_index = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
    columns = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=len(row_index))
    return sparse.csr_matrix((np.ones(len(columns), dtype=np.int32), (row_index, columns)), shape=(len(rows), width))
