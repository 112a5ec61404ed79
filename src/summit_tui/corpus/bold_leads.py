"""A paragraph that opens with a talk in bold, as a shared doc or a blog writes the talks of
one time slot: "**D105 — Podman Desktop for newcomers (Jana Králová)** · Marek", "**Rust in
the kernel** (Ondřej Svoboda, E104)", "**Fedora's AI policy (panel, moderated by Radek
Černý)**". The room is where the talk was and the name after a "·" is who wrote the
paragraph: neither is the title nor the speaker.
"""

from __future__ import annotations

from functools import lru_cache

from summit_tui.corpus.names import paren_people
from summit_tui.corpus.room_codes import split_room
from summit_tui.corpus.speakers import label_person, moderator
from summit_tui.lazy_re import lazy

_BOLD_LEAD = lazy(
    r"^\*\*(?P<inner>[^*\n]{4,160}?)[ \t]*\*\*[ \t]*"
    r"(?:\((?P<paren>[^()\n]{2,60})\))?"
    r"(?:[ \t]*[·•|][ \t]*[^\n:·•|*()]{2,40}?)?[ \t]*$"
)


def bold_lead_talk(line: str) -> tuple[str, str] | None:
    """(title, speaker) of a line that is only a talk's title in bold, its speaker in a
    bracket inside or after the bold, a room and the writer's name beside them; None for
    another line (a bold sentence, a bold name, a bold title naming no speaker)."""
    if not line.startswith("**"):
        return None
    match = _BOLD_LEAD.match(line.rstrip())
    if match is None:
        return None
    title = split_room(match["inner"].strip())[0]
    speaker: str | None = None
    if match["paren"]:
        # "(Ondřej Svoboda, E104)", "(Jana Králová, Red Hat)": the person first
        first = match["paren"].split(",")[0].strip()
        speaker = label_person(first) or moderator(match["paren"])
    elif title.endswith(")") and "(" in title:
        bracket = title[title.rfind("(") :]
        people = paren_people(title)
        speaker = people[0] if people else moderator(bracket.strip("()"))
        if speaker is not None:
            title = title[: title.rfind("(")].rstrip()
    if speaker is None or not title:
        return None  # a panelist's "**Jane Doe** (Google)": no speaker in the bracket
    return title, speaker


# A time slot's heading: "Slot 11:30", "11:30", "10:30 — choosing between three rooms",
# "Blok 14:00–15:30", "Créneau de 10h30"
_SLOT = lazy(
    r"^(?:(?i:time[ \t]*slot|slot|blok|block|franja|fascia|créneau(?:[ \t]+de)?|zeitfenster"
    r"|타임|시간대)[ \t]*)?\d{1,2}(?:[:.]\d{2}|h\d{2})(?![\d.:])"
)


# how _SLOT's words open, lowered; "ſ", "ı" and "İ" are letters a case-blind match takes for
# "s" and "i" that lower() does not turn into them
_SLOT_WORDS = ("time", "slot", "blo", "fra", "fas", "cré", "zeit", "타임", "시간대")
_FOLDED = frozenset("ſıİ")


def _may_open_with_slot(text: str) -> bool:
    """Whether a heading may open with a slot's time as _SLOT reads it: one or two digits, a
    colon, a dot or an "h" and two digits ("11:30", "9.30", "10h30"), or a slot's word. Most
    headings ("1. Title", "Keynote") are told without the pattern."""
    if text[:1].isdecimal():
        return any(
            text[:size].isdecimal()
            and text[size : size + 1] in (":", ".", "h")
            and len(text[size + 1 : size + 3]) == 2
            and text[size + 1 : size + 3].isdecimal()
            for size in (1, 2)
        )
    return text[:4].lower().startswith(_SLOT_WORDS) or not _FOLDED.isdisjoint(text[:14])


@lru_cache(maxsize=65536)
def slot_heading(text: str) -> int:
    """How many bold talk lines make a heading's section a slot's talks: 1 under a heading that
    is only a slot's time ("Slot 11:30", "14:00–15:30"), 2 under one that opens with it and
    says more ("10:30 — choosing between three rooms", maybe a talk's own title); 0 under any
    other heading."""
    text = text.strip()
    match = _SLOT.match(text) if _may_open_with_slot(text) else None
    if match is None:
        return 0
    rest = _SLOT_END.sub("", text[match.end() :])
    return 1 if not rest else 2


# what may close a slot's time: its end ("–15:30", "- 11h45"), a bracket, a colon
_SLOT_END = lazy(r"^\s*(?:[-–—~]\s*\d{1,2}(?:[:.]\d{2}|h\d{2}))?\s*[():.\s]*$")
