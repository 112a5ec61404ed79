"""An HTML fragment as Markdown, line for line (``html_body`` says where and why).

Read with the standard library's parser: headings, paragraphs, lists, bold, quotes, code
and tables become their Markdown equivalents on the line they start on; text is escaped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from summit_tui.corpus.block_break import BLOCK_BREAK
from summit_tui.corpus.placeholders import escape, readable_text
from summit_tui.lazy_re import lazy

_LINE_START = lazy(r"^(?:(?P<mark>[-+=#|])|(?P<number>\d{1,9})[.)])")
_LARGEST = 1_000_000  # characters of HTML in one piece read with the parser; beyond, words
_TAG = lazy(r"<[^<>]*>")
_BOLD_STYLE = lazy(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)
_TYPED_BULLETS = frozenset({"- ", "* "})
_LONGEST_TITLE = 154  # a bold paragraph read as a title: 150 characters and its marks
_MAX_DEPTH = 20  # nesting read (lists, bold); deeper is read as text at this depth
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_SKIPPED = frozenset({"script", "style", "template", "noscript"})
_ITEM_BREAKS = frozenset({"p", "div", "br", "li", "tr"})
_BETWEEN_BLOCKS = f" {BLOCK_BREAK} "
_SPACES = lazy(r"[ \t\n\r\f\v\xa0\u200b\u3000]+")


def html_lines(html: str) -> list[str]:
    """The Markdown lines of an HTML fragment, one per line of it."""
    if len(html) > _LARGEST:
        return _words_by_line(html)
    reader = _HtmlReader(html.count("\n") + 1)
    try:
        reader.feed(_tags_closed(html))
        reader.close()
    except Exception:  # the parser is lenient; a bug here must not lose the note's text
        return _words_by_line(html)
    return reader.lines()


def _words_by_line(html: str) -> list[str]:
    """Each line's words without its tags: what a fragment too large to parse reads as."""
    return [escape(_SPACES.sub(" ", _TAG.sub(" ", line)).strip()) for line in html.split("\n")]


def _tags_closed(html: str) -> str:
    """``html`` with every ``<`` that no ``>`` closes before the next ``<`` written as
    ``&lt;`` (text, as a browser reads it): the standard library's parser looks again
    from each unclosed one, which takes time quadratic in their number."""
    parts: list[str] = []
    last = 0
    at = html.find("<")
    close = html.find(">")
    while at >= 0:
        if 0 <= close <= at:  # the ">" found last is behind: the next one (each looked for once)
            close = html.find(">", at + 1)
        following = html.find("<", at + 1)
        if close < 0 or (0 <= following < close):
            parts.append(html[last:at])
            parts.append("&lt;")
            last = at + 1
        at = following
    if not parts:
        return html
    parts.append(html[last:])
    return "".join(parts)


class _Block:
    """One line's Markdown block as it is being written: its marker and its text."""

    __slots__ = ("bold_only", "heading", "marker", "parts")

    def __init__(self, marker: str = "", heading: int = 0) -> None:
        self.marker = marker
        self.heading = heading
        self.parts: list[str] = []
        self.bold_only = False  # a paragraph of one line, all of it bold: a title, maybe

    def text(self) -> str:
        return _SPACES.sub(" ", "".join(self.parts)).strip()


class _HtmlReader(HTMLParser):
    def __init__(self, count: int) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[_Block]] = [[] for _ in range(count)]
        self.quotes: list[bool] = [False] * count  # lines inside a <blockquote>
        self.code: dict[int, str] = {}  # lines inside a <pre>: their text as written
        self.lists: list[list[int | str]] = []  # per open list: its kind and its count
        self.pending = ""  # the marker of a block opened that has no text yet
        self.heading = 0  # the level of the heading being read
        self.heading_block: _Block | None = None
        self.quote_depth = 0
        self.pre_depth = 0
        self.skip_depth = 0
        self.bold: list[tuple[_Block, int]] = []  # where each open <b> started
        self.cells = 0  # cells of the table row being read
        self.code_span: _Block | None = None  # the block an open <code> is in
        self.bold_skipped = 0  # <b> opened past _MAX_DEPTH, not yet closed
        self.spans: list[bool] = []  # per open <span>: whether its style makes it bold

    # -- where text goes ------------------------------------------------------------------

    def _line(self) -> int:
        return min(self.getpos()[0] - 1, len(self.rows) - 1)

    def _block(self, line: int) -> _Block:
        if self.heading_block is not None:
            return self.heading_block  # a heading is one line: its text stays on it
        row = self.rows[line]
        if self.pending or not row:
            row.append(_Block(self.pending, self.heading))
            if self.heading:
                self.heading_block = row[-1]
            self.pending = ""
        return row[-1]

    def _text(self, line: int, text: str) -> None:
        if self.quote_depth:
            self.quotes[line] = True
        self._block(line).parts.append(text)

    # -- the parser's events ----------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "span":  # a word processor's or Naver's bold: <span style="font-weight:700">
            style = next((value for name, value in attrs if name == "style" and value), "")
            bold = "font-weight" in style and _BOLD_STYLE.search(style) is not None
            self.spans.append(bold)
            if not bold:
                return
            tag = "b"
        if tag in _SKIPPED:
            self.skip_depth += 1
            return
        line = self._line()
        if tag in _HEADINGS:
            self._close_block()
            self.heading = _HEADINGS[tag]
            self.pending = "#" * self.heading + " "
        elif tag in ("ul", "ol"):
            self.lists.append([tag, 0])
            self.pending = ""
        elif tag == "li":
            self._close_block()
            if self.lists:
                self.lists[-1][1] = int(self.lists[-1][1]) + 1
            self.pending = self._item_marker()
        elif tag in ("p", "div", "tr", "dt", "dd", "figcaption", "summary"):
            self._close_block()
            self.cells = 0
            if self.lists and tag in ("p", "div"):
                return  # a paragraph inside a list item: the item's text
            self.pending = "- " if tag == "tr" else " "  # " ": a block with no marker
        elif tag in ("td", "th"):
            if tag == "th" and not self.cells and self.pending == "- ":
                self.pending = " "  # a header row: a line of text, not a row of the list
            if self.cells:
                self._text(line, ": " if self.cells == 1 else " · ")
            self.cells += 1
        elif tag == "br":
            if self.rows[line] and self.rows[line][-1].parts:
                self._text(line, " ")  # a line break within a line: a space
        elif tag == "code" and not self.pre_depth:
            self.code_span = self._block(line)
            self._text(line, "`")
        elif tag in ("b", "strong"):
            if len(self.bold) >= _MAX_DEPTH:
                self.bold_skipped += 1  # bold within bold within …: the text, no more marks
                return
            block = self._block(line)
            self.bold.append((block, len(block.parts)))
        elif tag == "blockquote":
            self._close_block()
            self.quote_depth += 1
        elif tag == "pre":
            self._close_block()
            self.pre_depth += 1
        elif tag == "hr":
            self._close_block()
            if not self.rows[line]:
                self.rows[line].append(_Block("* * *"))
        elif tag == "img":
            alt = next((value for name, value in attrs if name == "alt" and value), "")
            if alt.strip():
                self._text(line, f" ![{escape(' '.join(alt.split()))}]() ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "hr", "img"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            if not (self.spans and self.spans.pop()):
                return
            tag = "b"
        if tag in _SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in _HEADINGS:
            self._close_block()
            self.heading = 0
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._close_block()
        elif tag in ("b", "strong") and self.bold_skipped:
            self.bold_skipped -= 1
        elif tag in ("b", "strong") and self.bold:
            block, start = self.bold.pop()
            inner = "".join(block.parts[start:])
            if inner.strip():
                lead = inner[: len(inner) - len(inner.lstrip())]
                trail = inner[len(inner.rstrip()) :]
                block.parts[start:] = [f"{lead}**{inner.strip()}**{trail}"]
        elif tag == "blockquote":
            self._close_block()
            self.quote_depth = max(0, self.quote_depth - 1)
        elif tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        elif tag == "code" and self.code_span is not None:
            self.code_span.parts.append("`")
            self.code_span = None
        elif tag in ("p", "div", "li", "tr", "dt", "dd", "figcaption", "summary"):
            row = self.rows[self._line()]
            if tag in ("p", "div") and row and row[-1].marker == " ":
                text = row[-1].text()
                row[-1].bold_only = (
                    len(text) <= _LONGEST_TITLE and text.startswith("**") and text.count("**") == 2
                    and text.endswith("**")
                )  # fmt: skip
            self._close_block()

    def handle_data(self, data: str) -> None:
        if self.skip_depth or not data:
            return
        line = self._line()
        if self.pre_depth:
            for number, text in enumerate(data.split("\n")):
                at = min(line + number, len(self.rows) - 1)
                self.code[at] = self.code.get(at, "") + text
            return
        for number, text in enumerate(data.split("\n")):
            if number and self.heading_block is None:
                line = min(line + 1, len(self.rows) - 1)
            if not text or (not text.strip(" \t\xa0\u200b") and not self._has_text(line)):
                continue
            if self.code_span is not None and "`" not in text:
                self._text(line, text)  # a code span's text is read as written
            else:
                self._text(line, readable_text(text))

    def _has_text(self, line: int) -> bool:
        row = self.rows[line]
        return bool(row and row[-1].parts and not self.pending)

    def _close_block(self) -> None:
        if self.code_span is not None:  # "<code>" left open: closed where its block ends
            self.code_span.parts.append("`")
            self.code_span = None
        self.heading_block = None
        self.pending = ""
        self.bold.clear()

    def _item_marker(self) -> str:
        indent = ""
        for kind, _count in self.lists[-_MAX_DEPTH:-1]:  # deeper lists are not indented more
            indent += "   " if kind == "ol" else "  "
        if self.lists and self.lists[-1][0] == "ol":
            return f"{indent}{self.lists[-1][1]}. "
        return f"{indent}- "

    # -- the result -----------------------------------------------------------------------------

    def _bold_titles(self) -> set[int]:
        """The lines holding a paragraph that is one bold line, when one of them comes
        right after a paragraph's line: Markdown would make it that paragraph's second
        line, no title; all of them are then written as headings (one level under the
        deepest heading of the fragment), so that all stay alike."""
        titles: set[int] = set()
        joined = False
        for number, row in enumerate(self.rows):
            if len(row) == 1 and row[0].bold_only and not self.quotes[number]:
                titles.add(number)
                above = self.rows[number - 1] if number else []
                joined = joined or (
                    bool(above) and above[-1].marker.strip() == "" and not above[-1].heading
                    and any(block.text() for block in above) and number - 1 not in self.code
                )  # fmt: skip
        return titles if joined else set()

    def lines(self) -> list[str]:
        result: list[str] = []
        plain_before = False  # the line above is a paragraph's text
        titles = self._bold_titles()
        deepest = max((block.heading for row in self.rows for block in row), default=0)
        level = min(6, deepest + 1) if deepest else 2
        for number, row in enumerate(self.rows):
            if number in titles:
                result.append("#" * level + " " + row[0].text()[2:-2].strip())
                plain_before = False
                continue
            # a paragraph on the line after another's (Tistory's <p> per line): Markdown
            # joins them; a line break at the end of the first keeps them apart when shown
            starts = bool(row) and row[0].marker == " " and not self.quotes[number]
            if plain_before and starts and any(block.text() for block in row):
                result[-1] += "  "
            plain_before = (
                bool(row)
                and row[0].marker.strip() == ""
                and not row[0].heading
                and number not in self.code
                and not self.quotes[number]
            )
            if number in self.code:
                result.append("    " + self.code[number] if self.code[number].strip() else "")
                continue
            blocks = [(block, block.text()) for block in row]
            blocks = [(block, text) for block, text in blocks if text]
            if not blocks:
                result.append("")
                continue
            first = blocks[0][0]
            if len(blocks) == 1 or not first.heading:
                marker = first.marker.strip()
                texts = []
                for index, (block, text) in enumerate(blocks):
                    # a heading sharing a line with other blocks: bold, not a heading
                    texts.append(_bold(text) if index and block.heading else text)
                # items sharing a line (a one-line list) apart, paragraphs as sentences, and
                # each its own passage
                line = _BETWEEN_BLOCKS.join(texts)
                if not marker and line[:2] in _TYPED_BULLETS and len(blocks) == 1:
                    pass  # a paragraph whose writer typed a bullet ("<p>- point</p>"): an item
                elif not first.heading and (start := _LINE_START.match(line)) is not None:
                    # "- " or "1." opening a text is no list, "#" no heading
                    at = start.end("number") if start["number"] else 0
                    line = f"{line[:at]}\\{line[at:]}"
                line = f"{first.marker.rstrip()} {line}" if marker else line
            else:
                line = _BETWEEN_BLOCKS.join(
                    _bold(text) if block.heading else text for block, text in blocks
                )
            result.append(("> " + line) if self.quotes[number] else line)
        return result


def _bold(text: str) -> str:
    return f"**{text.replace('**', '')}**"
