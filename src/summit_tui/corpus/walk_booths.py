"""A walk past the booths written as one paragraph per booth, with no booth heading and no
booth word in the paragraphs: "## Walking the halls (Tue 4 Mar)" over "NordRadio had the most
practical thing …" / "Skylink Orbital showed a phone …", a Thai "## 4. เดินดูบูธ" over "บูธ
Thai Python Community แจกสติกเกอร์ …"."""

from __future__ import annotations

from summit_tui.lazy_re import lazy

# a walk, then where: "Walking the halls", "A wander round the show floor", "Hall crawl",
# "Rundgang durch die Hallen", "Paseo por los pabellones"
_WALK = lazy(
    r"(?i)\b(?:walk(?:ing)?|wander(?:ing)?|stroll(?:ing)?|crawl|tour|rundgang|paseo|recorrido"
    r"|giro|passeio|balade)\b.{0,30}\b(?:halls?|floor|expo|stands?|booths?|hallen|halle|pavilions?"
    r"|pabell[oó]n(?:es)?|padiglion[ei]|pavilh[aã]o|salons?)\b"
    r"|\b(?:hall|floor|expo|booth|stand|pavilion)(?:\s+\w{1,3})?\s+(?:crawl|walk|tour)\b"
)
# the words _WALK needs one of, as a heading's lower-cased words hold them
_WALK_WORDS = frozenset(
    {"walk", "walks", "walking", "wander", "wandering", "stroll", "strolling", "crawl", "tour"}
    | {"tours", "rundgang", "paseo", "recorrido", "giro", "passeio", "balade"}
)
# the Thai word for a booth (บูธ) inside a run of Thai: "เดินดูบูธ" (walking to see the booths)
_THAI_BOOTH = "บูธ"

# a paragraph opening with a name: one to three capitalised words ("NordRadio", "Skylink
# Orbital", "Red Hat"), then a lower-case word
_OPENING_NAME = lazy(
    r"^(?:(?:At|By|Over\s+at)\s+)?(?P<name>[A-Z][\w&+.'’-]*(?:\s+[A-Z0-9][\w&+.'’-]*){0,2})"
    r"(?:['’]s)?\s+(?=[a-z(])"
)
# words that open a sentence about the writer or the day, not a booth's name
_NOT_NAME_TEXT = (
    "I We My Our The This That These Those It There Then After Before Also One Two Another"
    " Most Some All Next Later Lunch Coffee Back Afterwards Finally Overall Halfway On In At"
    " Not No Yes Lots Plenty Quick Small Big A An Everyone Nobody Somebody"
)
_NOT_NAMES = frozenset(_NOT_NAME_TEXT.split())
# after บูธ, the booth's name: its Latin words, or the Thai run up to a space
_THAI_NAME = lazy(
    r"บูธ(?:ที่|ของ)?\s*(?P<latin>[A-Za-z0-9][\w&+.'’-]*(?:\s+[A-Z0-9][\w&+.'’-]*){0,3})?"
    r"(?P<thai>[^\s]{2,30})?"
)


def walk_heading(text: str) -> bool:
    """A heading about walking past the booths (see the module's docstring)."""
    if _THAI_BOOTH in text:
        return True
    if _WALK_WORDS.isdisjoint(text.lower().split()):
        return False  # most headings: no word for a walk
    return _WALK.search(text) is not None


def paragraph_booth(text: str) -> str | None:
    """The booth a paragraph of a walk opens by naming, or None."""
    if _THAI_BOOTH in text[:40]:
        # "อีกบูธที่แวะคือบูธรับสมัครงาน…" (another booth I stopped at was the hiring booth):
        # the name follows the last บูธ
        found = _THAI_NAME.search(text, text.rfind(_THAI_BOOTH, 0, 40), 120)
        if found is not None and (name := found["latin"] or found["thai"]):
            return name.strip(" ,.")
        return None
    found = _OPENING_NAME.match(text)
    if found is None:
        return None
    name = found["name"]
    if name.split()[0].removesuffix("'s").removesuffix("’s") in _NOT_NAMES:
        return None  # "That's it, …"
    return name
