"""An outliner's talk block (Roam, Logseq) is indented as a whole: its points are passages of
their own, as a heading's bullets are, not one block of code (issue 14)."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.passages import split_passages

ROAM_PAGE = """\
- morning: buy coffee beans
- [[Droidcon Berlin 2024]] day 1 #conference
    - **Scaling Compose at a bank** — [[Petra Novak]]
        - 400 screens migrated in 9 months
        - recomposition counts in CI, fail the build above a budget
    - Kotlin Multiplatform in production by [[Jonas Weber]]
        - shared networking and persistence, the UI stays native
        - iOS build times were the real pain
    - TODO send the slides to the team
- evening: dinner with Lena
"""

LOGSEQ_PAGE = """\
- [[Devoxx Belgium 2024]] day 1 #conf/devoxx
\t- ## Loom at scale
\t\t- virtual threads pinned by synchronized blocks
\t\t- structured concurrency still in preview
"""


def _talk_passages(tmp_path: Path, name: str, text: str, title: str) -> list[tuple[str, str, int]]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    corpus = build_corpus(tmp_path, cache_dir=tmp_path / ".cache")
    entry = next(e for e in corpus.entries if title in e.text.split("\n", 1)[0])
    passages = split_passages(entry)
    assert passages == split_passages(entry, fast=False)
    return [(p.kind, p.plain, p.start_line) for p in passages]


def test_a_roam_talk_blocks_points_are_passages_of_their_own(tmp_path: Path) -> None:
    found = _talk_passages(tmp_path, "June 6th, 2024.md", ROAM_PAGE, "Kotlin Multiplatform")
    assert ("item", "shared networking and persistence, the UI stays native", 7) in found
    assert ("item", "iOS build times were the real pain", 8) in found  # the note's own lines
    assert all(kind != "code" for kind, _, _ in found)


def test_a_logseq_talk_blocks_points_are_passages_of_their_own(tmp_path: Path) -> None:
    found = _talk_passages(tmp_path, "2024_10_09.md", LOGSEQ_PAGE, "Loom at scale")
    assert ("item", "virtual threads pinned by synchronized blocks", 3) in found
    assert ("item", "structured concurrency still in preview", 4) in found
    assert all(kind != "code" for kind, _, _ in found)


LOGSEQ_REFS = """\
- [[Devoxx Belgium 2024]] day 2
\t- **Records all the way down** — [[Ines Duarte]]
\t  id:: 65a1c2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d
\t  collapsed:: true
\t\t- sealed interfaces + records = [[algebraic data types|ADTs]] in Java
\t\t- ((65a1c2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4e)) said the same on day 1
\t\t- {{embed ((65a1c2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4f))}}
\t\t- pattern matching in switch is final in 21
"""


def test_block_references_properties_and_links_are_read_as_the_outliner_shows_them(
    tmp_path: Path,
) -> None:
    found = _talk_passages(tmp_path, "2024_10_10.md", LOGSEQ_REFS, "Records all the way")
    plains = [plain for _, plain, _ in found]
    assert "sealed interfaces + records = ADTs in Java" in plains
    assert "said the same on day 1" in plains
    assert "pattern matching in switch is final in 21" in plains
    # nothing the writer did not type: no uuids, no properties, no embed alone as a point
    assert not [p for p in plains if "((" in p or "::" in p or "{{" in p or "65a1c2d3" in p]
    assert plains[0] == "Records all the way down — Ines Duarte"


def test_text_without_outliner_marks_is_left_as_written() -> None:
    from summit_tui.corpus.outliner_marks import readable

    for text in ("a :: b", "f((x))", "[[not closed", "{{name}} in a template", "C++ (( ok"):
        assert readable(text) == text
    assert readable("see ((65a1c2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d))") == "see"
    assert readable("#[[Roam Research]] and [[Obsidian]]") == "Roam Research and Obsidian"
