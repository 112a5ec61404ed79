"""Files in the notes folder that look like Markdown but are not read as notes.

Notes are read from Markdown under the names editors and sites give it (`.md`, `.markdown`,
`.mdx`, `.mkd`, `.mdown` …, the loader's ``SUFFIXES``). Markdown with something else in it,
an R Markdown page (`.rmd`) or a plain-text export (`.mdtxt`), is not, and neither are notes
kept in Org mode (`.org`; plain-text `.txt` notes are read): without
a word from `check` a folder of such pages loads as "0 notes, 0 errors" and a mixed one
silently loses its other pages.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from summit_tui.corpus.text_files import NOT_NOTES

if TYPE_CHECKING:
    from summit_tui.corpus.model import Problem

MARKDOWN_LIKE = (".mdx", ".mdown", ".mkd", ".mkdn", ".mdwn", ".mdtxt", ".mdtext", ".markdn")
MARKDOWN_LIKE += (".qmd", ".rmd")
# Notes kept in Org mode: not read (their markup is not Markdown's), but named, so a folder of
# them is not "0 notes" without a word. (A Jupyter Book's `.ipynb` pages are read:
# corpus.notebook; plain-text `.txt` notes and chat exports are read: corpus.text_files.)
MARKDOWN_LIKE += (".org",)
# Blogs written in reStructuredText (Pelican, Sphinx): markup of its own, not read, but named
# for the same reason. (AsciiDoc posts, JBake's and Antora's, are read: corpus.asciidoc.)
MARKDOWN_LIKE += (".rst",)
# A blog post saved from the browser ("Save page as…") beside the notes: its text is a note
# the user meant to read, and a page of HTML is not Markdown.
MARKDOWN_LIKE += (".html", ".htm")
_SAVED_PAGE = "a saved web page; copy its text into a .md file to read it"
_HOW = {".org": "Org mode; export it to Markdown to read it"}
_HOW |= {
    ".rst": "reStructuredText; convert it to Markdown to read it",
}
_HOW |= {".html": _SAVED_PAGE, ".htm": _SAVED_PAGE}
# A site's own HTML (a Jekyll or Hugo blog kept with its posts) is no saved post.
_SITE_FOLDERS = frozenset(
    {"_layouts", "_includes", "layouts", "partials", "themes", "_site", "public", "static"}
    | {"assets", "templates", "site", "build", "dist", "docs_build", "htmlcov"}
)
READ = (
    "notes are Markdown (.md, .markdown, .mdx, .qmd, .mkd, .mdown), plain text (.txt), "
    "notebooks (.ipynb), saved mail (.eml) and AsciiDoc posts (.adoc)"
)
MAX_FOLDERS = 20_000  # a bound on a huge or hostile tree: check stays quick
APP_FOLDERS = 2_000  # the app looks on its own thread's time: a smaller bound
SHOWN = 10  # files named one by one; the rest are counted


@dataclass(frozen=True, slots=True)
class Unread:
    """Markdown-like files not read: the first few by path, and how many in all."""

    paths: tuple[str, ...]  # the first SHOWN and the one after them, if any
    total: int
    suffixes: tuple[str, ...]  # of all of them, sorted


def unread_markdown(root: Path, max_folders: int = MAX_FOLDERS) -> Unread:
    """The Markdown-like files under ``root`` that are not notes, as POSIX paths relative to
    ``root``. Hidden files and the folders the notes are not read from are skipped; links to
    folders are not followed (the notes' own walk reports those)."""
    from summit_tui.corpus.loader import SUFFIXES, skipped_folder

    wanted = tuple(suffix for suffix in MARKDOWN_LIKE if suffix not in SUFFIXES)
    top = os.fspath(root)
    found: list[str] = []
    for visited, (folder, folders, files) in enumerate(os.walk(top)):
        if visited >= max_folders:
            break
        folders[:] = [name for name in folders if not skipped_folder(name)]
        site = not _SITE_FOLDERS.isdisjoint(os.path.relpath(folder, top).lower().split(os.sep))
        for name in files:
            low = name.lower()
            if site and low.endswith((".html", ".htm")):
                continue
            if not name.startswith(".") and low.endswith(wanted) and not low.startswith(NOT_NOTES):
                rel = os.path.relpath(os.path.join(folder, name), top)
                found.append(rel.replace(os.sep, "/"))
    found.sort()
    suffixes = sorted({os.path.splitext(path)[1].lower() for path in found})
    return Unread(tuple(found[: SHOWN + 1]), len(found), tuple(suffixes))


def _not_read(suffix: str) -> str:
    how = _HOW.get(suffix)
    if how is not None:
        return f"a {suffix} file is not read as a note: {how} ({READ})"
    return f"a {suffix} file is not read as a note ({READ})"


def unread_problems(root: Path, max_folders: int = MAX_FOLDERS) -> list[Problem]:
    """The info lines (``check``'s, the app's problems screen's) for :func:`unread_markdown`:
    one per file named, one for the rest."""
    from summit_tui.corpus.model import Problem, Severity
    from summit_tui.words import count

    unread = unread_markdown(root, max_folders)
    named = unread.paths if unread.total <= SHOWN + 1 else unread.paths[:SHOWN]
    problems = [
        Problem(
            path,
            None,
            Severity.INFO,
            _not_read(os.path.splitext(path)[1].lower()),
            "not read",
        )
        for path in named
    ]
    if unread.total > len(named):
        # Named by the first of them, so the line sorts after the files named above.
        problems.append(
            Problem(
                unread.paths[SHOWN],
                None,
                Severity.INFO,
                f"this and {count(unread.total - SHOWN - 1, 'more file')} like it "
                f"({', '.join(unread.suffixes)}) are not read as notes either",
                "not read",
            )
        )
    return problems


def empty_folder_hint(root: Path) -> str:
    """What the app says about a folder where no note was found: the Markdown-like files it
    holds that are not read, if any (``""`` when none)."""
    from summit_tui.words import count

    unread = unread_markdown(root, APP_FOLDERS)
    if not unread.total:
        return ""
    verb = "is" if unread.total == 1 else "are"
    return (
        f"{count(unread.total, 'file')} here ({', '.join(unread.suffixes)}) {verb} not read: "
        f"{READ}."
    )


def no_notes_problem(root: Path) -> Problem:
    """``check``'s warning for a folder where no note was found (a user who pointed at the
    wrong folder hears it, rather than "0 notes, 0 errors"), with the files it holds that
    are not read, if any."""
    from summit_tui.corpus.model import Problem, Severity

    hint = empty_folder_hint(root)
    return Problem(
        ".",
        None,
        Severity.WARNING,
        f"no notes found in {root}" + (f": {hint[:1].lower()}{hint[1:]}" if hint else ""),
        f"point --notes at the folder that holds them: {READ}",
    )
