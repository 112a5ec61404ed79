"""What `check` warns about in notes that loaded fine: what could not be worked out.

A note whose talks have no event or no day, or are on a day known only by its number ("Day 2"
when nothing gives the event's dates), a heading that reads like a talk but is in no item, a
note about an event most or all of whose parts are unsorted, headings that read as talks of their
own folded into one talk, an author that was guessed (once
per guessed name, on notes with talks).
Each is a warning with the note's file and line, never a guess made silently.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping

from summit_tui.corpus.events import UNNAMED, Placement
from summit_tui.corpus.heading_kinds import (
    NAMES_TALK_KIND,
    TALK_MARK,
    context_kind,
    day_heading,
    generic_heading,
    only_a_day,
    speaker_in_heading,
)
from summit_tui.corpus.minutes_pages import minutes_part
from summit_tui.corpus.model import (
    Entry,
    EntryKind,
    Note,
    Problem,
    Severity,
    day_date,
    entry_text_utf8,
)
from summit_tui.corpus.names import looks_like_name, split_title, title_parts
from summit_tui.corpus.no_talk import about_no_talk, plans_talks
from summit_tui.corpus.phone_lines import timed_talk
from summit_tui.corpus.social_thread import thread_posts
from summit_tui.corpus.speakers import label_person, line_speakers
from summit_tui.corpus.vaults import OWNER_PAGE
from summit_tui.corpus.writers import place_label
from summit_tui.lazy_re import lazy

_GUESSED_EVENT = frozenset({"none", "date", "folder-neighbours"})
_GUESSED_FROM = {
    "source": "the blog of its source URL",
    "folder": "its folder (an @name, a blog's _posts, a notes app's export, day pages)",
    "file": "its file name",
    "none": "nothing",
    "series": "the series its post is a part of",
}


def _guessed_from(source: str) -> str:
    """Where a guessed writer was read, for ``check``: a vault's About page by its path."""
    if source.startswith(OWNER_PAGE):
        return f"its vault's page {source[len(OWNER_PAGE) :]!r}, which names the vault's owner"
    return _GUESSED_FROM.get(source, "the note")


def note_warnings(
    notes: Iterable[Note],
    entries: Iterable[Entry],
    item_of: Callable[[str], str | None],
    placements: Mapping[str, Placement] | None = None,
    day_of: Callable[[str], str | None] | None = None,
    no_talk: Mapping[str, bool] | None = None,
) -> list[Problem]:
    """Warnings for every note; ``item_of(entry_id)`` is the item an entry is in, if any,
    ``day_of(item_id)`` that item's day (None: the day is unknown). ``no_talk``: note path →
    whether it is about no talk (corpus.no_talk), where the parse worked it out already."""
    known = no_talk or {}
    by_note: dict[str, list[Entry]] = {}
    for entry in entries:
        by_note.setdefault(entry.note, []).append(entry)
    notes = list(notes)
    # A guessed author is told once, on the first note with talks that shows it (a blog's
    # posts share one), and not at all for notes about no talk (a README, a links page).
    guessed: dict[str, list[str]] = {}
    for note in notes:
        # (talks in a colleague's section, "## 도윤", are that colleague's: nothing guessed)
        if note.author_guessed and any(
            e.kind is not EntryKind.OTHER and e.author == note.author
            for e in by_note.get(note.path, ())
        ):
            guessed.setdefault(note.author, []).append(note.path)
    tell = {min(paths): len(paths) - 1 for paths in guessed.values()}
    first_days = _first_days(by_note, item_of, placements, day_of)
    # folders (below the top) holding a note that is one talk from its first line to its last
    talk_folders = {
        folder
        for path, mine in by_note.items()
        if (folder := path.rpartition("/")[0])
        and len(mine) == 1
        and mine[0].kind is EntryKind.SESSION
        and item_of(mine[0].id) is not None
    }
    found: list[Problem] = []
    for note in notes:
        mine = by_note.get(note.path, [])
        early = _before_event(mine, item_of, placements, first_days)
        if early is not None:
            found.append(
                Problem(
                    note.path,
                    mine[0].start_line,
                    Severity.WARNING,
                    f"written before the first day of its event ({early}): taken as about no talk",
                    "left unsorted; give its talk's speaker or date if it is about one",
                )
            )
            mine = [e for e in mine if e.kind is EntryKind.OTHER]
        elif mine and plans_talks(note):
            found.append(
                Problem(
                    note.path,
                    mine[0].start_line,
                    Severity.INFO,
                    "its title says it lists the talks its writer means to see: taken as "
                    "written before the event, about no talk",
                    "left unsorted; retitle it if it reports the talks",
                )
            )
        beside = note.path.rpartition("/")[0] in talk_folders
        found.extend(
            _for_note(
                note,
                mine,
                item_of,
                placements,
                day_of,
                tell.get(note.path),
                beside,
                known.get(note.path),
            )
        )
    return found


def _first_days(
    by_note: Mapping[str, list[Entry]],
    item_of: Callable[[str], str | None],
    placements: Mapping[str, Placement] | None,
    day_of: Callable[[str], str | None] | None,
) -> dict[str, str]:
    """Each event's first day with a talk in an item."""
    if placements is None or day_of is None:
        return {}
    first: dict[str, str] = {}
    for path, entries in by_note.items():
        placement = placements.get(path)
        if placement is None:
            continue
        for entry in entries:
            item = item_of(entry.id)
            day = day_of(item) if item is not None else None
            if day_date(day) is not None and day < first.get(placement.event_id, "9999"):
                first[placement.event_id] = day
    return first


def _before_event(
    entries: list[Entry],
    item_of: Callable[[str], str | None],
    placements: Mapping[str, Placement] | None,
    first_days: Mapping[str, str],
) -> str | None:
    """The event's first day, for a whole post about no one's talk written before it (which
    the inference leaves unsorted: corpus.infer)."""
    if len(entries) != 1 or placements is None:
        return None
    (entry,) = entries
    if entry.kind is not EntryKind.SESSION or entry.speakers or item_of(entry.id) is not None:
        return None
    placement = placements.get(entry.note)
    first = first_days.get(placement.event_id) if placement is not None else None
    if first is None or placement is None or day_date(placement.day) is None:
        return None
    return first if placement.day < first else None


def _for_note(
    note: Note,
    entries: list[Entry],
    item_of: Callable[[str], str | None],
    placements: Mapping[str, Placement] | None,
    day_of: Callable[[str], str | None] | None = None,
    same_author_notes: int | None = None,
    beside_talk_files: bool = False,
    no_talk_known: bool | None = None,
) -> list[Problem]:
    """``same_author_notes``: how many other notes show the author guessed for this one
    (None: its guessed author, if any, is not told here); ``beside_talk_files``: other notes
    in its folder are one talk each; ``no_talk_known``: ``about_no_talk(note)``, if known."""
    found: list[Problem] = []
    path = note.path
    talks = [e for e in entries if e.kind is not EntryKind.OTHER]
    unsorted = [e for e in entries if item_of(e.id) is None]
    if note.author_guessed and same_author_notes is not None:
        others = f" (so are {same_author_notes} other notes)" if same_author_notes else ""
        found.append(
            Problem(
                path,
                note.body_line,
                Severity.WARNING,
                f"no author given: shown as {place_label(note.author, path)!r}, not as a writer"
                f" (no byline, source or person's folder){others}"
                if note.author_source == "none"
                else f"no author given: shown as {note.author!r}, guessed from "
                f"{_guessed_from(note.author_source)}{others}",
                "add `author:` to the frontmatter or an `Author:` line at the top",
            )
        )
    placement = placements.get(path) if placements is not None else None
    if placement is not None and talks:
        line = talks[0].start_line
        if placement.event_how == "none" and placement.event_title == UNNAMED:
            found.append(
                Problem(
                    path,
                    line,
                    Severity.WARNING,
                    "no event could be worked out for the talks in this note",
                    f'filed under "{UNNAMED}"; name the event in its title, its folder or '
                    "an `event:` line",
                )
            )
        if day_of is not None:
            # the talks that ended on "Day unknown"
            undated = [e for e in talks if (i := item_of(e.id)) is not None and day_of(i) is None]
        else:
            undated = talks if placement.day is None and not any(e.day_hint for e in talks) else []
        if undated:
            found.append(
                Problem(
                    path,
                    undated[0].start_line,
                    Severity.WARNING,
                    "the day of the talks in this note could not be worked out",
                    'filed under "Day unknown"; write the date near the top or add `date:`',
                )
            )
        numbered = [] if day_of is None else _numbered_days(talks, item_of, day_of)
        if numbered:
            days = ", ".join(f'"{day}"' for day in dict.fromkeys(day for _, day in numbered))
            found.append(
                Problem(
                    path,
                    numbered[0][0].start_line,
                    Severity.WARNING,
                    f"no note gives the date of {days}",
                    "filed under the day's number without a date; write the first day's date "
                    "near the top or add `date:`",
                )
            )
    for entry in unsorted:
        # the note's own title naming its author ("1일차 정리 (김도현)") is no talk
        own_title = entry.kind is EntryKind.OTHER and entry.heading_path[:1] == (note.title,)
        if entry.kind is not EntryKind.OTHER or (not own_title and _names_a_speaker(entry.title)):
            found.append(
                Problem(
                    path,
                    entry.start_line,
                    Severity.WARNING,
                    f"{entry.title!r} reads like a talk but is in no item",
                    "left unsorted; `summit-tui check` lists its closest items",
                )
            )
    body = _Body(note)
    said = no_talk_known

    def about_none() -> bool:
        nonlocal said
        if said is None:
            said = about_no_talk(note)
        return said

    no_talk = None if not unsorted else about_none()
    lost = (
        _lost_talks(note, unsorted, body, mostly=len(unsorted) * 2 > len(entries))
        if (unsorted and not no_talk)
        else []
    )
    # a part of the note that reads like a talk and is in no item: the talks went missing
    talk_shaped = bool(lost) or any(
        e.kind is not EntryKind.OTHER
        or (e.heading_path[:1] != (note.title,) and _names_a_speaker(e.title))
        for e in unsorted
    )
    folded, plain = _folded_talks(note, entries, body)
    if folded:
        shown = _first_titles([title for _, title, _ in folded])
        found.append(
            Problem(
                path,
                folded[0][0],
                Severity.WARNING,
                f"{len(folded)} heading(s) inside the talk {folded[0][2]!r} read like talks of "
                f"their own but were folded into it: {shown}",
                "kept as parts of that talk, which the note's `speakers:` or `Speaker:` line "
                "names; a note of its own per talk makes each a talk"
                if note.speakers or note.talk_title
                else "kept as parts of that talk; " + _fold_advice(note, plain),
            )
        )
    about_event = bool(talks) or (placement is not None and placement.event_how != "none")
    # named by the note itself, not only put beside its neighbours or its day's event
    names_event = bool(talks) or (
        placement is not None and placement.event_how not in _GUESSED_EVENT
    )
    if (
        entries
        and not talks
        and len(unsorted) == len(entries)
        and beside_talk_files
        and not about_none()
        and _one_talk_shaped(note)
    ):
        # a per-talk file ("saturday/rust-nom.md") whose event only the repo's index names,
        # beside files that are one talk each
        folder = path.rpartition("/")[0]
        found.append(
            Problem(
                path,
                entries[0].start_line,
                Severity.WARNING,
                f"{note.title!r} reads like the notes of one talk, as the other notes in "
                f"{folder}/ are, but nothing in it names its speaker or its event: it is in no "
                "item",
                "left unsorted; a `Speaker:` line under its title (or `speakers:` and `event:` in "
                "its frontmatter) makes the whole note that talk",
            )
        )
    elif entries and len(unsorted) == len(entries) and names_event and not no_talk:
        whole = (
            "its one entry is unsorted"
            if len(entries) == 1
            else f"all {len(entries)} of its entries are unsorted"
        )
        if lost:
            # the talks are in it, in lines not read as talks: say which, and what would be
            found.append(
                Problem(
                    path,
                    lost[0][0],
                    Severity.WARNING,
                    f"nothing in this note is in an item ({whole}), though {len(lost)} "
                    f"{_LOST_SHAPES[lost[0][2]][0]} in it read like talks: "
                    + _first_titles([text for _, text, _ in lost]),
                    _lost_action(note, lost[0][2]),
                )
            )
        elif (shape := _media_shape(note.body)) is not None:
            # an episode, a megathread or a thread: say what in it would name a talk
            found.append(
                Problem(
                    path,
                    entries[0].start_line,
                    Severity.INFO,
                    f"nothing in this note is in an item: {whole}; {shape[0]}",
                    shape[1],
                )
            )
        else:
            found.append(
                Problem(
                    path,
                    entries[0].start_line,
                    Severity.WARNING if talk_shaped else Severity.INFO,
                    f"nothing in this note is in an item: {whole}"
                    + ("" if talk_shaped else ", and nothing in it reads like a talk"),
                    "left unsorted; a heading per talk (`## Title`) or a `Title:` line makes its "
                    "talks"
                    if talk_shaped
                    else "left unsorted as about no talk; a heading per talk (`## Title "
                    "(Speaker)`) makes one a talk, if it reports any",
                )
            )
    elif lost:
        found.append(
            Problem(
                path,
                lost[0][0],
                Severity.WARNING,
                _lost_message(lost),
                _lost_action(note, lost[0][2]),
            )
        )
    elif (
        len(entries) >= 3
        and len(unsorted) * 2 > len(entries)
        and about_event
        and talk_shaped
        and not no_talk
    ):
        found.append(
            Problem(
                path,
                note.body_line,
                Severity.WARNING,
                f"{len(unsorted)} of the {len(entries)} entries of this note are unsorted",
                "its headings may not name talks or booths the way summit-tui reads them",
            )
        )
    return found


def _heading_advice(note: Note) -> str:
    """What makes a note's headings talks: a title naming the event or day, unless its title
    names the event already (then it is the headings that must say they are talks)."""
    if "title" in note.event_sources:
        return (
            "the title names the event already: a speaker in each talk's heading (`## Title "
            "(Speaker)`) or its kind (`## Keynote: Title`) makes each heading a talk"
        )
    return "a title naming the event or day (`# EVENT Day 2`) makes each heading a talk"


def _fold_advice(note: Note, plain: list[str]) -> str:
    """What makes folded headings talks, true of the note: a speaker in the headings beside
    them that name none; when every one names its speaker already, a heading of its own for
    the talk the title names (or a title naming the event or day, when it names neither)."""
    named = "title" in note.event_sources
    if plain:
        return (
            ("the title names the event already; " if named else "")
            + f"{_first_titles(plain)} name(s) no speaker: a speaker in each talk's heading "
            "(`## Title (Speaker)`) or its kind (`## Keynote: Title`) makes each heading a talk"
        )
    if named:
        return (
            "the title names the event already and reads as one talk's name: a heading of "
            "that talk's own with its speaker (`## Title (Speaker)`) over its part makes each "
            "heading a talk"
        )
    return "a title naming the event or day (`# EVENT Day 2`) makes each heading a talk"


def _lost_action(note: Note, shape: str) -> str:
    if shape == "heading":
        return "left unsorted with the part around them; " + _heading_advice(note)
    return _LOST_SHAPES[shape][1]


# What each shape of lost talk is called in a warning, and what makes such lines talks.
_LOST_SHAPES = {
    "heading": (
        "heading(s)",
        "left unsorted with the part around them; a title naming the event or day "
        "(`# EVENT Day 2`) makes each heading a talk",
    ),
    "bold": (
        "bold line(s)",
        "left unsorted; bold lines are talks only in a note without headings of its own (or "
        "under a day's heading): a heading per talk (`### Title (Speaker)`) makes each a talk",
    ),
    "html": (
        "HTML heading(s)",
        "left unsorted; a Markdown heading per talk (`## Title (Speaker)`) makes each a talk",
    ),
    "thread": (
        "chat line(s)",
        "left unsorted; a message naming a talk (`[키노트] Title - Speaker`) is not a heading: a "
        "heading per talk (`## Title - Speaker`) makes each a talk",
    ),
    "timed": (
        "line(s) with an hour, a title and a speaker",
        "left unsorted; a plain line is no talk: a heading per talk (`## 09:00 Title - "
        "Speaker`) makes each a talk",
    ),
    "label": (
        "speaker line(s)",
        "left unsorted; a heading over each talk (`## Title`), above its speaker line, makes "
        "it a talk",
    ),
}


def _lost_message(lost: list[tuple[int, str, str]]) -> str:
    shown = _first_titles([text for _, text, _ in lost])
    if all(shape == "heading" for _, _, shape in lost):
        return (
            f"{len(lost)} heading(s) inside an unsorted part name a speaker, like talks, "
            f"but are in no item: {shown}"
        )
    return (
        f"{len(lost)} {_LOST_SHAPES[lost[0][2]][0]} inside unsorted parts of this note read like "
        f"talks but are in no item: {shown}"
    )


def _one_talk_shaped(note: Note) -> bool:
    """A note shaped like the notes of one talk: it opens with its title as a heading, and no
    other heading names a day, a time, a speaker or a group of talks."""
    lines = note.body.split("\n")
    opening = next((line for line in lines[:12] if line.strip()), "")
    title = _ATX.match(opening)
    if title is None or title.group(1).startswith("#") or only_a_day(title.group(1)):
        return False
    if generic_heading(title.group(1)) or day_heading(title.group(1)):
        return False
    if thread_posts(note.body) is not None:
        return False  # a social thread whose posts name no talk (a travel thread)
    if _names_things(lines):
        return False  # a list of places or things, each in bold with a word on it (cafes)
    for line in lines[1:]:
        heading = _ATX.match(line) if line[:1] == "#" else None
        if heading is None:
            continue
        text = heading.group(1)
        if day_heading(text) or TALK_MARK.search(text) or speaker_in_heading(text):
            return False
        if context_kind(text) is not None:
            return False
    return True


# a bullet naming a thing in bold, then saying something about it: "- **Kavárna u mostu** —
# latte, opens at 8", "- **ร้านเล็กหลังตลาด** — latte ดี"
_NAMED_THING = lazy(r"^\s*[-*+]\s+\*\*[^*]{2,60}\*\*\s*[—–:-]\s*\S")


def _names_things(lines: list[str]) -> bool:
    """Whether most of a note's bullets (three at least) each name a thing in bold and say
    a word on it: a list (cafes, shops, tools), not the notes of a talk."""
    bullets = [line for line in lines if line.lstrip()[:2] in ("- ", "* ", "+ ")]
    if len(bullets) < 3:
        return False
    named = sum(1 for line in bullets if "**" in line and _NAMED_THING.match(line))
    return named >= 3 and named * 2 >= len(bullets)


def _names_a_speaker(title: str) -> bool:
    return bool(split_title(title)[2] or title_parts(title)[1])


def _numbered_days(
    talks: list[Entry],
    item_of: Callable[[str], str | None],
    day_of: Callable[[str], str | None],
) -> list[tuple[Entry, str]]:
    """The talks on a day known by its number only ("Day 2"), with that day."""
    out: list[tuple[Entry, str]] = []
    for entry in talks:
        item = item_of(entry.id)
        day = day_of(item) if item is not None else None
        if day is not None and day_date(day) is None:
            out.append((entry, day))
    return out


_ATX = lazy(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$")
_FENCE = lazy(r"^ {0,3}(?:```|~~~)")
_MARKS = frozenset("#`~")


def _first_titles(titles: list[str], shown: int = 3) -> str:
    """'A', 'B', 'C', … : the first few titles a warning names."""
    return ", ".join(repr(title) for title in titles[:shown]) + (
        ", …" if len(titles) > shown else ""
    )


def _lost_talks(
    note: Note, unsorted: list[Entry], body: _Body, *, mostly: bool
) -> list[tuple[int, str, str]]:
    """(line, text, shape) of what inside the unsorted parts of the note reads like a talk:
    talks lost in the part around them. Headings that name a speaker, in the heading ("Title —
    김하늘") or on the line under it ("*Joanna Kowalska*"); in a note ``mostly`` unsorted, also
    bold lines naming one ("**가. Title (이정훈, 주문플랫폼팀)**"), HTML headings
    ("<h3>Title</h3>"), chat messages naming a talk ("🧵 [키노트] Title - 김도윤") and speaker
    lines ("발표: 이정훈")."""
    parts = [entry for entry in unsorted if entry.kind is EntryKind.OTHER]
    found: list[tuple[int, str, str]] = []
    for entry in parts:
        for index, heading, person in _inner_headings(note, body, entry):
            if _names_a_speaker(heading) or (person and looks_like_name(person)):
                found.append((note.body_line + index, heading, "heading"))
    if found or not mostly:
        return found
    lines, _ = body.lines()
    for entry in parts:
        first = max(entry.start_line - note.body_line, 0)
        last = min(entry.end_line - note.body_line + 1, len(lines))
        for index in range(first, last):
            shaped = _talk_line(lines[index], lines[index + 1 : min(index + 4, last)])
            if shaped is not None:
                found.append((note.body_line + index, *shaped))
    if sum(shape == "timed" for _, _, shape in found) < 2:
        # one line with an hour and a name ("12:30 lunch - Kari") is no program
        found = [lost for lost in found if lost[2] != "timed"]
    found.sort()
    return found


_BOLD_LINE = lazy(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)(?P<text>[^*_\n]{4,160})(?:\*\*|__)\s*$")
_HTML_HEADING = lazy(r"^\s*<h[1-6][^>\n]{0,80}>(?P<text>.{2,200}?)</h[1-6]>", re.IGNORECASE)
_TAGS = lazy(r"<[^>\n]{1,200}>")
_KIND_IN_BRACKETS = lazy(
    r"^\W{0,4}[\[【](?P<kind>[^\]】]{1,12})[\]】](?!\()\s*(?P<text>\S.{2,160})$"
)
# "(이정훈, 우아한형제들 주문플랫폼팀)" closing a title: the speaker, then where they work
_SPEAKER_AND_TEAM = lazy(r"[(（](?P<name>[^,，()（）]{2,30})[,，][^()（）]{1,60}[)）]\s*$")


def _names_speaker(text: str) -> bool:
    """A title that names its speaker ("Title (Jane Doe)", "Title (이정훈, 주문플랫폼팀)")."""
    if speaker_in_heading(text):
        return True
    with_team = _SPEAKER_AND_TEAM.search(text)
    return with_team is not None and label_person(with_team.group("name")) is not None


def _talk_line(line: str, after: list[str]) -> tuple[str, str] | None:
    """(text, shape) of a line that reads like a talk though not a heading, or None; ``after``
    are the next few lines (an HTML heading's speaker is often in the paragraph below)."""
    start = line.lstrip()[:2]
    if not start:
        return None
    if start in ("**", "__", "- ", "* ", "+ ") and ("**" in line or "__" in line):
        bold = _BOLD_LINE.match(line)
        if bold is not None:
            text = bold.group("text").strip()
            if _names_speaker(text) and not generic_heading(text):
                return text, "bold"
        return None
    if start[0] == "<":
        html = _HTML_HEADING.match(line)
        if html is None:
            return None
        text = " ".join(_TAGS.sub(" ", html.group("text")).split())
        if not text or generic_heading(text) or only_a_day(text):
            return None
        # a talk by its speaker or its kind ("1. 오프닝 키노트 - …"), or by the speaker line
        # under it ("<p>발표: 김도윤 (우아한형제들 CTO)</p>"); not "1. 기본 설정" in a how-to post
        if _names_speaker(text) or NAMES_TALK_KIND.search(text):
            return text, "html"
        below = (" ".join(_TAGS.sub(" ", line).split()) for line in after)
        return (text, "html") if any(line_speakers(line) for line in below if line) else None
    if "[" in line[:8] or "【" in line[:8]:
        bracketed = _KIND_IN_BRACKETS.match(line.strip())
        if bracketed is not None and NAMES_TALK_KIND.search(bracketed.group("kind")):
            return line.strip().lstrip("🧵 "), "thread"
    if (":" in line[:24] or "：" in line[:24]) and len(line) < 120 and line_speakers(line.strip()):
        return line.strip(), "label"
    if timed_talk(line):
        return line.strip(), "timed"
    return None


# A heading that numbers a part of the talk it is in: "Part 2: …", "Del 2: …", "Teil II – …",
# "Partie 1 :", "Deel 3", "Osa 2", "Część 2", "Sehemu ya 2", "Часть 2", "第2部"
_PART_NUMBER = lazy(
    r"^\W{0,3}(?:(?i:part|del|teil|partie|parte|deel|osa|część|czesc|kısım|bölüm|sehemu(?:\s+ya)?"
    r"|часть|частина)\s*(?:\d{1,2}|[IVXivx]{1,4})(?!\w)|第\s*[\d一二三四五六七八九十]{1,3}\s*部)"
)


def _folded_talks(
    note: Note, entries: list[Entry], body: _Body
) -> tuple[list[tuple[int, str, str]], list[str]]:
    """(line, heading, talk) of the headings inside a talk's entry that read as talks of their
    own: a numbered talk ("## Session 2 — Bob Stone") or a speaker the talk does not have.
    They were folded into the talk around them. And the other headings inside those talks,
    which name no speaker (what the user may add to)."""
    found: list[tuple[int, str, str]] = []
    plain: list[str] = []
    for entry in entries:
        if entry.kind is not EntryKind.SESSION:
            continue
        inner = _inner_headings(note, body, entry)
        if not inner:
            continue
        own = {" ".join(name.lower().split()) for name in entry.speakers}
        before = len(found)
        unnamed: list[str] = []
        for index, heading, _ in inner:
            if _PART_NUMBER.match(heading):
                continue  # "Part 2: Compose": a part of the talk around it, rightly folded
            speaker = " ".join((speaker_in_heading(heading) or "").lower().split())
            if TALK_MARK.match(heading) or (speaker and speaker not in own):
                found.append((note.body_line + index, heading, entry.title))
            elif not speaker:
                unnamed.append(heading)
        if len(found) > before and _minutes_entry(note, body, entry):
            del found[before:]  # a minutes page's agenda: the session's parts, on purpose
        elif len(found) > before:
            plain.extend(unnamed)
    return found, plain


def _minutes_entry(note: Note, body: _Body, entry: Entry) -> bool:
    """Whether an entry is a meeting's minutes page, made one session from its title heading
    on: its headings (agenda items naming their presenters) are that session's parts."""
    lines, marks = body.lines()
    first = max(entry.start_line - note.body_line, 0)
    last = min(entry.end_line - note.body_line + 1, len(lines))
    headings = [
        (index, heading.group(1))
        for index in marks[bisect_left(marks, first) : bisect_left(marks, last)]
        if (heading := _ATX.match(lines[index])) is not None
    ]
    if not headings or headings[0][0] != first:
        return False  # the part does not open with its heading: no page's title
    return minutes_part(lines, headings, note.title)


class _Body:
    """A note's body as lines, and which of them may be a heading or a fence (a "#", "`" or
    "~" after its spaces): made once per note, when a part of it is looked into."""

    __slots__ = ("_lines", "_marks", "_note")

    def __init__(self, note: Note) -> None:
        self._note = note
        self._lines: list[str] | None = None
        self._marks: list[int] = []

    def lines(self) -> tuple[list[str], list[int]]:
        """The lines, and the numbers of those that may be a heading or a fence."""
        if self._lines is None:
            self._lines = self._note.body.split("\n")
            self._marks = [
                number
                for number, line in enumerate(self._lines)
                if line and line.lstrip(" ")[:1] in _MARKS
            ]
        return self._lines, self._marks


def _inner_headings(note: Note, body: _Body, entry: Entry) -> list[tuple[int, str, str]]:
    """(body line index, text, the emphasised line under it) of the headings inside an
    entry, past its own first line, outside code fences."""
    text = entry_text_utf8(entry)  # its lines, start_line to end_line
    if text.find(b"#", text.find(b"\n") + 1) < 0:
        return []  # no "#" past its first line: no heading in it (most parts)
    lines, marks = body.lines()
    fenced = False
    first = max(entry.start_line - note.body_line + 1, 0)  # past the part's own heading
    last = min(entry.end_line - note.body_line + 1, len(lines))
    found: list[tuple[int, str, str]] = []
    # only the lines that may be a fence or a heading: no other line matches either
    for index in marks[bisect_left(marks, first) : bisect_left(marks, last)]:
        if _FENCE.match(lines[index]):
            fenced = not fenced
        heading = None if fenced else _ATX.match(lines[index])
        if heading is None or generic_heading(heading.group(1)):
            continue
        below = next((lines[n].strip() for n in range(index + 1, last) if lines[n].strip()), "")
        found.append((index, heading.group(1), (below.strip("*_ ") if below[:1] in "*_" else "")))
    return found


def _media_shape(body: str) -> tuple[str, str] | None:
    """(what, advice) for a podcast episode, a forum megathread or a social thread in which
    nothing names a talk, or None for a note of another shape."""
    from summit_tui.corpus.forum_thread import forum_parts
    from summit_tui.corpus.media_gates import may_be_forum, may_be_podcast, may_be_social
    from summit_tui.corpus.podcast_notes import podcast_parts
    from summit_tui.corpus.social_thread import social_parts

    if may_be_podcast(body) and podcast_parts(body) == []:
        return (
            "it is a podcast episode none of whose chapters names a talk",
            "left unsorted as about no talk; a chapter naming a speaker or a kind of talk "
            "(`04:12 Name: Title`, `18:40 The opening keynote`) makes its part of the "
            "transcript that talk",
        )
    if may_be_forum(body) and forum_parts(body) == []:
        return (
            "it is a forum thread none of whose top-level comments names a talk",
            "left unsorted as about no talk; a comment naming a speaker and a talk (`Name's "
            'talk "Title"`, `the Title talk (Name)`) makes it and its replies that talk',
        )
    if may_be_social(body) and social_parts(body) == []:
        return (
            "it is a thread none of whose posts names a talk",
            'left unsorted as about no talk; a post naming a talk (`Keynote: "Title" by '
            "Name`, `Next: Name, topic`) opens that talk",
        )
    return None
