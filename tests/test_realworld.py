"""The parser on the real-world collection (../shared/realworld, present in CI): every
document parses or gets a one-line reason, and the clause trees meet the floors of the
parse issue against the expected trees written by reading (tests/realworld/expected)."""

from __future__ import annotations

import importlib.util

import pytest

from policydiff.model import Document

from conftest import ROOT

COLLECTION = ROOT.parent / "shared" / "realworld"
# The floors of the "Done when".
EXACT_FLOOR = 0.90
F1_FLOOR = 0.97
HEADING_FLOOR = 0.95

pytestmark = pytest.mark.skipif(not COLLECTION.is_dir(), reason="the real-world collection is not here")


@pytest.fixture(scope="module")
def figures():
    spec = importlib.util.spec_from_file_location("realworld", ROOT / "benchmarks" / "realworld.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.evaluate(COLLECTION)


def test_every_document_parses_or_gets_one_line(figures):
    for name, result in figures["results"].items():
        assert isinstance(result, Document) or ("\n" not in result and result.startswith(name)), name


def test_expected_trees_cover_thirty_documents(figures):
    assert len(figures["scores"]) >= 30


def test_floors(figures):
    total = figures["overall"]
    wrong = [s.name for s in figures["scores"] if not s.exact]
    assert total.exact / len(figures["scores"]) >= EXACT_FLOOR, wrong
    assert total.f1 >= F1_FLOOR
    assert total.heading_accuracy >= HEADING_FLOOR
