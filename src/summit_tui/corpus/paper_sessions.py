"""An academic conference's paper session: a heading for the session, its papers as bold list items.

"### Session: Program Repair 1 (chair: Tomás Ribeiro)", "### 세션 3A: 프로그램 수리 (좌장: 김하늘)",
"## Sitzung 4: Bildgebung" over "Vorsitz: Anna Berg", "## Research track: HCI" over
"- **Title** — Name (Affiliation). what was said" or "1. **Title** (Name) — what was said": the
heading groups the session's papers, each bold item is one paper talk by its presenter.
"""

from __future__ import annotations

from summit_tui.corpus.clues import any_of, holds_any
from summit_tui.lazy_re import lazy

# The words that make a heading a session of papers, before a colon, a dash or its number:
# "Session 3A:", "Paper session —", "Research track:", "세션 2:", "Sessão:", "Sitzung 4",
# "Sesión:", "Workshop session:", "Doctoral symposium:"
_SESSION_HEAD = lazy(
    r"(?i)^\W{0,3}(?:(?:paper|research|technical|oral|short[- ]paper|full[- ]paper|industry|"
    r"workshop|parallel|plenary)\s+)?(?:sessions?|track|sess[ãa]o|sesi[óo]n|sitzung|séance"
    r"|doctoral\s+symposium|papers?)(?:\s+[0-9]{1,2}[A-Za-z]?)?\s*(?::|[—–-]\s|\s*$)"
    r"|^\W{0,3}(?:논문\s*)?세션\s*[0-9]{0,2}[A-Za-z]?\s*[:：—–-]"
    r"|^\W{0,3}(?:연구|산업|논문)\s*트랙\s*[:：—–-]"
)
# A chair in the heading's closing bracket: "(chair: X)", "(좌장: X)", "(moderação: X)",
# "(Vorsitz: X)", "(session chair X)", "(chaired by X)"
_CHAIR_BRACKET = lazy(
    r"(?i)\((?:session\s+)?(?:chairs?|chaired\s+by|좌장|사회|moderação|moderacao|moderador[ae]?"
    r"|moderator|moderación|vorsitz|président[e]?)\b\s*[:：]?\s*[^()]{2,60}\)\s*$"
)
# A chair's line right under the heading: "Chair: X", "Session chair: X", "좌장: X",
# "Moderação: X · Sala 2", "Vorsitz: X"
_CHAIR_LINE = lazy(
    r"(?i)^\W{0,3}(?:session\s+)?(?:chairs?|좌장|사회|moderação|moderacao|moderador[ae]?"
    r"|moderator|moderación|vorsitz|président[e]?)\s*[:：]\s*\S"
)
# The words every pattern above holds, lowered: a heading with none is read no further
_SESSION_WORDS = (
    *("session", "track", "sessão", "sessao", "sesión", "sesion", "sitzung", "séance"),
    *("symposium", "paper", "세션", "트랙", "chair", "좌장", "사회", "modera", "vorsitz"),
    "présid",
)
_SESSION_QUICK = lazy(any_of(_SESSION_WORDS))  # the words in one scan of the heading


def paper_session(heading: str, lines: list[str], start: int, end: int) -> bool:
    """Whether a heading is a session of papers: its words say so ("Session 3A: Repair",
    "세션: …", "Sitzung 4 — …"), its bracket names its chair, or one of the first two lines
    under it does ("Chair: Mirjam Keller"). ``lines[start:end]``: the lines under it."""
    if _SESSION_QUICK.search(heading.lower()) is not None and (
        _SESSION_HEAD.search(heading) or _CHAIR_BRACKET.search(heading)
    ):
        return True
    opened = 0  # the first two lines with text, of the four under it
    for line in lines[start : min(end, start + 4)]:
        if line.strip():
            if (":" in line or "：" in line) and _may_name_chair(line) and _CHAIR_LINE.match(line):
                return True
            opened += 1
            if opened == 2:
                break
    return False


# The words every match of _CHAIR_LINE holds, lowered; or one of the letters a case-blind match
# takes for "s" or "i" that lower() does not turn into them
_CHAIR_WORDS = ("chair", "좌장", "사회", "modera", "vorsitz", "présid")
_FOLDED = frozenset("ſıİ")


def _may_name_chair(line: str) -> bool:
    """Whether a line may be a chair's line ("Chair: Mirjam Keller", "좌장: 김하늘"): most lines
    under a heading with a colon ("**발표자:** …") are told without _CHAIR_LINE."""
    return holds_any(line.lower(), _CHAIR_WORDS) or not _FOLDED.isdisjoint(line)


# A paper as a bold or italic list item: "- **Title** …", "1. **Title** …", "* *Title* …",
# "- _Title_ …"
_PAPER_ITEM = lazy(
    r"^[ \t]{0,3}(?:[-*+]|[0-9]{1,2}[.)])[ \t]+(?:\*\*(?P<title>[^*\n]{4,200}?)\*\*"
    r"|\*(?P<italic>[^*\s][^*\n]{3,199}?)\*(?!\*)|_(?P<under>[^_\s][^_\n]{3,199}?)_(?!\w))"
)
# What may follow the title: "(Name)", "(Name, Affiliation)", "(industry track)", then
# "— Name. what was said", "— Name (Affiliation)", ": what was said"
# A line anywhere in a body that may open a paper's list item: a note without one has none
_ANY_PAPER_ITEM = lazy(r"(?m)^[ \t]{0,3}(?:[-*+]|[0-9]{1,2}[.)])[ \t]+[*_]")
_BRACKET = lazy(r"^\s*\((?P<inside>[^()\n]{2,80})\)")
_DASHED = lazy(r"^\s*[—–-]\s*(?P<name>[^.,;:()\n—–]{2,60})")
# A person's name as papers print it: two to five words, each capitalised, "da", "van der",
# "de la" between them; or a Korean name, with a title after it ("김하늘 교수")
_WORD = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w'’.-]*"
_PARTICLE = r"(?:da|de|del|della|der|di|do|dos|du|la|le|van|von|y|zu|bin|al)"
_NAME = lazy(
    rf"^(?:{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_WORD}){{1,4}}"
    r"|[가-힣]{2,4}(?:[ \t]*(?:님|교수님?|박사님?|연구원님?))?)"
    r"(?:[ \t]+et[ \t]+al\.?)?$"
)
_KOREAN_TITLE = lazy(r"[ \t]*(?:님|교수님?|박사님?|연구원님?)$")
_ET_AL = lazy(r"[ \t]+et[ \t]+al\.?$")


def may_list_papers(body: str) -> bool:
    """Whether a note's body has a list item opening in bold or italics (a paper's title may);
    one look at a note instead of one per heading."""
    return _ANY_PAPER_ITEM.search(body) is not None


def paper_item(line: str) -> tuple[str, str | None] | None:
    """(title, presenter or None) of a list item that opens with a paper's bold title
    ("- **Title** — Ana Lima (Porto). …", "2. **Title** (한민서) — …"); None for another line."""
    if "*" not in line and "_" not in line:
        return None
    found = _PAPER_ITEM.match(line)
    if found is None:
        return None
    title = (found["title"] or found["italic"] or found["under"]).strip().rstrip(":").strip()
    if len(title) < 4:
        return None
    rest = line[found.end() :]
    speaker = None
    bracket = _BRACKET.match(rest)
    if bracket is not None:
        speaker = _presenter(bracket["inside"].split(",")[0])
        rest = rest[bracket.end() :]
    if speaker is None and (dashed := _DASHED.match(rest)) is not None:
        speaker = _presenter(dashed["name"])
    return title, speaker


def _presenter(text: str) -> str | None:
    """The name in a paper's bracket or after its dash, without "et al." or a Korean title,
    or None when it names no one ("industry track", "our lab", "제 발표였습니다")."""
    text = " ".join(text.split())
    if not _NAME.match(text):
        return None
    return _KOREAN_TITLE.sub("", _ET_AL.sub("", text)) or None
