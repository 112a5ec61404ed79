"""Inferred items' ids (corpus.ids): from the title, and the remembered id kept through a
typo fixed, a spacing or case changed, a program's event id; never given twice."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.ids import (
    Remembered,
    Wanted,
    assign_ids,
    read_remembered,
    write_remembered,
)


def talk(title: str, *speakers: str, event: str = "devcon", event_id: str = "dc") -> Wanted:
    return Wanted("session", event_id, event, title, speakers)


def remembered(*wanted_ids: tuple[Wanted, str]) -> list[Remembered]:
    return [w.remembered(i) for w, i in wanted_ids]


def test_a_new_item_is_named_after_its_title_without_numbering_or_speaker() -> None:
    assert assign_ids([talk("3. Rust in the Kernel (Jane Roe)")], []) == ["rust-in-the-kernel"]
    # taken by a program item, or by another event's talk: the event in front, then ~2
    assert assign_ids([talk("Keynote")], [], taken={"keynote"}) == ["dc-keynote"]
    both = assign_ids([talk("Keynote"), talk("Keynote")], [], taken={"keynote"})
    assert both == ["dc-keynote", "dc-keynote~2"]


def test_a_typo_spacing_or_case_fixed_keeps_the_id() -> None:
    before = remembered((talk("Rust in the Kernle", "Jane Roe"), "rust-in-the-kernle"))
    for fixed in ("Rust in the Kernel", "Rust in the kernel", "Rust  in the Kernle!"):
        assert assign_ids([talk(fixed, "Jane Roe")], before) == ["rust-in-the-kernle"]
    # two characters in a long title; without speakers too
    assert assign_ids([talk("Rust in hte Kernel")], before) == ["rust-in-the-kernle"]
    # reworded, but the same speaker: kept; reworded with nobody to match: a new id
    reworded = talk("Rust in the Linux kernel", "Jane Roe")
    assert assign_ids([reworded], before) == ["rust-in-the-kernle"]
    assert assign_ids([talk("Rust in the Linux kernel")], before) == ["rust-in-the-linux-kernel"]


def test_different_numbers_or_short_names_are_other_items() -> None:
    before = remembered((talk("Talk 88"), "talk-88"), (talk("AMD", event="x"), "amd"))
    assert assign_ids([talk("Talk 89")], before) == ["talk-89"]
    assert assign_ids([talk("AMX", event="x")], before) == ["amx"]
    # close, by the same speaker, but another number: another talk (QA1: 1日目 / 2日目)
    day_1 = remembered((talk("Caching at scale, part 1", "Ann Lee"), "caching-at-scale-part-1"))
    assert assign_ids([talk("Caching at scale, part 2", "Ann Lee")], day_1) == [
        "caching-at-scale-part-2"
    ]
    same = talk("Caching at scale, part 1 revisited", "Ann Lee")
    assert assign_ids([same], day_1) == ["caching-at-scale-part-1"]


def test_the_same_title_goes_to_the_same_event_and_a_tie_to_neither() -> None:
    keynotes = remembered(
        (talk("Opening keynote", event="devcon"), "opening-keynote"),
        (talk("Opening keynote", event="pyconkr", event_id="py"), "py-opening-keynote"),
    )
    wanted = [talk("Opening keynote", event="pyconkr", event_id="py"), talk("Opening keynote")]
    assert assign_ids(wanted, keynotes) == ["py-opening-keynote", "opening-keynote"]
    # an event renamed (a program added): still the one remembered talk of that title
    assert assign_ids([talk("Opening keynote", event="dc2025")], keynotes[:1]) == [
        "opening-keynote"
    ]
    # two remembered items equally close, neither of the event: a new id, not a guess
    twins = remembered(
        (talk("Opening keynote", event="a"), "a-opening"),
        (talk("Opening keynote", event="b"), "b-opening"),
    )
    assert assign_ids([talk("Opening keynote", event="c")], twins) == ["opening-keynote"]


def test_an_id_is_never_given_twice() -> None:
    before = remembered((talk("Serving LLMs"), "serving-llms"))
    # the exact title wins the remembered id; the near one gets its own
    wanted = [talk("Serving LLM"), talk("Serving LLMs")]
    assert assign_ids(wanted, before) == ["serving-llm", "serving-llms"]
    # a program item now has the id: not reused
    assert assign_ids([talk("Serving LLMs")], before, taken={"serving-llms"}) == ["dc-serving-llms"]


def test_remembered_between_loads_in_the_cache(tmp_path: Path) -> None:
    root = "/notes"
    given = remembered((talk("Rust in the Kernel", "Jane Roe"), "rust-in-the-kernel"))
    write_remembered(tmp_path, root, given, [])
    assert read_remembered(tmp_path, root) == given
    assert read_remembered(tmp_path, "/other notes") == []
    assert read_remembered(None, root) == []
    # one not given again (its note moved out for now) is kept for when it comes back
    later = remembered((talk("Postgres at scale"), "postgres-at-scale"))
    write_remembered(tmp_path, root, later, given)
    assert read_remembered(tmp_path, root) == [*later, *given]
    # a damaged file is ignored: ids are made from the titles again
    (file,) = tmp_path.glob("item-ids-*.json")
    file.write_bytes(file.read_bytes()[:-5])
    assert read_remembered(tmp_path, root) == []


def test_among_thousands_a_typo_is_still_found() -> None:
    """Past 2,000 remembered items a title is compared only with those that share its first
    or last letters or a speaker (near linear): a typo in the middle is still found."""
    many = [
        Remembered(f"talk-{n}", "session", "devcon", f"talk{n}about{n * 7}") for n in range(3000)
    ]
    before = [*many, *remembered((talk("Rust in the Kernel", "Jane Roe"), "rust-in-the-kernel"))]
    assert assign_ids([talk("Rust in teh Kernel")], before) == ["rust-in-the-kernel"]
    assert assign_ids([talk("Rust in Linux", "Jane Roe")], before) == ["rust-in-linux"]
    assert assign_ids([talk("Rust in the Linux kernel", "Jane Roe")], before) == [
        "rust-in-the-kernel"
    ]


def test_a_retitled_item_keeps_its_id_by_its_entries_places_when_one_item_had_them() -> None:
    before = Wanted("session", "dc", "devcon", "Keynote starting soon", (), ("live.md:2",))
    given = remembered((before, "keynote-starting-soon"))
    after = Wanted("session", "dc", "devcon", "That's a wrap", (), ("live.md:2",))
    assert assign_ids([after], given) == ["keynote-starting-soon"]
    # other places, or another kind, or two remembered items with those places: a new id
    elsewhere = Wanted("session", "dc", "devcon", "That's a wrap", (), ("live.md:9",))
    assert assign_ids([elsewhere], given) == ["that-s-a-wrap"]
    booth = Wanted("booth", "dc", "devcon", "That's a wrap", (), ("live.md:2",))
    assert assign_ids([booth], given) == ["that-s-a-wrap"]
    twice = [*given, Remembered("other", "session", "devcon", "other", (), ("live.md:2",))]
    assert assign_ids([after], twice) == ["that-s-a-wrap"]
