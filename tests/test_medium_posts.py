"""A one-talk post copied from Medium, whose facts are in its prose and its header: the event,
day and speaker from "I attended X's talk "Title" at PyCon US 2024 on Saturday", the writer from
the header above "6 min read · Jun 16, 2024", the posting date only a fallback; a post about a
first visit to the event is about no talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus.bylines import byline_author, reading_header_author

ASYNC = """\
# What I learned about async Django from Ana Ruiz

[Mark Chen](https://medium.com/@markchen)

Follow

6 min read · Jun 16, 2024

I attended Ana Ruiz's talk "Async Django in production" at PyCon US 2024 on Saturday.

- async views only where a view fans out
"""
FIRST_VISIT = """\
# Going to PyCon US for the first time

Mark Chen · Follow

3 min read · May 30, 2024

PyCon US 2024 ran from May 15 to 23 in Pittsburgh, then three days of talks, then sprints.

- the hallway track is real
"""


def test_a_medium_post_is_its_talk_on_the_day_its_prose_says_by_its_header_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path, capsys, {"medium/async-django.md": ASYNC, "medium/first.md": FIRST_VISIT}
    )
    items = items_by_title(data)
    assert list(items) == ["Async Django in production"]
    talk = items["Async Django in production"]
    assert talk["date"] == "2024-05-18"
    assert talk["speakers"] == ["Ana Ruiz"]
    assert [entry["author"] for entry in talk["entries"]] == ["Mark Chen"]
    unsorted = [(e["note"], e["author"]) for e in data["unsorted"]]
    assert unsorted == [("medium/first.md", "Mark Chen")]


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["# Title", "[Mark Chen](https://medium.com/@mc)", "Follow", "6 min read"], "Mark Chen"),
        (["# Title", "Sara Lee", "·", "4 min read", "·", "May 21, 2024"], "Sara Lee"),
        (["# 제목", "김지훈 · Follow", "Published in 일지 · 5 min read · May 28"], "김지훈"),
        (["# Title", "Some intro sentence that is long.", "More text"], None),
    ],
)  # fmt: skip
def test_the_writer_a_medium_header_names(lines: list[str], author: str | None) -> None:
    assert reading_header_author(lines) == author


def test_a_publication_is_not_a_writer() -> None:
    assert byline_author("Published in 개발 일지 · 5 min read · May 28, 2024") is None
    assert byline_author("Daniel Kerr · 6 min read") == "Daniel Kerr"
