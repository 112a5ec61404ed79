"""A question two reading steps ask of one note is worked out once, and never answered for
another note with the last one's answer."""

from __future__ import annotations

from summit_tui.corpus.asked_twice import asked_twice


def test_the_same_object_asked_twice_in_a_row_is_worked_out_once() -> None:
    worked: list[str] = []

    @asked_twice
    def length(body: str) -> int:
        worked.append(body)
        return len(body)

    first = "# Keynote\n- a point\n"
    assert length(first) == length(first) == len(first)
    assert worked == [first]


def test_an_equal_but_other_object_is_asked_again() -> None:
    worked: list[list[str]] = []

    @asked_twice
    def first_line(lines: list[str]) -> str:
        worked.append(lines)
        return lines[0]

    one, other = ["# A"], ["# A"]  # equal, not the same note's lines
    first_line(one)
    first_line(other)
    first_line(one)
    assert [id(lines) for lines in worked] == [id(one), id(other), id(one)]
