"""Filter words in search queries."""

from __future__ import annotations

import pytest

from summit_tui.search.query import Filters, day_matches, parse_query


def test_plain_text_has_no_filters() -> None:
    parsed = parse_query("  퍼플렉시티   search ")
    assert parsed.text == "퍼플렉시티 search"
    assert not parsed.filters
    assert not parsed.problems


def test_filters_are_taken_out_of_the_text() -> None:
    parsed = parse_query("kind:booth author:kim day:1 track:keynote 에너지 GPU")
    assert parsed.text == "에너지 GPU"
    assert parsed.filters == Filters(
        kinds=("booth",), authors=("kim",), days=("1",), tracks=("keynote",)
    )


def test_quoted_values_keep_their_spaces() -> None:
    parsed = parse_query("author:\"Lee Jiwon\" track:'Track A' ai")
    assert parsed.filters.authors == ("Lee Jiwon",)
    assert parsed.filters.tracks == ("Track A",)
    assert parsed.text == "ai"


def test_an_unclosed_quote_while_typing_still_parses() -> None:
    parsed = parse_query('author:"Lee Ji')
    assert parsed.filters.authors == ("Lee Ji",)
    assert parsed.text == ""


def test_quoted_free_text_is_unwrapped() -> None:
    assert parse_query('"rani borkar" keynote').text == "rani borkar keynote"


def test_keys_are_case_insensitive_and_values_are_alternatives() -> None:
    parsed = parse_query("KIND:session Kind:booth Author:a author:b")
    assert parsed.filters.kinds == ("session", "booth")
    assert parsed.filters.authors == ("a", "b")


def test_kind_accepts_a_prefix_while_typing() -> None:
    assert parse_query("kind:bo").filters.kinds == ("booth",)
    assert parse_query("kind:S").filters.kinds == ("session",)


def test_a_key_without_a_value_yet_is_ignored() -> None:
    parsed = parse_query("perplexity author:")
    assert parsed.text == "perplexity"
    assert not parsed.filters
    assert not parsed.problems


def test_unknown_keys_stay_free_text() -> None:
    parsed = parse_query("foo:bar https://example.com")
    assert parsed.text == "foo:bar https://example.com"
    assert not parsed.filters


@pytest.mark.parametrize("query", ["kind:talkz", "day:tomorrow", "day:2024-xx"])
def test_impossible_values_are_reported(query: str) -> None:
    parsed = parse_query(query)
    assert parsed.impossible
    assert query.split(":")[0] in parsed.problems[0]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", "1"), ("day2", "2"), ("2024-11-04", "2024-11-04"), ("2024", "2024")],
)
def test_day_values(value: str, expected: str) -> None:
    assert parse_query(f"day:{value}").filters.days == (expected,)


def test_day_matches_numbers_and_dates() -> None:
    assert day_matches("1", "2024-11-04", 1)
    assert not day_matches("2", "2024-11-04", 1)
    assert not day_matches("1", "2024-11-04", None)
    assert day_matches("2024-11-04", "2024-11-04", 1)
    assert day_matches("2024-11", "2024-11-04", 1)
    assert day_matches("2024-11-4", "2024-11-04", 1)
    assert not day_matches("2024-11-05", "2024-11-04", 1)
    assert not day_matches("2024-11-04", None, None)
