"""policydiff: compare Chinese policy documents clause by clause."""

__version__ = "0.1.0"  # before the imports: the parse cache keys on it

from .errors import InputError, OutputError, PolicydiffError
from .model import Agencies, Clause, Document, Meta, Section

__all__ = [
    "Agencies",
    "Clause",
    "Document",
    "InputError",
    "Meta",
    "OutputError",
    "PolicydiffError",
    "Section",
    "Entry",
    "compare_documents",
    "decode",
    "document_text",
    "load_document",
    "parse_text",
    "read_document",
    "split_sentences",
]

# Where the rest of the API lives, loaded when first asked for: the parser compiles its patterns
# as it loads, and the comparison API loads numpy, rapidfuzz and the segmenter, so that
# `policydiff --help` starts fast and `compare` can start its workers before loading them.
_LAZY = {"load_document": "load", "parse_text": "parse", "split_sentences": "parse", "decode": "read",
         "document_text": "read", "read_document": "read", "Entry": "report", "compare_documents": "report"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'policydiff' has no attribute {name!r}")
