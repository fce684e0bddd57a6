"""The corpus manifest (manifest.yaml beside the documents): ids and metadata the texts lack."""

from __future__ import annotations

import dataclasses
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
    if not manifest.is_file():
        return None
    data = load_yaml(manifest) or {}
    entries = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"{manifest}: has no 'documents' list", "see corpus/manifest.yaml for the format")
    for entry in entries:
        if isinstance(entry, dict) and entry.get("file") == path.name:
            return entry
    return None


def document_id(path: Path, entry: dict[str, Any] | None = None) -> str:
    """A document's id: its manifest id, else the file name without extension."""
    entry = manifest_entry(path) if entry is None else entry
    return str(entry["id"]) if entry and entry.get("id") else path.stem


def apply_manifest(meta: Meta, entry: dict[str, Any]) -> Meta:
    """``meta`` with every non-empty manifest field put over it."""
    values = {key: str(value) for key, value in entry.items() if key in _META_FIELDS and value not in (None, "")}
    return dataclasses.replace(meta, **values)
