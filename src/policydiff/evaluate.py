"""Measure the aligner against hand-made gold alignments."""

from __future__ import annotations

from dataclasses import dataclass

from .gold import AlignmentFile
from .model import Comparison


@dataclass(frozen=True)
class Score:
    """Agreement of the aligner with one gold file (or all of them)."""

    name: str
    """The gold file's OTHER id, or "overall"."""
    clauses: int
    """Number of OTHER clauses in the gold file."""
    primary_accuracy: float
    """Share of clauses whose first BASE clause (or none) equals the gold primary."""
    precision: float
    """Share of the aligner's (OTHER, BASE) pairs that are gold pairs."""
    recall: float
    """Share of gold (OTHER, BASE) pairs the aligner found."""
    f1: float
    """Harmonic mean of precision and recall."""
    correct: int
    found: int
    expected: int
    matched_primary: int


def score(gold: AlignmentFile, comparison: Comparison, name: str | None = None) -> Score:
    """How well ``comparison`` agrees with ``gold``."""
    predicted = {a.id: [link.id for link in a.base] for a in comparison.clauses}
    matched_primary = 0
    expected_pairs: set[tuple[str, str]] = set()
    found_pairs: set[tuple[str, str]] = set()
    for pair in gold.pairs:
        ids = predicted.get(pair.local, [])
        matched_primary += (ids[0] if ids else None) == pair.primary
        expected_pairs |= {(pair.local, b) for b in pair.base}
        found_pairs |= {(pair.local, b) for b in ids}
    return _score(name or gold.other, len(gold.pairs), matched_primary,
                  len(expected_pairs & found_pairs), len(found_pairs), len(expected_pairs))


def overall(scores: list[Score]) -> Score:
    """Scores pooled over all pairs of all files (micro average)."""
    return _score("overall", sum(s.clauses for s in scores), sum(s.matched_primary for s in scores),
                  sum(s.correct for s in scores), sum(s.found for s in scores), sum(s.expected for s in scores))


def _score(name: str, clauses: int, matched: int, correct: int, found: int, expected: int) -> Score:
    precision = correct / found if found else 0.0
    recall = correct / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(name, clauses, round(matched / clauses, 4) if clauses else 0.0, round(precision, 4),
                 round(recall, 4), round(f1, 4), correct, found, expected, matched)
