"""Annotations belong to the notes folder (collection) they were made in: another folder
never sees or changes them, and moving or renaming the folder keeps them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from summit_tui.annotate.anchor import find_quote, reanchor_store
from summit_tui.annotate.collection import attach, resolve
from summit_tui.annotate.model import Collection, Target
from summit_tui.annotate.store import AnnotationStore
from summit_tui.cli import main
from test_annotate_support import ALICE_TALK, alice_entry, corpus

NOTES = Path(__file__).resolve().parents[1] / "notes"
NOTES_ABOUT = [("alice.md", "alice.md"), ("bob.md", "bob.md")]


def _folder(base: Path, name: str) -> Path:
    folder = base / name
    folder.mkdir(parents=True)
    for path, _ in NOTES_ABOUT:
        (folder / path).write_text("# a note\n", encoding="utf-8")
    return folder


# -- which collection a folder is -----------------------------------------------------------


def test_a_folder_is_known_by_its_path(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "notes")
    first = resolve([], folder, NOTES_ABOUT)
    assert first.how == "new" and first.collection.path == str(folder.resolve())
    again = resolve([first.collection], folder, [*NOTES_ABOUT, ("new.md", "new.md")])
    assert again.how == "known" and again.collection.id == first.collection.id


def test_a_moved_or_renamed_folder_is_known_by_its_notes(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "notes")
    made = resolve([], folder, NOTES_ABOUT).collection
    renamed = tmp_path / "conference-2024"
    folder.rename(renamed)
    found = resolve([made], renamed, [*NOTES_ABOUT, ("added-later.md", "x")])
    assert found.how == "moved" and found.collection.id == made.id
    assert found.moved_from == str(folder.resolve())
    assert found.collection.path == str(renamed.resolve())
    assert "moved from" in found.describe()


def test_a_copy_beside_the_original_is_a_collection_of_its_own(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "notes")
    made = resolve([], folder, NOTES_ABOUT).collection
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    found = resolve([made], copy, NOTES_ABOUT)
    assert found.how == "new" and found.collection.id != made.id


def test_other_notes_with_the_same_file_names_are_not_taken_for_a_move(tmp_path: Path) -> None:
    old = Collection("c1", "notes", str(tmp_path / "gone"), b"")
    old = resolve([], tmp_path / "gone", NOTES_ABOUT).collection
    other_year = [("alice.md", "SK AI Summit 2025"), ("bob.md", "Another title")]
    found = resolve([old], _folder(tmp_path, "2025"), other_year)
    assert found.how == "new"


# -- what a second folder may and may not do -----------------------------------------------


def test_another_folder_with_the_same_item_ids_never_changes_the_first_ones(
    tmp_path: Path,
) -> None:
    first = corpus(root=str(_folder(tmp_path, "first")))
    rewritten = ALICE_TALK.replace("Her main claim was", "Nobody claimed")
    second = corpus(rewritten, root=str(_folder(tmp_path, "second")))
    target = find_quote(alice_entry(first), "Her main claim was that evaluation")
    with AnnotationStore.open(tmp_path / "data") as store:
        attach(store, first)
        mine = store.add("d1-keynote", "on the first folder", target=target)
        star = store.toggle_star("d1-keynote")
        attach(store, second)
        assert store.annotations() == [] and store.marks() == {}
        report = reanchor_store(store, second)
        assert report.checked == 0 and report.orphaned == 0
        theirs = store.add("d1-keynote", "on the second folder")
        attach(store, first)
        assert store.annotations() == [mine]  # not orphaned, not moved, not mixed
        assert store.marks() == {"d1-keynote": star}
        assert theirs.id not in {a.id for a in store.annotations()}


def test_annotations_from_before_collections_are_adopted_where_they_fit(tmp_path: Path) -> None:
    here = corpus(root=str(_folder(tmp_path, "here")))
    elsewhere = Target(entry_id="x.md#y", note="x.md", exact="from another folder")
    with AnnotationStore.open(tmp_path / "data") as store:  # no collection: as before
        fits = store.add("d1-keynote", "on an item these notes have")
        quoted = store.add("", "a passage of bob.md", target=Target("bob.md#z", "bob.md", "q"))
        other = store.add("other-item", "on a passage of x.md", target=elsewhere)
        store.set_mark("d1-lambda", starred=True)
        store.set_mark("not-here", reviewed=True)
        choice = attach(store, here)
        assert choice.adopted == 3
        assert {a.id for a in store.annotations()} == {fits.id, quoted.id}
        assert set(store.marks()) == {"d1-lambda"}
        left, marks = store.legacy()
        assert [a.id for a in left] == [other.id] and [m.item_id for m in marks] == ["not-here"]


# -- through the commands, on the shipped notes ------------------------------------------------

QUOTE = "내용: Perplexity의 AI 검색 기술로 정보 탐구와 효율성을 높이는 방안."
AUTHOR = "velog @euisuk-chung"
AFTERNOON = "2024-11-04-sk-ai-summit-day1-afternoon-keynotes.md"


@pytest.fixture
def two_folders(tmp_path: Path) -> tuple[Path, Path]:
    """The shipped notes twice: the second has the annotated line rewritten."""
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(NOTES, first)
    shutil.copytree(NOTES, second)
    note = second / AFTERNOON
    note.write_text(
        note.read_text(encoding="utf-8").replace(
            "> * **내용:** Perplexity의 AI 검색 기술로 정보 탐구와 효율성을 높이는 방안.",
            "> * **내용:** 전혀 다른 이야기로 바뀐 줄.",
        ),
        encoding="utf-8",
    )
    return first, second


def _json_export(capsys, *argv: str) -> list[dict]:
    import json

    capsys.readouterr()
    assert main([*argv, "export", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)["annotations"]


def test_opening_another_folder_with_overlapping_ids_never_orphans_the_first_ones(
    two_folders: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    first, second = two_folders
    data = ["--data-dir", str(tmp_path / "data")]
    argv = ["annotate", "skai2024-k14", "my note", "--quote", QUOTE, "--author", AUTHOR]
    assert main(["--notes", str(first), *data, *argv]) == 0
    (made,) = _json_export(capsys, "--notes", str(first), *data)
    assert _json_export(capsys, "--notes", str(second), *data) == []  # not theirs
    assert main(["--notes", str(second), *data, "export"]) == 0
    assert "my note" not in capsys.readouterr().out
    assert main(["--notes", str(second), *data, "mark", "skai2024-k14", "--star"]) == 0
    (after,) = _json_export(capsys, "--notes", str(first), *data)
    assert after == made and not after["orphaned"]
    for folder, found in ((first, True), (second, False)):  # search and report: only theirs
        capsys.readouterr()
        main(["--notes", str(folder), *data, "search", "my note"])
        lines = capsys.readouterr().out.splitlines()
        assert any(line.startswith("annotation") for line in lines) is found
        assert main(["--notes", str(folder), *data, "report", "--item", "skai2024-k14"]) == 0
        assert ("my note" in capsys.readouterr().out) is found


def test_a_renamed_notes_folder_keeps_its_annotations_and_says_so(
    two_folders: tuple[Path, Path], tmp_path: Path, capsys
) -> None:
    first, _ = two_folders
    data = ["--data-dir", str(tmp_path / "data")]
    argv = ["annotate", "skai2024-k14", "my note", "--quote", QUOTE, "--author", AUTHOR]
    assert main(["--notes", str(first), *data, *argv]) == 0
    assert main(["--notes", str(first), *data, "mark", "skai2024-k14", "--star"]) == 0
    renamed = tmp_path / "sk-ai-summit-2024"
    first.rename(renamed)
    capsys.readouterr()
    assert main(["--notes", str(renamed), *data, "export"]) == 0
    out, err = capsys.readouterr()
    assert "my note" in out and "★ Perplexity" in out
    assert f"moved from {first.resolve()}" in err
    capsys.readouterr()
    assert main(["--notes", str(renamed), *data, "locate"]) == 0
    located = capsys.readouterr().out
    assert "collection" in located and str(renamed.resolve()) in located


def test_import_carries_annotations_into_a_copy_of_the_folder_once(tmp_path: Path, capsys) -> None:
    """The documented way to carry annotations to a copy of the notes: export, then import
    with the copy as --notes. The same database holds the original's annotation under the same
    id; the copy still gets its own, once, and the original keeps its."""
    first, copy = tmp_path / "first", tmp_path / "copy"
    shutil.copytree(NOTES, first)
    shutil.copytree(NOTES, copy)
    data = ["--data-dir", str(tmp_path / "data")]
    argv = ["annotate", "skai2024-k14", "my note", "--quote", QUOTE, "--author", AUTHOR]
    assert main(["--notes", str(first), *data, *argv]) == 0
    backup = tmp_path / "backup.json"
    assert (
        main(["--notes", str(first), *data, "export", "--format", "json", "-o", str(backup)]) == 0
    )
    capsys.readouterr()
    assert main(["--notes", str(copy), *data, "import", str(backup)]) == 0
    assert "1 added" in capsys.readouterr().out
    assert main(["--notes", str(copy), *data, "import", str(backup)]) == 0
    again = capsys.readouterr().out
    assert "0 added" in again and "1 unchanged" in again
    (carried,) = _json_export(capsys, "--notes", str(copy), *data)
    (original,) = _json_export(capsys, "--notes", str(first), *data)
    assert carried["comment"] == original["comment"] == "my note"
    assert carried["id"] != original["id"] and not carried["orphaned"]


def test_import_into_notes_it_is_not_about_is_refused_and_changes_nothing(
    tmp_path: Path, capsys
) -> None:
    first = tmp_path / "first"
    shutil.copytree(NOTES, first)
    other = tmp_path / "other"
    other.mkdir()
    (other / "meetup.md").write_text(
        "---\ntitle: Rust Meetup Busan\nauthor: Jiwoo\ndate: 2025-03-02\n---\n\n"
        "## Ownership in practice - Minji Park\n\n- borrow checker stories\n",
        encoding="utf-8",
    )
    data = ["--data-dir", str(tmp_path / "data")]
    assert main(["--notes", str(first), *data, "annotate", "skai2024-k14", "keep"]) == 0
    assert main(["--notes", str(first), *data, "mark", "skai2024-k14", "--star"]) == 0
    backup = tmp_path / "backup.json"
    assert (
        main(["--notes", str(first), *data, "export", "--format", "json", "-o", str(backup)]) == 0
    )
    capsys.readouterr()
    assert main(["--notes", str(other), *data, "import", str(backup)]) != 0
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "skai2024-k14" in err and "--force" in err
    assert _json_export(capsys, "--notes", str(other), *data) == []
    capsys.readouterr()
    assert main(["--notes", str(other), *data, "export"]) == 0
    assert "★" not in capsys.readouterr().out  # no mark either
    assert main(["--notes", str(other), *data, "import", "--force", str(backup)]) == 0
    assert len(_json_export(capsys, "--notes", str(other), *data)) == 1
