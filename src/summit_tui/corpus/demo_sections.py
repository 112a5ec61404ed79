"""A hackathon's finals written as prose under one heading (``## Finals``, ``## 決勝``, ``## Demo
day``): a paragraph or line per team's demo, each naming the team and its project (``Kettu's
Routa (a bus crowding forecast)``, ``Kettu の Routa（…）``, ``**Kettu** — **Routa**: …``) or the
writer's own team on stage (``Our demo: …``, ``私たちのデモでは…``).

Each such paragraph or line is a demo of its own, a talk by the team, up to the next one; the
lines before the first (getting through the first round) are the section's own text.
``demo_starts`` gives them, or None when fewer than two lines of the section name a demo.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

from summit_tui.corpus.name_mentions import written_at
from summit_tui.lazy_re import lazy

_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){0,3}"
# "Kettu's Routa (…)", "Kettu の Routa（…）", "Kettu의 Routa(…)", "Routa de Kettu (…)"
_TEAM_PROJECT = lazy(
    rf"(?:^|[\s、，,:：は])(?P<team>{_NAME})(?:['’]s|[ \t]*(?:の|의))[ \t]*(?P<project>{_NAME})"
    r"[ \t]*[(（]"
    rf"|^\*\*(?P<bteam>[^*\n]{{2,40}})\*\*[ \t]*[—–-][ \t]*\*\*(?P<bproject>[^*\n]{{2,40}})\*\*"
)
# The writer's own team on stage: "Our demo: …", "私たちのデモでは…", "우리 팀 데모는…"
_OWN = lazy(
    r"^(?:(?i:our|my|nuestra|nuestro|notre|unsere?|la[ \t]+nostra|nossa)[ \t]+(?i:demo|pitch)"
    r"|(?:私たち|僕たち|我々|わたしたち|ぼくたち)の(?:チームの)?(?:デモ|発表|ピッチ)"
    r"|우리(?:[ \t]*팀)?(?:의)?[ \t]*(?:데모|발표|피칭))"
)


# Words that open a sentence before the team's name: "Then Kettu's Routa (…)"
_OPENERS = frozenset(
    (
        *("then", "and", "but", "also", "finally", "next", "after", "later", "meanwhile", "the"),
        *("a", "an", "luego", "después", "y", "pero", "puis", "et", "dann", "und", "danach"),
    )
)


def own_demo(title: str) -> bool:
    """Whether a demo's title is only the writer's own team on stage ("Our demo",
    "私たちのデモ", "Nuestra demo"), naming neither team nor project."""
    own = _OWN.match(title)
    return own is not None and own.end() >= len(title.rstrip(": \t"))


# The parts of a demo's title: "Team Onigiri — MottaiNai", "Kettu: Routa"
_TITLE_PARTS = lazy(r"[ \t]+[—–-][ \t]+|[:：]")


def names_written(text: str, title: str, people: Iterable[str]) -> bool:
    """Whether ``text`` names a demo by its project or its team: a part of its title
    ("MottaiNai" of "Team Onigiri — MottaiNai") or one of its ``people``."""
    for name in (*_TITLE_PARTS.split(title), *people):
        name = name.strip(" \t*_\"'「」“”")
        if len(name) >= 4 and written_at(text, name) >= 0:
            return True
    return False


@lru_cache(maxsize=65536)
def finals_heading(text: str) -> bool:
    """A heading over the finals or the demos: "Finals", "決勝", "Demo day", "Pitches"."""
    from summit_tui.corpus.outline_talks import DEMOS

    return DEMOS.match(text) is not None


class Demo(NamedTuple):
    """A demo's first line (0-based), its title and the team that gave it."""

    start: int
    title: str
    speakers: tuple[str, ...]


def demo_starts(lines: list[str], start: int, end: int) -> list[Demo] | None:
    """The demos named in lines ``start``..``end`` of a finals section (see the module's
    docstring), or None."""
    demos: list[Demo] = []
    for number in range(start, end):
        line = lines[number].strip()
        if not line or line.startswith(("#", "|", "```", ">")):
            continue
        if (own := _OWN.match(line)) is not None:
            demos.append(Demo(number, own.group(0), ()))
            continue
        found = _TEAM_PROJECT.search(line[:160])
        if found is not None:
            team = (found["team"] or found["bteam"]).strip()
            first, _, rest = team.partition(" ")
            if rest and first.casefold() in _OPENERS:
                team = rest.strip()
            project = (found["project"] or found["bproject"]).strip()
            demos.append(Demo(number, project, (team,)))
    return demos if len(demos) >= 2 else None
