"""A report converted from Word or HWP, whose sub-headings are numbered bold lines
(`**가. Title (Speaker, 소속)**`, `**1) Title**`), and a TIL repository's day file
(`# 2024-10-30 TIL` › `## Conference` › `### Title (Speaker)`): their talks are found
(issue 14); a report's closing sections and a day file's own parts are no talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, items_by_title, line_of, list_json
from summit_tui.corpus.blocks import Heading
from summit_tui.corpus.numbered_bold import bold_headings

REPORT_KO = """\
**데브서밋 2024 참석 결과 보고**

| 구분 | 내용 |
|------|------|
| 행사명 | 데브서밋 2024 |
| 일시 | 2024. 9. 12.(목) 09:30 ~ 17:00 |
| 작성자 | 한유나 |

# 1. 개요

-   사내 기술 교류 목적으로 참석함

# 2. 주요 세션 내용

**가. 대규모 트래픽을 위한 캐시 설계 (윤재호, 카카오페이 결제플랫폼팀)**

-   로컬 캐시와 원격 캐시를 두 단계로 운영

**나. 데이터 파이프라인 10년 회고 (서지민, 쿠팡 데이터팀)**

-   배치에서 스트리밍으로 옮겨간 과정

# 3. 시사점 및 적용 방안

-   결제 캐시 구조 검토

# 4. 첨부

-   발표자료 링크
"""

REPORT_EN = """\
# Trip report: RustConf 2024

Attended by the platform team, September 11, 2024.

## Sessions attended

**1) Async Rust in production (Maya Chen, Fly.io)**

- cancellation safety is the hard part

**2) Compile times, measured (Tom Becker)**

- split crates by change frequency

## Appendix

- slides on the wiki
"""

TIL = """\
# 2024-05-17 TIL

## PyCon US 2024

Spent the afternoon at the conference.

### Typing at scale (Lena Park)

- gradual typing, one module at a time

### Hypothesis in the real world (Omar Haddad)

- property tests found two bugs in a week

## Done today

- reviewed two PRs
"""


def test_a_korean_report_with_numbered_bold_sessions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"보고서/devsummit.md": REPORT_KO})
    items = items_by_title(data)
    assert items["대규모 트래픽을 위한 캐시 설계"]["speakers"] == ["윤재호"]
    assert items["데이터 파이프라인 10년 회고"]["speakers"] == ["서지민"]
    assert {item["date"] for item in items.values()} == {"2024-09-12"}
    found = item_of_line(data)
    for closing in ("# 3. 시사점", "# 4. 첨부", "# 1. 개요"):
        assert found.get(line_of(REPORT_KO, closing)) is None
    assert len(items) == 2


def test_an_english_trip_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"rustconf-trip-report.md": REPORT_EN}))
    assert items["Async Rust in production"]["speakers"] == ["Maya Chen"]
    assert items["Compile times, measured"]["speakers"] == ["Tom Becker"]
    assert "Appendix" not in items and len(items) == 2


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (["가. 하나", "나. 둘", "다. 셋"], ["하나", "둘", "셋"]),
        (["(1) One", "(2) Two"], ["One", "Two"]),
        (["① 첫째", "② 둘째"], ["첫째", "둘째"]),
        (["A. Alpha", "B. Beta"], ["Alpha", "Beta"]),
        (["I. Intro", "II. Body"], ["Intro", "Body"]),
        (["1) One", "3) Three"], []),  # not one after the other
        (["가. 하나"], []),  # one line: no sequence
        (["1) One", "나. 둘"], []),  # two ways of numbering
        (["Bold remark", "Another one"], []),
        (["1. A post's point", "2. Its next point"], []),  # Markdown's sub-points
    ],
)
def test_which_bold_lines_number_sub_headings(lines: list[str], found: list[str]) -> None:
    section = Heading(1, "Sessions", 0, 1)
    bold = [Heading(1, text, 2 + 2 * n, 3 + 2 * n) for n, text in enumerate(lines)]
    made = bold_headings([section], bold)
    assert [h.text for h in made] == found
    assert all(h.level == 2 for h in made)


def test_a_til_day_file_about_a_conference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"TIL/2024-05-17.md": TIL})
    items = items_by_title(data)
    assert set(items) == {"Typing at scale", "Hypothesis in the real world"}
    assert items["Typing at scale"]["speakers"] == ["Lena Park"]
    assert {item["date"] for item in items.values()} == {"2024-05-17"}  # the file's day
    assert item_of_line(data).get(line_of(TIL, "## Done today")) is None


def test_a_til_day_file_without_talks_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = "# 2024-05-20 TIL\n\n## Rust\n\n- lifetimes in closures\n\n## Git\n\n- rerere\n"
    data = list_json(tmp_path, capsys, {"TIL/2024-05-20.md": body})
    assert items_by_title(data) == {}
