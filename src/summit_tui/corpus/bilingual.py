"""The same talk or booth named in two languages, for grouping notes without a program:
"Upstage" / "업스테이지", "Opening keynote" / "개막 기조연설 - AI 대전환 시대",
"Panel: AI chips and Korea's ecosystem" / "패널토론 - AI 반도체, 한국의 생태계는 …".

Titles are compared on the units compare.features makes of them (English stems, a Korean
word's English words from its word list, consonant skeletons, numbers), plus the words
programs name a talk's kind with (개막 is an opening, 기조연설 a keynote). A booth's name is
also compared by its sound: the consonant skeleton of the whole name (업스테이지 and Upstage
are both PSTS).
"""

from __future__ import annotations

from functools import lru_cache

from summit_tui.lazy_re import lazy

# Words programs use for a kind of talk, which the general word list may not hold.
_KIND_WORDS = {
    "개막": "opening",
    "개회": "opening",
    "폐막": "closing",
    "폐회": "closing",
    "기조연설": "keynote",
    "기조강연": "keynote",
    "키노트": "keynote",
    "패널": "panel",
    "패널토론": "panel",
    "토론": "panel",
    "세미나": "seminar",
    "특강": "lecture",
    "워크숍": "workshop",
    "워크샵": "workshop",
    "환영사": "welcome",
}
_MIN_SKELETON = 3  # consonants a booth's name needs to be matched by its sound


def has_hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


@lru_cache(maxsize=8192)
def _units(title: str) -> tuple[frozenset[str], ...]:
    """Each content word's keys; a Korean kind word also as its English concept."""
    from summit_tui.compare.english import stem_word
    from summit_tui.compare.features import features  # its tables: only when asked

    out = []
    for unit in features(title).units:
        keys = set(unit.keys)
        for korean, english in _KIND_WORDS.items():
            if unit.text.startswith(korean) or (
                len(unit.text) >= 2 and korean.startswith(unit.text)
            ):
                keys.add(f"c:{stem_word(english)}")
        out.append(frozenset(keys))
    return tuple(out)


def same_talk(latin: str, korean: str) -> bool:
    """A Latin-letter title and a Korean one name the same talk: every content word of
    the Latin one (two at least) is in the Korean one, or three and three quarters; or
    both are the one same word ("Keynote" / "키노트")."""
    words = _units(latin)
    korean_units = _units(korean)
    theirs: frozenset[str] = frozenset().union(*korean_units)
    covered = sum(1 for keys in words if keys & theirs)
    if covered == len(words) == len(korean_units) == 1:
        return True
    return covered >= 2 and (
        covered == len(words) or (covered >= 3 and covered >= 0.75 * len(words))
    )


def same_booth(latin: str, korean: str) -> bool:
    """A Latin-letter booth name and a Korean one sound the same (a plural s aside)."""
    from summit_tui.corpus.sounds import hangul_skeleton, latin_skeleton

    a = latin_skeleton("".join(latin.lower().split()))
    b = hangul_skeleton("".join(korean.split()))
    if min(len(a), len(b)) < _MIN_SKELETON:
        return False
    return a == b or (a.endswith("S") and a[:-1] == b) or (b.endswith("S") and b[:-1] == a)


# The kind a talk's heading opens with, in the languages notes are written in: "Panel —
# "Building AI startups in Africa"", "Table ronde : créer une startup d'IA en Afrique",
# "Mazoezi: Kufunza modeli ndogo ya lugha" (a practical), "Atelier : …", "Taller: …"
_KIND_OPENINGS = {
    "panel": (
        "panel", "panel discussion", "table ronde", "tavola rotonda", "mesa redonda",
        "podiumsdiskussion", "podium", "paneldiskussion", "jopo", "mjadala", "debate",
        "패널", "패널토론", "パネル", "パネルディスカッション",
        # Croatian, Slovenian, Malay and Indonesian, Tagalog: "Okrugli stol: …", "Okrogla miza:
        # …", "Forum panel: …", "Diskusi panel: …", "Talakayan: …"
        "okrugli stol", "okrogla miza", "panel rasprava", "forum panel", "diskusi panel",
        "talakayan",
    ),
    "practical": (
        "practical", "practical session", "hands on", "travaux pratiques", "tp", "mazoezi",
        "praktikum", "práctica", "prática", "pratica", "실습", "ハンズオン",
    ),
    "workshop": (
        "workshop", "atelier", "taller", "oficina", "warsha", "워크숍", "워크샵", "ワークショップ",
    ),
    # a meeting's plenary: the one session everyone attends that day
    "plenary": (
        "plenary", "plenary session", "plenária", "plenaria", "sessão plenária",
        "sesión plenaria", "plénière", "séance plénière", "plenum", "plenarsitzung",
        "plenarversammlung", "総会", "全体会議", "プレナリー", "전체회의", "전체 회의", "본회의",
        "全体会议",
    ),
}  # fmt: skip
_KIND_OF_OPENING = {
    opening: kind for kind, openings in _KIND_OPENINGS.items() for opening in openings
}
_OPENING_BREAK = lazy(r"\s*(?:[:：|]|\s[—–-]\s|[—–])\s*")
# Function words that say which language a title is written in, where no other does
_LANGUAGE_WORDS = {
    "en": frozenset(str.split("a an the of in on for with and to from at by")),
    "fr": frozenset(str.split("le la les un une des du de en et pour sur avec dans au aux d l")),
    "es": frozenset(str.split("el la los las un una del de en y para con por al")),
    "pt": frozenset(str.split("o a os as um uma do da dos das de em e para com por no na")),
    "de": frozenset(str.split("der die das ein eine den dem des und für mit von im zum zur auf")),
    "sw": frozenset(str.split("ya wa za kwa cha vya la katika kwenye kutoka na ni")),
    # Croatian and Slovenian share most of theirs: "u" and "kao" are Croatian's, "v" and "kot"
    # Slovenian's ("Zapošljavanje juniora u 2025", "Zaposlovanje juniorjev v 2025")
    "hr": frozenset(str.split("u i za na od do s sa je se iz kao ili")),
    "sl": frozenset(str.split("v in za na od do s z je se iz kot ali")),
}


# the first word of each opening, as a heading's first word is cut (a quick test before the rest)
_OPENING_FIRSTS = frozenset(opening.split()[0] for opening in _KIND_OF_OPENING)


def opening_kind(heading: str) -> str | None:
    """The kind of talk a heading names before its title ("panel", "practical",
    "workshop"), in any of the languages above; None for any other heading."""
    first = heading[:24].casefold().split(None, 1)
    if len(first) > 1 and first[0] in _ARTICLES:  # "The plenary", "La plenaria"
        heading = heading.lstrip()[len(first[0]) :]
        first = heading[:24].casefold().split(None, 1)
    if not first or first[0].rstrip(":：—–").partition("-")[0] not in _OPENING_FIRSTS:
        return None  # most headings: their first word opens no kind ("hands-on" does)
    head = _OPENING_BREAK.split(heading.strip(), maxsplit=1)[0]
    if not head or len(head) > 30:
        return None
    return _KIND_OF_OPENING.get(" ".join(head.casefold().replace("-", " ").split()))


def bare_kind(title: str) -> str | None:
    """The kind of talk a title names and nothing else ("Plenary", "the plenary",
    "Plenária", "La plenaria", "Table ronde"), or None."""
    words = title.casefold().replace("-", " ").split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return _KIND_OF_OPENING.get(" ".join(words))


_ARTICLES = frozenset(str.split("the a an la le l' el o a die der das il lo"))


def kind_word(word: str) -> str | None:
    """The kind of talk one lower-case word names ("panel", "atelier": "workshop"), or None."""
    return _KIND_OF_OPENING.get(word) if word in _OPENING_FIRSTS else None


def title_languages(title: str) -> frozenset[str]:
    """The languages a title's function words are most of, where they say any ("Building AI
    startups in Africa": en; "créer une startup d'IA en Afrique": fr; "fine-tuning a small
    model": en or pt, alike); none where they say nothing."""
    words = title.casefold().replace("'", " ").replace("’", " ").split()
    counts = {lang: sum(w in table for w in words) for lang, table in _LANGUAGE_WORDS.items()}
    best = max(counts.values())
    return frozenset(lang for lang, n in counts.items() if n == best) if best else frozenset()
