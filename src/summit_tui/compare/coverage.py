"""What the compare screen shows about an alignment: the counterparts among the authors shown,
where the alignment stands in a column with no counterpart, the consensus order, and
who else made a point with which words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from summit_tui.compare.align import AlignedPassage, Alignment, Column


def restrict(column: Column, shown: Sequence[str]) -> Column:
    """The column with counterparts and matches among the shown authors only (the screen
    shows at most four columns, and highlights only what is on it). Coverage and
    uniqueness still count every author of the item: a point five others made is not
    "unique" or made by two because only some of them have a column (QA15)."""
    others = set(shown) - {column.author}
    passages = tuple(
        replace(
            passage,
            counterparts=tuple(c for c in passage.counterparts if c.author in others),
            matches=tuple(m for m in passage.matches if m.author in others),
        )
        for passage in column.passages
    )
    return replace(column, passages=passages)


def hidden_authors(
    alignment: Alignment, passage: AlignedPassage, shown: Sequence[str]
) -> list[str]:
    """The authors without a column who also made the point of ``passage``, best first."""
    full = alignment.passage(passage.author, passage.index)
    if full is None:
        return []
    found = dict.fromkeys(c.author for c in full.counterparts if c.author not in shown)
    return list(found)


def nearest_counterpart(column: Column, index: int, author: str) -> int | None:
    """The index in ``author``'s column of the best counterpart of the passage nearest to
    ``index`` (above first, then below) that has one there: where the alignment stands
    when the passage itself has no counterpart in that column."""
    passages = column.passages
    for distance in range(1, len(passages)):
        for candidate in (index - distance, index + distance):
            if 0 <= candidate < len(passages):
                best = next(
                    (c for c in passages[candidate].counterparts if c.author == author), None
                )
                if best is not None:
                    return best.index
    return None


def consensus_order(column: Column) -> list[int]:
    """The column's passage indices, the points most other authors made first, then down
    to what only this author caught, then what is only context (where and when the talk
    was, the note's opening); note order within each group."""
    passages = column.passages
    return sorted(range(len(passages)), key=lambda i: (passages[i].aside, -passages[i].coverage, i))


def coverage_label(passage: AlignedPassage, others: int) -> str:
    """The group a passage falls in when the column is in consensus order."""
    if passage.aside:
        return "About the talk and the note"
    if passage.coverage == 0:
        return "Only this author" if others else "All passages"
    if passage.coverage >= others:
        return "Every other author" if others > 1 else "The other author too"
    return f"{passage.coverage} of {others} other authors"


@dataclass(frozen=True, slots=True)
class Echo:
    """Another author who makes the same point, and the words the two passages share."""

    author: str
    index: int
    words: tuple[str, ...]


def echoes(alignment: Alignment, passage: AlignedPassage, shown: Sequence[str]) -> list[Echo]:
    """Who else (among the shown authors) makes the point of ``passage``, best first, one
    per author, with the words their passage shares with it."""
    from summit_tui.compare.features import features
    from summit_tui.compare.score import ItemWeights, matched_words

    weights = ItemWeights([])
    mine = weights.weigh(features(passage.text))
    found: list[Echo] = []
    seen: set[str] = set()
    for counterpart in passage.counterparts:
        if counterpart.author in seen or counterpart.author not in shown:
            continue
        other = alignment.passage(counterpart.author, counterpart.index)
        if other is None:
            continue
        seen.add(counterpart.author)
        words = matched_words(mine, weights.weigh(features(other.text)))
        found.append(Echo(counterpart.author, counterpart.index, tuple(words)))
    return found
