"""One event however its region and its co-located name are written; a hiring post is no talk."""

from __future__ import annotations

import factories
from summit_tui.corpus.event_names import event_key
from summit_tui.corpus.events import place_notes
from summit_tui.corpus.no_talk import about_no_talk


def test_a_region_written_out_or_abbreviated_and_a_co_brand_are_one_event() -> None:
    na = event_key("KubeCon NA 2024")
    assert event_key("KubeCon North America 2024") == na
    assert event_key("KubeCon + CloudNativeCon North America 2024") == na
    assert event_key("KubeCon + CloudNativeCon NA 2024") == na
    assert event_key("KubeCon Europe 2024") == event_key("KubeCon EU 2024") != na
    assert event_key("AI + Data Summit")[0] == "aidatasummit"  # no co-located event's name


def test_notes_naming_the_region_two_ways_form_one_event() -> None:
    korean = factories.note(
        "ko.md",
        "Seoyeon",
        "## Karpenter (Okafor)\n\n노트.\n",
        title="KubeCon NA 2024 참관기 (2)",
        event_names=("KubeCon NA 2024",),
        event_sources=("title",),
    )
    english = factories.note(
        "en.md",
        "Emily",
        "## Karpenter (Okafor)\n\nNotes.\n",
        title="Field notes from KubeCon North America 2024",
        event_names=("KubeCon North America 2024",),
        event_sources=("title",),
    )
    placements, events = place_notes([korean, english])
    assert placements["ko.md"].event_id == placements["en.md"].event_id
    assert len(events) == 1


def test_a_hiring_post_is_about_no_talk() -> None:
    post = factories.note(
        "blog/hiring.md",
        "Dohyun",
        "## 이런 일을 해요\n\n- 쿠버네티스 운영\n\n## 복지\n\n- 컨퍼런스 참가 지원 (KubeCon!)\n",
        title="모아페이 SRE팀에서 함께할 동료를 찾습니다 (경력)",
        tags=("채용", "sre"),
    )
    assert about_no_talk(post)
    talk = factories.note(
        "blog/talk.md",
        "Ann",
        "Notes.\n",
        title="Hiring at scale, a KubeCon talk",
        speakers=("Jane Doe",),
    )
    assert not about_no_talk(talk)


def test_an_event_is_shown_with_capitals_over_an_all_lowercase_spelling() -> None:
    def note(path: str, name: str):
        return factories.note(
            path,
            "Ann",
            "## Compose performance (Mina Sato)\n\nNotes.\n",
            title=f"{name} day 1",
            event_names=(name,),
            event_sources=("title",),
        )

    notes = [note("a.md", "droidkaigi 2024"), note("b.md", "droidkaigi 2024")]
    notes.append(note("c.md", "DroidKaigi 2024"))
    _, events = place_notes(notes)
    assert [info.title for info in events.values()] == ["DroidKaigi 2024"]


def _titled(path: str, title: str, date: str) -> factories.Note:
    return factories.note(
        path,
        path[:-3],
        "## Gemini Nano (Suphawadee)\n\nNotes.\n",
        title=title,
        date=date,
        event_names=(title,),
        event_sources=("title",),
    )


def test_a_city_written_short_in_capitals_is_the_city_written_out() -> None:
    short = _titled("a.md", "DevFest BKK 2024", "2024-11-23")
    written = _titled("b.md", "DevFest Bangkok 2024", "2024-11-23")
    placements, events = place_notes([short, written])
    assert placements["a.md"].event_id == placements["b.md"].event_id
    assert len(events) == 1


def test_capitals_two_cities_fit_join_neither() -> None:
    notes = [
        _titled("a.md", "DevFest BN 2024", "2024-11-23"),
        _titled("b.md", "DevFest Berlin 2024", "2024-11-23"),
        _titled("c.md", "DevFest Bonn 2024", "2024-11-23"),
    ]
    placements, _ = place_notes(notes)
    assert len({placement.event_id for placement in placements.values()}) == 3
