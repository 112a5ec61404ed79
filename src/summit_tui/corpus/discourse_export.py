"""A Discourse topic saved as its raw export: which posts are talks.

Discourse's raw export (``/raw/TOPIC``) writes each post as a header line ``user | 2024-10-26
09:41:19 UTC | #3``, the post's Markdown, and a line of dashes. A conference's notes thread asks
for one post per talk with the title in bold in its first line (``**Title** — Name``, ``Notes
from **Title** by Name``, ``어제 들은 **Title** (이름) 정리``), and replies that quote a post
(``[quote="user, post:3, topic:812"]`` … ``[/quote]``) add to its talk. Each post is its
poster's; a talk's day is its post's date as the header gives it (UTC: a post written after a
late talk is still on that talk's date in the timezones conferences keep: a guess kept simple).
A post naming no talk (the welcome, "back home, thanks all") is about none.

``discourse_parts`` returns the posts as ``ChatPart`` line ranges, or None when the body is no
such export.
"""

from __future__ import annotations

import datetime as dt

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_MARK = " UTC | #"  # every post header holds it: the cheap test before any line is read
_MIN_POSTS = 2
# A post written in the morning (UTC) that says its talk was the day before: "yesterday's
# keynote", "last night's session" (one written late in the evening UTC is of that day, as
# its writer's "yesterday" may be in a timezone where it is the next morning)
_NOON = 12
_YESTERDAY = (
    "yesterday", "last night", "gestern", "hier soir", "ayer", "ieri", "вчера", "어제", "昨日",
    "昨天",
)  # fmt: skip
_LABELS = frozenset({"edit", "update", "note", "psa", "tip", "tl;dr", "tldr", "spoiler", "warning"})
_KIND_WORDS = (
    "keynote", "panel", "workshop", "talk", "lightning", "키노트", "세션", "발표", "패널",
)  # fmt: skip
_OPENING_LINES = 4
_OPENING_CHARS = 300
_POST = lazy(
    r"^(?P<user>[^\s|][^|\n]{0,59}?)[ \t]+\|[ \t]+(?P<day>\d{4}-\d\d-\d\d)[ \t]+"
    r"(?P<hour>\d\d):\d\d(?::\d\d)?[ \t]+UTC[ \t]+\|[ \t]+#\d{1,6}[ \t]*$"
)
_QUOTE = lazy(r"^\[quote=\"?[^\],\n]*?,[ \t]*post:(?P<post>\d{1,6})\b[^\]\n]*\][ \t]*$")
_AT = lazy(r"(?:^|\s)@(?P<user>[\w.-]{2,40})\b")
_BOLD = lazy(r"\*\*(?P<title>[^*\n]{3,160}?)\*\*")
_NAME = r"[^\W\d_][\w.'’ -]{1,50}?"
# who gave the talk, after its bold title: "— Name", "by Name", "(Name)", "von Name"
_AFTER = lazy(
    rf"[ \t]*(?:[—–-][ \t]*(?P<dash>{_NAME})[ \t]*(?:\(|[,.;:!]|$)"
    rf"|(?:session|talk|keynote|workshop)?[ \t]*(?i:by|von|de|par|di)[ \t]+(?P<by>{_NAME})"
    rf"[ \t]*(?:\(|[,.;:!]|$)"
    rf"|(?:session|talk|keynote|workshop)?[ \t]*\((?P<paren>{_NAME})\))"
)
# before it: "Finn Brandt's **Cursed Nix** session"
_BEFORE = lazy(rf"(?P<name>{_NAME})['’]s?[ \t]+$")


def discourse_parts(body: str) -> list[ChatPart] | None:
    """Each post as a part by its poster: a talk where its first line names one in bold or it
    quotes a post about a talk, else a part about no talk (see the module's docstring)."""
    lines = body.split("\n")
    posts: list[tuple[int, str, str, int]] = []  # header line, poster, day, post number
    for number, line in enumerate(lines):
        if _MARK in line and (header := _POST.match(line)) is not None:
            day = header["day"]
            if int(header["hour"]) < _NOON and _says_yesterday(lines, number + 1):
                day = _day_before(day)
            posts.append((number, header["user"], day, int(line.rsplit("#", 1)[1])))
    if len(posts) < _MIN_POSTS:
        return None
    parts: list[ChatPart] = []
    talks: dict[int, ChatPart] = {}  # each talk's post by its number
    for index, (start, user, day, post) in enumerate(posts):
        end = posts[index + 1][0] if index + 1 < len(posts) else len(lines)
        talk = _post_talk(lines, start + 1, end, talks)
        if talk is None:
            parts.append(ChatPart(EntryKind.OTHER, "", "", (), start, end, None, user))
            continue
        title, speakers, talk_day = talk
        part = ChatPart(EntryKind.SESSION, title, title, speakers, start, end,
                        talk_day or day, user)  # fmt: skip
        talks[post] = part
        parts.append(part)
    return parts


def talk_days(body: str) -> list[str]:
    """The days of an export's posts about talks, in order ([] for other notes)."""
    parts = discourse_parts(body)
    return sorted({p.day for p in parts if p.day and p.title}) if parts else []


def _says_yesterday(lines: list[str], start: int) -> bool:
    """Whether a post's opening says its talk was the day before ("last night's …")."""
    text = " ".join(lines[start : start + _OPENING_LINES])[:_OPENING_CHARS].lower()
    return any(word in text for word in _YESTERDAY)


def _day_before(day: str) -> str:
    try:
        return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return day


def _post_talk(
    lines: list[str], start: int, end: int, talks: dict[int, ChatPart]
) -> tuple[str, tuple[str, ...], str | None] | None:
    """(title, speakers, day of the post it adds to) of the talk a post is about, or None."""
    from summit_tui.corpus.heading_kinds import talk_title
    from summit_tui.corpus.names import looks_like_name

    first = next((n for n in range(start, end) if lines[n].strip()), None)
    if first is None:
        return None
    line = lines[first].strip()
    if line.startswith("[quote"):
        quote = _QUOTE.match(line)
        quoted = None if quote is None else talks.get(int(quote["post"]))
        if quoted is None:
            return None
        return quoted.title, quoted.speakers, quoted.day
    if "@" in line and (at := _AT.search(line)) is not None:
        # "@kdahl thanks, and one more thing she said": adds to that poster's latest talk
        answered = next((t for t in reversed(talks.values()) if t.author == at["user"]), None)
        if answered is not None:
            return answered.title, answered.speakers, answered.day
    if line[:1] == "#":  # "## Flakes are stable now, right? — Mira Schuster": a heading
        from summit_tui.corpus.heading_kinds import speaker_in_heading
        from summit_tui.corpus.names import split_title

        text = line.lstrip("#").strip()
        speaker = speaker_in_heading(text)
        parts = split_title(text)
        title = talk_title(parts[0] if parts[2] else text)  # "Title (Name)": the title alone
        named = speaker and looks_like_name(speaker)
        if not title or not (named or text.lower().startswith(_KIND_WORDS)):
            return None  # "## Update", "## Thoughts on day 2": no talk's heading
        return title, (speaker,) if named else (), None
    bold = _BOLD.search(line)
    if bold is None:
        # 'Notes from "Title" by Name': a quoted title beside its speaker
        from summit_tui.corpus.talk_sentences import named_talk

        named = named_talk(line, looks_like_name)
        return None if named is None else (named[0], named[1], None)
    if bold["title"].rstrip().endswith((":", "：")):
        return None  # "**Update:** …" labels a line, it names no talk
    title = talk_title(bold["title"].strip())
    words = title.split()
    if not words or (len(words) <= 2 and title[:1].islower()) or title.lower() in _LABELS:
        return None  # "this was **really** good", "**Edit** fixed the link": no talk's name
    speakers: tuple[str, ...] = ()
    after = _AFTER.match(line, bold.end())
    name = None if after is None else (after["dash"] or after["by"] or after["paren"])
    if name is None and (before := _BEFORE.search(line, 0, bold.start())) is not None:
        name = before["name"].split(" of ")[-1]
    if name is not None:
        name = name.strip()
        words = name.split()
        if len(words) > 2 and looks_like_name(" ".join(words[-2:])):
            name = " ".join(words[-2:])  # "Just got out of Finn Brandt's": the last words
        if looks_like_name(name):
            speakers = (name,)
    return title, speakers, None
