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

import os
import posixpath
import re

from summit_tui.corpus.site_file import parsed_once
from summit_tui.lazy_re import lazy

CATEGORY_FILES = ("_category_.json", "_category_.yml", "_category_.yaml")
_MAX_BYTES = 16 * 1024
_MAX_LEVELS = 4  # the note's folder and the three above it
_YAML_LABEL = lazy(r"^label[ \t]*:[ \t]*([\"']?)(?P<label>[^\"'\n#]{1,120})\1[ \t]*(?:#.*)?$", re.M)
_WORDS = lazy(r"[^\W_]+")


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in _WORDS.findall(text))


def category_label(path: str, *, remember_missing: bool = False) -> str | None:
    """The label a docs site's ``_category_`` file at ``path`` gives its folder, or None
    (``remember_missing``: as ``site_file.parsed_once``)."""
    parse = _json_label if path.endswith(".json") else _yaml_label
    return parsed_once(path, parse, _MAX_BYTES + 1, remember_missing=remember_missing)


def _json_label(text: str) -> str | None:
    import json  # here: a parse worker imports it only for a docs site's JSON category file

    if len(text) > _MAX_BYTES:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    value = data.get("label") if isinstance(data, dict) else None
    return _shown(value) if isinstance(value, str) else None


def _yaml_label(text: str) -> str | None:
    if len(text) > _MAX_BYTES or (found := _YAML_LABEL.search(text)) is None:
        return None
    return _shown(found["label"])


def _shown(label: str) -> str | None:
    return " ".join(label.split())[:120] or None


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
                label = category_label(os.path.join(root, folder, file_name))
                if label and _words(label) == wanted:
                    return label
            return None
        folder = posixpath.dirname(folder)
    return None
