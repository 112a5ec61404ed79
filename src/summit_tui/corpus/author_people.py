"""The people a note's author names, for the commands that list authors. Apart from the
speaker readers: a command on a warm cache imports none of them for authors that name one
person, which is nearly every author."""

from __future__ import annotations

from summit_tui.lazy_re import lazy

_AUTHOR_SPLIT = lazy(r"\s*(?:[,、，;&]|\s및\s)\s*")


def author_people(author: str) -> tuple[str, ...]:
    """The people a note's author names: "이준호, 박서연" (a frontmatter list of two, kept joined
    as the note's author) → ("이준호", "박서연"); any other author is one ("Doe, Jane", "SK AI
    SUMMIT 이모 저모", "velog @euisuk-chung")."""
    if not _AUTHOR_SPLIT.search(author):
        return (author,)
    from summit_tui.corpus.speakers import label_person

    parts = [part for part in _AUTHOR_SPLIT.split(author) if part]
    if len(parts) < 2 or any(label_person(part) != part for part in parts):
        return (author,)
    return tuple(dict.fromkeys(parts))
