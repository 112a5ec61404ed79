"""The README's example of each shape of notes comes out as the README says.

The examples are read from the README itself (section "The shapes of notes, one example each"),
each written alone into a fresh notes folder without a program and listed as a user would.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from factories import list_json

README = Path(__file__).resolve().parents[1] / "README.md"
SECTION = "### The shapes of notes, one example each"


def examples() -> list[str]:
    """The fenced Markdown/text blocks of the section, up to the next `## ` heading outside
    any fenced block (a `## ` inside an ```mdx or ```yaml block is the example's own)."""
    lines = README.read_text(encoding="utf-8").split(SECTION, 1)[1].split("\n")
    blocks: list[str] = []
    current: list[str] = []
    fence: str | None = None  # the language of the block we are in
    for line in lines:
        if fence is None and line.startswith("## "):
            break
        if fence is None and line.startswith("```"):
            fence, current = line[3:].strip(), []
        elif fence is not None and line == "```":
            if re.fullmatch(r"markdown|text", fence):
                blocks.append("\n".join(current) + "\n")
            fence = None
        elif fence is not None:
            current.append(line)
    return blocks


def items(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every item with its event title and day date added."""
    return [
        dict(item, event=event["title"], date=day["date"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]


def test_the_readme_has_an_example_of_each_shape_with_a_block() -> None:
    assert len(examples()) == 32


def test_a_post_per_talk_is_one_talk_on_its_session_day(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"2019-04-11-oer.md": examples()[0]})
    (item,) = items(data)
    assert "OER at Scale" in item["title"]
    assert {"Priya Raman", "Tom Becker", "Lucia Ortiz"} <= set(item["speakers"])
    assert "ACRL" in item["event"] and item["date"] == "2019-04-11"
    assert data["unsorted"] == []


def test_a_note_per_day_gives_a_talk_per_heading(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"devfest-day1.md": examples()[1]})
    talks = items(data)
    assert len(talks) == 2
    assert {t["date"] for t in talks} == {"2024-11-23"}
    kotlin = next(t for t in talks if "Kotlin" in t["title"])
    assert kotlin["speakers"] == ["김민지"]
    assert all("DevFest" in t["event"] for t in talks)
    assert not any(
        "마무리" in e["heading"] or "day 1" in e["heading"] for t in talks for e in t["entries"]
    )


def test_booths_and_talks_in_one_note(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"aws-summit-day1.md": examples()[2]})
    found = items(data)
    kinds = sorted((t["kind"], t["title"]) for t in found)
    assert [k for k, _ in kinds] == ["booth", "booth", "session"]
    assert any("Datadog" in title for _, title in kinds)
    assert {t["date"] for t in found} == {"2024-05-16"}
    assert {t["event"] for t in found} == {"AWS Summit Seoul 2024"}


def test_a_seminar_report_is_one_talk_on_its_date(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"[23.03.15] gnn.md": examples()[3]})
    (item,) = items(data)
    assert item["date"] == "2023-03-15"
    assert any("이승민" in s for s in item["speakers"])


def test_notes_about_no_talk_make_no_talks(tmp_path: Path, capsys) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "draft.md": "---\ntitle: Travel tips\npublished: false\n---\n\n- bring a power strip\n",
            "diary/2024-10-26.md": "# 2024-10-26 (토)\n\n- 파이콘 1일차! 피곤\n- 점심은 국밥\n",
            "links.md": "# 링크 모음\n\n## 공식\n- [Python docs](https://docs.python.org)\n",
        },
    )
    assert items(data) == []


def test_folders_name_the_event_and_the_day(tmp_path: Path, capsys) -> None:
    folder = "Conferences/PyCon KR 2024/"
    data = list_json(
        tmp_path,
        capsys,
        {
            folder
            + "PyCon KR 2024.md": "# PyCon KR 2024\n\n- 일시: 2024년 10월 26일(토) ~ 27일(일)\n",
            folder + "Day 2/Keynote - Free-threaded Python 3.13.md": (
                "Day 2 키노트. Lukas Brenner\n\n## What breaks\n- C extensions\n"
            ),
        },
    )
    (item,) = items(data)
    assert "Free-threaded Python" in item["title"]
    assert "PyCon KR 2024" in item["event"] and item["date"] == "2024-10-27"


def test_talks_under_day_headings_are_on_their_days(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"devfest.md": examples()[4]})
    days = {t["title"]: t["date"] for t in items(data)}
    assert days == {
        "Compose Multiplatform 실전 적용기": "2024-11-23",
        "Flutter 3.24 새 기능": "2024-11-24",
    }


def test_day_headings_without_dates_are_days_of_their_own(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"rustconf.md": examples()[5]})
    days = [
        (day["label"], day["date"], [i["title"] for t in day["tracks"] for i in t["items"]])
        for event in data["events"]
        for day in event["days"]
    ]
    assert days == [
        ("Day 1", None, ["Async closures are here"]),
        ("Day 2", None, ["The borrow checker, explained"]),
    ]


def test_bold_lines_are_the_talks_of_a_day(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"메모.md": examples()[6]})
    found = items(data)
    assert [t["title"] for t in found] == [
        "모바일앱 CI/CD 파이프라인 구축기",
        "카카오톡 검색 개편기",
    ]
    assert {(t["event"], t["date"]) for t in found} == {("if(kakao)AI 2024", "2024-10-23")}


def test_times_and_speakers_leave_the_titles(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"day1.md": examples()[7]})
    speakers = {t["title"]: t["speakers"] for t in items(data)}
    assert speakers == {
        "React Server Components 실전": ["김하늘"],
        "Bun은 Node를 대체할까": ["Tom Lee"],
    }


def test_a_notion_properties_table(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"Kotlin 멀티플랫폼 도입기.md": examples()[8]})
    (item,) = items(data)
    assert (item["event"], item["date"], item["speakers"]) == (
        "DroidKnights 2024",
        "2024-11-04",
        ["박지훈"],
    )


def test_notes_in_japanese_read_their_dates_days_and_speakers(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"gocon-day2.md": examples()[9]})
    speakers = {t["title"]: (t["date"], t["speakers"]) for t in items(data)}
    assert speakers["基調講演「Go と歩いた十年」"] == ("2023-06-03", ["佐藤 健一"])
    assert speakers["ジェネリクスを実務で使う"] == ("2023-06-03", ["田中 美咲"])
    assert {t["event"] for t in items(data)} == {"Go Conference 2023"}


def test_a_page_per_attendee_has_a_talk_per_heading(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"JSConf Korea 2024 참관기 - 오하린.md": examples()[10]})
    found = items(data)
    assert sorted(t["title"] for t in found) == ["번들러 없이 배포하기", "웹 플랫폼의 다음 10년"]
    assert {(t["event"], t["date"]) for t in found} == {("JSConf Korea 2024", "2024-09-07")}
    assert not any("오하린" in s for t in found for s in t["speakers"])


def test_a_blog_export_that_kept_its_html_gives_its_talks(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"2024-11-02-woowacon.md": examples()[11]})
    speakers = {item["title"]: item["speakers"] for item in items(data)}
    assert speakers == {
        "LLM으로 메뉴 검색 품질 올리기": ["최민재"],
        "배민 앱 화면을 서버가 그린다: Server-Driven UI 3년": ["박서연"],
    }


def test_a_chat_channel_gives_a_talk_per_thread_by_each_writer(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"slack/conf-rustfest.md": examples()[12]})
    (item,) = items(data)
    assert item["title"] == "Ten years of Rust in production"
    assert item["speakers"] == ["Kelsey Nakamura"] and item["date"] == "2025-09-26"
    assert [e["author"] for e in item["entries"]] == ["Priya", "Marco"]


def test_an_outliners_daily_page_gives_its_talk_blocks_on_its_day(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"July 10th, 2024.md": examples()[13]})
    found = {t["title"]: t for t in items(data)}
    assert set(found) == {"Rust for Pythonistas", "Typing at scale"}
    assert found["Rust for Pythonistas"]["speakers"] == ["Ana Lima"]
    assert {t["date"] for t in found.values()} == {"2024-07-10"}
    assert {t["event"] for t in found.values()} == {"EuroPython 2024"}


def test_a_book_chapters_headings_are_talks_beside_its_evening_and_shift(
    tmp_path: Path, capsys
) -> None:
    data = list_json(tmp_path, capsys, {"book/src/tag1.md": examples()[14]})
    assert [(t["title"], t["speakers"]) for t in items(data)] == [
        ("Hacking the Heat Pump", ["Malte Brinkmann"])
    ]
    assert {e["heading"] for e in data["unsorted"]} >= {"Engelschicht", "Abends"}


def test_a_prose_posts_run_in_titles_are_its_weekdays_talks(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"fosdem-2025.md": examples()[15]})
    found = {t["title"]: t["date"] for t in items(data)}
    assert found == {
        "Free software for cities": "2025-02-01",
        "Rust in the Linux kernel, one year later": "2025-02-01",
        "Postgres at the edge": "2025-02-02",
    }


def test_a_pasted_chat_gives_a_talk_per_announcement(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"NDC 2024/같이가요 방.md": examples()[16]})
    (item,) = items(data)
    assert item["title"] == "라이브 서비스 10년, 무엇이 남았나"
    assert item["date"] == "2024-05-28" and item["event"] == "NDC 2024"
    assert [e["author"] for e in item["entries"]] == ["김도윤", "이서연"]
    assert [u["line"] for u in data["unsorted"]] == [1, 4]  # the divider, then lunch


def test_a_stamped_chat_export_gives_the_talk_on_its_stamps_day(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"discord/devoxx.md": examples()[17]})
    (item,) = items(data)
    assert item["title"] == "Java in 2030" and item["speakers"] == ["Priya Raman"]
    assert item["date"] == "2024-10-09"
    assert [e["author"] for e in item["entries"]] == ["marta.dev", "kpeeters"]
    assert [u["line"] for u in data["unsorted"]] == [5]  # the charger


def test_a_github_issue_gives_the_talks_in_its_posts_by_their_writers(
    tmp_path: Path, capsys
) -> None:
    data = list_json(tmp_path, capsys, {"issues/12.md": examples()[18]})
    (item,) = items(data)
    assert item["title"] == "Compose 시대의 안드로이드 아키텍처"
    assert item["speakers"] == ["한도윤"] and item["event"] == "DroidKnights 2024"
    assert item["date"] == "2024-06-11"
    assert [e["author"] for e in item["entries"]] == ["minji-kim", "sora-lee"]


# The examples after the first nineteen, each checked for what every shape promises: talks
# found, each titled with words the example holds.
LATER = range(19, 32)


@pytest.mark.parametrize("index", LATER)
def test_each_later_example_gives_talks_titled_from_its_own_words(
    index: int, tmp_path: Path, capsys
) -> None:
    text = examples()[index]
    data = list_json(tmp_path, capsys, {f"example-{index}.md": text})
    talks = items(data)
    assert talks, f"example {index} gave no talk"
    folded = text.casefold()
    for talk in talks:
        words = [w for w in re.findall(r"\w{3,}", talk["title"].casefold())]
        assert words and any(w in folded for w in words), talk["title"]
    assert not [p for p in data["problems"] if p["severity"] == "error"]


def test_a_slide_deck_gives_its_slides_talks_by_the_decks_presenter(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"shift-deck.md": examples()[30]})
    talks = {t["title"]: (t["speakers"], len(t["entries"])) for t in items(data)}
    assert talks == {
        "Postgres at the edge": (["Luka Babić"], 2),  # its "(cont.)" slide joins it
        "Платформа як продукт": (["Olena Kovalenko"], 1),
    }
    assert {e["author"] for t in items(data) for e in t["entries"]} == {"Ivana Horvat"}
    # the title slide is no talk
    assert [u["heading"] for u in data["unsorted"]] == ["Lessons from Shift 2024"]


def test_a_meeting_recap_gives_each_groups_session_on_its_weekday(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"ietf-120.md": examples()[31]})
    sessions = {t["title"]: t["date"] for t in items(data)}
    assert sessions == {"DNSOP": "2024-07-25", "La plenaria": "2024-07-24"}
    assert "Para la próxima" in [u["heading"] for u in data["unsorted"]]
