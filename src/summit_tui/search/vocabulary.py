"""The vocabulary part of the search index: every distinct folded word of the notes' text.

Numbered in text order (so bisection finds prefixes, and the numbers are the postings'
token ids) and held as one joined string rather than 100,000s of ``str``. A query word
finds its vocabulary words exactly, by prefix (bisection), by substring (one
``str.find`` scan over the Hangul or the other part of the joined string), by 초성
(their own joined string), by typo (a small bucket of words of about its length
that start with the same letter), and by sound in the other script (cache finds 캐시,
레디스 finds redis: the sorted sounds of the words that may be loanwords, bisected;
``search.words``).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any

from summit_tui.search.hangul import decompose
from summit_tui.search.text import (
    CHOSEONG_PREFIX,
    EXACT,
    FUZZY_CUTOFF,
    FUZZY_WEIGHT,
    PREFIX,
    SUBSTRING,
    JoinedKeys,
    LazyText,
    Recent,
    find_all,
    found_inside,
    join_keys,
    prefix_range,
    whole,
)
from summit_tui.search.words import Sounds

VOCAB_INFIX_HITS = 800
VOCAB_PREFIX_HITS = 3000
COMMON_WORD = 20  # passages; typo variants of a word this common are not looked for
VOCAB_SOUND_HITS = 200  # words of one sound looked at, per key
SPLIT_PART = 3  # folded characters each word of a word typed without its space needs
CHO_SPLIT_PART = 2  # initials each word of a 초성 query typed without its space needs
# A word heard in the other script (cache, 캐시) ranks below a typo of the script typed.
SOUND_QUALITY = 70.0
# A Hangul word heard as two Latin words (허깅페이스, Hugging Face): syllables each part
# needs, and the longest word tried (a longer one is a sentence run together, not a name).
SPLIT_SYLLABLES = 2
SPLIT_SYLLABLES_MAX = 10

# First characters of Hangul tokens (folded Hangul is conjoining jamo; typed jamo stay).
_HANGUL_STARTS = (("\u1100", "\u1200"), ("\u3131", "\u318f"))

Spans = tuple[tuple[int, int], ...]


class Vocabulary:
    """Build with ``Vocabulary.build(words, initials)``; ``matches`` answers a query word."""

    joined: str | LazyText
    offsets: array
    # Where in ``joined`` the Hangul words are (two ranges: conjoining jamo, compatibility
    # jamo), so a Latin word never scans the jamo, and the reverse.
    hangul_spans: Spans
    other_spans: Spans
    cho_joined: str | LazyText  # 초성 keys of the words written in Hangul syllables
    cho_offsets: array
    cho_ids: array
    buckets: dict[tuple[str, int], array]  # (first letter, length) → words, for typos
    # sounds of the words that may be loanwords (``words.word_sounds``)
    sound_joined: str | LazyText
    sound_offsets: array
    sound_ids: array  # the word of each sound

    def __init__(self) -> None:
        self.joined, self.offsets = join_keys([])
        self.words = JoinedKeys(self.joined, self.offsets)
        self.hangul_spans = self.other_spans = ()
        self.cho_joined, self.cho_offsets = join_keys([])
        self.cho_ids = array("I")
        self.buckets = {}
        self.sound_joined, self.sound_offsets = join_keys([])
        self.sound_ids = array("I")
        self._recent = Recent()

    @classmethod
    def build(
        cls,
        words: list[str],
        initials: list[tuple[int, str]],
        sounds: Sequence[tuple[str, int]] = (),
    ) -> Vocabulary:
        """``words`` in text order (their positions are the ids); ``initials``: (id, 초성
        key) of the words written in syllables; ``sounds``: (sound, id) of those that may
        be loanwords."""
        vocabulary = cls()
        vocabulary.joined, vocabulary.offsets = join_keys(words)
        vocabulary.words = JoinedKeys(vocabulary.joined, vocabulary.offsets)
        vocabulary.hangul_spans, vocabulary.other_spans = _script_spans(vocabulary.words)
        initials = sorted(initials)
        vocabulary.cho_ids = array("I", [tid for tid, _ in initials])
        vocabulary.cho_joined, vocabulary.cho_offsets = join_keys([key for _, key in initials])
        buckets: dict[tuple[str, int], list[int]] = {}
        for tid, word in enumerate(words):
            if len(word) >= 3:
                buckets.setdefault((word[0], len(word)), []).append(tid)
        vocabulary.buckets = {key: array("I", ids) for key, ids in buckets.items()}
        sounds = sorted(sounds)
        vocabulary.sound_ids = array("I", [tid for _, tid in sounds])
        vocabulary.sound_joined, vocabulary.sound_offsets = join_keys([key for key, _ in sounds])
        return vocabulary

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, tid: int) -> str:
        return self.words[tid]

    def prefixed(self, prefix: str) -> list[int]:
        """Ids of the words starting with ``prefix`` (by bisection: ids are in text order)."""
        return list(prefix_range(self.words, prefix, VOCAB_PREFIX_HITS))

    def matches(
        self, token: str, choseong: bool, frequency: Callable[[int], int], raw: str = ""
    ) -> dict[int, float]:
        """Vocabulary words matching one query word, with how well (0–100); not to be
        changed (the same dict is given for the same word while a query is typed).

        ``frequency(id)``: in how many passages a word is (a common word as typed gets
        no typo variants), the same function on every call (the segment's postings).
        ``raw``: the word before jamo, heard in the other script.
        """
        key = (token, choseong, raw)
        found = self._recent.get(key)
        if found is None:
            found = self._recent.keep(key, self._matches(token, choseong, frequency, raw))
        return found

    def _matches(
        self, token: str, choseong: bool, frequency: Callable[[int], int], raw: str
    ) -> dict[int, float]:
        found: dict[int, float] = {}
        if choseong and len(token) >= 2:
            if len(token) < 3:  # two initials: words starting with them
                hits = find_all(
                    whole(self.cho_joined), self.cho_offsets, token, VOCAB_PREFIX_HITS, start=True
                )
            else:
                hits = find_all(whole(self.cho_joined), self.cho_offsets, token, VOCAB_INFIX_HITS)
            for position in hits:
                found[self.cho_ids[position]] = CHOSEONG_PREFIX
            return found
        words = self.words
        prefixed = self.prefixed(token)
        found.update(dict.fromkeys(prefixed, PREFIX))
        exact = bool(prefixed) and words[prefixed[0]] == token  # it sorts first
        common = False
        if exact:
            tid = prefixed[0]
            found[tid] = EXACT
            common = frequency(tid) >= COMMON_WORD
        if found_inside(token):
            spans = self.hangul_spans if _script(token) == "hangul" else self.other_spans
            room = VOCAB_INFIX_HITS
            for low, high in spans:
                hits = find_all(self.words.joined, self.offsets, token, room, low=low, high=high)
                found.update((tid, SUBSTRING) for tid in hits if tid not in found)
                room -= len(hits)
                if room <= 0:
                    break
        if len(token) >= 4 and not common:  # a word common as typed needs no typo help
            from rapidfuzz import fuzz, process

            pool: list[int] = []
            for length in range(len(token) - 2, len(token) + 3):
                pool.extend(self.buckets.get((token[0], length), ()))
            if pool:
                choices = list(map(words.__getitem__, pool))
                for _text, similarity, at in process.extract(
                    token, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=30
                ):
                    found.setdefault(pool[at], similarity * FUZZY_WEIGHT)
        if raw and self.sound_ids:
            for tid in self._sounds().like(raw, VOCAB_SOUND_HITS):
                found.setdefault(tid, SOUND_QUALITY)
        return found

    def choseong_apart(self, token: str) -> list[tuple[frozenset[int], frozenset[int]]]:
        """초성 of two words typed without the space between them (ㅅㄹㅂㅎ for 신뢰 불황):
        for each place to split it (CHO_SPLIT_PART initials each side at least), the words
        whose initials are the first part exactly and those whose initials begin with the
        second (it may be half typed); only the splits where both are found."""
        key = ("cho apart", token)
        if key in self._recent:
            return self._recent[key]
        joined = whole(self.cho_joined)
        found: list[tuple[frozenset[int], frozenset[int]]] = []
        for at in range(CHO_SPLIT_PART, len(token) - CHO_SPLIT_PART + 1):
            firsts = self._choseong_exactly(joined, token[:at])
            if not firsts:
                continue
            seconds = find_all(joined, self.cho_offsets, token[at:], VOCAB_PREFIX_HITS, start=True)
            if seconds:
                ids = self.cho_ids
                found.append((firsts, frozenset(ids[position] for position in seconds)))
        return self._recent.keep(key, found)

    def _choseong_exactly(self, joined: str, initials: str) -> frozenset[int]:
        """The words whose 초성 key is ``initials``, at most VOCAB_PREFIX_HITS."""
        needle = f"\x00{initials}\x00"
        found: list[int] = []
        at = joined.find(needle)
        while at >= 0 and len(found) < VOCAB_PREFIX_HITS:
            found.append(self.cho_ids[bisect.bisect_right(self.cho_offsets, at + 1) - 1])
            at = joined.find(needle, at + len(needle) - 1)
        return frozenset(found)

    def _sounds(self) -> Sounds:
        return Sounds(JoinedKeys(self.sound_joined, self.sound_offsets), self.sound_ids, few=False)

    def split(self, raw: str, *, whole: bool = False) -> tuple[int, dict[int, float]] | None:
        """A word typed without the space or hyphen the notes write between its two words
        (serverdriven for server driven, 서버드리븐 for 서버 드리븐): the id of its first
        word, a word of the vocabulary as typed, and the second's words, as typed or, but
        with ``whole``, begun (it may be half typed). The longest first word that leaves
        such a second; None when there is none. ``raw``: the word before jamo (split
        between syllables)."""
        key = ("split", raw, whole)
        if key in self._recent:
            return self._recent[key]
        return self._recent.keep(key, self._split(raw, whole))

    def _split(self, raw: str, whole: bool) -> tuple[int, dict[int, float]] | None:
        if not (raw.isascii() and raw.isalpha()) and not "\uac00" <= raw[:1] <= "\ud7a3":
            return None  # Chinese or Japanese are written without spaces; digits are no word
        words = self.words
        for at in range(len(raw) - 1, 0, -1):
            first, rest = decompose(raw[:at]), decompose(raw[at:])
            if len(first) < SPLIT_PART or len(rest) < SPLIT_PART:
                continue
            tids = prefix_range(words, first, 1)
            if not tids or words[tids[0]] != first:
                continue
            seconds = self.prefixed(rest)
            if whole:
                seconds = seconds[:1] if seconds and words[seconds[0]] == rest else []
            if seconds:
                return tids[0], {tid: EXACT if words[tid] == rest else PREFIX for tid in seconds}
        return self._heard_apart(raw) if self.sound_ids and not raw.isascii() else None

    def _heard_apart(self, raw: str) -> tuple[int, dict[int, float]] | None:
        """A loanword written as one Hangul word for a name the notes write as two Latin
        words (허깅페이스 for Hugging Face, 깃허브 액션 aside): split between syllables,
        each part SPLIT_SYLLABLES at least, where both parts sound like words of the notes.
        The first word heard, and the second's words."""
        if len(raw) > SPLIT_SYLLABLES_MAX:
            return None
        sounds = self._sounds()
        for at in range(SPLIT_SYLLABLES, len(raw) - SPLIT_SYLLABLES + 1):
            firsts = sounds.like(raw[:at], VOCAB_SOUND_HITS)
            if not firsts:
                continue
            seconds = sounds.like(raw[at:], VOCAB_SOUND_HITS)
            if seconds:
                return min(firsts), dict.fromkeys(sorted(seconds), SOUND_QUALITY)
        return None

    # -- saving ---------------------------------------------------------------------------

    _FIELDS = (
        "joined",
        "offsets",
        "hangul_spans",
        "other_spans",
        "cho_joined",
        "cho_offsets",
        "cho_ids",
        "buckets",
        "sound_joined",
        "sound_offsets",
        "sound_ids",
    )

    def state(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._FIELDS}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Vocabulary:
        vocabulary = cls()
        for name in cls._FIELDS:
            setattr(vocabulary, name, state[name])
        vocabulary.words = JoinedKeys(vocabulary.joined, vocabulary.offsets)
        return vocabulary


def _script(token: str) -> str:
    """Which joined vocabulary holds a token: "ascii", "hangul" (jamo keys) or "other"."""
    if token.isascii():
        return "ascii"
    if "\u1100" <= token[0] <= "\u11ff" or "\u3131" <= token[0] <= "\u318e":
        return "hangul"  # tokens are of one script (TOKEN), and folded Hangul is jamo
    return "other"


def _script_spans(words: Sequence[str]) -> tuple[Spans, Spans]:
    """Where the Hangul words of a sorted vocabulary are in its joined string, and where
    the others are, as [low, high) character ranges for ``find_all``."""
    assert isinstance(words, JoinedKeys)
    offsets = words.offsets
    bounds = [0]
    for first, after in _HANGUL_STARTS:
        bounds += [bisect.bisect_left(words, first), bisect.bisect_left(words, after)]
    bounds.append(len(words))
    ranges = [(offsets[a] - 1, offsets[b]) for a, b in pairwise(bounds)]
    hangul = tuple(r for r in ranges[1::2] if r[1] > r[0] + 1)
    other = tuple(r for r in ranges[0::2] if r[1] > r[0] + 1)
    return hangul, other
