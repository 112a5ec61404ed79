"""A query's words matched against names one by one, for search's names and the suggester.

A name holds a query of several words when it holds each of them, in any order and with
anything between: 넥슨 라이브 is in "넥슨의 다음 10년, 라이브 서비스…" (the 의 that
follows 넥슨 is a particle, 최적화 starts 최적화하기, 월드 is inside 오픈월드).

A word also matches a word of an item's name in the other script that sounds the same:
upstage and 업스테이지, Nexon and 넥슨. Both are reduced to the consonant skeleton that
compare's transliteration uses (PSTS, NKSN), marked when the word starts with a vowel.
Skeletons of four consonants or more are specific enough alone; one of three also needs
the two words' loose spellings to be close (keynote and 키노트, not kind); shorter ones,
and two words of one script, share a skeleton by chance and are not compared.

Every step is bounded: a C-level scan of the joined names per word (at most ``MAX_WORDS``,
each stopping after ``cap`` hits) and a bisection per word for sounds.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Sequence

from summit_tui.compare.translit import MIN_LENGTH, hangul_skeleton, latin_skeleton
from summit_tui.search.text import TOKEN, JoinedKeys, find_all, join_keys, prefix_range

# Scores (0–100), beside those of text.py: below a name holding the words as one piece.
ALL_WORDS = 90.0  # every word of the query starts a word of the name
WORDS_INSIDE = 87.0  # every word is in the name, one at least inside a word (월드 in 오픈월드)
SOUND = 85.0  # a word sounds like a word of the name written in the other script

MAX_WORDS = 6  # words matched one by one; a longer query is matched by its first six
INSIDE_MIN = 3  # folded characters a word needs to be found inside another word
SURE_SKELETON = 4  # consonants from which a skeleton alone says two words sound alike
CLOSE_SPELLING = 70.0  # rapidfuzz ratio of loose spellings a shorter skeleton also needs

_VOWEL_START = frozenset("aeiou")
_SILENT_INITIAL = 11  # ㅇ: the syllable starts with its vowel
# Uncached: the words of a whole index kept in translit's caches would hold on to memory
# the build frees (pymalloc keeps an arena while one object in it lives).
_hangul_skeleton = hangul_skeleton.__wrapped__
_latin_skeleton = latin_skeleton.__wrapped__
_TAKEN = "\x00"  # a place in a name a word of the query was found at
_SPELLING = "\x01"  # between a sound's skeleton and the word


def sound_key(raw: str, *, other: bool = False) -> str:
    """The sound of one word (NFKC, casefolded, before jamo): its script ("h" or "l"),
    "_" when it starts with a vowel, and its consonant skeleton; with ``other``, the
    script is the other one (the key a query word looks up). Empty for a word whose
    skeleton is too short or that is of neither script."""
    if raw.isascii() and raw.isalpha():
        script, skeleton = "l", _latin_skeleton(raw)
        vowel = raw[0] in _VOWEL_START
    elif raw and all("\uac00" <= char <= "\ud7a3" for char in raw):
        script, skeleton = "h", _hangul_skeleton(raw)
        vowel = (ord(raw[0]) - 0xAC00) // 588 == _SILENT_INITIAL
    else:
        return ""
    if len(skeleton) < MIN_LENGTH:
        return ""
    if other:
        script = "h" if script == "l" else "l"
    return script + ("_" if vowel else "") + skeleton


def _skeleton(key: str) -> str:
    return key[1:].lstrip("_")


def sound_keys(text: str) -> set[str]:
    """The sounds of the words of a name (as written), each followed by the word."""
    base = unicodedata.normalize("NFKC", text).casefold()
    keys: set[str] = set()
    for word in TOKEN.findall(base):
        key = sound_key(word)
        if key:
            keys.add(key + _SPELLING + word)
    return keys


class Sounds:
    """Which names hold a word of each sound: sorted keys and their names, for bisection."""

    def __init__(self, keys: JoinedKeys, names: array) -> None:
        self.keys = keys
        self.names = names

    @classmethod
    def build(cls, texts: Sequence[str]) -> Sounds:
        """``texts``: the names; an empty text has no sound (a name no item goes by)."""
        pairs = sorted(
            (key, position) for position, text in enumerate(texts) for key in sound_keys(text)
        )
        keys = JoinedKeys(*join_keys([key for key, _ in pairs]))
        return cls(keys, array("I", [position for _, position in pairs]))

    def like(self, raw: str, cap: int) -> set[int]:
        """Names holding a word of the other script that sounds like ``raw``."""
        key = sound_key(raw, other=True)
        if not key:
            return set()
        found = prefix_range(self.keys, key + _SPELLING, cap)
        if not found:
            return set()
        if len(_skeleton(key)) >= SURE_SKELETON:
            return {self.names[i] for i in found}
        from rapidfuzz import fuzz

        from summit_tui.corpus.romanize import loose_spelling

        spelling = loose_spelling(raw)
        skip = len(key) + 1
        return {
            self.names[i]
            for i in found
            if fuzz.ratio(spelling, loose_spelling(self.keys[i][skip:])) >= CLOSE_SPELLING
        }


def every_word(
    tokens: Sequence[str],
    sounds: Sequence[set[int]],
    joined: str,
    offsets: array,
    spaced: Sequence[str],
    compact: Sequence[str],
    cap: int,
) -> dict[int, float]:
    """Names (positions) holding every one of ``tokens`` (folded query words), scored.

    ``sounds[i]``: the names with a word sounding like token ``i``; ``joined``/``offsets``:
    the names folded without spaces (``join_keys``); ``spaced``/``compact``: each name
    folded with single spaces / without spaces.
    """
    tokens = tokens[:MAX_WORDS]
    # The names holding the rarest word are the candidates: each word's scan stops at
    # ``cap`` hits, and a word found fewer times than that has found all its names.
    candidates: set[int] | None = None
    for at in sorted(range(len(tokens)), key=lambda i: -len(tokens[i])):
        hits = set(find_all(joined, offsets, tokens[at], cap)) | sounds[at]
        if candidates is None or len(hits) < len(candidates):
            candidates = hits
        if len(hits) < cap:
            break
    scores: dict[int, float] = {}
    for position in sorted(candidates or ()):
        score = grade(spaced[position], compact[position], tokens, sounds, position)
        if score:
            scores[position] = score
    return scores


def grade(
    spaced: str,
    compact: str,
    tokens: Sequence[str],
    sounds: Sequence[set[int]],
    position: int,
) -> float:
    """How one name holds every word, each in a place of its own (so ㅇ, the start of a
    word still being typed, is not the ㅇ of 원자력 typed before it): 0 when one is missing.
    ``compact`` only says quickly that a word is missing."""
    score = ALL_WORDS
    text = spaced
    for at in sorted(range(len(tokens)), key=lambda i: -len(tokens[i])):
        token = tokens[at]
        where = word_start(text, token) if token in compact else -1
        if where < 0 and len(token) >= INSIDE_MIN:
            where = text.find(token)
            if where >= 0:
                score = min(score, WORDS_INSIDE)
        if where >= 0:  # taken: another word must be found elsewhere
            text = text[:where] + _TAKEN * len(token) + text[where + len(token) :]
        elif position in sounds[at]:
            score = SOUND
        else:
            return 0.0
    return score


def word_start(text: str, word: str) -> int:
    """Where ``word`` is in ``text`` at the start of a word (after a space or a sign), or -1."""
    at = text.find(word)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            return at
        at = text.find(word, at + 1)
    return -1


def word_spans(folded: str, owners: Sequence[int], tokens: Sequence[str]) -> list[int]:
    """The characters of a name where ``grade`` found each word: ``folded`` is the name
    folded, ``owners[j]`` the character of the name that folded character ``j`` came from."""
    marked: list[int] = []
    text = folded
    for token in sorted(tokens[:MAX_WORDS], key=len, reverse=True):
        where = word_start(text, token)
        if where < 0 and len(token) >= INSIDE_MIN:
            where = text.find(token)
        if where >= 0:
            marked.extend(owners[where : where + len(token)])
            text = text[:where] + _TAKEN * len(token) + text[where + len(token) :]
    return sorted(set(marked))
