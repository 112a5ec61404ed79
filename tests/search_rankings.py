"""Recorded search rankings: the benchmark queries on two frozen corpora.

The search index is rebuilt in parts and made incremental; what it finds must not
change on the way. ``tests/data/search_rankings.json.gz`` holds two corpora as the
parser made them when the rankings were recorded (the shipped notes with their text,
and a generated corpus of a few hundred notes whose text ``benchmarks/generate.py``
makes again from its seed) and, for every keystroke of ``bench_search.QUERIES``, the
results the index gave. Freezing the corpora keeps the test about search: a change to
how notes are segmented or linked does not move these rankings.

Record again (only when a ranking change is intended, and say why in the commit):

    .venv/bin/python tests/search_rankings.py --record

``--record --keep-corpora`` records the rankings again on the corpora already frozen
(a change to search alone), rather than freezing them again from today's parser.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "search_rankings.json.gz"
GENERATED_NOTES = 300
GENERATED_SEED = 7
STATE_RESULTS = 10  # results kept per intermediate keystroke
QUERY_RESULTS = 50  # per complete query

sys.path.insert(0, str(ROOT / "benchmarks"))


def queries() -> tuple[str, ...]:
    from bench_search import QUERIES

    return QUERIES


def generate(folder: Path) -> Path:
    """The generated notes (byte-identical for the same N and seed)."""
    command = [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(GENERATED_NOTES)]
    command += [str(folder), "--seed", str(GENERATED_SEED)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return folder


# -- freezing a corpus ------------------------------------------------------------------------

_NOTE_FIELDS = ("path", "title", "author", "author_guessed", "body_line", "event", "date")
_NOTE_FIELDS += ("source", "lang", "track", "tags", "speakers", "aliases")
_ITEM_FIELDS = ("id", "kind", "title", "event", "day", "track", "titles", "aliases", "number")
_ITEM_FIELDS += ("type", "start", "duration", "room", "abstract", "url", "inferred")


def freeze(corpus: Any, *, bodies: bool) -> dict[str, Any]:
    """The corpus as JSON data; without ``bodies``, the text is read back from the files."""
    notes = []
    for note in corpus.notes:
        row = {name: getattr(note, name) for name in _NOTE_FIELDS}
        if bodies:
            row["body"] = note.body
        notes.append(row)
    entries = [
        [
            e.id,
            e.note,
            e.author,
            e.title,
            list(e.heading_path),
            str(e.kind),
            e.start_line,
            e.end_line,
            list(e.speakers),
            corpus.linked_item_id(e.id),
        ]
        for e in corpus.entries
    ]
    events = []
    for event in corpus.program.events:
        days = []
        for day in event.days:
            tracks = []
            for track in day.tracks:
                items = []
                for item in track.items:
                    row = {name: getattr(item, name) for name in _ITEM_FIELDS}
                    row["kind"] = str(item.kind)
                    row["speakers"] = [
                        [p.name, p.affiliation, list(p.aliases)] for p in item.speakers
                    ]
                    items.append(row)
                tracks.append({"name": track.name, "items": items})
            days.append({"date": day.date, "label": day.label, "tracks": tracks})
        events.append({"id": event.id, "title": event.title, "days": days})
    return {"notes": notes, "entries": entries, "events": events}


def thaw(data: dict[str, Any], root: Path) -> Any:
    """The frozen corpus again; note text from ``data`` or from the files under ``root``."""
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

    notes = []
    lines_of: dict[str, list[str]] = {}
    for row in data["notes"]:
        fields = dict(row)
        body = fields.pop("body", None)
        if body is None:
            text = (root / row["path"]).read_text(encoding="utf-8")
            body = "\n".join(text.split("\n")[row["body_line"] - 1 :])
        for name in ("tags", "speakers", "aliases"):
            fields[name] = tuple(fields[name])
        lines_of[row["path"]] = [""] * (row["body_line"] - 1) + body.split("\n")
        notes.append(Note(body=body, **fields))
    entries = []
    links = {}
    for eid, note, author, title, path, kind, start, end, speakers, item in data["entries"]:
        text = "\n".join(lines_of[note][start - 1 : end])
        entries.append(
            Entry(
                id=eid,
                note=note,
                author=author,
                title=title,
                heading_path=tuple(path),
                kind=EntryKind(kind),
                start_line=start,
                end_line=end,
                text=text,
                speakers=tuple(speakers),
            )
        )
        reason = LinkReason.EXPLICIT if item else None
        links[eid] = Link(entry_id=eid, item_id=item, score=100.0 if item else 0.0, reason=reason)

    def item(row: dict[str, Any]) -> Item:
        fields = dict(row)
        fields["kind"] = ItemKind(fields["kind"])
        fields["titles"] = tuple(fields["titles"])
        fields["aliases"] = tuple(fields["aliases"])
        fields["speakers"] = tuple(
            Person(name, affiliation, tuple(aliases))
            for name, affiliation, aliases in fields["speakers"]
        )
        return Item(**fields)

    events = tuple(
        Event(
            id=event["id"],
            title=event["title"],
            days=tuple(
                Day(
                    date=day["date"],
                    label=day["label"],
                    tracks=tuple(
                        Track(name=t["name"], items=tuple(map(item, t["items"])))
                        for t in day["tracks"]
                    ),
                )
                for day in event["days"]
            ),
        )
        for event in data["events"]
    )
    return Corpus(
        root=str(root),
        notes=tuple(notes),
        entries=tuple(entries),
        program=Program(events=events, source="program.yaml"),
        links=links,
    )


# -- rankings ---------------------------------------------------------------------------------


def _row(result: Any) -> str:
    fields = (result.kind, result.item_id, result.entry_id, result.line, result.passage)
    return " | ".join(map(str, (*fields, result.field, f"{result.score:.2f}", result.snippet)))


def rankings(index: Any) -> dict[str, list[str]]:
    """Every keystroke's results (complete queries resolved to their passages)."""
    from summit_tui.search.hangul import typing_states

    out: dict[str, list[str]] = {}
    for query in queries():
        for state in typing_states(query):
            if state == query:
                results = index.search(state, QUERY_RESULTS, resolve=True)
            else:
                results = index.search(state, QUERY_RESULTS)[:STATE_RESULTS]
            out[state] = [_row(result) for result in results]
    return out


def load() -> dict[str, Any]:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def record(*, keep_corpora: bool = False) -> None:
    import tempfile

    from summit_tui.corpus.build import build_corpus
    from summit_tui.search.index import SearchIndex

    with tempfile.TemporaryDirectory() as tmp:
        generated = generate(Path(tmp) / "notes")  # the text of the frozen generated notes
        if keep_corpora:
            corpora = load()["corpora"]
        else:
            corpora = {
                "shipped": freeze(build_corpus(ROOT / "notes"), bodies=True),
                "generated": freeze(build_corpus(generated), bodies=False),
            }
        data: dict[str, Any] = {"corpora": corpora, "rankings": {}}
        for name, frozen in corpora.items():
            corpus = thaw(frozen, ROOT / "notes" if name == "shipped" else generated)
            data["rankings"][name] = rankings(SearchIndex.build(corpus))
    DATA.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(DATA, "wt", encoding="utf-8", compresslevel=9) as handle:
        json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))
    print(f"recorded {DATA} ({DATA.stat().st_size:,} bytes)")


if __name__ == "__main__":
    if sys.argv[1:] not in (["--record"], ["--record", "--keep-corpora"]):
        sys.exit(__doc__)
    sys.path.insert(0, str(ROOT / "src"))
    record(keep_corpora="--keep-corpora" in sys.argv)
