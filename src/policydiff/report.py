"""The report model: each comparison with its linked targets. Every output format is a view of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from .align import compare
from .model import Comparison, Document
from .quantify import LinkedTarget, TargetFlag, link_targets


@dataclass(frozen=True)
class Entry:
    """One OTHER document compared with BASE."""

    comparison: Comparison
    """Clause and sentence alignment."""
    targets: tuple[LinkedTarget, ...]
    """OTHER's targets, each linked to the BASE text it implements."""

    def summary(self) -> dict[str, float | int]:
        """The comparison's counts plus target counts."""
        flags = [t.flag for t in self.targets]
        return {**self.comparison.summary(), "targets": len(flags),
                **{f"targets_{flag.value}": flags.count(flag) for flag in TargetFlag}}


def compare_documents(base: Document, other: Document,
                      corrections: Mapping[str, Sequence[str]] | None = None) -> Entry:
    """Align OTHER with BASE and link its targets."""
    comparison = compare(base, other, corrections=corrections)
    return Entry(comparison, link_targets(comparison))
