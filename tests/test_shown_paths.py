"""A note's path is shown as its user sees it in a file manager: composed (macOS writes file
names decomposed, NFD, which a terminal draws as loose jamo or an accent beside its letter) and
on one line, its control characters written out. Scripts still get the path as it is on disk."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from factories import entry
from summit_tui import cli
from summit_tui.text import shown_path

FOLDER = "세미나"
NAME = "한글 노트.md"
COMPOSED = f"{FOLDER}/{NAME}"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)


def test_a_decomposed_path_is_shown_composed() -> None:
    assert DECOMPOSED != COMPOSED
    assert shown_path(DECOMPOSED) == COMPOSED
    assert shown_path(unicodedata.normalize("NFD", "café.md")) == "café.md"


def test_a_path_is_one_line_with_its_controls_written_out() -> None:
    assert shown_path("a\tb\nc\x1b[31m.md") == "a\\x09b\\x0ac\\x1b[31m.md"
    assert shown_path("bidi\u202eevil.md") == "bidi\\u202eevil.md"
    assert shown_path("plain/path.md") == "plain/path.md"


@pytest.fixture
def decomposed_notes(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    folder = notes / unicodedata.normalize("NFD", FOLDER)
    folder.mkdir(parents=True)
    # Broken frontmatter: a problem `check` reports with the file's path.
    (folder / unicodedata.normalize("NFD", NAME)).write_text(
        "---\ntitle: [broken\n---\n# 발표\n\n- 첫 번째 요점\n", encoding="utf-8"
    )
    return notes


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    cli.main(list(argv))
    return capsys.readouterr().out


def test_check_shows_the_path_composed(decomposed_notes: Path, capsys) -> None:
    out = _run(capsys, "check", "--notes", str(decomposed_notes))
    assert f"  {COMPOSED}:3: error: frontmatter is not valid YAML" in out
    assert DECOMPOSED not in out


def test_list_shows_an_unsorted_entrys_path_composed(decomposed_notes: Path, capsys) -> None:
    out = _run(capsys, "list", "--notes", str(decomposed_notes))
    assert f"  {COMPOSED}:4  발표" in out
    assert DECOMPOSED not in out


def test_json_keeps_the_path_as_it_is_on_disk(decomposed_notes: Path, capsys) -> None:
    data = json.loads(_run(capsys, "check", "--json", "--notes", str(decomposed_notes)))
    assert [problem["note"] for problem in data["problems"]] == [DECOMPOSED]  # a script opens it
    assert (decomposed_notes / data["problems"][0]["note"]).is_file()


def test_the_readers_source_line_shows_the_path_composed() -> None:
    from summit_tui.ui.widgets.reader import source_line

    shown = source_line(
        entry("- 첫 번째 요점", note=DECOMPOSED, start=4, end=6), None, None, 80
    ).plain
    assert shown.endswith(COMPOSED)


def test_a_report_says_where_a_point_was_written_composed() -> None:
    from summit_tui.places import seen_from

    assert seen_from("/x/notes", "/x").of(DECOMPOSED, 6) == f"notes/{COMPOSED}:6"
    folder = unicodedata.normalize("NFD", "/x/세미나 노트")
    assert seen_from(folder, "/x").of(DECOMPOSED, 6) == f"세미나 노트/{COMPOSED}:6"


def test_compare_shows_the_authors_paths_composed(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    names = {}
    for author in ("민수", "지원"):
        name = unicodedata.normalize("NFD", f"{author} 후기.md")
        (notes / name).write_text(
            f"---\nevent: 테스트 서밋 2024\ndate: 2024-11-04\nauthor: {author}\n---\n"
            "# 캐시 전략 발표\n\n- 캐시 히트율이 90%를 넘었다\n",
            encoding="utf-8",
        )
        names[author] = unicodedata.normalize("NFC", name)
    listing = json.loads(_run(capsys, "list", "--json", "--notes", str(notes)))
    (item,) = [
        i["id"]
        for event in listing["events"]
        for day in event["days"]
        for track in day["tracks"]
        for i in track["items"]
    ]
    out = _run(capsys, "compare", item, "--notes", str(notes))
    assert all(f"{name}:" in out for name in names.values()), out
    assert unicodedata.normalize("NFD", "후기") not in out
