"""`summit-tui list` and `summit-tui check`, run through cli.main as a user would."""

from __future__ import annotations

import importlib.util
import json
import sys
import types
from pathlib import Path

import pytest

from summit_tui import cli
from summit_tui.corpus.model import (
    Candidate,
    Entry,
    EntryKind,
    Link,
    LinkReason,
    Program,
)

PROGRAM = """\
events:
  - id: ev
    title: Event
    days:
      - date: 2024-11-04
        tracks:
          - name: Keynote
            items:
              - id: ev-k1
                number: 1
                title: Alpha
                speakers: [Ann Speaker (Org)]
              - id: ev-k2
                title: Beta
"""


@pytest.fixture(autouse=True)
def _available_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """Other subcommands are written in parallel: build the parser from those that exist."""
    present = {
        name: spec
        for name, spec in cli.COMMANDS.items()
        if importlib.util.find_spec(f"summit_tui.commands.{spec[0]}") is not None
    }
    monkeypatch.setattr(cli, "COMMANDS", present)


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    """Segment: one entry per `# ` heading. Link: by exact title, else unlinked with a candidate."""

    def segment_note(note, program, body=None, asked=None):
        entries = []
        for index, line in enumerate(note.body.split("\n")):
            if line.startswith("# "):
                title = line[2:]
                start = note.body_line + index
                entries.append(
                    Entry(
                        f"{note.path}#{index}",
                        note.path,
                        note.author,
                        title,
                        (title,),
                        EntryKind.SESSION,
                        start,
                        start,
                        line,
                    )
                )
        return entries, []

    def link_entries(entries, notes, program):
        titles = {item.title: item.id for item in program.items()}
        out = {}
        for entry in entries:
            if entry.title in titles:
                out[entry.id] = Link(entry.id, titles[entry.title], 91.25, LinkReason.TITLE)
            else:
                out[entry.id] = Link(entry.id, None, 40.0, None, (Candidate("ev-k2", 55.5),))
        return out

    segment = types.ModuleType("summit_tui.corpus.segment")
    segment.segment_note = segment_note
    link = types.ModuleType("summit_tui.corpus.link")
    link.link_entries = link_entries
    link.infer_program = lambda notes, entries: (Program(inferred=True), {})
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.segment", segment)
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.link", link)
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.infer", link)  # its infer_program
    link.add_unlisted = lambda program, *rest: (program, {})  # no unlisted items
    monkeypatch.setitem(sys.modules, "summit_tui.corpus.unlisted", link)


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    root.mkdir()
    (root / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    (root / "ann.md").write_text("---\nauthor: Ann\n---\n# Alpha\ntext\n", encoding="utf-8")
    (root / "bob.md").write_text(
        "---\nauthor: Bob\n---\n# Alpha\n\n# Betta \x1b[31mred\x1b[0m\n", encoding="utf-8"
    )
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- list ----------------------------------------------------------------------------------


def test_list_json_shape(notes: Path, stand_ins, capsys) -> None:
    code, out, err = run(capsys, "list", "--notes", str(notes), "--json")
    assert code == 0
    assert str(notes) in err  # which folder was used, on stderr
    data = json.loads(out)  # stdout holds only the JSON
    assert set(data) == {"events", "unsorted", "problems"}
    event = data["events"][0]
    assert (event["id"], event["title"]) == ("ev", "Event")
    day = event["days"][0]
    assert (day["date"], day["label"]) == ("2024-11-04", "Day 1")
    track = day["tracks"][0]
    assert track["name"] == "Keynote"
    alpha, beta = track["items"]
    assert {k: alpha[k] for k in ("id", "kind", "title", "speakers", "authors")} == {
        "id": "ev-k1",
        "kind": "session",
        "title": "Alpha",
        "speakers": ["Ann Speaker"],
        "authors": ["Ann", "Bob"],
    }
    assert alpha["entries"][0] == {
        "note": "ann.md",
        "heading": "Alpha",
        "line": 4,
        "author": "Ann",
        "score": 91.2,
        "reason": "title",
    }
    assert beta["entries"] == [] and beta["authors"] == []
    [unsorted] = data["unsorted"]
    assert (unsorted["note"], unsorted["line"], unsorted["author"]) == ("bob.md", 6, "Bob")
    # check's warning about it is a problem too, with its file and line
    [warning] = data["problems"]
    assert (warning["note"], warning["line"], warning["severity"]) == ("bob.md", 6, "warning")


def test_list_json_problems(notes: Path, stand_ins, capsys) -> None:
    (notes / "broken.md").write_text("---\ntitle: [x\n---\nbody\n")
    _, out, _ = run(capsys, "list", "--notes", str(notes), "--json")
    [problem] = [p for p in json.loads(out)["problems"] if p["severity"] == "error"]
    assert {k: problem[k] for k in ("note", "line", "severity")} == {
        "note": "broken.md",
        "line": 3,
        "severity": "error",
    }
    assert "YAML" in problem["message"]


def test_list_tree_is_readable_and_clean(notes: Path, stand_ins, capsys) -> None:
    code, out, _ = run(capsys, "list", "--notes", str(notes))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Event")
    assert any("Day 1" in line for line in lines)
    assert any("1. Alpha" in line and "Ann, Bob" in line for line in lines)
    assert any("Beta" in line and "no notes" in line for line in lines)
    assert "\x1b" not in out  # escape sequences from a note never reach the terminal
    assert "Betta [31mred" not in out
    assert any("bob.md:6" in line for line in lines)
    assert "Unsorted (1 entry that belongs to no item)" in lines


def test_missing_notes_folder_is_a_clear_error(tmp_path: Path, capsys) -> None:
    code, out, err = run(capsys, "list", "--notes", str(tmp_path / "nowhere"))
    assert code == 2
    assert out == ""
    assert "does not exist" in err
    assert "notes from" not in err  # never said to be read before being found missing
    assert "Traceback" not in err


def test_notes_from_the_environment(
    notes: Path, stand_ins, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMIT_TUI_NOTES", str(notes))
    code, out, err = run(capsys, "list", "--json")
    assert code == 0
    assert "$SUMMIT_TUI_NOTES" in err
    assert json.loads(out)["events"][0]["id"] == "ev"


# -- check ---------------------------------------------------------------------------------


def test_check_lists_unlinked_entries_with_candidates_and_exits_0(
    notes: Path, stand_ins, capsys
) -> None:
    code, out, _ = run(capsys, "check", "--notes", str(notes))
    assert code == 0
    assert "bob.md:6" in out
    assert "55.5" in out and "Beta" in out and "ev-k2" in out
    assert "0 errors" in out
    assert "\x1b" not in out


def test_check_exits_1_on_an_error_and_names_the_place(notes: Path, stand_ins, capsys) -> None:
    (notes / "broken.md").write_text("---\ntitle: ok\nauthor: [x\n---\nbody\n")
    code, out, _ = run(capsys, "check", "--notes", str(notes))
    assert code == 1
    assert "broken.md:4: error:" in out
    assert "1 error," in out


def test_check_warnings_alone_exit_0(notes: Path, stand_ins, capsys) -> None:
    (notes / "empty.md").write_text("")
    code, out, _ = run(capsys, "check", "--notes", str(notes))
    assert code == 0
    assert "empty.md: warning: file is empty" in out


def test_check_program_errors_exit_1(notes: Path, stand_ins, capsys) -> None:
    (notes / "program.yaml").write_text(PROGRAM.replace("number: 1", "numbr: 1"))
    code, out, _ = run(capsys, "check", "--notes", str(notes))
    assert code == 1
    assert "program.yaml:10: error: unknown key 'numbr'" in out


def test_check_json(notes: Path, stand_ins, capsys) -> None:
    code, out, _ = run(capsys, "check", "--notes", str(notes), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["ok"] is True
    [unlinked] = data["unlinked"]
    assert unlinked["candidates"] == [{"item": "ev-k2", "title": "Beta", "score": 55.5}]


# -- on the shipped notes, with the real segmenter and linker -------------------------------


def _real_modules() -> None:
    pytest.importorskip("summit_tui.corpus.segment")
    pytest.importorskip("summit_tui.corpus.link")


def test_list_json_on_the_shipped_notes(shipped_notes: Path, capsys) -> None:
    _real_modules()
    code, out, _ = run(capsys, "list", "--notes", str(shipped_notes), "--json")
    assert code == 0
    data = json.loads(out)
    assert {e["id"] for e in data["events"]} >= {"skai2024"}
    items = [
        item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    assert items
    for item in items:
        assert set(item) >= {"id", "kind", "title", "speakers", "authors", "entries"}
        assert item["kind"] in ("session", "booth")
        for entry in item["entries"]:
            assert set(entry) >= {"note", "heading", "line", "author", "score", "reason"}
            assert (shipped_notes / entry["note"]).is_file()
            assert isinstance(entry["line"], int)
    assert any(len(item["authors"]) >= 2 for item in items)
    assert {u["note"] for u in data["unsorted"]} >= {"korea-ai-applied-skills-essay.md"}
    for problem in data["problems"]:
        assert set(problem) >= {"note", "line", "severity", "message"}


def test_check_on_the_shipped_notes_passes(shipped_notes: Path, capsys) -> None:
    _real_modules()
    code, out, _ = run(capsys, "check", "--notes", str(shipped_notes))
    assert code == 0, out


def test_list_json_is_the_same_from_the_cache(shipped_notes: Path, capsys) -> None:
    _real_modules()
    _, cold, _ = run(capsys, "list", "--notes", str(shipped_notes), "--json")
    _, warm, _ = run(capsys, "list", "--notes", str(shipped_notes), "--json")
    assert warm == cold
    _, cold_check, _ = run(capsys, "check", "--notes", str(shipped_notes), "--json")
    assert json.loads(cold_check)["ok"] is True
