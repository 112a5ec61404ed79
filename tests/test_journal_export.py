"""A journaling app's export (one file, entries one after another, each opened by its own dated
header) is read entry by entry: each its own title, its own day, its header lines no part of the
talk above it; an entry written after midnight about "this afternoon" is about the day before.
An essay whose paragraphs open with bold sentences is about no talk. Every note here is written
for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import line_of, list_json, loaded_notes
from summit_tui.corpus.journal_export import journal_days, journal_entries
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.segment import segment_note

DAY_ONE = (
    "\tDate:\tJune 11, 2025 at 8:02:10 PM CEST\n"
    "\tLocation:\tHome\n"
    "\tWeather:\t18.0°C Clear\n"
    "\tTags:\ttravel\n"
    "\n"
    "Packing for Rotterdam\n"
    "Train at 7, Fieldday Conf starts at 9:30.\n"
    "\n"
    "\tDate:\tJune 12, 2025 at 11:40:00 AM CEST\n"
    "\tLocation:\tDe Doelen, Rotterdam, Netherlands\n"
    "\tWeather:\t21.5°C Sunny\n"
    "\tTags:\tfieldday, talks\n"
    "\n"
    "# Shipping on Fridays (Noor de Vries)\n"
    "- feature flags, not freeze weeks\n"
    "- the deploy button is in the chat\n"
    "\n"
    "\tDate:\tJune 13, 2025 at 12:35:12 AM CEST\n"
    "\tLocation:\tWitte de Withstraat, Rotterdam, Netherlands\n"
    "\tWeather:\t16.2°C Clear\n"
    "\tTags:\tfieldday, talks\n"
    "\n"
    "Boring databases\n"
    "Pieter Jansen, main hall, this afternoon. Writing it up on the tram.\n"
    "- one Postgres per product, no exceptions\n"
    "- vacuum is a feature you schedule\n"
    "\n"
    "\tDate:\tJune 13, 2025 at 9:12:44 PM CEST\n"
    "\tLocation:\tFenix Food Factory, Rotterdam, Netherlands\n"
    "\tWeather:\t19.0°C Cloudy\n"
    "\tTags:\tfood\n"
    "\n"
    "Fish and chips with the team. Nobody talked about work.\n"
)


def _by_title(data: dict) -> dict[str, tuple[str, list[dict]]]:
    return {
        item["title"]: (day["date"], item["entries"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def test_each_entry_of_an_export_is_its_own_talk_on_its_own_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"dayone/Journal.txt": DAY_ONE})
    items = _by_title(data)
    assert items["Shipping on Fridays"][0] == "2025-06-12"
    # written at 00:35 about "this afternoon": the talk was the day before the header's date
    assert items["Boring databases"][0] == "2025-06-12"
    # the dinner and the packing are no talks
    assert set(items) == {"Shipping on Fridays", "Boring databases"}
    unsorted = {e["line"] for e in data["unsorted"]}
    assert {line_of(DAY_ONE, "Packing"), line_of(DAY_ONE, "Fish and chips")} <= unsorted


def test_an_entry_s_text_holds_no_header_lines_and_nothing_is_lost(tmp_path: Path) -> None:
    (note,) = loaded_notes(tmp_path, {"Journal.txt": DAY_ONE})
    entries, _ = segment_note(note, None)
    texts = {e.title: e.text for e in entries}
    # the next entry's header was the last paragraph of the talk above it
    shipping = next(text for title, text in texts.items() if title.startswith("Shipping"))
    assert "Location:" not in shipping and "Witte" not in shipping
    assert not any("Date:" in text or "Weather:" in text for text in texts.values())
    # every line the writer wrote under a header is in some entry
    written = "\n".join(texts.values())
    for line in ("Train at 7", "vacuum is a feature", "Fish and chips with the team"):
        assert line in written
    talks = {e.title: e.speakers for e in entries if e.kind is EntryKind.SESSION}
    assert talks["Boring databases"] == ("Pieter Jansen",)


def test_an_entry_after_midnight_that_only_says_today_keeps_its_date() -> None:
    lines = [
        "Created: 2025-06-12 22:10",
        "Tags: fieldday",
        "",
        "Keynote notes",
        "",
        "Created: 2025-06-13 01:05",
        "Tags: fieldday",
        "",
        "Today was long, starting tomorrow at 9",
    ]
    found = journal_entries(lines)
    assert found is not None
    assert [(e.start, e.body, e.day) for e in found] == [
        (0, 2, "2025-06-12"),
        (5, 7, "2025-06-13"),
    ]


def test_korean_entry_after_midnight_about_the_afternoon_is_the_day_before() -> None:
    lines = [
        "--- 2025-09-17 09:12 ---",
        "공항 가는 길",
        "",
        "--- 2025-09-18 00:52 ---",
        "레이턴시도 기능이다 - 박민지",
        "오늘 오후 키노트 정리",
    ]
    found = journal_entries(lines)
    assert found is not None
    assert [e.day for e in found] == ["2025-09-17", "2025-09-17"]


@pytest.mark.parametrize(
    "lines",
    [
        # meeting minutes with their date: one "Date:" line is no export
        ["Date: 2025-06-12 10:00", "Attendees: Ana, Bo", "", "- budget"],
        # a talk's note naming the day it was given, then its notes
        ["# Keynote", "", "Date: 12 June 2025", "", "- flags"],
        # a date without a year names no entry's day
        ["Date: June 12", "", "x", "Date: June 13", "", "y"],
    ],
)
def test_notes_that_are_no_export_are_left_alone(lines: list[str]) -> None:
    assert journal_entries(lines) is None


def test_a_text_file_opened_by_one_app_header_lists_its_heading_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path, capsys, {"d.txt": "\tDate:\tMarch 9, 2024 at 1:05:37 PM CST\n\n# T\nsome text\n"}
    )
    titles = [e["heading"] for e in data["unsorted"]] + list(_by_title(data))
    assert titles.count("T") == 1


def test_an_essay_of_bold_sentence_leads_is_about_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    essay = (
        "---\ntitle: 'Fieldday, a week on'\ndate: 2025-06-20\n---\n\n"
        "No recap of the talks here, just what the two days felt like.\n\n"
        "**The hallway was the conference.** I learned most in the coffee queue.\n\n"
        "**Small rooms asked better questions.** The main hall lined up to pitch.\n\n"
        "**Rest counts.** I skipped the last afternoon.\n"
    )
    talk = "# Fieldday 2025\n\n## Shipping on Fridays — Noor de Vries\n\n- flags, not freezes\n"
    data = list_json(tmp_path, capsys, {"blog/essay.md": essay, "ana/fieldday.md": talk})
    assert set(_by_title(data)) == {"Shipping on Fridays"}
    assert any(e["note"] == "blog/essay.md" for e in data["unsorted"])


def test_a_year_page_of_dated_headings_is_read_entry_by_entry() -> None:
    lines = [
        "# 2025 일기",
        "",
        "## 2025년 9월 19일 (금) 오전 11:50",
        "",
        "번아웃 없는 온콜 - 이혜진",
        "- 당번은 3.5일씩",
        "",
        "## 2025년 9월 20일 (토) 오전 0:40",
        "",
        "지루한 곳에 쓰는 WASM (Leo Hartmann)",
        "오늘 오후 마지막 세션",
    ]
    found = journal_entries(lines)
    assert found is not None
    assert [(e.start, e.day) for e in found] == [(2, "2025-09-19"), (7, "2025-09-19")]


@pytest.mark.parametrize(
    "lines",
    [
        # a conference day's headings: a time and a title, or a day without a time
        ["## 2024-03-11 14:00 Keynote", "- a", "## 2024-03-11 15:00 Panel", "- b"],
        ["## Monday, 11 March 2024", "### Keynote", "## Tuesday, 12 March 2024", "### Panel"],
    ],
)
def test_headings_that_name_a_talk_or_a_day_open_no_entry(lines: list[str]) -> None:
    assert journal_entries(lines) is None


def test_a_year_page_joins_its_event_by_its_entries_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        "# Journal 2024\n\n## Monday, 11 March 2024 14:02\n\nStateful edges\n"
        "Mira Okonkwo, room 4.\n- edge functions that keep state are a database\n\n"
        "## Monday, 11 March 2024 21:40\n\nDinner at the canal. Early night.\n"
    )
    talk = (
        "# FOSS Backstage 2024 day 1 (11 March 2024)\n\n"
        "## Stateful edges — Mira Okonkwo\n\n- state at the edge is a database\n"
    )
    data = list_json(tmp_path, capsys, {"journal-2024.md": page, "ana/day1.md": talk})
    # one event: the page's title ("Journal 2024") names none
    assert [event["title"] for event in data["events"]] == ["FOSS Backstage 2024"]
    items = _by_title(data)
    day, entries = items["Stateful edges"]
    assert day == "2024-03-11"
    assert {e["note"] for e in entries} == {"journal-2024.md", "ana/day1.md"}


def test_an_entry_s_label_lines_over_its_heading_name_its_speaker(tmp_path: Path) -> None:
    text = (
        "Date: 2024-03-11 14:00\nSpeaker: Jonas Becker\n\n# Boring databases\n- one Postgres\n\n"
        "Date: 2024-03-12 10:00\nSpeaker: Mira Okonkwo\n\n# Stateful edges\n- state at the edge\n"
    )
    (note,) = loaded_notes(tmp_path, {"talks.md": text})
    entries, _ = segment_note(note, None)
    talks = {e.title: (e.speakers, e.day_hint) for e in entries if e.kind is EntryKind.SESSION}
    assert talks == {
        "Boring databases": (("Jonas Becker",), "2024-03-11"),
        "Stateful edges": (("Mira Okonkwo",), "2024-03-12"),
    }


def test_a_note_opened_by_a_date_and_a_place_over_its_minutes_is_no_export() -> None:
    lines = ["Date: 2024-03-11 10:00", "Location: Room 4", "Attendees: Ana, Bo", "", "- budget"]
    assert journal_entries(lines) is None


def test_an_entry_s_id_stays_when_an_entry_is_added_above_it(tmp_path: Path) -> None:
    log = (
        "--- 2024-03-12 09:00 ---\nStandup\n- rollback drill\n\n"
        "--- 2024-03-13 09:00 ---\nStandup\n- release notes\n"
    )
    earlier = "--- 2024-03-11 09:00 ---\nStandup\n- deploy at 10\n\n"
    (before,) = loaded_notes(tmp_path / "a", {"log.md": log})
    (after,) = loaded_notes(tmp_path / "b", {"log.md": earlier + log})
    ids_before = {e.text.split("\n")[-1]: e.id for e in segment_note(before, None)[0]}
    ids_after = {e.text.split("\n")[-1]: e.id for e in segment_note(after, None)[0]}
    assert len(set(ids_after.values())) == 3
    assert ids_after["- rollback drill"] == ids_before["- rollback drill"]
    assert ids_after["- release notes"] == ids_before["- release notes"]


def test_an_event_named_half_in_hangul_is_the_one_spelt_in_latin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ko = "# 한강 DevDays 2025 후기\n\n## 레이턴시도 기능이다 — 박민지\n\n- p99를 보자\n"
    en = "# Hangang DevDays 2025, day one\n\n## Postgres as a queue — Jonas Becker\n\n- a\n"
    data = list_json(tmp_path, capsys, {"velog/ko.md": ko, "ana/en.md": en})
    assert len(data["events"]) == 1


def test_an_export_s_days_are_those_of_its_entries_that_hold_notes() -> None:
    body = DAY_ONE
    assert journal_days(body) == ("2025-06-12",)  # not the packing or the dinner's day


def test_a_photo_the_app_put_first_is_no_entry_s_title(tmp_path: Path) -> None:
    text = DAY_ONE.replace(
        "Boring databases\n", "![](dayone-moment://3F2A9C0E1B)\n\nBoring databases\n"
    )
    (note,) = loaded_notes(tmp_path, {"Journal.txt": text})
    titles = {e.title for e in segment_note(note, None)[0] if e.kind is EntryKind.SESSION}
    assert titles == {"Shipping on Fridays (Noor de Vries)", "Boring databases"}


@pytest.mark.parametrize(
    ("first", "second", "back"),
    [
        ("\tDatum:\t9. März 2024 um 13:05:37 MEZ", "\tDatum:\t10. März 2024 um 00:40:00 MEZ",
         "heute Nachmittag in Saal 2"),
        ("Fecha: 9 de marzo de 2024, 13:05", "Fecha: 10 de marzo de 2024, 0:40",
         "hoy por la tarde, sala B"),
        ("\t날짜:\t2024년 3월 9일 오후 1:05:37 KST", "\t날짜:\t2024년 3월 10일 오전 12:40:00 KST",
         "오늘 오후 세션"),
        ("Créé le: 9 mars 2024 à 13:05", "Créé le: 10 mars 2024 à 00:40", "cet après-midi"),
    ],
)  # fmt: skip
def test_headers_in_other_languages_date_each_entry(first: str, second: str, back: str) -> None:
    lines = [first, "", "Title one", "- x", "", second, "", "Title two", back, "- y"]
    found = journal_entries(lines)
    assert found is not None
    assert [e.day for e in found] == ["2024-03-09", "2024-03-09"]
    # the same entry that says nothing of the afternoon keeps its header's date
    found = journal_entries([*lines[:8], "notes", "- y"])
    assert found is not None
    assert [e.day for e in found] == ["2024-03-09", "2024-03-10"]
