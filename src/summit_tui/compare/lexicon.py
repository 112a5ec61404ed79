"""A Korean–English word list, so that a Korean passage and an English one can meet.

The list (``lexicon_data.WORDS``) holds general vocabulary of the kind conference notes use
(technology, business, energy, research, everyday verbs and adjectives), one Korean
stem per line with its English words. A Korean word's concepts are the English stems
(``c:grow``), the same keys an English passage's words give, so 증가 meets grows.
Compounds that are not listed are split into listed parts: 데이터센터 → 데이터 + 센터.
"""

from __future__ import annotations

from functools import lru_cache

from summit_tui.compare.english import STOP as ENGLISH_STOP
from summit_tui.compare.english import stem_word


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    from summit_tui.compare.lexicon_data import WORDS

    table: dict[str, set[str]] = {}
    for line in WORDS.splitlines():
        korean, _, english = line.partition(":")
        words = [w for w in english.replace(",", " ").split() if w not in ENGLISH_STOP]
        concepts = {f"c:{stem_word(w)}" for w in words}
        for form in korean.split("/"):
            form = form.strip()
            if form and concepts:
                table.setdefault(form, set()).update(concepts)
    return {korean: tuple(sorted(concepts)) for korean, concepts in table.items()}


def concepts(word: str) -> tuple[str, ...]:
    """The English concepts of one Korean form (a stem or a longer form), or ()."""
    return _table().get(word, ())


def known(word: str) -> bool:
    return word in _table()


@lru_cache(maxsize=16384)
def split_compound(word: str) -> tuple[str, ...]:
    """A compound as listed parts (데이터센터 → 데이터, 센터), or () when it is not one."""
    table = _table()
    if len(word) < 3:
        return ()
    for cut in range(len(word) - 1, 0, -1):
        head, tail = word[:cut], word[cut:]
        if head in table and len(head) >= 2:
            if tail in table and len(tail) >= 1:
                return (head, tail)
            rest = split_compound(tail)
            if rest:
                return (head, *rest)
    return ()
