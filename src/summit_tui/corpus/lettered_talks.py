"""A report that lists the talks it heard as lettered paragraphs, each opening with
the talk's title set off in italics, bold or quotes, its speaker in brackets, maybe its day,
then what was said (a university's *compte rendu de mission*, a trip report's summary):

    ### 1. Conférences plénières

    a) *Technologies du langage pour les langues africaines* (Prof. Nomvula Dlamini), lundi
    2 septembre : la question des données et de leur propriété par les communautés.

    b) "Observability at scale" (Dr. Jane Roe), Tue 5 Nov — tracing first, then metrics.

Each such paragraph is an entry of its talk, on the day it names; the rest of the report (its
context, its recommendations) is about no talk. ``lettered_parts`` gives the paragraphs as
parts, or None when fewer than two open so.
"""

from __future__ import annotations

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_OPENING = lazy(
    r"^[ \t]{0,3}(?:[a-zA-Z]|[ivxIVX]{1,4})[).][ \t]+"
    r"(?:\*\*?(?P<em>[^*\n]{3,160}?)\*\*?|_(?P<us>[^_\n]{3,160}?)_"
    r"|[«“\"„](?P<q>[^«»“”\"„\n]{3,160}?)[»”\"“])"
    r"[ \t]*\((?P<who>[^()\n]{3,80})\)(?P<rest>[^\n]*)$"
)
_LEAST = 2


def lettered_parts(lines: list[str]) -> list[ChatPart] | None:
    """The lettered talk paragraphs of a note, each to the end of its paragraph; None when
    fewer than two."""
    # imported here: most notes never get this far
    from summit_tui.corpus.dates import find_dates
    from summit_tui.corpus.speakers import label_person

    parts: list[ChatPart] = []
    at, total = 0, len(lines)
    while at < total:
        line = lines[at]
        found = _OPENING.match(line) if line[:1] != "#" and ("(" in line) else None
        if found is None:
            at += 1
            continue
        title = (found["em"] or found["us"] or found["q"]).strip(" *_")
        person = label_person(found["who"].split(",")[0].strip())
        if person is None or not title:
            at += 1
            continue
        rest = found["rest"]
        day: str | None = None
        if any(c.isdigit() for c in rest):
            dates = [d for d in find_dates(rest) if not d.is_range]
            day = dates[0].partial() if dates else None
        end = at + 1
        while end < total and lines[end].strip() and not lines[end].lstrip().startswith("#"):
            if _OPENING.match(lines[end]):
                break
            end += 1
        parts.append(ChatPart(EntryKind.SESSION, title, title, (person,), at, end, day, None))
        at = end
    return parts if len(parts) >= _LEAST else None
