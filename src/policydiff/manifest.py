"""The corpus manifest beside the documents: ids and metadata the texts lack.

manifest.yaml (a ``documents`` list), or a spreadsheet saved as manifest.csv (MANIFEST.csv):
one row per document, a header naming the columns; the columns named as the manifest's
fields (file, id, title, issuer, doc_number, date, level, region, status, implements) are
read and any other column (a source, a row number, an English title) is left alone."""

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

# The manifest's names, the first found in a folder being its manifest.
MANIFEST_NAMES = ("manifest.yaml", "manifest.csv", "MANIFEST.csv")
_META_FIELDS = {f.name for f in dataclasses.fields(Meta)} - {"cites", "addressees"}
_FIELDS = _META_FIELDS | {"file", "id"}
# A manifest.csv larger than this, or with a line longer than MAX_CSV_LINE characters, is
# refused (a manifest of 100,000 documents is a few MB, a row a few hundred characters): a
# hostile sheet of one line of millions of empty cells would otherwise become a list of millions.
MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_CSV_LINE = 64 * 1024


def manifest_entry(path: Path) -> dict[str, Any] | None:
    """The manifest entry for the document file ``path``, if its folder has a manifest naming it."""
    for name in MANIFEST_NAMES:
        manifest = path.parent / name
        try:
            stat = manifest.stat()
        except OSError:
            continue
        if manifest.is_file():
            return _manifest(str(manifest), stat.st_mtime_ns, stat.st_size).get(path.name)
    return None


@functools.lru_cache(maxsize=64)
def _manifest(manifest: str, mtime: int, size: int) -> dict[str, dict[str, Any]]:
    """A manifest's entries by file name, read and checked once per run (and again only when
    the file changes: ``mtime`` and ``size`` are part of the cache key)."""
    if manifest.lower().endswith(".csv"):
        entries: Any = _csv_rows(Path(manifest), size)
    else:
        from .yamlfile import load_yaml  # pyyaml only when a YAML manifest is read

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
    return _implements_by_id(by_file)


def _csv_rows(path: Path, size: int) -> list[dict[str, str]]:
    """The rows of a manifest.csv as entries: the manifest's columns, empty cells left out."""
    import csv

    if size > MAX_CSV_BYTES:
        raise InputError(f"{path}: is larger than {MAX_CSV_BYTES // 2**20} MiB", "give a smaller manifest")

    def lines(file):
        for line in file:
            if len(line) > MAX_CSV_LINE:
                raise InputError(f"{path}: has a line of over {MAX_CSV_LINE:,} characters",
                                 "give a manifest of one short row per document")
            yield line

    try:
        with open(path, encoding="utf-8-sig", newline="") as file:
            reader = csv.DictReader(lines(file))
            if "file" not in (reader.fieldnames or ()):
                raise InputError(f"{path}: has no 'file' column", "name the document files in a column headed file")
            return [{key: value for key, value in row.items() if key in _FIELDS and value} for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"{path}: cannot be read ({error})", "give a UTF-8 CSV file with a header row") from None


def _implements_by_id(by_file: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Entries whose ``implements`` names a file of the manifest (pku-c-048.txt) name that
    document's id instead, as documents are known by their ids."""
    for entry in by_file.values():
        named = by_file.get(str(entry.get("implements") or ""))
        if named is not None:
            entry["implements"] = str(named["id"]) if named.get("id") else Path(named["file"]).stem
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
