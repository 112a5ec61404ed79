"""Passages written in Cyrillic, Greek, Hebrew, Devanagari and other scripts are points of
a talk in compare (compare/scripts.py), as Latin, Hangul and CJK passages are."""

from __future__ import annotations

import pytest

import factories
from summit_tui.compare.align import align_entries
from summit_tui.compare.features import features
from summit_tui.corpus.model import Entry


def entry(author: str, body: str) -> Entry:
    text = f"## Keynote\n\n{body}"
    return factories.entry(text, start=1, note=f"{author}.md", author=author, title="Keynote")


@pytest.mark.parametrize(
    "line",
    [
        "Докладчик показал, как они перенесли кластеры на новую версию",  # Russian
        "Доповідач розповів про міграцію кластерів",  # Ukrainian
        "Η ομιλία έδειξε πώς μετέφεραν τα δεδομένα",  # Greek
        "המרצה הסביר איך העבירו את הנתונים",  # Hebrew
        "वक्ता ने डेटा माइग्रेशन के बारे में बताया",  # Hindi
        "ผู้บรรยายอธิบายการย้ายข้อมูล",  # Thai
    ],
)
def test_a_line_in_any_script_has_words(line: str) -> None:
    assert features(line).units


def test_a_devanagari_word_keeps_its_vowel_signs() -> None:
    assert [u.text for u in features("नमस्ते दुनिया").units] == ["नमस्ते", "दुनिया"]


def test_inflected_russian_forms_of_a_word_share_a_key() -> None:
    assert features("кластеры").keys & features("кластерами").keys


def test_a_cyrillic_name_meets_its_latin_spelling() -> None:
    assert features("Кафка").keys & features("Kafka").keys
    assert features("Кубернетес").keys & features("Kubernetes").keys


def test_function_words_link_nothing() -> None:
    assert not features("и в на что это").units


def test_two_russian_notes_on_one_point_are_linked_and_a_lone_point_is_unique() -> None:
    first = entry(
        "olga",
        "- Кластеры Kubernetes масштабировали до десяти тысяч узлов за полгода\n\n"
        "- Главная проблема была в задержках планировщика\n",
    )
    second = entry(
        "ivan",
        "- За полгода кластеры Kubernetes выросли до десяти тысяч узлов\n\n"
        "- Отдельно рассказали про найм инженеров в Берлине\n",
    )
    alignment = align_entries("k", [first, second])
    column = alignment.column("olga")
    assert column is not None
    texts = [p.text for p in column.passages]
    assert len(texts) == 2  # neither passage is dropped as "nothing to align"
    scaled = column.passages[0]
    assert scaled.counterparts and scaled.counterparts[0].author == "ivan"
    other = alignment.column("ivan")
    assert other is not None and other.passages[1].unique


def test_thousands_set_apart_by_a_space_are_one_number() -> None:
    assert "n:10000" in features("Кластеры выросли до 10 000 узлов").keys
    assert "n:10000" in features("grew to 10,000 nodes").keys
    assert "n:10000" in features("10\u00a0000 nœuds").keys  # a no-break space
    assert {"n:2024", "n:300"} <= features("in 2024 300 people came").keys


def test_vietnamese_letters_with_two_marks_stay_latin_words() -> None:
    passage = features("Việt Nam rất hữu")
    assert passage.lang == "en"
    assert [u.text for u in passage.units] == ["viet", "nam", "rat", "huu"]
