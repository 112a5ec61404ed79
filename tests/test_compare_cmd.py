"""`summit-tui compare ITEM_ID [--json]` (commands/compare_cmd.py)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

import factories
from summit_tui.commands import _common, compare_cmd
from summit_tui.commands._common import CommandError
from summit_tui.corpus.model import (
    Corpus,
    Day,
    Entry,
    Event,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Program,
    Track,
)


def _entry(note: str, author: str, start: int, body: str) -> Entry:
    """An entry under a '## Keynote' heading."""
    text = "## Keynote\n\n" + body
    end = start + len(text.rstrip("\n").split("\n")) - 1
    return factories.entry(text, start=start, end=end, note=note, author=author, title="Keynote")


def _corpus() -> Corpus:
    items = (
        Item(
            id="ev-k10",
            kind=ItemKind.SESSION,
            title="첨단 원자력 에너지로 AI 구동하기",
            event="ev",
            day="2024-11-04",
            track="Keynote",
        ),
        Item(
            id="ev-k11",
            kind=ItemKind.SESSION,
            title="AI 발전을 위한 기술적 요구사항",
            event="ev",
            day="2024-11-04",
            track="Keynote",
        ),
        Item(
            id="ev-k12",
            kind=ItemKind.SESSION,
            title="Nobody wrote about this",
            event="ev",
            day="2024-11-04",
            track="Keynote",
        ),
    )
    program = Program(
        events=(
            Event(
                id="ev",
                title="Event",
                days=(Day("2024-11-04", "Day 1", (Track("Keynote", items),)),),
            ),
        )
    )
    entries = (
        _entry(
            "a.md",
            "Ann",
            5,
            "- 2050년까지 전력 수요가 2.5배 증가할 것이라고 말했다.\n"
            "- 빌 게이츠가 TerraPower를 세웠다.\n",
        ),
        _entry(
            "b.md",
            "Bob \x1b[31mRed",
            30,
            "- Natrium 원자로는 용융염으로 에너지를 저장한다.\n"
            "- 2050년, 전 세계의 전력 수요는 2.5배로 증가할 전망이다.\n",
        ),
    )
    links = {e.id: Link(e.id, "ev-k10", 100.0, LinkReason.EXPLICIT) for e in entries}
    return Corpus(root="/notes", notes=(), entries=entries, program=program, links=links)


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str]:
    monkeypatch.setattr(_common, "load_corpus", lambda args: _corpus())
    parser = argparse.ArgumentParser()
    compare_cmd.add_arguments(parser)
    code = compare_cmd.run(parser.parse_args(list(argv)))
    return code, capsys.readouterr().out


def test_text_output_lists_each_passage_with_source_coverage_and_counterparts(
    monkeypatch, capsys
) -> None:
    code, out = _run(monkeypatch, capsys, "ev-k10")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "ev-k10  첨단 원자력 에너지로 AI 구동하기"
    demand = next(i for i, line in enumerate(lines) if line.startswith("[0] a.md:7"))
    assert "1/1" in lines[demand]
    assert lines[demand + 1].lstrip().startswith("↔ Bob Red [1] b.md:33 (")
    gates = next(line for line in lines if line.startswith("[1] a.md:8"))
    assert "unique" in gates


def test_author_names_are_cleaned_of_escape_sequences(monkeypatch, capsys) -> None:
    _, out = _run(monkeypatch, capsys, "ev-k10")
    assert "\x1b" not in out


def test_json_output(monkeypatch, capsys) -> None:
    code, out = _run(monkeypatch, capsys, "ev-k10", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["item"] == "ev-k10" and data["authors"] == ["Ann", "Bob \x1b[31mRed"]
    ann = data["columns"][0]
    assert ann["sources"] == ["a.md:5-8"]
    first = ann["passages"][0]
    assert (first["note"], first["line"], first["coverage"], first["unique"]) == (
        "a.md",
        7,
        1,
        False,
    )
    assert first["counterparts"][0]["author"] == "Bob \x1b[31mRed"
    assert first["counterparts"][0]["index"] == 1
    assert first["counterparts"][0]["score"] >= data["threshold"]
    assert ann["passages"][1]["unique"] is True


def test_item_without_notes_is_refused_as_the_app_refuses_it(monkeypatch, capsys) -> None:
    from summit_tui.words import COMPARE_NEEDS_TWO

    with pytest.raises(CommandError) as error:
        _run(monkeypatch, capsys, "ev-k12")
    assert error.value.code == 1
    assert "no notes are linked" in str(error.value) and COMPARE_NEEDS_TWO in str(error.value)


def test_one_author_item_says_what_the_app_says_and_exits_1(shipped_notes: Path, capsys) -> None:
    """`compare skai2024-booth-nvidia` (one author) used to print "1 passages, 1 shared"."""
    from summit_tui.cli import main
    from summit_tui.words import COMPARE_NEEDS_TWO

    for extra in ([], ["--json"]):
        code = main(["compare", "skai2024-booth-nvidia", "--notes", str(shipped_notes), *extra])
        out, err = capsys.readouterr()
        assert code == 1 and out == ""
        assert COMPARE_NEEDS_TWO in err and "only SK AI SUMMIT 이모 저모 wrote about it" in err


def test_unknown_id_lists_close_ids(monkeypatch, capsys) -> None:
    with pytest.raises(CommandError) as error:
        _run(monkeypatch, capsys, "ev-k1O")
    message = str(error.value)
    assert "no item with id 'ev-k1O'" in message
    assert "ev-k10" in message


def test_unknown_id_found_by_title_words(monkeypatch, capsys) -> None:
    with pytest.raises(CommandError) as error:
        _run(monkeypatch, capsys, "원자력")
    assert "ev-k10" in str(error.value)


def test_compare_on_the_shipped_notes(shipped_notes: Path, capsys) -> None:
    pytest.importorskip("summit_tui.corpus.segment")
    pytest.importorskip("summit_tui.corpus.link")
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes")
    compare_cmd.add_arguments(parser)
    args = parser.parse_args(["skai2024-k14", "--notes", str(shipped_notes), "--json"])
    assert compare_cmd.run(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["authors"]) == 3
    assert any(p["unique"] for column in data["columns"] for p in column["passages"])
    assert any(p["coverage"] >= 1 for column in data["columns"] for p in column["passages"])
