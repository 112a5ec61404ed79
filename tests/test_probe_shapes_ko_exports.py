"""Korean, Japanese and Chinese blog exports (Naver, Tistory, Qiita, Juejin, company tech
blogs): the talks, speakers and events `list --json` makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json, notes_by_event

_JA_KINDS = """\
# DevFest Tokyo 2024 参加レポート

会社の同僚と参加してきました。

## 基調講演：生成AIのこれから

講演者：山田太郎

エージェントの話が多かった。

## 登壇：Kotlin Multiplatformの実践

登壇者：佐藤花子

iOSとのコード共有率は7割くらいとのこと。
"""

_ZH_KINDS = """\
# QCon 北京 2024 参会笔记

## 主题演讲：大模型时代的软件工程

讲师：张伟

几个要点，记一下。

## 分论坛：云原生可观测性

讲师：王磊

OpenTelemetry 落地经验。

## 圆桌论坛：开源的下一个十年

嘉宾：刘洋、陈静

讨论很热烈。
"""


def _talks(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, list[str]]:
    data = list_json(tmp_path, capsys, {"note.md": text})
    return {item["title"]: item["speakers"] for item in items_of(data)}


def test_a_japanese_talk_kind_before_a_full_width_colon_is_not_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(tmp_path, capsys, _JA_KINDS)
    assert talks == {"生成AIのこれから": ["山田太郎"], "Kotlin Multiplatformの実践": ["佐藤花子"]}


def test_a_chinese_keynote_track_or_round_table_label_is_not_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(tmp_path, capsys, _ZH_KINDS)
    assert talks == {
        "大模型时代的软件工程": ["张伟"],
        "云原生可观测性": ["王磊"],
        "开源的下一个十年": ["刘洋", "陈静"],
    }


_SPEAKER_THEN_COMPANY = """\
# SK AI Summit 2024 후기

## 통신사의 AI 전략

발표자: 박지훈 SK텔레콤

망 운영에 에이전트를 붙인 사례.

## 카카오의 LLM 여정

연사: 김철수 카카오 CTO

자체 모델 학습 비용 얘기가 솔직해서 좋았음.

## 日本のAI市場

Speaker: 田中太郎 LINEヤフー

日本語LLMの評価について。
"""


def test_the_company_or_role_after_a_speakers_name_is_not_part_of_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(tmp_path, capsys, _SPEAKER_THEN_COMPANY)
    assert talks == {
        "통신사의 AI 전략": ["박지훈"],
        "카카오의 LLM 여정": ["김철수"],
        "日本のAI市場": ["田中太郎"],
    }


def test_a_chinese_conference_named_by_a_word_ending_in_dahui_and_its_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "day1.md": "# 云原生大会 2024 第一天 参会笔记\n\n## 云原生实践\n\n讲师：张伟\n",
            "day2.md": "# 云原生大会 2024 第二天\n\n## 可观测性\n\n讲师：王磊\n\n笔记。\n",
            "other.md": "# 2024 技术大会 笔记\n\n## 数据库内核\n\n讲师：刘洋\n\n正文。\n",
            "hall.md": "# 2024 大会场 笔记\n\n## 存储\n\n讲师：陈静\n\n正文。\n",
        },
    )
    notes = notes_by_event(data)
    assert notes["云原生大会 2024"] == ["day1.md", "day2.md"]
    assert notes["技术大会 2024"] == ["other.md"]
    assert not any("大会场" in title for title in notes)  # a main hall names no event


_NAVER_SQUARES = """\
# 2024 데이터 컨퍼런스 다녀온 후기

안녕하세요~ 회사에서 보내줘서 다녀온 데이터 컨퍼런스 후기를 남겨봅니다 ㅎㅎ
날씨가 좋아서 코엑스 가는 길도 즐거웠어요.

■ 세션 1. 데이터 메시 도입기

연사: 김철수 (카카오)

- 도메인별로 데이터 오너십을 나눴다고 함
- 처음엔 반발이 많았다고..

1. 조직 정비
2. 플랫폼 구축

■ 세션 2. 실시간 추천 시스템

발표자 : 이영희 (네이버)

추천 모델을 실시간으로 갱신하는 이야기. 피처 스토어가 핵심이었다.
"""

_TISTORY_ARROWS = """\
# 인프콘 2024 참석 후기

올해도 다녀왔다. 사람이 정말 많았다.

▶ 주니어 개발자의 성장 전략
발표자: 정민수 (우아한형제들)

회고를 꾸준히 하라는 얘기가 인상깊었다.
1. 기록하기
2. 공유하기

▶ 모놀리스에서 MSA로
발표자: 최유진 (토스)

점진적으로 쪼개는 전략.
"""

_BRACKETED = """\
AWS 서밋 서울 2024 정리. 회사 동료들이랑 같이 갔다.

[세션 1] 생성형 AI로 고객 경험 혁신하기
연사: 홍길동 (AWS)

베드락 데모가 인상적이었음.

【키노트】 클라우드의 다음 10년
연사: 이순신 (AWS 코리아)

키노트는 역시 화려했다.
"""

_NUMBERED = """\
# 파이콘 한국 2024 후기

이번 파이콘에서 들은 세션들을 정리해 본다.

1. 파이썬 타입 힌트 실전 (김민지)
타입 힌트를 점진적으로 도입한 경험.

2. 비동기 프로그래밍 깊게 보기 (오준호)
asyncio 이벤트 루프 내부 구조.
"""

_TAKEAWAYS_ONLY = """\
# 쿠버네티스 밋업 2024 후기

발표자: 김철수 (카카오)

클러스터 업그레이드 경험담을 들었다.

▶ 좋았던 점
1. 실제 장애 사례 공유
2. 롤백 전략

▶ 아쉬운 점
- 시간이 짧았다
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_NAVER_SQUARES, {"데이터 메시 도입기": ["김철수"], "실시간 추천 시스템": ["이영희"]}),
        (
            _TISTORY_ARROWS,
            {"주니어 개발자의 성장 전략": ["정민수"], "모놀리스에서 MSA로": ["최유진"]},
        ),
        (
            _BRACKETED,
            {"생성형 AI로 고객 경험 혁신하기": ["홍길동"], "클라우드의 다음 10년": ["이순신"]},
        ),
        (
            _NUMBERED,
            {"파이썬 타입 힌트 실전": ["김민지"], "비동기 프로그래밍 깊게 보기": ["오준호"]},
        ),
    ],
    ids=["squares", "arrows", "brackets", "numbered-with-speaker"],
)
def test_a_blog_exports_marked_lines_with_a_session_word_or_speaker_are_its_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: dict[str, list[str]]
) -> None:
    data = list_json(tmp_path, capsys, {"post.md": text})
    assert {item["title"]: item["speakers"] for item in items_of(data)} == expected
    assert [entry["line"] for entry in data["unsorted"]] in ([], [1])  # the intro: context


def test_marked_takeaway_lines_without_a_session_word_or_speaker_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _talks(tmp_path, capsys, _TAKEAWAYS_ONLY) == {}
