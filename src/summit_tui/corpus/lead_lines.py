"""The first line under a talk's heading and what it says: the colleague who signs the section
("*Tom*"), the day it gives beside the speaker ("*Valeria Quispe — Saturday afternoon*", "On
Saturday, Yuki Mori …")."""

from __future__ import annotations

from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dates import day_number, find_dates, weekdays
from summit_tui.corpus.name_forms import name_or_part
from summit_tui.lazy_re import lazy

_CLAUSE_MARKS = (
    ",",
    ".",
    ";",
    ":",
    "—",
    "–",
    "(",
)  # what ends a sentence's opening clause
# What a day's name or number holds, in the languages a talk's first line opens with its day:
# "Saturday", "On the second day", "둘째 날", "토요일", "Quinta-feira", "Sábado", "Tag 2"
_DAY_STEMS = (
    "day",
    "날",
    "요일",
    "feira",
    "sábado",
    "domingo",
    "dia",
    "día",
    "tag",
    "jour",
)
# an italic line of one or two words of a name, maybe with an aside: "*Tom*", "_Jirayu_",
# "*Ploy (in English for the others 🙂)*", "*민수*"
_SIGNATURE = lazy(
    r"^([*_])(?P<name>[^\W\d_][\w'’.-]{0,20}(?: [^\W\d_][\w'’.-]{0,20})?)"
    r"(?:\s*[(（][^()（）]{1,60}[)）])?\1$"
)


def signed_by(lines: list[str], start: int, end: int, speakers: tuple[str, ...]) -> str | None:
    """The colleague who signs a talk's section in a shared document with an italic
    line of their name under its heading ("*Tom*", "*Ploy (in English for the others)*"),
    where the heading names the speaker and the line someone else."""
    line = lead_line(lines, start, end).strip()
    if len(line) > 80 or line[:1] not in "*_" or line[-1:] != line[:1]:
        return None
    found = _SIGNATURE.match(line)
    if found is None:
        return None
    name = found["name"]
    if any(name_or_part(name, speaker) for speaker in speakers):
        return None  # "*Krit Boonmee*": the speaker again
    return name


def lead_line(lines: list[str], start: int, end: int) -> str:
    """The first line of text under a section's heading ("Opening keynote, Hall 4.")."""
    return next((x for x in lines[start + 1 : min(end, start + 4)] if x.strip()), "")


def byline_day(lines: list[str], start: int, end: int) -> str | None:
    """The day an italic line under a talk's heading gives beside its speaker ("*Valeria
    Quispe — Saturday afternoon, Charlas track*"): "weekday:5", or the date it writes."""
    line = next((x for x in lines[start + 1 : min(end, start + 4)] if x.strip()), "")
    if line[:1] not in "*_":
        return _opening_day(line)
    if len(line) > 160:
        return None  # most talks: no italic line right under the heading
    line = line.strip()
    if line[-1:] not in "*_":
        return None
    text = line.strip("*_ ")
    dates = [d for d in find_dates(text) if not d.is_range]
    if len(dates) == 1:
        return dates[0].partial()
    days = weekdays(text)
    return f"weekday:{days[0]}" if len(days) == 1 else None


def _opening_day(line: str) -> str | None:
    """The day a talk's first sentence opens with ("On Saturday, Yuki Mori …", "Friday's best
    talk.", "On the second day, …"): "weekday:5" or "day:2"; None for most lines."""
    if not line[:1].isupper():
        return None
    head = line[:24].lower()
    if not holds_any(head, _DAY_STEMS):
        return None  # most talks' first lines: no day's word at their start
    clause = line[: min((at for at in map(line.find, _CLAUSE_MARKS) if at >= 0), default=len(line))]
    if len(clause) > 30:
        return None
    clause = " ".join(clause.split()[:4])  # the day opens it, not a mention further on
    days = weekdays(" ".join(clause.split()[:2]))
    if len(days) == 1:
        return f"weekday:{days[0]}"
    number = day_number(clause)
    return f"day:{number}" if number is not None else None
