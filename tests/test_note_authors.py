"""Who wrote a note when its frontmatter does not say (issue 14, QA C4, J6): a Confluence
page's byline, a report's title ending in its writer, and the posts of one Jekyll blog as one
author, each as `list --json` and `check` show it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui import cli
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.bylines import byline_author, title_author


def authors(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]):
    notes = tmp_path / "notes"
    for name, text in files.items():
        (notes / name).parent.mkdir(parents=True, exist_ok=True)
        (notes / name).write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(notes)]) == 0
    data = json.loads(capsys.readouterr().out)
    found = {
        entry["note"]: entry["author"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    }
    found |= {entry["note"]: entry["author"] for entry in data["unsorted"]}
    cli.main(["check", "--notes", str(notes)])
    return found, capsys.readouterr().out


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Created by 윤하늘, last modified on Apr 12, 2024", "윤하늘"),
        ("Created by Ana Souza, last modified by 윤하늘 on Apr 13, 2024", "Ana Souza"),
        ("Created by Ana Souza", "Ana Souza"),
    ],
)
def test_a_confluence_byline_names_the_page_author(line: str, author: str) -> None:
    assert byline_author(line) == author


@pytest.mark.parametrize(
    ("title", "author"),
    [
        ("FEConf 2024 참관기 - 윤하늘", "윤하늘"),
        ("KubeCon EU 2024 notes — Ana Souza", "Ana Souza"),
        ("ScalaMatsuri 2023 参加レポート - 佐藤 健一", "佐藤 健一"),
        ("Rust in the kernel - Ana Souza", None),  # a talk and its speaker
        ("캐시 발표 정리 - 정다은", None),  # a talk's summary names no event
        ("KubeCon EU 2024 notes - Day 2", None),
    ],
)
def test_a_report_title_ending_in_its_writer(title: str, author: str | None) -> None:
    assert title_author(title) == author


def test_confluence_pages_name_their_writers(tmp_path: Path, capsys) -> None:
    found, check = authors(
        tmp_path,
        capsys,
        {
            "SPACE/FEConf 2024 참관/FEConf 2024 참관기 - 윤하늘.md": (
                "# FEConf 2024 참관기 - 윤하늘\n\n"
                "Created by 윤하늘, last modified on Aug 30, 2024\n\n"
                "## 디자인 시스템 5년 운영기\n\n발표: 한지수\n\n- 토큰부터\n"
            ),
            "SPACE/FEConf 2024 참관/FEConf 2024 notes - Ana Souza.md": (
                "# FEConf 2024 notes - Ana Souza\n\n"
                "## Design systems after five years\n\n- tokens\n"
            ),
        },
    )
    assert set(found.values()) == {"윤하늘", "Ana Souza"}
    assert "no author given" not in check


def test_the_posts_of_one_jekyll_blog_are_one_author(tmp_path: Path, capsys) -> None:
    post = "---\ntitle: {title}\ncategories: [conferences, elixirconf-2023]\n---\n\n{body}\n"
    found, _ = authors(
        tmp_path,
        capsys,
        {
            "_posts/2023-09-06-liveview-at-scale.md": post.format(
                title="LiveView at scale", body="Notes from ElixirConf 2023, day one."
            ),
            "_posts/2023-09-07-nx-in-production.md": post.format(
                title="Nx in production", body="ElixirConf 2023, second day keynote."
            ),
            "_posts/2023-09-12-guest-post.md": (
                "---\ntitle: Ash framework deep dive\nauthor: Li Wei\n"
                "categories: [conferences, elixirconf-2023]\n---\n\nA guest post.\n"
            ),
            "friends/_posts/2023-09-07-my-elixirconf.md": post.format(
                title="My ElixirConf", body="ElixirConf 2023 was great."
            ),
        },
    )
    # nothing names the blog's writer ("friends" is no person's name): shown without one, but
    # its posts are one writer's (one column in compare), the guest's and the friends' not
    assert found["_posts/2023-09-06-liveview-at-scale.md"] == ""
    assert found["friends/_posts/2023-09-07-my-elixirconf.md"] == ""
    assert found["_posts/2023-09-12-guest-post.md"] == "Li Wei"
    keys = {note.path: note.author for note in build_corpus(tmp_path / "notes").notes}
    assert (
        keys["_posts/2023-09-06-liveview-at-scale.md"]
        == keys["_posts/2023-09-07-nx-in-production.md"]
    )
    assert (
        keys["friends/_posts/2023-09-07-my-elixirconf.md"]
        != keys["_posts/2023-09-07-nx-in-production.md"]
    )
