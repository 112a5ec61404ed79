"""A professional-network article saved as Markdown: its bold numbered takeaways name talks.

Such an article (LinkedIn and the like) has a `#` title, its writer's bold name, a headline,
``Published Sep 16, 2024``, ``+ Follow``, then takeaways as bold numbered lines (``**1. Claim**``),
each over a paragraph that says where the writer heard it: ``Harriet Okonkwo's opening keynote
on Wednesday …``, ``Thursday's keynote by Dr. Ines Baptiste: …``, ``Pavel Lindqvist explained
…``, ``A keynote de quarta-feira da Luciana Prado …``, ``Die Keynote von Marit Olsen am Dienstag
…``, ``토요일 이수진님의 키노트는 …``. A takeaway naming a talk's speaker is an entry of that talk,
on the day its weekday names within the event's days; one naming none (the hallway track) is
the writer's own. ``takeaway_parts`` reads them; None when the note is no such article (fewer
than two takeaways naming two different speakers: a one-talk post numbers its points so too).
"""

from __future__ import annotations

import re

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_TAKEAWAY = lazy(r"^\*\*(?P<n>\d{1,2})[.)]\s+(?P<claim>[^*\n]{3,160}?)\s*\*\*\s*$")
_HEADING = lazy(r"^#{2,6}\s", re.MULTILINE)
_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:(?:de|da|do|dos|van|von|der|del)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}"
)
_KIND = (
    r"(?:keynote|talk|session|presentation|workshop|panel|palestra|charla|ponencia|vortrag"
    r"|präsentation|conferência|conferencia)"
)
# "Harriet Okonkwo's opening keynote", "Tomás Herrera's talk"
_POSSESSIVE = lazy(rf"(?P<name>{_NAME})['’]s?\s+(?:\w+\s+){{0,2}}(?i:{_KIND})\b")
# "Thursday's keynote by Dr. Ines Baptiste", "Die Keynote von Marit Olsen", "A keynote de
# quarta-feira da Luciana Prado"
_KIND_BY = lazy(
    rf"(?i:\b{_KIND}\b(?:\s+[\w-]+){{0,3}}?\s+(?:by|von|de|da|do|del|of|from)\s+"
    rf"(?:(?:dr|prof)\.?\s+)?)(?P<name>{_NAME})"
)
# "Pavel Lindqvist explained …", "Sam Reyes (great name) made the case …", "Na quinta-feira,
# Beatriz Lima apresentou …", "Lukas Hartmann hat vorgerechnet …"
_SUBJECT = lazy(
    rf"^(?:[^,.!?]{{0,30}},\s+)?(?:(?:Dr|Prof)\.?\s+)?(?P<name>{_NAME})\s+(?:\([^()\n]{{0,40}}\)\s+)?"
    r"(?i:explained|showed|made|argued|walked|presented|demoed|demonstrated|talked|shared|gave"
    r"|told|described|covered|introduced|opened|closed|spoke|urged|reminded|mostrou|apresentou"
    r"|explicou|falou|contou|mostró|presentó|explicó|habló|contó|hat|zeigte|erklärte|sprach"
    r"|präsentierte|a\s+montré|a\s+présenté|a\s+expliqué)\b"
)
_HANGUL = lazy(r"(?P<name>[가-힣]{2,4})\s?님")
_ARTICLES = frozenset((
    "the", "a", "an", "die", "der", "das", "den", "ein", "eine", "o", "os", "as", "um", "uma",
    "la", "el", "los", "las", "un", "una", "le", "les", "des",
))  # fmt: skip
_SENTENCE_END = lazy(r"(?<=[.!?。:])\s")
_TITLE_DOT = lazy(r"\b(Dr|Prof|Mr|Mrs|Ms|Sr|Sra|Dra)\.(?=\s)")


def may_list_takeaways(body: str) -> bool:
    """A cheap pre-check: a first and a second bold numbered line."""
    return "**1." in body and "**2." in body


def takeaway_parts(body: str) -> list[ChatPart] | None:
    """The takeaways of an article that name talks (see the module's docstring)."""
    from summit_tui.corpus.dates import weekdays
    from summit_tui.corpus.heading_kinds import speaker_in_heading

    if _HEADING.search(body) is not None:
        return None  # sections of its own: the segmenter reads those
    lines = body.split("\n")
    starts: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        found = _TAKEAWAY.match(line) if line[:2] == "**" else None
        if found is not None and int(found["n"]) == len(starts) + 1:
            starts.append((number, found["claim"].strip()))
    if len(starts) < 2 or any(speaker_in_heading(claim) for _start, claim in starts):
        return None  # "**1. Title (Speaker)**": a list of talks the segmenter reads
    parts: list[ChatPart] = []
    for at, (start, claim) in enumerate(starts):
        end = starts[at + 1][0] if at + 1 < len(starts) else _last_end(lines, start)
        paragraph = _first_paragraph(lines, start + 1, end)
        name = sentence_speaker(paragraph)
        if name is None:
            continue
        days = weekdays(paragraph)
        day = f"weekday:{days[0]}" if len(days) == 1 else None
        parts.append(ChatPart(EntryKind.SESSION, claim, lines[start].strip("* "), (name,),
                              start, end, day, None))  # fmt: skip
    if len({part.speakers for part in parts}) < 2:
        return None
    footer = _footer(lines, starts[-1][0] + 1)
    if footer is not None:  # the page's reactions and links: no words of the writer's
        label = " ".join(lines[footer].split())[:60]
        parts.append(ChatPart(EntryKind.OTHER, label, label, (), footer, len(lines), None, None))
    return parts


# What the network's page shows under an article: its reaction counts ("👍❤️💡 214 · 37
# comments"), its buttons ("Like · Comment · Repost · Send"), "Report this article", "More
# articles by …", in the languages the page is read in
_FOOTER = lazy(
    r"^\s*(?:[^\w\s#*]{1,12}\s*\d[\d.,]*\s*(?:[·•|]|$)"
    r"|(?i:like\s*·\s*comment|report\s+this\s+article|more\s+articles\s+by"
    r"|beitrag\s+melden|weitere\s+artikel\s+von|denunciar\s+(?:artigo|artículo)"
    r"|mais\s+artigos\s+de|más\s+artículos\s+de|signaler\s+cet\s+article"
    r"|plus\s+d['’]articles\s+de)|신고하기|.{1,20}님의\s*다른\s*글)"
)


def _footer(lines: list[str], start: int) -> int | None:
    """Where the page's footer starts after the last takeaway, or None."""
    for number in range(start, len(lines)):
        if lines[number].strip() and _FOOTER.match(lines[number]) is not None:
            return number
    return None


def _first_paragraph(lines: list[str], start: int, end: int) -> str:
    out: list[str] = []
    for line in lines[start:end]:
        if not line.strip():
            if out:
                break
            continue
        out.append(line.strip())
    return " ".join(out)


def _last_end(lines: list[str], start: int) -> int:
    """Where the last takeaway ends: at a rule, a hashtag line or a closing question."""
    number, seen = start + 1, False
    while number < len(lines):
        line = lines[number].strip()
        if line[:3] in ("---", "***", "___") or line[:1] == "#":
            return number
        if line and not seen and (number == 0 or not lines[number - 1].strip()):
            seen = True  # its first paragraph
        elif line and (number == 0 or not lines[number - 1].strip()):
            paragraph = _first_paragraph(lines, number, len(lines))
            if paragraph.endswith(("?", "？", "👇")) or "?" in paragraph[-40:]:
                return number
        number += 1
    return number


def first_sentence(text: str) -> str:
    """A text's first sentence, a title's dot kept out ("by Dr Ines Baptiste: …")."""
    # "by Dr. Ines Baptiste: …": a title's dot ends no sentence
    return _SENTENCE_END.split(_TITLE_DOT.sub(r"\1", text), maxsplit=1)[0]


def sentence_speaker(paragraph: str) -> str | None:
    """The speaker a paragraph names in its first sentence ("Thursday's keynote by Dr. Ines
    Baptiste: …", "Pavel Lindqvist explained …"), or None."""
    from summit_tui.corpus.names import looks_like_name

    sentence = first_sentence(paragraph)[:300]
    if "님" in sentence:
        found = _HANGUL.search(sentence)
        if found is not None and looks_like_name(found["name"]):
            return found["name"]
    for pattern in (_KIND_BY, _POSSESSIVE, _SUBJECT):
        found = pattern.search(sentence)
        if found is None:
            continue
        name = found["name"]
        if name.split()[0].lower() in _ARTICLES or not looks_like_name(name):
            continue
        return name
    return None
