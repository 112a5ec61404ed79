"""A question about one note that two steps of its reading ask, one right after the other.

A note's facts (its days, its event) and its segmenter both ask whether a body is a chat's
export or a note about proposals; each answer is worked out once and given again to the next
caller asking about the same object (by identity: the parse never changes a body it reads).
Only the last answer is kept, so nothing grows with the number of notes, and an answer never
depends on which notes were read before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

Asked = TypeVar("Asked")
Answer = TypeVar("Answer")

_NOTHING = object()


def asked_twice(question: Callable[[Asked], Answer]) -> Callable[[Asked], Answer]:
    """``question`` answered once for an object asked about twice in a row."""
    # one cell holding the pair, replaced whole: a reader never sees one object's answer
    # beside another's
    last: list[tuple[object, Any]] = [(_NOTHING, None)]

    @functools.wraps(question)
    def answer(asked: Asked) -> Answer:
        before, said = last[0]
        if asked is before:
            return said
        said = question(asked)
        last[0] = (asked, said)
        return said

    return answer
