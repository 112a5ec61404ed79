"""The name a docs site gives a folder of notes: Docusaurus' ``_category_.json`` /
``_category_.yml`` ``label`` ("DroidKaigi 2024" for ``docs/conferences/droidkaigi-2024/``).

A folder's slug names its event lower-cased and without its punctuation ("droidkaigi 2024",
"react conf 2024"); the site's label is the name as people write it. It is taken when it
names the same event as the folder (the same words, case aside): a label that says something
else ("カンファレンス参加記録", "Sessions") is the sidebar's, not the event's. The files are read
within a size bound, as data (JSON, or the one ``label:`` line of the YAML form), never run;
each once per process while it is unchanged.
"""

from __future__ import annotations

import json
import os
import posixpath
import re

from summit_tui.lazy_re import lazy

CATEGORY_FILES = ("_category_.json", "_category_.yml", "_category_.yaml")
_MAX_BYTES = 16 * 1024
_MAX_LEVELS = 4  # the note's folder and the three above it
_YAML_LABEL = lazy(r"^label[ \t]*:[ \t]*([\"']?)(?P<label>[^\"'\n#]{1,120})\1[ \t]*(?:#.*)?$", re.M)
_WORDS = lazy(r"[^\W_]+")

# path → (mtime_ns, size, its label or None) of the files read in this process
_seen: dict[str, tuple[int, int, str | None]] = {}


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _WORDS.findall(text))


def _label(path: str) -> str | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    known = _seen.get(path)
    if known is not None and known[0] == info.st_mtime_ns and known[1] == info.st_size:
        return known[2]
    label: str | None = None
    try:
        with open(path, "rb") as handle:
            text = handle.read(_MAX_BYTES + 1).decode("utf-8", "replace")
    except OSError:
        text = ""
    if len(text) <= _MAX_BYTES:
        if path.endswith(".json"):
            try:
                data = json.loads(text)
            except ValueError:
                data = None
            value = data.get("label") if isinstance(data, dict) else None
            label = value if isinstance(value, str) else None
        elif (found := _YAML_LABEL.search(text)) is not None:
            label = found["label"]
    if label is not None:
        label = " ".join(label.split())[:120] or None
    _seen[path] = (info.st_mtime_ns, info.st_size, label)
    return label


def folder_label(root: str, rel: str, name: str) -> str | None:
    """The label a docs site gives the folder above the note at ``rel`` whose slug reads as
    ``name`` (an event name made from a folder), when it names it with the same words; else
    None."""
    wanted = _words(name)
    if not wanted:
        return None
    folder = posixpath.dirname(rel)
    for _ in range(_MAX_LEVELS):
        if not folder:
            return None
        if _words(posixpath.basename(folder)) == wanted:
            for file_name in CATEGORY_FILES:
                label = _label(os.path.join(root, folder, file_name))
                if label and _words(label) == wanted:
                    return label
            return None
        folder = posixpath.dirname(folder)
    return None
