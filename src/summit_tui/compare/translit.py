"""Hangul loanwords and the English words they spell, brought to one consonant skeleton.

Korean notes write many English words in Hangul (퍼플렉시티 Perplexity, 에이전트 agent,
플랫폼 platform, 로컬리티 locality). Both spellings are reduced to the consonants a
Korean ear keeps, in a few classes (p/b/f/v → P, t/d → T, k/g/c/q → K, s/z/sh/j/ch and a
soft g → S, l/r → L, m, n, ng, h, w), vowels dropped and repeats merged:
퍼플렉시티 → PLKST ← perplexity, 에이전트 → SNT ← agent. A skeleton of three or more
consonants is specific enough to be compared; shorter ones are not.
"""

from __future__ import annotations

from functools import lru_cache

from summit_tui.compare.wordlist import words

_S_BASE = 0xAC00
_S_LAST = 0xD7A3
_INITIAL = words("K K N T T L M P P S S _ S S S K T P H ")  # ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ
# Finals as they sound in loanwords: ㅅ is t (로봇 robot, 인터넷 internet), ㅇ is ng.
_FINAL = words("_ K K KS N NS NH T L LK LM LP LS LT LP LH M P PS T T NG S S K T P H ")
_W_VOWELS = frozenset((9, 10, 11, 14, 15, 16))  # ㅘㅙㅚㅝㅞㅟ carry a w
MIN_LENGTH = 3


def _merge(symbols: list[str]) -> str:
    merged: list[str] = []
    for symbol in symbols:
        if symbol and (not merged or merged[-1] != symbol):
            merged.append(symbol)
    return "".join("G" if s == "NG" else s for s in merged)


@lru_cache(maxsize=16384)
def hangul_skeleton(word: str) -> str:
    """퍼플렉시티 → PLKST, 에이전트 → SNT, 쇼핑 → SPG (G stands for ng)."""
    symbols: list[str] = []
    for char in word:
        code = ord(char) - _S_BASE
        if not 0 <= code <= _S_LAST - _S_BASE:
            continue
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        if _INITIAL[initial] != "_":
            symbols.append(_INITIAL[initial])
        if vowel in _W_VOWELS:
            symbols.append("W")
        if final:
            symbols.extend(_split_final(_FINAL[final]))
    return _merge(symbols)


def _split_final(final: str) -> list[str]:
    if final == "NG":
        return ["NG"]
    return list(final)


_DIGRAPHS = (
    ("tion", "SN"), ("tia", "S"), ("tch", "S"), ("sch", "S"), ("nge", "NS"), ("ngi", "NS"),
    ("que", "K"), ("ch", "S"), ("sh", "S"), ("ph", "P"), ("th", "T"), ("ck", "K"),
    ("qu", "KW"), ("ng", "NG"), ("wh", "W"), ("gh", ""),
)  # fmt: skip
_LETTERS = {
    "b": "P", "p": "P", "f": "P", "v": "P", "t": "T", "d": "T", "k": "K", "q": "K",
    "g": "K", "c": "K", "s": "S", "z": "S", "j": "S", "x": "KS", "l": "L", "r": "L",
    "m": "M", "n": "N", "h": "H", "w": "W",
}  # fmt: skip
_VOWEL_LETTERS = frozenset("aeiouy")


@lru_cache(maxsize=16384)
def latin_skeleton(word: str) -> str:
    """perplexity → PLKST, agent → SNT, shopping → SPG; an r before a consonant or at the
    end is silent (platform → PLTPM), a c or g before e/i/y is soft (agent, cell)."""
    word = word.lower()
    symbols: list[str] = []
    i = 0
    while i < len(word):
        for digraph, sound in _DIGRAPHS:
            if word.startswith(digraph, i):
                if sound == "NG":
                    symbols.append("NG")
                else:
                    symbols.extend(sound)
                i += len(digraph)
                break
        else:
            char = word[i]
            after = word[i + 1] if i + 1 < len(word) else ""
            if char in _VOWEL_LETTERS:
                pass
            elif char == "r" and (after not in _VOWEL_LETTERS or word.endswith("re", i)):
                pass  # a silent r: platform, hardware
            elif char == "h" and i > 0 and word[i - 1] not in _VOWEL_LETTERS | {"r"}:
                pass  # silent after a consonant (john), sounded after a silent r (overhead)
            elif (
                char == "w"
                and i > 0
                and word[i - 1] in _VOWEL_LETTERS
                and (after not in _VOWEL_LETTERS)
            ):
                pass  # a vowel's glide: shadow, window, flow (섀도, 윈도우, 플로우)
            elif char in "cg" and after in ("e", "i", "y"):
                symbols.append("S")  # soft: cell, agent
            elif char in _LETTERS:
                symbols.extend(_LETTERS[char] if char != "x" else ["K", "S"])
            i += 1
    return _merge(symbols)


# -- short words: their vowels too ---------------------------------------------------------
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

_FRAME_INITIAL = _INITIAL
_FRAME_FINAL = words("_ K K K N N N T L L L L L L L L M P P T T G T T K T P T")
# The Latin letters each Hangul vowel (ㅏ … ㅣ) stands for in loanwords: ㅏ a, o (핫 hot),
# u; ㅐ, ㅔ a (캐시 cache) or e; ㅓ u (버스 bus), e (서버 server), o (컴퓨터), a; ㅗ o (the au
# of audio 오디오 reads o); ㅜ u, o (룰 rule, 북 book); ㅣ i, e (팀 team), y. Vowels in a row
# are one vowel read as any of them (타임 time).
_FRAME_VOWELS = words("aou ae aou ae ueoa ae ueoa ae o aou ae ae o uo ueoa ae iey uo eu iey iey")
_EU = 18  # ㅡ
_I = 20  # ㅣ
_LATIN_FRAME = (
    ("tion", "SN"), ("ng", "G"), ("ph", "P"), ("tch", "S"), ("sh", "S"), ("ch", "S"),
    ("th", "T"), ("ck", "K"), ("qu", "KW"), ("q", "K"), ("x", "KS"), ("wh", "W"), ("gh", ""),
)  # fmt: skip


def frame_key(parts: list[str]) -> str:
    """Symbols in order, repeats merged: ["S", "a", "T", "o"] → "SaTo"."""
    merged: list[str] = []
    for part in parts:
        if part and (not merged or merged[-1] != part):
            merged.append(part)
    return "".join(merged)


def _consonants(parts: list[str]) -> int:
    return sum(1 for part in parts if part.isupper())


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


_YAE, _WE = 3, 15  # ㅒ, ㅞ
_RIEUL = 5  # ㄹ


def looks_borrowed(codes: list[int]) -> bool:
    """Whether a Hangul word (syllable codes from 가) shows a sign of a loanword that a
    Korean word seldom shows: a consonant with only the added 으 (로그, 테스트, 버스), a
    first ㄹ (룰, 리뷰, 레벨: Korean words do not start with it), or ㅒ, ㅞ after a
    consonant (섀도, 쉐어). A short Korean word without one (가지, 거리, 조율) would meet
    English words by chance."""
    for n, code in enumerate(codes):
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        if initial != _SILENT and (
            (vowel == _EU and not final) or vowel in (_YAE, _WE) or (n == 0 and initial == _RIEUL)
        ):
            return True
    return False


_SILENT = 11  # ㅇ as an initial


@lru_cache(maxsize=16384)
def hangul_frames(word: str) -> tuple[str, ...]:
    """섀도 → SaTo, SeTo …; 로그 → LoK, LaK (the 으 of 그 is added); 캐시 → KaS, KeS (so is
    the ㅣ of a final 시 after sh); () for a word of fewer than two or more than three
    consonants, or one that shows no sign of a loanword (``looks_borrowed``)."""
    codes = [ord(char) - _S_BASE for char in word if _S_BASE <= ord(char) <= _S_LAST]
    if not looks_borrowed(codes):
        return ()
    parts: list[str] = []
    for n, code in enumerate(codes):
        initial, vowel, final = code // 588, (code % 588) // 28, code % 28
        consonant = _FRAME_INITIAL[initial]
        if consonant != "_":
            parts.append(consonant)
        if vowel in _W_VOWELS:
            parts.append("W")
        added = consonant != "_" and (
            vowel == _EU or (vowel == _I and consonant == "S" and not final and n == len(codes) - 1)
        )
        if not added:
            parts.append(_FRAME_VOWELS[vowel])
        if final:
            parts.append(_FRAME_FINAL[final])
    return frames_from(parts)


@lru_cache(maxsize=16384)
def latin_frames(word: str) -> tuple[str, ...]:
    """shadow → SaTo, log → LoK, cache → KaS, team → TeM: the consonants and the first
    letter of each run of vowels; () for fewer than two or more than three consonants."""
    word = word.lower()
    parts: list[str] = []
    i = 0
    while i < len(word):
        for digraph, sound in _LATIN_FRAME:
            if word.startswith(digraph, i):
                parts.extend([sound] if sound == "G" else list(sound))
                i += len(digraph)
                break
        else:
            char = word[i]
            after = word[i + 1] if i + 1 < len(word) else ""
            before = word[i - 1] if i else ""
            if char == "e" and not after and i > 1 and before not in _VOWEL_LETTERS:
                pass  # a silent final e: cache, code, rule, page
            elif char in _VOWEL_LETTERS:
                if before not in _VOWEL_LETTERS:
                    parts.append("o" if word.startswith(("au", "aw"), i) else char)
            elif char == "w" and after in _VOWEL_LETTERS and (i == 0 or before not in "aeiou"):
                parts.append("W")
            elif char in "wr" and after not in _VOWEL_LETTERS:
                pass  # a vowel's glide (shadow, window), an r after a vowel (server)
            elif char == "h":
                if (i == 0 or before in _VOWEL_LETTERS) and after in _VOWEL_LETTERS:
                    parts.append("H")
            elif char in "cg" and after in ("e", "i", "y"):
                parts.append("S")
            elif char in _LETTERS:
                parts.append(_LETTERS[char])
            i += 1
    consonants = _consonants(parts)
    low, high = FRAME_CONSONANTS
    return (frame_key(parts),) if low <= consonants <= high else ()
