"""People's names in the scripts of India (Devanagari, Bengali): "डॉ. मीरा अय्यर", "সুমন
ব্যানার্জি", and how they sound, to meet the same name in Latin letters ("Dr. Meera Iyer",
"Suman Banerjee") and in the other script ("निखिल जोशी", "নিখিল জোশী").

These scripts have no capitals: a name is two to four words of their letters that are none of
the heading words around a speaker. Its sound is the consonant skeleton rtl_names gives a
Latin spelling (vowels dropped, p/b/f/v, k/q, g/j fall together), so one key is compared.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from summit_tui.lazy_re import lazy

# A title before the name: Hindi "डॉ." / "डॉक्टर" / "श्री" / "श्रीमती", Bengali "ড." / "ডঃ" /
# "ডাঃ" / "শ্রী"
INDIC_PREFIX_TITLE = lazy(
    r"^(?:डॉ\.?|डा\.|ड\.|डॉक्टर|प्रो\.|श्रीमती|श्री|सुश्री|ড\.|ডঃ|ডাঃ|ডক্টর|প্রফেসর|শ্রীমতী|শ্রী)\s*"
    r"(?=[\u0900-\u09ff])"
)
# Words of headings and sentences, never of a name (Hindi, Marathi, Bengali)
_NOT_IN_INDIC_NAMES = frozenset(
    str.split(
        "और का की के को में से पर है था थी थे एक यह वह कीनोट वर्कशॉप टॉक दिन पहला दूसरा लंच"
        " ब्रेक बूथ सत्र बनाम लिए साथ बिना नोट्स अनुभव बातें कहानी भारत पाइथन"
        " ও এবং এর আর কি না এক দিন প্রথম দ্বিতীয় কিনোট কীনোট টক বুথ লাঞ্চ নোট শেষ কথা"
        " জন্য সাথে ছাড়া আমার অভিজ্ঞতা পাইথন ভারতের"
    )
)


def indic_script(char: str) -> bool:
    """A letter of Devanagari or Bengali."""
    return "\u0900" <= char <= "\u09ff"


def two_indic_scripts(a: str, b: str) -> bool:
    """One name in Devanagari, the other in Bengali ("निखिल जोशी", "নিখিল জোশী")."""
    return indic_script(a[:1]) and indic_script(b[:1]) and (a[:1] < "\u0980") != (b[:1] < "\u0980")


def _letters(word: str) -> bool:
    # letters, vowel signs and the virama; no digits ("२०२४") and no danda
    return all(
        indic_script(c) and not ("\u0964" <= c <= "\u096f" or "\u09e6" <= c <= "\u09ef")
        for c in word
    )


def indic_name(words: list[str]) -> bool:
    """Two to four words of Devanagari or Bengali letters that read as a person's name."""
    if not 2 <= len(words) <= 4:
        return False
    return all(len(w) >= 2 and w not in _NOT_IN_INDIC_NAMES and _letters(w) for w in words)


# Letters written with a nukta (a dot under: "फ़" is f, "ड़" r), read from their decomposed
# form: the letter, then U+093C or U+09BC
_NUKTA_SOUNDS = {"फ": "b", "ज": "j", "क": "k", "ख": "k", "ग": "j", "ड": "r", "ढ": "r"}
_NUKTA = {
    **{f"{c}\u093c": f"\x00{s}" for c, s in _NUKTA_SOUNDS.items()},
    "\u09a1\u09bc": "\x00r",  # ড়
    "\u09a2\u09bc": "\x00r",  # ঢ়
    "\u09af\u09bc": "",  # য়: a y, which drops
}
# Each consonant as the sound class rtl_names gives the Latin letters that spell it: "ch" and
# "sh" are s there, "kh" k, "gh" j, "th" t, "dh" d; y and w drop, as vowels do
_SOUNDS: dict[str, str] = {}
for _letters_of, _sound in (
    ("कख", "k"),
    ("गघजझ", "j"),
    ("चछशषस", "s"),
    ("टठतथ", "t"),
    ("डढदध", "d"),
    ("पबफ", "b"),  # फ / ফ: ph and f alike ("ফেসবুক", "रूटकॉन्फ")
    ("भ", "bh"),
    ("म", "m"),
    ("र", "r"),
    ("लळ", "l"),
    ("ह", "h"),
    ("य", ""),
    ("नणञङं", "n"),
):
    for _char in _letters_of:
        _SOUNDS[_char] = _sound
# Bengali's letters sit at the same place in their block as Devanagari's, 0x80 further on
_SOUNDS.update({chr(ord(c) + 0x80): s for c, s in list(_SOUNDS.items())})
_SOUND_TABLE = str.maketrans(
    {
        **_SOUNDS,
        **{chr(c): "" for c in range(0x0900, 0x0A00) if chr(c) not in _SOUNDS},
        "\x00": "",
    }
)


# Bengali's letters as the Devanagari ones at the same place of their block; the nukta dropped
_AS_DEVANAGARI = str.maketrans(
    {**{c: c - 0x80 for c in range(0x0980, 0x0A00)}, 0x093C: None, 0x09BC: None}
)


def indic_letters(name: str) -> str | None:
    """A name of two to four words in Devanagari or Bengali, as Devanagari letters: the same
    name in both scripts is one string ("অনন্যা দাস", "अनन्या दास")."""
    bare = INDIC_PREFIX_TITLE.sub("", name.strip())
    words = unicodedata.normalize("NFD", bare).split()
    if not 2 <= len(words) <= 4:
        return None
    return " ".join(words).translate(_AS_DEVANAGARI)


def _collapsed(sounds: str) -> str:
    return "".join(c for i, c in enumerate(sounds) if i == 0 or c != sounds[i - 1])


@lru_cache(maxsize=4096)
def indic_skeletons(name: str) -> tuple[str, ...]:
    """The consonant skeletons of a name in Devanagari or Bengali ("मीरा अय्यर": "mr r"), one
    per reading of its व / ব as v or as w; () for a name too short to tell anyone apart (three
    consonants are enough: "मीरा अय्यर" is "mr r", see ``short_key``)."""
    name = unicodedata.normalize("NFD", INDIC_PREFIX_TITLE.sub("", name.strip()))
    if "\u093c" in name or "\u09bc" in name:
        for pair, one in _NUKTA.items():
            name = name.replace(pair, one)
    words = name.replace("-", " ").split()
    if not 2 <= len(words) <= 4:
        return ()
    vs = [i for i, c in enumerate(name) if c in ("\u0935", "\u09ac")][:3]
    # first the likeliest reading: v, but w at a word's end ("राव": Rao)
    likeliest = tuple("" if name[at + 1 : at + 2] in ("", " ") else "b" for at in vs)
    keys = []
    for choice in (likeliest, *itertools.product(("b", ""), repeat=len(vs))):
        letters = list(name)
        for at, sound in zip(vs, choice, strict=True):
            letters[at] = sound
        parts = [_collapsed(w.translate(_SOUND_TABLE)) for w in "".join(letters).split()]
        parts = [p for p in parts if p]
        if 2 <= len(parts) <= 4 and len("".join(parts)) >= 3:
            keys.append(" ".join(parts))
    return tuple(dict.fromkeys(keys))


# The digits of Devanagari, Bengali and the other scripts of India, as ASCII ones
INDIC_DIGITS = str.maketrans(
    {
        zero + n: 0x30 + n
        for zero in (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66)
        for n in range(10)
    }
)
# A name written in Devanagari or Bengali before a year: "রুটকনফ ২০২৫" (after INDIC_DIGITS)
INDIC_NAME_YEAR = lazy(
    r"((?:[\u0900-\u09ff]+[ \t]+){0,3}[\u0900-\u09ff]+)[ \t]*((?:19|20)\d\d)(?!\d)"
)
_LATIN_DIGRAPHS = (
    ("kh", "k"),
    ("sh", "s"),
    ("ch", "s"),
    ("th", "t"),
    ("gh", "j"),
    ("dh", "d"),
    ("ph", "b"),
)
_LATIN_SOUNDS = str.maketrans(
    {
        **dict.fromkeys("bpfv", "b"),
        **dict.fromkeys("ckq", "k"),
        **dict.fromkeys("gj", "j"),
        "x": "ks",
        "z": "j",
        **dict.fromkeys("aeiouyw", ""),
    }
)


def _spoken(word: str) -> str:
    """A word's consonant skeleton, in either script ("রুটকনফ", "Rootconf": "rtknb")."""
    if indic_script(word[:1]):
        word = unicodedata.normalize("NFD", word)
        if "\u093c" in word or "\u09bc" in word:
            for pair, one in _NUKTA.items():
                word = word.replace(pair, one)
        return _collapsed(word.translate(_SOUND_TABLE))
    word = word.lower()
    for digraph, sound in _LATIN_DIGRAPHS:
        word = word.replace(digraph, sound)
    return _collapsed(word.translate(_LATIN_SOUNDS))


def name_sound(words: list[str]) -> str:
    """The consonant skeleton of a name of several words, each word's own run together
    ("পাইকন ইন্ডিয়া" and "PyCon India": "bknnd")."""
    return "".join(_spoken(word) for word in words)


def short_key(name: str) -> str | None:
    """The skeleton of a Latin name of two short words, three consonants in all ("Meera
    Iyer": "mr r"), which rtl_names finds too short to compare: compared only with the
    names of India's scripts (their keys of three consonants are "s" keys too)."""
    words = name.split()
    if words and words[0].lower().rstrip(".") in ("dr", "prof", "mr", "mrs", "ms"):
        words = words[1:]
    if not 2 <= len(words) <= 3 or not all(w.isascii() and w.isalpha() for w in words):
        return None
    parts = [p for p in (_spoken(w) for w in words) if p]
    if len(parts) != len(words) or len("".join(parts)) != 3:
        return None
    return " ".join(parts)
