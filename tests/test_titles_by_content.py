"""Issue 14 (ids that do not move): where the notes write a talk's title or a speaker's
name two ways, as many notes each way, the item shows the shorter title (what a note adds to
it frames it) and the longer, more complete spelling of a name, never the note's whose path
sorts first: renaming or moving a file changes no
title, speaker or event name (and so no item id)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factories import list_items

SORA = """\
---
title: KotlinConf 2024 day 1
date: 2024-05-23
author: Sora
---

# KotlinConf 2024 day 1

## What's new in Kotlin 2.0 (Minji Kim)

- K2 compiler is now stable, builds up to twice as fast
- Smart casts work across more cases

## 모바일 CI/CD 파이프라인 구축기 (김하늘님)

- 빌드 캐시로 PR 빌드 12분 → 4분
"""
DANIEL = """\
---
title: KotlinConf 2024 첫째 날
date: 2024-05-23
author: Daniel
---

# KotlinConf 2024, day one

## The K2 compiler: what's new in Kotlin 2.0 (Min-ji Kim)

- the new frontend is faster and the IDE plugin uses it too
- Q: migration? A: most projects just bump the version

## 모바일 CI/CD 파이프라인 구축기: 실전편 (김하늘)

- 캐시 적중률을 대시보드로 본다
"""


def _shown(tmp: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> list[Any]:
    items = list_items(tmp, capsys, files)
    return sorted((i["id"], i["title"], list(i["speakers"]), i["event"]) for i in items)


@pytest.mark.parametrize(
    "names",
    [("a.md", "b.md"), ("day1/sora.md", "2024/daniel.md"), ("z-sora.md", "daniel.md")],
)
def test_renaming_a_file_changes_no_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], names: tuple[str, str]
) -> None:
    first, second = names
    before = _shown(tmp_path / "one", capsys, {first: SORA, second: DANIEL})
    after = _shown(tmp_path / "two", capsys, {second: SORA, first: DANIEL})
    assert before == after
    titles = {title: speakers for _, title, speakers, _ in before}
    # one note each way: the title without what one note adds, the fuller spelling of a name
    assert titles["What's new in Kotlin 2.0"] == ["Min-ji Kim"]
    assert "모바일 CI/CD 파이프라인 구축기" in titles


def _dated(author: str, day: str) -> str:
    return (
        f"---\ntitle: KotlinConf 2024\ndate: {day}\nauthor: {author}\n---\n\n"
        "# KotlinConf 2024\n\n## What's new in Kotlin 2.0 (Minji Kim)\n\n- K2 is stable\n"
    )


@pytest.mark.parametrize("names", [("a.md", "b.md"), ("b.md", "a.md")])
def test_a_talk_two_notes_date_apart_keeps_its_day_when_a_file_is_renamed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], names: tuple[str, str]
) -> None:
    """One note dates the talk on the event's first day, another on the second: the item's
    day does not follow which file sorts first (the earlier, on a tie)."""
    first, second = names
    files = {first: _dated("Sora", "2024-05-23"), second: _dated("Daniel", "2024-05-24")}
    (talk,) = [i for i in list_items(tmp_path, capsys, files) if "Kotlin" in i["title"]]
    assert talk["date"] == "2024-05-23"
