from __future__ import annotations

import functools
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# The development collection, beside the project (present in CI).
REALWORLD = ROOT.parent / "shared" / "realworld"
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


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """Commands run in tests use a parse cache of their own, not the user's."""
    import os

    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


OTHER_IDS = ("jilin", "hunan", "yantai", "jilin-draft")


@pytest.fixture(scope="session")
def report():
    """national compared with every locality of the corpus: (base, entries)."""
    from policydiff.report import compare_documents

    base = corpus_document("national")
    return base, [compare_documents(base, corpus_document(doc_id)) for doc_id in OTHER_IDS]
