"""One suggester: every "did you mean" (commands, settings) and the command palette.

Candidates are small lists (items, events, days, tags, setting keys, binding ids), each
a ``key`` (an id) with a ``label`` and other ``names`` (titles in every language,
aliases, speakers). A query is matched the way search matches names (``search.names``):
folded (NFKC, casefold, Hangul as jamo keys), then as typed (exact, prefix, word
prefix, 초성, substring; several words each anywhere in a name; a word by its sound in
the other script, ``search.words``) with the same scores, then, only when nothing matches
as typed, typo-tolerant: names with rapidfuzz's partial ratio at search's cutoff, keys
by Damerau-Levenshtein distance keeping only the closest (as git does), so
``skai2024-k99`` suggests ``skai2024-k09`` and not every keynote.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from summit_tui.search.hangul import choseong_key, choseong_with_map, fold, is_choseong_query

# The scores search gives a name (search.names), so both rank alike.
from summit_tui.search.text import (
    CHOSEONG_PREFIX,
    CHOSEONG_SUBSTRING,
    EXACT,
    FUZZY_CUTOFF,
    FUZZY_WEIGHT,
    PREFIX,
    WORD_PREFIX,
    find_all,
    fold_query,
    join_keys,
    prefix_range,
    spaced,
    substring_grade,
)
from summit_tui.search.words import (
    ALL_WORDS,
    SOUND,
    Columns,
    Sounds,
    every_word,
    word_spans,
)

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Item
    from summit_tui.search.query import Filters

AS_TYPED = CHOSEONG_SUBSTRING  # scores from here up matched the query as typed

SUGGESTIONS = 5  # at most this many "did you mean"s
HITS = 2000  # names found as typed, at most: every keystroke of the palette stays bounded
TYPO_POOL = 500  # names looked at as typos
LIST_ALL_UP_TO = 8  # with nothing close, a list this short is shown whole
# A word of a name not found (kubecon-karpenter) is looked for alone when it has this many
# characters, and says which candidate was meant only when at most this many hold it.
WORD_MIN = 3
WORD_HITS = 10

_KEY_SEPARATORS = re.compile(r"[-_./:]+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """Something a user can name: ``key`` is what a command takes (an id, a tag)."""

    key: str
    label: str = ""  # shown beside the key: a title
    names: tuple[str, ...] = ()  # other names it goes by (titles, aliases)
    # Names of the people it is by (speakers, their aliases and companies): found as its
    # own names are, but below them when both match as well (`lamb`: the booth Lambda
    # before the talks by "Lambda CEO").
    people: tuple[str, ...] = ()
    # Said after the label where two suggestions have the same one: an item's event, when
    # the notes hold several (a talk of one title given at two conferences).
    where: str = ""


@dataclass(frozen=True, slots=True)
class Suggestion:
    candidate: Candidate
    score: float  # 0–100, as search scores names
    name: str  # the text that matched: the key, the label or one of the names
    spans: tuple[tuple[int, int], ...] = ()  # [start, end) ranges of ``name`` that matched

    @property
    def key(self) -> str:
        return self.candidate.key


@dataclass(frozen=True, slots=True)
class _Name:
    owner: int  # candidate index
    text: str
    spaced: str  # folded, single spaces
    compact: str  # folded, no spaces
    cho: str  # the initials of its Hangul syllables
    is_key: bool


@dataclass(frozen=True, slots=True)
class _Folded:
    spaced: str
    compact: str
    choseong: bool
    tokens: tuple[str, ...] = ()  # the words, folded (as search's Query)
    raw: tuple[str, ...] = ()  # the words before jamo
    initials: tuple[bool, ...] = ()  # per word: only initial consonants (초성)


def _folded_words(text: str) -> str:
    """Folded, with an id's separators as spaces (skai2024-k09 is "skai2024 k09")."""
    return spaced(_KEY_SEPARATORS.sub(" ", fold(text)))


def _fold_query(query: str) -> _Folded:
    words = _folded_words(query)
    split = fold_query(query)
    return _Folded(
        words,
        words.replace(" ", ""),
        is_choseong_query(words),
        split.tokens,
        split.raw,
        split.choseong,
    )


class Suggester:
    """Build once per list of candidates; ``rank`` for the palette, ``suggest`` for errors.

    Names are held as columns and found by scans of joined strings (as search finds names),
    so a keystroke costs C-level scans plus the hits, whatever the number of candidates.
    """

    def __init__(self, candidates: Iterable[Candidate]) -> None:
        self.candidates: list[Candidate] = list(candidates)
        self._owner = array("I")
        self._text: list[str] = []
        self._spaced: list[str] = []
        self._compact: list[str] = []
        self._cho: list[str] = []
        self._keys: list[int] = []  # positions of the names that are keys
        self._people: set[int] = set()  # positions of the names that are people's
        for owner, candidate in enumerate(self.candidates):
            seen: set[str] = set()
            texts = [(candidate.key, True, False), (candidate.label, False, False)]
            texts += [(name, False, False) for name in candidate.names]
            texts += [(name, False, True) for name in candidate.people]
            for text, is_key, is_person in texts:
                text = spaced(text)
                if not text or text in seen:
                    continue
                seen.add(text)
                words = _folded_words(text)
                if is_key:
                    self._keys.append(len(self._text))
                if is_person:
                    self._people.add(len(self._text))
                self._owner.append(owner)
                self._text.append(text)
                self._spaced.append(words)
                self._compact.append(words.replace(" ", ""))
                self._cho.append(choseong_key(text))
        self._joined, self._offsets = join_keys(self._compact)
        self._cho_joined, self._cho_offsets = join_keys(self._cho)
        order = sorted(range(len(self._compact)), key=self._compact.__getitem__)
        self._sorted = [self._compact[i] for i in order]
        self._sorted_ids = array("I", order)
        words = sorted(
            (word, position)
            for position, name in enumerate(self._spaced)
            for word in set(name.split())
        )
        self._words = [word for word, _ in words]
        self._word_ids = array("I", [position for _, position in words])
        self._sounds = Sounds.build(self._text)

    def __len__(self) -> int:
        return len(self.candidates)

    def rank(self, query: str, limit: int | None = None) -> list[Suggestion]:
        """The candidates that match, best first (ties in candidate order): matches as typed,
        or typo matches when none is as typed; at most ``limit``."""
        q = _fold_query(query)
        if not q.compact:
            return []
        best = self._as_typed(q)
        if not best:
            best = self._typos(q)
        people = self._people
        ordered = sorted(
            best.items(), key=lambda pair: (-pair[1][0], pair[1][1] in people, pair[0])
        )
        if limit is not None:
            ordered = ordered[:limit]
        return [
            Suggestion(
                self.candidates[owner],
                score,
                self._text[position],
                _spans(self._name(position), q, score),
            )
            for owner, (score, position) in ordered
        ]

    def suggest(self, query: str, limit: int = SUGGESTIONS) -> list[Suggestion]:
        """The closest candidates to a name that was not found (none when nothing is close).

        An id guessed from words of the name (kubecon-karpenter for the Karpenter talk at
        KubeCon, whose id is scaling-karpenter-…) is close when nothing is as a whole: the
        candidates holding the most of its words, a word that many candidates hold
        (the event's) saying nothing."""
        found = self.rank(query, limit)
        if found:
            return found
        words = [w for w in _folded_words(query).split() if len(w) >= WORD_MIN]
        if len(words) < 2:
            return []
        # Each word counts by how few candidates hold it (karpenter, one talk, before
        # kubecon, every post of the event); a candidate far below the best is left out.
        tally: dict[int, tuple[float, float, int]] = {}  # candidate → weight, score, name
        for word in dict.fromkeys(words):
            # as written only: a word of a guess (bogus) is no typo of every short name
            hits = self._as_typed(_fold_query(word))
            if len(hits) > WORD_HITS:
                continue
            for owner, (score, position) in hits.items():
                weight, best, at = tally.get(owner, (0.0, score, position))
                if score > best:
                    best, at = score, position
                tally[owner] = (weight + 1 / len(hits), best, at)
        if not tally:
            return []
        ranked = sorted(tally.items(), key=lambda pair: (-pair[1][0], -pair[1][1], pair[0]))
        top = ranked[0][1][0]
        return [
            Suggestion(self.candidates[owner], score, self._text[at])
            for owner, (weight, score, at) in ranked[:limit]
            if weight >= top / 2
        ]

    def find(self, query: str) -> Candidate | None:
        """The candidate whose key or one of whose names is ``query`` (folded), if exactly one."""
        compact = _fold_query(query).compact
        span = prefix_range(self._sorted, compact, HITS)
        owners = {self._owner[self._sorted_ids[i]] for i in span if self._sorted[i] == compact}
        return self.candidates[owners.pop()] if len(owners) == 1 else None

    def _name(self, position: int) -> _Name:
        return _Name(
            self._owner[position],
            self._text[position],
            self._spaced[position],
            self._compact[position],
            self._cho[position],
            False,
        )

    # -- matching ---------------------------------------------------------------------------

    def _as_typed(self, q: _Folded) -> dict[int, tuple[float, int]]:
        scores: dict[int, float] = {}  # name position → score
        compact = q.compact
        if len(compact) < 3:  # a letter or two: only names or words starting with it
            for i in prefix_range(self._sorted, compact, HITS):
                position = self._sorted_ids[i]
                scores[position] = EXACT if self._sorted[i] == compact else PREFIX
            for i in prefix_range(self._words, compact, HITS):
                scores.setdefault(self._word_ids[i], WORD_PREFIX)
        else:
            for position in find_all(self._joined, self._offsets, compact, HITS):
                scores[position] = substring_grade(
                    self._compact[position], self._spaced[position], compact, q.spaced
                )
        if q.choseong:
            # anywhere in a name's 초성, as search finds names (ㅎㅌ for "3/10 (일) · 힐튼 …")
            for position in find_all(self._cho_joined, self._cho_offsets, compact, HITS):
                cho = self._cho[position]
                score = CHOSEONG_PREFIX if cho.startswith(compact) else CHOSEONG_SUBSTRING
                if scores.get(position, 0.0) < score:
                    scores[position] = score
        like = [self._sounds.like(raw, HITS) for raw in q.raw]
        if len(q.tokens) > 1:  # several words: each anywhere in the name
            columns = Columns(
                lambda word, cap: find_all(self._joined, self._offsets, word, cap),
                self._spaced,
                self._compact,
                self._cho,
                lambda key, cap: find_all(self._cho_joined, self._cho_offsets, key, cap),
            )
            words = every_word(q.tokens, q.initials, like, columns, HITS)
            for position, score in words.items():
                if scores.get(position, 0.0) < score:
                    scores[position] = score
        elif like:
            for position in like[0]:
                scores.setdefault(position, SOUND)
        return self._best(scores)

    def _best(self, scores: dict[int, float]) -> dict[int, tuple[float, int]]:
        """Per candidate, its best scoring name (on ties its own before a person's, then
        the first)."""
        best: dict[int, tuple[float, int]] = {}
        people = self._people
        for position, score in sorted(scores.items()):
            owner = self._owner[position]
            kept = best.get(owner)
            if (
                kept is None
                or score > kept[0]
                or (score == kept[0] and kept[1] in people and position not in people)
            ):
                best[owner] = (score, position)
        return best

    def _typos(self, q: _Folded) -> dict[int, tuple[float, int]]:
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import DamerauLevenshtein

        scores: dict[int, float] = {}
        if q.choseong or len(q.compact) < 3:
            return {}
        # Keys (ids, tags, setting names): by edit distance, only the closest survive.
        allowed = max(1, len(q.compact) // 3)
        keys = [self._compact[position] for position in self._keys]
        found = process.extract(
            q.compact, keys, scorer=DamerauLevenshtein.distance, score_cutoff=allowed, limit=None
        )
        close = [(d, self._keys[at]) for _, d, at in found if d < len(keys[at])]
        if close:
            nearest = min(d for d, _ in close)
            for distance, position in close:
                if distance == nearest:
                    length = max(len(q.compact), len(self._compact[position]), 1)
                    scores[position] = 100.0 * (1 - distance / length) * FUZZY_WEIGHT
        # Names (titles, speakers): as search finds a misspelt name; a name shorter than the
        # query is no typo of it (SK in skai2024-k99).
        if len(q.compact) >= 4:
            several = " " in q.spaced
            for _, similarity, position in process.extract(
                q.compact,
                self._compact,
                scorer=fuzz.partial_ratio,
                score_cutoff=FUZZY_CUTOFF,
                limit=TYPO_POOL,
            ):
                name = self._compact[position]
                if position in scores or self._is_key(position):
                    continue
                if len(name) < len(q.compact):
                    similarity = fuzz.ratio(q.compact, name)
                elif several:
                    similarity = max(
                        similarity, fuzz.token_set_ratio(q.spaced, self._spaced[position])
                    )
                if similarity >= FUZZY_CUTOFF:
                    scores[position] = similarity * FUZZY_WEIGHT
        return self._best(scores)

    def _is_key(self, position: int) -> bool:
        at = bisect.bisect_left(self._keys, position)
        return at < len(self._keys) and self._keys[at] == position


# -- highlighting -----------------------------------------------------------------------------


def _compact_map(text: str) -> tuple[str, list[int]]:
    """The folded text without spaces, and for each of its characters the index in ``text``
    of the character it came from."""
    out: list[str] = []
    owners: list[int] = []
    for index, char in enumerate(text):
        for piece in _KEY_SEPARATORS.sub(" ", fold(char)):
            if not piece.isspace():
                out.append(piece)
                owners.append(index)
    return "".join(out), owners


def _spans(name: _Name, q: _Folded, score: float) -> tuple[tuple[int, int], ...]:
    """Where the query matched in ``name.text`` (nothing for a typo match)."""
    if score < AS_TYPED:
        return ()
    if len(q.tokens) > 1 and score <= ALL_WORDS and q.compact not in name.compact:
        folded, owners = _folded_map(name.text)
        return _runs(word_spans(folded, owners, q.tokens))
    if q.choseong and score in (CHOSEONG_PREFIX, CHOSEONG_SUBSTRING):
        cho, positions = choseong_with_map(name.text)
        at = cho.find(q.compact)
        if at < 0:
            return ()
        return _runs(positions[at : at + len(q.compact)])
    compact, owners = _compact_map(name.text)
    at = compact.find(q.compact)
    if score == WORD_PREFIX:  # the first match that starts a word
        words = {owners[i] for i in range(len(compact)) if _starts_word(name.text, owners[i])}
        at = next(
            (i for i in _find_each(compact, q.compact) if owners[i] in words),
            at,
        )
    if at < 0:
        return ()
    return _runs(sorted(set(owners[at : at + len(q.compact)])))


def _folded_map(text: str) -> tuple[str, list[int]]:
    """The folded text (an id's separators as spaces) and for each of its characters the
    index in ``text`` of the character it came from."""
    out: list[str] = []
    owners: list[int] = []
    for index, char in enumerate(text):
        for piece in _KEY_SEPARATORS.sub(" ", fold(char)):
            out.append(piece)
            owners.append(index)
    return "".join(out), owners


def _starts_word(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def _find_each(haystack: str, needle: str) -> Iterable[int]:
    at = haystack.find(needle)
    while at >= 0:
        yield at
        at = haystack.find(needle, at + 1)


def _runs(indices: Sequence[int]) -> tuple[tuple[int, int], ...]:
    runs: list[tuple[int, int]] = []
    for index in indices:
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return tuple(runs)


# -- what commands name -----------------------------------------------------------------------


def item_candidate(item: Item, where: str = "") -> Candidate:
    """An item: its id, title, other titles, aliases, speakers (and their aliases, and
    their companies); ``where``: its event, when there are several."""
    speakers = [name for person in item.speakers for name in (person.name, *person.aliases)]
    speakers += [person.affiliation for person in item.speakers if person.affiliation]
    return Candidate(item.id, item.title, (*item.titles, *item.aliases), tuple(speakers), where)


def item_suggester(corpus: Corpus) -> Suggester:
    events = corpus.program.events
    titles = {event.id: event.title or event.id for event in events} if len(events) > 1 else {}
    return Suggester(item_candidate(item, titles.get(item.event, "")) for item in corpus.items())


def event_suggester(corpus: Corpus) -> Suggester:
    return Suggester(
        Candidate(event.id, event.title, tuple(event.aliases)) for event in corpus.program.events
    )


def did_you_mean(
    suggestions: Sequence[Suggestion], *, show_label: bool = True, width: int = 60
) -> str:
    """``skai2024-k09 (패널토의: …)`` joined: the text after "did you mean"."""
    from summit_tui.text import clean_line

    parts = []
    labels = Counter(suggestion.candidate.label for suggestion in suggestions)
    for suggestion in suggestions:
        key = clean_line(suggestion.key)
        label = clean_line(suggestion.candidate.label)
        if show_label and label and label != key:
            if len(label) > width:
                label = label[: width - 1].rstrip() + "…"
            where = suggestion.candidate.where
            if where and labels[suggestion.candidate.label] > 1:  # the same title twice
                label = f"{label}, {clean_line(where)}"
            parts.append(f"{key} ({label})")
        else:
            parts.append(key)
    return ", ".join(parts)


def unknown(
    what: str,
    value: str,
    suggester: Suggester,
    *,
    where: str = "",
    listing: str = "",
    show_label: bool = True,
) -> str:
    """One message for a name that was not found: the closest matches, else every
    candidate when there are few, else where to look (``listing``)."""
    from summit_tui.text import clean_line

    message = f"no {what} {clean_line(value)!r}{where}"
    close = suggester.suggest(value)
    if close:
        return f"{message}; did you mean {did_you_mean(close, show_label=show_label)}?"
    if not suggester.candidates:
        return f"{message}; there are none"
    if len(suggester.candidates) <= LIST_ALL_UP_TO:
        everything = [Suggestion(c, 0.0, c.key) for c in suggester.candidates]
        return f"{message}; the choices are {did_you_mean(everything, show_label=show_label)}"
    return f"{message}; {listing}" if listing else message


def unknown_filters(filters: Filters, corpus: Corpus) -> list[str]:
    """Each ``author:``, ``track:`` or ``day:`` value of a search that names nothing in the
    corpus, said with the closest names (for a search that found nothing)."""
    from summit_tui.search.filters import _any_in, _author_matches
    from summit_tui.search.query import day_matches
    from summit_tui.text import clean_line

    said: list[str] = []
    authors = sorted({entry.author for entry in corpus.entries} | {n.author for n in corpus.notes})
    folded = tuple(spaced(fold(author)) for author in authors)
    for wanted in filters.authors:
        if not _author_matches(wanted, folded):
            choices = Suggester(Candidate(author) for author in authors)
            said.append(unknown("author", wanted, choices, listing="`summit-tui list` names them"))
    tracks = sorted(
        {
            track.name
            for event in corpus.program.events
            for day in event.days
            for track in day.tracks
        }
        | {note.track for note in corpus.notes if note.track}
    )
    for wanted in filters.tracks:
        if not any(_any_in((wanted,), track) for track in tracks):
            choices = Suggester(Candidate(track) for track in tracks)
            said.append(unknown("track", wanted, choices, listing="`summit-tui list` names them"))
    days = [
        (day.date, number)
        for event in corpus.program.events
        for number, day in zip(event.day_numbers(), event.days, strict=True)
    ]
    dates = sorted({date for date, _ in days if date} | {n.date for n in corpus.notes if n.date})
    for wanted in filters.days:
        if not any(day_matches(wanted, date, number) for date, number in days) and not any(
            day_matches(wanted, date, None) for date in dates
        ):
            if not dates:  # the talks are under "Day unknown": "there are none" misleads
                numbers = f"1–{len(days)}" if len(days) > 1 else "1"
                said.append(
                    f"no day {clean_line(wanted)!r}; no day of these notes has a date"
                    + (f" (days by number: {numbers})" if days else "")
                )
                continue
            # The days the tree shows: a note's posting date is no day to choose.
            shown = sorted({date for date, _ in days if date}) or dates
            choices = Suggester(Candidate(date) for date in shown)
            said.append(unknown("day", wanted, choices, listing="days are numbers or dates"))
    return said
