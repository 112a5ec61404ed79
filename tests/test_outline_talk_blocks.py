"""Outliner daily pages (Roam Research, Logseq, any outline export) whose talks are blocks, not
headings: `- **Title** — [[Speaker]]` or `- Title by [[Speaker]]` with the points as child blocks,
beside errands and to-dos; the day from the page's name, the event from its `[[...]]` block."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus.blocks import parse_blocks
from summit_tui.corpus.outline_talks import outline_talk_headings, talk_heading_text

ROAM_DAY = """\
- {{[[TODO]]}} check out of the hotel by 10
- [[EuroPython 2024]] day 1
    - keynote room full 20 min early
    - **Rust for Pythonistas** — [[Ana Lima]]
        - PyO3 + maturin, no C needed
        - wheels for every platform from CI
    - lunch: the pierogi were fine
    - Typing at scale by [[Jonas Berg]] & [[Mei Chen]]
        - mypy strict on new modules only
        - protocols over ABCs
- {{[[TODO]]}} send [[Sam]] the slides
- dinner near the river
"""

LOGSEQ_KO = """\
- 체크아웃 연장 문의
- #[[EuroPython 2024]] 둘째 날
\t- **파이썬 GIL 없는 세상** — [[Ken Ito]]
\t\t- free-threaded 빌드는 아직 실험적
\t\t- C 확장 모듈 호환이 관건
\t- 점심: 케밥
\t- Structured logging
\t\tspeaker:: [[Olu Ade]]
\t\t- structlog + JSON, trace id 를 꼭 넣자
- TODO 환전
"""


def test_talk_blocks_of_a_roam_daily_page_are_talks_on_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"ana/July 10th, 2024.md": ROAM_DAY, "ken/journals/2024_07_11.md": LOGSEQ_KO},
    )
    items = items_by_title(data)
    assert {title: item["date"] for title, item in items.items()} == {
        "Rust for Pythonistas": "2024-07-10",
        "Typing at scale": "2024-07-10",
        "파이썬 GIL 없는 세상": "2024-07-11",
        "Structured logging": "2024-07-11",
    }
    assert items["Rust for Pythonistas"]["speakers"] == ["Ana Lima"]
    assert items["Typing at scale"]["speakers"][0] == "Jonas Berg"
    assert items["Structured logging"]["speakers"] == ["Olu Ade"]
    assert [event["title"] for event in data["events"]] == ["EuroPython 2024"]


def test_errands_event_blocks_and_childless_blocks_are_not_talks() -> None:
    assert [(h.start, h.text) for h in outline_talk_headings(ROAM_DAY)] == [
        (3, "Rust for Pythonistas — Ana Lima"),
        (7, "Typing at scale — Jonas Berg, Mei Chen"),
    ]
    # a talk-like block without points under it is a line of the page, not a talk
    assert outline_talk_headings("- [[EuroPython 2024]]\n  - **Rust** — [[Ana Lima]]\n") == []


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("**Rust for Pythonistas** — [[Ana Lima]]", "Rust for Pythonistas — Ana Lima"),
        ("**Rust for Pythonistas** (Ana Lima)", "Rust for Pythonistas — Ana Lima"),
        ("**파이썬 GIL 없는 세상** - 김민지님", "파이썬 GIL 없는 세상 — 김민지님"),
        ("**Rust for Pythonistas**", "Rust for Pythonistas"),
        ("Typing at scale by [[Jonas Berg]]", "Typing at scale — Jonas Berg"),
        ("Typing at scale ([[Jonas Berg]])", "Typing at scale — Jonas Berg"),
        ("10:30 **Rust for Pythonistas** — [[Ana Lima]]", "10:30 Rust for Pythonistas — Ana Lima"),
        ("Rust for Pythonistas #talk", "Rust for Pythonistas"),
        ("[[EuroPython 2024]] day 1", None),  # the event's block
        ("[[EuroPython 2024]] — day 1", None),
        ("coffee with [[Sam]] from the old team", None),
        ("{{[[TODO]]}} watch [[Ana Lima]]'s talk", None),
        ("TODO ask [[Jonas Berg]] about mypy", None),
        ("speaker:: [[Ana Lima]]", None),
        ("**Note** to self: buy adapter", None),
        ("Sprint review moved by [[2024-07-12]]", None),  # a date's page is no speaker
    ],
)
def test_which_blocks_name_a_talk(text: str, heading: str | None) -> None:
    assert talk_heading_text(text) == heading


def test_a_speaker_property_as_the_first_child_makes_a_talk() -> None:
    assert talk_heading_text("Structured logging", "speaker:: [[Olu Ade]]") == (
        "Structured logging — Olu Ade"
    )
    assert talk_heading_text("Structured logging", "room:: 8") is None


def test_blocks_inside_a_talk_block_are_its_points_not_talks() -> None:
    page = (
        "- **Rust for Pythonistas** — [[Ana Lima]]\n"
        "  - **Why not C** — [[Ana Lima]]\n"
        "    - segfaults\n"
        "- **Typing at scale** — [[Jonas Berg]]\n"
        "  - protocols\n"
    )
    assert [h.text for h in outline_talk_headings(page)] == [
        "Rust for Pythonistas — Ana Lima",
        "Typing at scale — Jonas Berg",
    ]


def test_notes_that_are_not_outlines_get_no_talk_blocks() -> None:
    prose = "# EuroPython 2024\n\n- **Rust for Pythonistas** — [[Ana Lima]]\n  - PyO3\n"
    assert outline_talk_headings(prose) == []
    mostly_prose = "- **Rust** — [[Ana Lima]]\n  - PyO3\n" + "A paragraph.\n" * 10
    assert outline_talk_headings(mostly_prose) == []
    # a Logseq page's properties come before its blocks
    page = "type:: [[Talk]]\nevent:: [[EuroPython 2024]]\n\n- **Rust** — [[Ana Lima]]\n\t- PyO3\n"
    assert [h.start for h in outline_talk_headings(page)] == [3]


def test_talk_blocks_join_the_headings_in_line_order() -> None:
    page = "- ## Day 2\n\t- **Rust** — [[Ana Lima]]\n\t\t- PyO3\n"
    assert [(h.level, h.text) for h in parse_blocks(page).headings] == [
        (2, "Day 2"),
        (3, "Rust — Ana Lima"),
    ]


def test_the_errands_after_the_last_talk_block_are_no_part_of_it() -> None:
    import factories
    from summit_tui.corpus.model import EntryKind
    from summit_tui.corpus.segment import segment_note

    made = factories.note("July 3rd, 2024.md", "Ann", ROAM_DAY, title="July 3rd, 2024")
    found, _ = segment_note(made, None)
    typing = next(e for e in found if e.title == "Typing at scale")
    assert "protocols over ABCs" in str(typing.text)
    assert "dinner" not in str(typing.text) and "send [[Sam]]" not in str(typing.text)
    rest = next(e for e in found if "dinner near the river" in str(e.text))
    assert rest.kind is EntryKind.OTHER
    rust = next(e for e in found if e.title == "Rust for Pythonistas")
    assert "pierogi" not in str(rust.text)


HACKATHON_DAY = """\
- DONE charge the laptop
- [[HackZurich 2025]] day 3
\t- 08:30 coffee, the repo builds
\t- Final pitches, Hall 1 at 14:00
\t\t- our pitch: [[Glacierwatch]] — melt forecast per valley
\t\t- the clicker died halfway, we kept going
\t\t- Team Fondue — Raclette Radar: finds the nearest open kitchen
\t\t- Bergbahn Crew — Liftline: queue times from ticket gates
\t- Closing ceremony 18:00, Hall 1
\t\t- Liftline won the mobility track
\t- Workshop: "Prompting for product people" — [[Nadia Keller]] (mentor)
\t\t- write the user's sentence first
- call the landlord
"""

JOURNAL_KO = """\
- [[해커톤 서울 2025]] 둘째 날
\t- 개막식 10:00, 대강당
\t\t- 키노트 [[박서연]] — "작게 만들고 끝내라"
\t\t\t- 심사위원은 데모를 기억한다
\t- 저녁: 김밥
"""


def test_a_hackathon_day_s_ceremony_workshop_and_each_demo_are_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"mia/journals/2025_09_14.md": HACKATHON_DAY})
    items = items_by_title(data)
    assert set(items) == {
        "Glacierwatch",
        "Raclette Radar",
        "Liftline",
        "Closing ceremony",
        "Prompting for product people",
    }
    assert {item["date"] for item in items.values()} == {"2025-09-14"}
    assert items["Prompting for product people"]["speakers"] == ["Nadia Keller"]
    assert items["Raclette Radar"]["speakers"] == ["Team Fondue"]  # the team pitched it
    # what was said of a demo, up to the next demo, is part of it; the block naming the pitches
    # and the errands are no talk
    blocks = {h.text: (h.start, h.end) for h in outline_talk_headings(HACKATHON_DAY)}
    assert blocks["Glacierwatch"] == (4, 6)
    assert blocks["Liftline — Bergbahn Crew"] == (7, 8)
    assert "Final pitches, Hall 1 at 14:00" not in blocks


def test_an_opening_ceremony_block_holds_its_keynote() -> None:
    assert [(h.start, h.text, h.end) for h in outline_talk_headings(JOURNAL_KO)] == [
        (1, "개막식", 4)
    ]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Opening ceremony 17:00, main hall", "Opening ceremony"),
        ("Ceremonia de clausura", "Ceremonia de clausura"),
        ("Keynote 09:00 — Hall A", "Keynote"),
        ('keynote [[Ana Lima]] — "Small and finished"', "Small and finished — Ana Lima"),
        ("Talk by [[Ken Ito]] (host)", "Talk — Ken Ito"),
        ("keynote room full 20 min early", None),
        ("Opening ceremony was fun but long", None),
        ('[[Sam]] — "see you at lunch"', None),  # a quote of a friend, no talk
    ],
)
def test_blocks_naming_a_session_by_its_kind(text: str, heading: str | None) -> None:
    assert talk_heading_text(text) == heading


def test_a_demos_block_needs_two_demos() -> None:
    page = "- Demos\n\t- our demo: [[Glacierwatch]]\n\t- pizza after\n"
    assert outline_talk_headings(page) == []
