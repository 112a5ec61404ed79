"""Talks as slide decks and Zettelkasten notes write them: a weekday before a slide's title with
the speaker on the line below ("## Thursday: Title" over "*Name*"), and a note's timestamp id
before its title ("202505141030 Title")."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.dates import without_timestamp_id
from summit_tui.corpus.time_prefix import weekday_talk


def _deck(*slides: str) -> str:
    return "\n\n---\n\n".join(slides) + "\n"


def test_a_weekday_before_a_slide_title_dates_the_talk_its_speaker_line_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "ola/dag-1.md": (
            "# GopherCon Nordic 2025 — Wednesday 14 May 2025\n\n"
            "## Profiling in production (Siri Lund)\n\n- pprof labels per tenant\n"
        ),
        "ola/dag-2.md": (
            "# GopherCon Nordic 2025 — Thursday 15 May 2025\n\n"
            "## Generics, two years on (Kai Berg)\n\n- type sets are enough\n"
        ),
        "deck/slides.md": _deck(
            "# GopherCon Nordic 2025 in five minutes",
            "## Wednesday: Profiling in production\n\n*Siri Lund*\n\n- labels per tenant",
            "## Thursday: Fuzzing the standard library\n\n*Maja Holm*\n\n- corpus in testdata",
        ),
    }
    found = list_items(tmp_path, capsys, files)
    dated = {item["title"]: (item["date"], len(item["entries"])) for item in found}
    assert dated["Profiling in production"] == ("2025-05-14", 2)
    assert dated["Fuzzing the standard library"] == ("2025-05-15", 1)
    assert not any(title.startswith(("Wednesday", "Thursday")) for title in dated)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Tuesday: Rust in production, one year later", ("Rust in production, one year later", 1)),
        ("Friday: event sourcing in anger", ("event sourcing in anger", 4)),
        ("Donnerstag: Verteilte Tracing-Systeme", ("Verteilte Tracing-Systeme", 3)),
        ("Donnerstag: Tracing", None),  # one word after the weekday: the day's subject
        ("Wednesday: workshops", None),
        ("Monday: workshop day", None),
        ("Tue: short form", None),
        ("Keynote: Tuesday plans", None),
    ],
)
def test_only_a_written_out_weekday_then_a_title_is_a_dated_talk(
    heading: str, expected: tuple[str, int] | None
) -> None:
    assert weekday_talk(heading) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("202409171410 Rust in production", "Rust in production"),
        ("20250514093011 Profiling notes", "Profiling notes"),
        ("202505141030_Generics two years on", "Generics two years on"),
        ("2025 in review", "2025 in review"),
        ("202513011030 not a month", "202513011030 not a month"),
        ("10:30 Opening", "10:30 Opening"),
    ],
)
def test_a_timestamp_id_is_no_part_of_a_title(text: str, expected: str) -> None:
    assert without_timestamp_id(text) == expected


def test_zettelkasten_notes_of_a_talk_join_it_under_its_own_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "blog/gophercon.md": (
            "# GopherCon Nordic 2025 — Wednesday 14 May 2025\n\n"
            "## Profiling in production — Siri Lund\n\n- pprof labels per tenant\n"
        ),
        "zk/202505141030 Profiling in production.md": (
            "# 202505141030 Profiling in production\n\n"
            "Source: Siri Lund, talk at [[202505160900 GopherCon Nordic 2025]]\n\n"
            "- continuous profiling costs about 2% CPU\n- labels per tenant find noisy neighbours\n"
        ),
        "zk/202505151400 Fuzzing the standard library.md": (
            "# 202505151400 Fuzzing the standard library\n\n"
            "Source: Maja Holm, talk at [[202505160900 GopherCon Nordic 2025]]\n\n"
            "- the corpus lives in testdata\n- found two panics in encoding/asn1\n"
        ),
    }
    found = list_items(tmp_path, capsys, files)
    titles = {item["title"]: len(item["entries"]) for item in found}
    assert titles == {"Profiling in production": 2, "Fuzzing the standard library": 1}


@pytest.mark.parametrize(
    "moderated",
    [
        "Moderatorica: Petra Kos · panelisti iz tri startupa",
        "Moderirala je Petra Kos. Najbolji odgovor dao je CTO iz Splita.",
        "Un panel sobre talent (modera Petra Kos) amb tres fundadores.",
    ],
)
def test_a_panel_never_joins_its_moderators_own_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], moderated: str
) -> None:
    day = "# Split DevDays 2025 – četvrtak, 9. listopada\n\n"
    files = {
        "ana/dan-2.md": f"{day}## Budućnost weba (Petra Kos)\n\n- WebGPU u pregledniku\n",
        "marko/biljeske.md": f"{day}## Budućnost weba — Petra Kos\n\n- WebAssembly vani\n",
        "iva/panel.md": (
            f'{day}## Panel: „Zapošljavanje juniora"\n\n{moderated}\n\n- mentor je ključan\n\n'
            "## Rust u produkciji (Ivo Jurić)\n\n- p99 s 180 na 12 ms\n"
        ),
    }
    found = list_items(tmp_path, capsys, files)
    keynote = next(item for item in found if item["speakers"] == ["Petra Kos"])
    assert {entry["note"] for entry in keynote["entries"]} == {"ana/dan-2.md", "marko/biljeske.md"}
    panel = next(item for item in found if "juniora" in item["title"])
    assert [entry["note"] for entry in panel["entries"]] == ["iva/panel.md"]
    assert panel["speakers"] == []
