"""compare/coverage.py: counterparts among the shown authors, the nearest counterpart, the
consensus order and who else made a point."""

from __future__ import annotations

from summit_tui.compare.align import Alignment, align_entries
from summit_tui.compare.coverage import (
    consensus_order,
    coverage_label,
    echoes,
    hidden_authors,
    nearest_counterpart,
    restrict,
)
from test_align import entry

TALK = [
    entry(
        "ann",
        "- 2050년까지 전력 수요가 2.5배 증가한다.\n"
        "- 발표장 커피가 맛있었다.\n"
        "- 용융염에 열을 저장해서 피크 때 500MWe를 공급한다.\n"
        "- 석탄 발전소 부지를 재활용한다.\n",
    ),
    entry(
        "bob",
        "- Power demand grows 2.5x by 2050.\n"
        "- Molten salt storage delivers 500 MWe at peak demand.\n",
    ),
    entry("cy", "- 2050년 전력 수요 2.5배 증가.\n- 자리가 모자랐다.\n"),
]


def _alignment() -> Alignment:
    return align_entries("talk", TALK)


def test_counterparts_are_the_shown_authors_but_coverage_counts_every_author() -> None:
    alignment = _alignment()
    ann = alignment.column("ann")
    assert ann is not None
    demand = ann.passages[0]
    assert demand.coverage == 2 and {c.author for c in demand.counterparts} == {"bob", "cy"}
    shown = restrict(ann, ["ann", "cy"])
    # highlighted in the columns on screen: cy's only
    assert [c.author for c in shown.passages[0].counterparts] == ["cy"]
    # but the gutter still counts bob, who has no column (QA15)
    assert shown.passages[0].coverage == 2
    salt = shown.passages[2]
    assert salt.coverage == 1 and not salt.unique and salt.counterparts == ()
    assert hidden_authors(alignment, salt, ["ann", "cy"]) == ["bob"]
    assert hidden_authors(alignment, shown.passages[0], ["ann", "cy"]) == ["bob"]
    assert hidden_authors(alignment, shown.passages[0], ["ann", "bob", "cy"]) == []
    assert shown.passages[1].unique  # the coffee: nobody else, shown or not


def test_nearest_counterpart_looks_above_first_then_below() -> None:
    ann = _alignment().column("ann")
    assert ann is not None
    # The coffee (1) has no counterpart in bob's column: above it, the demand point (0)
    # meets bob's first passage.
    assert nearest_counterpart(ann, 1, "bob") == 0
    # The coal sites (3): above, the molten salt point meets bob's second passage.
    assert nearest_counterpart(ann, 3, "bob") == 1
    assert nearest_counterpart(ann, 1, "nobody") is None


def test_consensus_order_puts_what_most_authors_made_first() -> None:
    ann = _alignment().column("ann")
    assert ann is not None
    order = consensus_order(ann)
    assert order == [0, 2, 1, 3]  # demand (2 authors), salt (1), then coffee and coal
    assert [coverage_label(ann.passages[i], 2) for i in order] == [
        "Every other author",
        "1 of 2 other authors",
        "Only this author",
        "Only this author",
    ]


def test_echoes_say_who_else_made_the_point_and_with_which_words() -> None:
    alignment = _alignment()
    demand = alignment.passage("ann", 0)
    assert demand is not None
    found = echoes(alignment, demand, ["ann", "bob", "cy"])
    assert {e.author for e in found} == {"bob", "cy"}
    by_author = {e.author: e for e in found}
    assert "2050" in by_author["bob"].words and "2.5" in by_author["bob"].words
    assert "전력" in by_author["cy"].words
    assert echoes(alignment, demand, ["ann", "cy"])[0].author == "cy"
