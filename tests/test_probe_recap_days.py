"""Recap posts of a conference of several days, as people publish them on their blogs (a
frontmatter date that is the day the post came out, "## Day 1" / "## Tag 2" sections over
the talks): a note's text in, what ``summit-tui list --json`` says out."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from tests.factories import days_by_title, list_json


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
