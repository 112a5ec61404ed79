"""Inferred items: entries about the same talk or booth grouped when no program lists them.

Entries of one event and kind are clustered in note order, those naming their speakers
first: by title (any spelling, numbering ignored), by speaker (misspellings, 박지우 ~ Jiwoo
Park), by a speaker the title or text names, by a panel's surnames, by the day in a seminar
series (one talk a day); a booth's part stays with its booth unless another note names it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath

from rapidfuzz import fuzz, process

from summit_tui.corpus.bilingual import (
    bare_kind,
    has_hangul,
    kind_word,
    opening_kind,
    same_booth,
    same_talk,
    title_languages,
)
from summit_tui.corpus.dates import day_number, find_dates
from summit_tui.corpus.demo_sections import names_written, own_demo
from summit_tui.corpus.event_names import event_key
from summit_tui.corpus.events import UNNAMED, EventInfo, Placement, hint_day, place_notes
from summit_tui.corpus.han_names import family_readings, latin_family_keys, same_family
from summit_tui.corpus.ids import IdBook, Wanted
from summit_tui.corpus.indic_names import two_indic_scripts
from summit_tui.corpus.link import (
    _BLOCK_FROM,
    _LIMIT,
    _MENTION_SCORE,
    _PER_KEY,
    TitleList,
    _add_blocks,
    _likely,
)
from summit_tui.corpus.model import (
    Day,
    Entry,
    EntryKind,
    Event,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Note,
    Person,
    Program,
    Track,
    day_date,
)
from summit_tui.corpus.name_forms import folded, is_latin
from summit_tui.corpus.names import (
    clock_time,
    name_similarity,
    normalize,
    split_title,
    title_variants,
    without_moderators,
)
from summit_tui.corpus.prose_booths import BOOTHS_IN_PROSE, booth_in_prose
from summit_tui.corpus.romanize import MATCH as SOUND_MATCH
from summit_tui.corpus.romanize import (
    loose_spelling,
    name_keys,
    same_person,
    spelled_alike,
    spelled_key,
)
from summit_tui.corpus.rtl_names import other_script, sound_keys, sounds_alike
from summit_tui.corpus.speakers import name_spellings
from summit_tui.corpus.thai_names import thai_given_key, thai_script, without_thai_title
from summit_tui.corpus.time_prefix import day_time_prefix
from summit_tui.lazy_re import lazy

_PREFIX_SCORE = 90.0  # a booth's name is the first words of the other's
_SPELLINGS = 8  # distinct titles / spellings kept per inferred item for matching
_OPENING_CHARS = 400  # where a note about one talk says whose talk it was


@dataclass
class _Cluster:
    kind: EntryKind
    event: str
    day: str | None = None
    members: list[tuple[Entry, float]] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # cleaned titles as written
    title_positions: list[int] = field(default_factory=list)  # in _Group.titles
    people: list[Counter[str]] = field(default_factory=list)  # spellings per person, counted
    spellings: list[list[str]] = field(default_factory=list)  # normalised, per person


@dataclass
class _Group:
    """The clusters of one event and kind, with flat lists for rapidfuzz."""

    clusters: list[_Cluster] = field(default_factory=list)
    titles: TitleList = field(default_factory=lambda: TitleList(blocking=True))
    title_owner: list[int] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    person_owner: list[tuple[int, int]] = field(default_factory=list)
    people_blocks: dict[str, list[int]] = field(default_factory=dict)
    # the same people by the sound of their names (박지우 ~ Jiwoo Park): surname → given
    sounds: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict)
    # full names and surnames as words, for notes that name a speaker in their text
    full_names: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    surnames: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # names in Han characters by their family name's Latin spellings (佐藤美咲: "sato"), and
    # Latin names by their first and last words, to meet across scripts (corpus.han_names)
    han_families: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    latin_families: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # names by their words' loose spellings, Hangul apart from Latin ("사토 미사키" / "Misaki
    # Sato": romanize.spelled_key), to meet across the two scripts
    spelled: dict[tuple[bool, str], set[tuple[int, int]]] = field(default_factory=dict)
    # the sound skeleton of each speaker named in Arabic, Persian, Hebrew or Thai script, to
    # meet the same name in Latin letters (rtl_names.sound_keys)
    rtl_people: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # a Japanese or Chinese name spelt in Hangul by its words' loose spellings ("사토 켄":
    # "sado", "gen"), and names in Han characters by their family readings' ("佐藤健": "sado")
    hangul_families: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    han_loose: dict[str, set[tuple[int, int]]] = field(default_factory=dict)


def _entry_features(entry: Entry) -> tuple[str, list[str]]:
    title, _, title_speaker = split_title(entry.title)
    speakers = list(entry.speakers)
    if title_speaker and title_speaker not in speakers:
        speakers.insert(0, title_speaker)
    elif speakers and title.endswith(")") and _surnames_only(speakers):
        title = _without_surnames(title, speakers)
    return title, speakers


def _surnames_only(speakers: Sequence[str]) -> bool:
    """Speakers named by surname alone ("Okafor", "Tanaka"), as a heading's "(Okafor &
    Tanaka)" names them."""
    return all(" " not in s and s.isalpha() and s[:1].isupper() for s in speakers)


def _without_surnames(title: str, speakers: Sequence[str]) -> str:
    """ "Karpenter at 10k nodes (Okafor & Tanaka)" → "Karpenter at 10k nodes": the
    parenthesis that names the speakers is not the talk's title."""
    at = title.rfind("(")
    inner = title[at + 1 : -1]
    if at > 0 and all(name in inner for name in speakers):
        return title[:at].rstrip() or title
    return title


def _naming(speakers: Sequence[str]) -> int:
    """0 for entries naming their speakers in full, 1 by surname alone, 2 naming none."""
    return 2 if not speakers else 1 if _surnames_only(speakers) else 0


def _surname_of(a: str, b: str) -> bool:
    """One normalised name is the other's surname: "okafor" and "daniel okafor"."""
    if " " in a:
        a, b = b, a
    return " " not in a and len(a) >= 3 and b.endswith(" " + a)


# Titles that say what kind of part this is but not which talk ("Keynote", "기조연설").
_KIND_ONLY = frozenset(
    [
        "keynote",
        "keynotes",
        "opening",
        "closing",
        "session",
        "sessions",
        "talk",
        "talks",
        "panel",
        "day",
        "기조연설",
        "키노트",
        "세션",
        "발표",
        "강연",
        "패널",
        "오프닝",
        "클로징",
        "main",
        # an unconference's sections and a part of the day: "Ignites", "Open spaces", "BoF",
        # "Lightning talks", "Afternoon", "오픈 스페이스": each day's (and each note's) own
        *("ignite", "ignites", "lightning", "open", "space", "spaces", "openspace", "bof"),
        *("bofs", "unconference", "barcamp", "morning", "afternoon", "evening"),
        *("이그나이트", "오픈", "스페이스", "라이트닝", "토크", "언컨퍼런스"),
        # Hebrew, Persian and Arabic: "הרצאת פתיחה", "کی‌نوت", "سخنرانی افتتاحیه", "الكلمة
        # الافتتاحية" (opening keynote)
        *("הרצאה", "הרצאת", "פתיחה", "סיום", "מליאה"),
        *("کی", "نوت", "کینوت", "سخنرانی", "افتتاحیه", "اختتامیه", "کلیدی"),
        *("كلمة", "الكلمة", "الافتتاحية", "الختامية", "الرئيسية", "محاضرة", "جلسة", "الجلسة"),
    ]
)


# What the day's main keynote is called beside plain "Keynote"
_KIND_ALIKE = 90.0
_MAIN_WORDS = frozenset(["opening", "main", "morning", "개막", "오프닝", "메인", "открывающий"])


def _same_kind(a: str, b: str) -> bool:
    """Two normalised titles, one of them only a talk's kind ("keynote"), can be one talk
    only when the other adds nothing but "opening" or "main": a "Dev keynote" is another."""
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    if not _kind_only(shorter):
        return True
    return set(longer.split()) - set(shorter.split()) <= _MAIN_WORDS


def _kind_alike(a: str, b: str) -> float:
    """A keynote named two ways: "keynote" / "opening keynote", "dev keynote" / "developer
    keynote" (a word and its short form)."""
    first, second = a.split(), b.split()
    if not (first and second) or first[-1] != second[-1] or first[-1] not in _KIND_ONLY:
        return 0.0
    mine, theirs = first[:-1], second[:-1]
    if not mine or not theirs:
        return _KIND_ALIKE if set(mine or theirs) <= _MAIN_WORDS else 0.0
    if len(mine) == len(theirs) == 1:
        short, long = sorted((mine[0], theirs[0]), key=len)
        if len(short) >= 3 and long.startswith(short):
            return _KIND_ALIKE
    return 0.0


def _kind_only(title: str) -> bool:
    words = [w for w in normalize(title).split() if not w.isdigit()]
    return all(w in _KIND_ONLY for w in words)


# Beside a talk's kind, words that still name no talk: "Keynote de abertura", "Keynote
# d'ouverture", "Keynote inaugural", "Eröffnungs keynote", "Plenary keynote"
_KIND_PHRASE = frozenset(
    {"abertura", "encerramento", "de", "da", "do", "d", "del", "di", "apertura", "clausura",
     "inaugural", "ouverture", "clôture", "cloture", "eröffnung", "eröffnungs", "abschluss",
     "plenary", "plenária", "plenaria", "sessão", "sessao", "sesión",
     "sitzung", "the", "of", "conference", "conferência", "conferencia", "keynote"}
)  # fmt: skip


def _kind_phrase(title: str) -> bool:
    """A title that is a talk's kind in a phrase naming no talk ("Keynote de abertura"): where
    another note names the talk, that name leads (ranked only: no title is joined by it)."""
    words = [w for w in normalize(title).split() if not w.isdigit()]
    return any(w in _KIND_ONLY for w in words) and all(
        w in _KIND_ONLY or w in _KIND_PHRASE for w in words
    )


# an author's list number or a session's code opening a title ("5 ai의 미래", "STG301 Building
# a data lake"): no number of the talk's own
_LEADING_NUMBER = lazy(r"^(?:\d+|(?i:[a-z]{2,5})-?\d{2,4})\s+")
_NUMBER = lazy(r"\d+")


def _same_numbers(a: str, b: str) -> bool:
    """False when both normalised names carry numbers and they differ ("Talk 88" / "Talk 89").

    A leading number is an author's own list numbering ("5 ai의 미래") or a session code
    ("STG301 Building …" beside "Building …"), not part of the name.
    """
    numbers_a = set(_NUMBER.findall(_LEADING_NUMBER.sub("", a)))
    numbers_b = set(_NUMBER.findall(_LEADING_NUMBER.sub("", b)))
    if not (numbers_a and numbers_b) or numbers_a == numbers_b:
        return True
    # a year written short in one title and whole in the other: "history 89–99" is
    # "historia 1989–1999"
    return {_short_year(n) for n in numbers_a} == {_short_year(n) for n in numbers_b}


def _short_year(number: str) -> str:
    """A year of this century or the last as its last two digits ("1989" → "89")."""
    return number[2:] if len(number) == 4 and number[:2] in ("19", "20") else number


def _translated(rest: list[str], name: str) -> bool:
    """The words after a short booth name are that name in another script ("g0v 零時政府"):
    not a longer Latin name that starts alike ("AWS Startups")."""
    return bool(rest) and len(name) >= 2 and all(_script(w) != _script(name) for w in rest)


_CODE = lazy(r"\b[A-Za-z]{2,5}-?\d{2,4}\b")


def _other_codes(title: str, titles: list[str]) -> bool:
    """Both titles carry a session code (`KEY001`, `SEC332`, `DAT-403`) and the codes differ."""
    if not any(c.isdigit() for c in title):
        return False
    codes = {c.upper().replace("-", "") for c in _CODE.findall(title)}
    if not codes:
        return False
    theirs = {c.upper().replace("-", "") for t in titles for c in _CODE.findall(t)}
    return bool(theirs) and not codes & theirs


def _variants(title: str) -> list[str]:
    """The title as written (normalised) first, then its other readings."""
    plain = normalize(title)
    return [plain, *(v for v in title_variants(title) if v != plain)] if plain else []


def _script(text: str) -> str:
    """The script a title is written in, as far as comparing titles goes."""
    if any("\uac00" <= ch <= "\ud7a3" for ch in text):
        return "hangul"
    if any("\u3040" <= ch <= "\u9fff" for ch in text):
        return "cjk"
    return "latin"


def _comparable(title: str, cluster: _Cluster) -> bool:
    """Whether the titles' similarity says anything: both written in one script (a Korean
    and an English title of one talk share no words)."""
    return bool(cluster.titles) and _script(title) == _script(cluster.titles[0])


def _similarity(
    group: _Group, title: str, speakers: list[str], *, booth: bool, day: str | None = None
) -> list[tuple[float, int]]:
    """(score, cluster) for every cluster of the group that the entry could belong to.

    A speaker in common is not enough on another ``day`` when titles in one script differ:
    one person gives two talks at a conference ("Event sourcing …" on day 1, "Modular
    monoliths …" on day 3); nor when the titles are alike but their numbers differ
    ("Caching at scale, part 1" / "part 2", "キャッシュ戦略 第1回" / "第2回")."""
    query = normalize(title)
    title_scores: dict[int, float] = {}
    numbered_apart: set[int] = set()  # "Caching at scale, part 1" and "…, part 2"
    for variant in _variants(title):  # also without "Keynote:", "— Name"
        for position, score in group.titles.scores(variant).items():
            if not _same_numbers(variant, group.titles.norms[position]):
                if score >= 60:
                    numbered_apart.add(group.title_owner[position])
                continue
            if not _same_kind(variant, group.titles.norms[position]):
                continue  # "Keynote" is not "Dev keynote"
            owner = group.title_owner[position]
            other_day = group.clusters[owner].day
            if day is not None and other_day is not None and other_day != day:
                if _kind_only(variant):
                    continue  # each day's "Keynote" is that day's
            elif day is not None and other_day == day:  # a day's one keynote
                score = max(score, _kind_alike(variant, group.titles.norms[position]))
            title_scores[owner] = max(title_scores.get(owner, 0.0), score)
    if booth and query:
        # "Microsoft" and "Microsoft phi silica" are the same booth: a name is the
        # first words of the other.
        words = query.split()
        same_start = group.titles.by_first_word.get(words[0], [])
        for position in same_start[-_PER_KEY:] if group.titles.blocked() else same_start:
            other = group.titles.norms[position].split()
            shorter = min(len(words), len(other))
            if words[:shorter] == other[:shorter] and (
                len("".join(words[:shorter])) >= 4
                or _translated(words[shorter:] or other[shorter:], words[0])
            ):
                owner = group.title_owner[position]
                title_scores[owner] = max(title_scores.get(owner, 0.0), _PREFIX_SCORE)
    matched: dict[int, set[int]] = {}
    for speaker in (spelling for one in speakers for spelling in name_spellings(one)):
        # each form of a name written both ways ("林怡君 (Lin Yi-Chun)"): one person either way
        query_name = normalize(speaker)
        if not query_name or not group.people:
            continue
        people: Sequence[str] | dict[int, str] = group.people
        if len(group.people) >= _BLOCK_FROM:
            people = {p: group.people[p] for p in _likely(group.people_blocks, query_name)}
        for _, _, position in process.extract(
            query_name, people, scorer=fuzz.ratio, limit=_LIMIT, score_cutoff=60
        ):
            other = group.people[position]
            similar = name_similarity(query_name, other) >= 85
            if not similar and not (query_name.isascii() and other.isascii()):
                # "Hana Novakova" typed without the accents of "Hana Nováková": one person
                similar = name_similarity(_unaccented(query_name), _unaccented(other)) >= 85
            if similar and _same_numbers(query_name, other):
                owner, person = group.person_owner[position]
                matched.setdefault(owner, set()).add(person)
        for surname, given in name_keys(speaker):
            for other_given, owner, person in group.sounds.get(surname, ()):
                if fuzz.ratio(given, other_given) >= SOUND_MATCH:
                    matched.setdefault(owner, set()).add(person)
        if group.spelled and (spelled := spelled_key(speaker)) is not None:
            for owner, person in group.spelled.get((not spelled[0], spelled[1]), ()):
                matched.setdefault(owner, set()).add(person)  # "사토 미사키" and "Misaki Sato"
        if (group.han_families or not speaker.isascii()) and (
            across := _across_scripts(group, speaker, day)
        ) is not None:
            matched.setdefault(across[0], set()).add(across[1])
        if group.rtl_people or other_script(speaker):
            for owner, person in _sounded(group, speaker):
                matched.setdefault(owner, set()).add(person)  # "يوسف حداد", "Youssef Haddad"
            if thai_script(speaker[:1]) and (given := _given_name(group, speaker, day)):
                matched.setdefault(given[0], set()).add(given[1])  # "(ธนกร)": Thanakorn …
    results: list[tuple[float, int]] = []
    generic = bool(speakers) and _kind_only(title)  # "Session 1": says no topic
    for owner in title_scores.keys() | matched.keys():
        cluster = group.clusters[owner]
        t = title_scores.get(owner, 0.0)
        hits = len(matched.get(owner, ()))
        if generic and not hits and cluster.people:
            continue  # "Session 1 — Ann Lee" and "Session 1 — Cy Park" are two talks
        s = 100.0 * hits / max(len(speakers), len(cluster.people), 1) if hits else 0.0
        if t < 60 and day and cluster.day and day != cluster.day and _comparable(title, cluster):
            s = 0.0  # the same speaker's other talk
        if owner in numbered_apart and t < 85:
            s = 0.0  # the same speaker's next part: another number in the same title
        if t and _other_codes(title, cluster.titles):
            t = 0.0  # "CEO 키노트 (KEY001)" and "CTO 키노트 (KEY003)": two sessions by their codes
        if s >= 80 or t >= 85 or (s >= 50 and t >= 60):
            high, low = max(t, s), min(t, s)
            results.append((high + (100.0 - high) * (low / 100.0) * 0.6, owner))
    return results


def _across_scripts(group: _Group, speaker: str, day: str | None) -> tuple[int, int] | None:
    """(cluster, person) of the one talk of the day whose speaker is ``speaker`` in the other
    script: "高橋 陽子" and "Yoko Takahashi". Only the family name can be compared, so two
    talks by that family name on the day (or none) leave the name unmatched."""
    if readings := family_readings(speaker):
        found = set().union(*(group.latin_families.get(r, ()) for r in readings))
        # "佐藤健" and "사토 켄": the family name as a Korean note spells it
        found |= set().union(*(group.hangul_families.get(loose_spelling(r), ()) for r in readings))
    elif (spelled := spelled_key(speaker)) is not None and spelled[0]:
        found = set().union(*(group.han_loose.get(loose_spelling(w), ()) for w in speaker.split()))
    else:
        keys = latin_family_keys(speaker)
        found = set().union(*(group.han_families.get(k, ()) for k in keys)) if keys else set()
    found = {
        (owner, person)
        for owner, person in found
        if day is None or group.clusters[owner].day in (None, day)
    }
    return found.pop() if len({owner for owner, _ in found}) == 1 and len(found) == 1 else None


def _sounded(group: _Group, speaker: str) -> set[tuple[int, int]]:
    """(cluster, person) of each speaker whose name sounds like ``speaker`` in the other
    script: Latin letters and Arabic, Persian, Hebrew or Thai script."""
    keys = sound_keys(speaker)
    if not keys and not group.rtl_people:
        return set()
    if not other_script(speaker):
        found = set().union(*(group.rtl_people.get(key, ()) for key in keys))
        given = group.rtl_people.get(f"g{thai_given_key(speaker)}", set())
        if len({owner for owner, _ in given}) == 1:
            found |= given  # "Supawadee Wongyai" and the one "(สุภาวดี)"
        return found
    if not keys:
        return set()
    return {
        group.person_owner[position]
        for position, other in enumerate(group.people)
        if other
        and (
            (not other_script(other) and keys[0] in sound_keys(other))
            # Devanagari and Bengali: any key, the letters' own one included ("अनन्या दास")
            or (two_indic_scripts(speaker, other) and not set(keys).isdisjoint(sound_keys(other)))
        )
    }


def _given_alike(a: str, b: str) -> bool:
    """A Thai speaker named by the given name alone ("ธนกร") and a full name with that given
    name, in either script ("Thanakorn Kaewmanee", "คุณธนกร แก้วมณี")."""
    if not thai_script(a[:1]):
        if not thai_script(b[:1]):
            return False
        a, b = b, a
    if len(without_thai_title(a)[0].split()) != 1 or len(b.split()) < 2:
        return False
    key = thai_given_key(a)
    return key is not None and key == thai_given_key(b)


def _given_name(group: _Group, speaker: str, day: str | None) -> tuple[int, int] | None:
    """(cluster, person) of the one speaker of the day whose given name sounds like a Thai
    speaker named by the given name alone ("## Keynote (ดร.พิมพ์ชนก)"), in either script."""
    if len(without_thai_title(speaker)[0].split()) != 1 or not (key := thai_given_key(speaker)):
        return None
    found = {
        (owner, person)
        for owner, cluster in enumerate(group.clusters)
        if day is None or cluster.day in (None, day)
        for person, forms in enumerate(cluster.people)
        if any(len(form.split()) >= 2 and thai_given_key(form) == key for form in forms)
    }
    return found.pop() if len({owner for owner, _ in found}) == 1 else None


def _han_in_hangul(a: str, b: str) -> bool:
    """A name in Han characters and the same name as a Korean note spells it: "佐藤健" and
    "사토 켄" (by the family name, as ``_across_scripts`` meets them)."""
    for han, hangul in ((a, b), (b, a)):
        if han.isascii() or hangul.isascii() or " " not in hangul:
            continue
        spelled = spelled_key(hangul)
        if spelled is None or not spelled[0]:
            continue
        if readings := family_readings(han):
            words = {loose_spelling(w) for w in hangul.split()}
            return any(loose_spelling(r) in words for r in readings)
    return False


def _unaccented(name: str) -> str:
    """A Latin name without its accents ("hana nováková" → "hana novakova", "łukasz" →
    "lukasz"); other scripts as they are."""
    return "".join(_bare_letter(ch) if "\u00c0" <= ch <= "\u024f" else ch for ch in name)


@lru_cache(maxsize=1024)
def _bare_letter(letter: str) -> str:
    """A Latin letter without its accent, as ``folded`` types it ("ó" → "o", "ł" → "l")."""
    return folded(letter)


def _mentioned(group: _Group, text: str, *, surnames: bool, one: bool = False) -> int | None:
    """The one cluster whose speakers a text names: a full name ("Amara Okafor",
    "김도윤"), or two or more surnames of one panel ("Raman / Becker / Ortiz"); with ``one``,
    a single surname is enough (a heading's "(Okafor & Tanaka)")."""
    if not group.full_names:
        return None
    words = normalize(text).split()
    full: dict[int, set[int]] = {}
    partial: dict[int, set[int]] = {}
    for position, word in enumerate(words):
        candidates = [" ".join(words[position : position + 2]), word, word[:3]]
        if position + 2 < len(words):
            candidates.append(" ".join(words[position : position + 3]))
        for candidate in candidates:
            for owner, person in group.full_names.get(candidate, ()):
                full.setdefault(owner, set()).add(person)
        if surnames:
            for owner, person in group.surnames.get(word, ()):
                partial.setdefault(owner, set()).add(person)
                if position and _inflected_given(group, owner, person, words[position - 1]):
                    full.setdefault(owner, set()).add(person)
    for owner, people in partial.items():
        if len(people) >= (1 if one else 2):
            full.setdefault(owner, set()).update(people)
    if len(full) != 1:
        return None
    return next(iter(full))


def _inflected_given(group: _Group, owner: int, person: int, word: str) -> bool:
    """Whether ``word`` before a speaker's surname is their given name with a case ending:
    Romanian "prezentarea Ioanei Munteanu" (Ioana's talk), Czech "s Janou Novákovou"'s given
    name, Polish "od Marty …": the given name less its last letter opens the word."""
    for spelling in group.clusters[owner].spellings[person]:
        given = spelling.split()[0]
        if (
            len(given) >= 4
            and word != given
            and word.startswith(given[:-1])
            and len(word) <= len(given) + 3
        ):
            return True
    return False


def _named_by_file(entry: Entry) -> bool:
    """An entry going by its note's file name written as a web address's slug (a post copied
    without a title): no title a reader would know the talk by ("ghi-chu-ngay-3-fossasia"); a
    vault's "Keynote - Jensen Huang.md" is its page's title."""
    title = entry.title
    if " " in title or ("-" not in title and "_" not in title):
        return False
    return title == entry.note.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _add_to(group: _Group, owner: int, entry: Entry, score: float) -> None:
    cluster = group.clusters[owner]
    cluster.members.append((entry, score))
    title, speakers = _entry_features(entry)
    for norm in _variants(title):
        known_titles = [group.titles.norms[p] for p in cluster.title_positions]
        if (
            norm
            and len(known_titles) < _SPELLINGS
            and process.extractOne(norm, known_titles, scorer=fuzz.ratio, score_cutoff=95) is None
        ):
            if norm == normalize(title) and not _named_by_file(entry):
                cluster.titles.append(title)
            cluster.title_positions.append(group.titles.add(norm))
            group.title_owner.append(owner)
        elif title[:1].isupper() and cluster.titles:
            # "L'asynchrone sans douleur" over the spelling a post's title left in lower case
            # once its event was taken off ("PyConFR 2024 : l'asynchrone sans douleur")
            for number, known in enumerate(cluster.titles):
                if known[1:] == title[1:] and known[:1] == title[:1].lower() != title[:1]:
                    cluster.titles[number] = title
    for both in speakers:
        forms = name_spellings(both)  # "林怡君 (Lin Yi-Chun)": one person, two spellings
        names = [n for form in forms if (n := normalize(form))]
        if not names:
            continue
        person = next(
            (
                n
                for n, spellings in enumerate(cluster.spellings)
                if any(
                    name_similarity(name, s) >= 85
                    or (
                        not (name.isascii() and s.isascii()) and _unaccented(name) == _unaccented(s)
                    )
                    or same_person(name, s)
                    or _surname_of(name, s)
                    or same_family(name, s)
                    or spelled_alike(name, s)
                    or _han_in_hangul(name, s)
                    for name in names
                    for s in spellings
                )
                # as written: normalising takes the vowel signs out of a Thai name
                or any(
                    sounds_alike(form, raw) or _given_alike(form, raw)
                    for form in forms
                    for raw in cluster.people[n]
                )
            ),
            None,
        )
        if person is None:
            cluster.people.append(Counter())
            cluster.spellings.append([])
            person = len(cluster.people) - 1
        cluster.people[person][forms[0]] += 1  # repeats make the usual spelling the name
        for form in forms[1:]:
            cluster.people[person][form] += 0  # a spelling of it, never counted as its name
        for speaker in forms:
            _add_spelling(group, cluster, owner, person, speaker)


def _add_spelling(group: _Group, cluster: _Cluster, owner: int, person: int, speaker: str) -> None:
    """Make one spelling of a cluster's speaker found by later entries."""
    name = normalize(speaker)
    if name:
        spellings = cluster.spellings[person]
        if name not in spellings and len(spellings) < _SPELLINGS:
            spellings.append(name)
            _add_blocks(group.people_blocks, name, len(group.people))
            group.people.append(name)
            group.person_owner.append((owner, person))
            for surname, given in name_keys(speaker):
                group.sounds.setdefault(surname, []).append((given, owner, person))
            words = name.split()
            if len(words) >= 2 or len(name) >= 3:
                group.full_names.setdefault(name, set()).add((owner, person))
            if len(words) >= 2 and len(words[-1]) >= 3:
                group.surnames.setdefault(words[-1], set()).add((owner, person))
            if other_script(speaker):
                for key in sound_keys(speaker):
                    group.rtl_people.setdefault(key, set()).add((owner, person))
                if len(without_thai_title(speaker)[0].split()) == 1 and (
                    given := thai_given_key(speaker)
                ):
                    group.rtl_people.setdefault(f"g{given}", set()).add((owner, person))
            if (spelled := spelled_key(speaker)) is not None:
                group.spelled.setdefault(spelled, set()).add((owner, person))
                if spelled[0]:
                    for word in speaker.split():
                        key = loose_spelling(word)
                        group.hangul_families.setdefault(key, set()).add((owner, person))
            if not speaker.isascii() and (readings := family_readings(speaker)):
                for reading in readings:
                    group.han_families.setdefault(reading, set()).add((owner, person))
                    key = loose_spelling(reading)
                    group.han_loose.setdefault(key, set()).add((owner, person))
            else:
                for key in latin_family_keys(speaker):
                    group.latin_families.setdefault(key, set()).add((owner, person))


def infer_program(
    notes: Mapping[str, Note],
    entries: Iterable[Entry],
    placements: Mapping[str, Placement] | None = None,
    events: Mapping[str, EventInfo] | None = None,
    ids: IdBook | None = None,
) -> tuple[Program, dict[str, Link]]:
    """Group entries about the same talk or booth into inferred items.

    ``placements`` and ``events`` (corpus.events.place_notes) say which event and day
    each note is about; worked out here when not given. ``ids`` gives the items their ids
    (the ones remembered from the last load where they are the same items: corpus.ids).
    """
    if placements is None or events is None:
        placements, events = place_notes(notes.values())
    groups: dict[tuple[str, EntryKind], _Group] = {}
    links: dict[str, Link] = {}
    days: dict[str, str | None] = {}
    entries = list(entries)
    parents = _booth_parents(entries)
    per_note = Counter(entry.note for entry in entries)
    cluster_of: dict[str, int] = {}  # entry id → its cluster in its group
    # Entries that name their speakers first: the others may then be found by a speaker
    # their title or text names.
    # A heading's surnames alone ("(Okafor & Tanaka)") name them less: after the full names.
    ordered = sorted(entries, key=lambda e: (_naming(_entry_features(e)[1]), e.note, e.start_line))
    in_passing: list[Entry] = []  # paragraphs naming booths in passing: corpus.prose_booths
    for entry in ordered:
        if entry.kind is EntryKind.OTHER:
            links[entry.id] = Link(entry.id, None, 0.0, None)
            if entry.heading_path[-1:] == (BOOTHS_IN_PROSE,):
                in_passing.append(entry)
            continue
        placement = placements.get(entry.note)
        event_id = placement.event_id if placement is not None else UNNAMED.lower()
        days[entry.id] = entry_day(entry, placement, events)
        if _before_the_event(entry, days[entry.id], events.get(event_id), per_note):
            links[entry.id] = Link(entry.id, None, 0.0, None)
            continue
        group = groups.setdefault((event_id, entry.kind), _Group())
        title, speakers = _entry_features(entry)
        found = _similarity(
            group, title, speakers, booth=entry.kind is EntryKind.BOOTH, day=days[entry.id]
        )
        if (
            not found
            and (not speakers or _surnames_only(speakers))
            and entry.kind is EntryKind.SESSION
        ):
            bare = _kind_only(title)
            owner = _mentioned(group, title, surnames=False)
            if owner is None and (written := entry.title.rstrip()).endswith(")"):
                # "Karpenter at 10k nodes (Okafor & Tanaka)": the surnames its heading closes
                # with, of one talk's speakers ("Daniel Okafor") and no other's
                owner = _mentioned(group, written[written.rfind("(") :], surnames=True, one=True)
            in_body = False
            if owner is None:
                text = entry.text if bare else entry.text[:_OPENING_CHARS]
                text = without_moderators(text)
                owner = _mentioned(group, text, surnames=True)
                in_body = owner is not None and _mentioned(group, title, surnames=True) != owner
            mentioned = group.clusters[owner] if owner is not None else None
            if mentioned is not None and not (
                # a person the body names in a talk of another day ("X again? no, it was
                # Y"): not that day's talk, as a speaker in common is not (see _similarity);
                # a heading naming its speakers ("… (Okafor & Tanaka)") joins whatever day,
                # and so does a note dated on no day of other talks (a post's publishing day)
                in_body
                and days[entry.id]
                and mentioned.day
                and days[entry.id] != mentioned.day
                and _comparable(title, mentioned)
                and any(c.day == days[entry.id] for c in group.clusters)
            ):
                found = [(_MENTION_SCORE, owner)]
        parent = parents.get(entry.id)
        if parent is not None and parent in cluster_of:
            # a part of a booth: with its booth, unless it is a booth another note names
            home = cluster_of[parent]
            found = [(score, owner) for score, owner in found if owner != home and score >= 85]
            found = found or [(80.0, home)]
        info = events.get(event_id)
        if not found and info is not None and info.series and entry.kind is EntryKind.SESSION:
            # one talk a day: a note of the same day is about the same talk
            found = [(90.0, n) for n, c in enumerate(group.clusters) if days[entry.id] == c.day]
            found = found if days[entry.id] and len(found) == 1 else []
        if found and entry.kind is EntryKind.SESSION and per_note[entry.note] > 1:
            found = [pair for pair in found if not _other_talk_of_note(group, pair[1], entry)]
        if found:
            score, owner = max(found, key=lambda pair: (pair[0], -pair[1]))
        else:
            group.clusters.append(_Cluster(entry.kind, event_id, days[entry.id]))
            score, owner = 100.0, len(group.clusters) - 1
        _add_to(group, owner, entry, score)
        cluster_of[entry.id] = owner
    for (event_id, kind), group in groups.items():
        _join_languages(group, days, booth=kind is EntryKind.BOOTH)
        if kind is EntryKind.BOOTH and in_passing:
            _add_booths_in_passing(group, event_id, in_passing, placements, events, days)
        if kind is EntryKind.SESSION:
            _join_keynotes(group, days)
            _join_kinds(group, days)
            _join_own_demos(group, notes, days)
        kept = [c for c in group.clusters if not _front_page_section(c, events.get(event_id))]
        if len(kept) < len(group.clusters):
            for cluster in group.clusters:
                if cluster not in kept:
                    for entry, _ in cluster.members:
                        links[entry.id] = Link(entry.id, None, 0.0, None)
            group.clusters = kept
    program, item_of = _build_program(groups, notes, events, days, ids or IdBook())
    for group in groups.values():
        for cluster in group.clusters:
            item_id = item_of[id(cluster)]
            for entry, score in cluster.members:
                links[entry.id] = Link(entry.id, item_id, round(score, 1), LinkReason.INFERRED)
    return program, links


_PAIRS_MAX = 20_000  # cross-language pairs of one day compared, at most


def _join_languages(group: _Group, days: Mapping[str, str | None], *, booth: bool) -> None:
    """Clusters about the same talk or booth written in two languages become one: a
    Latin-letter title and a Korean one on the same day that name the same thing
    (corpus.bilingual), each the other's only such match, their speakers not at odds."""
    sides: dict[str, tuple[list[int], list[int]]] = {}
    for number, cluster in enumerate(group.clusters):
        titles = cluster.titles or [cluster.members[0][0].title]
        hangul = [has_hangul(t) for t in titles]
        day = _most_common(days.get(e.id) for e, _ in cluster.members)
        if day is None or (any(hangul) and not all(hangul)):
            continue
        sides.setdefault(day, ([], []))[1 if all(hangul) else 0].append(number)
    same = same_booth if booth else same_talk
    joined: dict[int, int] = {}  # Korean cluster → the Latin one it joins
    for latin, korean in sides.values():
        if not latin or not korean or len(latin) * len(korean) > _PAIRS_MAX:
            continue
        pairs = [
            (a, b)
            for a in latin
            for b in korean
            if _agree(group.clusters[a], group.clusters[b])
            and same(_name(group.clusters[a], booth), _name(group.clusters[b], booth))
        ]
        of_a = Counter(a for a, _ in pairs)
        of_b = Counter(b for _, b in pairs)
        for a, b in pairs:
            if of_a[a] == 1 and of_b[b] == 1:
                joined[b] = a
    _merge(group, joined)


# The words a keynote or a ceremony is named by in the languages notes are written in, by what
# they say: "Кейноут для разработчиков" = "Developer keynote" = "개발자 키노트", "Ceremonia de
# apertura" = "Opening ceremony" = "開会式"; "" says nothing of which (a word may say two things:
# "闭会式" is a closing ceremony)
_KIND_CONCEPTS = {
    **dict.fromkeys(["keynote", "кейноут", "кейнот", "키노트", "기조연설", "기조강연", "キーノート",
                     "基調講演"], "keynote"),
    **dict.fromkeys(["dev", "developer", "developers", "разработчиков", "개발자", "開発者"],
                    "developer"),
    **dict.fromkeys(["closing", "закрывающий", "폐막", "클로징"], "closing"),
    **dict.fromkeys(["opening", "main", "открывающий", "개막", "오프닝", "메인", "для", "for"], ""),
    **dict.fromkeys(["ceremony", "ceremonies", "ceremonia", "cérémonie", "cerimônia", "cerimonia",
                     "zeremonie", "церемония", "세레모니", "セレモニー", "개막식", "開会式",
                     "开幕式", "eröffnungsfeier"], "ceremony"),
    **dict.fromkeys(["폐막식", "閉会式", "闭幕式", "abschlussfeier"], "closing ceremony"),
    # the awards are given at the close: "Awards ceremony", "表彰式", "시상식", "Preisverleihung"
    **dict.fromkeys(["award", "awards", "premios", "premiação", "premiazione"], "awards"),
    **dict.fromkeys(["表彰式", "授賞式", "시상식", "颁奖典礼", "preisverleihung", "prisutdeling"],
                    "awards ceremony"),
    **dict.fromkeys(["clausura", "cierre", "clôture", "encerramento", "chiusura", "abschluss",
                     "закрытия", "закрытие", "クロージング", "閉会"], "closing"),
    **dict.fromkeys(["apertura", "inauguración", "ouverture", "abertura", "eröffnung", "открытия",
                     "открытие", "オープニング", "開会", "de", "d", "of", "the", "la", "der"], ""),
}  # fmt: skip
# A title that is only the opening or the closing ("Clausura", "オープニング", "Closing") names
# the event's ceremony
_ONLY_OPENING = frozenset(["opening", "apertura", "inauguración", "ouverture", "abertura",
                           "eröffnung", "オープニング", "오프닝", "개막", "開会"])  # fmt: skip


def _kind_key(title: str) -> frozenset[str] | None:
    """What a keynote's or a ceremony's title says in any language, or None for a title that
    says more."""
    keys: set[str] = set()
    words = normalize(title).split()
    for word in words:
        concept = _KIND_CONCEPTS.get(word)
        if concept is None:
            return None
        keys.update(concept.split())
    if len(words) == 1 and (keys == {"closing"} or words[0] in _ONLY_OPENING):
        keys.add("ceremony")
    if "awards" in keys and "ceremony" in keys:
        keys.discard("awards")
        keys.update(("closing", "awards"))
    return frozenset(keys) if "keynote" in keys or "ceremony" in keys else None


def _join_keynotes(group: _Group, days: Mapping[str, str | None]) -> None:
    """Keynotes and ceremonies named only by their kind in different languages on one day are
    one talk: "Кейноут" = "Keynote", "Кейноут для разработчиков" = "Developer keynote",
    "Ceremonia de apertura" = "Opening ceremony" = "オープニング"; the awards ("表彰式") are the
    closing."""
    first: dict[tuple[str, frozenset[str]], int] = {}
    joined: dict[int, int] = {}
    awards: set[int] = set()
    for number, cluster in enumerate(group.clusters):
        key = _kind_key(_name(cluster, False))
        day = _most_common(days.get(e.id) for e, _ in cluster.members) if key else None
        if key is None or day is None:
            continue
        if "awards" in key:
            awards.add(number)
            key = key - {"awards"}
        other = first.get((day, key))
        if (
            other is not None
            and _agree(group.clusters[other], cluster)
            # the closing and its awards are one session, unless a note tells them apart
            and not (
                (number in awards or other in awards)
                and _share_a_note(group.clusters[other], cluster)
            )
        ):
            joined[number] = other
        else:
            first.setdefault((day, key), number)
    _merge(group, joined)


def _join_kinds(group: _Group, days: Mapping[str, str | None]) -> None:
    """Talks of one kind on one day, each the day's only one of that kind in its language,
    named in different languages and no speaker at odds, are one talk: "Panel — "Building AI
    startups in Africa"" = "Table ronde : créer une startup d'IA en Afrique", "Practical:
    fine-tuning a small language model" = "Mazoezi: Kufunza modeli ndogo ya lugha". Then a
    short title naming a talk by its kind beside a word of its topic ("startups panel", from
    "The startups panel on Thursday") is the day's one talk of that kind whose title holds
    that word."""
    kinds: dict[tuple[str, str], list[int]] = {}
    named: list[tuple[int, tuple[str, str], list[str]]] = []
    for number, cluster in enumerate(group.clusters):
        kind = _opening_kind(cluster)
        words: list[str] = []
        if kind is None:
            words = normalize(_name(cluster, False)).split()
            if not (2 <= len(words) <= 4 and any(map(kind_word, words))):
                continue
        day = _most_common(days.get(e.id) for e, _ in cluster.members)
        if day is None:
            continue
        if kind is not None:
            kinds.setdefault((day, kind), []).append(number)
        else:
            said = next(k for w in words if (k := kind_word(w)))
            topic = [w[:_TOPIC_STEM] for w in words if not kind_word(w) and len(w) >= 4]
            named.append((number, (day, said), topic))
    if not kinds:
        return
    joined: dict[int, int] = {}
    for numbers in kinds.values():
        if len(numbers) < 2:
            continue
        names = [_name(group.clusters[n], False) for n in numbers]
        first = group.clusters[numbers[0]]
        if all(bare_kind(name) for name in names):
            # "Plenary" and "Plenária" on one day: the day's plenary, whatever its language
            if all(_agree(first, group.clusters[n]) for n in numbers[1:]):
                joined.update(dict.fromkeys(numbers[1:], numbers[0]))
            continue
        languages = [title_languages(name) for name in names]
        if not all(languages) or any(
            a & b for i, a in enumerate(languages) for b in languages[i + 1 :]
        ):
            continue  # a language unknown, or two of one language: maybe two talks
        first = group.clusters[numbers[0]]
        if all(_agree(first, group.clusters[n]) for n in numbers[1:]):
            joined.update(dict.fromkeys(numbers[1:], numbers[0]))
    for number, key, topic in named:
        owners = {
            joined.get(n, n)
            for n in kinds.get(key, ())
            if any(
                w[:_TOPIC_STEM] in topic
                for title in group.clusters[n].titles
                for w in normalize(title).split()
            )
        }
        if len(owners) == 1 and _agree(
            group.clusters[(owner := owners.pop())], group.clusters[number]
        ):
            joined[number] = owner
            # "startups panel" says which talk, no more: the talk keeps the titles it is written by
            group.clusters[number].titles = []
    _merge(group, joined)


_TOPIC_STEM = 5  # letters two topic words share to be one word ("startup", "startups")


def _opening_kind(cluster: _Cluster) -> str | None:
    """The kind of talk ("panel", "practical", "workshop") a member's heading names before
    its title, in any language."""
    for entry, _ in cluster.members:
        written = entry.heading_path[-1] if entry.heading_path else entry.title
        if kind := opening_kind(written) or opening_kind(entry.title):
            return kind  # "Panel — …", "Practical: …"
        if (
            ":" in written
            and (after := day_time_prefix(written))
            and (kind := opening_kind(after[0]))
        ):
            return kind  # after its day or time: "Wednesday — Workshop: …", "14:00 Panel: …"
    return None


def _share_a_note(a: _Cluster, b: _Cluster) -> bool:
    notes = {entry.note for entry, _ in a.members}
    return any(entry.note in notes for entry, _ in b.members)


def _add_booths_in_passing(
    group: _Group,
    event_id: str,
    entries: list[Entry],
    placements: Mapping[str, Placement],
    events: Mapping[str, EventInfo],
    days: dict[str, str | None],
) -> None:
    """Each paragraph of these ``entries`` that is about one booth of the group, named in
    passing (corpus.prose_booths), joins that booth."""
    booths = [cluster.titles or [cluster.members[0][0].title] for cluster in group.clusters]
    for entry in entries:
        placement = placements.get(entry.note)
        if (placement.event_id if placement is not None else UNNAMED.lower()) != event_id:
            continue
        owner = booth_in_prose(str(entry.text), booths)
        if owner is not None:
            days[entry.id] = entry_day(entry, placement, events)
            group.clusters[owner].members.append((entry, _MENTION_SCORE))


def _join_own_demos(
    group: _Group, notes: Mapping[str, Note], days: Mapping[str, str | None]
) -> None:
    """A writer's own demo ("Our demo: …", "私たちのデモでは…"), naming neither team nor
    project, is the demo of that day which other notes give and this note names elsewhere
    ("we entered as Team Onigiri", "la idea: **Lazarillo**"), when it names one alone."""
    own = [
        number
        for number, cluster in enumerate(group.clusters)
        if len(cluster.members) == 1 and own_demo(cluster.members[0][0].title)
    ]
    joined: dict[int, int] = {}
    for number in own:
        entry = group.clusters[number].members[0][0]
        note = notes.get(entry.note)
        if note is None:
            continue
        day = days.get(entry.id)
        named = [
            other
            for other, cluster in enumerate(group.clusters)
            if other not in own
            and all(member.note != entry.note for member, _ in cluster.members)
            and _most_common(days.get(member.id) for member, _ in cluster.members) == day
            and _kind_key(_name(cluster, False)) is None
            and names_written(
                note.body,
                _name(cluster, False),
                [person.most_common(1)[0][0] for person in cluster.people],
            )
        ]
        if len(named) == 1:
            joined[number] = named[0]
    _merge(group, joined)


def _other_talk_of_note(group: _Group, owner: int, entry: Entry) -> bool:
    """Whether the cluster holds another talk of the entry's own note: a heading or a bullet
    of its own, titled otherwise ("On-call burnout in 20 slides" and "On-call for small teams",
    one person's ignite and her open space on the same day, written one after the other)."""
    title = normalize(entry.title)
    return any(
        member.note == entry.note
        and member.kind is EntryKind.SESSION
        and not _nested(member.heading_path, entry.heading_path)
        and fuzz.token_set_ratio(normalize(member.title), title) < 60
        for member, _ in group.clusters[owner].members
    )


def _nested(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether one heading path holds the other (a talk and a part of it)."""
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def _merge(group: _Group, joined: Mapping[int, int]) -> None:
    """Each cluster of ``joined``'s keys joins the cluster its value names."""
    if not joined:
        return
    for b, a in joined.items():
        into, other = group.clusters[a], group.clusters[b]
        if len(other.members) > len(into.members):
            into.titles[:0] = other.titles  # the title most notes use leads
        else:
            into.titles.extend(other.titles)
        into.members.extend(other.members)
        for spellings in other.people:
            name = spellings.most_common(1)[0][0]
            known = next((p for p in into.people if any(_same_name(name, s) for s in p)), None)
            if known is None:
                into.people.append(Counter(spellings))
            else:
                known.update(spellings)
    group.clusters = [c for n, c in enumerate(group.clusters) if n not in joined]


def _name(cluster: _Cluster, booth: bool) -> str:
    titles = cluster.titles or [cluster.members[0][0].title]
    return min(titles, key=len) if booth else titles[0]


def _same_name(a: str, b: str) -> bool:
    first, second = normalize(a), normalize(b)
    if not (first.isascii() and second.isascii()):
        first, second = folded(first), folded(second)  # "Łukasz Wróbel", "Lukasz Wrobel"
    return (
        name_similarity(first, second) >= 85
        or same_person(a, b)
        or same_family(a, b)
        or spelled_alike(a, b)
    )


def _agree(a: _Cluster, b: _Cluster) -> bool:
    """No speakers on one side, or one of them on both."""
    if not a.people or not b.people:
        return True
    names_a = [p.most_common(1)[0][0] for p in a.people]
    names_b = [p.most_common(1)[0][0] for p in b.people]
    return any(_same_name(x, y) for x in names_a for y in names_b)


def _booth_parents(entries: list[Entry]) -> dict[str, str]:
    """Booth entry → the booth entry whose heading it sits under, in the same note."""
    by_path = {(e.note, e.heading_path): e.id for e in entries if e.kind is EntryKind.BOOTH}
    parents: dict[str, str] = {}
    for entry in entries:
        if entry.kind is EntryKind.BOOTH and len(entry.heading_path) > 1:
            parent = by_path.get((entry.note, entry.heading_path[:-1]))
            if parent is not None:
                parents[entry.id] = parent
    return parents


def entry_day(
    entry: Entry, placement: Placement | None, events: Mapping[str, EventInfo]
) -> str | None:
    """The day an entry is about: the one its headings name, else its note's."""
    if placement is None:
        return None
    if entry.day_hint:
        day = hint_day(entry.day_hint, placement.day, events.get(placement.event_id))
        if day:
            return day
    return placement.day


# The file names of a folder's front page: a site's index, a repository's README.
_FRONT_PAGES = frozenset({"index", "_index", "readme"})


def _front_page_section(cluster: _Cluster, event: EventInfo | None) -> bool:
    """A section of a folder's front page ("## 参加者と担当", "## 社内共有会" in a docs site's
    index.md) that names no speaker, no other note holds, and no day of an event whose days
    the notes give: about the notes under it, not a talk."""
    if cluster.kind is not EntryKind.SESSION or cluster.people or cluster.day is not None:
        return False
    if event is None or not event.dates:
        return False
    notes = {entry.note for entry, _ in cluster.members}
    if len(notes) != 1:
        return False
    stem = PurePosixPath(next(iter(notes))).stem.lower()
    return stem in _FRONT_PAGES and not any(entry.speakers for entry, _ in cluster.members)


def _before_the_event(
    entry: Entry, day: str | None, event: EventInfo | None, per_note: Counter[str]
) -> bool:
    """A whole post that names no speaker, dated before the days the other notes give its
    event: written before the event ("Heading to Okinawa for RubyKaigi"), about no talk."""
    if entry.kind is not EntryKind.SESSION or entry.speakers or per_note[entry.note] != 1:
        return False
    first = event.dates[0] if event is not None and event.dates else None
    return first is not None and day_date(day) is not None and day < first


def _person(spellings: Counter[str]) -> Person:
    # a surname alone ("Okafor") is a spelling of a full name another note writes
    full = Counter({s: n for s, n in spellings.items() if not _surname_in(s, spellings)})
    # most written, then the most complete spelling, then the one with its accents ("Łukasz
    # Wróbel", not "Lukasz Wrobel"), then text order: never the notes' order
    name = min(full or spellings, key=lambda s: (-spellings[s], -len(s), not _accented(s), s))
    return Person(name=name, aliases=tuple(s for s in spellings if s != name))


def _accented(name: str) -> bool:
    """A name in Latin letters with some of its marks ("Łukasz Wróbel", not "Lukasz Wrobel",
    nor a name in another script)."""
    return not name.isascii() and is_latin(name)


def _surname_in(name: str, spellings: Counter[str]) -> bool:
    return " " not in name and any(o.endswith(" " + name) for o in spellings)


def _most_common(values: Iterable[str | None]) -> str | None:
    """The value most of them give; on a tie the first in text order (the earliest of two
    days), never the one of the note whose path sorts first."""
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _cluster_day(cluster: _Cluster, entry_days: Mapping[str, str | None]) -> str | None:
    """The day of a talk its notes are about: a day a talk's own heading names ("## [Day2] …",
    under "## 2일차") outweighs a note's day, and so does a day page's own day (a daily note
    "2024-10-27.md" is written on the day its talks were heard)."""
    days = [entry_days.get(e.id) for e, _ in cluster.members]
    if len(set(days)) < 2:
        return days[0] if days else None
    from summit_tui.corpus.folders import file_date

    return _most_common(
        weighed
        for (e, _), day in zip(cluster.members, days, strict=True)
        for weighed in [day] * (2 if e.day_hint or (day and file_date(e.note) == day) else 1)
    )


def _named_by_note(entry: Entry, note: Note | None) -> bool:
    """Whether an entry's title is its note's (a post about one talk), not a heading's."""
    if note is None:
        return False
    own = normalize(entry.title)
    return bool(own) and own in normalize(note.title)


def _build_program(
    groups: Mapping[tuple[str, EntryKind], _Group],
    notes: Mapping[str, Note],
    events: Mapping[str, EventInfo],
    entry_days: Mapping[str, str | None],
    ids: IdBook,
) -> tuple[Program, dict[int, str]]:
    """The inferred program and each cluster's item id (by ``id(cluster)``); the ids are
    given by ``ids`` (corpus.ids), which records them."""
    placed: dict[str, dict[str | None, dict[str, list[Item]]]] = {}
    item_of: dict[int, str] = {}
    times: dict[str, str] = {}  # item id → the time its headings give ("10:30 Title")
    clusters = [
        (event_id, kind, cluster)
        for (event_id, kind), group in groups.items()
        for cluster in group.clusters
    ]
    shown = [_shown(kind, cluster) for _, kind, cluster in clusters]
    talks_in = Counter(e.note for _, _, cluster in clusters for e, _ in cluster.members)
    wanted = [
        Wanted(
            kind=str(kind),
            event_id=event_id,
            event=_event_key(event_id, events),
            title=title,
            speakers=tuple(person.name for person in speakers),
            # where its entries are, when each is its note's one talk, named by the note's
            # title (a post about one talk, retitled: ids.assign_ids); a talk's heading
            # rewritten is another matter
            places=tuple(sorted({f"{e.note}:{e.start_line}" for e, _ in cluster.members}))
            if all(
                talks_in[e.note] == 1 and _named_by_note(e, notes.get(e.note))
                for e, _ in cluster.members
            )
            else (),
        )
        for (event_id, kind, cluster), (title, speakers) in zip(clusters, shown, strict=True)
    ]
    item_ids = ids.assign(wanted)
    for (event_id, kind, cluster), (title, speakers), item_id in zip(
        clusters, shown, item_ids, strict=True
    ):
        member_notes = [notes.get(e.note) for e, _ in cluster.members]
        # a day a talk's own heading names ("## [Day2] …", under "## 2일차") outweighs a
        # note's day
        day = _cluster_day(cluster, entry_days)
        default_track = "Exhibition" if kind is EntryKind.BOOTH else "Sessions"
        track = _most_common(n.track for n in member_notes if n is not None)
        item = Item(
            id=item_id,
            kind=ItemKind.BOOTH if kind is EntryKind.BOOTH else ItemKind.SESSION,
            title=title,
            event=event_id,
            day=day,
            track=track or default_track,
            titles=tuple(dict.fromkeys(t for t in cluster.titles if t != title)),
            speakers=speakers,
            inferred=True,
        )
        item_of[id(cluster)] = item_id
        when = min((t for e, _ in cluster.members if (t := _heading_time(e))), default=None)
        if when is not None:
            times[item_id] = when
        placed.setdefault(event_id, {}).setdefault(day, {}).setdefault(item.track, []).append(item)
    headed = _headed_day_ones(groups, entry_days, notes)
    program_events: list[Event] = []
    for event_id, days in placed.items():
        info = events.get(event_id)
        known = info.dates if info is not None else []
        day_one = info.day_one if info is not None else None
        dated = sorted(d for d in days if day_date(d))
        # "Day 2" of an event whose dates no note gives: after the dated days, in order
        numbered = sorted((d for d in days if d and not day_date(d)), key=lambda d: (len(d), d))
        order = [*dated, *numbered, *([None] if None in days else [])]
        event_days = tuple(
            Day(
                date=date,
                label=_day_label(date, known, dated, day_one or headed.get(event_id)),
                tracks=tuple(
                    Track(name, _in_time_order(items, times)) for name, items in days[date].items()
                ),
            )
            for date in order
        )
        title = info.title if info is not None else event_id
        program_events.append(Event(id=event_id, title=title, days=event_days))
    return Program(events=tuple(program_events), source=None, inferred=True), item_of


def _headed_day_ones(
    groups: Mapping[tuple[str, EntryKind], _Group],
    entry_days: Mapping[str, str | None],
    notes: Mapping[str, Note],
) -> dict[str, str]:
    """Each event's Day 1 as headings name it beside their date (`## Day 2 (11월 5일)` over a
    talk of 11-05 puts Day 1 on 11-04), or as a note dated that day names it in its title
    ("Devoxx Belgium 2024 – Day 2" of 10-11 puts Day 1 on 10-10), where most of them agree."""
    anchors: dict[str, Counter[str]] = {}
    for (event_id, _), group in groups.items():
        for cluster in group.clusters:
            for entry, _ in cluster.members:
                day = entry_days.get(entry.id)
                note = notes.get(entry.note)
                if (
                    note is not None
                    and note.day_number
                    and day is not None
                    and day == note.date
                    and day_date(day) is not None
                ):
                    first = dt.date.fromisoformat(day) - dt.timedelta(days=note.day_number - 1)
                    anchors.setdefault(event_id, Counter())[first.isoformat()] += 1
                    continue
                hint = entry.day_hint or ""
                if day_date(day) is None or not (hint[:1] == "-" or hint[:1].isdigit()):
                    continue  # only a heading that wrote its date: "--11-05", "2024-11-05"
                for heading in entry.heading_path[:-1]:
                    number = day_number(heading)
                    if number is not None and number >= 1 and find_dates(heading):
                        first = dt.date.fromisoformat(day) - dt.timedelta(days=number - 1)
                        anchors.setdefault(event_id, Counter())[first.isoformat()] += 1
                        break
    found: dict[str, str] = {}
    for event_id, counts in anchors.items():
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            found[event_id] = ranked[0][0]
    return found


def _heading_time(entry: Entry) -> str | None:
    return clock_time(entry.heading_path[-1] if entry.heading_path else entry.title)


def _in_time_order(items: list[Item], times: Mapping[str, str]) -> tuple[Item, ...]:
    """A track's items by the times their headings give ("09:00 Opening", "10:30 …"); those
    without a time after them, each group in the order the notes gave."""
    if not any(item.id in times for item in items):
        return tuple(items)
    return tuple(sorted(items, key=lambda item: (item.id not in times, times.get(item.id, ""))))


# A talk's kind written before its title: "키노트 - 넥슨의 다음 10년", "Keynote: …".
_KIND_PREFIX = lazy(
    r"(?i)^(?:opening |closing )?(?:keynote|키노트|기조연설|session|세션|talk|panel|패널|발표|강연)"
    r"\s*[-–—:：]\s*\S"
)


def _shown(kind: EntryKind, cluster: _Cluster) -> tuple[str, tuple[Person, ...]]:
    """The title and speakers an inferred item shows: the title most notes write (then the
    shortest, then the first in text order: never the notes' order, so renaming a file
    changes no title), preferring one written without a talk's kind before it if any note
    writes one."""
    title = _leading(cluster) if cluster.titles else cluster.members[0][0].title
    if _KIND_PREFIX.match(title):
        written = sorted(
            {t for entry, _ in cluster.members if (t := _entry_features(entry)[0])},
            key=lambda t: (len(t), t),
        )
        title = next((t for t in written if not _KIND_PREFIX.match(t)), title)
    if kind is EntryKind.BOOTH and cluster.titles:
        # "Microsoft", not "Microsoft phi silica"
        title = min(cluster.titles, key=lambda t: (len(t), t))
    return title, tuple(_person(spellings) for spellings in cluster.people)


# A bullet's opening: "- From Han Seungwoo's Gemini talk: …" names its talk in passing
_PASSING = frozenset(("- ", "* ", "+ "))


def _leading(cluster: _Cluster) -> str:
    """The title written by the most notes of a cluster, then by the most that name its
    speakers (a talk's own write-up over a passing "pgvector talk"), then one that is no
    article's numbered takeaway (a claim about the talk, not its name), then one in Latin
    letters, then the shortest (what
    one note adds to a talk's title frames it: "Guest post: the LiveView keynote" for
    "LiveView at scale", "ElixirConf 2023: …", a subtitle), then the first in text order."""
    titles = cluster.titles
    if len(titles) < 2:
        return titles[0]
    notes: dict[str, set[str]] = {normalize(t): set() for t in titles}
    named: dict[str, set[str]] = {normalize(t): set() for t in titles}
    claimed: set[str] = set()  # titles only an article's numbered takeaway writes
    passing: set[str] = set()  # titles a bullet names in passing
    told: set[str] = set()
    marked: set[str] = set()  # titles a heading quotes or sets in italics as the talk's own
    for entry, _ in cluster.members:
        title, speakers = _entry_features(entry)
        key = normalize(title)
        if key in notes:
            notes[key].add(entry.note)
            if _marked_title(entry, title):
                marked.add(key)
            if speakers:
                named[key].add(entry.note)
            # "**3. Errors are feelings too**": the writer's claim about the talk, not its title
            if entry.text[:2] == "**" and entry.text[2:3].isdigit():
                claimed.add(key)
            elif entry.text[:2] in _PASSING:
                passing.add(key)  # "- From Han's Gemini talk: …": a day file's passing name
            else:
                told.add(key)
    # a title that is only its speaker's name (an essay's "Anna Schmidt는 …" section) says
    # no more than the speaker line: any note's real title goes first
    names = {normalize(name) for person in cluster.people for name in person}
    # a talk written up in several languages by as many notes each goes by its title in
    # Latin letters (most often the programme's own), as a Korean cluster joined to a Latin
    # one does (_join_languages); a phone's lower-case shorthand ("fonts sto flutter") or a
    # title cut off inside its brackets is no better than a title in another script
    return min(
        titles,
        key=lambda t: (
            normalize(t) in names,
            -len(notes[normalize(t)]),
            -len(named[normalize(t)]),
            normalize(t) in claimed and normalize(t) not in told,
            normalize(t) in passing and normalize(t) not in told,
            not is_latin(t) or t[:1].islower() or t.count("(") != t.count(")"),
            has_hangul(t),
            # "Opening keynote", "הרצאת פתיחה", "Keynote de abertura": the talk's kind, where
            # another note names it
            # "Our demo", "私たちのデモ": the writer's team, where another note names it
            _kind_only(t) or _kind_phrase(t) or own_demo(t),
            # the title as the programme gives it, quoted ("Keynote — "ML for maternal
            # health: lessons from Malawi""), over a phone's "afya ya mama Malawi"
            normalize(t) not in marked,
            t[:1].islower(),
            len(t),
            t,
        ),
    )


# The marks a heading sets a talk's own title in: quotes, or italics
_TITLE_MARKS = (('"', '"'), ("“", "”"), ("«", "»"), ("„", "“"), ("*", "*"), ("_", "_"))


def _marked_title(entry: Entry, title: str) -> bool:
    """Whether the entry's heading quotes its title or sets it in italics."""
    heading = entry.heading_path[-1] if entry.heading_path else ""
    if not heading or title not in heading:
        return False
    return any(f"{opening}{title}{closing}" in heading for opening, closing in _TITLE_MARKS)


def _event_key(event_id: str, events: Mapping[str, EventInfo]) -> str:
    info = events.get(event_id)
    return event_key(info.title)[0] if info is not None else event_id


def _day_label(
    date: str | None, known: list[str], dated: list[str], day_one: str | None = None
) -> str:
    """ "Day 2 · 2024-11-05": counted from the day the notes call Day 1 when they name their
    days beside dates, else from the event's first known day."""
    if date is None:
        return "Day unknown"
    if not day_date(date):
        return date  # "Day 2": numbered, its date unknown
    if day_one is not None:
        number = (dt.date.fromisoformat(date) - dt.date.fromisoformat(day_one)).days + 1
        if 0 <= number <= _DAYS_COUNTED:
            # a workshop or tutorial day right before the notes' Day 1 is their Day 0
            return f"Day {number} · {date}"
        return date
    if known and known[0] <= date <= _after(known[-1], _DAYS_AFTER):
        number = (dt.date.fromisoformat(date) - dt.date.fromisoformat(known[0])).days + 1
        if number <= _DAYS_COUNTED:
            return f"Day {number} · {date}"
        if date in known:  # a series of one-day meetings: its meetings in order
            return f"Day {known.index(date) + 1} · {date}"
    if known:
        return date  # outside the event's days (a post before it, a note after it): no Day N
    return f"Day {dated.index(date) + 1} · {date}"


_DAYS_COUNTED = 14  # an event longer than this is a series: its days are not counted
# a day right after the last one the notes state is still the event's ("마지막날 (금요일)")
_DAYS_AFTER = 2


def _after(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()
