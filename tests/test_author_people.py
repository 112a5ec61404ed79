"""The people a note's author field names, as the list command shows them."""

from __future__ import annotations

from summit_tui.corpus.author_people import author_people


def test_a_joined_list_of_people_is_each_of_them() -> None:
    assert author_people("Marta Kowalska, Jonas Weber") == ("Marta Kowalska", "Jonas Weber")
    assert author_people("이준호 및 박서연") == ("이준호", "박서연")


def test_one_person_or_a_name_with_a_comma_stays_one() -> None:
    assert author_people("Marta Kowalska") == ("Marta Kowalska",)
    assert author_people("Kowalska, Marta") == ("Kowalska, Marta",)
    assert author_people("PyCon PL 2025 이모 저모") == ("PyCon PL 2025 이모 저모",)
