"""Load a document file: read → parse → manifest. The entry point of the pipeline."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from .manifest import apply_manifest, manifest_entry
from .model import Document
from .parse import parse_text
from .read import read_document


def load_document(path: Path) -> Document:
    """The parsed document at ``path``, with its manifest entry applied when there is one."""
    entry = manifest_entry(path)
    doc_id = str(entry["id"]) if entry and entry.get("id") else path.stem
    document = parse_text(read_document(path), doc_id)
    if entry:
        document = dataclasses.replace(document, meta=apply_manifest(document.meta, entry))
    return document
