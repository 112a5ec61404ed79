"""An Org-mode file exported to Markdown (Emacs's ``ox-md``), read as the Markdown it stands for.

The export keeps Org's own marks where Markdown has none: a heading's to-do keyword and its
tags (``# DONE Flakes are stable now, right?     :talk:flakes:``), an anchor line before each
heading (``<a id="org0b8e5f2"></a>``), a ``# Table of Contents`` of links to those anchors, and
each timestamp wrapped in spans with its brackets escaped (``<span class="timestamp-wrapper">
<span class="timestamp">&lt;2024-10-26 Sat 10:30&gt;</span></span>``). None of these is what
the writer wrote: the keyword and the tags are no part of a title or a speaker, the contents
are no text, and a timestamp is a date line. ``org_lines`` gives the lines with these marks
blanked (spaces of their length, so every offset into the body stays where it was).

A conference's notes kept in Org give each talk a heading, a timestamp with its time of day
under it and, often, a line of the speaker's name: ``org_parts`` reads each such section as
that talk on the timestamp's day. A line that is no bare name ("Moderated by Name, with the
steering committee") names no speaker: a panel is not its moderator's talk. A heading with a
timestamp of a day alone is a to-do's deadline, no talk.
"""

from __future__ import annotations

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_KEYWORDS = ("TODO ", "DONE ", "NEXT ", "WAITING ", "CANCELLED ", "CANCELED ", "HOLD ")
_HEADING = lazy(
    r"^(?P<marks>#{1,6}[ \t]+)(?P<keyword>(?:TODO|DONE|NEXT|WAITING|CANCELL?ED|HOLD)[ \t]+)?"
    r"(?:\[#[A-C]\][ \t]+)?(?P<title>.*?)(?P<tags>[ \t]+:[\w@#%:]+:)?[ \t]*$"
)
_STAMP = lazy(
    r"^[ \t]*<span class=\"timestamp-wrapper\"><span class=\"timestamp\">(?P<stamp>[^<\n]{6,80})"
    r"</span></span>(?P<rest>.*)$"
)
_TOC_ITEM = lazy(r"^[ \t]*(?:\d{1,3}\.|[-*+])[ \t]+\[[^\]\n]+\]\(#org[0-9a-f]{3,12}\)[ \t]*$")
_TIMED = lazy(r"^(?P<day>\d{4}-\d\d-\d\d)\b[^\n]{0,12}?\b\d{1,2}:\d\d\b")
_LIST_MARK = lazy(r"^\s*(?:[-*+]|\d{1,3}[.)])\s")
_NAME_LONGEST = 60
_CONTENTS = ("# Table of Contents", "# Inhaltsverzeichnis", "# Table des matières", "# 목차")


def org_lines(lines: list[str]) -> list[str]:
    """``lines`` as the Markdown they stand for (see the module's docstring)."""
    out = list(lines)
    in_contents = False
    for number, line in enumerate(lines):
        if not line:
            continue
        if line[0] == "#":
            in_contents = line.rstrip() in _CONTENTS
            if in_contents:
                out[number] = " " * len(line)
                continue
            if line.rstrip().endswith(":") or line.lstrip("# \t").startswith(_KEYWORDS):
                heading = _HEADING.match(line)
                if heading is not None and (heading["keyword"] or heading["tags"]):
                    text = heading["marks"] + heading["title"]
                    out[number] = text.ljust(len(line))
            continue
        if in_contents:
            if _TOC_ITEM.match(line) is not None:
                out[number] = " " * len(line)
            continue
        if "timestamp" in line and (stamp := _STAMP.match(line)) is not None:
            text = (
                stamp["stamp"].replace("&lt;", "").replace("&gt;", "").strip("[]") + stamp["rest"]
            )
            out[number] = text.ljust(len(line))
    return out


def org_parts(lines: list[str]) -> list[ChatPart] | None:
    """The talks of an export's lines as ``org_lines`` gives them (see the module's
    docstring), or None where no section is one."""
    from summit_tui.corpus.heading_kinds import talk_title

    headings = [
        n for n, line in enumerate(lines) if line[:1] == "#" and line.lstrip("#")[:1] == " "
    ]
    parts: list[ChatPart] = []
    for index, start in enumerate(headings):
        end = headings[index + 1] if index + 1 < len(headings) else len(lines)
        while end - 1 > start and not lines[end - 1].strip():
            end -= 1  # the blank and anchor lines before the next heading are its own
        text = [n for n in range(start + 1, min(end, start + 6)) if lines[n].strip()]
        if not text or (timed := _TIMED.match(lines[text[0]].strip())) is None:
            continue
        title = talk_title(lines[start].lstrip("#").strip())
        if not title:
            continue
        speaker = _name_line(lines[text[1]]) if len(text) > 1 else None
        parts.append(ChatPart(EntryKind.SESSION, title, title, (speaker,) if speaker else (),
                              start, end, timed["day"], None))  # fmt: skip
    return parts or None


def _name_line(line: str) -> str | None:
    """The speaker a bare name line gives ("Mira Schuster", "Lena Hoffmann. I was a table
    helper."), or None."""
    from summit_tui.corpus.names import looks_like_name

    line = line.strip()
    if not line or _LIST_MARK.match(line) is not None:
        return None
    name = line.split(". ", 1)[0].rstrip(".").strip()
    if len(name) > _NAME_LONGEST or not looks_like_name(name):
        return None
    return name
