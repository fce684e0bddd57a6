"""Measure the aligner against hand-made gold alignments."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from .gold import AlignmentFile, SentenceFile
from .model import BaseSentenceStatus, Comparison


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


def family_scores(scores: list[Score], families: list[str]) -> list[Score]:
    """One pooled score per family (``families[i]`` is the family of ``scores[i]``), in first-seen order."""
    pooled = []
    for family in dict.fromkeys(families):
        members = [s for s, f in zip(scores, families) if f == family]
        pooled.append(dataclasses.replace(overall(members), name=family))
    return pooled


@dataclass(frozen=True)
class SentenceScore:
    """Agreement of the sentence level with one sentence gold file (or several)."""

    name: str
    sentences: int
    """BASE sentences in the gold file."""
    unmatched: int
    """Gold sentences the parse does not have (split or joined otherwise): left out of the measures."""
    dropped_precision: float
    """Share of the BASE sentences reported dropped that the reader found dropped."""
    dropped_recall: float
    """Share of the sentences the reader found dropped that are reported dropped."""
    location_accuracy: float
    """Of the sentences both the reader and the aligner find carried: share carried by an OTHER
    sentence the reader names."""
    dropped_both: int
    dropped_found: int
    dropped_expected: int
    located: int
    carried_both: int


def score_sentences(gold: SentenceFile, comparison: Comparison, name: str | None = None) -> SentenceScore:
    """How well the BASE sentence statuses of ``comparison`` agree with ``gold``."""
    statuses = {(s.clause, s.index): s for s in comparison.base_sentences}
    unmatched = dropped_both = dropped_found = dropped_expected = located = carried_both = 0
    for item in gold.sentences:
        index = item.base.find(comparison.base)
        if index is None:
            unmatched += 1
            continue
        found = statuses[(item.base.clause, index)]
        expected_dropped = item.status == "dropped"
        found_dropped = found.status is BaseSentenceStatus.dropped
        dropped_expected += expected_dropped
        dropped_found += found_dropped
        dropped_both += expected_dropped and found_dropped
        if not expected_dropped and not found_dropped:
            carried_both += 1
            places = {(ref.clause, ref.find(comparison.other)) for ref in item.carried_by}
            located += found.other in places
    return _sentence_score(name or gold.other, len(gold.sentences), unmatched, dropped_both, dropped_found,
                           dropped_expected, located, carried_both)


def overall_sentences(scores: list[SentenceScore], name: str = "overall") -> SentenceScore:
    """Sentence scores pooled over files (micro average)."""
    return _sentence_score(name, *(sum(getattr(s, field) for s in scores) for field in (
        "sentences", "unmatched", "dropped_both", "dropped_found", "dropped_expected", "located", "carried_both")))


def _sentence_score(name: str, sentences: int, unmatched: int, dropped_both: int, dropped_found: int,
                    dropped_expected: int, located: int, carried_both: int) -> SentenceScore:
    def share(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    return SentenceScore(name, sentences, unmatched, share(dropped_both, dropped_found),
                         share(dropped_both, dropped_expected), share(located, carried_both),
                         dropped_both, dropped_found, dropped_expected, located, carried_both)
