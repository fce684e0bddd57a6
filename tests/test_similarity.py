"""Similarity matrices: exact values on small inputs, and pruning that never changes a score that matters."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydiff.similarity import char_matrix, char_pairs, shared_bigram_pairs, similar_pairs, text_index, word_matrix


def test_word_matrix_is_idf_weighted_dice():
    # Four texts (one empty): 医共体 in two, 建设 and 医联体 in one each.
    result = word_matrix([("医共体", "建设"), ()], [("医共体",), ("医联体",)])
    shared, rare = math.log(1 + 4 / 2), math.log(1 + 4 / 1)
    assert result.shape == (2, 2)
    assert result[0, 0] == pytest.approx(2 * shared / (shared + rare + shared))  # 0.577
    assert result[0, 1] == 0.0
    assert result[1].tolist() == [0.0, 0.0]  # a text without words matches nothing


def test_word_matrix_of_texts_without_words_is_zero():
    assert word_matrix([(), ()], [(), ()]).tolist() == [[0.0, 0.0], [0.0, 0.0]]


def test_a_segmentation_gives_each_texts_words_as_places_in_its_sorted_vocabulary():
    from policydiff.tokenize import Segmentation

    segmentation = Segmentation.of({"甲": ("医共体", "建设"), "乙": (), "丙": ("医联体", "建设")})
    assert segmentation.vocabulary == ("医共体", "医联体", "建设")
    assert segmentation.words("甲") == ("医共体", "建设") and segmentation.words("丁") is None
    found = segmentation.word_sets(["丙", "乙", "甲"])
    assert (found.owner.tolist(), found.places.tolist(), found.size) == ([0, 0, 2, 2], [1, 2, 0, 2], 3)
    assert segmentation.word_sets(["甲", "丁"]) is None  # it does not hold 丁
    columns = [("医共体",), ("医联体", "建设")]
    assert word_matrix(found, columns).tolist() == \
        word_matrix([("医联体", "建设"), (), ("医共体", "建设")], columns).tolist()
    with pytest.raises(ValueError):
        Segmentation(("建设", "医共体"), {"甲": "\U00010000"})  # a vocabulary out of order
    with pytest.raises(ValueError):
        Segmentation(("医共体",), {"甲": "\U00010001"})  # a place outside it


def test_shared_bigram_pairs_count_the_bigram_positions_found_in_the_other_text():
    rows, columns = ["加强医共体建设", "完善制度", "医共体建设", "建设建设"], ["推进医共体建设工作", "健全制度", "医疗"]
    row_index, column_index, row_found, column_found = shared_bigram_pairs(rows, columns)
    assert list(zip(row_index.tolist(), column_index.tolist(), row_found.tolist(), column_found.tolist())) == [
        (0, 0, 4, 4),  # 医共 共体 体建 建设 of 6 and of 8: not 加强 强医, not 推进 进医 设工 工作
        (1, 1, 1, 1),  # 制度 only
        (2, 0, 4, 4),  # every bigram of the shorter text: it lies inside the longer
        (3, 0, 2, 1),  # 建设 twice in the row, once in the column (设建 is not there)
    ]


def pruned_matrix(rows: list[str], columns: list[str], partial: bool, need: float | np.float32) -> np.ndarray:
    """char_pairs' scores, needing ``need`` of every pair, as a matrix (0 for the pairs left out)."""
    row_index, column_index, values = char_pairs(rows, columns, partial,
                                                 lambda r, c: np.full(np.broadcast(r, c).shape, need))
    matrix = np.zeros((len(rows), len(columns)), dtype=np.float32)
    matrix[row_index, column_index] = values
    return matrix


def _shares_a_bigram(rows: list[str], columns: list[str]) -> np.ndarray:
    row_index, column_index, _, _ = shared_bigram_pairs(rows, columns)
    shares = np.zeros((len(rows), len(columns)), dtype=bool)
    shares[row_index, column_index] = True
    return shares


# Texts over a small alphabet, so that pairs share much.
_TEXTS = st.lists(st.text(alphabet="医疗卫生服务体系建设加强", min_size=1, max_size=14), min_size=1, max_size=8)


@settings(max_examples=150, deadline=None)
@given(_TEXTS, _TEXTS, st.floats(0.0, 1.0), st.booleans())
def test_pruned_scores_are_exact_wherever_they_can_matter(rows, columns, floor, partial):
    # A caller needs the exact character score of a pair only when it reaches ``needed``;
    # below it, pruning may leave 0. For partial_ratio, pairs sharing no bigram are always left
    # at 0; for ratio, they are scored like the others.
    full = char_matrix(rows, columns, partial=partial)
    pruned = pruned_matrix(rows, columns, partial, floor)
    matters = full >= floor
    if partial:
        matters &= _shares_a_bigram(rows, columns)
    assert np.array_equal(pruned[matters], full[matters])
    assert np.all(pruned[~matters] <= full[~matters])


@settings(max_examples=300, deadline=None)
@given(_TEXTS, _TEXTS, st.booleans())
def test_the_bigram_bound_never_rules_out_a_pair_at_its_own_score(rows, columns, partial):
    # _bigrams_reachable must hold for every pair at the similarity it really has: it may only
    # rule out pairs that cannot reach what is needed.
    from policydiff.similarity import _bigrams_reachable, _lengths

    full = char_matrix(rows, columns, partial=partial)
    row_index, column_index, row_found, column_found = shared_bigram_pairs(rows, columns)
    reachable = _bigrams_reachable(_lengths(rows)[row_index], _lengths(columns)[column_index], row_found,
                                   column_found, full[row_index, column_index].astype(np.float64), partial)
    assert reachable.all()


def test_the_bigram_bound_rules_out_a_scattered_match():
    # 医疗卫生服务 and 医X疗X卫X生X服X务: the six characters in order (Indel similarity 12/17, 0.71)
    # but no bigram in common: at a need of 0.9 the pair is ruled out, at 0.5 not.
    from policydiff.similarity import _bigrams_reachable

    first, second = np.array([6]), np.array([11])
    assert not _bigrams_reachable(first, second, np.array([0]), np.array([0]), 0.9, False)[0]
    assert _bigrams_reachable(first, second, np.array([0]), np.array([0]), 0.5, False)[0]


def test_ratio_pairs_are_found_by_need_and_length_not_by_shared_bigrams():
    # For ratio, a pair is scored when its need is at most 1 and its lengths allow it: the
    # scattered match (no bigram in common, 12/17) is scored at a need of 0.5; a pair needing
    # more than 1 is not, however alike; nor one whose lengths cannot reach its need (6 and
    # 2 characters: at most 4/8).
    rows = ["医疗卫生服务", "医疗卫生服务"]
    columns = ["医X疗X卫X生X服X务", "医疗卫生服务", "医疗"]
    need = np.array([[0.5, 1.2, 0.6], [0.5, 1.0, 0.5]])
    row_index, column_index, values = char_pairs(rows, columns, False, lambda r, c: need[r, c])
    assert row_index.tolist() == [0, 1, 1, 1]
    assert column_index.tolist() == [0, 0, 1, 2]
    assert [round(v, 4) for v in values.tolist()] == [0.7059, 0.7059, 1.0, 0.5]


def test_similar_pairs_searches_an_index_for_the_allowed_texts_only():
    index = text_index(["推进医共体建设工作", "推进医联体建设工作", "健全制度", "推进医共体建设"])
    allowed = np.array([True, False, True, True])
    rows, texts, scores = similar_pairs(["推进医共体建设", "完善制度"], index, allowed, 0.6)
    # 推进医联体建设工作 would reach 0.6 with the first row, but is not allowed; 完善制度 and
    # 健全制度 share 制度 only: 2·2 / 8 = 0.5.
    assert list(zip(rows.tolist(), texts.tolist())) == [(0, 0), (0, 3)]
    assert scores.tolist() == pytest.approx([2 * 7 / 16, 1.0])


def test_similar_pairs_counts_sparse_hits_by_sorting_them(monkeypatch):
    import policydiff.similarity

    # One shared bigram among many texts: the dense count would be mostly zeros.
    texts = ["推进医共体建设"] + [f"第{n}号文件" for n in range(40)]
    expected = similar_pairs(["医共体建设"], text_index(texts), np.ones(len(texts), dtype=bool), 0.5)
    monkeypatch.setattr(policydiff.similarity, "_DENSE_CELLS", 0)
    found = similar_pairs(["医共体建设"], text_index(texts), np.ones(len(texts), dtype=bool), 0.5)
    assert [part.tolist() for part in found] == [part.tolist() for part in expected] == [[0], [0], [pytest.approx(10 / 12)]]


@settings(max_examples=150, deadline=None)
@given(_TEXTS, _TEXTS, st.floats(0.0, 1.0), st.lists(st.booleans(), min_size=8, max_size=8))
def test_similar_pairs_are_the_pruned_matrix_entries_that_reach_the_cutoff(rows, columns, cutoff, allowed):
    # similar_pairs scores only the pairs sharing a bigram.
    allowed = np.array(allowed[:len(columns)])
    matrix = pruned_matrix(rows, columns, False, np.float32(cutoff)) * _shares_a_bigram(rows, columns)
    expected = [(r, c, matrix[r, c]) for r, c in zip(*np.nonzero(matrix >= cutoff)) if allowed[c] and matrix[r, c] > 0]
    found = similar_pairs(rows, text_index(columns), allowed, cutoff)
    assert [(r, c, s) for r, c, s in zip(*(part.tolist() for part in found))] == \
        [(int(r), int(c), float(s)) for r, c, s in expected]


def test_words_block_by_block_are_the_content_words_of_the_segmenters_tokens():
    """Segmenting each block of Chinese characters once gives exactly the content words of the
    segmenter's tokens of the whole text: on every text the aligner segments in the corpus, and
    on texts with digits, letters, spaces, brackets and marks outside the blocks."""
    from policydiff.align import base_texts, segmented_texts
    from policydiff.tokenize import _is_content, _segmenter, words

    from conftest import corpus_document

    texts = set()
    for doc_id in ("national", "jilin", "hunan", "yantai", "jilin-draft"):
        document = corpus_document(doc_id)
        texts |= segmented_texts(document) | base_texts(document)
    texts |= {"到2025年，每千人口床位数达到7.5张（含中医）。", "推进5G+医疗 健康，A级 医院\u3007\u3400 建设、",
              "  两个空格\t和制表符\r\n换行", "百分之85%以上的C-V2X车辆", "①建设Ⅱ期工程，㐀〇年", ""}
    assert len(texts) > 1000
    for text in texts:
        assert words(text) == tuple(sorted({t for t in _segmenter().cut(text) if _is_content(t)})), text
    assert words("推进5G+医疗 健康，A级 医院\u3007\u3400 建设、") == \
        ("5G", "A", "\u3007", "\u3400", "健康", "医疗", "医院", "建设", "推进", "级")
