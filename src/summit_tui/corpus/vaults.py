"""Who wrote a vault's pages: an Obsidian or Logseq vault is one person's notes.

A page of a vault that names no writer would otherwise be credited to its own file name
("Kafka exactly-once.md", "03.12.2024.md") or to a topic folder ("HighLoad++ 2024/"): one
guessed "author" per page. The vault's pages share one writer instead (still marked guessed):
its owner where a page of its own says who that is (an About or README page's ``author:`` or
byline, "this is me (Sam Okafor)"), else named after the vault's folder. A page under a folder
that reads as a person's name ("Priya/…", a colleague's notes kept in the vault) stays that
person's.

A folder is a vault when its app's file is there, or when it keeps day pages in a folder of
its own ("vault/Daily/03.12.2024.md", "notes/journals/2024_10_09.md"): one person's journal.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from summit_tui.corpus.model import Entry, Note
from summit_tui.lazy_re import lazy

# What marks a folder as a vault: files its app keeps there, which change rarely (the
# workspace layout an app rewrites all the time is not looked at).
VAULT_MARKS = (".obsidian/app.json", "logseq/config.edn")


def vault_folders(site_paths: Iterable[str], note_paths: Iterable[str] = ()) -> tuple[str, ...]:
    """The vaults ("" is the notes root) among the site files the load found (``site_keys``:
    each vault's app file), and the folders that keep their day pages in a folder of their
    own."""
    from summit_tui.corpus.folders import file_date
    from summit_tui.corpus.talk_sentences import DAY_FOLDERS

    found: list[str] = []
    for path in site_paths:
        for mark in VAULT_MARKS:
            if path == mark or path.endswith("/" + mark):
                found.append(path[: -len(mark)].rstrip("/"))
    for path in note_paths:
        vault, _, rest = path.rpartition("/")
        vault, _, days = vault.rpartition("/")
        if days.casefold() in DAY_FOLDERS and vault not in found and file_date(rest):
            found.append(vault)
    return tuple(found)


def _vault_of(rel: str, vaults: tuple[str, ...]) -> str | None:
    """The innermost vault holding ``rel``."""
    best: str | None = None
    for vault in vaults:
        if (not vault or rel.startswith(vault + "/")) and (best is None or len(vault) > len(best)):
            best = vault
    return best


# A folder that holds other people's notes, one folder each: "동료 노트/Priya/", "People/Lena/".
_PEOPLE_FOLDERS = frozenset(
    {
        "people",
        "colleagues",
        "coworkers",
        "team",
        "others",
        "guests",
        "동료",
        "동료 노트",
        "동료노트",
        "팀원",
        "팀원 노트",
        "다른 사람",
        "同僚",
        "メンバー",
        "kollegen",
        "collègues",
    }
)


def _person_folder(inside: list[str], named: frozenset[str] = frozenset()) -> str | None:
    """The nearest folder that names a person: a full name (a Korean one as a surname and
    two syllables: "컨퍼런스" is no one), a given name the vault's pages write as a person's
    (``named``), or any folder kept under a folder of other people's notes."""
    from summit_tui.corpus.bylines import nobodys_folder
    from summit_tui.corpus.names import looks_like_name

    for position in range(len(inside) - 1, -1, -1):
        folder = inside[position]
        if position and inside[position - 1].lower() in _PEOPLE_FOLDERS:
            return folder
        if folder in named or (
            # "Daily Notes" reads like a name but is the app's folder of day pages
            looks_like_name(folder, strict=True) and not nobodys_folder(folder)
        ):
            return folder
    return None


# The pages where a vault says whose it is
_OWNER_PAGES = frozenset(
    {
        "about", "about me", "about this vault", "readme", "index", "home", "me", "whoami",
        "소개", "내 소개", "나", "about-me", "über mich", "uber mich", "обо мне", "про мене",
        "à propos", "sobre mí", "自己紹介", "关于我",
    }
)  # fmt: skip
# "this is me (Sam Okafor)", "저(김민지)의 노트", "ich (Tobias Keller)"
_ME = lazy(r"(?:\b(?i:me|myself|mich|ich|moi)\s*|(?:나|저|я|мене)\s*)\(([^()\n]{2,40})\)")
_OWNER_SOURCES = ("frontmatter", "text")


def _owner(vault: str, notes: Mapping[str, Note]) -> tuple[str, str] | None:
    """The vault's owner, as a page of its own (an About or README page at its top) says,
    and that page."""
    from summit_tui.corpus.names import looks_like_name

    for rel, note in notes.items():
        inside = rel[len(vault) :].strip("/") if vault else rel
        if inside.count("/") > 1 or (vault and not rel.startswith(vault + "/")):
            continue
        stem = inside.rpartition("/")[2].rpartition(".")[0].casefold()
        if stem not in _OWNER_PAGES:
            continue
        if note.author_source in _OWNER_SOURCES and not note.author_guessed:
            return note.author, rel
        said = _ME.search(note.body[:4000])
        if said is not None and _person(said[1].strip(), looks_like_name):
            return said[1].strip(), rel
    return None


def _person(text: str, looks_like_name: Callable[[str], bool]) -> bool:
    words = text.split()
    return looks_like_name(text) or (
        1 <= len(words) <= 4 and all(w[0].isupper() and w.isalpha() for w in words)
    )


def _given_names(vault: str, notes: Mapping[str, Note]) -> frozenset[str]:
    """The one-word folders of a vault its pages write as a person's: "Aisha's notes",
    "went with Aisha", "mit Jana"; a folder "Drafts" or "Inbox" is written so by no one."""
    folders = {
        part
        for rel in notes
        if not vault or rel.startswith(vault + "/")
        for part in rel[len(vault) :].strip("/").split("/")[:-1]
        if part.isalpha() and part[:1].isupper() and part[1:].islower()
    }
    if not folders:
        return frozenset()
    names = "|".join(map(re.escape, sorted(folders)))
    pattern = re.compile(
        rf"\b(?:(?i:with|mit|avec|con|und|and|&)\s+({names})\b|({names})(?:'s|’s)\b)"
    )
    found: set[str] = set()
    for rel, note in notes.items():
        if vault and not rel.startswith(vault + "/"):
            continue
        for match in pattern.finditer(note.body[:20_000]):
            found.add(match[1] or match[2])
    return frozenset(found)


def _guessed(note: Note, inside: list[str], vault: str) -> bool:
    """Whether the note's writer is a guess the vault answers better: its file name, or a
    folder inside the vault or the vault's own."""
    if note.author_source in ("none", "file"):
        return True
    return note.author_source == "folder" and (
        note.author in inside or note.author == posixpath.basename(vault)
    )


# How a vault page's writer was found (a note's ``author_source``): the page that names the
# vault's owner follows the colon ("vault:About.md"); else the vault's or a person's folder.
OWNER_PAGE = "vault:"


def vault_writers(
    root: Path, notes: Mapping[str, Note], vaults: tuple[str, ...], marked: tuple[str, ...] = ()
) -> dict[str, tuple[str, str]]:
    """rel → (the vault's writer, where it was found), for each note of a vault whose writer
    was only guessed; a page in a person's folder goes to that person. ``marked``: the vaults
    found by their app's file."""
    if not vaults:
        return {}
    from summit_tui.corpus.bylines import nobodys_folder
    from summit_tui.corpus.folders import file_title

    found: dict[str, tuple[str, str]] = {}
    owners: dict[str, tuple[str, str, frozenset[str]]] = {}
    for rel, note in notes.items():
        vault = _vault_of(rel, vaults)
        if vault is None:
            continue
        inside = rel[len(vault) :].strip("/").split("/")[:-1]
        if not _guessed(note, inside, vault):
            continue
        if not vault and vault not in marked and note.author != file_title(rel):
            # the notes root keeps day pages but no app's file: it may hold other people's
            # folders and bylines beside them, so only a page named after its file (its date,
            # its title) takes the vault's writer
            continue
        if vault not in owners:
            page = _owner(vault, notes)
            owner = page[0] if page else (posixpath.basename(vault) if vault else root.name)
            # a vault named after its app or what it holds ("obsidian", "My Vault", "notes")
            # is one writer's, but names no one: shown as its place, marked no author
            source = OWNER_PAGE + page[1] if page else "none" if nobodys_folder(owner) else "folder"
            owners[vault] = (owner, source, _given_names(vault, notes))
        owner, source, named = owners[vault]
        person = _person_folder(inside, named)
        writer = person or owner
        if writer != note.author:
            found[rel] = (writer, "folder" if person else source)
    return found


def credit_vaults(
    notes: dict[str, Note], entries: list[Entry], writers: Mapping[str, tuple[str, str]]
) -> tuple[dict[str, Note], list[Entry]]:
    """The notes and entries with each vault page credited to its vault's writer."""
    if not writers:
        return notes, entries
    notes = {
        rel: replace(
            note, author=writers[rel][0], author_source=writers[rel][1], author_guessed=True
        )
        if rel in writers
        else note
        for rel, note in notes.items()
    }
    entries = [
        replace(entry, author=writers[entry.note][0]) if entry.note in writers else entry
        for entry in entries
    ]
    return notes, entries
