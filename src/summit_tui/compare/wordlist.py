"""Word lists written as one string (easier to read and edit than a literal per word)."""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``, in order."""
    return tuple(text.split())
