"""Align an OTHER document with a BASE document, sentence by sentence and clause by clause.

Localities regroup, merge and split national clauses, so nothing here assumes order
or a one-to-one mapping. Every OTHER sentence is matched with its most similar BASE
sentence anywhere in BASE; an OTHER clause implements the BASE clauses its matched
sentences come from, weighted by how much of its text they carry.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Mapping, NamedTuple, Sequence

import numpy as np

from .model import (
    BaseLink,
    BaseSentenceAlignment,
    BaseSentenceStatus,
    ClauseAlignment,
    ClauseStatus,
    Comparison,
    Confidence,
    Document,
    PhraseMatch,
    SentenceAlignment,
    SentenceMatch,
    SentenceStatus,
    transmitted_name,
)
from .similarity import WordIndex, WordSets, char_matrix, char_pairs, edit_ops, word_index, word_matrix, word_pairs
from .tokenize import word_sets


@dataclass(frozen=True)
class Settings:
    """Weights and thresholds of the aligner.

    The clause-level values were first chosen by a grid search against the four gold files of
    the medical family in alignments/ (540 settings): the best by lowest per-file primary
    accuracy, then lowest per-file pair F1, then overall primary accuracy and F1. They were then
    checked family by family, leave-one-family-out, on the gold of other families too
    (benchmarks/tune.py; figures in the README): no setting of the grid did better across families.
    """

    char_weight: float = 0.3
    """Weight of character against word similarity in a sentence score (sentence view). At
    0.3 the word overlap leads, so shared stock phrases (到2025年, 进一步加强) count for little."""
    sentence_threshold: float = 0.4
    """Lowest score at which an OTHER sentence is a reworded BASE sentence (sentence view).
    Set by reading the best matches of jilin's and yantai's sentences scoring 0.33–0.55: from
    0.4 up nearly all carry the same task (…建立动态核增机制 → …建立动态调整机制); below it
    about half share only stock phrases (实施…能力提升工程)."""
    phrase_char_weight: float = 0.5
    """Weight of partial character against word similarity in a phrase score (clause alignment).
    Grid 0.3–0.7: 0.5 is best on the floors."""
    phrase_threshold: float = 0.5
    """Lowest score at which an OTHER phrase carries a BASE phrase (clause alignment). Grid
    0.3–0.6: 0.5 is best; partial matching scores unrelated short phrases up to about 0.45."""
    added_threshold: float = 0.15
    """An OTHER clause whose best BASE score is below this is added. Grid 0.05–0.15: 0.15 is
    best (lowest per-file primary accuracy 0.96 against 0.93): yantai 2.1, which adds a bed quota
    from the Shandong plan, and hunan 2.5.12 (0.105) become added as the gold says. Higher values
    would make clauses added whose right primary scores 0.157–0.19 (jilin 2.1, 5.13, 5.15; hunan
    2.5.13)."""
    link_mass: float = 16.0
    """Characters (times match score) an OTHER clause must carry from a BASE clause to list it
    after its primary. Grid 12–20: 16 is best; 12 lets stock phrases in, 20 misses real merges."""
    topic_weight: float = 0.8
    """Weight of whole-clause word similarity in a clause score. Grid 0.4–1.0: 0.8 is best (1.0
    costs yantai a clause); lower values miss clauses rewritten throughout (jilin 2.1 →
    national 2.5)."""
    copied_score: float = 0.95
    """Score at which an OTHER phrase is a copy of a BASE phrase (verbatim up to a character or
    two). A copied phrase's words are left out of the OTHER clause's side of the whole-clause word
    similarity: the phrase is already credited in full to its BASE clause, and counted again its
    rare words would make one copied sentence look like the clause's subject (hunan 2.5.12, a new
    maternal-and-child clause ending with one sentence of national 4.4). 0.85–1.0 align the gold
    files the same; 0.95 is best on two sets of 100 synthetic documents (benchmarks/synthetic.py,
    seeds 0 and 7: 0.979 → 0.985 and 0.974 → 0.978; 0.9 and 1.0 gain less)."""
    preamble_bonus: float = 0.3
    """Added to the score of the BASE preamble for the OTHER preamble: both state the
    document's basis and purpose, in different words (hunan 0 shares no phrase with national 0)."""
    preamble_floor: float = 0.08
    """… when the OTHER preamble scores at least this against BASE's before the bonus: one that shares only a
    citation of BASE's title and stock formulas (为贯彻落实《…》，结合我区实际，制定本方案) implements none of it. Chosen
    on the gold and the a–d probes, where any floor between 0.035 (d3's preamble, unlinked by its reader) and 0.138
    (hunan's, linked) aligns alike; held out, e3's unlinked preamble scores 0.007."""
    prune: bool = True
    """Score character similarity only for pairs sharing a character bigram (an inverted index
    of BASE); the corpus aligns the same either way (tests/test_align.py)."""
    tie_margin: float = 0.05
    """Phrase scores within this of a phrase's best are near ties: the phrase's credit is shared
    among their BASE clauses."""
    home_threshold: float = 0.15
    """Lowest score at which an OTHER sentence rewords a BASE sentence of a clause its own clause
    implements (sentence view): localities cut a national sentence to its core or merge it with
    local wording inside the clause that implements it, and the clause link vouches for the pair."""
    high_similarity: float = 0.3
    high_margin: float = 0.5
    """A link is of high confidence when it scores at least high_similarity and the runner-up's
    evidence is at most high_margin of the primary's; medium with medium_similarity and
    medium_margin; low otherwise. Chosen on the gold of all families (benchmarks/tune.py
    --confidence prints the share of right links at each level, family by family)."""
    medium_similarity: float = 0.2
    medium_margin: float = 0.8
    clause_tie: float = 0.1
    """BASE clauses scoring within this share of an OTHER clause's best are near ties, ordered by
    the documents' structure (_break_ties)."""
    kept_share: float = 0.8
    """Share of verbatim sentences at which an OTHER clause is kept rather than modified
    ("nearly all of its sentences")."""
    cover_share: float = 0.5
    """A BASE clause that no OTHER clause implements is linked to the OTHER clause that scores it
    best when it scores there at least added_threshold and this share of that clause's primary
    (_cover). Grid 0.4–0.6 (benchmarks/tune.py): 0.5 is best on the families but the medical
    one, which prefers 0.4 (F1 0.901 against 0.897); 0.6 and up misses jilin 3.5 → 2.4 (0.58)."""


DEFAULT = Settings()

# Sentence-final marks are not content: 。 and ； end the same sentence in two copies.
_FINAL = "。！？；，、"


class _Sentence(NamedTuple):  # a tuple: made by the hundred a document, twice as fast as a dataclass
    clause: str
    index: int
    text: str
    key: str
    """The text without its final marks: what is compared."""


def _sentences(document: Document) -> list[_Sentence]:
    return [_Sentence(clause.id, index, text, _key(text))
            for clause in document.clauses for index, text in enumerate(clause.sentences)]


# Phrases: the parts of a sentence between commas. Localities recombine national
# sentences phrase by phrase, so clauses are aligned on phrases.
_PHRASE_BREAK = re.compile(r"[，；。！？：]")
_PHRASE_MIN = 4


# A phrase that only sets a time frame (到2025年, “十四五”期间) says nothing about the task:
# every target sentence has one, and so do many national sentences.
TIME_FRAME_ONLY = re.compile(r"(?:到|至|截至)?\d{4}年(?:底|末)?(?:前)?|[“\"]?十[一二三四五六七八九]五[”\"]?(?:期间|时期|末|期末)")


def _phrases(document: Document) -> list[tuple[str, int, str]]:
    """(clause id, sentence index, phrase) for every phrase of every clause but those that only
    set a time frame; a heading is sentence -1. Fragments shorter than _PHRASE_MIN join the next
    phrase of their sentence."""
    result = []
    for clause in document.clauses:
        for index, sentence in ([(-1, clause.heading)] if clause.heading else []) + list(enumerate(clause.sentences)):
            result.extend((clause.id, index, _key(phrase)) for phrase in split_phrases(sentence)
                          if not TIME_FRAME_ONLY.fullmatch(phrase))
    return result


def split_phrases(sentence: str) -> list[str]:
    """The comma-separated phrases of a sentence, short fragments joined to their neighbour."""
    parts = _PHRASE_BREAK.split(sentence)
    if all(len(part) >= _PHRASE_MIN for part in parts[:-1]) and (not parts[-1] or len(parts[-1]) >= _PHRASE_MIN):
        return parts[:-1] if not parts[-1] else parts  # nothing to join: most sentences
    phrases: list[str] = []
    pending = ""
    for part in parts:
        pending += part
        if len(pending) >= _PHRASE_MIN:
            phrases.append(pending)
            pending = ""
    if pending:
        if phrases:
            phrases[-1] += pending
        else:
            phrases.append(pending)
    return phrases


def _key(text: str) -> str:
    return strip_end(text, _FINAL)


def strip_end(text: str, marks: str) -> str:
    """``text`` without the run of ``marks`` and whitespace that ends it: what the regular
    expression [marks\\s]+$ removes, found from the end instead of tried at every position.
    (Here, not with the normaliser, whose patterns a warm comparison never needs.)"""
    while True:
        stripped = text.rstrip().rstrip(marks)
        if stripped == text:
            return text
        text = stripped


# The sentence putting a document into force (本规范自2023年4月3日起施行, 本细则自印发之日起施行，有效期至…) or repealing the one
# it replaces (原《…》同时废止).
_FORCE = re.compile(r"本[\u4e00-\u9fff]{1,8}自[^。；]{2,30}(?:施行|实施)|同时废止")


@dataclass(frozen=True)
class _Side:
    """What the aligner reads of one document, and the words of its texts (on first use: from
    the parse cache through tokenize, or segmented then)."""

    sentences: list[_Sentence]
    phrases: list[tuple[str, int, str]]
    clause_texts: list[str]
    """Each clause's heading and text together."""
    clause_ids: list[str]

    @functools.cached_property
    def sentence_words(self) -> WordSets:
        return word_sets(self.sentence_keys)

    @functools.cached_property
    def phrase_words(self) -> WordSets:
        return word_sets(self.phrase_texts)

    @functools.cached_property
    def clause_words(self) -> WordSets:
        """The words of each clause's text: only BASE's are read (clause_index), so only BASE
        loads them from the parse cache (base_texts, load.load_words)."""
        return word_sets(self.clause_texts)

    # What the aligner reads of the texts as arrays, made on first use and kept with the side
    # (a batch compares BASE with every document).
    @functools.cached_property
    def phrase_texts(self) -> list[str]:
        return [phrase for _, _, phrase in self.phrases]

    @functools.cached_property
    def sentence_keys(self) -> list[str]:
        return [s.key for s in self.sentences]

    @functools.cached_property
    def phrase_clause(self) -> np.ndarray:
        """The place of each phrase's clause among the document's clauses."""
        place = {clause_id: k for k, clause_id in enumerate(self.clause_ids)}
        return np.array([place[clause_id] for clause_id, _, _ in self.phrases], dtype=np.intp)

    @functools.cached_property
    def phrase_sentence(self) -> np.ndarray:
        """The place of each phrase's sentence among ``sentences``; -1 for a heading's phrase."""
        place = {(s.clause, s.index): k for k, s in enumerate(self.sentences)}
        return np.array([place.get((clause_id, index), -1) for clause_id, index, _ in self.phrases], dtype=np.intp)

    @functools.cached_property
    def phrase_length(self) -> np.ndarray:
        return np.array([len(phrase) for _, _, phrase in self.phrases], dtype=np.float64)

    @functools.cached_property
    def in_force(self) -> np.ndarray:
        """The places of the sentences putting the document into force or repealing the one it replaces (_FORCE)."""
        return np.array([k for k, sentence in enumerate(self.sentences) if _FORCE.search(sentence.text)], dtype=np.intp)

    @functools.cached_property
    def sentence_length(self) -> np.ndarray:
        """Each sentence's length, at least 1."""
        return np.array([len(s.key) or 1 for s in self.sentences], dtype=np.float64)

    # The word indexes of BASE's texts (similarity.word_index), made on first use and kept with
    # the side: a batch compares BASE with every document.
    @functools.cached_property
    def sentence_index(self) -> WordIndex:
        return word_index(self.sentence_words)

    @functools.cached_property
    def phrase_index(self) -> WordIndex:
        return word_index(self.phrase_words)

    @functools.cached_property
    def clause_index(self) -> WordIndex:
        return word_index(self.clause_words)


@functools.lru_cache(maxsize=4)
def _side(document: Document) -> _Side:
    """The document as the aligner reads it. Kept for the next calls: a batch compares the
    same BASE with every document."""
    return _Side(_sentences(document), _phrases(document), [c.heading + c.text for c in document.clauses],
                 [c.id for c in document.clauses])


@functools.lru_cache(maxsize=4)
def _base_phrase_weights(document: Document) -> np.ndarray:
    """_phrase_weights of BASE, kept for the next calls (only BASE's phrases are weighted)."""
    return _phrase_weights(document, _side(document).phrases)


def _phrase_weights(document: Document, phrases: list[tuple[str, int, str]]) -> np.ndarray:
    """The weight of a match with each phrase of ``document``: 1 for a phrase of typical
    specificity or more, less for a phrase made of the document's common wording.

    A family's documents repeat their subject in clause after clause (智能网联汽车道路测试与示范
    应用, 人工智能场景创新): a phrase that is little more than that subject matches every OTHER
    clause about the subject and says nothing about which BASE clause it implements. A phrase's
    specificity is the mean, over its character bigrams, of their inverse clause frequency in
    the document (0 for a bigram in every clause, 1 for one in a single clause); its weight is
    its specificity over the median phrase's, at most 1. A document of one clause has nothing to
    tell apart: every phrase weighs 1."""
    clauses = _side(document).clause_texts
    if len(clauses) < 2:
        return np.ones(len(phrases), dtype=np.float64)
    frequency: dict[str, int] = defaultdict(int)
    for text in clauses:
        for bigram in {text[k: k + 2] for k in range(len(text) - 1)}:
            frequency[bigram] += 1
    scale = math.log(len(clauses))
    rarity = {bigram: math.log(len(clauses) / count) / scale for bigram, count in frequency.items()}
    specificity = np.array([sum(rarity.get(p[k: k + 2], 1.0) for k in range(len(p) - 1)) / (len(p) - 1)
                            if len(p) > 1 else 1.0 for _, _, p in phrases], dtype=np.float64)
    if not len(specificity):
        return specificity
    typical = float(np.median(specificity)) or 1.0
    return np.minimum(specificity / typical, 1.0)


def segmented_texts(document: Document) -> set[str]:
    """Every text of ``document`` the aligner segments into words when it compares the document
    with BASE (for the parse cache): its sentences and their phrases. A clause's whole text is
    segmented only when the document is BASE (base_texts, _Side.clause_words)."""
    side = _side(document)
    return set(side.sentence_keys) | set(side.phrase_texts)


def base_texts(document: Document) -> set[str]:
    """The texts of ``document`` the aligner segments only when it is BASE: its whole clauses."""
    return set(_side(document).clause_texts)


def _scores(base: Sequence[str], base_words: WordIndex, other: Sequence[str],
            other_words: list[tuple[str, ...]], char_weight: float, partial: bool, prune: bool,
            floor: float | np.ndarray) -> np.ndarray:
    """Similarity of every OTHER text (rows) with every BASE text (columns): character and
    word similarity mixed by ``char_weight``. With ``prune``, scores below ``floor`` (the
    caller's threshold) are not exact: a pair that cannot reach it keeps only its word part.
    Only the pairs sharing a word or a character bigram are worked on, one by one: the work
    grows with them, not with rows × columns."""
    scores = np.zeros((len(other), len(base)), dtype=np.float32)
    # Cells are read and written through their flat index (row × width + column) in the flat
    # view of the matrix: numpy gathers along one index array two to three times as fast as along
    # a pair of them.
    width, flat = len(base), scores.reshape(-1)
    rows, columns, overlap = word_pairs(other_words, base_words)
    flat[rows * width + columns] = (1 - char_weight) * overlap
    if not prune:
        return char_weight * char_matrix(list(other), list(base), partial) + scores
    floors = floor.reshape(-1) if isinstance(floor, np.ndarray) else floor

    def needed(rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
        """The character similarity at which each pair would reach the floor."""
        cells = rows * width + columns  # (row and column indexes may broadcast)
        return ((floors[cells] if isinstance(floors, np.ndarray) else floors) - flat[cells]) / char_weight

    rows, columns, chars = char_pairs(list(other), list(base), partial, needed if char_weight > 0 else None)
    flat[rows * width + columns] += char_weight * chars
    return scores


@dataclass(frozen=True)
class _PhraseScores:
    """What the readers of the phrase score matrix take from it, found once: each OTHER phrase's
    best BASE phrase (the first of the best) and its score, and the cells from the phrase
    threshold up in row-major order, the only ones that count (a few in a thousand: reading them,
    not the matrix, keeps the work in step with the documents' size)."""

    best: np.ndarray
    best_scores: np.ndarray
    rows: np.ndarray
    columns: np.ndarray
    values: np.ndarray
    """The scores of the cells from the threshold up."""

    @classmethod
    def of(cls, matrix: np.ndarray, threshold: float) -> _PhraseScores:
        """What the readers need of ``matrix``, the score of every OTHER phrase (rows) with every
        BASE phrase (columns)."""
        rows, columns = np.nonzero(matrix >= threshold)
        if matrix.shape[1]:
            best = matrix.argmax(axis=1)
            best_scores = matrix[np.arange(len(matrix)), best]
        else:  # no BASE phrase: every OTHER phrase's best scores 0
            best, best_scores = np.zeros(len(matrix), dtype=np.intp), np.zeros(len(matrix), dtype=matrix.dtype)
        return cls(best, best_scores, rows, columns, matrix[rows, columns])


def compare(base: Document, other: Document, settings: Settings = DEFAULT,
            corrections: Mapping[str, Sequence[str]] | None = None) -> Comparison:
    """Compare OTHER with BASE; ``corrections`` maps OTHER clause ids to the BASE clause ids
    a researcher says they implement (best first; empty for added)."""
    base_side, other_side = _side(base), _side(other)
    base_sentences, other_sentences = base_side.sentences, other_side.sentences
    base_phrases, other_phrases = base_side.phrases, other_side.phrases
    matrix = _scores(base_side.phrase_texts, base_side.phrase_index, other_side.phrase_texts, other_side.phrase_words,
                     settings.phrase_char_weight, True, settings.prune, settings.phrase_threshold)
    cited = _citing(other_side.phrase_texts, base.meta.title)
    matrix[cited] = 0.0
    phrase_scores = _PhraseScores.of(matrix, settings.phrase_threshold)
    links, runners, prior = _link_clauses(base, base_side, other_side, phrase_scores, settings, cited)
    if corrections is not None:
        for clause_id, base_ids in corrections.items():
            shares = dict(links.get(clause_id, ()))
            links[clause_id] = tuple((b, shares.get(b, 0.0)) for b in base_ids)
    aligned_to = {clause_id: {b for b, _ in found} for clause_id, found in links.items()}
    home = _home(base_sentences, other_sentences, aligned_to)
    # A pair's threshold: lower inside the clauses that implement each other (_accepted).
    floor = np.where(home, settings.home_threshold, settings.sentence_threshold)
    carried = _phrase_shares(base_side, other_side, phrase_scores, settings)
    scores = np.maximum(
        _scores(base_side.sentence_keys, base_side.sentence_index, other_side.sentence_keys, other_side.sentence_words,
                settings.char_weight, False, settings.prune, floor),
        carried)
    scores = _accepted(scores, home, floor, settings.sentence_threshold, carried)
    # A document's own entry into force and the repeal it makes (本规范自…起施行, 《…》同时废止) carry nothing of another's:
    # each states when its own text holds.
    scores[np.ix_(other_side.in_force, base_side.in_force)] = -1.0
    sentences = _align_sentences(base_sentences, other_sentences, scores, settings.sentence_threshold)
    verbatim: dict[str, int] = defaultdict(int)
    for sentence in sentences:
        verbatim[sentence.clause] += sentence.status is SentenceStatus.verbatim
    clauses: list[ClauseAlignment] = []
    for clause in other.clauses:
        found = tuple(_link(b, share) for b, share in links.get(clause.id, ()))
        if not found:
            status = ClauseStatus.added
        elif verbatim[clause.id] >= settings.kept_share * len(clause.sentences):
            status = ClauseStatus.kept
        else:
            status = ClauseStatus.modified
        runner = runners.get(clause.id)
        given = corrections is not None and clause.id in corrections
        clauses.append(ClauseAlignment(clause.id, status, found,
                                       Confidence.given if given else _confidence(found, runner, settings,
                                                                                  prior.get(clause.id, 0.0)),
                                       None if runner is None else _link(runner.id, runner.similarity)))

    base_statuses = _base_statuses(base_sentences, other_sentences, scores, aligned_to)
    # A BASE clause no OTHER clause implements is moved when some of its sentences are carried
    # elsewhere, dropped when none is: the clause and sentence views tell one story.
    implemented = {link.id for alignment in clauses for link in alignment.base}
    carried = {s.clause for s in base_statuses if s.status is not BaseSentenceStatus.dropped}
    unimplemented = [clause.id for clause in base.clauses if clause.id not in implemented]
    return Comparison(base, other, tuple(clauses), tuple(c for c in unimplemented if c not in carried),
                      tuple(sentences), base_statuses,
                      _phrase_matches(base_phrases, other_phrases, phrase_scores, settings),
                      tuple(c for c in unimplemented if c in carried))


def _link(base_id: str, score: float) -> BaseLink:
    return BaseLink(base_id, round(min(float(score), 1.0), 4))


def _confidence(found: tuple[BaseLink, ...], runner: _RunnerUp | None, settings: Settings,
                prior: float = 0.0) -> Confidence:
    """High for a clear match (similar enough, and the runner-up far behind on the evidence),
    medium for a fair one, low for the rest. "Added" is always low: on the gold the aligner's
    added verdicts were right about half the time whatever their scores. ``prior`` is the part of
    the primary's score that is no evidence (the preambles' bonus): the confidence is the evidence's."""
    if not found:
        return Confidence.low
    best = runner.best - prior if runner is not None else 0.0
    margin = runner.evidence / best if runner is not None and best > 0 else 0.0
    score = found[0].score - prior
    if score >= settings.high_similarity and margin <= settings.high_margin:
        return Confidence.high
    if score >= settings.medium_similarity and margin <= settings.medium_margin:
        return Confidence.medium
    return Confidence.low


def _home(base_sentences: list[_Sentence], other_sentences: list[_Sentence],
          aligned_to: dict[str, set[str]]) -> np.ndarray:
    """Which (OTHER sentence, BASE sentence) pairs lie in clauses that implement each other."""
    other_clauses = {clause: k for k, clause in enumerate(dict.fromkeys(s.clause for s in other_sentences))}
    base_clauses = {clause: k for k, clause in enumerate(dict.fromkeys(s.clause for s in base_sentences))}
    linked = np.zeros((len(other_clauses), len(base_clauses)), dtype=bool)
    for clause, base_ids in aligned_to.items():
        for base_id in base_ids:
            if clause in other_clauses and base_id in base_clauses:
                linked[other_clauses[clause], base_clauses[base_id]] = True
    return linked[np.array([other_clauses[s.clause] for s in other_sentences], dtype=np.intp)][
        :, np.array([base_clauses[s.clause] for s in base_sentences], dtype=np.intp)]


def _accepted(scores: np.ndarray, home: np.ndarray, floor: np.ndarray, threshold: float,
              carried: np.ndarray) -> np.ndarray:
    """``scores`` with -1 for every pair below its threshold: ``threshold`` anywhere, ``floor`` at
    home.

    A sentence reworded inside the OTHER clause that implements its BASE clause needs less
    evidence than one found anywhere else in the document: the clause link vouches for the pair.
    Below the global threshold a pair must also be each other's best match among the sentences
    of the linked clauses, or its phrases must carry (``carried``: _phrase_shares) at least the
    floor: a locality that merges two national sentences into one carries the phrases of both,
    and only one of them can be the merged sentence's best match."""
    in_home = np.where(home, scores, -1.0)
    best_home = (in_home >= in_home.max(axis=1, initial=-1.0)[:, None]) \
        & (in_home >= in_home.max(axis=0, initial=-1.0)[None, :])
    accept = (scores >= threshold) | (home & ((best_home & (scores >= floor)) | (carried >= floor)))
    return np.where(accept, scores, -1.0)


def _align_sentences(base_sentences: list[_Sentence], other_sentences: list[_Sentence],
                     scores: np.ndarray, diff_from: float) -> list[SentenceAlignment]:
    """Each OTHER sentence with the BASE sentence it carries: the same text (verbatim), else its
    best match among the pairs at their threshold (``scores`` is -1 below it), else none (new).
    A reworded sentence scoring at least ``diff_from`` gets its character edits; below, the two
    texts differ too much for a character diff to be read (a sentence cut to its core, merged)."""
    base_index = {s.key: j for j, s in reversed(list(enumerate(base_sentences)))}
    if base_sentences:
        best = scores.argmax(axis=1)
        best_score = scores[np.arange(len(other_sentences)), best].tolist()
        best = best.tolist()
    result = []
    for i, sentence in enumerate(other_sentences):
        exact = base_index.get(sentence.key)
        if exact is not None:
            j, score, status = exact, 1.0, SentenceStatus.verbatim
        elif base_sentences:
            j, score, status = best[i], best_score[i], SentenceStatus.reworded
        if exact is None and (not base_sentences or score < 0):
            result.append(SentenceAlignment(sentence.clause, sentence.index, sentence.text, SentenceStatus.new, None))
            continue
        matched = base_sentences[j]
        ops = () if exact is not None or score < diff_from else tuple(edit_ops(matched.text, sentence.text))
        result.append(SentenceAlignment(sentence.clause, sentence.index, sentence.text, status,
                                        SentenceMatch(matched.clause, matched.index, round(score, 4), ops)))
    return result


def _phrase_matches(base_phrases: list[tuple[str, int, str]], other_phrases: list[tuple[str, int, str]],
                    phrase_scores: _PhraseScores, settings: Settings) -> tuple[PhraseMatch, ...]:
    """Each OTHER phrase's best BASE phrase, when it scores at least the phrase threshold."""
    if not base_phrases or not other_phrases:
        return ()
    best, found = phrase_scores.best, phrase_scores.best_scores
    matched = np.flatnonzero(found >= settings.phrase_threshold)
    return tuple(PhraseMatch(*other_phrases[p], *base_phrases[q], round(score, 4))
                 for p, q, score in zip(matched.tolist(), best[matched].tolist(), found[matched].tolist()))


def _phrase_shares(base_side: _Side, other_side: _Side, phrase_scores: _PhraseScores,
                   settings: Settings) -> np.ndarray:
    """How much of each sentence the other side carries, phrase by phrase (OTHER rows, BASE columns).

    A locality often merges national sentences into one long sentence or splits one: whole-
    sentence similarity then stays low although every phrase is there. Cell (i, j) is the larger
    of the share of OTHER sentence i whose phrases best match phrases of BASE sentence j, and
    the share of BASE sentence j whose phrases are best matched in OTHER sentence i (lengths
    weighted by match score). Headings (sentence -1) carry nothing here.
    """
    shares = np.zeros((len(other_side.sentences), len(base_side.sentences)), dtype=np.float32)
    if not base_side.phrases or not other_side.phrases:
        return shares
    row_of, column_of = other_side.phrase_sentence, base_side.phrase_sentence

    def credit(sentence_rows: np.ndarray, sentence_columns: np.ndarray, size: np.ndarray,
               score: np.ndarray) -> np.ndarray:
        mass = np.zeros(shares.shape, dtype=np.float64)
        use = (score >= settings.phrase_threshold) & (sentence_rows >= 0) & (sentence_columns >= 0)
        np.add.at(mass, (sentence_rows[use], sentence_columns[use]), size[use] * score[use])
        return mass

    carried = credit(row_of, column_of[phrase_scores.best], other_side.phrase_length,
                     phrase_scores.best_scores.astype(np.float64))
    # Each BASE phrase's best OTHER phrase (the first of the best) among the cells from the
    # threshold up, BASE phrase by BASE phrase: a phrase with none is credited nothing.
    values = phrase_scores.values
    order = np.lexsort((phrase_scores.rows, -values, phrase_scores.columns))
    columns = phrase_scores.columns[order]
    first = order[np.flatnonzero(np.diff(columns, prepend=-1))]
    best_other, covered_columns = phrase_scores.rows[first], phrase_scores.columns[first]
    covered = credit(row_of[best_other], column_of[covered_columns], base_side.phrase_length[covered_columns],
                     values[first].astype(np.float64))
    return np.minimum(np.maximum(carried / other_side.sentence_length[:, None],
                                 covered / base_side.sentence_length[None, :]), 1.0)


def _parent_primary(clause_id: str, links: dict[str, tuple[tuple[str, float], ...]]) -> str | None:
    """The primary BASE clause of the nearest enclosing OTHER clause that has one."""
    parts = clause_id.split(".")
    for end in range(len(parts) - 1, 0, -1):
        found = links.get(".".join(parts[:end]))
        if found:
            return found[0][0]
    return None


def _break_ties(tied: list[tuple[str, float]], parent: str | None, previous: str | None,
                position: dict[str, int]) -> list[tuple[str, float]]:
    """The near ties of an OTHER clause (BASE clauses within ``clause_tie`` of its best) in the
    order the documents' structure suggests. Identical wording in several BASE clauses (the same
    item under three articles, a condition repeated in two procedures) is told apart by where
    the OTHER clause stands: first a BASE clause inside the one its enclosing OTHER clause
    implements, then the nearest one after the BASE clause the previous OTHER clause implements
    (localities mostly follow the national order). A prior for ties only: a clearly better match
    elsewhere still wins, so reordering is still found."""
    if len(tied) < 2:
        return tied

    def context(item: tuple[str, float]) -> tuple[bool, int]:
        base_id = item[0]
        inside = parent is not None and (base_id == parent or base_id.startswith(parent + "."))
        after = position[base_id] - position[previous] if previous is not None else 0
        return not inside, after if after > 0 else len(position) - after

    return sorted(tied, key=context)


def _lead_ins(other_ids: list[str], tops: dict[str, str]) -> dict[str, str]:
    """OTHER clauses whose items implement the items of one BASE clause: {OTHER clause: that clause}.

    A clause that introduces a list (申请材料应至少包括： followed by （一）…（二）…) has little
    text of its own; its best match is often one of the very BASE items its own items implement,
    or a clause elsewhere sharing its few words. The structure says more: when at least two of
    its direct items, and more than half of those that implement anything, implement items of
    one BASE clause X, the clause implements X. ``tops``: each OTHER clause's best BASE clause,
    added clauses (and clauses with no text) left out; a clause that is itself added stays so."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for clause_id in other_ids:
        parent, _, _ = clause_id.rpartition(".")
        top = tops.get(clause_id)
        if parent and top is not None:
            votes[parent][top.rpartition(".")[0]] += 1
    found = {}
    for parent, counted in votes.items():
        (base_parent, count), = counted.most_common(1)
        if base_parent and count >= 2 and count * 2 > sum(counted.values()) and parent in tops:
            found[parent] = base_parent
    return found


def _repeated_wording(evidence: np.ndarray, top: np.ndarray, base_words: WordSets, other_words: WordSets,
                      phrase_row: np.ndarray) -> dict[int, set[int]]:
    """{row of an OTHER clause: the BASE clauses besides its top one that repeat its wording}.

    The national text repeats some wording word for word (a condition in three articles, the
    insurance item of two procedures), and a BASE clause may add a sentence around it. An OTHER
    clause that copies such wording has the same phrase evidence for every BASE clause holding
    it, and its whole-clause word similarity then only measures what each adds around it (which
    localities move elsewhere): it cannot tell them apart, where the copy stands in OTHER can.
    A BASE clause repeats the OTHER clause's wording when its phrases are exactly the same
    evidence as for the top BASE clause and both hold every word of the OTHER clause: the family's
    stock phrases (并向社会公布) tie the evidence of many clauses too, but then the other words differ."""
    rows = np.arange(len(top))
    top_evidence = evidence[rows, top][:, None]
    same = (top_evidence > 0) & (np.abs(evidence - top_evidence) <= 1e-9 * top_evidence)
    same[rows, top] = False
    found: dict[int, set[int]] = {}
    for row in np.flatnonzero(same.any(axis=1)).tolist():
        words = _words_of(other_words, np.flatnonzero(phrase_row == row))
        columns = {c for c in np.flatnonzero(same[row]).tolist() if words <= _words_of(base_words, c)}
        if columns and words <= _words_of(base_words, top[row]):
            found[row] = columns
    return found


def _words_of(sets: WordSets, texts: int | np.ndarray) -> set[str]:
    """The words of one or several of the texts of ``sets``."""
    return {sets.vocabulary[place] for place in sets.places[np.isin(sets.owner, texts)].tolist()}


# The formula of a notice transmitting a document (现将《…》印发给你们，请认真贯彻执行, 我们研究制定了《…》，现予印发):
# it carries nothing of the document's content, national or local; nor does a rule's referral to the laws (法律、行政法规
# 已有法律责任规定的，从其规定; 法律、行政法规规定的其他条件), which every regulation writes.
TRANSMITTAL_FORMULA = re.compile(r".*印发给你们|现予印发|请[^，。；]{0,8}(?:贯彻执行|遵照执行|抓好落实|认真落实|贯彻落实)"
                                 r"|结合[^，。；]{0,8}实际|(?:特)?制定本[^，。；]{0,8}|.{0,12}制定了《[^》]+》"
                                 r"|[^，。；]{0,12}(?:法律|法规)[^，。；]{0,16}规定的|从其规定")


def _citing(phrases: list[str], title: str) -> np.ndarray:
    """Which OTHER phrases cite BASE by its title (为贯彻落实《关于进一步做好…的意见》) or are a transmittal's
    formula: a citation names the document implemented, it carries none of its content (BASE never
    cites itself), and its words would link a preamble that only cites BASE to BASE's preamble or
    clauses."""
    # (The issuer may head the cited title: 《国务院办公厅关于…》, or stand before it, 国务院办公厅《关于…》: the title
    # from 关于 on is cited too. A notice transmitting BASE, 关于印发《X》的通知, is cited by X; and BASE by the notice
    # transmitting it, 《…关于印发〈X〉的通知》.)
    names = [name for name in (title, transmitted_name(title)) if name]
    names += [name[name.index("关于"):] for name in names if name.find("关于") > 0]
    cited = [name + close for name in names for close in "》〉"]
    return np.array([any(name in phrase for name in cited) or bool(TRANSMITTAL_FORMULA.fullmatch(phrase))
                     for phrase in phrases], dtype=bool)


def _link_clauses(base: Document, base_side: _Side, other_side: _Side,
                  phrase_scores: _PhraseScores, settings: Settings,
                  cited: np.ndarray) -> tuple[dict[str, tuple[tuple[str, float], ...]], dict[str, _RunnerUp],
                                              dict[str, float]]:
    """For each OTHER clause, the BASE clauses it implements with their scores, best first; the
    runner-up BASE clause of each; and the part of a primary's score that is no evidence (the preambles' bonus, when
    the OTHER preamble implements BASE's).

    A BASE clause's score is the share of the OTHER clause's text whose phrases match
    phrases of that BASE clause (weighted by match score) plus a small share of the two
    clauses' overall word similarity, which decides between near ties and finds the
    counterpart of a clause rewritten throughout. That similarity leaves out the OTHER phrases
    copied from BASE, which the first part already counts.
    """
    base_phrases, other_phrases = base_side.phrases, other_side.phrases
    if not base_phrases or not other_phrases:
        return {}, {}, {}
    base_ids, other_ids = base_side.clause_ids, other_side.clause_ids
    position = {b: k for k, b in enumerate(base_ids)}
    phrase_row, phrase_length = other_side.phrase_clause, other_side.phrase_length
    length = np.bincount(phrase_row, weights=phrase_length, minlength=len(other_ids))
    # A phrase credits the BASE clause of its best match. A phrase that matches phrases of several
    # BASE clauses about as well (within tie_margin) is the family's common wording (智能网联汽车
    # 道路测试与示范应用 in every article of a road-testing code): it tells the clauses apart no
    # better than chance, so its credit is shared among them.
    best = phrase_scores.best_scores
    # (Only scores from the threshold up are exact when scoring is pruned.)
    tied = phrase_scores.values >= np.maximum(best[phrase_scores.rows] - settings.tie_margin,
                                                settings.phrase_threshold)
    rows, columns = phrase_scores.rows[tied], phrase_scores.columns[tied]
    # Each phrase with each BASE clause it matches, once, phrase by phrase: every sum below adds
    # a cell's credits in phrase order.
    phrase, clause = np.divmod(np.unique(rows * len(base_ids) + base_side.phrase_clause[columns]), len(base_ids))
    share = best[phrase].astype(np.float64) / np.bincount(phrase, minlength=len(other_phrases))[phrase]
    carried = phrase_length[phrase] * share
    # Every OTHER clause's evidence for every BASE clause at once: ranking a row is then one sort
    # in numpy, not a Python loop over BASE. ``evidence`` is weighted by the phrases' weights,
    # ``carried_mass`` is not (what a phrase carries, for the reported score and link_mass).
    cell, shape = phrase_row[phrase] * len(base_ids) + clause, (len(other_ids), len(base_ids))
    weight = _base_phrase_weights(base)[phrase_scores.best[phrase]]
    evidence = np.bincount(cell, weights=carried * weight, minlength=shape[0] * shape[1]).reshape(shape)
    carried_mass = np.bincount(cell, weights=carried, minlength=shape[0] * shape[1]).reshape(shape)
    # The OTHER clause's own words: those of its phrases but the ones it copied from BASE.
    phrase_words = other_side.phrase_words
    own = ((best < settings.copied_score) & ~cited)[phrase_words.owner]
    vocabulary_size = len(phrase_words.vocabulary)
    # Each clause's distinct words, clause by clause, each clause's in the vocabulary's order.
    clause, place = np.divmod(np.unique(phrase_row[phrase_words.owner[own]] * vocabulary_size
                                        + phrase_words.places[own]), vocabulary_size)
    topic = word_matrix(WordSets(phrase_words.vocabulary, clause, place, len(other_ids)), base_side.clause_index)
    totals = np.where(length > 0, length, 1.0)[:, None]
    topic_part = settings.topic_weight * topic  # float32, as the word matrix gives it
    scores = evidence / totals + topic_part
    similarity = carried_mass / totals + topic_part
    preambles = (other_ids.index("0"), position["0"]) if "0" in position and "0" in other_ids else None
    bonused = preambles is not None and bool(scores[preambles] >= settings.preamble_floor)
    if bonused:
        # Preambles answer each other: both state the document's basis and purpose. (Not a local
        # preamble that shares next to nothing with BASE's but the citation of its title and stock formulas:
        # _citing, preamble_floor.)
        scores[preambles] += settings.preamble_bonus
        similarity[preambles] += settings.preamble_bonus
    # Every row ranked at once, best first, ties in BASE order (a stable sort), and read as lists:
    # the loop below then makes no numpy call per OTHER clause.
    orders = np.argsort(-scores, axis=1, kind="stable").tolist()
    row_best = scores.max(axis=1)
    # Near ties, ordered by the documents' structure (_break_ties): BASE clauses within clause_tie
    # of the best score, and repeated wording (_repeated_wording).
    near = np.count_nonzero(scores >= row_best[:, None] * (1 - settings.clause_tie), axis=1).tolist()
    repeated = _repeated_wording(evidence, scores.argmax(axis=1), base_side.clause_words, other_side.phrase_words,
                                 phrase_row)
    heavy = (carried_mass >= settings.link_mass).tolist()
    score_rows, similarity_rows, row_best = scores.tolist(), similarity.tolist(), row_best.tolist()
    tops = {clause_id: base_ids[orders[row][0]] for row, clause_id in enumerate(other_ids)
            if row_best[row] >= settings.added_threshold}
    lead_ins = _lead_ins(other_ids, tops)
    links: dict[str, tuple[tuple[str, float], ...]] = {}
    runners: dict[str, _RunnerUp] = {}
    previous: str | None = None  # the primary of the last OTHER clause that has one
    for row, clause_id in enumerate(other_ids):
        order, row_scores, best = orders[row], score_rows[row], row_best[row]
        if best < settings.added_threshold:
            links[clause_id] = ()
            runners[clause_id] = _RunnerUp(base_ids[order[0]], similarity_rows[row][order[0]], best, best)
            continue
        # Ranked on the weighted evidence, reported as a similarity: the share of the clause's
        # text its phrases carry (a clause copied whole scores 1) plus the topic part.
        tied, after = order[:near[row]], order[near[row]:]
        if row in repeated:
            tied, after = tied + [c for c in after if c in repeated[row]], [c for c in after if c not in repeated[row]]
        first = _break_ties([(base_ids[c], row_scores[c]) for c in tied],
                            _parent_primary(clause_id, links), previous, position)
        ranked = [position[b] for b, _ in first] + after
        if clause_id in lead_ins and lead_ins[clause_id] in position:
            implemented = position[lead_ins[clause_id]]
            ranked = [implemented] + [c for c in ranked if c != implemented]
        previous = first[0][0]
        rest = [c for c in ranked[1:] if heavy[row][c]]
        links[clause_id] = tuple((base_ids[c], similarity_rows[row][c]) for c in [ranked[0], *rest])
        if len(ranked) > 1 and row_scores[ranked[1]] > 0:
            runners[clause_id] = _RunnerUp(base_ids[ranked[1]], similarity_rows[row][ranked[1]],
                                           row_scores[ranked[1]], best)
    _cover(links, scores, similarity, [bool(clause.sentences) for clause in base.clauses], base_ids, other_ids,
           settings)
    # (The bonus ranks the preambles together; it is no evidence of how sure the link is: _confidence.)
    prior = {"0": settings.preamble_bonus} if bonused and links["0"] and links["0"][0][0] == "0" else {}
    return links, runners, prior


def _cover(links: dict[str, tuple[tuple[str, float], ...]], scores: np.ndarray, similarity: np.ndarray,
           has_text: list[bool], base_ids: list[str], other_ids: list[str], settings: Settings) -> None:
    """Link each BASE clause that no OTHER clause implements to the OTHER clause that scores it
    best, when that clause implements something and scores it at least added_threshold and
    cover_share of its primary (in ``links``, after the clause's own links).

    Each OTHER clause decides alone which BASE clauses it implements, and a clause that rewrites
    two national clauses into one (county hospitals and their pairing with city hospitals, jilin
    3.5 ← national 2.4 and 3.6) lists only the one whose wording it keeps: the other is then
    reported dropped although the document carries it. Localities seldom drop a whole national
    clause with body text, so a clause no one claims is looked for where it came nearest: the
    global view of which national clauses are covered. The preamble and bare headings are left
    out (the preambles answer each other; a heading's content is in its children)."""
    claimed = {base_id for found in links.values() for base_id, _ in found}
    open_columns = [c for c, base_id in enumerate(base_ids)
                    if has_text[c] and base_id != "0" and base_id not in claimed]
    linked_rows = np.array([row for row, clause_id in enumerate(other_ids) if links[clause_id]], dtype=np.intp)
    if not open_columns or not len(linked_rows):
        return
    candidates = scores[np.ix_(linked_rows, open_columns)]
    primary = scores[linked_rows].max(axis=1)
    for place, (k, column) in enumerate(zip(candidates.argmax(axis=0).tolist(), open_columns)):
        row, value = int(linked_rows[k]), float(candidates[k, place])
        if value >= settings.added_threshold and value >= settings.cover_share * primary[k]:
            links[other_ids[row]] += ((base_ids[column], float(similarity[row, column])),)


@dataclass(frozen=True)
class _RunnerUp:
    """The BASE clause that came next for an OTHER clause (for an added clause: the nearest)."""

    id: str
    similarity: float
    evidence: float
    """Its ranking score."""
    best: float
    """The ranking score of the OTHER clause's primary (its own, when the clause is added)."""


def _base_statuses(base_sentences: list[_Sentence], other_sentences: list[_Sentence], scores: np.ndarray,
                   aligned_to: dict[str, set[str]]) -> tuple[BaseSentenceAlignment, ...]:
    result = []
    other_keys: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(other_sentences):
        other_keys[s.key].append(i)
    # Each BASE sentence's accepted OTHER sentences, found for all columns at once.
    columns, rows = np.nonzero(scores.T >= 0)
    bounds = np.searchsorted(columns, np.arange(len(base_sentences) + 1)).tolist()
    rows = rows.tolist()
    for j, sentence in enumerate(base_sentences):
        candidates = other_keys.get(sentence.key) or rows[bounds[j]:bounds[j + 1]]
        if not candidates:
            result.append(BaseSentenceAlignment(sentence.clause, sentence.index, BaseSentenceStatus.dropped, None))
            continue
        home = [i for i in candidates if sentence.clause in aligned_to.get(other_sentences[i].clause, ())]
        status = BaseSentenceStatus.kept if home else BaseSentenceStatus.moved
        # Near-equal scores (a sentence kept verbatim twice) go to the first in OTHER order.
        choices = home or candidates
        best = choices[0] if len(choices) == 1 else \
            max(zip(scores[choices, j].tolist(), choices), key=lambda pair: (round(pair[0], 5), -pair[1]))[1]
        result.append(BaseSentenceAlignment(sentence.clause, sentence.index, status,
                                            (other_sentences[best].clause, other_sentences[best].index)))
    return tuple(result)
