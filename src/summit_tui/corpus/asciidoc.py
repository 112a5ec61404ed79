"""An AsciiDoc post (JBake, Antora, Hugo's ``.adoc`` pages) read as the Markdown it would be.

Only what finding talks needs is carried over, line for line, so every line of the note is the
line of the file (the reader's line ranges, `o` in the editor and annotations stay right):

- the document header (``= Title``, then the author line, the revision line ``v1.0,
  2024-06-20`` or a bare date, and ``:name: value`` attributes) becomes frontmatter with its
  title, author, date and tags, when the header has the lines to hold it; else the title
  becomes a ``#`` heading and the rest of the header is left out;
- section titles (``== Title`` … ``====== Title``) become ``##`` … ``######`` headings;
- listing, literal, passthrough and comment blocks (``----``, ``....``, ``++++``, ``////``)
  are fenced as code (a comment's lines left out), so nothing in them reads as a heading;
- ``. item`` lists become numbered lists, ``** item`` nested bullets; comment lines, the
  delimiters of example, sidebar and quote blocks, block attributes (``[source,yaml]``)
  and attribute entries become blank lines.
"""

from __future__ import annotations

import json
import re

_SECTION = re.compile(r"^(={1,6})[ \t]+(\S.*?)[ \t]*(?:=+[ \t]*)?$")
_ATTRIBUTE = re.compile(r"^:(!?[\w-]+!?):(?:[ \t]+(.*?))?[ \t]*$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\[\]]*\][ \t]*$")
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_EMAIL = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")
_ORDERED = re.compile(r"^(\.{1,5})[ \t]+(?=\S)")
_NESTED = re.compile(r"^(\*{2,5})[ \t]+(?=\S)")
_PLAIN_BLOCKS = frozenset({"====", "****", "____", "--"})
_FENCES = {"----": "code", "....": "code", "++++": "code", "////": "comment"}
# attributes that name what a Markdown post's frontmatter names
_TAGS = ("tags", "jbake-tags", "page-tags", "keywords", "categories")
_FIELDS = {"author": "author", "email": None, "revdate": "date", "description": "description"}
_FIELDS |= {"event": "event", "conference": "conference", "speaker": "speaker"}


def asciidoc_markdown(text: str) -> str:
    """The AsciiDoc document ``text`` as Markdown of exactly as many lines."""
    lines = text.split("\n")
    out: list[str] = []
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].startswith("//")):
        out.append("")
        start += 1
    if start < len(lines) and lines[start].startswith("= "):
        end = start + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        out.extend(_header(lines[start:end], blank=end < len(lines)))
        if end < len(lines):
            end += 1  # the blank line after the header: taken by the frontmatter's end
        start = end
    out.extend(_body(lines[start:]))
    return "\n".join(out)


def _header(lines: list[str], *, blank: bool) -> list[str]:
    """The header's lines (and the blank line after it, when ``blank``) as frontmatter of as
    many lines, or as a ``#`` title and blank lines when they cannot hold it."""
    title = _SECTION.match(lines[0])
    fields: dict[str, object] = {"title": title.group(2) if title else lines[0][2:].strip()}
    rest = lines[1:]
    if rest and not rest[0].startswith(":"):
        author = _EMAIL.sub("", rest.pop(0)).strip()
        if author:
            fields["author"] = author.replace(";", ",")
        if rest and not rest[0].startswith(":"):
            revision = rest.pop(0)
            if found := _DATE.search(revision):
                fields["date"] = found.group(1)
    for line in rest:
        match = _ATTRIBUTE.match(line)
        if match is None or not match.group(2):
            continue
        name, value = match.group(1).lower(), match.group(2)
        if name in _TAGS:
            fields["tags"] = [t.strip() for t in value.split(",") if t.strip()]
        elif (field := _FIELDS.get(name)) and field not in fields:
            fields[field] = value
        elif name == "revdate" and (found := _DATE.search(value)):
            fields["date"] = found.group(1)
    room = len(lines) + (1 if blank else 0)
    front = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items()]
    while front and len(front) + 2 > room:
        front.pop()  # the last field first: tags, then the date, then the author
    if not front:
        return [f"# {fields['title']}", *[""] * (room - 1)]
    return ["---", *front, "---", *[""] * (room - len(front) - 2)]


def _body(lines: list[str]) -> list[str]:
    out: list[str] = []
    fence: str | None = None  # the delimiter of the block we are in
    for line in lines:
        stripped = line.rstrip()
        if fence is not None:
            if stripped == fence:
                out.append("```" if _FENCES[fence] == "code" else "")
                fence = None
            else:
                out.append("" if _FENCES[fence] == "comment" else line)
            continue
        if stripped in _FENCES:
            fence = stripped
            out.append("```" if _FENCES[stripped] == "code" else "")
        elif stripped.startswith("//") or stripped in _PLAIN_BLOCKS:
            out.append("")  # a comment line; an example, sidebar or quote block's delimiter
        elif _BLOCK_ATTRIBUTES.match(stripped) or _ATTRIBUTE.match(stripped):
            out.append("")  # "[source,yaml]", "[NOTE]", ":toc:"
        elif (section := _SECTION.match(stripped)) is not None:
            out.append(f"{'#' * len(section.group(1))} {section.group(2)}")
        elif (nested := _NESTED.match(line)) is not None:
            out.append(f"{'  ' * (len(nested.group(1)) - 1)}- {line[nested.end() :]}")
        elif (ordered := _ORDERED.match(line)) is not None:
            depth = len(ordered.group(1)) - 1
            out.append(f"{'   ' * depth}1. {line[ordered.end() :]}")
        else:
            out.append(line)
    return out  # a block never closed: a fence never closed runs to the end as well
