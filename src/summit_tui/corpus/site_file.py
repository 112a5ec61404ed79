"""A small file a site keeps beside its notes (a docs site's ``_category_.json``, a book's
``SUMMARY.md`` / ``book.toml``, ``mkdocs.yml``), read as data within a size bound and parsed once
per process while it is unchanged (the same size and modification time)."""

from __future__ import annotations

import os
from collections.abc import Callable

_seen: dict[tuple[str, Callable[[str], str | None]], tuple[int, int, str | None]] = {}


def parsed_once(path: str, parse: Callable[[str], str | None], max_bytes: int) -> str | None:
    """What ``parse`` makes of the first ``max_bytes`` of the file at ``path`` (decoded as
    UTF-8, bad bytes replaced); None when there is no such file. A file that cannot be read is
    parsed as empty text."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    key = (path, parse)
    known = _seen.get(key)
    if known is not None and known[0] == info.st_mtime_ns and known[1] == info.st_size:
        return known[2]
    try:
        with open(path, "rb") as handle:
            text = handle.read(max_bytes).decode("utf-8", "replace")
    except OSError:
        text = ""
    value = parse(text)
    _seen[key] = (info.st_mtime_ns, info.st_size, value)
    return value
