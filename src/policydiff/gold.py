"""Alignment files (gold or corrections): which BASE clauses each OTHER clause implements."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .model import Document
from .yamlfile import load_yaml


@dataclass(frozen=True)
class Pair:
    """One OTHER clause and the BASE clauses it implements."""

    local: str
    """OTHER clause id."""
    primary: str | None
    """The BASE clause it mainly implements; None when it has none (added)."""
    also: tuple[str, ...]
    """Other BASE clauses it carries at least a sentence's content from."""
    note: str = ""
    """Why."""

    @property
    def base(self) -> tuple[str, ...]:
        """BASE clause ids, primary first."""
        return ((self.primary,) if self.primary else ()) + self.also


@dataclass(frozen=True)
class AlignmentFile:
    """A file of hand-made pairs: `national` (BASE id), `local` (OTHER id), `pairs`."""

    path: Path
    base: str
    other: str
    pairs: tuple[Pair, ...]

    def corrections(self) -> dict[str, tuple[str, ...]]:
        return {pair.local: pair.base for pair in self.pairs}

    def check_against(self, base: Document, other: Document) -> None:
        """Every clause id the file names exists in the documents."""
        base_ids = {c.id for c in base.clauses}
        other_ids = {c.id for c in other.clauses}
        for pair in self.pairs:
            if pair.local not in other_ids:
                raise InputError(f"{self.path}: clause {pair.local} is not a clause of {other.id}",
                                 f"use one of the ids `policydiff parse` shows for {other.id}")
            for base_id in pair.base:
                if base_id not in base_ids:
                    raise InputError(f"{self.path}: clause {base_id} (for {pair.local}) is not a clause of {base.id}",
                                     f"use one of the ids `policydiff parse` shows for {base.id}")


def load_alignment_file(path: Path) -> AlignmentFile:
    """Read and check the structure of an alignment file."""
    data = load_yaml(path)
    fix = "see alignments/*.yaml for the format"
    if not isinstance(data, dict) or not isinstance(data.get("pairs"), list):
        raise InputError(f"{path}: not an alignment file (needs national, local and a pairs list)", fix)
    base, other = data.get("national"), data.get("local")
    if not isinstance(base, str) or not isinstance(other, str):
        raise InputError(f"{path}: 'national' and 'local' must name the two documents' ids", fix)
    pairs = []
    seen = set()
    for number, item in enumerate(data["pairs"], 1):
        if not isinstance(item, dict) or "local" not in item or "primary" not in item:
            raise InputError(f"{path}: pair {number} needs 'local' and 'primary'", fix)
        also = item.get("also") or []
        if not isinstance(also, list):
            raise InputError(f"{path}: pair {number}: 'also' must be a list of clause ids", fix)
        local = str(item["local"])
        if local in seen:
            raise InputError(f"{path}: clause {local} is listed twice", "list every clause once")
        seen.add(local)
        primary = None if item["primary"] is None else str(item["primary"])
        pairs.append(Pair(local, primary, tuple(str(a) for a in also if str(a) != primary), str(item.get("note") or "")))
    return AlignmentFile(path, base, other, tuple(pairs))
