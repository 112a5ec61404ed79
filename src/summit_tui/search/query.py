"""Filter words in a search query: ``kind:booth author:"Kim Lee" day:1 track:keynote perplexity``.

Recognised keys are ``kind``, ``author``, ``day`` and ``track``; a value may be quoted
with double or single quotes. Anything else (``http://x``, ``foo:bar``) stays free text.
Several values of one key are alternatives (OR); different keys all apply (AND). A key
typed without a value yet (``author:``) is ignored, so typing never empties the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KINDS = ("session", "booth")
KEYS = ("kind", "author", "day", "track")

_TOKEN = re.compile(
    r"""
    (?P<key>[A-Za-z]+):(?:"(?P<dq>[^"]*)"?|'(?P<sq>[^']*)'?|(?P<bare>\S*))
    | "(?P<phrase>[^"]*)"?
    | (?P<word>\S+)
    """,
    re.VERBOSE,
)
_ISO_DAY = re.compile(r"\d{4}(-\d{1,2}(-\d{1,2})?)?")


@dataclass(frozen=True, slots=True)
class Filters:
    kinds: tuple[str, ...] = ()  # values of KINDS
    authors: tuple[str, ...] = ()
    days: tuple[str, ...] = ()  # "1" (day number) or an ISO date or its prefix
    tracks: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.kinds or self.authors or self.days or self.tracks)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    text: str  # the free text, filters removed, quotes unwrapped
    filters: Filters = field(default_factory=Filters)
    problems: tuple[str, ...] = ()  # readable messages about filter values that cannot match

    @property
    def impossible(self) -> bool:
        """A filter value can match nothing (e.g. ``kind:talkz``): there are no results."""
        return bool(self.problems)


def parse_query(query: str) -> ParsedQuery:
    words: list[str] = []
    values: dict[str, list[str]] = {key: [] for key in KEYS}
    problems: list[str] = []
    for match in _TOKEN.finditer(query):
        key = match.group("key")
        if key is not None and key.lower() in KEYS:
            raw = match.group("dq") or match.group("sq") or match.group("bare") or ""
            value = " ".join(raw.split())
            if value:
                values[key.lower()].append(value)
            continue
        if key is not None:
            words.append(match.group(0).strip("\"'"))
        elif match.group("phrase") is not None:
            words.append(match.group("phrase"))
        else:
            words.append(match.group("word"))

    kinds: list[str] = []
    for value in values["kind"]:
        found = [kind for kind in KINDS if kind.startswith(value.lower())]
        if found:
            kinds.extend(found)
        else:
            problems.append(f"kind:{value} — kind is one of: {', '.join(KINDS)}")
    days: list[str] = []
    for value in values["day"]:
        day = value.lower().removeprefix("day")
        if day.isdigit() or _ISO_DAY.fullmatch(day):
            days.append(day)
        else:
            problems.append(f"day:{value} — a day is a number (day:1) or a date (day:2024-11-04)")
    filters = Filters(
        kinds=tuple(dict.fromkeys(kinds)),
        authors=tuple(values["author"]),
        days=tuple(dict.fromkeys(days)),
        tracks=tuple(values["track"]),
    )
    text = " ".join(" ".join(words).split())
    return ParsedQuery(text=text, filters=filters, problems=tuple(problems))


def day_matches(wanted: str, date: str | None, number: int | None) -> bool:
    """``wanted`` is a day number or an ISO date prefix; ``number`` is the day's number as its
    label shows it ("Day 0 · …" is 0)."""
    if wanted.isdigit() and len(wanted) < 4:
        return number is not None and number == int(wanted)
    return date is not None and date.startswith(_pad_date(wanted))


def _pad_date(value: str) -> str:
    parts = value.split("-")
    return "-".join([parts[0], *(part.zfill(2) for part in parts[1:])])
