"""Which event and day each note is about, weighing every note's evidence together."""

from __future__ import annotations

from pathlib import Path

from factories import loaded_notes
from summit_tui.corpus.events import EventInfo, note_day, place_notes

SEEDS_LIKE = {
    # booths and talks in one note, the event in its title, the day without a year
    "a.md": "---\ntitle: SK AI SUMMIT 이모 저모\n---\n11월 4일 SK AI SUMMIT 참석 후 정리.\n",
    # velog post: posted five days later, "Day1" in the title, the event's days in the body
    "b.md": (
        "---\ntitle: '[정리] SK AI SUMMIT 키노트 정리 - Day1 오후'\ndate: '2024-11-09'\n---\n"
        "# [정리] SK AI SUMMIT 키노트 정리 - Day1 오후\n\n"
        "'SK AI 서밋 2024'는 2024년 11월 4일부터 5일까지 서울 코엑스에서 개최된 행사\n"
    ),
    # no name at all, only its day
    "c.md": "## Information\n- 2024년 11월 4일 (월)\n- 작성자: 이기훈\n\n## KeyNote\n",
    # a seminar on another day, named by its fact lines only
    "d.md": "# [23.03.29] Generative AI\n\ntext\n\nSeminar Date/Time : 2023/03/29, 13:00\n",
}


def test_notes_naming_one_conference_form_one_event_with_its_year(tmp_path: Path) -> None:
    placements, events = place_notes(loaded_notes(tmp_path, SEEDS_LIKE))
    summit = placements["a.md"].event_id
    assert placements["b.md"].event_id == summit
    assert events[summit].title == "SK AI SUMMIT 2024"  # the way most notes name it
    assert events[summit].dates == ["2024-11-04", "2024-11-05"]
    # the unnamed note joins the event whose days include its day
    assert (placements["c.md"].event_id, placements["c.md"].event_how) == (summit, "date")
    # the seminar is an event of its own, named by its kind and day
    seminar = placements["d.md"].event_id
    assert seminar != summit and events[seminar].title == "Seminar 2023-03-29"


def test_the_day_each_note_is_about(tmp_path: Path) -> None:
    placements, _ = place_notes(loaded_notes(tmp_path, SEEDS_LIKE))
    assert placements["a.md"].day == "2024-11-04"  # 11월 4일 with the event's year
    assert (placements["b.md"].day, placements["b.md"].day_how) == ("2024-11-04", "day number")
    assert placements["c.md"].day == "2024-11-04"
    assert placements["d.md"].day == "2023-03-29"


def test_two_years_of_one_conference_are_two_events(tmp_path: Path) -> None:
    placements, events = place_notes(
        loaded_notes(
            tmp_path,
            {
                "x.md": "---\ntitle: PyCon KR 2023 후기\n---\ntext\n",
                "y.md": "---\ntitle: PyCon KR 2024 후기\n---\ntext\n",
                "z.md": "---\ntitle: '[PyCon Korea 2024] 발표 정리'\n---\ntext\n",
            },
        )
    )
    assert placements["x.md"].event_id != placements["y.md"].event_id
    assert placements["y.md"].event_id == placements["z.md"].event_id
    assert events[placements["y.md"].event_id].title.endswith("2024")


def test_the_name_other_notes_share_wins_over_a_conference_word_in_a_title(
    tmp_path: Path,
) -> None:
    files = {
        f"{n}.md": f"---\ntitle: Talk {n}\ncategories: [ACRL 2019]\n---\ntext\n" for n in range(3)
    }
    files["s.md"] = (
        "---\ntitle: 'Critical Information Literacy in the First-Year Seminar'\n"
        "categories: [ACRL 2019, instruction]\n---\ntext\n"
    )
    placements, events = place_notes(loaded_notes(tmp_path, files))
    assert len({p.event_id for p in placements.values()}) == 1
    assert events[placements["s.md"].event_id].title == "ACRL 2019"


def test_an_undated_unnamed_note_joins_its_folder_s_only_event(tmp_path: Path) -> None:
    placements, _ = place_notes(
        loaded_notes(
            tmp_path,
            {
                "conf/a.md": "---\ntitle: DevFest Seoul 2024 day 1\n---\ntext\n",
                "conf/b.md": "# Some talk\n\ntext\n",
                "other/c.md": "# Another\n\ntext\n",
            },
        )
    )
    assert placements["conf/b.md"].event_id == placements["conf/a.md"].event_id
    assert placements["conf/b.md"].event_how == "folder-neighbours"
    assert placements["other/c.md"].event_id != placements["conf/a.md"].event_id


def day_of(tmp_path: Path, text: str, event: EventInfo | None) -> str | None:
    (note,) = loaded_notes(tmp_path, {"n.md": text})
    return note_day(note, event)[0]


ACRL = EventInfo("acrl-2019", "ACRL 2019", 2019, ["2019-04-11", "2019-04-12", "2019-04-13"])


def test_a_post_dated_later_is_about_the_earlier_day_its_text_gives(tmp_path: Path) -> None:
    posted_later = (
        "---\ndate: 2019-04-16 10:12:44 -0500\n---\n"
        "My notes on the Thursday morning keynote (April 11, 2019), a few days late.\n"
    )
    assert day_of(tmp_path, posted_later, ACRL) == "2019-04-11"
    by_weekday = (
        "---\ndate: 2019-04-12 07:05:00\n---\nWriting this before the Friday sessions start."
        " Quick bullets from Thursday afternoon's OER panel.\n"
    )
    assert day_of(tmp_path, by_weekday, ACRL) == "2019-04-11"


def test_a_post_dated_with_a_time_is_the_session_s_day(tmp_path: Path) -> None:
    session = "---\ndate: 2019-04-12 10:30:00\n---\nContributed paper session.\n"
    assert day_of(tmp_path, session, ACRL) == "2019-04-12"
    later_mention = "---\ndate: 2019-04-12 10:30:00\n---\nNext year: April 20, 2020!\n"
    assert day_of(tmp_path, later_mention, ACRL) == "2019-04-12"


def test_a_plain_date_after_the_event_is_when_it_was_posted(tmp_path: Path) -> None:
    posted = "---\ndate: 2019-05-03\n---\nSome thoughts.\n"
    assert day_of(tmp_path, posted, ACRL) is None  # said by `check`, not guessed
    one_day = EventInfo("s", "Seminar", 2023, ["2023-03-29"])
    assert day_of(tmp_path, "---\ndate: 2023-04-02\n---\nreport\n", one_day) == "2023-03-29"


def test_a_frontmatter_event_date_is_the_day(tmp_path: Path) -> None:
    text = "---\nevent_date: 2019-04-13\ndate: 2019-04-20\n---\nOn Thursday we...\n"
    assert day_of(tmp_path, text, ACRL) == "2019-04-13"


def test_a_short_name_and_its_hangul_spelling_are_one_event(tmp_path: Path) -> None:
    # Two consonants (P K) say too little alone; the syllables, vowels and all, agree:
    # ifkakao and 이프카카오 (corpus/sounds), where 가구 would not.
    placements, _events = place_notes(
        loaded_notes(
            tmp_path,
            {
                "en.md": "---\ntitle: Day one\nevent: ifkakao 2024\ndate: 2024-10-22\n---\ntext\n",
                "ko.md": "---\ntitle: 첫날\nevent: 이프카카오 2024\ndate: 2024-10-22\n---\ntext\n",
                "other.md": "---\ntitle: 가구\nevent: 이프가구 2024\ndate: 2024-10-22\n---\ntext\n",
            },
        )
    )
    assert placements["en.md"].event_id == placements["ko.md"].event_id
    assert placements["other.md"].event_id != placements["en.md"].event_id


def test_names_one_letter_apart_join_only_when_their_days_are_near(tmp_path: Path) -> None:
    lisbon = "---\ntitle: DevFest Lisbon 2024 notes\ndate: 2024-03-09\n---\ntext\n"
    same_day = "---\ntitle: Notas da DevFest Lisboa 2024\ndate: 2024-03-09\n---\ntexto\n"
    later = "---\ntitle: Notas da DevFest Lisboa 2024\ndate: 2024-11-16\n---\ntexto\n"
    placements, _ = place_notes(loaded_notes(tmp_path / "one", {"a.md": lisbon, "b.md": same_day}))
    assert placements["a.md"].event_id == placements["b.md"].event_id  # one event, two spellings
    placements, _ = place_notes(loaded_notes(tmp_path / "two", {"a.md": lisbon, "b.md": later}))
    assert placements["a.md"].event_id != placements["b.md"].event_id  # months apart: two


def test_a_post_that_states_no_day_joins_by_when_it_was_posted(tmp_path: Path) -> None:
    """One side states its days, the other was only posted: a post weeks after the days is
    about them (one event, two spellings); a post months after, or weeks before, is not."""
    stated = "---\ntitle: DevFest Lisbon 2024 notes\n---\nDevFest Lisbon on 9 March 2024.\n"

    def posted(day: str) -> str:
        return f"---\ntitle: Notas da DevFest Lisboa 2024\ndate: {day}\n---\ntexto\n"

    for case, day, joined in (
        ("weeks-after", "2024-04-02", True),  # 24 days after: more than two weeks, still its post
        ("months-after", "2024-11-16", False),
        ("weeks-before", "2024-02-01", False),
    ):
        notes = loaded_notes(tmp_path / case, {"a.md": stated, "b.md": posted(day)})
        placements, _ = place_notes(notes)
        assert (placements["a.md"].event_id == placements["b.md"].event_id) is joined, case


def test_a_short_name_beside_two_conferences_joins_the_one_on_its_days(tmp_path: Path) -> None:
    notes = {
        "jp.md": "# PyCon JP 2024 day 1\n\n2024年9月27日、基調講演を聞いた。\n",
        "kr.md": "# PyCon KR 2024 후기\n\n2024년 10월 26일 키노트를 들었다.\n",
        # a chat room named only "파이콘", on the Korean conference's day
        "room.md": "# 파이콘 2024 같이 가요\n\n2024년 10월 26일 오전 10시 키노트 시작\n",
    }
    placements, _events = place_notes(loaded_notes(tmp_path, notes))
    jp, kr = placements["jp.md"].event_id, placements["kr.md"].event_id
    assert jp != kr  # two conferences, though the short name is a prefix of both
    assert placements["room.md"].event_id == kr
