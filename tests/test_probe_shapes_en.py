"""Notes as people publish them in English and other European languages: a note's text in,
what ``summit-tui list --json`` says out."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json


def test_an_event_named_day_with_its_year_keeps_its_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "AWS Community Day 2026", "JUG Saxony Day 2026": "Day" is part of the event's name
    data = list_json(
        tmp_path,
        capsys,
        {
            "jug.md": "# JUG Saxony Day 2026\n\nAm 3. Oktober in Dresden.\n\n"
            "## Virtuelle Threads in der Praxis\n\nLoom ist produktionsreif.\n\n"
            "## Kotlin Multiplatform\n\niOS und Android teilen Logik.\n",
            "community-day.md": "# AWS Community Day 2026\n\n"
            "## Serverless at Scale — Maria Keller\n\nStep Functions everywhere.\n\n"
            "## CDK Patterns — Tom Becker\n\nConstructs for teams.\n",
        },
    )
    events = {event["title"] for event in data["events"]}
    assert {"JUG Saxony Day 2026", "AWS Community Day 2026"} <= events
    titles = {item["title"] for item in items_of(data)}
    assert {"Virtuelle Threads in der Praxis", "Kotlin Multiplatform"} <= titles
    assert {"Serverless at Scale", "CDK Patterns"} <= titles


def test_bold_day_lines_over_talk_headings_give_each_talk_its_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a Google Docs export: the days in bold lines, the talks in "###" headings under them
    data = list_json(
        tmp_path,
        capsys,
        {
            "FOSDEM notes.md": "# FOSDEM 2026 notes\n\n**Saturday, February 1**\n\n"
            "### Rust in the Linux Kernel — Miguel Costa (Red Hat)\n\nBindings improve.\n\n"
            "### Reproducible Builds — Ana Novak\n\nDebian is at 95%.\n\n"
            "**Sunday, February 2**\n\n"
            "### Postgres Internals — Jan de Vries\n\nMVCC with bank accounts.\n\n"
            "### Mail Servers in 2026 — Lea Roth\n\nStill possible.\n",
        },
    )
    days = {
        item["title"]: day["date"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert days == {
        "Rust in the Linux Kernel": "2026-02-01",
        "Reproducible Builds": "2026-02-01",
        "Postgres Internals": "2026-02-02",
        "Mail Servers in 2026": "2026-02-02",
    }


def test_a_phone_notes_timed_lines_with_notes_after_the_speaker_are_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # one line a talk: its hour, title and speaker, then a few words of notes on the same line
    data = list_json(
        tmp_path,
        capsys,
        {
            "devopsdays-day2.txt": "DevOpsDays Zurich 2026 day 2\n\n"
            "09:15 Security as Code, Jonas Weber - OPA in CI, policies reviewed like code\n"
            "10:00 coffee\n"
            "10:30 The SLO Cookbook - Ana Ferreira - error budgets per journey\n"
            "12:00 lunch\n"
            "15:00 Travel home\n",
        },
    )
    talks = {item["title"]: item["speakers"] for item in items_of(data)}
    assert talks == {
        "Security as Code": ["Jonas Weber"],
        "The SLO Cookbook": ["Ana Ferreira"],
    }


def test_dutch_portuguese_and_polish_talk_labels_are_no_part_of_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Sessie: …", "Palestra: …, com Name", "Wykład: …": the talk's kind, then its title
    data = list_json(
        tmp_path,
        capsys,
        {
            "ams.md": "# DevOpsDays Amsterdam 2026\n\n"
            "## Sessie: Kubernetes kosten omlaag — Pieter Jansen\n\nRightsizing.\n\n"
            "## Lezing: Feature flags zonder chaos, door Sanne de Boer\n\nOpruimen.\n",
            "pybr.md": "# Python Brasil 2026\n\n"
            "## Palestra: Django assíncrono na prática, com Rafael Souza\n\nASGI.\n\n"
            "## Palestra: Dados abertos com Pandas, com Juliana Lima\n\nPortal.\n",
            "4dev.md": "# 4Developers Warszawa 2026\n\n"
            "## Wykład: Testy kontraktowe — Tomasz Nowak\n\nPact.\n\n"
            "## Wykład: DDD w praktyce — Anna Kowalska\n\nEvent storming.\n",
        },
    )
    talks = {item["title"]: item["speakers"] for item in items_of(data)}
    assert talks == {
        "Kubernetes kosten omlaag": ["Pieter Jansen"],
        "Feature flags zonder chaos": ["Sanne de Boer"],
        "Django assíncrono na prática": ["Rafael Souza"],
        "Dados abertos com Pandas": ["Juliana Lima"],
        "Testy kontraktowe": ["Tomasz Nowak"],
        "DDD w praktyce": ["Anna Kowalska"],
    }
