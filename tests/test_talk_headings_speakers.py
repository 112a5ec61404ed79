"""How attendees name a talk's speaker in its heading or its line: "Title by Name", "Title -
Name (Company)", and a day's plain schedule whose lines give hour, title and speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json


def _talks(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, list[str]]:
    data = list_json(tmp_path, capsys, {"kubecon/day1.md": text})
    return {item["title"]: item["speakers"] for item in items_of(data)}


def test_a_speaker_after_by_par_or_por_is_the_talks_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(
        tmp_path,
        capsys,
        "# KubeCon EU 2025 notes\n\n## Observability without tears by Kerstin Müller\n\nTraces.\n\n"
        "## Le futur du Web par Hugo Dupont\n\nCSS.\n\n"
        "## Going to prod by Ana de la Cruz (Google)\n\nCanaries.\n\n"
        "## Event sourcing powered by Apache Kafka\n\nLogs.\n",
    )
    assert talks["Observability without tears"] == ["Kerstin Müller"]
    assert talks["Le futur du Web"] == ["Hugo Dupont"]
    assert talks["Going to prod"] == ["Ana de la Cruz"]
    # "powered by" names what the talk is about, not who gave it
    assert talks["Event sourcing powered by Apache Kafka"] == []


def test_a_company_in_parentheses_after_the_dashed_speaker_is_no_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talks = _talks(
        tmp_path,
        capsys,
        "# KubeCon EU 2025 notes\n\n"
        "## Scaling Prometheus to a billion series - Bryan Boreham (Grafana Labs)\n\n"
        "Histograms.\n\n"
        "## 모바일 CI 파이프라인 - 김민지 (카카오 뱅크)\n\n빌드 캐시.\n",
    )
    assert talks["Scaling Prometheus to a billion series"] == ["Bryan Boreham"]
    assert talks["모바일 CI 파이프라인"] == ["김민지"]


def test_a_quoted_title_on_a_timed_line_is_one_of_the_days_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a phone's plain note of the day: each talk a line with its hour, one title in quotes
    talks = _talks(
        tmp_path,
        capsys,
        "KubeCon EU 2025, London, Wednesday April 2\n\n"
        "09:00 Keynote — Cloud native at 11 - Chris Aniszczyk\n- 200+ projects\n\n"
        '11:00 "Scaling Prometheus to a billion series" - Bryan Boreham\n- Native histograms\n\n'
        "14:30 Lightning talk: Kyverno policies in CI (Jim Bugwadia)\nShort one.\n",
    )
    assert talks == {
        "Cloud native at 11": ["Chris Aniszczyk"],
        "Scaling Prometheus to a billion series": ["Bryan Boreham"],
        "Kyverno policies in CI": ["Jim Bugwadia"],
    }


def test_a_file_named_by_the_talks_kind_and_speaker_is_that_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # an outliner's vault: a folder per event and day, a page per talk named "Keynote - Name"
    day = "Conferences/PyCon US 2025/Day 2"
    data = list_json(
        tmp_path,
        capsys,
        {
            f"{day}/Keynote - Lynn Root.md": "- Lynn Root, Spotify\n- glue work is real work\n",
            f"{day}/Free-threaded Python in practice.md": "Speaker: Thomas Wouters\n\n- 3.13t\n",
        },
    )
    assert data["unsorted"] == []
    talks = {item["title"]: item["speakers"] for item in items_of(data)}
    assert talks == {
        "Keynote": ["Lynn Root"],
        "Free-threaded Python in practice": ["Thomas Wouters"],
    }


def test_a_day_recap_dated_that_day_labels_it_by_the_number_its_title_gives(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "posts/devoxx-day-2.md": "---\ntitle: Devoxx Belgium 2024 – Day 2\n"
            "date: 2024-10-11T21:14:00+02:00\n---\n\nSecond day in Antwerp.\n\n"
            "## Spring AI deep dive — Josh Long\n\nLive coding.\n\n"
            "## Kubernetes for Java developers — Kevin Dubois\n\nQuarkus.\n",
        },
    )
    (event,) = data["events"]
    assert [(day["date"], day["label"]) for day in event["days"]] == [
        ("2024-10-11", "Day 2 · 2024-10-11")
    ]
