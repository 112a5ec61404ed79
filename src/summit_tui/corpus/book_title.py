"""The event a book of notes is about, from its own files (an mdBook, a GitBook).

A book's chapters rarely name their event: ``src/tag1.md`` is ``# Mittwoch`` and its talks.
The book does, in its table of contents (``SUMMARY.md``, whose first heading is the book's
title unless it is only "Summary"), in mdBook's ``book.toml`` (``title = "38C3 – meine
Notizen"``), a Jupyter Book's ``_config.yml`` (``title: SciPy 2024 — lab notes``, beside its
``_toc.yml``), a Quarto project's ``_quarto.yml`` (``website:`` / ``book:`` ``title:``) or a
MyST project's ``myst.yml``. The event is the part of that title that names one: a
conference's name by its shape (``EuroPython 2024``), else the short part with a number before
or after a dash, a colon or an at sign (``38C3`` of ``38C3 – notes from Hamburg`` or ``Mina @
38C3``), never the folder the book sits in. Each file is read as text, once per process while
it is unchanged; the parse cache reads a book's chapters again when one of these files changes
(``site_authors.INDEX_FILES``, ``site_keys``).
"""

from __future__ import annotations

import os
import posixpath
import re

from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.site_file import SITE_CONFIGS, load_number, parsed_once
from summit_tui.lazy_re import lazy

_MAX_BYTES = 64 * 1024
_MAX_LEVELS = 4  # the note's folder and the three above it
_SUMMARY = "SUMMARY.md"
_BOOK = "book.toml"
_MKDOCS = "mkdocs.yml"  # an MkDocs site's site_name names it the way a book's title does
# A Jupyter Book's _config.yml (only beside its _toc.yml: a Jekyll blog has a _config.yml too),
# a Quarto project's _quarto.yml ("website:" / "book:" "title:") and a MyST project's myst.yml
# ("project:" / "site:" "title:")
_JUPYTER_BOOK = "_config.yml"
_JUPYTER_TOC = "_toc.yml"
_QUARTO = "_quarto.yml"
_MYST = "myst.yml"
# A table of contents' own title, which names no book: "# Summary", "# Table of contents"
_GENERIC = frozenset(
    {"summary", "table of contents", "contents", "toc", "inhalt", "inhaltsverzeichnis",
     "sommaire", "table des matières", "índice", "indice", "目次", "目录", "目錄", "목차"}
)  # fmt: skip
_SITE_NAME = lazy(
    r"^site_name[ \t]*:[ \t]*([\"']?)(?P<title>[^\"'\n#]{1,200}?)\1[ \t]*(?:#.*)?$", re.M
)
# the first title a site's configuration gives, at the start of its line: the site's own
# (a navbar's title comes after it)
_SCRIPT_TITLE = lazy(
    r"^[ \t]*[\"']?title[\"']?[ \t]*:[ \t]*([\"'`])(?P<title>[^\"'`\n]{1,200})\1", re.M
)
# a YAML site file's own title: at the top level or one level in ("website:" over "  title:"),
# never a sidebar section's, deeper in
_YAML_TITLE = lazy(
    r"^(?: {0,4})title[ \t]*:[ \t]*([\"']?)(?P<title>[^\"'\n#]{1,200}?)\1[ \t]*(?:#.*)?$", re.M
)
_TOML_TITLE = lazy(r"^[ \t]*title[ \t]*=[ \t]*([\"'])(?P<title>[^\"'\n]{1,200})\1", re.M)
_PARTS = lazy(r"\s+[-–—|@]\s+|\s*[:：]\s+|\s+@")
# "38C3", "DEF CON 32", "RC3 2021": a short name holding a number and a letter
_CODE_NAME = lazy(r"^(?=.*\d)(?=.*[^\W\d_])\S{2,12}(?:\s\S{1,12}){0,2}$")


def event_in_title(title: str) -> str | None:
    """The event a book's title names, or None."""
    found = event_phrases(title)
    if found:
        return found[0]
    parts = [part.strip() for part in _PARTS.split(title)]
    for part in parts:
        if _CODE_NAME.match(part) and (len(parts) > 1 or " " not in part):
            return part
    return None


def _summary_title(text: str) -> str | None:
    """A SUMMARY.md's first ``# `` heading, unless it is a generic one ("Summary")."""
    for line in text.split("\n", 30)[:30]:
        stripped = line.strip()
        if stripped.startswith("# "):
            heading = " ".join(stripped[2:].split())
            return heading if heading and heading.lower() not in _GENERIC else None
    return None


def _mkdocs_title(text: str) -> str | None:
    match = _SITE_NAME.search(text)
    return " ".join(match["title"].split()) if match is not None else None


def _yaml_title(text: str) -> str | None:
    match = _YAML_TITLE.search(text)
    return " ".join(match["title"].split()) if match is not None else None


def _toml_title(text: str) -> str | None:
    match = _TOML_TITLE.search(text)
    return " ".join(match["title"].split()) if match is not None else None


def _script_title(text: str) -> str | None:
    match = _SCRIPT_TITLE.search(text)
    return " ".join(match["title"].split()) if match is not None else None


_READERS = {
    _SUMMARY: _summary_title,
    _MKDOCS: _mkdocs_title,
    _BOOK: _toml_title,
    **dict.fromkeys(SITE_CONFIGS, _script_title),
    **dict.fromkeys((_JUPYTER_BOOK, _QUARTO, _MYST), _yaml_title),
}
# files most folders lack, looked for once per folder in a process (``site_file.forget_missing``
# starts again on each load)
_RARE = frozenset((*SITE_CONFIGS, _JUPYTER_BOOK, _QUARTO, _MYST))


def _toc_found(text: str) -> bool:
    return True


def book_event(root: str, rel: str) -> str | None:
    """The event named by the book or site the note at ``rel`` (relative to ``root``) is a
    page of, or None: the nearest ``SUMMARY.md``, ``book.toml``, ``mkdocs.yml`` or site
    configuration above it whose title names one."""
    folder = posixpath.dirname(rel)
    # the notes of a folder share their book: looked for once per folder in a load
    known = _by_folder.get((root, folder))
    if known is not None and known[0] == load_number():
        return known[1]
    event = _book_event(root, folder)
    _by_folder[(root, folder)] = (load_number(), event)
    return event


_by_folder: dict[tuple[str, str], tuple[int, str | None]] = {}


def _book_event(root: str, folder: str) -> str | None:
    for _ in range(_MAX_LEVELS):
        for name in _READERS:
            path = os.path.join(root, folder, name)
            # a site's configuration is looked for once per folder in a load: most
            # folders have none, and a stat per note and name would cost
            title = parsed_once(path, _READERS[name], _MAX_BYTES, remember_missing=name in _RARE)
            if not title or (event := event_in_title(title)) is None:
                continue
            if name == _JUPYTER_BOOK and not parsed_once(
                os.path.join(root, folder, _JUPYTER_TOC), _toc_found, 1, remember_missing=True
            ):
                continue
            return event
        if not folder:
            break
        folder = posixpath.dirname(folder)
    return None
