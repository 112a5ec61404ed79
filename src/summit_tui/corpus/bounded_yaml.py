"""YAML from notes and program files, read within limits.

A few hundred bytes of YAML can name a billion values through nested aliases (the
"billion laughs"), and a few hundred thousand ``[`` nest deeper than libyaml's composer
can recurse (it crashes the process). Before anything is built, ``check`` walks the
parser's events, which libyaml produces without recursion, and counts: nesting depth,
values with every alias expanded, and aliases that refer to a collection still open
(a structure that contains itself). Only text within the limits is then composed or
loaded, through libyaml's CSafeLoader when it is installed.
"""

from __future__ import annotations

from typing import Any

MAX_BYTES = 1024 * 1024  # frontmatter beyond this is not read as YAML
MAX_DEPTH = 64  # collections inside collections
MAX_VALUES = 100_000  # scalars and collections, every alias expanded
# A program file lists every session of a conference: a few thousand items at most.
PROGRAM_MAX_BYTES = 16 * 1024 * 1024
PROGRAM_MAX_VALUES = 2_000_000


class YamlLimit(Exception):
    """The text is over one of the limits; ``line`` is 1-based within the text."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def loader_class() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check(text: str, *, max_bytes: int = MAX_BYTES, max_values: int = MAX_VALUES) -> None:
    """Raise YamlLimit when ``text`` is over a limit, yaml.YAMLError when it is not YAML."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise YamlLimit(
            f"is {size / 1024:.0f} KB of YAML, over the {max_bytes // 1024} KB limit", 1
        )
    from yaml.events import (
        AliasEvent,
        CollectionEndEvent,
        CollectionStartEvent,
        ScalarEvent,
    )

    loader = loader_class()(text)
    counts: list[int] = [0]  # values in each collection still open, expanded
    anchors: list[str | None] = [None]  # the anchor of each collection still open
    sizes: dict[str, int] = {}  # anchor → expanded size, once its value is complete
    total = 0  # every value so far, aliases expanded
    try:
        while loader.check_event():
            event = loader.get_event()
            kind = type(event)
            if kind is ScalarEvent:
                size = 1
                if event.anchor is not None:
                    sizes[event.anchor] = 1
            elif kind is AliasEvent:
                if event.anchor in anchors:
                    raise YamlLimit(
                        f"alias *{event.anchor} refers to a value that contains it",
                        event.start_mark.line + 1,
                    )
                size = sizes.get(event.anchor, 1)  # undefined: the loader says so
            elif isinstance(event, CollectionStartEvent):
                if len(counts) > MAX_DEPTH:
                    raise YamlLimit(
                        f"nests more than {MAX_DEPTH} lists or mappings deep",
                        event.start_mark.line + 1,
                    )
                counts.append(1)
                anchors.append(event.anchor)
                total += 1
                _within(total, max_values, event)
                continue
            elif isinstance(event, CollectionEndEvent):
                size = counts.pop()
                anchor = anchors.pop()
                if anchor is not None:
                    sizes[anchor] = size
                counts[-1] += size
                continue  # already counted in total, value by value
            else:
                continue
            counts[-1] += size
            total += size
            _within(total, max_values, event)
    finally:
        loader.dispose()


def _within(total: int, max_values: int, event: Any) -> None:
    if total > max_values:
        raise YamlLimit(
            f"holds more than {max_values:,} values (aliases expanded)",
            event.start_mark.line + 1,
        )


def load(text: str) -> Any:
    """``text`` as Python data, once ``check`` found it within the limits."""
    import yaml

    check(text)
    return yaml.load(text, Loader=loader_class())


def compose(text: str) -> Any:
    """A program file's ``text`` as YAML nodes (its reader wants each value's line), within
    the program limits."""
    import yaml

    check(text, max_bytes=PROGRAM_MAX_BYTES, max_values=PROGRAM_MAX_VALUES)
    return yaml.compose(text, Loader=loader_class())
