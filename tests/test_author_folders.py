"""Who wrote a note, from what it and its folders say (issue 14, blind14 QA #7): frontmatter, a
byline in the note's language (`By`, `작성자`, `Autor`, `Yazar`, `نویسنده`, `מאת`), a source
URL's blog, then a folder only when it reads as a person. A folder grouping notes by site,
language, event, year or topic, and a file's name, are nobody's: no author is shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import note_writers
from summit_tui import cli
from summit_tui.corpus.bylines import person_folder, unstated_author

CORPUS = Path(__file__).parent / "data" / "corpora" / "author-folders"


def listed_authors(notes: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, set[str]]:
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(notes)]) == 0
    return note_writers(json.loads(capsys.readouterr().out))


def test_the_labelled_writers_of_the_author_folders_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    want = json.loads((CORPUS / "authors.json").read_text(encoding="utf-8"))
    found = listed_authors(CORPUS / "notes", capsys)
    assert {path: found.get(path) for path in want} == {
        path: {author or ""} for path, author in want.items()
    }


def test_the_same_note_has_the_same_author_whichever_folder_is_opened(
    capsys: pytest.CaptureFixture[str],
) -> None:
    whole = listed_authors(CORPUS / "notes", capsys)
    for folder in ("hashnode", "2024-06", "ko", "fa"):
        alone = listed_authors(CORPUS / "notes" / folder, capsys)
        for path, authors in alone.items():
            assert authors == whole[f"{folder}/{path}"], (folder, path)
    # the folder the user opened names nobody: a person's own folder opened gives no author,
    # never another name (a file's)
    alone = listed_authors(CORPUS / "notes" / "lena-hoffmann", capsys)
    assert alone == {"gophercon-day-1.md": {""}, "gophercon-day-2.md": {""}}


@pytest.mark.parametrize(
    ("folder", "person"),
    [
        ("lena-hoffmann", True),
        ("ayse-demir-blog", True),
        ("박지훈", True),
        ("@jiyoon", True),
        ("hashnode", False),  # a site
        ("discourse", False),
        ("he", False),  # a language
        ("fa", False),
        ("2024-10", False),  # a month
        ("devoxx", False),  # one Latin word: an event or a topic as often as a name
        ("nixcon-2024", False),
        ("gophercon-eu", False),  # an event
        ("후기", False),  # a Korean word, no name
        ("strangeloop-recap", False),  # what the note is, not who wrote it
        ("kubecon-summary", False),
        ("pycon-takeaways", False),
        ("Mina Park talks", False),
    ],
)
def test_a_folder_reads_as_a_person(folder: str, person: bool) -> None:
    assert person_folder(folder) is person


def test_a_file_name_or_a_grouping_folder_is_no_author() -> None:
    assert unstated_author(None, (None,), "til/2024-10-30.md")[1] == "none"
    assert unstated_author(None, (None,), "nix/nixcon2024.md")[1] == "none"
    assert unstated_author(None, (None,), "he/_posts/2024-04-28-pycon-de.md")[1] == "none"
    assert unstated_author(None, (None,), "lena-hoffmann/day-2.md") == ("lena-hoffmann", "folder")
    assert unstated_author(None, (None,), "strangeloop-recap.md")[1] == "none"


def test_the_gophercon_notes_name_their_days_by_number_and_no_date(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """No GopherCon note gives a date (truth.json labels their talks' dates null): their talks
    sit under the day each note names, "day 1", "Day 2", "drugiego dnia", "روز دوم",
    "היום השני", with no date; DevFest Seoul's one dated note dates all of its talks."""
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(CORPUS / "notes")]) == 0
    data = json.loads(capsys.readouterr().out)
    days = {
        (event["title"], day["label"], day["date"]): sorted(
            len(item["entries"]) for track in day["tracks"] for item in track["items"]
        )
        for event in data["events"]
        for day in event["days"]
    }
    assert days == {
        ("GopherCon EU 2024", "Day 1", None): [5, 5],
        ("GopherCon EU 2024", "Day 2", None): [7],
        ("DevFest Seoul 2024", "Day 1 · 2024-11-09", "2024-11-09"): [2, 3, 3],
    }
