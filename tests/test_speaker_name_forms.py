"""One speaker where a label names one person twice: in both orders ("Szabó Péter, Péter
Szabó") or in two scripts ("Oleg Petrenko, Олег Петренко"); speaker labels in Hungarian,
Russian, Ukrainian, Czech and Greek (speaker_labels.py, name_forms.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
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


def test_a_cyrillic_name_is_also_looked_up_in_latin_letters() -> None:
    assert set(name_spellings("Олег Петренко")) >= {"Oleg Petrenko", "Petrenko Oleg"}
    assert name_spellings("Ann Lee") == ("Ann Lee", "Lee Ann")


def test_a_russian_and_an_english_note_on_one_talk_link_by_its_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head = "---\nevent: HighLoad++ 2024\ndate: 2024-12-02\nauthor: {}\n---\n"
    data = list_json(
        tmp_path,
        capsys,
        {
            "ru.md": head.format("Ольга")
            + "## Масштабирование Kubernetes до десяти тысяч узлов\n\n"
            "Докладчик: Олег Петренко\n\n- Кластеры выросли до десяти тысяч узлов\n",
            "en.md": head.format("Ben") + "## Scaling Kubernetes to ten thousand nodes\n\n"
            "Speaker: Oleg Petrenko\n\n- Clusters grew to 10k nodes\n",
        },
    )
    items = items_by_title(data)
    assert len(items) == 1
    (item,) = items.values()
    assert {e["note"] for e in item["entries"]} == {"ru.md", "en.md"}
