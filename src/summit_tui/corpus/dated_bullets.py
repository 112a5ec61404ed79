"""Talks written as bullets that each open with their own day, in a list sorted by something else.

A note planned by building or room lists each talk as one bullet, its day and time first, and
the points under it as child bullets:

    ## Ballroom D (Convention Center)
    - **Sat 3/9 10:00 — The Trust Recession — Dana Whitfield**
        - "trust recession": institutions down, individuals up
    - **Tue 3/12 10:00 — Cities That Listen — Rafael Dominguez**
    ## JW Marriott, Salon 5
    - Sat 3/9 2:30pm: Designing Quiet Interfaces (Tomás Ferreira)
        - default state = silence

Each such bullet is a talk on the day it names, and is read as a heading ``Title — Speaker``
(one level under the section it sits in) with that day; the section is the talk's room, neither
a day nor a talk. A bullet counts only when it opens with a real date (a weekday alone, or a
number that is no date, is not enough), then a title, and either is bold or has points under it;
a note needs two of them, most naming their speaker (a to-do list, a shopping list or a work log
with dated lines names none, or a shop in brackets now and then).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, NamedTuple

from summit_tui.corpus.dates import month_and_weekday_names
from summit_tui.lazy_re import lazy

if TYPE_CHECKING:
    from summit_tui.corpus.blocks import BlockList

# the day first: an optional weekday, a date (3/9, 9.3., 2024-03-09, 9 March, March 9, and a
# weekday in brackets after it), an optional time ("10:00", "2:30pm", "4pm", "14h", "at 3pm"),
# then a dash, a bar or a colon and the talk
_DATED = lazy(
    r"^(?P<day>(?:[^\W\d_]{2,13}\.?,?\s+)?"
    r"(?:\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.?|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:\s*[(（][^()（）]{1,12}[)）])?)"
    r"(?:,?\s+(?:at\s+|um\s+|à\s+|às\s+|a\s+las\s+|kl\.?\s+|klo\s+)?"
    r"(?P<time>\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|h|uhr)?))?"
    r"\s*(?:[—–|:]|\s-)\s*(?P<rest>\S.{2,})$",
    flags=0,
)
# what a bullet may open with for _DATED to match it: a digit or a letter, bold or not
_BOLD = lazy(r"^\*\*(?P<inner>[^*\n]{6,240})\*\*")
_MIN_TALKS = 2
# the last dash of a title, before what names its speaker
_LAST_DASH = lazy(r"\s+[—–-]\s+(?!.*\s[—–-]\s)")


# short weekdays of Spanish and Portuguese that the calendar's tables leave out ("Sáb 9/3")
_SHORT_DAYS = frozenset(
    {"sáb", "sab", "dom", "lun", "mié", "mie", "jue", "vie", "seg", "ter", "qua", "qui", "sex"}
    | {"segunda", "terça", "terca", "quarta", "quinta", "sexta"}
)


@functools.cache
def _day_words() -> frozenset[str]:
    """The words a bullet opening with its day may open with: a month's or a weekday's name."""
    return month_and_weekday_names() | _SHORT_DAYS


def _first_word(text: str) -> str:
    return text.split(None, 1)[0].rstrip(".,:").lower() if text else ""


class DatedBullet(NamedTuple):
    start: int  # the bullet's first line (0-based, in the body)
    end: int  # the line after its last
    text: str  # "Title — Speaker", as a heading would write it
    day: str  # the day its heading gives ("--03-09", "2024-03-09")


def dated_bullets(lists: list[BlockList]) -> list[DatedBullet]:
    """The talks a note writes as dated bullets (see the module's text), in order; none
    unless there are two at least and one names its speaker."""
    candidates: list[tuple[int, int, str, str]] = []
    for block in lists:
        for bullet in block.bullets:
            inline = bullet.inline
            if inline is None:
                continue
            content = inline.content
            head = content[:1]
            bold = head == "*" and content[:2] == "**"
            if not (bold or head.isdecimal() or head.isalpha()):
                continue
            if not bold and bullet.end - bullet.start < 2:
                continue  # a plain line without points under it: a diary's or a to-do's
            if bold:
                found = _BOLD.match(content)
                if found is None:
                    continue
                text = found["inner"].strip()
            else:
                text = content.split("\n", 1)[0].strip()
            if not text[:1].isdecimal() and _first_word(text) not in _day_words():
                continue  # most bullets: no date first, told by one look-up
            dated = _DATED.match(text)
            if dated is None:
                continue
            candidates.append((bullet.start, bullet.end, dated["day"], dated["rest"].strip()))
    if len(candidates) < _MIN_TALKS:
        return []
    # imported here: most notes have no dated bullet, and need none of it
    from summit_tui.corpus.heading_kinds import day_heading, speaker_in_heading
    from summit_tui.corpus.speakers import moderator

    found: list[DatedBullet] = []
    named = 0
    for start, end, day_text, rest in candidates:
        day = day_heading(day_text)
        if day is None or not (day[:1].isdecimal() or day[:2] == "--"):
            continue  # "Room 3/4: …", "Sat 3: …": no date
        if speaker_in_heading(rest):
            named += 1
        elif (cut := _LAST_DASH.search(rest)) and (name := moderator(rest[cut.end() :])):
            # "Who Owns the Prompt? — panel, mod. Leah Morgan": the panel's moderator
            rest = f"{rest[: cut.start()]} — {name}"
            named += 1
        found.append(DatedBullet(start, end, rest, day))
    if len(found) < _MIN_TALKS or named * 2 <= len(found):
        return []  # most talks name their speaker; a list whose lines mostly do not is no program
    return found
