"""`check` tells the truth: what could not be worked out is a warning with file and line."""

from __future__ import annotations

from pathlib import Path

from summit_tui.commands.check_cmd import report_lines
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus, Problem, Severity


def corpus_of(tmp_path: Path, files: dict[str, str]) -> Corpus:
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return build_corpus(tmp_path)


def warnings(corpus: Corpus, needle: str) -> list[Problem]:
    return [p for p in corpus.problems if p.severity is Severity.WARNING and needle in p.message]


_TALK = (
    "---\n{author}title: Platform teams that last\nspeaker: Jane Doe\n"
    "event: Demo Conf 2024\ndate: 2024-11-01\n---\n- team topologies\n"
)


def test_a_guessed_author_is_a_warning(tmp_path: Path) -> None:
    corpus = corpus_of(
        tmp_path,
        {
            "kim-notes.md": _TALK.format(author=""),
            "given.md": _TALK.format(author="author: 이기훈\n"),
            "stated.md": "작성자: 박소영\n\n# Notes\n",
        },
    )
    (guessed,) = warnings(corpus, "no author given")
    assert (guessed.path, guessed.line) == ("kim-notes.md", 7)
    # a file's name is nobody's: the warning says the note shows where it is, marked as no
    # author, not the file's name as its writer
    assert "'kim-notes.md (no author)', not as a writer" in guessed.message


def test_a_guessed_author_is_told_once_and_not_for_notes_about_no_talk(tmp_path: Path) -> None:
    corpus = corpus_of(
        tmp_path,
        {
            "README.md": "# my-conf-notes\n\nMy notes from Demo Conf 2024.\n",
            "_posts/2024-11-01-keynote.md": _TALK.format(author=""),
            "_posts/2024-11-01-panel.md": _TALK.format(author="").replace("Jane Doe", "Li Wei"),
            "_posts/2024-11-02-about-me.md": "---\ntitle: About me\n---\nI write code.\n",
        },
    )
    (guessed,) = warnings(corpus, "no author given")
    assert guessed.path == "_posts/2024-11-01-keynote.md"
    assert "not as a writer" in guessed.message and "(so are 1 other notes)" in guessed.message


def test_talks_whose_event_and_day_cannot_be_worked_out(tmp_path: Path) -> None:
    body = "---\nauthor: A\n---\nsome thoughts\n\n## 타입 힌트 잘 쓰기 (김민지님)\ntext\n"
    dated = body.replace("some thoughts", "PyCon KR 2024, 10월 26일")
    corpus = corpus_of(tmp_path, {"n.md": body, "other/dated.md": dated})
    (event,) = warnings(corpus, "no event could be worked out")
    assert (event.path, event.line) == ("n.md", 6)  # the talk's heading, a file line
    (day,) = warnings(corpus, "day of the talks")
    assert day.path == "n.md"


def test_a_talk_the_program_does_not_list_is_said(tmp_path: Path) -> None:
    program = (
        "version: 1\nevents:\n  - id: ev\n    title: Demo Conf 2024\n    days:\n"
        "      - date: 2024-11-04\n        tracks:\n          - name: Main\n            items:\n"
        "              - id: k1\n                title: Opening keynote\n"
    )
    # Dated before the program's one day (so not a posting date): not clearly placed, so not
    # an item of its own (corpus.unlisted) but unsorted, and said.
    note = (
        "---\nauthor: A\nevent: Demo Conf 2024\ndate: 2024-11-01\n---\n# Keynote\n"
        "## Opening keynote\ntext\n## Something unplanned (Jane Doe)\ntext\n"
    )
    corpus = corpus_of(tmp_path, {"program.yaml": program, "n.md": note})
    (unsorted,) = warnings(corpus, "reads like a talk")
    assert (unsorted.path, unsorted.line) == ("n.md", 9)


def test_a_note_about_an_event_wholly_unsorted(tmp_path: Path) -> None:
    program = (
        "version: 1\nevents:\n  - id: ev\n    title: Demo Conf 2024\n    days:\n"
        "      - date: 2024-11-04\n        tracks:\n          - name: Main\n            items:\n"
        "              - id: k1\n                title: Opening keynote\n"
    )
    talks = "".join(f"## Talk number {n} (Jane Roe)\ntext\n" for n in range(3))
    # dated before the program's one day: the talks are not clearly placed (corpus.unlisted)
    note = f"---\nauthor: A\nevent: Demo Conf 2024\ndate: 2024-11-01\n---\n# Keynote\n{talks}"
    corpus = corpus_of(tmp_path, {"program.yaml": program, "n.md": note})
    (whole,) = warnings(corpus, "nothing in this note is in an item")
    assert whole.message.endswith("all 3 of its entries are unsorted")
    assert whole.line == 7  # its first entry
    assert not warnings(corpus, "entries of this note are unsorted")


def test_a_note_about_an_event_mostly_unsorted(tmp_path: Path) -> None:
    program = (
        "version: 1\nevents:\n  - id: ev\n    title: Demo Conf 2024\n    days:\n"
        "      - date: 2024-11-04\n        tracks:\n          - name: Main\n            items:\n"
        "              - id: k1\n                title: Opening keynote\n"
    )
    talks = "".join(f"## Talk number {n} (Jane Roe)\ntext\n" for n in range(3))
    # dated before the program's one day: the talks are not clearly placed (corpus.unlisted)
    note = (
        f"---\nauthor: A\nevent: Demo Conf 2024\ndate: 2024-11-01\n---\n# Keynote\n"
        f"## Opening keynote\nx\n{talks}"
    )
    corpus = corpus_of(tmp_path, {"program.yaml": program, "n.md": note})
    (most,) = warnings(corpus, "entries of this note are unsorted")
    assert most.message.startswith("3 of the 4")


def test_the_summary_line_counts_unsorted_entries(tmp_path: Path) -> None:
    corpus = corpus_of(tmp_path, {"n.md": "---\nauthor: A\n---\nintro\n\n# Thoughts\nmore\n"})
    summary = report_lines(corpus, [])[-1]
    # One word per concept (README's words table): a part of a note is an entry.
    assert summary.endswith("2 entries unsorted")
    one = corpus_of(tmp_path / "one", {"n.md": "---\nauthor: A\n---\n# Thoughts\nmore\n"})
    assert report_lines(one, [])[-1].endswith("1 entry unsorted")
