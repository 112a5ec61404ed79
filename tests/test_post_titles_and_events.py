"""A post's title that names its event beside the talk ("Our PyCon talk: …", "Mi charla en …")
is evidence for the event, not an event of its own, and the talk is the rest of the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.event_names import event_phrases, without_event
from summit_tui.corpus.note_title import quoted_talk_title


@pytest.mark.parametrize(
    ("title", "names", "left"),
    [
        ("Our RustConf talk: async traits in practice", ["RustConf"], "Async traits in practice"),
        ("My talk at PyCon KR 2024 — Typing in practice", ["PyCon KR 2024"], "Typing in practice"),
        ("Mi charla en FOSDEM 2025: Builds sin sorpresas", ["FOSDEM 2025"], "Builds sin sorpresas"),
        ("우리 팀의 DEVIEW 2023 발표: 검색 랭킹 이야기", ["DEVIEW 2023"], "검색 랭킹 이야기"),
        # a head with words of its own is part of the title
        ("Why RustConf matters: a look back", ["RustConf"], "Why RustConf matters: a look back"),
    ],
)
def test_the_event_and_filler_before_a_colon_are_not_the_talk(
    title: str, names: list[str], left: str
) -> None:
    assert without_event(title, names) == left


def test_a_speakers_post_naming_the_event_joins_it_on_the_day_it_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "team-blog/2024-06-20-our-talk.md": (
            "---\ntitle: 'Our GopherCon EU talk: profiling without tears'\nauthors: [ines]\n---\n\n"
            "On Tuesday I gave a talk at GopherCon EU 2024 about profiling. Slides below.\n\n"
            "## Why profile\n\n- flame graphs lie less than intuition\n"
        ),
        "recaps/day-1.md": (
            "---\ntitle: 'GopherCon EU 2024, Monday 17 June'\n---\n\n"
            "## Generics two years on\n\n**Speaker:** Tom Becker\n\n- constraints\n"
        ),
        "recaps/day-2.md": (
            "---\ntitle: 'GopherCon EU 2024, Tuesday 18 June'\n---\n\n"
            "## Profiling without tears\n\n**Speaker:** Ines Moreau\n\n- pprof everywhere\n"
        ),
    }
    found = list_items(tmp_path, capsys, files)
    assert {t["event"] for t in found} == {"GopherCon EU 2024"}
    talk = next(t for t in found if {e["note"] for e in t["entries"]} >= {"recaps/day-2.md"})
    assert talk["date"] == "2024-06-18"
    assert {e["note"] for e in talk["entries"]} == {
        "recaps/day-2.md",
        "team-blog/2024-06-20-our-talk.md",
    }


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            'My favourite was **"Postgres search before Elasticsearch"** by Deepa Krishnan.',
            "Postgres search before Elasticsearch",
        ),
        (
            "I went to Sam's talk **HTMX and Django: two years later**.",
            "HTMX and Django: two years later",
        ),
        (
            "Fui a la charla «Builds reproducibles para todos» de Femke de Graaf.",
            "Builds reproducibles para todos",
        ),
        ("오늘은 「타입 힌트 잘 쓰기」라는 발표를 들었다.", "타입 힌트 잘 쓰기"),
        # a title set in italics beside a talk word, or after its speaker's possessive
        (
            "Day two started with **Priya Nair**'s session *Long context in practice*. 9:30.",
            "Long context in practice",
        ),
        (
            "첫날 오후, 김하늘님의 *Compose 테스트 흔들리지 않게* 세션을 들었다.",
            "Compose 테스트 흔들리지 않게",
        ),
        (
            "The talk I had circled was Omar Haddad's _Testing Compose without flakes_.",
            "Testing Compose without flakes",
        ),
        # italics for emphasis is no title: one word, or a phrase in lower case
        ("It was a *great* talk, and the *best one of the day* too.", None),
        ("The session on `my_var_name` and snake_case talk was fun.", None),
        # bold for emphasis is no title
        ("I **really** liked the talk by Ana Souza.", None),
        ("**Important** by the way: slides are up.", None),
    ],
)
def test_a_talk_quoted_or_in_bold_in_a_posts_first_lines(line: str, title: str | None) -> None:
    assert quoted_talk_title(line) == title


def test_a_post_whose_title_paraphrases_the_talk_joins_it_by_the_title_in_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "devto/pyconus-search.md": (
            "---\ntitle: 'PyCon US 2024: ditch the search cluster (for now)'\n---\n\n"
            'Friday\'s highlight was **"Full-text search with plain SQLite"** by Mara Holt.\n\n'
            "## The pitch\n\n- FTS5 goes a long way\n"
        ),
        "recap/friday.md": (
            "---\ntitle: 'PyCon US 2024 — Friday, May 17'\n---\n\n"
            "## Full-text search with plain SQLite\n\nMara Holt. FTS5 goes a long way.\n\n"
            "## Packaging in 2024\n\nTom Becker. uv everywhere.\n"
        ),
    }
    found = list_items(tmp_path, capsys, files)
    talk = next(t for t in found if t["title"] == "Full-text search with plain SQLite")
    assert {e["note"] for e in talk["entries"]} == {"devto/pyconus-search.md", "recap/friday.md"}


def test_an_event_is_named_as_a_page_writes_it_not_as_its_folder_spells_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a Notion export: the folder and file names drop the colon the page titles write
    files = {
        "AWS reInvent 2024 참관기 3b1f0c2d.md": "# AWS re:Invent 2024 참관기\n\n팀 출장 정리.\n",
        "AWS reInvent 2024 참관기 3b1f0c2d/Day 1 8e7d6c5b.md": (
            "# Day 1 — 12월 2일 (월)\n\n## CMP315 | Graviton4 migration\n\n- 연사: Priya Raman\n"
            "- 비용 38% 절감\n"
        ),
        "AWS reInvent 2024 참관기 3b1f0c2d/Day 2 1a2b3c4d.md": (
            "# Day 2 — 12월 3일 (화)\n\n## DAT403 | Aurora DSQL\n\n- 연사: Anand Iyer\n- OCC\n"
        ),
    }
    found = list_items(tmp_path, capsys, files)
    assert {t["event"] for t in found} == {"AWS re:Invent 2024"}


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("WWDC24 recap", "WWDC 2024"),
        ("RubyConf25: notes", "RubyConf 2025"),
        ("SRECon24 Americas, day 1", "SRECon 2024 Americas"),
        ("COVID19 and conferences", None),  # a year of its own only from 2020
        ("HTML5 tips from the talk", None),
        ("GPT4o at work", None),
    ],
)
def test_a_name_with_its_years_last_two_digits_fused_to_it(title: str, name: str | None) -> None:
    assert event_phrases(title) == ((name,) if name else ())
