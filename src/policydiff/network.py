"""Textual learning across a corpus: every document against every earlier one.

For every ordered pair of documents of a run (earlier → later by date; pairs with an undated
document, or of the same day, both ways) the share of the later document's sentences that
reuse text of the earlier one, and for every sentence of every document its most likely source
among the earlier documents. Questions of policy diffusion: does a city copy its province, the
centre, or a neighbouring city?

Reuse is text reuse, found phrase by phrase (the parts of a sentence between commas: localities
recombine and reword national sentences phrase by phrase): a phrase of the later document is
reused when a phrase of the earlier one scores PHRASE_REUSE or more (Indel similarity, a word
changed or a place name added), and a sentence carries the earlier document's text when its
reused phrases, weighted by their similarity, make up SENTENCE_REUSE of its characters. This is
deliberately stricter than the aligner of ``compare``, which also finds content carried in
other words: the network counts what was copied, and what it counts is nearly always right.

Scoring every pair is quadratic in the documents, so candidate pairs are found first (prune.py)
and only those are scored, one task per later document: a pure function of that document and
its candidates, run in this process, on the worker pool or on a Dask cluster.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .align import split_phrases, strip_end
from .escalation import LEVEL_RANK
from .model import Document, Meta
from .similarity import TextIndex, char_matrix, runs, similar_pairs, text_index

# A phrase is reused from an earlier document when one of its phrases is this similar or more.
PHRASE_REUSE = 0.6
# A sentence carries an earlier document's text when its reused phrases, weighted by their
# similarity, make up this share of its characters (or it is verbatim one of its sentences).
SENTENCE_REUSE = 0.2
# Pairs whose later document carries less than this share of its sentences from the earlier one
# are not reported (and the earlier one is not a candidate source of its sentences).
MIN_SHARE = 0.1
# Nor are pairs with fewer carried sentences than this, whatever the share: one sentence is no
# evidence of learning (formulaic lines such as 现将有关事项通知如下 or 加强组织领导 recur in
# unrelated documents, and one of them is a tenth of a short notice).
MIN_SENTENCES = 2
# Two documents are copies of one text (a document published twice, by two offices or on two
# sites, differing in layout and a few characters) when the later one carries at least COPY_SHARE
# of its sentences from the earlier one, at least COPY_VERBATIM of them word for word, and the two
# have as many sentences within COPY_SIZE of the larger count: their pair is no evidence of
# learning, and a study of diffusion counts the text once. (Two notices written on one template,
# every sentence reworded to another subject, are no copies.)
COPY_SHARE = 0.95
COPY_VERBATIM = 0.75
COPY_SIZE = 0.05

# What ends a sentence or phrase and is not compared.
_FINAL = "。！？；，、：:;,.!?"


def key(text: str) -> str:
    """``text`` as compared: without its closing marks."""
    return strip_end(text, _FINAL)


@dataclass(frozen=True)
class Node:
    """A document as the network sees it: its metadata and its sentences cut into phrases."""

    id: str
    meta: Meta
    clauses: tuple[str, ...]
    """The clause id of each sentence."""
    indexes: tuple[int, ...]
    """The index of each sentence within its clause (from 0)."""
    sentences: tuple[str, ...]
    keys: tuple[str, ...]
    """Each sentence as compared."""
    phrases: tuple[str, ...]
    """Every phrase of every sentence, as compared, in order."""
    owners: tuple[int, ...]
    """The sentence each phrase belongs to."""


def node(document: Document) -> Node:
    clauses, indexes, sentences, phrases, owners = [], [], [], [], []
    for clause in document.clauses:
        for index, sentence in enumerate(clause.sentences):
            for phrase in split_phrases(sentence):
                if key(phrase):
                    phrases.append(key(phrase))
                    owners.append(len(sentences))
            clauses.append(clause.id)
            indexes.append(index)
            sentences.append(sentence)
    return Node(document.id, document.meta, tuple(clauses), tuple(indexes), tuple(sentences),
                tuple(key(s) for s in sentences), tuple(phrases), tuple(owners))


@dataclass(frozen=True, slots=True)
class Pair:
    """How much of the later document reuses the earlier one's text."""

    earlier: str
    later: str
    relation: str
    """vertical, horizontal or other (see relation()); "" until the run's links are known."""
    gap_days: int | None
    """Days from the earlier document's date to the later one's; None when either is undated."""
    sentences: int
    """Sentences of the later document."""
    verbatim: int
    """Its sentences identical to a sentence of the earlier one."""
    reworded: int
    """Its other sentences that carry the earlier one's text."""
    clauses: float
    """Share of its clauses with at least one sentence that carries the earlier one's text."""
    copy: bool = False
    """Whether the two are copies of one text (is_copy())."""

    @property
    def share(self) -> float:
        """Share of the later document's sentences that carry the earlier one's text."""
        return (self.verbatim + self.reworded) / self.sentences if self.sentences else 0.0


@dataclass(frozen=True, slots=True)
class Source:
    """Where one sentence most likely came from; ``source`` is "" when from no earlier document."""

    document: str
    clause: str
    index: int
    text: str
    source: str = ""
    source_clause: str = ""
    source_index: int = -1
    status: str = "new"
    """verbatim, reworded, or new when no earlier document of the run carries it."""
    score: float = 0.0
    """1 for verbatim, else the similarity-weighted share of its characters reused."""


@dataclass(frozen=True)
class Scored:
    """One later document scored against its candidates: the reported pairs and its sentences' sources."""

    pairs: tuple[Pair, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Corpus:
    """The nodes of a run and what every task reads of them, built once (corpus()): their
    distinct phrases (indexed by bigram) and sentences, and which nodes hold each."""

    nodes: tuple[Node, ...]
    phrases: TextIndex
    phrase_ids: tuple[np.ndarray, ...]
    """For each node, the distinct-phrase number of each of its phrases."""
    phrase_holders: sparse.csr_matrix
    """Distinct phrase × node: which nodes hold each phrase."""
    key_ids: tuple[np.ndarray, ...]
    """For each node, the distinct-sentence number of each of its sentences (as compared)."""
    key_holders: sparse.csr_matrix


def corpus(nodes: Sequence[Node]) -> Corpus:
    """The Corpus of ``nodes``: one pass over their phrases and sentences."""
    phrase_number: dict[str, int] = {}
    key_number: dict[str, int] = {}
    phrase_ids = tuple(_numbers(n.phrases, phrase_number) for n in nodes)
    key_ids = tuple(_numbers(n.keys, key_number) for n in nodes)
    return Corpus(tuple(nodes), text_index(list(phrase_number)), phrase_ids, _holders(phrase_ids, len(phrase_number)),
                  key_ids, _holders(key_ids, len(key_number)))


def _numbers(texts: Sequence[str], number: dict[str, int]) -> np.ndarray:
    """Each text's number, numbering new texts in the order first met."""
    return np.fromiter((number.setdefault(text, len(number)) for text in texts), dtype=np.int64, count=len(texts))


def _holders(ids: Sequence[np.ndarray], size: int) -> sparse.csr_matrix:
    """Text × node: a 1 where the node holds the text (building CSR sums a text held twice)."""
    columns = np.repeat(np.arange(len(ids)), [len(row) for row in ids])
    rows = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    return sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, columns)), shape=(size, len(ids)))


def score_document(later: Node, earlier: Sequence[Node], min_share: float = MIN_SHARE) -> Scored:
    """``later`` against each of ``earlier`` (the candidates, any order): the pairs whose share
    reaches ``min_share``, and for each sentence of ``later`` its source among those."""
    return score_task(corpus([*earlier, later]), len(earlier), range(len(earlier)), min_share)


def score_task(run: Corpus, later: int, earlier: Sequence[int], min_share: float) -> Scored:
    """score_document of node ``later`` of ``run`` against its nodes ``earlier``: the unit of
    work a runner ships (the corpus goes to a worker once, a task is three small values)."""
    this, candidates = run.nodes[later], [run.nodes[j] for j in earlier]
    size = len(this.sentences)
    if not candidates or not size:
        return Scored((), tuple(_new(this, i) for i in range(size)))
    slot = np.full(len(run.nodes), -1, dtype=np.int64)  # node → its place among the candidates
    slot[np.asarray(earlier, dtype=np.int64)] = np.arange(len(candidates))
    # The phrases of ``this`` that reach PHRASE_REUSE with a distinct phrase of a candidate (each
    # scored once however many candidates hold it); then the best per phrase and candidate.
    allowed = np.zeros(len(run.phrases.texts), dtype=bool)
    allowed[np.concatenate([run.phrase_ids[j] for j in earlier])] = True
    rows, columns, scores = similar_pairs(list(this.phrases), run.phrases, allowed, PHRASE_REUSE)
    best = np.zeros((len(this.phrases), len(candidates)), dtype=np.float32)
    rows, places, scores = _spread(rows, columns, scores, run.phrase_holders, slot)
    np.maximum.at(best, (rows, places), scores)
    # Similarity-weighted share of each sentence's characters reused, per candidate.
    lengths = np.array([len(p) for p in this.phrases], dtype=np.float32)
    owners = np.array(this.owners, dtype=np.intp)
    reused = np.zeros((size, len(candidates)), dtype=np.float32)
    np.add.at(reused, owners, best * lengths[:, None])
    total = np.bincount(owners, weights=lengths, minlength=size).astype(np.float32)
    reused = np.divide(reused, total[:, None], out=np.zeros_like(reused), where=total[:, None] > 0)
    verbatim = np.zeros((size, len(candidates)), dtype=bool)
    sentences, places, _ = _spread(np.arange(size), run.key_ids[later], np.ones(size), run.key_holders, slot)
    verbatim[sentences, places] = True
    carried = verbatim | (reused >= SENTENCE_REUSE)
    strength = np.where(verbatim, 1.0, np.round(reused, 4))

    # The reported pairs: their counts, and the share of clauses with a carried sentence.
    counts = carried.sum(axis=0)
    related = np.flatnonzero(counts >= max(min_share * size, MIN_SENTENCES))
    exact = verbatim[:, related].sum(axis=0)
    clause_of = np.unique(np.array(this.clauses, dtype=object), return_inverse=True)[1].reshape(-1)
    touched = np.zeros((clause_of.max() + 1, len(related)), dtype=bool)
    np.logical_or.at(touched, clause_of, carried[:, related])
    shares = touched.sum(axis=0) / touched.shape[0]
    pairs = sorted((Pair(candidates[j].id, this.id, "", gap_days(candidates[j].meta, this.meta), size, int(e),
                         int(counts[j] - e), round(float(share), 4))
                    for j, e, share in zip(related, exact, shares)), key=lambda pair: pair.earlier)

    # Each sentence's source among the related candidates that carry it: the strongest, then
    # the earliest, the nearest in level, the first by id.
    rank = np.empty(len(related), dtype=np.int64)
    rank[sorted(range(len(related)), key=lambda k: (_date(candidates[related[k]].meta),
                                                     _distance(candidates[related[k]].meta, this.meta),
                                                     candidates[related[k]].id))] = np.arange(len(related))
    chosen = np.full(size, -1, dtype=np.int64)
    if len(related):
        strong = np.where(carried[:, related], strength[:, related], -np.inf)
        top = strong == strong.max(axis=1, keepdims=True)
        chosen = np.where(carried[:, related].any(axis=1),
                          related[np.where(top, rank, len(related)).argmin(axis=1)], -1)
    sources = []
    for i, j in enumerate(chosen):
        if j < 0:
            sources.append(_new(this, i))
            continue
        place = _best_sentence(this.keys[i], candidates[j])
        sources.append(Source(this.id, this.clauses[i], this.indexes[i], this.sentences[i], candidates[j].id,
                              candidates[j].clauses[place], candidates[j].indexes[place],
                              "verbatim" if verbatim[i, j] else "reworded", round(float(strength[i, j]), 4)))
    return Scored(tuple(pairs), tuple(sources))


def _spread(rows: np.ndarray, texts: np.ndarray, values: np.ndarray, holders: sparse.csr_matrix,
            slot: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each (row, text, value), one (row, candidate place, value) per candidate holding the text."""
    counts = holders.indptr[texts + 1] - holders.indptr[texts]
    nodes = holders.indices[runs(holders.indptr[texts], counts)]
    rows, values, places = np.repeat(rows, counts), np.repeat(values, counts), slot[nodes]
    held = places >= 0
    return rows[held], places[held], values[held]


def _new(node_: Node, i: int) -> Source:
    return Source(node_.id, node_.clauses[i], node_.indexes[i], node_.sentences[i])


def _best_sentence(text: str, other: Node) -> int:
    """The sentence of ``other`` most like ``text`` (the first of equals)."""
    matrix = char_matrix([text], list(other.keys))
    return int(np.argmax(matrix[0])) if matrix.size else 0


def _date(meta: Meta) -> str:
    return meta.date or "9999"


def _distance(earlier: Meta, later: Meta) -> int:
    """Levels between two documents: a province is nearer its cities than the centre is."""
    return abs(LEVEL_RANK.get(earlier.level, 9) - LEVEL_RANK.get(later.level, 9))


def precedes(earlier: Meta, later: Meta) -> bool:
    """Whether ``earlier`` can be a source of ``later`` by their dates: dated before it, or
    either undated, or both of the same day (then each can be the other's)."""
    return not earlier.date or not later.date or earlier.date <= later.date


def is_draft_of(draft: Meta, final: Meta) -> bool:
    """A consultation draft (征求意见稿) precedes the final document it became: the same issuer
    and the same title, the final one's perhaps opened with the issuer's name."""
    return (draft.status == "draft" and final.status != "draft" and bool(draft.issuer) and draft.issuer == final.issuer
            and bool(draft.title) and final.title.removeprefix(final.issuer) == draft.title.removeprefix(draft.issuer))


def sources_of(metas: dict[str, Meta]) -> dict[str, list[str]]:
    """For each document, the documents of the run that can be its sources, in run order: a
    document a later one implements or cites precedes it whatever the dates say (an undated
    implementation does not precede what it implements), as a draft precedes its final
    version; otherwise the dates decide (precedes())."""
    known = known_order(metas)

    def can_precede(earlier: str, later: str) -> bool:
        if (earlier, later) in known or (later, earlier) in known:
            return (earlier, later) in known
        return precedes(metas[earlier], metas[later])

    return {later: [earlier for earlier in metas if earlier != later and can_precede(earlier, later)] for later in metas}


def known_order(metas: dict[str, Meta]) -> set[tuple[str, str]]:
    """(earlier, later) pairs the documents themselves order: what a document implements or cites
    precedes it, as a draft precedes its final version. A draft's final version is looked up by
    its issuer and title, not sought among all the documents: the work grows with the run."""
    by_number = document_numbers(metas)
    by_title: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc_id, meta in metas.items():
        by_title[meta.issuer, meta.title.removeprefix(meta.issuer)].append(doc_id)
    known = set()
    for later, meta in metas.items():
        known.update((earlier, later) for earlier in implemented(meta, metas, by_number) if earlier != later)
    for earlier, draft in metas.items():
        if draft.status == "draft" and draft.issuer:
            finals = by_title.get((draft.issuer, draft.title.removeprefix(draft.issuer)), ())
            known.update((earlier, later) for later in finals if is_draft_of(draft, metas[later]))
    return known


def date_conflicts(metas: dict[str, Meta]) -> list[tuple[str, str]]:
    """(earlier, later) pairs that the documents order one way and their dates the other: a
    document dated before what it implements, cites or finalises, which is most often a wrong
    date in the manifest (a plan for 2025-2027 dated 2013)."""
    return sorted((earlier, later) for earlier, later in known_order(metas)
                  if metas[earlier].date and metas[later].date and metas[earlier].date > metas[later].date)


def eligible_sources(nodes: Sequence[Node]) -> list[list[int]]:
    """sources_of() by position: for each node, the positions of the nodes that can be its sources."""
    position = {n.id: j for j, n in enumerate(nodes)}
    return [[position[doc_id] for doc_id in found] for found in sources_of({n.id: n.meta for n in nodes}).values()]


def document_numbers(metas: dict[str, Meta]) -> dict[str, str]:
    """The documents of the run by their document numbers (文号), for implemented()."""
    return {m.doc_number: doc_id for doc_id, m in metas.items() if m.doc_number}


def implemented(meta: Meta, metas: dict[str, Meta], by_number: dict[str, str]) -> list[str]:
    """The documents of the run ``meta``'s document implements or cites by document number
    (``by_number``: document_numbers(metas))."""
    named = [meta.implements, *(by_number.get(number, "") for number in meta.cites)]
    return [doc_id for doc_id in dict.fromkeys(named) if doc_id in metas]


def gap_days(earlier: Meta, later: Meta) -> int | None:
    try:
        return (datetime.date.fromisoformat(later.date) - datetime.date.fromisoformat(earlier.date)).days
    except ValueError:
        return None


def relation(earlier: Meta, later: Meta, linked: bool = False) -> str:
    """vertical when one implements or cites the other (``linked``), or they are of different
    levels and the higher one is the centre or the region of the lower one names it (山东省 /
    山东省烟台市); horizontal for two documents of the same level; other for the rest (a
    province and another province's city), and when a level is unknown."""
    first, second = LEVEL_RANK.get(earlier.level), LEVEL_RANK.get(later.level)
    if linked:
        return "vertical"
    if first is None or second is None:
        return "other"
    if first == second:
        return "horizontal"
    upper, lower = (earlier, later) if first < second else (later, earlier)
    if upper.level == "national" or (upper.region and lower.region.startswith(upper.region)):
        return "vertical"
    return "other"


def is_copy(pair: Pair, earlier_sentences: int) -> bool:
    """Whether the pair's documents are copies of one text (COPY_SHARE, COPY_VERBATIM, COPY_SIZE)."""
    larger = max(pair.sentences, earlier_sentences)
    return (pair.share >= COPY_SHARE and pair.verbatim >= COPY_VERBATIM * pair.sentences
            and abs(pair.sentences - earlier_sentences) <= COPY_SIZE * larger)


def links(metas: dict[str, Meta]) -> set[frozenset[str]]:
    """Pairs of documents of which one implements the other or cites its document number."""
    by_number = document_numbers(metas)
    return {frozenset((doc_id, other)) for doc_id, meta in metas.items()
            for other in implemented(meta, metas, by_number) if other != doc_id}


Runner = Callable[[Callable[..., Scored], Corpus, Iterable[tuple]], Iterable[Scored]]
"""Runs ``function(corpus, *task)`` for each task and yields the results in task order."""


def serial(function: Callable[..., Scored], shared: Corpus, tasks: Iterable[tuple]) -> Iterable[Scored]:
    """Run each task here, in order."""
    for task in tasks:
        yield function(shared, *task)


@dataclass(frozen=True)
class Network:
    nodes: tuple[Node, ...]
    pairs: tuple[Pair, ...]
    sources: tuple[Source, ...]
    candidates: int
    """Ordered pairs scored."""
    possible: int
    """Ordered pairs a source could be in (earlier → later)."""


def build_network(nodes: Sequence[Node], min_share: float = MIN_SHARE, prune: bool = True,
                  run: Runner = serial, chosen: Sequence[Sequence[int]] | None = None) -> Network:
    """Every pair of ``nodes`` reaching ``min_share`` and every sentence's source. ``prune``
    scores only the candidate pairs prune.candidates() finds (``chosen``, when they are already
    found); ``run`` runs the tasks (one per later document) and yields their results in order."""
    from .prune import candidates

    metas = {n.id: n.meta for n in nodes}
    eligible = eligible_sources(nodes)
    if chosen is None:
        chosen = candidates(nodes, eligible, min_share) if prune else eligible
    tasks = ((i, chosen[i], min_share) for i in range(len(nodes)))
    linked = links(metas)
    sizes = {n.id: len(n.keys) for n in nodes}
    pairs, sources = [], []
    for scored in run(score_task, corpus(nodes), tasks):
        pairs.extend(dataclasses.replace(p, relation=relation(metas[p.earlier], metas[p.later],
                                                              frozenset((p.earlier, p.later)) in linked),
                                         copy=is_copy(p, sizes[p.earlier]))
                     for p in scored.pairs)
        sources.extend(scored.sources)
    return Network(tuple(nodes), tuple(pairs), tuple(sources), sum(map(len, chosen)), sum(map(len, eligible)))


@dataclass(frozen=True)
class Summary:
    """One document of the network: where its sentences came from."""

    document: str
    sentences: int
    sourced: int
    """Its sentences with a source among the earlier documents."""
    main_source: str
    """The document the most of its sentences come from ("" when none; the earliest of equals)."""
    main_sentences: int
    vertical: int
    """Its sentences whose source is a document of another level it is vertically related to."""
    horizontal: int
    other: int
    copy_of: str = ""
    """The first document (by date, then run order) of which it is a copy, through copies of
    copies ("" when none, and for that first document itself)."""


def summaries(network: Network) -> list[Summary]:
    """One Summary per document, in run order."""
    relations = {(p.earlier, p.later): p.relation for p in network.pairs}
    order = {n.id: (_date(n.meta), i) for i, n in enumerate(network.nodes)}
    counted: dict[str, Counter] = {n.id: Counter() for n in network.nodes}
    sizes = Counter(source.document for source in network.sources)
    copies = _copy_groups(network)
    for source in network.sources:
        if source.source:
            counted[source.document][source.source] += 1
    result = []
    for n in network.nodes:
        counts = counted[n.id]
        main = min(counts, key=lambda doc_id: (-counts[doc_id], order[doc_id]), default="")
        kinds = Counter()
        for doc_id, count in counts.items():
            kinds[relations[(doc_id, n.id)]] += count
        first = min(copies[n.id], key=order.__getitem__)
        result.append(Summary(n.id, sizes[n.id], sum(counts.values()), main, counts[main] if main else 0,
                              kinds["vertical"], kinds["horizontal"], kinds["other"], "" if first == n.id else first))
    return result


def _copy_groups(network: Network) -> dict[str, set[str]]:
    """Each document's group of copies of one text (itself alone when it is no copy)."""
    groups = {n.id: {n.id} for n in network.nodes}
    for pair in network.pairs:
        if pair.copy and groups[pair.earlier] is not groups[pair.later]:
            merged = groups[pair.earlier] | groups[pair.later]
            for doc_id in merged:
                groups[doc_id] = merged
    return groups


# ---------------------------------------------------------------- tables
# Rows of values; None (an undated pair's gap, a new sentence's source sentence) is an empty CSV
# cell and JSON null.

PAIR_COLUMNS = ("earlier", "later", "relation", "gap_days", "sentences", "verbatim", "reworded", "share",
                "verbatim_share", "clauses", "copy")
SOURCE_COLUMNS = ("document", "clause", "index", "status", "source", "source_clause", "source_index", "score", "text")
SUMMARY_COLUMNS = ("document", "date", "level", "region", "sentences", "sourced", "main_source", "main_sentences",
                   "vertical", "horizontal", "other", "copy_of")


def pair_rows(network: Network) -> list[tuple[object, ...]]:
    return [(p.earlier, p.later, p.relation, p.gap_days, p.sentences, p.verbatim,
             p.reworded, round(p.share, 4), round(p.verbatim / p.sentences, 4), p.clauses, p.copy)
            for p in network.pairs]


def source_rows(network: Network) -> list[tuple[object, ...]]:
    return [(s.document, s.clause, s.index, s.status, s.source, s.source_clause,
             None if s.source_index < 0 else s.source_index, s.score, s.text) for s in network.sources]


def summary_rows(network: Network) -> list[tuple[object, ...]]:
    metas = {n.id: n.meta for n in network.nodes}
    return [(s.document, metas[s.document].date, metas[s.document].level, metas[s.document].region, s.sentences,
             s.sourced, s.main_source, s.main_sentences, s.vertical, s.horizontal, s.other, s.copy_of)
            for s in summaries(network)]


TABLES = {"pairs.csv": (PAIR_COLUMNS, pair_rows), "sources.csv": (SOURCE_COLUMNS, source_rows),
          "summary.csv": (SUMMARY_COLUMNS, summary_rows)}
