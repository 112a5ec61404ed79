"""A paragraph under a heading about booths in general ("🎪 부스 후기", "Booths", "Expo
hall") that names its booths in passing, with no booth word to find them by ("AI 메이트
데모존은 줄이 길어서 포기하고, 카카오맵 AI 길찾기만 해봄"): the booth it is about is the one
other notes name that it writes, leaving out those a clause says the writer skipped ("gave
up", "포기", "諦めた", "no pude"). Two such booths, or none, leave it about no booth.
"""

from __future__ import annotations

from collections.abc import Sequence

from summit_tui.corpus.name_mentions import written_at
from summit_tui.lazy_re import lazy

# The last heading of such a paragraph's entry: segment marks it, infer resolves it
BOOTHS_IN_PROSE = "booths named in passing"

_CLAUSE_ENDS = lazy(r"[,.;!?，。、；！？…\n]|\s[—–-]\s")
# The writer did not get to a booth: "gave up", "skipped", "missed", "the queue was too long"
_SKIPPED = lazy(
    r"(?i:\b(?:gave[ \t]+up|skipped|skip|missed|didn['’]t|did[ \t]+not|couldn['’]t|could[ \t]+not"
    r"|no[ \t]+time|too[ \t]+long|verpasst|ausgelassen|nicht[ \t]+geschafft|no[ \t]+pude"
    r"|me[ \t]+salt[ée]|renunci[ée]|pas[ \t]+pu|rat[ée]|saut[ée]|desisti|n[ãa]o[ \t]+consegui"
    r"|pulei)\b)|포기|못\s?했|못\s?가|못\s?봤|패스|건너뛰|스킵|諦め|行けなかった|見られなかった"
    r"|スキップ|断念"
)


def booth_in_prose(text: str, booths: Sequence[Sequence[str]]) -> int | None:
    """Which of ``booths`` (each a booth's names as written) the paragraph ``text`` is about
    (see the module's docstring), or None."""
    found: list[int] = []
    for number, names in enumerate(booths):
        for name in names:
            if len(name) < 3:
                continue
            at = written_at(text, name)
            if at < 0:
                continue
            if not _skipped(text, at):
                found.append(number)
            break
    return found[0] if len(found) == 1 else None


def _skipped(text: str, at: int) -> bool:
    """Whether the clause around ``at`` says the writer did not get to what it names."""
    start = 0
    for end in _CLAUSE_ENDS.finditer(text):
        if end.start() >= at:
            return _SKIPPED.search(text, start, end.start()) is not None
        start = end.end()
    return _SKIPPED.search(text, start) is not None
