from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DOCUMENT_IDS = ["national", "jilin", "hunan", "yantai", "jilin-draft"]


def fixture(name: str):
    return yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))


@functools.cache
def corpus_document(doc_id: str):
    from policydiff import load_document

    return load_document(CORPUS / f"{doc_id}.txt")


@pytest.fixture(params=DOCUMENT_IDS)
def doc_id(request) -> str:
    return request.param
