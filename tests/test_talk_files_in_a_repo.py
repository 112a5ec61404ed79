"""A notes repo with one file per talk whose event only the README names (issue 14): a file whose
"## Q&A" says it reports a talk is that talk; one that says nothing of the kind, beside files
that are one talk each, is unsorted and `check` says so with its file and line, and with advice
that fits a file about one talk."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus, Severity

README = """\
# devconf-notes

Our notes from DevConf.CZ 2025 (Brno, June 12–14, 2025).

| Day | Talk | Notes |
| --- | --- | --- |
| Thu | Podman in CI | [notes](thursday/podman-ci.md) |
| Thu | Zero-copy parsing in Rust | [notes](thursday/zero-copy.md) |
"""

WITH_SPEAKER = """\
# Podman in CI, rootless all the way

- Speaker: Jana Novak
- Room: D105, Thursday 10:30

- rootless builds with buildah
"""

WITH_QUESTIONS = """\
# Zero-copy parsing in Rust

Anna Berg · Rust room · Thu 12 June, 12:00

## Notes

- slices of the input instead of owned strings

## Q&A

- Q: no_std? A: yes, with alloc
"""

SAYS_NOTHING = """\
# Writing eBPF tools in Go

## Notes

- cilium/ebpf, no cgo
- CO-RE works on every kernel since 5.4
"""


def _corpus(tmp_path: Path, files: dict[str, str]) -> Corpus:
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return build_corpus(tmp_path)


def _item_of(corpus: Corpus, note: str) -> list[str | None]:
    return [corpus.links[e.id].item_id for e in corpus.entries if e.note == note]


def test_a_talk_file_with_the_audiences_questions_is_that_talk(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        {
            "README.md": README,
            "thursday/podman-ci.md": WITH_SPEAKER,
            "thursday/zero-copy.md": WITH_QUESTIONS,
        },
    )
    (item,) = _item_of(corpus, "thursday/zero-copy.md")
    assert item is not None
    found = corpus.item(item)
    assert found is not None
    assert found.day == "2025-06-12"


def test_a_talk_file_that_names_nothing_is_told_with_advice_that_fits(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        {
            "README.md": README,
            "thursday/podman-ci.md": WITH_SPEAKER,
            "thursday/ebpf-go.md": SAYS_NOTHING,
        },
    )
    assert _item_of(corpus, "thursday/ebpf-go.md") == [None]
    told = [
        p
        for p in corpus.problems
        if p.path == "thursday/ebpf-go.md" and "reads like the notes of one talk" in p.message
    ]
    assert len(told) == 1
    (problem,) = told
    assert problem.severity is Severity.WARNING
    assert problem.line == 1
    assert "thursday/" in problem.message
    assert "`Speaker:` line under its title" in problem.action


def test_a_note_about_no_talk_beside_talk_files_is_not_told(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        {
            "README.md": README,
            "thursday/podman-ci.md": WITH_SPEAKER,
            "thursday/checklist.md": "# Travel checklist\n\n- charger\n- badge\n",
        },
    )
    assert not [p for p in corpus.problems if "reads like the notes of one talk" in p.message]


def test_a_list_of_places_beside_talk_files_is_not_told(tmp_path: Path) -> None:
    cafes = (
        "# Prague cafes ☕\n\nWrote these down while at the conference.\n\n## Liked\n\n"
        "- **Kavárna u mostu** — good latte, opens at 8, few seats\n"
        "- **Mall cafe, 2nd floor** — lots of sockets, fast wifi\n"
        "- **Station kiosk** — espresso for 45 CZK, surprisingly the best\n\n"
        "## Not again\n\n- the new place on the square: pricey, 30 min wait\n"
    )
    corpus = _corpus(
        tmp_path,
        {
            "README.md": README,
            "thursday/podman-ci.md": WITH_SPEAKER,
            "thursday/ebpf-go.md": SAYS_NOTHING,
            "thursday/prague-cafes.md": cafes,
        },
    )
    told = {p.path for p in corpus.problems if "reads like the notes of one talk" in p.message}
    assert told == {"thursday/ebpf-go.md"}
