"""People's names in Thai script: "คุณธนกร แก้วมณี", "ดร.พิมพ์ชนก ศรีวงศ์", and how they
sound, to meet the same name in Latin letters ("Thanakorn Kaewmanee").

Thai writes a title onto the name ("คุณ", "ดร.", "อาจารย์"), leaves no capitals to tell a
name from other words, and spaces between phrases: a name is two words of Thai letters
(given name and family name), or one to three after such a title.
"""

from __future__ import annotations

from functools import lru_cache

# The titles before a name, longest first: "ผศ.ดร." (assistant professor, doctor), "คุณ"
# (Mr/Ms), "อาจารย์" (teacher), "นางสาว" (Miss)
THAI_TITLES = (
    "ผศ.ดร.",
    "รศ.ดร.",
    "ศ.ดร.",
    "ดร.",
    "ผศ.",
    "รศ.",
    "อาจารย์",
    "อ.",
    "คุณ",
    "นางสาว",
    "นาย",
    "นาง",
)
# Words of phrases in parentheses and after "โดย" that are never a name
_NOT_IN_THAI_NAMES = frozenset(
    str.split(
        "ภาษา ภาษาไทย และ ของ การ วัน วันที่ ที่ ครั้ง ตอน ห้อง เวที ช่วง บ่าย เช้า เย็น สรุป"
        " ไทย อังกฤษ สด ออนไลน์ บันทึก สไลด์ ถาม ตอบ แชร์ ทีม บริษัท"
    )
)


def thai_script(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e4e"


def without_thai_title(text: str) -> tuple[str, bool]:
    """(the name without the title written before it, whether there was one)."""
    stripped = text.strip()
    for title in THAI_TITLES:
        if stripped.startswith(title) and len(stripped) > len(title) + 1:
            return stripped[len(title) :].strip(), True
    return stripped, False


def thai_name(words: list[str], *, titled: bool = False) -> bool:
    """Words of Thai letters that read as a person's name: two (given and family name), or
    one to three after a title."""
    if not (1 <= len(words) <= 3 if titled else len(words) == 2):
        return False
    return all(
        len(w) >= (2 if titled else 3)
        and w not in _NOT_IN_THAI_NAMES
        and all(thai_script(c) for c in w)
        for w in words
    )


# Each Thai consonant as the sound class a Latin spelling gives it; vowels, tone marks and
# the silent ห / อ / ว / ย carriers drop out (ง is "ng": "N").
_THAI_SOUNDS = str.maketrans(
    {
        **dict.fromkeys("กขฃคฅฆ", "k"),
        "ง": "N",
        **dict.fromkeys("จฉชฌซศษส", "s"),
        **dict.fromkeys("ดฎ", "d"),
        **dict.fromkeys("ตฏถฐฑฒทธ", "t"),
        **dict.fromkeys("ณน", "n"),
        **dict.fromkeys("บปผพภฝฟ", "b"),
        "ม": "m",
        "ร": "r",
        **dict.fromkeys("ลฬ", "l"),
        "ฮ": "h",
        "ฤ": "r",
        "ฦ": "l",
        "ญ": "n",
        **dict.fromkeys("ยวหอ", ""),
        "ำ": "m",  # the vowel "am"
        **dict.fromkeys("ะัาิีึืฺุูเแโใไๅ็่้๊๋ํ", ""),
    }
)
_FINAL_N = ("ร", "ล", "ญ", "ณ", "ฬ")  # read "n" at a word's end ("ธนกร", Thanakorn)
_LATIN_DIGRAPHS = (("ng", "N"), ("kh", "k"), ("ph", "b"), ("th", "t"), ("ch", "s"))
_LATIN_SOUNDS = str.maketrans(
    {
        **dict.fromkeys("bpfv", "b"),
        **dict.fromkeys("ckgq", "k"),
        **dict.fromkeys("jsz", "s"),
        **dict.fromkeys("aeiouyhw", ""),
    }
)


def _collapsed(sounds: str) -> str:
    return "".join(c for i, c in enumerate(sounds) if i == 0 or c != sounds[i - 1])


def _thai_word(word: str) -> str:
    # a letter under the thanthakhat (์) is not spoken: "ศรีวงศ์", "พิมพ์"
    letters = [c for i, c in enumerate(word) if c != "\u0e4c" and word[i + 1 : i + 2] != "\u0e4c"]
    word = "".join(letters).replace("รร", "ั")  # "วรรณ" is "wan"
    if "ญ" in word:
        # "n" closing a syllable ("บุญมี", Boonmee), "y" opening one ("ใหญ่", yai)
        word = _yo_ying(word)
    if word.endswith(_FINAL_N):
        word = word[:-1] + "น"
    return word.translate(_THAI_SOUNDS)


def _yo_ying(word: str) -> str:
    return "".join(
        ("น" if i + 1 == len(word) or "\u0e01" <= word[i + 1] <= "\u0e2e" else "ย")
        if c == "ญ"
        else c
        for i, c in enumerate(word)
    )


def _latin_word(word: str) -> str:
    if word.endswith("rn"):
        word = word[:-2] + "n"  # "-porn", "-korn": a Thai final ร
    for digraph, sound in _LATIN_DIGRAPHS:
        word = word.replace(digraph, sound)
    return word.translate(_LATIN_SOUNDS)


@lru_cache(maxsize=16384)
def thai_skeleton(name: str) -> str | None:
    """The consonant skeleton of a two- or three-word name in Thai script or in Latin letters
    as Thai names are romanised: "ธนกร แก้วมณี" and "Thanakorn Kaewmanee" both "tnkn kmn"."""
    thai = thai_script(name[:1])
    if thai:
        name = without_thai_title(name)[0]
    parts: list[str] = []
    for word in name.replace("-", " ").lower().split():
        if not thai and (not word.isascii() or not word.isalpha()):
            return None
        sounds = _thai_word(word) if thai else _latin_word(word)
        if sounds:
            parts.append(_collapsed(sounds))
    if not 2 <= len(parts) <= 3 or len("".join(parts)) < 4:
        return None
    return " ".join(parts)


def thai_given_key(name: str) -> str | None:
    """The sound of a name's first word (its given name), the name in Thai script or in Latin
    letters: "ธนกร" and "Thanakorn Kaewmanee" both "tnkn"; None for too short a sound."""
    thai = thai_script(name[:1])
    words = (without_thai_title(name)[0] if thai else name).replace("-", " ").lower().split()
    if not words or (not thai and not words[0].isalpha()):
        return None
    sounds = _collapsed(_thai_word(words[0]) if thai else _latin_word(words[0]))
    return sounds if len(sounds) >= 3 else None
