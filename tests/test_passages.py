"""The corpus owns an entry's passages: the same with or without the fast path, memoised."""

from __future__ import annotations

import threading
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import factories
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Corpus, Entry, EntryKind
from summit_tui.corpus.passages import PassageMemo, passage_at, split_passages

ROOT = Path(__file__).resolve().parents[1]

FRAGMENTS = [
    "",
    "# Heading with **bold**",
    "## [A link](https://example.com) in a heading",
    "Setext title",
    "===",
    "---",
    "Plain text 한국어 문장",
    "text with `code` and *emphasis* and __strong__",
    "an image ![alt text](img.png) here",
    "escaped \\*stars\\* and &amp; entity",
    "<https://autolink.example>",
    "trailing break  ",
    "- item",
    "- **Bold item**: with text",
    "1. one",
    "2) two",
    "- [ ] task [link](x)",
    "  - nested",
    "```",
    "```python",
    "~~~",
    "    indented",
    "> a quote",
    "| a | b |",
    "| - | - |",
    "<div>html</div>",
    "***",
    "\u3000ideographic space",
]


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(
        st.lists(st.tuples(st.integers(0, 5), st.sampled_from(FRAGMENTS)), min_size=1, max_size=20)
    )
    text = "\n".join(" " * indent + fragment for indent, fragment in lines)
    return text + ("\n" if draw(st.booleans()) else "")


def entry_of(text: str, start: int = 7, entry_id: str = "n.md#x") -> Entry:
    return factories.entry(text, start=start, note="n.md", entry_id=entry_id, kind=EntryKind.OTHER)


def corpus_of(*entries: Entry) -> Corpus:
    return factories.corpus(*entries)


@settings(max_examples=400, deadline=None)
@given(documents())
def test_the_fast_path_gives_the_passages_markdown_it_gives(text: str) -> None:
    entry = entry_of(text)
    assert split_passages(entry) == split_passages(entry, fast=False)


def test_every_entry_of_the_shipped_and_test_notes_splits_the_same_both_ways() -> None:
    checked = 0
    for folder in (ROOT / "notes", ROOT / "tests" / "data" / "ui" / "korean"):
        corpus = build_corpus(folder)
        for entry in corpus.entries:
            assert split_passages(entry) == split_passages(entry, fast=False), entry.id
            checked += 1
    assert checked > 20


def test_markup_becomes_readable_text_and_lines_are_file_lines() -> None:
    entry = entry_of("# Title **bold**\n\n- [link](https://x.y) and `code`\n\n```\na  b\n```\n")
    passages = split_passages(entry)
    assert [(p.kind, p.plain, p.start_line, p.end_line) for p in passages] == [
        ("heading", "Title bold", 7, 7),
        ("item", "link and code", 9, 9),
        ("code", "a b", 11, 13),
    ]
    assert passages[1].depth == 1


def test_the_corpus_gives_an_entrys_passages_by_entry_or_id_and_memoises_them() -> None:
    entry = entry_of("First paragraph.\n\nSecond paragraph.\n")
    corpus = corpus_of(entry)
    assert not corpus.passages_ready(entry)
    first = corpus.passages(entry)
    assert [p.plain for p in first] == ["First paragraph.", "Second paragraph."]
    assert corpus.passages_ready(entry)
    assert corpus.passages(entry.id) is first, "asked again: the same passages, not re-split"
    assert corpus.passages("no-such-entry") == ()


def test_an_entry_of_the_same_id_with_other_text_is_split_again() -> None:
    corpus = corpus_of(entry_of("Old text.\n"))
    corpus.passages("n.md#x")
    changed = entry_of("New text.\n")
    assert [p.plain for p in corpus.passages(changed)] == ["New text."]


def test_the_memo_is_bounded_by_entries_and_by_characters() -> None:
    memo = PassageMemo(max_entries=3, max_chars=1_000)
    entries = [entry_of(f"Paragraph {n}.\n", entry_id=f"n.md#{n}") for n in range(10)]
    for entry in entries:
        memo.passages(entry)
    assert len(memo) == 3
    assert memo.cached(entries[-1]) is not None and memo.cached(entries[0]) is None
    big = entry_of("word " * 400 + "\n", entry_id="n.md#big")  # 2,000 characters
    memo.passages(big)
    assert len(memo) == 1, "over the character budget only the latest entry stays"
    assert memo.cached(big) is not None


def test_recently_used_entries_stay_in_the_memo() -> None:
    memo = PassageMemo(max_entries=2)
    a, b, c = (entry_of(f"{n}.\n", entry_id=f"n.md#{n}") for n in "abc")
    memo.passages(a)
    memo.passages(b)
    memo.passages(a)  # a is now the most recent
    memo.passages(c)
    assert memo.cached(a) is not None and memo.cached(b) is None


def test_the_memo_answers_many_threads_at_once() -> None:
    entries = [entry_of(f"Text {n}.\n\n- item {n}\n", entry_id=f"n.md#{n}") for n in range(50)]
    corpus = corpus_of(*entries)
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for entry in entries:
                assert corpus.passages(entry)[0].plain == entry.text.split("\n")[0]
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors


def test_passage_at_finds_the_passage_holding_a_line_or_the_next_one() -> None:
    passages = split_passages(entry_of("One.\n\n\n\nTwo.\n", start=1))
    assert passage_at(passages, 1).plain == "One."
    assert passage_at(passages, 3).plain == "Two.", "a blank line: the next passage"
    assert passage_at(passages, 99) is None


def test_raw_html_blocks_keep_their_words() -> None:
    """A `<details>` block (slides, a Q&A folded away) is read and searched by its words;
    tags, comments and blocks of tags alone are not passages."""
    text = (
        "# Talk\n\n<details>\n<summary>Slides and Q&amp;A</summary>\n\n"
        "Hidden answer about **caching** layers.\n\n</details>\n\n"
        '<div align="center">Centered <b>words</b> here</div>\n\n'
        "<!-- a comment nobody reads -->\n\n<br>\n"
    )
    passages = split_passages(factories.entry(text, start=10))
    shown = [(p.kind, p.plain, p.start_line) for p in passages]
    assert shown == [
        ("heading", "Talk", 10),
        ("html", "Slides and Q&A", 12),
        ("paragraph", "Hidden answer about caching layers.", 15),
        ("html", "Centered words here", 19),
    ]
    assert split_passages(factories.entry(text), fast=False) == split_passages(
        factories.entry(text)
    )
