"""Where a docs site or a book lists a page: its label and the section it is under.

A site of conference notes is often one page per talk, and the page itself says little: its
text opens with the notes, its name is a slug (``talks/incidents.md``), and the talk's title,
speaker and day are written once, in the site's navigation:

- an MkDocs site's ``mkdocs.yml`` ``nav:`` (``- "Day 1 - Wednesday 18 June":`` over ``-
  "Incidents without heroes (Joris de Vries)": talks/incidents.md``), page paths under its
  ``docs_dir``;
- an mdBook's ``SUMMARY.md`` (``# 1일차 (8월 15일 금)`` over ``- [FastAPI 서비스 운영기
  (이준호)](day1/fastapi.md)``; a nested item is under the item above it);
- a VitePress site's ``sidebar`` in ``.vitepress/config.*`` (``{ text: 'Day 1 · May 14', items:
  [{ text: 'Vapor mode (Elena Brooks)', link: '/day1/vapor' }] }``), read as text, never run;
- a Jupyter Book's ``_toc.yml`` (a part's ``caption: Day 1 (July 10)`` over ``- file:
  talks/keynote`` with its ``title:``; Jupyter Book 2's ``myst.yml`` ``toc:``, a group's
  ``title`` over its ``children``) and a Quarto site's ``_quarto.yml`` sidebar (``- section:
  "Day 2"`` over ``- href: talks/x.qmd`` with its ``text:``);
- a Docusaurus folder's ``_category_.json`` label (``"Day 1 (June 12)"``) for the pages in it
  (a page's own ``sidebar_label`` is its frontmatter: the loader reads it).

These files are read as data (YAML with safe loading, Markdown lines, JSON), never run, once per
process while unchanged (``site_file.parsed_once``); a site without them costs a few stats.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

from summit_tui.corpus.site_category import CATEGORY_FILES, category_label
from summit_tui.corpus.site_file import SITE_CONFIGS, parsed_once
from summit_tui.lazy_re import lazy

_MAX_BYTES = 256 * 1024
_MAX_LEVELS = 4  # the note's folder and the three above it
_LONGEST_LABEL = 200
_MAX_ITEMS = 5_000
# the nav block of an mkdocs.yml: from "nav:" to the next top-level key (the rest of the file
# may hold tags a safe loader refuses, "!!python/name:…")
_NAV_KEY = lazy(r"^nav[ \t]*:[ \t]*(?:#.*)?$", re.M)
_DOCS_DIR = lazy(r"^docs_dir[ \t]*:[ \t]*([\"']?)(?P<dir>[^\"'\n#]{1,200}?)\1[ \t]*(?:#.*)?$", re.M)
# "- [Label](path.md)", "1. [Label](path.md)", "  - [Label](path.md)"
_SUMMARY_ITEM = lazy(
    r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,3}\.)[ \t]+\[(?P<label>[^\]\n]{1,200})\]"
    r"\((?P<path>[^)\n]{0,300})\)[ \t]*$"
)
_SUMMARY_PART = lazy(r"^#{1,6}[ \t]+(?P<label>\S[^\n]{0,200}?)[ \t#]*$")
# a VitePress sidebar's parts, in order: a label or a link ("text: '…'", "link: "/a/b""), and
# the brackets and braces that nest them
# "sidebar: [", a locale's own "sidebar: {", and a sidebar kept aside: "const sidebarGuide = [",
# "function sidebarGuide() { return ["
_SIDEBAR_KEY = lazy(
    r"\bsidebar\w*[\"']?[ \t]*(?::|=(?!=))[ \t]*"
    r"|\bfunction[ \t]+sidebar\w*[ \t]*\([^)\n]{0,100}\)[^{\n]{0,100}\{\s*return[ \t]*",
    re.IGNORECASE,
)
_SIDEBAR_TOKEN = lazy(
    r"\b(?P<key>text|link)[\"']?[ \t]*:[ \t]*(?P<q>[\"'`])(?P<value>[^\"'`\n]{0,300})(?P=q)"
    r"|(?P<q2>[\"'`])(?:(?!(?P=q2)).){0,300}?(?P=q2)|//[^\n]*|[\[\]{}]"
)
_SRC_DIR = lazy(r"\bsrcDir[ \t]*:[ \t]*([\"'])(?P<dir>[^\"'\n]{1,200})\1")
_VITEPRESS = tuple(name for name in SITE_CONFIGS if name.startswith(".vitepress/"))


# A page's label in its site's navigation ("" when it has none of its own) and the label of the
# section it is listed under ("" for none)
NavPlace = tuple[str, str]

# page path (relative to the file's folder) → (label, section)
Listing = dict[str, tuple[str, str]]


def nav_place(root: str, rel: str) -> NavPlace | None:
    """How the nearest ``mkdocs.yml`` or ``SUMMARY.md`` above the note at ``rel`` lists it,
    else the label of its folder's ``_category_`` file as its section; None when none does."""
    folder = posixpath.dirname(rel)
    here = folder
    # paths made by hand, not os.path.join: this runs for every note
    top = root.rstrip("/\\")
    for _ in range(_MAX_LEVELS):
        base = f"{top}/{here}/" if here else f"{top}/"
        inside = rel[len(here) + 1 :] if here else rel
        listing = parsed_once(
            base + "mkdocs.yml", _mkdocs_listing, _MAX_BYTES, remember_missing=True
        )
        if listing is not None:
            docs, _, page = inside.partition("/")
            return listing.get(page) if docs == listing.get("", ("docs", ""))[0] else None
        listing = parsed_once(
            base + "SUMMARY.md", _summary_listing, _MAX_BYTES, remember_missing=True
        )
        if listing is not None:
            return listing.get(inside)
        for name, reader in _YAML_NAVS:
            listing = parsed_once(base + name, reader, _MAX_BYTES, remember_missing=True)
            if listing is not None:
                return listing.get(inside)
        for name in _VITEPRESS:
            listing = parsed_once(base + name, _sidebar_listing, _MAX_BYTES, remember_missing=True)
            if listing is not None:
                docs = listing.get("", ("", ""))[0]
                if docs and not inside.startswith(docs + "/"):
                    return None
                return listing.get(inside[len(docs) + 1 :] if docs else inside)
        if not here:
            break
        here = posixpath.dirname(here)
    if folder:
        for name in CATEGORY_FILES:
            label = category_label(f"{top}/{folder}/{name}", remember_missing=True)
            if label:
                return ("", label)
    return None


def _shown(label: object) -> str:
    if not isinstance(label, str):
        return ""
    text = " ".join(label.split())
    return text if len(text) <= _LONGEST_LABEL and text.isprintable() else ""


def _page(path: str) -> str | None:
    """A listed page's path as a note's, or None for an address or a folder."""
    path = path.strip().split("#", 1)[0]
    if not path or "://" in path or path.startswith(("/", "mailto:")) or path.endswith("/"):
        return None
    normal = posixpath.normpath(path.removeprefix("./"))
    return None if normal.startswith("..") else normal


def _mkdocs_listing(text: str) -> Listing | None:
    """Page → (label, section) from an mkdocs.yml's ``nav:``; the docs folder under the key
    "" (a path no page has)."""
    from summit_tui.corpus.bounded_yaml import load

    key = _NAV_KEY.search(text)
    if key is None:
        return None
    lines = ["nav:"]
    for line in text[key.end() + 1 :].split("\n"):
        if line[:1].isalnum() or line.startswith(("'", '"')):
            break  # the next top-level key
        lines.append(line)
    try:
        nav = load("\n".join(lines))
    except Exception:  # not YAML, or over the limits: no labels from it
        return None
    found: Listing = {}
    _walk_nav(nav.get("nav") if isinstance(nav, dict) else None, "", found)
    if not found:
        return None
    docs = _DOCS_DIR.search(text)
    folder = posixpath.normpath(docs["dir"].strip()) if docs else "docs"
    found[""] = (folder, "")
    return found


def _walk_nav(items: object, section: str, found: Listing) -> None:
    if not isinstance(items, list):
        return
    for item in items:
        if len(found) >= _MAX_ITEMS:
            return
        if isinstance(item, str):  # a page listed without a label: its own title stands
            if (page := _page(item)) is not None:
                found.setdefault(page, ("", section))
            continue
        if not isinstance(item, dict):
            continue
        for label, value in item.items():
            shown = _shown(label)
            if isinstance(value, str):
                if (page := _page(value)) is not None:
                    found.setdefault(page, (shown, section))
            elif isinstance(value, list):
                _walk_nav(value, shown or section, found)


def _summary_listing(text: str) -> Listing | None:
    """Page → (label, section) from an mdBook's ``SUMMARY.md``: a part's heading, or the item
    a nested item is under, is its section (the first heading is the book's title)."""
    found: Listing = {}
    part = ""
    titled = False
    parents: list[tuple[int, str]] = []  # (indent, label) of the items above
    for line in text.split("\n"):
        if len(found) >= _MAX_ITEMS:
            break
        heading = _SUMMARY_PART.match(line)
        if heading is not None:
            if titled:
                part = _shown(heading["label"])
            titled = True
            parents.clear()
            continue
        item = _SUMMARY_ITEM.match(line)
        if item is None:
            continue
        indent = len(item["indent"].expandtabs(4))
        while parents and parents[-1][0] >= indent:
            parents.pop()
        label = _shown(item["label"])
        if (page := _page(item["path"])) is not None:
            found.setdefault(page, (label, parents[-1][1] if parents else part))
        parents.append((indent, label))
    return found or None


def _sidebar_listing(text: str) -> Listing | None:
    """Page → (label, section) from a VitePress configuration's ``sidebar`` (every one: a
    locale's, one kept in a constant or a function), read as text: an item with a ``link`` is
    a page, labelled by its ``text``; the item whose ``items`` hold it is its section. The
    pages' folder (``srcDir``) under the key ""."""
    found: Listing = {}
    for key in _SIDEBAR_KEY.finditer(text):
        _read_sidebar(text, key.end(), found)
    if not found:
        return None
    source = _SRC_DIR.search(text)
    if source is not None and (folder := _page(source["dir"].strip().rstrip("/") + "/x")):
        found[""] = (posixpath.dirname(folder), "")
    return found


def _read_sidebar(text: str, start: int, found: Listing) -> None:
    """The pages of the sidebar that opens at ``start`` (a "[" or "{"), into ``found``."""
    stack: list[dict[str, str] | None] = []  # the objects ("{") and arrays ("[") open
    for token in _SIDEBAR_TOKEN.finditer(text, start):
        if len(found) >= _MAX_ITEMS:
            return
        mark = token.group(0)
        if mark.startswith("//"):
            continue
        if not stack and mark not in ("{", "["):
            return  # "sidebar: sidebarGuide()": kept elsewhere, read there
        if token["key"] is not None:
            if stack[-1] is not None:
                stack[-1].setdefault(token["key"], token["value"])
        elif mark in ("{", "["):
            stack.append({} if mark == "{" else None)
        elif mark in ("}", "]"):
            closed = stack.pop()
            if closed is not None and (page := _sidebar_page(closed.get("link", ""))):
                parent = next((item for item in reversed(stack) if item is not None), None)
                section = _shown(parent.get("text", "")) if parent is not None else ""
                found.setdefault(page, (_shown(closed.get("text", "")), section))
            if not stack:
                return  # the sidebar's end


def _sidebar_page(link: str) -> str | None:
    """A sidebar link as a page's path under the site's source folder: "/day1/vapor" and
    "/day1/vapor.html" are "day1/vapor.md", "/day2/" is "day2/index.md"."""
    link = link.strip().split("#", 1)[0].split("?", 1)[0]
    if not link or "://" in link or link.startswith("mailto:"):
        return None
    link = link.lstrip("/")
    if not link or link.endswith("/"):
        link += "index"
    link = link.removesuffix(".html")
    if not link.endswith((".md", ".mdx")):
        link += ".md"
    return _page(link)


def _yaml(text: str) -> object:
    from summit_tui.corpus.bounded_yaml import load

    try:
        return load(text)
    except Exception:  # not YAML, or over the limits: no labels from it
        return None


def _toc_listing(text: str) -> Listing | None:
    """Page → (label, section) from a Jupyter Book's ``_toc.yml``: an entry's ``title`` (its
    ``file`` without a suffix), under its part's ``caption`` or the entry whose ``sections``
    hold it."""
    toc = _yaml(text)
    if not isinstance(toc, dict):
        return None
    found: Listing = {}
    _walk(_BOOK, toc, "", found)
    return found or None


@dataclass(frozen=True, slots=True)
class _Outline:
    """How a YAML table of contents writes an entry: the keys of its page (the first one
    set), of its label, of the heading its entries are under, and of those entries."""

    page: tuple[str, ...]
    label: str
    heading: tuple[str, ...]  # else the entry's label (``label_heads``), else the section's
    entries: tuple[str, ...]
    suffixes: tuple[str, ...] = ()  # a page written without its suffix: listed with each
    label_heads: bool = False
    bare_pages: bool = False  # an entry may be a page's path alone


# a Jupyter Book's ``_toc.yml`` and ``myst.yml``: ``- file: talks/keynote`` with its ``title``
_BOOK = _Outline(
    page=("file",),
    label="title",
    heading=("caption",),
    entries=("parts", "chapters", "sections", "entries", "children"),
    suffixes=(".md", ".ipynb", ".qmd"),
    label_heads=True,
)
# a Quarto sidebar: ``- section: "Day 2"`` over ``- href: talks/x.qmd`` with its ``text``
_QUARTO = _Outline(
    page=("href", "file"),
    label="text",
    heading=("section", "title"),
    entries=("contents",),
    bare_pages=True,
)


def _first(node: dict[object, object], keys: tuple[str, ...]) -> object:
    """The value of the first of ``keys`` set in ``node`` (else of the last): ``a or b``."""
    value = None
    for key in keys:
        value = node.get(key)
        if value:
            break
    return value


def _walk(outline: _Outline, node: object, section: str, found: Listing) -> None:
    if isinstance(node, list):
        for item in node:
            if len(found) >= _MAX_ITEMS:
                return
            _walk(outline, item, section, found)
        return
    if isinstance(node, str) and outline.bare_pages:
        if (page := _page(node)) is not None:
            found.setdefault(page, ("", section))
        return
    if not isinstance(node, dict):
        return
    label = _shown(node.get(outline.label) or "")
    link = _first(node, outline.page)
    if isinstance(link, str) and (page := _page(link)) is not None:
        for path in (page, *(page + suffix for suffix in outline.suffixes)):
            found.setdefault(path, (label, section))
    heading = _shown(_first(node, outline.heading) or "")
    inner = heading or (label if outline.label_heads else "") or section
    for key in outline.entries:
        _walk(outline, node.get(key), inner, found)


def _quarto_listing(text: str) -> Listing | None:
    """Page → (label, section) from a Quarto site's ``_quarto.yml`` sidebar: an entry's
    ``text`` (its ``href``), under the ``section`` that holds it."""
    project = _yaml(text)
    website = project.get("website") if isinstance(project, dict) else None
    sidebar = website.get("sidebar") if isinstance(website, dict) else None
    if sidebar is None:
        return None
    found: Listing = {}
    _walk(_QUARTO, sidebar, "", found)
    return found or None


def _myst_listing(text: str) -> Listing | None:
    """Page → (label, section) from a MyST project's ``myst.yml`` ``project: toc:`` (Jupyter
    Book 2): a group's ``title`` over its ``children``' files."""
    config = _yaml(text)
    project = config.get("project") if isinstance(config, dict) else None
    toc = project.get("toc") if isinstance(project, dict) else None
    if not isinstance(toc, list):
        return None
    found: Listing = {}
    _walk(_BOOK, toc, "", found)
    return found or None


# the YAML files that list a site's pages: a Jupyter Book's table of contents (Jupyter Book 2's
# in myst.yml), a Quarto project's sidebar
_YAML_NAVS = (
    ("_toc.yml", _toc_listing),
    ("myst.yml", _myst_listing),
    ("_quarto.yml", _quarto_listing),
)
