"""An expo diary's day written as bullets, one per thing seen: a talk as a bold slot
(``- **Main Stage 09:30 — Opening keynote, Name, "Title"**: notes``, ``- **AI Stage 14:00 —
Name, topic**: notes``), a booth as its place then its bold name (``- Hall 9, stand H9-A30 —
**SkyDrop** (drone delivery). notes``), and bullets about neither (``- Evening: client
dinner``)."""

from __future__ import annotations

from dataclasses import dataclass

from summit_tui.corpus.heading_kinds import generic_heading
from summit_tui.corpus.names import split_title
from summit_tui.corpus.speakers import label_person
from summit_tui.lazy_re import lazy

# a top-level bullet, its text after the mark
_BULLET = lazy(r"^[-*+][ \t]+(?P<text>\S.*)$")
# a bullet opening with a bold part, then a colon, a dash or the notes
_BOLD_LEAD = lazy(r"^\*\*(?P<bold>[^*]{3,200})\*\*\s*(?P<after>[:：—–-]|$|\S)")
# where and when before the talk: "Main Stage 09:30 — ", "AI Stage (Hall 2) 2:00pm – ",
# "10:00 " (the time alone, the talk right after it)
_SLOT = lazy(
    r"^(?:(?P<place>[^—–]{0,60}?)\s+)?(?P<time>\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"\s*[—–:|-]\s*(?P<rest>[^\d\s—–:|-].*)$"
    # the time alone before the talk: "10:00 Opening keynote, Name"
    r"|^(?P<time2>\d{1,2}[:h]\d{2}(?:\s*[ap]\.?m\.?)?)\s+(?P<rest2>[^\W\d_].*)$",
)
# a booth bullet: its place ("Hall 9, stand H9-A30", "부스 B-12", "Stand 5B12") then its
# bold name
_BOOTH = lazy(
    r"^(?P<place>[^*]{0,60}?\b(?i:stand|booth|hall|halle|pabellón|pavilion|부스|전시관)\b[^*]{0,40}?)"
    r"\s*[—–:,-]\s*\*\*(?P<name>[^*]{2,60})\*\*"
)
_QUOTED = lazy(r"[\"“«「](?P<title>[^\"”»」]{3,160})[\"”»」]")


@dataclass(frozen=True)
class DiaryBullet:
    """One top-level bullet: lines ``start``..``end`` (end exclusive); ``kind`` "talk",
    "booth" or "" (neither), with the talk's or booth's title and the talk's speaker."""

    start: int
    end: int
    kind: str
    title: str
    speaker: str


def diary_bullets(lines: list[str], start: int, end: int) -> list[DiaryBullet]:
    """The bullets of lines ``start``..``end`` when one of them at least is a talk or a booth
    in an expo diary's way (a bold slot with its time, a place then a bold name); else none."""
    opened: list[int] = []
    for number in range(start, end):
        line = lines[number]
        if line[:1] in "-*+" and _BULLET.match(line):
            opened.append(number)
    if not opened:
        return []
    found: list[DiaryBullet] = []
    for index, number in enumerate(opened):
        stop = opened[index + 1] if index + 1 < len(opened) else end
        text = _BULLET.match(lines[number])["text"]  # type: ignore[index]
        kind, title, speaker = _read(text)
        found.append(DiaryBullet(number, stop, kind, title, speaker))
    if not any(bullet.kind for bullet in found):
        return []
    return found


def _read(text: str) -> tuple[str, str, str]:
    if "**" not in text:
        return "", "", ""
    lead = _BOLD_LEAD.match(text)
    if lead is not None:
        slot = _SLOT.match(lead["bold"].strip())
        if slot is not None:
            title, speaker = _talk((slot["rest"] or slot["rest2"]).strip(" ,"))
            if not title or (not speaker and generic_heading(title)):
                return "", "", ""  # "12:30 Lunch", "18:00 — Party": no talk
            return "talk", title, speaker
        return "", "", ""
    booth = _BOOTH.match(text)
    if booth is not None:
        return "booth", booth["name"].strip(), ""
    return "", "", ""


def _talk(rest: str) -> tuple[str, str]:
    """(title, speaker) of what a slot names: 'Opening keynote, Name, "Title"', 'Name,
    topic', 'Title, Name' or the title alone."""
    quoted = _QUOTED.search(rest)
    parts = [p.strip() for p in (rest[: quoted.start()] if quoted else rest).split(",")]
    parts = [p for p in parts if p]
    # a part that is a name and little else ("Dr. Layla Al-Mansouri" is Layla Al-Mansouri)
    people = [(p, name) for p in parts if (name := label_person(p)) and len(name) + 5 >= len(p)]
    part, speaker = people[0] if len(people) == 1 else ("", "")
    if quoted is not None:
        return quoted["title"].strip(), speaker
    if rest.endswith((")", "）")) and (named := split_title(rest))[2]:
        return named[0], named[2]  # "Opening keynote (Dr. Ana Silva)"
    if speaker and len(parts) >= 2:
        return ", ".join(p for p in parts if p != part), speaker
    return rest, ""
