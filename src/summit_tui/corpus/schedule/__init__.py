"""Published conference programs → Program: frab/pretalx schedule JSON and iCalendar.

``load_schedule`` looks at the file's content (not its name) to pick the format, then
hands it to ``schedule.frab`` or ``schedule.ical``; both turn events into ``Item`` objects
and call ``schedule.common.assemble`` to group them into days and tracks the same way.

Bad input never raises: each problem names the event (title or id) and the field, and
the rest of the file still imports. Importing this module is cheap (standard library
only); the format modules, and ``icalendar``, load only when a file needs them.
"""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.model import Problem, Program, Severity
from summit_tui.corpus.schedule.common import Problems

__all__ = ["load_schedule", "parse_schedule"]


def _detect(text: str) -> str | None:
    head = text.lstrip("\ufeff \t\r\n")[:64]
    if head.startswith("{"):
        return "json"
    if head.startswith("["):
        # A JSON array (a schema we do not know, reported as such) or an INI/TOML file.
        import json

        try:
            json.loads(text)
        except ValueError:
            return None
        return "json"
    if head.upper().startswith("BEGIN:VCALENDAR"):
        return "ics"
    return None


def parse_schedule(
    text: str, path: str, *, stem: str = "schedule"
) -> tuple[Program, list[Problem]]:
    """Parse schedule text already read; ``path`` is how problems name the file."""
    problems = Problems(path, text)
    kind = _detect(text)
    if kind == "json":
        from summit_tui.corpus.schedule import frab

        events = frab.parse(text, problems, stem=stem)
    elif kind == "ics":
        from summit_tui.corpus.schedule import ical

        events = ical.parse(text, problems, stem=stem)
    else:
        problems.error(
            "not a schedule: expected frab/pretalx schedule JSON or an iCalendar (.ics) file",
            "nothing imported",
            line=1,
        )
        events = []
    return Program(events=tuple(events), source=path), problems.items


def load_schedule(path: Path, *, display: str | None = None) -> tuple[Program, list[Problem]]:
    """Read a frab/pretalx schedule JSON or iCalendar file into a Program.

    ``display`` is how problems name the file (default: ``path`` as given).
    """
    name = display if display is not None else Path(path).as_posix()
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        problem = Problem(name, None, Severity.ERROR, f"cannot read schedule: {reason}")
        return Program(source=name), [problem]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        problem = Problem(
            name,
            line,
            Severity.ERROR,
            "not UTF-8 text: schedules (JSON and iCalendar) are UTF-8",
            "nothing imported",
        )
        return Program(source=name), [problem]
    return parse_schedule(text, name, stem=Path(path).stem)
