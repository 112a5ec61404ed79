"""A recap written as prose, a section per day: a newsletter's or blog's "day by day" story of an
event (``## Friday 8 November: the opening``, ``## Sábado 9 de noviembre``, ``## Day 2``) whose
talks are paragraphs, not headings:

    ## Viernes 8 de noviembre: la apertura
    Llegamos a las cuatro, ya de noche.

    La keynote fue de **Laura Virtanen**: construid la cosa aburrida.

    - **Charla junto al fuego** con Emilia Koskinen y Jonas Berg. Tres pivotes…

A paragraph, a list item, or a sentence line of a paragraph written a line per sentence, is a
talk when it names a session by its kind (a keynote, a workshop, a challenge presented, a demo
seen) beside a person, a bold name or a quoted title, or names the opening or closing ceremony;
it runs on over the lines after it that name none, up to the end of its paragraph. Everything
else (getting there, dinner, the idea the team had) is the day's own text, about no talk. A
talk is on the day its section names.

``recap_parts`` gives those parts, or None when the note is not such a recap: fewer than two
sections that name a day, a day section with headings of its own or days written mostly as
lists (the segmenter reads those), or fewer than two talks found.
"""

from __future__ import annotations

import re

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.dates import find_dates
from summit_tui.corpus.heading_kinds import day_heading
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

# A heading line (read by ``_heading``, as this pattern reads a line that opens with "#")
_LIST_ITEM = lazy(r"^(?:[-*+]|\d{1,2}[.)])[ \t]+")
# What a session is called, in the languages recaps are written in
_KIND = lazy(
    r"(?i:\b(?:keynotes?|talks?|charlas?|talleres|taller|workshops?|ponencias?|conferencias?"
    r"|panels?|fireside|masterclass|sessions?|sesi[oó]n(?:es)?|vortr[aä]ge?|ateliers?|palestras?"
    r"|interventos?|conférences?|pitch(?:es)?|demos?|keynote)\b)"
    r"|講演|基調講演|ワークショップ|セッション|発表|デモ|발표|세션|키노트|강연|워크숍|데모"
)
# The opening or closing of the event, a session every attendee's recap names
_CEREMONY = lazy(
    r"(?i:\b(?:opening|closing|award|awards)[ \t]+(?:ceremony|ceremonies|keynote|session)"
    r"|\bceremonia[ \t]+de[ \t]+(?:apertura|clausura|inauguraci[oó]n|premios)"
    r"|\b(?:la|en[ \t]+la)[ \t]+(?:clausura|inauguraci[oó]n)\b"
    r"|\bcérémonie[ \t]+d['’](?:ouverture|clôture)|\b(?:eröffnungsfeier|abschlussfeier"
    r"|preisverleihung)\b)|開会式|閉会式|表彰式|개막식|폐막식|시상식"
)
# "presented", as a recap says a company presented its challenge or a team its project
_PRESENTED = lazy(
    r"(?i:\b(?:presented|pitched|presentó|presentaron|presentou|präsentierte[n]?"
    r"|a[ \t]+présenté|ha[ \t]+presentato)\b)"
)
# "Our demo:", "Nuestra demo:": the writer's own team on stage
_OWN = lazy(
    r"^(?i:(?:our|my|nuestra|nuestro|mi|notre|unsere?|la[ \t]+nostra|nossa)[ \t]+"
    r"(?:demo|pitch|talk|charla|presentación|présentation|vortrag|apresentação))[ \t]*:"
)
_BOLD = lazy(r"\*\*([^*\n]{2,80}?)\*\*")
_QUOTED = lazy(r"[«“\"„「『]([^«»“”\"„「」『』\n]{3,120})[»”\"“」』]")
# A person after a preposition or in brackets: "fue de Laura Virtanen", "(Oskari Laine)",
# "con Emilia Koskinen y Jonas Berg", "by Ana Lima"
_PERSON = lazy(
    r"(?:\b(?:de|by|von|par|con|with|mit|avec|por|que[ \t]+presentó|presented[ \t]+by)[ \t]+|[(（])"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,2})"
    r"(?:[ \t]+(?:y|and|und|et|e)[ \t]+(?P<other>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,2}))?"
)
_SENTENCE_END = (".", "!", "?", "…", ")", "»", "”", '"', "。", "！", "？")
_SCAN = 600  # characters of a paragraph read for what it names
_MAX_LINES = 20_000  # a longer note is read as it is written


def _day_of(heading: str) -> str | None:
    """The day a section's heading names ("--11-08", "day:2"), or None."""
    day = day_heading(heading)
    if day is not None:
        return day
    dates = find_dates(heading)
    if dates and dates[0].offset <= 14:  # "Sábado 9 de noviembre: talleres y café"
        return dates[0].partial()
    return None


def _named(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a block names, or None."""
    from summit_tui.corpus.names import looks_like_name

    text = text[:_SCAN]
    first = re.split(r"(?<=[.!?。])\s+", text, maxsplit=1)[0]
    if (ceremony := _CEREMONY.search(first)) is not None:
        found = ceremony.group(0).strip()
        found = re.sub(r"(?i)^(?:en[ \t]+)?la[ \t]+", "", found)
        return found[:1].upper() + found[1:], ()
    if (own := _OWN.match(text)) is not None:
        return own.group(0).rstrip(": \t"), ()
    kind = _KIND.search(text)
    presented = _PRESENTED.search(text)
    if kind is None and presented is None:
        return None
    people: list[str] = []
    for person in _PERSON.finditer(text):
        people.extend(name for name in (person["name"], person["other"]) if name)
    bold = [b.strip() for b in _BOLD.findall(text)]
    # a quoted title is the bold one or the first sentence's: a saying quoted later is not
    quoted = next(
        (q for b in bold if (q := _QUOTED.search(b)) is not None), None
    ) or _QUOTED.search(first)
    named = [b for b in bold if looks_like_name(b) and _QUOTED.search(b) is None]
    things = [b for b in bold if b not in named]
    if not things and named and any(person not in named for person in people):
        # "**Nordic Transit Lab**, que presentó Mikko Salo": the bold one is what was presented
        things, named = named[:1], named[1:]
    speakers = tuple(dict.fromkeys([*named, *people]))
    if quoted is not None:
        title = quoted.group(1).strip()
    elif presented is not None and things:
        # "**Team** presentó **Project**": the project, by the team
        after = [b for b in things if text.find(f"**{b}**") > presented.start()]
        title = (after or things)[-1]
        before = [b for b in things if b != title and text.find(f"**{b}**") < presented.start()]
        speakers = tuple(dict.fromkeys([*before, *speakers]))
    elif things:
        title = things[0]
    elif speakers and kind is not None:
        title = kind.group(0)
        title = title[:1].upper() + title[1:]
    else:
        return None
    if not speakers and quoted is None and kind is None:
        return None
    return title, speakers


def _blocks(lines: list[str], start: int, end: int) -> list[tuple[int, int, bool]]:
    """The blocks of lines ``start``..``end``: (first line, end line, opens a paragraph);
    a list item is a block, and so is each line of a paragraph written a sentence a line."""
    blocks: list[tuple[int, int, bool]] = []
    number = start
    while number < end:
        if not lines[number].strip():
            number += 1
            continue
        opened = True
        first = number
        number += 1
        while number < end and lines[number].strip():
            line = lines[number].strip()
            previous = lines[number - 1].rstrip()
            if _LIST_ITEM.match(line) or (
                previous.endswith(_SENTENCE_END) and (line[:1].isupper() or line.startswith("**"))
            ):
                blocks.append((first, number, opened))
                first, opened = number, False
            number += 1
        blocks.append((first, number, opened))
    return blocks


def _headings(lines: list[str], body: str, *, fenced: bool = True) -> list[tuple[int, int, str]]:
    """(line, level, text) of each heading outside a fenced block. ``body``: the text whose
    lines ``lines`` are (an anchor's line may be blanked in them, which opens no heading).
    ``fenced=False``: every line that reads as a heading, in a fenced block or not."""
    headings: list[tuple[int, int, str]] = []
    if fenced and ("```" in body or "~~~" in body):
        inside = False
        for number, line in enumerate(lines):
            if line.lstrip().startswith(("```", "~~~")):
                inside = not inside
            elif not inside and line.startswith("#") and (found := _heading(line)) is not None:
                headings.append((number, *found))
        return headings
    # the lines that open with "#", found by their line break (a loop over every line costs
    # more than the few that are headings)
    number = counted = 0
    at = 0 if body[:1] == "#" else body.find("\n#") + 1
    while at or body[:1] == "#":  # at: where a line opening with "#" starts
        number += body.count("\n", counted, at)
        counted = at
        end = body.find("\n", at)
        if (found := _heading(body[at:end] if end != -1 else body[at:])) is not None:
            headings.append((number, *found))
        at = body.find("\n#", end) + 1 if end != -1 else 0
        if not at:
            break
    return headings


def _heading(line: str) -> tuple[int, str] | None:
    """(level, text) of a line opening with "#" when it is a heading: one to six marks, a
    space or tab, the text without the closing marks. Read without a pattern (``^(#{1,6})[
    \t]+(.*?)[ \t#]*$``, whose lazy text tries the closing marks at every character)."""
    marks = len(line) - len(line.lstrip("#"))
    if marks > 6 or line[marks : marks + 1] not in (" ", "\t"):
        return None
    return marks, line[marks:].lstrip(" \t").rstrip(" \t#")


def recap_parts(lines: list[str], body: str | None = None) -> list[ChatPart] | None:
    """The talks of a day-by-day prose recap (see the module's docstring), or None.
    ``body``: the text of ``lines``, where the caller has it."""
    if len(lines) > _MAX_LINES:
        return None
    if body is None:
        body = "\n".join(lines)
    # the headings in fenced blocks too first: most notes have fewer than two days even so,
    # and are passed over without looking for a fence
    days = [(n, level, _day_of(text)) for n, level, text in _headings(lines, body, fenced=False)]
    if sum(1 for _, _, day in days if day is not None) < 2:
        return None
    if "```" in body or "~~~" in body:
        days = [(n, level, _day_of(text)) for n, level, text in _headings(lines, body)]
        if sum(1 for _, _, day in days if day is not None) < 2:
            return None
    parts: list[ChatPart] = []
    listed = written = 0  # the day sections' lines in lists, and all of them
    for index, (number, level, day) in enumerate(days):
        following = days[index + 1 :]
        end = following[0][0] if following else len(lines)
        if day is None:
            continue
        if following and following[0][1] > level:
            return None  # a day with headings of its own: the segmenter reads those
        talk: ChatPart | None = None
        for line in lines[number + 1 : end]:
            if line.strip():
                written += 1
                listed += _LIST_ITEM.match(line.lstrip()) is not None
        for first, stop, opens in _blocks(lines, number + 1, end):
            block = " ".join(line.strip() for line in lines[first:stop])
            found = _named(_LIST_ITEM.sub("", block, count=1))
            if found is not None:
                if talk is not None:
                    parts.append(talk)
                title, speakers = found
                talk = ChatPart(EntryKind.SESSION, title, title, speakers, first, stop, day, None)
            elif talk is not None and not opens:
                talk = ChatPart(talk.kind, talk.title, talk.topic, talk.speakers, talk.start,
                                stop, day, None)  # fmt: skip
            elif talk is not None:
                parts.append(talk)
                talk = None
        if talk is not None:
            parts.append(talk)
    if listed * 2 >= written:
        return None  # days written as lists: a diary's bullets, which the segmenter reads
    return parts if len(parts) >= 2 else None


def counts_several_days(body: str) -> bool:
    """Whether a note's headings count two of its event's days or more ("## Day 1" … "## Tag
    2"): a recap of several days, none of which is the day the note was posted."""
    if "#" not in body:
        return False
    counted: set[str] = set()
    for _, _, text in _headings([], body, fenced=False):
        hint = day_heading(text)
        if hint is not None and hint.startswith("day:"):
            counted.add(hint[4:].partition(":")[0])
            if len(counted) > 1:
                return True
    return False
