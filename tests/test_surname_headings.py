"""A note of `## Title (Surname)` headings under a title naming the event (`## Karpenter at 10k
nodes (Okafor & Tanaka)`, `## Gateway API in anger (Weiss)`): each heading is a talk, its
parenthesis its speakers. Words in a parenthesis (`(Live)`, `(Kotlin & Swift)`) cannot be told
from surnames by their letters: a note with a speaker line of its own stays one talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json

SURNAMES = """\
# KubeCon NA 2024 field notes

Wednesday Nov 13, Salt Lake City.

## Karpenter at 10k nodes (Okafor & Tanaka)
- consolidation budgets per NodePool

## Gateway API in anger (Weiss)
- HTTPRoute is fine, GRPCRoute still rough

## Multi-tenant Prometheus, honestly (Brandt & Ivanova)
- cardinality budget per team
"""

SURNAMES_KO = """\
# KubeCon NA 2024 참관 메모

11월 14일, 둘째 날.

## eBPF 런타임 보안 실전 (Menon)
- 커널 안에서 필터링

## Cilium 클러스터 메시 운영기 (Fischer & Álvarez)
- 클러스터 40개 연결
"""

ONE_TALK = """\
# KubeCon NA 2024: platform engineering keynote recap

Speaker: Grace Mbeki
Thursday, Nov 14.

## Golden paths (Live)
Repo to prod in six minutes, on stage.

## Clients (Kotlin & Swift)
Generated from the same OpenAPI spec.

## Slides (Korean)
A translation is on the site.
"""

TITLED_ONE_TALK = """\
# KubeCon NA 2024: platform engineering keynote recap

Thursday, Nov 14, main hall. Grace Mbeki's keynote.

## Golden paths (Live)
Repo to prod in six minutes, on stage.

## Clients (Kotlin & Swift)
Generated from the same OpenAPI spec.
"""

FULL_NAME = """\
---
title: "Scaling Karpenter to 10,000 nodes"
date: 2024-11-20
---

Speakers: Daniel Okafor and Mei Tanaka. Wednesday, Nov 13, KubeCon NA 2024.

Disruption budgets on a schedule, per NodePool.
"""


@pytest.mark.parametrize(("note", "talks"), [(SURNAMES, 3), (SURNAMES_KO, 2)])
def test_headings_closing_with_surnames_are_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], note: str, talks: int
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"notes.md": note}))
    assert len(items) == talks
    # the surnames are the talk's speakers, not a part of its title
    assert not any(title.endswith(")") for title in items)
    assert all(item["speakers"] for item in items.values())


@pytest.mark.parametrize("note", [ONE_TALK, TITLED_ONE_TALK])
def test_a_speaker_line_or_a_talk_title_keeps_parenthesised_words_parts_of_one_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], note: str
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"keynote.md": note}))
    assert len(items) == 1


def test_surnames_in_a_heading_join_the_talk_another_note_names_in_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"alex/day1.md": SURNAMES, "blog/karpenter.md": FULL_NAME})
    items = items_by_title(data)
    assert len(items) == 3
    karpenter = next(i for t, i in items.items() if "Karpenter" in t)
    assert {e["note"] for e in karpenter["entries"]} == {"alex/day1.md", "blog/karpenter.md"}
