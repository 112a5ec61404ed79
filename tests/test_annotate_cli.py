"""The annotate, mark, export, import and locate subcommands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui.annotate.collection import attach
from summit_tui.annotate.store import DB_NAME, AnnotationStore
from test_annotate_support import BOB_TALK, corpus, run_command


@pytest.fixture(autouse=True)
def _small_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("summit_tui.commands._common.load_corpus", lambda args: corpus())


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _store(data: Path) -> AnnotationStore:
    """The store as the commands see it: scoped to the notes folder's collection."""
    store = AnnotationStore.open(data)
    attach(store, corpus())
    return store


def test_annotate_an_item_and_a_quoted_passage(data: Path, capsys) -> None:
    code, _ = run_command(
        "annotate_cmd",
        ["--data-dir", str(data), "d1-keynote", "Whole talk", "--tag", "ai", "--tag", "#agents"],
    )
    assert code == 0
    code, _ = run_command(
        "annotate_cmd",
        [
            "--data-dir",
            str(data),
            "d1-keynote",
            "The crux",
            "--quote",
            "evaluation, not model size",
            "--author",
            "alice",
            "--json",
        ],
    )
    assert code == 0
    printed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert printed["target"]["exact"] == "evaluation, not model size"
    with _store(data) as store:
        whole, passage = store.annotations("d1-keynote")
    assert whole.target is None and whole.tags == ("ai", "agents")
    assert passage.target is not None and passage.target.author == "Alice"
    assert passage.target.line == 10 and passage.target.note == "alice.md"


def test_quote_not_found_is_a_clear_error_and_saves_nothing(data: Path) -> None:
    code, message = run_command(
        "annotate_cmd",
        ["--data-dir", str(data), "d1-keynote", "x", "--quote", "words nobody wrote at all"],
    )
    assert code != 0
    assert "quote was not found" in message and "d1-keynote" in message
    assert not (data / DB_NAME).exists()


def test_quote_by_several_authors_asks_for_one(data: Path) -> None:
    code, message = run_command(
        "annotate_cmd", ["--data-dir", str(data), "d1-keynote", "x", "--quote", "evaluation"]
    )
    assert code != 0
    assert "--author" in message and "Alice" in message and "Bob" in message


def test_a_quote_matching_in_another_case_elsewhere_still_asks_which_author(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Bob wrote "Evaluation" capitalised, Alice "evaluation": the same word in both notes, so
    # the exact case must not silently pick Bob's.
    bob = BOB_TALK.replace("evaluation decides", "Evaluation decides")
    monkeypatch.setattr("summit_tui.commands._common.load_corpus", lambda args: corpus(bob=bob))
    code, message = run_command(
        "annotate_cmd", ["--data-dir", str(data), "d1-keynote", "x", "--quote", "Evaluation"]
    )
    assert code != 0
    assert "--author" in message and "Alice" in message and "Bob" in message
    assert not (data / DB_NAME).exists()


def test_unknown_author_lists_who_wrote(data: Path) -> None:
    code, message = run_command(
        "annotate_cmd",
        ["--data-dir", str(data), "d1-keynote", "x", "--quote", "memory", "--author", "Zed"],
    )
    assert code != 0 and "Alice" in message and "Bob" in message


def test_unknown_item_names_close_ids(data: Path) -> None:
    code, message = run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynot", "x"])
    assert code != 0
    assert "'d1-keynot'" in message and "d1-keynote" in message
    code, message = run_command("mark_cmd", ["--data-dir", str(data), "lambda", "--star"])
    assert code != 0 and "d1-lambda" in message


def test_mark_star_and_reviewed(data: Path, capsys) -> None:
    assert run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote", "--star"])[0] == 0
    assert run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote", "--reviewed"])[0] == 0
    assert "starred, reviewed" in capsys.readouterr().out
    with _store(data) as store:
        mark = store.mark("d1-keynote")
        assert mark.starred and mark.reviewed
    assert run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote", "--unstar"])[0] == 0
    with _store(data) as store:
        assert not store.mark("d1-keynote").starred and store.mark("d1-keynote").reviewed
    code, message = run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote"])
    assert code != 0 and "--star" in message


def test_export_to_a_file_then_import_elsewhere(tmp_path: Path, data: Path, capsys) -> None:
    run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynote", "Noted", "--tag", "t"])
    run_command("mark_cmd", ["--data-dir", str(data), "d1-lambda", "--star"])
    markdown = tmp_path / "out.md"
    assert run_command("export_cmd", ["--data-dir", str(data), "-o", str(markdown)])[0] == 0
    text = markdown.read_text(encoding="utf-8")
    assert "##### Agents at scale" in text and "Noted" in text and "★ Lambda" in text
    backup = tmp_path / "backup.json"
    assert run_command("export_cmd", ["--data-dir", str(data), "-o", str(backup)])[0] == 0
    assert json.loads(backup.read_text())["format"] == "summit-tui-annotations"
    other = tmp_path / "other"
    capsys.readouterr()
    assert run_command("import_cmd", ["--data-dir", str(other), str(backup)])[0] == 0
    assert "1 added" in capsys.readouterr().out
    assert run_command("import_cmd", ["--data-dir", str(other), str(backup)])[0] == 0
    assert "0 added, 0 updated, 1 unchanged" in capsys.readouterr().out
    again = tmp_path / "again.md"
    run_command("export_cmd", ["--data-dir", str(other), "-o", str(again)])
    strip = lambda s: s.split("\n", 3)[3]  # noqa: E731 - drop the line with the export time
    assert strip(again.read_text(encoding="utf-8")) == strip(text)


def test_export_to_stdout_with_a_tag_filter(data: Path, capsys) -> None:
    run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynote", "kept", "--tag", "k"])
    run_command("annotate_cmd", ["--data-dir", str(data), "d2-panel", "dropped"])
    capsys.readouterr()
    assert run_command("export_cmd", ["--data-dir", str(data), "--tag", "k"])[0] == 0
    out = capsys.readouterr().out
    assert "kept" in out and "dropped" not in out


def test_broken_database_is_reported_and_left_alone(data: Path) -> None:
    data.mkdir()
    (data / DB_NAME).write_bytes(b"garbage" * 100)
    for command, argv in (
        ("export_cmd", []),
        ("annotate_cmd", ["d1-keynote", "x"]),
        ("mark_cmd", ["d1-keynote", "--star"]),
    ):
        code, message = run_command(command, ["--data-dir", str(data), *argv])
        assert code != 0
        assert str(data / DB_NAME) in message and "not a summit-tui annotations database" in message
    assert (data / DB_NAME).read_bytes() == b"garbage" * 100


def test_import_of_a_bad_file_says_nothing_was_imported(tmp_path: Path, data: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    code, message = run_command("import_cmd", ["--data-dir", str(data), str(bad)])
    assert code != 0 and str(bad) in message and "nothing was imported" in message


def test_locate_prints_every_place(data: Path, capsys, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    assert (
        run_command("locate_cmd", ["--data-dir", str(data), "--notes", str(notes), "--json"])[0]
        == 0
    )
    places = json.loads(capsys.readouterr().out)
    assert set(places) == {
        "notes",
        "data",
        "database",
        "cache",
        "state",
        "config",
        "settings",
        "collection",
    }
    assert places["collection"]["id"] is None and "path" in places["collection"]["how"]
    assert places["database"]["path"] == str(data / DB_NAME)
    assert places["data"]["why"] == "--data-dir"
    assert places["notes"]["why"] == "--notes"
    assert places["cache"]["why"] == "$SUMMIT_TUI_CACHE_DIR"
    assert run_command("locate_cmd", ["--data-dir", str(data)])[0] == 0
    out = capsys.readouterr().out
    assert str(data / DB_NAME) in out and "cache" in out and "config" in out


def test_a_verbatim_quote_wins_over_a_near_miss_in_another_note(data: Path) -> None:
    # Bob wrote "Memory was the second theme of the talk."; Alice's note has a near miss.
    code, message = run_command(
        "annotate_cmd",
        ["--data-dir", str(data), "d1-keynote", "x", "--quote", "Memory was the second theme"],
    )
    assert code == 0, message
    with _store(data) as store:
        (annotation,) = store.annotations()
    assert annotation.target is not None and annotation.target.author == "Bob"


def test_a_passage_in_no_item_is_annotated_through_its_note(
    data: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from test_annotate_support import ESSAY

    with_essay = corpus(essay=ESSAY)
    monkeypatch.setattr("summit_tui.commands._common.load_corpus", lambda args: with_essay)
    code, message = run_command(
        "annotate_cmd",
        ["--data-dir", str(data), "essay.md", "Agreed", "--quote", "fewer talks and more booths"],
    )
    assert code == 0, message
    # The factory's notes folder is /notes, outside the working folder: written in full.
    assert "a passage that belongs to no item on /notes/essay.md:5" in capsys.readouterr().out
    # The note's path also finds a passage that does belong to an item: filed under it.
    code, message = run_command(
        "annotate_cmd",
        ["--data-dir", str(data), "notes/alice.md", "Crux", "--quote", "not model size"],
    )
    assert code == 0, message
    store = AnnotationStore.open(data)
    attach(store, with_essay)
    with store:
        essay, talk = store.annotations()
    assert essay.item_id == "" and essay.target is not None and essay.target.note == "essay.md"
    assert talk.item_id == "d1-keynote" and talk.item.title == "Agents at scale"
    code, message = run_command("annotate_cmd", ["--data-dir", str(data), "essay.md", "x"])
    assert code == 2 and "--quote" in message
    capsys.readouterr()
    assert run_command("export_cmd", ["--data-dir", str(data)])[0] == 0
    out = capsys.readouterr().out
    assert "## Passages in no item" in out and "Agreed" in out


def test_annotations_and_marks_record_the_item_as_it_was(data: Path) -> None:
    run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynote", "Whole talk"])
    run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote", "--star"])
    with _store(data) as store:
        (annotation,) = store.annotations()
        mark = store.mark("d1-keynote")
    for info in (annotation.item, mark.item):
        assert info.title == "Agents at scale"
        assert info.speakers == ("Ada Example", "Grace Sample")
        assert (info.kind, info.event) == ("session", "democon")
