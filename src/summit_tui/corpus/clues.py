"""The quick test asked before a costly pattern: whether a text holds one of a few
substrings that every match of the pattern holds (most lines and notes hold none)."""

from __future__ import annotations

import re


def holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether one of ``parts`` is in ``text``, tried in their order."""
    for part in parts:  # noqa: SIM110  (a loop, not any() over a generator: asked of most lines)
        if part in text:
            return True
    return False


def any_of(parts: tuple[str, ...]) -> str:
    """A pattern that finds any of ``parts``, for ``lazy``: one scan of a line beyond ASCII
    where a test per part would first copy each ASCII part to the line's wider letters, for
    the lines of every note that many parts are asked of."""
    return "|".join(map(re.escape, parts))
