"""How a word or a name sounds, in Latin letters or in Hangul: kakao and 카카오, OpenAI and
오픈에이아이, "Rust Seoul Meetup" and "러스트 서울 밋업", perplexity and 퍼플렉시티.

One table of Latin spellings (``_SPELLINGS``) reads a Latin word as the sounds a Korean ear
keeps, and one set of jamo tables reads a Hangul word the same way: consonant classes
(voiced and voiceless together: K T P S, l and r as L, M N, G for ng, H, W for a w before a
vowel) and the vowel letters where vowels are heard (``reading``: kakao → KaKao, time →
TīM). Every key below is a view of that one reading:

- ``syllable_key``: the classes with V where vowels are, repeats merged (kakao and 카카오
  KVKV, apple and 애플 VPL, team and 팀 TVM). With ``vowels_agree`` (is each vowel letter
  one way Hangul writes it, where it is?) it tells short words apart that share their
  consonants (kakao, not 가구 nor 코코아; time 타임, not 팀: a silent e makes a long i).
- ``consonant_key``: the consonants of a whole name in either script or both, vowels left
  out ("Rust Seoul Meetup" and "러스트 서울 밋업" LSTSLMTP): long names, mixed scripts.
- ``latin_skeleton`` / ``hangul_skeleton``: the consonants of one word with its w glides
  (퍼플렉시티 and perplexity PLKST, 워크플로 and workflow WKPL), for words of three
  consonants or more (``SKELETON_MIN``).
- ``latin_frames`` / ``hangul_frames``: a short word's consonants and the Latin letter
  each vowel may stand for (섀도 and shadow SaTo, 로그 and log LoK).
- ``short_sound_keys``: a short name's syllables with coarse vowels, meeting by equality.
- ``alike``: a Latin name and a Hangul one sound the same, by either key.

Search (search/words), the grouping of event names (events), bilingual titles and
compare's units use these. The 으 Hangul puts after a consonant of a loanword (스, 플, 픈)
is not heard, and neither is a Latin e or o before a final-sounding n (open 오픈, button
버튼): either way the word meets its other spelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from summit_tui.lazy_re import lazy

_BASE = 0xAC00
_LAST = 0xD7A3
_SILENT_INITIAL = 11  # ㅇ: the syllable starts with its vowel
_EU = 18  # ㅡ: after a consonant, the vowel Hangul adds to a loanword's consonant (스, 플)
_I = 20  # ㅣ
_YAE, _WE = 3, 15  # ㅒ, ㅞ
_GLIDES = frozenset((13, _I))  # ㅜ ㅣ: after a vowel, the end of a diphthong (데이, 아이, 오우)
_RIEUL = 5  # ㄹ as an initial

# -- the Latin spellings ---------------------------------------------------------------
#
# Read left to right in one pass: at each letter the first spelling that applies there
# gives its sound (upper-case classes; "" for a silent letter); a vowel letter no spelling
# takes stays, lower case. The lookarounds see the word as written.
_V = "aeiouyī"  # vowel letters; ī is a long i (time, type), see ``_LONG_I``
_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("tech", "TeK"),  # tech, fintech, technology: 테크
    ("(?<=.)tia", "Sia"),  # initial, partial: 셜
    ("tion", "SoN"),
    ("tch|sch|ch|sh", "S"),
    # No word starts with the sound of ng: a first n is said as the letter's name (nGrinder
    # 엔그라인더, nginx).
    ("(?<=.)ng(?=[aou])", "GK"),  # mongo 몽고, angular 앵귤러
    (f"(?<=.)ng(?![{_V}])", "G"),  # (before e, i, y: an n and a soft g, engine 엔진)
    ("que$", "K"),  # technique 테크닉
    ("qu", "KW"),
    ("ph", "P"),
    ("th", "T"),
    ("ck", "K"),
    ("wh", "W"),
    ("gh", ""),  # night, high
    ("^wr", "L"),  # write 라이트
    ("x", "KS"),
    ("q", "K"),
    ("gg", "K"),  # doubled, hard before e, i, y too: hugging 허깅, logging 로깅, trigger
    ("(?<=[ao])l(?=k)", ""),  # silent: talk 토크, walk 워크, folk 포크
    ("[cg](?=[eiyī])", "S"),  # soft: cell, agent, service
    (f"r(?![{_V}])|r(?=e$)", ""),  # silent after a vowel: naver, uber, core, hardware
    (f"(?:^|(?<=[{_V}r]))h(?=[{_V}])", "H"),  # heard before a vowel: yahoo, overhead
    ("h", ""),  # not heard after a consonant (john) or before one
    (f"w(?=[{_V}])", "W"),  # twitter 트위터, power 파워; a glide otherwise (shadow 섀도)
    (f"(?<=[a-zī][^{_V}])e$", ""),  # a silent final e: line, game, apple
    ("[bpfv]", "P"),
    ("[td]", "T"),
    ("[kcg]", "K"),
    ("[szj]", "S"),
    ("[lr]", "L"),
    ("m", "M"),
    ("n", "N"),
)
_SPELLING = lazy("|".join(f"({pattern})" for pattern, _ in _SPELLINGS))
_SOUNDS = tuple(sound for _, sound in _SPELLINGS)
# A word of one syllable with i or y, one consonant and a silent e says the i long, as
# Hangul writes 아이: time 타임, type 타입, line 라인, site 사이트 (not give, live).
_LONG_I = lazy(f"[^{_V}]*([iy])[^{_V}wvx]e")
_NOT_LETTER = lazy(r"[^a-z]+")


def reading(word: str) -> str:
    """A Latin word (casefolded) as a Korean ear hears it: consonant classes in upper
    case, vowel letters as written (ī a long i), signs and digits dropped: kakao →
    KaKao, shadow → SaTow, time → TīM, agent → aSeNT."""
    word = _NOT_LETTER.sub("", word)
    long_i = _LONG_I.fullmatch(word)
    if long_i is not None:
        word = word[: long_i.start(1)] + "ī" + word[long_i.end(1) :]
    return _SPELLING.sub(lambda found: _SOUNDS[found.lastindex - 1], word)


# -- the Hangul tables -------------------------------------------------------------------

# Each Hangul consonant as a class ("_" for a silent ㅇ), finals as loanwords sound them (ㅅ
# is t: 로봇 robot; ㅇ is ng; a double final as its first consonant).
_INITIALS = tuple("KKNTTLMPPSS_SSSKTPH")
_FINALS = ("", *"KKKNNNTLLLLLLLLMPPTTGSSKTPH")
_W_VOWELS = frozenset((9, 10, 11, 14, 15, 16))  # ㅘㅙㅚㅝㅞㅟ carry a w


def _jamo(word: str) -> Iterator[tuple[int, int, int]]:
    """Each Hangul syllable of ``word`` as its (initial, vowel, final) indexes."""
    for char in word:
        code = ord(char) - _BASE
        if 0 <= code <= _LAST - _BASE:
            yield code // 588, (code % 588) // 28, code % 28


_RUNS = lazy(r"(.)\1+")


def _merged(symbols: str) -> str:
    """Repeats merged (KKVS → KVS); the search first, as most keys have none."""
    return _RUNS.sub(r"\1", symbols) if _RUNS.search(symbols) else symbols


# -- syllable keys ------------------------------------------------------------------------

# How Hangul writes each vowel, by class (ㅏ a, ㅐ e, … ㅣ i), and which classes each vowel
# letter of a Latin word may come out as in a loanword (a: 카 애 데이 어).
_HANGUL_VOWELS = ("a", "e", "a", "e", "eo", "e", "eo", "e", "o", "a", "e", "e", "o", "u")
_HANGUL_VOWELS += ("eo", "e", "i", "u", "eu", "i", "i")
_LATIN_VOWELS = {
    "a": {"a", "e", "eo"},
    "e": {"e", "i", "eo", "eu"},
    "i": {"i", "a", "e"},
    "o": {"o", "eo", "u", "a", "eu"},
    "u": {"u", "eo", "a"},
    "y": {"i", "a", "e"},
}
_LATIN_DIGRAPHS = {"ea": {"i", "e"}, "ee": {"i"}, "oo": {"u"}}  # team 팀, bread 브레드
_LONG = {"ī": {"a", "i"}}  # a long i needs both: 타임 (time), not 팀
_VOWEL_RUN = lazy(r"[aeiouywī]+")
# A lone e or o between a consonant and N, said as Hangul's unheard 으 (open 오픈, 토큰).
_UNHEARD = lazy(r"(?<=[A-Z])[eo](?=N)")
# After a word that ends hushed (sh, ch, a soft g) Hangul writes 이: cache 캐시, flash 플래시,
# match 매치, image 이미지. That 이 is heard as ee, which only Hangul's ㅣ agrees with.
_HUSHED_END = lazy(r"(?:[cs]he?|ge)$")
_HUSHED_VOWEL = "ee"


# A syllable that starts with ㅎ after one that ends with a consonant (깃허브 github, 풀하우스
# full house): the ㅎ is not heard, as a Latin h after a consonant is not (``reading``). ㅎ is
# the last initial, so such syllables are 하 (U+D558) and after.
_H_SYLLABLE = re.compile("[\ud558-\ud7a3]")
_H_PAIR = re.compile("[\uac00-\ud7a3][\ud558-\ud7a3]")
_H_TO_SILENT = (18 - _SILENT_INITIAL) * 588


def _silent(pair: re.Match[str]) -> str:
    before, syllable = pair[0]
    if (ord(before) - _BASE) % 28 == 0:
        return pair[0]
    return before + chr(ord(syllable) - _H_TO_SILENT)


def _unheard_h(word: str) -> str:
    """``word`` with each ㅎ after a final consonant written as the silent ㅇ (깃허브 → 깃어브)."""
    if _H_SYLLABLE.search(word, 1) is None:
        return word
    return _H_PAIR.sub(_silent, word)


def _hangul_sounds(word: str) -> tuple[str, list[set[str]], list[int]]:
    """The syllable key, the vowel classes of each V, and how many vowel letters each V
    needs in a Latin word heard so (``hangul_vowel_letters``)."""
    word = _unheard_h(word)
    sounds: list[str] = []
    vowels: list[set[str]] = []
    letters: list[int] = []
    for initial, vowel, final in _jamo(word):
        if initial != _SILENT_INITIAL:
            sounds.append(_INITIALS[initial])
        if vowel != _EU or initial == _SILENT_INITIAL:
            if sounds and sounds[-1] == "V":
                vowels[-1].add(_HANGUL_VOWELS[vowel])
                letters[-1] += vowel not in _GLIDES
            else:
                sounds.append("V")
                vowels.append({_HANGUL_VOWELS[vowel]})
                letters.append(1)
        if final:
            sounds.append(_FINALS[final])
    return _merged("".join(sounds)), vowels, letters


def _keyed(sounds: str) -> tuple[str, list[str]]:
    sounds = sounds.replace("W", "w")  # a w is part of its vowel here (퀄리티 quality)
    return _merged(_VOWEL_RUN.sub("V", sounds)), _VOWEL_RUN.findall(sounds)


@lru_cache(maxsize=16384)
def syllables(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each way a Latin ``word`` (casefolded) may be heard: its syllable key and the vowel
    letters of each V. A word with an e or o Hangul would write as 으 has a second
    reading without it; a word that ends hushed, one more with the 이 Hangul adds."""
    heard = [reading(word)]
    unheard = _UNHEARD.search(heard[0])
    if unheard is not None:
        heard.append(heard[0][: unheard.start()] + heard[0][unheard.end() :])
    if heard[0].endswith("S") and _HUSHED_END.search(word):
        heard += [sounds + _HUSHED_VOWEL for sounds in heard]
    return tuple((key, tuple(vowels)) for key, vowels in map(_keyed, heard))


@lru_cache(maxsize=16384)
def hangul_syllables(word: str) -> tuple[str, tuple[frozenset[str], ...]]:
    """A Hangul ``word``'s syllable key and the vowel classes of each V."""
    key, vowels, _letters = _hangul_sounds(word)
    return key, tuple(map(frozenset, vowels))


@lru_cache(maxsize=16384)
def hangul_vowel_letters(word: str) -> tuple[int, ...]:
    """For each V of a Hangul word's syllable key, the vowel letters a Latin word needs
    there to be written so, syllable for syllable: one per syllable, but a 이 or 우 after
    a vowel may be the end of one letter said as two (데이 is the a of date, 아이 the i of
    ai). 서연 needs two: it is no way to write chen (첸)."""
    return tuple(_hangul_sounds(word)[2])


def syllable_key(word: str) -> str:
    """Consonant classes with V where vowels are, repeats merged: 카카오 and kakao are
    KVKV, 애플 and apple VPL (the 으 of 플 and apple's final e are not heard), 구글 and
    google KVKL, 네이버 and naver NVPV. ``word``: casefolded, of one script."""
    return syllables(word)[0][0] if word.isascii() else hangul_syllables(word)[0]


def syllable_keys(word: str) -> tuple[str, ...]:
    """Every syllable key ``word`` may be heard by (open: VPVN and VPN)."""
    if not word.isascii():
        return (hangul_syllables(word)[0],)
    return tuple(dict.fromkeys(key for key, _ in syllables(word)))


def consonants(key: str) -> int:
    return sum(1 for sound in key if sound != "V")


def vowels_agree(latin: str, hangul: str, *, letter_by_letter: bool = False) -> bool:
    """A Latin word and a Hangul one of the same syllable key: is each vowel letter of the
    Latin word one way Hangul writes it, where it is (kakao and 카카오, not 가구 nor 코코아)?

    ``letter_by_letter`` (search): the Hangul word must also write each vowel the Latin
    word has, syllable for syllable (``hangul_vowel_letters``: chen is not 서연, a Korean
    given name), and may write au as 오 (aurora 오로라, audio 오디오)."""
    key, classes = hangul_syllables(hangul)
    needed = hangul_vowel_letters(hangul) if letter_by_letter else ()
    agrees = _agrees_written if letter_by_letter else _agrees
    return any(
        heard == key
        and len(letters) == len(classes)
        and all(map(agrees, letters, classes))
        and all(map(int.__le__, needed, map(_vowel_letters, letters)))
        for heard, letters in syllables(latin)
    )


def _vowel_letters(letters: str) -> int:
    return len(letters) - letters.count("w")  # a w is a glide, no vowel of its own


def _agrees_written(letters: str, written: frozenset[str]) -> bool:
    """``_agrees``, and au as 오."""
    return (letters == "au" and "o" in written) or _agrees(letters, written)


def _agrees(letters: str, written: frozenset[str]) -> bool:
    digraph = _LATIN_DIGRAPHS.get(letters)
    if digraph is not None:
        return bool(digraph & written)
    return all(
        letter == "w"
        or (_LONG[letter] <= written if letter in _LONG else _LATIN_VOWELS[letter] & written)
        for letter in letters
    )


def alike_words(latin: str, hangul: str, *, min_consonants: int = 2) -> bool:
    """A Latin word and a Hangul word sound the same by their syllables (both casefolded)."""
    key, _ = hangul_syllables(hangul)
    return consonants(key) >= min_consonants and vowels_agree(latin, hangul)


# -- names: consonant keys -----------------------------------------------------------------


@lru_cache(maxsize=4096)
def consonant_key(text: str) -> str:
    """The consonants a name is heard by, in either script or both, vowels, w glides,
    spaces and signs left out: "러스트 서울 밋업" and "Rust Seoul Meetup" are LSTSLMTP."""
    out: list[str] = []
    for run in re.findall(r"[\uac00-\ud7a3]+|[a-z]+", text.lower()):
        if run.isascii():
            out.append(_VOWEL_RUN.sub("", reading(run).replace("W", "")))
        else:
            out.append(_hangul_sounds(run)[0].replace("V", ""))
    return _merged("".join(out))


def alike(a: str, b: str, *, min_consonants: int = 5) -> bool:
    """Two names, one in Latin letters and one in Hangul, that sound the same: the same
    consonants (``min_consonants`` at least), or, for a shorter name, the same syllables
    with agreeing vowels (ifkakao and 이프카카오). Names in one script are never alike."""
    latin, hangul = (a, b) if _is_hangul(b) else (b, a)
    if _is_hangul(latin) or not _is_hangul(hangul):
        return False
    key = consonant_key(latin)
    if len(key) >= min_consonants:
        return key == consonant_key(hangul)
    latin_word = _NOT_LETTER.sub("", latin.lower())
    hangul_word = "".join(re.findall(r"[\uac00-\ud7a3]", hangul))
    if not latin_word or len(hangul_word) != len("".join(hangul.split())):
        return False  # a name of both scripts is heard by its consonants only
    return alike_words(latin_word, hangul_word)


def _is_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


# -- words: consonant skeletons ------------------------------------------------------------

SKELETON_MIN = 3  # consonants a skeleton needs to be specific enough to compare


@lru_cache(maxsize=16384)
def latin_skeleton(word: str) -> str:
    """perplexity → PLKST, agent → SNT, shopping → SPG, platform → PLTPM (a silent r),
    workflow → WKPL (a w before a vowel is heard, the glide of ow is not)."""
    return _merged("".join(filter(str.isupper, reading(word.lower()))))


@lru_cache(maxsize=16384)
def hangul_skeleton(word: str) -> str:
    """퍼플렉시티 → PLKST, 에이전트 → SNT, 쇼핑 → SPG, 워크플로 → WKPL, 깃허브 → KTP."""
    return _merged("".join(map(_SKELETON_PART.__getitem__, _unheard_h(word))))


def hangul_syllable_key(word: str) -> str:
    """``hangul_syllables``' key alone, the fast way (a search index keys many words)."""
    return _merged("".join(map(_SYLLABLE_PART.__getitem__, _unheard_h(word))))


class _Parts(dict):
    """Each Hangul syllable's part of a key, worked out the first time it is met (11,172
    syllables at most); any other character has none."""

    def __init__(self, part: Callable[[int, int, int], str]) -> None:
        super().__init__()
        self.part = part

    def __missing__(self, char: str) -> str:
        code = ord(char) - _BASE
        if not 0 <= code <= _LAST - _BASE:
            return ""
        self[char] = part = self.part(code // 588, (code % 588) // 28, code % 28)
        return part


_SKELETON_PART = _Parts(
    lambda initial, vowel, final: (
        _INITIALS[initial].strip("_") + ("W" if vowel in _W_VOWELS else "") + _FINALS[final]
    )
)
_SYLLABLE_PART = _Parts(
    lambda initial, vowel, final: (
        _INITIALS[initial].strip("_")
        + ("" if vowel == _EU and initial != _SILENT_INITIAL else "V")
        + _FINALS[final]
    )
)


# -- short words: frames -----------------------------------------------------------------
#
# A word of two or three consonants (섀도 shadow, 로그 log, 버스 bus) has a skeleton too
# short to tell words apart (SD is shadow, side, seed …). Its frame keeps the vowels as
# well, each as the Latin letter that spells it: a Latin word has one frame, its
# consonants and the first letter of each run of vowels (shadow → SaTo: the w of ow is a
# glide, a final silent e is left out); a Hangul or Katakana loanword has one frame per
# Latin letter each of its vowels may stand for (섀 is a or e: 섀도 → SaTo, SeTo), at most
# ``MAX_READINGS``. The vowel a loanword adds after a consonant (으 in 로그, ウ in ログ) is
# not heard in the English word and is left out.
FRAME_CONSONANTS = (2, 3)  # consonants a frame needs (fewer say nothing), and at most
MAX_READINGS = 48

# The Latin letters each way Hangul writes a vowel (``_HANGUL_VOWELS``, the one table of
# Hangul vowels) stands for in loanwords: a a, o (핫 hot), u; e a (캐시 cache) or e; eo u
# (버스 bus), e (서버 server), o (컴퓨터), a; o o (the au of audio 오디오 reads o); u u, o (룰
# rule, 북 book); i i, e (팀 team), y. Vowels in a row are one vowel read as any of them
# (타임 time).
_CLASS_LETTERS = {"a": "aou", "e": "ae", "eo": "ueoa", "o": "o", "u": "uo", "eu": "eu", "i": "iey"}
_FRAME_VOWELS = tuple(_CLASS_LETTERS[written] for written in _HANGUL_VOWELS)
_FRAME_LETTER = {"ī": "a", "au": "o", "aw": "o"}  # time 타임 (not 팀), audio 오디오


def frame_key(parts: list[str]) -> str:
    """Symbols in order, repeats merged: ["S", "a", "T", "o"] → "SaTo"."""
    merged: list[str] = []
    for part in parts:
        if part and (not merged or merged[-1] != part):
            merged.append(part)
    return "".join(merged)


def frames_from(parts: list[str]) -> tuple[str, ...]:
    """Every frame of a loanword's symbols, each a string of the ways it may be read
    ("SN" a consonant, "ae" a vowel that stands for a or e); vowels in a row are one
    vowel that may be any of them (데이 e or i). Bounded by ``MAX_READINGS``."""
    merged: list[str] = []
    for options in parts:
        if merged and options.islower() and merged[-1].islower():
            merged[-1] = "".join(dict.fromkeys(merged[-1] + options))
        elif not merged or options != merged[-1]:
            merged.append(options)
    low, high = FRAME_CONSONANTS
    if not low <= sum(1 for options in merged if options.isupper()) <= high:
        return ()
    frames: list[list[str]] = [[]]
    for options in merged:
        # "_" stands for no vowel at all (the ウ of テスト may be added or heard).
        choices = [c.replace("_", "") for c in options] if options.islower() else list(options)
        frames = [[*frame, choice] for frame in frames for choice in choices][:MAX_READINGS]
    return tuple(dict.fromkeys(frame_key(frame) for frame in frames))


def looks_borrowed(codes: list[int]) -> bool:
    """Whether a Hangul word (syllable codes from 가) shows a sign of a loanword that a
    Korean word seldom shows: a consonant with only the added 으 (로그, 테스트, 버스), a
    first ㄹ (룰, 리뷰, 레벨: Korean words do not start with it), or ㅒ, ㅞ after a
    consonant (섀도, 쉐어). A short Korean word without one (가지, 거리, 조율) would meet
    English words by chance."""
    for n, code in enumerate(codes):
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        if initial != _SILENT_INITIAL and (
            (vowel == _EU and not final) or vowel in (_YAE, _WE) or (n == 0 and initial == _RIEUL)
        ):
            return True
    return False


@lru_cache(maxsize=16384)
def hangul_frames(word: str) -> tuple[str, ...]:
    """섀도 → SaTo, SeTo …; 로그 → LoK, LaK (the 으 of 그 is added); 캐시 → KaS, KeS (so is
    the ㅣ of a final 시 after sh); () for a word of fewer than two or more than three
    consonants, or one that shows no sign of a loanword (``looks_borrowed``)."""
    word = _unheard_h(word)
    codes = [ord(char) - _BASE for char in word if _BASE <= ord(char) <= _LAST]
    if not looks_borrowed(codes):
        return ()
    parts: list[str] = []
    last = len(codes) - 1
    for n, (initial, vowel, final) in enumerate(_jamo(word)):
        consonant = _INITIALS[initial]
        if consonant != "_":
            parts.append(consonant)
        if vowel in _W_VOWELS:
            parts.append("W")
        added = consonant != "_" and (
            vowel == _EU or (vowel == _I and consonant == "S" and not final and n == last)
        )
        if not added:
            parts.append(_FRAME_VOWELS[vowel])
        if final:
            parts.append(_FINALS[final])
    return frames_from(parts)


@lru_cache(maxsize=16384)
def latin_frames(word: str) -> tuple[str, ...]:
    """shadow → SaTo, log → LoK, cache → KaS, team → TeM, time → TaM: the consonants and
    the first letter of each run of vowels; () for fewer than two or more than three
    consonants."""
    parts: list[str] = []
    for run in re.findall(r"[A-Z]|[a-zī]+", reading(word.lower())):
        if run.isupper():
            parts.append(run)
        elif run := run.lstrip("w"):
            parts.append(_FRAME_LETTER.get(run[:2], _FRAME_LETTER.get(run[0], run[0])))
    low, high = FRAME_CONSONANTS
    consonant_count = sum(1 for part in parts if part.isupper())
    return (frame_key(parts),) if low <= consonant_count <= high else ()


# -- short names: coarse syllables ----------------------------------------------------------

SHORT_MIN_LATIN = 4  # letters a Latin word needs to be heard by its syllables (not the, AI)
SHORT_MAX_KEYS = 32  # a word with more readings than this says too little to be keyed

# Vowels in three coarse groups for keys that must meet by equality: open (ㅏ ㅓ), front
# (ㅐ ㅔ ㅣ), round (ㅗ ㅜ); ㅡ is not heard. A Latin vowel letter may be heard as any of a
# few groups (a: 카 or 애 / 데이; i: 티 or 타이), a run of letters as their union.
_COARSE = {"a": "A", "eo": "A", "e": "E", "i": "E", "o": "O", "u": "O", "eu": ""}
_LATIN_COARSE = {
    "a": ("A", "E"),
    "e": ("E", "A"),
    "i": ("E", "AE"),
    "ī": ("AE",),
    "o": ("O", "A"),
    "u": ("O", "A"),
    "y": ("E", "AE"),
    "w": ("",),
}
_DIGRAPH_COARSE = {"ea": ("E",), "ee": ("E",), "oo": ("O",)}


def _coarse_runs(letters: str) -> set[str]:
    """The coarse groups a run of Latin vowel letters may be heard as (sorted letters)."""
    if letters in _DIGRAPH_COARSE:
        return set(_DIGRAPH_COARSE[letters])
    heard = {""}
    for letter in letters:
        heard = {"".join(sorted(set(h + c))) for h in heard for c in _LATIN_COARSE[letter]}
    return heard


def _with_vowels(key: str, runs: list[set[str]]) -> set[str]:
    """``key`` with each V replaced by each way its vowels may be heard."""
    out = {""}
    runs_left = iter(runs)
    for sound in key:
        if sound == "V":
            vowels = next(runs_left)
            out = {k + "(" + v + ")" for k in out for v in vowels}
            if len(out) > SHORT_MAX_KEYS:
                return set()
        else:
            out = {k + sound for k in out}
    return out


def short_sound_keys(word: str) -> set[str]:
    """Keys of a short loanword or name (kakao, 카카오) that meet by equality alone: its
    syllable key with each V as the coarse vowels it may be heard as (K(A)K(AO)), two
    consonants at least, so kakao meets 카카오 and not 가구 or 코코아 (compare's units)."""
    if word.isascii():
        if len(word) < SHORT_MIN_LATIN or not word.isalpha():
            return set()
        readings = [
            (key, [_coarse_runs(run) for run in letters]) for key, letters in syllables(word)
        ]
    elif all("\uac00" <= ch <= "\ud7a3" for ch in word):
        key, classes = hangul_syllables(word)
        coarse = ["".join(sorted({_COARSE[c] for c in group})) for group in classes]
        readings = [(key, [{group} for group in coarse])]
    else:
        return set()
    keys: set[str] = set()
    for key, runs in readings:
        if consonants(key) >= 2 and key.count("V") == len(runs):
            keys |= _with_vowels(key, runs)
    return keys
