"""Shapes of notes the third held-out batch found misread (issue 14; qa-corpora3), each as a user
sees it in `list --json`, written small and in my own words: a Japanese day report, a Confluence
page per attendee, sections about no talk, titles with a
time-of-day or event prefix.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from factories import entry, list_json, note
from summit_tui.corpus.checks import note_warnings
from summit_tui.corpus.model import EntryKind


def items(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every item by its title, with its event title and day date added."""
    return {
        item["title"]: dict(item, event=event["title"], date=day["date"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def unsorted_headings(data: dict[str, Any]) -> set[str]:
    return {entry["heading"] for entry in data["unsorted"]}


JAPANESE_DAY = """\
---
title: "EuroPython 2024 2日目 参加レポート"
published: true
---

EuroPython 2024 の2日目に行ってきました。

## パッケージングの現在地

登壇者: 佐藤 花子さん

- pyproject.toml だけで完結する時代

## 非同期 I/O の落とし穴

- キャンセルの扱いが難しい

## 懇親会

ビールがおいしかった。

## まとめ

2日目も充実していました。
"""


def test_a_japanese_day_report_has_a_talk_per_heading(tmp_path: Path, capsys) -> None:
    """ "… 2日目 参加レポート" names the event and its day: the title is context, each `##` a talk,
    the party and the wrap-up no talk (Z1)."""
    data = list_json(tmp_path, capsys, {"europython-day2.md": JAPANESE_DAY})
    found = items(data)
    assert set(found) == {"パッケージングの現在地", "非同期 I/O の落とし穴"}
    assert {t["event"] for t in found.values()} == {"EuroPython 2024"}
    assert {"懇親会", "まとめ"} <= unsorted_headings(data)


CONFLUENCE_PAGE = """\
# JSConf Korea 2024 참관기 - 오하린

Created by 오하린, last modified on Sep 10, 2024

9월 7일 (토) 다녀왔습니다.

## 키노트 - 웹 플랫폼의 다음 10년

- 브라우저 간 호환성 이야기

## 번들러 없이 배포하기

- import map 활용

## 기타

점심은 김밥.
"""


def test_a_page_per_attendee_has_a_talk_per_heading(tmp_path: Path, capsys) -> None:
    """ "# EVENT 참관기 - 이름" names the event and the page's author: it is context, not a talk,
    and 이름 is nobody's speaker; each `##` is a talk, "키노트 - Title" titled by its title (C1)."""
    data = list_json(tmp_path, capsys, {"JSConf Korea 2024 참관기 - 오하린.md": CONFLUENCE_PAGE})
    found = items(data)
    assert set(found) == {"웹 플랫폼의 다음 10년", "번들러 없이 배포하기"}
    assert not any("오하린" in s for t in found.values() for s in t["speakers"])
    assert {t["date"] for t in found.values()} == {"2024-09-07"}
    assert "기타" in unsorted_headings(data)


NO_TALK_SECTIONS = """\
# FooConf 2024 Day 1

## Caching at the edge — Ann Lee

- stale-while-revalidate

## Hallway track

Spent the slot at the sponsor area instead of a talk.

## Evening

Went to the party, too loud.

## Notes to self

- [ ] try the edge cache

## Random

The wifi was terrible.

## TODO after conf

- [ ] write the report

## 우리 팀에 적용할 것

- 캐시 TTL 줄이기
"""


def test_sections_about_no_talk_stay_unsorted(tmp_path: Path, capsys) -> None:
    """The hallway track, the evening, notes to self, a to-do list: no talks (J3, G5, C3, Z3)."""
    data = list_json(tmp_path, capsys, {"day1.md": NO_TALK_SECTIONS})
    assert set(items(data)) == {"Caching at the edge"}
    assert {
        "Hallway track",
        "Evening",
        "Notes to self",
        "Random",
        "TODO after conf",
        "우리 팀에 적용할 것",
    } <= unsorted_headings(data)


RECAP = """\
---
title: "BarConf 2024 day 2 recap"
date: 2024-06-12 23:10:00 +0900
categories: [conferences, barconf-2024]
---

Day 2 done.

## Morning: "Profiling Ruby without tears"

Kim Ode on the sampling profiler.

## After lunch: Ractors

Two speakers on their job runner.
"""

ONE_TALK = """\
---
title: "BarConf 2024: The Road to a Faster Parser"
subtitle: "Taro Yamada"
date: 2024-06-11 10:30:00 +0900
categories: [conferences, barconf-2024]
---

The opening keynote.
"""


def test_titles_lose_a_time_of_day_and_the_event(tmp_path: Path, capsys) -> None:
    """ "Morning: "Title"" is the talk "Title"; "BarConf 2024: Title" is "Title" (J4, J5)."""
    data = list_json(tmp_path, capsys, {"recap.md": RECAP, "keynote.md": ONE_TALK})
    assert set(items(data)) == {
        "Profiling Ruby without tears",
        "Ractors",
        "The Road to a Faster Parser",
    }


DAY_PREFIXED = """\
# DEVIEW 2023 참관기 - 박지훈

## [Day1] 검색 랭킹에 LLM 붙이기 / 한지민

- 랭킹 피처로 LLM 임베딩 유사도

## [Day2] 쿠버네티스 비용 최적화, 1년의 기록 / 오세훈

- 스팟 인스턴스 비중 확대
"""

DEVIEW_DAY1 = """\
# DEVIEW 2023 후기

2023년 2월 27일 (월) 다녀왔습니다.

## 쿠버네티스 비용 최적화, 1년의 기록 - 오세훈

- 노드 풀 정리
"""


def test_a_day_before_a_talk_title_is_its_day(tmp_path: Path, capsys) -> None:
    """ "## [Day2] Title / Name": the talk is on the event's second day, Name its speaker, even
    when another note about the first day has it too (C1, C2: a heading's day outweighs a
    note's)."""
    files = {"박지훈.md": DAY_PREFIXED, "김민수.md": DEVIEW_DAY1}
    found = items(list_json(tmp_path, capsys, files))
    assert (
        found["검색 랭킹에 LLM 붙이기"]["date"],
        found["검색 랭킹에 LLM 붙이기"]["speakers"],
    ) == (
        "2023-02-27",
        ["한지민"],
    )
    k8s = found["쿠버네티스 비용 최적화, 1년의 기록"]
    assert (k8s["date"], k8s["speakers"], len(k8s["entries"])) == ("2023-02-28", ["오세훈"], 2)


LOST_TALKS = """\
# Mia's notes — Wednesday

I sat in different rooms than the others.

## Rust for embedded dashboards
*Oskar Lind*

The demo ran on a tiny board.

## Feature flags at scale
*Hanna Berg*

- flags are debt
"""


def test_check_names_talks_lost_inside_an_unsorted_part() -> None:
    """Headings over an italic speaker line inside a part left unsorted (the speaker lines not
    read): check says which (QA11; it said nothing)."""
    body = "# Mia's notes — Wednesday\n\n" + LOST_TALKS.split("\n", 2)[2]
    mia = note("contrib/mia.md", "Mia", body, line=4)
    lost = entry(body, note="contrib/mia.md", start=4, title="Mia's notes — Wednesday")
    lost = replace(lost, kind=EntryKind.OTHER)
    (warning,) = [
        p for p in note_warnings([mia], [lost], lambda _: None) if "unsorted part" in p.message
    ]
    assert (warning.path, warning.line) == ("contrib/mia.md", 8)
    assert warning.message.startswith("2 heading(s) inside an unsorted part name a speaker")
    assert "'Rust for embedded dashboards', 'Feature flags at scale'" in warning.message


def _post(title: str, date: str, body: str, extra: str = "") -> str:
    return (
        f'---\ntitle: "{title}"\ndate: {date} +0900\ncategories: [conferences, bazconf-2024]\n'
        f"{extra}---\n\n{body}\n"
    )


BLOG = {
    "_posts/2024-05-08-off-to-bazconf.md": _post(
        "Off to BazConf", "2024-05-08 09:00:00", "Packing my bags for next week."
    ),
    "_posts/2024-05-15-bazconf-2024-keynote.md": _post(
        "BazConf 2024: Parsers all the way down",
        "2024-05-15 10:30:00",
        "The opening keynote.",
        'subtitle: "Aiko Tanabe"\n',
    ),
    "_posts/2024-05-16-caching.md": _post(
        "BazConf 2024: Caching without tears",
        "2024-05-16 14:00:00",
        "A talk on caches.",
        'subtitle: "Kenji Mori"\n',
    ),
    "_posts/2024-05-22-guest-post.md": _post(
        "Guest post: what I got out of the parser keynote",
        "2024-05-22 08:00:00",
        "I went into the opening keynote on Wednesday. Aiko Tanabe's talk was approachable.",
        'author: "Priya Raman"\n',
    ),
}


def test_jekyll_categories_under_conferences_name_the_event(tmp_path: Path, capsys) -> None:
    """`categories: [conferences, bazconf-2024]` names the event even where the title does not,
    spelt as the titles spell it; the days are the posts' session times, not a preview posted a
    week before or a guest post a week after (J2)."""
    data = list_json(tmp_path, capsys, BLOG)
    assert [event["title"] for event in data["events"]] == ["BazConf 2024"]
    found = items(data)
    assert found["Parsers all the way down"]["date"] == "2024-05-15"
    assert found["Caching without tears"]["date"] == "2024-05-16"
    # the guest post, posted a week later, is about the keynote it names by its speaker
    assert "Priya Raman" in found["Parsers all the way down"]["authors"]
    labels = [day["label"] for day in data["events"][0]["days"]]
    assert "Day 1 · 2024-05-15" in labels and "Day 2 · 2024-05-16" in labels


BOOTH_PROSE = """\
# if(kakao)AI 2024 둘째 날 정리

2024.10.23, 둘째 날에 들은 세션이랑 부스 후기!

### 한국어 LLM 평가 세션 (최윤서님)
리더보드 점수와 만족도는 다르다.

### 🎪 부스 후기
데모존은 줄이 길어서 포기하고, 길찾기 부스만 해봄.
"""


def test_a_booth_heading_that_names_no_booth_is_no_booth(tmp_path: Path, capsys) -> None:
    """ "🎪 부스 후기" (booth notes) over a paragraph names no booth: no item of that name
    (ifkakao-days' one wrongly sorted part)."""
    data = list_json(tmp_path, capsys, {"day2.md": BOOTH_PROSE})
    assert set(items(data)) == {"한국어 LLM 평가 세션"}
    assert "🎪 부스 후기" in unsorted_headings(data)


MEI = """\
# Mei's notes

I only had tickets for Wednesday and Friday.

## Wed

**Copilots at work** (Helen Ashford)
Reviewing is the new bottleneck.

**Event sourcing in practice** (Ingrid Solberg)
Crypto-shredding for GDPR.

## Fri

**Postgres is enough** (Kari Nordmann)
- SKIP LOCKED job queues
"""

OSLO_DAY1 = """\
# Oslo Dev Summit 2024 — Day 1

June 12, 2024. The summit ran June 12–14.

## Keynote: Copilots at work — Helen Ashford

- review is the bottleneck
"""


def test_bold_talk_lines_under_weekday_headings(tmp_path: Path, capsys) -> None:
    """ "## Wed" / "## Fri" over "**Title** (Speaker)" lines: each bold line a talk with its
    speaker, on that weekday of the event (corpora3's mei-wed-fri)."""
    files = {"oslo/mei.md": MEI, "oslo/day1.md": OSLO_DAY1}
    found = items(list_json(tmp_path, capsys, files))
    assert (found["Copilots at work"]["date"], len(found["Copilots at work"]["entries"])) == (
        "2024-06-12",
        2,
    )
    assert found["Event sourcing in practice"]["speakers"] == ["Ingrid Solberg"]
    assert found["Postgres is enough"]["date"] == "2024-06-14"
