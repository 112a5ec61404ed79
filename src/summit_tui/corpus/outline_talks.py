"""Talks written as blocks of an outliner's page (Roam Research, Logseq, Workflowy), as headings.

An outliner's daily page is one nested list: errands and to-dos beside a block naming the
event (``- [[EuroPython 2024]] day 1``), and under it a block per talk whose child blocks
are the points:

    - [[EuroPython 2024]]
        - **Rust for Pythonistas** — [[Ana Lima]]
            - PyO3 + maturin, no C
        - Typing at scale by [[Jonas Berg]]
            - ...

Such a talk block is what a heading is in other notes, so it is read as one: a block with
child blocks whose text names a talk and its speaker (a bold title, alone or before a dash,
brackets or "by" and a name; a title before a dash, brackets or "by" and a linked name).
Its heading reads ``Title — Speaker``, which the segmenter already understands; errands,
to-dos, properties (``speaker:: [[X]]``) and blocks without children are never headings,
and nothing inside a talk block is read again as a talk. A block naming a session by its kind
(``- Opening ceremony 17:00, main hall``, ``- 폐막식``) is one too, and so is a speaker then a
quoted title (``- keynote [[Ana Lima]] — "Small and finished"``). A hackathon's demos sit as
plain child blocks of a block naming the finals or pitches (``- Finals, main stage``): each child
naming a demo (``Team — Project: …``, ``our demo: [[Project]]``) is a talk, up to the next one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from summit_tui.corpus.speaker_labels import label_alternation
from summit_tui.lazy_re import lazy

# A linked name: a person's page ("[[Ana Lima]]"), never a date's or an event's (no digits).
_LINKED = r"\[\[[^\[\]\d\n]{2,60}\]\]"
# A written name: "Ana Lima", "Jean-Luc O'Neil", "김민지", "김민지님".
_WRITTEN = r"(?:[A-ZÀ-Þ][\w.'’-]+(?:[ \t]+[A-ZÀ-Þ][\w.'’-]+){1,3}|[가-힣]{2,4}(?:[ \t]*님)?)"
_NAME = rf"(?:{_LINKED}|{_WRITTEN})"
_NAMES = rf"{_NAME}(?:[ \t]*(?:,|&|\+|/|and|und|et|y|와|과)[ \t]*{_NAME}){{0,4}}"
_LINKED_NAMES = rf"{_LINKED}(?:[ \t]*(?:,|&|\+|/|and|und|et|y|와|과)[ \t]*{_NAME}){{0,4}}"
# The speakers after a bold title: "— Name", "- [[Name]]", "(Name)", "by Name", ": Name"
_AFTER_BOLD = lazy(
    rf"^[ \t]*(?:[—–-]|by|von|par|di|por|door|:)[ \t]+(?P<who>{_NAMES})[ \t]*$"
    rf"|^[ \t]*[(（](?P<paren>{_NAMES})[)）][ \t]*$"
)
_BOLD = lazy(r"^(\*\*|__)(?P<title>[^*_\n]{2,200}?)\1(?P<rest>.*)$")
# A plain title, then its linked speakers: "Title — [[Name]]", "Title by [[Name]]",
# "Title ([[Name]])"
# A speaker's role after the name: "(mentor)", "(host)", "(Ruokaketju)"
_ROLE = r"(?:[ \t]*[(（][^()（）\[\]\n]{1,40}[)）])?"
_PLAIN = lazy(
    rf"^(?P<title>[^\[\]\n]{{3,200}}?)[ \t]+(?:[—–-]|by|von|par|di|por|door)[ \t]+"
    rf"(?P<who>{_LINKED_NAMES}){_ROLE}[ \t]*$"
    rf"|^(?P<ptitle>[^\[\]\n]{{3,200}}?)[ \t]*[(（](?P<paren>{_LINKED_NAMES})[)）][ \t]*$"
)
# The speaker first, then the quoted title: "keynote [[Ana Lima]] — "Build the boring thing""
_NAME_FIRST = lazy(
    rf"^(?i:(?:opening[ \t]+|closing[ \t]+)?(?:keynote|talk|session|workshop|panel|charla|taller"
    rf"|vortrag|conférence|키노트|발표|세션|講演|基調講演))[ \t]*:?[ \t]+"
    rf"(?P<who>{_LINKED_NAMES}){_ROLE}[ \t]*(?:[—–:-][ \t]*)?"
    r"(?P<title>[\"“«„「『][^\"”»“」』\n]{3,200}[\"”»“」』])[ \t]*$"
)
# A block naming a session of the event by its kind alone, then its time or room:
# "Opening ceremony 17:00, main hall", "Closing ceremony", "Keynote, Hall A", "Ceremonia de
# clausura 16:00", "開会式", "폐막식 16:00"
_SESSION_KIND = lazy(
    r"^(?P<kind>(?:opening|closing|award|awards)\s+(?:ceremony|ceremonies|keynote|session|remarks)"
    r"|(?:opening\s+|closing\s+)?keynote|fireside\s+chat|lightning\s+talks|panel\s+discussion"
    r"|award\s+ceremony|prize\s+giving|cérémonie\s+d['’](?:ouverture|clôture)"
    r"|ceremonia\s+de\s+(?:apertura|clausura)|eröffnungsfeier|abschlussfeier|preisverleihung"
    r"|개막식|폐막식|시상식|기조\s*연설|키노트|開会式|閉会式|表彰式|基調講演|オープニング|クロージング)"
    r"(?:[ \t]*[,:@|–—-]?[ \t]*\d{1,2}[:.h]\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[:.h]\d{2})?)?"
    r"(?:[ \t]*[,@|–—-][ \t]*[^\W\d][\w .'’-]{0,40})?[ \t]*$",
    re.IGNORECASE,
)
# "speaker:: [[Ana Lima]]", "speakers:: [[A]], [[B]]", "발표자:: 김민지": a talk block's property
# line or first child
_SPEAKER_PROPERTY = lazy(
    rf"^(?:{label_alternation()}|by)::[ \t]*(?P<who>\S.{{0,200}})$",
    re.IGNORECASE,
)
# "10:30 ", "10:30 - ", "9.15 | " before a talk block's title
_TIME = lazy(r"^(?P<time>\d{1,2}[:.h]\d{2})[ \t]*(?:[-–—|][ \t]*)?(?=\S)")
# "#talk", "#[[keynote]]" tagging a block as a talk
_TALK_TAG = lazy(
    r"[ \t]*#(?:\[\[)?(?:talk|session|keynote|vortrag|conférence|charla|발표|세션|키노트)(?:\]\])?"
    r"(?=\s|$)",
    re.IGNORECASE,
)
# A block holding the event's demos or pitches: "Finals, main stage 13:00", "Demo day",
# "Pitches", "決勝", "본선 발표"
DEMOS = lazy(
    r"^(?:the[ \t]+)?(?:(?:grand[ \t]+)?finals?|final[ \t]+(?:round|pitches|demos)|demos?"
    r"(?:[ \t]+(?:day|session|time))?|project[ \t]+demos|pitch(?:es|ing)?(?:[ \t]+session)?"
    r"|showcase|la[ \t]+final|demostraciones|finale|demo-?tag|決勝|デモ|本選|결선|본선|데모\s*데이)"
    r"(?![\w])[^\n]{0,40}$",
    re.IGNORECASE,
)
# A demo in such a block: "Team Onigiri — MottaiNai: camera over the bin", "our demo: [[Routa]]
# — forecast per stop", "Pitch: Lazarillo"
_DEMO = lazy(
    r"^(?i:(?:our|their|my|the|unsere?|nuestra|notre)[ \t]+)?(?i:demo|pitch|project|projekt"
    r"|proyecto|projet)[ \t]*:[ \t]*"
    r"(?P<project>(?:\[\[[^\[\]\n]{2,60}\]\]|[^\W\d][^—–:,.\n]{1,40}))"
    r"|^(?P<team>[^\W\d][^—–:\[\]\n]{1,40}?)[ \t]+[—–][ \t]+(?P<name>[^\W\d][^—–:\[\]\n]{1,40}?)"
    r"[ \t]*(?::|$)"
)
_JOINER = lazy(r"[ \t]*(?:,|&|\+|/|\band\b|\bund\b|\bet\b|\by\b)[ \t]*")
# What opens a block that is never a talk: a to-do, a tag, a quote, a property
_NOT_TALK = ("TODO", "DONE", "LATER", "NOW", "WAITING", "CANCELED", "CANCELLED", "#", ">", "{{")
_MAX_ITEMS = 5000  # a page longer than this is read as it is written, without talk blocks


def _is_outline(body: str) -> bool:
    """A page written as one nested list (after Logseq's ``key:: value`` page properties)."""
    start = 0
    while True:  # at most one pass over the property lines at the top
        while body.startswith("\n", start):
            start += 1
        if body.startswith(("- ", "* "), start):
            break
        end = body.find("\n", start)
        line = body[start:] if end < 0 else body[start:end]
        if "::" not in line or end < 0:
            return False
        start = end + 1
    return "\n\t" in body or "\n  " in body  # nested blocks


def _speakers(who: str) -> str:
    names = [" ".join(part.strip().strip("[]").split()) for part in _JOINER.split(who)]
    return ", ".join(name for name in names if name)


def _unlinked(text: str) -> str:
    return " ".join(text.replace("[[", "").replace("]]", "").replace("**", "").split())


def talk_heading_text(text: str, first_child: str = "") -> str | None:
    """The heading a talk block's text makes (``Title — Speaker``), or None for any other block.

    ``first_child`` is its first child block's text: a ``speaker:: [[Name]]`` property there
    makes the block a talk whatever its text."""
    if "::" in text or text.startswith(_NOT_TALK):
        return None
    if "::" in first_child and (prop := _SPEAKER_PROPERTY.match(first_child)) is not None:
        return f"{_unlinked(text)} — {_speakers(prop['who'])}"
    if text[:1].isdigit() and (time := _TIME.match(text)) is not None:
        rest = talk_heading_text(text[time.end() :])
        return f"{time['time']} {rest}" if rest else None
    if "#" in text and (tagged := _TALK_TAG.search(text)) is not None:
        title = _unlinked(text[: tagged.start()] + text[tagged.end() :])
        return talk_heading_text(title) or title or None
    if text.startswith(("**", "__")):
        bold = _BOLD.match(text)
        if bold is None:
            return None
        title = _unlinked(bold["title"])
        rest = bold["rest"].strip()
        if not rest:
            return title or None
        after = _AFTER_BOLD.match(rest)
        if after is None:
            return None
        return f"{title} — {_speakers(after['who'] or after['paren'])}"
    if (session := _SESSION_KIND.match(text)) is not None:
        kind = session["kind"]
        return kind[:1].upper() + kind[1:]
    if "[[" not in text:
        return None
    plain = _PLAIN.match(text)
    if plain is None:
        first = _NAME_FIRST.match(text)
        if first is None:
            return None
        return f"{_unlinked(first['title'][1:-1])} — {_speakers(first['who'])}"
    title = _unlinked(plain["title"] or plain["ptitle"])
    return f"{title} — {_speakers(plain['who'] or plain['paren'])}"


class TalkBlock(NamedTuple):
    """A talk block as a heading: its line (in the body, 0-based), level and text, and the
    line its block ends before (0: the page's end): the errands after it are no part of it."""

    start: int
    level: int
    text: str
    end: int = 0


def _demo_title(text: str) -> str | None:
    """The title a demo block makes (``Team — Project`` or the project), or None."""
    demo = _DEMO.match(text)
    if demo is None:
        return None
    if demo["project"]:
        return _unlinked(demo["project"]).strip() or None
    return f"{demo['name'].strip()} — {demo['team'].strip()}"


def _demo_blocks(
    items: list[tuple[int, int, str]], index: int, end: int, level: int
) -> list[TalkBlock]:
    """The demos among the child blocks of the demos block ``items[index]`` (that block ends at
    line ``end``, 0: the page's end): each runs to the next demo, the blocks between being
    what was said of it; fewer than two demos make no list of demos."""
    indent = items[index][1]
    child = items[index + 1][1]
    demos: list[tuple[int, str]] = []
    for number, own, text in items[index + 1 :]:
        if own <= indent:
            break
        if own == child and (title := _demo_title(text)) is not None:
            demos.append((number, title))
    if len(demos) < 2:
        return []
    ends = [number for number, _ in demos[1:]] + [end]
    return [
        TalkBlock(number, level, title, stop)
        for (number, title), stop in zip(demos, ends, strict=True)
    ]


def outline_talk_headings(body: str) -> list[TalkBlock]:
    """The talk blocks of an outliner's page as headings (none for any other note)."""
    if not _is_outline(body):
        return []
    items: list[tuple[int, int, str]] = []  # (line, indent, text) of every block
    lines = body.split("\n")
    other = 0
    props: dict[int, str] = {}  # a block's number (from 1) → its speaker property line
    for number, line in enumerate(lines):
        text = line.lstrip(" \t")
        if not text:
            continue
        if text.startswith(("- ", "* ")):
            indent = len(line[: len(line) - len(text)].expandtabs(4))
            items.append((number, indent, text[2:].strip()))
            if len(items) > _MAX_ITEMS:
                return []
        elif "::" not in text:
            other += 1
        elif items and _SPEAKER_PROPERTY.match(text.strip()):
            # a Logseq block's property line under its text: "  speaker:: [[X]]"
            props.setdefault(len(items), text.strip())
    if other * 2 > len(items):  # mostly prose: not an outline
        return []
    headings: list[TalkBlock] = []
    depths: list[int] = []  # indents of the open ancestors
    inside = -1  # the indent of the talk block being read (-1: none)
    for index, (number, indent, text) in enumerate(items):
        while depths and depths[-1] >= indent:
            depths.pop()
        depth = len(depths)
        depths.append(indent)
        if inside >= 0:
            if indent > inside:
                continue
            inside = -1
        has_children = index + 1 < len(items) and items[index + 1][1] > indent
        if not has_children:
            continue
        heading = talk_heading_text(text, props.get(index + 1) or items[index + 1][2])
        if heading:
            after = next((item[0] for item in items[index + 1 :] if item[1] <= indent), 0)
            headings.append(TalkBlock(number, min(6, 2 + depth), heading, after))
            inside = indent
        elif DEMOS.match(text) is not None:
            after = next((item[0] for item in items[index + 1 :] if item[1] <= indent), 0)
            demos = _demo_blocks(items, index, after, min(6, 3 + depth))
            headings.extend(demos)
            inside = indent if demos else -1
    return headings


# An item of a note's list: "- ", "* ", "+ ", "1. " or "1) ", then its text
_LIST_ITEM = lazy(r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,2}[.)])[ \t]+(?P<text>\S.*)$")


def list_talk_headings(body: str) -> list[TalkBlock]:
    """The talks of a note written as a title and one list of them: each a top-level item
    giving a bold title and its speaker, its notes the items nested under it
    ("1. **Async without pain** — Léa Martin" over "   - TaskGroup > gather"). Two such
    items at least, and most of the list's items with nested notes; a list of takeaways
    ("- **Key point** — why", a bold title with no speaker) is no list of talks. Each talk
    ends at the next top-level item, or at the first unindented line after the list."""
    lines = body.split("\n")
    items: list[tuple[int, int, str]] = []  # (line, indent, text)
    for number, line in enumerate(lines):
        if line[:1] in " \t-*+0123456789" and (item := _LIST_ITEM.match(line)) is not None:
            items.append((number, len(item["indent"].expandtabs(4)), item["text"].strip()))
            if len(items) > _MAX_ITEMS:
                return []
    if len(items) < 4:
        return []
    top = min(indent for _, indent, _ in items)
    talks: list[tuple[int, str]] = []
    parents = 0
    for index, (number, indent, text) in enumerate(items):
        if indent != top or index + 1 == len(items) or items[index + 1][1] <= indent:
            continue
        parents += 1
        if not text.startswith(("**", "__")) or (bold := _BOLD.match(text)) is None:
            continue
        after = _AFTER_BOLD.match(bold["rest"])
        title = _unlinked(bold["title"])
        if after is not None and title:
            talks.append((number, f"{title} — {_speakers(after['who'] or after['paren'])}"))
    if len(talks) < 2 or len(talks) * 2 <= parents:
        return []
    starts = [number for number, indent, _ in items if indent == top]
    found: list[TalkBlock] = []
    for number, heading in talks:
        end = next((s for s in starts if s > number), 0)
        for at in range(number + 1, end or len(lines)):
            line = lines[at]
            if line.strip() and line[:1] not in " \t" and _LIST_ITEM.match(line) is None:
                end = at  # prose after the list: no part of its last talk
                break
        found.append(TalkBlock(number, 2, heading, end))
    return found
