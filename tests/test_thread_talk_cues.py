"""A day's thread (Mastodon, Bluesky, X) read by what its posts say about the talk going on
(issue 14): a post saying the talk is over is that talk's last, even when it goes on to lunch;
a post saying its writer left the talk is about neither; "Started with the opening keynote:"
names the opening keynote, and "Day 2. Started with "Title" (Name)" names that talk. Keynotes
named only by their kind stay apart: "Keynote" and "Dev keynote" are two talks, "Dev keynote"
and "Developer keynote" one."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.social_thread import social_parts

THREAD = """\
# Thread by @nadia@fosstodon.org

Saved from fosstodon.org · 7 posts · started Oct 29, 2024

---

**1/** Here for #DevConf 2024, first time in person! Thread 🧵
*Oct 29, 2024, 9:41 AM*

**2/** Started with the opening keynote: the model picker is the news of the day.
*Oct 29, 2024, 10:20 AM*

**3/** Opening keynote over, they joked about it for a minute. Lunch.
*Oct 29, 2024, 11:05 AM*

**4/** Dev keynote: natural language to a hosted micro app. Fun demo.
*Oct 29, 2024, 1:45 PM*

**5/** Left the dev keynote a bit early to get into the attestations session. Worth it.
*Oct 29, 2024, 2:10 PM*

**6/** Day 2. Started with "Workspaces in practice" (Mei Lin): from an issue to a plan to a PR.
*Oct 30, 2024, 10:05 AM*

**7/** Flying home tonight. /end
*Oct 30, 2024, 4:00 PM*
"""


def test_a_post_saying_the_talk_is_over_is_its_last_and_leaving_it_is_neither() -> None:
    parts = social_parts(THREAD)
    assert parts is not None
    lines = THREAD.split("\n")
    shown = {part.title: "\n".join(lines[part.start : part.end]) for part in parts}
    assert list(shown) == ["Opening keynote", "Dev keynote", "Workspaces in practice"]
    assert "**3/** Opening keynote over" in shown["Opening keynote"]
    assert "**5/**" not in shown["Dev keynote"]
    assert parts[-1].speakers == ("Mei Lin",)


KOREAN_X = """\
준호 @junho_codes

현장 도착!! 키노트 자리 잡았습니다 🧵 1/5

오전 9:30 · 2024년 10월 29일

준호 @junho_codes

2/5 키노트 시작. 첫 발표는 모델 선택 기능

오전 10:02 · 2024년 10월 29일

준호 @junho_codes

3/5 키노트 끝. 이제 점심

오전 11:03 · 2024년 10월 29일

준호 @junho_codes

4/5 개발자 키노트: 말로 앱 만들어서 바로 배포까지

오후 1:50 · 2024년 10월 29일

준호 @junho_codes

5/5 오늘은 여기까지

오후 4:30 · 2024년 10월 29일
"""


def test_a_thread_names_a_keynote_it_says_begins_or_labels_alone() -> None:
    parts = social_parts(KOREAN_X)
    assert parts is not None
    lines = KOREAN_X.split("\n")
    assert [part.title for part in parts] == ["키노트", "개발자 키노트"]
    assert "키노트 끝" in "\n".join(lines[parts[0].start : parts[0].end])


def test_keynotes_named_by_their_kind_are_one_talk_only_when_they_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = {
        "a.md": "# DevConf 2024 day 1 (2024-10-29)\n\n## Keynote\n\n- the model picker\n"
        "- one billion developers\n\n## Dev keynote\n\n- micro apps from a prompt\n"
        "- code review in preview\n",
        "b.md": "# DevConf 2024 첫째 날 (2024-10-29)\n\n## Opening keynote\n\n- 모델 선택\n"
        "- 파이썬이 1위\n\n## Developer keynote\n\n- 스파크 데모\n- 코드 리뷰\n",
    }
    items = list_items(tmp_path, capsys, notes)
    headings = sorted(sorted(entry["heading"] for entry in item["entries"]) for item in items)
    assert headings == [["Dev keynote", "Developer keynote"], ["Keynote", "Opening keynote"]]


FIRST_POST_ONLY = """\
# Thread by @ola@mastodon.social

Saved from mastodon.social · 4 posts · started Jul 14, 2025

---

**1/** Day one of EuroPython 2025 in Prague! Thread of the talks I catch 🧵
*Jul 14, 2025, 9:02 AM*

**2/** Started with the keynote: Python's next decade.
*Jul 14, 2025, 9:40 AM*

**3/** Started with "Rust for Pythonistas" (Eva Novak): PyO3 in twenty minutes.
*Jul 14, 2025, 11:05 AM*

**4/** That's all for today /end
*Jul 14, 2025, 6:00 PM*
"""

FILE_NAME_ONLY = """\
# Thread by @ola@mastodon.social

Ola @ola@mastodon.social

1/3 Back at #EuroPython for day two, one post per talk again 🧵

Jul 15, 2025, 9:02 AM

Ola @ola@mastodon.social

2/3 Day 2 keynote: community, sprints and how the Prague meetup scene grew.

Jul 15, 2025, 9:45 AM

Ola @ola@mastodon.social

3/3 "Typing at scale" (Jan Dvorak): mypy on 2M lines, with a baseline file.

Jul 15, 2025, 11:20 AM
"""


def test_a_thread_names_its_event_in_its_first_post_or_its_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "threads/2025-07-14-thread.md": FIRST_POST_ONLY,
            "threads/Thread by @ola - EuroPython 2025 day 2.md": FILE_NAME_ONLY,
        },
    )
    assert [event["title"] for event in data["events"]] == ["EuroPython 2025"]
    days = {
        day["date"]: sorted(item["id"] for track in day["tracks"] for item in track["items"])
        for day in data["events"][0]["days"]
    }
    # ids read as the talks' titles, each day's keynote its own
    assert days == {
        "2025-07-14": ["keynote", "rust-for-pythonistas"],
        "2025-07-15": ["day-2-keynote", "typing-at-scale"],
    }


def test_a_keynote_named_by_its_kind_in_russian_is_the_english_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = {
        "en.md": "# DevConf 2024 day 1 (2024-10-29)\n\n## Keynote\n\n- the model picker\n"
        "- one billion developers\n\n## Developer keynote\n\n- micro apps from a prompt\n",
        "ru.md": "# DevConf 2024, первый день (29.10.2024)\n\n## Кейноут\n\n- выбор модели\n"
        "- миллиард разработчиков\n\n## Кейноут для разработчиков\n\n- приложения из промпта\n",
    }
    items = list_items(tmp_path, capsys, notes)
    headings = sorted(sorted(entry["heading"] for entry in item["entries"]) for item in items)
    assert headings == [["Developer keynote", "Кейноут для разработчиков"], ["Keynote", "Кейноут"]]


def test_an_x_threads_post_stamps_give_its_day_and_so_its_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the thread names its event in no way the notes' other writers do ("유니버스"), but its
    # posts' stamps ("오전 10:02 · 2024년 10월 29일") put it on the event's day
    blog = (
        "---\ntitle: Live from DevConf 2024\ndate: 2024-10-29\n---\n\n"
        "**10:00** — Keynote starts.\n\n**10:30** — The model picker.\n\n"
        "**11:00** — Keynote over.\n"
    )
    data = list_json(tmp_path, capsys, {"blog/devconf.md": blog, "x/스레드.md": KOREAN_X})
    assert [event["title"] for event in data["events"]] == ["DevConf 2024"]
