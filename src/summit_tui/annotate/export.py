"""Export annotations as Markdown (for reading) or JSON (for backup and moving machines).

The Markdown is CommonMark grouped event → day → track → item. What the user or a
note wrote is data: it is escaped so that it can never add a heading, a quote, a list,
a code block, a rule, raw HTML or an image to the export; it renders as the text that
was typed. A quote is exported as the text the user saw (no Markdown markers), and an
image in a comment becomes a link: a shared export never loads anything from the network.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TextIO

from summit_tui.annotate.model import Annotation, ItemMark, now_iso, parse_time
from summit_tui.places import IN_NOTES, Places, seen_from
from summit_tui.text import clean, clean_line

if TYPE_CHECKING:
    from summit_tui.annotate.store import AnnotationStore
    from summit_tui.corpus.model import Corpus, Day, Item

FORMAT = "summit-tui-annotations"
FORMAT_VERSION = 1

Shown = Callable[[str], str]  # an author key as every view shows it (Corpus.writer)

# -- escaping ----------------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
# What can open a block at the start of a line: headings, quotes, lists, fences, rules,
# setext underlines, tables, link reference definitions, HTML blocks.
_LINE_START = set("#>-+*=_~`[|:<")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
# What _escape_angles acts on: an escape, a backtick run, '<', the '!' of '![', the ']'
# of '](' (a link, whose destination decides).
_ANGLE_WORK = re.compile(r"\\|`+|<|!(?=\[)|\](?=\()")


@lru_cache(maxsize=4096)  # names, tags, labels and places recur on every annotation
def inline(text: str) -> str:
    """One line of plain text, every Markdown-active character escaped."""
    return _INLINE_SPECIAL.sub(r"\\\1", clean_line(text))


@lru_cache(maxsize=4096)
def code_span(text: str) -> str:
    """A code span that holds ``text`` verbatim, whatever backticks it contains."""
    text = clean_line(text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def _unsafe_destination(paragraph: str, start: int) -> bool:
    """Whether ``(dest`` at ``start`` would make a link a viewer could run
    (``javascript:``, ``data:`` ..., also spelt with entities or escapes): only web and
    mail addresses and plain relative paths stay links."""
    if not paragraph.startswith("(", start):
        return False
    rest = paragraph[start + 1 :].lstrip().removeprefix("<").lstrip()
    destination = re.split(r"[\s)>]", rest, maxsplit=1)[0]
    if destination.casefold().startswith(_SAFE_SCHEMES):
        return False
    return any(char in destination for char in ":&\\")


def _escape_angles(paragraph: str) -> str:
    """Escape '<' (raw HTML, autolinks), the '!' of '![' (an image, which a viewer
    would fetch) and the ']' of a link to a script (``[x](javascript:...)``, shown as
    typed) outside code spans and existing escapes; the image stays a link."""
    found = _ANGLE_WORK.search(paragraph)
    if found is None:
        return paragraph
    out: list[str] = []
    i = 0
    n = len(paragraph)
    while found is not None:
        at = found.start()
        out.append(paragraph[i:at])
        char = paragraph[at]
        if char == "\\":
            i = min(at + 2, n)
            out.append(paragraph[at:i])
        elif char == "`":
            run = len(found.group(0))
            closing = re.compile(rf"(?<!`)`{{{run}}}(?!`)")
            close = closing.search(paragraph, at + run)
            i = close.end() if close else at + run
            out.append(paragraph[at:i])
        elif char == "]" and not _unsafe_destination(paragraph, at + 1):
            out.append(char)
            i = at + 1
        else:  # '<', the '!' of '![', the ']' of a link to a script
            out.append("\\" + char)
            i = at + 1
        found = _ANGLE_WORK.search(paragraph, i)
    out.append(paragraph[i:])
    return "".join(out)


def _escape_line_start(line: str) -> str:
    line = line.lstrip(" \t")
    if not line:
        return line
    if line[0] in _LINE_START:
        return "\\" + line
    ordered = _ORDERED.match(line)
    if ordered:
        return f"{ordered.group(1)}\\{line[ordered.end(1) :]}"
    return line


def block(text: str) -> list[str]:
    """User Markdown as lines that stay paragraphs of the user's text.

    Inline Markdown (emphasis, code spans, links) is kept; anything that would make a
    block (heading, quote, list, fence, rule, table, HTML) is escaped. Line breaks the
    user typed stay line breaks (backslash hard breaks); blank lines separate paragraphs.
    """
    cleaned = clean(text).replace("\t", "    ")
    if "\n" not in cleaned:  # one line, as most comments are: what the loops below give
        return [_escape_angles(_escape_line_start(cleaned.rstrip()))] if cleaned.strip() else []
    paragraphs: list[list[str]] = [[]]
    for raw in cleaned.split("\n"):
        line = raw.strip()
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].append(_escape_line_start(raw.rstrip()))
    lines: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if lines:
            lines.append("")
        joined = _escape_angles("\n".join(paragraph)).split("\n")
        for index, line in enumerate(joined):
            last = index == len(joined) - 1
            if not last and not line.endswith("\\"):
                line += "\\"
            lines.append(line)
    return lines


def plain_block(text: str) -> list[str]:
    """Plain text (not Markdown) as lines that read exactly as ``text``, breaks kept."""
    cleaned = clean(text)
    if "\n" not in cleaned:  # one line: what the general case below gives
        return [inline(cleaned)] if cleaned.strip() else []
    lines = [inline(line) for line in cleaned.split("\n") if line.strip()]
    return [line + "\\" if index < len(lines) - 1 else line for index, line in enumerate(lines)]


def quote_block(text: str, attribution: str) -> list[str]:
    """A quote as the user saw it (plain text), with where it is from."""
    body = plain_block(text) or [inline("(empty quote)")]
    lines = [f"> {line}" for line in body]
    return [*lines, ">", f"> — {attribution}"]


# -- selection ---------------------------------------------------------------------


def _matches(value: str | None, wanted: str, *others: str | None) -> bool:
    wanted = wanted.casefold().strip()
    return any(v is not None and v.casefold() == wanted for v in (value, *others))


def event_matches(corpus: Corpus, item: Item, wanted: str) -> bool:
    event = corpus.program.event(item.event)
    names = (event.title, *event.aliases) if event else ()
    return _matches(item.event, wanted, *names)


def day_matches(corpus: Corpus, item: Item, wanted: str) -> bool:
    if _matches(item.day, wanted):
        return True
    event = corpus.program.event(item.event)
    label = next((d.label for d in event.days if d.date == item.day), None) if event else None
    if label is None or event is None:
        return False
    wanted = wanted.strip()
    if wanted.isdigit() and len(wanted) < 4:  # a day number in its event, as search's day:2
        numbers = zip(event.day_numbers(), event.days, strict=True)
        return next(n for n, d in numbers if d.date == item.day) == int(wanted)
    parts = [label, *(part.strip() for part in label.split("·"))]
    return any(part.casefold() == wanted.casefold().strip() for part in parts)


@dataclass(frozen=True, slots=True)
class Selection:
    annotations: tuple[Annotation, ...]
    marks: Mapping[str, ItemMark]


def select(
    annotations: Iterable[Annotation],
    marks: Mapping[str, ItemMark],
    corpus: Corpus | None,
    *,
    event: str | None = None,
    day: str | None = None,
    tag: str | None = None,
    include_deleted: bool = False,
) -> Selection:
    """Annotations and marks that pass the filters (event and day need the corpus)."""

    def item_ok(item_id: str) -> bool:
        if event is None and day is None:
            return True
        item = corpus.item(item_id) if corpus is not None else None
        if item is None:
            return False
        if event is not None and not event_matches(corpus, item, event):  # type: ignore[arg-type]
            return False
        return day is None or day_matches(corpus, item, day)  # type: ignore[arg-type]

    wanted_tag = tag.lstrip("#").casefold() if tag else None
    chosen = tuple(
        a
        for a in annotations
        if (include_deleted or a.deleted is None)
        and item_ok(a.item_id)
        and (wanted_tag is None or wanted_tag in (t.casefold() for t in a.tags))
    )
    if wanted_tag is not None:
        chosen_items = {a.item_id for a in chosen}
        kept = {k: m for k, m in marks.items() if k in chosen_items}
    else:
        kept = {k: m for k, m in marks.items() if not m.empty and item_ok(k)}
    return Selection(chosen, kept)


# -- Markdown ----------------------------------------------------------------------


def _count(n: int, noun: str) -> str:
    from summit_tui.words import count

    return count(n, noun)


def _when(stamp: str) -> str:
    """``2024-11-04T10:22:33.123456Z`` → ``2024-11-04 10:22 UTC``; a stamp that is not a
    time as it was."""
    if _STORED_TIME.fullmatch(stamp) and stamp[17:19] < "60" and _valid_minute(stamp[:16]):
        # How the store writes every time (``now_iso``), already UTC: read by its places,
        # which gives what the parse below gives (5,000 annotations have 10,000 times).
        return f"{stamp[:10]} {stamp[11:16]} UTC"
    try:
        return parse_time(stamp).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return stamp


_STORED_TIME = re.compile(r"[1-9]\d{3}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?Z", re.ASCII)


@lru_cache(maxsize=1024)
def _valid_minute(prefix: str) -> bool:
    """Whether ``YYYY-MM-DDTHH:MM`` is a real date and time (2024-02-30 is not)."""
    try:
        datetime.fromisoformat(prefix)
    except ValueError:
        return False
    return True


def _meta_line(annotation: Annotation, *, kind: str) -> str:
    created = _when(annotation.created)
    updated = _when(annotation.updated) if annotation.updated != annotation.created else created
    parts = [f"*{kind} {created}" + (f", edited {updated}*" if updated != created else "*")]
    if annotation.tags:
        parts.append(" ".join(f"#{inline(t)}" for t in annotation.tags))
    if annotation.label:
        parts.append(f"label: {inline(annotation.label)}")
    if annotation.conflict_of:
        parts.append(
            inline("imported: another version of an annotation edited at the same time")
            + f" {code_span(annotation.conflict_of)}"
        )
    return " · ".join(parts)


def _location(annotation: Annotation, places: Places, shown: Shown = str) -> str:
    target = annotation.target
    assert target is not None
    place = places.of(target.note, target.line)
    author = inline(shown(target.author)) if target.author else "unknown author"
    return f"{author}, {code_span(place)}"


def _annotation_lines(annotation: Annotation, places: Places, shown: Shown = str) -> list[str]:
    """One annotation; ``shown`` names its quote's writer as every view does
    (``Corpus.writer``: a note without one by where it is)."""
    lines: list[str] = []
    if annotation.target is not None:
        lines += quote_block(annotation.target.shown, _location(annotation, places, shown))
        lines.append("")
        kind = "Orphaned quote, noted" if annotation.orphaned else "Noted"
    else:
        kind = "Item note,"
    comment = block(annotation.comment)
    if comment:
        lines += [*comment, ""]
    lines += [_meta_line(annotation, kind=kind), ""]
    return lines


def _item_heading(
    level: int,
    title: str,
    item: Item | None,
    mark: ItemMark | None,
    *,
    speakers: tuple[str, ...] = (),
    item_id: str | None = None,
) -> list[str]:
    glyphs = []
    if mark is not None and mark.starred:
        glyphs.append("★")
    if mark is not None and mark.reviewed:
        glyphs.append("✓")
    text = inline(title)
    names = [p.name for p in item.speakers] if item is not None else list(speakers)
    if names:
        text += " — " + ", ".join(inline(name) for name in names)
    heading = "#" * level + " " + " ".join([*glyphs, text])
    states = [s for s, on in (("starred", "★" in glyphs), ("reviewed", "✓" in glyphs)) if on]
    meta = [code_span(item.id if item else item_id or title)]
    if states:
        meta.append(" · ".join(states))
    if item is not None:
        when = " ".join(x for x in (item.start and item.start[11:16], item.room) if x)
        if when:
            meta.append(inline(when))
    return [heading, "", " · ".join(meta), ""]


class _LineWriter:
    """Writes lines as they come, exactly as ``"\\n".join(lines) + "\\n"`` would with the
    trailing blank lines dropped: a blank line is only written once a line follows it."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._started = False
        self._blank = 0

    def add(self, lines: Iterable[str]) -> None:
        parts: list[str] = []
        for line in lines:
            if not line:
                self._blank += 1
                continue
            if self._started:
                parts.append("\n" * (self._blank + 1))
            elif self._blank:
                parts.append("\n" * self._blank)
            parts.append(line)
            self._started = True
            self._blank = 0
        if parts:
            self._out.write("".join(parts))

    def end(self) -> None:
        self._out.write("\n")


def export_markdown(
    corpus: Corpus | None,
    selection: Selection,
    *,
    exported_at: str | None = None,
    filters: str = "",
    places: Places | None = None,
) -> str:
    """The Markdown export of a selection, grouped by the corpus's program."""
    buffer = io.StringIO()
    write_markdown(
        buffer, corpus, selection, exported_at=exported_at, filters=filters, places=places
    )
    return buffer.getvalue()


def write_markdown(
    out: TextIO,
    corpus: Corpus | None,
    selection: Selection,
    *,
    exported_at: str | None = None,
    filters: str = "",
    places: Places | None = None,
) -> None:
    """Write the Markdown export of a selection to ``out`` as it is made, item by item.
    ``places`` says how to write where a quote is (default: from the working folder)."""
    if places is None:
        places = seen_from(corpus.root) if corpus is not None else IN_NOTES
    annotations = selection.annotations
    marks = selection.marks
    live = [a for a in annotations if not a.orphaned]
    orphans = [a for a in annotations if a.orphaned]
    by_item: dict[str, list[Annotation]] = {}
    unsorted: dict[str, list[Annotation]] = {}
    for annotation in live:
        if annotation.unsorted and annotation.target is not None:
            unsorted.setdefault(annotation.target.note, []).append(annotation)
        else:
            by_item.setdefault(annotation.item_id, []).append(annotation)
    wanted = set(by_item) | set(marks)
    writer = _LineWriter(out)
    shown: Shown = corpus.writer if corpus is not None else str

    stamp = _when(exported_at or now_iso())
    items = len({a.item_id for a in annotations if a.item_id})
    summary = (
        f"Exported by summit-tui on {stamp} · {_count(len(annotations), 'annotation')} "
        f"on {_count(items, 'item')}"
    )
    if filters:
        summary += f" · {inline(filters)}"
    writer.add(["# Annotations", "", summary, ""])

    placed: set[str] = set()
    if corpus is not None:
        for event in corpus.program.events:
            event_heading = ["## " + inline(event.title or event.id), ""]
            for day in event.days:
                day_heading = ["### " + inline(_day_heading(day)), ""]
                for track in day.tracks:
                    track_heading = ["#### " + inline(track.name or "No track"), ""]
                    for item in track.items:
                        if item.id not in wanted or item.id in placed:
                            continue
                        placed.add(item.id)
                        # A heading is written before the first item under it, or never.
                        writer.add([*event_heading, *day_heading, *track_heading])
                        event_heading = day_heading = track_heading = []
                        writer.add(
                            _item_section(5, item.title, item, marks, by_item, places, shown)
                        )
    rest = sorted(wanted - placed)
    if rest:
        writer.add(
            [
                "## Annotations whose item is no longer in the notes",
                "",
                inline(
                    "Made on an item these notes no longer have (its id changed or it is "
                    "gone), and no item with the same title and speakers was found to move "
                    "them to; they are kept as they were. `summit-tui check` lists them too."
                ),
                "",
            ]
        )
        for item_id in rest:
            writer.add(_unknown_item_section(item_id, marks, by_item, places, shown))
    if unsorted:
        writer.add(["## Passages in no item", ""])
        for note in sorted(unsorted):
            writer.add(["### " + code_span(places.of(note)), ""])
            for annotation in unsorted[note]:
                writer.add(_annotation_lines(annotation, places, shown))
    if orphans:
        writer.add(
            [
                "## Orphaned annotations",
                "",
                inline("These quotes can no longer be found in the notes; kept as they were."),
                "",
            ]
        )
        orphan_items: dict[str, list[Annotation]] = {}
        for annotation in orphans:
            orphan_items.setdefault(annotation.item_id, []).append(annotation)
        for item_id, items_orphans in orphan_items.items():
            item = corpus.item(item_id) if corpus is not None and item_id else None
            recorded = items_orphans[0].item.title
            title = item.title if item else recorded or item_id or "Passages in no item"
            writer.add(["### " + inline(title), ""])
            for annotation in items_orphans:
                writer.add(_annotation_lines(annotation, places, shown))
    if not annotations and not marks:
        writer.add([inline("No annotations match."), ""])
    writer.end()


def _unknown_item_section(
    item_id: str,
    marks: Mapping[str, ItemMark],
    by_item: Mapping[str, list[Annotation]],
    places: Places,
    shown: Shown = str,
) -> list[str]:
    """An item id the notes no longer have, named as it was when it was annotated."""
    notes = by_item.get(item_id, [])
    mark = marks.get(item_id)
    info = next((a.item for a in notes if not a.item.empty), None)
    if info is None and mark is not None:
        info = mark.item
    title = info.title if info is not None and info.title else item_id
    speakers = info.speakers if info else ()
    lines = _item_heading(3, title, None, mark, speakers=speakers, item_id=item_id)
    lines[2] = f"was {lines[2]}"
    for annotation in [a for a in notes if a.target is None]:
        lines += _annotation_lines(annotation, places, shown)
    for annotation in [a for a in notes if a.target is not None]:
        lines += _annotation_lines(annotation, places, shown)
    return lines


def _item_section(
    level: int,
    title: str,
    item: Item | None,
    marks: Mapping[str, ItemMark],
    by_item: Mapping[str, list[Annotation]],
    places: Places,
    shown: Shown = str,
) -> list[str]:
    item_id = item.id if item else title
    lines = _item_heading(level, title, item, marks.get(item_id))
    notes = by_item.get(item_id, [])
    for annotation in [a for a in notes if a.target is None]:
        lines += _annotation_lines(annotation, places, shown)
    for annotation in [a for a in notes if a.target is not None]:
        lines += _annotation_lines(annotation, places, shown)
    return lines


# -- JSON --------------------------------------------------------------------------


def export_data(selection: Selection, *, exported_at: str | None = None) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported": exported_at or now_iso(),
        "annotations": [a.to_json() for a in selection.annotations],
        "marks": [m.to_json() for m in sorted(selection.marks.values(), key=lambda m: m.item_id)],
    }


def export_store_data(store: AnnotationStore) -> dict[str, Any]:
    """Everything in the store, deleted annotations included, for a backup."""
    annotations = store.annotations(include_deleted=True)
    return export_data(Selection(tuple(annotations), store.marks()))


def default_filename(when: datetime | None = None) -> str:
    moment = when or datetime.now(UTC)
    return f"summit-annotations-{moment.strftime('%Y%m%d-%H%M%S')}.md"


def _day_heading(day: Day) -> str:
    """The day's label with its date ("Day 1 · 2024-11-04"), as the navigator shows it."""
    label = day.label or "Day unknown"
    if day.date and day.date not in label:
        return f"{label} · {day.date}"
    return label
