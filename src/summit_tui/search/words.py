"""A query's words matched against names one by one, for search's names and the suggester.

A name holds a query of several words when it holds each of them, in any order and with
anything between: 넥슨 라이브 is in "넥슨의 다음 10년, 라이브 서비스…" (the 의 that
follows 넥슨 is a particle, 최적화 starts 최적화하기, 월드 is inside 오픈월드).

A word also matches a word of an item's name in the other script that sounds the same:
upstage and 업스테이지, Nexon and 넥슨. Both are reduced to the consonant skeleton that
corpus/sounds gives compare too (PSTS, NKSN), marked when the word starts with a vowel.
Skeletons of four consonants or more are specific enough alone; one of three also needs
the two words' loose spellings to be close (keynote and 키노트, not kind). A word of one
or two consonants (kakao 카카오, apple 애플, google 구글, team 팀, openai 오픈에이아이) is
matched by its syllables instead (corpus/sounds, which events and compare use too): where
its vowels fall between the consonants, which a loanword keeps, with the 으 Hangul adds
after a consonant left out (애플 and apple are both VPL). Two words of one
script are not compared. A Latin word that starts with two consonants may be written
with its first letter's name (nvidia 엔비디아, ncsoft 엔씨소프트): it is looked up with
and without the vowel it then starts with.

Every step is bounded: the names holding a word are looked up once per word (at most
``MAX_WORDS``, each stopping after ``cap`` hits; ``Columns.holding``), the names graded are
those of the rarest word (or, once, at most ``AGAIN`` more), and a word's sound is one
bisection.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from summit_tui.corpus.sounds import SKELETON_MIN as MIN_LENGTH
from summit_tui.corpus.sounds import (
    consonants,
    hangul_skeleton,
    latin_skeleton,
    syllable_key,
    syllable_keys,
    vowels_agree,
)
from summit_tui.search.text import (
    FUZZY_CUTOFF,
    TOKEN,
    JoinedKeys,
    join_keys,
    prefix_range,
)

# Scores (0–100), beside those of text.py: below a name holding the words as one piece.
ALL_WORDS = 90.0  # every word of the query starts a word of the name
WORDS_INSIDE = 87.0  # every word is in the name, one at least inside a word (월드 in 오픈월드)
SOUND = 85.0  # a word sounds like a word of the name written in the other script
CHOSEONG_WORDS = 84.0  # a word typed as initial consonants (ㄴㅅ ㄹㅇㅂ) is among the name's
WORD_TYPO = 80.0  # one word misspelt (넥손 라이브), the others found

MAX_WORDS = 6  # words matched one by one; a longer query is matched by its first six
INSIDE_MIN = 3  # folded characters a word needs to be found inside another word
TYPO_MIN = 4  # folded characters a word needs to be taken as misspelt
AGAIN = 100  # names looked at again when the rarest word may be the misspelt one
SURE_SKELETON = 4  # consonants from which a skeleton alone says two words sound alike
CLOSE_SPELLING = 70.0  # rapidfuzz ratio of loose spellings a shorter skeleton also needs

_VOWEL_START = frozenset("aeiou")
_LETTER_NAMED = frozenset("flmnsx")  # letters whose Korean names start with 에 (엔, 엘, 에스…)
_E_VOWEL = 5  # ㅔ: 엔비디아, 엘지, 에스케이
SYLLABLE = "="  # marks a key made of syllables (after the script)
SYLLABLE_MIN_LATIN = 4  # letters a Latin word needs to be matched by its syllables
SYLLABLE_CONSONANTS = 2  # consonants a syllable key needs: fewer meet by chance
_SILENT_INITIAL = 11  # ㅇ: the syllable starts with its vowel
_hangul = hangul_skeleton.__wrapped__
_latin = latin_skeleton.__wrapped__
_TAKEN = "\x00"  # a place in a name a word of the query was found at
_SPELLING = "\x01"  # between a sound's skeleton and the word


def sound_key(raw: str, *, other: bool = False, cached: bool = True) -> str:
    """The sound of one word (NFKC, casefolded, before jamo): its script ("h" or "l"),
    "_" when it starts with a vowel, and its consonant skeleton; or, for a word of one or
    two consonants, its script, "=" and its syllables (``syllable_key``). With ``other``,
    the script is the other one (the key a query word looks up). Empty for a word too
    short to say (the, AI, 이) or that is of neither script. Not ``cached`` while an index
    is built: its words kept in the sounds' caches would pin memory the build frees."""
    if raw.isascii() and raw.isalpha():
        script = "l"
        if len(raw) - sum(map(raw.count, "aeiouy")) < MIN_LENGTH:
            skeleton = ""  # fewer consonant letters than a skeleton needs (the, for, AI)
        else:
            skeleton = (latin_skeleton if cached else _latin)(raw)
        vowel = raw[0] in _VOWEL_START
        long_enough = len(raw) >= SYLLABLE_MIN_LATIN
    elif raw and all("\uac00" <= char <= "\ud7a3" for char in raw):
        script, skeleton = "h", (hangul_skeleton if cached else _hangul)(raw)
        vowel = (ord(raw[0]) - 0xAC00) // 588 == _SILENT_INITIAL
        long_enough = True  # 팀 (team): one syllable of two consonants is enough
    else:
        return ""
    if other:
        script = "h" if script == "l" else "l"
    if len(skeleton) >= MIN_LENGTH:
        return script + ("_" if vowel else "") + skeleton
    if not long_enough:
        return ""
    syllables = syllable_key(raw)
    if consonants(syllables) < SYLLABLE_CONSONANTS:
        return ""
    return script + SYLLABLE + syllables


def word_keys(raw: str, *, other: bool = False, cached: bool = True) -> list[str]:
    """``sound_key``, and for a word heard by its syllables every other way it may be
    heard (open as VPVN and as VPN, the way 오픈 is written)."""
    key = sound_key(raw, other=other, cached=cached)
    if key[1:2] != SYLLABLE or not raw.isascii():
        return [key] if key else []
    heard = syllable_keys(raw)
    return [key[:2] + more for more in heard if consonants(more) >= SYLLABLE_CONSONANTS]


def _looked_up(raw: str, key: str) -> list[str]:
    """The keys a query word looks up: its own and, for a word that may be written with
    its first letter's name (nvidia and 엔비디아), the same with or without the vowel."""
    if key[1:2] == SYLLABLE or len(raw) < 2:
        return [key]
    script, rest = key[0], key[1:]
    if raw.isascii():
        named = raw[0] in _LETTER_NAMED and raw[1] not in "aeiouy"
    else:
        named = rest.startswith("_") and (ord(raw[0]) - 0xAC00) % 588 // 28 == _E_VOWEL
    if not named:
        return [key]
    return [key, script + (rest[1:] if rest.startswith("_") else "_" + rest)]


def _skeleton(key: str) -> str:
    return key[1:].lstrip("_")


def sound_keys(text: str, *, cached: bool = True) -> set[str]:
    """The sounds of the words of a name (as written), each followed by the word."""
    base = unicodedata.normalize("NFKC", text).casefold()
    keys: set[str] = set()
    for word in TOKEN.findall(base):
        for key in word_keys(word, cached=cached):
            keys.add(key + _SPELLING + word)
    return keys


class Sounds:
    """Which names hold a word of each sound: sorted keys and their names, for bisection."""

    def __init__(self, keys: JoinedKeys, names: array) -> None:
        self.keys = keys
        self.names = names

    @classmethod
    def build(cls, texts: Sequence[str], *, cached: bool = True) -> Sounds:
        """``texts``: the names; an empty text has no sound (a name no item goes by)."""
        pairs = sorted(
            (key, position)
            for position, text in enumerate(texts)
            for key in sound_keys(text, cached=cached)
        )
        keys = JoinedKeys(*join_keys([key for key, _ in pairs]))
        return cls(keys, array("I", [position for _, position in pairs]))

    def like(self, raw: str, cap: int) -> set[int]:
        """Names holding a word of the other script that sounds like ``raw``."""
        names: set[int] = set()
        for key in word_keys(raw, other=True):
            for looked in _looked_up(raw, key):
                names |= self._like(raw, looked, cap)
        return names

    def _like(self, raw: str, key: str, cap: int) -> set[int]:
        found = prefix_range(self.keys, key + _SPELLING, cap)
        if not found:
            return set()
        skip = len(key) + 1
        if key[1:2] == SYLLABLE:
            latin = raw.isascii()
            return {
                self.names[i]
                for i in found
                if vowels_agree(
                    *((raw, self.keys[i][skip:]) if latin else (self.keys[i][skip:], raw))
                )
            }
        if len(_skeleton(key)) >= SURE_SKELETON:
            return {self.names[i] for i in found}
        from rapidfuzz import fuzz

        from summit_tui.corpus.romanize import loose_spelling

        spelling = loose_spelling(raw)
        return {
            self.names[i]
            for i in found
            if fuzz.ratio(spelling, loose_spelling(self.keys[i][skip:])) >= CLOSE_SPELLING
        }


@dataclass(frozen=True, slots=True)
class Columns:
    """What ``every_word`` reads of a list of names (search's ``Names``, the suggester)."""

    holding: Callable[[str, int], Iterable[int]]  # names whose compact form holds a word, capped
    spaced: Sequence[str]  # each name folded, single spaces
    compact: Sequence[str]  # each name folded, no spaces
    initials: Sequence[str]  # each name's 초성 (``choseong_key``)
    with_initials: Callable[[str, int], Iterable[int]]  # names whose 초성 hold a key, capped


def every_word(
    tokens: Sequence[str],
    choseong: Sequence[bool],
    sounds: Sequence[set[int]],
    names: Columns,
    cap: int,
) -> dict[int, float]:
    """Names (positions) holding every one of ``tokens`` (folded query words), scored.

    ``choseong[i]``: token ``i`` is initial consonants only (found in the names' 초성);
    ``sounds[i]``: the names with a word sounding like token ``i``. One word may be
    misspelt (``넥손 라이브``) when the others are found as typed.
    """
    tokens = tokens[:MAX_WORDS]
    # One consonant alone is a word being typed (ㅇ on the way to 에너지), not 초성.
    choseong = [is_cho and len(token) > 1 for token, is_cho in zip(tokens, choseong, strict=False)]
    # Candidates: the names holding the rarest word (a scan stops at ``cap`` hits; one
    # that found fewer found all its names). One word may be misspelt: a word found
    # nowhere is that one (with two such words nothing matches); and when the rarest
    # word's names give nothing, the rarest may be the misspelt one, and the next rarest
    # word's names are looked at.
    order = sorted(range(len(tokens)), key=lambda i: -len(tokens[i]))
    found: dict[int, set[int]] = {}
    missing: list[int] = []

    def scan(at: int) -> None:
        if choseong[at]:
            hits = set(names.with_initials(tokens[at], cap))
        else:
            hits = set(names.holding(tokens[at], cap))
        hits |= sounds[at]
        if hits:
            found[at] = hits
        else:
            missing.append(at)

    def misspelt(at: int) -> bool:
        return not choseong[at] and len(tokens[at]) >= TYPO_MIN

    for at in order:
        scan(at)
        if missing and (len(missing) > 1 or not misspelt(missing[0])):
            return {}
        if at in found and len(found[at]) < cap:
            break
    scores: dict[int, float] = {}
    looked: set[int] = set()
    for _pass in range(2):
        if not found:
            break
        rarest = min(found, key=lambda at: (len(found[at]), order.index(at)))
        for position in sorted(found[rarest] - looked):
            score = grade(names, position, tokens, choseong, sounds)
            if score:
                scores[position] = score
        if scores or missing or not misspelt(rarest):
            break
        looked |= found.pop(rarest)
        for at in order:  # the next rarest word, scanned now if it was not yet
            if at != rarest and at not in found and at not in missing:
                scan(at)
                if at in found and len(found[at]) < cap:
                    break
        # Only a word of a few letters found in few names says which to look at again.
        found = {
            at: hits
            for at, hits in found.items()
            if len(hits) <= AGAIN and len(tokens[at]) >= INSIDE_MIN
        }
    return scores


def grade(
    names: Columns,
    position: int,
    tokens: Sequence[str],
    choseong: Sequence[bool],
    sounds: Sequence[set[int]],
) -> float:
    """How one name holds every word, each in a place of its own (so ㅇ, the start of a
    word still being typed, is not the ㅇ of 원자력 typed before it): 0 when one is missing."""
    score = ALL_WORDS
    text, compact, initials = names.spaced[position], names.compact[position], ""
    misspelt: int | None = None
    for at in sorted(range(len(tokens)), key=lambda i: -len(tokens[i])):
        token = tokens[at]
        if choseong[at]:
            initials = initials or names.initials[position]
            where = initials.find(token)
            if where < 0:
                return 0.0
            initials = _taken(initials, where, len(token))
            score = min(score, CHOSEONG_WORDS)
            continue
        where = word_start(text, token) if token in compact else -1
        if where < 0 and len(token) >= INSIDE_MIN:
            where = text.find(token)
            if where >= 0:
                score = min(score, WORDS_INSIDE)
        if where >= 0:  # taken: another word must be found elsewhere
            text = _taken(text, where, len(token))
        elif position in sounds[at]:
            score = min(score, SOUND)
        elif misspelt is None and len(token) >= TYPO_MIN:
            misspelt = at  # looked at once every other word has its place
        else:
            return 0.0
    if misspelt is not None:
        from rapidfuzz import fuzz

        if fuzz.partial_ratio(tokens[misspelt], text, score_cutoff=FUZZY_CUTOFF) == 0:
            return 0.0
        score = min(score, WORD_TYPO)
    return score


def _taken(text: str, where: int, length: int) -> str:
    return text[:where] + _TAKEN * length + text[where + length :]


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
