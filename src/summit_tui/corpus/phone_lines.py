"""The plain lines a phone's note names its talks by: "Keynote Marja Koski", "Linnea Berg - game
jam lapsille", "Mavridis - postgres", each read as "Topic — Name"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summit_tui.corpus.blocks import Heading, Inline
from summit_tui.corpus.heading_kinds import day_heading, generic_heading, speaker_in_heading
from summit_tui.corpus.speakers import label_person
from summit_tui.lazy_re import lazy

# A talk's kind a phone note writes before its speaker's name: "Keynote Marja Koski"
_KIND_FIRST = frozenset(("keynote", "avauskeynote", "päätöskeynote", "키노트", "기조연설", "panel"))
# What a phone note writes between a talk's speaker and its topic: "Name - topic", "topic – Name"
_PLAIN_DASHES = (" - ", " – ", " — ")
# One surname alone ("Mavridis - postgres san queue", "keynote - Kalogeropoulou"): a capitalised
# word of letters, in any script that has capitals
_SURNAME = lazy(r"^[^\W\d_][^\W\d_'’-]{2,24}$")
# A plain line giving a talk's hour, title and speaker, as a phone note lists them: "09:00
# Title - Speaker", "- 14.20 Title (Speaker)", "2pm Title — Speaker"
TIMED_LINE = lazy(
    r"^\s*(?:[-*+]\s+)?(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]m)?|\d{1,2}\s*[ap]m)\s*(?:[-–—|:]\s*)?"
    # the title in letters, or in quotes: "11:00 "Scaling Prometheus" - Bryan Boreham"
    r"(?P<text>(?:[^\W\d_]|[\"“„«「『‘]).{2,150}?)\s*$",
    re.IGNORECASE,
)


# A session named by its kind, with no speaker: "Poster session jioni", "Lightning talks"
_SESSION_KIND = lazy(
    r"(?i)^(?:poster\s+session|posters|lightning\s+talks?|panel|workshop|practical|demo\s+session"
    r"|session\s+de\s+posters|table\s+ronde|atelier|taller|mesa\s+redonda|mazoezi|warsha)\b"
)


def _surname(word: str) -> bool:
    """A word a phone note may name a speaker by alone: capitalised letters, no common word of a
    note's own (a break, a day, "Notes")."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and _SURNAME.match(word) is not None
        and generic_heading(word) is None
        and day_heading(word) is None
        and word.lower() not in _KIND_FIRST
    )


def _named_talk_line(line: str, *, surnames: bool = False, topic_first: bool = False) -> str | None:
    """ "Topic — Name" for a plain line naming a talk by its speaker: "Keynote Name", "keynote -
    Name", "Name - topic", "Topic - Name", "Name topic" (a name of two or three words, then one
    to four words); with ``surnames``, also "Topic (Surname)" for a surname alone ("Mavridis -
    postgres", "Vlachos keynote gemini", "keynote - Kalogeropoulou"); "Topic - Name" only with
    ``topic_first`` (a reading list writes "Dune - Frank Herbert"); else None."""
    words = line.split()
    if len(words) < 2:
        return None
    if words[0].lower() in _KIND_FIRST:
        rest = " ".join(words[1:]).lstrip("-–—: ")
        if rest and label_person(rest) == rest:
            return f"{words[0]} — {rest}"
        for dash in _PLAIN_DASHES if rest else ():
            person, _, topic = rest.partition(dash)
            if topic.strip() and (name := label_person(person.strip())) is not None:
                # "Keynote Dr Grace Banda - afya ya mama Malawi": the kind, its speaker, the topic
                return f"{words[0]}: {topic.strip()} — {name}"
        if rest and surnames and _surname(rest):
            return f"{words[0]} ({rest})"  # read as "… (Weiss)": a speaker by surname
    if surnames and len(words) > 2 and words[1].lower() in _KIND_FIRST and _surname(words[0]):
        return f"{' '.join(words[1:])} ({words[0]})"  # "Vlachos keynote gemini nano"
    for dash in _PLAIN_DASHES:
        if dash in line:
            left, _, right = (part.strip() for part in line.partition(dash))
            if not (left and right):
                return None
            if label_person(left) == left:
                return f"{right} — {left}"
            if surnames and _surname(left) and right[0].islower():
                return f"{right} ({left})"
            if topic_first and label_person(right) == right and label_person(left) is None:
                return f"{left} — {right}"  # "Rust se embedded - Stavros Georgiou"
            return None
    for size in (2, 3):
        name, rest = " ".join(words[:size]), words[size:]
        if 1 <= len(rest) <= 4 and rest[0][:1].islower() and label_person(name) == name:
            return f"{' '.join(rest)} — {name}"
    return None


def plain_talks(
    inlines: Sequence[Inline], lines: list[str]
) -> tuple[list[Heading], frozenset[int] | None]:
    """Talks in a note without any Markdown (an Apple note, a plain text file): a short
    line, the speaker's name alone on the next line, then the notes ("Staff+ Engineers as
    Force Multipliers" / "Aisha Rahman" / "Staff engineers exist to …"). Each such
    paragraph start is read as a heading "Title — Name"; two of them at least."""
    found: list[Heading] = []
    for inline in inlines:
        block = inline.block
        if block.heading or block.level != 1:
            continue
        own = block.source.split("\n", 3)
        if len(own) < 3:
            continue
        title, name = own[0].strip(), own[1].strip()
        if not (4 <= len(title) <= 80) or title[-1] in ".!?:;,。" or len(name) > 60:
            continue
        person = label_person(name)
        if person is None or person != name or day_heading(title) or generic_heading(title):
            continue
        if label_person(own[2].strip()) == own[2].strip():
            continue  # "Attendees" over a list of names: no talk
        found.append(Heading(1, f"{title} — {person}", inline.start, inline.start + 2))
    if len(found) >= 2:
        return found, None
    bullets = _bullet_talks(lines)
    timed = timed_talks(lines)
    # lines giving their hour and speaker, some over bullets and some over prose: all talks
    return bullets if len(bullets[0]) >= len(timed) else (timed, None if bullets[0] else bullets[1])


def timed_talk(line: str) -> bool:
    """Whether a plain line gives a talk by its hour, title and speaker ("09:00 Plattformteam
    uten plattform - Lars Haugen", "- 14.20 Title (Speaker)")."""
    return _timed_heading(line) is not None


def _timed_heading(line: str) -> str | None:
    """The heading a timed talk line is read as: the line, or its hour, title and speaker
    where the line's notes follow its speaker ("10:30 The SLO Cookbook - Ana Ferreira - error
    budgets", "09:15 Security as Code, Jonas Weber - OPA in CI"); None for no talk."""
    first = line.lstrip()[:1]
    if not (first.isdecimal() or first in "-*+") or len(line) > 170:
        return None
    timed = TIMED_LINE.match(line)
    if timed is None:
        return None
    text = timed["text"]
    named = speaker_in_heading(text)
    dash = next((d for d in _PLAIN_DASHES if d in text), None)
    if dash is None or (named and text.count(dash) < 2):
        return line.strip().lstrip("-*+ ") if named else None
    head, _, notes = text.partition(dash)
    title, comma, name = head.rpartition(", ")
    if not comma:
        # "Title - Name - notes": the part after the first dash the speaker
        title, name = head, notes.partition(dash)[0]
    talk = f"{title.strip()} — {name.strip()}"
    if len(name.split()) < 2 or speaker_in_heading(talk) != name.strip():
        return line.strip().lstrip("-*+ ") if named else None
    return f"{line[: timed.start('text')].strip().lstrip('-*+ ')} {talk}"


def timed_talks(lines: list[str]) -> list[Heading]:
    """Talks in a phone's plain note written as one line each with their hour and speaker,
    their notes on the lines under them, blank lines or not ("JZ dag 2" / "09:00 Title -
    Speaker" / "3 pers i teamet" / "10:20 …"): each such line is read as the heading "09:00
    Title - Speaker"; two of them at least, none the note's first line (its title). A line
    that only names a day ("Dag 3", "Torstai") heads the talks after it."""
    found: list[Heading] = []
    days: list[Heading] = []
    for at in range(1, len(lines)):
        line = lines[at]
        if (heading := _timed_heading(line)) is not None:
            found.append(Heading(1, heading, at, at + 1))
        elif line[:1].isalpha() and len(line) <= 60 and day_heading(line.strip()):
            days.append(Heading(1, line.strip(), at, at + 1))
    if len(found) < 2:
        return []
    if days:
        for talk in found:
            talk.level = 2
    return sorted((*found, *days), key=lambda h: h.start)


def _bullet_talks(lines: list[str]) -> tuple[list[Heading], frozenset[int] | None]:
    """Talks in a phone's plain note: a line naming a talk by its speaker, right over the
    bullets of its notes ("Keynote Marja Koski", "Linnea Berg - game jam lapsille",
    "Mihai Suciu postgres", each over "- …" lines). Each is read as a heading "Topic —
    Name"; two of them at least, none the note's first line (its title)."""
    found: list[Heading] = []
    surnamed: frozenset[int] | None = None
    loose: list[tuple[int, str]] = []  # lines naming a speaker by a surname alone
    kinds: list[tuple[int, str]] = []  # lines naming a session by its kind alone
    for at in range(1, len(lines) - 1):
        line = lines[at].strip()
        if not line or not lines[at + 1].startswith("- "):
            continue
        # after a blank line, or right after the title or the bullets of the talk before (a
        # note typed without blank lines: "Indaba siku ya 3" / "Keynote …" / "- …" / "Poster …")
        before = lines[at - 1]
        if before.strip() and at > 1 and not before.startswith(("- ", "* ")):
            continue
        if line[:1] in "-*+#>|" or len(line) > 80 or line[-1] in ".!?:;,。":
            continue
        text = _named_talk_line(line)
        if text is not None:
            found.append(Heading(1, text, at, at + 1))
        elif (text := _named_talk_line(line, surnames=True, topic_first=True)) is not None:
            loose.append((at, text))
        elif _SESSION_KIND.match(line) and len(line.split()) <= 5:
            kinds.append((at, line))  # "Poster session jioni", "Lightning talks"
    if found and len(found) + len(loose) + len(kinds) >= 2:
        found += [Heading(1, text, at, at + 1) for at, text in kinds]
    if len(found) + len(loose) >= 2 and (
        found or any(w.lower() in _KIND_FIRST for _, text in loose for w in text.split())
    ):
        # a surname alone, or a topic before the name, in a note that names another talk
        # in full or its keynote ("keynote - Kalogeropoulou", "Vlachos keynote gemini nano");
        # a reading list's "Dune - Frank Herbert" lines alone are no talks
        found += [Heading(1, text, at, at + 1) for at, text in loose]
        surnamed = frozenset(at for at, text in loose if text.endswith(")"))
    if len(found) < 2:
        return [], surnamed
    # the days the note's plain lines name between its talks ("Savvato 24/5", "Sat 18/10")
    taken = {h.start for h in found}
    days: list[Heading] = []
    for at in range(1, len(lines)):
        line = lines[at].strip()
        if at in taken or not line or (at > 1 and lines[at - 1].strip()):
            continue
        if at + 1 < len(lines) and lines[at + 1].startswith("- "):
            continue
        if line[:1].isalpha() and len(line) <= 60 and day_heading(line):
            days.append(Heading(1, line, at, at + 1))
    if days:
        for talk in found:
            talk.level = 2
    return sorted((*found, *days), key=lambda h: h.start), surnamed
