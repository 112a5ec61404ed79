"""A chat message saying where at the expo its writer is: the booth it reports from.

People walking the expo post from a booth without a fixed form: ``in the expo now, the Neuron
Labs booth has a Trainium2 rack``, ``at the SkyDrop stand, they …``, ``drone delivery startup in
Hall 9 (SkyDrop), they let me hold the drone``, ``뉴런랩스 부스 왔는데 …``, ``펭귄페이 부스에서 …
들었어요``, ``ペンギンペイのブースでノベルティもらった``. ``visited_booth`` reads the booth's name
from such a message's first line; a booth named later in a sentence (``see you at the Google
booth``) or a plan (``부스 가실 분?``) is none.
"""

from __future__ import annotations

from summit_tui.corpus.clues import holds_any
from summit_tui.lazy_re import lazy

_GATE = ("ooth", "tand", "부스", "ブース", "Hall ", "hall ")
_NAME = r"(?P<name>[A-Z0-9][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,3})"
_EN = lazy(
    r"^(?:(?:(?:in|at)\s+the\s+)?(?:expo|expo\s+hall|exhibition|hall\s+\w+|show\s+floor)"
    r"(?:\s+now)?[,:]\s*)?(?:(?:at|visited|visiting|stopped\s+by)\s+)?the\s+"
    + _NAME
    + r"\s+(?:booth|stand)\b(?!\s+later)(?:\s*[,:-]|\s+(?:has|had|is|was|gave|give|showed"
    r"|shows|demo|demoed|let|lets|says|said|people|folks|team|guys)\b)"
)
# "drone delivery startup in Hall 9 (SkyDrop), …": a company's stand named by its hall
_IN_HALL = lazy(
    r"^(?:[\w'’-]+\s+){0,4}(?:startup|company|stand|booth|startups)\s+(?:in|at)\s+(?i:hall)\s+"
    r"\w{1,4}\s*\((?P<name>[^()]{2,30})\)"
)
_KO = lazy(
    r"^(?P<name>[^\s?]{1,20}(?: [^\s?]{1,20})?) ?부스\s?"
    r"(?:왔는데|왔어요|왔습니다|와서|갔는데|갔다|갔어요|들렀는데|들렀어요|구경|에서(?!\s*(?:만나|봬|뵙|보자|봐요)))"
)
_JA = lazy(r"^(?P<name>[^\s、。]{1,20}?)の?ブース(?:で|に来|に行|行って|来た)")
_NOT_A_BOOTH = frozenset(("the", "a", "our", "your", "this", "that", "which", "what", "whose"))


def visited_booth(line: str) -> str | None:
    """The booth a chat message's first line reports from, or None."""
    if len(line) > 300 or not holds_any(line, _GATE):
        return None
    line = line.replace("**", "").strip()
    for pattern in (_EN, _IN_HALL, _KO, _JA):
        found = pattern.match(line)
        if found is not None:
            name = found["name"].strip(" ,.")
            if name and name.lower() not in _NOT_A_BOOTH and name not in ("사진", "다음"):
                return name
    return None
