"""Entry → passages: the paragraphs, list items, headings and blocks of one entry.

A passage is the unit the reader's cursor selects, the unit search snippets point
at, the unit compare aligns (after splitting long ones into sentences) and the
unit a passage annotation quotes. The corpus owns them: ask ``Corpus.passages(entry)``
(memoised, bounded) rather than splitting an entry yourself, so that every part of
the app sees the same passages and an entry is split once.

Passages are found from markdown-it's block tokens, so setext headings, nested lists
and code fences come out right. For the usual note (headings, paragraphs, lists,
fences, rules) the tokens come from the verified fast block scanner
(``corpus/blockscan.py``) and only inline text with markup is parsed by markdown-it;
anything else (quotes, tables, HTML, indented code, tabs) is parsed by markdown-it
whole. Both give the same passages (tests/test_passages.py checks it).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

from summit_tui.corpus.block_break import BLOCK_BREAK
from summit_tui.corpus.outliner_marks import readable
from summit_tui.lazy_re import lazy

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from summit_tui.corpus.blockscan import Tok


class Entry(Protocol):
    """What splitting needs of ``corpus.model.Entry`` (the model imports this module)."""

    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def start_line(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Passage:
    entry_id: str
    index: int  # position within the entry, from 0
    kind: str  # "heading", "paragraph", "item", "code", "table"
    start_line: int  # file lines, inclusive
    end_line: int
    text: str  # the Markdown source of the passage
    plain: str  # the readable text: no Markdown syntax, one line
    depth: int = 0  # list nesting (0 outside lists)

    def holds(self, line: int) -> bool:
        """Whether this passage covers a file line."""
        return self.start_line <= line <= self.end_line


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def inline_plain(token: Token | Tok | None) -> str:
    """The readable text of an inline token: links and emphasis unwrapped, images as alt."""
    if token is None or not token.children:
        return token.content.strip() if token is not None else ""
    parts: list[str] = []
    for child in token.children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content or "")
    return unhighlighted(" ".join("".join(parts).split()))


# Bear's and Obsidian's highlight, ``==text==``: read as its text (the reader shows it marked).
_HIGHLIGHT = lazy(r"(?<![=\w])==(?=[^\s=])([^\n]*?[^\s=])==(?!=)")


def unhighlighted(text: str) -> str:
    """``text`` without the marks of its ``==highlights==`` ("a == b" stays as it is) nor an
    outliner's links, block references and properties (``outliner_marks``)."""
    return readable(_HIGHLIGHT.sub(r"\1", text) if "==" in text else text)


# Characters that can start inline syntax in CommonMark (emphasis, code, links, images,
# autolinks and HTML, entities, escapes). Text without any reads as itself.
_MARKUP = lazy(r"[*_`\[\]<>&\\!]")
# A paragraph longer than this (a page written on one line) is made readable without
# markdown-it, whose inline parse costs seconds per megabyte: its links and images become
# their text, its emphasis and code marks are dropped (near what markdown-it makes).
LONG_INLINE = 20_000
_LINK = lazy(r"!?\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}\)")
_MARKS = lazy(r"\*+|`+")


def _scanned_plain(token: Tok | None) -> str:
    """``inline_plain`` for a fast-scanner token, which carries no inline children:
    markdown-it parses the inline text only when it holds markup."""
    if token is None:
        return ""
    content = token.content
    if not _MARKUP.search(content):
        return unhighlighted(" ".join(content.split()))
    if len(content) > LONG_INLINE:
        return unhighlighted(" ".join(_MARKS.sub("", _LINK.sub(r"\1", content)).split()))
    parsed = _parser().parseInline(content)
    return inline_plain(parsed[0]) if parsed else ""


def split_passages(entry: Entry, *, fast: bool = True, per_post: bool = True) -> list[Passage]:
    """The passages of an entry, in reading order. Never raises on odd Markdown.

    Not memoised: use ``Corpus.passages``, which is. ``fast=False`` parses the entry
    with markdown-it whole, the reference the fast path is checked against. ``per_post``:
    a social thread's post is one passage (False: its blocks, as compare aligns them).
    """
    from summit_tui.corpus.blockscan import LARGEST_PARSED, plain_lines, scan

    text = entry.text
    if text[:1] in (" ", "\t"):
        # an outliner's talk block ("    - Title by [[Name]]" with its points nested under it)
        # is indented as a whole: read at that depth it would be one code block
        text = _outdented(text)
    scanned = scan(text) if fast else None
    if scanned is None and len(text) > LARGEST_PARSED:
        scanned = scan(plain_lines(text))  # too long for markdown-it: its lines as text
    if scanned is not None:
        found = _passages(entry, text, scanned, _scanned_plain)
    else:
        found = _passages(entry, text, _parser().parse(text), inline_plain)
    if "[/quote]" in text:
        found = _bbcode_quotes(found)
    if per_post and "@" in text:
        return _one_per_post(entry, text, found)
    return found


_BBCODE_OPEN = lazy(r"^\[quote(?:=[^\]\n]*)?\][ \t]*$")


def _bbcode_quotes(passages: list[Passage]) -> list[Passage]:
    """A forum's quote (``[quote="user, post:4, topic:812"]`` … ``[/quote]``, as Discourse
    writes it in its raw export) as the quote it is: its lines as a Markdown quote, its
    readable text the quoted words, never the markup."""
    from dataclasses import replace

    out: list[Passage] = []
    inside = False
    for passage in passages:
        lines = passage.text.split("\n")
        opened = passage.kind == "paragraph" and _BBCODE_OPEN.match(lines[0].strip()) is not None
        if opened:
            lines, inside = lines[1:], True
        if not inside:
            out.append(passage if passage.index == len(out) else _reindexed(passage, len(out)))
            continue
        if lines and lines[-1].strip() == "[/quote]":
            lines, inside = lines[:-1], False
        if not any(line.strip() for line in lines):
            continue  # the markup's own line, alone
        quoted = [f"> {line}" for line in lines]
        out.append(replace(passage, index=len(out), text="\n".join(quoted),
                           plain=_plain_text(quoted)))  # fmt: skip
    return out


def _one_per_post(entry: Entry, text: str, passages: list[Passage]) -> list[Passage]:
    """A social thread's posts, one passage each: its writer's line, text, time stamp and
    counts are read, found and annotated together (other passages as they are). The
    passage's readable text is the post's text, without the writer, time stamp and counts."""
    from summit_tui.corpus.social_posts import post_frame, post_starts

    starts = post_starts(text)
    if not starts:
        return passages
    lines = text.split("\n")
    bounds = [*starts, len(lines)]
    groups: list[tuple[int | None, list[Passage]]] = []
    for passage in passages:
        at = passage.start_line - entry.start_line
        post = next((i for i in range(len(starts)) if bounds[i] <= at < bounds[i + 1]), None)
        if post is not None and groups and groups[-1][0] == post:
            groups[-1][1].append(passage)
        else:
            groups.append((post, [passage]))
    out: list[Passage] = []
    for post, members in groups:
        if post is None:
            out.extend(members)
            continue
        first, last = members[0], members[-1]
        begin, end = first.start_line - entry.start_line, last.end_line - entry.start_line
        own = lines[begin : end + 1]
        framed = post_frame(own) or (0, 0)
        said = _plain_text(own[framed[0] : len(own) - framed[1]])
        out.append(
            Passage(
                entry_id=entry.id,
                index=0,
                kind="paragraph",
                start_line=first.start_line,
                end_line=last.end_line,
                text="\n".join(lines[begin : end + 1]).strip("\n"),
                plain=said or first.plain,
                depth=0,
            )
        )
    return [
        passage if passage.index == index else _reindexed(passage, index)
        for index, passage in enumerate(out)
    ]


def _reindexed(passage: Passage, index: int) -> Passage:
    from dataclasses import replace

    return replace(passage, index=index)


def _outdented(text: str) -> str:
    """``text`` with its first line's indentation taken off every line that has it (the lines
    after the block, less indented, stay as they are); as many lines as before."""
    first = text.split("\n", 1)[0]
    indent = first[: len(first) - len(first.lstrip(" \t"))]
    return "\n".join(
        line[len(indent) :] if line.startswith(indent) else line for line in text.split("\n")
    )


def _passages(entry: Entry, source: str, tokens: Sequence[Any], plain_of: Any) -> list[Passage]:
    lines = source.split("\n")
    passages: list[Passage] = []
    depth = 0
    item_taken: list[bool] = []  # per open list item: has its first paragraph been used?

    def add(kind: str, begin: int, end: int, plain: str) -> None:
        end = max(end, begin + 1)
        text = "\n".join(lines[begin:end]).strip("\n")
        if not plain.strip() and not text.strip():
            return
        if end - begin == 1 and BLOCK_BREAK in text:
            # the blocks of HTML written on one line: a passage each, all on that file line
            for piece in text.split(BLOCK_BREAK):
                if piece.strip():
                    shown = _ITEM_MARK.sub("", piece.strip(), count=1) if kind == "item" else piece
                    one(kind, begin, piece.strip(), _plain_text([shown.strip()]))
            return
        if not plain.strip():
            plain = readable(" ".join(text.split()))
            if not plain.strip("-*+ \t"):
                return  # an outliner's embed or query alone: nothing the writer wrote
        one(kind, begin, text, plain, end)

    def one(kind: str, begin: int, text: str, plain: str, end: int | None = None) -> None:
        end = begin + 1 if end is None else end
        passages.append(
            Passage(
                entry_id=entry.id,
                index=len(passages),
                kind=kind,
                start_line=entry.start_line + begin,
                end_line=entry.start_line + end - 1,
                text=text,
                plain=plain,
                depth=depth,
            )
        )

    for position, token in enumerate(tokens):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif kind == "list_item_open":
            item_taken.append(False)
        elif kind == "list_item_close":
            item_taken.pop()
        elif kind == "heading_open" and token.map:
            if _BANNER.match(lines[token.map[0]]):
                # a chat export's banner ("=====" / "Guild: …" / "Channel: …" / "====="),
                # which Markdown reads as one heading: a line each, the rules no text
                for number in range(token.map[0], token.map[1]):
                    if lines[number].strip() and not _BANNER.match(lines[number]):
                        add("paragraph", number, number + 1, lines[number].strip())
                continue
            inline = tokens[position + 1] if position + 1 < len(tokens) else None
            add("heading", token.map[0], token.map[1], plain_of(inline))
        elif kind == "paragraph_open" and token.map:
            begin, end = token.map
            messages = _message_starts(lines, begin, end) if end - begin > 1 else None
            if messages is not None:  # a chat's messages, one passage each
                for first, last in zip(messages, [*messages[1:], end], strict=True):
                    own = lines[first:last]
                    add("paragraph", first, last, _message_plain(own) or _plain_text(own))
                continue
            if begin == 0 and end > 1 and lines[0][:2] == "**" and _BOLD_TALK.match(lines[0]):
                # the entry's own bold talk line over what was said, no blank line between
                # ("**Kotlin coroutines vs. Loom** – Erik Dahl" / "Konklusjonen var …"): its
                # heading, not the first point's opening words
                add("heading", 0, 1, _plain_text(lines[:1]))
                if item_taken and not item_taken[-1]:
                    item_taken[-1] = True
                add("paragraph", 1, end, _plain_text(lines[1:end]))
                continue
            if end - begin > 1 and (breaks := _lines_apart(lines, begin, end)):
                # lines a writer broke apart (a blog editor's <p> per line, a line ending in
                # a hard break): each its own passage, an item's first line its item
                kind = "paragraph"
                if item_taken and not item_taken[-1]:
                    item_taken[-1], kind = True, "item"
                for first, last in zip([begin, *breaks], [*breaks, end], strict=True):
                    own = lines[first:last]
                    if kind == "item":  # the item's line, without its marker
                        own = [_ITEM_MARK.sub("", own[0], count=1), *own[1:]]
                    add(kind, first, last, _plain_text(own))
                    kind = "paragraph"
                continue
            inline = tokens[position + 1] if position + 1 < len(tokens) else None
            plain = plain_of(inline)
            if end - begin > 1 and lines[begin][:1] == "[":
                plain = _message_plain(lines[begin:end]) or plain  # no stamp, no reactions
            if item_taken and not item_taken[-1]:
                item_taken[-1] = True
                add("item", token.map[0], token.map[1], plain)
            else:
                add("paragraph", token.map[0], token.map[1], plain)
        elif kind in ("fence", "code_block") and token.map:
            add("code", token.map[0], token.map[1], " ".join(token.content.split()))
        elif kind == "table_open" and token.map:
            add("table", token.map[0], token.map[1], "")
        elif kind == "html_block" and token.map:
            words = html_words(token.content)
            if words:  # a block of tags alone (</details>, <br>, a comment) is no passage
                add("html", token.map[0], token.map[1], words)
    return passages


def _message_starts(lines: list[str], begin: int, end: int) -> list[int] | None:
    """Where the chat messages of a paragraph start (a KakaoTalk room's lines, a thread's
    quoted replies) when it holds two or more: the lines before the first (a day's divider)
    are a passage of their own. None for any other paragraph."""
    from summit_tui.corpus.chat_lines import opens_message

    starts: list[int] = []
    for number in range(begin, min(end, len(lines))):
        line = lines[number]
        if line[:1] == ">" or line[:2] == " >":
            line = line.lstrip()[1:].lstrip()
        opening = line[:1]
        if (
            opening in _MESSAGE_OPENINGS or opening.isalpha() or opening.isdigit()
        ) and opens_message(line):
            starts.append(number)
    if len(starts) < 2:
        return None
    return starts if starts[0] == begin else [begin, *starts]


_MESSAGE_OPENINGS = frozenset("[*")
_BANNER = lazy(r"^={5,}\s*$")


def _message_plain(lines: list[str]) -> str | None:
    """The readable text of one chat message written over several lines (Discord's
    "[10/9/2024 9:34 AM] name" over its text and "{Reactions}"): its words without the
    header's stamp and the export's marks; None when the lines open no message."""
    from summit_tui.corpus.chat_lines import export_mark, message_text

    said = message_text(lines[0])
    if said is None:
        return None
    return _plain_text([said, *(line for line in lines[1:] if not export_mark(line))])


_ITEM_MARK = lazy(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")


def _line_breaks(lines: list[str], begin: int, end: int) -> list[int]:
    """The lines of a paragraph that start after a hard line break (the line before ends in
    two spaces), outside a quote: [] when it has none."""
    return [
        number + 1
        for number in range(begin, min(end, len(lines)) - 1)
        if lines[number].endswith("  ") and lines[number].strip() and lines[number][:1] != ">"
    ]


# Bullets typed or pasted as characters, which Markdown reads as text (Apple Notes, Google
# Docs, Word, a chat): "• 80 engineers", "◦ a sub-point", "→ the demo failed", "・メモ".
_BULLETS = frozenset("•◦▪▫▸▹‣⁃→●○■□➤✓✔・")


def _opens_with_bullet(line: str) -> bool:
    """Whether a line opens with a typed bullet: a bullet character, or an emoji set before
    a point as social posts do ("1️⃣ Workshop…", "🔹 Observability…", "👉 Slides…")."""
    text = line.lstrip()
    first = text[:1]
    if first in _BULLETS:
        return True
    if not first or (first.isascii() and not first.isdigit()):
        return False
    mark = text[:4].replace("\ufe0f", "")
    if mark[1:2] == "\u20e3":  # a keycap: 1️⃣, #️⃣
        return mark[2:3] == " "
    return mark[1:2] == " " and unicodedata.category(first) == "So"


def _lines_apart(lines: list[str], begin: int, end: int) -> list[int]:
    """Where the lines of a paragraph start that its writer set apart, [] when none are: a
    hard line break, a typed bullet per line, an emoji per line or a point per line. The
    last two are no split of a chat message's header over what it said."""
    breaks = _line_breaks(lines, begin, end)
    if breaks:
        return breaks
    shown = lines[begin : min(end, len(lines))]
    if all(line.lstrip()[:1] in _BULLETS for line in shown[1:]):
        return list(range(begin + 1, begin + len(shown)))
    if not (_emoji_lines(shown) or (len(shown) >= _POINT_LINES and _point_lines(shown))):
        return []
    from summit_tui.corpus.chat_lines import opens_message

    if opens_message(shown[0]):
        return []
    return list(range(begin + 1, begin + len(shown)))


def _emoji_lines(shown: list[str]) -> bool:
    """Whether a paragraph of three or more lines opens each line after the first with a
    bullet, an emoji among them (one emoji line under another is a message's header)."""
    return len(shown) >= 3 and all(_opens_with_bullet(line) for line in shown[1:])


_POINT_LINES = 3  # lines a paragraph needs to be read as one point per line
# A line that is only a talk's title in bold, its speaker after a dash or in brackets:
# "**Kotlin coroutines vs. Loom** – Erik Dahl", "**Title** (Name)", "**Title**"
_BOLD_TALK = lazy(
    r"^\*\*[^*\n]{2,140}\*\*[ \t]*(?:[–—-][ \t]*[^.!?:;\n]{2,60}|\([^()\n]{2,60}\))?[ \t]*$"
)
_POINT_MAX = 160  # characters a line of such a paragraph holds at most


def _point_lines(shown: list[str]) -> bool:
    """Whether a paragraph is written one point per line with no list markers (Apple Notes,
    a phone's notes app: "Platform eng – Hannah Okafor" / "80 engineers, no platform team"
    / "Golden paths = templates"): every line after the first opens as a point does (a
    capital or a digit, not a wrapped sentence's next word) and none before it ends
    mid-sentence (a comma, a hyphen, a colon)."""
    for line in shown[1:]:
        first = line[:1]
        if not (first.isdigit() or (first.isupper() and first.isascii()) or first in _BULLETS):
            return False
    for line in shown:
        if len(line) > _POINT_MAX or line[-1:] in ",-–:;(" or line[:1] in " \t>":
            return False
    # "Title : …" / "Speaker : …": facts about the talk, one introduction
    return sum(1 for line in shown if _LABELLED.match(line)) < 2


_LABELLED = lazy(r"^[^\s:：][^:：]{0,24}[:：](?:\s|$)")


def _plain_text(lines: list[str]) -> str:
    """The readable text of a few source lines of one paragraph (quote marks dropped)."""
    text = "\n".join(
        line.lstrip()[1:] if line.lstrip().startswith(">") else line for line in lines
    ).strip()
    if not _MARKUP.search(text):
        return unhighlighted(" ".join(text.split()))
    parsed = _parser().parseInline(text)
    return inline_plain(parsed[0]) if parsed else " ".join(text.split())


_HTML_COMMENT = lazy(r"<!--.*?(?:-->|$)", re.DOTALL)
_HTML_TAG = lazy(r"<[^<>]*>")


def html_words(source: str) -> str:
    """The words of a raw HTML block (`<details><summary>Slides</summary>`): tags and
    comments dropped, entities read, spaces collapsed."""
    from html import unescape

    text = _HTML_TAG.sub(" ", _HTML_COMMENT.sub(" ", source))
    return " ".join(unescape(text).split())


def passage_at(passages: Sequence[Passage], line: int) -> Passage | None:
    """The passage holding a file line, else the first one after it, else None."""
    after: Passage | None = None
    for passage in passages:
        if passage.holds(line):
            return passage
        if after is None and passage.start_line > line:
            after = passage
    return after


class PassageMemo:
    """The passages of the entries asked for lately, within a bound (thread-safe).

    At most ``max_entries`` entries, and entries whose texts add up to at most
    ``max_chars`` characters, are kept; the least recently asked for go first (the
    last one asked for always stays). A 10,000-note corpus therefore holds what the
    reader, compare and anchoring look at, never every note split twice over.
    """

    def __init__(self, max_entries: int = 4096, max_chars: int = 4_000_000) -> None:
        self.max_entries = max_entries
        self.max_chars = max_chars
        self._held: dict[str, tuple[Entry, tuple[Passage, ...], int]] = {}
        self._chars = 0
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._held)

    def cached(self, entry: Entry) -> tuple[Passage, ...] | None:
        with self._lock:
            held = self._held.get(entry.id)
        if held is None or not (held[0] is entry or held[0] == entry):
            return None
        return held[1]

    def passages(self, entry: Entry) -> tuple[Passage, ...]:
        found = self.cached(entry)
        if found is not None:
            with self._lock:  # most recently used goes last
                held = self._held.pop(entry.id, None)
                if held is not None:
                    self._held[entry.id] = held
            return found
        passages = tuple(split_passages(entry))  # outside the lock: may take a while
        size = len(entry.text)
        with self._lock:
            previous = self._held.pop(entry.id, None)
            if previous is not None:
                self._chars -= previous[2]
            self._held[entry.id] = (entry, passages, size)
            self._chars += size
            while len(self._held) > 1 and (
                len(self._held) > self.max_entries or self._chars > self.max_chars
            ):
                oldest = next(iter(self._held))
                self._chars -= self._held.pop(oldest)[2]
        return passages
