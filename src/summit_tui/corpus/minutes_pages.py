"""A meeting's minutes page: one session (a working group's meeting, a committee's, a plenary)
written up from its first line to its last, its headings the agenda of that one session.

What tells it from a page of several talks is its head, the lines above its first section: the
roles a meeting's minutes list ("Chairs:", "Note takers:", "Scribes:", "Minutes:", "Attendees:",
"議長:", "서기:", "Protokoll:") or a title calling it minutes, or an agenda among its headings
("## Agenda" over "## Notes", "## AOB", "## Action items")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dates import find_dates
from summit_tui.corpus.event_names import strip_event
from summit_tui.lazy_re import lazy

_HEAD_LINES = 20  # the roles are listed at the top, under the title

# Substrings every role label below holds, lowercased: most notes' heads hold none
_ROLE_STEMS = (
    "chair", "scribe", "note taker", "note-taker", "notetaker", "minute", "attendee", "present",
    "regrets", "recorder", "facilitat", "protokoll", "anwesend", "vorsitz", "présent",
    "secrétaire", "président", "asistentes", "relator", "secretári", "secretari", "presidente",
    "notulist", "voorzitter", "aanwezig", "ordförande", "議長", "書記", "議事録",
    "出席", "記録", "司会", "座長", "의장", "서기", "참석", "기록", "사회", "회의록", "主持",
    "记录", "出席者", "sekreterare",
)  # fmt: skip

# Someone recorded the meeting, or its attendance was taken: a meeting's minutes
_RECORDER = lazy(
    r"(?im)(?:^[ \t]*(?:[-*+][ \t]+)?|[·|;][ \t]*)(?:\*\*|__)?"
    r"(?:note[- ]?takers?|scribes?|minutes?(?:[- ]takers?)?(?: taken)?(?: by)?|recorders?"
    r"|attendees|attendance|present|regrets|protokoll(?:ant(?:in)?|führung)?|anwesend"
    r"|secrétaire(?: de séance)?|présents|relator[ae]?|secretári[oa]|secretari[oa]|asistentes"
    r"|notulist|aanwezig|sekreterare"
    r"|議事録|書記|記録(?:者)?|出席者|서기|기록(?:자)?|참석자|회의록(?: 작성)?|记录(?:人)?|出席)"
    r"(?:\*\*|__)?[ \t]*[:：]"
)
# Who chaired it: a meeting's minutes when an agenda or the title says so as well (a paper
# session's notes name their chair too)
_CHAIR = lazy(
    r"(?im)(?:^[ \t]*(?:[-*+][ \t]+)?|[·|;][ \t]*)(?:\*\*|__)?"
    r"(?:co-?chairs?|chairs?|chairpersons?|facilitators?|vorsitz(?:ende[rn]?)?|président(?:e|s)?"
    r"|presidentes?|voorzitter|ordförande|議長|司会|座長|의장|사회|主持(?:人)?)"
    r"(?:\*\*|__)?[ \t]*[:：]"
)
# A title calling the page minutes (a meeting's record, not notes of talks): "TLS WG minutes",
# "Minutes of the TC call", "Sitzungsprotokoll", "議事録"; not "… in five minutes"
_MINUTES_TITLE = lazy(
    r"(?i)^minutes\b|(?:^|[—–:|-]\s*)minutes of\b"
    r"|\b(?:meeting|wg|draft|session|call|tc|board|committee|council|group|sprint|bof) minutes\b"
    r"|^protokoll\b|\b(?:sitzungs|besprechungs|ergebnis|meeting)protokoll\b|\bnotulen\b"
    r"|\bcompte[- ]rendu de (?:la )?(?:r[ée]union|s[ée]ance)|\bacta de (?:la )?(?:reuni|sesi)"
    r"|\bata d[ae] (?:reuni|sess)|\bverbale dell|議事録|회의록|会议纪要|会议记录"
)
_TITLE_STEMS = (
    "minutes", "protokoll", "notulen", "compte", "acta", "ata d", "verbale", "議事録", "회의록",
    "会议",
)  # fmt: skip
_AGENDA_STEMS = (
    "agenda", "tagesordnung", "ordre du jour", "orden del d", "pauta", "議題", "アジェンダ",
    "안건", "议程",
)  # fmt: skip
# Headings a meeting's agenda holds and a talk's notes do not
_AGENDA_HEADING = lazy(
    r"(?i)^(?:\d+[.)]?\s*)?(?:agenda|tagesordnung|ordre du jour|orden del d[ií]a|pauta"
    r"|議題|アジェンダ|안건|议程)\s*$"
)
_MEETING_HEADING = lazy(
    r"(?i)^(?:\d+[.)]?\s*)?(?:aob|any other business|action items?|actions|administrivia"
    r"|roll call|decisions?|next meeting|notes|minutes|discussion|protokoll|notizen|notas"
    r"|議事|メモ|회의 ?내용|논의|讨论)\b"
)

# "second session", "Session II", "(2nd session)": which of a group's sessions, no name
_SESSION_NUMBER = lazy(
    r"(?i)\(\s*(?:[^()]*\bsession\b[^()]*|[^()]*\bsesi[oó]n\b[^()]*|[^()]*\bsess[ãa]o\b[^()]*)\)"
    r"|\b(?:first|second|third|fourth|\d+(?:st|nd|rd|th))\s+session\b"
    r"|\bsession\s+(?:[IVX]+|\d+)\b"
)
_RECORD_WORDS = lazy(
    r"(?i)\b(?:(?:draft |meeting )?minutes(?: of(?: the)?\b)?|notes|\w*protokoll|notulen"
    r"|compte[- ]rendu|acta|ata|verbale)\b|議事録|회의록|会议纪要|会议记录|メモ"
)
_PARTS = lazy(r"\s+[-–—|@·]\s+|\s+@|:\s+")
_EDGES = " \t-–—:|@·,/"


def minutes_head(lines: Sequence[str], start: int, stop: int) -> str:
    """The lines a minutes page lists its roles in: those from ``start`` up to ``stop`` (its
    first section), at most ``_HEAD_LINES`` of them, that hold a label's colon."""
    head = lines[start : min(stop, start + _HEAD_LINES)]
    return "\n".join(line for line in head if ":" in line or "：" in line)


def minutes_page(head: str, title: str, headings: Sequence[str]) -> bool:
    """Whether a note whose head (``minutes_head``) is ``head``, titled ``title``, with the
    section headings ``headings``, records one meeting."""
    if head and holds_any(head.lower(), _ROLE_STEMS):
        if _RECORDER.search(head) is not None:
            return True
        if _CHAIR.search(head) is not None and (
            _MINUTES_TITLE.search(title) is not None or _agenda(headings)
        ):
            return True
    if holds_any(title.lower(), _TITLE_STEMS) and _MINUTES_TITLE.search(title) is not None:
        return True
    return _agenda(headings) and any(_MEETING_HEADING.match(h) is not None for h in headings)


def minutes_part(lines: Sequence[str], headings: Sequence[tuple[int, str]], title: str) -> bool:
    """Whether a part of a note whose first heading ``headings[0]`` and the others after it
    ((line index, text) each) are in ``lines``, its note titled ``title``, is a minutes page:
    its headings the agenda of the one session it records (what ``minutes_page`` tells)."""
    if len(headings) < 2:
        return False
    (first, text), (stop, _) = headings[0], headings[1]
    head = minutes_head(lines, first + 1, stop)
    return minutes_page(head, f"{title} {text}", [h for _, h in headings[1:]])


def _agenda(headings: Sequence[str]) -> bool:
    if not holds_any(" ".join(headings).lower(), _AGENDA_STEMS):
        return False  # most notes: no agenda among their headings
    return any(_AGENDA_HEADING.match(h) is not None for h in headings)


def session_title(title: str, event_names: Sequence[str]) -> str:
    """A minutes page's title without its event, which of the group's sessions it was, and
    the words saying it is minutes: "QUIC WG — IETF 120 Vancouver" is "QUIC WG", "IETF 120 —
    TLS WG minutes" "TLS WG", "DNSOP — second session" "DNSOP", "IETF 120 Plenary" "Plenary"."""
    text = _SESSION_NUMBER.sub(" ", title)
    low = [name.lower() for name in event_names if name]
    kept = []
    for part in _PARTS.split(text):
        lowered = part.lower().strip(_EDGES)
        if any(lowered.startswith(name) for name in low):
            continue  # "IETF 120 Vancouver": the event, where and when it was
        if any(name in lowered for name in low):
            part = strip_event(part, event_names)  # "웹 접근성 분과 (TTA 2024)"
        part = _bare(part)
        if part:
            kept.append(part)
    return " — ".join(kept) or _bare(strip_event(text, event_names)) or title


def _bare(text: str) -> str:
    text = _RECORD_WORDS.sub(" ", text)
    for mention in reversed(find_dates(text)):  # "minutes of 14 March 2024": the call's day
        text = text[: mention.offset] + " " + text[mention.offset + mention.length :]
    text = re.sub(r"\s*\(\s*\)", "", text)
    return " ".join(text.split()).strip(_EDGES)
