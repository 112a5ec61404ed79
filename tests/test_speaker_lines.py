"""Speaker lines in the languages and shapes attendees write them (issue 14): label lines in
Korean, Japanese and Chinese, a label opening a sentence, honorifics left out, a "… by Name"
subtitle, a `Title / 이름` heading, and a talk reported in three languages as one item."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.fields import people
from summit_tui.corpus.names import heading_title
from summit_tui.corpus.speakers import Block, find_speakers, label_person, mentioned_speakers


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("登壇者: 佐藤 健一さん", ["佐藤 健一"]),
        ("登壇者：田中美咲 氏", ["田中美咲"]),
        ("講者：Grace Liu", ["Grace Liu"]),
        ("讲者：王小明 老师", ["王小明"]),
        ("演讲者: 陈静", ["陈静"]),
        ("발표: 한지수 (카카오페이)", ["한지수"]),
        ("연사: Tom Becker", ["Tom Becker"]),
        ("登壇者は Ola Nordmann さん。元 Kotlin チームの人。", ["Ola Nordmann"]),
        ("발표자는 이도현님으로 당근에서 일한다", ["이도현"]),
        ("발표: 생각보다 어려웠다", []),
        # a job title after a comma is the speaker's role, not a second speaker
        ("연사: Daniel Okafor, Sr. Solutions Architect", ["Daniel Okafor"]),
        ("Speaker: Arjun Mehta, Senior Product Manager", ["Arjun Mehta"]),
        ("Speakers: Ana Souza, Staff Engineer, and Li Wei", ["Ana Souza", "Li Wei"]),
        ("Ponente: Lucía Gómez, Principal Architect", ["Lucía Gómez"]),
        # a bold label closed before its colon; labels in Dutch, Polish, German, Japanese, a
        # Korean loanword; a paragraph that opens "Presented by …"
        ("**Speakers**: Jane Doe, Tom Lee", ["Jane Doe", "Tom Lee"]),
        ("Spreker: Jan de Vries", ["Jan de Vries"]),
        ("Prelegent: Jan Kowalski", ["Jan Kowalski"]),
        ("Rednerin: Anna Schmidt", ["Anna Schmidt"]),
        ("登壇: 山田太郎", ["山田太郎"]),
        ("스피커: 김민수", ["김민수"]),
        ("Presented by Jane Doe. Slides are online.", ["Jane Doe"]),
        ("Présentée par Lucie Fontaine", ["Lucie Fontaine"]),
        ("Presented by the community team", []),
    ],
)
def test_a_label_line_names_the_speaker(line: str, expected: list[str]) -> None:
    assert find_speakers([Block(line, 0)]) == expected


def test_a_label_names_people_not_phrases() -> None:
    assert label_person("マーカス・リンドクヴィスト さん") == "マーカス・リンドクヴィスト"
    assert label_person("このセッションはとても良かったので皆さんも見てください") is None
    assert label_person("Jane Doe (Google)") == "Jane Doe"


def test_a_subtitle_naming_the_speaker_after_by() -> None:
    assert people("Opening keynote by Ana Souza", strict=True) == ("Ana Souza",)
    assert people("A talk given by Ana Souza and Li Wei", strict=True) == ("Ana Souza", "Li Wei")
    assert people("Inspired by Grace Hopper", strict=True) == ()
    assert people("Lessons from a rewrite", strict=True) == ()


def test_a_name_after_a_slash_ends_a_heading() -> None:
    assert heading_title("[Day2] 서비스 메시 운영 1년 / 박서준")[:2] == (
        "[Day2] 서비스 메시 운영 1년",
        "박서준",
    )
    assert heading_title("CI/CD 파이프라인 구축기")[1] is None
    assert heading_title("Frontend / Backend 협업")[1] is None


DAY_REPORT_JA = """\
---
title: "Go Conference 2023 2日目 参加メモ"
---

2023年6月3日、Go Conference 2023 の2日目に行ってきました。

## 基調講演「Go と歩いた十年」

登壇者: 佐藤 健一さん

- 昔の GC は遅かった

## ジェネリクスを実務で使う

登壇者：田中 美咲 氏

- 型パラメータは小さく始める
"""

ONE_TALK_JA = """\
---
title: 【Go Conference 2023】「ジェネリクスを実務で使う」を聞いてきた
---
# はじめに

6/3(土)に Go Conference 2023 で聞いたトークのメモです。

- タイトル: ジェネリクスを実務で使う
- 登壇者: 田中 美咲さん

# 内容

制約は interface で書く。
"""

ONE_TALK_ZH = """\
---
title: "Go Conference 2023 心得"
---

第一次去東京參加 Go Conference 2023。

## 議程：ジェネリクスを実務で使う

講者：田中 美咲
時間：6月3日（六）下午

- 型參數從小處開始
"""


def test_a_talk_reported_in_japanese_and_chinese_is_one_item(tmp_path: Path, capsys) -> None:
    found = list_items(
        tmp_path,
        capsys,
        {"day2.md": DAY_REPORT_JA, "qiita/generics.md": ONE_TALK_JA, "zh/gocon.md": ONE_TALK_ZH},
    )
    generics = [t for t in found if "田中 美咲" in t["speakers"]]
    assert len(generics) == 1
    (item,) = generics
    assert {e["note"] for e in item["entries"]} == {"day2.md", "qiita/generics.md", "zh/gocon.md"}
    assert (item["event"], item["date"]) == ("Go Conference 2023", "2023-06-03")
    keynote = next(t for t in found if "佐藤 健一" in t["speakers"])
    assert keynote["date"] == "2023-06-03"


def test_an_item_shows_the_title_a_note_writes_without_its_kind(tmp_path: Path, capsys) -> None:
    found = list_items(
        tmp_path,
        capsys,
        {
            "a/1일차.md": (
                "# FEConf 2024 1일차 정리\n\n날짜: 2024년 8월 24일\n\n"
                "## 키노트 - 디자인 시스템 5년 운영기\n\n발표: 한지수 (토스)\n\n- 토큰부터\n"
            ),
            "b/전체.md": (
                "# FEConf 2024 전체 정리\n\n날짜: 2024년 8월 24일\n\n"
                "## 디자인 시스템 5년 운영기 (한지수)\n\n- 컴포넌트 문서화\n\n"
                "## 모노레포 전환기 (오민석)\n\n- 빌드 캐시\n"
            ),
        },
    )
    (item,) = [t for t in found if "한지수" in t["speakers"]]
    assert item["title"] == "디자인 시스템 5년 운영기"
    assert len(item["entries"]) == 2


def test_an_italic_name_under_a_heading_and_a_sentence_that_says_who_gave_it(
    tmp_path: Path, capsys
) -> None:
    found = list_items(
        tmp_path,
        capsys,
        {
            "mara.md": (
                "# Mara's notes — GopherCon EU 2023, day 2\n\n"
                "## Profiling in production\n*Li Wei*\n\nContinuous pprof per tenant.\n\n"
                "## Generics, two years on\n_Ana Souza_\n\nConstraints packages.\n\n"
                "## Lunch\n\n*Good.*\n"
            ),
            "post.md": (
                '---\ntitle: "Fuzzing the standard library"\ncategories: [gophercon-eu-2023]\n'
                "date: 2023-06-28 11:00:00\n---\n\nTom Becker and Mei Tanaka gave this one right"
                " after the keynote. Then Ana Souza gave hers.\n\n## What they found\n\n- bugs\n"
            ),
        },
    )
    speakers = {t["title"]: t["speakers"] for t in found}
    assert speakers == {
        "Profiling in production": ["Li Wei"],
        "Generics, two years on": ["Ana Souza"],
        "Fuzzing the standard library": ["Tom Becker", "Mei Tanaka"],
    }


def test_mentioned_speakers_start_a_sentence() -> None:
    assert mentioned_speakers("Kenta Mori and Lena Vogt gave this one.") == [
        "Kenta Mori",
        "Lena Vogt",
    ]
    assert mentioned_speakers("Fun day. Then Ana Souza presented the keynote.") == ["Ana Souza"]
    assert mentioned_speakers("We all gave the talk a standing ovation.") == []


@pytest.mark.parametrize(
    "label", ["Ομιλητής", "Ομιλήτρια", "Εισηγητής", "Εισηγήτρια", "ΟΜΙΛΗΤΗΣ", "ΕΙΣΗΓΗΤΡΙΑ"]
)
def test_greek_speaker_labels_in_each_form_split_a_note_into_its_talks(
    tmp_path: Path, capsys, label: str
) -> None:
    # the feminine forms, "εισηγητής" (presenter) and capitals, which Greek writes unaccented
    note = (
        "# DEVit 2024 σημειώσεις\n\n## Ουρές μηνυμάτων στην πράξη\n"
        f"{label}: Μαρία Κωνσταντίνου\n\n- Kafka vs RabbitMQ\n\n"
        f"## Rust σε ένα φτηνό VPS\n{label}: Νίκος Αλεξίου\n\n- 5 ευρώ το μήνα\n"
    )
    found = list_items(tmp_path, capsys, {"a.md": note})
    assert sorted((t["title"], tuple(t["speakers"])) for t in found) == [
        ("Rust σε ένα φτηνό VPS", ("Νίκος Αλεξίου",)),
        ("Ουρές μηνυμάτων στην πράξη", ("Μαρία Κωνσταντίνου",)),
    ]
