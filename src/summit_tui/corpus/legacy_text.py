"""Which legacy code page a note that is not UTF-8 was written in, by what the text looks like.

Every single-byte code page decodes every file: Russian in Windows-1251 read as Windows-1252
is "çàìåòêè", all of it letters. What tells the right reading from the wrong ones is what
real words look like in it: one script per word, a capital only at the start (or all
capitals), the accented letters of one language and fewer of them than plain ones, the
common syllables of Korean, hiragana rather than half-width katakana, Hebrew's final letters
only at a word's end, Arabic letters with no Latin ones among them. Each reading is scored
so; the best wins, the earlier code page on a tie.
"""

from __future__ import annotations

from dataclasses import dataclass

from summit_tui.lazy_re import lazy


@dataclass(frozen=True, slots=True)
class CodePage:
    codec: str
    label: str  # what check says the note was read as


# In order of preference on a tie: the Western reading first, as older tools assumed.
CODE_PAGES = (
    CodePage("cp949", "cp949 (EUC-KR, Korean)"),
    CodePage("cp932", "Shift_JIS (Japanese)"),
    CodePage("cp1252", "Windows-1252 (Latin-1, Western European)"),
    CodePage("cp1250", "Windows-1250 (Central European)"),
    CodePage("iso-8859-2", "ISO-8859-2 (Latin-2, Central European)"),
    # Before the Cyrillic pages: Hebrew read as Windows-1251 is lower-case Cyrillic words,
    # read as KOI8-R capital ones, both as natural as the Hebrew; Russian read as Hebrew
    # has final letters inside words (or bytes Windows-1255 does not define).
    CodePage("cp1255", "Windows-1255 (Hebrew)"),
    CodePage("cp1256", "Windows-1256 (Arabic, Persian)"),
    CodePage("cp1251", "Windows-1251 (Cyrillic)"),
    CodePage("koi8-r", "KOI8-R (Russian)"),
    CodePage("koi8-u", "KOI8-U (Ukrainian)"),
    CodePage("cp1253", "Windows-1253 (Greek)"),
)

# The accented letters of the languages written in Latin letters, one set per language:
# a word's accented letters all belong to one language's set when it is read right.
_LATIN_LETTERS = tuple(
    frozenset(letters)
    for letters in (
        "äöüß",  # German
        "àâæçéèêëîïôœùûüÿ",  # French
        "áéíñóúü",  # Spanish
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "àçèéíïòóúü",  # Catalan
        "éèëïöüáó",  # Dutch
        "æøåéäö",  # Danish, Norwegian, Swedish, Finnish
        "áðéíóúýþæö",  # Icelandic
        "áéíóöőúüű",  # Hungarian
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "ăâîșşțţ",  # Romanian
        "čćđšž",  # Croatian, Slovene, Serbian, Bosnian
        "çğıöşü",  # Turkish
    )
)
# Signs between words that real text uses; any other non-ASCII sign counts against a reading.
_SIGNS = frozenset("«»„“”‘’‚–—…·•€£°№×±§©®™¿¡\u00a0،؛؟״׳\u200c\u200e\u200f")
_WORD = lazy(r"[^\W\d_]+")
_VOWELS = frozenset("аеёиоуыэюяіїєαεηιουωάέήίόύώϊϋ")
_ALEFS = "اآ"
_HEBREW_FINALS = frozenset("ךםןףץ")
# The forms a word does not end in (a loanword may end in פ or צ: סטארטאפ, ספיץ')
_HEBREW_NOT_FINAL = frozenset("כמנ")


# How much of a file is looked at to choose: enough text to tell, and a 5 MB note is not
# scored character by character nine times.
SAMPLE_BYTES = 1 << 16


def decode(data: bytes) -> tuple[str, CodePage] | None:
    """The reading of ``data`` that looks most like text; None if none decodes or none looks
    more like text than not (a few stray bytes in ASCII text)."""
    sample = data[:SAMPLE_BYTES]
    if len(data) > SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n")]  # no double-byte letter cut in two
    ranked: list[tuple[float, int, CodePage]] = []
    for order, page in enumerate(CODE_PAGES):
        try:
            text = sample.decode(page.codec)
        except UnicodeDecodeError:
            continue
        ranked.append((-plausibility(text), order, page))
    for score, _order, page in sorted(ranked, key=lambda row: row[:2]):
        if score >= 0:
            return None  # no reading looks like text more than not: bytes, not a code page
        try:
            return data.decode(page.codec), page
        except UnicodeDecodeError:
            continue
    return None


def plausibility(text: str) -> float:
    """From -1 to 1: the share of the non-ASCII characters that sit where real text has them,
    less the share that do not."""
    good = bad = arabic = shouted = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        wide = sum(1 for char in word if char > "\x7f")
        if not _natural_word(word):
            bad += wide
        elif len(word) > 1 and word.isupper() and "\u0370" <= word[0] <= "\u052f":
            shouted += wide
        elif "\u0620" <= word[0] <= "\u06d3":
            arabic += wide
        else:
            good += wide
    # A Cyrillic or Greek heading may be all capitals, hardly most of a text: Hebrew read as
    # KOI8-R is
    if shouted * 2 > good + shouted:
        bad += shouted
    else:
        good += shouted
    if arabic:
        # Any other text read as Windows-1256 is Arabic letters too, but rarely alef, the
        # commonest letter of Arabic and Persian (one in ten)
        alefs = sum(text.count(alef) for alef in _ALEFS)
        if alefs * 20 >= arabic:
            good += arabic
        else:
            bad += arabic
    for char in _WORD.sub("", text):
        if char <= "\x7f" or char.isspace():
            continue
        if char in _SIGNS or "\u3000" <= char <= "\u30ff" or "\uff01" <= char <= "\uff5e":
            good += 1  # quotes, dashes, the euro; Japanese and full-width punctuation
        else:
            bad += 1  # ¤, ¦, control characters: a code page's corners, seldom written
    total = good + bad
    return 0.0 if not total else (good - bad) / total


def _natural_word(word: str) -> bool:
    scripts = {_script(char) for char in word}
    if "bad" in scripts:
        return False
    if scripts & {"hangul", "kana", "han"}:
        return True  # East-Asian letters are judged one by one in _script
    if len(scripts) > 1:
        return False  # Latin and Cyrillic in one word: one of them is a misreading
    if scripts == {"hebrew"}:
        return not _HEBREW_FINALS.intersection(word[:-1]) and word[-1] not in _HEBREW_NOT_FINAL
    if not _natural_case(word):
        return False
    if scripts <= {"cyrillic", "greek"} and not _VOWELS.intersection(word.lower()):
        # a Cyrillic or Greek word has a vowel, an abbreviation (СССР, МГУ) three capitals
        return len(word) >= 3 and word == word.upper()
    if scripts == {"latin"}:
        accented = {char for char in word.lower() if char > "\x7f"}
        if not any(accented <= letters for letters in _LATIN_LETTERS):
            return False
        # Mostly accented letters is what a Cyrillic or Greek word looks like read as Latin.
        wide = sum(1 for char in word if char > "\x7f")
        return len(word) < 4 or wide * 2 <= len(word)
    return True


def _natural_case(word: str) -> bool:
    """Lower case, a capital first, or all capitals (КОНФЕРЕНЦИЯ); not пРИВЕТ nor ПриВЕТ."""
    rest = word[1:]
    return rest == rest.lower() or word == word.upper()


def _script(char: str) -> str:
    if char <= "\x7f" or "\u00c0" <= char <= "\u024f":
        return "latin" if char.isalpha() else "bad"
    if "\u0400" <= char <= "\u052f":
        return "cyrillic"
    if "\u0370" <= char <= "\u03ff":
        return "greek"
    if "\uac00" <= char <= "\ud7a3":
        # Korean files use the 2,350 common syllables; the rest of CP949's are what other
        # double-byte text (Shift_JIS) turns into when read as CP949.
        lead, trail = char.encode("cp949")
        return "hangul" if 0xB0 <= lead <= 0xC8 and trail >= 0xA1 else "bad"
    if "\u05d0" <= char <= "\u05ea":
        return "hebrew"
    if "\u0620" <= char <= "\u06d3":
        return "arabic"  # the letters of Arabic and Persian
    if "\u3040" <= char <= "\u30ff":
        return "kana"
    if "\u4e00" <= char <= "\u9fff":
        return "han"
    return "bad"  # half-width katakana, letters of a code page's odd corners
