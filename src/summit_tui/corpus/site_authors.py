"""Who wrote a note, from the files of the site or repository it sits in.

- A blog's authors file: a Docusaurus post says ``authors: [lena]`` and ``blog/authors.yml``
  (or a Jekyll ``_data/authors.yml``) says ``lena`` is "Lena Hoffmann".
- A repository's front page: a README or index whose table links each note with a "By"
  column (``| … | [notes](saturday/keynote.md) | @kvz |``), or whose list says whose each
  linked file is ("Ruben's Org file: [contrib/ruben/fosdem25.md](…)").
- A Dendron workspace's ``dendron.yml``: the vault a note sits in, when named after someone.

Only notes whose author would otherwise be a file name, or whose frontmatter authors are
bare keys, look further; each such file is read once per process while it is unchanged, and
a file found missing is not looked for again in that process. The parse cache checks these
files too (``site_keys``): when one changes, the notes whose author it may give are parsed
again (``reads_site``).
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Callable, Iterable
from functools import partial
from typing import TypeVar
from urllib.parse import unquote

from summit_tui.corpus.site_category import CATEGORY_FILES
from summit_tui.corpus.site_file import SITE_CONFIGS, parsed_once
from summit_tui.corpus.vaults import VAULT_MARKS
from summit_tui.lazy_re import lazy

T = TypeVar("T")

_MAX_BYTES = 256 * 1024
_AUTHOR_FILES = ("authors.yml", "authors.yaml", "_data/authors.yml", "_data/authors.yaml")
_INDEX_FILES = ("README.md", "readme.md", "Readme.md", "index.md", "_index.md")
# Frontmatter authors that are keys into an authors file: "lena", "tomasz", "j.doe".
_KEY = lazy(r"^[a-z0-9][a-z0-9_.-]{0,39}$")
# A table's column that says who wrote the linked note.
_BY_COLUMN = lazy(
    r"(?i)^(?:by|author|authors|who|written by|notes by|작성자|작성|글쓴이|autor|autora|auteur"
    r"|autore|作者|著者|筆者|記録者)$"
)
_LINK = lazy(r"\[[^\]\n]{0,200}\]\(\s*<?([^)\s>]{1,300})>?\s*(?:\"[^\"]*\")?\s*\)")
# "Ruben's Org file, exported to Markdown: [contrib/ruben/fosdem25.md](…)", "王磊's blog post".
_POSSESSIVE_ITEM = lazy(
    r"^\s*[-*+]\s+(?P<name>[^\s'’:\[\]]{1,20}(?:\s[A-Z][^\s'’:\[\]]{0,20})?)['’]s\s+[^\[\n]{0,80}\["
)

# The files besides notes that a note's author may come from, and which notes each may change:
# an authors file names frontmatter keys; a front page (itself a note) or a Dendron workspace
# names the writers of notes that name none.
# front pages whose change may change other notes: also a book's table of contents, whose
# title names the book's event (``book_title``)
INDEX_FILES = (*_INDEX_FILES, "SUMMARY.md")
# an mdBook's book.toml names its event the same way
# a Hugo or Jekyll site's configuration: it names the site's writer ("[params] author = …",
# Jekyll's "author: {name: …}")
HUGO_FILES = (
    *("hugo.toml", "config.toml", "hugo.yaml", "config.yaml", "hugo.yml", "config.yml"),
    "_config.yml",
)
BOOK_FILES = ("_toc.yml", "_quarto.yml", "myst.yml")
_SITE_FILES = (
    *(*_AUTHOR_FILES, "dendron.yml", "book.toml", "mkdocs.yml", *CATEGORY_FILES),
    # a Jupyter Book's table of contents, a Quarto or MyST project's file: their titles name
    # the event of every page (``book_title``)
    *BOOK_FILES,
    *SITE_CONFIGS,
    *HUGO_FILES,
    # a vault's app files: its pages share one writer (vaults)
    *VAULT_MARKS,
)


def note_folders(rels: Iterable[str]) -> tuple[str, ...]:
    """Every folder that holds notes or lies above one ("" is the root), in order."""
    folders: set[str] = set()
    for folder in {rel.rpartition("/")[0] for rel in rels}:
        while folder not in folders:
            folders.add(folder)
            if not folder:
                break
            folder = folder.rpartition("/")[0]
    return tuple(sorted(folders))


def site_keys(root: str, folders: Iterable[str]) -> tuple[tuple[str, int, int], ...]:
    """(path, mtime_ns, size) of every authors file, Dendron workspace and book.toml in these
    folders (``note_folders``): what the parse cache checks besides the notes."""
    found: list[tuple[str, int, int]] = []
    for folder in folders:
        for name in _SITE_FILES:
            path = posixpath.join(folder, name) if folder else name
            try:
                info = os.stat(os.path.join(root, path))
            except OSError:
                continue
            found.append((path, info.st_mtime_ns, info.st_size))
    return tuple(found)


def reads_site(author_source: str, changed: frozenset[str]) -> bool:
    """Whether a note whose author came from ``author_source`` may read otherwise now that site
    files of these kinds (``"authors"``, ``"index"``) changed."""
    if author_source == "frontmatter":
        return "authors" in changed
    return author_source in ("none", "file", "folder", "index") and "index" in changed


def site_author(root: str, rel: str, author: str, source: str) -> str | None:
    """The author the site's files name for the note at ``rel`` (relative to ``root``), or
    None: the names behind frontmatter keys (``source`` "frontmatter"), or the writer a front
    page gives for a note whose author is its file or folder name (``source`` "file",
    "folder")."""
    if source == "frontmatter":
        keys = [key.strip() for key in author.split(",")]
        if not keys or not all(_KEY.match(key) for key in keys):
            return None
        for folder in _folders(rel):
            for name in _AUTHOR_FILES:
                names = _authors_file(os.path.join(root, folder, name))
                if names and all(key in names for key in keys):
                    return ", ".join(names[key] for key in keys)
        return None
    if source not in ("none", "file", "folder"):
        return None
    for folder in _folders(rel):
        for name in _INDEX_FILES:
            index = _index_file(os.path.join(root, folder, name), folder)
            if index and (writer := _writer(index, rel)):
                return writer
        for name in HUGO_FILES:
            if writer := _hugo_file(os.path.join(root, folder, name)):
                return writer  # a site's one writer: Hugo's "[params] author = 'Ana Souza'"
        vaults = _dendron_file(os.path.join(root, folder, "dendron.yml"))
        if vaults:
            # a Dendron workspace: the vault the note sits in names whose notes they are
            inside = rel[len(folder) + 1 :] if folder else rel
            for path, vault in vaults.items():
                if inside.startswith(path.rstrip("/") + "/") or path in (".", ""):
                    return vault
    return None


def _folders(rel: str) -> list[str]:
    """The note's folder and every folder above it, nearest first ("" is the root)."""
    folders: list[str] = []
    folder = posixpath.dirname(rel)
    while True:
        folders.append(folder)
        if not folder:
            return folders
        folder = posixpath.dirname(folder)


def _writer(index: dict[str, str], rel: str) -> str | None:
    if rel in index:
        return index[rel]
    for folder in _folders(rel)[:-1]:  # a linked folder: "[contrib/wanglei](contrib/wanglei/)"
        if folder + "/" in index:
            return index[folder + "/"]
    return None


def _remembered(path: str, parse: Callable[[str], T | None]) -> T | None:
    return parsed_once(path, parse, _MAX_BYTES, whole=True, remember_missing=True)


def _dendron_file(path: str) -> dict[str, str] | None:
    return _remembered(path, _parse_dendron)


# Names a Dendron vault is given that say nothing of whose it is.
_GENERIC_VAULTS = frozenset(
    {"vault", "notes", "main", "default", "personal", "private", "public", "wiki", "docs"}
)


def _parse_dendron(text: str) -> dict[str, str] | None:
    """A Dendron workspace's vaults (``workspace: vaults: [{fsPath, name}]``): vault folder →
    its name, for the vaults named after someone ("chris", not "vault")."""
    from summit_tui.corpus.bounded_yaml import load

    try:
        data = load(text)
    except Exception:  # not YAML, or over the limits: no vaults from it
        return None
    workspace = data.get("workspace") if isinstance(data, dict) else None
    vaults = workspace.get("vaults") if isinstance(workspace, dict) else None
    found: dict[str, str] = {}
    for vault in vaults if isinstance(vaults, list) else ():
        if not isinstance(vault, dict):
            continue
        path, name = vault.get("fsPath"), vault.get("name")
        if isinstance(path, str) and isinstance(name, str):
            name = " ".join(name.split())
            if 0 < len(name) <= 40 and name.isprintable() and name.lower() not in _GENERIC_VAULTS:
                found[posixpath.normpath(path)] = name
    return found or None


def _hugo_file(path: str) -> str | None:
    return _remembered(path, _parse_hugo_toml if path.endswith(".toml") else _parse_hugo_yaml)


def _parse_hugo_toml(text: str) -> str | None:
    return _parse_hugo(text, toml=True)


def _parse_hugo_yaml(text: str) -> str | None:
    return _parse_hugo(text, toml=False)


def _parse_hugo(text: str, toml: bool) -> str | None:
    """The writer a Hugo site's configuration names: ``params.author`` (a name, or a mapping
    with a name), else the top-level ``author`` (old Hugo, Jekyll's ``_config.yml``); None for
    a file that is no site configuration (no ``baseURL``, ``title`` or ``theme``) or names
    none."""
    try:
        if toml:
            import tomllib

            data = tomllib.loads(text)
        else:
            from summit_tui.corpus.bounded_yaml import load

            data = load(text)
    except Exception:  # not TOML or YAML, or over the limits: no writer from it
        return None
    if not isinstance(data, dict) or not any(
        key in data for key in ("baseURL", "baseurl", "title", "theme")
    ):
        return None
    params = data.get("params")
    inner = params.get("author") if isinstance(params, dict) else None
    for value in (inner, data.get("author")):
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str):
            name = " ".join(value.split())
            if 0 < len(name) <= 60 and name.isprintable():
                return name
    return None


def _authors_file(path: str) -> dict[str, str] | None:
    return _remembered(path, _parse_authors)


def _parse_authors(text: str) -> dict[str, str] | None:
    """``key: {name: …}`` entries of a blog's authors file (YAML, read within limits)."""
    from summit_tui.corpus.bounded_yaml import load

    try:
        data = load(text)
    except Exception:  # not YAML, or over the limits: no authors from it
        return None
    if not isinstance(data, dict):
        return None
    names: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            name = " ".join(value["name"].split())
            if 0 < len(name) <= 60 and name.isprintable():
                names[str(key)] = name
    return names or None


# one reader per folder, so that a front page is parsed once, not once per note
_index_readers: dict[str, Callable[[str], dict[str, str] | None]] = {}


def _index_file(path: str, folder: str) -> dict[str, str] | None:
    reader = _index_readers.get(folder)
    if reader is None:
        reader = _index_readers[folder] = partial(_parse_index, folder=folder)
    return _remembered(path, reader)


def _parse_index(text: str, folder: str) -> dict[str, str] | None:
    """Note path (from the notes root) → its writer, as a front page's table or list says."""
    found: dict[str, str] = {}
    by_column: int | None = None
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            if by_column is None:
                by_column = next((n for n, c in enumerate(cells) if _BY_COLUMN.match(c)), None)
                continue
            if by_column >= len(cells) or set(stripped) <= set("|-: "):
                continue
            writer = _writer_name(cells[by_column])
            for cell in cells:
                for target in _LINK.findall(cell):
                    if writer and (path := _target(folder, target)):
                        found.setdefault(path, writer)
            continue
        by_column = None
        item = _POSSESSIVE_ITEM.match(line)
        if item is not None:
            for target in _LINK.findall(line):
                if path := _target(folder, target):
                    found.setdefault(path, item.group("name"))
    return found or None


def _writer_name(cell: str) -> str | None:
    name = cell.strip(" *_`").lstrip("@")
    name = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", name).strip(" *_`").lstrip("@")
    if not name or len(name) > 40 or not name.isprintable() or not any(c.isalpha() for c in name):
        return None  # "—", "?", "-": nobody named
    return name


def _target(folder: str, target: str) -> str | None:
    """A link's file or folder, relative to the notes root; None for a web address."""
    if "://" in target or target.startswith(("#", "mailto:", "/")):
        return None
    target = unquote(target.split("#", 1)[0])
    if not target:
        return None
    path = posixpath.normpath(posixpath.join(folder, target))
    if path.startswith(".."):
        return None
    return path + "/" if target.endswith("/") else path
