"""Where a note's text names something another note gives a name to (a team's project, a
booth): the name as written, as a whole word where it starts or ends in Latin letters
("Lazarillo", not "Lazarillos"; "카카오맵 AI 길찾기만" is "카카오맵 AI 길찾기")."""

from __future__ import annotations

from summit_tui.lazy_re import lazy

_LATIN_EDGE = lazy(r"[A-Za-z0-9À-ÿ]")


def written_at(text: str, name: str) -> int:
    """Where ``text`` first names ``name`` (see the module's docstring), or -1."""
    at = text.find(name) if name else -1
    while at >= 0:
        before, after = text[at - 1 : at], text[at + len(name) : at + len(name) + 1]
        if not (
            (before and _LATIN_EDGE.match(before) and _LATIN_EDGE.match(name[0]))
            or (after and _LATIN_EDGE.match(after) and _LATIN_EDGE.match(name[-1]))
        ):
            return at
        at = text.find(name, at + 1)
    return -1
