"""What many notes say alike is kept once in memory (corpus.shared_text), and a load
shares it across the notes parsed, while every value reads as before."""

from __future__ import annotations

from pathlib import Path

from factories import entry, note
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.shared_text import SharedText


def _copy(text: str) -> str:
    """An equal string that is another object (as a note parsed elsewhere brings)."""
    return "".join(list(text))


def test_equal_strings_and_tuples_become_one_object() -> None:
    shared = SharedText()
    first = note("a.md", _copy("Ann Lee"), event=_copy("DevFest"), tags=(_copy("ai"), "x"))
    second = note("b.md", _copy("Ann Lee"), event=_copy("DevFest"), tags=(_copy("ai"), "x"))
    talk = _copy("Rust in production")
    one = entry(
        "text", note="a.md", author=_copy("Ann Lee"), title=talk, heading_path=(_copy(talk),)
    )
    shared.share(first, [one])
    shared.share(second, [])
    assert second.author is first.author is one.author
    assert second.event is first.event
    assert second.tags is first.tags and second.tags == ("ai", "x")
    assert one.title is one.heading_path[-1]
    assert one.title == "Rust in production" and one.text == "text"


def test_a_load_keeps_what_notes_say_alike_once(tmp_path: Path) -> None:
    root = tmp_path / "notes"
    root.mkdir()
    for name in ("a", "b", "c"):
        (root / f"{name}.md").write_text(
            "---\nauthor: Ann Lee\nevent: DevFest Seoul\ndate: 2024-11-04\ntags: [ai, rust]\n"
            "---\n# Rust in production\n\nnotes\n",
            encoding="utf-8",
        )
    corpus = build_corpus(root)
    a, b, c = corpus.notes
    assert a.author is b.author is c.author == "Ann Lee"
    assert a.event is b.event is c.event and a.tags is b.tags is c.tags
    titles = [e.title for e in corpus.entries]
    assert titles == ["Rust in production"] * 3 and titles[0] is titles[1] is titles[2]
    assert all(e.title is e.heading_path[-1] for e in corpus.entries)
    assert corpus.entries[0].author is a.author
