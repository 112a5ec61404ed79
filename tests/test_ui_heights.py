"""Block heights with positions: every answer matches a plain sum over the heights."""

from __future__ import annotations

import random

from summit_tui.ui.heights import Heights


def test_starts_and_finds_match_the_plain_sums_as_heights_change() -> None:
    rng = random.Random(7)
    for size in (0, 1, 2, 3, 7, 64, 100):
        heights = [rng.randint(1, 5) for _ in range(size)]
        tree = Heights(heights)
        for _ in range(60):
            if size:
                index = rng.randrange(size)
                heights[index] = rng.randint(1, 9)
                tree.set(index, heights[index])
            assert tree.total == sum(heights)
            for index in range(size):
                assert tree.start(index) == sum(heights[:index])
            for line in range(sum(heights)):
                block = next(n for n in range(size) if sum(heights[: n + 1]) > line)
                assert tree.find(line) == (block, line - sum(heights[:block]))


def test_a_line_past_the_end_is_in_the_last_block() -> None:
    tree = Heights([2, 3])
    assert tree.find(7) == (1, 5)
    assert Heights([]).find(3) == (0, 3)
