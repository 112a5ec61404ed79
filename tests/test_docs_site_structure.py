"""A docs site's own structure as evidence (Docusaurus, Jekyll): a folder's `_category_.json`
label names its event the way people write it, and a blog post named by the day it was posted
(`2024-09-14-day-1.mdx`, `2024-09-14-recap/index.md`) is dated by it when its body says no day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.folders import post_date
from summit_tui.corpus.site_category import folder_label

DAY1 = """\
---
sidebar_position: 2
title: Day 1
---

# Day 1（9/12 木）

## Jetpack Compose のリコンポジションを減らす

:::note 登壇者
山本 拓海
:::

- まず計測
"""
CATEGORY = {"label": "DroidKaigi 2024", "position": 1}


def test_a_folder_label_names_the_event_as_people_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "docs/conferences/_category_.json": json.dumps({"label": "カンファレンス参加記録"}),
        "docs/conferences/droidkaigi-2024/_category_.json": json.dumps(CATEGORY),
        "docs/conferences/droidkaigi-2024/day1.md": DAY1,
    }
    data = list_json(tmp_path, capsys, files)
    assert [event["title"] for event in data["events"]] == ["DroidKaigi 2024"]
    renamed = json.dumps({"label": "DROIDKAIGI 2024", "position": 10})
    category = "docs/conferences/droidkaigi-2024/_category_.json"
    data = list_json(tmp_path, capsys, {category: renamed})
    assert [event["title"] for event in data["events"]] == ["DROIDKAIGI 2024"]  # not the cache's


def test_only_a_label_with_the_folders_own_words_counts(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "droidkaigi-2024"
    folder.mkdir(parents=True)
    (folder / "_category_.json").write_text('{"label": "Sessions"}', encoding="utf-8")
    assert folder_label(str(tmp_path), "docs/droidkaigi-2024/day1.md", "droidkaigi 2024") is None
    (folder / "_category_.json").write_text("{not json", encoding="utf-8")
    assert folder_label(str(tmp_path), "docs/droidkaigi-2024/day1.md", "droidkaigi 2024") is None
    (folder / "_category_.json").unlink()
    (folder / "_category_.yml").write_text(
        "position: 2\nlabel: 'DroidKaigi 2024'  # the sidebar\n", encoding="utf-8"
    )
    rel = "docs/droidkaigi-2024/sessions/compose.md"
    assert folder_label(str(tmp_path), rel, "droidkaigi 2024") == "DroidKaigi 2024"
    (folder / "_category_.yml").write_text("label: " + "x" * 20_000 + "\n", encoding="utf-8")
    assert folder_label(str(tmp_path), rel, "droidkaigi 2024") is None  # over the bound: unread


def test_a_posts_file_or_bundle_name_gives_the_day_it_was_posted() -> None:
    assert post_date("blog/2024-09-14-droidkaigi-day-1.mdx") == "2024-09-14"
    assert post_date("blog/2024-09-14-recap/index.md") == "2024-09-14"
    assert post_date("_posts/2019-04-11_acrl-keynote.markdown") == "2019-04-11"
    assert post_date("blog/2024-13-40-typo.md") is None
    assert post_date("blog/2024-09-14.md") is None  # a daily note: folders.file_date's
    assert post_date("docs/index.md") is None
    assert post_date("blog/recap-2024-09-14.md") is None


def test_the_posting_day_is_a_fallback_behind_the_day_the_body_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    said = (
        "---\ntitle: DroidKaigi 2024 Day 2 recap\n---\n\n"
        "2024年9月13日（金）の DroidKaigi 2024 Day 2 のメモです。\n\n"
        "## Baseline Profiles 実践（石井 亮さん）\n\n- 1.8s → 1.1s\n"
    )
    silent = (
        '---\ntitle: "DroidKaigi 2024: Credential Manager でパスキー"\n---\n\n'
        "DroidKaigi 2024 で聞いた Alex Turner さんのセッションのメモ。\n\n- 1つの API で\n"
    )
    items = list_items(tmp_path / "said", capsys, {"blog/2024-09-20-day2-recap.md": said})
    assert [(item["title"], item["date"]) for item in items] == [
        ("Baseline Profiles 実践", "2024-09-13")
    ]
    items = list_items(tmp_path / "silent", capsys, {"blog/2024-09-14-passkeys/index.mdx": silent})
    assert [item["date"] for item in items] == ["2024-09-14"]


WEDNESDAY = """\
# Wednesday, March 20

Sofia's notes.

## Keynote: Cloud native at ten — Priya Raman

!!! note "Speaker"
    Priya Raman, CNCF TOC

- Ten years of Kubernetes
"""


def test_an_mkdocs_site_name_names_the_event_and_its_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = 'site_name: "KubeCon EU 2024 — platform team notes"\nnav:\n  - Home: index.md\n'
    files = {"mkdocs.yml": site, "docs/wednesday.md": WEDNESDAY, "docs/index.md": "# Welcome\n"}
    (item,) = list_items(tmp_path, capsys, files)
    assert (item["event"], item["date"]) == ("KubeCon EU 2024", "2024-03-20")
    renamed = site.replace("KubeCon EU 2024", "KubeCon EU 2025")
    (item,) = list_items(tmp_path, capsys, {"mkdocs.yml": renamed})  # the cache follows
    assert (item["event"], item["date"]) == ("KubeCon EU 2025", "2025-03-20")
