"""A synthetic policy family with a known copying structure, for the network's tests and benchmarks.

The centre issues a document; each province copies part of it, each city copies part of its
province's document or, now and then, of an earlier city of the same province; each copy keeps
some sentences verbatim, rewords others (one word changed) and adds sentences of its own. Every
sentence's true source is recorded: the earliest document whose text it carries, i.e. the
document it was copied from, or that document's own source when that one had copied the
sentence verbatim (identical text cannot tell the two apart, and the first to publish it is
its source). Everything depends only on the seed.

Documents are built in memory (model.Document), not parsed: what is tested is the network.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from policydiff.model import Clause, Document, Meta

# Characters words are made of: unrelated sentences share few of them in a row.
_CHARACTERS = ("建设发展推进完善加强健全提升服务体系机制能力水平质量管理保障创新改革开放协调绿色共享安全"
               "治理监督评估考核制度政策资金项目平台数据信息网络医疗卫生教育文化科技产业企业市场人才"
               "农村城市社区基层区域综合重点示范试点标准规范工程设施资源环境生态能源交通运输物流金融")
_CLAUSE_SENTENCES = 4


@dataclass(frozen=True)
class Planted:
    """A synthetic corpus: its documents in publication order and each sentence's true source."""

    documents: tuple[Document, ...]
    truth: dict[tuple[str, int], str]
    """(document, sentence number within the document) → the document it came from ("" when new)."""


def build(provinces: int, cities: int, seed: int = 1, sentences: int = 40) -> Planted:
    """A centre, ``provinces`` provinces and ``cities`` cities per province."""
    rng = random.Random(seed)
    day = datetime.date(2023, 1, 1)
    texts: dict[str, list[str]] = {}
    origin: dict[str, list[str]] = {}  # per sentence, the first document to publish its text
    truth: dict[tuple[str, int], str] = {}
    metas: dict[str, Meta] = {}

    def publish(doc_id: str, meta: Meta, parent: str | None, own: int) -> None:
        items = [(_sentence(rng), "", doc_id) for _ in range(own)]  # (text, true source, origin)
        for text, first in zip(texts.get(parent, ()), origin.get(parent, ())):
            if rng.random() < _KEEP:
                # Verbatim, the text's first publisher stays its origin; reworded, it is now this
                # document's text. Either way it came from the first publisher of what was copied.
                items.append((text, first, first) if rng.random() < 0.5 else (_reword(text, rng), first, doc_id))
        rng.shuffle(items)
        texts[doc_id] = [text for text, _, _ in items]
        origin[doc_id] = [first for _, _, first in items]
        truth.update(((doc_id, i), source) for i, (_, source, _) in enumerate(items))
        metas[doc_id] = meta

    publish("centre", Meta(title="中心文件", level="national", region="全国", date=day.isoformat()), None, sentences)
    for p in range(provinces):
        province = f"p{p:03d}"
        date = day + datetime.timedelta(days=30 + p)
        publish(province, Meta(title=f"省{p}实施方案", level="provincial", region=f"省{p}", date=date.isoformat()),
                "centre", sentences // 2)
        earlier_cities: list[str] = []
        for c in range(cities):
            city = f"p{p:03d}c{c:03d}"
            parent = rng.choice(earlier_cities) if earlier_cities and rng.random() < 0.2 else province
            publish(city, Meta(title=f"省{p}市{c}措施", level="municipal", region=f"省{p}市{c}",
                               date=(date + datetime.timedelta(days=60 + c)).isoformat()), parent, sentences // 2)
            earlier_cities.append(city)
    documents = tuple(_document(doc_id, metas[doc_id], texts[doc_id]) for doc_id in texts)
    return Planted(documents, truth)


def attribution(planted: Planted, sources) -> tuple[float, float]:
    """Precision and recall of the sources found (network.Source, in document order) against
    the planted ones: right attributions over those made, and over the sentences that have a
    true source."""
    position: dict[str, int] = {}
    found = {}
    for source in sources:
        number = position[source.document] = position.get(source.document, -1) + 1
        found[(source.document, number)] = source.source
    right = sum(1 for k, v in found.items() if v and v == planted.truth.get(k))
    made = sum(1 for v in found.values() if v)
    true = sum(1 for k, v in planted.truth.items() if v and k[0] in position)
    return (right / made if made else 0.0), (right / true if true else 0.0)


# Share of its parent's sentences a document copies.
_KEEP = 0.6


def _sentence(rng: random.Random) -> str:
    phrases = ["".join(_word(rng) for _ in range(rng.randint(3, 5))) for _ in range(rng.randint(3, 4))]
    return "，".join(phrases) + "。"


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_CHARACTERS) for _ in range(2))


def _reword(text: str, rng: random.Random) -> str:
    """``text`` with one of its words (two characters at an even place of a phrase) changed."""
    phrases = text[:-1].split("，")
    k = rng.randrange(len(phrases))
    phrase = phrases[k]
    at = 2 * rng.randrange(len(phrase) // 2)
    phrases[k] = phrase[:at] + _word(rng) + phrase[at + 2:]
    return "，".join(phrases) + "。"


def _document(doc_id: str, meta: Meta, sentences: list[str]) -> Document:
    clauses = []
    for n, start in enumerate(range(0, len(sentences), _CLAUSE_SENTENCES), 1):
        chunk = tuple(sentences[start:start + _CLAUSE_SENTENCES])
        clauses.append(Clause(id=str(n), level=1, heading="", text="".join(chunk), sentences=chunk))
    return Document(id=doc_id, meta=meta, clauses=tuple(clauses))
