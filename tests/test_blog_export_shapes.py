"""Blog exports (issue 14): a post about the talks its writer means to see is no talk; a post
that collects several talks ("오후 세션 모음", "Due talk che mi porto via …") is not one talk,
and a collection of links ("발표 자료 모음") stays no talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, list_json
from summit_tui.corpus.heading_kinds import SEVERAL_TALKS
from summit_tui.corpus.no_talk import _about_no_talk

COLLECTION = """\
# [FooConf 25] 후기 - 오후 세션 모음

2025.09.12 (목) 코엑스에서 열린 FooConf 25 오후 세션 후기.

### 1) 실시간 이상거래 탐지 ML 파이프라인

👤 발표자: 정우진 (ML 플랫폼팀)

- 100ms 안에 점수를 내야 함

### 2) Server-Driven UI로 앱 배포 없이 화면 바꾸기

👤 발표자: 오지민 (프론트엔드 챕터)

- 서버가 화면 스키마를 내려줌

### 총평

오후 세션이 더 알찼다.
"""

PLAN = """\
FooConf 25 당첨! 들을 세션 미리 골라봄

9월 12일(목) 코엑스에서 한다고 하네요.

✅ 실시간 이상거래 탐지 ML 파이프라인

✅ Server-Driven UI로 앱 배포 없이 화면 바꾸기

다녀와서 후기 꼭 올리겠습니다!
"""


def test_a_post_collecting_the_afternoons_talks_holds_each_of_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"blog/오후 세션 모음.md": COLLECTION})
    titles = {
        item["title"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert len(titles) == 2
    assert any("이상거래" in t for t in titles) and any("Server-Driven" in t for t in titles)


def test_a_post_about_the_talks_its_writer_means_to_see_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"blog/들을 세션 미리 골라봄.md": PLAN})
    assert data["events"] == [] or all(
        not track["items"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
    )


@pytest.mark.parametrize(
    ("title", "no_talk"),
    [
        ("SLASH 24 당첨! 들을 세션 미리 골라봄", True),
        ("Sessions I'll see at KubeCon", True),
        ("Talks I want to attend at JSConf", True),
        ("My KubeCon 2024 preview", True),
        ("Java 23 preview features", False),
        ("[SLASH 24] 후기 - 오후 세션 모음", False),
        ("링크 모음", True),
        ("DEVIEW 2023 발표 자료 모음", True),
    ],
)
def test_titles_of_posts_about_no_talk(title: str, no_talk: bool) -> None:
    assert _about_no_talk(title) is no_talk


@pytest.mark.parametrize(
    ("title", "several"),
    [
        ("후기 - 오후 세션 모음", True),
        ("Due talk che mi porto via da Codemotion Milano", True),
        ("Three talks I liked at QCon", True),
        ("SLASH 24에서 들은 두 세션", True),
        ("테스트 코드, 어디까지 짜야 할까? 세션 정리", False),
        ("GPT-4 talks back", False),
        ("HTTP/2 sessions explained", False),
    ],
)
def test_a_title_that_says_it_holds_several_talks(title: str, several: bool) -> None:
    assert bool(SEVERAL_TALKS.search(title)) is several


TISTORY = """\
# [후기] FooConf 2025 후기 (1) - 오전 세션

📅 2025.08.02 (금) / 📍 코엑스 그랜드볼룸

회사에서 지원받아 다녀왔다.

🎤 **키노트 - 함께 성장하는 개발 문화**

발표: 김대표

커뮤니티 기능 업데이트 소개가 대부분이었다.

🎤 **테스트 코드, 어디까지 짜야 할까?**

👤 발표자: 이정민님

- 커버리지 숫자보다 중요한 건 실패했을 때 원인을 바로 알 수 있는지

🎤 **주니어 개발자의 첫 장애 대응기**

👤 발표자: 박소영님

- 장애 타임라인을 분 단위로 기록

🧭 **부스 돌아본 것**

당근 부스에서 퀴즈 이벤트 참여.
카카오 부스에서는 채용 상담 받았다.
"""


def test_bold_titles_after_an_emoji_with_speaker_lines_are_the_posts_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"tistory-hoon/후기 (1) - 오전.md": TISTORY})
    items = {
        item["title"]: (item["kind"], item.get("speakers"))
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert items["테스트 코드, 어디까지 짜야 할까?"][0] == "session"
    assert items["주니어 개발자의 첫 장애 대응기"][0] == "session"
    assert any("함께 성장하는 개발 문화" in title for title in items)
    assert items["당근"][0] == "booth" and items["카카오"][0] == "booth"
    assert not any("김대표" in title for title in items)  # "발표: 이름" names, it is no talk


SPEAKER_ABOVE = """\
[컨퍼런스 후기] FooConf 25 키노트, TDS 세션 정리

민지의 개발일지 · 2025.09.13 (금) 08:12

어제 2025.09.12 (목) FooConf 25 다녀왔습니다!

목차

1. 오프닝 키노트

2. TDS 3년의 회고

🎤 Speaker : 이정훈 (토스)

**오프닝 키노트 - 일하는 방식, 그 다음**

- 사일로가 40개 넘어가면서 생긴 문제들

🎤 Speaker : 한서연 (디자인 플랫폼팀)

**TDS 3년의 회고: 디자인 시스템은 끝나지 않는다**

- 디자인 시스템 = 운영하는 제품

**총평**

재밌었다.
"""

SUBTITLE = """\
디자인 시스템과 이상거래 탐지 사이에서
FooConf 25에서 들은 두 세션, 그리고 나의 일

by 지원 · Sep 14. 2025

FooConf 25에 다녀왔다. 2025.09.12 (목), 코엑스.

---

**TDS 3년의 회고: 디자인 시스템은 끝나지 않는다**

디자인 시스템을 제품으로 보자 모든 게 달라졌다고 했다.

---

**실시간 이상거래 탐지, 모델보다 파이프라인**

피처가 결제 순간에 100ms 안에 준비되어야 한다.

---

**총평**

위로가 됐다.
"""


def test_a_speaker_line_above_each_bold_title_starts_that_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = item_of_line(
        list_json(tmp_path, capsys, {"naver-minji/키노트, TDS.md": SPEAKER_ABOVE})
    )
    lines = SPEAKER_ABOVE.split("\n")
    keynote = lines.index("🎤 Speaker : 이정훈 (토스)") + 1
    tds = lines.index("🎤 Speaker : 한서연 (디자인 플랫폼팀)") + 1
    assert entries[keynote] is not None and "일하는 방식" in entries[keynote]
    assert entries[tds] is not None and entries[tds].startswith("TDS 3년의 회고")
    assert entries[lines.index("**총평**") + 1] is None


def test_a_subtitle_naming_two_sessions_makes_each_bold_title_a_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = item_of_line(list_json(tmp_path, capsys, {"brunch-jiwon/사이에서.md": SUBTITLE}))
    lines = SUBTITLE.split("\n")
    first = lines.index("**TDS 3년의 회고: 디자인 시스템은 끝나지 않는다**") + 1
    second = lines.index("**실시간 이상거래 탐지, 모델보다 파이프라인**") + 1
    assert entries[first] and entries[second] and entries[first] != entries[second]
    assert entries[1] is None and entries[lines.index("**총평**") + 1] is None


def test_check_says_a_post_about_the_talks_to_see_was_taken_as_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summit_tui import cli

    notes = tmp_path / "notes"
    (notes / "blog").mkdir(parents=True)
    (notes / "blog" / "들을 세션 미리 골라봄.md").write_text(PLAN, encoding="utf-8")
    capsys.readouterr()
    cli.main(["check", "--notes", str(notes)])
    out = capsys.readouterr().out
    assert "blog/들을 세션 미리 골라봄.md:1: info: its title says it lists the talks" in out
