"""Alignment files (gold or corrections): which BASE clauses each OTHER clause implements."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .model import Document
from .normalize import normalize_line
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
    family: str = ""
    """The policy family (``family:``; the BASE id when the file names none)."""

    def corrections(self) -> dict[str, tuple[str, ...]]:
        return {pair.local: pair.base for pair in self.pairs}

    def check_against(self, base: Document, other: Document) -> None:
        """Every clause id the file names exists in the documents (else an InputError)."""
        for message, document in self.unknown_ids(base, other):
            raise InputError(message, f"use one of the ids `policydiff parse` shows for {document}")

    def unknown_ids(self, base: Document, other: Document) -> list[tuple[str, str]]:
        """(a line saying so, the document's id) for every clause id the file names that the
        documents' parses lack."""
        base_ids = {c.id for c in base.clauses}
        other_ids = {c.id for c in other.clauses}
        found = []
        for pair in self.pairs:
            if pair.local not in other_ids:
                found.append((f"{self.path}: clause {pair.local} is not a clause of {other.id}", other.id))
            found += [(f"{self.path}: clause {base_id} (for {pair.local}) is not a clause of {base.id}", base.id)
                      for base_id in pair.base if base_id not in base_ids]
        return found


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
    return AlignmentFile(path, base, other, tuple(pairs), _family(data, path))


def _family(data: dict, path: Path) -> str:
    family = data.get("family", data.get("national"))
    if not isinstance(family, str) or not family:
        raise InputError(f"{path}: 'family' must be a short name (medical-system)", "see alignments/CONVENTIONS.md")
    return family


@dataclass(frozen=True)
class SentenceRef:
    """A sentence named as a reader names it: its clause and its opening characters."""

    clause: str
    text: str

    def find(self, document: Document) -> int | None:
        """The index of the sentence in its clause of ``document``; None when no sentence of
        the clause opens so (the parser split or joined it otherwise). A reader may name a clause's
        first sentence by the label it opens with, which the parser takes for the clause's title
        (县应急管理局、县消防救援大队：负责…)."""
        opening = _fold(self.text)
        for clause in document.clauses:
            if clause.id == self.clause:
                title = _fold(clause.heading)
                after_title = opening[len(title):].lstrip("。：") if title and opening.startswith(title) else None
                for index, sentence in enumerate(clause.sentences):
                    if _fold(sentence).startswith(opening) or index == 0 and after_title is not None \
                            and _fold(sentence).startswith(after_title):
                        return index
        return None


def _fold(text: str) -> str:
    return normalize_line(text).replace(" ", "")


# What OTHER did with a BASE sentence, by a reader's judgment (alignments/CONVENTIONS.md).
SENTENCE_STATUSES = ("verbatim", "reworded", "dropped")


@dataclass(frozen=True)
class SentenceGold:
    """One BASE sentence: what OTHER did with it and which OTHER sentences carry it."""

    base: SentenceRef
    status: str
    """verbatim, reworded or dropped."""
    carried_by: tuple[SentenceRef, ...]
    note: str = ""


@dataclass(frozen=True)
class SentenceFile:
    """A file of sentence gold: `national`, `local`, `sentences` (every BASE sentence)."""

    path: Path
    base: str
    other: str
    sentences: tuple[SentenceGold, ...]
    family: str = ""


def load_gold_file(path: Path) -> AlignmentFile | SentenceFile:
    """A clause gold file (``pairs:``) or a sentence gold file (``sentences:``)."""
    data = load_yaml(path)
    if isinstance(data, dict) and "sentences" in data and "pairs" not in data:
        return _sentence_file(path, data)
    return load_alignment_file(path)


def _sentence_file(path: Path, data: dict) -> SentenceFile:
    fix = "see alignments/CONVENTIONS.md for the format"
    base, other = data.get("national"), data.get("local")
    if not isinstance(base, str) or not isinstance(other, str) or not isinstance(data["sentences"], list):
        raise InputError(f"{path}: not a sentence gold file (needs national, local and a sentences list)", fix)
    sentences = []
    for number, item in enumerate(data["sentences"], 1):
        try:
            carried = tuple(SentenceRef(str(ref["clause"]), str(ref["text"])) for ref in item.get("carried_by") or [])
            gold = SentenceGold(SentenceRef(str(item["base"]), str(item["text"])), item["status"], carried,
                                str(item.get("note") or ""))
        except (KeyError, TypeError, AttributeError):
            raise InputError(f"{path}: sentence {number} needs base, text, status and carried_by", fix) from None
        if gold.status not in SENTENCE_STATUSES or (gold.status == "dropped") != (not carried):
            raise InputError(f"{path}: sentence {number}: status must be verbatim, reworded or dropped, "
                             "with carried_by empty exactly when dropped", fix)
        sentences.append(gold)
    return SentenceFile(path, base, other, tuple(sentences), _family(data, path))
