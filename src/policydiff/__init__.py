"""policydiff: compare Chinese policy documents clause by clause."""

__version__ = "0.1.0"  # before the imports: the parse cache keys on it

from .errors import InputError, OutputError, PolicydiffError
from .load import load_document
from .model import Agencies, Clause, Document, Meta, Section
from .parse import parse_text, split_sentences
from .read import decode, read_document

__all__ = [
    "Agencies",
    "Clause",
    "Document",
    "InputError",
    "Meta",
    "OutputError",
    "PolicydiffError",
    "Section",
    "decode",
    "load_document",
    "parse_text",
    "read_document",
    "split_sentences",
]
