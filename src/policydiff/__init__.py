"""policydiff: compare Chinese policy documents clause by clause."""

__version__ = "0.1.0"  # before the imports: the parse cache keys on it

from .errors import InputError, OutputError, PolicydiffError
from .load import load_document
from .model import Agencies, Clause, Document, Meta, Section
from .parse import parse_text, split_sentences
from .read import decode, document_text, read_document

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


def __getattr__(name: str):
    # The comparison API loads numpy, rapidfuzz and jieba: only when asked for, so that
    # `policydiff --help` and `parse` start fast.
    if name in ("Entry", "compare_documents"):
        from . import report

        return getattr(report, name)
    raise AttributeError(f"module 'policydiff' has no attribute {name!r}")
