"""Recap posts of a conference of several days, as people publish them on their blogs (a
frontmatter date that is the day the post came out, "## Day 1" / "## Tag 2" sections over
the talks): a note's text in, what ``summit-tui list --json`` says out."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from tests.factories import days_by_title, items_of, list_json


def _day_labels(data: Mapping[str, Any]) -> dict[str, str]:
    """Each item's title → the label of the day it is listed under."""
    return {
        item["title"]: day["label"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def test_counted_days_of_a_post_with_no_dates_are_day_1_and_day_2_not_the_post_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # posted a week later; the body never says which days the event was on
    data = list_json(
        tmp_path,
        capsys,
        {
            "kubedays.md": "---\ntitle: KubeDays Berlin recap\ndate: 2024-11-02\n---\n\n"
            "Finaly writing up my notes from KubeDays Berlin.\n\n"
            "## Tag 1\n\n### Operators done right\nreconcile loops, lots of them\n\n"
            "### GitOps at scale\n- flux vs argo\n\n"
            "## Tag 2\n\n### eBPF for everyone\nso many demos\n",
        },
    )
    labels = _day_labels(data)
    assert labels["Operators done right"] == "Day 1"
    assert labels["GitOps at scale"] == "Day 1"
    assert labels["eBPF for everyone"] == "Day 2"
    assert "2024-11-02" not in {day["date"] for event in data["events"] for day in event["days"]}


@pytest.mark.parametrize(
    ("first", "second"),
    [("Day One", "Day Two"), ("Día 1", "Día 2"), ("Dzień 1", "Dzień 2"), ("Dag 1", "Dag 2")],
)
def test_day_sections_in_other_words_count_the_days_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "recap.md": "---\ntitle: Notes from JFokus 2024\ndate: 2024-02-20\n---\n\n"
            "JFokus 2024 in Stockholm, wrote this on the train home.\n\n"
            f"## {first}\n\n### Project Leyden explained\nnotes\n\n"
            f"## {second}\n\n### Java on GPUs\nnotes\n",
        },
    )
    labels = _day_labels(data)
    assert labels["Project Leyden explained"] == "Day 1"
    assert labels["Java on GPUs"] == "Day 2"


def test_a_post_that_gives_the_events_dates_puts_day_2_on_the_day_after_the_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "devfest.md": '---\ntitle: "DevFest Lyon : mon résumé"\ndate: 2024-10-25\n---\n\n'
            "J'étais au DevFest Lyon du 16 au 18 octobre 2024. Voici mes notes.\n\n"
            "## Jour 1\n\n### Les signaux dans Angular\nSuper talk.\n\n"
            "## Jour 2\n\n### Kotlin Multiplatform en prod\nIntéressant.\n",
        },
    )
    days = days_by_title(data)
    assert days["Les signaux dans Angular"] == "2024-10-16"
    assert days["Kotlin Multiplatform en prod"] == "2024-10-17"


def test_the_trip_the_venue_and_the_food_around_a_recaps_days_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "rustfest.md": "---\ntitle: Two days at RustFest Zürich 2024\ndate: 2024-09-20\n---\n\n"
            "RustFest Zürich 2024 ran September 12–13, 2024.\n\n"
            "## Getting there\n\nTrain from Munich, four hours, coded the whole way.\n\n"
            "## The venue\n\nOld factory hall near the lake. Wifi was ok-ish.\n\n"
            "## Day 1\n\n### Async closures are here\nwalked through the RFC\n\n"
            "### Travel-time estimation with graph nets\ncool ML talk by Petra Novak\n\n"
            "### Food delivery at scale\nslides on the website\n\n"
            "## Day 2\n\n### Embedded Rust on RISC-V\nblinky demos\n\n"
            "## Food and coffee\n\nCoffee great, lunch average.\n\n"
            "## Swag\n\nStickers, socks, a t-shirt.\n\n"
            "## Hallway track\n\nMet people from the embedded WG.\n\n"
            "## Travel home\n\nDelayed train, of course.\n\n"
            "## Final thoughts\n\nWould go again.\n",
        },
    )
    days = days_by_title(data)
    assert days == {
        "Async closures are here": "2024-09-12",
        "Travel-time estimation with graph nets": "2024-09-12",
        "Food delivery at scale": "2024-09-12",
        "Embedded Rust on RISC-V": "2024-09-13",
    }


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            "## Anreise\n\nMit dem Zug, natürlich verspätet.",
            "## Das Essen\n\nLecker.\n\n## Heimreise\n\nRuhig.",
        ),
        (
            "## Le lieu\n\nPalais des Congrès.",
            "## Les goodies\n\nDes stickers.\n\n## Conclusion\n\nTop.",
        ),
        (
            "## El viaje\n\nEn tren desde Madrid.",
            "## La comida\n\nRica.\n\n## Conclusión\n\nVolveré.",
        ),
        ("## 가는 길\n\nKTX 타고 감.", "## 마치며\n\n내년에도.\n\n## 총평\n\n만족."),
        (
            "## Anfahrt\n\nMit dem ICE, pünktlich!",
            "## Unterkunft\n\nHotel am Bahnhof.\n\n## Rückfahrt\n\nVerspätet.",
        ),
        ("## Il viaggio\n\nIn treno da Milano.", "## Dojazd\n\nPociągiem."),
    ],
)
def test_a_recaps_trip_and_closing_sections_in_other_languages_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], before: str, after: str
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "recap.md": "---\ntitle: JavaLand 2024\ndate: 2024-04-20\n---\n\n"
            "JavaLand 2024, 9.–10. April 2024.\n\n"
            f"{before}\n\n"
            "## Tag 1\n\n### Virtuelle Threads im Alltag\ngute Beispiele\n\n"
            "## Tag 2\n\n### GraalVM Native Image\nschnell\n\n"
            f"{after}\n",
        },
    )
    assert days_by_title(data) == {
        "Virtuelle Threads im Alltag": "2024-04-09",
        "GraalVM Native Image": "2024-04-10",
    }


@pytest.mark.parametrize(
    ("title", "line", "day"),
    [
        ("DevFest Lyon 2024", "Notes prises le 16 octobre 2024, salle Rhône.", "2024-10-16"),
        ("DevFest Lyon 2024", "Notes prises le 16 octobre, salle Rhône.", "2024-10-16"),
        ("PyConES 2024", "Asistí el 5 de octubre de 2024 a la segunda jornada.", "2024-10-05"),
        ("JavaLand 2024", "Ich war am 10. April 2024 dort, nur einen Tag.", "2024-04-10"),
        ("DevConf.CZ 2024", "Poznámky z přednášek, které jsem viděl dne 14. června.", "2024-06-14"),
    ],
)
def test_the_day_a_writer_says_they_were_there_in_prose_dates_the_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, line: str, day: str
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "notes.md": f"# {title}\n\n{line}\n\n"
            "## Podman in production\nrootless everywhere\n\n"
            "## Kubernetes operators\nreconcile, reconcile\n",
        },
    )
    assert days_by_title(data) == {"Podman in production": day, "Kubernetes operators": day}


def test_a_japanese_event_name_with_its_city_between_keeps_its_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "aws.md": "# AWS サミット 東京 2024\n\n"
            "## Bedrock で作る生成 AI アプリ\nメモ\n\n## サーバーレスの新機能\nメモ\n",
        },
    )
    [event] = data["events"]
    assert "2024" in event["title"]
    titles = {item["title"] for item in items_of(data)}
    assert titles == {"Bedrock で作る生成 AI アプリ", "サーバーレスの新機能"}
