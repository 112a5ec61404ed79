"""NameScan finds in a text what one regular expression of every name would (the linker's
mentions), without trying every name at every place."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from summit_tui.corpus.name_scan import NameScan


def _by_alternation(names: list[str], text: str) -> list[str]:
    """The linker's former way: one alternation, longest names first."""
    if not names:
        return []
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    pattern = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
    return [match.group(0) for match in pattern.finditer(text)]


def test_the_longest_name_at_a_place_wins_and_words_are_whole() -> None:
    scan = NameScan(["rust", "rust seoul", "go", "업스테이지", "a"])
    assert list(scan.find("rust seoul and rusty go-to 업스테이지의 a b")) == [
        "rust seoul",
        "go",
        "업스테이지",
        "a",
    ]
    assert list(scan.find("trust gopher")) == []  # inside a Latin word: not a mention
    assert list(NameScan([]).find("anything")) == []


_LETTERS = st.sampled_from(list("abgo1 -.업스테이지"))
_NAMES = st.lists(
    st.text(_LETTERS, min_size=1, max_size=6).map(str.strip).filter(bool), max_size=12
)


@settings(max_examples=400, deadline=None)
@given(names=_NAMES, text=st.text(_LETTERS, max_size=60))
def test_it_finds_what_the_alternation_finds(names: list[str], text: str) -> None:
    assert list(NameScan(names).find(text)) == _by_alternation(names, text)
