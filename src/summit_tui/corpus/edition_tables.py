"""The days a notes repo's front page gives each edition it lists, in a table with a row per
edition (``| 2023 | PyCon APAC | Tokyo | Oct 27–28 |``): the dates of an edition its own notes
only count ("Day 1", "Day 2")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from summit_tui.corpus.dates import find_dates
from summit_tui.corpus.event_names import event_key, is_year
from summit_tui.corpus.model import Note

_FRONT_PAGES = ("readme", "index", "_index", "home")
_SPAN_MAX_DAYS = 14


def _front_page(path: str) -> bool:
    stem = path.rpartition("/")[2].rpartition(".")[0].lower()
    return stem in _FRONT_PAGES


def edition_days(notes: Iterable[Note]) -> dict[tuple[str, int], tuple[str, list[str]]]:
    """(event key, year) → the conference's name as the row writes it and the days a front
    page's table row gives that edition: a row with a year cell, a cell of dates (a day or a
    span, written without the year) and the conference's name in a cell of its own."""
    found: dict[tuple[str, int], tuple[str, list[str]]] = {}
    for note in notes:
        if "|" not in note.body or not _front_page(note.path):
            continue
        for line in note.body.split("\n"):
            if line.lstrip()[:1] == "|" and line.count("|") >= 4:
                _read_row(line, found)
    return found


@lru_cache(maxsize=256)
def _years_listed(body: str) -> int:
    years: set[int] = set()
    for line in body.split("\n"):
        if line.lstrip()[:1] == "|" and line.count("|") >= 4:
            found: dict[tuple[str, int], tuple[str, list[str]]] = {}
            _read_row(line, found)
            years.update(year for _, year in found)
    return len(years)


def lists_editions(note: Note) -> bool:
    """Whether a note is a front page listing several editions with their days, a row each:
    their days are no one event's."""
    return _front_page(note.path) and "|" in note.body and _years_listed(note.body) > 1


def _read_row(line: str, found: dict[tuple[str, int], tuple[str, list[str]]]) -> None:
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    years = [int(cell) for cell in cells if is_year(cell)]
    if len(years) != 1:
        return
    year = years[0]
    days: list[str] = []
    names: list[str] = []
    for cell in cells:
        if not cell or is_year(cell):
            continue
        mentions = find_dates(cell) if any(c.isdigit() for c in cell) else []
        if mentions and not days:
            days = _days(mentions[0].iso(year), mentions[0].end_iso(year))
        elif not mentions and "](" not in cell:
            names.append(cell)
    if not days:
        return
    for name in names:
        key = event_key(name)[0]
        if key:
            found.setdefault((key, year), (name, days))


def _days(first: str | None, last: str | None) -> list[str]:
    if first is None:
        return []
    start = dt.date.fromisoformat(first)
    end = dt.date.fromisoformat(last) if last else start
    if not 0 <= (end - start).days <= _SPAN_MAX_DAYS:
        return [first]
    return [(start + dt.timedelta(days=n)).isoformat() for n in range((end - start).days + 1)]
