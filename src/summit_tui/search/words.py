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

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise

from summit_tui.corpus.sounds import SKELETON_MIN as MIN_LENGTH
from summit_tui.corpus.sounds import (
    consonants,
    hangul_skeleton,
    hangul_syllable_key,
    hangul_syllables,
    latin_skeleton,
    syllables,
    vowels_agree,
)
from summit_tui.search.text import (
    FUZZY_CUTOFF,
    TOKEN,
    JoinedKeys,
    compounds,
    found_inside,
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
SURE_SKELETON = 4  # consonants from which a skeleton alone says two names sound alike
CLOSE_SPELLING = 70.0  # rapidfuzz ratio of loose spellings a shorter skeleton also needs
# What a longer skeleton needs among the many words of passages: zanzibar and 신사업 share
# SNSP and spell nothing alike; testcontainer and 테스트컨테이너 spell 64 apart.
NEAR_SPELLING = 55.0

_VOWEL_START = frozenset("aeiou")
_LETTER_NAMED = frozenset("flmnsx")  # letters whose Korean names start with 에 (엔, 엘, 에스…)
_E_VOWEL = 5  # ㅔ: 엔비디아, 엘지, 에스케이
SYLLABLE = "="  # marks a key made of syllables (after the script)
SYLLABLE_MIN_LATIN = 4  # letters a Latin word needs to be matched by its syllables
SYLLABLE_CONSONANTS = 2  # consonants a syllable key needs: fewer meet by chance
_SOFT_G = re.compile("(?<![gn])g(?=[eiy])")  # a g Latin may say either way (not in -nge, -gge)
# A c or g between consonants (but ch, ck, cl, cr, gh, gl, gr, ng): said by its name.
_NAMED_CG = re.compile("(?<=[^aeiouy])c(?=[^aeiouyhklr])|(?<=[^aeiouyn])g(?=[^aeiouyhlr])")
_CG_NAMES = {"c": "si", "g": "ji"}
# A u not heard after a first b or g before another vowel: build 빌드, built 빌트, guild 길드,
# guide 가이드, guest 게스트, guard 가드, guitar 기타 (a Hangul query finds the Latin word as
# it is said). The u keeps a g hard before e, i or y: it is said as gg, which no reading
# softens (guest is 게스트, never 제스트).
_SILENT_U = re.compile("^([bg])u(?=[aeiy])")
_SAID_WITHOUT_U = {"b": "b", "g": "gg"}
_SILENT_INITIAL = 11  # ㅇ: the syllable starts with its vowel
_W_VOWELS = frozenset((9, 10, 11, 14, 15, 16))  # ㅘㅙㅚㅝㅞㅟ: a w, then the vowel
_hangul = hangul_skeleton.__wrapped__
_latin = latin_skeleton.__wrapped__
_SYLLABLES = re.compile("[\uac00-\ud7a3]+")
_TAKEN = "\x00"  # a place in a name a word of the query was found at
_SPELLING = "\x01"  # between a sound's skeleton and the word
# Particles a Hangul word may carry (캐시부터, 레디스를): it is also heard without one.
_PARTICLES = (
    "에서부터", "으로부터", "에서는", "에서도", "으로는", "이라는", "부터", "까지", "에서",
    "으로", "에게", "처럼", "보다", "라는", "에는", "에도", "와", "과", "의", "은", "는",
    "이", "가", "을", "를", "에", "도", "로", "만",
)  # fmt: skip
_BARE = re.compile(f"(.{{2,}}?)(?:{'|'.join(_PARTICLES)})")  # the shortest stem, two syllables
_MAY_END_A_LOANWORD = frozenset("이가도로와과만")  # 디스플레이, 토네이도, 마이크로
_NO_PLURAL = ("ss", "us", "is")  # an s that is no plural: toss, status, redis
_VOICELESS = frozenset("kcptq")  # a Latin word starting so is written ㅋ ㅌ ㅍ, not
_LAX_INITIALS = frozenset((0, 3, 7))  # ㄱ ㄷ ㅂ
# A lone t, p or k between a word's first vowels and the next: written ㅌ ㅍ ㅋ too (guitar
# 기타, never 기대, a common word: expectation; party 파티, beta 베타).
_INNER_STOP = re.compile("^[^aeiouy]*[aeiouy]+[tpk][aeiouy]")
# And a b, d or g is never written ㅍ ㅌ ㅋ, first or there (body is not 파티, Guido not 기타).
_VOICED = frozenset("bdg")
_INNER_VOICED = re.compile("^[^aeiouy]*[aeiouy]+[bdg][aeiouy]")
_ASPIRATED_INITIALS = frozenset((15, 16, 17))  # ㅋ ㅌ ㅍ


def _starts_with_vowel(word: str) -> bool:
    """Whether a Hangul word starts with a vowel: a silent ㅇ, but not before a w (웹 is
    web, 워크플로 workflow: the w is heard as Latin writes it)."""
    code = ord(word[0]) - 0xAC00
    return code // 588 == _SILENT_INITIAL and (code % 588) // 28 not in _W_VOWELS


def _loanword_syllables() -> frozenset[str]:
    """The Hangul syllables loanwords are written with (외래어 표기법, and the usual
    spellings of names: 깃허브, 엔씨): no ㄸ ㅃ ㅉ, no ㅢ, a final of ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ
    or none."""
    initials = [i for i in range(19) if i not in (4, 8, 13)]
    vowels = [v for v in range(21) if v != 19]
    finals = (0, 1, 4, 8, 16, 17, 19, 21)
    return frozenset(
        chr(0xAC00 + (initial * 21 + vowel) * 28 + final)
        for initial in initials
        for vowel in vowels
        for final in finals
    )


_LOANWORD_SYLLABLES = _loanword_syllables()


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
    elif _SYLLABLES.fullmatch(raw):
        script, skeleton = "h", (hangul_skeleton if cached else _hangul)(raw)
        vowel = _starts_with_vowel(raw)
        long_enough = True  # 팀 (team): one syllable of two consonants is enough
    else:
        return ""
    if other:
        script = "h" if script == "l" else "l"
    if len(skeleton) >= MIN_LENGTH:
        return script + ("_" if vowel else "") + skeleton
    if not long_enough:
        return ""
    heard = _syllable_keys(raw, cached)[0]
    if consonants(heard) < SYLLABLE_CONSONANTS:
        return ""
    return script + SYLLABLE + heard


def _syllable_keys(raw: str, cached: bool) -> tuple[str, ...]:
    """Every syllable key a word of one script may be heard by (corpus/sounds)."""
    if raw.isascii():
        readings = (syllables if cached else syllables.__wrapped__)(raw)
        return tuple(dict.fromkeys(key for key, _ in readings))
    return (hangul_syllables(raw)[0] if cached else hangul_syllable_key(raw),)


def word_keys(raw: str, *, other: bool = False, cached: bool = True) -> list[str]:
    """``sound_key``, and for a word heard by its syllables every other way it may be
    heard (open as VPVN and as VPN, the way 오픈 is written; cache as KVS and as KVSV,
    the way 캐시 is); a g before e, i or y is heard soft (agent 에이전트) and hard (github
    깃허브, gear 기어)."""
    keys = _keys_of(raw, other, cached)
    for said in said_as(raw)[1:]:
        keys += [key for key in _keys_of(said, other, cached) if key not in keys]
    return keys


def said_as(raw: str) -> list[str]:
    """A Latin word, and as it may also be said: a g before e, i or y hard (github 깃허브,
    gear 기어: ``reading`` says it soft, agent 에이전트); a c or g between consonants by its
    letter's name, 씨 or 지, as an acronym inside a word is (chatgpt 챗지피티, ncsoft
    엔씨소프트); a th as an s (python 파이썬, thread 스레드); a first b or g's u unheard
    (build 빌드, guide 가이드)."""
    if ("g" not in raw and "c" not in raw and "u" not in raw and "t" not in raw) or (
        not raw.isascii()
    ):
        return [raw]
    said = [raw]
    if "th" in raw:
        said.append(raw.replace("th", "s"))  # python 파이썬, thread 스레드, method 메서드
    if _SILENT_U.match(raw):
        said.append(_SAID_WITHOUT_U[raw[0]] + raw[2:])
    if _SOFT_G.search(raw):
        said.append(_SOFT_G.sub("k", raw))
    if _NAMED_CG.search(raw):
        said.append(_NAMED_CG.sub(lambda letter: _CG_NAMES[letter.group()], raw))
    return said


def _keys_of(raw: str, other: bool, cached: bool) -> list[str]:
    key = sound_key(raw, other=other, cached=cached)
    if key[1:2] != SYLLABLE or not raw.isascii():
        return [key] if key else []
    heard = _syllable_keys(raw, cached)
    return [key[:2] + more for more in heard if consonants(more) >= SYLLABLE_CONSONANTS]


def heard_forms(raw: str) -> list[str]:
    """The word, and the word as the other script would write it bare: a Latin plural
    without its s (testcontainers, 테스트컨테이너), a Hangul word without its particle
    (캐시부터, cache), two syllables at least left."""
    if raw.isascii():
        if len(raw) > SYLLABLE_MIN_LATIN and raw.endswith("s") and not raw.endswith(_NO_PLURAL):
            return [raw, raw[:-1]]
        return [raw]
    bare = _BARE.fullmatch(raw)
    return [raw] if bare is None else [raw, bare.group(1)]


def word_sounds(raw: str, *, cached: bool = True) -> set[str]:
    """The sounds of one word and of its bare form, each followed by the form heard. A
    word whose particle no loanword ends with (캐시를, 레디스는) is heard bare only: the
    index keeps fewer sounds (a query word is heard both ways, ``Sounds.like``)."""
    forms = heard_forms(raw)
    if len(forms) > 1 and not raw.isascii() and raw[-1] not in _MAY_END_A_LOANWORD:
        forms = forms[1:]
    return {key + _SPELLING + form for form in forms for key in word_keys(form, cached=cached)}


def index_sounds(raw: str) -> list[str]:
    """The sounds the search index keeps for a word of the notes' text (as ``word_sounds``,
    the fast way for Hangul: an index keys many words): none for a word that cannot be a
    loanword (``may_be_borrowed``)."""
    if raw.isascii():
        return list(word_sounds(raw, cached=False)) if may_be_borrowed(raw) else []
    bare = _BARE.fullmatch(raw)
    stem = raw if bare is None else bare.group(1)
    if len(stem) < 2 or not _LOANWORD_SYLLABLES.issuperset(stem):
        return []
    if bare is None:
        forms = [raw]
    elif raw[-1] in _MAY_END_A_LOANWORD:
        forms = [raw, stem]
    else:
        forms = [stem]
    sounds: list[str] = []
    for form in forms:
        skeleton = _hangul(form)
        if len(skeleton) >= MIN_LENGTH:
            vowel = _starts_with_vowel(form)
            sounds.append("h" + ("_" if vowel else "") + skeleton + _SPELLING + form)
        else:
            key = hangul_syllable_key(form)
            if consonants(key) >= SYLLABLE_CONSONANTS:
                sounds.append("h" + SYLLABLE + key + _SPELLING + form)
    return sounds


def may_be_borrowed(raw: str) -> bool:
    """Whether a word of the notes' text may be a loanword written in the other script,
    and so is worth its sounds in the index: a Latin word of letters only, or a Hangul
    word of two syllables or more written only with what loanwords are written with (no
    ㄸ ㅃ ㅉ, no ㅢ, finals ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ only), a particle aside. Many Korean words
    fail it (있습니다, 읽고, 의미)."""
    if raw.isascii():
        return len(raw) >= SYLLABLE_MIN_LATIN - 1 and raw.isalpha()
    bare = _BARE.fullmatch(raw)
    stem = raw if bare is None else bare.group(1)
    return len(stem) >= 2 and _LOANWORD_SYLLABLES.issuperset(stem)


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
    """The sounds of the words of a name (as written) and of its hyphened compounds
    (Server-Driven as serverdriven, which 서버드리븐 writes), each followed by the word."""
    base = unicodedata.normalize("NFKC", text).casefold()
    keys: set[str] = set()
    for word in TOKEN.findall(base):
        keys |= word_sounds(word, cached=cached)
    for word, _start, _end in compounds(base):
        keys |= word_sounds(word, cached=cached)
    return keys


def sounding_spans(text: str, raw: str) -> list[tuple[int, int]]:
    """Where ``text`` has a word of the other script, or a hyphened compound, that sounds
    like the query word ``raw`` (before jamo), as a passage's words are heard (``Sounds``
    among many words): what a result found by sound shows as matched (오로라 in "Aurora
    DSQL")."""
    latin = raw.isascii()
    if not (raw.isalpha() if latin else _SYLLABLES.match(raw)):
        return []
    base = unicodedata.normalize("NFKC", text).casefold()
    if len(base) != len(text):  # (ﬁ, ß, ㈜): spans of the text, by where each character went
        pieces = [unicodedata.normalize("NFKC", char).casefold() for char in text]
        ends = list(accumulate(map(len, pieces)))
        return [
            (bisect_right(ends, start), bisect_right(ends, end - 1) + 1)
            for start, end in sounding_spans("".join(pieces), raw)
        ]
    looked = _looked_keys(raw)
    if not looked:
        return []
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    # Only the words that may be loanwords (the index hears no other) and have a sound the
    # query word looks up are judged as ``Sounds.like`` judges them.
    tokens = list(TOKEN.finditer(base))
    for match in tokens:
        word = match.group()
        if word.isascii() != latin and looked & _keys_heard(word) and may_be_borrowed(word):
            spans.append(match.span())
            words.append(word)
    joined = compounds(base)
    if not latin and not words:  # two Latin words a Hangul word writes as one (허깅페이스)
        joined += [
            (first.group() + second.group(), first.start(), second.end())
            for first, second in pairwise(tokens)
            if base[first.end() : second.start()] == " "
            and first.group().isascii()
            and second.group().isascii()
        ]
    for word, start, end in joined:
        if word.isascii() != latin and looked & _keys_heard(word) and may_be_borrowed(word):
            spans.append((start, end))
            words.append(word)
    if not words:
        return []
    pairs = sorted((key, at) for at, word in enumerate(words) for key in _heard_as(word))
    keys = JoinedKeys(*join_keys([key for key, _ in pairs]))
    sounds = Sounds(keys, array("I", [at for _, at in pairs]), few=False)
    return [spans[i] for i in sorted(sounds.like(raw, len(words)))]


@lru_cache(maxsize=8192)
def _heard_as(word: str) -> frozenset[str]:
    """``word_sounds``, remembered: the words of the results shown repeat from one
    keystroke to the next."""
    return frozenset(word_sounds(word))


@lru_cache(maxsize=8192)
def _keys_heard(word: str) -> frozenset[str]:
    """The sounds of a word without the forms they were heard in."""
    return frozenset(sound.partition(_SPELLING)[0] for sound in _heard_as(word))


@lru_cache(maxsize=64)
def _looked_keys(raw: str) -> frozenset[str]:
    """Every sound ``Sounds.like`` looks up for a query word."""
    return frozenset(
        looked
        for form in heard_forms(raw)
        for key in word_keys(form, other=True)
        for looked in _looked_up(form, key)
    )


class Sounds:
    """Which names (or vocabulary words) hold a word of each sound: sorted keys and their
    names, for bisection."""

    def __init__(self, keys: JoinedKeys, names: array, *, few: bool = True) -> None:
        """``few``: the words are those of names, where a skeleton of ``SURE_SKELETON``
        consonants is enough alone; among the many words of passages it is not."""
        self.keys = keys
        self.names = names
        self.few = few

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
        """Names holding a word of the other script that sounds like ``raw`` (or like
        its bare form: a plural without its s, a word without its particle); failing
        that, like ``raw`` with one final consonant typed that it left out (멀티플래폼 for
        멀티플랫폼, multiplatform)."""
        names = self._heard(raw, cap)
        if not names and not raw.isascii() and FINAL_DROPPED_MIN <= len(raw) <= FINAL_DROPPED_MAX:
            for fuller in with_a_final(raw):
                names |= self._heard(fuller, cap, strict=True)
        return names

    def _heard(self, raw: str, cap: int, *, strict: bool = False) -> set[int]:
        names: set[int] = set()
        for form in heard_forms(raw):
            for said in said_as(form):
                for key in _keys_of(said, True, True):
                    for looked in _looked_up(said, key):
                        named = looked != key
                        names |= self._like(
                            said, looked, cap, named=named, written=form, strict=strict
                        )
        return names

    def _like(
        self, raw: str, key: str, cap: int, *, named: bool, written: str, strict: bool = False
    ) -> set[int]:
        """``raw`` as said (``said_as``) of the query word ``written``; ``strict``: a form
        the word was not typed in (a final added), which must also spell close."""
        found = prefix_range(self.keys, key + _SPELLING, cap)
        if not found:
            return set()
        skip = len(key) + 1
        latin = raw.isascii()

        def heard(i: int) -> list[tuple[str, str, str]]:
            """(the Latin word as said, the Hangul one, the Latin word as written), for each
            way the Latin word is said."""
            if latin:
                return [(raw, self.keys[i][skip:], written)]
            word = self.keys[i][skip:]
            return [(said, raw, word) for said in said_as(word)]

        # A Hangul word written as no loanword is (따덕, 의미) is no Latin word's spelling
        # (the word typed is not judged so: its last syllable may be half typed, 퍼플렉싵).
        if latin:
            found = [i for i in found if _LOANWORD_SYLLABLES.issuperset(self.keys[i][skip:])]

        def agree(i: int) -> bool:
            return any(_syllables_agree(*pair) for pair in heard(i))

        if key[1:2] == SYLLABLE:
            return {self.names[i] for i in found if agree(i)}
        from rapidfuzz import fuzz

        def close(i: int, cutoff: float) -> bool:
            return any(
                fuzz.ratio(_spelt(a, named), _spelt(b, named)) >= cutoff for a, b, _ in heard(i)
            )

        def consonants_close(i: int) -> bool:
            # Where the vowels agree, how Hangul writes them (에이 for the a of agent, 어 for
            # its e) says nothing more: the consonants' spellings are compared alone.
            return any(
                fuzz.ratio(_consonants_spelt(a, named), _consonants_spelt(b, named))
                >= NEAR_SPELLING
                for a, b, _ in heard(i)
            )

        if strict:
            return {self.names[i] for i in found if close(i, CLOSE_SPELLING)}
        if len(_skeleton(key)) >= SURE_SKELETON:
            if self.few:
                return {self.names[i] for i in found}
            # A compound's loose spellings drift apart word by word (업캐스터 ubgesdu,
            # upcaster ubcasder): syllables with agreeing vowels say it as well.
            return {
                self.names[i] for i in found if close(i, NEAR_SPELLING) or (not named and agree(i))
            }
        if named:
            return {self.names[i] for i in found if close(i, CLOSE_SPELLING)}
        # Three consonants: syllables with agreeing vowels and a loosely near spelling, of
        # the word or of its consonants (slack 슬랙, react 리액트, notion 노션, agent 에이전트;
        # kind and 키노트 spell close, but keynote is the one heard with a vowel between n
        # and t), or among a name's few words a close spelling alone.
        return {
            self.names[i]
            for i in found
            if (agree(i) and (close(i, NEAR_SPELLING) or consonants_close(i)))
            or (self.few and close(i, CLOSE_SPELLING))
        }


FINAL_DROPPED_MIN = 4  # syllables a Hangul word needs to be looked up with a final added
FINAL_DROPPED_MAX = 8  # and at most: each open syllable is seven more lookups
# The finals a loanword's syllable ends in (ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ), as offsets in a syllable's code.
_LOANWORD_FINALS = (1, 4, 8, 16, 17, 19, 21)


@lru_cache(maxsize=256)
def with_a_final(raw: str) -> tuple[str, ...]:
    """A Hangul word with one of its open syllables given a final a loanword's syllable ends
    in (멀티플래폼 → … 멀티플랫폼 …): what a word typed with one final left out was meant to
    be. At most seven forms per open syllable but the last (it may be half typed); none for
    a word that is not all syllables."""
    if _SYLLABLES.fullmatch(raw) is None:
        return ()
    forms: list[str] = []
    for at, char in enumerate(raw[:-1]):  # the last syllable may be half typed
        code = ord(char) - 0xAC00
        if code % 28 == 0:
            forms.extend(
                f"{raw[:at]}{chr(0xAC00 + code + final)}{raw[at + 1 :]}"
                for final in _LOANWORD_FINALS
            )
    return tuple(forms)


def _spelt(word: str, named: bool) -> str:
    """A word's loose spelling; the 엔 of 엔비디아, the name of nvidia's n, without its e
    (so 엔비디, half typed, is as close to nvidia as 엔비디아 is)."""
    from summit_tui.corpus.romanize import loose_spelling

    spelling = loose_spelling(word)
    return spelling[1:] if named and not word.isascii() else spelling


_SPELT_VOWELS = str.maketrans("", "", "aeiou")


def _consonants_spelt(word: str, named: bool) -> str:
    """A word's loose spelling's consonants (agent's agend → gnd, 에이전트's eijund → jnd)."""
    return _spelt(word, named).translate(_SPELT_VOWELS)


def _syllables_agree(latin: str, hangul: str, written: str) -> bool:
    """The vowels agree (``vowels_agree``), a Latin word ``written`` with a voiceless k,
    c, p or t first is not one Hangul starts with ㄱ ㄷ ㅂ (cache 캐시, never 개시: loanwords
    write them ㅋ ㅌ ㅍ), and a hushed s (sh, tion) is written hushed."""
    stop = written[0] in _VOICELESS and not written.startswith(("ce", "ci", "cy", "ch"))
    if stop and (ord(hangul[0]) - 0xAC00) // 588 in _LAX_INITIALS:
        return False
    if written[0] in _VOICED and (ord(hangul[0]) - 0xAC00) // 588 in _ASPIRATED_INITIALS:
        return False
    second = _second_initial(hangul)
    if second in _LAX_INITIALS and _INNER_STOP.match(written):
        return False
    if second in _ASPIRATED_INITIALS and _INNER_VOICED.match(written):
        return False
    # A hushed s is written hushed (노션 notion, 패션, 쇼핑, 퀘스천): 노선 (a route) is no way
    # to write notion, though its letters are heard alike.
    hushed = "sh" in latin or "tion" in latin
    if hushed and not any(map(_HUSHED_SYLLABLES.__contains__, hangul)):
        return False
    return vowels_agree(latin, hangul, letter_by_letter=True)


def _second_initial(hangul: str) -> int:
    """The second consonant a Hangul word starts a syllable with (a silent ㅇ aside), when
    no final comes before it (대 of 기대, 터 of 데이터; none in 빅데이터): -1 when none."""
    initials = 0
    for syllable in hangul:
        code = ord(syllable) - 0xAC00
        if not 0 <= code < 11172:
            return -1
        initial = code // 588
        if initial != _SILENT_INITIAL:
            initials += 1
            if initials == 2:
                return initial
        if code % 28:
            return -1
    return -1


def _hushed_syllables() -> frozenset[str]:
    """Syllables that start hushed: ㅈ ㅉ ㅊ, or ㅅ ㅆ before a y glide, ㅣ, ㅟ or ㅞ."""
    hushes = [
        (initial, vowel)
        for initial in (9, 10, 12, 13, 14)
        for vowel in range(21)
        if initial >= 12 or vowel in (2, 3, 6, 7, 12, 15, 16, 17, 20)
    ]
    return frozenset(
        chr(0xAC00 + (initial * 21 + vowel) * 28 + final)
        for initial, vowel in hushes
        for final in range(28)
    )


_HUSHED_SYLLABLES = _hushed_syllables()


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
        if where < 0 and found_inside(token):  # two Han, kana or Thai letters will do
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
        if where < 0 and found_inside(token):
            where = text.find(token)
        if where >= 0:
            marked.extend(owners[where : where + len(token)])
            text = text[:where] + _TAKEN * len(token) + text[where + len(token) :]
    return sorted(set(marked))
