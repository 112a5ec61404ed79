"""Prose posts (write.as, Ghost, a personal blog) with a section per weekday whose talks are
paragraphs opening with their title, bold or quoted, run into the text; and Evernote exports
(`Created at:` / `Tags:` lines, `<div>` leftovers) with bold talk lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus.blocks import parse_blocks, run_in_title

WRITEAS = """\
# FOSDEM 2025, in short

Two days in Brussels, 1–2 February 2025, and the usual fight for a seat.

## Saturday

**Free software in public administration.** Anna Keller opened in Janson with numbers.

"Rust in the Linux kernel, one year later" by Maria Costa was standing room only.

Lunch was waffles, as it should be.

## Sunday

**Postgres at the edge** — Tim Berg. Forty store servers, logical replication back to HQ.

“Reproducible builds, 10 years on” (Lea Novak) showed Debian at 96 percent.
"""

GHOST_KO = """\
---
title: "FOSDEM 2025 후기"
date: 2025-02-09
---

2월 1일부터 이틀 동안 브뤼셀에서 열린 FOSDEM 2025에 다녀왔다.

## 토요일

**Rust in the Linux kernel, one year later** — Maria Costa. 문제는 리뷰어 부족이라는 이야기.

점심은 와플.

## 일요일

**Postgres at the edge** — Tim Berg. 충돌 해결은 애플리케이션 몫.
"""

EVERNOTE = """\
# FOSDEM Sonntag

Created at: 2025-02-02 17:40
Tags: fosdem, konferenz

<div><b>Postgres at the edge</b> – Tim Berg</div>
<div>- logische Replikation zurück zur Zentrale</div>
<div><br/></div>
<div><b>Reproducible builds, 10 years on</b> – Lea Novak</div>
<div>- 96 % der Debian-Pakete reproduzierbar</div>
"""


def test_run_in_titles_under_weekday_sections_are_that_days_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"writeas/fosdem-2025.md": WRITEAS, "ghost/fosdem-2025-후기.md": GHOST_KO},
    )
    items = items_by_title(data)
    assert {title: item["date"] for title, item in items.items()} == {
        "Free software in public administration": "2025-02-01",
        "Rust in the Linux kernel, one year later": "2025-02-01",
        "Postgres at the edge": "2025-02-02",
        "Reproducible builds, 10 years on": "2025-02-02",
    }
    assert len(items["Rust in the Linux kernel, one year later"]["entries"]) == 2
    assert items["Postgres at the edge"]["speakers"] == ["Tim Berg"]
    assert [event["title"] for event in data["events"]] == ["FOSDEM 2025"]


def test_an_evernote_export_gives_its_bold_talk_lines_on_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"Konferenzen/FOSDEM 2025 Sonntag.md": EVERNOTE})
    items = items_by_title(data)
    assert {title: item["date"] for title, item in items.items()} == {
        "Postgres at the edge": "2025-02-02",
        "Reproducible builds, 10 years on": "2025-02-02",
    }


@pytest.mark.parametrize(
    ("paragraph", "title"),
    [
        ("**Free software for cities.** Anna Keller opened", "Free software for cities"),
        ("**Postgres at the edge**. Tim Berg runs", "Postgres at the edge"),
        ("**Postgres at the edge** — Tim Berg. Forty servers", "Postgres at the edge — Tim Berg"),
        ("**Postgres at the edge** (Tim Berg) showed", "Postgres at the edge — Tim Berg"),
        ('"Rust in the kernel" by Maria Costa was packed', "Rust in the kernel — Maria Costa"),
        ("“Rust in the kernel” (김민지님) 발표 정리", "Rust in the kernel — 김민지님"),
        ("**Polars vs pandas (Marta Soler)** — they moved", "Polars vs pandas (Marta Soler)"),
        ("**Polars en producción (김민지님)** — 배치는 옮겼다", "Polars en producción (김민지님)"),
        ("**Important** stuff here", None),  # bold words in a sentence
        ("**Two options (really)** — we should go", None),  # no person in the parenthesis
        ("**Tips (and tricks)** – so many", None),
        ('"Quoted words" are not a title', None),
        ("Plain paragraph", None),
    ],
)  # fmt: skip
def test_which_paragraphs_open_with_a_talks_title(paragraph: str, title: str | None) -> None:
    assert run_in_title(paragraph) == title


def test_run_in_paragraphs_without_day_sections_stay_paragraphs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "# Why we moved to Postgres\n\n**Short version.** It was cheaper.\n\n"
        "**Long version.** Licences, then people.\n"
    )
    assert len(parse_blocks(post).run_in) == 2
    data = list_json(tmp_path, capsys, {"post.md": post})
    assert items_by_title(data) == {}
