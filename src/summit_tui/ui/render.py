"""Passages → Rich renderables for the reader.

Each passage is rendered on its own so the reader can highlight, scroll to and
quote one passage without mounting a widget per Markdown block. Note text is
cleaned first and only ever reaches Rich as Markdown source or plain ``Text``,
never as console markup, so ``[bold]`` or ``[@click=...]`` in a note stay literal.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from markdown_it import MarkdownIt
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.markdown import ImageItem, Markdown, MarkdownElement
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from summit_tui.corpus.fields import inline_fields, task_box
from summit_tui.corpus.html_body import VIDEO_SCHEME
from summit_tui.corpus.mail_thread import header_block
from summit_tui.corpus.passages import Passage
from summit_tui.corpus.transcripts import turn_label
from summit_tui.text import clean, clean_line, shows_as_written
from summit_tui.ui.wrap import has_cjk, wrap

if TYPE_CHECKING:
    from markdown_it.token import Token


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    parser = MarkdownIt().enable("strikethrough").enable("table")
    encoded = parser.normalizeLink
    parser.normalizeLink = lambda url: readable_url(encoded(url))  # type: ignore[method-assign]
    return parser


# A run of percent-encoded bytes of a character beyond ASCII (UTF-8 bytes are all >= 0x80).
_ENCODED_RUN = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def _decoded(match: re.Match[str]) -> str:
    try:
        text = bytes.fromhex(match.group().replace("%", "")).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()
    # a C1 control (%C2%9B is CSI) or a bidi override stays encoded: it never reaches the
    # terminal as itself
    return text if shows_as_written(text) else match.group()


def readable_url(url: str) -> str:
    """A link's URL with the Korean, Chinese … it was percent-encoded from written out
    (`https://velog.io/@hwkim/데브페스트-후기`, not `%EB%8D%B0…`); ASCII escapes (`%20`) and
    anything that is no character a terminal shows stay encoded."""
    return _ENCODED_RUN.sub(_decoded, url) if "%" in url else url


class ImagePlaceholder(ImageItem):
    """An image becomes one line with its alt text; nothing is fetched or linked."""

    look = Style.null()

    @classmethod
    def create(cls, markdown: Markdown, token: Token) -> MarkdownElement:
        element = super().create(markdown, token)
        if isinstance(element, ImagePlaceholder) and isinstance(markdown, NoteMarkdown):
            element.look = markdown.image_style
        return element

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        alt = clean_line(self.text.plain) if self.text else ""
        if self.destination.startswith(VIDEO_SCHEME):
            clip = clean_line(self.destination[len(VIDEO_SCHEME) :])
            yield Text(f"▶ video: {alt or clip or 'video'} ", style=self.look, end="")
            return
        name = alt or clean_line(self.destination.rstrip("/").rsplit("/", 1)[-1]) or "image"
        yield Text(f"▣ image: {name} ", style=self.look, end="")


class NoteMarkdown(Markdown):
    """Rich Markdown with image placeholders and visible link URLs."""

    elements: ClassVar[dict[str, type[MarkdownElement]]] = {
        **Markdown.elements,
        "image": ImagePlaceholder,
    }

    def __init__(self, source: str, image_style: Style) -> None:
        # Rich builds a new MarkdownIt parser per Markdown object (~1 ms); a reader renders
        # hundreds of passages, so parse with one shared parser and set what Rich would.
        self.markup = source
        self.parsed = _parser().parse(source)
        self.code_theme = "ansi_dark"
        self.justify = None
        self.style = "none"
        self.hyperlinks = False  # prints "text (url)": the URL stays visible in any terminal
        self.inline_code_lexer = None
        self.inline_code_theme = "ansi_dark"
        self.image_style = image_style


def heading_level(source: str) -> int:
    stripped = source.lstrip()
    if stripped.startswith("#"):
        return min(6, len(stripped) - len(stripped.lstrip("#")))
    last = source.rstrip().rsplit("\n", 1)[-1].strip()
    return 1 if last.startswith("=") else 2


def passage_renderable(passage: Passage, styles: InlineStyles) -> RenderableType:
    """The renderable for one passage (source already belongs to the entry)."""
    if passage.kind == "heading":
        level = heading_level(passage.text)
        title = clean_line(passage.plain) or clean_line(passage.text.strip("#= -\n"))
        return Text.assemble(("#" * level + " ", styles.heading_mark), (title, styles.heading))
    source = textwrap.dedent(clean(passage.text))
    markdown = NoteMarkdown(source, styles.image)
    indent = 2 * max(0, passage.depth - (1 if passage.kind == "item" else 0))
    if indent:
        return Padding(markdown, (0, 0, 0, indent))
    return markdown


def gap_before(previous: Passage | None, passage: Passage) -> bool:
    """Whether a blank line separates two passages: not between list items."""
    if previous is None:
        return False
    if previous.kind == "heading":
        return False
    if passage.kind == "item" and previous.kind == "item":
        return False
    return not (passage.depth > 0 and previous.depth > 0 and passage.kind != "heading")


# -- fast path: headings, paragraphs and list items straight from inline tokens ----------
#
# Most passages are one paragraph or list item. Rendering them through rich.markdown
# costs a block parse plus Rich's element machinery (~1.5 ms each); building the Text
# from an inline parse and wrapping it is about three times cheaper, which matters
# when a long entry has thousands of passages.

_MARKER = re.compile(r"^[ \t]*([-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_OTHER_BLOCKS = re.compile(r"^[ \t]*(>|\||```|~~~|<|#|={2,}\s*$|-{2,}\s*$)", re.MULTILINE)


_NO_STYLE = Style.null()


@dataclass(frozen=True, slots=True)
class InlineStyles:
    """The looks of a note's Markdown, from the reader's component classes. Rich's
    Markdown renderer draws the rest (quotes, tables, code blocks) in its own styles:
    they come from the note's structure, which no class of ours names."""

    heading: Style
    heading_mark: Style
    link: Style
    url: Style
    code: Style
    image: Style
    strong: Style
    emphasis: Style
    strike: Style
    highlight: Style = _NO_STYLE


_MARK = re.compile(r"==")


def _marks(children: list[Token]) -> dict[int, list[int]]:
    """Where Bear's and Obsidian's ``==highlight==`` marks open and close, by text token:
    a mark opens before a character that is no space and closes after one; an opening
    left unclosed is text."""
    found: list[tuple[int, int]] = []
    open_at: tuple[int, int] | None = None
    for number, token in enumerate(children):
        if token.type != "text" or "==" not in token.content:
            continue
        content = token.content
        for match in _MARK.finditer(content):
            at = match.start()
            before, after = content[at - 1 : at], content[at + 2 : at + 3]
            if (
                open_at is None
                and after not in ("", " ", "=")
                and not (before == "=" or before.isalnum())
            ):
                open_at = (number, at)
            elif open_at is not None and before not in ("", " ", "=") and after != "=":
                found += [open_at, (number, at)]
                open_at = None
    marks: dict[int, list[int]] = {}
    for number, at in found:
        marks.setdefault(number, []).append(at)
    return marks


def inline_text(source: str, styles: InlineStyles) -> Text:
    """Rich Text from Markdown inline syntax; links keep their URL, images a placeholder,
    ``==highlighted==`` text the highlight's look."""
    tokens = _parser().parseInline(source)
    children = tokens[0].children if tokens and tokens[0].children else []
    text = Text(end="")
    stack: list[Style] = []
    links: list[tuple[str, int]] = []  # (href, where the link text starts)
    marks = _marks(children) if "==" in source else {}
    marked = False

    def current() -> Style:
        style = Style.combine(stack) if stack else Style.null()
        return style + styles.highlight if marked else style

    for number, token in enumerate(children):
        kind = token.type
        if kind == "text" and number in marks:
            content, start = token.content, 0
            for at in marks[number]:
                text.append(content[start:at], current())
                marked, start = not marked, at + 2
            text.append(content[start:], current())
        elif kind == "text":
            text.append(token.content, current())
        elif kind == "code_inline":
            text.append(token.content, current() + styles.code)
        elif kind == "softbreak":
            # an image on a line of its own keeps it: "▣ image: slide-2.png" over its
            # caption, not glued to it
            beside = (children[number - 1].type if number else "", _next_type(children, number))
            # a transcript's "Speaker 1  0:09" over what they said: a line of its own
            text.append("\n" if "image" in beside or _after_turn_label(children, number) else " ")
        elif kind == "hardbreak":
            text.append("\n")
        elif kind in ("strong_open", "em_open", "s_open"):
            stack.append(
                styles.strong
                if kind == "strong_open"
                else styles.emphasis
                if kind == "em_open"
                else styles.strike
            )
        elif kind in ("strong_close", "em_close", "s_close", "link_close") and stack:
            stack.pop()
            if kind == "link_close" and links:
                href, start = links.pop()
                if href and text.plain[start:] != href:
                    text.append(" (", current())
                    text.append(href, current() + styles.url)
                    text.append(")", current())
        elif kind == "link_open":
            links.append((clean_line(str(token.attrs.get("href", ""))), len(text)))
            stack.append(styles.link)
        elif kind == "image":
            # the alt text as read (its children), not as written: "\*" is a "*"
            alt = clean_line(
                "".join(child.content for child in token.children)
                if token.children
                else token.content
            )
            source = str(token.attrs.get("src", ""))
            if source.startswith(VIDEO_SCHEME):
                clip = clean_line(source[len(VIDEO_SCHEME) :])
                text.append(f"▶ video: {alt or clip or 'video'}", styles.image)
                continue
            name = alt or clean_line(source.rsplit("/", 1)[-1])
            text.append(f"▣ image: {name or 'image'}", styles.image)
        # html_inline and anything unknown: dropped
    return text


def _after_turn_label(tokens: list[Token], number: int) -> bool:
    """Whether the line before the break at ``number`` is a transcript's turn label."""
    if number == 0 or tokens[number - 1].type != "text":
        return False
    if number > 1 and tokens[number - 2].type not in ("softbreak", "hardbreak"):
        return False
    return turn_label(tokens[number - 1].content)


def _next_type(tokens: list[Token], number: int) -> str:
    return tokens[number + 1].type if number + 1 < len(tokens) else ""


def fast_lines(
    passage: Passage, console: Console, width: int, styles: InlineStyles
) -> list[list[Segment]] | None:
    """Lines for a paragraph, a list item or raw HTML's words (or a Chinese or Japanese
    heading, which Rich would break after its ``##``), or None when it needs the full
    renderer."""
    if passage.kind == "heading":
        heading = passage_renderable(passage, styles)
        if not isinstance(heading, Text) or not has_cjk(heading.plain):
            return None
        heading.end = ""
        return [list(line.render(console)) for line in wrap(heading, console, width)]
    if passage.kind == "html":  # raw HTML: its words as a paragraph, never its tags
        indent = 2 * passage.depth
        text = Text(clean_line(passage.plain))
        lines = []
        for line in wrap(text, console, max(4, width - indent)):
            line.end = ""
            lines.append([Segment(" " * indent), *line.render(console)])
        return lines
    if passage.kind not in ("paragraph", "item"):
        return None
    source = clean(passage.text)
    prefix = ""
    if passage.kind == "item":
        match = _MARKER.match(source)
        if match is None:
            return None
        marker = match.group(1)
        prefix = "• " if marker in "-*+" else f"{marker} "
        source = source[match.end() :]
    body = textwrap.dedent(source) if "\n" in source else source.strip()
    if _OTHER_BLOCKS.search(body):
        return None
    if passage.kind == "item" and (task := task_box(body)) is not None:
        prefix = "☑ " if task[0] else "☐ "  # "- [x] watch again": the box, not "• [x]"
        body = task[1]
    if passage.kind == "paragraph" and body[:1] == "[" and "\n" in body.strip():
        shown = message_lines(body.strip().split("\n"))
        if shown is not None:  # a chat export's message: who and when above what they said
            return [
                line for said in shown for line in _lines_of(said, passage, console, width, styles)
            ]
    if (
        passage.kind == "paragraph"
        and "\n" in body.strip()
        and header_block(body.strip().split("\n"))
    ):
        # a message's headers: a line each, its addresses as written ("<x@y>", not a link)
        return [
            line
            for field in body.strip().split("\n")
            for line in _lines_of(
                field.strip().replace("<", "\\<"), passage, console, width, styles
            )
        ]
    if passage.kind == "paragraph" and "\n" in body.strip() and fact_lines(body):
        # "**Speaker:** Marco" over "**When:** Sat 1 Mar": a line each, as the writer's
        # editor shows them, not run together into one sentence
        return [
            line
            for fact in body.strip().split("\n")
            for line in _lines_of(fact.strip(), passage, console, width, styles)
        ]
    if passage.kind == "paragraph" and "\n" in body.strip() and inline_fields(body):
        # Dataview's fields ("speaker:: Lena" / "day:: 2024-05-30"): a line each, as the
        # note's author sees them, not joined into one
        return [
            line
            for field in body.strip().split("\n")
            for line in _lines_of(field.strip(), passage, console, width, styles)
        ]
    indent = 2 * max(0, passage.depth - 1) + (1 if passage.kind == "item" else 0)
    if passage.kind == "paragraph" and passage.depth > 0:
        indent = 2 * passage.depth + 1
    hang = cell_len(prefix)
    room = max(4, width - indent - hang)
    text = inline_text(body.strip(), styles)
    wrapped = wrap(text, console, room) if text.plain else [Text("")]
    lines: list[list[Segment]] = []
    for number, line in enumerate(wrapped):
        lead = " " * indent + (prefix if number == 0 else " " * hang)
        line.end = ""
        lines.append([Segment(lead), *line.render(console)])
    return lines


# A fact line: a short label, a colon, its value ("Speaker: Marco", "**When:** Sat 1 Mar",
# "__Room__: B", "발표자 : 김민지"); not a link ("https://…": no space after the colon).
_FACT = re.compile(r"^\s*(?:[*_]{2})?[^\W\d][\w .'/&-]{0,30}?(?:[*_]{2})?\s?[:：](?:[*_]{2})?\s+\S")


def fact_lines(body: str) -> bool:
    """Whether every line of a paragraph (two or more) is a labelled fact line."""
    lines = [line for line in body.strip().split("\n") if line.strip()]
    return len(lines) > 1 and all(_FACT.match(line) for line in lines)


def message_lines(lines: list[str]) -> list[str] | None:
    """A dated chat message's lines as the reader shows them: its header (who, when) on a line
    of its own, each line of the message on its own, without the export's marks
    ("{Reactions}", "{Attachments}"); None when the lines are no such message."""
    from summit_tui.corpus.chat_lines import export_mark, message_text

    if message_text(lines[0]) != "":
        return None
    return [lines[0].strip(), *(line.strip() for line in lines[1:] if not export_mark(line))]


def _lines_of(
    source: str, passage: Passage, console: Console, width: int, styles: InlineStyles
) -> list[list[Segment]]:
    """One line's source as the fast path draws a paragraph of it."""
    indent = 2 * passage.depth + 1 if passage.depth > 0 else 0
    text = inline_text(source, styles)
    lines: list[list[Segment]] = []
    for line in wrap(text, console, max(4, width - indent)) if text.plain else [Text("")]:
        line.end = ""
        lines.append([Segment(" " * indent), *line.render(console)])
    return lines
