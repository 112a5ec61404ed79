"""Words written in scripts other than Latin, Hangul and CJK: Cyrillic, Greek, Hebrew,
Arabic, Devanagari, Thai and the rest.

A Russian or a Greek line is as much a point as an English one. Its words are read by
their Unicode letter classes (a letter followed by its combining marks, so Devanagari's
vowel signs and Hebrew's points stay in the word), given a stem that survives the
endings of inflected languages, and, for Cyrillic and Greek, a Latin spelling so that
"Кубернетес" meets "Kubernetes" and 쿠버네티스 by sound, and "Kafka" meets "Кафка".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from summit_tui.compare.wordlist import words


def _mark_ranges() -> str:
    """A regex class body of the combining marks from Greek to the end of the Indic and
    Southeast Asian blocks (Mn, Mc, Me): what follows a letter inside one word."""
    spans: list[tuple[int, int]] = []
    for code in range(0x0300, 0x1100):
        if unicodedata.category(chr(code))[0] == "M":
            if spans and spans[-1][1] == code - 1:
                spans[-1] = (spans[-1][0], code)
            else:
                spans.append((code, code))
    return "".join(
        f"\\u{low:04x}" if low == high else f"\\u{low:04x}-\\u{high:04x}" for low, high in spans
    )


_HANGUL_JAMO = "\u1100-\u11ff\u3131-\u318e"


def __getattr__(name: str) -> str:
    """``WORD``: a word of any other script: letters (not digits, not the underscore, not
    Hangul jamo that a chat's ㅋㅋ writes) with their combining marks. Tried after Latin,
    Hangul and CJK. Made on first use (its marks are a look at 3,500 characters): a parse
    worker imports this module for ``latin`` and never needs it."""
    if name != "WORD":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    word = rf"(?:[^\W\d_{_HANGUL_JAMO}][{_mark_ranges()}]*)+"
    globals()["WORD"] = word
    return word


# Scripts by block, for telling a Russian passage from an English one.
_BLOCKS = (
    (0x0370, 0x03FF, "grek"),
    (0x1F00, 0x1FFF, "grek"),
    (0x0400, 0x052F, "cyrl"),
    (0x0530, 0x058F, "armn"),
    (0x0590, 0x05FF, "hebr"),
    (0x0600, 0x06FF, "arab"),
    (0x0750, 0x077F, "arab"),
    (0x0900, 0x0DFF, "indic"),
    (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "geor"),
)


def script(word: str) -> str:
    code = ord(word[0])
    for low, high, name in _BLOCKS:
        if low <= code <= high:
            return name
    return "other"


# The function words of Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Greek notes:
# like English's stop words, they say nothing of which point a line makes.
STOP = frozenset(
    words(
        # Russian
        "и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы "
        "по только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну ли "
        "если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего "
        "ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего "
        "раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь "
        "этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при "
        "наконец два об другой хоть после над больше тот через эти нас про всего них какая "
        "много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя "
        "такой им более всегда конечно всю между это как-то также который которые которая "
        "которое которых очень свой своих своей свои этих эта эти тоже "
        # Ukrainian
        "і й та що це як не на з із зі до від у в за по про для але або чи ж же то так його "
        "її їх він вона воно вони ми ви я ти був була було були є бути цей ця ці цього цієї "
        "який яка яке які також дуже вже ще коли де тут там щоб якщо може можна треба після "
        "перед між через під над без при тому тож лише тільки"
        # Greek (without accents, as read)
        " και να το του της την τα των με σε για απο στο στη στην στον οι ο η ενα μια που "
        "δεν θα ειναι ηταν αλλα η οτι"
    )
)

# Cyrillic and Greek letters as a Latin spelling, for the sounds and concepts shared with
# Latin and Hangul words (names, products and loanwords are most of what two languages share).
_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e",
        "є": "ye", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "",
        "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "u", "ђ": "dj", "ј": "j",
        "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz",
        "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
        "ω": "o",
    }
)  # fmt: skip
# Vowels and signs an inflected word ends on (кластеры, кластера; память, памяти).
_ENDING_LETTERS = frozenset("аеёиоуыэюяьйіїєαεηιουω")
# Letters of a stem long enough to tell words apart while its endings vary.
STEM_LETTERS = 6


def plain(word: str) -> str:
    """The word without the marks a writer may leave out: Greek accents (ά, ώ), Hebrew
    points and Arabic vowel signs; Cyrillic ё as е. Indic vowel signs are letters and stay."""
    if word.isascii():
        return word
    word = word.replace("ё", "е")
    if script(word) not in ("grek", "hebr", "arab"):
        return word
    decomposed = unicodedata.normalize("NFD", word)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", kept)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A stem most of a word's inflected forms share: its first STEM_LETTERS letters, or,
    for a shorter word, the word without the vowels it ends on."""
    if len(word) > STEM_LETTERS:
        return word[:STEM_LETTERS]
    trimmed = word.rstrip("".join(_ENDING_LETTERS))
    return trimmed if len(trimmed) >= 2 else word


# Greek's letter pairs that stand for one sound, as ELOT 743 (and every Greek passport)
# spells them: "Κωνσταντίνου" is Konstantinou, "Μαυρίδης" Mavridis, "Ευαγγελία" Evangelia;
# a word opening with μπ, ντ or γκ opens with b, d or g ("Μπαλτάς": Baltas).
_GREEK_PAIRS = (("ου", "ou"), ("αυ", "av"), ("ευ", "ev"), ("γγ", "ng"), ("τζ", "tz"))
_GREEK_OPENING_PAIRS = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"))


def _greek_pairs(word: str) -> str:
    for pair, spelled in _GREEK_OPENING_PAIRS:
        if word.startswith(pair):
            word = spelled + word[2:]
    for pair, spelled in _GREEK_PAIRS:
        if pair in word:
            word = word.replace(pair, spelled)
    return word.replace("β", "v")


def latin(word: str) -> str | None:
    """A Cyrillic or Greek word in Latin letters; None for other scripts."""
    kind = script(word)
    if kind not in ("cyrl", "grek"):
        return None
    spelled = (_greek_pairs(word) if kind == "grek" else word).translate(_LATIN)
    return spelled if spelled.isascii() and spelled.isalpha() else None


def is_stop(word: str) -> bool:
    return word in STOP
