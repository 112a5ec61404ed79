"""`summit-tui check`: every problem, and the entries that link to no item with their best
candidates. Exit status 1 when any problem is an error, else 0."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from summit_tui.commands._common import add_json_flag, load_corpus, print_json

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry

MAX_CANDIDATES = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    from summit_tui.corpus.model import Severity

    corpus = load_corpus(args)
    errors = [p for p in corpus.problems if p.severity is Severity.ERROR]
    unlinked = [e for e in corpus.unsorted() if _candidates(corpus, e)]
    if args.json:
        from summit_tui.commands.list_cmd import problem_json

        print_json(
            {
                "ok": not errors,
                "problems": [problem_json(p) for p in corpus.problems],
                "unlinked": [_unlinked_json(corpus, e) for e in corpus.unsorted()],
            }
        )
    else:
        print("\n".join(report_lines(corpus, unlinked)))
    return 1 if errors else 0


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


def report_lines(corpus: Corpus, unlinked: list[Entry]) -> list[str]:
    from summit_tui.commands._common import problem_line
    from summit_tui.text import clean_line
    from summit_tui.words import count

    lines: list[str] = []
    order = {"error": 0, "warning": 1, "info": 2}
    problems = sorted(
        corpus.problems, key=lambda p: (order.get(p.severity.value, 3), p.path, p.line or 0)
    )
    if problems:
        lines.append("Problems")
        lines.extend(f"  {problem_line(p)}" for p in problems)
    if unlinked:
        if lines:
            lines.append("")
        lines.append("Unlinked entries (below the linking threshold; best candidates)")
        for entry in unlinked:
            where = f"{clean_line(entry.note)}:{entry.start_line}"
            lines.append(f"  {where}  {clean_line(entry.title)}  — {clean_line(entry.author)}")
            for item_id, title, score in _candidates(corpus, entry):
                lines.append(f"      {score:5.1f}  {clean_line(title)}  [{clean_line(item_id)}]")
    counts = {s: sum(1 for p in corpus.problems if p.severity.value == s) for s in order}
    if lines:
        lines.append("")
    lines.append(
        f"{count(len(corpus.notes), 'note')}, {count(len(corpus.entries), 'entry')}: "
        f"{count(counts['error'], 'error')}, {count(counts['warning'], 'warning')}, "
        f"{counts['info']} info, {count(len(unlinked), 'unlinked entry')} with candidates"
    )
    return lines
