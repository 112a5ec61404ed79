"""Finding names in a text (the linker's last resort: which item a part's text mentions).

A regular expression made of every name as one alternation tries each name at each place
of the text: the work grows with the number of names, and a program of a thousand items
made it the slowest part of linking. ``NameScan`` finds the same matches by looking up
only the names that begin with the text's next two characters.

What is found, as that alternation (longest names first) with ``finditer`` would: left to
right, at each place where a name begins (not right after an a–z or 0–9 character), the
longest name there that does not end right before one; the search goes on after it.
Names and text are compared as given (the linker gives both normalised).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORDISH = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


class NameScan:
    """The names to look for, indexed by their first two characters."""

    __slots__ = ("_by_first", "_by_two", "_starts")

    def __init__(self, names: Iterable[str]) -> None:
        self._by_two: dict[str, list[str]] = {}
        self._by_first: dict[str, list[str]] = {}  # one-character names
        for name in sorted(set(names), key=lambda n: (-len(n), n)):
            if len(name) >= 2:
                self._by_two.setdefault(name[:2], []).append(name)
            elif name:
                self._by_first.setdefault(name, []).append(name)
        self._starts = _starts(self._by_two, self._by_first)

    def find(self, text: str) -> Iterator[str]:
        """Each name found in ``text``, in order (see the module's docstring)."""
        if self._starts is None:
            return
        search = self._starts.search
        end_of_text = len(text)
        position = 0
        while (start := search(text, position)) is not None:
            at = start.start()
            found = self._longest_at(text, at, end_of_text)
            if found is None:
                position = at + 1
                continue
            yield found
            position = at + len(found)

    def _longest_at(self, text: str, at: int, end_of_text: int) -> str | None:
        for name in (*self._by_two.get(text[at : at + 2], ()), *self._by_first.get(text[at], ())):
            end = at + len(name)
            if text.startswith(name, at) and (end == end_of_text or text[end] not in _WORDISH):
                return name
        return None


def _starts(by_two: Iterable[str], singles: Iterable[str]) -> re.Pattern[str] | None:
    """Where a name may begin: its first two characters (one for a one-character name),
    not right after an a–z or 0–9 character. One branch per first character, so the
    regular expression engine skips the rest of the text without calling back."""
    seconds: dict[str, set[str]] = {}
    for key in by_two:
        seconds.setdefault(key[0], set()).add(key[1])
    branches = [
        re.escape(first) + "[" + "".join(map(re.escape, sorted(chars))) + "]"
        for first, chars in sorted(seconds.items())
    ]
    ones = sorted(singles)
    if ones:
        branches.append("[" + "".join(map(re.escape, ones)) + "]")
    return re.compile("(?<![a-z0-9])(?:" + "|".join(branches) + ")") if branches else None
