"""A conference's schedule pasted into a note with the writer's notes inline, and a
newsletter issue's talk blurbs: which lines are talks.

A pasted schedule is one line per slot: its time, often its room or track, then the talk
(``10:00 | 그랜드볼룸 | 키노트: 제목 - 이름``, ``10:30 · Track 2 · Title (Speaker)``, ``- 11:00
[트랙 1] 제목 / 이름``). People paste the whole day and write their notes under the talks
they went to, indented or as sub-items. A slot with notes under it is a talk of that day, by
the note's writer; a slot without notes is the day's program, not a talk the writer reports
on (it stays with the note's unsorted lines, as context: counting every talk of the program
as the writer's would list talks nobody wrote about); a break (``12:00 · Lunch``) is no talk
even with notes.

A newsletter or digest issue reports on talks as blurbs: a bold title (linked or not) with
the speaker in italics after a dash, sometimes when it was (``**[Title](…)** — *Name*,
Saturday keynote``), its text on the lines under it. Each blurb is a talk; the issue's intro,
sponsors, jobs and upcoming events around them are no talk.

``schedule_parts`` returns those talks as line ranges of the body, or None when the body is
neither (fewer than three slot lines and fewer than two blurbs).
"""

from __future__ import annotations

from dataclasses import dataclass

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_MIN_SLOTS = 3
_MIN_BLURBS = 2
_LONGEST_SLOT = 200
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*(?:~|-|–|—)\s*\d{1,2}[:.]\d{2})?"
# "10:00 | Hall A | Title - Name", "09:30 · Hall A · Title (Name)", "- 11:00 [트랙 1] 제목 / 이름",
# "12:00 · Lunch", "12:00 | - | 점심"
_SLOT = lazy(
    rf"^(?P<indent>[ \t]*)(?:[-*+][ \t]+)?(?P<time>{_TIME})[ \t]*"
    r"(?:(?P<sep>[|｜·•])[ \t]*(?P<fields>\S.*)|\[(?P<room>[^\]\n]{1,30})\][ \t]*(?P<rest>\S.*)"
    r"|[ \t](?P<bare>\S.*))$"
)
# A note under a slot: an indented line or a sub-item
_UNDER = lazy(r"^(?:[ \t]{2,}|\t)\S")
_SLASH_NAME = lazy(r"^(?P<title>.{3,}?)\s+/\s+(?P<name>[^/()\n]{2,40})$")
_BLURB = lazy(
    r"^(?:\*\*|__)(?:\[(?P<linked>[^\]\n]{3,150})\]\([^)\n]*\)|(?P<title>[^*_\n]{3,150}))(?:\*\*|__)"
    r"[ \t]*[—–-][ \t]*(?:\*|_)(?P<name>[^*_\n]{2,60})(?:\*|_)(?P<when>[^\n]{0,80})$"
)


@dataclass(frozen=True, slots=True)
class _Slot:
    line: int
    indent: int
    title: str
    speakers: tuple[str, ...]
    talk: bool  # not a break, a registration or the closing
    strong: bool  # its room or track is given apart ("| Hall A |", "[트랙 1]")


def schedule_parts(body: str, lines: list[str] | None = None) -> list[ChatPart] | None:
    """The talks of a pasted schedule (the slots with notes under them) or of a newsletter
    issue (its blurbs), as parts; None when the body is neither. ``lines``: the body's lines,
    where the caller has them."""
    if "**" not in body and body.count(":") + body.count(".") < _MIN_SLOTS:
        return None
    if lines is None:
        lines = body.split("\n")
    # Every slot and every time alone opens with a digit after its indent and bullets, every
    # blurb with "**" or "__": those lines are found in one search of the body, and the
    # readers below look only at them (most notes have too few of either to hold anything).
    timed, bold = _opening_lines(body, lines)
    if len(timed) >= _MIN_SLOTS:
        slots = _slots(lines, timed)
        if sum(1 for slot in slots if slot.strong) >= _MIN_SLOTS:
            parts = _slot_parts(lines, slots)
            if parts:  # a schedule nobody wrote notes under is read as any other note
                return parts
        blocks = _time_blocks(lines, timed)
        if blocks:
            return blocks
    if len(bold) >= _MIN_BLURBS:
        blurbs = _blurbs(lines, bold)
        if len(blurbs) >= _MIN_BLURBS:
            return blurbs
    return None


# A line that opens with a digit after its indent and bullets ("10:00 | …", "- 11:00 …",
# "10:00" alone) or in bold ("**", "__"), looked for after a line break: the search then
# skips from break to break in C.
_OPENING = lazy(r"\n(?:[ \t*+-]*\d|\*\*|__)")


def _opening_lines(body: str, lines: list[str]) -> tuple[list[int], list[int]]:
    """The numbers of the lines that open with a digit after their indent and bullets, and
    of those that open in bold: one search of the body."""
    found = [0] if _OPENING.match("\n" + lines[0]) else []
    number = 0
    at = 0
    for match in _OPENING.finditer(body):
        start = match.start() + 1  # where the line opens
        number += body.count("\n", at, start)
        at = start
        found.append(number)
    timed: list[int] = []
    bold: list[int] = []
    for number in found:
        line = lines[number]
        if line.lstrip(" \t-*+")[:1].isdecimal():
            timed.append(number)
        if line.startswith(("**", "__")):
            bold.append(number)
    return timed, bold


# A schedule copied from a conference's web page: each slot's time alone on a line, then its
# talks one or more lines each (a kind, the title, the speaker, the room), several tracks per
# slot ("10:00" / "KEYNOTE" / "Title" / "Name" / "Room", "Title — Name — Room")
_TIME_ALONE = lazy(rf"^[ \t]*{_TIME}[ \t]*(?:h|hs|uhr|시)?[ \t]*$")
_KIND_ALONE = lazy(
    r"(?i)^(?:opening\s+|closing\s+)?(?:keynote|plenary|panel|workshop|lightning talks?|"
    r"키노트|기조\s*연설|기조연설|패널|워크숍|基調講演|ponencia\s+principal)[ \t]*:?$"
)
# Who went where: ">> went to this one", ">> Fui a la de accesibilidad", "→ 거버넌스 세션 들음"
_TIME_OPENING = frozenset(" \t0123456789")
_WENT = lazy(r"^(?P<indent>[ \t]*)(?:>>|=>|→|->)[ \t]*(?P<text>\S.*)$")
_ROOM_WORDS = lazy(
    r"(?i)\b(?:room|hall|ballroom|track|stage|auditorium|auditorio|aula|sala|saal|salle|"
    r"theat(?:er|re)|lab|foyer)\b|[홀룸]$|트랙|강당|회의실|会場|ホール"
)
_PERSON = lazy(
    r"^(?:[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+(?:de|da|del|van|von|der|la|le)?[ \t]*[A-ZÀ-Þ][\w'’.-]+){1,3}"
    r"|[가-힣]{2,4}(?:[ \t]*님)?)$"
)
_LISTING_SPLIT = lazy(r"[ \t]+[—–|·][ \t]+")


@dataclass(slots=True)
class _Listed:
    """A talk listed in a slot block: its lines, its notes' lines."""

    first: int  # its first line (the slot's time line for the block's first talk)
    line: int  # its title's line
    last: int  # its last listing line
    title: str
    speakers: tuple[str, ...]
    notes: list[int]  # lines of the writer's notes under it


def _time_blocks(lines: list[str], timed: list[int]) -> list[ChatPart] | None:
    """The talks of a schedule copied from a web page that have the writer's notes under
    them (indented under the talk, or after a ">> went to …" line naming one of the slot's
    talks); None when fewer than three lines are a time alone. ``timed``: the lines that
    open with a digit, the only ones that may be a time alone."""
    times = [n for n in timed if lines[n][:1] in _TIME_OPENING and _TIME_ALONE.match(lines[n])]
    if len(times) < _MIN_SLOTS:
        return None
    parts: list[ChatPart] = []
    for index, start in enumerate(times):
        end = times[index + 1] if index + 1 < len(times) else _block_end(lines, start)
        talks = _block_talks(lines, start, end)
        if len(talks) > 1:  # the time is the slot's, shared by its tracks: no talk's own line
            talks[0].first = talks[0].line
        for talk in talks:
            if not talk.notes or _not_a_talk(talk.title):
                continue
            topic = lines[talk.line].strip()
            listing_end = talk.last + 1
            joined = talk.notes[0] <= listing_end + 1 and all(
                b - a == 1 or not lines[a + 1].strip()
                for a, b in zip(talk.notes, talk.notes[1:], strict=False)
            )
            if joined:  # notes right under the listing: one part
                parts.append(_part(talk, topic, talk.first, talk.notes[-1] + 1))
            else:  # notes further down the slot: the listing and the notes, apart
                parts.append(_part(talk, topic, talk.first, listing_end))
                parts.append(_part(talk, topic, talk.notes[0], talk.notes[-1] + 1))
    return parts or None


def _part(talk: _Listed, topic: str, start: int, end: int) -> ChatPart:
    return ChatPart(EntryKind.SESSION, talk.title, topic[:_LONGEST_SLOT], talk.speakers, start,
                    end, None, None)  # fmt: skip


def _block_end(lines: list[str], start: int) -> int:
    """Where the last slot ends: at the first line after a blank that is not indented, not a
    note and not part of a listing (a TODO list, a closing remark) — or the note's end."""
    end = start + 1
    while end < len(lines):
        if not lines[end].strip() and end + 1 < len(lines):
            following = lines[end + 1]
            if following.strip() and not _UNDER.match(following) and not _WENT.match(following):
                return end
        end += 1
    return end


def _block_talks(lines: list[str], start: int, end: int) -> list[_Listed]:
    talks: list[_Listed] = []
    chosen: _Listed | None = None  # the talk a ">> went to …" line named, after the listing
    listing = True  # still reading the slot's listing (no blank line yet)
    state = "title"  # what the next listing line may be: "title", "speaker", "room"
    for number in range(start + 1, end):
        line = lines[number]
        if not line.strip():
            listing = False
            continue
        went = _WENT.match(line)
        if went is not None and not went["indent"] and not listing:
            chosen = _named(talks, went["text"])
            if chosen is not None:
                chosen.notes.append(number)
            continue
        if chosen is not None:
            chosen.notes.append(number)
            continue
        if _UNDER.match(line) or went is not None:
            if talks and listing:
                talks[-1].notes.append(number)
            continue
        if not listing:
            continue
        text = line.strip()
        if _KIND_ALONE.match(text):
            continue
        if state in ("speaker", "room") and talks:
            who, _, room = text.partition(" · ")
            if state == "speaker" and _PERSON.match(who.strip()):
                talks[-1].speakers = (who.strip(),)
                talks[-1].last = number
                state = "title" if room else "room"
                continue
            if _ROOM_WORDS.search(text) and len(text.split()) <= 4:  # the room, no speaker
                talks[-1].last = number
                state = "title"
                continue
        fields = _LISTING_SPLIT.split(text)
        title = fields[0]
        speakers = tuple(f for f in fields[1:2] if _PERSON.match(f))
        first = start if not talks else number
        talks.append(_Listed(first, number, number, title, speakers, []))
        state = "title" if len(fields) > 1 else "speaker"
    return talks


_WORD = lazy(r"[^\W\d_]{3,}")
# the words of a "went to" line that name no talk
_GENERIC = frozenset(
    ("went", "this", "one", "the", "talk", "session", "fui", "esta", "que", "세션", "발표",
     "들음", "들었음", "갔음")
)  # fmt: skip


def _named(talks: list[_Listed], text: str) -> _Listed | None:
    """The talk of the slot a ">> went to …" line names by a word of its title, or the
    slot's only talk."""
    words = {w.lower() for w in _WORD.findall(text)} - _GENERIC
    best: tuple[int, _Listed] | None = None
    for talk in talks:
        title = talk.title.lower()
        score = sum(1 for w in words if w in title or (len(w) > 4 and w[:5] in title))
        if score and (best is None or score > best[0]):
            best = (score, talk)
    if best is not None:
        return best[1]
    return talks[0] if len(talks) == 1 else None


def _slots(lines: list[str], timed: list[int]) -> list[_Slot]:
    """The slots among ``timed``, the lines whose time may open them (a digit after their
    indent and bullets)."""
    from summit_tui.corpus.heading_kinds import generic_heading, speaker_in_heading, talk_title

    found: list[_Slot] = []
    for number in timed:
        line = lines[number]
        if len(line) > _LONGEST_SLOT:
            continue
        opening = line.lstrip(" \t")
        if opening[:1] in ("-", "*", "+"):
            opening = opening[1:].lstrip(" \t")
        if not opening[:1].isdecimal():
            continue
        if not any(c.isdigit() for c in line[:12]):
            continue
        slot = _SLOT.match(line)
        if slot is None:
            continue
        if slot["fields"] is not None:
            fields = [f.strip() for f in slot["fields"].split(slot["sep"]) if f.strip(" -–—")]
            what = fields[-1] if fields else ""
        else:
            what = (slot["rest"] or slot["bare"] or "").strip()
        if not what:
            continue
        slashed = _SLASH_NAME.match(what)
        if slashed is not None:
            title, speakers = slashed["title"].strip(), (slashed["name"].strip(),)
        else:
            speaker = speaker_in_heading(what)
            title, speakers = talk_title(what), (speaker,) if speaker else ()
        talk = generic_heading(title) != "break" and not _not_a_talk(title)
        strong = slot["bare"] is None
        found.append(_Slot(number, len(slot["indent"]), title, speakers, talk, strong))
    return found


_NO_TALK = lazy(
    r"(?i)^(?:\W*)(?:lunch|break|coffee|registration|check-?in|doors|closing(?:\s*(?:&|and)\s*prize"
    r"[^\n]*)?$|prize draw|dinner|party|networking|expo\b|booth tour|등록|입장|점심|저녁|휴식|"
    r"쉬는\s*시간|경품|폐회|개회|네트워킹|부스\s*투어|뒤풀이|커피|comida|pausa|almuerzo|cena|"
    r"clausura|sorteo|encerramento|prize|closing|fin\b|"
    r"acreditaci|mittag|pause|déjeuner|ランチ|昼食|休憩|受付|懇親会)"
)


def _not_a_talk(title: str) -> bool:
    return _NO_TALK.search(title) is not None


def _slot_parts(lines: list[str], slots: list[_Slot]) -> list[ChatPart]:
    parts: list[ChatPart] = []
    starts = {slot.line for slot in slots}
    for slot in slots:
        end = slot.line + 1
        while end < len(lines) and end not in starts:
            line = lines[end]
            if _UNDER.match(line) and _deeper(line, slot.indent):
                end += 1
                continue
            if not line.strip() and end + 1 < len(lines) and _UNDER.match(lines[end + 1]):
                end += 1  # a blank line between notes of one slot
                continue
            break
        if end == slot.line + 1 or not slot.talk:
            continue  # the program's slot, or a break: no talk of the writer's
        topic = lines[slot.line].strip()[:_LONGEST_SLOT]
        parts.append(ChatPart(EntryKind.SESSION, slot.title, topic, slot.speakers, slot.line,
                              end, None, None))  # fmt: skip
    return parts


def _deeper(line: str, indent: int) -> bool:
    return len(line) - len(line.lstrip(" \t")) > indent


def _blurbs(lines: list[str], bold: list[int]) -> list[ChatPart]:
    """The blurbs among ``bold``, the lines that open in bold."""
    from summit_tui.corpus.heading_kinds import day_heading

    parts: list[ChatPart] = []
    for number in bold:
        line = lines[number]
        found = _BLURB.match(line.rstrip())
        if found is None:
            continue
        end = number + 1
        while end < len(lines) and lines[end].strip() and not lines[end].startswith(("#", "**")):
            end += 1
        title = " ".join((found["linked"] or found["title"] or "").split())
        name = " ".join(found["name"].split()).strip(" ,.")
        when = found["when"].strip(" ,.;:")
        day = _when(when, day_heading)
        parts.append(ChatPart(EntryKind.SESSION, title, line.strip()[:_LONGEST_SLOT], (name,),
                              number, end, day, None))  # fmt: skip
    return parts


_WHEN_WORDS = lazy(
    r"(?i)\b(?:keynote|morning|afternoon|evening|talk|session|track\s*\w+|also|the|on|in|too"
    r"|por|la|mañana|tarde|del|el|también)\b|키노트|오전|오후|트랙\s*\w+|세션|발표"
)


def _when(text: str, day_heading) -> str | None:  # type: ignore[no-untyped-def]
    """The day a blurb's trailing words give ("Saturday keynote", "1일차 키노트", "금요일"):
    a day hint as headings give them, or None."""
    from summit_tui.corpus.dates import find_dates, weekdays

    if not text:
        return None
    dates = find_dates(text)
    if dates:
        return dates[0].partial()
    hint = day_heading(_WHEN_WORDS.sub(" ", text).strip(" ,.;:·-–—"))
    if hint:
        return hint
    named = weekdays(text)
    return f"weekday:{named[0]}" if len(named) == 1 else None
