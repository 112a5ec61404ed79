"""A platform's placeholders in a note's text, and text escaped so that Markdown reads it back.

Tistory keeps a post's images as placeholders (``[##_Image|kage@…|{"caption":"…"}_##]``):
they are no text, and read as Markdown their underscores become emphasis. ``placeholder``
makes one a Markdown image carrying its caption (or nothing when it has none); ``escape``
makes any text read back as itself.
"""

from __future__ import annotations

from collections.abc import Callable

from summit_tui.lazy_re import lazy

# Tistory's placeholders: "[##_Image|kage@…/img.jpg|CDM|1.3|{"caption":"등록 데스크 앞"}_##]"
_OPEN, _CLOSE = "[##_", "_##]"
_KIND = lazy(r"(\w{1,20})\|")
_IMAGE_KINDS = frozenset({"image", "imagegrid", "gallery"})
_SPECIAL = lazy(r"[\\*`\[\]<>]|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)")


def placeholder(kind: str, inside: str) -> str:
    """A Tistory placeholder as Markdown: an image with its caption, or nothing."""
    if kind.lower() not in _IMAGE_KINDS:
        return ""
    caption = ""
    brace = inside.find("{")
    if brace >= 0:
        import json

        try:
            options = json.loads(inside[brace : inside.rfind("}") + 1])
        except ValueError:
            options = None
        if isinstance(options, dict) and isinstance(options.get("caption"), str):
            caption = " ".join(options["caption"].split())
    return f"![{escape(caption)}]()" if caption else ""


def escape(text: str) -> str:
    """Text that Markdown reads back as itself (emphasis marks, brackets, tags escaped)."""
    return _SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def readable_text(text: str) -> str:
    """A run of an HTML text node as Markdown: placeholders as images, the rest escaped."""
    if _OPEN not in text:
        return escape(text)
    return without_placeholders(text, escape)


def without_placeholders(text: str, plain: Callable[[str], str]) -> str:
    """``text`` with each placeholder as ``placeholder`` writes it and the text between
    them through ``plain``; found with plain searches, each character looked at once or
    twice whatever the text (a pattern would look again from every unclosed opening)."""
    parts: list[str] = []
    last = 0
    at = text.find(_OPEN)
    while at >= 0:
        end = text.find(_CLOSE, at + len(_OPEN))
        if end < 0:
            break
        kind = _KIND.match(text, at + len(_OPEN))
        if kind is None or kind.end() > end:
            at = text.find(_OPEN, at + len(_OPEN))
            continue
        parts.append(plain(text[last:at]))
        parts.append(placeholder(kind.group(1), text[kind.end() : end]))
        last = end + len(_CLOSE)
        at = text.find(_OPEN, last)
    parts.append(plain(text[last:]))
    return "".join(parts)
