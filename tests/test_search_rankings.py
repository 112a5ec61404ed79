"""The search index finds what it found when the rankings were recorded: every keystroke
of the benchmark queries, on the shipped notes and on a generated corpus of a few hundred
notes (see tests/search_rankings.py; record again only for an intended change)."""

from __future__ import annotations

from pathlib import Path

import pytest

import search_rankings
from summit_tui.search.index import SearchIndex


@pytest.fixture(scope="module")
def recorded() -> dict:
    return search_rankings.load()


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return search_rankings.generate(tmp_path_factory.mktemp("rankings") / "notes")


@pytest.mark.parametrize("name", ["shipped", "generated"])
def test_every_keystroke_ranks_as_recorded(name: str, recorded: dict, generated: Path) -> None:
    root = search_rankings.ROOT / "notes" if name == "shipped" else generated
    corpus = search_rankings.thaw(recorded["corpora"][name], root)
    found = search_rankings.rankings(SearchIndex.build(corpus))
    expected = recorded["rankings"][name]
    assert found.keys() == expected.keys()
    changed = [state for state in expected if found[state] != expected[state]]
    assert not changed, (
        f"{len(changed)} of {len(expected)} keystrokes rank differently, first {changed[0]!r}:\n"
        + "\n".join(f"- {row}" for row in expected[changed[0]])
        + "\nnow:\n"
        + "\n".join(f"+ {row}" for row in found[changed[0]])
    )
