"""Essay posts whose talks are sections between thematic breaks ("---"), without headings, each
opened by a sentence naming the speaker and the talk, as Brunch, Medium and newsletter essays
are written: "오전의 첫 발표는 김하늘 님의 'SwiftData로 옮겨 간 1년'이었다.", "점심을 먹고 들어간
두 번째 세션은 박준영의 Strict Concurrency 이야기.", "The morning opened with Mai Takahashi's
"Accessibility is a SwiftUI feature"."; a Japanese note's "2日目の朝は、佐藤健さんの「…」から。";
a foreign speaker as Korean writes them ("사토 켄의 SwiftUI 이야기", "Anna Schmidt는 …을 했다").
A section between two talks that walks past the booths ("점심을 먹고 나서는 부스를 한 바퀴
돌았다." over "토스 부스에서는 …" paragraphs, "LINEヤフーのブースでは…") holds a booth per
paragraph that opens by naming one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summit_tui.corpus.blocks import Inline
from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dates import day_number, find_dates, weekdays
from summit_tui.corpus.model import EntryKind, Note
from summit_tui.corpus.names import looks_like_name
from summit_tui.lazy_re import lazy

_RULE = lazy(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_HEADING = lazy(r"^ {0,3}#{1,6}\s", re.MULTILINE)
# the same on a line after the first: found by its line break, not by trying every character
_NEXT_HEADING = lazy(r"\n {0,3}#{1,6}\s")
_SENTENCE = lazy(r"(?<=[.!?。])\s+")
# "Mai Takahashi's "Title"" (a straight single quote would be an apostrophe)
_POSSESSIVE_EN = lazy(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})['’]s\s+"
    r"[\"“‘](?P<title>[^\"”’\n]{3,120})[\"”’]"
)
# "Ken Sato's talk on designing large SwiftUI apps was …": the talk by its topic
_POSSESSIVE_EN_TOPIC = lazy(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})['’]s\s+"
    r"(?:talk|session|keynote|presentation|workshop)\s+(?:on|about)\s+"
    r"(?P<title>[^.,;:!?\n]{3,80}?)(?=\s+(?:was|is|had|got|drew|made|felt|left)\b|[.,;:!?]|$)"
)
# "김하늘 님의 'Title'", "김하늘의 「Title」"
_POSSESSIVE_KO_QUOTED = lazy(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s?(?:님|씨)?의\s*['‘\"“「『]"
    r"(?P<title>[^'’\"”」』\n]{2,80})['’\"”」』]"
)
# "박준영의 Strict Concurrency 이야기": the words before 이야기 / 발표 / 세션 are the topic
_POSSESSIVE_KO = lazy(
    r"(?<![가-힣])(?P<name>[가-힣]{2,4})\s?(?:님|씨)?의\s+"
    r"(?P<title>[^.,!?\n]{2,60}?)\s*(?:이야기|발표|세션|강연|키노트)"
)
# A foreign name in a Korean sentence: "Jenna Park의 'Title'", "사토 켄의 SwiftUI 이야기"
# (a Japanese or Western name spelt in Hangul, two words)
_NAME_ABROAD = (
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,2}"
    r"|(?<![가-힣])[가-힣]{1,4}\s[가-힣]{1,4})"
)
_ABROAD_KO_QUOTED = lazy(
    _NAME_ABROAD + r"\s?(?:님|씨)?의\s*['‘\"“「『](?P<title>[^'’\"”」』\n]{2,80})['’\"”」』]"
)
_ABROAD_KO = lazy(
    _NAME_ABROAD
    + r"\s?(?:님|씨)?의\s+(?P<title>[^.,!?\n]{2,60}?)\s*(?:이야기|발표|세션|강연|키노트)"
)
# "Marco Andre는 …", "같은 날 오후의 Anna Schmidt는 …", "김도현 님은 …": a section opening on
# its speaker, after at most a few words saying when
_SUBJECT_KO = lazy(
    r"^(?:[^.!?'\"\n]{0,24}?(?:의|,)\s)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,2}|[가-힣]{3}\s?님)"
    r"(?:은|는|이|가)\s"
)
_QUOTED_TITLE = lazy(r"['‘\"“「『](?P<title>[^'’\"”」』\n]{3,80})['’\"”」』]")
# "佐藤健さんの「Title」", "Anna Schmidtさんによる「Title」", "田中さんのSwiftUIの話"
_NAME_JA = (
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,2}"
    r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}\s?[\u4e00-\u9fff]{1,3})"
)
_POSSESSIVE_JA_QUOTED = lazy(
    _NAME_JA + r"\s?(?:さん|氏|先生)(?:の|による)\s?[「『\"“](?P<title>[^」』\"”\n]{2,80})[」』\"”]"
)
_JA_HONORIFICS = ("さん", "氏", "先生")  # one of them in each _POSSESSIVE_JA(_QUOTED) match
_POSSESSIVE_JA = lazy(
    _NAME_JA
    + r"\s?(?:さん|氏|先生)の(?P<title>[^。、\n]{2,60}?)の(?:話|発表|セッション|講演|トーク)"
)
# Words that end a Hangul word and say it is no name: a particle ("세션은 김하늘"), or a
# role after a name ("민재 선배의 말")
_NOT_NAME_END = frozenset("은는이가을를의에도와과로서며고")
_ROLES_KO = frozenset(
    [
        *("님", "씨", "선배", "후배", "팀장", "팀장님", "대표", "교수", "교수님", "선생님"),
        *("동료", "사수", "형", "누나", "언니", "오빠"),
    ]
)


def may_be_essay(body: str) -> bool:
    """A cheap pre-check: a thematic break, and no heading but the post's title on its first
    line ("# 드로이드나이츠 2024 후기" over a Tistory essay)."""
    if "\n## " in body:
        return False  # most notes: a heading, found near their start
    if "\n---" not in body and "\n***" not in body:
        return False
    start = 0
    if _HEADING.match(body) is not None:
        start = body.find("\n")
        if not body.startswith("# ") or start < 0:
            return False
    return _NEXT_HEADING.search(body, start) is None


def essay_parts(body: str) -> list[ChatPart] | None:
    """The sections of an essay that open by naming a talk, or None when fewer than two do
    (one named talk in a post is no essay of talks)."""
    lines = body.split("\n")
    sections: list[tuple[int, int]] = []
    start = 0
    for number, line in enumerate(lines):
        if line[:4].strip()[:1] in ("-", "*", "_") and _RULE.match(line):
            sections.append((start, number + 1))  # the break is its section's end
            start = number + 1
    sections.append((start, len(lines)))
    if len(sections) < 3:
        return None
    parts: list[ChatPart] = []
    walks: list[tuple[int, int]] = []
    for first, end in sections:
        while first < end and not lines[first].strip():
            first += 1
        if first >= end:
            continue
        line = lines[first].strip().replace("**", "")
        sentence = _SENTENCE.split(line, maxsplit=1)[0]
        named = _named(sentence) or _subject(sentence, line)
        if named is None:
            walks.append((first, end))
            continue
        title, speaker = named
        # an essay tells its days in order: "2日目の朝は、…" then "午後は …" (the same day)
        day = _day(sentence) or (parts[-1].day if parts else None)
        parts.append(ChatPart(EntryKind.SESSION, title, title, (speaker,), first, end, day, None))
    if len(parts) < 2:
        return None
    if walks:
        parts.extend(booth for first, end in walks for booth in _booth_walk(lines, first, end))
        parts.sort(key=lambda part: part.start)
    return parts


def _named(sentence: str) -> tuple[str, str] | None:
    """(title, speaker) of the talk a section's first sentence names, or None."""
    if "의" in sentence:
        for pattern in (_ABROAD_KO_QUOTED, _ABROAD_KO):
            for found in pattern.finditer(sentence):
                if _abroad_name(found["name"]):
                    return found["title"].strip(), found["name"]
        for pattern in (_POSSESSIVE_KO_QUOTED, _POSSESSIVE_KO):
            for found in pattern.finditer(sentence):
                if looks_like_name(found["name"], strict=True):
                    return found["title"].strip(), found["name"]
    if holds_any(sentence, _JA_HONORIFICS):
        for pattern in (_POSSESSIVE_JA_QUOTED, _POSSESSIVE_JA):
            for found in pattern.finditer(sentence):
                if looks_like_name(found["name"]):
                    return found["title"].strip(), found["name"]
    if "s " in sentence:
        for pattern in (_POSSESSIVE_EN, _POSSESSIVE_EN_TOPIC):
            for found in pattern.finditer(sentence):
                if looks_like_name(found["name"]):
                    title = found["title"].strip(" .,")
                    return title[:1].upper() + title[1:], found["name"]
    return None


def _abroad_name(name: str) -> bool:
    """A foreign name as a Korean sentence writes it: Latin words, or two Hangul words that
    end in no particle and hold no role ("사토 켄", not "세션은 김하늘" or "민재 선배")."""
    if name.isascii() or not ("\uac00" <= name[0] <= "\ud7a3"):
        return looks_like_name(name)
    words = name.split()
    return (
        len(words) == 2
        and len(name) >= 4
        and not any(w[-1] in _NOT_NAME_END or w in _ROLES_KO for w in words)
    )


def _subject(sentence: str, line: str) -> tuple[str, str] | None:
    """(title, speaker) of a section whose first sentence opens on its speaker ("Anna Schmidt는
    VoiceOver만 켜고 …"): the title quoted in its first line ("발표 제목은 'Compose, …'"), else
    the speaker's name (the notes that name the talk give it its title)."""
    if not any(particle in sentence for particle in ("은 ", "는 ", "이 ", "가 ")):
        return None
    found = _SUBJECT_KO.match(sentence)
    if found is None:
        return None
    name = found["name"].removesuffix("님").strip()
    if not looks_like_name(name, strict=not name.isascii()):
        return None
    quoted = _QUOTED_TITLE.search(line)
    return (quoted["title"].strip() if quoted is not None else name), name


def _booth_walk(lines: list[str], first: int, end: int) -> list[ChatPart]:
    """The booths of a section that walks past them: a paragraph opening by naming its
    booth runs to the next one (or the section's end); the section's other lines stay
    the note's."""
    from summit_tui.corpus.heading_kinds import booth_beside_ko, booth_in_prose

    text = "\n".join(lines[first:end])
    if "부스" not in text and "ブース" not in text and "ooth" not in text and "tand" not in text:
        return []
    named: list[tuple[int, str]] = []
    for number in range(first, end):
        line = lines[number].strip()
        if not line or (number > first and lines[number - 1].strip()):
            continue  # a paragraph's first line only
        name = booth_in_prose(line) or booth_beside_ko(line) or _booth_ja(line)
        if name is not None:
            named.append((number, name))
    parts: list[ChatPart] = []
    for position, (start, name) in enumerate(named):
        stop = named[position + 1][0] if position + 1 < len(named) else end
        parts.append(ChatPart(EntryKind.BOOTH, name, name, (), start, stop, None, None))
    return parts


# "LINEヤフーのブースでは…", "サイバーエージェントさんのブースで…": a booth named first
_BOOTH_JA = lazy(
    r"(?P<name>[A-Za-z0-9ァ-ヿ\u4e00-\u9fff][A-Za-z0-9ァ-ヿ\u4e00-\u9fff&.・ー\- ]{0,19}?)"
    r"(?:さん)?の?ブース(?:では|で|に|は|が|も|を|へ)"
)
_NOT_A_BOOTH_JA = frozenset(("各", "企業", "会場", "スポンサー", "展示", "色々な", "他の"))


def _booth_ja(line: str) -> str | None:
    if "ブース" not in line:
        return None
    found = _BOOTH_JA.match(line)
    if found is None or found["name"] in _NOT_A_BOOTH_JA:
        return None
    return found["name"].strip()


def _day(sentence: str) -> str | None:
    """The day a section's opening sentence names ("On the second day", "둘째 날 아침",
    "On Saturday"), as an entry's day hint; None: the note's day."""
    number = day_number(sentence)
    if number is not None:
        return f"day:{number}"
    dates = [d for d in find_dates(sentence) if not d.is_range]
    if len(dates) == 1:
        return dates[0].partial()
    days = weekdays(sentence)
    return f"weekday:{days[0]}" if len(days) == 1 else None


# A paragraph opened by a sentence in bold, its stop inside the bold: an essay's point
_ARGUED_LEAD = lazy(r"[ \t]*(?:\*\*|__)[^*_\n]{3,160}?[.。!](?:\*\*|__)[ \t]+\S")
_ESSAY_LEADS = 2


def argued_essay(note: Note, run_in: Sequence[Inline], lines: list[str]) -> bool:
    """An essay whose paragraphs open with its points in bold, each a sentence ended
    inside the bold (``**The lines decide your schedule.** Featured sessions …``): a talk's
    name is never written so. About no talk when no speaker is named."""
    if len(run_in) < _ESSAY_LEADS or note.speakers:
        return False
    named = note.talk_title
    if named and not named.endswith((".", "。", "!")):
        return False  # a "Title :" line names its talk (the first bold lead may be read so)
    argued = sum(
        _ARGUED_LEAD.match(lines[inline.start]) is not None
        for inline in run_in
        if inline.start < len(lines)
    )
    return argued >= _ESSAY_LEADS and argued * 2 > len(run_in)
