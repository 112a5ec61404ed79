"""Docs-site markup in a note body, read as the plain Markdown a reader sees on the site.

Docusaurus, VuePress, MkDocs, GitHub and Obsidian each mark a callout their own way:
``:::note Title`` … ``:::`` (``::: tip``, ``:::note[Title]``), ``!!! note "Title"`` with
its body indented four spaces (``???`` when folded), ``> [!NOTE]`` or ``> [!tip] Title``.
The markers are no text: the title stays as a line of its own (a label, never a heading,
so never a talk) and the body is text of the section it stands in. MkDocs' body is taken
out of its indentation, which CommonMark would otherwise read as a block of code; so is the
body of a Material for MkDocs content tab (``=== "Day 1"``), whose title stays as a line.

An MDX page (``.mdx``, or a Docusaurus ``.md`` page that imports components) also holds
JavaScript: ``import``/``export`` blocks at the top level (up to a blank line, as MDX
reads them), ``{/* comments */}``, and JSX tags (``<Tabs>``, ``<TabItem value="ko"
label="한국어">``, ``<Figure … />``). These are no text; the text between tags is kept,
and a tag's ``label``/``title`` (a tab's or a callout's name) stays as a line of text.

Every rewrite is line for line (the n-th line of the result comes from the n-th line of
the body), so line numbers found later still point into the file. Fenced code is left as
written. Nothing is run or evaluated.
"""

from __future__ import annotations

import re

from summit_tui.lazy_re import lazy

_FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})")
# ":::note Title", ":::: tip", ":::note[Title]", ":::info{title="Title"}", a closing ":::"
_COLONS = lazy(
    r"^(?P<indent>[ \t]{0,3}):{3,}[ \t]*(?P<kind>[A-Za-z][\w-]*)?"
    r"(?:\[(?P<bracket>[^\]]*)\]|\{[^}]*?title=(?:\"(?P<attr>[^\"]*)\"|'(?P<attr1>[^']*)')[^}]*\})?"
    r"(?P<rest>.*)$"
)
# MkDocs / Python-Markdown: '!!! note "Title"', '??? tip', '???+ warning inline end ""'
_BANGS = lazy(
    r"^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]+[A-Za-z][\w-]*(?:[ \t]+[\w-]+)*"
    r"[ \t]*(?:\"(?P<title>[^\"]*)\"|'(?P<title1>[^']*)')?[ \t]*$"
)
# Material for MkDocs' content tabs: '=== "Day 1"' with the tab's body indented four spaces
_TAB = lazy(r"^(?P<indent>[ \t]*)===\+?[ \t]+\"(?P<title>[^\"]*)\"[ \t]*$")
# GitHub's alerts and Obsidian's callouts: "> [!NOTE]", "> [!tip]- Title"
_ALERT = lazy(r"^(?P<quote>[ \t]{0,3}>[ \t]?)\[![A-Za-z][\w-]*\][+-]?[ \t]*(?P<title>.*)$")
# MDX's ESM: what the page imports and exports (Python's "import x" is no match)
_ESM = lazy(
    r"^(?:import[ \t]*(?:\{|\*|['\"]|type\b|[\w$]+[ \t]*(?:,|from\b))"
    r"|export[ \t]+(?:const|let|var|function|async|class|default|\{|\*))"
)
# A JSX tag: a component's (capitalised or dotted name) or a fragment, with its attributes
_TAG = lazy(r"</?(?:[A-Z]\w*(?:\.\w+)*(?:\s(?:[^<>{}]|\{[^{}]*\})*)?/?)?>")
_TAG_OPEN = lazy(r"^[ \t]*<[A-Z][\w.]*(?:\s|$)")
_LABEL = lazy(
    r"""\b(?:label|title|summary|caption)=(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})"""
)
MAX_TAG_LINES = 30  # an opening tag's attributes on lines of their own, at most
MAX_TAB_LINES = 2000  # lines of a tab looked through for the headings it holds, at most
_TAB_OPEN = lazy(r"^[ \t]*<(?P<name>[A-Z][\w.]*)\s[^<>]*>[ \t]*$")
# MyST (Jupyter Book, mystmd, Sphinx): a directive fenced with backticks or colons
# ("```{note}", "```{admonition} For us", ":::{tip}"), the option lines right under its
# opening (":class: tip", ":name: x"), a target line ("(label)=") and inline roles
# ("{doc}`../talks/x`", "{ref}`the links <reading>`", "{term}`maintainer`")
_MYST_FENCE = lazy(
    r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,}|:{3,})[ \t]*\{(?P<name>[A-Za-z][\w:.-]*)\}"
    r"[ \t]*(?P<arg>.*)$"
)
_MYST_OPTION = lazy(r"^[ \t]*:[A-Za-z][\w-]*:(?:[ \t].*)?$")
_MYST_TARGET = lazy(r"^ {0,3}\([^()\s]{1,100}\)=[ \t]*$")
_ROLE = lazy(r"\{[a-z][\w:-]*\}`([^`\n]+)`")
# directives whose body is text a reader sees (an admonition's, a dropdown's, a margin
# note's); any other one ("{code-cell}", Quarto's "{python}") is code, left as written
_TEXT_DIRECTIVES = frozenset(
    {"admonition", "note", "tip", "hint", "important", "warning", "caution", "attention",
     "danger", "error", "seealso", "see-also", "dropdown", "margin", "sidebar", "epigraph",
     "pull-quote", "topic", "card", "aside", "todo", "versionadded", "versionchanged",
     "deprecated", "tab-item", "div", "container", "prf:remark", "prf:example"}
)  # fmt: skip
_MYST_MARKS = frozenset("(:`~")
# directives that are the site's navigation, no text: their whole block goes
_NAV_DIRECTIVES = frozenset({"tableofcontents", "toctree", "contents"})
_HEADING = lazy(r"^ {0,3}(#{1,6})[ \t]")


def may_hold_site_markup(body: str) -> bool:
    """A cheap pre-check: whether ``site_markup`` could change a body that is no MDX. Each
    mark's one character is looked for where it is (fast), the runs only there: searching
    a note for ``:::`` cost five times more, on every note loaded."""
    at = body.find(":")
    while at >= 0:
        if body.startswith(":::", at):
            return True
        at = body.find(":", at + 1)
    at = body.find("!")
    while at >= 0:
        if body.startswith("!!!", at) or (at and body[at - 1] == "["):
            return True
        at = body.find("!", at + 1)
    at = body.find("?")
    while at >= 0:
        if body.startswith("???", at):
            return True
        at = body.find("?", at + 1)
    at = body.find("=")  # a content tab's '=== "Title"', a MyST target's "(label)="
    while at >= 0:
        if body.startswith(('=== "', '===+ "'), at) or (at and body[at - 1] == ")"):
            return True
        at = body.find("=", at + 1)
    # a MyST role, a directive in backticks (the backtick first, one fast look: most notes
    # have none)
    return "`" in body and ("}`" in body or "```{" in body)


def is_mdx(rel: str, body: str) -> bool:
    """Whether a note is an MDX page: by its name, or a Markdown page that imports."""
    if rel.lower().endswith(".mdx"):
        return True
    if not body.startswith("import") and "\nimport" not in body:
        return False
    fence: str | None = None  # an import in a code block is an example, not the page's own
    for line in body.split("\n"):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
        elif opening := _FENCE.match(line):
            fence = opening.group(1)[:3]
        elif line.startswith("import") and _ESM.match(line):
            return True
    return False


def site_markup(body: str, *, mdx: bool = False) -> str:
    """``body`` with callout markers, and for an MDX page its code and tags, taken out,
    line for line. A body without them is returned as it is."""
    if not mdx and not may_hold_site_markup(body):
        return body
    lines = body.split("\n")
    out: list[str] = []
    fence: str | None = None
    myst = "{" in body or ")=" in body
    directives: list[str] = []  # the fences of the MyST directives open around this line
    levels: list[int] = []  # the indentation of each open MkDocs callout's body
    comment = False  # inside an MDX {/* comment */} that opened on a line above
    index, count = 0, len(lines)
    while index < count:
        line = lines[index]
        if mdx and fence is None and (comment or "{/*" in line):
            line, comment = _uncommented(line, comment)
        if fence is not None:
            out.append(_dedent(line, levels))
            if line.strip().startswith(fence):
                fence = None
            index += 1
            continue
        width = _width(line)
        if line.strip():
            while levels and width < levels[-1]:
                levels.pop()
        line = _dedent(line, levels)
        if (
            myst
            and line.lstrip(" ")[:1] in _MYST_MARKS
            and (done := _myst_line(line, lines, index, out, directives)) is not None
        ):
            index = done
            continue
        if opening := _FENCE.match(line):
            fence = opening.group(1)[:3]
            out.append(line)
            index += 1
            continue
        if mdx and not levels and _ESM.match(line):
            end = index
            while end < count and lines[end].strip():
                end += 1
            out.extend([""] * (end - index))
            index = end
            continue
        if mdx and _TAG_OPEN.match(line) and ">" not in line:
            end = index  # "<Figure" over lines of attributes, up to the ">" that ends it
            while end < count - 1 and end - index < MAX_TAG_LINES and ">" not in lines[end]:
                end += 1
            joined = " ".join(lines[index : end + 1]).strip()
            if _TAG.fullmatch(joined):
                out.append(_without_tags(joined))
                out.extend([""] * (end - index))
                index = end + 1
                continue
        if mdx and "label=" in line and (day := _day_tab(lines, index)) is not None:
            out.append(day)
            index += 1
            continue
        line = _rewritten(line, width, levels, mdx)
        if myst and "}`" in line:
            line = _without_roles(line)
        out.append(line)
        index += 1
    return "\n".join(out)


def _myst_line(
    line: str, lines: list[str], index: int, out: list[str], directives: list[str]
) -> int | None:
    """Where to go on after a MyST directive's opening or closing fence, or a target line,
    written to ``out`` as what a reader sees; None for any other line."""
    stripped = line.strip()
    if (
        directives
        and len(stripped) >= len(directives[-1])
        and stripped == directives[-1][0] * len(stripped)
    ):
        directives.pop()
        out.append("")
        return index + 1
    if stripped.startswith("(") and _MYST_TARGET.match(line):
        out.append("")
        return index + 1
    opening = _MYST_FENCE.match(line)
    if opening is None:
        return None
    name = opening["name"].lower()
    fence = opening["fence"]
    if name not in _TEXT_DIRECTIVES and name not in _NAV_DIRECTIVES:
        return None  # code, or a directive whose body is no prose: as written
    end = index + 1
    while end < len(lines) and _MYST_OPTION.match(lines[end]):
        end += 1  # its options
    if name in _NAV_DIRECTIVES:
        close = end
        while close < len(lines) and lines[close].strip() != fence:
            close += 1
        end = min(close + 1, len(lines))
        out.extend([""] * (end - index))
        return end
    out.append(opening["indent"] + _without_roles(opening["arg"].strip()))
    out.extend([""] * (end - index - 1))
    if fence[0] != ":":  # a colon fence's closing ":::" is a callout's (``_rewritten``)
        directives.append(fence)
    return end


def _without_roles(line: str) -> str:
    """A line with its MyST roles read as their text: ``{ref}`the links <reading>``` is "the
    links", ``{term}`maintainer``` "maintainer"; a ``{doc}`` or ``{download}`` role keeps its
    path as code."""
    if "}`" not in line:
        return line
    return _ROLE.sub(_role_text, line)


def _role_text(role: re.Match[str]) -> str:
    text = role.group(1)
    if "<" in text and text.rstrip().endswith(">"):
        shown = text[: text.rindex("<")].strip()
        if shown:
            return shown
        text = text[text.rindex("<") + 1 : -1]
    if role.group(0).startswith(("{doc}", "{download}")):
        return f"`{text}`"
    return text


def _uncommented(line: str, inside: bool) -> tuple[str, bool]:
    """``line`` without its MDX comments, and whether one is still open at its end."""
    kept: list[str] = []
    at = 0
    while True:
        if inside:
            end = line.find("*/}", at)
            if end < 0:
                return "".join(kept), True
            at, inside = end + 3, False
        start = line.find("{/*", at)
        if start < 0:
            kept.append(line[at:])
            return "".join(kept), False
        kept.append(line[at:start])
        at, inside = start + 3, True


def _day_tab(lines: list[str], index: int) -> str | None:
    """A tab labelled by its day (``<TabItem value="d2" label="Day 2 (5/16)">``) over talks'
    headings, as a heading one level above theirs, so that they are that day's talks; None
    for any other tag (a tab named by its writer's language stays a line of text)."""
    opening = _TAB_OPEN.match(lines[index])
    if opening is None or not (label := _label_of(opening)):
        return None
    from summit_tui.corpus.dates import day_number, find_dates, weekdays

    if day_number(label) is None and not find_dates(label) and not weekdays(label):
        return None
    closing = f"</{opening['name']}>"
    shallowest = 7
    fence: str | None = None
    for line in lines[index + 1 : index + 1 + MAX_TAB_LINES]:
        if fence is not None:
            fence = None if line.strip().startswith(fence) else fence
        elif found := _FENCE.match(line):
            fence = found.group(1)[:3]
        elif closing in line:
            break
        elif heading := _HEADING.match(line):
            shallowest = min(shallowest, len(heading.group(1)))
    if not 2 <= shallowest <= 6:
        return None
    return "#" * (shallowest - 1) + " " + label


def _rewritten(line: str, width: int, levels: list[int], mdx: bool) -> str:
    """One line with its callout marker or JSX tags taken out; ``width`` is its indentation
    as written, before the callouts it stands in were taken off."""
    if ":::" in line and (colons := _COLONS.match(line)):
        rest = colons["rest"].strip().rstrip(":").strip()
        if rest.startswith("{"):  # Pandoc's "::: {.note}": attributes, no title
            rest = ""
        title = (colons["bracket"] or colons["attr"] or colons["attr1"] or rest).strip()
        return colons["indent"] + title if title else ""
    if ("!!!" in line or "???" in line) and (bangs := _BANGS.match(line)):
        levels.append(width + 4)
        return bangs["indent"] + (bangs["title"] or bangs["title1"] or "").strip()
    if "===" in line and (tab := _TAB.match(line)):
        levels.append(width + 4)
        return tab["indent"] + tab["title"].strip()
    if "[!" in line and (alert := _ALERT.match(line)):
        return (alert["quote"] + alert["title"]).rstrip()
    if mdx and "<" in line:
        return _without_tags(line)
    return line


def _without_tags(line: str) -> str:
    """A line with its JSX tags taken out (outside inline code); a tag's label kept."""
    parts = line.split("`")
    changed = False
    for at in range(0, len(parts), 2):  # the even parts are outside code spans
        if "<" in parts[at] and _TAG.search(parts[at]):
            parts[at] = _TAG.sub(_label_of, parts[at])
            changed = True
    if not changed:
        return line
    text = "`".join(parts)
    return text if text.strip() else ""


def _label_of(tag: re.Match[str]) -> str:
    found = _LABEL.search(tag.group(0))
    if not found:
        return ""
    return " ".join((found.group(1) or found.group(2) or found.group(3) or "").split())


def _width(line: str) -> int:
    stripped = line.lstrip(" \t")
    return len(line[: len(line) - len(stripped)].expandtabs(4))


def _dedent(line: str, levels: list[int]) -> str:
    """``line`` out of the indentation of the MkDocs callouts it stands in."""
    if not levels or not line.strip():
        return line
    drop = levels[-1]
    taken = 0
    at = 0
    while at < len(line) and taken < drop and line[at] in " \t":
        taken += 4 - taken % 4 if line[at] == "\t" else 1
        at += 1
    return line[at:]
