"""One talk written up in several scripts (issue 14): a Korean blog editor's line that
copies the Japanese title and adds a translation in parentheses, and a speaker named in
kanji or hanzi in one note and in Latin letters, given name first, in another."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.han_names import same_family
from summit_tui.corpus.heading_kinds import speaker_in_heading
from summit_tui.corpus.names import normalize, split_title, title_variants
from summit_tui.corpus.romanize import spelled_alike

_NAVER = """DroidKaigi 2025 1일차 후기
펭귄 · 2025. 9. 12. 0:41
<p>9월 11일 첫째 날 들은 세션 정리예요.</p>
<p><br></p>
<p><span><b>1. Kotlin Multiplatformで共通化した話 (KMP로 공통화한 이야기) - 伊藤誠</b></span></p>
<p>- 비즈니스 로직만 공유하고 UI는 플랫폼별로</p>
<p>- iOS 빌드 시간이 제일 큰 고민</p>
<p><br></p>
<p><b>2. Jetpack Composeのリコンポジションを減らす技術 (리컴포지션 줄이는 기술) - 高橋 陽子</b></p>
<p>- Layout Inspector 로 리컴포지션 횟수부터 재기</p>
<p>- 람다를 remember 로 감싸기</p>
"""

_ENGLISH = """---
title: DroidKaigi 2025 notes
author: Priya Nair
---
# DroidKaigi 2025 notes

## Day 1 — September 11

### Fewer recompositions in Jetpack Compose — Yoko Takahashi

Count recompositions in the Layout Inspector first; remember your lambdas.

### Sharing logic with Kotlin Multiplatform — Makoto Ito

Only business logic is shared; the iOS build time was the biggest pain.
"""

_TISTORY = """<h2>DroidKaigi 2025 참관기</h2>
<p>9월 11일 도쿄에서 열린 DroidKaigi 2025 후기입니다.</p>
<h3>리컴포지션을 줄이는 기술 (Jetpack Composeのリコンポジションを減らす技術) - 타카하시 요코</h3>
<p>불안정한 List 파라미터 때문에 스킵이 안 되는 사례가 좋았습니다.</p>
"""


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Kotlin Multiplatformで共通化した話 (KMP로 공통화한 이야기)", "KMP로 공통화한 이야기"),
        ("리컴포지션을 줄이는 기술 (リコンポジションを減らす技術)", "リコンポジションを減らす技術"),
        ("协程测试不再不稳定 (Flake-free coroutine tests)", "Flake-free coroutine tests"),
    ],
)  # fmt: skip
def test_a_translation_in_parentheses_is_a_second_title_not_a_speaker(
    title: str, shown: str
) -> None:
    assert split_title(title)[2] is None
    assert normalize(shown) in title_variants(title)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("AI Infra Market (LG전자 최윤호)", "최윤호"),
        ("Scaling Postgres (Jane Doe, Tom Lee)", "Jane Doe"),
    ],
)
def test_a_person_in_parentheses_is_still_the_speaker(title: str, speaker: str) -> None:
    assert split_title(title)[2] == speaker


@pytest.mark.parametrize(
    ("han", "latin", "same"),
    [
        ("佐藤美咲", "Misaki Sato", True),
        ("高橋 陽子", "Yoko Takahashi", True),
        ("伊藤誠", "Makoto Itoh", True),
        ("王磊", "Lei Wang", True),
        ("陳美玲", "Mei-ling Chan", True),
        ("佐藤美咲", "Ryo Tanaka", False),
        ("佐藤美咲", "Sato", False),  # one word: not a name to compare
    ],
)
def test_a_han_name_meets_its_latin_spelling_by_family_name(
    han: str, latin: str, same: bool
) -> None:
    assert same_family(han, latin) is same
    assert same_family(latin, han) is same


def test_one_talk_in_japanese_korean_and_english_is_one_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {"naver/day1.md": _NAVER, "en/recap.md": _ENGLISH, "tistory/dk.md": _TISTORY},
    )
    assert len(items) == 2
    by_speaker = {name: item for item in items for name in item["speakers"]}
    compose = by_speaker.get("Yoko Takahashi") or by_speaker["高橋 陽子"]
    assert len({entry["note"] for entry in compose["entries"]}) == 3
    kmp = by_speaker.get("Makoto Ito") or by_speaker["伊藤誠"]
    assert len(kmp["entries"]) == 2
    speakers = {name for item in items for name in item["speakers"]}
    assert not speakers & {"이야기", "기술"}  # the translation's last word is no person


_JAPANESE_ONLY = """DroidKaigi 2025 1일차 후기
펭귄 · 2025. 9. 12. 0:41
<p>9월 11일 첫째 날 들은 세션 정리예요.</p>
<p><b>1. 再描画を減らす技術 (리컴포지션 줄이는 기술) - 高橋 陽子</b></p>
<p>- 람다를 remember 로 감싸기</p>
<p><b>2. ロジック共通化の話 (로직 공통화 이야기) - SPEAKER</b></p>
<p>- iOS 빌드 시간이 제일 큰 고민</p>
"""


@pytest.mark.parametrize(
    ("speaker", "latin", "joined"),
    [("伊藤誠", "Makoto Ito", 2), ("高橋健太", "Kenta Takahashi", 0)],
)
def test_a_han_name_joins_the_one_talk_of_the_day_by_that_family_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], speaker: str, latin: str, joined: int
) -> None:
    naver = _JAPANESE_ONLY.replace("SPEAKER", speaker)
    english = _ENGLISH.replace("Makoto Ito", latin)
    items = list_items(tmp_path, capsys, {"naver/day1.md": naver, "en/recap.md": english})
    crossed = [i for i in items if len({e["note"] for e in i["entries"]}) > 1]
    # titles in two scripts share no word: only the names can join them, and two talks by
    # one family name ("Takahashi") on the day leave both apart
    assert len(crossed) == joined


@pytest.mark.parametrize(
    ("hangul", "latin", "same"),
    [
        ("사토 미사키", "Misaki Sato", True),
        ("야마모토 하루토", "Haruto Yamamoto", True),
        ("타카하시 요코", "Yoko Takahashi", True),
        ("왕 레이", "Lei Wang", True),
        ("사토 미사키", "Misaki Suzuki", False),
        ("사토 미사키", "Sato Misaki", True),  # either order
    ],
)
def test_a_name_spelt_in_hangul_meets_its_latin_spelling(
    hangul: str, latin: str, same: bool
) -> None:
    assert spelled_alike(hangul, latin) is same


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("플레이키 없는 코루틴 테스트 (야마모토 하루토)", "야마모토 하루토"),
        ("안드로이드 16에서 달라진 것들 (왕 레이)", "왕 레이"),
        ("사내 AI 어시스턴트 구축기 (카카오 김민수)", "김민수"),  # a company, then the speaker
    ],
)
def test_a_japanese_or_chinese_name_in_hangul_is_the_whole_speaker(
    title: str, speaker: str
) -> None:
    assert split_title(title)[2] == speaker


def test_a_korean_note_spelling_the_speaker_in_hangul_joins_the_english_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    korean = (
        "---\ntitle: DroidKaigi 2025 첫째 날\nauthor: 서하린\ndate: 2025-09-14\n---\n\n"
        "9/11 들은 세션 정리.\n\n"
        "## 컴포즈 성능 이야기 (타카하시 요코)\n\n- 레이아웃 인스펙터로 먼저 재기\n\n"
        "## 멀티플랫폼 도입기 (이토 마코토)\n\n- iOS 빌드 시간이 문제\n"
    )
    items = list_items(tmp_path, capsys, {"velog/day1.md": korean, "en/recap.md": _ENGLISH})
    assert sorted(len(item["entries"]) for item in items) == [2, 2]


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        ("코루틴 테스트 — 야마모토 하루토", "야마모토 하루토"),
        ("코루틴 테스트 - 사토 미사키", "사토 미사키"),
        ("Swift Concurrency 1년 써보니 / 사토 미사키", "사토 미사키"),
        ("AI 어시스턴트 — 카카오 김민수", "김민수"),  # a company, then a Korean name
        ("공지 — 유의 사항", ""),  # words, not a name
        ("세션 목록 — 더 알아보기", ""),
    ],
)
def test_a_heading_names_a_japanese_speaker_spelt_in_hangul(heading: str, speaker: str) -> None:
    assert speaker_in_heading(heading) == speaker


def test_a_han_name_meets_the_same_name_spelt_in_hangul_in_either_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    korean = (
        "---\ntitle: iOSDC 2024 둘째 날\nauthor: 이든\ndate: 2024-08-23\n---\n\n"
        "## SwiftUI 대규모 앱 설계 (사토 켄)\n\n- 상태를 어디에 둘지 정하는 규칙\n"
    )
    japanese = (
        "---\ntitle: iOSDC Japan 2024 2日目\nauthor: ゆうき\ndate: 2024-08-23\n---\n\n"
        "## SwiftUIで作る大規模アプリの設計（佐藤健さん）\n\n- 状態をどこに置くかのルール\n"
    )
    for first, second in (("a", "b"), ("b", "a")):  # the order the notes are read in
        notes = {f"{first}/ko.md": korean, f"{second}/ja.md": japanese}
        items = list_items(tmp_path / first, capsys, notes)
        assert [(len(i["entries"]), len(i["speakers"])) for i in items] == [(2, 1)], items
