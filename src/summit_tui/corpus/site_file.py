"""A small file a site keeps beside its notes (a docs site's ``_category_.json``, a book's
``SUMMARY.md`` / ``book.toml``, ``mkdocs.yml``, a blog's ``authors.yml``), read as data within a
size bound and parsed once per process while it is unchanged (the same size and modification
time)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# a Docusaurus or VitePress site's configuration: its "title: '…'", read as text, never run
SITE_CONFIGS = (
    *("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs"),
    *(".vitepress/config.js", ".vitepress/config.ts", ".vitepress/config.mts"),
    ".vitepress/config.mjs",
)

_seen: dict[tuple[str, Callable[[str], object]], tuple[int, int, object]] = {}
# files looked for once and not there, by readers that ask for it (``remember_missing``)
_missing: set[str] = set()


_load = [0]  # which load this is: what readers worked out per folder holds for one load


def forget_missing() -> None:
    """Look again for the files found missing: a load starts with what is there now (a site
    file added since the last load names its notes' event, labels and days)."""
    _missing.clear()
    _load[0] += 1


def load_number() -> int:
    """Which load the process is in (``forget_missing`` starts the next): a reader may keep
    what it worked out for a folder while this is unchanged."""
    return _load[0]


def parsed_once(
    path: str,
    parse: Callable[[str], T | None],
    max_bytes: int,
    *,
    whole: bool = False,
    remember_missing: bool = False,
) -> T | None:
    """What ``parse`` makes of the first ``max_bytes`` of the file at ``path`` (decoded as
    UTF-8, bad bytes replaced); None when there is no such file. A file that cannot be read is
    parsed as empty text. ``whole``: a file larger than ``max_bytes`` gives None unparsed.
    ``remember_missing``: a file found missing is not looked for again in this load (a
    reader asked once per note would otherwise cost a stat per note; ``forget_missing``)."""
    if remember_missing and path in _missing:
        return None
    try:
        info = os.stat(path)
    except OSError:
        if remember_missing:
            _missing.add(path)
        return None
    key = (path, parse)
    known = _seen.get(key)
    if known is not None and known[0] == info.st_mtime_ns and known[1] == info.st_size:
        return known[2]  # type: ignore[return-value]
    value: T | None = None
    if not (whole and info.st_size > max_bytes):
        try:
            with open(path, "rb") as handle:
                text = handle.read(max_bytes).decode("utf-8", "replace")
        except OSError:
            text = ""
        value = parse(text)
    _seen[key] = (info.st_mtime_ns, info.st_size, value)
    return value
