"""What every part of the search index shares: the folded query, tokens, and the joined-string
scans that find keys by prefix or substring without a Python loop over them."""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar, TypeVar

from summit_tui.search.hangul import decompose, fold, is_choseong_query

T = TypeVar("T")

# Scores (0–100) of how a name, a word or an annotation matched.
EXACT = 100.0
PREFIX = 96.0
WORD_PREFIX = 93.0
CHOSEONG_PREFIX = 92.0
SUBSTRING = 88.0
CHOSEONG_SUBSTRING = 86.0
FUZZY_WEIGHT = 0.86  # a typo match scores at most 86
FUZZY_CUTOFF = 82.0  # rapidfuzz similarity needed to count as a typo match

# The marks a word of many scripts is written with, which are no word characters to a
# regular expression: Thai, Lao, Khmer and Burmese vowel and tone marks, the Indic scripts'
# vowel signs (their whole blocks but the dandas), Arabic tashkeel and shadda, Hebrew
# niqqud, combining accents, zero-width characters. Without them ครูสำคัญกว่าหลักสูตร
# would be seven "words" cut at each mark, and درّب two.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u0900-\u0963\u0966-\u0df3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc"
    "\u0ec8-\u0ece\u0f18\u0f19\u0f35\u0f37\u0f39\u0f3e\u0f3f\u0f71-\u0f84\u0f86\u0f87"
    "\u0f8d-\u0fbc\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d"
    "\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u17b4-\u17d3\u17dd\u1ab0-\u1aff"
    "\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    # Invisible inside a word: zero-width space, non-joiner and joiner (Persian نرم‌افزار,
    # Indic conjuncts), word joiner, BOM. Folded out: the word is found typed without them.
    "\u200b-\u200d\u2060\ufeff"
)
_HANGUL = "\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff"
# A word: a run of Hangul (syllables or jamo), or a run of other word characters with the
# marks written on them (a mark alone after a space starts no word).
TOKEN = re.compile(rf"[{_HANGUL}]+|[^\W{_HANGUL}]+(?:[{_MARKS}]+[^\W{_HANGUL}]*)*")


# What a name's compact form leaves out beside spaces: the signs that join the words of a
# compound or an id (Server-Driven, snake_case), so serverdriven finds Server-Driven.
_JOINERS = re.compile(r"[\s\-_\u2010\u2011]+")
# Words joined by hyphens, each of two characters or more with a letter (Server-Driven,
# 서버-드리븐; not 2024-11-04, nor K-AI: a letter alone is no word).
_PART = r"(?=[^\W_]*[^\W\d_])[^\W_]{2,}"
_HYPHENED = re.compile(rf"(?<![\w-]){_PART}(?:-{_PART})+(?!-?\w)")


INSIDE_MIN = 3  # characters a word typed needs to be found inside another word
# Thai, Lao, Burmese, Khmer, kana and Han: these scripts write no spaces between words, so
# most of their two-character words (封包, 永續, 看見, คน) are inside a run of the notes'
# text, found only inside it.
_NO_SPACES = (("\u0e00", "\u0eff"), ("\u1000", "\u109f"), ("\u1780", "\u17ff"),
              ("\u3040", "\u30ff"), ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff"),
              ("\uf900", "\ufaff"))  # fmt: skip


def found_inside(token: str) -> bool:
    """Whether a folded query word is long enough to be looked for inside other words: three
    characters, or two of a script written without spaces."""
    if len(token) >= INSIDE_MIN:
        return True
    return len(token) == 2 and all(
        any(low <= char <= high for low, high in _NO_SPACES) for char in token
    )


def squeezed(key: str) -> str:
    """A folded name without its spaces and joining signs: what its ``compact`` form is."""
    return _JOINERS.sub("", key)


def compounds(base: str) -> list[tuple[str, int, int]]:
    """The hyphened compounds of a text (NFKC, casefolded) as one word each, of one script
    (serverdriven for Server-Driven), with where each is in ``base``."""
    if "-" not in base:
        return []
    found = []
    for match in _HYPHENED.finditer(base):
        word = match.group().replace("-", "")
        if TOKEN.fullmatch(word):
            found.append((word, match.start(), match.end()))
    return found


@dataclass(frozen=True, slots=True)
class Query:
    tokens: tuple[str, ...]  # folded tokens
    raw: tuple[str, ...]  # the same tokens before jamo decomposition (NFKC, casefolded)
    choseong: tuple[bool, ...]  # per token: only initial consonants
    key: str  # folded, single spaces
    compact: str  # folded, no spaces nor joining signs (``squeezed``)
    all_choseong: bool


def spaced(text: str) -> str:
    return " ".join(text.split())


def fold_query(text: str) -> Query:
    key = spaced(fold(text))
    base = unicodedata.normalize("NFKC", text).casefold()
    # A word of marks alone (a tatweel line, ـــــ) folds to nothing: no word to look for.
    pairs = [(t, folded) for t in TOKEN.findall(base) if (folded := decompose(t))]
    raw = tuple(t for t, _ in pairs)
    tokens = tuple(folded for _, folded in pairs)
    cho = tuple(is_choseong_query(t) for t in tokens)
    return Query(
        tokens=tokens,
        raw=raw,
        choseong=cho,
        key=key,
        compact=squeezed(key),
        all_choseong=bool(tokens) and all(cho),
    )


def bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def join_keys(keys: list[str]) -> tuple[str, array]:
    """One string "\\x00k0\\x00k1...\\x00" for str.find scans, and the start of every key
    followed by the end of the string: key i is ``joined[offsets[i] : offsets[i + 1] - 1]``."""
    offsets = array("I")
    position = 1
    for key in keys:
        offsets.append(position)
        position += len(key) + 1
    offsets.append(position)
    return "\x00" + "\x00".join(keys) + "\x00", offsets


class LazyText:
    """A big string of the saved index as it lies in the file (mapped, not read), in a
    fixed-width encoding: a few keys are decoded from it one by one (a command that
    searches once looks up a few dozen), the whole string once a scan needs it or after
    ``PIECES`` keys (a running app then slices it like any string)."""

    PIECES = 512
    WIDTHS: ClassVar[dict[str, int]] = {"ascii": 1, "utf-16-le": 2, "utf-32-le": 4}
    # Each encoding's decoder and its arguments after the data, called directly: through
    # the codec registry a key costs twice as much.
    _DECODERS: ClassVar[dict[str, tuple[Callable[..., tuple[str, int]], tuple]]] = {
        "ascii": (codecs.ascii_decode, ()),
        "utf-16-le": (codecs.utf_16_le_decode, ("surrogatepass", True)),
        "utf-32-le": (codecs.utf_32_le_decode, ("surrogatepass", True)),
    }

    __slots__ = ("_arguments", "_data", "_decoder", "_pieces", "_width", "decoded")

    def __init__(self, data: memoryview, encoding: str) -> None:
        self._data = data
        self._decoder, self._arguments = self._DECODERS[encoding]
        self._width = self.WIDTHS[encoding]
        self._pieces = 0
        self.decoded: str | None = None

    def __len__(self) -> int:
        return len(self._data) // self._width

    def text(self) -> str:
        if self.decoded is None:
            self.decoded = self._decoder(self._data, *self._arguments)[0]
            self._data = memoryview(b"")  # let the mapping go with the index
        return self.decoded

    def piece(self, start: int, end: int) -> str:
        """Characters ``start`` to ``end`` (exclusive)."""
        if self.decoded is not None:
            return self.decoded[start:end]
        self._pieces += 1
        if self._pieces > self.PIECES:
            return self.text()[start:end]
        data = self._data[start * self._width : end * self._width]
        return self._decoder(data, *self._arguments)[0]


class Recent(dict):
    """What the last few lookups found, by what was looked up: while a query is typed,
    the words already typed are looked up again on every keystroke, and each lookup of
    a word costs as much as its first (a scan of the vocabulary, its sounds)."""

    SIZE = 8

    def keep(self, key: object, value: T) -> T:
        if len(self) >= self.SIZE:
            self.pop(next(iter(self), None), None)  # the oldest
        self[key] = value
        return value


def whole(text: str | LazyText) -> str:
    """The string itself, decoded first if it is still a ``LazyText``."""
    return text if text.__class__ is str else text.text()  # type: ignore[union-attr]


class JoinedKeys(Sequence[str]):
    """The keys of a ``join_keys`` string as a read-only sequence (for bisection); the
    string may be a ``LazyText`` (read from the saved index), decoded when needed."""

    __slots__ = ("_joined", "offsets")

    def __init__(self, joined: str | LazyText, offsets: array) -> None:
        self._joined = joined
        self.offsets = offsets

    @property
    def joined(self) -> str:
        joined = self._joined
        if joined.__class__ is not str:
            joined = self._joined = whole(joined)
        return joined  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, i: int) -> str:  # type: ignore[override]  # ints only
        joined = self._joined
        if joined.__class__ is not str:
            lazy: LazyText = joined  # type: ignore[assignment]
            if lazy.decoded is None:
                return lazy.piece(self.offsets[i], self.offsets[i + 1] - 1)
            joined = self._joined = lazy.decoded
        return joined[self.offsets[i] : self.offsets[i + 1] - 1]  # type: ignore[index]


def prefix_range(ordered: Sequence[str], prefix: str, cap: int) -> range:
    """Where the sorted keys starting with ``prefix`` are, at most ``cap`` of them."""
    low = bisect.bisect_left(ordered, prefix)
    return range(low, min(bisect.bisect_left(ordered, prefix + "\U0010ffff"), low + cap))


def substring_grade(name: str, spaced_name: str, compact: str, spaced_query: str) -> float:
    """How a name that contains the query holds it: whole, at its start, at a word's
    start, or inside a word (``name`` and ``compact`` without spaces)."""
    if name == compact:
        return EXACT
    if name.startswith(compact):
        return PREFIX
    if (" " + spaced_name).find(" " + spaced_query) >= 0:
        return WORD_PREFIX
    return SUBSTRING


def find_all(
    joined: str,
    offsets: array,
    needle: str,
    cap: int,
    *,
    start: bool = False,
    low: int = 0,
    high: int | None = None,
) -> list[int]:
    """Positions of the keys containing ``needle`` (each once), at most ``cap``; only
    those within ``joined[low:high]`` when given.

    With ``start``, only keys that begin with it.
    """
    found: list[int] = []
    if not needle or "\x00" in needle or cap <= 0:
        return found
    if high is None:
        high = len(joined)
    if start:
        needle = "\x00" + needle
    skip = 1 if start else 0  # a key-start needle begins on the separator before the key
    at = joined.find(needle, low, high)
    while at >= 0 and len(found) < cap:
        inside = at + skip
        found.append(bisect.bisect_right(offsets, inside) - 1)
        end = joined.find("\x00", inside)  # skip to the next key
        at = joined.find(needle, end, high)
    return found
