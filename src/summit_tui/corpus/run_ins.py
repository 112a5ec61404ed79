"""A section's paragraphs that each open with a bold run-in, as a newsletter or a digest writes
its items: "**Keynote by Maria Santos.** She argued …", "**Talk of the week.** Friday's keynote
by Dr. Aminata Sow on …", "**Nos posters.** Kofi a présenté à la session de posters de mercredi
…". Each such paragraph, with the paragraphs after it that open with none, is one part of the
section: a talk where its run-in or the sentence after it names one (its speaker after the
talk's kind, or a session known by its kind alone: the poster session, the opening ceremony), on
the weekday it names; the writer's own news otherwise. ``run_in_parts`` gives them, or None
when fewer than two paragraphs open so or none names a talk.
"""

from __future__ import annotations

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

# "**Keynote by Maria Santos.** She …", "**Our posters**: …", "__Panel on data.__ …"
_RUN_IN = lazy(r"^(\*\*|__)(?P<lead>[^*_\n]{2,100}?)\1(?P<after>[.:!?]?)")
_LEAD_END = ".:!?"
# A session each attendee knows by its kind alone: one of them at an event
_KNOWN_SESSION = lazy(
    r"(?i)\b(?:poster[ \t-]?session|session[ \t]+(?:de[ \t]+)?posters|sess[aã]o[ \t]+de[ \t]+"
    r"p[oô]steres|sesi[oó]n[ \t]+de[ \t]+p[oó]sters?|posters?itzung|opening[ \t]+ceremony"
    r"|closing[ \t]+ceremony|c[ée]r[ée]monie[ \t]+d['’](?:ouverture|cl[ôo]ture)"
    r"|lightning[ \t]+talks)\b"
)
# What a talk was about, after its speaker: "… by Dr. Aminata Sow on ML weather forecasting"
_TOPIC = lazy(
    r"^[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?,?[ \t]*(?i:on|about|sur|über|sobre|zu|kuhusu)[ \t]+"
    r"(?P<topic>[^.;:!?\n]{6,100})"
)
_SCAN = 600  # characters of a paragraph read for what it names


def run_in_parts(lines: list[str], start: int, end: int) -> list[ChatPart] | None:
    """The parts of lines ``start``..``end`` (see the module's docstring), or None."""
    opens: list[tuple[int, str]] = []  # (line, its run-in)
    blank = True
    for number in range(start, end):
        line = lines[number]
        if not line.strip():
            blank = True
            continue
        if blank and line[:2] in ("**", "__") and (found := _RUN_IN.match(line)) is not None:
            lead = found["lead"].strip()
            if lead and (lead[-1] in _LEAD_END or found["after"]):
                opens.append((number, lead.rstrip(_LEAD_END + " ")))
        blank = False
    if len(opens) < 2:
        return None
    parts: list[ChatPart] = []
    for index, (first, lead) in enumerate(opens):
        stop = opens[index + 1][0] if index + 1 < len(opens) else end
        while stop > first + 1 and not lines[stop - 1].strip():
            stop -= 1
        paragraph = " ".join(line.strip() for line in lines[first:stop] if line.strip())
        rest = paragraph[paragraph.find(lead) + len(lead) :].lstrip("*_" + _LEAD_END + " ")
        talk = _talk(lead, rest[:_SCAN])
        if talk is None:
            parts.append(ChatPart(EntryKind.OTHER, lead, lead, (), first, stop, None, None))
        else:
            title, speakers, day = talk
            parts.append(ChatPart(EntryKind.SESSION, title, lead, speakers, first, stop, day, None))
    if all(part.kind is EntryKind.OTHER for part in parts):
        return None
    return parts


def _talk(lead: str, rest: str) -> tuple[str, tuple[str, ...], str | None] | None:
    """(title, speakers, day) of the talk a run-in or the sentence after it names, or None."""
    from summit_tui.corpus.article_takeaways import first_sentence, sentence_speaker
    from summit_tui.corpus.dates import weekdays

    sentence = first_sentence(rest)
    speaker = sentence_speaker(lead)
    title = lead if speaker is not None else None
    if speaker is None and (known := _KNOWN_SESSION.search(lead)) is not None:
        title = known.group(0)
    if title is None:
        speaker = sentence_speaker(sentence)
        if speaker is not None:
            after = sentence[sentence.find(speaker) + len(speaker) :]
            topic = _TOPIC.match(after)
            title = topic["topic"].strip() if topic is not None else lead
        elif (known := _KNOWN_SESSION.search(sentence)) is not None:
            title = known.group(0)
    if title is None:
        return None
    days = weekdays(f"{lead}. {sentence}")
    day = f"weekday:{days[0]}" if len(days) == 1 else None
    return title[:1].upper() + title[1:], ((speaker,) if speaker else ()), day
