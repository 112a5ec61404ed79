"""The names part of the search index: item titles (every language), aliases, speakers,
affiliations, booth names, and entry headings.

Few and short, so matched as whole strings: exact, prefix, word prefix, substring and
초성 by whole-string scans; a query of several words by each word (``search.words``: in
any order, with particles attached); a word by its sound in the other script (upstage,
업스테이지); then typo-tolerant with rapidfuzz on the candidates that a bigram index
picks. A name is stored once however many items and headings share it; its owners say
which items (``("item", item position, field)``) and which headings (entry position,
file line) go by it.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Sequence
from typing import Any

from summit_tui.search.hangul import choseong_key, fold
from summit_tui.search.text import (
    CHOSEONG_PREFIX,
    CHOSEONG_SUBSTRING,
    EXACT,
    FUZZY_CUTOFF,
    FUZZY_WEIGHT,
    PREFIX,
    WORD_PREFIX,
    JoinedKeys,
    LazyText,
    Query,
    Recent,
    bigrams,
    find_all,
    found_inside,
    join_keys,
    prefix_range,
    spaced,
    squeezed,
    substring_grade,
    whole,
)
from summit_tui.search.words import SOUND, Columns, Sounds, every_word

# Bounds that keep one keystroke cheap whatever the number of names.
NAME_FUZZY_CANDIDATES = 400
NAME_FUZZY_POOL = 1500
NAME_HITS = 1000
# A query whose rarest bigram is in at most this many names is looked for in those names
# only; past it, one scan of every name is cheaper (its hits come early then).
GRAM_CANDIDATES = 3000
ENOUGH_NAMES = 10  # names found as typed: no typo matching then
# Characters a Chinese query needs (and may have) for one of them to be taken as a slip.
HAN_SLIP_MIN = 4
HAN_SLIP_MAX = 8

ItemOwner = tuple[str, int, str]  # ("item", item position, field)


class NameBuilder:
    """Collects names in the order they are added; ``finish()`` makes the ``Names``."""

    def __init__(self) -> None:
        self._by_key: dict[str, int] = {}
        self.keys: list[str] = []
        self.texts: list[str] = []
        self.cho: list[str] = []
        self.owners: list[list[tuple[Any, ...]]] = []

    def add(self, text: str, owner: tuple[Any, ...], shown: str = "") -> None:
        """``owner``: ("item", item position, field) or ("heading", entry position, line);
        ``shown``: how a result found by this name shows it, when not as ``text``."""
        text = spaced(unicodedata.normalize("NFC", text))
        if not text:
            return
        key = spaced(fold(text))
        shown = spaced(unicodedata.normalize("NFC", shown))
        lookup = f"{key}\x00{shown}" if shown else key  # one name per way it is shown
        position = self._by_key.get(lookup)
        if position is None:
            position = self._by_key[lookup] = len(self.keys)
            self.keys.append(key)
            self.cho.append(choseong_key(text))
            self.texts.append(shown or text)
            self.owners.append([])
        self.owners[position].append(owner)

    def add_item(self, position: int, item: Any) -> None:
        """Every name an item goes by: titles, aliases, speakers and their affiliations."""
        title_field = "booth" if item.kind == "booth" else "title"
        self.add(item.title, ("item", position, title_field))
        for title in item.titles:
            self.add(title, ("item", position, title_field))
        for alias in item.aliases:
            self.add(alias, ("item", position, "alias"))
        for person in item.speakers:
            self.add(person.name, ("item", position, "speaker"))
            words = sorted(fold(person.name).split())
            for alias in person.aliases:
                # the name in another order ("Konstantinou Maria") is found, but shown as
                # the tree shows the speaker; another spelling (김민지, Μαρία) as written
                same = sorted(fold(alias).split()) == words
                self.add(alias, ("item", position, "speaker"), person.name if same else "")
            if person.affiliation:
                self.add(person.affiliation, ("item", position, "affiliation"))

    def finish(self) -> Names:
        names = Names()
        # Sounds of the names items go by only: a heading's words are too many and too
        # common to be matched by their consonants.
        named = [any(o[0] == "item" for o in owners) for owners in self.owners]
        sounds = Sounds.build(
            [text if i else "" for text, i in zip(self.texts, named, strict=True)], cached=False
        )
        names.sound, names.sound_names = sounds.keys, sounds.names
        compact = [squeezed(key) for key in self.keys]
        grams: dict[str, list[int]] = {}
        for position, name in enumerate(compact):
            for gram in sorted(bigrams(name)):
                grams.setdefault(gram, []).append(position)
        names.grams = {gram: array("I", ids) for gram, ids in grams.items()}
        names.joined, names.offsets = join_keys(compact)
        names.compact = JoinedKeys(names.joined, names.offsets)
        names.key = _joined(self.keys)
        names.text = _joined(self.texts)
        names.cho_of = _joined(self.cho)
        cho_names = [i for i, cho in enumerate(self.cho) if cho]
        names.cho_names = array("I", cho_names)
        names.cho_joined, names.cho_offsets = join_keys([self.cho[i] for i in cho_names])
        order = sorted(range(len(compact)), key=compact.__getitem__)
        names.sorted = _joined([compact[i] for i in order])
        names.sorted_ids = array("I", order)
        words = sorted(
            {(word, position) for position, key in enumerate(self.keys) for word in key.split()}
        )
        names.word_sorted = _joined([word for word, _ in words])
        names.word_names = array("I", [position for _, position in words])
        del words
        empty: tuple = ()
        items: list[tuple[ItemOwner, ...]] = []
        head_start, head_entry, head_line = array("I", [0]), array("I"), array("I")
        for owners in self.owners:
            mine = tuple(o for o in owners if o[0] == "item")
            items.append(mine or empty)  # type: ignore[arg-type]
            for owner in owners:
                if owner[0] != "item":
                    head_entry.append(owner[1])
                    head_line.append(owner[2])
            head_start.append(len(head_entry))
        names.items = items
        names.head_start, names.head_entry, names.head_line = head_start, head_entry, head_line
        return names


class Names:
    """The names, folded once; ``score(query)`` says which match and how well."""

    # Strings per name, each column one joined string (read from the saved index at once).
    key: JoinedKeys  # folded, single spaces
    text: JoinedKeys  # as written (NFC), for snippets
    cho_of: JoinedKeys  # initial consonants (초성) of the Hangul in the name
    compact: JoinedKeys  # folded, no spaces nor joining signs (Server-Driven: serverdriven)
    items: list[tuple[ItemOwner, ...]]  # per name: the items that go by it
    # The headings named so: those of name i are head_*[head_start[i] : head_start[i + 1]].
    head_start: array
    head_entry: array
    head_line: array
    sorted: JoinedKeys  # compact names in text order, for prefix bisection
    sorted_ids: array
    word_sorted: JoinedKeys  # every word of every name, in text order
    word_names: array
    sound: JoinedKeys  # the sound of every word of every name (search.words), in text order
    sound_names: array
    grams: dict[str, array]  # bigram → names holding it
    joined: str | LazyText  # compact names joined, for substring scans (join_keys)
    offsets: array
    cho_joined: str | LazyText
    cho_offsets: array
    cho_names: array

    def __init__(self) -> None:
        # Per word while a query is typed: the names holding it, and sounding like it.
        self._holding: Recent = Recent()
        self._sounding: Recent = Recent()

    def __len__(self) -> int:
        return len(self.key)

    def headings(self, position: int) -> range:
        """Positions in ``head_entry``/``head_line`` of the headings named so."""
        return range(self.head_start[position], self.head_start[position + 1])

    def score(self, q: Query) -> dict[int, float]:
        """Names matching the query, with how well (0–100)."""
        scores: dict[int, float] = {}
        compact = q.compact
        if q.all_choseong:
            for found in find_all(whole(self.cho_joined), self.cho_offsets, compact, NAME_HITS):
                position = self.cho_names[found]
                cho = self.cho_of[position]
                scores[position] = (
                    CHOSEONG_PREFIX if cho.startswith(compact) else CHOSEONG_SUBSTRING
                )
        if not found_inside(compact):
            # A letter or two: only names or words of names starting with it.
            for position in _prefixed(self.sorted, self.sorted_ids, compact, NAME_HITS):
                scores[position] = EXACT if self.compact[position] == compact else PREFIX
            for position in _prefixed(self.word_sorted, self.word_names, compact, NAME_HITS):
                scores.setdefault(position, WORD_PREFIX)
            return scores
        # Substrings (prefixes included).
        for position in self.containing(compact):
            score = substring_grade(self.compact[position], self.key[position], compact, q.key)
            if scores.get(position, 0) < score:
                scores[position] = score
        # Typo matching only when the text itself is not found, and no title or name
        # holds it as typed (it is no typo then).
        if (
            not q.all_choseong
            and len(compact) >= 4
            and len(scores) < ENOUGH_NAMES
            and not any(self.items[position] for position in scores)
        ):
            self._typos(q, scores)
        like = [self._sounding_like(raw) for raw in q.raw]
        if len(q.tokens) > 1:  # several words: each anywhere in the name
            words = every_word(q.tokens, q.choseong, like, self._columns(), NAME_HITS)
            for position, score in words.items():
                if scores.get(position, 0) < score:
                    scores[position] = score
        elif like:
            for position in like[0]:
                scores.setdefault(position, SOUND)
        return scores

    def _sounding_like(self, raw: str) -> set[int]:
        """The names with a word sounding like ``raw`` (``Sounds.like``); not to be changed."""
        found = self._sounding.get(raw)
        if found is None:
            sounds = Sounds(self.sound, self.sound_names)
            found = self._sounding.keep(raw, sounds.like(raw, NAME_HITS))
        return found

    def containing(self, compact: str) -> list[int]:
        """Positions of the names holding ``compact`` (two characters or more), in order,
        at most ``NAME_HITS``; not to be changed (the same list is given again for the
        same word while a query is typed)."""
        found = self._holding.get(compact)
        if found is None:
            found = self._holding.keep(compact, self._containing(compact))
        return found

    def _containing(self, compact: str) -> list[int]:
        """Those of the names holding its rarest bigram when it is rare (a scan of every
        name costs a time that grows with the corpus, and most of it is spent where a
        rare word is not), else one scan of the joined names. Both give the same names."""
        rarest: array | None = None
        for gram in bigrams(compact):
            holding = self.grams.get(gram)
            if holding is None:
                return []  # no name holds this bigram, so none holds the query
            if rarest is None or len(holding) < len(rarest):
                rarest = holding
        if rarest is None or len(rarest) > GRAM_CANDIDATES:
            return find_all(self.compact.joined, self.offsets, compact, NAME_HITS)
        names = self.compact
        found: list[int] = []
        for position in rarest:  # ascending, as the names are in the joined string
            if compact in names[position]:
                found.append(position)
                if len(found) >= NAME_HITS:
                    break
        return found

    def _columns(self) -> Columns:
        return Columns(
            lambda word, _cap: self.containing(word),
            self.key,
            self.compact,
            self.cho_of,
            self._with_initials,
        )

    def _with_initials(self, key: str, cap: int) -> list[int]:
        found = find_all(whole(self.cho_joined), self.cho_offsets, key, cap)
        return [self.cho_names[at] for at in found]

    def _typos(self, q: Query, scores: dict[int, float]) -> None:
        """Names sharing enough bigrams with the query, scored with rapidfuzz."""
        from rapidfuzz import fuzz

        compact = q.compact
        # A name sharing `needed` of the query's bigrams shares one of its rarest
        # len - needed + 1: only their postings give candidates (prefix filtering).
        grams = sorted(bigrams(compact), key=lambda g: (len(self.grams.get(g, ())), g))
        needed = max(2, (len(grams) + 1) // 2)
        pool: set[int] = set()
        for gram in grams[: len(grams) - needed + 1]:
            pool.update(self.grams.get(gram, ()))
        candidates: list[tuple[int, int]] = []
        for position in sorted(pool)[:NAME_FUZZY_POOL]:
            if position in scores:
                continue
            name = self.compact[position]
            shared = sum(map(name.__contains__, grams))
            if shared >= needed:
                candidates.append((shared, position))
        if len(candidates) > NAME_FUZZY_CANDIDATES:
            candidates.sort(key=lambda pair: (-pair[0], pair[1]))
            del candidates[NAME_FUZZY_CANDIDATES:]
        several = len(q.tokens) > 1
        before = len(scores)
        for _count, position in candidates:
            similarity = fuzz.partial_ratio(
                compact, self.compact[position], score_cutoff=FUZZY_CUTOFF
            )
            if several:
                similarity = max(
                    similarity,
                    fuzz.token_set_ratio(q.key, self.key[position], score_cutoff=FUZZY_CUTOFF),
                )
            if similarity >= FUZZY_CUTOFF:
                scores[position] = similarity * FUZZY_WEIGHT
        if len(scores) == before and _may_be_a_slip(compact):
            self._han_slips(compact, grams, scores)

    def _han_slips(self, compact: str, grams: list[str], scores: dict[int, float]) -> None:
        """Names holding the Chinese query with one character another: what a pinyin input
        method gives for a slip between words that sound alike (消息对列 for 消息队列, 对 and 队
        both dui). Scored as a typo of the characters the two share."""
        slips = re.compile(
            "|".join(
                f"{re.escape(compact[:at])}[^{compact[at]}]{re.escape(compact[at + 1 :])}"
                for at in range(len(compact))
            )
        )
        pool: set[int] = set()
        for gram in grams:
            pool.update(self.grams.get(gram, ()))
        share = 100.0 * (len(compact) - 1) / len(compact)
        for position in sorted(pool)[:NAME_FUZZY_POOL]:
            if position not in scores and slips.search(self.compact[position]):
                scores[position] = share * FUZZY_WEIGHT

    # -- saving ---------------------------------------------------------------------------

    _JOINED = ("key", "text", "cho_of", "sorted", "word_sorted", "sound")
    _FIELDS = (
        "items",
        "head_start",
        "head_entry",
        "head_line",
        "sorted_ids",
        "word_names",
        "sound_names",
        "grams",
        "joined",
        "offsets",
        "cho_joined",
        "cho_offsets",
        "cho_names",
    )

    def state(self) -> dict[str, Any]:
        state = {name: getattr(self, name) for name in self._FIELDS}
        for name in self._JOINED:
            column = getattr(self, name)
            state[f"{name}_joined"], state[f"{name}_offsets"] = column.joined, column.offsets
        return state

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Names:
        names = cls()
        for name in cls._FIELDS:
            setattr(names, name, state[name])
        for name in cls._JOINED:
            setattr(names, name, JoinedKeys(state[f"{name}_joined"], state[f"{name}_offsets"]))
        names.compact = JoinedKeys(names.joined, names.offsets)
        return names


def _may_be_a_slip(compact: str) -> bool:
    """A query of four to eight Chinese characters (CJK Unified Ideographs and Extension A)."""
    return HAN_SLIP_MIN <= len(compact) <= HAN_SLIP_MAX and all(
        "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf" for char in compact
    )


def _joined(values: list[str]) -> JoinedKeys:
    return JoinedKeys(*join_keys(values))


def _prefixed(ordered: Sequence[str], ids: array, prefix: str, cap: int) -> list[int]:
    """Ids of the sorted keys starting with ``prefix``, at most ``cap``."""
    found = prefix_range(ordered, prefix, cap)
    return list(ids[found.start : found.stop])
