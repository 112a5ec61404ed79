"""Two ways one person's name is written side by side: "Szabó Péter, Péter Szabó" (Hungarian,
and Korean, Japanese and Chinese names romanized, put the family name first; notes give both
orders) and "Olga Petrenko, Ольга Петренко" (the same name in Latin and Cyrillic or Greek)."""

from __future__ import annotations

import unicodedata

from summit_tui.compare.scripts import latin

# Latin letters no accent is taken off of: "Łukasz" is typed "Lukasz", "Đurić" "Duric"
BARE_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"}
)


def folded(text: str) -> str:
    """Lower-case Latin text as people type it without its accents: "Łukasz Wróbel" →
    "lukasz wrobel", "Željko Đurić" → "zeljko duric"."""
    low = text.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFD", low.translate(BARE_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(name: str) -> list[str]:
    """The name's words, lower case, without accents, Cyrillic and Greek in Latin letters."""
    words: list[str] = []
    for word in name.replace("-", " ").split():
        plain = folded(word.strip(".,"))
        words.append(latin(plain) or plain)
    return words


def _loose(word: str) -> str:
    """What Latin spellings of one Cyrillic name share: "Olha"/"Olga", "Oleksii"/"Oleksiy",
    "Yuliia"/"Yulia" fall together."""
    # and Greek's: "Chatzigeorgiou"/"Hatzigeorgiou", "Vlachos"/"Vlahos"
    word = word.replace("ch", "h").replace("kh", "h").replace("iy", "i")
    word = word.replace("ii", "i").replace("y", "i")
    return word.replace("h", "g").replace("j", "i")


def same_name(a: str, b: str) -> bool:
    """Whether a and b are one name: the same words in either order, in any script this
    reads (corpus/name_forms); two words at least, so "Anna" and "Anna Kim" stay two."""
    first, second = _words(a), _words(b)
    if len(first) < 2 or len(first) != len(second):
        return False
    return sorted(map(_loose, first)) == sorted(map(_loose, second))


def in_latin(word: str) -> str | None:
    """A Cyrillic or Greek word of a name in Latin letters, capitalised ("Петренко":
    "Petrenko"); the word itself when it is Latin already; None for other scripts."""
    if is_latin(word):
        return word
    low = word.lower()
    if not low.isascii():  # Greek's accents ("Κωνσταντίνου"), which no Latin spelling keeps
        low = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
    spelled = latin(low)
    return spelled.capitalize() if spelled else None


def is_latin(name: str) -> bool:
    return all(c.isascii() or not c.isalpha() or "\u00c0" <= c <= "\u024f" for c in name)


def name_or_part(a: str, b: str) -> bool:
    """One name written in full or in part: "도윤" and "김도윤", "Jensen Huang" and "Jensen"."""
    a, b = a.casefold(), b.casefold()
    return a in b or b in a
