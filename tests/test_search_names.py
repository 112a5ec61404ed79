"""Names that hold a query are found through their rarest bigram when it is rare: the same
names, in the same order, as one scan of every name finds (search's rankings rest on it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.corpus.build import build_corpus
from summit_tui.search import names as names_module
from summit_tui.search.index import SearchIndex
from summit_tui.search.names import NAME_HITS, Names
from summit_tui.search.text import find_all


@pytest.fixture(scope="module")
def names() -> Names:
    notes = Path(__file__).resolve().parents[1] / "notes"
    return SearchIndex.build(build_corpus(notes)).base.names


def _queries(names: Names) -> list[str]:
    """Pieces of every name (2 to 6 characters, at its start, middle and end), and a few
    that no name holds."""
    found = {"zzqx", "퍼플렉시티검색엔진", "ab"}
    for position in range(len(names)):
        name = names.compact[position]
        for size in (2, 3, 4, 6):
            for at in (0, len(name) // 2, len(name) - size):
                piece = name[max(0, at) : max(0, at) + size]
                if len(piece) >= 2:
                    found.add(piece)
    return sorted(found)


def test_the_rarest_bigram_finds_what_a_scan_finds(names: Names) -> None:
    queries = _queries(names)
    assert len(queries) > 500
    for query in queries:
        scanned = find_all(names.joined, names.offsets, query, NAME_HITS)
        assert names.containing(query) == scanned, query


def test_past_the_bound_the_names_are_scanned(names: Names, monkeypatch) -> None:
    monkeypatch.setattr(names_module, "GRAM_CANDIDATES", 0)  # every bigram is too common
    for query in _queries(names)[:200]:
        assert names.containing(query) == find_all(names.joined, names.offsets, query, NAME_HITS)


def test_the_cap_keeps_the_first_names_in_order(names: Names, monkeypatch) -> None:
    monkeypatch.setattr(names_module, "NAME_HITS", 3)
    common = max(names.grams, key=lambda gram: len(names.grams[gram]))
    assert len(names.grams[common]) > 3
    assert names.containing(common) == find_all(names.joined, names.offsets, common, 3)
    assert len(names.containing(common)) == 3
