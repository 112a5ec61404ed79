"""Amounts in compare across more of Europe's languages: minutes, hours, days, years and
weeks in Dutch, Polish, Czech, Swedish, Turkish and Indonesian are the same fact as in
English, and a bare number going to an amount takes its unit ("from 40 to 3 minutes")."""

from __future__ import annotations

import pytest

import factories
from summit_tui.compare.align import align_entries
from summit_tui.compare.features import features


@pytest.mark.parametrize(
    "text",
    ["40 minutes", "40 minuten", "40 minut", "40 minuter", "40 dakika", "40 menit"],
)
def test_minutes_in_many_languages_are_one_amount(text: str) -> None:
    assert "n:40min" in features(text).keys


@pytest.mark.parametrize(
    "text",
    [
        "the daily report went from 40 to 3 minutes",
        "hun dagrapport: van 40 naar 3 minuten",
        "raport dzienny z 40 min do 3 min",
        "el informe pasó de 40 a 3 minutos",
    ],
)
def test_a_bare_number_going_to_an_amount_takes_its_unit(text: str) -> None:
    assert {"n:40min", "n:3min"} <= features(text).keys


def test_a_bare_number_before_a_count_stays_bare() -> None:
    assert "n:2" in features("we went from 2 to 3 teams").keys


def test_the_same_drop_in_dutch_and_polish_notes_is_linked() -> None:
    def entry(author: str, body: str):
        text = f"## Polars\n\n{body}"
        return factories.entry(text, start=1, note=f"{author}.md", author=author, title="Polars")

    dutch = entry("joris", "- hun dagrapport: van 40 naar 3 minuten\n")
    polish = entry("kasia", "- u nich raport dzienny z 40 min do 3 min\n")
    alignment = align_entries("talk", [dutch, polish])
    column = alignment.column("joris")
    assert column is not None
    assert [c.author for c in column.passages[0].counterparts] == ["kasia"]


@pytest.mark.parametrize(
    "text",
    [
        "startup went from 4.2 s to 90 ms",
        "start aplikacji: 4,2 s → 0,09 s",
        "응답 시간이 4.2초에서 90ms로 줄었다",
        "from 4.2 seconds down to 90 milliseconds",
    ],
)
def test_seconds_and_milliseconds_are_one_amount_however_written(text: str) -> None:
    assert {"n:4.2sec", "n:0.09sec"} <= features(text).keys


def test_a_turkish_case_ending_after_a_unit_keeps_the_unit() -> None:
    keys = features("Açılış süresi 4 saniyeden 90 ms'ye düştü").keys
    assert {"n:4sec", "n:0.09sec"} <= keys


def test_a_decade_is_not_seconds() -> None:
    assert "n:1990" in features("since the 1990s").keys
    assert not any(key.endswith("sec") for key in features("since the 1990s").keys)


def test_the_same_startup_time_in_english_and_polish_notes_is_linked() -> None:
    def entry(author: str, body: str):
        text = f"## GraalVM\n\n{body}"
        return factories.entry(text, start=1, note=f"{author}.md", author=author, title="GraalVM")

    english = entry(
        "sam",
        "- Startup went from 4.2 s to 90 ms, memory dropped by half.\n"
        "- The cost: builds of 11 minutes and reflection config by hand.\n",
    )
    polish = entry(
        "kasia",
        "- czas builda z 2 do 11 minut, więc native tylko na main\n"
        "- start aplikacji: 4,2 s → 0,09 s, pamięć -60%\n",
    )
    alignment = align_entries("talk", [english, polish])
    column = alignment.column("sam")
    assert column is not None
    assert [c.author for c in column.passages[0].counterparts] == ["kasia"]
