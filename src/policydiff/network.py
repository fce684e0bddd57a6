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
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .align import split_phrases
from .escalation import LEVEL_RANK
from .model import Document, Meta
from .similarity import char_matrix, runs

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

# What ends a sentence or phrase and is not compared.
_FINAL = re.compile(r"[。！？；，、：:;,.!?\s]+$")


def key(text: str) -> str:
    """``text`` as compared: without its closing marks."""
    return _FINAL.sub("", text)


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


@dataclass(frozen=True)
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

    @property
    def share(self) -> float:
        """Share of the later document's sentences that carry the earlier one's text."""
        return (self.verbatim + self.reworded) / self.sentences if self.sentences else 0.0


@dataclass(frozen=True)
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


def score_document(later: Node, earlier: Sequence[Node], min_share: float = MIN_SHARE) -> Scored:
    """``later`` against each of ``earlier`` (the candidates, any order): the pairs whose share
    reaches ``min_share``, and for each sentence of ``later`` its source among those."""
    size = len(later.sentences)
    if not earlier or not size:
        return Scored((), tuple(_new(later, i) for i in range(size)))
    # Similarity of every phrase of ``later`` with every distinct phrase of the candidates (a
    # phrase copied into many of them is scored once), pruned to the pairs that can reach
    # PHRASE_REUSE; then the best per phrase and candidate, through the candidates holding each
    # distinct phrase.
    distinct, holders = _distinct_phrases(earlier)
    needed = np.broadcast_to(np.float32(PHRASE_REUSE), (len(later.phrases), len(distinct)))
    scores = char_matrix(list(later.phrases), distinct, prune=True, needed=needed)
    rows, columns = np.nonzero(scores >= PHRASE_REUSE)
    counts = holders.indptr[columns + 1] - holders.indptr[columns]
    best = np.zeros((len(later.phrases), len(earlier)), dtype=np.float32)
    np.maximum.at(best, (np.repeat(rows, counts), holders.indices[runs(holders.indptr[columns], counts)]),
                  np.repeat(scores[rows, columns], counts))
    # Similarity-weighted share of each sentence's characters reused, per candidate.
    lengths = np.array([len(p) for p in later.phrases], dtype=np.float32)
    owners = np.array(later.owners, dtype=np.intp)
    reused = np.zeros((size, len(earlier)), dtype=np.float32)
    np.add.at(reused, owners, best * lengths[:, None])
    total = np.bincount(owners, weights=lengths, minlength=size).astype(np.float32)
    reused = np.divide(reused, total[:, None], out=np.zeros_like(reused), where=total[:, None] > 0)
    known = [set(other.keys) for other in earlier]
    verbatim = np.array([[k in keys for keys in known] for k in later.keys], dtype=bool)
    carried = verbatim | (reused >= SENTENCE_REUSE)
    strength = np.where(verbatim, 1.0, np.round(reused, 4))

    pairs, related = [], []
    clause_ids = np.array(later.clauses, dtype=object)
    clauses = len(set(later.clauses))
    for j, other in enumerate(earlier):
        count = int(carried[:, j].sum())
        if count < max(min_share * size, MIN_SENTENCES):
            continue
        related.append(j)
        exact = int(verbatim[:, j].sum())
        pairs.append(Pair(other.id, later.id, "", gap_days(other.meta, later.meta), size, exact, count - exact,
                          round(len(set(clause_ids[carried[:, j]])) / clauses, 4)))
    pairs.sort(key=lambda pair: pair.earlier)

    sources = []
    for i in range(size):
        candidates = [j for j in related if carried[i, j]]
        if not candidates:
            sources.append(_new(later, i))
            continue
        j = min(candidates, key=lambda j: (-strength[i, j], _date(earlier[j].meta), _distance(earlier[j].meta, later.meta),
                                           earlier[j].id))
        place = _best_sentence(later.keys[i], earlier[j])
        sources.append(Source(later.id, later.clauses[i], later.indexes[i], later.sentences[i], earlier[j].id,
                              earlier[j].clauses[place], earlier[j].indexes[place],
                              "verbatim" if verbatim[i, j] else "reworded", round(float(strength[i, j]), 4)))
    return Scored(tuple(pairs), tuple(sources))


def _distinct_phrases(nodes: Sequence[Node]):
    """The distinct phrases of ``nodes`` (in the order first met) and, as a sparse phrase × node
    matrix in CSR form, which nodes hold each."""
    from scipy import sparse

    number: dict[str, int] = {}
    rows = np.fromiter((number.setdefault(phrase, len(number)) for n in nodes for phrase in n.phrases), dtype=np.int64)
    columns = np.repeat(np.arange(len(nodes)), [len(n.phrases) for n in nodes])
    # A phrase twice in one node is one entry: building CSR sums duplicates.
    holders = sparse.csr_matrix((np.ones(len(rows), dtype=np.int32), (rows, columns)), shape=(len(number), len(nodes)))
    return list(number), holders


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
    known = set()  # (earlier, later), from the documents themselves
    for later, meta in metas.items():
        known.update((earlier, later) for earlier in implemented(meta, metas) if earlier != later)
        known.update((earlier, later) for earlier, other in metas.items() if is_draft_of(other, meta))

    def can_precede(earlier: str, later: str) -> bool:
        if (earlier, later) in known or (later, earlier) in known:
            return (earlier, later) in known
        return precedes(metas[earlier], metas[later])

    return {later: [earlier for earlier in metas if earlier != later and can_precede(earlier, later)] for later in metas}


def implemented(meta: Meta, metas: dict[str, Meta]) -> list[str]:
    """The documents of the run ``meta``'s document implements or cites by document number."""
    by_number = {m.doc_number: doc_id for doc_id, m in metas.items() if m.doc_number}
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


def links(metas: dict[str, Meta]) -> set[frozenset[str]]:
    """Pairs of documents of which one implements the other or cites its document number."""
    return {frozenset((doc_id, other)) for doc_id, meta in metas.items()
            for other in implemented(meta, metas) if other != doc_id}


Runner = Callable[[Callable[..., Scored], Sequence[Node], Iterable[tuple]], Iterable[Scored]]
"""Runs ``function(nodes, *task)`` for each task and yields the results in task order."""


def serial(function: Callable[..., Scored], nodes: Sequence[Node], tasks: Iterable[tuple]) -> Iterable[Scored]:
    """Run each task here, in order."""
    for task in tasks:
        yield function(nodes, *task)


def score_task(nodes: Sequence[Node], later: int, earlier: Sequence[int], min_share: float) -> Scored:
    """score_document of ``nodes[later]`` against the ``earlier`` of ``nodes``: the unit of work
    a runner ships (the nodes are sent to a worker once, a task is three small values)."""
    return score_document(nodes[later], [nodes[j] for j in earlier], min_share)


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
                  run: Runner = serial) -> Network:
    """Every pair of ``nodes`` reaching ``min_share`` and every sentence's source. ``prune``
    scores only the candidate pairs prune.candidates() finds; ``run`` runs the tasks (one per
    later document) and yields their results in order."""
    from .prune import candidates

    metas = {n.id: n.meta for n in nodes}
    position = {n.id: j for j, n in enumerate(nodes)}
    eligible = [[position[doc_id] for doc_id in found] for found in sources_of(metas).values()]
    chosen = candidates(nodes, eligible, min_share) if prune else eligible
    tasks = ((i, chosen[i], min_share) for i in range(len(nodes)))
    linked = links(metas)
    pairs, sources = [], []
    for scored in run(score_task, tuple(nodes), tasks):
        pairs.extend(dataclasses.replace(p, relation=relation(metas[p.earlier], metas[p.later],
                                                              frozenset((p.earlier, p.later)) in linked))
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


def summaries(network: Network) -> list[Summary]:
    """One Summary per document, in run order."""
    relations = {(p.earlier, p.later): p.relation for p in network.pairs}
    order = {n.id: (_date(n.meta), i) for i, n in enumerate(network.nodes)}
    counted: dict[str, Counter] = {n.id: Counter() for n in network.nodes}
    sizes = Counter(source.document for source in network.sources)
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
        result.append(Summary(n.id, sizes[n.id], sum(counts.values()), main, counts[main] if main else 0,
                              kinds["vertical"], kinds["horizontal"], kinds["other"]))
    return result


# ---------------------------------------------------------------- tables

PAIR_COLUMNS = ("earlier", "later", "relation", "gap_days", "sentences", "verbatim", "reworded", "share",
                "verbatim_share", "clauses")
SOURCE_COLUMNS = ("document", "clause", "index", "status", "source", "source_clause", "source_index", "score", "text")
SUMMARY_COLUMNS = ("document", "date", "level", "region", "sentences", "sourced", "main_source", "main_sentences",
                   "vertical", "horizontal", "other")


def pair_rows(network: Network) -> list[tuple[object, ...]]:
    return [(p.earlier, p.later, p.relation, "" if p.gap_days is None else p.gap_days, p.sentences, p.verbatim,
             p.reworded, round(p.share, 4), round(p.verbatim / p.sentences, 4), p.clauses) for p in network.pairs]


def source_rows(network: Network) -> list[tuple[object, ...]]:
    return [(s.document, s.clause, s.index, s.status, s.source, s.source_clause,
             "" if s.source_index < 0 else s.source_index, s.score, s.text) for s in network.sources]


def summary_rows(network: Network) -> list[tuple[object, ...]]:
    metas = {n.id: n.meta for n in network.nodes}
    return [(s.document, metas[s.document].date, metas[s.document].level, metas[s.document].region, s.sentences,
             s.sourced, s.main_source, s.main_sentences, s.vertical, s.horizontal, s.other) for s in summaries(network)]


TABLES = {"pairs.csv": (PAIR_COLUMNS, pair_rows), "sources.csv": (SOURCE_COLUMNS, source_rows),
          "summary.csv": (SUMMARY_COLUMNS, summary_rows)}
