"""Test factories: notes, entries, items and corpora built by hand (no test module here).

Each has defaults for everything a test does not care about, so a test says only what
matters to it: ``entry("Some text.\\n", start=7)``, ``corpus(entry(...), items=[item()])``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from summit_tui import cli
from summit_tui.corpus.loader import load_note
from summit_tui.corpus.model import (
    Corpus,
    Day,
    Entry,
    EntryKind,
    Event,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Note,
    Person,
    Program,
    Track,
)


def entry(
    text: str,
    *,
    start: int = 1,
    note: str = "a.md",
    author: str = "Ann",
    title: str = "Talk",
    entry_id: str | None = None,
    kind: EntryKind = EntryKind.SESSION,
    end: int | None = None,
    heading_path: tuple[str, ...] | None = None,
    speakers: tuple[str, ...] = (),
) -> Entry:
    """An entry of ``note`` whose text starts at file line ``start`` and ends at ``end``
    (by default ``start`` plus the text's newlines)."""
    return Entry(
        id=entry_id or f"{note}#{title.lower().replace(' ', '-')}",
        note=note,
        author=author,
        title=title,
        heading_path=(title,) if heading_path is None else heading_path,
        kind=kind,
        start_line=start,
        end_line=start + text.count("\n") if end is None else end,
        text=text,
        speakers=speakers,
    )


def item(
    item_id: str = "ev-talk",
    title: str = "Talk",
    *,
    kind: ItemKind = ItemKind.SESSION,
    event: str = "ev",
    day: str = "2024-11-04",
    track: str = "Main",
    speakers: Iterable[str | Person] = (),
    **fields: Any,
) -> Item:
    """An item; ``speakers`` by name (or as people), ``fields`` any other of Item's."""
    people = tuple(Person(s) if isinstance(s, str) else s for s in speakers)
    return Item(item_id, kind, title, event, day, track, speakers=people, **fields)


def note(
    path: str = "a.md",
    author: str = "Ann",
    body: str = "",
    *,
    title: str | None = None,
    line: int = 1,
    **fields: Any,
) -> Note:
    """A note titled by its path unless ``title``; its body starts at file line ``line``;
    ``fields`` any other of Note's (event, date…)."""
    return Note(path, path if title is None else title, author, False, body, line, **fields)


def program(
    items: Iterable[Item], *, event: str = "ev", title: str = "Conf", aliases: tuple[str, ...] = ()
) -> Program:
    """One event, one day, a track per distinct track name, in the order given."""
    tracks: dict[str, list[Item]] = {}
    for one in items:
        tracks.setdefault(one.track, []).append(one)
    day = Day("2024-11-04", "Day 1", tuple(Track(name, tuple(i)) for name, i in tracks.items()))
    return Program((Event(event, title, (day,), aliases=aliases),))


def corpus(
    *entries: Entry,
    items: Iterable[Item] = (),
    links: Mapping[str, str | None] | None = None,
    root: str = "/notes",
) -> Corpus:
    """A corpus of these entries; ``links`` maps an entry id to its item id (unlinked
    entries are unsorted); the notes are the entries' notes."""
    links = links or {}
    made = {
        e.id: Link(e.id, links.get(e.id), 90 if links.get(e.id) else 0, LinkReason.TITLE)
        for e in entries
    }
    notes = tuple(
        note(path, author) for path, author in dict((e.note, e.author) for e in entries).items()
    )
    return Corpus(root, notes, tuple(entries), program(items), made)


def list_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: Mapping[str, str]
) -> dict[str, Any]:
    """Write ``files`` (path under the folder → text) into ``tmp_path/notes`` and return what
    ``summit-tui list --json`` prints for that folder."""
    notes = tmp_path / "notes"
    for name, text in files.items():
        (notes / name).parent.mkdir(parents=True, exist_ok=True)
        (notes / name).write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(notes)]) == 0
    return json.loads(capsys.readouterr().out)


def items_of(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every item of ``list --json`` output, in the order it prints them."""
    return [
        item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]


def days_by_title(data: Mapping[str, Any]) -> dict[str, str | None]:
    """Each item's title in ``list --json`` output → its day's date."""
    return {
        item["title"]: day["date"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def notes_by_event(data: Mapping[str, Any]) -> dict[str, list[str]]:
    """Each event's title in ``list --json`` output → the notes of its entries, sorted."""
    return {
        event["title"]: sorted(
            {
                entry["note"]
                for day in event["days"]
                for track in day["tracks"]
                for item in track["items"]
                for entry in item["entries"]
            }
        )
        for event in data["events"]
    }


def entry_authors(data: Mapping[str, Any]) -> dict[str, str]:
    """Each note with an entry in an item of ``list --json`` output → that entry's author."""
    return {entry["note"]: entry["author"] for item in items_of(data) for entry in item["entries"]}


def note_writers(data: Mapping[str, Any]) -> dict[str, set[str]]:
    """Each note of ``list --json`` output → the authors of its entries, in items or not."""
    found: dict[str, set[str]] = {}
    entries = [entry for item in items_of(data) for entry in item["entries"]]
    for entry in (*entries, *data["unsorted"]):
        found.setdefault(entry["note"], set()).add(entry["author"])
    return found


def list_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: Mapping[str, str]
) -> list[dict[str, Any]]:
    """Every item ``list --json`` prints for ``files``, each with its event's title and its
    day's date beside its own fields."""
    data = list_json(tmp_path, capsys, files)
    return [
        dict(item, event=event["title"], date=day["date"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]


def item_of_line(data: Mapping[str, Any]) -> dict[int, str | None]:
    """Each entry's first line in ``list --json`` output → the title of its item (None:
    unsorted)."""
    found: dict[int, str | None] = {e["line"]: None for e in data["unsorted"]}
    for event in data["events"]:
        for day in event["days"]:
            for track in day["tracks"]:
                for item in track["items"]:
                    for entry in item["entries"]:
                        found[entry["line"]] = item["title"]
    return found


def loaded_notes(tmp_path: Path, files: Mapping[str, str]) -> list[Note]:
    """Each of ``files`` (path under tmp_path → text) written and read as the loader reads it."""
    out: list[Note] = []
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        note, _ = load_note(path, tmp_path, rel=rel)
        assert note is not None
        out.append(note)
    return out


def items_by_title(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``list --json``'s items by title, each with its day's date beside its own fields."""
    return {
        item["title"]: dict(item, date=day["date"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def line_of(text: str, opening: str) -> int:
    """The file line (1-based) of ``text`` that starts with ``opening``."""
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(opening))


def search_results(capsys: pytest.CaptureFixture[str], notes: Path, query: str) -> list[dict]:
    """What ``summit-tui search --json --limit 0 QUERY`` finds in ``notes`` (none when it
    fails)."""
    code = cli.main(["search", "--notes", str(notes), "--json", "--limit", "0", query])
    out, _err = capsys.readouterr()
    return json.loads(out)["results"] if code == 0 else []


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``summit-tui ARGV``: its exit code, what it printed and what it said on stderr."""
    capsys.readouterr()
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def item_ids(capsys: pytest.CaptureFixture[str], notes: Path) -> dict[str, str]:
    """Each item's title → its id, as ``list --json`` prints them for ``notes``."""
    _, out, _ = run_cli(capsys, "list", "--json", "--notes", str(notes))
    return {
        item["title"]: item["id"]
        for event in json.loads(out)["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def annotated_note(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    text: str,
    title: str,
    comments: Iterable[str],
) -> tuple[Path, Path, str]:
    """``text`` as the note ``notes/NAME``, its item ``title`` given each of ``comments`` and a
    star through the CLI: the notes folder, the data folder and the item's id."""
    notes, data = tmp_path / "notes", tmp_path / "data"
    notes.mkdir()
    (notes / name).write_text(text, encoding="utf-8")
    item_id = item_ids(capsys, notes)[title]
    base = ["--notes", str(notes), "--data-dir", str(data)]
    for comment in comments:
        assert run_cli(capsys, *base, "annotate", item_id, comment)[0] == 0
    assert run_cli(capsys, *base, "mark", item_id, "--star")[0] == 0
    return notes, data, item_id
