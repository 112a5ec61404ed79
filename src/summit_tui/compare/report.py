"""A conference report from the notes: what everyone caught, what one person caught, and
what the user marked, event → day → track → talk.

``build_report`` gathers it (each talk's alignment, the user's annotations and marks);
``report_markdown`` writes CommonMark with every note's and user's text escaped exactly as
the annotation export escapes it (annotate/export.py); ``report_data`` gives the same
content as JSON-ready data. Every point carries back-links ``PATH:LINE``, written from the
folder the report is read in (``summit_tui.places``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from summit_tui.compare.align import AlignedPassage, Alignment, align_item
from summit_tui.corpus.model import day_date
from summit_tui.places import IN_NOTES, Places, seen_from

if TYPE_CHECKING:
    from summit_tui.annotate.model import Annotation, ItemMark
    from summit_tui.corpus.model import Corpus, Day, Item

FORMAT = "summit-tui-report"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Source:
    """Where a point or a highlight was written: whose note, which file line."""

    author: str
    note: str  # Note.path, relative to the notes folder
    line: int | None


@dataclass(frozen=True, slots=True)
class Point:
    text: str
    authors: tuple[str, ...]  # who made it, in the talk's author order
    sources: tuple[Source, ...]  # one per passage that makes it
    # the words of ``text`` its note wrote as code (`run_in_executor`): code in the report too
    code: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UserNote:
    """One of the user's annotations: a highlight (a quote) with a comment, or a comment on
    the whole talk."""

    comment: str
    quote: str | None
    source: Source | None
    tags: tuple[str, ...]
    label: str | None
    created: str
    # what the highlighted words read now, when the note was edited there since (the quote
    # stays as it was annotated: what the user reacted to)
    now: str | None = None


@dataclass(frozen=True, slots=True)
class TalkReport:
    item_id: str
    title: str
    speakers: tuple[str, ...]
    authors: tuple[str, ...]
    starred: bool
    reviewed: bool
    shared: tuple[Point, ...]  # points several authors made, most authors first
    single: tuple[Point, ...]  # points only one author made
    notes: tuple[UserNote, ...]


@dataclass(frozen=True, slots=True)
class TrackReport:
    name: str
    talks: tuple[TalkReport, ...]


@dataclass(frozen=True, slots=True)
class DayReport:
    date: str | None
    label: str
    tracks: tuple[TrackReport, ...]


@dataclass(frozen=True, slots=True)
class EventReport:
    id: str
    title: str
    days: tuple[DayReport, ...]


@dataclass(frozen=True, slots=True)
class Report:
    events: tuple[EventReport, ...]
    generated: str  # ISO time
    filters: tuple[tuple[str, str], ...] = ()  # (name, value) as asked
    root: str = ""  # the notes folder the report is about

    def places(self, base: str | None = None) -> Places:
        """How the report names notes, read from the folder ``base`` (default: the
        working folder)."""
        return seen_from(self.root, base) if self.root else IN_NOTES

    @property
    def talks(self) -> list[TalkReport]:
        return [
            talk
            for event in self.events
            for day in event.days
            for track in day.tracks
            for talk in track.talks
        ]


# -- points ------------------------------------------------------------------------------


def _source(passage: AlignedPassage) -> Source:
    return Source(passage.author, passage.note, passage.line)


def _no_code(passage: AlignedPassage) -> tuple[str, ...]:
    return ()


def points(
    alignment: Alignment, code_of: Callable[[AlignedPassage], tuple[str, ...]] = _no_code
) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """The talk's points: (made by several authors, made by one), introductions, facts
    about the talk and a post's opening left out.

    A shared point is a passage with the best counterpart of each other author who makes
    it; passages already used in a point are not used again, so a point restated in three
    places is reported once. Several-author points come first by how many authors made
    them, then in the order of the notes; a talk with one author has only single points.
    ``code_of`` gives the words a passage's note wrote as code.
    """
    order = {author: n for n, author in enumerate(alignment.authors)}
    passages = [p for column in alignment.columns for p in column.passages if p.is_point]
    used: set[tuple[str, int]] = set()
    shared: list[tuple[int, int, Point]] = []
    ranked = sorted(
        enumerate(passages),
        key=lambda pair: (
            -pair[1].coverage,
            -max((c.score for c in pair[1].counterparts), default=0),
            pair[0],
        ),
    )
    for position, passage in ranked:
        if not passage.coverage or (passage.author, passage.index) in used:
            continue
        members = [passage]
        for counterpart in passage.counterparts:
            key = (counterpart.author, counterpart.index)
            if key in used or any(m.author == counterpart.author for m in members):
                continue
            other = alignment.passage(counterpart.author, counterpart.index)
            if other is not None and other.is_point:
                members.append(other)
        if len(members) < 2:
            continue
        used.update((m.author, m.index) for m in members)
        members.sort(key=lambda m: order[m.author])
        point = Point(
            passage.text,
            tuple(m.author for m in members),
            tuple(_source(m) for m in members),
            code_of(passage),
        )
        shared.append((-len(members), position, point))
    single = tuple(
        Point(p.text, (p.author,), (_source(p),), code_of(p))
        for p in passages
        if (p.unique or len(alignment.authors) == 1) and (p.author, p.index) not in used
    )
    return tuple(point for _, _, point in sorted(shared, key=lambda t: t[:2])), single


# -- building ----------------------------------------------------------------------------


def _user_notes(
    annotations: Iterable[Annotation],
    writer: Callable[[str], str] = str,
    corpus: Corpus | None = None,
) -> tuple[UserNote, ...]:
    ordered = sorted(annotations, key=lambda a: (a.target is not None, a.created))
    return tuple(
        UserNote(
            comment=a.comment,
            quote=a.target.exact if a.target is not None else None,
            source=(
                Source(writer(a.target.author), a.target.note, a.target.line)
                if a.target is not None
                else None
            ),
            tags=a.tags,
            label=a.label,
            created=a.created,
            now=_reads_now(a, corpus),
        )
        for a in ordered
        if a.deleted is None and not a.orphaned
    )


def _reads_now(annotation: Annotation, corpus: Corpus | None) -> str | None:
    """The words a highlight points at in the notes as they are, when they differ from the
    words highlighted (the note was edited there since); None when they are the same."""
    target = annotation.target
    if corpus is None or target is None or target.start is None or target.end is None:
        return None
    entry = corpus.entry(target.entry_id)
    if entry is None:
        return None
    now = entry.text[target.start : target.end]
    return None if not now.strip() or now == target.exact else now


def build_report(
    corpus: Corpus,
    annotations: Iterable[Annotation] = (),
    marks: Mapping[str, ItemMark] | None = None,
    *,
    event: str | None = None,
    day: str | None = None,
    items: Sequence[str] = (),
    reviewed_only: bool = False,
    generated: str | None = None,
    align: Callable[[Corpus, str], Alignment] = align_item,
    cancelled: Callable[[], bool] = lambda: False,
) -> Report:
    """The report of the talks at least one author wrote about, event → day → track →
    talk; in each track the reviewed talks first (only them with ``reviewed_only``)."""
    from summit_tui.annotate.export import day_matches, event_matches
    from summit_tui.annotate.model import now_iso

    marks = marks or {}
    by_item: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_item.setdefault(annotation.item_id, []).append(annotation)
    wanted_items = set(items)
    events: list[EventReport] = []
    for program_event in corpus.program.events:
        days: list[DayReport] = []
        for program_day in program_event.days:
            tracks: list[TrackReport] = []
            for track in program_day.tracks:
                talks: list[TalkReport] = []
                for item in track.items:
                    if cancelled():
                        raise ReportCancelled
                    if wanted_items and item.id not in wanted_items:
                        continue
                    if event is not None and not event_matches(corpus, item, event):
                        continue
                    if day is not None and not day_matches(corpus, item, day):
                        continue
                    mark = marks.get(item.id)
                    if reviewed_only and not (mark is not None and mark.reviewed):
                        continue
                    if not corpus.entries_for(item.id):
                        continue
                    talks.append(_talk(corpus, item, mark, by_item.get(item.id, ()), align))
                talks.sort(key=lambda t: not t.reviewed)  # stable: program order otherwise
                if talks:
                    tracks.append(TrackReport(track.name, tuple(talks)))
            if tracks:
                days.append(DayReport(program_day.date, _day_label(program_day), tuple(tracks)))
        if days:
            events.append(EventReport(program_event.id, program_event.title, tuple(days)))
    filters = tuple(
        (name, value)
        for name, value in (("event", event), ("day", day), *(("item", i) for i in items))
        if value
    )
    if reviewed_only:
        filters += (("reviewed", "only"),)
    return Report(tuple(events), generated or now_iso(), filters, corpus.root)


class ReportCancelled(Exception):
    """The report was no longer wanted (the app quit or asked again)."""


_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def _code_in(corpus: Corpus, passage: AlignedPassage) -> tuple[str, ...]:
    """The code spans of the lines a passage was read from, whose words it holds."""
    entry = corpus.entry(passage.entry_id)
    if entry is None or "`" not in entry.text:
        return ()
    first = passage.line - entry.start_line
    lines = entry.text.split("\n")[first : first + passage.end_line - passage.line + 1]
    found = (match[2].strip() for line in lines for match in _CODE_SPAN.finditer(line))
    return tuple(dict.fromkeys(code for code in found if code and code in passage.text))


def _talk(
    corpus: Corpus,
    item: Item,
    mark: ItemMark | None,
    annotations: Iterable[Annotation],
    align: Callable[[Corpus, str], Alignment],
) -> TalkReport:
    alignment = align(corpus, item.id)
    shared, single = points(alignment, partial(_code_in, corpus))
    # the report names writers as every view does: a note without one by where it is
    writer = corpus.writer

    def shown(found: tuple[Point, ...]) -> tuple[Point, ...]:
        return tuple(
            Point(
                p.text,
                tuple(map(writer, p.authors)),
                tuple(Source(writer(s.author), s.note, s.line) for s in p.sources),
                p.code,
            )
            for p in found
        )

    return TalkReport(
        item_id=item.id,
        title=item.title,
        speakers=tuple(p.name for p in item.speakers),
        authors=tuple(map(writer, alignment.authors)),
        starred=bool(mark and mark.starred),
        reviewed=bool(mark and mark.reviewed),
        shared=shown(shared),
        single=shown(single),
        notes=_user_notes(annotations, writer, corpus),
    )


def _day_label(day: Day) -> str:
    label = day.label or "Day unknown"
    if day.date and day.date not in label:
        return f"{label} · {day.date}"
    return label


# -- Markdown ----------------------------------------------------------------------------


def _who(point: Point, places: Places) -> str:
    from summit_tui.annotate.export import code_span, inline

    links = ", ".join(code_span(places.of(s.note, s.line)) for s in point.sources)
    return f"{', '.join(inline(a) for a in point.authors)} ({links})"


def _point_text(point: Point) -> str:
    """A point's words as Markdown: escaped, but what its note wrote as code a code span."""
    from summit_tui.annotate.export import code_span, inline

    if not point.code:
        return inline(point.text)
    spans = re.compile("|".join(map(re.escape, sorted(point.code, key=len, reverse=True))))
    out: list[str] = []
    at = 0
    for match in spans.finditer(point.text):
        out += [inline(point.text[at : match.start()]), code_span(match[0])]
        at = match.end()
    out.append(inline(point.text[at:]))
    return "".join(out)


def _talk_lines(talk: TalkReport, places: Places) -> list[str]:
    from summit_tui.annotate.export import block, code_span, inline, quote_block
    from summit_tui.annotate.plain import displayed_text

    glyphs = [g for g, on in (("★", talk.starred), ("✓", talk.reviewed)) if on]
    title = inline(talk.title)
    if talk.speakers:
        title += " — " + ", ".join(inline(s) for s in talk.speakers)
    lines = ["##### " + " ".join([*glyphs, title]), ""]
    meta = [code_span(talk.item_id)]
    states = [s for s, on in (("starred", talk.starred), ("reviewed", talk.reviewed)) if on]
    if states:
        meta.append(" · ".join(states))
    meta.append("notes by " + ", ".join(inline(a) for a in talk.authors))
    lines += [" · ".join(meta), ""]
    if talk.shared:
        lines += ["###### Points several authors made", ""]
        lines += [f"- {_point_text(p)} — {_who(p, places)}" for p in talk.shared]
        lines.append("")
    if talk.single:
        heading = "Points one author caught" if len(talk.authors) > 1 else "Points"
        lines += [f"###### {heading}", ""]
        lines += [f"- {_point_text(p)} — {_who(p, places)}" for p in talk.single]
        lines.append("")
    if talk.notes:
        lines += ["###### Your notes", ""]
        for note in talk.notes:
            if note.quote is not None and note.source is not None:
                where = f"{inline(note.source.author or 'unknown author')}, "
                where += code_span(places.of(note.source.note, note.source.line))
                lines += [*quote_block(note.quote, where), ""]
                if note.now is not None:
                    lines += [f"*The notes read here now:* {inline(displayed_text(note.now))}", ""]
            comment = block(note.comment)
            if comment:
                lines += [*comment, ""]
            lines += [_meta(note), ""]
    return lines


def _when(stamp: str) -> str:
    from summit_tui.annotate.model import parse_time

    try:
        return parse_time(stamp).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return stamp


def _meta(note: UserNote) -> str:
    from summit_tui.annotate.export import inline

    parts = [f"*{'Highlighted' if note.quote is not None else 'Noted'} {_when(note.created)}*"]
    if note.tags:
        parts.append(" ".join(f"#{inline(tag)}" for tag in note.tags))
    if note.label:
        parts.append(f"label: {inline(note.label)}")
    return " · ".join(parts)


def _nothing_matches(report: Report) -> str:
    """Why an empty report is empty: with ``--reviewed`` the likely cause is that no talk
    is marked reviewed yet, not that nobody wrote about them."""
    if ("reviewed", "only") in report.filters:
        return (
            "No talk matches: none of the talks asked for that have notes is marked reviewed "
            "(r in the app, or summit-tui mark ITEM_ID --reviewed)."
        )
    if not report.filters:
        return "No talk has notes linked to it yet: there is nothing to report."
    return "No talk matches: no talk with notes fits the filters above."


def report_markdown(report: Report, places: Places | None = None) -> str:
    """The report as CommonMark (see the module docstring); ``places`` says how to write
    where a point was made (default: from the working folder)."""
    from summit_tui.annotate.export import inline
    from summit_tui.words import count

    places = places or report.places()
    talks = report.talks
    out = ["# Conference report", ""]
    summary = f"Written by summit-tui on {_when(report.generated)} · {count(len(talks), 'item')}"
    if report.filters:
        summary += " · " + inline(" · ".join(f"{name} {value}" for name, value in report.filters))
    out += [summary, ""]
    for event in report.events:
        out += ["## " + inline(event.title or event.id), ""]
        for day in event.days:
            out += ["### " + inline(day.label), ""]
            for track in day.tracks:
                out += ["#### " + inline(track.name or "No track"), ""]
                for talk in track.talks:
                    out += _talk_lines(talk, places)
    if not talks:
        out += [inline(_nothing_matches(report)), ""]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


# -- JSON --------------------------------------------------------------------------------


def _source_data(source: Source | None, places: Places) -> dict[str, Any] | None:
    if source is None:
        return None
    link = places.of(source.note, source.line)
    return {"author": source.author, "note": source.note, "line": source.line, "link": link}


def _point_data(point: Point, places: Places) -> dict[str, Any]:
    return {
        "text": point.text,
        "authors": list(point.authors),
        "sources": [_source_data(s, places) for s in point.sources],
    }


def report_data(report: Report, places: Places | None = None) -> dict[str, Any]:
    """The report as JSON-ready data: the same content as the Markdown (``note`` is the
    path in the notes folder as on disk; ``link`` the place as the Markdown writes it)."""
    places = places or report.places()
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "generated": report.generated,
        "filters": _filters_data(report.filters),
        "events": [
            {
                "id": event.id,
                "title": event.title,
                "days": [
                    {
                        "date": day_date(day.date),
                        "label": day.label,
                        "tracks": [
                            {
                                "name": track.name,
                                "talks": [_talk_data(t, places) for t in track.talks],
                            }
                            for track in day.tracks
                        ],
                    }
                    for day in event.days
                ],
            }
            for event in report.events
        ],
    }


def _filters_data(filters: Sequence[tuple[str, str]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, value in filters:
        if name == "item":
            data.setdefault("items", []).append(value)
        elif name == "reviewed":
            data["reviewed_only"] = True
        else:
            data[name] = value
    return data


def _talk_data(talk: TalkReport, places: Places) -> dict[str, Any]:
    return {
        "item": talk.item_id,
        "title": talk.title,
        "speakers": list(talk.speakers),
        "authors": list(talk.authors),
        "starred": talk.starred,
        "reviewed": talk.reviewed,
        "shared": [_point_data(p, places) for p in talk.shared],
        "single": [_point_data(p, places) for p in talk.single],
        "notes": [
            {
                "comment": note.comment,
                "quote": note.quote,
                "now": note.now,
                "source": _source_data(note.source, places),
                "tags": list(note.tags),
                "label": note.label,
                "created": note.created,
            }
            for note in talk.notes
        ],
    }


def default_filename(when: str | None = None) -> str:
    """summit-report-YYYYMMDD-HHMMSS.md, from an ISO time (default: now)."""
    from datetime import UTC, datetime

    from summit_tui.annotate.model import parse_time

    moment = parse_time(when) if when else datetime.now(UTC)
    return f"summit-report-{moment.strftime('%Y%m%d-%H%M%S')}.md"
