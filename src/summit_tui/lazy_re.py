"""Regular expressions compiled the first time they are used.

The parsing modules hold a few hundred patterns; a worker process (corpus/pool.py) imports
them all but a folder of ordinary notes uses about half, and compiling the rest cost each
worker's start-up tens of milliseconds. ``lazy(pattern, flags)`` stands where
``re.compile(pattern, flags)`` stood: the same methods, compiled on the first call. That
call also puts the compiled pattern in the defining module's namespace in place of the
stand-in (and its methods on the stand-in, for other modules that imported it), so the
patterns used on every note cost no more per call than before.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    def __init__(self, pattern: str, flags: int, namespace: dict[str, Any]) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._namespace = namespace

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(self._compiled, name))
            for key, value in self._namespace.items():
                if value is self:
                    self._namespace[key] = self._compiled
        return self._compiled

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled().match(string, pos, endpos)

    def fullmatch(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled().findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled().sub(repl, string, count)

    def subn(
        self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
    ) -> tuple[str, int]:
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled().split(string, maxsplit)


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags, sys._getframe(1).f_globals)


def one_of(words: Iterable[str]) -> str:
    """``"|".join(map(re.escape, words))`` written with the words that open alike under one
    branch ("s(?:ummit|eminar)|conf" for "summit|conf|seminar"): it matches as that
    alternation does, first word first, but a search tries each place against the words'
    distinct first characters rather than against every word. Case-sensitive only: under
    re.IGNORECASE two different first characters can match one letter, and the order of
    their words would change."""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[:1], []).append(word[1:])
    parts = []
    for first, rests in branches.items():
        if len(rests) == 1:
            parts.append(re.escape(first + rests[0]))
        else:
            parts.append(f"{re.escape(first)}(?:{one_of(rests)})")
    return "|".join(parts)


# A case-blind [A-Za-z] is also İ, ı, ſ and the Kelvin sign, so the compiler builds a table of
# 65,536 letters for it, at each place it stands (about a tenth of a millisecond each, in every
# worker's start-up). The same letters, case-sensitive, in classes of one or two runs each,
# need none.
_CASE_BLIND_EDGES = (
    (r"(?<![A-Za-z\d])", r"(?<!\d)(?-i:(?<![A-Za-z])(?<![\u0130\u0131])(?<![\u017f\u212a]))"),
    (r"(?<![A-Za-z])", r"(?-i:(?<![A-Za-z])(?<![\u0130\u0131])(?<![\u017f\u212a]))"),
    (r"(?![A-Za-z])", r"(?-i:(?![A-Za-z])(?![\u0130\u0131])(?![\u017f\u212a]))"),
)


def case_blind_edges(pattern: str) -> str:
    """``pattern``, compiled case-blind, with its "no Latin letter before (after)" tests
    spelt so that they match as before and cost no table to compile. Only for a pattern
    compiled with re.IGNORECASE: case-sensitive, the spelt-out letters would be refused
    where the pattern took them."""
    for written, spelt in _CASE_BLIND_EDGES:
        pattern = pattern.replace(written, spelt)
    return pattern
