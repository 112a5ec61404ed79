"""The fast block scanner gives markdown-it's own block tokens, or gives up."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summit_tui.corpus.blocks import markdown_parser
from summit_tui.corpus.blockscan import scan

NOTES = Path(__file__).resolve().parents[1] / "notes"

FRAGMENTS = [
    "",
    "   ",
    "# Heading",
    "## Closed ##",
    "### trailing ###   ",
    "#### x #",
    "# #",
    "#",
    "#NoSpace",
    "####### seven",
    "Plain text 한국어 문장",
    "**Bold title**",
    "__bold__ and more",
    "- item",
    "* star item",
    "+ plus item",
    "-",
    "- ",
    "-  two spaces",
    "-      far content",
    "1. one",
    "2) two",
    "3. three",
    "10. ten",
    "1234567890. too long",
    "- - nested",
    "1. - mixed",
    "- # heading in item",
    "- ```",
    "---",
    "***",
    "___",
    "- - -",
    "* * *",
    "===",
    "--",
    "= =",
    "```",
    "```python",
    "~~~",
    "````",
    "``` a`b",
    "~~~ info `ok`",
    "text with > inside",
    "a <b> tag inside",
    "1.",
    "1)",
    "+",
    "*",
    "**",
    "***bold italic***",
    "- [ ] task",
    "trailing spaces   ",
    "\u3000ideographic space",
    "#\u3000full-width space",
    "-\u00a0nbsp",
    "== not underline",
    "--- text",
]


@st.composite
def documents(draw: st.DrawFn) -> str:
    lines = draw(
        st.lists(st.tuples(st.integers(0, 7), st.sampled_from(FRAGMENTS)), min_size=1, max_size=25)
    )
    text = "\n".join(" " * indent + fragment for indent, fragment in lines)
    return text + ("\n" if draw(st.booleans()) else "")


def signature(tokens) -> list[tuple]:
    return [
        (t.type, t.tag, t.map, t.level, t.content if t.type in ("inline", "fence") else "")
        for t in tokens
    ]


@settings(max_examples=600, deadline=None)
@given(documents())
def test_same_tokens_as_markdown_it_or_none(text: str) -> None:
    mine = scan(text)
    if mine is not None:
        assert signature(mine) == signature(markdown_parser().parse(text))


def test_what_it_gives_up_on() -> None:
    assert scan("> a quote") is None
    assert scan("<div>\n# inside html\n</div>") is None
    assert scan("| a | b |\n| - | - |") is None
    assert scan("[ref]: https://example.com") is None
    assert scan("text\n\n    indented code") is None
    assert scan("- item\n\tmore") is None
    assert scan("- item\n  > quote in item") is None
    assert scan("# Title\n\n- item\n  - nested\n\ntext\n") is not None


def test_shipped_notes_that_it_accepts_give_markdown_it_tokens() -> None:
    accepted = 0
    for path in sorted(NOTES.glob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        mine = scan(body)
        if mine is not None:
            accepted += 1
            assert signature(mine) == signature(markdown_parser().parse(body)), path.name
    assert accepted >= 1
