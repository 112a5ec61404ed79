"""A Discourse topic's raw export and an Org-mode file exported to Markdown, as attendees save
them. Each post is its poster's, a post naming a talk in bold is that talk on the post's date, a
reply quoting a post joins its talk; Org's to-do keywords, tags, anchors and contents are no
text, its timestamps give the days, a bare name line the speaker; a folder named ``org`` is no
event, a file named ``nixcon2024`` names one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from factories import items_by_title, line_of, list_json
from summit_tui.corpus.discourse_export import discourse_parts
from summit_tui.corpus.folders import glued_year_event
from summit_tui.corpus.org_export import org_lines
from summit_tui.corpus.passages import split_passages

THREAD = """\
orga | 2024-10-09 08:00:12 UTC | #1

Welcome to the community notes thread for EuroRust 2024 in Vienna! One post per talk, title in bold.

-------------------------

ferris_fan | 2024-10-10 08:47:30 UTC | #2

**The borrow checker, ten years on** — Clara Hübner (opening keynote)

* NLL was the change users noticed
* Polonius is close

-------------------------

kdahl | 2024-10-10 11:02:54 UTC | #3

Notes from **Async without tears** by Tomás Reyes

* never hold a lock across an await

-------------------------

ferris_fan | 2024-10-10 11:30:08 UTC | #4

[quote="kdahl, post:3, topic:812"]
never hold a lock across an await
[/quote]

Adding to this: clippy has a lint for it.

-------------------------

kdahl | 2024-10-11 22:14:47 UTC | #5

Just out of the late **Const generics in practice** session by Jonas Weber. Before I sleep:

* arrays of any length in trait impls

-------------------------

mwolf | 2024-10-12 07:31:10 UTC | #6

On the train home. Thanks all!

-------------------------
"""

ORG = """\
# Table of Contents

1.  [Keynote: The borrow checker, ten years on](#org5a1c2d3)
2.  [Panel: Rust in the Linux kernel](#org1e7b5c4)
3.  [After the conference](#org9d4f8e2)



<a id="org5a1c2d3"></a>

# DONE Keynote: The borrow checker, ten years on     :talk:keynote:

<span class="timestamp-wrapper"><span class="timestamp">&lt;2024-10-10 Thu 09:30&gt;</span></span>
Clara Hübner

-   NLL was the change users noticed


<a id="org1e7b5c4"></a>

# DONE Panel: Rust in the Linux kernel     :talk:panel:

<span class="timestamp-wrapper"><span class="timestamp">&lt;2024-10-11 Fri 15:00&gt;</span></span>
Moderated by Clara Hübner, with three kernel maintainers

-   drivers first, no core subsystems planned


<a id="org9d4f8e2"></a>

# TODO After the conference

-   [ ] watch the const generics talk I skipped
"""

INBOX = """\
<a id="org3a4b5c6"></a>

# Work

## TODO Review the logging RFC     :work:

<span class="timestamp-wrapper"><span class="timestamp">&lt;2024-11-04 Mon&gt;</span></span>

## DONE Book the train to Vienna     :travel:
"""


def test_each_post_is_its_posters_and_a_quoting_reply_joins_the_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"discourse/eurorust-2024-notes-812.md": THREAD})
    assert [event["title"] for event in data["events"]] == ["EuroRust 2024"]
    items = items_by_title(data)
    keynote = items["The borrow checker, ten years on"]
    assert (keynote["speakers"], keynote["date"]) == (["Clara Hübner"], "2024-10-10")
    talk = items["Async without tears"]
    assert talk["speakers"] == ["Tomás Reyes"]
    assert [(e["line"], e["author"]) for e in talk["entries"]] == [
        (line_of(THREAD, "kdahl | 2024-10-10"), "kdahl"),
        (line_of(THREAD, "ferris_fan | 2024-10-10 11:30"), "ferris_fan"),
    ]
    # a post written at 22:14 UTC after a late talk: the talk's day is the post's date
    late = items["Const generics in practice"]
    assert (late["speakers"], late["date"]) == (["Jonas Weber"], "2024-10-11")
    unsorted = {u["line"]: u["author"] for u in data["unsorted"]}
    assert unsorted[line_of(THREAD, "mwolf |")] == "mwolf"
    assert "discourse" not in unsorted.values()


def test_org_marks_are_no_text_and_timestamps_give_the_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"org/eurorust2024.md": ORG, "org/inbox.md": INBOX})
    assert [event["title"] for event in data["events"]] == ["Eurorust 2024"]
    items = items_by_title(data)
    assert set(items) == {"The borrow checker, ten years on", "Rust in the Linux kernel"}
    keynote = items["The borrow checker, ten years on"]
    assert (keynote["speakers"], keynote["date"]) == (["Clara Hübner"], "2024-10-10")
    # the panel's line names its moderator: the panel is not the moderator's keynote
    panel = items["Rust in the Linux kernel"]
    assert (panel["speakers"], panel["date"]) == ([], "2024-10-11")
    # the to-do file beside it joins no talk and no event
    assert not any(e["note"] == "org/inbox.md" for item in items.values() for e in item["entries"])


def test_org_lines_keep_every_offset() -> None:
    lines = ORG.split("\n")
    read = org_lines(lines)
    assert [len(line) for line in read] == [len(line) for line in lines]
    heading = read[line_of(ORG, "# DONE Keynote") - 1]
    assert heading.rstrip() == "# Keynote: The borrow checker, ten years on"
    stamp = read[line_of(ORG, '<span class="timestamp-wrapper">') - 1]
    assert stamp.strip() == "2024-10-10 Thu 09:30"
    assert not read[0].strip()  # the contents' heading and links
    assert not read[2].strip()


@pytest.mark.parametrize(
    ("path", "event"),
    [
        ("org/nixcon2024.md", "Nixcon 2024"),
        ("notes/eurorust-2024.md", "Eurorust 2024"),
        ("weeknotes/weeknotes-2024.md", None),
        ("notes/2024.md", None),
        ("notes/nixcon-berlin.md", None),
    ],
)
def test_a_file_named_by_a_name_glued_to_its_year_names_the_event(
    path: str, event: str | None
) -> None:
    assert glued_year_event(path) == event


@dataclass(frozen=True)
class _Post:
    id: str
    text: str
    start_line: int


def test_a_forum_quote_reads_as_a_quote_never_as_its_markup() -> None:
    post = _Post(
        "t#reply",
        'ferris_fan | 2024-10-10 11:30:08 UTC | #4\n\n[quote="kdahl, post:3, topic:812"]\n'
        "never hold a lock across an await\n[/quote]\n\nAdding to this: clippy has a lint.",
        10,
    )
    passages = split_passages(post)
    quote = passages[1]
    assert (quote.start_line, quote.end_line) == (12, 14)
    assert quote.plain == "never hold a lock across an await"
    assert "[quote" not in quote.text and "[/quote]" not in quote.text
    assert quote.text.startswith("> ")
    assert [p.index for p in passages] == list(range(len(passages)))
    assert passages[-1].plain == "Adding to this: clippy has a lint."


WEEKNOTES = """\
---
title: "Weeknotes 2024-W41"
date: 2024-10-14
---

Half a week of work, then two days at EuroRust 2024 in Vienna.

## Monday

Moved the team's CI to the new runners. Dentist at four.

## Thursday

Clara Hübner's keynote on ten years of the borrow checker opened the day.

After that Tomás Reyes on async without tears, with an executor written live.

Lunch at the market with two people from the embedded track.

## Friday

In the afternoon the panel on Rust in the Linux kernel, moderated by Clara Hübner.

Skipped the late session and slept.
"""

DISCUSSION = """\
# Notizen: „Embedded Rust on a tractor“ (Ingrid Dahl) #58

**lukas-brenner** started this conversation in **EuroRust 2024** · Oct 10, 2024

Hallo zusammen! Hier sammeln wir unsere Notizen zum Vortrag.

- Umstieg von C auf Rust für die Hydrauliksteuerung

**anna-sommer** · Oct 10, 2024

Nach zwei Jahren im Feld kein einziger Ausfall im Rust-Teil.
"""


def test_weeknotes_day_sections_are_days_of_that_week_and_errands_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"weeknotes/2024-w41.md": WEEKNOTES})
    items = items_by_title(data)
    assert {title: (item["speakers"], item["date"]) for title, item in items.items()} == {
        "Ten years of the borrow checker": (["Clara Hübner"], "2024-10-10"),
        "Async without tears": (["Tomás Reyes"], "2024-10-10"),
        "Rust in the Linux kernel": ([], "2024-10-11"),
    }
    unsorted = {u["line"] for u in data["unsorted"]}
    assert line_of(WEEKNOTES, "Lunch at the market") in unsorted
    assert line_of(WEEKNOTES, "Skipped the late") in unsorted


def test_a_discussion_copied_as_text_is_its_titles_talk_in_its_categorys_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"gh-discussions/notes-58.md": DISCUSSION})
    assert [event["title"] for event in data["events"]] == ["EuroRust 2024"]
    (talk,) = items_by_title(data).values()
    assert (talk["title"], talk["speakers"]) == ("Embedded Rust on a tractor", ["Ingrid Dahl"])
    assert talk["entries"][0]["author"] == "lukas-brenner"


def test_a_morning_post_about_last_nights_talk_dates_it_the_day_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    late = THREAD.replace(
        "kdahl | 2024-10-11 22:14:47 UTC | #5\n\nJust out of the late",
        "kdahl | 2024-10-12 07:14:47 UTC | #5\n\nLast night's late",
    )
    data = list_json(tmp_path, capsys, {"discourse/eurorust-2024-notes-812.md": late})
    assert items_by_title(data)["Const generics in practice"]["date"] == "2024-10-11"


def test_a_speaker_written_without_the_accents_is_the_same_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    org = "# NixCon 2024\n\n## Secrets management with sops-nix — Hana Nováková\n\n- age keys\n"
    week = "# NixCon 2024 notes\n\n## Sops-nix talk — Hana Novakova\n\n- rotation order\n"
    data = list_json(tmp_path, capsys, {"a.md": org, "b.md": week})
    (talk,) = items_by_title(data).values()
    assert len(talk["entries"]) == 2
    assert len(talk["speakers"]) == 1


def test_weeknotes_join_the_conference_on_the_days_their_talks_were_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    week = WEEKNOTES.replace("at EuroRust 2024 in Vienna", "at EuroRust in Vienna")
    files = {"discourse/eurorust-2024-notes-812.md": THREAD, "weeknotes/2024-w41.md": week}
    data = list_json(tmp_path, capsys, files)
    assert [event["title"] for event in data["events"]] == ["EuroRust 2024"]
    (keynote,) = [i for i in items_by_title(data).values() if i["speakers"] == ["Clara Hübner"]]
    assert {e["note"] for e in keynote["entries"]} == set(files)
    assert keynote["date"] == "2024-10-10"


PROGRAM = """\
version: 1
events:
  - id: eurorust-2024
    title: EuroRust 2024
    days:
      - date: 2024-10-10
        label: Day 1
        tracks:
          - name: Main
            items:
              - id: er-k1
                type: keynote
                title: The borrow checker, ten years on
                speakers:
                  - name: Clara Hübner
"""


def test_with_a_program_a_panel_is_not_its_moderators_keynote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"program.yaml": PROGRAM, "org/eurorust2024.md": ORG})
    keynote = items_by_title(data)["The borrow checker, ten years on"]
    lines = [e["line"] for e in keynote["entries"]]
    assert lines == [line_of(ORG, "# DONE Keynote")]


def test_bold_for_emphasis_or_a_label_names_no_talk() -> None:
    body = (
        "a | 2024-10-10 08:00:00 UTC | #1\n\nThis was **really** good.\n\n-----\n\n"
        "b | 2024-10-10 09:00:00 UTC | #2\n\n**Edit** fixed the link\n\n-----\n\n"
        "c | 2024-10-10 10:00:00 UTC | #3\n\n**Cursed Nix** — Finn Brandt\n"
    )
    parts = discourse_parts(body)
    assert parts is not None
    assert [(p.title, p.speakers, p.author) for p in parts] == [
        ("", (), "a"),
        ("", (), "b"),
        ("Cursed Nix", ("Finn Brandt",), "c"),
    ]


def test_a_reply_naming_a_poster_or_a_quoted_title_joins_that_talk() -> None:
    body = (
        "kdahl | 2024-10-10 11:02:54 UTC | #1\n\nNotes from **Async without tears** by Tomás "
        "Reyes\n\n* no locks across an await\n\n-----\n\n"
        "mwolf | 2024-10-10 12:00:00 UTC | #2\n\n@kdahl thanks! He also showed the clippy lint."
        "\n\n-----\n\n"
        'ana | 2024-10-10 16:00:00 UTC | #3\n\nJust got out of "Embedded Rust on a tractor" by '
        "Ingrid Dahl.\n\n* no heap at all\n"
    )
    parts = discourse_parts(body)
    assert parts is not None
    assert [(p.title, p.speakers, p.author) for p in parts] == [
        ("Async without tears", ("Tomás Reyes",), "kdahl"),
        ("Async without tears", ("Tomás Reyes",), "mwolf"),
        ("Embedded Rust on a tractor", ("Ingrid Dahl",), "ana"),
    ]


def test_an_org_export_without_contents_or_anchors_loses_its_marks_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bare = ORG.split('<a id="org5a1c2d3"></a>\n\n', 1)[1].replace('<a id="org1e7b5c4"></a>\n', "")
    bare = bare.replace('<a id="org9d4f8e2"></a>\n', "")
    assert "</a>" not in bare
    data = list_json(tmp_path, capsys, {"org/eurorust2024.md": bare})
    items = items_by_title(data)
    assert set(items) == {"The borrow checker, ten years on", "Rust in the Linux kernel"}
    assert items["The borrow checker, ten years on"]["date"] == "2024-10-10"


WOCHE = """\
# Wochennotizen KW 41/2024

Montag bis Mittwoch Büro, dann zwei Tage EuroRust in Wien.

## Montag

Zahnarzt, danach Steuererklärung.

## Donnerstag

EuroRust, Tag eins. Clara Hübners Keynote über zehn Jahre Borrow Checker war ein guter Einstieg.

Nach dem Mittagessen Tomás Reyes über Async ohne Tränen, mit einem Executor live auf der Bühne.

Abendessen am Naschmarkt.
"""


def test_german_weeknotes_of_a_calendar_week(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"org/eurorust2024.md": ORG, "wochen/kw41.md": WOCHE}
    data = list_json(tmp_path, capsys, files)
    assert len(data["events"]) == 1
    keynote = next(i for i in items_by_title(data).values() if "wochen/kw41.md" in
                   {e["note"] for e in i["entries"]} and i["date"] == "2024-10-10"
                   and len(i["entries"]) == 2)  # fmt: skip
    assert {e["note"] for e in keynote["entries"]} == set(files)
    talks = {
        (title, item["date"])
        for title, item in items_by_title(data).items()
        if any(e["note"] == "wochen/kw41.md" for e in item["entries"])
    }
    assert ("Async ohne Tränen", "2024-10-10") in talks
    unsorted = {u["line"] for u in data["unsorted"] if u["note"] == "wochen/kw41.md"}
    assert line_of(WOCHE, "Abendessen") in unsorted


def test_a_post_opening_with_a_heading_names_its_talk() -> None:
    body = (
        "a | 2024-10-10 08:00:00 UTC | #1\n\n## Flakes are stable now, right? — Mira Schuster\n\n"
        "* x\n\n-----\n\nb | 2024-10-10 09:00:00 UTC | #2\n\n### Keynote: Twenty years of "
        "derivations (Joris Dekker)\n\n* y\n\n-----\n\nc | 2024-10-11 09:00:00 UTC | #3\n\n"
        "## Thoughts on day 2\n\nGreat venue.\n"
    )
    parts = discourse_parts(body)
    assert parts is not None
    assert [(p.title, p.speakers) for p in parts] == [
        ("Flakes are stable now, right?", ("Mira Schuster",)),
        ("Twenty years of derivations", ("Joris Dekker",)),
        ("", ()),
    ]
