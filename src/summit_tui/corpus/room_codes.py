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

from summit_tui.corpus.clues import holds_any
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


# ``_WORDED``'s room words, lowered: a room may open with one as a whole word; "ſ", "ı", "İ"
# and the Kelvin sign are letters a case-blind pattern takes for ASCII ones
_ROOM_WORDS = frozenset(
    {"room", "hall", "stage", "salle", "saal", "sala", "sál", "sal", "raum", "aula", "místnost"}
    | {"mistnost", "hörsaal", "zaal", "룸", "홀", "강의실"}
)
_FOLDED = frozenset("ſıİ\u212a")
# the marks a room after a title follows (``_TRAILING``'s second form)
_TRAILING_MARKS = ("·", "•", "|", "—", "–")


def _may_open_with_room(title: str) -> bool:
    """Whether ``title`` may open with a room as ``_LEADING`` reads one: a code's capital and
    a digit in its next three characters, a room word, or digits and 호 ("301호"), maybe in
    brackets.
    Most titles open otherwise, and are told so without the pattern."""
    text = title[1:].lstrip() if title[:1] == "[" else title
    head = text[:1]
    if head.isdecimal():  # "301호": two to four digits, then 호
        digits = len(text) - len(text.lstrip("0123456789"))
        if digits < len(text) and text[digits].isdecimal():  # digits of another script
            return True
        return 2 <= digits <= 4 and text[digits:].lstrip()[:1] == "호"
    if "A" <= head <= "Z" and any(char.isdecimal() for char in text[1:4]):
        return True
    word = 0  # the first word's length: letters, digits and "_", as "\w" reads them
    while word < len(text) and (text[word].isalnum() or text[word] == "_"):
        word += 1
    return text[:word].lower() in _ROOM_WORDS or not _FOLDED.isdisjoint(text[:word])


def _may_close_with_room(title: str) -> bool:
    """Whether ``title`` may close with a room as ``_TRAILING`` reads one: in brackets, or
    after a mark ("· D105")."""
    return title.rstrip()[-1:] in ")]" or holds_any(title, _TRAILING_MARKS)


def split_room(title: str) -> tuple[str, str | None]:
    """(title, room) of a talk heading's title that names its room before or after it;
    (title, None) when it names none. The title left is never empty."""
    room: str | None = None
    match = _LEADING.match(title) if _may_open_with_room(title) else None
    if match is not None and (room := _room(match.group("b") or match.group("r"))):
        title = title[match.end() :]
    if (room is None or title[-1:] in ")]") and _may_close_with_room(title):
        match = _TRAILING.search(title)
        if match is not None and match.start() > 0:
            found = _room(match.group("b") or match.group("r"))
            if found is not None and title[: match.start()].strip():
                title, room = title[: match.start()].rstrip(), room or found
    return title, room
