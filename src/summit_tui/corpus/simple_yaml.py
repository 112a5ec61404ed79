"""The frontmatter most notes have, read without a YAML parser: exactly as YAML reads it.

Most frontmatter is a few ``key: value`` lines and a list or two of ``- item`` lines.
Reading that through the bounded YAML loader (a limits pass over the parser's events,
then the loader itself) is a noticeable part of a cold load. ``load`` reads that simple
shape directly, with one-line lists (``tags: [a, "b c"]``), and returns None for
anything else (nested collections, block scalars, anchors, tags, multi-line scalars,
escapes, comments after a value...), so the caller falls back to the bounded loader.
A plain value is typed by PyYAML's own implicit resolver and safe constructor, so
``yes``, ``null``, ``2024-11-04 16:00`` or ``12`` come out as YAML makes them; a
property test holds the two readers equal on generated frontmatter
(tests/test_simple_yaml.py).
"""

from __future__ import annotations

import datetime
from typing import Any

from summit_tui.lazy_re import lazy

MAX_CHARS = 16 * 1024  # longer frontmatter is unusual: the bounded loader reads it

_STR = "tag:yaml.org,2002:str"
# The first characters of PyYAML's implicitly typed scalars (bools, numbers, nulls, dates,
# "<<", "="), and the words among them: any other plain scalar is a string without asking
# PyYAML, whose import is a fifth of a parsing worker's start-up (tests/test_simple_yaml.py
# holds these equal to PyYAML's). A date alone ("2024-11-04") is made here as its safe
# constructor makes it.
_TYPED_FIRST = frozenset("!&*+-.0123456789<=FNOTYfnoty~")
_TYPED_WORDS = frozenset(
    form
    for word in ("yes", "no", "true", "false", "on", "off", "null")
    for form in (word, word.title(), word.upper())
)
_DATE = lazy(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NOT_SIMPLE = object()
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
# Characters YAML rejects, reads as line breaks, or treats specially: the full loader
# says what is wrong with them. Written as the few it names, not as the complement of those
# allowed: a negated class over the whole of Unicode costs milliseconds to compile.
_AWKWARD = lazy("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def _may_be_awkward(text: str) -> bool:
    """Whether ``text`` may hold one of ``_AWKWARD``'s characters: each is one Python does not
    print, so a text whose every character but its line breaks prints holds none."""
    return not text.replace("\n", "").isprintable()


def load(text: str) -> dict[str, Any] | None:
    """``text`` as YAML would load it, when it is simple frontmatter; else None."""
    if len(text) > MAX_CHARS or (_may_be_awkward(text) and _AWKWARD.search(text)):
        return None
    data: dict[Any, Any] = {}
    key: Any = None
    items: list[Any] | None = None  # the list under ``key`` while its items are read
    item_indent = -1
    for line in text.split("\n"):
        stripped = line.strip(" ")
        if not stripped or stripped[0] == "#":
            continue  # a blank line or a comment line
        indent = len(line) - len(line.lstrip(" "))
        if stripped[0] == "-" and (len(stripped) == 1 or stripped[1] == " "):
            if items is None or (item_indent >= 0 and indent != item_indent):
                return None
            item_indent = indent
            value = _scalar(stripped[2:].strip(" "))
            if value is _NOT_SIMPLE or stripped == "-":
                return None
            items.append(value)
            continue
        if indent:
            return None  # a nested mapping or a continued scalar
        if items is not None:
            data[key] = items or None
            items = None
        raw_key, value_text = _split_pair(stripped)
        if raw_key is None:
            return None
        key = _scalar(raw_key, key=True)
        if key is _NOT_SIMPLE:
            return None
        if value_text:
            value = _scalar(value_text)
            if value is _NOT_SIMPLE:
                return None
            data[key] = value
        else:  # a list may follow; if not, the value is null
            items, item_indent = [], -1
    if items is not None:
        data[key] = items or None
    return data or None


def _split_pair(line: str) -> tuple[str | None, str]:
    """``key: value`` → (key, value); (None, "") when the line is no such pair."""
    if line.endswith(":"):
        head, value = line[:-1], ""
    else:
        colon = line.find(": ")
        if colon < 0:
            return None, ""
        head, value = line[:colon], line[colon + 2 :].strip(" ")
    head = head.rstrip(" ")
    if not head or ": " in head or head.endswith(":"):
        return None, ""
    return head, value


def _scalar(text: str, *, key: bool = False) -> Any:
    """One scalar (or a one-line list, as a value) on one line, as YAML constructs it;
    _NOT_SIMPLE when unsure."""
    if not text:
        return _NOT_SIMPLE if key else None
    first = text[0]
    if first in "\"'":
        return _quoted(text) if not key else _NOT_SIMPLE
    if first == "[" and not key:
        return _flow_list(text)
    if first in _INDICATORS and not (first == "-" and len(text) > 1 and text[1] != " "):
        return _NOT_SIMPLE
    if text.endswith(":") or ": " in text or " #" in text:
        return _NOT_SIMPLE
    return _resolved(text)


def _quoted(text: str) -> Any:
    quote = text[0]
    if len(text) < 2 or text[-1] != quote:
        return _NOT_SIMPLE
    inner = text[1:-1]
    if quote in inner or "\\" in inner:
        return _NOT_SIMPLE
    return inner


def _flow_list(text: str) -> Any:
    """``[a, "b c", 3]``: scalars only, no quotes holding commas, no trailing comma."""
    if text[-1] != "]":
        return _NOT_SIMPLE
    inner = text[1:-1]
    if any(mark in inner for mark in "[]{}:#&*!|>%@`?") or (inner and not inner.strip(" ")):
        return _NOT_SIMPLE
    if not inner:
        return []
    items = []
    for part in inner.split(","):
        part = part.strip(" ")
        if not part:
            return _NOT_SIMPLE
        if part[0] in "\"'":
            value = _quoted(part)
        elif any(quote in part for quote in "\"'") or (part[0] == "-" and part[1:2] in ("", " ")):
            return _NOT_SIMPLE
        else:
            value = _resolved(part)
        if value is _NOT_SIMPLE:
            return _NOT_SIMPLE
        items.append(value)
    return items


def _resolved(text: str) -> Any:
    """A plain scalar, typed as PyYAML's resolver and safe constructor type it."""
    first = text[0]
    if first not in _TYPED_FIRST or (first.isalpha() and text not in _TYPED_WORDS):
        return text
    if _DATE.fullmatch(text):
        try:
            return datetime.date(int(text[:4]), int(text[5:7]), int(text[8:10]))
        except ValueError:  # 2024-13-45: the loader reports it
            return _NOT_SIMPLE
    tag = _tag(text)
    if tag == _STR:
        return text
    safe = _constructor()
    construct = _CONSTRUCTORS.get(tag)
    if construct is None:  # a merge key, "=" or the like
        return _NOT_SIMPLE
    from yaml.nodes import ScalarNode

    try:
        return construct(safe, ScalarNode(tag, text))
    except Exception:  # 2024-13-45: the loader reports it
        return _NOT_SIMPLE


def _tag(text: str) -> str:
    from yaml.resolver import Resolver

    for tag, pattern in Resolver.yaml_implicit_resolvers.get(text[0], ()):
        if pattern.match(text):
            return tag
    return _STR


_CONSTRUCTORS: dict[str, Any] = {}
_SAFE: list[Any] = []


def _constructor() -> Any:
    if not _SAFE:
        from yaml.constructor import SafeConstructor

        _SAFE.append(SafeConstructor())
        for kind in ("null", "bool", "int", "float", "timestamp"):
            tag = f"tag:yaml.org,2002:{kind}"
            _CONSTRUCTORS[tag] = SafeConstructor.yaml_constructors[tag]
    return _SAFE[0]
