"""A survey's response exported as its numbered questions, each in bold or as a heading, with
the answer under it (a feedback form, an event's post-event survey):

    **3. Which session was the most useful to you, and why?**
    The Tuesday practical on fine-tuning a small language model. Clear notebook, good tutors.

    **4. Which session would you change, and how?**
    The startups panel on Thursday: interesting founders but too short.

The answer to a question about a session (which talk, keynote, workshop …) is an entry of the
session its first sentence names, on the weekday it names; the other questions and answers (the
country, a rating, "any other comments?") are about no talk. ``survey_parts`` gives those
answers as parts, or None when the note is not such a response: fewer than three numbered
questions, or none about a session answered.
"""

from __future__ import annotations

import re

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

# A numbered question in bold or as a heading: "**3. Which session …?**", "### Q4) …?"
_QUESTION = lazy(
    r"^[ \t]*(?:\*\*|#{2,6}[ \t]+)(?:\*\*)?[ \t]*(?:Q|P|F)?\d{1,2}[.):][ \t]*"
    r"(?P<q>[^\n]{5,240}?\?)[ \t]*(?:\*\*)?[ \t]*$",
    re.MULTILINE,
)
# A question about a session, in the languages feedback forms are written in
_ABOUT_A_SESSION = lazy(
    r"(?i)\b(?:sessions?|talks?|keynotes?|workshops?|panels?|presentations?|lectures?|practicals?"
    r"|tutorials?|sesi[oó]n(?:es)?|charlas?|ponencias?|talleres|taller|conférences?|ateliers?"
    r"|interventions?|vortr[aä]ge?|sessões|sessão|palestras?|interventi|vikao|kikao|mihadhara)\b"
    r"|세션|발표|강연|セッション|講演|讲座|演讲"
)
_LEAST_QUESTIONS = 3
_MAX_TITLE = 100
# Where the naming of a session ends in an answer: a sentence's end, a colon, a dash, a comma
# ("Der Vortrag über Paketierung mit Nix, sehr praxisnah.")
_CLAUSE_END = lazy(r"[.:;!?—–]|\s-\s|,\s")
# An article or a weekday's preposition the naming opens or closes with: "The …", "… on Thursday"
_FRAME = lazy(
    r"(?i)^(?:the|a|an|la|le|les|el|los|las|o|os|a|as|die|der|das)\s+|\s+(?:on|el|le|am|na)\s*$"
)


def survey_parts(body: str, lines: list[str]) -> list[ChatPart] | None:
    """The answers to a response's questions about a session, each a part up to the next
    question (the question itself is the form's, no part of the answer); None when the note
    is not a survey response."""
    questions = list(_QUESTION.finditer(body))
    if len(questions) < _LEAST_QUESTIONS:
        return None
    # imported here: most notes never get this far
    from summit_tui.corpus.dates import weekdays

    starts = [body.count("\n", 0, q.start()) for q in questions]
    parts: list[ChatPart] = []
    for number, question in enumerate(questions):
        if _ABOUT_A_SESSION.search(question["q"]) is None:
            continue
        start = starts[number]
        end = starts[number + 1] if number + 1 < len(starts) else len(lines)
        first = next((n for n in range(start + 1, end) if lines[n].strip()), None)
        if first is None:
            continue
        answer = lines[first].strip()
        clause = _CLAUSE_END.split(answer, maxsplit=1)[0].strip()
        if not clause or len(clause) > _MAX_TITLE:
            continue
        days = weekdays(clause)
        day = f"weekday:{days[0]}" if len(set(days)) == 1 else None
        title = _named(clause)
        if len(title) < 4:
            continue
        parts.append(ChatPart(EntryKind.SESSION, title, title, (), first, end, day, None))
    return parts or None


_WEEKDAY = lazy(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi"
    r"|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:'s)?\b"
)


def _named(clause: str) -> str:
    """The session a clause names, without its weekday and the article before it: "The
    Tuesday practical on fine-tuning a small language model" → "practical on fine-tuning a
    small language model"; "The startups panel on Thursday" → "startups panel"."""
    text = " ".join(_WEEKDAY.sub(" ", clause).split())
    for _ in range(2):
        text = _FRAME.sub("", text).strip()
    return text
