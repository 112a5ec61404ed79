"""Who wrote a vault's pages: an Obsidian or Logseq vault is one person's notes.

A page of a vault that names no writer would otherwise be credited to its own file name
("Kafka exactly-once.md") or to a topic folder ("HighLoad++ 2024/"): one guessed "author"
per page. The vault's pages share one writer instead, named after the vault's folder
(still marked guessed). A page under a folder that reads as a person's name ("Priya/…",
a colleague's notes kept in the vault) stays that person's.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from summit_tui.corpus.model import Entry, Note

# What marks a folder as a vault: files its app keeps there, which change rarely (the
# workspace layout an app rewrites all the time is not looked at).
VAULT_MARKS = (".obsidian/app.json", "logseq/config.edn")


def vault_folders(site_paths: Iterable[str]) -> tuple[str, ...]:
    """The vaults ("" is the notes root) among the site files the load found (``site_keys``:
    each vault's app file)."""
    found: list[str] = []
    for path in site_paths:
        for mark in VAULT_MARKS:
            if path == mark or path.endswith("/" + mark):
                found.append(path[: -len(mark)].rstrip("/"))
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


def _person_folder(inside: list[str]) -> str | None:
    """The nearest folder that names a person: a full name, or any folder kept under a
    folder of other people's notes."""
    from summit_tui.corpus.names import looks_like_name

    for position in range(len(inside) - 1, -1, -1):
        folder = inside[position]
        if position and inside[position - 1].lower() in _PEOPLE_FOLDERS:
            return folder
        if looks_like_name(folder):
            return folder
    return None


def _guessed(note: Note, inside: list[str]) -> bool:
    """Whether the note's writer is a guess the vault answers better: its file name, or a
    folder inside the vault."""
    if note.author_source == "file":
        return True
    return note.author_source == "folder" and note.author in inside


def vault_writers(root: Path, notes: Mapping[str, Note], vaults: tuple[str, ...]) -> dict[str, str]:
    """rel → the vault's writer, for each note of a vault whose writer was only guessed; a
    page in a person's folder goes to that person."""
    if not vaults:
        return {}
    found: dict[str, str] = {}
    for rel, note in notes.items():
        vault = _vault_of(rel, vaults)
        if vault is None:
            continue
        inside = rel[len(vault) :].strip("/").split("/")[:-1]
        if not _guessed(note, inside):
            continue
        writer = _person_folder(inside) or (posixpath.basename(vault) if vault else root.name)
        if writer != note.author:
            found[rel] = writer
    return found


def credit_vaults(
    notes: dict[str, Note], entries: list[Entry], writers: Mapping[str, str]
) -> tuple[dict[str, Note], list[Entry]]:
    """The notes and entries with each vault page credited to its vault's writer."""
    if not writers:
        return notes, entries
    notes = {
        rel: replace(note, author=writers[rel], author_source="folder", author_guessed=True)
        if rel in writers
        else note
        for rel, note in notes.items()
    }
    entries = [
        replace(entry, author=writers[entry.note]) if entry.note in writers else entry
        for entry in entries
    ]
    return notes, entries
