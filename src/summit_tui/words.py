"""The words the app and the commands share: one word per concept, counted right.

The concepts (DESIGN.md's words table): a *note* is one Markdown file; an *entry* is the
part of a note about one thing; a *passage* is one point inside an entry; an *item* is a
session or a booth of the *program*; an *annotation* is the user's comment. Search
results are of three kinds, named the same in the app, the command line and JSON.
"""

from __future__ import annotations

# Result kinds: the JSON value, the app's label and the command line's column are this word.
RESULT_KINDS = ("item", "passage", "annotation")

COMPARE_NEEDS_TWO = "Compare needs an item that two or more authors wrote about."

_IRREGULAR = {"entry": "entries", "match": "matches", "info": "info", "was": "were"}


def plural(word: str) -> str:
    """``passage`` → ``passages``, ``entry`` → ``entries``."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    last = word.rsplit(" ", 1)[-1]
    if last in _IRREGULAR:
        return word[: len(word) - len(last)] + _IRREGULAR[last]
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def count(number: int, word: str, many: str | None = None) -> str:
    """``1 passage``, ``2 passages``, ``0 entries``, ``1,234 notes``."""
    noun = word if number == 1 else (many or plural(word))
    return f"{number:,} {noun}"
