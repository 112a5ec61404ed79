"""One conference series run in several cities (a touring conference): each city's edition is
an event of its own, named with its city and its year, even when the same keynote is given in
every city and the notes sit in one folder named after the series; Romanian written without
diacritics reads like Romanian with them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factories import list_json
from summit_tui.corpus.dates import day_number
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.heading_kinds import day_heading

IASI = """\
---
title: "Codecamp Iași 2024 – notițele mele"
date: "2024-10-20"
---

Joi, 17 octombrie, am fost la Codecamp în Iași.

## Keynote – Building software that outlives its framework (Sarah Whitfield)

- framework-ul e un detaliu de livrare

## Observability cu OpenTelemetry – Ioana Munteanu

- trace-uri înainte de metrici
"""

CLUJ = """\
---
title: "Codecamp Cluj, editia de toamna - ce am retinut"
date: "2024-11-09"
---

Joi 7 noiembrie a fost Codecamp la Cluj.

## Keynote: Building software that outlives its framework - Sarah Whitfield

Acelasi keynote ca la Iasi luna trecuta.

## Observability cu OpenTelemetry - Ioana Munteanu

- tail sampling, costuri de logging -40%

## Pauza de pranz

Sarmale.

### Standul Endava

Un robot programat in Blockly.
"""

AGAIN = """\
---
title: "Același talk, de două ori: OpenTelemetry la Codecamp Cluj"
date: "2024-11-12"
---

Luna trecută am văzut prezentarea Ioanei Munteanu despre OpenTelemetry la Iași. Pe 7 noiembrie,
la Cluj, am intrat din nou.

- un trace complet cu 43 de span-uri
"""


def _items(data: dict[str, Any]) -> list[tuple[str, str, str, dict[str, Any]]]:
    return [
        (event["title"], day["date"], track["name"], item)
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]


@pytest.mark.parametrize("parent", ["", "codecamp/"])
def test_each_city_edition_is_an_event_with_its_year_and_its_own_keynote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], parent: str
) -> None:
    notes = {
        f"{parent}wordpress/2024/10/codecamp-iasi.md": IASI,
        f"{parent}wordpress/2024/11/codecamp-cluj-toamna.md": CLUJ,
        f"{parent}wordpress/2024/11/acelasi-talk.md": AGAIN,
    }
    data = list_json(tmp_path, capsys, notes)
    # the Cluj edition is named without a year: its posts' year completes it
    assert [e["title"] for e in data["events"]] == ["Codecamp Iași 2024", "Codecamp Cluj 2024"]
    keynotes = [
        (event, day)
        for event, day, _, item in _items(data)
        if item["title"] == "Building software that outlives its framework"
    ]
    # the same keynote in two cities is two items, each on its own edition's day
    assert keynotes == [("Codecamp Iași 2024", "2024-10-17"), ("Codecamp Cluj 2024", "2024-11-07")]
    # the post about seeing the OpenTelemetry talk again joins the Cluj talk ("Ioanei
    # Munteanu": Ioana Munteanu's, with the Romanian case ending)
    (otel,) = [
        item
        for event, _, _, item in _items(data)
        if event == "Codecamp Cluj 2024" and "OpenTelemetry" in item["title"]
    ]
    assert sorted(e["note"].rsplit("/", 1)[-1] for e in otel["entries"]) == [
        "acelasi-talk.md",
        "codecamp-cluj-toamna.md",
    ]
    # a WordPress month folder is nobody
    assert {e["author"] for _, _, _, item in _items(data) for e in item["entries"]} == {""}


def test_romanian_breaks_and_booths_read_alike_with_and_without_diacritics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_marks = CLUJ.replace("Pauza de pranz", "Pauză de prânz")
    for text in (CLUJ, with_marks):
        data = list_json(tmp_path / str(len(text)), capsys, {"cluj.md": text})
        kinds = {item["title"]: item["kind"] for *_, item in _items(data)}
        assert kinds.get("Endava") == "booth"
        assert not any(title.startswith("Pauz") for title in kinds)


LIST_MESSAGE = """\
# [hackers-ph] ROOTCON 17 day 1 quick notes

**From:** Paolo Dizon <paolo at example.ph>
**Date:** Thu, 28 Sep 2023 23:05:11 +0800

Hi all, quick notes from today.

Phishing kits as a service (Jasmine Tan):

- kits come with a subscription and a helpdesk

More tomorrow (if I'm awake):

See you.
"""


def test_a_list_messages_line_labelling_its_points_with_a_talk_is_that_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"lists/hackers-ph/2023-September/000042.md": LIST_MESSAGE})
    # one item: "More tomorrow (if I'm awake):" labels no list
    (only,) = _items(data)
    event, day, _, item = only
    # "ROOTCON 17 day 1": the edition's number, then which of its days
    assert (event, day) == ("ROOTCON 17", "2023-09-28")
    assert (item["title"], item["speakers"]) == ("Phishing kits as a service", ["Jasmine Tan"])


SPRING_CLUJ = """\
---
title: "Carpathia JS Cluj, ediția de primăvară"
date: "2024-05-19"
---

Joi, 16 mai, la Cluj.

## TypeScript fără frică – Sorin Pavel

- `satisfies` în loc de adnotări
"""

SPRING_IASI = """\
---
title: "Carpathia JS Iasi, spring edition"
published: true
published_at: 2024-06-09 10:00 +0000
---

Second stop of the spring tour, Thursday 6 June, at the Palas congress hall.

## TypeScript without fear (Sorin Pavel)

Same talk as in Cluj.
"""


def test_an_edition_named_by_its_series_and_city_alone_is_an_event_of_its_posts_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path, capsys, {"blog/carpathia-cluj.md": SPRING_CLUJ, "devto/iasi.md": SPRING_IASI}
    )
    # no conference word and no year: the edition word says the words before it are its name,
    # and dev.to's published_at is the post's date, whose year the edition took place in
    assert [(event, day) for event, day, _, _ in _items(data)] == [
        ("Carpathia JS Cluj 2024", "2024-05-16"),
        ("Carpathia JS Iasi 2024", "2024-06-06"),
    ]


@pytest.mark.parametrize(
    "title", ["Kotlin in Action, second edition", "Clean Code, Second Edition notes"]
)
def test_a_books_edition_names_no_event(title: str) -> None:
    assert event_phrases(title) == ()


TWO_DAYS = """\
---
title: "Carpathia JS Bucuresti 2024 - doua zile de JavaScript"
date: "2024-11-30"
---

## Ziua 1 - miercuri, 27 noiembrie

### TypeScript fara frica - Sorin Pavel

- exemple noi din Angular

## Ziua a doua - joi, 28 noiembrie

### Testare vizuala cu Playwright - Alina Georgescu

- praguri diferite pe componente
"""


def test_romanian_day_headings_with_and_without_diacritics_are_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"bucuresti.md": TWO_DAYS})
    assert [(day, item["title"]) for _, day, _, item in _items(data)] == [
        ("2024-11-27", "TypeScript fara frica"),
        ("2024-11-28", "Testare vizuala cu Playwright"),
    ]
    assert [day_number(text) for text in ("Ziua 1", "Ziua a doua", "Prima zi", "Ziua a treia")] == [
        1,
        2,
        1,
        3,
    ]


def test_romanian_weekdays_read_alike_with_and_without_diacritics() -> None:
    assert [day_heading(text) for text in ("Sâmbătă", "Sambata", "Joi", "Duminica")] == [
        "weekday:5",
        "weekday:5",
        "weekday:3",
        "weekday:6",
    ]


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Codecamp Cluj, editia de toamna - ce am retinut", ("Codecamp Cluj",)),
        ("A remote dev's day at Codecamp Iași", ("Codecamp Iași",)),
        ("Codecamp 2024 notes", ("Codecamp 2024",)),
        # a product whose name ends in "camp", in running words: no event
        ("Migrating from Basecamp to Linear", ()),
        ("Why we left Basecamp", ()),
    ],
)
def test_a_camp_word_names_a_series_only_before_its_city_or_year(
    title: str, named: tuple[str, ...]
) -> None:
    assert event_phrases(title) == named
