"""A fast block scanner for the Markdown that notes are usually written in.

Segmenting needs only a note's block structure: headings, paragraphs, lists and their
items, with line numbers and nesting levels. markdown-it-py spends most of a cold load
finding it, because every block rule is a Python call on every line. This scanner
applies markdown-it's own block rules (CommonMark with tables, as blocks.py sets it up)
to the constructs notes are made of: ATX and setext headings, paragraphs, bullet and
ordered lists, code fences and thematic breaks. It gives up (``scan`` returns None) at
the first sign of anything else: block quotes, HTML, tables, link reference
definitions, indented code, tabs. The caller then parses that note with markdown-it. A
test checks that both give the same tokens for every note the scanner accepts.

``Scanner`` walks the lines with those rules and says what it found through a few
methods (a heading, a paragraph, a list and its items, a fence, a rule): ``scan``'s
subclass makes markdown-it-shaped tokens of them (for passages, and for the test that
compares with markdown-it), and blocks.py's makes a note's blocks directly, without
tokens that would only be walked again.
"""

from __future__ import annotations

from summit_tui.corpus.clues import holds_any
from summit_tui.lazy_re import lazy

MAX_LEVEL = 20  # markdown-it's commonmark preset: deeper nesting is not parsed
_UNSUPPORTED = ("\t", "\r", "\x00")  # tabs, carriage returns, NULs
# A GFM table needs a line holding a pipe followed by a delimiter row (``|---|:-:``, only
# pipes, dashes, colons and spaces): without one, a pipe is text (``10:30 | Title | Name``).
_TABLE_START = lazy(r"\|[^\n]*\n *(?=[-:| ]*-)[-:|][-:| ]*(?:\n|\Z)")
_NOT_SCANNED = "<>"  # HTML and block quotes, where a block starts
# The first characters of a line that may end a paragraph (or make the scanner give up):
# terminates_paragraph is asked only about lines that start with one of them.
_STARTERS = frozenset("`~*-_+#<>0123456789")
# What markdown-it trims off a heading's or a paragraph's text (its MD_TRIM_CHARS: tabs,
# line breaks, spaces of every width): written out so that a note with no inline markup
# is read without importing markdown-it at all (test_blockscan holds the two equal).
TRIM_CHARS = "\t\n\x0b\x0c\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
TRIM_CHARS += "\u2028\u2029\u202f\u205f\u3000"


class Tok:
    """A block token, shaped like markdown-it's ``Token`` where blocks.py reads it."""

    __slots__ = ("children", "content", "level", "map", "meta", "nesting", "tag", "type")
    children: list | None
    meta: dict

    def __init__(
        self, type: str, tag: str, nesting: int, level: int, map: list[int] | None = None
    ) -> None:
        self.type = type
        self.tag = tag
        self.nesting = nesting
        self.level = level
        self.map = map
        self.content = ""
        # ``children`` and ``meta`` are set on inline tokens only: nothing reads them on
        # the others, and most tokens are not inline.


class GiveUp(Exception):
    """The note holds something this scanner does not handle."""


# Characters of one note (or one entry) that markdown-it parses at most: its block rules cost
# seconds per 100,000 characters of tables or quotes. A longer text that the scanner gives up
# on is read as ``plain_lines``: its headings as headings, its other lines as plain text.
LARGEST_PARSED = 200_000
_PLAIN_LEAD = lazy(r"^(?:[ >|<*+\-=_`~:#\[\]]+|\d{1,9}[.)](?=[ ]|$))+")
_ATX = lazy(r"^ {0,3}#{1,6}(?= |$)")


def plain_lines(src: str) -> str:
    """``src`` line for line with nothing the scanner gives up on: an ATX heading stays a
    heading; every other line loses the marks it opens with (quotes, lists, tables, HTML,
    fences, indentation) and is text. ``scan`` reads the result, always."""
    src = src.replace("\t", " ").replace("\r", " ").replace("\x00", " ").replace("]:", "] :")
    lines = src.split("\n")
    for index, line in enumerate(lines):
        if line and not _ATX.match(line):
            lines[index] = _PLAIN_LEAD.sub("", line)
    return "\n".join(lines)


def scannable(src: str) -> bool:
    """Whether ``src`` is free of what the scanner never reads (tabs, tables …)."""
    if holds_any(src, _UNSUPPORTED):
        return False
    if "]" in src and "]:" in src:  # a link reference (most notes have no "]": one fast look)
        return False
    return "|" not in src or not _TABLE_START.search(src)


def scan(src: str) -> list[Tok] | None:
    """markdown-it's block tokens for ``src``, or None when markdown-it must parse it."""
    if not scannable(src):
        return None
    scanner = _TokenScanner(src)
    try:
        scanner.run()
    except GiveUp:
        return None
    return scanner.tokens


def _bullet_marker(line: str, pos: int) -> int:
    """markdown-it's skipBulletListMarker: the position after the marker, or -1."""
    if pos >= len(line) or line[pos] not in "*-+":
        return -1
    pos += 1
    if pos < len(line) and line[pos] != " ":
        return -1
    return pos


def _ordered_marker(line: str, start: int) -> int:
    """markdown-it's skipOrderedListMarker: the position after "1." or "1)", or -1."""
    end = len(line)
    if start + 1 >= end or not ("0" <= line[start] <= "9"):
        return -1
    pos = start + 1
    while True:
        if pos >= end:
            return -1
        ch = line[pos]
        pos += 1
        if "0" <= ch <= "9":
            if pos - start >= 10:
                return -1
            continue
        if ch in ").":
            break
        return -1
    if pos < end and line[pos] != " ":
        return -1
    return pos


# What may follow a thematic break's first marker in its next two columns: the marker and
# spaces only (a rule is three or more markers and spaces alone). Most lines starting with
# "-" or "*" are list items, told apart by a look-up of those two characters without
# ``hr``'s copy of the line.
_RULE_GOES_ON = {
    marker: frozenset(a + b for a in ("", marker, " ") for b in ("", marker, " "))
    for marker in "*-_"
}


def _trim(text: str) -> str:
    return text.strip(TRIM_CHARS)


def _skip_spaces(line: str, pos: int) -> int:
    end = len(line)
    while pos < end and line[pos] == " ":
        pos += 1
    return pos


class Scanner:
    """markdown-it's StateBlock and block rules, for one note, without tabs.

    What it finds goes to the ``found_*`` methods (``level`` is the token level the
    block's opening token would have), which subclasses define; ``run`` raises
    ``GiveUp`` where markdown-it must parse the note."""

    def __init__(self, src: str, lines: list[str] | None = None) -> None:
        # ``lines``: ``src``'s lines, where the caller has them (copied: they are changed here)
        lines = src.split("\n") if lines is None else list(lines)
        # Whether the last line is followed by "\n" in the source (fence contents keep it).
        self.last_line_ends = True
        if src.endswith("\n"):
            lines.pop()
        elif lines and not lines[-1].strip(" "):
            lines.pop()  # a last line of spaces without "\n" is not a line to markdown-it
        else:
            self.last_line_ends = False
        self.line_max = len(lines)
        lines.append("")  # markdown-it's fake last line, for bounds checks
        self.lines = lines
        # tShift == sCount without tabs: the column where a line's content starts
        self.shift = [len(line) - len(line.lstrip(" ")) for line in lines]
        self.blk_indent = 0
        self.list_indent = -1
        self.parent = "root"
        self.level = 0
        self.line = 0

    def run(self) -> None:
        self.tokenize(0, self.line_max)

    # -- what was found ---------------------------------------------------------------------

    def found_fence(self, start: int, end: int, content_end: int) -> None:
        """A code fence on lines start..end; its content is lines start + 1..content_end."""
        raise NotImplementedError

    def found_hr(self, start: int) -> None:
        raise NotImplementedError

    def found_heading(self, level: int, start: int, end: int, content: str) -> None:
        """An ATX heading (one line) or a setext heading (its text, then the underline)."""
        raise NotImplementedError

    def found_paragraph(self, start: int, end: int, content: str) -> None:
        raise NotImplementedError

    def found_list(self, ordered: bool, start: int) -> object:
        """A list opens; the value returned is given back to ``list_ended``."""
        raise NotImplementedError

    def list_ended(self, handle: object, ordered: bool, end: int) -> None:
        raise NotImplementedError

    def found_item(self, start: int) -> object:
        """An item of the innermost list opens; the value goes back to ``item_ended``."""
        raise NotImplementedError

    def item_ended(self, handle: object, end: int) -> None:
        raise NotImplementedError

    # -- StateBlock -------------------------------------------------------------------------

    def is_empty(self, line: int) -> bool:
        return self.shift[line] >= len(self.lines[line])

    def is_code(self, line: int) -> bool:
        return self.shift[line] - self.blk_indent >= 4

    def first(self, line: int) -> str:
        text, pos = self.lines[line], self.shift[line]
        return text[pos] if pos < len(text) else ""

    def get_lines(self, begin: int, end: int, indent: int) -> str:
        """getLines(begin, end, indent, keepLastLF=False) without tabs.

        markdown-it cuts up to ``indent`` columns of leading spaces, and goes on past a
        list marker up to the line's content (``shift``, moved there while a list item
        is read): that is ``min(indent, shift)`` columns, as no line has tabs."""
        if end == begin + 1:  # most paragraphs are one line
            text = self.lines[begin]
            return text[min(indent, self.shift[begin]) :] if indent else text
        if not indent:
            return "\n".join(self.lines[begin:end])
        lines, shift = self.lines, self.shift
        return "\n".join(lines[line][min(indent, shift[line]) :] for line in range(begin, end))

    def tokenize(self, start: int, end: int) -> None:
        """markdown-it's tokenize, without telling tight lists from loose ones: nothing
        here reads that."""
        line = start
        lines, shift, line_max = self.lines, self.shift, self.line_max  # is_empty, inlined
        while line < end:
            while line < line_max and shift[line] >= len(lines[line]):
                line += 1
            self.line = line
            if line >= end or shift[line] < self.blk_indent:
                break
            if self.level >= MAX_LEVEL:
                raise GiveUp
            self.block(line, end)
            line = self.line
            if line < end and shift[line] >= len(lines[line]):
                line += 1
                self.line = line

    def block(self, line: int, end: int) -> None:
        """The block rules in markdown-it's order, tried only where the first character
        allows them (table and reference cannot match here)."""
        text, shift = self.lines[line], self.shift[line]
        if shift - self.blk_indent >= 4:
            raise GiveUp  # an indented code block
        ch = text[shift] if shift < len(text) else " "
        if ch in _NOT_SCANNED:
            raise GiveUp
        if ch in "`~" and self.fence(line, end, False):
            return
        if (
            ch in "*-_"
            and text[shift + 1 : shift + 3] in _RULE_GOES_ON[ch]
            and self.hr(line, False)
        ):
            return
        if (ch in "*-+" or "0" <= ch <= "9") and self.list(line, end, False):
            return
        if ch == "#" and self.heading(line, False):
            return
        stop = self.lheading(line, end)
        if stop >= 0:  # no underline: a paragraph, which ends where the search stopped
            self.paragraph(line, stop)

    def terminates_paragraph(self, line: int, end: int) -> bool:
        """Whether a rule of the "paragraph" chain would start a block at ``line``."""
        text, shift = self.lines[line], self.shift[line]
        ch = text[shift] if shift < len(text) else " "
        if ch in _NOT_SCANNED and shift - self.blk_indent < 4:
            raise GiveUp  # a block quote or HTML block could interrupt here
        return (
            (ch in "`~" and self.fence(line, end, True))
            or (
                ch in "*-_"
                and text[shift + 1 : shift + 3] in _RULE_GOES_ON[ch]
                and self.hr(line, True)
            )
            or ((ch in "*-+" or "0" <= ch <= "9") and self.list(line, end, True))
            or (ch == "#" and self.heading(line, True))
        )

    # -- rules ------------------------------------------------------------------------------

    def fence(self, start: int, end: int, silent: bool) -> bool:
        text = self.lines[start]
        pos = self.shift[start]
        if self.is_code(start) or pos + 3 > len(text):
            return False
        marker = text[pos]
        if marker not in "~`":
            return False
        mem = pos
        while pos < len(text) and text[pos] == marker:
            pos += 1
        length = pos - mem
        if length < 3:
            return False
        if marker == "`" and "`" in text[pos:]:
            return False
        if silent:
            return True
        next_line = start
        closed = False
        while True:
            next_line += 1
            if next_line >= end:
                break
            line_text = self.lines[next_line]
            pos = mem = self.shift[next_line]
            if pos < len(line_text) and self.shift[next_line] < self.blk_indent:
                break
            if pos >= len(line_text) or line_text[pos] != marker:
                continue
            if self.is_code(next_line):
                continue
            while pos < len(line_text) and line_text[pos] == marker:
                pos += 1
            if pos - mem < length:
                continue
            if _skip_spaces(line_text, pos) < len(line_text):
                continue
            closed = True
            break
        self.line = next_line + (1 if closed else 0)
        self.found_fence(start, self.line, next_line)
        return True

    def hr(self, start: int, silent: bool) -> bool:
        if self.is_code(start):
            return False
        text = self.lines[start]
        pos = self.shift[start]
        if pos >= len(text) or text[pos] not in "*-_":
            return False
        # three or more of the marker, with nothing but spaces between (no tabs here)
        marker = text[pos]
        if text.count(marker, pos) < 3 or text[pos:].strip(marker + " "):
            return False
        if silent:
            return True
        self.line = start + 1
        self.found_hr(start)
        return True

    def heading(self, start: int, silent: bool) -> bool:
        if self.is_code(start):
            return False
        text = self.lines[start]
        pos = self.shift[start]
        end = len(text)
        if pos >= end or text[pos] != "#":
            return False
        level = 1
        pos += 1
        while pos < end and text[pos] == "#" and level <= 6:
            level += 1
            pos += 1
        if level > 6 or (pos < end and text[pos] != " "):
            return False
        if silent:
            return True
        # Cut a closing sequence like "  ###  ".
        maximum = end
        while maximum > pos and text[maximum - 1] == " ":
            maximum -= 1
        tmp = maximum
        while tmp > pos and text[tmp - 1] == "#":
            tmp -= 1
        if tmp > pos and text[tmp - 1] == " ":
            maximum = tmp
        self.line = start + 1
        self.found_heading(level, start, start + 1, _trim(text[pos:maximum]))
        return True

    def lheading(self, start: int, end: int) -> int:
        """A setext heading (-1), or where the paragraph starting at ``start`` ends.

        markdown-it tries this rule, then the paragraph rule, over the same lines with the
        same tests (the underline aside): the paragraph's end is found once, here."""
        if self.is_code(start):
            return self.paragraph_end(start)
        old_parent = self.parent
        self.parent = "paragraph"  # not restored when there is no underline, as in markdown-it
        level = 0
        next_line = start + 1
        lines, shift, blk_indent = self.lines, self.shift, self.blk_indent
        while next_line < end:
            text = lines[next_line]
            pos = shift[next_line]
            if pos >= len(text):  # an empty line
                break
            if pos - blk_indent > 3:
                next_line += 1
                continue
            ch = text[pos]
            if pos >= blk_indent and ch in "-=":
                marker = ch
                while pos < len(text) and text[pos] == marker:
                    pos += 1
                if _skip_spaces(text, pos) >= len(text):
                    level = 1 if marker == "=" else 2
                    break
            if ch in _STARTERS and self.terminates_paragraph(next_line, end):
                break
            next_line += 1
        if not level:
            return next_line if end == self.line_max else self.paragraph_end(start)
        content = _trim(self.get_lines(start, next_line, self.blk_indent))
        self.line = next_line + 1
        self.found_heading(level, start, self.line, content)
        self.parent = old_parent
        return -1

    def paragraph_end(self, start: int) -> int:
        """Where a paragraph starting at ``start`` ends (markdown-it's paragraph rule)."""
        old_parent = self.parent
        self.parent = "paragraph"
        next_line = start + 1
        end = self.line_max
        lines, shift, blk_indent = self.lines, self.shift, self.blk_indent
        while next_line < end:
            text = lines[next_line]
            pos = shift[next_line]
            if pos >= len(text):  # an empty line
                break
            if pos - blk_indent > 3:
                next_line += 1
                continue
            if text[pos] in _STARTERS and self.terminates_paragraph(next_line, end):
                break
            next_line += 1
        self.parent = old_parent
        return next_line

    def paragraph(self, start: int, next_line: int) -> None:
        """A paragraph of lines start..next_line (its end found by ``lheading``)."""
        self.line = next_line
        self.found_paragraph(
            start, next_line, _trim(self.get_lines(start, next_line, self.blk_indent))
        )

    def list(self, start: int, end: int, silent: bool) -> bool:
        shift = self.shift
        if shift[start] - self.blk_indent >= 4:  # indented code
            return False
        if (
            self.list_indent >= 0
            and shift[start] - self.list_indent >= 4
            and shift[start] < self.blk_indent
        ):
            return False
        terminating = silent and self.parent == "paragraph" and shift[start] >= self.blk_indent
        text = self.lines[start]
        if text[shift[start] : shift[start] + 1] in ("*", "-", "+"):  # most lists
            after = _bullet_marker(text, shift[start])
            if after < 0:
                return False
            ordered = False
        else:
            after = _ordered_marker(text, shift[start])
            if after < 0:
                return False
            ordered = True
            if terminating and int(text[shift[start] : after - 1]) != 1:
                return False
        if terminating and _skip_spaces(text, after) >= len(text):
            return False
        marker = text[after - 1]
        if silent:
            return True

        opened = self.found_list(ordered, start)
        self.level += 1
        next_line = start
        old_parent = self.parent
        self.parent = "list"
        while next_line < end:
            text = self.lines[next_line]
            initial = shift[next_line] + after - shift[start]
            pos = after
            while pos < len(text) and text[pos] == " ":
                pos += 1
            content_start = pos
            offset = initial + (pos - after)
            indent_after = 1 if content_start >= len(text) else offset - initial
            if indent_after > 4:
                indent_after = 1
            indent = initial + indent_after

            item = self.found_item(start)
            self.level += 1
            old_shift = shift[start]
            old_list_indent = self.list_indent
            self.list_indent = self.blk_indent
            self.blk_indent = indent
            shift[start] = content_start  # == offset: no tabs
            if content_start >= len(text):
                if self.is_empty(start + 1):
                    self.line = min(self.line + 2, end)
                else:
                    self.tokenize(start, end)
            elif (
                text[content_start] not in _STARTERS
                and content_start - indent < 4
                and self.level < MAX_LEVEL
            ):
                # Most items open with a paragraph: tokenize's first round, by hand.
                stop = self.lheading(start, end)
                if stop >= 0:
                    self.paragraph(start, stop)
                line = self.line
                if line < end and self.is_empty(line):
                    line += 1
                    self.line = line
                # tokenize, unless it would stop at once: the next line is a non-empty one
                # left of the item's content (the next item, most often), self.line already
                if line < end and (
                    shift[line] >= len(self.lines[line]) or shift[line] >= self.blk_indent
                ):
                    self.tokenize(line, end)
            else:
                self.tokenize(start, end)
            self.blk_indent = self.list_indent
            self.list_indent = old_list_indent
            shift[start] = old_shift
            next_line = start = self.line
            self.level -= 1
            self.item_ended(item, next_line)
            if next_line >= end:
                break
            blk_indent = self.blk_indent
            if shift[next_line] < blk_indent or shift[next_line] - blk_indent >= 4:
                break  # less indented than the list, or indented code
            text = self.lines[next_line]
            ch = text[shift[next_line]] if shift[next_line] < len(text) else ""
            if ch == ">":
                raise GiveUp  # a block quote would end the list here
            if (ch in "`~" and self.fence(next_line, end, True)) or (
                ch in "*-_"
                and text[shift[next_line] + 1 : shift[next_line] + 3] in _RULE_GOES_ON[ch]
                and self.hr(next_line, True)
            ):
                break
            if ordered:
                after = _ordered_marker(text, shift[next_line])
            else:
                after = _bullet_marker(text, shift[next_line])
            if after < 0 or text[after - 1] != marker:
                break
        self.level -= 1
        self.list_ended(opened, ordered, next_line)
        self.line = next_line
        self.parent = old_parent
        return True


class _TokenScanner(Scanner):
    """The scanner making markdown-it's block tokens."""

    def __init__(self, src: str) -> None:
        super().__init__(src)
        self.tokens: list[Tok] = []

    def push(self, type: str, tag: str, nesting: int, map: list[int] | None = None) -> Tok:
        token = Tok(type, tag, nesting, self.level, map)
        self.tokens.append(token)
        return token

    def found_fence(self, start: int, end: int, content_end: int) -> None:
        token = self.push("fence", "code", 0, [start, end])
        # markdown-it's getLines(start + 1, content_end, indent, keepLastLF=True)
        content = self.get_lines(start + 1, content_end, self.shift[start])
        if content_end > start + 1 and (content_end < self.line_max or self.last_line_ends):
            content += "\n"
        token.content = content

    def found_hr(self, start: int) -> None:
        self.push("hr", "hr", 0, [start, start + 1])

    def found_heading(self, level: int, start: int, end: int, content: str) -> None:
        # a setext heading's inline token ends before its underline
        inline_end = end if end == start + 1 else end - 1
        self.push("heading_open", f"h{level}", 1, [start, end])
        inline = Tok("inline", "", 0, self.level + 1, [start, inline_end])
        inline.content = content
        inline.children = []
        inline.meta = {}
        self.tokens.append(inline)
        self.push("heading_close", f"h{level}", -1)

    def found_paragraph(self, start: int, end: int, content: str) -> None:
        level = self.level
        inline = Tok("inline", "", 0, level + 1, [start, end])
        inline.content = content
        inline.children = []
        inline.meta = {}
        self.tokens += (
            Tok("paragraph_open", "p", 1, level, [start, end]),
            inline,
            Tok("paragraph_close", "p", -1, level),
        )

    def found_list(self, ordered: bool, start: int) -> object:
        kind, tag = ("ordered_list", "ol") if ordered else ("bullet_list", "ul")
        return self.push(f"{kind}_open", tag, 1, [start, 0])

    def list_ended(self, handle: object, ordered: bool, end: int) -> None:
        assert isinstance(handle, Tok) and handle.map is not None
        handle.map[1] = end
        kind, tag = ("ordered_list", "ol") if ordered else ("bullet_list", "ul")
        self.tokens.append(Tok(f"{kind}_close", tag, -1, self.level))

    def found_item(self, start: int) -> object:
        return self.push("list_item_open", "li", 1, [start, 0])

    def item_ended(self, handle: object, end: int) -> None:
        assert isinstance(handle, Tok) and handle.map is not None
        handle.map[1] = end
        self.tokens.append(Tok("list_item_close", "li", -1, self.level))
