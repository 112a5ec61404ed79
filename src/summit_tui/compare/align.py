"""Line up what several authors wrote about one item, passage by passage.

Each author's entries are split into passages (paragraphs, list items, long
paragraphs into sentences; headings become the context of what follows them).
Every passage is scored against every passage of every other author, in any order,
and a pair at or above ``THRESHOLD`` says "the same thing". A passage's coverage is
how many other authors have such a counterpart; a passage with none is unique.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from summit_tui.compare.features import Features, features
from summit_tui.compare.sentences import LIST_MARK as _LIST_MARK
from summit_tui.compare.sentences import split_sentences, to_plain

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry

# Scores are 0–100. Pairs at or above this are counterparts. tests/test_align.py pins
# it from both sides: at 30 a product name plus one word would match
# (test_a_product_name_and_one_more_word_...), at 36 a paraphrase with other particles
# would not (test_korean_with_different_particles_...); the shipped-notes tests too.
THRESHOLD = 33.0
# Paragraphs longer than this (readable characters) are aligned sentence by sentence.
LONG_PARAGRAPH = 80
# How much rare material (in grams seen once) two passages must share for full credit:
# "AI 검색" is inside every Perplexity passage and says nothing on its own.
_EVIDENCE = 3.0
# rapidfuzz ratio of the stem strings from which two passages are the same sentence.
_COPY = 75.0


class Counterpart(NamedTuple):
    author: str
    index: int  # position in that author's column
    score: float


@dataclass(frozen=True, slots=True)
class AlignedPassage:
    author: str
    index: int  # position in the author's column, from 0
    entry_id: str
    note: str  # Note.path
    line: int  # file line where the passage starts
    end_line: int
    text: str  # readable text (not yet cleaned for display)
    context: str  # the nearest heading above it, or the entry's title
    kind: str  # "paragraph", "item", "sentence", "code", "table"
    counterparts: tuple[Counterpart, ...] = ()  # the best match per other author, best first
    matches: tuple[Counterpart, ...] = ()  # every match at or above the threshold, best first
    coverage: int = 0  # number of other authors with a counterpart
    unique: bool = False  # no other author covers it (and there is another author)

    @property
    def source(self) -> str:
        return f"{self.note}:{self.line}"


@dataclass(frozen=True, slots=True)
class Column:
    author: str
    entries: tuple[str, ...]  # entry ids, in note order
    sources: tuple[str, ...]  # "note:start-end" per entry
    passages: tuple[AlignedPassage, ...]

    @property
    def unique_count(self) -> int:
        return sum(1 for p in self.passages if p.unique)


@dataclass(frozen=True, slots=True)
class Alignment:
    item_id: str
    authors: tuple[str, ...]
    columns: tuple[Column, ...]
    threshold: float = THRESHOLD

    def column(self, author: str) -> Column | None:
        return next((c for c in self.columns if c.author == author), None)

    def passage(self, author: str, index: int) -> AlignedPassage | None:
        column = self.column(author)
        if column is None or not 0 <= index < len(column.passages):
            return None
        return column.passages[index]

    def find(self, author: str, needle: str) -> list[AlignedPassage]:
        """Passages of one author whose text contains ``needle`` (for tests and scripts)."""
        column = self.column(author)
        return [p for p in column.passages if needle in p.text] if column else []


@dataclass(frozen=True, slots=True)
class _Draft:
    entry: Entry
    line: int
    end_line: int
    text: str
    context: str
    kind: str


_BOLD_ONLY = re.compile(r"^\*\*[^*]+\*\*\s*:?$")


def _is_heading_like(kind: str, source: str, plain: str) -> bool:
    """Bold labels work as headings: "**2. Natrium 원자로**: 미래 에너지" as a paragraph,
    or a list item that is only bold text ("1. **실시간 수요 예측**") over its sub-points."""
    lines = source.strip().split("\n")
    if len(lines) != 1 or len(plain) > 80:
        return False
    if kind == "item":
        return bool(_BOLD_ONLY.match(_LIST_MARK.sub("", lines[0]).strip()))
    stripped = lines[0].strip()
    return (
        kind == "paragraph"
        and stripped.startswith("**")
        and stripped.count("**") >= 2
        and not plain.endswith(".")
    )


def entry_passages(entry: Entry) -> list[_Draft]:
    from summit_tui.corpus.passages import split_passages

    drafts: list[_Draft] = []
    context = entry.title
    for passage in split_passages(entry):
        if passage.kind == "heading":
            context = passage.plain
            continue
        text = passage.plain
        if passage.kind != "code" and (
            passage.kind == "table" or passage.plain == " ".join(passage.text.split())
        ):
            # No inline text was found (a table, or only an image or HTML), so the
            # passage fell back to its source: read what the source says, often nothing.
            text = to_plain(passage.text)
        if _is_heading_like(passage.kind, passage.text, text):
            context = text
            continue
        if not features(text).grams:
            continue  # images, bare links, separators: nothing to align
        if passage.kind in ("paragraph", "item") and len(passage.plain) > LONG_PARAGRAPH:
            sentences = split_sentences(passage.text)
            if len(sentences) > 1:
                for sentence in sentences:
                    if features(sentence.text).grams:
                        line = passage.start_line + sentence.line_offset
                        drafts.append(_Draft(entry, line, line, sentence.text, context, "sentence"))
                continue
        drafts.append(
            _Draft(entry, passage.start_line, passage.end_line, text, context, passage.kind)
        )
    return drafts


def _weights(all_features: Iterable[Features]) -> dict[str, float]:
    """Inverse document frequency over the item's passages, 1.0 for a gram seen once.

    Words of the talk's topic (퍼플렉시티, 검색, AI) are in every passage and weigh
    little; the rare words two authors share are what make a match.
    """
    bags = list(all_features)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.grams)
    top = math.log(len(bags) + 1)
    return {gram: math.log((len(bags) + 1) / count) / top for gram, count in df.items()}


@dataclass(frozen=True, slots=True)
class _Bag:
    """One passage's grams with the item's IDF applied, ready to be compared."""

    weighted: Mapping[str, float]
    mass: float
    stem_text: str


def _bag(bag: Features, idf: Mapping[str, float]) -> _Bag:
    weighted = {g: w * idf.get(g, 1.0) for g, w in bag.weights.items()}
    return _Bag(weighted, sum(weighted.values()), bag.stem_text)


def _combine(a: _Bag, b: _Bag, shared: float) -> float:
    """The score of two bags that share ``shared`` weighted mass (see ``score``)."""
    from rapidfuzz import fuzz

    overlap = 0.0
    if shared > 0 and min(len(a.weighted), len(b.weighted)) >= 2:
        # One gram in common is a coincidence, not a counterpart.
        dice = 2 * shared / (a.mass + b.mass)
        containment = shared / min(a.mass, b.mass)
        evidence = min(1.0, shared / _EVIDENCE)
        # The square root spreads the useful range (weak paraphrases) over more of 0–100.
        overlap = 100 * math.sqrt(math.sqrt(dice * containment) * evidence)
    # A short sentence copied with other particles (광고를 도입 / 광고가 도입된다).
    copy = fuzz.ratio(a.stem_text, b.stem_text, score_cutoff=_COPY)
    return round(max(overlap, copy), 1)


def _shared(a: _Bag, b: _Bag) -> float:
    common = a.weighted.keys() & b.weighted.keys()
    return sum(a.weighted[g] + b.weighted[g] for g in common) / 2


def score(a: Features, b: Features, weights: Mapping[str, float] | None = None) -> float:
    """How much two passages say the same thing, 0–100; symmetric, word order ignored.

    Three parts, multiplied: the weighted Dice overlap of their grams (similar
    material overall), the containment of the smaller in the larger (a short point
    inside a long paragraph still counts) and the evidence (how much rare material
    they share at all, so two words in common are never enough). Near-copies are
    caught directly by rapidfuzz on the particle-stripped stems.
    """
    if not a.weights or not b.weights:
        return 0.0
    bag_a, bag_b = _bag(a, weights or {}), _bag(b, weights or {})
    return _combine(bag_a, bag_b, _shared(bag_a, bag_b))


def _scores(left: Sequence[_Bag], right: Sequence[_Bag]) -> dict[tuple[int, int], float]:
    """Scores of every pair that shares at least one gram; other pairs score 0 anyway
    (a near-copy always shares grams). An inverted index keeps this near-linear."""
    index: dict[str, list[int]] = {}
    for j, bag in enumerate(right):
        for gram in bag.weighted:
            index.setdefault(gram, []).append(j)
    result: dict[tuple[int, int], float] = {}
    for i, bag in enumerate(left):
        shared: Counter[int] = Counter()
        for gram, weight in bag.weighted.items():
            for j in index.get(gram, ()):
                shared[j] += (weight + right[j].weighted[gram]) / 2
        for j, mass in shared.items():
            value = _combine(bag, right[j], mass)
            if value > 0:
                result[i, j] = value
    return result


def align_entries(
    item_id: str, entries: Sequence[Entry], *, threshold: float = THRESHOLD
) -> Alignment:
    """Align entries (of one item) grouped by author, in first-seen author order."""
    by_author: dict[str, list[Entry]] = {}
    for entry in entries:
        by_author.setdefault(entry.author, []).append(entry)
    authors = tuple(by_author)
    drafts = {
        author: [d for e in by_author[author] for d in entry_passages(e)] for author in authors
    }
    feats = {author: [features(d.text) for d in drafts[author]] for author in authors}
    idf = _weights(f for author in authors for f in feats[author])
    bags = {author: [_bag(f, idf) for f in feats[author]] for author in authors}

    matches: dict[tuple[str, int], list[Counterpart]] = {}
    for i, first in enumerate(authors):
        for second in authors[i + 1 :]:
            for (a, b), value in _scores(bags[first], bags[second]).items():
                if value >= threshold:
                    matches.setdefault((first, a), []).append(Counterpart(second, b, value))
                    matches.setdefault((second, b), []).append(Counterpart(first, a, value))

    columns: list[Column] = []
    for author in authors:
        passages: list[AlignedPassage] = []
        for index, draft in enumerate(drafts[author]):
            found = sorted(
                matches.get((author, index), []), key=lambda c: (-c.score, c.author, c.index)
            )
            best: dict[str, Counterpart] = {}
            for counterpart in found:
                best.setdefault(counterpart.author, counterpart)
            passages.append(
                AlignedPassage(
                    author=author,
                    index=index,
                    entry_id=draft.entry.id,
                    note=draft.entry.note,
                    line=draft.line,
                    end_line=draft.end_line,
                    text=draft.text,
                    context=draft.context,
                    kind=draft.kind,
                    counterparts=tuple(best.values()),
                    matches=tuple(found),
                    coverage=len(best),
                    unique=not best and len(authors) > 1,
                )
            )
        columns.append(
            Column(
                author=author,
                entries=tuple(e.id for e in by_author[author]),
                sources=tuple(f"{e.note}:{e.start_line}-{e.end_line}" for e in by_author[author]),
                passages=tuple(passages),
            )
        )
    return Alignment(item_id=item_id, authors=authors, columns=tuple(columns), threshold=threshold)


def align_item(corpus: Corpus, item_id: str, *, threshold: float = THRESHOLD) -> Alignment:
    """The alignment of every author's entries about one item."""
    return align_entries(item_id, corpus.entries_for(item_id), threshold=threshold)
