"""A Jekyll blog's posts about one conference (issue 14, QA J1, J2): a category written as a
slug (`elixirconf-2023`) names the event, and the days of the event are the run of days most
posts' session times fall on, not a post written before it or a guest post published after."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.event_names import event_phrases, slug_event


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("elixirconf-2023", "Elixirconf 2023"),
        ("gophercon-eu-2023-notes", "Gophercon EU 2023"),
        ("pycon_kr_2024", "Pycon KR 2024"),
        ("conference-2024", None),
        ("2023-09-06-liveview-at-scale", None),
        ("guest-posts", None),
    ],
)
def test_a_slug_with_a_year_names_an_event(text: str, name: str | None) -> None:
    assert slug_event(text) == name
    assert event_phrases(text) == ((name,) if name else ())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("DevOps Days Athens 2024 recap", ("DevOps Days Athens 2024",)),
        ("Notes from Kotlin Days 2024", ("Kotlin Days 2024",)),
        # "days" in running text is still no part of a name
        ("My days at PyCon 2024", ("PyCon 2024",)),
        ("Two Days at KubeCon EU 2024", ("KubeCon EU 2024",)),
    ],
)
def test_days_written_inside_a_name_is_part_of_it(text: str, names: tuple[str, ...]) -> None:
    assert event_phrases(text) == names


# Real conference names from several countries, many made of common words; a title names each
# one whole, with its year, whatever the note calls itself around it.
_REAL_NAMES = (
    "Data Council 2024",
    "Open Source Summit Europe 2024",
    "All Things Open 2023",
    "Strange Loop 2023",
    "Hacker News meetup Seoul 2024",
    "PyCon KR 2024",
    "KubeCon NA 2024",
    "FOSDEM 2024",
    "JSConf EU 2019",
    "RubyKaigi 2024",
    "Devoxx Belgium 2023",
    "NDC Oslo 2024",
    "Web Summit 2023",
    "DEVIEW 2023",
    "Droidcon Berlin 2024",
    "React Advanced London 2023",
    "PyData Amsterdam 2023",
    "SREcon Americas 2024",
    "re:Invent 2023",
    "Google I/O 2024",
    "Big Data Conference Europe 2024",
    "Voxxed Days Zurich 2024",
    "Code Mesh 2019",
    "Write the Docs Portland 2024",
    "try! Swift Tokyo 2024",
    "Let'Swift 2024",
    "J On The Beach 2024",
    "!!Con 2024",
    "C++Now 2024",
    ".NET Conf 2024",
    "JS.Nation 2024",
    "Devoxx4Kids 2024",
)


@pytest.mark.parametrize("name", _REAL_NAMES)
@pytest.mark.parametrize("title", ["Notes from {}", "{} field notes", "{} 참관기", "{}: recap"])
def test_a_real_conference_name_of_common_words_is_read_whole(name: str, title: str) -> None:
    assert event_phrases(title.format(name)) == (name,)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Inside the Web Summit 2023", ("Web Summit 2023",)),  # "the" after no name of its own
        ("Notes from the PyCon 2024", ("PyCon 2024",)),
        ("Review of the Data Council 2024", ("Data Council 2024",)),
        ("Notes from The Beach 2024", ("Beach 2024",)),  # a capital "The" with no name before
        ("Let's talk about PyCon 2024", ("PyCon 2024",)),  # an apostrophe before "s" still ends
        ("Kotlin's KotlinConf 2024", ("KotlinConf 2024",)),
    ],
)
def test_the_before_a_name_is_no_part_of_it(text: str, names: tuple[str, ...]) -> None:
    assert event_phrases(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("if(kakao) 2024 후기", ("if(kakao) 2024",)),
        ("Notes from if(kakao)AI 2024", ("if(kakao)AI 2024",)),
        ("if(kakao)dev2022 정리", ("if(kakao)dev 2022",)),
        ("PyCon KR 2024 (Seoul)", ("PyCon KR 2024",)),  # a parenthesis after a space still ends it
    ],
)
def test_a_name_written_as_code_is_one_word(text: str, names: tuple[str, ...]) -> None:
    assert event_phrases(text) == names


def test_a_note_titled_with_a_code_name_is_that_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "# if(kakao) 2024 후기\n\n## 대규모 트래픽 처리 (이준호님)\n- 캐시 전략\n"
    assert {item["event"] for item in list_items(tmp_path, capsys, {"a.md": note})} == {
        "if(kakao) 2024"
    }


def test_a_name_of_common_words_in_running_text_needs_its_conference_word() -> None:
    assert event_phrases("I spoke at the Open Source Summit Europe 2024.", years=False) == (
        "Open Source Summit Europe 2024",
    )
    # a year after capitalised words is a name only in a title, not in a sentence of a body
    assert event_phrases("Strange Loop 2023 was the last one", years=False) == ()


POST = """\
---
layout: post
title: "{title}"
date: {date} +0200
categories: [{categories}]
{extra}---

{body}
"""


def post(title: str, date: str, body: str, *, extra: str = "", guest: bool = False) -> str:
    categories = "conferences, elixirconf-2023" + (", guest-posts" if guest else "")
    return POST.format(title=title, date=date, categories=categories, extra=extra, body=body)


def test_posts_of_one_conference_are_one_event_on_its_days(tmp_path: Path, capsys) -> None:
    files = {
        "_posts/2023-09-01-packing.md": post(
            "Packing for Orlando", "2023-09-01 20:00:00", "Flights booked, talks picked."
        ),
        "_posts/2023-09-06-liveview.md": post(
            "LiveView at scale",
            "2023-09-06 10:00:00",
            "## The problem\n\n- 40k sockets\n",
            extra='subtitle: "Keynote by Ana Souza"\n',
        ),
        "_posts/2023-09-07-nx.md": post(
            "Nx in production",
            "2023-09-07 14:00:00",
            "## Serving\n\n- batching\n",
            extra='subtitle: "Li Wei"\n',
        ),
        "_posts/2023-09-08-ecto.md": post(
            "Ecto tips",
            "2023-09-08 11:00:00",
            "## Queries\n\n- preload\n",
            extra='subtitle: "Tom Becker"\n',
        ),
        "_posts/2023-09-15-guest.md": post(
            "Guest post: the LiveView keynote",
            "2023-09-15 08:00:00",
            "I went to the keynote on Wednesday. Ana Souza's talk on LiveView at scale was the"
            " one I had come for.\n\n## What I took home\n\n- fewer assigns\n",
            extra='author: "Mara Holt"\n',
            guest=True,
        ),
    }
    found = list_items(tmp_path, capsys, files)
    assert {t["event"] for t in found} == {"Elixirconf 2023"}
    placed = {t["title"]: t["date"] for t in found}
    assert placed["LiveView at scale"] == "2023-09-06"
    assert placed["Nx in production"] == "2023-09-07"
    assert placed["Ecto tips"] == "2023-09-08"
    liveview = next(t for t in found if t["title"] == "LiveView at scale")
    assert {e["note"] for e in liveview["entries"]} == {
        "_posts/2023-09-06-liveview.md",
        "_posts/2023-09-15-guest.md",
    }


def test_the_event_is_named_as_people_write_it_not_as_its_slug(tmp_path: Path, capsys) -> None:
    files = {
        f"_posts/2023-09-0{day}-post.md": post(
            f"Post {day}",
            f"2023-09-0{day} 10:00:00",
            "## Notes\n\n- a point\n",
            extra='subtitle: "Ana Souza"\n',
        )
        for day in (6, 7, 8)
    }
    files["_posts/2023-09-07-liveview.md"] = post(
        "ElixirConf 2023: LiveView at scale",
        "2023-09-07 11:00:00",
        "- 40k sockets\n",
        extra='subtitle: "Li Wei"\n',
    )
    files["_posts/2023-09-08-nx.md"] = post(
        "ElixirConf 2023: Nx in production",
        "2023-09-08 11:00:00",
        "- batching\n",
        extra='subtitle: "Tom Becker"\n',
    )
    found = list_items(tmp_path, capsys, files)
    assert {t["event"] for t in found} == {"ElixirConf 2023"}
