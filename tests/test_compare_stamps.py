"""A saved thread's or a chat's stamp under each post ("May 14, 2024, 3:12 PM",
"2024년 5월 14일 오후 3:12", "14.05.2024 15:12") says when it was written: compare shows it as
context, never as a point only one author made."""

from __future__ import annotations

import pytest

import factories
from summit_tui.compare.align import align_entries, is_stamp
from summit_tui.corpus.model import Entry

POST = (
    "**8/** What's new in Android: target SDK 35 means edge-to-edge by default, and the "
    "opt-out flag goes away next year. Check your insets now, people.\n"
)
OTHER = "- targetSdk 35 forces edge-to-edge; the opt-out flag goes away next year\n"


def entry(author: str, body: str) -> Entry:
    text = f"## What's new in Android\n\n{body}"
    title = "What's new in Android"
    return factories.entry(text, start=1, note=f"{author}.md", author=author, title=title)


@pytest.mark.parametrize(
    "stamp",
    [
        "*May 14, 2024, 3:12 PM*",
        "2024년 5월 14일 오후 3:12",
        "14.05.2024 15:12",
        "3:12 PM · May 14, 2024",
        "2024. 5. 14. 오후 3:12",
        "5月14日 15:12",
        "14 mai 2024 à 15:12",
    ],
)
def test_a_posts_stamp_is_context_not_a_unique_point(stamp: str) -> None:
    for body in (POST + stamp + "\n", POST + "\n" + stamp + "\n"):
        alignment = align_entries("talk", [entry("ann", body), entry("bob", OTHER)])
        column = alignment.column("ann")
        assert column is not None
        shown = [p for p in column.passages if "14" in p.text and "SDK" not in p.text]
        # context, or (a line of nothing but numbers and date words) nothing to align
        assert all(p.kind == "fact" and not p.unique for p in shown), (stamp, body)
        assert any(p.is_point and p.matches for p in column.passages)


@pytest.mark.parametrize(
    "line",
    ["14:30 Keynote", "Lunch at 12:30, then the Android talk", "2024 goals: 3:1 ratio"],
)
def test_a_line_with_a_time_and_words_is_no_stamp(line: str) -> None:
    assert not is_stamp(line)
