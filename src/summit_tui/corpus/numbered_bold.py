"""Bold lines numbered in sequence, used as headings: a report converted from Word or HWP.

A 참석 결과 보고서, a trip report or minutes written in a word processor and converted to
Markdown keep their sub-headings as bold paragraphs numbered the way such documents
number them: ``**가. 제목 (발표자, 소속)**`` / ``**나. …**``, ``**1) Title**`` / ``**2) …**``,
``**(1) …**``, ``**① …**``, ``**A. …**``, ``**II. …**``. Two or more such lines in one
section, numbered one after the other, are that section's sub-headings: ``bold_headings``
gives them a level under the heading above them and a text without the number, and
with ``(Speaker, Affiliation)`` read as ``(Speaker)`` so the speaker is found.
``**1. …**`` is not read so: Markdown posts number their sub-points that way (a talk's
``**1. 검색의 변곡점**``), and a table of contents its talks.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from summit_tui.corpus.ordinal_words import leading_ordinal
from summit_tui.lazy_re import lazy

if TYPE_CHECKING:
    from summit_tui.corpus.blocks import Heading

_KOREAN = "가나다라마바사아자차카타파하"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_NUMBERED = lazy(
    r"^(?:\((?P<paren>\d{1,2}|[가-하])\)|(?P<mark>\d{1,2}|[가-하]|[A-Za-z]|[IVXivx]{1,4})[.)]"
    rf"|(?P<circled>[{_CIRCLED}]))\s*(?P<rest>\S.*)$"
)
# "(이정훈, 우아한형제들 주문플랫폼팀)": a speaker, then where they work
_SPEAKER_AND_PLACE = lazy(r"\((?P<name>[^(),]{2,40}),\s*[^()]{1,60}\)\s*$")


def _ordinal(found: re.Match[str]) -> tuple[str, int] | None:
    """(numbering scheme, position in it) of a numbered line."""
    if found["circled"]:
        return "circled", _CIRCLED.index(found["circled"]) + 1
    mark = found["paren"] or found["mark"]
    scheme = "paren-" if found["paren"] else ""
    if mark.isdigit():
        if not scheme and found.group(0)[len(mark)] == ".":
            return None  # "**1. Point**": a blog's numbered sub-point, not a document's
        return scheme + "digit", int(mark)
    if mark in _KOREAN:
        return scheme + "korean", _KOREAN.index(mark) + 1
    if mark.lower() in _ROMAN and (len(mark) > 1 or mark in "IiVvXx"):
        # "I." is a Roman one and a Latin nine: read as Roman where it starts a run
        return "roman-" + ("upper" if mark.isupper() else "lower"), _ROMAN.index(mark.lower()) + 1
    if len(mark) == 1 and mark.isascii() and mark.isalpha():
        return "latin-" + ("upper" if mark.isupper() else "lower"), ord(mark.lower()) - 96
    return None


def bold_headings(headings: list[Heading], bold: list[Heading]) -> list[Heading]:
    """The bold lines that number a section's sub-headings, as headings one level under
    the heading above them (none above: level 2); [] when there are none."""
    from summit_tui.corpus.blocks import Heading

    starts = [heading.start for heading in headings]
    runs: dict[int, list[tuple[Heading, str, int, str]]] = {}  # by the heading above
    for line in bold:
        if worded := leading_ordinal(line.text):
            ordinal, rest = ("word", worded[0]), worded[1]
        elif found := _NUMBERED.match(line.text):
            ordinal, rest = _ordinal(found), found["rest"]
        else:
            continue
        if ordinal is None:
            continue
        above = bisect.bisect_left(starts, line.start) - 1
        runs.setdefault(above, []).append((line, ordinal[0], ordinal[1], rest))
    longest = {above: _longest_run(lines) for above, lines in runs.items()}
    # a scheme that numbers two or more lines in one section also numbers a section's only
    # line ("## Day 2" over "**First: Title**" alone)
    schemes = {run[0][1] for run in longest.values() if len(run) >= 2}
    made: list[Heading] = []
    for above, run in longest.items():
        if len(run) < 2 and not (run[0][1] in schemes and run[0][2] == 1):
            continue
        level = min(6, headings[above].level + 1) if above >= 0 else 2
        for line, _scheme, _position, rest in run:
            text = _SPEAKER_AND_PLACE.sub(lambda m: f"({m['name'].strip()})", rest).strip()
            made.append(Heading(level, text or line.text, line.start, line.head_end))
    return made


def _longest_run(
    lines: list[tuple[Heading, str, int, str]],
) -> list[tuple[Heading, str, int, str]]:
    """The lines of one scheme numbered one after the other (가, 나, 다 …), the longest."""
    best: list[tuple[Heading, str, int, str]] = []
    current: list[tuple[Heading, str, int, str]] = []
    for line in lines:
        if current and line[1] == current[-1][1] and line[2] == current[-1][2] + 1:
            current.append(line)
        else:
            current = [line]
        if len(current) > len(best):
            best = list(current)
    return best
