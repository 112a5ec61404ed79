"""Weeknotes: one post per week, a section per day (``## Monday`` … ``## Sunday``, ``## 토요일``,
``## Samstag``), the conference on some of the days among errands.

The week is the one the title names (``Weeknotes 2024-W43``, ``주간 기록 2024년 43주차``), else
the one the post's date ends (a post dated on a weekend day) or follows (dated on a weekday).
In a day's section a talk is a paragraph that names it in its opening sentences: a speaker's
talk (``Joris Dekker's keynote on twenty years of derivations``, ``Hana Novakova's sops-nix
talk``, ``김민준 님의 키노트``, ``이서연 님의 FastAPI 사내 플랫폼 발표``), a speaker on a topic
after a word of when (``After lunch Anselm Keller on reproducible builds``), or a panel,
keynote or workshop on a topic (``the panel on Rust in the Linux kernel``). Paragraphs about
errands, meals and trains name none. ``week_parts`` gives those talks as parts on their days,
or None when the note is no such post or names no talk so.
"""

from __future__ import annotations

import datetime as dt

from summit_tui.corpus.blocks import paragraph_spans
from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_ISO_WEEK = lazy(
    r"(?P<year>20\d\d)[- ]?W(?P<week>\d{1,2})\b"
    r"|(?P<kyear>20\d\d)\s*년\s*(?P<kweek>\d{1,2})\s*주"
    # "Wochennotizen KW 43/2024", "KW43 2024": a German calendar week
    r"|\b(?i:KW)\s*(?P<gweek>\d{1,2})\D{1,12}?(?P<gyear>20\d\d)"
    r"|(?i:week|woche|semaine|semana|settimana)\s*(?P<bweek>\d{1,2})\D{1,12}?(?P<byear>20\d\d)"
)
_DAY_HEADING = lazy(r"^#{2,4}[ \t]+(?P<text>[^\n#]{2,24}?)[ \t]*$")
_MIN_DAYS = 2
_OPENING = 320  # a talk is named in a paragraph's opening sentences
_NAME = (
    r"[A-ZÀ-ÖØ-ÞŁŚŻ][\w'’-]+(?:[ \t]+(?:(?:van|von|de|der|da|di|le|la)[ \t]+)?"
    r"[A-ZÀ-ÖØ-ÞŁŚŻ][\w'’-]+){1,2}"
)
_KIND = (
    r"(?i:keynote|talk|session|workshop|panel|presentation|tutorial|lightning[ \t]+talk"
    r"|vortrag|charla|ponencia|conférence|présentation|palestra)"
)
_ON = r"(?:on|about|über|zu|sur|sobre|su)"  # what a talk is on
_WHEN = (
    r"(?:(?:After|Before)[ \t]+(?:lunch|that|this|the[ \t]+break|coffee)|Then|Next|Later|"
    r"Afterwards|Finally|Also|In[ \t]+the[ \t]+(?:morning|afternoon|evening)"
    r"|Nach[ \t]+dem[ \t]+Mittagessen|Danach|Dann|Am[ \t]+(?:Vormittag|Nachmittag)"
    r"|Après[ \t]+le[ \t]+déjeuner|Ensuite|L['’]après-midi|Después[ \t]+de[ \t]+comer|Luego"
    r"|Por[ \t]+la[ \t]+tarde)[ \t]*,?[ \t]+"
)
# what ends a topic: the sentence's verb or a clause after it
_TOPIC = r"(?P<topic>[^,.;:!?()\n—–]{3,80}?)(?=[ \t]+(?:was|were|is|opened|closed|went|got|had|with|which|that|and[ \t]+then|war|ist|hat|mit|était|est|avec|fue|con)\b|[,.;:!?()\n—–]|$)"  # noqa: E501
# "Joris Dekker's keynote on …", "Lena Hoffmann's beginners workshop", "Joris Dekkers Keynote
# über …" (German writes the genitive without an apostrophe)
_OWNED = lazy(
    rf"(?P<name>{_NAME})(?:['’]s?)?[ \t]+(?P<pre>(?:[\w.+#-]+[ \t]+){{0,3}}?)(?P<kind>{_KIND})\b"
    rf"(?:[ \t]+{_ON}[ \t]+{_TOPIC})?"
)
# "die Keynote von Joris Dekker über …", "la charla de Ana Souza sobre …"
_OF_NAME = lazy(
    rf"(?P<kind>{_KIND})[ \t]+(?:von|de|di|da|of|by)[ \t]+(?P<name>{_NAME})"
    rf"(?:[ \t]+{_ON}[ \t]+{_TOPIC})?"
)
# "After lunch Anselm Keller on reproducible builds at a bank"
_SPEAKER_ON = lazy(rf"(?:^|(?<=[.!?])[ \t]+){_WHEN}(?P<name>{_NAME})[ \t]+{_ON}[ \t]+{_TOPIC}")
# "the panel on Rust in the Linux kernel", "Then the governance panel, which …"
_THE_KIND = lazy(
    rf"(?:^|(?<=[.!?])[ \t]+)(?:{_WHEN})?(?i:the)[ \t]+(?P<pre>(?:[\w.+#-]+[ \t]+){{0,2}}?)"
    rf"(?P<kind>panel|keynote|workshop)\b(?:[ \t]+(?:on|about)[ \t]+{_TOPIC})?"
)
_NOT_TOPICS = frozenset(
    {"late", "last", "first", "next", "early", "evening", "morning", "afternoon", "whole", "same"}
)
# "김민준 님의 키노트", "이서연 님의 FastAPI 사내 플랫폼 발표",
# "정하늘 님이 pytest 플러그인 만드는 법을 발표했는데"
_KOREAN = lazy(
    r"(?P<name>[가-힣]{2,4})[ \t]?님(?:의|이|께서)[ \t]+(?P<topic>[^.!?\n]{0,60}?)[ \t]?"
    r"(?P<kind>키노트|발표|세션|강연|워크숍)"
)


# the last post read and its parts: a post's facts (its talks' days) and its segmenter read
# the same post, one after the other (the lines are compared as one text: a few are read)
_last_read: list[tuple[tuple[str, str | None, str] | None, list[ChatPart] | None]] = [(None, None)]


def week_parts(title: str, date: str | None, lines: list[str]) -> list[ChatPart] | None:
    """The talks of a weeknotes post (see the module's docstring), or None. Read once for a
    post asked about twice in a row (callers do not change the parts)."""
    key = (title, date, "\n".join(lines))
    last, parts = _last_read[0]
    if key == last:
        return parts
    parts = _week_parts(title, date, lines)
    _last_read[0] = (key, parts)
    return parts


def _week_parts(title: str, date: str | None, lines: list[str]) -> list[ChatPart] | None:
    from summit_tui.corpus.dates import weekdays

    days: list[tuple[int, int]] = []  # heading line, weekday
    for number, line in enumerate(lines):
        if line[:2] == "##" and (heading := _DAY_HEADING.match(line)) is not None:
            text = heading["text"]
            named = weekdays(text) if len(text.split()) <= 2 else []
            days.append((number, named[0] if len(named) == 1 else -1))
    if sum(day >= 0 for _, day in days) < _MIN_DAYS:
        return None
    monday = _monday(title, date)
    if monday is None:
        return None
    parts: list[ChatPart] = []
    for index, (start, weekday) in enumerate(days):
        if weekday < 0:
            continue
        end = days[index + 1][0] if index + 1 < len(days) else len(lines)
        day = (monday + dt.timedelta(days=weekday)).isoformat()
        for first, stop in paragraph_spans(lines, start + 1, end):
            talk = _named_talk(" ".join(lines[first:stop])[:_OPENING])
            if talk is not None:
                title_, speakers = talk
                parts.append(ChatPart(EntryKind.SESSION, title_, title_, speakers, first, stop,
                                      day, None))  # fmt: skip
    return parts or None


def _monday(title: str, date: str | None) -> dt.date | None:
    found = _ISO_WEEK.search(title)
    if found is not None:
        year = found["year"] or found["kyear"] or found["byear"] or found["gyear"]
        week = found["week"] or found["kweek"] or found["bweek"] or found["gweek"]
        try:
            return dt.date.fromisocalendar(int(year), int(week), 1)
        except ValueError:
            return None
    if not date or len(date) != 10:
        return None
    try:
        posted = dt.date.fromisoformat(date)
    except ValueError:
        return None
    monday = posted - dt.timedelta(days=posted.weekday())
    # a post written on a weekday looks back at the week before
    return monday if posted.weekday() >= 4 else monday - dt.timedelta(days=7)


def _named_talk(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a paragraph's opening names, or None."""
    from summit_tui.corpus.names import looks_like_name

    if "님" in text and (korean := _KOREAN.search(text)) is not None:
        topic = korean["topic"].strip().removesuffix("을").removesuffix("를").strip()
        return topic or korean["kind"], (korean["name"],)
    owned = _OWNED.search(text)
    if owned is not None:
        name = owned["name"]
        if name.endswith(("'s", "’s")):  # "Hoffmann's": the name before its possessive
            name = name[:-2]
        elif name[-1] in "'’":  # "Nicolas'"
            name = name[:-1]
        if looks_like_name(name):
            title = owned["topic"] or f"{owned['pre']}{owned['kind']}"
            return _upper_first(title.strip()), (name,)
    of = _OF_NAME.search(text)
    if of is not None and looks_like_name(of["name"]):
        return _upper_first((of["topic"] or of["kind"]).strip()), (of["name"],)
    said = _SPEAKER_ON.search(text)
    if said is not None and looks_like_name(said["name"]):
        return _upper_first(said["topic"].strip()), (said["name"],)
    the = _THE_KIND.search(text)
    if the is not None:
        pre = the["pre"].strip()
        if the["topic"]:
            return _upper_first(the["topic"].strip()), ()
        if pre and pre.split()[0].lower() not in _NOT_TOPICS:
            return _upper_first(f"{pre} {the['kind']}"), ()
    return None


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def week_days(title: str, date: str | None, lines: list[str]) -> list[str]:
    """The days of a weeknotes post's week its talks were on, in order ([] for other notes)."""
    parts = week_parts(title, date, lines)
    return sorted({part.day for part in parts if part.day}) if parts else []
