"""Notes that are not one-talk posts of an attendee (issue 14): a note holding one talk under a
heading that names only the event (`# DevFest 2024` over `## Gemini API in practice (Han)`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus.dates import day_number
from summit_tui.corpus.event_names import near_spelling
from summit_tui.corpus.own_talk import writer_of_blog

ONE_TALK_UNDER_EVENT = """\
---
title: {title}
author: Alex
date: 2024-11-23
---

# DevFest 2024

## Gemini API in practice (Han Seungwoo)

- design the function calls first, the prompt second
- pin the response to a JSON schema: parse errors nearly gone
"""


@pytest.mark.parametrize("title", ["DevFest 2024 notes", "Emoji test", "DevFest 2024"])
def test_one_talk_under_an_event_heading_is_that_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str
) -> None:
    note = ONE_TALK_UNDER_EVENT.format(title=title)
    data = list_json(tmp_path, capsys, {"en.md": note})
    items = items_by_title(data)
    assert set(items) == {"Gemini API in practice"}
    gemini = items["Gemini API in practice"]
    assert gemini["speakers"] == ["Han Seungwoo"]
    assert gemini["date"] == "2024-11-23"
    assert [event["title"] for event in data["events"]] == ["DevFest 2024"]


CONFERENCE_POST = """\
# DevFest 2024

## Gemini API in practice (Han Seungwoo)

- pin the response to a JSON schema
"""

BOOKS_EN = """\
---
title: What I read in November
date: 2024-12-01
---

# What I read in November

## "Designing Data-Intensive Applications" — Martin Kleppmann

Second read.

## "The Manager's Path" — Camille Fournier

Good on the first months of leading a team.

## "Piranesi"

For the flight home.
"""

BOOKS_PL = """\
# Co przeczytałam w czerwcu 2024

Czerwiec był krótki na czytanie.

## „A Philosophy of Software Design” — John Ousterhout

Drugie czytanie.

## „Solaris” — Stanisław Lem

Dla odpoczynku.
"""

QUOTED_TALKS_PL = """\
# Devoxx Poland 2024 — dzień 3

## „Slow is smooth” — Katarzyna Lis

- 10% czasu na refaktoryzację

## „Software that outlives its authors” — Marta Zielińska

- dokumentacja decyzji
"""


@pytest.mark.parametrize("books", [BOOKS_EN, BOOKS_PL])
def test_a_list_of_books_beside_conference_posts_holds_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], books: str
) -> None:
    files = {"alex/devfest-2024.md": CONFERENCE_POST, "alex/2024-12-01-books.md": books}
    data = list_json(tmp_path, capsys, files)
    assert set(items_by_title(data)) == {"Gemini API in practice"}
    assert [event["title"] for event in data["events"]] == ["DevFest 2024"]
    assert {entry["note"] for entry in data["unsorted"]} == {"alex/2024-12-01-books.md"}


def test_quoted_talk_titles_stay_talks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"day3.md": QUOTED_TALKS_PL}))
    assert set(items) == {"Slow is smooth", "Software that outlives its authors"}


WIKI_PAGE = """\
Notatki zespołu Backend z Confitury 2025 (Warszawa, 13–14.06.2025). Dopisujcie, kto był na czym.

**Dzień 1 (piątek 13.06)**

**Testy kontraktowe bez bólu** – Ewa Nowak, sala 3
- kontrakty w repo konsumenta
- weryfikacja w CI producenta

**Dzień 2 (sobota 14.06)**

**Kafka w praktyce** – Piotr Zając, sala 1
- consumer lag jako główna metryka

**Observability dla reszty z nas** (keynote) – Tom Harris
- trzy metryki na serwis

**Do zrobienia po konferencji**
- [ ] przejrzeć konfigurację producentów Kafki (Marek)

_Ostatnia edycja: Marek Lewandowski, 16.06.2025_
"""


def test_a_wiki_page_of_bold_lines_holds_its_talks_on_their_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"wiki/Confitura-2025-notatki.md": WIKI_PAGE})
    items = items_by_title(data)
    assert set(items) == {
        "Testy kontraktowe bez bólu",
        "Kafka w praktyce",
        "Observability dla reszty z nas (keynote)",
    }
    assert items["Testy kontraktowe bez bólu"]["speakers"] == ["Ewa Nowak"]
    assert items["Kafka w praktyce"]["speakers"] == ["Piotr Zając"]
    assert items["Observability dla reszty z nas (keynote)"]["speakers"] == ["Tom Harris"]
    assert items["Testy kontraktowe bez bólu"]["date"] == "2025-06-13"
    assert items["Kafka w praktyce"]["date"] == "2025-06-14"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Dzień 1", 1),
        ("Dzień 2 (sobota 14.06)", 2),
        ("1. Gün", 1),
        ("Gün 3", 3),
        ("Günün özeti", None),
    ],
)
def test_polish_and_turkish_day_numbers(text: str, number: int | None) -> None:
    assert day_number(text) == number


OWN_TALK_POST = """\
---
title: "I spoke at Confitura 2025: Observability for the rest of us"
author: Tom Harris
date: 2025-06-20
---

Last Friday I gave my talk at Confitura in Warsaw. A few people asked for a written version.

## Three metrics before any dashboard

Request rate, error rate, latency.

## Questions from the audience

- "What about logs?" — structured, sampled, and linked to the trace id.
"""

ATTENDEE_NOTES = """\
# Confitura 2025 — 13.06.2025

## Observability for the rest of us — Tom Harris

- three metrics per service

## Kafka w praktyce — Piotr Zając

- consumer lag
"""

OWN_TALK_KO = """\
---
title: "DevFest Seoul 2024 발표 후기: Compose Multiplatform 프로덕션 적용기"
author: 이지윤
date: 2024-11-30
---

지난주 DevFest Seoul 2024에서 발표했습니다.

## 왜 KMP였나

같은 기능을 두 번 만드는 게 제일 큰 비용이었습니다.

## 청중 질문

- 테스트는 commonTest에 둡니다.
"""


def test_a_speakers_own_post_is_their_talk_joined_to_the_attendees_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"tom/2025-06-20-i-spoke.md": OWN_TALK_POST, "ann/confitura.md": ATTENDEE_NOTES}
    data = list_json(tmp_path, capsys, files)
    items = items_by_title(data)
    assert set(items) == {"Observability for the rest of us", "Kafka w praktyce"}
    talk = items["Observability for the rest of us"]
    assert {e["note"] for e in talk["entries"]} == set(files)
    assert "Tom Harris" in talk["authors"]  # "ann/" alone names nobody: one word, no byline
    assert data["unsorted"] == []


def test_a_korean_speakers_own_post_is_one_talk_by_its_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"jiyoon/talk.md": OWN_TALK_KO}))
    assert set(items) == {"Compose Multiplatform 프로덕션 적용기"}
    assert items["Compose Multiplatform 프로덕션 적용기"]["speakers"] == ["이지윤"]


TIL_DAY = """\
# TIL 2024-11-23

- `jq --arg name value` passes a shell variable in without quoting hell
- From Han Seungwoo's Gemini talk: responses can be pinned to a JSON schema
- From Park Minho's Flutter talk: the raster thread is where jank hides
- Seoul subway line 2 runs a loop
"""


def test_til_bullets_that_name_a_talk_are_entries_of_that_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "alex/devfest-2024.md": ONE_TALK_UNDER_EVENT.format(title="DevFest 2024 notes"),
        "alex/til/2024-11-23.md": TIL_DAY,
    }
    data = list_json(tmp_path, capsys, files)
    items = items_by_title(data)
    assert set(items) == {"Gemini API in practice", "Flutter"}
    gemini = items["Gemini API in practice"]
    assert {entry["note"] for entry in gemini["entries"]} == set(files)
    assert items["Flutter"]["speakers"] == ["Park Minho"]
    assert items["Flutter"]["date"] == "2024-11-23"
    unsorted = {
        entry["line"] for entry in data["unsorted"] if entry["note"] == "alex/til/2024-11-23.md"
    }
    assert unsorted == {1, 6}


@pytest.mark.parametrize(
    ("key", "other", "alike"),
    [
        ("confitura", "confitury", True),  # "Confitura 2025", "z Confitury 2025"
        ("pyconkr", "pyconhk", False),
        ("devoxx", "devoxy", False),
        ("jsconf", "jsconf", False),
    ],
)
def test_a_one_word_name_in_another_case_is_the_same_event(
    key: str, other: str, alike: bool
) -> None:
    assert near_spelling(key, other) is alike


OWN_TALK_NO_AUTHOR = """\
---
layout: post
title: "I spoke at Confitura 2025: Observability for the rest of us"
date: 2025-06-20
---

Last Friday I gave my first talk at Confitura in Warsaw.

## Alert on symptoms

Page a human only for what a user would notice.
"""


def test_an_own_talk_post_in_a_blog_folder_is_by_the_person_the_folder_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "tom-harris-blog/_posts/2025-06-20-i-spoke.md": OWN_TALK_NO_AUTHOR,
        "ann/confitura.md": ATTENDEE_NOTES,
    }
    items = items_by_title(list_json(tmp_path, capsys, files))
    assert set(items) == {"Observability for the rest of us", "Kafka w praktyce"}
    talk = items["Observability for the rest of us"]
    assert {entry["note"] for entry in talk["entries"]} == set(files)


@pytest.mark.parametrize(
    ("folder", "writer"),
    [
        ("ayse-demir-blog", "Ayse Demir"),
        ("tom-harris.github.io", "Tom Harris"),
        ("hashnode", None),
        ("devoxx-notes", None),
    ],
)
def test_the_writer_a_blog_folder_names(folder: str, writer: str | None) -> None:
    assert writer_of_blog(folder) == writer


TIL_OTHER_FORMS = """\
# TIL 2024-04-24

- vLLM's continuous batching serves a 7B model to a whole team (Arash Karimi, PyCon DE day 3).
- Dalia Ostrowska's keynote: 60% of maintainers are unpaid.
- `git worktree add` checks out a second branch next to the first.
"""

DAY_THREE = """\
# PyCon DE 2024 — 24.04.2024

## Serving LLMs on a budget — Arash Karimi

- continuous batching

## Open source is a commons — Dalia Ostrowska

- sponsor what you use
"""


def test_til_bullets_naming_a_speaker_in_brackets_or_a_keynote_join_those_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"til/2024-04-24.md": TIL_OTHER_FORMS, "sara/day3.md": DAY_THREE}
    data = list_json(tmp_path, capsys, files)
    items = items_by_title(data)
    assert set(items) == {"Serving LLMs on a budget", "Open source is a commons"}
    for title in items:
        assert {entry["note"] for entry in items[title]["entries"]} == set(files)
    unsorted = {e["line"] for e in data["unsorted"] if e["note"] == "til/2024-04-24.md"}
    assert unsorted == {1, 5}
