"""The shipped notes: the seed notes unchanged under normalised frontmatter, and program.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from summit_tui.corpus.loader import load_note
from summit_tui.corpus.model import ItemKind
from summit_tui.corpus.program import load_program

SEEDS = {
    "2024-11-04-sk-ai-summit-booths-and-keynotes.md": "000_4d66675ba7e6f891.txt",
    "2024-11-04-sk-ai-summit-exhibition-and-keynotes.md": "001_232eab9259081369.txt",
    "2024-11-04-sk-ai-summit-day1-afternoon-keynotes.md": "002_a6c6d7d35286b22b.txt",
    "2023-03-29-seminar-generative-ai.md": "003_07f487f46f6f7b7d.txt",
    "korea-ai-applied-skills-essay.md": "004_5f0cee57fe923d7a.txt",
}
EVENT_DATES = {
    "2024-11-04-sk-ai-summit-booths-and-keynotes.md": ("SK AI Summit 2024", "2024-11-04"),
    "2024-11-04-sk-ai-summit-exhibition-and-keynotes.md": ("SK AI Summit 2024", "2024-11-04"),
    "2024-11-04-sk-ai-summit-day1-afternoon-keynotes.md": ("SK AI Summit 2024", "2024-11-04"),
    "2023-03-29-seminar-generative-ai.md": ("Seminar 2023-03-29", "2023-03-29"),
}


def _split(text: str) -> tuple[dict, str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.index("\n---\n", 4)
    return yaml.safe_load(text[4:end]) or {}, text[end + 5 :]


def test_notes_folder_holds_the_five_seed_notes(shipped_notes: Path) -> None:
    assert sorted(p.name for p in shipped_notes.glob("*.md")) == sorted(SEEDS)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_body_is_the_seed_text_unchanged(name: str, shipped_notes: Path, shared_dir: Path) -> None:
    _, seed_body = _split((shared_dir / "seeds" / SEEDS[name]).read_text(encoding="utf-8"))
    _, body = _split((shipped_notes / name).read_text(encoding="utf-8"))
    assert body == seed_body


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_frontmatter_has_the_agreed_keys(name: str, shipped_notes: Path) -> None:
    meta, body = _split((shipped_notes / name).read_text(encoding="utf-8"))
    assert meta["title"] and meta["author"] and meta["lang"] == "ko"
    if name in EVENT_DATES:
        event, date = EVENT_DATES[name]
        assert meta["event"] == event
        assert str(meta["date"]) == date
    # The author is never an invented person: it is written in the note or its source.
    author_text = meta["author"].replace("velog @", "").replace("YouTube ", "")
    assert author_text in body or author_text in meta["title"] or author_text in meta["source"]


def test_posting_date_is_not_the_event_date(shipped_notes: Path) -> None:
    meta, _ = _split(
        (shipped_notes / "2024-11-04-sk-ai-summit-day1-afternoon-keynotes.md").read_text("utf-8")
    )
    assert str(meta["date"]) == "2024-11-04"
    assert meta["source"] == "https://velog.io/@euisuk-chung/SKAISUMMIT2024DAY1-오후"


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_every_note_loads_without_problems(name: str, shipped_notes: Path) -> None:
    note, problems = load_note(shipped_notes / name, shipped_notes)
    assert note is not None and problems == []
    assert not note.author_guessed


def test_program_loads_without_problems(shipped_notes: Path) -> None:
    program, problems = load_program(shipped_notes / "program.yaml")
    assert problems == []
    summit = program.event("skai2024")
    assert summit is not None and summit.title == "SK AI Summit 2024"
    assert [d.date for d in summit.days] == ["2024-11-04", "2024-11-05"]
    assert [t.name for t in summit.days[0].tracks] == ["Keynote", "Exhibition"]


def test_program_lists_the_day1_afternoon_talks_5_to_14(shipped_notes: Path) -> None:
    program, _ = load_program(shipped_notes / "program.yaml")
    keynote = next(t for t in program.event("skai2024").days[0].tracks if t.name == "Keynote")
    assert [item.number for item in keynote.items] == list(range(5, 15))
    for item in keynote.items:
        assert item.kind is ItemKind.SESSION and item.speakers
        assert all(person.affiliation for person in item.speakers)
    by_number = {item.number: item for item in keynote.items}
    assert by_number[5].title == "AI의 미래"
    assert "The Vision for the Future of AI" in by_number[5].titles
    assert [p.name for p in by_number[5].speakers] == ["Rani Borkar"]
    assert by_number[9].type == by_number[13].type == "panel"
    assert len(by_number[13].speakers) == 5


def test_program_lists_every_booth_a_note_describes(shipped_notes: Path) -> None:
    program, _ = load_program(shipped_notes / "program.yaml")
    booths = {i.title: i for i in program.items() if i.kind is ItemKind.BOOTH}
    assert set(booths) >= {
        "Microsoft",
        "Moloco",
        "Allganize",
        "EventCAT",
        "Lambda",
        "SK",
        "Google Cloud",
        "NVIDIA",
        "AWS",
    }
    assert "allganize" in booths["Allganize"].aliases
    assert "google cloud" in booths["Google Cloud"].aliases
    assert all(i.track == "Exhibition" for i in booths.values())


def test_the_seminar_is_a_second_event_with_one_session(shipped_notes: Path) -> None:
    program, _ = load_program(shipped_notes / "program.yaml")
    seminar = program.event("seminar-2023-03-29")
    assert seminar is not None
    items = [i for d in seminar.days for t in d.tracks for i in t.items]
    assert len(items) == 1 and items[0].day == "2023-03-29"
    assert items[0].speakers[0].name == "전병곤"
