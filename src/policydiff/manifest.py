"""The corpus manifest (manifest.yaml beside the documents): ids and metadata the texts lack."""

from __future__ import annotations

import dataclasses
import datetime
import functools
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import InputError
from .model import Meta
from .yamlfile import load_yaml

MANIFEST_NAME = "manifest.yaml"
_META_FIELDS = {f.name for f in dataclasses.fields(Meta)} - {"cites", "addressees"}


def manifest_entry(path: Path) -> dict[str, Any] | None:
    """The manifest entry for the document file ``path``, if its folder has a manifest naming it."""
    manifest = path.parent / MANIFEST_NAME
    try:
        stat = manifest.stat()
    except OSError:
        return None
    if not manifest.is_file():
        return None
    return _manifest(str(manifest), stat.st_mtime_ns, stat.st_size).get(path.name)


@functools.lru_cache(maxsize=64)
def _manifest(manifest: str, mtime: int, size: int) -> dict[str, dict[str, Any]]:
    """A manifest's entries by file name, read and checked once per run (and again only when
    the file changes: ``mtime`` and ``size`` are part of the cache key)."""
    data = load_yaml(Path(manifest)) or {}
    entries = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"{manifest}: has no 'documents' list", "see corpus/manifest.yaml for the format")
    by_file: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise InputError(f"{manifest}: an entry without a 'file' name ({str(entry)[:60]})",
                             "give every entry its file: name")
        for key, value in entry.items():
            if not isinstance(value, _SCALARS) or isinstance(value, bool):
                raise InputError(f"{manifest}: {entry['file']}: '{key}' is {type(value).__name__}, not text",
                                 "write the value as plain text")
        by_file.setdefault(entry["file"], entry)
    return by_file


# What a manifest field may be: text, or what YAML reads from text (a number, a date).
_SCALARS = (str, int, float, datetime.date, type(None))


def document_id(path: Path, entry: dict[str, Any] | None = None) -> str:
    """A document's id: its manifest id, else the file name without extension."""
    entry = manifest_entry(path) if entry is None else entry
    return str(entry["id"]) if entry and entry.get("id") else path.stem


def assign_ids(paths: Sequence[Path]) -> tuple[list[str], list[str]]:
    """Distinct ids for the documents of one run, and a notice for each id given twice.

    Files with one id (a/national.txt, b/national.txt) get their parent folder's name put
    before it (a-national, b-national), then a number if that is not enough."""
    ids = [document_id(path) for path in paths]
    counts = Counter(ids)
    taken = {doc_id for doc_id in ids if counts[doc_id] == 1}
    notices = []
    for i, (path, doc_id) in enumerate(zip(paths, ids)):
        if counts[doc_id] == 1:
            continue
        new = f"{path.resolve().parent.name}-{doc_id}"
        number = 2
        while new in taken:
            new, number = f"{path.resolve().parent.name}-{doc_id}-{number}", number + 1
        taken.add(new)
        ids[i] = new
        notices.append(f"note: {counts[doc_id]} documents have the id {doc_id!r}; {path} is {new!r}")
    return ids, notices


def apply_manifest(meta: Meta, entry: dict[str, Any]) -> Meta:
    """``meta`` with every non-empty manifest field put over it."""
    values = {key: str(value) for key, value in entry.items() if key in _META_FIELDS and value not in (None, "")}
    return dataclasses.replace(meta, **values)
