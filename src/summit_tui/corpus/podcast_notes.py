"""Podcast show notes: an episode's chapters with their time stamps over a transcript.

Show notes as podcasters publish them: a chapters list (``- 04:12 — The opening keynote``,
``(02:40) 박지훈 - React Compiler 실전 도입기``, ``00:00 Intro``) and a transcript whose
lines each open with a stamp and who speaks (``**[04:12] Sam:** …``, ``[04:12] Sam: …``).
In an episode that recaps a conference, a chapter naming a speaker or a kind of talk
(``Tomás Ferreira on variables``, ``Grace Okafor: accessibility …``, ``Priya Raman's opening
keynote``, ``Title (Name)``) is that talk: the transcript from its stamp to the next
chapter's is about it. Other chapters (the intro, listener questions, the wrap-up) are about
no talk, and an episode whose chapters name no talk (one about hiring) is about none at all.

``podcast_parts`` returns the talks as ``ChatPart`` line ranges of the body, [] for an
episode that names no talk, or None when the body is no such episode.
"""

from __future__ import annotations

import bisect

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_MIN_LINES = 3  # chapters and transcript lines an episode has at least
_STAMP = r"(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2})"
_STAMP_AFTER = r"(?:(?P<bh>\d{1,2}):)?(?P<bm>\d{1,2}):(?P<bs>\d{2})"  # the same, named apart
# A transcript line: "**[04:12] Sam:** …", "[04:12] Sam: …", "**(04:12) 지민:** …", or who
# speaks first, as transcription tools write it: "**Sam (04:12):** …", "Speaker 1 [00:04:12]: …"
_SPOKEN = lazy(
    rf"^[ \t]*(?:\*\*|__)?[\[(]{_STAMP}[\])][ \t]*(?:\*\*|__)?[ \t]*"
    r"[^\s:*\[\]()][^\n:*\[\]]{0,29}?(?:\*\*|__)?[ \t]*[:：]"
    r"|^[ \t]*(?:\*\*|__)?[^\s:*\[\]()\-#>][^\n:*\[\]()]{0,29}?[ \t]*[\[(]"
    rf"{_STAMP_AFTER}[\])][ \t]*(?:\*\*|__)?[ \t]*[:：]"
)
# A chapter: "- 04:12 — The opening keynote", "(02:40) 박지훈 - …", "00:00 Intro", "[12:30] …"
_CHAPTER = lazy(
    rf"^[ \t]*(?:[-*+][ \t]+)?[\[(]?{_STAMP}[\])]?[ \t]*(?:[-–—:|][ \t]*)?"
    r"(?P<title>\S[^\n]{1,120})$"
)
# A person opening a chapter, then what they spoke on: "Tomás Ferreira on …", "Grace Okafor:
# …", "Priya Raman's opening keynote", "Marcus Hale — Typing …", "박지훈 - React …"
_PERSON = r"[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}"
_LEADING_PERSON = lazy(
    rf"^(?P<name>{_PERSON})(?:(?P<topic>['’]s?[ \t]+|[ \t]+(?:on|about|über|sobre)[ \t]+)"
    r"|[ \t]*[:：][ \t]*|[ \t]+[-–—|][ \t]+)(?P<rest>\S.*)$"
)
_LEADING_HANGUL = lazy(
    r"^(?P<name>[가-힣]{2,4})(?:[ \t]?님)?(?:의)?[ \t]*[-–—:|][ \t]*(?P<rest>\S.*)$"
)
# A person closing a chapter: "… (Ana Souza)", "… — Ana Souza", "… - 이수민 님"
_TRAILING_PERSON = lazy(
    rf"^(?P<rest>\S.*?)[ \t]*(?:\((?P<name>{_PERSON}|[가-힣]{{2,4}})(?:[ \t]?님)?\)"
    rf"|[ \t][-–—|][ \t]+(?P<name2>{_PERSON}|[가-힣]{{2,4}})(?:[ \t]?님)?)$"
)
# A chapter naming a kind of talk without its speaker: "The opening keynote", "키노트 이야기"
_KIND = lazy(
    r"(?i:\bkeynote|\btalk\b|\bsession\b|\bpanel\b|\bvortrag|\bcharla\b|\bponencia\b)"
    r"|키노트|기조연설|발표|세션|基調講演|講演|セッション|演讲"
)


def _seconds(found: object) -> int:
    hours, minutes, seconds = found["h"], found["m"], found["s"]  # type: ignore[index]
    if minutes is None and "bm" in found.re.groupindex:  # type: ignore[attr-defined]
        hours, minutes, seconds = found["bh"], found["bm"], found["bs"]  # type: ignore[index]
    return (int(hours) if hours else 0) * 3600 + int(minutes) * 60 + int(seconds)


# what a chapter says about the talk it names: "Keynote recap", "Recap: the opening keynote"
_RECAP = lazy(
    r"(?i:^(?:recap|our\s+take|thoughts)(?:\s+(?:of|on))?\s*[:：-]?\s+"
    r"|\s+(?:recap|takeaways|highlights|discussion|thoughts)$)|\s*(?:정리|요약|후기)$"
)


def chapter_talk(title: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a chapter names, or None for a chapter about no talk."""
    from summit_tui.corpus.names import looks_like_name

    text = title.replace("**", "").strip()
    found = _LEADING_PERSON.match(text)
    if found is not None and looks_like_name(found["name"]):
        if found["topic"]:  # "Hannah Brooks on design critique": a topic, not the talk's title
            return text.strip(" .,:"), (found["name"],)
        return found["rest"].strip(" .,:"), (found["name"],)
    found = _LEADING_HANGUL.match(text) if "가" <= text[:1] <= "힣" else None
    if found is not None and looks_like_name(found["name"]):
        return found["rest"].strip(" .,:"), (found["name"],)
    found = _TRAILING_PERSON.match(text)
    if found is not None:
        name = found["name"] or found["name2"]
        if looks_like_name(name):
            return found["rest"].strip(" .,:—–-"), (name,)
    if _KIND.search(text) is not None:
        return (_RECAP.sub("", text).strip() or text), ()
    return None


def podcast_parts(body: str) -> list[ChatPart] | None:
    """The talks of an episode's transcript (see the module's docstring), [] when its chapters
    name none, None when the body has no stamped chapters over a stamped transcript."""
    lines = body.split("\n")
    spoken: list[tuple[int, int]] = []  # (seconds, line) of each transcript line
    chapters: list[tuple[int, str, int]] = []  # (seconds, title, line) of each chapter
    for number, line in enumerate(lines):
        if not line or len(line) > 2000 or not any(c.isdigit() for c in line[:12]):
            continue
        said = _SPOKEN.match(line)
        if said is not None:
            spoken.append((_seconds(said), number))
            continue
        if spoken:
            continue  # chapters come before the transcript
        chapter = _CHAPTER.match(line)
        if chapter is not None:
            chapters.append((_seconds(chapter), chapter["title"], number))
    if len(chapters) < _MIN_LINES:
        return None
    starts = [seconds for seconds, _, _ in chapters]
    if starts != sorted(starts) or starts[0] != 0:
        return None  # stamps of something else than one episode's chapters (from 00:00)
    if len(spoken) < _MIN_LINES:
        return _chapter_lines(lines, chapters) or None
    from summit_tui.corpus.dates import weekdays

    parts: list[ChatPart] = []
    day: str | None = None  # "Same afternoon": a talk naming no day is on the one before's
    times = [seconds for seconds, _ in spoken]
    for index, (seconds, title, _) in enumerate(chapters):
        talk = chapter_talk(title)
        if talk is None:
            continue
        first = bisect.bisect_left(times, seconds)
        until = chapters[index + 1][0] if index + 1 < len(chapters) else None
        last = bisect.bisect_left(times, until) if until is not None else len(times)
        if first >= last:
            continue  # the transcript skips this chapter
        end = spoken[last][1] if last < len(spoken) else _transcript_end(lines, spoken[-1][1])
        name, speakers = talk
        opening = "\n".join(lines[spoken[first][1] : spoken[min(first + 2, last - 1)][1] + 1])
        named = set(weekdays(opening))
        if len(named) == 1:
            day = f"weekday:{named.pop()}"
        parts.append(
            ChatPart(EntryKind.SESSION, name, title, speakers, spoken[first][1], end, day, None)
        )
    return parts


def _chapter_lines(lines: list[str], chapters: list[tuple[int, str, int]]) -> list[ChatPart]:
    """Show notes without a transcript: each chapter naming a talk is that talk, its line and
    the lines under it up to the next chapter or a blank line."""
    parts: list[ChatPart] = []
    starts = {number for _, _, number in chapters}
    for _, title, number in chapters:
        talk = chapter_talk(title)
        if talk is None:
            continue
        end = number + 1
        while end < len(lines) and lines[end].strip() and end not in starts:
            end += 1
        name, speakers = talk
        parts.append(ChatPart(EntryKind.SESSION, name, title, speakers, number, end, None, None))
    return parts


def _transcript_end(lines: list[str], last: int) -> int:
    """Where the transcript's last line ends: at the blank line after it."""
    end = last + 1
    while end < len(lines) and lines[end].strip() and not lines[end].startswith("#"):
        end += 1
    return end
