"""A talk's write-up as people post it: its facts on one line in bold labels, the speaker
linked to their page, the note's own word for itself before the title, and the city the event
goes by written short ("QCon SF") or in full ("QCon San Francisco")."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json

_FACTS = (
    '# Notes: "Designing Data-Intensive Apps in 2024"\n\n'
    "**Speaker:** [Martin Kleppmann](https://example.org/mk) · **Event:** QCon San Francisco 2024"
    " · **Date:** Nov 18, 2024\n\n## Summary\n- local-first is the next step\n"
)

_SHORT_CITY = """\
# Jessica Kerr's keynote at QCon SF 2024

Nov 19, 2024

- software is a team member
"""


def test_a_talk_post_with_its_facts_in_bold_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"a.md": _FACTS})
    assert [event["title"] for event in data["events"]] == ["QCon San Francisco 2024"]
    assert [(item["title"], item["speakers"]) for item in items_of(data)] == [
        ("Designing Data-Intensive Apps in 2024", ["Martin Kleppmann"])
    ]


def test_a_city_written_short_is_the_same_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"a.md": _FACTS, "b.md": _SHORT_CITY})
    assert len(data["events"]) == 1
    days = [day["date"] for day in data["events"][0]["days"]]
    assert days == ["2024-11-18", "2024-11-19"]


@pytest.mark.parametrize(
    "title",
    ["Notes on distributed systems for young bloods", "Note-taking for engineers"],
)
def test_a_talk_titled_with_the_word_notes_keeps_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str
) -> None:
    text = f"# {title}\n\nSpeaker: Jane Doe\n\nPyCon US 2024, May 17, 2024\n\n- point\n"
    data = list_json(tmp_path, capsys, {"a.md": text})
    assert [item["title"] for item in items_of(data)] == [title]
