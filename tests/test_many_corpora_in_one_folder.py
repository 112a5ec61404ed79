"""Someone who keeps one folder per conference and opens the folder above them all (issue 14,
QA17): a folder's name is evidence, not an event of its own, when the notes name their
event; a folder named after a known event joins it; a post written before the event is no
talk, and a day outside the event's days gets no day number."""

from __future__ import annotations

from pathlib import Path

from factories import list_items, list_json
from summit_tui import cli

MEETUP = """\
# Rust Busan Meetup #{number} 후기

{date} 모임 정리.

## {title} ({speaker})

- {point}
"""

MEMO = """\
# {month} 모임 메모

## {title} ({speaker})

- {point}
"""

DEVCONF = """\
# DevConf 2025 Day 1

2025년 6월 2일

## Observability budgets — Lena Park

- sampling first
"""


def test_a_folder_named_after_an_event_joins_it(tmp_path: Path, capsys) -> None:
    found = list_items(
        tmp_path,
        capsys,
        {
            "meetup-rust-busan/2025-03-14.md": MEETUP.format(
                number=3, date="2025-03-14", title="Embedded Rust", speaker="김하늘", point="a"
            ),
            "meetup-rust-busan/2025-04-11.md": MEETUP.format(
                number=4, date="2025-04-11", title="Async pitfalls", speaker="Ines Roy", point="b"
            ),
            # two memos whose only clue is the folder they sit in
            "meetup-rust-busan/kim.md": MEMO.format(
                month="3월", title="Embedded Rust", speaker="김하늘", point="c"
            ),
            "meetup-rust-busan/lee.md": MEMO.format(
                month="4월", title="Async pitfalls", speaker="Ines Roy", point="d"
            ),
            "devconf-2025/day1.md": DEVCONF,
        },
    )
    events = {t["event"] for t in found}
    assert len(events) == 2 and "DevConf 2025" in events
    assert not any("meetup rust busan" in e.lower() for e in events)
    by_title = {t["title"]: t for t in found}
    assert {e["note"] for e in by_title["Embedded Rust"]["entries"]} == {
        "meetup-rust-busan/2025-03-14.md",
        "meetup-rust-busan/kim.md",
    }


POST = """\
---
title: "{title}"
date: {date} 10:00:00 +0900
categories: [conferences, fooconf-2025]
{extra}---

{body}
"""


def _posts() -> dict[str, str]:
    return {
        "_posts/2025-05-01-packing.md": POST.format(
            title="Getting ready for FooConf",
            date="2025-05-01",
            extra="",
            body="Flights booked. Talks I want to see: the keynote, anything on parsers.",
        ),
        "_posts/2025-05-15-keynote.md": POST.format(
            title="The opening keynote",
            date="2025-05-15",
            extra='subtitle: "Keynote by Aiko Tanabe"\n',
            body="She opened with the parser.",
        ),
        "_posts/2025-05-16-jit.md": POST.format(
            title="JIT in production",
            date="2025-05-16",
            extra='subtitle: "Maria Hoffmann"\n',
            body="Memory went up 10%.",
        ),
    }


def test_a_post_written_before_the_event_is_no_talk(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, _posts())
    items = {
        i["title"]: d["label"]
        for e in data["events"]
        for d in e["days"]
        for t in d["tracks"]
        for i in t["items"]
    }
    assert "Getting ready for FooConf" not in items
    assert items["The opening keynote"].startswith("Day 1")
    assert items["JIT in production"].startswith("Day 2")
    assert "_posts/2025-05-01-packing.md" in {e["note"] for e in data["unsorted"]}


def test_a_day_outside_the_events_days_has_no_day_number(tmp_path: Path, capsys) -> None:
    posts = _posts()
    # a guest post about the keynote with no speaker line, published a week later
    posts["_posts/2025-05-22-guest.md"] = POST.format(
        title="Notes from a guest",
        date="2025-05-22",
        extra="",
        body="## Lightning talks\n\nFive talks in 25 minutes.",
    )
    found = list_items(tmp_path, capsys, posts)
    notes = tmp_path / "notes"
    capsys.readouterr()
    assert cli.main(["list", "--notes", str(notes)]) == 0
    out = capsys.readouterr().out
    labels = [line.strip() for line in out.splitlines() if line.startswith("  ") and "·" in line]
    assert len(labels) == len(set(labels))
    assert not any(label.startswith("Day 8") for label in labels)
    assert {t["date"] for t in found} >= {"2025-05-15", "2025-05-16"}


PROGRAM = """\
version: 1
events:
  - id: barconf
    title: BarConf 2025
    days:
      - date: 2025-06-02
        label: Day 1
        tracks:
          - name: Main
            items:
              - id: barconf-k1
                type: keynote
                title: Observability budgets
  - id: emptyconf
    title: EmptyConf 2025
    days:
      - date: 2025-07-01
        label: Day 1
        tracks: []
"""


def test_an_event_with_no_items_is_not_listed(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    (notes / "a.md").write_text("# BarConf notes\n\n## Observability budgets\n\n- x\n")
    capsys.readouterr()
    assert cli.main(["list", "--notes", str(notes)]) == 0
    out = capsys.readouterr().out
    assert "BarConf 2025" in out
    assert "EmptyConf" not in out


def test_check_says_a_post_before_the_event_was_taken_as_no_talk(tmp_path: Path, capsys) -> None:
    list_json(tmp_path, capsys, _posts())
    assert cli.main(["check", "--notes", str(tmp_path / "notes")]) == 0
    out = capsys.readouterr().out
    assert (
        "_posts/2025-05-01-packing.md:7: warning: written before the first day of its event "
        "(2025-05-15): taken as about no talk" in out
    )
    assert "'Getting ready for FooConf' reads like a talk" not in out
