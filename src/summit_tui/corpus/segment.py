"""Note → entries: which part of a note is about which talk, booth, or nothing in particular.

The note is parsed with markdown-it (ATX and setext headings, lists, blockquotes and
code fences come out right) and its headings form a tree. Headings such as
``EXHIBITION``, ``booths``, ``부스`` or ``Keynote``, ``세션``, ``발표`` are *context*:
what sits under them is a booth or a session. The headings directly under a context
are the *units* (one entry each); everything deeper belongs to its unit — a bold
numbered paragraph or a ``####`` inside a talk is a sub-point, not a new talk —
unless the program lists that sub-heading as an item of its own. A context heading's
own text (an intro, a table of contents) is an ``other`` entry. A list of booths
under a booth heading gives one entry per bullet. A note without any structure is
one ``other`` entry.

Entry ids are ``<note path>#<slug of the heading path>`` so that annotations survive
reloads; a repeated path gets ``~2``, ``~3``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from summit_tui.corpus.blockscan import Tok, scan
from summit_tui.corpus.model import Entry, EntryKind, ItemKind, Note, Problem, Program, Severity
from summit_tui.corpus.names import normalize, slug, split_title, title_similarity
from summit_tui.corpus.passages import inline_plain
from summit_tui.corpus.speakers import Block, find_speakers

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from summit_tui.corpus.link import ProgramIndex

    BlockToken = Token | Tok  # markdown-it's, or the fast scanner's look-alike

_BOOTH_WORDS = {
    "exhibition",
    "exhibitions",
    "exhibit",
    "exhibits",
    "exhibitor",
    "exhibitors",
    "expo",
    "booth",
    "booths",
}
_BOOTH_PREFIXES = ("부스", "전시")
_SESSION_WORDS = {"keynote", "keynotes", "session", "sessions", "talk", "talks"}
_SESSION_PARTS = ("세션", "발표", "키노트", "강연")
_SINGULAR = frozenset({"talk", "session", "keynote", "booth", "exhibit"})
_CONTEXT_MAX_WORDS = 6
_STRONG = 88.0  # a title this close to a program item is about that item
_SUBJECT = re.compile(
    r"^\s*(?P<name>[A-Za-z][A-Za-z0-9.&+\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.&+\-]*){0,4}?)"
    r"\s*(?:에서는|에서|사는|사의|은|는|이|가|의|[,:(])"
)
_BULLET_NAME = re.compile(r"^(?P<name>[^:：\n]{1,60}?)\s*[:：]\s")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Inline parsing is the slow half of markdown-it; it is done per block, only where
    # the text has markup (see _expand).
    return MarkdownIt("commonmark").enable("table").disable("inline")


@lru_cache(maxsize=1)
def _inline_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


_MARKUP = re.compile(r"[*_`\[\]<>&\\!]")
_EMPHASIS = re.compile(r"[*_`]+")


def _expand(token: BlockToken) -> BlockToken:
    """Give an inline token its children (emphasis, links) when its text has markup."""
    if not token.meta.get("expanded"):
        token.meta["expanded"] = True
        if _MARKUP.search(token.content):
            parsed = _inline_parser().parseInline(token.content)
            if parsed:
                token.children = parsed[0].children
    return token


def _plain(token: BlockToken) -> str:
    if not _expand(token).children:
        return " ".join(token.content.split())
    return inline_plain(token)


def _rough(token: BlockToken) -> str:
    """The readable text of a paragraph without inline parsing: emphasis marks dropped.

    Enough to read a speaker label or a speech sentence, and much faster on long notes.
    """
    return " ".join(_EMPHASIS.sub("", token.content).split())


def segment_note(note: Note, program: Program | None) -> tuple[list[Entry], list[Problem]]:
    """Split a note into entries. Never raises: odd Markdown still gives entries."""
    try:
        return _Segmenter(note, program).run(), []
    except Exception as error:  # the note must still be readable whatever went wrong
        lines = note.body.split("\n")
        entry = _make_entry(note, lines, EntryKind.OTHER, note.title, (), 0, len(lines), (), "note")
        problem = Problem(
            note.path,
            None,
            Severity.WARNING,
            f"could not find the entries of this note ({type(error).__name__}: {error})",
            "whole note kept as one unsorted entry",
        )
        return ([entry] if entry else []), [problem]


# -- parsing ---------------------------------------------------------------------------------


@dataclass
class _Heading:
    level: int
    text: str
    start: int  # body line, 0-based
    head_end: int  # the line after the heading itself (setext headings take two)
    end: int = 0  # end of the section (exclusive)
    children: list[_Heading] = field(default_factory=list)

    def descendants(self) -> Iterator[_Heading]:
        for child in self.children:
            yield child
            yield from child.descendants()


@dataclass(frozen=True, slots=True)
class _Inline:
    start: int
    block: Block


@dataclass
class _Bullet:
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
class _List:
    start: int
    end: int
    bullets: tuple[_Bullet, ...]


@dataclass
class _Parsed:
    headings: list[_Heading] = field(default_factory=list)
    bold: list[_Heading] = field(default_factory=list)  # bold-only paragraphs, level 0
    inlines: list[_Inline] = field(default_factory=list)
    lists: list[_List] = field(default_factory=list)


def _parse(body: str) -> _Parsed:
    tokens: Sequence[BlockToken] | None = scan(body)  # most notes; the rest: markdown-it
    if tokens is None:
        tokens = _parser().parse(body)
    parsed = _Parsed()
    for index, token in enumerate(tokens):
        if token.type == "inline":  # never at level 0: nothing else to look at
            if token.map:
                heading = index > 0 and tokens[index - 1].type == "heading_open"
                text = _plain(token) if heading else _rough(token)
                if text:
                    parsed.inlines.append(_Inline(token.map[0], Block(text, token.level, heading)))
            continue
        if token.level != 0 or not token.map:
            continue
        inline = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.type == "heading_open" and inline is not None:
            text = _plain(inline)
            if text:
                level = int(token.tag[1:]) if token.tag[1:].isdigit() else 6
                parsed.headings.append(_Heading(level, text, token.map[0], token.map[1]))
        elif token.type == "paragraph_open" and inline is not None and _is_bold(inline):
            parsed.bold.append(_Heading(1, _plain(inline), token.map[0], token.map[1]))
        elif token.type == "bullet_list_open":
            parsed.lists.append(_read_list(tokens, index))
    return parsed


def _is_bold(inline: BlockToken) -> bool:
    if not inline.content.lstrip().startswith(("**", "__")):
        return False
    children = [
        c
        for c in _expand(inline).children or []
        if not (c.type == "text" and not c.content.strip())
    ]
    return (
        len(children) >= 3
        and children[0].type == "strong_open"
        and children[-1].type == "strong_close"
        and sum(1 for c in children if c.type == "strong_open") == 1
    )


def _read_list(tokens: Sequence[BlockToken], index: int) -> _List:
    opener = tokens[index]
    assert opener.map is not None
    bullets: list[_Bullet] = []
    depth = 0
    position = index + 1
    while position < len(tokens):
        token = tokens[position]
        if token.type == "bullet_list_close" and depth == 0:
            break
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif token.type == "list_item_open" and depth == 0 and token.map:
            inline = next(
                (t for t in tokens[position + 1 : position + 4] if t.type == "inline"), None
            )
            bullets.append(_Bullet(token.map[0], token.map[1], inline))
        position += 1
    return _List(opener.map[0], opener.map[1], tuple(bullets))


def _bullet_name(inline: BlockToken | None) -> str | None:
    """The name a bullet describes: its leading link's text, or the text before a colon."""
    if inline is None:
        return None
    children = _expand(inline).children or []
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
    text = _plain(inline)
    match = _BULLET_NAME.match(text)
    if match:
        return match.group("name").strip()
    return text if 0 < len(text.split()) <= 6 else None


def _tree(headings: list[_Heading], total: int) -> list[_Heading]:
    roots: list[_Heading] = []
    stack: list[_Heading] = []
    for heading in headings:
        heading.children = []
        while stack and stack[-1].level >= heading.level:
            stack.pop().end = heading.start  # a section ends where one of its level or above starts
        (stack[-1].children if stack else roots).append(heading)
        stack.append(heading)
    for heading in stack:
        heading.end = total
    return roots


def context_kind(text: str, *, nested: bool = False) -> EntryKind | None:
    """The kind a heading such as "EXHIBITION" or "Keynote session" gives what is under it.

    ``nested`` is for a heading already under a context: only a plain group name
    ("Sessions", "Booths", "세션") opens a context there, so a talk called "Fireside
    talk" with sub-headings stays one talk.
    """
    words = normalize(text).split()
    if not words or len(words) > (3 if nested else _CONTEXT_MAX_WORDS):
        return None
    singular = _SINGULAR if nested else frozenset()
    booth_words = _BOOTH_WORDS - singular
    session_words = _SESSION_WORDS - singular
    if any(w in booth_words or w.startswith(_BOOTH_PREFIXES) for w in words):
        return EntryKind.BOOTH
    if any(w in session_words or any(p in w for p in _SESSION_PARTS) for w in words):
        return EntryKind.SESSION
    return None


# -- building entries ------------------------------------------------------------------------


def _make_entry(
    note: Note,
    lines: list[str],
    kind: EntryKind,
    title: str,
    path: tuple[str, ...],
    start: int,
    end: int,
    speakers: tuple[str, ...],
    fragment: str,
) -> Entry | None:
    end = min(end, len(lines))
    while end > start and not lines[end - 1].strip():
        end -= 1
    while start < end and not lines[start].strip():
        start += 1
    if start >= end:
        return None
    return Entry(
        id=f"{note.path}#{fragment}",
        note=note.path,
        author=note.author,
        title=title,
        heading_path=path,
        kind=kind,
        start_line=note.body_line + start,
        end_line=note.body_line + end - 1,
        text="\n".join(lines[start:end]),
        speakers=speakers,
    )


class _Segmenter:
    def __init__(self, note: Note, program: Program | None) -> None:
        self.note = note
        self.lines = note.body.split("\n")
        self.parsed = _parse(note.body)
        self.inline_starts = [i.start for i in self.parsed.inlines]
        self.index: ProgramIndex | None = None
        self.event: str | None = None
        if program is not None and any(True for _ in program.items()):
            from summit_tui.corpus.link import program_index

            self.index = program_index(program)
            self.event = self.index.resolve_event(note)
        self.entries: list[Entry] = []
        self.ids: set[str] = set()
        self.title_heading: _Heading | None = None

    # -- output --------------------------------------------------------------------------

    def add(
        self,
        kind: EntryKind,
        title: str,
        path: tuple[str, ...],
        start: int,
        end: int,
        speakers: tuple[str, ...] = (),
        fragment: str | None = None,
    ) -> None:
        base = fragment or "/".join(slug(part) for part in path) or "intro"
        unique, number = base, 1
        while f"{self.note.path}#{unique}" in self.ids:
            number += 1
            unique = f"{base}~{number}"
        entry = _make_entry(self.note, self.lines, kind, title, path, start, end, speakers, unique)
        if entry is not None:
            self.ids.add(entry.id)
            self.entries.append(entry)

    # -- the walk ------------------------------------------------------------------------

    def run(self) -> list[Entry]:
        headings = self.parsed.headings or self.parsed.bold
        total = len(self.lines)
        if not headings:
            self.add(EntryKind.OTHER, self.note.title, (), 0, total, fragment="note")
            return self.entries
        roots = _tree(headings, total)
        first = headings[0]
        if first.level == min(h.level for h in headings) and self._is_note_title(first.text):
            self.title_heading = first
        if any(line.strip() for line in self.lines[: first.start]):
            self.add(EntryKind.OTHER, self.note.title, (), 0, first.start, fragment="intro")
        for root in roots:
            self.visit(root, None, ())
        self.entries.sort(key=lambda e: e.start_line)
        return self.entries

    def _is_note_title(self, text: str) -> bool:
        a, b = normalize(split_title(text)[0]), normalize(split_title(self.note.title)[0])
        return bool(a) and title_similarity(a, b) >= 90

    def own_context(self, heading: _Heading) -> EntryKind | None:
        if heading is self.title_heading:
            return None
        kind = context_kind(heading.text)
        if kind is not None and self._strong_item_id(heading.text, None) is not None:
            return None  # "Rani Borkar keynote" is a talk the program lists, not a group
        return kind

    def visit(self, node: _Heading, inherited: EntryKind | None, path: tuple[str, ...]) -> None:
        own = self.own_context(node)
        path = (*path, node.text)
        if inherited is not None:
            nested = context_kind(node.text, nested=True) if own is not None else None
            if node.children and nested is not None:
                self.container(node, nested, path)
            else:
                self.unit(node, inherited, path, named_by_context=own is not None)
            return
        if own is not None:
            if node.children:
                self.container(node, own, path)
            else:
                self.unit(node, own, path, named_by_context=True)
            return
        # A context below makes this heading a container ("# Day 1" over "## Keynotes"); a
        # lone "### 발표 요약" without sub-headings inside a talk does not.
        contexts = [(c, self.own_context(c)) for c in node.children]
        has_context = (
            any(self.own_context(d) is not None and d.children for d in node.descendants())
            or any(kind is EntryKind.BOOTH for _, kind in contexts)
            or sum(1 for _, kind in contexts if kind is not None) >= 2
        )
        unit_like = sum(1 for child in node.children if self._looks_like_unit(child))
        if has_context or unit_like >= 2:
            self.container(node, None, path)
        else:
            self.unit(node, None, path)

    def _looks_like_unit(self, heading: _Heading) -> bool:
        if self._strong_item(heading.text, None) is not None:
            return True
        return bool(self.speakers(heading, heading.start, heading.end))

    def container(self, node: _Heading, kind: EntryKind | None, path: tuple[str, ...]) -> None:
        content_end = node.children[0].start if node.children else node.end
        has_text = self._has_text(node.head_end, content_end)
        if has_text and not (kind is EntryKind.BOOTH and self.bullets(node, path, content_end)):
            self.add(EntryKind.OTHER, node.text, path, node.start, content_end)
        for child in node.children:
            self.visit(child, kind, path)

    def _has_text(self, start: int, end: int) -> bool:
        return any(line.strip() for line in self.lines[start:end])

    def bullets(self, node: _Heading, path: tuple[str, ...], content_end: int) -> bool:
        """One booth entry per bullet of a list of booths; False when there is no such list."""
        lists = [
            lst
            for lst in self.parsed.lists
            if node.start < lst.start < content_end and len(lst.bullets) >= 2
        ]
        named = [b for lst in lists for b in lst.bullets if b.name]
        if not lists or len(named) * 2 < sum(len(lst.bullets) for lst in lists):
            return False
        first = lists[0].start
        if self._has_text(node.head_end, first):
            self.add(EntryKind.OTHER, node.text, path, node.start, first)
        for lst in lists:
            for bullet in lst.bullets:
                name = bullet.name or " ".join(self.lines[bullet.start].split())[:60]
                self.add(EntryKind.BOOTH, name, (*path, name), bullet.start, bullet.end)
        tail = lists[-1].end
        if self._has_text(tail, content_end):
            self.add(EntryKind.OTHER, node.text, path, tail, content_end)
        return True

    def unit(
        self,
        node: _Heading,
        kind: EntryKind | None,
        path: tuple[str, ...],
        *,
        named_by_context: bool = False,
    ) -> None:
        content_end = node.children[0].start if node.children else node.end
        if named_by_context and kind is EntryKind.BOOTH and self.bullets(node, path, content_end):
            return
        title = node.text
        if named_by_context and kind is EntryKind.BOOTH:
            title = self.mentioned_name(node) or node.text
            if title != node.text:
                path = (*path, title)
        item_kind = _item_kind(kind)
        own_item = self._strong_item(title, item_kind)
        splits = self._splits(node, item_kind)
        parts: list[tuple[int, int]] = []
        cursor = node.start
        for split in splits:
            parts.append((cursor, split.start))
            cursor = split.end
        parts.append((cursor, node.end))
        for number, (start, end) in enumerate(parts):
            speakers = self.speakers(node if number == 0 else None, start, end)
            self.add(self._kind(kind, own_item, speakers), title, path, start, end, speakers)
        for split in splits:
            split_kind = kind or self._kind(None, self._strong_item(split.text, None), ())
            speakers = self.speakers(split, split.start, split.end)
            self.add(split_kind, split.text, (*path, split.text), split.start, split.end, speakers)

    def _kind(
        self, kind: EntryKind | None, item_kind: ItemKind | None, speakers: tuple[str, ...]
    ) -> EntryKind:
        if kind is not None:
            return kind
        if item_kind is not None:
            return EntryKind(item_kind.value)
        return EntryKind.SESSION if speakers else EntryKind.OTHER

    def _splits(self, node: _Heading, kind: ItemKind | None) -> list[_Heading]:
        """Sub-headings the program lists as items of their own (not the unit's item)."""
        if self.index is None:
            return []
        own_id = self._strong_item_id(node.text, kind)
        found: list[_Heading] = []

        def walk(heading: _Heading) -> None:
            for child in heading.children:
                child_id = self._strong_item_id(child.text, kind)
                if child_id is not None and child_id != own_id:
                    found.append(child)
                else:
                    walk(child)

        walk(node)
        return found

    def _strong_item_id(self, text: str, kind: ItemKind | None) -> str | None:
        if self.index is None:
            return None
        return self.index.strong_match(text, kind, self.event, _STRONG)

    def _strong_item(self, text: str, kind: ItemKind | None) -> ItemKind | None:
        item_id = self._strong_item_id(text, kind)
        if item_id is None or self.index is None:
            return None
        return self.index.item(item_id).kind

    def speakers(self, node: _Heading | None, start: int, end: int) -> tuple[str, ...]:
        found: list[str] = []
        if node is not None:
            title_speaker = split_title(node.text)[2]
            if title_speaker:
                found.append(title_speaker)
        inlines = self.parsed.inlines
        first = bisect.bisect_left(self.inline_starts, start)
        last = bisect.bisect_left(self.inline_starts, end)
        blocks = [i.block for i in inlines[first:last]]
        for name in find_speakers(blocks):
            if name not in found:
                found.append(name)
        return tuple(found)

    def mentioned_name(self, node: _Heading) -> str | None:
        """What a booth part without its own heading is about: the first booth it names."""
        text = "\n".join(self.lines[node.start + 1 : node.end])
        if self.index is not None:
            item_id = self.index.first_mention(text, ItemKind.BOOTH, self.event)
            if item_id is not None:
                return self.index.item(item_id).title
        for inline in self.parsed.inlines:
            if node.start < inline.start < node.end and not inline.block.heading:
                match = _SUBJECT.match(inline.block.text)
                if match:
                    return match.group("name").strip()
        return None


def _item_kind(kind: EntryKind | None) -> ItemKind | None:
    if kind is EntryKind.BOOTH:
        return ItemKind.BOOTH
    if kind is EntryKind.SESSION:
        return ItemKind.SESSION
    return None
