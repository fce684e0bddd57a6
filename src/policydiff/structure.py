"""Measure the parser against expected clause trees written by reading documents.

An expected file (YAML) names one document and lists every numbered unit of its body in
order, each with its id and heading (tests/realworld/CONVENTIONS.md says how they are
written). A parse is scored on its ids (clauses with text and bare headings alike) and on
the heading of every expected unit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .model import Document
from .numbering import id_part_order
from .read.text import to_simplified
from .yamlfile import load_yaml


@dataclass(frozen=True)
class Expected:
    """One expected clause tree."""

    file: str
    """The document's file name in its collection."""
    units: tuple[tuple[str, str], ...]
    """(id, heading) of every numbered unit in document order, "0" for a preamble."""


@dataclass(frozen=True)
class StructureScore:
    """Agreement of one parse (or of all of them, pooled) with its expected tree."""

    name: str
    expected: int
    """Number of expected ids."""
    found: int
    """Number of ids in the parse."""
    correct: int
    """Ids in both."""
    headings_right: int
    """Expected units whose id was found with the expected heading."""
    exact: int
    """Documents whose ids are exactly the expected ones, in order (0 or 1 for one document)."""

    @property
    def f1(self) -> float:
        total = self.expected + self.found
        return 2 * self.correct / total if total else 1.0

    @property
    def heading_accuracy(self) -> float:
        return self.headings_right / self.expected if self.expected else 1.0


def load_expected(path: Path) -> Expected:
    """An expected file; a malformed one is an InputError naming it."""
    data = load_yaml(path)
    try:
        units = tuple((str(unit["id"]), str(unit.get("heading") or "")) for unit in data["clauses"])
        return Expected(str(data["file"]), units)
    except (TypeError, KeyError) as error:
        raise InputError(f"{path}: not an expected clause tree ({error})",
                         "give `file:` and `clauses:` as a list of {id, heading}") from None


def parsed_units(document: Document) -> list[tuple[str, str]]:
    """(id, heading) of every numbered unit of a parse, clauses and bare headings, in id order."""
    units = [(clause.id, clause.heading) for clause in document.clauses]
    units += [(section.id, section.heading) for section in document.sections]
    return sorted(units, key=lambda unit: _order(unit[0]))


def score_structure(expected: Expected, document: Document | None) -> StructureScore:
    """How well a parse (None: the document failed to parse) agrees with ``expected``."""
    found = dict(parsed_units(document)) if document is not None else {}
    wanted = dict(expected.units)
    correct = set(found) & set(wanted)
    headings = sum(1 for unit in correct if fold_heading(found[unit]) == fold_heading(wanted[unit]))
    # A document the reader finds no numbered unit in is matched by a parse that finds none (the
    # parser refuses it: "no numbered clauses found").
    exact = not wanted if document is None else [unit for unit, _ in parsed_units(document)] == sorted(
        wanted, key=_order)
    return StructureScore(expected.file, len(wanted), len(found), len(correct), headings, int(exact))


def pooled(scores: list[StructureScore]) -> StructureScore:
    """All scores summed (micro average over units)."""
    return StructureScore("overall", *(sum(getattr(s, name) for s in scores)
                                       for name in ("expected", "found", "correct", "headings_right", "exact")))


# Heading end marks and spacing do not count: 总体要求。 = 总体要求 = 总 体 要 求.
_HEADING_NOISE = re.compile(r"\s+|[。：；.:;，,]+$")


def fold_heading(heading: str) -> str:
    """A heading as compared: width folded (NFKC), spaces and end marks gone, in simplified
    characters (as the readers give a copy in traditional ones)."""
    return _HEADING_NOISE.sub("", to_simplified(unicodedata.normalize("NFKC", heading).strip()))


def _order(clause_id: str) -> tuple[float, ...]:
    return tuple(id_part_order(part) or 0 for part in re.split(r"[.']", clause_id) if part)
