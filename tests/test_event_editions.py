"""Events named by their edition's number ("DEF CON 32", "ROOTCON 17"), one event written with
and without a qualifier word ("GITEX GLOBAL 2024" / "GITEX 2024"), a user's collection folder
that changes nothing, a workshop day before the talk days, and a sibling post's link that dates
no talk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from summit_tui import cli
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.folders import folder_facts
from summit_tui.corpus.heading_kinds import day_heading

CORPUS = Path(__file__).parent / "data" / "corpora" / "editions-days" / "notes"


def _write(root: Path, notes: dict[str, str]) -> Path:
    for name, text in notes.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _listing(root: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert cli.main(["list", "--json", "--notes", str(root)]) == 0
    return json.loads(capsys.readouterr().out)


def _placed(listing: dict[str, Any], prefix: str = "") -> dict[tuple[str, int], tuple[str, ...]]:
    """(note, line) of every entry in an item → (event title, day label, day date, item id);
    ``prefix`` is cut from the note paths (the folder the user opened)."""
    out: dict[tuple[str, int], tuple[str, ...]] = {}
    for event in listing["events"]:
        for day in event["days"]:
            for track in day["tracks"]:
                for item in track["items"]:
                    for entry in item["entries"]:
                        note = entry["note"].removeprefix(prefix)
                        out[(note, entry["line"])] = (
                            event["title"],
                            day["label"],
                            str(day["date"]),
                            item["id"],
                        )
    return out


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("DEF CON 32 packing list", ("DEF CON 32",)),
        ("[참관기] DEF CON 32 다녀왔습니다 🎰", ("DEF CON 32",)),
        ("Late-night DEF CON 32 talk in Track 4", ("DEF CON 32",)),
        ("ROOTCON 17 参加レポート", ("ROOTCON 17",)),
        ("ROOTCON 17, day 1: firmware and phishing kits", ("ROOTCON 17",)),
        ("KubeCon 2024", ("KubeCon 2024",)),
        # a year's two digits after an apostrophe
        ("FOSDEM '24 notes", ("FOSDEM 2024",)),
        ("My FOSDEM ’24 recap", ("FOSDEM 2024",)),
        # a count after the conference's word is no edition
        ("AI Summit 2 days of talks", ("AI Summit",)),
        ("PROS and CON", ()),
    ],
)
def test_an_edition_number_is_part_of_the_event_name(title: str, names: tuple[str, ...]) -> None:
    assert event_phrases(title) == names


def test_two_editions_named_by_number_are_two_events_shown_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(CORPUS, tmp_path / "notes")
    listing = _listing(tmp_path / "notes", capsys)
    titles = [event["title"] for event in listing["events"]]
    assert "ROOTCON 17" in titles and "ROOTCON 16" in titles
    placed = _placed(listing)
    recap = {v[0] for (note, _), v in placed.items() if note.endswith("ROOTCON 16 recap.md")}
    assert recap == {"ROOTCON 16"}
    # "WeAreDevelopers World Congress 2024" in one note, "WeAreDevelopers 2024" in the others
    assert sum(title.startswith("WeAreDevelopers") for title in titles) == 1


def test_the_same_notes_get_the_same_events_days_and_ids_from_the_parent_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(CORPUS, tmp_path / "notes")
    whole = _placed(_listing(tmp_path / "notes", capsys), "rootcon/")
    alone = _placed(_listing(tmp_path / "notes" / "rootcon", capsys))
    assert alone
    assert {key: whole[key] for key in alone} == alone


_GITEX = {
    "reports/GITEX_GLOBAL_2024_report.md": "# GITEX GLOBAL 2024 trip report\n\n"
    "Dubai, 14-18 October 2024.\n\n## Opening keynote — Layla Haddad\n\n- sovereign AI\n",
    "chat/gitex.md": "# GITEX 2024 team notes\n\n14 October 2024\n\n"
    "## Quantum-safe banking — Marcus Feld\n\n- migrate the HSMs first\n",
    "bear/diary.md": "# GITEX expo diary\n\nTuesday 15 October\n\n"
    "## Smart city twins — Noura Saleh\n\n- one model per district\n",
}


def test_one_event_written_with_and_without_a_qualifier_word_is_one_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = _listing(_write(tmp_path, _GITEX), capsys)
    placed = _placed(listing)
    assert len({value[0] for value in placed.values()}) == 1
    assert {note for note, _ in placed} == set(_GITEX)


def test_two_conferences_that_share_a_first_word_stay_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = {
        "jp.md": "# PyCon JP 2024\n\n27 September 2024\n\n## Typed Python — Aki Sato\n\n- mypy\n",
        "kr.md": "# PyCon KR 2024\n\n26 October 2024\n\n## Async — Minji Kim\n\n- trio\n",
        "us.md": "# PyCon 2024 notes\n\n27 September 2024\n\n## Packaging — Ben Carter\n\n- uv\n",
    }
    placed = _placed(_listing(_write(tmp_path, notes), capsys))
    assert len({value[0] for value in placed.values()}) == 2


@pytest.mark.parametrize(
    ("heading", "day"),
    [
        ("워크숍 데이 (7월 16일, 화)", "--07-16"),
        ("Workshop day (Fri 14 June)", "--06-14"),
        ("Day 1 (7월 17일, 수)", "--07-17"),
        ("Rust in production at a payments company — Jonas Berg", None),
    ],
)
def test_a_workshop_day_heading_is_a_day(heading: str, day: str | None) -> None:
    assert day_heading(heading) == day


def test_a_workshop_day_before_the_talk_days_is_its_own_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(CORPUS / "wad", tmp_path / "wad")
    placed = _placed(_listing(tmp_path / "wad", capsys))
    workshop = [v for v in placed.values() if v[3].startswith("kubernetes")]
    assert workshop and {v[2] for v in workshop} == {"2024-07-16"}
    talks = {v[2]: v[1] for v in placed.values()}
    assert talks["2024-07-17"].startswith("Day 1")
    assert talks["2024-07-18"].startswith("Day 2")


def test_a_sibling_posts_link_does_not_date_this_posts_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = {
        "_posts/2024-06-20-conf-day-1.md": "---\ntitle: ExampleConf 2024 day 1\n"
        "date: 2024-06-20\n---\n\nSaturday 15 June 2024, the first day.\n\n"
        "## Keynote — Ana Lima\n\n- open data\n",
        "_posts/2024-06-22-conf-day-2.md": "---\ntitle: ExampleConf 2024 day 2\n"
        "date: 2024-06-22\n---\n\nFollowing [day 1]({% post_url 2024-06-20-conf-day-1 %}).\n\n"
        "## Packaging — Ben Carter\n\n- lockfiles\n",
    }
    placed = _placed(_listing(_write(tmp_path, notes), capsys))
    days = {note: value[2] for (note, _), value in placed.items()}
    assert days["_posts/2024-06-22-conf-day-2.md"] != "2024-06-20"


_COLLECTION = {
    "trip/blog/2024-06-20-day-1.md": "---\ntitle: ExampleConf 2024 Day 1\ndate: 2024-06-20\n---\n\n"
    "## Typed pipelines — Ana Lima\n\n- schemas first\n",
    "trip/blog/2024-06-22-day-2.md": "---\ntitle: ExampleConf 2024 Day 2\ndate: 2024-06-22\n---\n\n"
    "## Packaging today — Ben Carter\n\n- lockfiles\n",
    "trip/gdocs/Team notes.md": "# Team notes\n\nOur shared notes from ExampleConf Tokyo 2024.\n\n"
    "## Day 1 (15 June)\n\n### Typed pipelines — Ana Lima\n\n- we should try it\n\n"
    "## Day 2 (16 June)\n\n### Packaging today — Ben Carter\n\n- move to lockfiles\n",
    "trip/misc/cafes.md": "# Cafes near the venue\n\n- Blue Bottle: good, crowded\n",
    "other/meetup.md": "# Rust Meetup 2024\n\n18 July 2024\n\n"
    "## Async traits — Jo Kim\n\n- finally\n",
}


def test_a_collection_folders_name_does_not_move_its_notes_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder every note of one conference sits in ("trip/") is no evidence of its
    event: opened from the folder above it, each note keeps the event, day and id it has
    when "trip/" is opened alone."""
    root = _write(tmp_path / "notes", _COLLECTION)
    together = _placed(_listing(root, capsys), "trip/")
    alone = _placed(_listing(root / "trip", capsys))
    assert {value[2] for value in alone.values()} == {"2024-06-15", "2024-06-16"}
    assert {key: together.get(key) for key in alone} == alone


def test_a_conference_folder_gets_the_same_days_beside_another_conference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A notes folder holding two conferences' folders (thai/, defcon/): every note of one
    keeps the event, day and id it has when its folder is opened alone, though each folder's
    name is shared by all of its notes (a collection's name, not its event's)."""
    corpora = CORPUS.parents[1]
    shutil.copytree(corpora / "thai-be-pyconth" / "notes", tmp_path / "notes" / "thai")
    shutil.copytree(corpora / "maillist-bluesky-defcon" / "notes", tmp_path / "notes" / "defcon")
    whole = _listing(tmp_path / "notes", capsys)
    assert len([e for e in whole["events"] if e["title"].startswith("DEF CON")]) == 1
    for folder in ("thai", "defcon"):
        alone = _placed(_listing(tmp_path / "notes" / folder, capsys))
        together = _placed(whole, f"{folder}/")
        assert alone
        assert {key: together.get(key) for key in alone} == alone


@pytest.mark.parametrize(
    "path", ["lists/dc32-crew/2024-August/000123.md", "blog/2024-08/post.md", "arch/août 2024/x.md"]
)
def test_an_archive_month_folder_names_no_event(path: str) -> None:
    names = [name for _, name in folder_facts(path)["events"]]
    assert not any(name[:1].isdigit() or "2024" in name for name in names)
    assert folder_facts("PyCon KR 2024/x.md")["events"]


_EXPO = {
    "chat/ExpoX 2024 team chat.md": "# ExpoX 2024 team chat\n\n## 13 October 2024\n\n"
    "Group created, badges are at the hotel desk.\n\n## 14 October 2024\n\n"
    "### Opening keynote — Layla Haddad\n\n- sovereign AI, data stays in the country\n",
    "posts/day-2.md": "# Our second day at the expo (Day 2)\n\n15 October 2024\n\n"
    "## Smart city twins — Noura Saleh\n\n- one model per district\n",
}


def test_day_one_is_where_a_joined_note_counts_it_not_where_a_chat_began(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    placed = _placed(_listing(_write(tmp_path, _EXPO), capsys))
    labels = {value[2]: value[1] for value in placed.values()}
    assert labels["2024-10-15"].startswith("Day 2")
    assert labels["2024-10-14"].startswith("Day 1")
