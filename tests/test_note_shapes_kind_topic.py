"""A keynote heading's rest after a colon is its topic unless the notes speak of a person
("## Keynote: Green Computing" is a topic, "## Keynote: Jane Porter" over "She opened …" a
speaker; "## Keynote – Name" names the speaker as "Title — Name" does), and an
event whose name is a camel-cased conference word and its year ("DevDays 2025", "DevDay
2023") is named by it as "TechDays 2025" is."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items

TOPIC = """\
# Nordic Cloud Days 2025 — day 1

## Keynote: Green Computing
Data centres use about two percent of the world's electricity. Batch jobs can follow the sun
and the wind; the carbon intensity of the grid changes hour by hour.

## Keynote: Jane Porter
She opened with the history of the conference. Porter said the community matters most.

## Keynote: Platform Engineering
- golden paths, not golden cages
- measure adoption, not mandates

## Keynote – Eirini Kalogeropoulou
- SLOs before dashboards
"""


def test_a_keynote_s_topic_is_no_speaker_and_a_person_spoken_of_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(tmp_path, capsys, {"day1.md": TOPIC})
    speakers = {item["title"]: item["speakers"] for item in items}
    assert speakers["Green Computing"] == []
    assert speakers["Platform Engineering"] == []
    porter = next(item for item in items if "Jane Porter" in item["speakers"])
    assert porter["title"] != "Jane Porter"
    # after a dash, as in "Title — Name", the words are the speaker's name
    assert any(item["speakers"] == ["Eirini Kalogeropoulou"] for item in items)


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("DevDays 2025 — day 1 notes", "DevDays 2025"),
        ("Notatki z DevDay 2023", "DevDay 2023"),
        ("TechDays 2025 — day 1 notes", "TechDays 2025"),
    ],
)
def test_a_camel_cased_conference_word_with_its_year_names_the_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, event: str
) -> None:
    note = f"# {title}\n\n## Testing at scale (Maria Lopez)\nFlaky tests cost a week a quarter.\n"
    other = "# Another conference 2025\n\n## Rust at work (Jan Nowak)\nBorrow checker.\n"
    items = list_items(tmp_path, capsys, {"a.md": note, "b.md": other})
    assert next(i for i in items if i["title"] == "Testing at scale")["event"] == event


def test_a_bare_conference_word_and_its_year_still_name_no_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "# Conference 2025 — my notes\n\n## Testing at scale (Maria Lopez)\nFlaky tests.\n"
    items = list_items(tmp_path, capsys, {"a.md": note})
    assert next(i for i in items if i["title"] == "Testing at scale")["event"] != "Conference 2025"
