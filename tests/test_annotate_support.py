"""Small hand-built corpora and a command runner for the annotation tests (no tests here)."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from types import ModuleType

import factories
from summit_tui.commands._common import CommandError
from summit_tui.corpus.model import (
    Corpus,
    Day,
    Entry,
    Event,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Person,
    Program,
    Track,
)

ALICE_TALK = """## Keynote: Agents at scale

The speaker opened with the history of agents and why they failed before.

- Agents need memory that survives restarts.
- Tool use is the hard part, not reasoning.

Her main claim was that evaluation, not model size, decides who ships agents first.

Closing remarks were about hiring and the road map for next year."""

BOB_TALK = """## Agents at scale

Bob's take: evaluation decides everything.

Memory was the second theme of the talk."""

BOOTH = """## Lambda booth

GPU as a service; H200 arriving in March."""

ESSAY = """# What I took home

Evaluation, not model size, decides who ships agents first: I heard it all week.

Next year I will go to fewer talks and more booths."""


def program() -> Program:
    talk = Item(
        id="d1-keynote",
        kind=ItemKind.SESSION,
        title="Agents at scale",
        event="democon",
        day="2024-11-04",
        track="Main hall",
        speakers=(Person("Ada Example"), Person("Grace Sample")),
        start="2024-11-04T10:00:00+09:00",
        room="Hall A",
    )
    other = Item(
        id="d1-lambda",
        kind=ItemKind.BOOTH,
        title="Lambda",
        event="democon",
        day="2024-11-04",
        track="Exhibition",
    )
    day2 = Item(
        id="d2-panel",
        kind=ItemKind.SESSION,
        title="Panel: what's next",
        event="democon",
        day="2024-11-05",
        track="Main hall",
    )
    return Program(
        events=(
            Event(
                id="democon",
                title="Demo Con 2024",
                days=(
                    Day(
                        "2024-11-04",
                        "Day 1 · 2024-11-04",
                        (Track("Main hall", (talk,)), Track("Exhibition", (other,))),
                    ),
                    Day("2024-11-05", "Day 2 · 2024-11-05", (Track("Main hall", (day2,)),)),
                ),
            ),
        )
    )


def _entry(note: str, author: str, text: str, item_title: str, start_line: int = 3) -> Entry:
    return factories.entry(text, start=start_line, note=note, author=author, title=item_title)


def corpus(
    alice: str = ALICE_TALK,
    bob: str = BOB_TALK,
    *,
    alice_start: int = 3,
    alice_id: str | None = None,
    essay: str | None = None,
    root: str = "/notes",
) -> Corpus:
    """Alice's and Bob's notes on the keynote, Bob's booth; ``essay``: Carol's essay.md,
    which belongs to no item (unsorted)."""
    a = _entry("alice.md", "Alice", alice, "agents", alice_start)
    if alice_id is not None:
        a = Entry(**{**{f: getattr(a, f) for f in a.__slots__}, "id": alice_id})
    b = _entry("bob.md", "Bob", bob, "agents")
    booth = _entry("bob.md", "Bob", BOOTH, "lambda", 20)
    entries: tuple[Entry, ...] = (a, b, booth)
    links = {
        a.id: Link(a.id, "d1-keynote", 90.0, LinkReason.TITLE),
        b.id: Link(b.id, "d1-keynote", 90.0, LinkReason.TITLE),
        booth.id: Link(booth.id, "d1-lambda", 90.0, LinkReason.TITLE),
    }
    notes = (
        factories.note("alice.md", "Alice", alice),
        factories.note("bob.md", "Bob", bob + "\n" + BOOTH),
    )
    if essay is not None:
        carol = _entry("essay.md", "Carol", essay, "what i took home", 1)
        entries += (carol,)
        links[carol.id] = Link(carol.id, None, 20.0, None)
        notes += (factories.note("essay.md", "Carol", essay),)
    return Corpus(root=root, notes=notes, entries=entries, program=program(), links=links)


def essay_entry(c: Corpus) -> Entry:
    return next(e for e in c.entries if e.note == "essay.md")


def alice_entry(c: Corpus) -> Entry:
    return next(e for e in c.entries if e.author == "Alice")


def run_command(name: str, argv: Sequence[str]) -> tuple[int, str]:
    """Run one subcommand module's parser and run(); returns (exit code, error message)."""
    module: ModuleType = importlib.import_module(f"summit_tui.commands.{name}")
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes")
    parser.add_argument("--data-dir")
    module.add_arguments(parser)
    args = parser.parse_args(list(argv))
    try:
        return int(module.run(args) or 0), ""
    except CommandError as error:
        return error.code, str(error)
