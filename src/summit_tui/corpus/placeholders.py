"""A platform's placeholders in a note's text, and text escaped so that Markdown reads it back.

Tistory keeps a post's images as placeholders (``[##_Image|kage@…|{"caption":"…"}_##]``):
they are no text, and read as Markdown their underscores become emphasis. ``placeholder``
makes one a Markdown image carrying its caption (or nothing when it has none); ``escape``
makes any text read back as itself.
"""

from __future__ import annotations

import re

# Tistory's placeholders: "[##_Image|kage@…/img.jpg|CDM|1.3|{"caption":"등록 데스크 앞"}_##]"
PLACEHOLDER = re.compile(r"\[##_(\w+)\|(.*?)_##\]", re.S)
_IMAGE_KINDS = frozenset({"image", "imagegrid", "gallery"})
_SPECIAL = re.compile(r"[\\*`\[\]<>]|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;)")


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
    if "[##_" not in text:
        return escape(text)
    parts: list[str] = []
    last = 0
    for found in PLACEHOLDER.finditer(text):
        parts.append(escape(text[last : found.start()]))
        parts.append(placeholder(found.group(1), found.group(2)))
        last = found.end()
    parts.append(escape(text[last:]))
    return "".join(parts)
