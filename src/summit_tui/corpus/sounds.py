"""How a word or a name sounds, in Latin letters or in Hangul: kakao and 카카오, OpenAI and
오픈에이아이, "Rust Seoul Meetup" and "러스트 서울 밋업".

One table of Latin spellings (``_LATIN``) and the Hangul jamo tables bring either script to
the same sound classes, the consonants a Korean loanword keeps (voiced and voiceless
together: K T P S, l and r as L, M N, G for ng, H) and V where a vowel is heard:

- ``syllable_key``: the classes with their vowels, repeats merged (kakao and 카카오 KVKV,
  apple and 애플 VPL, team and 팀 TVM). With ``vowels_agree`` (is each vowel letter one way
  Hangul writes it, where it is?) it tells short words apart that share their consonants
  (kakao, not 가구 nor 코코아).
- ``consonant_key``: the consonants of a whole name in either script or both, vowels left
  out ("Rust Seoul Meetup" and "러스트 서울 밋업" LSTSLMTP): long names, mixed scripts.
- ``alike``: a Latin name and a Hangul one sound the same, by either key.

Search's sound matching (search/words), the grouping of event names (events) and compare's
units of short loanwords use these. The 으 Hangul puts after a consonant of a loanword
(스, 플, 픈) is not heard, and neither is a Latin e or o before a final-sounding n
(open 오픈, button 버튼): either way the word meets its other spelling.
"""

from __future__ import annotations

import re
from functools import lru_cache

_BASE = 0xAC00
_LAST = 0xD7A3
_SILENT_INITIAL = 11  # ㅇ: the syllable starts with its vowel
_EU = 18  # ㅡ: after a consonant, the vowel Hangul adds to a loanword's consonant (스, 플)

# Each Hangul sound as a class, V for a vowel.
_INITIALS = tuple("KKNTTLMPPSS_SSSKTPH")
_FINALS = ("", *"KKKNNNTLLLLLLLLMPPTTGTTKTPT")
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
# The Latin spellings: each pattern, in order, becomes its sound (upper case) or is dropped.
_LATIN = (
    (re.compile(r"tech"), "teK"),  # tech, fintech, technology: 테크
    (re.compile(r"(?<=[^aeiouy])e$"), ""),  # a silent final e: line, game, apple
    (re.compile(r"tion"), "SoN"),
    (re.compile(r"ng(?![aeiouy])"), "G"),
    (re.compile(r"ph"), "P"),
    (re.compile(r"tch|[cs]h"), "S"),
    (re.compile(r"th"), "T"),
    (re.compile(r"ck|q"), "K"),
    (re.compile(r"[cg](?=[eiy])"), "S"),  # soft: cell, agent
    (re.compile(r"x"), "KS"),
    (re.compile(r"r(?![aeiouy])"), ""),  # silent after a vowel: naver, uber
    (re.compile(r"(?<=[^aeiouy])h|h(?![aeiouy])"), ""),  # yahoo keeps its h
    (re.compile(r"[bpfv]"), "P"),
    (re.compile(r"[td]"), "T"),
    (re.compile(r"[kcg]"), "K"),
    (re.compile(r"[szj]"), "S"),
    (re.compile(r"[lr]"), "L"),
    (re.compile(r"[hmn]"), lambda found: found.group().upper()),
)
_VOWEL_RUN = re.compile(r"[aeiouyw]+")
# A lone e or o between a consonant and N, said as Hangul's unheard 으 (open 오픈, 토큰).
_UNHEARD = re.compile(r"(?<=[A-Z])[eo](?=N)")
_RUNS = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]+")


def _latin_sounds(word: str) -> str:
    """Upper-case classes with the vowel letters left in place: kakao → KaKao."""
    for pattern, sound in _LATIN:
        word = pattern.sub(sound, word)
    return word


def _hangul_sounds(word: str) -> tuple[str, list[set[str]]]:
    sounds: list[str] = []
    vowels: list[set[str]] = []
    for char in word:
        code = ord(char) - _BASE
        if not 0 <= code <= _LAST - _BASE:
            continue
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        if initial != _SILENT_INITIAL:
            sounds.append(_INITIALS[initial])
        if vowel != _EU or initial == _SILENT_INITIAL:
            if sounds and sounds[-1] == "V":
                vowels[-1].add(_HANGUL_VOWELS[vowel])
            else:
                sounds.append("V")
                vowels.append({_HANGUL_VOWELS[vowel]})
        if final:
            sounds.append(_FINALS[final])
    return _RUNS.sub(r"\1", "".join(sounds)), vowels


def _keyed(sounds: str) -> tuple[str, list[str]]:
    return _RUNS.sub(r"\1", _VOWEL_RUN.sub("V", sounds)), _VOWEL_RUN.findall(sounds)


@lru_cache(maxsize=16384)
def syllables(word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each way a Latin ``word`` (casefolded) may be heard: its syllable key and the vowel
    letters of each V. A word with an e or o Hangul would write as 으 has a second
    reading without it."""
    sounds = _latin_sounds(word)
    readings = [_keyed(sounds)]
    unheard = _UNHEARD.search(sounds)
    if unheard is not None:
        readings.append(_keyed(sounds[: unheard.start()] + sounds[unheard.end() :]))
    return tuple((key, tuple(vowels)) for key, vowels in readings)


@lru_cache(maxsize=16384)
def hangul_syllables(word: str) -> tuple[str, tuple[frozenset[str], ...]]:
    """A Hangul ``word``'s syllable key and the vowel classes of each V."""
    key, vowels = _hangul_sounds(word)
    return key, tuple(map(frozenset, vowels))


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


def vowels_agree(latin: str, hangul: str) -> bool:
    """A Latin word and a Hangul one of the same syllable key: is each vowel letter of the
    Latin word one way Hangul writes it, where it is (kakao and 카카오, not 가구 nor 코코아)?"""
    key, classes = hangul_syllables(hangul)
    return any(
        heard == key and len(letters) == len(classes) and all(map(_agrees, letters, classes))
        for heard, letters in syllables(latin)
    )


def _agrees(letters: str, written: frozenset[str]) -> bool:
    digraph = _LATIN_DIGRAPHS.get(letters)
    if digraph is not None:
        return bool(digraph & written)
    return all(letter == "w" or _LATIN_VOWELS[letter] & written for letter in letters)


def alike_words(latin: str, hangul: str, *, min_consonants: int = 2) -> bool:
    """A Latin word and a Hangul word sound the same by their syllables (both casefolded)."""
    key, _ = hangul_syllables(hangul)
    return consonants(key) >= min_consonants and vowels_agree(latin, hangul)


@lru_cache(maxsize=4096)
def consonant_key(text: str) -> str:
    """The consonants a name is heard by, in either script or both, vowels, spaces and
    signs left out: "러스트 서울 밋업" and "Rust Seoul Meetup" are both LSTSLMTP."""
    out: list[str] = []
    for run in re.findall(r"[\uac00-\ud7a3]+|[a-z]+", text.lower()):
        if run.isascii():
            out.append(_VOWEL_RUN.sub("", _latin_sounds(run)))
        else:
            out.append(_hangul_sounds(run)[0].replace("V", ""))
    return _RUNS.sub(r"\1", "".join(out))


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
