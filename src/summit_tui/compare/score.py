"""How much two passages say the same thing: one score, 0–100, and the words behind it.

Each unit of a passage (features.py) gets a weight for this item: its own strength,
times how rare it is among the item's passages (the talk's topic words are in every
passage and weigh little), times less again when it is a speaker's name, an
affiliation or a word of the talk's title (every author writes those). Two passages
are then compared on the weighted share of each one's units that the other matches:

- overlap: the Dice share of matched weight (similar material overall), the
  containment of the better-covered side (a short point inside a long paragraph still
  counts) and the evidence (how much matched weight there is at all: two common words
  are never enough), combined as 100·√(√(dice·containment)·evidence); in one language,
  a shared word that weighs next to nothing (the talk's topic, its title) is not one of
  the two words they must share;
- copy: a sentence copied with other particles scores by rapidfuzz on its stems.

Across languages only units that can cross (concepts, sounds, numbers) count in full;
the rest (Korean words the word list lacks) count half in the totals.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from summit_tui.compare.features import Features, Unit, features

# Words two passages must share before they can be the same point (one is a coincidence).
MIN_SHARED = 2
# A unit weighing less than this (a word nearly every passage of the item holds, a title
# word) is not one of the MIN_SHARED words: it says nothing about which point is made.
NEGLIGIBLE = 0.1
# Matched weight two passages need for full evidence: about three rare words.
EVIDENCE = 2.0
# rapidfuzz ratio of two stem strings from which they are the same sentence.
COPY = 75.0
# Consonants a sound skeleton needs before two English words of different stems meet on it
# (a long one is one word spelt two ways: judgement, judgment).
SPELLED_SOUND = 5
# Shares of a unit's weight: a speaker's name, an affiliation or a word of the talk's title.
NAME_SHARE = 0.2
TITLE_SHARE = 0.4
# Across languages, a unit that cannot cross counts this much in its passage's total.
UNTRANSLATED = 0.5
# Sharpens rarity: above 1, words many passages share count even less.
RARITY = 2.0
# How the parts combine: 100 · (dice · containment)^SHAPE · evidence^CERTAINTY.
SHAPE = 0.25
CERTAINTY = 0.5
# Scores of pairs in two languages count this much: their evidence (a word list, sounds)
# is looser than two authors' shared words in one language.
CROSS = 0.75
# A Korean stem sharing this share of its syllable pairs with the other passage half-matches.
PARTIAL = 0.5
# In one language a clause of a long sentence that makes the other passage's point counts
# this share of a whole passage that makes it (see ``clause_score``).
SAME_LANGUAGE_CLAUSE = 0.8


@dataclass(frozen=True, slots=True)
class ItemWords:
    """The keys of an item's words that every author writes: its speakers' names (and
    their aliases), their affiliations, and the words of its titles."""

    people: frozenset[str] = frozenset()
    affiliations: frozenset[str] = frozenset()
    title: frozenset[str] = frozenset()

    @classmethod
    def from_texts(
        cls, people: Iterable[str], affiliations: Iterable[str], titles: Iterable[str]
    ) -> ItemWords:
        names = _keys_of(people)
        companies = _keys_of(affiliations) - names
        return cls(names, companies, _keys_of(titles) - names - companies)

    @property
    def names(self) -> frozenset[str]:
        return self.people | self.affiliations


def _keys_of(texts: Iterable[str]) -> frozenset[str]:
    # not two words heard as one (``u:``): that is for a Hangul loanword, not a name
    return frozenset(
        k for text in texts for unit in features(text).units for k in unit.keys if k[0] != "u"
    )


@dataclass(frozen=True, slots=True)
class Weighed:
    """One passage's units with the item's weights, ready to be compared."""

    units: tuple[Unit, ...]
    weights: tuple[float, ...]  # per unit
    total: float
    crossing_total: float  # the total with untranslatable units at UNTRANSLATED
    keys: frozenset[str]
    grams: frozenset[str]
    lang: str
    stem_text: str
    unframed: frozenset[str]  # the keys without sound frames (what two Latin words share)
    spelled: frozenset[str]  # the same without short skeletons (what two English words share)
    english: bool  # a Latin passage in English (features.py)
    holders: Mapping[str, int]  # key -> the units that hold it, as bits (unit n: 1 << n)
    heavy: tuple[bool, ...]  # per unit, whether it weighs at least NEGLIGIBLE
    partial: tuple[int, ...]  # units with syllable pairs (can half-match)
    partial_bits: int  # the same, as bits
    # Units (as bits) -> their weight, how many weigh at least NEGLIGIBLE, how many in all:
    # filled as pairs need them.
    sums: dict[int, tuple[float, int, int]]


def _weighed(
    units: Sequence[Unit], weights: Sequence[float], lang: str, stem_text: str, english: bool
) -> Weighed:
    crossing = sum(
        w if unit.crosses else w * UNTRANSLATED for unit, w in zip(units, weights, strict=True)
    )
    holders: dict[str, int] = {}
    for n, unit in enumerate(units):
        bit = 1 << n
        for key in unit.keys:
            holders[key] = holders.get(key, 0) | bit
    keys = frozenset(holders)
    partial = tuple(n for n, unit in enumerate(units) if unit.grams)
    unframed = keys if not any(key[0] in "su" for key in keys) else _unframed(keys)
    return Weighed(
        tuple(units),
        tuple(weights),
        sum(weights),
        crossing,
        keys,
        frozenset().union(*(unit.grams for unit in units)),
        lang,
        stem_text,
        unframed,
        _spelled(unframed) if english else unframed,
        english,
        holders,
        tuple(w >= NEGLIGIBLE for w in weights),
        partial,
        sum(1 << n for n in partial),
        {0: (0.0, 0, 0)},
    )


def _unframed(keys: frozenset[str]) -> frozenset[str]:
    # neither a frame nor two words heard as one (red team, road time): sounds of loanwords
    return frozenset(key for key in keys if key[0] not in "su")


def _spelled(keys: frozenset[str]) -> frozenset[str]:
    """Keys without short sound skeletons: two English words of different stems are two
    words, however alike they sound (block and public, stop and startups, left and
    reporting); a skeleton still joins cognates of two languages (field, Feld)."""
    return frozenset(key for key in keys if key[0] != "t" or len(key) >= 2 + SPELLED_SOUND)


class ItemWeights:
    """Unit weights for the passages of one item (rarity among them, names, title)."""

    def __init__(self, passages: Sequence[Features], words: ItemWords | None = None) -> None:
        self.words = words or ItemWords()
        df: Counter[str] = Counter()
        for passage in passages:
            df.update({unit.primary for unit in passage.units})
        self._df = df
        self._count = max(1, len(passages))
        self._rarity: dict[str, float] = {}
        self._shared = self.words.affiliations | self.words.title
        self._weighed: dict[int, tuple[Features, Weighed]] = {}  # id(features) ->

    def rarity(self, unit: Unit) -> float:
        """1.0 for a word in one passage, down to ~0.1 for one in every passage (squared)."""
        value = self._rarity.get(unit.primary)
        if value is None:
            df = self._df.get(unit.primary, 1)
            value = (math.log(1 + self._count / df) / math.log(1 + self._count)) ** RARITY
            self._rarity[unit.primary] = value
        return value

    def weight(self, unit: Unit) -> float:
        share = 1.0
        if not unit.keys.isdisjoint(self.words.people):
            share = NAME_SHARE
        elif not unit.keys.isdisjoint(self._shared):
            share = TITLE_SHARE
        return unit.strength * self.rarity(unit) * share

    def weigh(self, passage: Features) -> Weighed:
        """The passage's units with this item's weights; a passage that reads the same as
        one already weighed (``features`` gives both the same object) is weighed once."""
        known = self._weighed.get(id(passage))
        if known is not None and known[0] is passage:
            return known[1]
        weights = [self.weight(unit) for unit in passage.units]
        weighed = _weighed(passage.units, weights, passage.lang, passage.stem_text, passage.english)
        self._weighed[id(passage)] = (passage, weighed)
        return weighed


def _credit(unit: Unit, other: Weighed) -> float:
    if not unit.keys.isdisjoint(other.keys):
        return 1.0
    if unit.grams and other.grams:
        share = len(unit.grams & other.grams) / len(unit.grams)
        if share >= PARTIAL:
            return share * 0.8
    return 0.0


def _matched(a: Weighed, b: Weighed, shared: frozenset[str], same: bool) -> tuple[float, int]:
    """The weight of a's units that b matches, and how many of them there are (in one
    language only those that weigh at least NEGLIGIBLE): the sum of ``_credit`` over a's
    units, from the keys the two share (``shared``)."""
    units = 0
    holders = a.holders
    for key in shared:  # a loop: faster than reduce(or_, …) over a pair's few shared keys
        units |= holders[key]
    sums = a.sums.get(units)
    if sums is None:
        sums = a.sums[units] = _sums(a, units)
    weight, count = sums[0], sums[1] if same else sums[2]
    missed = a.partial_bits & ~units
    if missed and not a.grams.isdisjoint(b.grams):
        # Only Korean stems have syllable pairs, so a missed one shares no key with b.
        grams = b.grams
        for n in a.partial:
            if missed >> n & 1:
                own = a.units[n].grams
                share = len(own & grams) / len(own)
                if share >= PARTIAL:
                    weight += a.weights[n] * (share * 0.8)
                    count += a.heavy[n] or not same
    return weight, count


def _sums(a: Weighed, units: int) -> tuple[float, int, int]:
    weight = 0.0
    heavy = count = n = 0
    while units:
        if units & 1:
            weight += a.weights[n]
            heavy += a.heavy[n]
            count += 1
        units >>= 1
        n += 1
    return weight, heavy, count


def score(
    a: Weighed, b: Weighed, a_parts: Sequence[Weighed] = (), b_parts: Sequence[Weighed] = ()
) -> float:
    """0–100: how much a and b say the same thing (see the module docstring). Symmetric.

    ``a_parts`` and ``b_parts`` are the passages' clauses (when they have several): a
    clause of one that says what (a clause of) the other says is enough (``clause_score``),
    since the other clauses of a long sentence would only dilute the point."""
    value = whole_score(a, b)
    if a_parts or b_parts:
        value = max(value, clause_score(a, b, a_parts, b_parts))
    return value


def clause_score(
    a: Weighed, b: Weighed, a_parts: Sequence[Weighed], b_parts: Sequence[Weighed]
) -> float:
    """The best score of a clause of a with b or a clause of b (and of b's with a). Across
    languages it counts in full: the evidence there (a word list, sounds, numbers) is thin.
    In one language it counts ``SAME_LANGUAGE_CLAUSE`` of a whole passage's: two authors
    who write one point in one language share more of its words than a clause holds, and
    at full weight two clauses sharing two words of the talk linked different points."""
    share = 1.0 if a.lang != b.lang else SAME_LANGUAGE_CLAUSE
    best = 0.0
    for part_a in a_parts or (a,):
        for part_b in b_parts or (b,):
            best = max(best, whole_score(part_a, part_b))
    return round(share * best, 1)


def whole_score(a: Weighed, b: Weighed) -> float:
    """``score`` of two passages as wholes, without their clauses."""
    if not a.total or not b.total:
        return 0.0
    same = a.lang == b.lang
    # A sound frame meets a Latin word with its loanword; two Latin words (code, good) never.
    if same and a.lang == "en":
        shared = a.spelled & b.spelled if a.english and b.english else a.unframed & b.unframed
    else:
        shared = a.keys & b.keys
    mine, mine_count = _matched(a, b, shared, same)
    theirs, theirs_count = _matched(b, a, shared, same)
    overlap = 0.0
    if (mine_count >= MIN_SHARED or theirs_count >= MIN_SHARED) and mine and theirs:
        total_a = a.total if same else a.crossing_total
        total_b = b.total if same else b.crossing_total
        dice = (mine + theirs) / (total_a + total_b)
        # the containment of the better-covered side, at most 1 (as min and max would)
        contained_a, contained_b = mine / total_a, theirs / total_b
        containment = contained_a if contained_a > contained_b else contained_b
        if containment > 1.0:
            containment = 1.0
        evidence = (mine + theirs) / 2 / EVIDENCE
        if evidence > 1.0:
            evidence = 1.0
        overlap = 100 * (dice * containment) ** SHAPE * evidence**CERTAINTY
        if not same:
            overlap *= CROSS
    if same and a.stem_text and len(a.units) >= 3 and len(b.units) >= 3:
        copy = _ratio()(a.stem_text, b.stem_text, score_cutoff=COPY)
        if copy > overlap:
            overlap = copy
    return round(overlap, 1)


@lru_cache(maxsize=1)
def _ratio() -> Callable[..., float]:
    """rapidfuzz's ratio, imported when first needed."""
    from rapidfuzz import fuzz

    return fuzz.ratio


def matched_words(a: Weighed, b: Weighed) -> list[str]:
    """The words of a that b matches, heaviest first (what the two passages share)."""
    found = [(w, u.text) for u, w in zip(a.units, a.weights, strict=True) if _credit(u, b)]
    seen: dict[str, None] = {}
    for _, text in sorted(found, key=lambda pair: -pair[0]):
        seen.setdefault(text, None)
    return list(seen)


def compare_texts(a: str, b: str, words: ItemWords | None = None) -> float:
    """The score of two standalone texts, every word as rare as can be (for tests and
    scripts; an alignment weighs words by how many of the item's passages hold them)."""
    weights = ItemWeights([], words)
    return score(weights.weigh(features(a)), weights.weigh(features(b)))
