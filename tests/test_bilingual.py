"""The same talk or booth written in two languages is one inferred item (corpus.bilingual,
infer._join_languages): "Upstage" / "업스테이지", "Opening keynote" / "개막 기조연설 - …"."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.bilingual import same_booth, same_talk
from summit_tui.corpus.build import build_corpus


def test_titles_that_name_the_same_talk_or_booth() -> None:
    assert same_talk("Opening keynote", "개막 기조연설 - AI 대전환 시대, 한국 기업의 기회")
    assert same_talk(
        "Panel: AI chips and Korea's ecosystem",
        "패널토론 - AI 반도체, 한국의 생태계는 어디까지 왔나",
    )
    assert not same_talk("Opening keynote", "오후 세미나 - 온디바이스 AI의 현재와 미래")
    assert not same_talk("Keynote", "기조연설 - 반도체")  # one word: too little to tell
    assert same_booth("Upstage", "업스테이지") and same_booth("Microsoft", "마이크로소프트")
    assert not same_booth("Upstage", "퓨리오사AI") and not same_booth("Kakao", "코코")


ENGLISH = """---
title: AI Expo day one
author: Dana
event: AI EXPO 2024
date: 2024-05-01
---
# AI Expo day one

## Opening keynote

The minister opened with the national AI plan.

## Booths

### Upstage

Solar LLM demos.
"""

KOREAN = """---
title: AI EXPO 2024 1일차
author: 곰
event: AI EXPO 2024
date: {date}
---
# AI EXPO 2024 1일차

## 개막 기조연설 - AI 대전환 시대, 한국 기업의 기회

장관이 국가 AI 계획으로 문을 열었다.

## 부스

### 업스테이지

솔라 LLM 시연.
"""


def _items(notes: Path) -> dict[str, tuple[str | None, list[str]]]:
    corpus = build_corpus(notes)
    return {item.title: (item.day, list(corpus.authors_for(item.id))) for item in corpus.items()}


def test_two_languages_same_day_one_item(tmp_path: Path) -> None:
    (tmp_path / "en.md").write_text(ENGLISH, "utf-8")
    (tmp_path / "ko.md").write_text(KOREAN.format(date="2024-05-01"), "utf-8")
    items = _items(tmp_path)
    assert items["Opening keynote"] == ("2024-05-01", ["Dana", "곰"])
    assert items["업스테이지"] == ("2024-05-01", ["Dana", "곰"])
    corpus = build_corpus(tmp_path)
    keynote = next(i for i in corpus.items() if i.title == "Opening keynote")
    assert keynote.titles == ("개막 기조연설 - AI 대전환 시대, 한국 기업의 기회",)


def test_on_different_days_they_stay_apart(tmp_path: Path) -> None:
    (tmp_path / "en.md").write_text(ENGLISH, "utf-8")
    (tmp_path / "ko.md").write_text(KOREAN.format(date="2024-05-02"), "utf-8")
    items = _items(tmp_path)
    assert items["Opening keynote"][1] == ["Dana"] and items["Upstage"][1] == ["Dana"]
