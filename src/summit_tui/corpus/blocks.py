"""A note's blocks: its headings, its talk lines, its paragraphs and its lists, with lines.

The body is scanned by ``blockscan`` (most notes), whose rules report straight into the
blocks here, or parsed by markdown-it (the rest), whose tokens are read into the same
blocks.
Headings are ATX or setext headings, at the top level or opening a list item (an
outliner's block heading: Logseq's ``- ## Talk``); a paragraph that is one bold line, or a
line that names a talk by its kind or its time ("KEYNOTE — …", "14:00 ~ 14:40 | …"), is
kept as a *bold line*, a heading of a note written without headings. Paragraph text is kept for
finding speakers; lists and tables are kept with their bullets (a booth per bullet).
Inline parsing (emphasis, links) is done only where a text has markup.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from summit_tui.corpus.blockscan import (
    LARGEST_PARSED,
    GiveUp,
    Scanner,
    Tok,
    plain_lines,
    scannable,
)
from summit_tui.corpus.names import quoted_talk_line
from summit_tui.corpus.passages import inline_plain
from summit_tui.corpus.speakers import Block
from summit_tui.lazy_re import lazy

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    BlockToken = Token | Tok  # markdown-it's, or the fast scanner's look-alike

# "Name: …", or "Name：…" (a full-width colon is followed by no space: "KDE：在 Steam Deck 上演示")
_BULLET_NAME = lazy(r"^(?P<name>[^:：\n]{1,60}?)\s*(?::\s|：)")
# "**PSF booth** - became a member", "**g0v** — civic tech": a bold name, then a dash or colon
# "JetBrains — free licences", "Red Hat - OpenShift demo": a short name, then a spaced dash
_DASHED_NAME = lazy(r"^(?P<name>[^\s—–-][^—–\n]{0,38}?[^\s—–-])\s+[—–-]\s+\S")
_BOLD_NAME = lazy(r"^(\*\*|__)(?P<name>[^*_\n]{1,60}?)\1[ \t]*(?:[-–—:：|]|$)")


@lru_cache(maxsize=1)
def markdown_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Inline parsing is the slow half of markdown-it; it is done per block, only where
    # the text has markup (see expand).
    return MarkdownIt("commonmark").enable("table").disable("inline")


@lru_cache(maxsize=1)
def inline_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


# A line that names a talk or booth by its kind first, in notes written without Markdown.
_KIND_LINE = lazy(
    r"^(?:KEYNOTE|OPENING KEYNOTE|CLOSING KEYNOTE|SESSION|TALK|PANEL|WORKSHOP|BOOTH|LIGHTNING TALK"
    r"|Keynote|Session|Talk|Panel|Workshop|Booth|키노트|기조연설|세션|패널|부스)"
    r"\s*[—–:-]\s*\S.{0,100}$"
    # "발표 — Title"; "발표: 인프런 대표" names who gave the talk above it
    r"|^발표\s*[—–-]\s*\S.{0,100}$"
)
# A line that names a talk by its time first: "14:00 ~ 14:40 | Title", "10:30 - Title".
_TIME_LINE = lazy(
    r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:~|-|–|—)\s*\d{1,2}[:.]\d{2})?\s*[|｜—–-]\s*\S.{0,100}$"
)
# the first characters of ``_KIND_LINE``'s words: most paragraphs open with none of them
_KIND_OPENERS = frozenset("KOCSTPWBL키기세패부발")
# "**Title**", "**Title** (Speaker)" or "**Title** — Speaker" alone on the first line of a
# paragraph
_BOLD_LINE = lazy(
    r"[ \t]*(\*\*|__)([^*_\n]{2,150})\1"
    r"(?P<after>[ \t]*\([^()\n]{1,60}\)"
    # "**Title** — David Okoro (closing keynote)": the speaker, and the talk's kind after;
    # "**Slow is smooth** (keynote) – Katarzyna Lis": the kind first
    r"|(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+[—–][ \t]+[A-ZÀ-Þ\u0100-\u017f가-힣][\w.'’-]*"
    r"(?:[ \t]+[\w.'’-]+){0,3}(?:[ \t]*\([^()\n]{1,40}\))?)?"
    # a wiki's "**Title** – Name, sala 3": the room after a comma, no part of the speaker
    r"(?:(?<=[\w)])[ \t]*,[ \t]*[^,()*_\n]{1,30})?"
    r"[ \t]*(?:\n|$)"
)
# A prose post's paragraph that opens with its talk's title, run in: "**Title.** Name opened
# with …", "**Title** — Name. …", "\"Title\" by Name was …", "“Title” (Name) …"
_RUN_IN_NAME = r"[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3}|[가-힣]{2,4}(?:[ \t]*님)?"
_RUN_IN_BOLD = lazy(
    r"(\*\*|__)(?P<title>[^*_\n]{3,150}?)(?P<stop>[.:])?\1"
    rf"(?:(?(stop)|[.:])[ \t]+\S|[ \t]+(?:[—–-][ \t]+|by[ \t]+)(?P<who>{_RUN_IN_NAME})[ \t]*[.,:;]"
    rf"|[ \t]*\((?P<paren>{_RUN_IN_NAME})\)[ \t]*[.,:;]?[ \t]+\S"
    # "**Polars vs pandas (Marta Soler)** — they moved …": the speaker inside the bold
    r"|(?<=\)\*\*|\)__)[ \t]+[—–][ \t]+\S)"
)
_RUN_IN_NAME_FULL = lazy(_RUN_IN_NAME)
_RUN_IN_QUOTED = lazy(
    r"(?P<q>[\"“„«])(?P<title>[^\"“”„«»\n]{3,150}?)[\"”“»]"
    rf"[ \t]*(?:(?:[—–-]|by)[ \t]+(?P<who>{_RUN_IN_NAME})|\((?P<paren>{_RUN_IN_NAME})\))"
    r"(?=[ \t.,:;]|$)"
)
_MARKUP = lazy(r"[*_`\[\]<>&\\!]")
_EMPHASIS = lazy(r"[*_`][*_`]*")  # [*_`]+, opening with the class: the search skips in C


def expand(token: BlockToken) -> BlockToken:
    """Give an inline token its children (emphasis, links) when its text has markup."""
    if not token.meta.get("expanded"):
        token.meta["expanded"] = True
        if _MARKUP.search(token.content):
            parsed = inline_parser().parseInline(token.content)
            if parsed:
                token.children = parsed[0].children
    return token


def plain_text(token: BlockToken) -> str:
    if not expand(token).children:
        return " ".join(token.content.split())
    return inline_plain(token)


def plain_of(content: str) -> str:
    """``plain_text`` of an inline token holding ``content``, without the token."""
    if _MARKUP.search(content):
        parsed = inline_parser().parseInline(content)
        if parsed and parsed[0].children:
            return inline_plain(parsed[0])
    return " ".join(content.split())


def rough_text(token: BlockToken) -> str:
    """The readable text of a paragraph without inline parsing: emphasis marks dropped.

    Enough to read a speaker label or a speech sentence, and much faster on long notes.
    """
    return rough_content(token.content)


def rough_content(source: str) -> str:
    """``rough_text`` of an inline token holding ``source``."""
    content = _EMPHASIS.sub("", source)
    if "\n" not in content.strip():
        return " ".join(content.split())
    # lines kept: "Title : …" and "Speaker : …" on consecutive lines are two facts
    return "\n".join(" ".join(line.split()) for line in content.strip().split("\n"))


@dataclass
class Heading:
    level: int
    text: str
    start: int  # body line, 0-based
    head_end: int  # the line after the heading itself (setext headings take two)
    end: int = 0  # end of the section (exclusive)
    children: list[Heading] = field(default_factory=list)
    stop: int = 0  # where an outliner's talk block ends, before the next heading (0: none)

    def descendants(self) -> Iterator[Heading]:
        for child in self.children:
            yield child
            yield from child.descendants()


@dataclass(slots=True)
class Inline:
    start: int
    block: Block | Paragraph


class Paragraph:
    """A paragraph as ``speakers`` reads it (a ``Block``), its readable text made only
    when read: most paragraphs hold no speaker label, which ``source`` tells cheaply."""

    __slots__ = ("_text", "level", "source")
    heading = False

    def __init__(self, source: str, level: int, text: str | None = None) -> None:
        self.source = source  # the paragraph as written: every character of ``text`` is in it
        self.level = level
        self._text = text

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = rough_content(self.source)
        return self._text


def _paragraph(content: str, level: int) -> Paragraph | None:
    """The paragraph of an inline token's content; None when it has no readable text."""
    if "*" in content or "_" in content or "`" in content:  # marks dropped: maybe nothing left
        text = rough_content(content)
        return Paragraph(content, level, text) if text else None
    if not content or content.isspace():
        return None
    return Paragraph(content, level)


@dataclass
class Bullet:
    start: int
    end: int
    inline: BlockToken | None
    _name: str | None = None
    _named: bool = False

    @property
    def name(self) -> str | None:
        if not self._named:
            self._name, self._named = _bullet_name(self.inline), True
        return self._name


@dataclass(frozen=True, slots=True)
class BlockList:
    start: int
    end: int
    bullets: tuple[Bullet, ...]


@dataclass
class Blocks:
    headings: list[Heading] = field(default_factory=list)
    bold: list[Heading] = field(default_factory=list)  # bold-only paragraphs, level 0
    inlines: list[Inline] = field(default_factory=list)
    lists: list[BlockList] = field(default_factory=list)
    # top-level paragraphs that open with a talk's title run in (``run_in_title``), level 1
    run_in: list[Heading] = field(default_factory=list)
    # how many top-level paragraphs open with a letter ("a) *Title* (Name) …": lettered_talks)
    # or with a question in bold ("**3. Which session …?**": survey_answers)
    lettered: int = 0
    asked: int = 0


_ENUM_ENDS = frozenset(").")
_ROMAN = frozenset("ivxIVX")
_ROMAN_START = lazy(r"[ivxIVX]{1,4}[).][ \t]")


def _mark_opening(parsed: Blocks, content: str) -> None:
    """Count a top-level paragraph that opens with a letter or a question in bold."""
    first = content[:1]
    if first == "*":
        if "?**" in content[:300]:
            parsed.asked += 1
    elif first.isalpha() and (
        (content[1:2] in _ENUM_ENDS and content[2:3] in (" ", "\t"))
        or (first in _ROMAN and _ROMAN_START.match(content) is not None)
    ):
        parsed.lettered += 1


def parse_blocks(body: str, lines: list[str] | None = None) -> Blocks:
    """``lines``: the body's lines, where the caller has them."""
    parsed = None
    if scannable(body):  # most notes
        reader = _BlockReader(body, lines)
        try:
            reader.run()
        except GiveUp:
            pass
        else:
            parsed = reader.parsed
    if parsed is None and len(body) > LARGEST_PARSED:
        reader = _BlockReader(plain_lines(body))  # never given up on: see plain_lines
        reader.run()
        parsed = reader.parsed
    if parsed is None:
        parsed = _read_tokens(markdown_parser().parse(body))
    if body[:1] in _OUTLINE_STARTS or "::" in body[:200]:  # maybe an outliner's page
        _add_outline_talks(parsed, body)
    elif len(parsed.headings) <= 1 and not parsed.bold and " **" in body:
        _add_list_talks(parsed, body)  # maybe a title over a list of talks in bold
    return parsed


_OUTLINE_STARTS = frozenset("-*\n")
_RUN_IN_STARTS = frozenset('*_"“„«')
_QUOTE_OPENERS = frozenset('"“„«»「『‘‚‹')


def _add_outline_talks(parsed: Blocks, body: str) -> None:
    """An outliner's talk blocks (``- **Title** — [[Speaker]]``) as headings."""
    from summit_tui.corpus.outline_talks import outline_talk_headings

    talks = [
        Heading(t.level, t.text, t.start, t.start + 1, stop=t.end)
        for t in outline_talk_headings(body)
    ]
    if talks:
        parsed.headings = sorted([*parsed.headings, *talks], key=lambda h: h.start)


def _add_list_talks(parsed: Blocks, body: str) -> None:
    """A list of talks under a note's title (``1. **Title** — Speaker`` over its notes) as
    headings one level below the title."""
    from summit_tui.corpus.outline_talks import list_talk_headings

    talks = list_talk_headings(body)
    if not talks:
        return
    below = [h for h in parsed.headings if h.start < talks[0].start]
    level = below[0].level + 1 if below else 2
    parsed.headings = sorted(
        [
            *parsed.headings,
            *(Heading(level, t.text, t.start, t.start + 1, stop=t.end) for t in talks),
        ],
        key=lambda h: h.start,
    )


def _read_tokens(tokens: Sequence[BlockToken]) -> Blocks:
    """The blocks of markdown-it's tokens (what ``_BlockReader`` finds as it scans)."""
    parsed = Blocks()
    inlines = parsed.inlines
    previous = ""  # the type of the token before
    heading_text: tuple[BlockToken, str] | None = None  # a level-0 heading's, read once
    for index, token in enumerate(tokens):
        kind = token.type
        opens_item = previous == "list_item_open"
        after_heading, previous = previous == "heading_open", kind
        if kind == "inline":  # never at level 0: nothing else to look at
            if token.map:
                if after_heading:
                    if heading_text is not None and heading_text[0] is token:
                        text = heading_text[1]
                    else:
                        text = plain_text(token)
                    if text:
                        inlines.append(Inline(token.map[0], Block(text, token.level, True)))
                elif (paragraph := _paragraph(token.content, token.level)) is not None:
                    inlines.append(Inline(token.map[0], paragraph))
            continue
        if (token.level != 0 and not (opens_item and kind == "heading_open")) or not token.map:
            continue
        inline = tokens[index + 1] if index + 1 < len(tokens) else None
        if kind == "heading_open" and inline is not None:
            unruled = _without_banner_rule(inline.content)
            text = plain_text(inline) if unruled is inline.content else plain_of(unruled)
            heading_text = (inline, text)
            if text:
                level = int(token.tag[1:]) if token.tag[1:].isdigit() else 6
                parsed.headings.append(Heading(level, text, token.map[0], token.map[1]))
        elif kind == "paragraph_open" and inline is not None:
            start, end = token.map
            _mark_opening(parsed, inline.content)
            line = _bold_line(inline, start, end)
            if line is not None:
                parsed.bold.append(line)
            elif inline.content[:1] in _RUN_IN_STARTS and (run := _run_in(inline.content, start)):
                parsed.run_in.append(run)
        elif kind in ("bullet_list_open", "ordered_list_open"):
            parsed.lists.append(_read_list(tokens, index))
        elif kind == "table_open":
            parsed.lists.append(_read_table(tokens, index))
    return parsed


def _without_banner_rule(content: str) -> str:
    """A setext heading's text without a pad's banner rule: "==========" over "10:30 Title
    — Name" over "==========" is a heading whose text opens with the first rule, which is
    no part of it."""
    if content.startswith("===") and "\n" in content:
        rule, _, rest = content.partition("\n")
        if not rule.strip("= "):
            return rest
    return content


def _talk_line(content: str) -> bool:
    """A line naming a talk by its kind (``_KIND_LINE``) or its time first (``_TIME_LINE``),
    each pattern tried only where the line's first character may open it."""
    head = content[:1]
    return (head in _KIND_OPENERS and _KIND_LINE.match(content) is not None) or (
        (head.isdigit() or head.isspace()) and _TIME_LINE.match(content) is not None
    )


def _emoji_bold(content: str) -> bool:
    """A paragraph that opens with an emoji before its bold line: "🎤 **Title**"."""
    if content[:1] <= "\u2000":  # most paragraphs: a letter, a digit or a mark of ASCII
        return False
    head = content[:4]
    return ("**" in head or "__" in head) and not head[0].isalnum()


def _bold_line(inline: BlockToken, start: int, end: int) -> Heading | None:
    """A top-level paragraph that is a heading of a note written without headings: one
    bold line (after an emoji too: "🎤 **Title**"), or a line naming a talk by its kind or
    its time."""
    content = inline.content
    if _emoji_bold(content):
        mark = content.find("**") if "**" in content[:6] else content.find("__")
        bare = _inline_token(content[mark:], inline.level, start, end)
        line = _bold_line(bare, start, end)
        if line is not None and line.text:
            return line
    if content.lstrip().startswith(("**", "__")):
        if _is_bold(inline):
            return Heading(1, plain_text(inline), start, end)
        if (first_line := _BOLD_LINE.match(content)) is not None:
            # "**Building with Gemini Nano**" with the talk's text on the next line
            text = " ".join((first_line.group(2) + (first_line["after"] or "")).split())
            return Heading(1, text, start, start + 1)
    if end - start == 1 and _talk_line(content):
        # "KEYNOTE — AI in everyday life (Jihoon Kim)": a heading in a plain-text note
        return Heading(1, plain_text(inline), start, end)
    return None


def run_in_title(content: str) -> str | None:
    """The talk a prose paragraph opens with (``Title`` or ``Title — Speaker``), or None."""
    first = content[:1]
    if first == "*" or first == "_":
        match = _RUN_IN_BOLD.match(content)
    elif first in '"“„«':
        match = _RUN_IN_QUOTED.match(content)
    else:
        return None
    if match is None:
        return None
    title = " ".join(match["title"].split()).rstrip(".:")
    who = match["who"] or match["paren"]
    if not who and content[match.end("title") + 2 :].lstrip()[:1] in "—–":
        # "**Title (Name)** — …": only a person's name in the parenthesis makes it a talk,
        # not "**Important (really)** — …"
        inner = title[title.rfind("(") + 1 : -1]
        if _RUN_IN_NAME_FULL.fullmatch(inner) is None:
            return None
    if not title:
        return None
    return f"{title} — {' '.join(who.split())}" if who else title


def _quoted_line(content: str, start: int) -> Heading | None:
    """The paragraph's first line as a heading when it is only a quoted title and its
    speaker."""
    first = content.split("\n", 1)[0].strip()
    return Heading(1, first, start, start + 1) if quoted_talk_line(first) else None


def _run_in(content: str, start: int) -> Heading | None:
    text = run_in_title(content)
    return Heading(1, text, start, start + 1) if text else None


def _inline_token(content: str, level: int, start: int, end: int) -> Tok:
    token = Tok("inline", "", 0, level, [start, end])
    token.content = content
    token.children = []
    token.meta = {}
    return token


class _BlockReader(Scanner):
    """The scanner reporting straight into a note's blocks: what ``_read_tokens`` reads
    from the tokens ``blockscan.scan`` would make, without making them.

    ``count`` numbers the tokens as markdown-it would, since a bullet's text is the
    first inline token within the three after its item opens (``_read_list``)."""

    def __init__(self, src: str, lines: list[str] | None = None) -> None:
        super().__init__(src, lines)
        self.parsed = Blocks()
        self.count = 0
        self.bullets: list[Bullet] = []  # the items of the top-level list being read
        self.bullet: Bullet | None = None  # its item still waiting for its text …
        self.bullet_until = 0  # … from an inline token numbered up to this
        self.item_open = -1  # the number of the token after the last item's opening

    def found_fence(self, start: int, end: int, content_end: int) -> None:
        self.count += 1

    def found_hr(self, start: int) -> None:
        self.count += 1

    def found_heading(self, level: int, start: int, end: int, content: str) -> None:
        index = self.count + 1  # of its inline token
        self.count += 3
        inline_level = self.level + 1
        text = plain_of(_without_banner_rule(content))
        if text:
            self.parsed.inlines.append(Inline(start, Block(text, inline_level, True)))
            if self.level == 0 or index == self.item_open + 1:
                self.parsed.headings.append(Heading(level, text, start, end))
        if self.bullet is not None:
            if index <= self.bullet_until:
                inline_end = end if end == start + 1 else end - 1
                self.bullet.inline = _inline_token(content, inline_level, start, inline_end)
            self.bullet = None

    def found_paragraph(self, start: int, end: int, content: str) -> None:
        index = self.count + 1
        self.count += 3
        level = self.level
        paragraph = _paragraph(content, level + 1)
        if paragraph is not None:
            self.parsed.inlines.append(Inline(start, paragraph))
        if level == 0:
            _mark_opening(self.parsed, content)
            # a bold line, or a one-line talk line (tested here first: most lines are not)
            if (
                content.lstrip().startswith(("**", "__"))
                or (end - start == 1 and _talk_line(content))
                or _emoji_bold(content)
            ):
                line = _bold_line(_inline_token(content, 1, start, end), start, end)
                if line is not None:
                    self.parsed.bold.append(line)
                elif (run := _run_in(content, start)) is not None:
                    self.parsed.run_in.append(run)
            elif content[:1] in _QUOTE_OPENERS and (line := _quoted_line(content, start)):
                # "「型で守る」 山田太郎" alone on its line: a talk's heading in a plain-text note
                self.parsed.bold.append(line)
            elif content[:1] in _RUN_IN_STARTS and (run := _run_in(content, start)) is not None:
                self.parsed.run_in.append(run)
        elif self.bullet is not None:
            if index <= self.bullet_until:
                self.bullet.inline = _inline_token(content, level + 1, start, end)
            self.bullet = None

    def found_list(self, ordered: bool, start: int) -> object:
        self.count += 1
        if self.level == 0:
            self.bullets = []
        return start

    def list_ended(self, handle: object, ordered: bool, end: int) -> None:
        self.count += 1
        if self.level == 0:
            assert isinstance(handle, int)
            self.parsed.lists.append(BlockList(handle, end, tuple(self.bullets)))

    def found_item(self, start: int) -> object:
        index = self.count
        self.count += 1
        self.item_open = self.count
        if self.level != 1:  # an item of a nested list
            self.bullet = None
            return None
        self.bullet = bullet = Bullet(start, 0, None)
        self.bullet_until = index + 3
        self.bullets.append(bullet)
        return bullet

    def item_ended(self, handle: object, end: int) -> None:
        self.count += 1
        if handle is not None:
            assert isinstance(handle, Bullet)
            handle.end = end


def _read_table(tokens: Sequence[BlockToken], index: int) -> BlockList:
    """A table as a list of its body rows, each named by its first cell (a booth table:
    "| Datadog | LLM Observability | 베타 신청함 |")."""
    opener = tokens[index]
    assert opener.map is not None
    rows: list[Bullet] = []
    in_body = False
    row: Bullet | None = None
    for token in tokens[index + 1 :]:
        if token.type == "table_close":
            break
        if token.type == "tbody_open":
            in_body = True
        elif token.type == "tr_open" and in_body and token.map:
            row = Bullet(token.map[0], token.map[1], None, _named=True)
            rows.append(row)
        elif token.type == "inline" and row is not None and not row._name:
            row._name = plain_text(token) or None
        elif token.type == "tr_close":
            row = None
    return BlockList(opener.map[0], opener.map[1], tuple(rows))


def _is_bold(inline: BlockToken) -> bool:
    if not inline.content.lstrip().startswith(("**", "__")):
        return False
    children = [
        c for c in expand(inline).children or [] if not (c.type == "text" and not c.content.strip())
    ]
    return (
        len(children) >= 3
        and children[0].type == "strong_open"
        and children[-1].type == "strong_close"
        and sum(1 for c in children if c.type == "strong_open") == 1
    )


def _read_list(tokens: Sequence[BlockToken], index: int) -> BlockList:
    opener = tokens[index]
    assert opener.map is not None
    bullets: list[Bullet] = []
    depth = 0
    position = index + 1
    count = len(tokens)
    while position < count:
        token = tokens[position]
        kind = token.type
        if kind == "bullet_list_close" or kind == "ordered_list_close":
            if depth == 0:
                break
            depth -= 1
        elif kind == "bullet_list_open" or kind == "ordered_list_open":
            depth += 1
        elif kind == "list_item_open" and depth == 0 and token.map:
            inline = None
            for candidate in tokens[position + 1 : position + 4]:
                if candidate.type == "inline":
                    inline = candidate
                    break
            bullets.append(Bullet(token.map[0], token.map[1], inline))
        position += 1
    return BlockList(opener.map[0], opener.map[1], tuple(bullets))


def _bullet_name(inline: BlockToken | None) -> str | None:
    """The name a bullet describes: its leading link's text, or the text before a colon."""
    if inline is None:
        return None
    children = expand(inline).children or []
    if children and children[0].type == "link_open":
        parts: list[str] = []
        for child in children[1:]:
            if child.type == "link_close":
                break
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
        name = " ".join("".join(parts).split())
        if name:
            return name
    bold = _BOLD_NAME.match(inline.content)
    if bold is not None and bold.group("name").strip():
        return " ".join(bold.group("name").split())
    text = plain_text(inline)
    match = _BULLET_NAME.match(text)
    if match:
        return match.group("name").strip()
    dashed = _DASHED_NAME.match(text)
    if dashed is not None:
        return dashed.group("name")  # "JetBrains — free licences for students"
    return text if 0 < len(text.split()) <= 6 else None


def firmly_named(bullet: Bullet) -> bool:
    """A bullet that names something as a link or before a colon ("[Datadog](…)",
    "**AI 메이트 데모존**: …"), not a short note such as "협동로봇 데모"."""
    inline = bullet.inline
    if inline is None:
        return bullet.name is not None  # a table row, named by its first cell
    children = expand(inline).children or []
    if children and children[0].type == "link_open":
        return True
    if _BOLD_NAME.match(inline.content) is not None:
        return True
    return _BULLET_NAME.match(plain_text(inline)) is not None


def heading_tree(headings: list[Heading], total: int) -> list[Heading]:
    roots: list[Heading] = []
    stack: list[Heading] = []
    for heading in headings:
        heading.children = []
        while stack and stack[-1].level >= heading.level:
            _close(stack.pop(), heading.start)  # where one of its level or above starts
        (stack[-1].children if stack else roots).append(heading)
        stack.append(heading)
    while stack:
        _close(stack.pop(), total)
    return roots


def _close(heading: Heading, end: int) -> None:
    """End a section at ``end``, or where its outliner's block ends if that is before: the
    errands after a talk block are no part of it (nor of the points inside it)."""
    if heading.stop and heading.start < heading.stop < end:
        end = heading.stop
        for child in heading.children:
            if child.end > end:
                _close(child, end)
    heading.end = end


def paragraph_spans(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The runs of non-blank lines from ``start`` to ``end``, as (first, after last)."""
    spans: list[tuple[int, int]] = []
    number = start
    while number < end:
        if not lines[number].strip():
            number += 1
            continue
        first = number
        while number < end and lines[number].strip():
            number += 1
        spans.append((first, number))
    return spans
