"""Hangul at the jamo level: decomposition, initial consonants (초성), and query folding.

Syllables U+AC00–U+D7A3 are decomposed arithmetically (initial × 588 + vowel × 28 +
final) into compatibility jamo, with compound finals and compound vowels split into
the keys a user presses (ㄳ → ㄱㅅ, ㅘ → ㅗㅏ). A query typed halfway through a
syllable is then a plain prefix of the text: 퍼플레 → ㅍㅓㅍㅡㄹㄹㅔ is a prefix of
퍼플렉시티's jamo. Modern conjoining jamo (U+1100 block, which NFKC produces from
compatibility jamo) map to the same compatibility jamo; archaic jamo pass through.
The same translation leaves out Latin accents, writes hiragana as katakana and gives a Han
character one form for its Traditional, Simplified and Japanese spellings (``fold``).
"""

from __future__ import annotations

import functools
import unicodedata
from itertools import accumulate, chain, compress, product, repeat

from summit_tui.corpus.han_variants import VARIANTS

S_BASE = 0xAC00
S_LAST = 0xD7A3
V_COUNT = 21
T_COUNT = 28
N_COUNT = V_COUNT * T_COUNT  # 588

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

# Compound jamo as the keys typed on a 2-set keyboard.
SPLIT = {
    "ㄳ": "ㄱㅅ",
    "ㄵ": "ㄴㅈ",
    "ㄶ": "ㄴㅎ",
    "ㄺ": "ㄹㄱ",
    "ㄻ": "ㄹㅁ",
    "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ",
    "ㄿ": "ㄹㅍ",
    "ㅀ": "ㄹㅎ",
    "ㅄ": "ㅂㅅ",
    "ㅘ": "ㅗㅏ",
    "ㅙ": "ㅗㅐ",
    "ㅚ": "ㅗㅣ",
    "ㅝ": "ㅜㅓ",
    "ㅞ": "ㅜㅔ",
    "ㅟ": "ㅜㅣ",
    "ㅢ": "ㅡㅣ",
}

_INITIAL_SET = frozenset(INITIALS)


def _split(jamo: str) -> str:
    return SPLIT.get(jamo, jamo)


_SYLLABLES = range(S_BASE, S_LAST + 1)


def _build_table() -> dict[int, str]:
    # Made at import by C-level iterators (about 2.5x faster than a loop per syllable: every
    # CLI search pays it): product() yields the syllables' jamo in code point order.
    keys = map("".join, product(INITIALS, map(_split, VOWELS), map(_split, FINALS)))
    table = dict(zip(_SYLLABLES, keys, strict=True))
    for compound, split in SPLIT.items():
        table[ord(compound)] = split
    # Modern conjoining jamo: choseong U+1100.., jungseong U+1161.., jongseong U+11A8..
    for offset, jamo in enumerate(INITIALS):
        table[0x1100 + offset] = jamo
    for offset, jamo in enumerate(VOWELS):
        table[0x1161 + offset] = _split(jamo)
    for offset, jamo in enumerate(FINALS[1:]):
        table[0x11A8 + offset] = _split(jamo)
    # Conjoining fillers carry no key.
    table[0x115F] = ""
    table[0x1160] = ""
    table.update(_accents())
    table.update(_as_typed())
    # Hiragana as katakana: a word typed in hiragana and left so (きゃりぶれーしょん, as an
    # IME often leaves it) finds the katakana it is written in, and back
    table.update({code: chr(code + 0x60) for code in (*range(0x3041, 0x3097), 0x309D, 0x309E)})
    # One form for a Han character's Traditional, Simplified and Japanese spellings: 开源永续
    # finds 開源永續 (compare reads them as one too).
    table.update({ord(char): form for char, form in VARIANTS.items() if char != form})
    return table


def _accents() -> dict[int, str]:
    """Latin letters with accents as the letters alone (é → e, ü → u, ǆ → dz), and the
    accents left after NFKC dropped: a word is found typed without them (sobriete,
    munchen). Only Latin letters: a kana's voicing marks (が, か) tell words apart."""
    table: dict[int, str] = {}
    for code in chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        parts = unicodedata.normalize("NFD", chr(code))
        bare = "".join(c for c in parts if not 0x300 <= ord(c) < 0x370)
        if bare and bare != chr(code):
            table[code] = bare
    table.update(dict.fromkeys(range(0x300, 0x370), ""))
    return table


# Marks people leave out when they type: Hebrew niqqud and cantillation, Arabic tashkeel
# (fatha … sukun, shadda, superscript alef), Quranic marks, the tatweel that only
# stretches a word (عربيـــة), and zero-width characters (Persian's half space in نرم‌افزار).
_UNTYPED_MARKS = (
    (0x591, 0x5BD), (0x5BF, 0x5BF), (0x5C1, 0x5C2), (0x5C4, 0x5C5), (0x5C7, 0x5C7),
    (0x610, 0x61A), (0x640, 0x640), (0x64B, 0x65F), (0x670, 0x670), (0x6D6, 0x6DC), (0x6DF, 0x6E4),
    (0x6E7, 0x6E8), (0x6EA, 0x6ED), (0x200B, 0x200D), (0x2060, 0x2060), (0xFEFF, 0xFEFF),
)  # fmt: skip
# Letters typed in a plainer form: Latin letters with a stroke or ligatures that have no
# accent to leave out (Vietnamese đ, Polish ł, Danish ø, æ, Turkish ı, Icelandic þ), as
# ASCII keyboards type them (Đà Nẵng as da nang, Łódź as lodz); Russian ё as е; Arabic
# alef with hamza or madda as alef, hamza on waw or yeh as the letter, a lone hamza left
# out, alef maqsura as yeh, teh marbuta as heh; Persian yeh and keheh as the Arabic letters.
_PLAIN_LETTERS = {
    "đ": "d", "ð": "d", "ł": "l", "ø": "o", "ı": "i", "ħ": "h", "ŧ": "t", "þ": "th",
    "æ": "ae", "œ": "oe", "ё": "е",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ء": "",
    "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك", "ۀ": "ه",
}  # fmt: skip
# The zero of each script's own digits (Arabic-Indic, Persian, N'Ko, the Indic scripts,
# Thai, Lao, Tibetan, Myanmar, Khmer): read as 0-9 (١٤ أكتوبر is found by 14).
_DIGIT_ZEROS = (
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810,
)  # fmt: skip


def _as_typed() -> dict[int, str]:
    """Letters, marks and digits of other scripts as people type them (``fold``): Greek
    without accents, Russian ё as е, Arabic and Hebrew without their marks and letter
    forms, every script's digits as ASCII digits."""
    table: dict[int, str] = {}
    for code in range(0x386, 0x3D0):  # modern Greek's accented letters (ά, ΐ, ώ)
        parts = unicodedata.normalize("NFD", chr(code))
        bare = "".join(c for c in parts if not 0x300 <= ord(c) < 0x370)
        if bare and bare != chr(code):
            table[code] = bare
    for low, high in _UNTYPED_MARKS:
        table.update(dict.fromkeys(range(low, high + 1), ""))
    table.update({ord(letter): plain for letter, plain in _PLAIN_LETTERS.items()})
    for zero in _DIGIT_ZEROS:
        table.update({zero + n: str(n) for n in range(10)})
    return table


_TABLE = _build_table()


@functools.cache
def _choseong_tables() -> tuple[dict[int, str], dict[str, str]]:
    """Each syllable's initial, by code point and by character: made on first use (a
    command that searches words typed in full never needs them)."""
    initials = list(chain.from_iterable(map(repeat, INITIALS, repeat(N_COUNT))))
    by_code: dict[int, str] = dict(zip(_SYLLABLES, initials, strict=True))
    by_code.update({0x1100 + offset: jamo for offset, jamo in enumerate(INITIALS)})
    return by_code, dict(zip(map(chr, _SYLLABLES), initials, strict=True))


@functools.cache
def _char_table() -> dict[str, str]:
    """``_TABLE`` by character (``jamo_ends``), made on first use."""
    return dict(zip(map(chr, _TABLE), _TABLE.values(), strict=True))


def is_syllable(char: str) -> bool:
    return S_BASE <= ord(char) <= S_LAST


def decompose(text: str) -> str:
    """Every Hangul syllable and compound jamo as the jamo keys typed; the rest unchanged."""
    return text.translate(_TABLE)


def choseong(text: str) -> str:
    """Each syllable replaced by its initial consonant; other characters unchanged."""
    return text.translate(_choseong_tables()[0])


def choseong_key(text: str) -> str:
    """The initials of the Hangul syllables only, in order: 퍼플렉시티 키노트 → ㅍㅍㄹㅅㅌㅋㄴㅌ."""
    return "".join(c for c in choseong(text) if c in _INITIAL_SET)


def is_choseong_query(query: str) -> bool:
    """True when the query is only initial consonants (spaces aside): ㅍㅍㄹㅅㅌ, ㅇㄴㅈ."""
    keys = "".join(query.split())
    return bool(keys) and all(c in _INITIAL_SET or 0x1100 <= ord(c) <= 0x1112 for c in keys)


def fold(text: str) -> str:
    """The search key of a text: NFKC (width), casefold, then Hangul jamo, Latin letters
    without their accents and Han characters in one form (開源永續 and 开源永续 alike).

    NFKC turns compatibility jamo into conjoining jamo (and may compose them into
    syllables); decomposition maps both back to the same compatibility jamo keys.
    """
    return decompose(unicodedata.normalize("NFKC", text).casefold())


def fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """``fold`` and where each folded character came from in ``text``.

    Returns ``(folded, ends)``: ``ends[i]`` is the folded length of ``text[: i + 1]``, so
    the character holding folded position ``j`` is ``bisect_right(ends, j)``; ``ends`` is
    None when folding kept one character per character. Built with C-level iterators:
    it runs for every result shown, on every keystroke.
    """
    base = unicodedata.normalize("NFKC", text).casefold()
    if len(base) == len(text):
        folded = base.translate(_TABLE)
        if len(folded) == len(text):
            return folded, None
        table = _char_table()
        return folded, list(accumulate(map(len, map(table.get, base, base))))
    pieces = [fold(char) for char in text]  # NFKC or casefold changed the length (ﬁ, ß)
    return "".join(pieces), list(accumulate(map(len, pieces)))


def jamo_ends(text: str) -> list[int]:
    """``ends[i]`` = len(decompose(text[: i + 1])): maps a jamo position back to a character."""
    table = _char_table()
    return list(accumulate(map(len, map(table.get, text, text))))


def choseong_with_map(text: str) -> tuple[str, list[int]]:
    """``choseong_key`` with the index in ``text`` of every initial."""
    by_char = _choseong_tables()[1]
    initials = [by_char.get(char, "") for char in text]
    return "".join(initials), list(compress(range(len(text)), initials))


_JOIN = {keys: compound for compound, keys in SPLIT.items()}
_NO_FINAL = frozenset("ㄸㅃㅉ")
_VOWEL_SET = frozenset(VOWELS)
_COMPOUND_FINALS = frozenset(f for f in FINALS if len(SPLIT.get(f, "")) == 2)


def compose(keys: str) -> str:
    """What a 2-set Korean keyboard shows after typing ``keys`` (compatibility jamo).

    The inverse of ``decompose`` for complete text, and the in-between states of an IME
    for a prefix: compose(decompose("퍼플렉시티")[:9]) == "퍼플렋" (ㄱ+ㅅ form ㄳ until
    the next vowel takes the ㅅ). Characters that are not jamo pass through.
    """
    out: list[str] = []
    lead = vowel = tail = ""

    def flush() -> None:
        nonlocal lead, vowel, tail
        if lead and vowel:
            code = (
                S_BASE
                + INITIALS.index(lead) * N_COUNT
                + VOWELS.index(vowel) * T_COUNT
                + FINALS.index(tail)
            )
            out.append(chr(code))
        else:
            out.append(lead + vowel)
        lead = vowel = tail = ""

    for key in keys:
        if key in _INITIAL_SET:
            if lead and vowel and not tail and key in FINALS and key not in _NO_FINAL:
                tail = key
            elif tail and _JOIN.get(tail + key, "") in _COMPOUND_FINALS:
                tail = _JOIN[tail + key]
            else:
                flush()
                lead = key
        elif key in _VOWEL_SET:
            if lead and vowel and tail:
                split = SPLIT.get(tail, tail)
                keep, moved = (split[0], split[1]) if len(split) == 2 else ("", split)
                tail = keep
                flush()
                lead, vowel = moved, key
            elif lead and not vowel:
                vowel = key
            elif vowel and _JOIN.get(vowel + key, "") in _VOWEL_SET:
                vowel = _JOIN[vowel + key]
            else:
                flush()
                vowel = key
        else:
            flush()
            out.append(key)
    flush()
    return "".join(out)


def typing_states(text: str) -> list[str]:
    """Every string an IME shows while ``text`` is typed key by key (for tests and benchmarks)."""
    keys = decompose(text)
    return [compose(keys[:n]) for n in range(1, len(keys) + 1)]
