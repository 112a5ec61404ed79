"""The fast block scanner gives markdown-it's own block tokens, or gives up."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
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
    "-- -",
    "_ _ _",
    "*  *  *",
    "- -x",
    "** *",
    "__ _x",
    "-x--",
    "10:30 | Keynote | Lena",
    "| a | b |",
    "|---|---|",
    "| :-: | --: |",
    "--- | ---",
    "-|-",
    "| - |",
    "|",
    "a|b",
    ":--",
    "- a | b",
    "  |---|",
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


def test_a_pipe_is_text_unless_a_table_could_start() -> None:
    schedule = "## Day 1\n\n10:30 | Keynote | Lena\n11:00 | Rust | Minho\n\n- a | b\n"
    assert signature(scan(schedule)) == signature(markdown_parser().parse(schedule))
    assert scan("Title | Speaker\n--- | ---\nKeynote | Lena") is None
    assert scan("- x\n  | a |\n  |:-:|") is None


def test_shipped_notes_that_it_accepts_give_markdown_it_tokens() -> None:
    accepted = 0
    for path in sorted(NOTES.glob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        mine = scan(body)
        if mine is not None:
            accepted += 1
            assert signature(mine) == signature(markdown_parser().parse(body)), path.name
    assert accepted >= 1


# -- the blocks a note is segmented by ---------------------------------------------------------

TRICKY = [
    "# Title\n\nText **bold** and `code`.\n\n- [Datadog](https://x): LLM\n- **AI 데모존**: 체험\n",
    "Title\n=====\n\nSub\n---\n\ntext\nmore text\n---\n",
    "```python\n# not a heading\n```\n\n~~~\n- not a list\n~~~\n",
    "- one\n\n  second paragraph\n- two\n  - nested\n    - deeper\n- ```\n  code\n  ```\n",
    "1. **Talk**: x\n2) other\n3. third\n\n10. ten\n",
    "**Building with Gemini Nano**\nThe talk's text\n\n**Title** (Speaker)\n",
    "KEYNOTE — AI in everyday life (Jihoon Kim)\n\n14:00 ~ 14:40 | 세션 제목\n",
    "| a | b |\n| - | - |\n| Datadog | LLM |\n",
    "> a quote\n> # heading in quote\n\n<div>\n# inside html\n</div>\n",
    "\ttabbed\n- item\n\tmore\n",
    "text\r\nwith CRLF\r\n# heading\r\n",
    "\ufeff# BOM title\n\ntext\n",
    "## 日本語の見出し（登壇者: 山田）\n\n中文 标题\n\n- 발표자: 홍길동\n",
    "- \n- # heading in item\n- ---\n  after rule\n-\n\n  late\n",
    "* * *\n- - -\n___\n",
    "- a\n---\n- b\n***\n",
    "    indented code\n\ntext\n",
    "[ref]: https://example.com\n\n[link][ref]\n",
    "1. one\n   1. nested one\n\n   para\n2. two\n",
    "# #\n\n#\n\n####### seven\n\n## Closed ##\n",
    "* ---\n  after a rule\n* ```\n  code\n  ```\n  after a fence\n* ***\n  # heading after\n",
    # an outliner's block headings (Logseq), with tabs and with spaces
    "- morning run\n- [[Conf]] day 1\n\t- ## Keynote: x\n\t\t- point\n\t- ## Talk two\n- evening\n",
    "- a\n  - ## Nested title\n    - point\n  - text first\n    ## not a block heading\n",
    # bold titles after an emoji ("🎤 **Title**"), and lines that are not one
    "🎤 **대규모 트래픽, 캐시부터 다시 보기**\n\n✅ **Done** and more\n\n발표: 인프런 대표\n",
    "**Observability on a Budget** — Ines Dahl\n\n**Bold** — and a sentence that goes on\n",
]


def block_signature(parsed) -> dict:
    from summit_tui.corpus.blocks import firmly_named

    def heading(h):
        return (h.level, h.text, h.start, h.head_end)

    return {
        "headings": [heading(h) for h in parsed.headings],
        "bold": [heading(h) for h in parsed.bold],
        "inlines": [
            (i.start, i.block.text, i.block.level, i.block.heading, i.block.source)
            for i in parsed.inlines
        ],
        "lists": [
            (
                lst.start,
                lst.end,
                [
                    (
                        b.start,
                        b.end,
                        None if b.inline is None else (b.inline.content, b.inline.map[0]),
                        b.name,
                        firmly_named(b),
                    )
                    for b in lst.bullets
                ],
            )
            for lst in parsed.lists
        ],
    }


def markdown_it_blocks(text: str):
    from summit_tui.corpus.blocks import _read_tokens

    return _read_tokens(markdown_parser().parse(text))


@settings(max_examples=600, deadline=None)
@given(documents())
@example("===\n#NoSpace\n-")  # a pad's banner rule over a setext heading's text
@example("==========\n10:30 Opening — Ana\n==========\n\n- notes\n")
def test_blocks_read_while_scanning_are_those_of_markdown_its_tokens(text: str) -> None:
    from summit_tui.corpus.blocks import parse_blocks

    assert block_signature(parse_blocks(text)) == block_signature(markdown_it_blocks(text))


def test_blocks_of_tricky_notes_are_those_of_markdown_its_tokens() -> None:
    from summit_tui.corpus.blocks import parse_blocks

    notes = [*TRICKY, *(p.read_text(encoding="utf-8") for p in sorted(NOTES.glob("*.md")))]
    scanned = 0
    for text in notes:
        body = text.replace("\r\n", "\n")
        scanned += scan(body) is not None
        assert block_signature(parse_blocks(body)) == block_signature(markdown_it_blocks(body))
    assert scanned >= 10  # most of them take the scanner's path


def test_text_is_trimmed_as_markdown_it_trims_it() -> None:
    from markdown_it.common.utils import MD_TRIM_CHARS

    from summit_tui.corpus.blockscan import TRIM_CHARS

    assert sorted(TRIM_CHARS) == sorted(MD_TRIM_CHARS)


def test_a_note_without_markup_is_read_without_markdown_it() -> None:
    """A pool worker starts faster when it never imports markdown-it."""
    import subprocess
    import sys

    code = (
        "import sys; from summit_tui.corpus.blocks import parse_blocks;"
        "parse_blocks('# Title\\n\\nText, 한국어.\\n\\n- item\\n  - nested\\n');"
        "print('markdown_it' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


def test_a_heading_opening_a_list_item_is_a_heading_of_the_note() -> None:
    """Logseq and other outliners write a talk's title as a block heading (`- ## Talk`);
    a heading further down an item, or in a quote, is no heading of the note."""
    from summit_tui.corpus.blocks import parse_blocks

    body = (
        "- errands\n- [[Conf 2024]]\n\t- ## Opening keynote\n\t\t- point\n"
        "\t- ## Second talk\n\t\t- x\n\t\t  ## inside an item\n> ## quoted\n"
    )
    for parsed in (parse_blocks(body), markdown_it_blocks(body)):
        assert [(h.level, h.text, h.start) for h in parsed.headings] == [
            (2, "Opening keynote", 2),
            (2, "Second talk", 4),
        ]


def test_a_bold_title_after_an_emoji_is_a_bold_line() -> None:
    from summit_tui.corpus.blocks import parse_blocks

    body = (
        "🎤 **캐시부터 다시 보기**\n\n👤 발표자: 한지호님\n\n✅ **Done** and more\n\n"
        "발표: 인프런 대표\n"
    )
    for parsed in (parse_blocks(body), markdown_it_blocks(body)):
        assert [(h.text, h.start) for h in parsed.bold] == [("캐시부터 다시 보기", 0)]
