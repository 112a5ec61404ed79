"""Speakers' names in Devanagari and Bengali meet their Latin spellings and each other."""

from __future__ import annotations

import pytest

from summit_tui.corpus.names import clean_person, looks_like_name
from summit_tui.corpus.rtl_names import sounds_alike


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("सुमन बनर्जी", "Suman Banerjee"),
        ("সুমন ব্যানার্জি", "Suman Banerjee"),
        ("कविता राव", "Kavitha Rao"),
        ("फ़रहान क़ुरैशी", "Farhan Qureshi"),
        ("প্রিয়া রাঘবন", "Priya Raghavan"),
        ("सायन मुखर्जी", "Sayan Mukherjee"),
        ("निखिल जोशी", "নিখিল জোশী"),
    ],
)
def test_one_name_in_two_scripts(a: str, b: str) -> None:
    assert sounds_alike(a, b)


def test_other_names_stay_apart() -> None:
    assert not sounds_alike("सुमन बनर्जी", "Sayan Mukherjee")
    assert not sounds_alike("निखिल जोशी", "নিখিল বসু")


def test_an_indic_name_is_a_person_and_a_heading_phrase_is_not() -> None:
    assert looks_like_name("निखिल जोशी")
    assert clean_person("डॉ. मीरा अय्यर") == "मीरा अय्यर"
    assert not looks_like_name("लंच ब्रेक")
    assert not looks_like_name("শেষ কথা")
