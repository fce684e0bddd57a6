"""Word segmentation: the one module that imports rjieba (loaded lazily).

rjieba is jieba's dictionary and algorithm in Rust (jieba-rs): on the 34,102 distinct texts the
aligner segments in the corpus and the development collection it gives jieba's words for all
but 200, every one of them a Latin or numeric token it keeps whole (8.1ZB, smartedu.cn,
010-62325377) where jieba cuts it, at 20 times the speed, and it loads in a tenth of a second
where jieba takes a second in every process."""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from .similarity import WordSets

# Terms of Chinese health policy that jieba's general dictionary cuts apart
# (医联体 → 医 / 联体, 紧密型 → 紧密 / 型). Added with a high frequency so they stay whole.
DOMAIN_VOCABULARY = (
    "医共体", "医联体", "医疗联合体", "县域医共体", "城市医疗集团", "家庭医生", "公共卫生", "疾控", "疾控中心",
    "疾病预防控制", "医养结合", "分级诊疗", "紧密型", "双向转诊", "全科医生", "乡村医生", "村卫生室",
    "乡镇卫生院", "社区卫生服务中心", "社区卫生服务站", "基层医疗卫生机构", "中医药", "中医馆", "中西医",
    "区域医疗中心", "临床重点专科", "老年友善医疗机构", "安宁疗护", "医防融合", "医防协同", "互联网医院",
    "智慧医院", "日间医疗", "远程医疗", "医保支付", "总额付费", "绩效考核", "薪酬制度", "编制标准",
    "住院医师规范化培训", "助理全科医生", "执业医师", "多点执业", "公立医院", "三级医院", "二级医院",
    "重症医学", "老年医学科", "康复医院", "护理院", "千县工程", "检查检验结果互认", "医疗质量控制",
)

# Tokens that carry no content for comparing sentences.
_STOPWORDS = frozenset("的 和 与 及 等 在 对 为 了 是 将 把 以 并 或 其 由 中 之 各 于 从 向 到".split())
_WORD = re.compile(r"[\u3400-\u9fff\w%]")


@functools.cache
def _segmenter():
    import rjieba

    segmenter = rjieba.Jieba()
    for term in DOMAIN_VOCABULARY:
        segmenter.add_word(term, 100000, None)
    return segmenter


# How jieba cuts a text into blocks before segmenting each (its re_han_default): runs of
# Chinese characters, letters, digits and +#&._%-.
_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")


# Texts segmented one by one in this process (words()), kept up to a limit.
_RECENT: dict[str, tuple[str, ...]] = {}
_RECENT_LIMIT = 50_000


def words(text: str) -> tuple[str, ...]:
    """The distinct content words of ``text`` in sorted order (punctuation and function words
    dropped)."""
    found = _RECENT.get(text)
    if found is None:
        found = _sorted_words(text)
        if len(_RECENT) >= _RECENT_LIMIT:
            _RECENT.clear()
        _RECENT[text] = found
    return found


def _sorted_words(text: str) -> tuple[str, ...]:
    return tuple(sorted(_content_words(text)))


def _is_content(token: str) -> bool:
    return bool(_WORD.match(token)) and token not in _STOPWORDS


def _content_words(text: str) -> set[str]:
    """The content tokens of jieba's ``lcut(text)``, found block by block.

    jieba cuts a text into blocks of Chinese characters and letters (_BLOCK) and segments each
    block alone; between them it gives every mark one by one and spaces whole, none of which is
    content. The aligner segments a clause, its sentences and their phrases, which share their
    blocks: each block's content words are kept (_block_words), so a text costs a regular
    expression split and a few lookups; between the blocks only single characters are left to
    look at (a mark, a space, the odd character outside jieba's blocks: 〇, CJK Extension A)."""
    parts = _BLOCK.split(text)  # between the blocks, a block, between, …: blocks at odd places
    found: set[str] = set()
    for block in parts[1::2]:
        found.update(_block_words(block))
    found.update(filter(_is_content, _WORD.findall("".join(parts[0::2]))))  # the few that can be content
    return found


# Blocks kept: the current document's and the last ones before (a document has one or two
# thousand). With room for 50,000, a worker grew by 23 MB over 4,000 synthetic documents (18,201
# blocks kept) and went on growing until the cache was full, for no speed: segmenting 600
# documents took as long with 4,096 (rjieba segments a block about as fast as it is found).
@functools.lru_cache(maxsize=4_096)
def _block_words(block: str) -> tuple[str, ...]:
    return tuple(token for token in _segmenter().cut(block) if _is_content(token))


# A text's words are kept as their places in the segmentation's vocabulary, one character a
# place: chr(_PACKED + place), in the supplementary planes (no surrogates; room for a million words).
_PACKED = 0x10000


@dataclass(frozen=True)
class Segmentation:
    """The words of a document's texts: ``vocabulary``, every distinct word in sorted order, and
    each text's words as their places in it, in increasing order, packed one character a place.
    A document's words then load from the parse cache as one string a text, and reach the
    aligner as arrays of numbers (word_sets) without a Python step per word."""

    vocabulary: tuple[str, ...]
    texts: dict[str, str]

    def __post_init__(self) -> None:
        """ValueError unless the vocabulary is sorted and every place lies in it (TypeError unless
        every text's places are a string): an entry of the parse cache is never taken for the
        words it is not."""
        # (The places' code points read as numbers: min and max over the string itself would make
        # a str object a character.)
        points = np.frombuffer("".join(self.texts.values()).encode("utf-32-le"), dtype=np.uint32)
        if len(points) and not (_PACKED <= points.min() and points.max() < _PACKED + len(self.vocabulary)):
            raise ValueError("a word's place outside the vocabulary")
        if not all(map(operator.lt, self.vocabulary, self.vocabulary[1:])):
            raise ValueError("a vocabulary not in strictly increasing order")

    @classmethod
    def of(cls, found: Mapping[str, Sequence[str]]) -> Segmentation:
        """The segmentation of texts given with their words, each text's distinct words in sorted
        order (as words() gives them: their places then increase, and nothing is sorted again)."""
        vocabulary = sorted(set().union(*found.values()))
        packed = {word: chr(_PACKED + k) for k, word in enumerate(vocabulary)}.__getitem__
        return cls(tuple(vocabulary), {text: "".join(map(packed, words)) for text, words in found.items()})

    def word_sets(self, texts: Sequence[str]) -> WordSets | None:
        """The words of ``texts``; None unless it holds every one."""
        packed = list(map(self.texts.get, texts))
        if None in packed:
            return None
        places = np.frombuffer("".join(packed).encode("utf-32-le"), dtype=np.uint32).astype(np.intp) - _PACKED
        return WordSets(self.vocabulary, np.repeat(np.arange(len(packed)), list(map(len, packed))), places, len(packed))

    def words(self, text: str) -> tuple[str, ...] | None:
        """The words of ``text``, when it holds it."""
        packed = self.texts.get(text)
        return None if packed is None else tuple(self.vocabulary[ord(place) - _PACKED] for place in packed)


def cuts(text: str) -> tuple[int, ...]:
    """Where jieba's words of ``text`` end, the text's end included (马铃薯种植 → 3, 5)."""
    return tuple(itertools.accumulate(len(word) for word in _segmenter().cut(text, False)))


def segment(texts: Iterable[str]) -> Segmentation:
    """The segmentation of ``texts``, for the parse cache. Not through words()' memory: a
    document's words are read from its segmentation, and a batch's texts would fill it."""
    return Segmentation.of({text: _sorted_words(text) for text in texts})


# The segmentations the aligner reads words from: BASE's, kept for the whole batch, and the
# document being compared, whose own replaces the previous one's (memory does not grow with the
# number of documents).
_KEPT: list[Segmentation] = []
_CURRENT: list[Segmentation] = []


def remember(segmentation: Segmentation, keep: bool = False) -> None:
    """Take a document's segmentation (made earlier, or from the parse cache): ``keep`` it for
    the whole process (BASE in a batch), or in place of the previous document's."""
    if keep:
        if segmentation not in _KEPT:
            _KEPT.append(segmentation)
    else:
        _CURRENT[:] = [segmentation]


def word_sets(texts: Sequence[str]) -> WordSets:
    """The words of ``texts`` as the aligner reads them: from the segmentation remembered that
    holds them all, else text by text (from any that holds the text, else segmented now)."""
    for segmentation in _CURRENT + _KEPT:
        found = segmentation.word_sets(texts)
        if found is not None:
            return found
    return WordSets.of([_known(text) for text in texts])


def _known(text: str) -> tuple[str, ...]:
    for segmentation in _CURRENT + _KEPT:
        found = segmentation.words(text)
        if found is not None:
            return found
    return words(text)
