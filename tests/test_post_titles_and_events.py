"""A post's title that names its event beside the talk ("Our PyCon talk: …", "Mi charla en …")
is evidence for the event, not an event of its own, and the talk is the rest of the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.event_names import without_event


@pytest.mark.parametrize(
    ("title", "names", "left"),
    [
        ("Our RustConf talk: async traits in practice", ["RustConf"], "async traits in practice"),
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
        "team-blog/2024-05-20-our-talk.md": (
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
        "team-blog/2024-05-20-our-talk.md",
    }
