"""`summit-tui check`: every problem, the entries that link to no item with their best
candidates, and the annotations on items the notes no longer have. Exit status 1 when any
problem is an error, else 0."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from summit_tui.commands._common import add_json_flag, load_corpus, print_json

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from summit_tui.annotate.items import Gone
    from summit_tui.corpus.model import Corpus, Entry, Item, Problem

MAX_CANDIDATES = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from summit_tui.commands._store import items_gone
    from summit_tui.corpus.model import Severity
    from summit_tui.unread import no_notes_problem, unread_problems

    corpus = load_corpus(args)
    unread = unread_problems(Path(corpus.root))
    if not corpus.notes:
        unread.insert(0, no_notes_problem(Path(corpus.root)))
    errors = [p for p in corpus.problems if p.severity is Severity.ERROR]
    unlinked = [e for e in corpus.unsorted() if _candidates(corpus, e)]
    plan = items_gone(args, corpus)
    gone = list(plan.gone)
    if args.json:
        from summit_tui.commands.list_cmd import problem_json

        print_json(
            {
                "ok": not errors,
                "problems": [problem_json(p) for p in [*corpus.problems, *unread]],
                "unlinked": [_unlinked_json(corpus, e) for e in corpus.unsorted()],
                "annotations_without_item": [_gone_json(g) for g in gone],
                "annotations_found_by_place": [
                    {"item_id": old, "title": title, "now": item.id, "now_title": item.title}
                    for old, title, item in plan.placed
                ],
            }
        )
    else:
        lines = report_lines(corpus, unlinked, unread)
        if gone:
            lines[-1:-1] = [*_gone_lines(gone), ""]
        if plan.placed:
            lines[-1:-1] = [*_placed_lines(plan.placed), ""]
        print("\n".join(lines))
    return 1 if errors else 0


def _gone_json(gone: Gone) -> dict[str, Any]:
    return {
        "item_id": gone.item_id,
        "title": gone.info.title,
        "speakers": list(gone.info.speakers),
        "annotations": len(gone.annotations),
        "starred": bool(gone.mark and gone.mark.starred),
        "reviewed": bool(gone.mark and gone.mark.reviewed),
    }


def _placed_lines(placed: Iterable[tuple[str, str, Item]]) -> list[str]:
    from summit_tui.text import clean_line

    lines = [
        "Annotations whose item was renamed, found by where its entry is (its note, the text "
        "under its heading); they move there when the app or `export` next runs"
    ]
    for old_id, title, item in placed:
        was = clean_line(title) or clean_line(old_id)
        lines.append(f"  {was} → {clean_line(item.title)}  ({clean_line(item.id)})")
    return lines


def _gone_lines(gone: list[Gone]) -> list[str]:
    from summit_tui.text import clean_line
    from summit_tui.words import count

    lines = [
        "Annotations on items these notes no longer have (kept as they are: no item has the "
        "title and speakers they recorded, or several do)"
    ]
    for each in gone:
        name = clean_line(each.info.title) or "(no title recorded)"
        if each.info.speakers:
            name += " — " + ", ".join(clean_line(s) for s in each.info.speakers)
        what = [count(len(each.annotations), "annotation")]
        if each.mark is not None and each.mark.starred:
            what.append("starred")
        if each.mark is not None and each.mark.reviewed:
            what.append("reviewed")
        lines.append(f"  was {clean_line(each.item_id)}  {name}  ({', '.join(what)})")
    return lines


def _candidates(corpus: Corpus, entry: Entry) -> list[tuple[str, str, float]]:
    link = corpus.link(entry.id)
    if link is None:
        return []
    out = []
    for candidate in link.candidates[:MAX_CANDIDATES]:
        item = corpus.item(candidate.item_id)
        out.append((candidate.item_id, item.title if item else "?", candidate.score))
    return out


def _unlinked_json(corpus: Corpus, entry: Entry) -> dict[str, Any]:
    return {
        "note": entry.note,
        "heading": entry.title,
        "line": entry.start_line,
        "author": entry.author,
        "kind": entry.kind.value,
        "candidates": [
            {"item": item_id, "title": title, "score": round(score, 1)}
            for item_id, title, score in _candidates(corpus, entry)
        ],
    }


def report_lines(corpus: Corpus, unlinked: list[Entry], more: Sequence[Problem] = ()) -> list[str]:
    """``check``'s text: the notes' problems and ``more`` of check's own, then the unlinked
    entries, then the summary line that counts them all."""
    from summit_tui.commands._common import problem_line
    from summit_tui.text import clean_line, shown_path
    from summit_tui.words import count

    lines: list[str] = []
    order = {"error": 0, "warning": 1, "info": 2}
    everything = [*corpus.problems, *more]
    problems = sorted(
        everything, key=lambda p: (order.get(p.severity.value, 3), p.path, p.line or 0)
    )
    if problems:
        lines.append("Problems")
        lines.extend(f"  {problem_line(p)}" for p in problems)
    if unlinked:
        if lines:
            lines.append("")
        lines.append("Unlinked entries (below the linking threshold; best candidates)")
        for entry in unlinked:
            where = f"{shown_path(entry.note)}:{entry.start_line}"
            by = clean_line(corpus.writer(entry.author))
            lines.append(f"  {where}  {clean_line(entry.title)}  — {by}")
            for item_id, title, score in _candidates(corpus, entry):
                lines.append(f"      {score:5.1f}  {clean_line(title)}  [{clean_line(item_id)}]")
    counts = {s: sum(1 for p in everything if p.severity.value == s) for s in order}
    if lines:
        lines.append("")
    lines.append(
        f"{count(len(corpus.notes), 'note')}, {count(len(corpus.entries), 'entry')}: "
        f"{count(counts['error'], 'error')}, {count(counts['warning'], 'warning')}, "
        f"{counts['info']} info, {count(len(unlinked), 'unlinked entry')} with candidates, "
        f"{count(len(corpus.unsorted()), 'entry')} unsorted"
    )
    return lines
