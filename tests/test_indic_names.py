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


def test_a_linkedin_post_in_romanised_hindi_is_the_talk_it_names() -> None:
    from summit_tui.corpus.model import EntryKind
    from summit_tui.corpus.social_post import post_parts

    body = (
        "Aditi Sharma\nBackend Engineer | Python\n1d • Edited • 🌐\n\n"
        "Kal PyCon India 2024 ke pehle din ka keynote sunne ka mauka mila.\n\n"
        "Dr. Meera Iyer ne bataya ki India ke digital public infrastructure mein Python hai.\n\n"
        "#PyConIndia #Python\n\n👍❤️ 214 · 18 comments · 6 reposts\n"
    )
    parts = post_parts(body)
    assert parts is not None and len(parts) == 1
    (part,) = parts
    assert part.kind is EntryKind.SESSION and part.speakers == ("Meera Iyer",)
    assert part.author == "Aditi Sharma"
    assert (part.start, part.end) == (0, 10)  # the whole post down to its reactions


def test_an_event_named_in_bengali_or_hindi_script_sounds_like_its_latin_name() -> None:
    from summit_tui.corpus.indic_names import name_sound

    assert name_sound(["রুটকনফ"]) == name_sound(["Rootconf"])
    assert name_sound(["পাইকন", "ইন্ডিয়া"]) == name_sound(["PyCon", "India"])
    assert name_sound(["पाइकॉन", "इंडिया"]) == name_sound(["PyCon", "India"])
    assert name_sound(["রুটকনফ"]) != name_sound(["PyCon", "India"])


def test_a_bengali_post_joins_the_event_its_script_names(tmp_path, capsys) -> None:
    import json

    from summit_tui import cli

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "en.md").write_text(
        "# Rootconf 2025 notes\n\n## Day 1 — Saturday 10 May\n\n"
        "### Keynote: SRE at India scale (Kavitha Rao)\n\n- set SLOs first\n",
        encoding="utf-8",
    )
    (notes / "bn.md").write_text(
        "---\ndate: 2025-05-14\n---\n\n# রুটকনফ ২০২৫: দুদিনের নোট\n\n"
        "## প্রথম দিন — শনিবার, ১০ মে\n\n### কিনোট: ভারতের মাপে SRE — কবিতা রাও\n\n"
        "আগে SLO ঠিক করতে হবে, তারপর অ্যালার্ট।\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(notes)]) == 0
    events = json.loads(capsys.readouterr().out)["events"]
    assert [event["title"] for event in events] == ["Rootconf 2025"]


def test_a_short_name_meets_its_spellings_in_the_scripts_of_india_only() -> None:
    assert sounds_alike("मीरा अय्यर", "Dr. Meera Iyer")
    assert sounds_alike("মীরা আইয়ার", "Meera Iyer")
    assert sounds_alike("অনন্যা দাস", "अनन्या दास")
    assert not sounds_alike("मीरा अय्यर", "Ananya Das")
    assert not sounds_alike("Meera Iyer", "Mira Ayer")  # two Latin spellings: not this rule


def test_a_kind_then_a_hyphened_topic_and_a_colon_names_no_speaker() -> None:
    from summit_tui.corpus.names import heading_title

    assert heading_title("कीनोट — Free-threaded CPython: GIL के बिना पाइथन")[1] is None
    assert heading_title("Keynote — Dr. Ines Carvalho: Python in the lab")[1] == (
        "Dr. Ines Carvalho"
    )
    assert heading_title("Keynote — Jean-Luc Picard: Engage")[1] == "Jean-Luc Picard"
