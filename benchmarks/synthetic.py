"""Build synthetic localities of the national opinion, with their true alignment.

Run by hand: .venv/bin/python benchmarks/synthetic.py N OUTDIR [--seed S] [--verify K]

Writes OUTDIR/syn00000.txt … (plain UTF-8 texts that policydiff parses: a title line, a
preamble, sections 一、… with clauses （一）… whose first sentence is a short heading) and
OUTDIR/alignments/syn00000.yaml … (the true alignment, in the format of alignments/*.yaml).

Each document is made from the national opinion's clauses the way real implementing documents
are made (see alignments/*.yaml for what hunan, jilin and yantai did):

- a subset of national clauses is kept, and their order is shuffled across sections — mostly
  locally, a few clauses far from their national place;
- some pairs of clauses are merged into one, some clauses are split into two, and a clause now
  and then takes one sentence from another national clause;
- sentences are reworded by synonym substitution (``SYNONYMS``) and by cutting a phrase, numbers
  are changed (到2025年 → 到2027年, 85% → 90%), sentences are dropped;
- sentences are added: sentences of the real localities that no national sentence resembles
  (``NEW_MATERIAL_OVERLAP``), or sentences on a topic the national text never mentions
  (``NEW_TOPICS``);
- wholly new clauses are added: a ``NEW_TOPICS`` topic, or one of the real localities' clauses
  that the gold files give no national primary (``GOLD_NEW_CLAUSES``).

The truth of each clause: ``primary`` is the national clause that contributed most of its
sentences (ties go to the one that contributed more characters), ``also`` the other national
clauses that contributed a sentence; a clause with no national sentence has primary null, except
the preamble, whose primary is national 0 when it carries the national preamble's sentences
(else null: a citation of the national title with the formulas of purpose implements nothing). The
note lists each source's sentences and characters ("2.3×3 (151 chars), 3.1×1 (40 chars)"), the
added ones, and what was done.

Document i depends only on the seed and i (its own random.Random), so the first 100 documents
of a 10,000-document run are the 100 documents of a 100-document run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# POLICYDIFF_SRC: a snapshot of the package to use instead of the working tree (scale.py --code).
sys.path.insert(0, os.environ.get("POLICYDIFF_SRC", str(ROOT / "src")))

from policydiff.load import load_document
from policydiff.parse import split_sentences

BASE_ID = "national"
LOCALITIES = ("jilin", "hunan", "yantai", "jilin-draft")

# Policy synonyms, applied in one pass (longest first) so that 完善→健全 is not turned back by
# 健全→完善. Each occurrence is replaced with the document's substitution probability.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "加强": ("强化", "加大"),
    "推进": ("推动", "加快"),
    "完善": ("健全",),
    "健全": ("完善",),
    "提升": ("提高", "增强"),
    "提高": ("提升",),
    "建立": ("构建", "建设"),
    "医疗联合体": ("医联体",),
    "促进": ("推动",),
    "落实": ("贯彻落实", "抓好"),
    "深化": ("深入推进",),
    "优化": ("改进",),
    "鼓励": ("支持", "引导"),
    "支持": ("鼓励",),
    "逐步": ("稳步", "有序"),
    "积极": ("大力",),
    "开展": ("实施",),
    "明显": ("显著",),
    "显著": ("明显",),
    "依托": ("依靠",),
    "合理": ("科学",),
    "基层医疗卫生机构": ("基层医疗机构",),
    "县域医共体": ("县域医疗共同体",),
    "城市医疗集团": ("城市医疗联合体",),
    "各地": ("各县（市、区）", "各市（州）"),
    "扩大": ("扩充",),
    "探索": ("积极探索",),
}
_SYNONYM_PATTERN = re.compile("|".join(sorted(map(re.escape, SYNONYMS), key=len, reverse=True)))

# A locality sentence is new material when no single national sentence holds more than this share
# of its character bigrams. Measured on the four localities: 0.3 keeps about 170 sentences (all
# read as local additions: local projects, local quotas, local institutions); from 0.4 up, reworded
# national sentences start to appear (jilin's 鼓励二、三级医院的全科医生通过多点执业… is 0.4).
NEW_MATERIAL_OVERLAP = 0.3
# Sentences shorter than this (in characters) are not useful material.
_MIN_MATERIAL = 12

# Numbers a locality changes: target years and percentages.
_YEAR = re.compile(r"(到|至)(20\d\d)年")
_PERCENT = re.compile(r"(\d{1,3})%")

# Ranges of the per-document rates, drawn once per document so that the corpus mixes light and
# heavy rewriters (jilin-draft keeps nearly everything; hunan rewrites and adds a great deal).
RATES = {
    "keep": (0.6, 0.95),        # share of national clauses (besides the preamble) kept
    "merge": (0.03, 0.12),      # merges per kept clause
    "split": (0.05, 0.2),       # chance a clause of four or more sentences is split in two
    "borrow": (0.0, 0.12),      # chance a clause takes one sentence from another national clause
    "drop": (0.05, 0.25),       # chance a sentence is dropped (a clause keeps at least one)
    "synonym": (0.3, 0.7),      # chance an occurrence of a SYNONYMS word is replaced
    "cut": (0.05, 0.2),         # chance a sentence of three or more phrases loses one
    "number": (0.3, 0.8),       # chance a sentence's target numbers are changed
    "add": (0.2, 0.45),         # chance a clause gets one or two added sentences
    "shuffle": (0.0, 4.0),      # standard deviation of a clause's move, in clause positions
    "relocate": (0.0, 0.12),    # chance a clause moves anywhere
}

_CN = "零一二三四五六七八九"
_SYLLABLES = "安宝昌川东丰福广海和华江金锦康乐临龙宁平青清庆泉瑞山寿泰通万文西祥新兴阳永云长镇"

# Wholly new clauses are about topics the national opinion does not mention (checked: 爱国卫生,
# 控烟/吸烟, 献血/血液, 科普/健康教育, 病媒, 饮用水, 口腔, 妇幼 occur nowhere in national.txt).
# Locality sentences are not used for them: even those no national sentence resembles elaborate a
# national topic (jilin's 协同推进4个国家级区域医疗中心… is national 2.5's subject), and a reader,
# like the gold files (hunan 2.2.4 → 2.5), would give such a clause that national clause as primary.
# {r} is the locality, {y} a year, {n} a count, {p} a percentage.
NEW_TOPICS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("深入开展爱国卫生运动", "推进健康城市建设"), (
        "深入开展爱国卫生运动，{y}年底前创建{n}个国家卫生乡镇。",
        "推进健康城市、健康村镇建设，{r}城乡环境卫生整洁行动覆盖率达到{p}%。",
        "组织开展健康家庭评选活动，每年评选{n}户健康家庭。",
        "持续开展城乡环境卫生综合整治，全面清理卫生死角。",
    )),
    (("全面推进控烟工作", "加强烟草危害防控"), (
        "全面推进无烟党政机关、无烟学校建设，到{y}年无烟党政机关建成率达到{p}%。",
        "到{y}年，{r}15岁以上人群吸烟率降至{n}%以下。",
        "在公共场所设置控烟标识，开展控烟执法专项检查。",
        "将戒烟门诊纳入二级以上综合医院基本科室设置。",
    )),
    (("保障临床用血安全", "完善无偿献血工作机制"), (
        "完善无偿献血激励机制，献血人次年均增长{n}%以上。",
        "在{r}城区新建{n}个固定献血屋，实现县级采供血服务全覆盖。",
        "推进血液信息系统互联互通，实现献血者用血费用直接减免。",
        "加强血站实验室能力建设，血液核酸检测覆盖率保持100%。",
    )),
    (("加强健康科普和健康教育", "提升居民健康素养"), (
        "建设{n}个健康科普基地，组建{r}健康科普专家库。",
        "到{y}年，居民健康素养水平达到{p}%以上。",
        "将健康教育纳入中小学课程，每学期安排不少于{n}课时。",
        "利用广播电视、新媒体平台常态化发布健康科普信息。",
    )),
    (("加强病媒生物防制和饮用水卫生", "筑牢环境健康防线"), (
        "健全{r}病媒生物监测网络，每年开展{n}轮病媒生物集中防制。",
        "推进饮用水卫生监测全覆盖，每年抽检农村饮用水样不少于{n}份。",
        "加强公共场所卫生监督，重点场所量化分级管理率达到{p}%。",
        "定期开展鼠、蚊、蝇、蟑螂密度监测并向社会公布结果。",
    )),
    (("加强口腔健康服务", "推进全民口腔健康"), (
        "实施儿童口腔疾病综合干预项目，适龄儿童窝沟封闭覆盖率达到{p}%。",
        "在{r}每个县（市、区）至少设置{n}个口腔健康指导中心。",
        "将口腔健康检查纳入老年人年度健康体检项目。",
        "开展爱牙日主题宣传，推广含氟牙膏和科学刷牙方法。",
    )),
)
# Fallback headings for the second half of a split clause whose first phrase is not one.
_SPLIT_HEADINGS = ("抓好重点任务落实", "强化工作措施", "细化推进举措", "推动工作落地见效")
# Real locality clauses that the gold files give no national primary (hunan 2.5.12, yantai 2.1):
# also used, as found, for wholly new clauses.
GOLD_NEW_CLAUSES = (("hunan", "2.5.12"), ("yantai", "2.1"))
_SECTION_HEADINGS = (
    "总体要求", "优化资源配置，加强人才队伍建设", "加强分工合作，促进分级诊疗", "提高服务质量，改善服务体验",
    "加强科学管理，压实责任", "深化体制机制改革", "保障措施", "重点任务", "主要任务", "组织实施",
)


@dataclass(frozen=True)
class Material:
    """What synthetic documents are made of."""

    clauses: tuple[tuple[str, str, tuple[str, ...]], ...]
    """National clauses besides the preamble: (id, heading, sentences)."""
    preamble: tuple[str, ...]
    """Sentences of the national preamble (clause 0)."""
    new_sentences: tuple[str, ...]
    """Locality sentences that no national sentence resembles (NEW_MATERIAL_OVERLAP)."""
    new_clauses: tuple[tuple[str, tuple[str, ...]], ...]
    """GOLD_NEW_CLAUSES as (heading, sentences), their sentences that a national sentence resembles left out."""


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def load_material(corpus: Path = ROOT / "corpus") -> Material:
    """National clauses and the localities' new sentences, from the corpus."""
    base = load_document(corpus / f"{BASE_ID}.txt")
    national = [_bigrams(s) for c in base.clauses for s in c.sentences]

    def novel(sentence: str) -> bool:
        grams = _bigrams(sentence)
        return (len(sentence) >= _MIN_MATERIAL and sentence[-1] in "。；" and split_sentences(sentence) == (sentence,)
                and max(len(grams & other) for other in national) / len(grams) < NEW_MATERIAL_OVERLAP)

    new: dict[str, None] = {}
    new_clauses = []
    for name in LOCALITIES:
        document = load_document(corpus / f"{name}.txt")
        for clause in document.clauses:
            if clause.id == "0":
                continue  # a preamble's sentences cite the national opinion and its document number
            found = [sentence[:-1] + "。" for sentence in clause.sentences if novel(sentence)]
            new.update(dict.fromkeys(found))
            if (name, clause.id) in GOLD_NEW_CLAUSES and found:
                new_clauses.append((clause.heading, tuple(found)))
    clauses = tuple((c.id, c.heading, c.sentences) for c in base.clauses if c.id != "0")
    preamble = base.clauses[0].sentences if base.clauses[0].id == "0" else ()
    return Material(clauses, preamble, tuple(new), tuple(new_clauses))


# ---------------------------------------------------------------- one document


@dataclass
class _Clause:
    heading: str
    sentences: list[tuple[str, str | None]]
    """(text, national clause id it came from, or None when added)."""
    notes: list[str] = field(default_factory=list)


def _chinese(number: int) -> str:
    """1 … 99 in Chinese numerals (十一, 二十, 三十一)."""
    tens, ones = divmod(number, 10)
    if tens == 0:
        return _CN[ones]
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


class _Writer:
    """The random choices of one document."""

    def __init__(self, material: Material, rng: random.Random) -> None:
        self.material = material
        self.rng = rng
        self.rate = {name: rng.uniform(*bounds) for name, bounds in RATES.items()}
        self.region = rng.choice(_SYLLABLES) + rng.choice(_SYLLABLES) + "市"

    def chance(self, name: str) -> bool:
        return self.rng.random() < self.rate[name]

    # ---- sentences

    def reword(self, sentence: str) -> str:
        rng = self.rng
        sentence = _SYNONYM_PATTERN.sub(
            lambda m: rng.choice(SYNONYMS[m.group(0)]) if rng.random() < self.rate["synonym"] else m.group(0),
            sentence)
        if self.chance("cut"):
            phrases = sentence[:-1].split("，")
            # Never cut inside brackets or quotes: the cut would leave them unbalanced.
            cuttable = [i for i, p in enumerate(phrases) if i and not any(ch in p for ch in "（）“”《》")]
            if len(phrases) >= 3 and cuttable:
                del phrases[rng.choice(cuttable)]
                sentence = "，".join(phrases) + sentence[-1]
        if self.chance("number"):
            sentence = _YEAR.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + rng.choice((1, 2))}年", sentence)
            sentence = _PERCENT.sub(lambda m: f"{min(100, int(m.group(1)) + rng.choice((5, 10)))}%", sentence)
        return sentence

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(r=self.region, y=rng.choice((2025, 2026, 2027, 2030)), n=rng.randint(2, 30),
                               p=rng.choice((60, 70, 80, 85, 90, 95)))

    def added_sentence(self) -> str:
        """A sentence added to a clause: a locality's (four in five) or one about a NEW_TOPICS topic."""
        rng = self.rng
        if self.material.new_sentences and rng.random() < 0.8:
            return rng.choice(self.material.new_sentences)
        return self.fill(rng.choice(rng.choice(NEW_TOPICS)[1]))

    def new_clause(self) -> _Clause:
        """A wholly new clause: a NEW_TOPICS topic, or now and then a GOLD_NEW_CLAUSES clause."""
        rng = self.rng
        if self.material.new_clauses and rng.random() < 0.2:
            heading, sentences = rng.choice(self.material.new_clauses)
            return _Clause(heading, [(s, None) for s in sentences], ["new clause (real locality)"])
        headings, templates = rng.choice(NEW_TOPICS)
        chosen = rng.sample(templates, rng.randint(2, len(templates)))
        return _Clause(rng.choice(headings), [(self.fill(t), None) for t in chosen], ["new clause"])

    # ---- clauses

    def national_clause(self, index: int) -> _Clause:
        clause_id, heading, sentences = self.material.clauses[index]
        kept = [s for s in sentences if not self.chance("drop")] or [self.rng.choice(sentences)]
        notes = [f"{len(sentences) - len(kept)} dropped"] if len(kept) < len(sentences) else []
        return _Clause(heading, [(s, clause_id) for s in kept], notes)

    def document(self, doc_id: str) -> tuple[str, list[dict[str, object]]]:
        """The text of a synthetic document and its true pairs."""
        rng = self.rng
        count = len(self.material.clauses)
        chosen = sorted(rng.sample(range(count), max(2, round(count * self.rate["keep"]))))
        clauses = [self.national_clause(i) for i in chosen]

        # Merge pairs: mostly neighbours (related clauses), sometimes any two.
        for _ in range(round(len(clauses) * self.rate["merge"])):
            if len(clauses) < 3:
                break
            first = rng.randrange(len(clauses) - 1)
            second = first + 1 if rng.random() < 0.7 else rng.choice([i for i in range(len(clauses)) if i != first])
            a, b = clauses[first], clauses[second]
            merged = _Clause(a.heading, a.sentences + b.sentences, a.notes + b.notes + ["merged"])
            clauses[first] = merged
            del clauses[second]

        # A sentence taken from another national clause (a clause's "also").
        for clause in clauses:
            if self.chance("borrow"):
                donor_id, _, donor = self.material.clauses[rng.randrange(count)]
                clause.sentences.insert(rng.randrange(len(clause.sentences) + 1), (rng.choice(donor), donor_id))
                clause.notes.append(f"one sentence from {donor_id}")

        # Splits: a long clause becomes two consecutive clauses.
        split: list[_Clause] = []
        for clause in clauses:
            if len(clause.sentences) >= 4 and self.chance("split"):
                at = rng.randrange(2, len(clause.sentences) - 1)
                first = _Clause(clause.heading, clause.sentences[:at], clause.notes + ["split, first part"])
                second = _Clause("", clause.sentences[at:], clause.notes + ["split, second part"])
                split.extend((first, second))
            else:
                split.append(clause)
        clauses = split

        # Added sentences, then wholly new clauses.
        for clause in clauses:
            if self.chance("add"):
                added = rng.choice((1, 1, 2))
                for _ in range(added):
                    clause.sentences.insert(rng.randrange(len(clause.sentences) + 1), (self.added_sentence(), None))
                clause.notes.append(f"{added} added")
        for _ in range(rng.randint(1, 3)):
            clauses.insert(rng.randrange(len(clauses) + 1), self.new_clause())

        # Shuffle: a small random move for each clause, a few moved anywhere.
        sigma = self.rate["shuffle"]
        keys = [i + rng.gauss(0, sigma) if not self.chance("relocate") else rng.uniform(0, len(clauses))
                for i in range(len(clauses))]
        order = sorted(range(len(clauses)), key=lambda i: (keys[i], i))
        clauses = [clauses[i] for i in order]

        # Reword (after all moves, so that moved and borrowed sentences are reworded alike).
        for clause in clauses:
            clause.sentences = [(self.reword(text) if source else text, source) for text, source in clause.sentences]
            if not clause.heading:
                clause.heading = self.second_heading(clause)
            else:
                clause.heading = self.reword(clause.heading + "。")[:-1]
        return self.render(doc_id, clauses)

    def second_heading(self, clause: _Clause) -> str:
        """A heading for the second part of a split clause: its first phrase when short enough."""
        first = re.split(r"[，。；、]", clause.sentences[0][0])[0]
        if 4 <= len(first) <= 16 and not re.search(r"[（）“”《》\d]", first):
            return first
        return self.rng.choice(_SPLIT_HEADINGS)

    # ---- text and truth

    def render(self, doc_id: str, clauses: list[_Clause]) -> tuple[str, list[dict[str, object]]]:
        rng = self.rng
        region = self.region
        lines = [f"{region}人民政府办公室关于进一步完善医疗卫生服务体系的实施意见", ""]
        framing = f"为贯彻落实《关于进一步完善医疗卫生服务体系的意见》精神，结合{region}实际，制定本实施意见。"
        preamble: list[tuple[str, str | None]] = [(framing, None)]
        carried = rng.random() < 0.85
        if carried:
            preamble += [(self.reword(s), "0") for s in self.material.preamble]
        lines += ["".join(text for text, _ in preamble), ""]
        # A preamble carrying the national one's sentences implements it; one that only cites the national
        # title with the formulas of purpose (结合…实际，制定本实施意见) implements nothing (alignments/CONVENTIONS.md).
        pairs = [_pair("0", preamble, ["preamble"], primary="0" if carried else None)]

        sections = rng.randint(4, min(8, len(clauses)))
        cuts = sorted(rng.sample(range(1, len(clauses)), sections - 1))
        restart = rng.random() < 0.6  # （一） again in each section, as national does; else numbered on
        headings = rng.sample(_SECTION_HEADINGS, sections)
        number = 0
        for section, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(clauses)]), 1):
            lines += [f"{_chinese(section)}、{headings[section - 1]}", ""]
            if restart:
                number = 0
            for clause in clauses[start:end]:
                number += 1
                body = "".join(text for text, _ in clause.sentences)
                lines += [f"（{_chinese(number)}）{clause.heading}。{body}", ""]
                pairs.append(_pair(f"{section}.{number}", clause.sentences, clause.notes))
        return "\n".join(lines), pairs


def _pair(local: str, sentences: list[tuple[str, str | None]], notes: list[str],
          primary: str | None = None) -> dict[str, object]:
    """The true pair of a clause: the source that gave most sentences, ties to most characters
    (``primary`` when given)."""
    counts: dict[str, list[int]] = {}
    for text, source in sentences:
        if source is not None:
            tally = counts.setdefault(source, [0, 0])
            tally[0] += 1
            tally[1] += len(text)
    ranked = sorted(counts, key=lambda s: (-counts[s][0], -counts[s][1]))
    if primary is not None and primary not in ranked:
        ranked.insert(0, primary)
    sources = ", ".join(f"{s}×{counts[s][0]} ({counts[s][1]} chars)" for s in ranked if s in counts) or "none"
    added = [len(text) for text, source in sentences if source is None]
    note = (f"sources: {sources}; added: {len(added)} ({sum(added)} chars); "
            + "; ".join(dict.fromkeys(notes)))
    return {"local": local, "primary": ranked[0] if ranked else None, "also": ranked[1:], "note": note.rstrip("; ")}


def alignment_yaml(doc_id: str, pairs: list[dict[str, object]]) -> str:
    """The alignment file text (JSON strings are YAML double-quoted scalars)."""
    out = [f"national: {BASE_ID}", f"local: {doc_id}", "pairs:"]
    for pair in pairs:
        primary = "null" if pair["primary"] is None else json.dumps(pair["primary"])
        out += [f"  - local: {json.dumps(pair['local'])}",
                f"    primary: {primary}",
                f"    also: {json.dumps(pair['also'], ensure_ascii=False)}",
                f"    note: {json.dumps(pair['note'], ensure_ascii=False)}"]
    return "\n".join(out) + "\n"


def doc_id(index: int) -> str:
    return f"syn{index:05d}"


def generate(count: int, outdir: Path, seed: int = 0, material: Material | None = None) -> None:
    """Write documents 0 … count-1 and their alignments into ``outdir``."""
    material = material or load_material()
    truth = outdir / "alignments"
    truth.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        name = doc_id(index)
        rng = random.Random(f"policydiff-synthetic-{seed}-{index}")
        text, pairs = _Writer(material, rng).document(name)
        (outdir / f"{name}.txt").write_text(text, encoding="utf-8")
        (truth / f"{name}.yaml").write_text(alignment_yaml(name, pairs), encoding="utf-8")


def verify(outdir: Path, count: int) -> list[str]:
    """Problems found by parsing the first ``count`` documents: clause ids that differ from the truth."""
    from policydiff.gold import load_alignment_file

    problems = []
    for path in sorted(outdir.glob("syn*.txt"))[:count]:
        document = load_document(path)
        truth = load_alignment_file(outdir / "alignments" / f"{path.stem}.yaml")
        parsed = [c.id for c in document.clauses]
        expected = [p.local for p in truth.pairs]
        if parsed != expected:
            problems.append(f"{path.name}: parsed clauses {parsed} ≠ truth {expected}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, help="number of documents")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--verify", type=int, default=0, metavar="K",
                        help="parse the first K documents and check their clause ids against the truth")
    args = parser.parse_args()
    start = time.perf_counter()
    material = load_material()
    generate(args.count, args.outdir, args.seed, material)
    print(f"{args.count} documents in {args.outdir} ({time.perf_counter() - start:.1f} s; "
          f"{len(material.new_sentences)} locality sentences as added material, "
          f"{len(material.new_clauses)} real new clauses)")
    if args.verify:
        problems = verify(args.outdir, args.verify)
        for problem in problems:
            print(problem)
        print(f"verified {min(args.verify, args.count)} documents: {len(problems)} problems")
        sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
