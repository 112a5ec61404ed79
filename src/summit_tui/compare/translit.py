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
