"""Notes filed by the tool that made them or by year: a folder a meeting tool or an exporter
names (``transcripts/``, ``ai-summaries/``, ``chatgpt/``) is no event, a notes repo's folder per
year names that year's edition of the conference in the folder beside it, and a meeting
summary's ``Thu, 5 Sep 24 · Names`` line (a two-digit year) dates it."""

from __future__ import annotations

from pathlib import Path

from factories import list_json
from summit_tui.corpus.dates import find_dates
from summit_tui.corpus.folders import folder_facts

# A Zoom / Fireflies-style AI summary: its title, then the day and who was there.
ZOOM_SUMMARY = """\
# Keynote — Kotlin beyond the JVM

Thu, 5 Sep 24 · Min-jun Kim, Sofia Rossi

### Summary

Ingrid Halvorsen showed where Kotlin Multiplatform runs in production today.

### Action items

- Min-jun: try the Wasm target on the dashboard
"""

TEAMS_SUMMARY = """\
# Panel: testing in the age of LLMs

Thu, 5 Sep 24 · Sofia Rossi

### Meeting notes

Three teams compared how they test code an assistant wrote.
"""

OWN_NOTES = """\
# JavaZone 2024 — dag 1

## Kotlin beyond the JVM (Ingrid Halvorsen)
- Multiplatform in production at two banks

# Dag 2 — 6. september 2024

## Testing in the age of LLMs (Ola Nordmann)
- mutation testing catches what review misses
"""


def _event_of(data: dict, note: str) -> str | None:
    for event in data["events"]:
        for day in event["days"]:
            for track in day["tracks"]:
                for item in track["items"]:
                    if any(entry["note"] == note for entry in item["entries"]):
                        return event["title"]
    return None


def _date_of(data: dict, note: str) -> str | None:
    for event in data["events"]:
        for day in event["days"]:
            for track in day["tracks"]:
                for item in track["items"]:
                    if any(entry["note"] == note for entry in item["entries"]):
                        return day["date"]
    return None


def test_a_meeting_tools_folder_is_no_event(tmp_path: Path, capsys) -> None:
    files = {
        "ai-summaries/keynote.md": ZOOM_SUMMARY,
        "transcripts/panel.md": TEAMS_SUMMARY,
        "javazone/own.md": OWN_NOTES.replace("dag 1", "dag 1 — 5. september 2024"),
    }
    data = list_json(tmp_path, capsys, files)
    titles = [event["title"] for event in data["events"]]
    assert not any("summar" in title.lower() or "transcript" in title.lower() for title in titles)
    # the summaries name no event: they join the one whose days they give
    assert _event_of(data, "ai-summaries/keynote.md") == "JavaZone 2024"
    assert _event_of(data, "transcripts/panel.md") == "JavaZone 2024"


def test_catch_all_folders_name_no_event() -> None:
    for folder in ("transcripts", "ai-summaries", "chatgpt", "Otter", "recordings", "녹취록"):
        assert folder_facts(f"{folder}/2024-09-05 Keynote.md")["events"] == [], folder


def test_a_summary_line_with_a_two_digit_year_dates_the_note(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"ai-summaries/keynote.md": ZOOM_SUMMARY})
    assert _date_of(data, "ai-summaries/keynote.md") == "2024-09-05"


def test_a_two_digit_year_is_read_only_beside_its_own_weekday() -> None:
    assert [m.partial() for m in find_dates("Thu, 5 Sep 24 · Min-jun Kim")] == ["2024-09-05"]
    assert [m.partial() for m in find_dates("Wednesday 12 Mar 25")] == ["2025-03-12"]
    # 5 September 2024 was a Thursday: "Fri, 5 Sep 24" is not that day
    assert "2024-09-05" not in [m.partial() for m in find_dates("Fri, 5 Sep 24")]
    # a time after the month is no year
    assert "2024-09-05" not in [m.partial() for m in find_dates("Thu 5 Sep 24:00")]


YEAR_ONE = """\
# Day 1 (Thu)

My first RustConf outside Europe! Huge venue.

## Async Rust in embedded — Marta Kowalczyk
- embassy on a microcontroller, no allocator
"""

YEAR_TWO = """\
# RustConf 2024 — Montréal

## Async Rust, a year on — Marta Kowalczyk
- the executor story settled
"""

YEAR_TWO_TALK = """\
# Ten years of Rust Polska

**Speaker:** Jan Nowak

- from a 20-person meetup to 800 members
"""


def test_a_year_folder_names_the_edition_of_the_conference_beside_it(
    tmp_path: Path, capsys
) -> None:
    files = {
        "2023/rustconf/day1.md": YEAR_ONE,
        "2024/rustconf/notes.md": YEAR_TWO,
        "2024/rustconf/talks/rust-polska.md": YEAR_TWO_TALK,
    }
    data = list_json(tmp_path, capsys, files)
    # the body's "first RustConf" and a title's "Rust Polska" do not beat the folders
    # and the edition only its folders name is spelt as the notes write the other one
    assert _event_of(data, "2023/rustconf/day1.md") == "RustConf 2023"
    assert _event_of(data, "2024/rustconf/notes.md") == "RustConf 2024"
    assert _event_of(data, "2024/rustconf/talks/rust-polska.md") == "RustConf 2024"
    assert len(data["events"]) == 2


def test_a_year_folder_under_the_conferences_name() -> None:
    assert folder_facts("devfest-lisboa/2024/day1.md")["events"] == [(5, "Devfest Lisboa 2024")]
    assert folder_facts("2024/devfest-lisboa/day1.md")["events"] == [(5, "Devfest Lisboa 2024")]
    # a year and a month are an archive's, no event
    assert folder_facts("2024/03/day1.md")["events"] == []


FRONT_PAGE = """\
# konferenz-notizen

Meine Notizen von der KotlinConf, ein Ordner pro Jahr.

| Jahr | Konferenz | Stadt | Tage | Notizen |
| --- | --- | --- | --- | --- |
| 2023 | KotlinConf | Amsterdam | 12.–14. April | [Tag 1](2023/kotlinconf/tag1.md) |
| 2024 | KotlinConf | Kopenhagen | 22–24 May | [Notizen](2024/kotlinconf/notizen.md) |

Lizenz: CC BY 4.0
"""

KOTLINCONF_DAY_TWO = """\
# Tag 2 (Do)

## Virtual threads im Alltag — Lena Vogt
- kein Pooling mehr für blockierende Aufrufe
"""

KOTLINCONF_DAY_ONE = """\
# Tag 1

## Records und Pattern Matching — Jonas Keller
- sealed interfaces statt Besucher
"""


def test_a_front_pages_table_of_editions_dates_the_days_its_notes_count(
    tmp_path: Path, capsys
) -> None:
    files = {
        "README.md": FRONT_PAGE,
        "2023/kotlinconf/tag1.md": KOTLINCONF_DAY_ONE,
        "2023/kotlinconf/tag2.md": KOTLINCONF_DAY_TWO,
    }
    data = list_json(tmp_path, capsys, files)
    assert _event_of(data, "2023/kotlinconf/tag1.md") == "KotlinConf 2023"
    assert _date_of(data, "2023/kotlinconf/tag1.md") == "2023-04-12"
    assert _date_of(data, "2023/kotlinconf/tag2.md") == "2023-04-13"


def test_a_front_pages_other_editions_are_no_days_of_this_one(tmp_path: Path, capsys) -> None:
    files = {
        "README.md": FRONT_PAGE,
        "2024/kotlinconf/notizen.md": KOTLINCONF_DAY_TWO,
    }
    data = list_json(tmp_path, capsys, files)
    assert _event_of(data, "2024/kotlinconf/notizen.md") == "KotlinConf 2024"
    # "Tag 2" of the 22–24 May edition, not of the April dates the 2023 row gives
    assert _date_of(data, "2024/kotlinconf/notizen.md") == "2024-05-23"
