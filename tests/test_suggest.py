"""The one suggester (search/suggest.py): what every did-you-mean and the palette rank with."""

from __future__ import annotations

import factories
from summit_tui.corpus.model import Item, ItemKind, Person
from summit_tui.search.suggest import Candidate, Suggester, item_candidate, unknown


def _item(number: int, title: str, *speakers: str, aliases: tuple[str, ...] = ()) -> Item:
    return factories.item(
        f"skai2024-k{number:02d}",
        title,
        event="skai2024",
        track="Keynote",
        speakers=speakers,
        aliases=aliases,
    )


ITEMS = [
    _item(5, "AI의 미래", "Rani Borkar"),
    _item(6, "AI의 실현", "Kai-Fu Lee"),
    _item(9, "패널토의: AI 시대 Infrastructure의 현재와 미래", "Mark Adams"),
    _item(
        14,
        "Perplexity의 AI 검색으로 더욱 탐구적이고 효율적인 세상 만들기",
        "Aravind Srinivas",
        aliases=("퍼플렉시티",),
    ),
]
SUGGESTER = Suggester(item_candidate(item) for item in ITEMS)


def keys(query: str) -> list[str]:
    return [s.key for s in SUGGESTER.suggest(query)]


def test_an_id_one_edit_away_beats_ids_two_edits_away() -> None:
    assert keys("skai2024-k99") == ["skai2024-k09"]
    assert keys("skia2024-k05") == ["skai2024-k05"]  # a transposition is one edit


def test_an_id_without_its_event_prefix_and_a_prefix_of_several() -> None:
    assert keys("k05") == ["skai2024-k05"]
    assert keys("skai2024-k0") == ["skai2024-k05", "skai2024-k06", "skai2024-k09"]


def test_titles_speakers_and_aliases_in_every_script() -> None:
    assert keys("borkar") == ["skai2024-k05"]
    assert keys("kaifu") == ["skai2024-k06"]  # without the hyphen
    assert keys("Arvaind") == ["skai2024-k14"]  # a typo
    assert keys("퍼플렉시티") == ["skai2024-k14"]
    assert keys("퍼프") == ["skai2024-k14"]  # a syllable half typed (jamo)
    assert keys("ㅍㅍㄹ") == ["skai2024-k14"]  # initial consonants (초성)
    assert keys("mark") == ["skai2024-k09"]


def test_as_typed_ranks_above_and_excludes_typos() -> None:
    ranked = SUGGESTER.rank("AI의 미래")
    assert ranked[0].key == "skai2024-k05" and ranked[0].score == 100.0
    assert [s.key for s in SUGGESTER.rank("미래")] == ["skai2024-k05", "skai2024-k09"]


def test_nothing_close_suggests_nothing() -> None:
    assert keys("bogus") == []
    assert keys("") == []


def test_spans_say_where_the_name_matched() -> None:
    (hit,) = SUGGESTER.rank("ㅍㅍㄹ")
    assert hit.name == "퍼플렉시티" and hit.spans == ((0, 3),)
    (hit,) = SUGGESTER.rank("borkar")
    assert hit.name[hit.spans[0][0] : hit.spans[0][1]] == "Borkar"
    (hit,) = SUGGESTER.rank("kaifu")
    assert [hit.name[a:b] for a, b in hit.spans] == ["Kai", "Fu"]
    (hit,) = SUGGESTER.rank("Arvaind")
    assert hit.spans == ()  # a typo has no exact place


def test_find_is_exact_and_unambiguous() -> None:
    assert SUGGESTER.find("Rani  BORKAR").key == "skai2024-k05"
    assert SUGGESTER.find("AI") is None


def test_unknown_says_the_closest_the_choices_or_where_to_look() -> None:
    assert unknown("item with id", "skai2024-k99", SUGGESTER) == (
        "no item with id 'skai2024-k99'; did you mean "
        "skai2024-k09 (패널토의: AI 시대 Infrastructure의 현재와 미래)?"
    )
    few = Suggester([Candidate("theme"), Candidate("notes")])
    assert unknown("setting", "colour", few) == "no setting 'colour'; the choices are theme, notes"
    many = Suggester(Candidate(f"tag{n}") for n in range(20))
    assert unknown("tag", "zzz", many, listing="see X") == "no tag 'zzz'; see X"
    assert unknown("tag", "zzz", Suggester([])) == "no tag 'zzz'; there are none"


def test_names_from_notes_are_cleaned() -> None:
    suggester = Suggester([Candidate("x-1", "Evil\x1b[2J title")])
    assert "\x1b" not in unknown("item with id", "x-2", suggester)


def test_an_items_own_name_ranks_above_a_speakers_role_that_matches_as_well() -> None:
    # `lamb` begins the booth's name and the role of the CEO who spoke in two talks: the
    # booth first, whatever the items' order; its speaker still finds the talks.
    speaker = Person("Stephen Balaban", affiliation="Lambda CEO")
    talk = factories.item("conf-k08", "Open models", speakers=(speaker,))
    booth = factories.item("conf-booth-lambda", "Lambda", kind=ItemKind.BOOTH)
    suggester = Suggester(item_candidate(item) for item in (talk, booth))
    ranked = suggester.rank("lamb")
    assert [s.key for s in ranked] == ["conf-booth-lambda", "conf-k08"]
    assert ranked[1].name == "Lambda CEO"  # what matched is shown
    assert [s.key for s in suggester.rank("stephen")] == ["conf-k08"]
