"""Shapes of notes a QA pass found misread (issue 14), each as a user sees it in `list --json`.

Every note here is written as an attendee would publish it, without frontmatter edits and
without a program: talks under day headings, talks as bold lines, a Notion export's
properties, `Title — Speaker` and time-prefixed headings, an Obsidian link naming the event,
a `Posted by` line, and what `check` says about what could not be worked out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from summit_tui import cli


def listing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> dict[str, Any]:
    notes = write(tmp_path, files)
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(notes)]) == 0
    return json.loads(capsys.readouterr().out)


def write(tmp_path: Path, files: dict[str, str]) -> Path:
    notes = tmp_path / "notes"
    for name, text in files.items():
        (notes / name).parent.mkdir(parents=True, exist_ok=True)
        (notes / name).write_text(text, encoding="utf-8")
    return notes


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> str:
    notes = write(tmp_path, files)
    capsys.readouterr()
    cli.main(["check", "--notes", str(notes)])
    return capsys.readouterr().out


def items(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every item with its event title and day date added."""
    return [
        dict(item, event=event["title"], date=day["date"], day=day["label"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]


def by_title(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {item["title"]: item for item in items(data)}


# -- 1. ### talks under ## day headings --------------------------------------------------------

DAYS_KO = """\
# DevFest Seoul 2024 참석 후기

2024년 11월 23일, 24일 이틀 동안 열린 DevFest Seoul 2024에 다녀왔다.

## 1일차

### Compose Multiplatform 실전 적용기

- iOS까지 공유되는 UI 코드가 70% 정도
- 접근성 쪽은 아직 약함

### Gemini API로 만드는 챗봇

- function calling 데모가 인상적

## 2일차

### Flutter 3.24 새 기능

- 셰이더 프리워밍 없이도 버벅임이 줄었다
"""

DAYS_EN_NO_DATES = """\
# Notes — RustConf 2024

## Day 1

### Async closures are here

- finally stable

### Embedded Rust in cars

- no_std everywhere

## Day 2

### The borrow checker, explained

- polonius
"""


def test_talks_under_day_headings_land_on_their_day(tmp_path: Path, capsys) -> None:
    found = by_title(listing(tmp_path, capsys, {"devfest.md": DAYS_KO}))
    assert set(found) == {
        "Compose Multiplatform 실전 적용기",
        "Gemini API로 만드는 챗봇",
        "Flutter 3.24 새 기능",
    }
    assert found["Gemini API로 만드는 챗봇"]["date"] == "2024-11-23"
    assert found["Flutter 3.24 새 기능"]["date"] == "2024-11-24"
    assert {t["event"] for t in found.values()} == {"DevFest Seoul 2024"}


# -- 2. talks written as bold lines ------------------------------------------------------------

BOLD_KO = """\
if(kakao)AI 2024 둘째 날 들은 세션 정리. 2024년 10월 23일.

**모바일앱 CI/CD 파이프라인 구축기**

- fastlane + GitHub Actions
- 빌드 시간 40분에서 12분으로

**카카오톡 검색 개편기**

- 형태소 분석기 교체
- 랭킹 모델을 LTR로

**LLM 서빙 비용 줄이기**

- vLLM, 양자화
"""

BOLD_EN = """\
# Notes from Google I/O Extended Seoul 2024

June 29, 2024

**Building with Gemini Nano**
On-device model, no network round trip. Demo on a Pixel.

**Jetpack Compose performance tips**
Baseline profiles help startup a lot.

**Closing thoughts**
A good event overall.
"""


def test_bold_lines_are_talks_in_a_note_without_headings(tmp_path: Path, capsys) -> None:
    data = listing(tmp_path, capsys, {"카카오 메모.md": BOLD_KO})
    found = by_title(data)
    assert set(found) == {
        "모바일앱 CI/CD 파이프라인 구축기",
        "카카오톡 검색 개편기",
        "LLM 서빙 비용 줄이기",
    }
    assert {t["date"] for t in found.values()} == {"2024-10-23"}
    assert all("kakao" in t["event"] for t in found.values())


def test_bold_lines_are_talks_under_a_lone_title_heading(tmp_path: Path, capsys) -> None:
    data = listing(tmp_path, capsys, {"io-extended.md": BOLD_EN})
    found = by_title(data)
    assert set(found) == {"Building with Gemini Nano", "Jetpack Compose performance tips"}
    assert {t["event"] for t in found.values()} == {"Google I/O Extended Seoul 2024"}
    assert {t["date"] for t in found.values()} == {"2024-06-29"}
    assert any(e["heading"] == "Closing thoughts" for e in data["unsorted"])


# -- 3. a Notion export's properties -----------------------------------------------------------

NOTION_TABLE = """\
# Kotlin 멀티플랫폼 도입기

| 속성 | 값 |
| --- | --- |
| 날짜 | 2024년 11월 4일 |
| 행사 | DroidKnights 2024 |
| 발표자 | 박지훈 |

## 배경
- 안드로이드와 iOS 로직이 중복

## 결과
- 공유 코드 60%
"""

NOTION_LINES = """\
# Rust at the edge

Created: November 10, 2024 9:12 PM
Date: November 5, 2024
Event: DroidKnights 2024
Speaker: Sam Ortega

WebAssembly runtimes compared, cold starts measured.
"""


def test_a_notion_properties_table_gives_the_day_event_and_speaker(tmp_path: Path, capsys) -> None:
    data = listing(tmp_path, capsys, {"Kotlin 멀티플랫폼 도입기 1a2b3c.md": NOTION_TABLE})
    (item,) = items(data)
    assert item["title"] == "Kotlin 멀티플랫폼 도입기"
    assert item["date"] == "2024-11-04"
    assert item["event"] == "DroidKnights 2024"
    assert item["speakers"] == ["박지훈"]


def test_notion_property_lines_under_the_title(tmp_path: Path, capsys) -> None:
    data = listing(tmp_path, capsys, {"Rust at the edge.md": NOTION_LINES})
    (item,) = items(data)
    assert item["date"] == "2024-11-05"  # the Date property, not when the page was created
    assert item["event"] == "DroidKnights 2024"
    assert item["speakers"] == ["Sam Ortega"]


# -- 4 and 5. speakers and times written into headings -----------------------------------------

TIMED = """\
# JSConf Korea 2024 Day 1

2024년 9월 7일

## 10:00 키노트
- 웹 플랫폼의 10년

## 10:30–11:10 React Server Components 실전 — 김하늘
- 스트리밍 SSR

## 11:20 ~ 12:00 | Bun은 Node를 대체할까 | Tom Lee
- 벤치마크 이야기

## Signals everywhere - 홍길동
- 프레임워크 간 비교

## Edge functions in practice — Platform team
- cold start

## 14:00 ~ 14:40 | Type-safe APIs with tRPC
- zod
"""


def test_speakers_and_times_leave_the_titles(tmp_path: Path, capsys) -> None:
    found = by_title(listing(tmp_path, capsys, {"jsconf-day1.md": TIMED}))
    assert set(found) == {
        "키노트",
        "React Server Components 실전",
        "Bun은 Node를 대체할까",
        "Signals everywhere",
        "Edge functions in practice — Platform team",
        "Type-safe APIs with tRPC",
    }
    assert found["React Server Components 실전"]["speakers"] == ["김하늘"]
    assert found["Bun은 Node를 대체할까"]["speakers"] == ["Tom Lee"]
    assert found["Signals everywhere"]["speakers"] == ["홍길동"]
    assert found["Edge functions in practice — Platform team"]["speakers"] == []


TIMED_LINES = """\
PyCon KR 2024 둘째 날 (2024년 10월 27일) 메모

14:00 ~ 14:40 | 파이썬 패키징의 현재

uv와 pip 비교, lock 파일 이야기.

15:00 ~ 15:40 | Free-threaded CPython

GIL 없는 빌드에서 C 확장 호환성.
"""


def test_time_lines_are_talks_in_a_plain_text_note(tmp_path: Path, capsys) -> None:
    found = by_title(listing(tmp_path, capsys, {"pycon-day2.md": TIMED_LINES}))
    assert set(found) == {"파이썬 패키징의 현재", "Free-threaded CPython"}
    assert {t["date"] for t in found.values()} == {"2024-10-27"}


# -- 6. an Obsidian link or a nested tag names the event ---------------------------------------


def test_obsidian_links_and_nested_tags_name_the_event(tmp_path: Path, capsys) -> None:
    files = {
        "Talks/Server components.md": (
            '---\nevent: "[[FEConf 2024]]"\ndate: 2024-08-24\n---\n'
            "# Server components\n\nStreaming HTML, then hydration.\n"
        ),
        "Talks/Bun vs Node.md": (
            "---\ntags: [conference/feconf-2024, js]\ndate: 2024-08-24\n---\n"
            "# Bun vs Node\n\nStartup benchmarks.\n"
        ),
        "Talks/시그널.md": (
            "# 시그널 정리\n\n[[FEConf 2024]]에서 들은 발표. 2024-08-24\n\n반응성 모델 비교.\n"
        ),
    }
    found = items(listing(tmp_path, capsys, files))
    assert len(found) == 3
    assert {t["event"] for t in found} == {"FEConf 2024"}
    assert {t["date"] for t in found} == {"2024-08-24"}


# -- 7. Posted by / Written by / 글쓴이 ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Posted by Minji Park", "Minji Park"),
        ("*Written by Alex Cho*", "Alex Cho"),
        ("글쓴이: 이수진", "이수진"),
        ("Posted by: 정하윤 | 2024-09-08", "정하윤"),
    ],
)
def test_a_byline_names_the_author(tmp_path: Path, capsys, line: str, author: str) -> None:
    note = f"# RSC deep dive\n\n{line}\n\nJSConf Korea 2024 발표. Server components stream HTML.\n"
    data = listing(tmp_path, capsys, {"rsc.md": note})
    authors = {e["author"] for t in items(data) for e in t["entries"]}
    authors |= {e["author"] for e in data["unsorted"]}
    assert authors == {author}


# -- 8. what check says --------------------------------------------------------------------------


def test_check_warns_when_the_event_is_known_but_not_the_day(tmp_path: Path, capsys) -> None:
    parts = DAYS_EN_NO_DATES.replace("## Day", "## Part")
    out = check(tmp_path, capsys, {"rustconf.md": "---\nauthor: Ann\n---\n" + parts})
    assert (
        "rustconf.md:8: warning: the day of the talks in this note could not be worked out" in out
    )


def test_check_is_quiet_about_days_when_they_are_known(tmp_path: Path, capsys) -> None:
    out = check(tmp_path, capsys, {"devfest.md": "---\nauthor: Ann\n---\n" + DAYS_KO})
    assert "could not be worked out" not in out


def test_check_tells_of_a_wholly_unsorted_note(tmp_path: Path, capsys) -> None:
    note = (
        "---\nauthor: Ann\n---\n# SK AI Summit 2024 후기\n\n11월 4일 코엑스에 다녀왔다.\n\n"
        "## 느낀 점\n- 에이전트 이야기가 제일 많았다\n\n## 마무리\n내년에도 갈 것 같다.\n"
    )
    out = check(tmp_path, capsys, {"summit.md": note})
    # nothing in it reads like a talk: told, as information, not as something to mend
    assert "summit.md:4: info: nothing in this note is in an item" in out
    assert "nothing in it reads like a talk" in out
    assert out.rstrip().endswith("3 entries unsorted")
    talks = note.replace("## 느낀 점", "## 에이전트의 시대 (김민지님)\n- 도구 호출\n\n## 느낀 점")
    dated_before = talks.replace("author: Ann", "author: Ann\ndate: 2024-11-04")
    out = check(tmp_path / "talks", capsys, {"summit.md": dated_before})
    assert "warning: nothing in this note is in an item" not in out  # its talk is an item


def test_check_says_nothing_of_an_unsorted_essay(tmp_path: Path, capsys) -> None:
    note = "---\nauthor: Ann\n---\n# On note taking\n\nI write everything down by hand first.\n"
    assert "nothing in this note" not in check(tmp_path, capsys, {"essay.md": note})


# -- a second QA pass: an expo, the last day, headings about no talk, blog headers ------------

EXPO_DAY = """\
# [Robotics EXPO 2025] 1일차 후기 - 기조연설이랑 부스

2025년 3월 12일 (수) 코엑스.

## 개막 기조연설 - 휴머노이드의 현재

- 양산까지는 아직 멀었다는 이야기

## 부스 구경

### 레인보우로보틱스 부스
- 협동로봇 데모
- 가격 문의는 B2B로만

### 두산로보틱스 부스
- 바리스타 로봇

## 오후 세미나 - 물류 자동화 사례

- 피킹 정확도 99.7%

## 공지

- 내일은 오후에만 갑니다
"""

EXPO_LAST_DAY = """\
Robotics EXPO 마지막날 후기

봄날 · 2025.3.16. 10:20

첫날에 이어 마지막날(금요일)에도 다녀왔어요.

**패널토론 - 로봇 규제, 어디까지 왔나**

- 안전 인증 기준 이야기

**오늘 느낀 점**

다리가 아프다.
"""

EXPO_MEDIUM = """\
# Three days at Robotics EXPO 2025

Sam Whitfield · 5 min read · March 17, 2025

## Wednesday, March 12

### Opening keynote

Humanoids are still far from mass production.

## Thursday, March 13

Mostly walked the floor; nothing to report.

## Friday, March 14

### Panel: regulating robots

Safety certification takes years.

## 같이 보면 좋은 글

- [Day 1 recap](https://example.com/day1)
"""


def test_an_expo_day_with_talks_and_booths(tmp_path: Path, capsys) -> None:
    data = listing(tmp_path, capsys, {"robot-day1.md": EXPO_DAY})
    kinds = {t["title"]: t["kind"] for t in items(data)}
    assert kinds == {
        "개막 기조연설 - 휴머노이드의 현재": "session",  # the event's name says EXPO, not the talk
        "레인보우로보틱스": "booth",  # one booth, its bullets are notes on it
        "두산로보틱스": "booth",
        "오후 세미나 - 물류 자동화 사례": "session",
    }
    assert any(e["heading"] == "공지" for e in data["unsorted"])


def test_the_last_day_and_its_weekday(tmp_path: Path, capsys) -> None:
    files = {
        "robot-day1.md": EXPO_DAY,
        "Robotics EXPO 마지막날 후기.md": EXPO_LAST_DAY,
        "medium.md": EXPO_MEDIUM,
    }
    data = listing(tmp_path, capsys, files)
    found = by_title(data)
    # the panel in Korean and in English: one item of that day (corpus.bilingual)
    titles = ("패널토론 - 로봇 규제, 어디까지 왔나", "regulating robots")
    (panel,) = [found[t] for t in titles if t in found]
    assert panel["date"] == "2025-03-14"
    assert "Thursday, March 13" not in found  # a day heading is no talk
    assert "오늘 느낀 점" not in found and "같이 보면 좋은 글" not in found
    authors = {e["note"]: e["author"] for t in items(data) for e in t["entries"]}
    assert authors["Robotics EXPO 마지막날 후기.md"] == "봄날"  # the blog's post header
    assert authors["medium.md"] == "Sam Whitfield"


def test_authors_from_notion_and_blog_folders(tmp_path: Path, capsys) -> None:
    files = {
        "NDC/세션 노트 0123456789abcdef0123456789abcdef.md": (
            "# 세션 노트\n\nCreated by: Mark Ellison\n\n## 렌더링 최적화 (김하늘)\n- draw call\n"
        ),
        "NDC/팀 공유 fedcba9876543210fedcba9876543210.md": "# 팀 공유\n\n- 내용 없음\n",
        "@jiyoon_log/ndc-후기.md": "# NDC 후기\n\n좋았다.\n",
    }
    data = listing(tmp_path, capsys, files)
    authors = {e["note"]: e["author"] for t in items(data) for e in t["entries"]}
    authors |= {e["note"]: e["author"] for e in data["unsorted"]}
    assert authors["NDC/세션 노트 0123456789abcdef0123456789abcdef.md"] == "Mark Ellison"
    # nothing names its writer: no author, not the page's name
    assert authors["NDC/팀 공유 fedcba9876543210fedcba9876543210.md"] == ""
    assert authors["@jiyoon_log/ndc-후기.md"] == "jiyoon_log"


# -- a monthly meetup written up in two languages, an essay, a template, a daily note -------


MEETUP = {
    "meetups/2024-09-12 Go Busan Meetup #7.md": (
        "---\ntitle: Go Busan Meetup #7\ndate: 2024-09-12\nauthor: Dana\n---\n"
        "## Profiling with pprof — Minho Kang\n- flame graphs\n"
    ),
    "meetups/2024-10-10 고 부산 밋업 8회.md": (
        "---\ntitle: 고 부산 밋업 8회 후기\ndate: 2024-10-10\nauthor: 서연\n---\n"
        "## 제네릭 1년 써보기 — 윤도윤\n- 타입 파라미터 남용 주의\n"
    ),
    "meetups/sam - october.md": (
        "# Go Busan #8 (Oct 10)\n\nby Sam Reid\n\nHad to leave early.\n\n"
        "## A year of generics (Doyun Yoon)\n- don't over-parameterise\n"
    ),
    "writing/밋업 반년 회고.md": (
        "---\ntitle: 고 밋업 반년 다녀보고\ndate: 2024-11-01\nauthor: 서연\n"
        "tags: [회고]\n---\nGo Busan Meetup에 반년 동안 다녔다.\n\n"
        "## 좋았던 점\n사람들.\n\n## 아쉬운 점\n장소가 멀다.\n"
    ),
    "Templates/Talk.md": (
        "---\ntags: [conference/]\n---\n# {{time}} {{title}} — {{speaker}}\n\n## Notes\n- \n"
    ),
    "Daily Notes/2024-10-10.md": (
        "---\ntags: [daily]\n---\n# Thursday, October 10\n\n- Go Busan meetup tonight\n"
        "- Talks: see [[A year of generics]]\n"
    ),
}


def test_a_meetup_written_in_two_languages_is_one_event(tmp_path: Path, capsys) -> None:
    data = listing(tmp_path, capsys, MEETUP)
    assert [e["title"] for e in data["events"]] == ["Go Busan Meetup"]
    found = by_title(data)
    # one note each writes the talk's title in Korean and in English: the Latin-letter one,
    # whichever file sorts first
    assert set(found) == {"Profiling with pprof", "A year of generics"}
    # Sam's note names no event: it joins the meetup that has a note dated its day, and its
    # talk is the one 서연 wrote up in Korean (윤도윤 is Doyun Yoon)
    generics = found["A year of generics"]
    assert generics["date"] == "2024-10-10"
    assert {e["note"] for e in generics["entries"]} == {
        "meetups/2024-10-10 고 부산 밋업 8회.md",
        "meetups/sam - october.md",
    }
    unsorted = {e["note"] for e in data["unsorted"]}
    assert {
        "writing/밋업 반년 회고.md",
        "Templates/Talk.md",
        "Daily Notes/2024-10-10.md",
    } <= unsorted


def test_lunch_and_booths_is_no_booth_named_lunch(tmp_path: Path, capsys) -> None:
    note = (
        "# DevDay 2024 1일차\n\n2024년 6월 4일\n\n## 키노트 - 플랫폼의 미래 (김서준)\n- 요약\n\n"
        "## 점심 + 부스\n- 도시락이 맛있었다\n- 부스는 두 군데만 들름\n"
    )
    titles = {t["title"] for t in items(listing(tmp_path, capsys, {"devday.md": note}))}
    assert "점심 +" not in titles and "점심" not in titles


def test_a_title_naming_its_day_and_author_reads_like_no_talk(tmp_path: Path, capsys) -> None:
    note = (
        "---\nauthor: 김도현\n---\n# 1일차 정리 (김도현)\n\nNDC 2024 첫날, 2024년 5월 24일.\n\n"
        "## 오픈월드 최적화 (박지성)\n- LOD\n\n## 라이브 서비스 운영 (최민아)\n- 핫픽스\n"
    )
    out = check(tmp_path, capsys, {"day1.md": note})
    assert "reads like a talk" not in out


# -- times order a day's talks; a series named with and without its institution ------------


def test_talks_are_listed_in_the_order_of_their_times(tmp_path: Path, capsys) -> None:
    folder = "Conferences/JVM Summit 2024/2024-09-18/"
    files = {
        folder + "a.md": "# 11:45 Virtual threads in practice — Ola Berg\n\n- pinning\n",
        folder + "b.md": "# 09:00 Opening keynote — Mia Holt\n\n- roadmap\n",
        folder + "c.md": "# 2:00 pm Valhalla at last — Ken Ito\n\n- value classes\n",
        folder + "d.md": "# 10:30 GraalVM native images — Lea Voss\n\n- startup\n",
    }
    data = listing(tmp_path, capsys, files)
    assert [t["title"] for t in items(data)] == [
        "Opening keynote",
        "GraalVM native images",
        "Virtual threads in practice",
        "Valhalla at last",
    ]


def test_a_series_named_with_its_institution_is_the_same_series(tmp_path: Path, capsys) -> None:
    files = {
        "세미나 보고서/a.md": (
            "[24.09.25] 그래프 신경망\n\n한빛대학교 데이터과학대학 ML 세미나 (2024 가을) 보고서\n\n"
            "Title : 그래프 신경망의 한계\nSpeaker : 오세훈 교수\n"
            "Seminar Date/Time : 2024/09/25, 17:00\n\n요약: 과평활화 문제.\n"
        ),
        "세미나 보고서/b.md": (
            "# [24.10.02] 확산 모델\n\n> ML 세미나 (2024 가을) 2주차 보고서\n\n"
            "* 제목 : 확산 모델 입문\n* 발표자 : 한지민 박사\n"
            "* 일시 : 2024년 10월 2일 (수) 17:00\n\n"
            "## 요약\n노이즈 스케줄.\n"
        ),
        "세미나 보고서/report_1009_kim.md": (
            "ML Seminar (Fall 2024) — Report\n\nTitle: Retrieval for small models\n"
            "Speaker: Dr. Nora Lindqvist\nDate/Time: October 9, 2024, 5:00 PM\n\n"
            "Smaller models with retrieval beat larger ones on niche domains.\n"
        ),
    }
    data = listing(tmp_path, capsys, files)
    assert len(data["events"]) == 1
    assert len(items(data)) == 3
