"""Korean names and their Latin spellings: 박지우 and "Jiwoo Park" are one person.

English notes about a Korean conference write speakers' names in Latin letters, in
either order, with the usual spellings of surnames (Park, not Bak; Lee, not I) and
given names spelt freely (Jiwoo, Ji-woo, Jiu). A name is reduced to a key: its surname
(as the Hangul syllable) and a loose sound of its given name, where voiced and voiceless
consonants, l and r, and the ways of writing the same vowel fall together. Two names
are the same person when the surnames agree and the given names sound close.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from summit_tui.lazy_re import lazy


def _words(text: str) -> list[str]:
    return text.split()


_BASE = 0xAC00
_INITIALS = _words("g kk n d tt r m b pp s ss _ j jj ch k t p h")
_MEDIALS = _words("a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i")
_FINALS = ["", *_words("k k k n n n t l k m l l l p l m p p t t ng t t k t p t")]

# How Korean surnames are usually written in Latin letters.
_SURNAMES = {
    "김": "kim gim",
    "이": "lee yi rhee i ri",
    "박": "park bak pak",
    "최": "choi choe chey",
    "정": "jung jeong chung jeung",
    "강": "kang gang",
    "조": "cho jo joe",
    "윤": "yoon yun",
    "장": "jang chang",
    "임": "lim im rim",
    "한": "han",
    "오": "oh o",
    "서": "seo suh",
    "신": "shin sin",
    "권": "kwon gwon",
    "황": "hwang",
    "안": "ahn an",
    "송": "song",
    "류": "ryu yoo yu",
    "유": "yoo yu you",
    "전": "jeon chun jun",
    "홍": "hong",
    "고": "ko go koh",
    "문": "moon mun",
    "양": "yang",
    "손": "son sohn",
    "배": "bae",
    "백": "baek paek baik",
    "허": "heo huh hur",
    "남": "nam",
    "심": "shim sim",
    "노": "noh roh no",
    "하": "ha",
    "곽": "kwak gwak",
    "성": "sung seong",
    "차": "cha",
    "주": "joo ju chu",
    "우": "woo",
    "구": "koo gu ku",
    "민": "min",
    "진": "jin chin",
    "나": "na ra",
    "지": "ji chi",
    "엄": "um eom",
    "채": "chae",
    "원": "won",
    "천": "chun cheon",
    "방": "bang",
    "공": "kong gong",
    "현": "hyun hyeon",
    "함": "ham",
    "변": "byun byeon",
    "염": "yeom yum",
    "여": "yeo",
    "추": "choo chu",
    "도": "do doh",
    "석": "seok suk",
    "선": "sun seon",
    "설": "seol sul",
    "길": "gil kil",
    "연": "yeon",
    "표": "pyo",
    "명": "myung myeong",
    "기": "ki gi",
    "반": "ban bahn",
    "왕": "wang",
    "금": "keum geum",
    "옥": "ok",
    "인": "in",
    "탁": "tak",
    "국": "kook guk",
    "은": "eun",
    "편": "pyun pyeon",
    "용": "yong",
    "경": "kyung gyeong",
    "봉": "bong",
}
_BY_SPELLING: dict[str, set[str]] = {}
for _syllable, _spellings in _SURNAMES.items():
    for _spelling in _spellings.split():
        _BY_SPELLING.setdefault(_spelling, set()).add(_syllable)

_HANGUL = lazy(r"^[가-힣]{2,4}$")
_LOOSE = (
    ("wu", "u"),
    ("oo", "u"),
    ("ou", "u"),
    ("eo", "u"),
    ("ee", "i"),
    ("ea", "i"),
    ("ae", "e"),
    ("ch", "j"),
    ("sh", "s"),
    # a hard c is the k Hangul writes (Marco → 마르코), a soft one an s (Lucie → 루시)
    ("ce", "se"),
    ("ci", "si"),
    ("c", "g"),
    ("k", "g"),
    ("t", "d"),
    ("p", "b"),
    ("l", "r"),
    ("h", ""),
    ("w", ""),
    ("y", ""),
)
MATCH = 80.0


def _romanized(syllables: str) -> str:
    out: list[str] = []
    for char in syllables:
        code = ord(char) - _BASE
        if not 0 <= code < 11172:
            continue
        initial, medial, final = code // 588, (code % 588) // 28, code % 28
        if _INITIALS[initial] != "_":
            out.append(_INITIALS[initial])
        out.append(_MEDIALS[medial])
        out.append(_FINALS[final])
    return "".join(out)


def romanized_word(word: str) -> str:
    """A Hangul word spelt in Latin letters as Korea romanizes it: 한강 → "hangang"."""
    return _romanized(word)


def _loose(text: str) -> str:
    text = re.sub(r"[^a-z]", "", text.lower())
    for old, new in _LOOSE:
        text = text.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", text)


@lru_cache(maxsize=16384)
def name_keys(name: str) -> tuple[tuple[str, str], ...]:
    """(surname syllable, loose given name) for each way the name may be read:
    "박지우" → (("박", "jiu"),); "Jiwoo Park" → (("박", "jiu"),) (and the other order
    when its first word is a surname too). Empty for a name that is neither."""
    text = " ".join(name.split())
    if _HANGUL.match(text):
        return ((text[0], _loose(_romanized(text[1:]))),)
    words = text.replace("-", " ").split() if text.isascii() else []
    if len(words) < 2:
        return ()
    keys: list[tuple[str, str]] = []
    for surname, given in ((words[-1], words[:-1]), (words[0], words[1:])):
        for syllable in _BY_SPELLING.get(surname.lower(), ()):
            keys.append((syllable, _loose("".join(given))))
    return tuple(dict.fromkeys(keys))


def same_person(a: str, b: str) -> bool:
    """A Korean name and a Latin spelling of it (either order, any usual spelling)."""
    for surname, given in name_keys(a):
        for other_surname, other_given in name_keys(b):
            if surname == other_surname and fuzz.ratio(given, other_given) >= MATCH:
                return True
    return False


def is_hangul_name(name: str) -> bool:
    return bool(_HANGUL.match(name.strip()))


def loose_spelling(word: str) -> str:
    """A word's loose Latin spelling (a Hangul word romanized first): 모바일 → "mobair",
    mobile → "mobire"; close spellings of one sound come out close. The 으 that Hangul
    puts after a consonant of a loanword is left out: 러스트 → "rusd", as rust."""
    if word.isascii():
        return _loose(word)
    return _EPENTHETIC.sub("", _loose(_romanized(word)))


_EPENTHETIC = lazy(r"eu(?![aeiou])")


@lru_cache(maxsize=16384)
def spelled_key(name: str) -> tuple[bool, str] | None:
    """(written in Hangul, its words' loose spellings in order of spelling) for a name of two
    or three words: a Japanese or Chinese name as Korean notes write it, family name first and
    spaced ("사토 미사키", "왕 레이"), and a Latin name either way round ("Misaki Sato") share
    the spelling "misagi sado". None for a name of one word or of mixed scripts."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return None
    hangul = [all("\uac00" <= ch <= "\ud7a3" for ch in word) for word in words]
    if all(hangul):
        return True, " ".join(sorted(loose_spelling(word) for word in words))
    if any(hangul) or not name.isascii() or not all(word.isalpha() for word in words):
        return None
    return False, " ".join(sorted(loose_spelling(word) for word in words))


def spelled_alike(a: str, b: str) -> bool:
    """A name in Hangul and one in Latin letters spelt alike (``spelled_key``)."""
    first, second = spelled_key(a), spelled_key(b)
    return (
        first is not None
        and second is not None
        and first[0] != second[0]
        and (first[1] == second[1])
    )
