"""A note whose writer nothing names gets one answer in every view (blind15 QA, "NEW on
90210eb"): `list` said "(3 notes without author)" while `compare`, `report` and the app showed
a file's or a folder's name as the writer. Every view now shows where such a note is, marked
as no author, so a user can still tell which notes an item holds and never reads a file name
as a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui import cli
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.writers import place_label, unknown_writers

_TALK = """# Demo Conf 2024 notes

## Observability on a budget (Jane Doe)

- {point}
- sampling at the edge keeps the bill small
"""


def _notes(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    (root / "keep").mkdir(parents=True)
    (root / "keep" / "Saturday.md").write_text(
        _TALK.format(point="logs are the most expensive signal"), encoding="utf-8"
    )
    (root / "recap.md").write_text(
        _TALK.format(point="traces beat logs for latency questions"), encoding="utf-8"
    )
    (root / "lena.md").write_text(
        "---\nauthor: Lena Hoffmann\n---\n" + _TALK.format(point="metrics first, then traces"),
        encoding="utf-8",
    )
    return root


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    cli.main(args)
    return capsys.readouterr().out


def test_a_note_without_a_writer_shows_where_it_is_marked_as_no_author() -> None:
    assert place_label("recap", "recap.md") == "recap.md (no author)"
    assert place_label("keep", "keep/Saturday.md") == "keep/ (no author)"


def test_every_cli_view_gives_the_same_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = _notes(tmp_path)
    corpus = build_corpus(notes)
    labels = {note.path: corpus.writer(note.author) for note in corpus.notes}
    assert labels == {
        "keep/Saturday.md": "Saturday.md (no author)",
        "lena.md": "Lena Hoffmann",
        "recap.md": "recap.md (no author)",
    }
    (item,) = [i for i in corpus.items() if corpus.entries_for(i.id)]
    listed = _run(["list", "--notes", str(notes)], capsys)
    # the tree names each note an item holds: the writer, or where a note without one is
    line = next(line for line in listed.splitlines() if f"[{item.id}]" in line)
    assert "Lena Hoffmann" in line and "Saturday.md (no author)" in line
    assert "recap.md (no author)" in line and "without author" not in line
    compared = _run(["compare", item.id, "--notes", str(notes)], capsys)
    header = next(line for line in compared.splitlines() if line.startswith("authors: "))
    assert set(header.removeprefix("authors: ").split(", ")) == {
        "Lena Hoffmann",
        "Saturday.md (no author)",
        "recap.md (no author)",
    }
    assert "== recap.md (no author)  (" in compared
    report = tmp_path / "report.md"
    _run(["report", "--notes", str(notes), "-o", str(report)], capsys)
    assert "recap.md (no author)" in report.read_text(encoding="utf-8")
    checked = _run(["check", "--notes", str(notes)], capsys)
    assert "shown as 'recap.md (no author)'" in checked


def test_a_key_some_note_names_as_its_writer_is_that_person_everywhere(tmp_path: Path) -> None:
    """A key no note names as a writer is a place; a key some note names (by its frontmatter
    or a byline) is that person's in every view."""
    notes = _notes(tmp_path)
    (notes / "recap-2.md").write_text(
        "---\nauthor: recap\n---\n" + _TALK.format(point="one more"), encoding="utf-8"
    )
    corpus = build_corpus(notes)
    unnamed = unknown_writers(corpus.notes)
    assert set(unnamed) == {"Saturday"}
    assert corpus.writer("recap") == "recap" and corpus.known_writer("recap")


def test_unsorted_lines_always_say_who_wrote_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = _notes(tmp_path)
    (notes / "shopping.md").write_text("# Shopping\n\n- milk\n- bread\n", encoding="utf-8")
    listed = _run(["list", "--notes", str(notes)], capsys)
    unsorted = listed.partition("Unsorted")[2].splitlines()[1:]
    rows = [line for line in unsorted if line.startswith("  ") and ".md:" in line]
    assert rows and all(" — " in row for row in rows)
    assert any(row.endswith("— shopping.md (no author)") for row in rows)


@pytest.mark.parametrize(
    ("title", "others", "shown"),
    [
        # a diary page or a series post lends its own title to a talk: not the talk's
        (
            "Fri 18:00 — 4k intros in 2024",
            ("금요일 저녁 6시 — 4k 인트로 만들기", "päiväkirja, osa 2"),
            ("금요일 저녁 6시 — 4k 인트로 만들기",),
        ),
        ("Shaders for people who hate math", ("Assembly 2024 – Teil 2",), ()),
        ("Observability on a budget", ("My diary, day 3",), ()),
        ("테스트 코드 리팩터링", ("파이콘 후기 2편",), ()),
        # real alternative titles stay: translations, other wordings, a part of the talk's
        ("Software that outlives its authors", ("Yazarlarından uzun yaşayan yazılım",), None),
        ("Swift Concurrency", ("Swift Concurrency after one year",), None),
        ("Kafka in production", ("Kafka in production, part 2",), None),
    ],
)
def test_the_header_shows_only_real_alternative_titles(
    title: str, others: tuple[str, ...], shown: tuple[str, ...] | None
) -> None:
    from summit_tui.corpus.model import Item, ItemKind
    from summit_tui.corpus.shown_titles import other_titles

    item = Item("x", ItemKind.SESSION, title, "e", None, "Sessions", titles=others)
    assert other_titles(item) == (others if shown is None else shown)


def test_a_speaker_the_title_names_first_is_not_said_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(
        "---\nauthor: Kim\n---\n# DevFest Seoul 2024\n\n"
        "### Jane Doe — Observability on a budget\n\n- logs are expensive\n",
        encoding="utf-8",
    )
    listed = _run(["list", "--notes", str(notes)], capsys)
    (line,) = [line for line in listed.splitlines() if "Observability" in line]
    assert line.count("Jane Doe") == 1


def test_a_folder_without_notes_says_so_in_list_and_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    listed = _run(["list", "--notes", str(empty)], capsys)
    assert listed.startswith(f"No notes found in {empty}")
    checked = _run(["check", "--notes", str(empty)], capsys)
    assert f"warning: no notes found in {empty}" in checked and "1 warning" in checked


def test_a_saved_web_page_beside_the_notes_gets_an_info_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = _notes(tmp_path)
    (notes / "pycon-recap.html").write_text("<html><body><p>hi</p></body></html>")
    (notes / "_layouts").mkdir()
    (notes / "_layouts" / "post.html").write_text("<html>{{ content }}</html>")
    checked = _run(["check", "--notes", str(notes)], capsys)
    assert "pycon-recap.html: info: a .html file is not read as a note: a saved web page" in (
        checked
    )
    assert "post.html" not in checked  # a site's own template is no saved post


def test_search_results_name_the_writer_as_every_view_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    notes = _notes(tmp_path)
    for _ in range(2):  # built, then read back from the saved index
        found = _run(["search", "traces beat logs", "--notes", str(notes)], capsys)
        passage = next(line for line in found.splitlines() if line.startswith("passage"))
        assert "· recap.md (no author) ·" in passage
        found = _run(["search", "Observability", "--notes", str(notes)], capsys)
        item = next(line for line in found.splitlines() if line.startswith("item"))
        assert "recap.md (no author)" in item and "Lena Hoffmann" in item


def test_a_post_slug_of_four_words_or_more_is_no_persons_name() -> None:
    from summit_tui.corpus.bylines import unstated_author

    bengali = "# দুর্গাপুজোর প্যান্ডেল হপিং ২০২৪ — একটা তালিকা\n\nএবার কলকাতায় …\n"
    assert unstated_author(None, (None,), "bn/durga-puja-pandal-hopping.md", bengali) == (
        "durga-puja-pandal-hopping",
        "none",
    )
    # a file named as a person is still theirs
    assert unstated_author(None, (None,), "notes/jiho-kim.md", "# PyCon KR\n")[1] == "file"


@pytest.mark.parametrize(
    ("rel", "want"),
    [
        ("päiväkirja/asm24-2-perjantai.md", ("päiväkirja", "none")),
        ("Tagebuch/tag-3-vortraege.md", ("Tagebuch", "none")),
        ("일기/둘째날.md", ("일기", "none")),
        ("lena-hoffmann/diary/day-two.md", ("lena-hoffmann", "folder")),
    ],
)
def test_a_diarys_pages_are_one_writers(rel: str, want: tuple[str, str]) -> None:
    """A diary's pages are one person's (one column in compare, one 'päiväkirja/ (no
    author)' in every view), not one unknown writer per page."""
    from summit_tui.corpus.bylines import unstated_author

    assert unstated_author(None, (None,), rel, "# Assembly 2024\n\nJono oli pitkä.\n") == want
