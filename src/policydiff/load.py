"""Load a document file: read → parse → manifest, through the parse cache. The pipeline's entry."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from .cache import ParseCache, digest
from .manifest import apply_manifest, document_id, manifest_entry
from .model import Document
from .read import document_text, read_bytes
from .targets import Target, extract_targets


def load_document(path: Path, cache: ParseCache | None = None, doc_id: str | None = None) -> Document:
    """The parsed document at ``path``, with its manifest entry applied when there is one;
    ``doc_id`` replaces the id the manifest or file name gives (see manifest.assign_ids)."""
    data = read_bytes(path)
    key = digest(data)
    entry = manifest_entry(path)
    doc_id = doc_id or document_id(path, entry)
    document = cache.get(key, "document") if cache is not None else None
    if not isinstance(document, Document):
        # The parser only where a document is not in the cache: its patterns take 30 ms to
        # compile, in every process a warm run starts.
        from .parse import parse_text

        document = parse_text(document_text(data, str(path)), doc_id, str(path))
        document = dataclasses.replace(document, digest=key)
        if cache is not None:
            cache.put(key, "document", document)
    # The id and manifest belong to the path, not the bytes: two copies share a cache entry.
    document = dataclasses.replace(document, id=doc_id)
    if entry:
        document = dataclasses.replace(document, meta=apply_manifest(document.meta, entry))
    return document


def load_words(document: Document, cache: ParseCache | None, keep: bool = False) -> None:
    """Make the document's segmented words known, from the cache or by segmenting (and caching)
    them; ``keep`` them for the whole process (BASE in a batch), with the words of its whole
    clauses, which the aligner reads of BASE only (kept apart, so that no other document loads them)."""
    from .align import base_texts, segmented_texts
    from .tokenize import remember, segment

    remember(_through_cache(document, cache, "words", lambda: segment(segmented_texts(document))), keep)
    if keep:
        remember(_through_cache(document, cache, "base-words", lambda: segment(base_texts(document))), keep)


def load_targets(document: Document, cache: ParseCache | None) -> tuple[Target, ...]:
    """The document's targets, from the cache or by extracting (and caching) them."""
    targets = _through_cache(document, cache, "targets", lambda: extract_targets(document))
    # The cache keeps them without the document's id, which belongs to its path.
    return tuple(dataclasses.replace(target, document=document.id) for target in targets)


def _through_cache(document: Document, cache: ParseCache | None, kind: str, make):
    """The cache's entry ``kind`` for the document, or ``make()``'s value, then stored."""
    cached = cache.get(document.digest, kind) if cache is not None and document.digest else None
    if cached is not None:
        return cached
    value = make()
    if cache is not None and document.digest:
        cache.put(document.digest, kind, value)
    return value
