"""A section that is an index or a to-do list, no talk's notes: lines of links ("- [[Day 1
키노트]]"), bullets that each point to a page ("- [[conf.typing]] (Fri)"), or tasks ("- [ ]
mypy ratchet")."""

from __future__ import annotations

from summit_tui.lazy_re import lazy

# A bullet that points to another page with a few words beside it: "- [[conf.typing]] (Fri)"
_POINTER_LINE = lazy(
    r"^(?:[-*+]\s+|\d+[.)]\s+)(?=.{0,60}(?:\[\[[^\]]+\]\]|\[[^\]]*\]\([^)]*\)))"
    r"[^\n]{0,140}$"
)
_TASK_LINE = lazy(r"^(?:[-*+]|\d+[.)])\s+\[[ xX]\]\s")
_LINK_LINE = lazy(
    r"^(?:[-*+]\s+|\d+[.)]\s+)?(?:\[\[[^\]]+\]\]|\[[^\]]*\]\([^)]*\)|<?https?://\S+>?)"
    r"(?:\s*[-–—:|]\s*.{0,60})?$"
)


def only_links(lines: list[str], start: int, end: int) -> bool:
    """Lines start..end hold nothing but links ("- [[Day 1 키노트]]", "- [x](./x.md)"),
    bullets that each point to a page ("- [[conf.typing]] (Fri)", "- Keynote + Polars:
    see [[daily.2024.05.18]]"), or a to-do list ("- [ ] mypy ratchet"): an index or a
    list of things to do, no talk's notes."""
    lines = lines[start:end]
    first = next((text for line in lines if (text := line.strip())), None)
    if (
        first is None
        or ("[" not in first and "http" not in first)  # what each of the three needs
        or not (_LINK_LINE.match(first) or _TASK_LINE.match(first) or _POINTER_LINE.match(first))
    ):
        return False  # most sections: their first line is none of these
    lines = [text for line in lines if (text := line.strip())]
    if all(_LINK_LINE.match(line) for line in lines):
        return True
    return all(_TASK_LINE.match(line) for line in lines) or all(
        _POINTER_LINE.match(line) for line in lines
    )
