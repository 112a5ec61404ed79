"""One speaker where a label names one person twice: in both orders ("Szabó Péter, Péter
Szabó") or in two scripts ("Oleg Petrenko, Олег Петренко"); speaker labels in Hungarian,
Russian, Ukrainian, Czech and Greek (speaker_labels.py, name_forms.py)."""

from __future__ import annotations

import pytest

from summit_tui.corpus.name_forms import same_name
from summit_tui.corpus.speakers import label_names, line_speakers, name_spellings


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Előadó: Szabó Péter, Péter Szabó", ["Szabó Péter"]),
        ("Спикеры: Oleg Petrenko, Олег Петренко", ["Олег Петренко (Oleg Petrenko)"]),
        ("Докладчик: Анна Ким", ["Анна Ким"]),
        ("Доповідачка: Nagy Eszter", ["Nagy Eszter"]),
        ("Доповідач: Olha Kovalenko, Ольга Коваленко", ["Ольга Коваленко (Olha Kovalenko)"]),
        ("Speakers: Ann Lee, Bob Stone", ["Ann Lee", "Bob Stone"]),
    ],
)
def test_one_person_per_name_given_twice(line: str, names: list[str]) -> None:
    assert line_speakers(line) == names


def test_different_people_stay_apart() -> None:
    assert not same_name("Anna Kim", "Anna Lee")
    assert not same_name("Anna", "Anna Kim")
    assert label_names("Kim Anna, Lee Anna") == ["Kim Anna", "Lee Anna"]


def test_a_two_word_name_is_looked_up_in_either_order() -> None:
    assert "Péter Szabó" in name_spellings("Szabó Péter")
    assert set(name_spellings("Олег Петренко (Oleg Petrenko)")) >= {
        "Олег Петренко",
        "Oleg Petrenko",
    }
