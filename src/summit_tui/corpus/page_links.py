"""The pages a note links to by name: an Obsidian or Logseq ``[[wikilink]]``.

A daily note that names no event often reaches it only through a link to one of its pages
(``Утром был на [[Наблюдаемость за 0 рублей]]``, ``[[PyCon KR 2024]]``), and a talk's page
that gives no day is dated by the day page that links to it (``Vormittags [[Virtual Threads in
der Praxis]] gehört``). Links are matched to pages by file name, case and spacing aside.
"""

from __future__ import annotations

from collections.abc import Iterable

from summit_tui.lazy_re import lazy

# "[[Page]]", "[[Page|shown text]]", "[[Page#Heading]]", "![[Page]]"; never a path's folders
_LINK = lazy(r"\[\[([^\[\]|#\n]{1,150})(?:[|#][^\[\]\n]{0,150})?\]\]")
_READ = 100_000  # characters of a note looked at


def page_key(name: str) -> str:
    """How a link and a file name are compared: "Kafka exactly-once - где нас обманули"."""
    return " ".join(name.rpartition("/")[2].casefold().split())


def page_name(path: str) -> str:
    """The name a vault links a note by: its file name without ".md"."""
    name = path.rpartition("/")[2]
    return page_key(name.rpartition(".")[0] or name)


def linked_pages(body: str) -> tuple[str, ...]:
    """The pages a note links to (their keys), in order, once each."""
    if "[[" not in body:
        return ()
    return tuple(dict.fromkeys(page_key(found) for found in _LINK.findall(body[:_READ])))


def pages_by_name(paths: Iterable[str]) -> dict[str, str]:
    """page key → path, for names only one note has (a name two folders share says nothing)."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for path in paths:
        key = page_name(path)
        if key in found:
            shared.add(key)
        found[key] = path
    return {key: path for key, path in found.items() if key not in shared}
