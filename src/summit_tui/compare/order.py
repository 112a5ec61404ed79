"""The talk's order: people write a talk down in the order it was given.

Two authors' notes of one talk run roughly in parallel, so the point one wrote a third
of the way down is usually found about as far down in the other's, or near where their
surest matches (a number, a copied sentence) say the two columns meet. A candidate pair
far from that path is more likely a shared topic word than a shared point: its score is
reduced, the further off the more (never below ``FLOOR`` of itself, since some authors
do reorder). A pair whose two passages are each other's one best match keeps its score
wherever it sits: the order chooses between candidates, and there it has nothing to
choose, so the authors made the point in different places.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

# Pairs scoring at least this are sure enough to say where two columns meet.
ANCHOR = 55.0
# How far off the path (as a share of the column) a pair may be at no cost.
SLACK = 0.1
# Cost per share of column beyond the slack, and the least a score keeps.
SLOPE = 2.0
FLOOR = 0.5


def _monotone(anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of anchors that goes down both columns together."""
    anchors = sorted(set(anchors))
    if not anchors:
        return []
    ends: list[int] = []  # smallest end (second position) of a chain of each length
    ends_at: list[int] = []  # index into anchors of that end
    previous: list[int] = [-1] * len(anchors)
    for n, (_, second) in enumerate(anchors):
        k = bisect_left(ends, second)
        if k == len(ends):
            ends.append(second)
            ends_at.append(n)
        else:
            ends[k] = second
            ends_at[k] = n
        previous[n] = ends_at[k - 1] if k else -1
    chain: list[tuple[int, int]] = []
    n = ends_at[-1]
    while n >= 0:
        chain.append(anchors[n])
        n = previous[n]
    return chain[::-1]


def _expected(position: int, path: list[tuple[int, int]], ratio: float) -> float:
    """Where ``position`` of the first column falls in the second, along the path."""
    if not path:
        return position * ratio
    if position <= path[0][0]:
        return path[0][1] - (path[0][0] - position) * ratio
    if position >= path[-1][0]:
        return path[-1][1] + (position - path[-1][0]) * ratio
    k = bisect_left(path, (position, -1))
    (a0, b0), (a1, b1) = path[k - 1], path[k]
    if a1 == a0:
        return (b0 + b1) / 2
    return b0 + (position - a0) * (b1 - b0) / (a1 - a0)


def _mutual_best(pairs: Sequence[tuple[int, int, tuple[int, int], float]]) -> set[tuple[int, int]]:
    """The pairs (a, b) where b is a's one best match and a is b's (a tie is no best)."""
    best: dict[int, tuple[float, int]] = {}  # passage -> (best value, its partner or -1)
    for a, b, _, value in pairs:
        for mine, theirs in ((a, b), (b, a)):
            kept = best.get(mine)
            if kept is None or value > kept[0]:
                best[mine] = (value, theirs)
            elif value == kept[0]:
                best[mine] = (value, -1)
    return {(a, b) for a, b, _, _ in pairs if best[a][1] == b and best[b][1] == a}


def factors(
    scores: Mapping[tuple[int, int], float],
    owners: Sequence[int],
    positions: Sequence[int],
    sizes: Sequence[int],
) -> dict[tuple[int, int], float]:
    """A factor in [FLOOR, 1] per scored pair (passages by their draft number): how well
    the pair sits on the path its two authors' columns follow."""
    # Per pair of authors: (passage of the first, of the second, the key in scores, score).
    by_authors: dict[tuple[int, int], list[tuple[int, int, tuple[int, int], float]]] = {}
    for key, value in scores.items():
        first, second = key
        a, b = (first, second) if owners[first] < owners[second] else (second, first)
        by_authors.setdefault((owners[a], owners[b]), []).append((a, b, key, value))
    result: dict[tuple[int, int], float] = {}
    for (author_a, author_b), pairs in by_authors.items():
        size_a, size_b = max(1, sizes[author_a]), max(1, sizes[author_b])
        anchors = [(positions[a], positions[b]) for a, b, _, value in pairs if value >= ANCHOR]
        path = _monotone(anchors)
        reverse = [(second, first) for first, second in path]
        ratio = (size_b - 1) / (size_a - 1) if size_a > 1 else 0.0
        back = (size_a - 1) / (size_b - 1) if size_b > 1 else 0.0
        mutual = _mutual_best(pairs)
        in_b: dict[int, float] = {}  # a position of a's column -> where b's path has it
        in_a: dict[int, float] = {}
        for a, b, key, _ in pairs:
            if (a, b) in mutual:
                # Each is the other's one best match in its column: the two authors made
                # this point in different places, and the order is what they changed.
                result[key] = 1.0
                continue
            at_a, at_b = positions[a], positions[b]
            expected_b = in_b.get(at_a)
            if expected_b is None:
                expected_b = in_b[at_a] = _expected(at_a, path, ratio)
            expected_a = in_a.get(at_b)
            if expected_a is None:
                expected_a = in_a[at_b] = _expected(at_b, reverse, back)
            off_b = abs(at_b - expected_b) / size_b
            off_a = abs(at_a - expected_a) / size_a
            off = min(off_a, off_b)
            result[key] = 1.0 if off <= SLACK else max(FLOOR, 1.0 - (off - SLACK) * SLOPE)
    return result
