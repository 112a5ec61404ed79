"""Bullets of a day file that each name the talk they come from: a TIL page's "- From Han
Seungwoo's Gemini talk: …", "- 한승우님 Gemini 발표에서: …", "- Z prelekcji Ewy Nowak: …".

A TIL or daily note is one bullet per thing its writer learned; those that say which talk they
come from are entries of that talk (by its speaker, on the day the file names), the rest of the
page is about no talk.
"""

from __future__ import annotations

from summit_tui.corpus.bold_leads import bold_lead_talk
from summit_tui.lazy_re import lazy

_NAME = r"[A-ZÀ-Þ\u0100-\u017f][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ\u0100-\u017f][\w'’.-]+){0,3}"
_TALK_BULLET = lazy(
    r"^[ \t]{0,3}[-*+][ \t]+(?:"
    # "From Han Seungwoo's Gemini talk: …", "In Park Minho's keynote — …"
    # "Dalia Ostrowska's keynote: …"
    rf"(?:(?:From|In|At|Via)[ \t]+)?(?P<name>{_NAME})['’]s?[ \t]+(?P<what>[^:\n]{{0,60}}?)[ \t]*"
    r"(?:talk|keynote|session|workshop|lightning talk)[ \t]*(?::|[ \t][—–-])"
    # "한승우님 Gemini 발표에서: …", "한승우 님의 키노트에서 —"
    r"|(?P<ko>[가-힣]{2,4})[ \t]*님(?:의)?[ \t]+(?P<kowhat>[^:\n]{0,40}?)[ \t]*"
    r"(?:발표|세션|키노트|강연)에서[ \t]*(?::|[ \t][—–-])?"
    r")[ \t]*\S"
)
# a bullet's speaker in brackets beside the talk's word or the conference day: "At the PyCon
# DE opening keynote (Sabine Krüger) learned …", "… (Arash Karimi, PyCon DE day 3)."
_BRACKETED_SPEAKER = lazy(rf"\((?P<name>{_NAME})(?:,[^()\n]{{0,40}})?\)")
_DAY_IN_BRACKETS = lazy(r"(?i)\bday\s*\d")
# what every match holds: a line without one of them is no such bullet
MARKS = (
    "talk",
    "keynote",
    "session",
    "workshop",
    "발표에서",
    "세션에서",
    "키노트에서",
    "강연에서",
)


MARKS_OR_DAY = (*MARKS, "day", "Day")


def talk_bullets(lines: list[str], start: int, end: int) -> list[tuple[int, str, str]]:
    """The bullets among lines[start:end] that name the talk they come from: (its line,
    0-based; the speaker; what it calls the talk, "Gemini", maybe "")."""
    found: list[tuple[int, str, str]] = []
    for number in range(start, end):
        line = lines[number]
        if line.lstrip()[:1] not in "-*+" or not any(mark in line for mark in MARKS_OR_DAY):
            continue
        match = _TALK_BULLET.match(line)
        if match is None:
            if "(" in line and (named := _bracketed_speaker(line)) is not None:
                found.append((number, named, ""))
            continue
        speaker = match["name"] or match["ko"]
        title = (match["what"] or match["kowhat"] or "").strip(" \"'“”*_")
        found.append((number, " ".join(speaker.split()), title))
    return found


def _bracketed_speaker(line: str) -> str | None:
    """The speaker a bullet names in brackets after a talk's word ("… opening keynote (Sabine
    Krüger) …") or with the conference's day ("(Arash Karimi, PyCon DE day 3)"), or None."""
    for found in _BRACKETED_SPEAKER.finditer(line):
        before = line[: found.start()].lower()
        inside = found.group(0)
        if any(mark in before[-25:] for mark in MARKS[:4]) or _DAY_IN_BRACKETS.search(inside):
            return " ".join(found["name"].split())
    return None


# An ignite or a lightning talk as a bold bullet under its section: "- **Title** (Name): one
# line", "- **Title** — Name", "- **Title**: one line"
_BOLD_TALK = lazy(
    r"^[ \t]{0,3}[-*+][ \t]+\*\*(?P<title>[^*\n]{2,120}?)[ \t]*\*\*[ \t]*"
    r"(?:\((?P<name>[^()\n\d]{2,40})\)|[—–-][ \t]*(?P<dashed>[^:\n\d]{2,40}?))?[ \t]*(?::|$)"
)


# The same without the bold, when a bracket names the speaker before a colon: "- On-call for
# two (Lotte): a rota for tiny teams"
_PLAIN_TALK = lazy(
    r"^[ \t]{0,3}[-*+][ \t]+(?P<title>[^*\n():]{2,120}?)[ \t]*\((?P<name>[^()\n\d]{2,40})\)"
    r"[ \t]*:"
)


def bold_talk(line: str) -> tuple[str, str | None] | None:
    """(title, speaker or None) of a bold bullet naming a short talk, or of a plain one naming
    its speaker in brackets before a colon; None for another line."""
    match = _BOLD_TALK.match(line) if "**" in line else None
    if match is None:
        match = _PLAIN_TALK.match(line) if "(" in line else None
        if match is None or match["name"][:1].islower():
            return None
        name = match["name"].strip()
        words = name.split()
        if len(words) > 4 or any(w[:1].islower() for w in words):
            return None
        return match["title"].strip(), name
    title = match["title"].strip().rstrip(":").strip()
    name = ((match["name"] or "") or (match["dashed"] or "")).strip()
    words = name.split()
    if name and (len(words) > 4 or any(w[:1].islower() for w in words)):
        return None  # "(see slides)", "— and more": no name
    return (title, name or None) if title else None


# A session's convener in brackets after its topic: "(convened by Dohyun)", "(proposed by Joris
# Visser)", "(vorgeschlagen von Eva)", "(voorgesteld door Joris)", "(proposé par Inès)"
_CONVENER_PAREN = lazy(
    r"\((?:(?i:convened|proposed|pitched|hosted|facilitated|run|led)[ \t]+(?i:by)"
    r"|(?i:vorgeschlagen|eingebracht)[ \t]+(?i:von)|(?i:voorgesteld)[ \t]+(?i:door)"
    r"|(?i:propos[ée]e?)[ \t]+(?i:par)|(?i:propuest[oa])[ \t]+(?i:por))[ \t]+"
    r"(?P<name>[A-ZÀ-Þ\u0100-\u017f][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ\u0100-\u017f][\w'’.-]+){0,2})\)$"
)


def convener_in(heading: str) -> str | None:
    """The convener a heading's closing bracket names ("Topic (convened by Dohyun)"), or None."""
    if not heading.endswith(")") or " " not in heading:
        return None
    match = _CONVENER_PAREN.search(heading)
    return match["name"] if match else None


# The writer's own proposal in brackets: "(제가 제안)", "(내가 제안함)", "(my proposal)",
# "(proposed by me)", "(I proposed it)", "(mein Vorschlag)"
_SELF_PROPOSED = lazy(
    r"\s\((?:(?:제가|내가)\s*(?:제안|발의)(?:함|했음|한\s*(?:주제|세션))?"
    r"|(?i:my\s+(?:proposal|own\s+session|session)|proposed\s+by\s+me|i\s+proposed(?:\s+it)?"
    r"|convened\s+by\s+me|mein\s+vorschlag|mijn\s+voorstel))\)$"
)


# What every bracket the two patterns above match holds (lower-cased)
_CONVENER_MARKS = (
    *("by", "제안", "발의", "door", "von", "par", "por", "propos", "vorschlag", "voorstel"),
    "session",
)


def without_convener(title: str) -> str:
    """The title without the bracket naming its convener: "Why OKRs fail (convened by Ines)"
    → "Why OKRs fail", "AI in incident response (제가 제안)" → "AI in incident response"."""
    if not title.endswith(")"):
        return title
    inner = title[title.rfind("(") + 1 :].lower()
    if not any(mark in inner for mark in _CONVENER_MARKS):
        return title  # "(Live)", "(Okafor & Tanaka)": most brackets, without a search
    match = _CONVENER_PAREN.search(title) or _SELF_PROPOSED.search(title)
    return title[: match.start()].rstrip() if match and match.start() > 0 else title


def bold_talk_lines(
    lines: list[str], start: int, end: int
) -> list[tuple[int, int, tuple[str, str | None]]]:
    """Lines start..end opening with a bold title and naming its speaker ("**My pager is a
    tamagotchi** (Ahmed): …", "**D105 — Title (Name)** · Marek", "**Title** (Name, E104)"),
    each to the next one, the last to its paragraph's end (or, alone on its line above a
    blank one, as a heading is, to ``end``)."""
    found: list[tuple[int, tuple[str, str | None]]] = []
    for n in range(start, end):
        if not lines[n].startswith("**"):
            continue
        talk = bold_talk("- " + lines[n])
        if talk is None or talk[1] is None:
            talk = bold_lead_talk(lines[n])
        if talk is not None and talk[1] is not None:
            found.append((n, talk))
    spans: list[tuple[int, int, tuple[str, str | None]]] = []
    for index, (number, talk) in enumerate(found):
        if index + 1 < len(found):
            stop = found[index + 1][0]
        elif number + 1 < end and not lines[number + 1].strip() and _says_nothing(lines[number]):
            stop = end  # a bold line alone, as a heading over its paragraphs
        else:
            stop = next((n for n in range(number + 1, end) if not lines[n].strip()), end)
        spans.append((number, stop, talk))
    return spans


_LEADING_BRACKETS = lazy(r"^\s*\([^()]*\)")


def _says_nothing(line: str) -> bool:
    """Whether a bold talk line holds only its talk: the title, a bracket of speaker or room,
    a writer after it ("**D105 — Title (Name)** · Marek"), and no sentence of notes ("**Title**
    (Name): what was said", whose talk ends with its paragraph)."""
    rest = _LEADING_BRACKETS.sub("", line[line.rfind("**") + 2 :])
    return ":" not in rest and len(rest.split()) <= 4
