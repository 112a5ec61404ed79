"""The room a talk heading names beside its title: "D105 · Title", "[E112] Title",
"Title (D105)", "Title (Room 3)", "H.1302 — Title". The room is where the talk was, not part
of its title: two notes of one talk, one naming the room and one not, name the same talk.

A room is a building's code (one or two capitals, then a number: "D105", "E112", "H.1302",
"UB2.252A", "A-112") or a room word and its name ("Room 3", "Hall B", "Sál D", "Sala 2",
"místnost E104", "301호"). A code whose number reads as a year ("ES2015", "FY2024") is a
name, not a room; so is a code of three capitals, a session's ("CMP315", "KEY001"): it tells
two sessions of one title apart.
"""

from __future__ import annotations

from summit_tui.lazy_re import lazy

_CODE = r"[A-Z]{1,2}[-.]?(?:\d{2,4}|\d(?=\.\d))(?:\.\d{1,4}){0,2}[A-Za-z]?(?![\w.])"
_WORDED = (
    r"(?i:room|hall|stage|salle|saal|sala|sál|sal|raum|aula|místnost|mistnost|hörsaal|zaal"
    r"|룸|홀|강의실)(?!\w)\s*(?:[A-Za-z]{0,3}[-.]?\d[\w.-]{0,5}|[A-Z]{1,2}(?!\w))|\d{2,4}\s*호"
)
_ROOM = rf"(?:{_CODE}|{_WORDED})"

# "D105 · Title", "E112 — Title", "[D105] Title", "D105: Title", "E104, Title"; a hyphen
# only between spaces ("C64-pikseligrafiikka" is a word)
_LEADING = lazy(
    rf"^(?:\[\s*(?P<b>{_ROOM})\s*\]\s*[·•|—–:/-]?|(?P<r>{_ROOM})(?:\s*[·•|—–:/,]|\s+-|-(?=\s)))"
    r"\s*(?=\S)"
)
# "Title (D105)", "Title [Room 3]", "Title · D105", "Title — E112"
_TRAILING = lazy(rf"\s*(?:[(\[]\s*(?P<b>{_ROOM})\s*[)\]]|\s[·•|—–]\s*(?P<r>{_CODE}))\s*$")
_YEARISH = lazy(r"(?:19|20)\d\d$")


def _room(text: str | None) -> str | None:
    if text is None:
        return None
    if _YEARISH.search(text):
        return None  # "ES2015", "FY2024": a name with a year
    return text.strip()


def split_room(title: str) -> tuple[str, str | None]:
    """(title, room) of a talk heading's title that names its room before or after it;
    (title, None) when it names none. The title left is never empty."""
    room: str | None = None
    match = _LEADING.match(title)
    if match is not None and (room := _room(match.group("b") or match.group("r"))):
        title = title[match.end() :]
    if room is None or title[-1:] in ")]":
        match = _TRAILING.search(title)
        if match is not None and match.start() > 0:
            found = _room(match.group("b") or match.group("r"))
            if found is not None and title[: match.start()].strip():
                title, room = title[: match.start()].rstrip(), room or found
    return title, room
