"""`summit-tui check` names the Markdown-like files it does not read (an R Markdown site's
`.Rmd` pages), so a folder of them does not load as "0 notes, 0 errors" without a word; a
Docusaurus site's `.mdx` pages, a Quarto site's `.qmd` pages and Markdown saved as `.mkd` are
read as notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui import cli
from summit_tui.unread import READ, SHOWN, unread_markdown


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A docs site: .md, .mdx, .qmd and .mkd pages, .Rmd pages, and files no one's notes."""
    root = tmp_path / "site"
    write(root / "docs" / "intro.md", "# Welcome\n\nThe team's notes.\n")
    write(root / "docs" / "droidkaigi" / "day1.Rmd", "# Day 1\n\n## A talk\n\n- a point\n")
    write(root / "docs" / "droidkaigi" / "day2.RMD", "# Day 2\n")
    write(root / "docs" / "old.mdtxt", "# Old page\n")
    write(root / "docs" / "day4.qmd", "# Day 4\n\n## A talk\n\n- a point\n")
    write(root / "docs" / "day3.mdx", "# Day 3\n\n## A talk\n\n- a point\n")
    write(root / "docs" / "older.mkd", "# Older page\n")
    write(root / ".quarto" / "cache.Rmd", "# generated\n")
    write(root / "node_modules" / "quarto" / "README.Rmd", "# core\n")
    write(root / "docs" / ".draft.Rmd", "# hidden\n")
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    return code, capsys.readouterr().out


def test_check_names_each_page_it_does_not_read(site: Path, capsys) -> None:
    code, out = run(capsys, "check", "--notes", str(site))
    assert code == 0  # not an error: the pages are left as they are
    unread = [line.strip() for line in out.splitlines() if "(not read)" in line]
    assert unread == [
        f"docs/droidkaigi/day1.Rmd: info: a .rmd file is not read as a note ({READ}) (not read)",
        f"docs/droidkaigi/day2.RMD: info: a .rmd file is not read as a note ({READ}) (not read)",
        f"docs/old.mdtxt: info: a .mdtxt file is not read as a note ({READ}) (not read)",
    ]
    assert ", 3 info," in out.splitlines()[-1]


def test_check_json_gives_them_as_info_problems(site: Path, capsys) -> None:
    code, out = run(capsys, "check", "--notes", str(site), "--json")
    data = json.loads(out)
    assert code == 0 and data["ok"] is True
    unread = [p for p in data["problems"] if p["action"] == "not read"]
    assert [p["note"] for p in unread] == [
        "docs/droidkaigi/day1.Rmd",
        "docs/droidkaigi/day2.RMD",
        "docs/old.mdtxt",
    ]
    assert {p["severity"] for p in unread} == {"info"}
    assert all(p["line"] is None for p in unread)


def test_list_and_the_notes_are_untouched(site: Path, capsys) -> None:
    code, out = run(capsys, "list", "--notes", str(site), "--json")
    assert code == 0
    data = json.loads(out)
    assert not [p for p in data["problems"] if p["action"] == "not read"]
    paths = {entry["note"] for entry in data["unsorted"]} | {
        entry["note"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    }
    assert paths == {"docs/day3.mdx", "docs/day4.qmd", "docs/intro.md", "docs/older.mkd"}
    assert (
        (site / "docs" / "droidkaigi" / "day1.Rmd")
        .read_text(encoding="utf-8")
        .startswith("# Day 1")
    )


def test_many_pages_are_counted_after_the_first_few(tmp_path: Path, capsys) -> None:
    root = tmp_path / "site"
    for number in range(SHOWN + 4):
        write(root / f"page{number:02}.Rmd", f"# Page {number}\n")
    _, out = run(capsys, "check", "--notes", str(root))
    unread = [line.strip() for line in out.splitlines() if "(not read)" in line]
    assert len(unread) == SHOWN + 1
    assert unread[0].startswith("page00.Rmd: info: a .rmd file is not read")
    assert unread[-1] == (
        f"page{SHOWN:02}.Rmd: info: this and 3 more files like it (.rmd) are not read as "
        "notes either (not read)"
    )


def test_a_suffix_the_notes_are_read_from_is_never_named(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should .Rmd pages be read as notes one day, check stops calling them unread."""
    from summit_tui.corpus.loader import SUFFIXES

    monkeypatch.setattr("summit_tui.corpus.loader.SUFFIXES", (*SUFFIXES, ".rmd"))
    assert unread_markdown(site).paths == ("docs/old.mdtxt",)


def test_a_folder_without_such_files_says_nothing(tmp_path: Path, capsys) -> None:
    root = tmp_path / "notes"
    write(root / "talk.md", "# A talk\n\nSpeaker: Ann Lee\n\n- a point\n")
    _, out = run(capsys, "check", "--notes", str(root))
    assert "not read" not in out
    assert unread_markdown(tmp_path / "missing").total == 0


async def test_the_app_says_why_a_folder_of_rmd_pages_shows_no_notes(tmp_path: Path) -> None:
    from summit_tui.ui.app import SummitApp
    from waits import settled

    root = tmp_path / "site"
    write(root / "docs" / "day1.Rmd", "# Day 1\n\n## A talk\n\n- a point\n")
    write(root / "docs" / "day2.Rmd", "# Day 2\n")
    app = SummitApp(root, watch_interval=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        message = str(app.screen.query_one("#reader-message").render())
    assert "No notes found" in message
    assert f"2 files here (.rmd) are not read: {READ}." in message


def test_the_app_says_nothing_more_of_a_folder_without_such_files(tmp_path: Path) -> None:
    from summit_tui.unread import empty_folder_hint

    write(tmp_path / "readme.txt", "not Markdown\n")
    assert empty_folder_hint(tmp_path) == ""
    write(tmp_path / "page.rmd", "# A page\n")
    assert empty_folder_hint(tmp_path) == (f"1 file here (.rmd) is not read: {READ}.")


def test_check_names_org_notes_and_says_what_to_do(tmp_path: Path, capsys) -> None:
    """Org pages are named; plain-text notes (.txt) are read, so never named."""
    root = tmp_path / "notes"
    write(root / "apple" / "QCon keynote.txt", "LLMs and on-call\nsummaries were wrong\n")
    write(root / "org" / "qcon.org", "* QCon London 2024\n** Platform eng\n- a guild\n")
    write(root / "book" / "day1.ipynb", '{"cells": [], "nbformat": 4}\n')  # read, not named
    write(root / "requirements.txt", "jupyter-book\n")  # a project's file, no one's notes
    write(root / "LICENSE.txt", "MIT\n")
    code, out = run(capsys, "check", "--notes", str(root))
    assert code == 0
    unread = [line.strip() for line in out.splitlines() if "(not read)" in line]
    assert [line.split(":")[0] for line in unread] == ["org/qcon.org"]
    assert "Org mode; export it to Markdown" in unread[0]
    assert ", 1 info," in out.splitlines()[-1]
    assert "book/day1.ipynb: warning: file is a notebook without Markdown cells" in out


def test_check_names_restructuredtext_posts_and_reads_asciidoc(tmp_path: Path, capsys) -> None:
    """A Pelican blog's posts in reStructuredText are named with what to do, not left out
    without a word; a project's README.rst is no one's notes; a JBake post in AsciiDoc is read."""
    root = tmp_path / "notes"
    write(root / "blog" / "day-1.md", "# DevConf 2024 day 1\n\n## Bootc (Jan Novak)\n- images\n")
    write(root / "jbake" / "devconf-friday.adoc", "= DevConf Friday\n\n== Bootc\n* images\n")
    write(root / "pelican" / "day-2.rst", "DevConf day 2\n=============\n")
    write(root / "tool" / "README.rst", "A tool\n======\n")
    code, out = run(capsys, "check", "--notes", str(root))
    assert code == 0
    unread = [line.strip() for line in out.splitlines() if "(not read)" in line]
    assert [line.split(":")[0] for line in unread] == ["pelican/day-2.rst"]
    assert "reStructuredText; convert it to Markdown" in unread[0]
    assert "2 notes" in out
