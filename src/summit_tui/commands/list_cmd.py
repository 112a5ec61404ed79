"""`summit-tui list`: the program tree (event → day → track → items) with each item's authors.

``--json`` prints one object whose shape scripts rely on (keep it stable):
events[] (id, title) → days[] (date, label) → tracks[] (name) → items[] (id, kind, title,
speakers, authors, entries[] (note, heading, line, author, score, reason)), plus
unsorted[] and problems[] (note, line, severity, message).
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from summit_tui.commands._common import add_json_flag, load_corpus, print_json
from summit_tui.corpus.model import day_date

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry, Item, Problem


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args)
    if args.json:
        # ~80,000 new dicts and lists, no cycle among them: the collector's passes over
        # them would find nothing (about 0.04 s of CPU at 10,000 notes).
        gc.disable()
        try:
            print_json(corpus_json(corpus))
        finally:
            gc.enable()
    else:
        print("\n".join(tree_lines(corpus)))
    return 0


# -- JSON ------------------------------------------------------------------------------------
# About 70,000 entries at 10,000 notes: every score and reason is read once from the cache's
# link columns (``Corpus.link_scores``: no Link is made), each distinct score rounded once.


class Scores:
    """Every entry's score (rounded to 0.1) and reason as printed. The reason stays the enum
    member: a ``StrEnum``, which every JSON encoder writes as its value."""

    __slots__ = ("get", "nobody", "rounded")

    def __init__(self, corpus: Corpus) -> None:
        scores = corpus.link_scores()
        self.get = scores.get
        # notes whose writer nothing names: their author is printed empty, not their file name
        self.nobody = unnamed_notes(corpus)
        self.rounded: dict[float | None, float | None] = {
            score: round(score, 1) for score, _ in scores.values()
        }
        self.rounded[None] = None


_UNLINKED = (None, None)


def unnamed_notes(corpus: Corpus) -> dict[str, str]:
    """Note path → its author key, for the notes no frontmatter, byline, source or person's
    folder names a writer of: that key only tells their notes apart (see
    ``bylines.unstated_author``) and is printed empty. A colleague's section in such a note
    ("## 민지") still shows its own writer."""
    return {note.path: note.author for note in corpus.notes if note.author_source == "none"}


def shown_author(entry: Entry, nobody: dict[str, str]) -> str:
    """The writer printed for an entry: empty when it is only its note's key."""
    return "" if nobody.get(entry.note) == entry.author else entry.author


def entry_json(entry: Entry, scores: Scores) -> dict[str, Any]:
    score, reason = scores.get(entry.id, _UNLINKED)
    return {
        "note": entry.note,
        "heading": entry.title,
        "line": entry.start_line,
        "author": shown_author(entry, scores.nobody),
        "score": scores.rounded[score],
        "reason": reason,
    }


def entries_json(entries: Iterable[Entry], scores: Scores) -> list[dict[str, Any]]:
    get = scores.get
    rounded = scores.rounded
    nobody = scores.nobody
    rows = []
    for entry in entries:
        score, reason = get(entry.id, _UNLINKED)
        rows.append(
            {
                "note": entry.note,
                "heading": entry.title,
                "line": entry.start_line,
                "author": shown_author(entry, nobody),
                "score": rounded[score],
                "reason": reason,
            }
        )
    return rows


def item_json(corpus: Corpus, item: Item, scores: Scores) -> dict[str, Any]:
    from summit_tui.corpus.author_people import author_people

    entries = corpus.entries_for(item.id)
    return {
        "id": item.id,
        "kind": item.kind.value,
        "title": item.title,
        "speakers": [person.name for person in item.speakers],
        "authors": list(
            dict.fromkeys(
                person
                for entry in entries
                if scores.nobody.get(entry.note) != entry.author
                for person in author_people(entry.author)
            )
        ),
        "entries": entries_json(entries, scores),
    }


def problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "note": problem.path,
        "line": problem.line,
        "severity": problem.severity.value,
        "message": problem.message,
        "action": problem.action,
    }


def unsorted_json(corpus: Corpus, scores: Scores) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    with_entries = {entry.note for entry in corpus.entries}
    for entry in corpus.unsorted():
        row = entry_json(entry, scores)
        row["kind"] = entry.kind.value
        row["candidates"] = [
            {"item": item_id, "score": round(score, 1)}
            for item_id, score in corpus.link_candidates(entry.id)
        ]
        out.append(row)
    for note in corpus.notes:
        if note.path not in with_entries:
            out.append(
                {
                    "note": note.path,
                    "heading": None,
                    "line": None,
                    "author": "" if note.author_source == "none" else note.author,
                    "score": None,
                    "reason": None,
                    "kind": "note",
                    "candidates": [],
                }
            )
    return out


def corpus_json(corpus: Corpus) -> dict[str, Any]:
    scores = Scores(corpus)
    return {
        "events": [
            {
                "id": event.id,
                "title": event.title,
                "days": [
                    {
                        "date": day_date(day.date),  # null for "Day 2" when its date is unknown
                        "label": day.label,
                        "tracks": [
                            {
                                "name": track.name,
                                "items": [item_json(corpus, item, scores) for item in track.items],
                            }
                            for track in day.tracks
                        ],
                    }
                    for day in event.days
                ],
            }
            for event in corpus.program.events
        ],
        "unsorted": unsorted_json(corpus, scores),
        "problems": [problem_json(problem) for problem in corpus.problems],
    }


# -- the readable tree -----------------------------------------------------------------------


def tree_lines(corpus: Corpus) -> list[str]:
    """The program as the app's tree shows it: events, days and tracks without items are left
    out (``--json`` keeps every day of the program)."""
    from summit_tui.text import clean_line, shown_path
    from summit_tui.words import count

    lines: list[str] = []
    if not corpus.notes:
        from pathlib import Path

        from summit_tui.unread import READ, empty_folder_hint

        # said, not left to an empty tree: a user who pointed at the wrong folder hears it
        hint = empty_folder_hint(Path(corpus.root))
        lines.append(f"No notes found in {clean_line(corpus.root)} ({READ})")
        if hint:
            lines.append(hint)
    elif corpus.program.inferred:
        lines.append("(no program.yaml: items inferred from the notes)")
    for event in corpus.program.events:
        if not any(track.items for day in event.days for track in day.tracks):
            continue  # a header with nothing under it
        lines.append(f"{clean_line(event.title)}  [{clean_line(event.id)}]")
        for day in event.days:
            tracks = [track for track in day.tracks if track.items]
            if not tracks:
                continue
            when = f" · {day.date}" if day.date and day.date not in day.label else ""
            lines.append(f"  {clean_line(day.label)}{when}")
            for track in tracks:
                lines.append(f"    {clean_line(track.name)}")
                for item in track.items:
                    lines.append(f"      {_item_line(corpus, item)}")
    unsorted = corpus.unsorted()
    if unsorted:
        lines.append("")
        verb = "belongs" if len(unsorted) == 1 else "belong"
        lines.append(f"Unsorted ({count(len(unsorted), 'entry')} that {verb} to no item)")
        for entry in unsorted:
            where = f"{shown_path(entry.note)}:{entry.start_line}"
            by = clean_line(corpus.writer(entry.author))
            lines.append(f"  {where}  {clean_line(entry.title)}  — {by}")
    if corpus.problems:
        errors = sum(1 for p in corpus.problems if p.severity.value == "error")
        lines.append("")
        lines.append(
            f"{count(len(corpus.problems), 'problem')} ({count(errors, 'error')}): "
            "run `summit-tui check` to see them"
        )
    return lines


def _item_line(corpus: Corpus, item: Item) -> str:
    from summit_tui.corpus.author_people import author_people
    from summit_tui.corpus.shown_titles import unnamed_speakers
    from summit_tui.text import clean_line

    number = f"{item.number}. " if item.number is not None else ""
    # a speaker the title already names ("Jane Doe — Observability …") is not said twice
    speakers = ", ".join(clean_line(name) for name in unnamed_speakers(item))
    # each writer once; a note no one is named the writer of shows where it is (Corpus.writer)
    authors = tuple(
        dict.fromkeys(
            person
            for author in corpus.authors_for(item.id)
            for person in (
                author_people(author) if corpus.known_writer(author) else (corpus.writer(author),)
            )
        )
    )
    who = f" — {speakers}" if speakers else ""
    by = ", ".join(clean_line(a) for a in authors) if authors else "no notes"
    return f"{number}{clean_line(item.title)}{who}  [{clean_line(item.id)}]  ({by})"
