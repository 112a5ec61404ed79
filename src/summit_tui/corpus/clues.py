"""The quick test asked before a costly pattern: whether a text holds one of a few
substrings that every match of the pattern holds (most lines and notes hold none)."""

from __future__ import annotations


def holds_any(text: str, parts: tuple[str, ...]) -> bool:
    """Whether one of ``parts`` is in ``text``, tried in their order."""
    for part in parts:  # noqa: SIM110  (a loop, not any() over a generator: asked of most lines)
        if part in text:
            return True
    return False
