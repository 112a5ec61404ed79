"""Heights of consecutive blocks of lines, some only estimated, with fast positions.

The reader renders a long entry's passages a few at a time but must place any of them on
screen at once (a jump to the last one). Each passage has a height, estimated until it is
rendered; this answers where a block starts and which block holds a screen line in
O(log n) as heights are corrected (a Fenwick tree over the heights).
"""

from __future__ import annotations

from collections.abc import Sequence


class Heights:
    """Heights of blocks 0…n-1; ``start(i)`` and ``find(line)`` in O(log n)."""

    def __init__(self, heights: Sequence[int]) -> None:
        self._heights = list(heights)
        size = len(self._heights)
        tree = [0, *self._heights]
        for index in range(1, size + 1):  # the linear build: each node adds into its parent
            parent = index + (index & -index)
            if parent <= size:
                tree[parent] += tree[index]
        self._tree = tree
        self._top = 1 << max(0, size.bit_length() - 1) if size else 0
        self.total = sum(self._heights)

    def __len__(self) -> int:
        return len(self._heights)

    def height(self, index: int) -> int:
        return self._heights[index]

    def set(self, index: int, height: int) -> None:
        delta = height - self._heights[index]
        if not delta:
            return
        self._heights[index] = height
        self.total += delta
        tree, size = self._tree, len(self._heights)
        position = index + 1
        while position <= size:
            tree[position] += delta
            position += position & -position

    def start(self, index: int) -> int:
        """The first line of block ``index`` (the sum of the heights before it)."""
        tree, total = self._tree, 0
        position = index
        while position > 0:
            total += tree[position]
            position -= position & -position
        return total

    def find(self, line: int) -> tuple[int, int]:
        """The block holding ``line`` and the line's offset in it; a line past the end
        gives the last block (and an offset past its height)."""
        size = len(self._heights)
        if not size:
            return (0, line)
        tree, position, left = self._tree, 0, max(0, line)
        step = self._top
        while step:
            ahead = position + step
            if ahead <= size and tree[ahead] <= left:
                position = ahead
                left -= tree[ahead]
            step >>= 1
        if position >= size:  # past the end
            last = size - 1
            return (last, line - self.start(last))
        return (position, left)
