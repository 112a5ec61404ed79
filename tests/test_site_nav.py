"""A docs site's or book's navigation as evidence: an MkDocs ``nav:``, an mdBook ``SUMMARY.md``
and a Docusaurus page's ``sidebar_label`` under its folder's ``_category_`` label give a page
that says little of itself its talk's title, speaker and day; the files are read as data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.site_nav import nav_place

MKDOCS = """\
site_name: DevOpsDays Amsterdam 2025 - team notes
theme:
  name: material
nav:
  - Home: index.md
  - "Day 1 - Wednesday 18 June":
      - "Opening keynote: Platform as a product (Ana Souza)": talks/platform.md
  - "Day 2 - Thursday 19 June":
      - "Terraform at 400 repos (Mei Chen)": talks/terraform.md
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
"""
PLATFORM = """\
Ana opened with the claim that most platform teams build for themselves.

- Treat internal developers as customers
- Measure adoption, not features shipped
"""
TERRAFORM = """\
Mei Chen, 400 Terraform repos and a team of five.

- Drift detection nightly
- Policy as code, warnings for a month before anything blocks
"""
SUMMARY = """\
# Summary

[들어가며](README.md)

# 1일차 (8월 15일 금)

- [키노트: 파이썬과 함께한 20년 (김영희)](day1/keynote.md)

# 2일차 (8월 16일 토)

- [데이터 파이프라인을 Polars로 (오지현)](day2/polars.md)
"""
BOOK = '[book]\ntitle = "파이콘 한국 2025 정리"\n'


def test_an_mkdocs_nav_gives_untitled_pages_their_talk_speaker_and_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "site/mkdocs.yml": MKDOCS,  # a tag a safe loader refuses, outside the nav
        "site/docs/index.md": "# DevOpsDays Amsterdam 2025\n\nOur notes, one page per talk.\n",
        "site/docs/talks/platform.md": PLATFORM,
        "site/docs/talks/terraform.md": TERRAFORM,
    }
    items = {item["title"]: item for item in list_items(tmp_path, capsys, files)}
    assert set(items) == {"Platform as a product", "Terraform at 400 repos"}
    assert items["Platform as a product"]["speakers"] == ["Ana Souza"]
    assert items["Platform as a product"]["date"] == "2025-06-18"
    assert items["Terraform at 400 repos"]["date"] == "2025-06-19"
    assert {item["event"] for item in items.values()} == {"DevOpsDays Amsterdam 2025"}


def test_a_book_summary_names_its_chapters_and_their_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "book/book.toml": BOOK,
        "book/src/SUMMARY.md": SUMMARY,
        "book/src/README.md": "# 들어가며\n\n이틀 동안 들은 세션 정리.\n",
        # a heading that is a short form of the chapter's label: the label says more
        "book/src/day1/keynote.md": "# 키노트\n\n- 커뮤니티 20년 이야기\n- 자원봉사자 모집\n",
        "book/src/day2/polars.md": "pandas 배치를 Polars로 옮긴 후기.\n\n- 메모리 1/4\n",
    }
    items = {item["title"]: item for item in list_items(tmp_path, capsys, files)}
    assert items["파이썬과 함께한 20년"]["speakers"] == ["김영희"]
    assert items["파이썬과 함께한 20년"]["date"] == "2025-08-15"
    assert items["데이터 파이프라인을 Polars로"]["date"] == "2025-08-16"


def test_a_docusaurus_sidebar_label_and_its_folders_day_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "site/docusaurus.config.js": "const config = {\n  title: 'JSNation 2025 notes',\n"
        "  themeConfig: {navbar: {title: 'Guild'}},\n};\nmodule.exports = config;\n",
        "site/docs/day-2/_category_.json": json.dumps({"label": "Day 2 (June 13)"}),
        "site/docs/day-2/a11y.md": "---\nsidebar_position: 1\nsidebar_label: "
        '"Accessible forms by default (Hanna Berg)"\n---\n\nLabels, not placeholders.\n\n'
        "- Errors announced with aria-live\n",
    }
    items = list_items(tmp_path, capsys, files)
    assert [(i["title"], i["speakers"], i["date"], i["event"]) for i in items] == [
        ("Accessible forms by default", ["Hanna Berg"], "2025-06-13", "JSNation 2025")
    ]


def test_a_page_keeps_its_own_title_and_an_unlisted_page_is_not_placed(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Notes\nnav:\n- Wednesday: wednesday.md\n- 'Links': https://example.org/\n"
        "- Day 1:\n  - day1/index.md\n  - ../outside.md\n"
    )
    assert nav_place(str(tmp_path), "docs/wednesday.md") == ("Wednesday", "")
    assert nav_place(str(tmp_path), "docs/day1/index.md") == ("", "Day 1")
    assert nav_place(str(tmp_path), "docs/thursday.md") is None
    assert nav_place(str(tmp_path), "outside.md") is None
    # a file that is no YAML gives no places, and no error
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "mkdocs.yml").write_text("nav:\n  - [unclosed\n")
    assert nav_place(str(tmp_path), "other/docs/page.md") is None


def test_an_edit_to_the_nav_reaches_cached_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "site/mkdocs.yml": MKDOCS,
        "site/docs/talks/platform.md": PLATFORM,
        "site/docs/talks/terraform.md": TERRAFORM,
    }
    list_json(tmp_path, capsys, files)
    (tmp_path / "notes/site/mkdocs.yml").write_text(
        MKDOCS.replace("Terraform at 400 repos", "Terraform across 400 repositories")
    )
    capsys.readouterr()
    data = list_json(tmp_path, capsys, {})
    titles = {
        item["title"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert "Terraform across 400 repositories" in titles
