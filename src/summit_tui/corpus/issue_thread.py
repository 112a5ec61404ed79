"""A GitHub issue or discussion exported to Markdown (gh2md and the like): which parts are talks.

An export is the opening post and its comments, each opened by a line naming who wrote it
(gh2md's ``#### <img …>[minji-kim](…) opened issue at [2024-06-11 02:41](…):`` / ``commented
at``, ``@sora-lee commented on Jun 11, 2024``, ``**hyun-woo** started this conversation``).
A team shares what it heard at a conference in such a thread: inside a post, a line that
names a talk and its speaker (``**키노트: Title (이름님)**``, ``**Title** — 이름님 (소속), 트랙1
11:00``, ``Title (이름님, 소속)`` over its bullets) opens that talk, to the end of its list; a
comment that opens by naming a talk given earlier in the thread (``키노트 저도 들었는데
보충하면``, ``uv 세션 저도 들었어요``, ``Adding the keynote from my side``) adds to it. Each
part is by the person whose post it is. A thread that names no talk (a planning issue, a bug
report) is no talk at all.

``thread_parts`` returns the talks as ``ChatPart`` line ranges of the body, or None when the
body is not such an export.
"""

from __future__ import annotations

from summit_tui.corpus.chat_export import ChatPart, announced_talk
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

# "#### <img src=… width="50">[minji-kim](https://github.com/minji-kim) opened issue at [2024-…]"
_GH2MD = lazy(
    r"^#{1,6}\s+(?:<img\b[^>\n]{0,300}>\s*)?\[(?P<user>[^\]\n]{1,40})\]\([^)\n]{0,300}\)\s+"
    r"(?:opened|commented|reviewed|replied|answered)\b"
)
# "@sora-lee commented on Jun 11, 2024", "@dana-cho opened this issue on Oct 26, 2024 · 3 comments",
# "**hyun-woo** started this conversation in **General** · Jun 11, 2024"
_AT_USER = lazy(
    r"^(?:@(?P<at>[\w][\w-]{0,38})|\*\*@?(?P<bold>[\w][\w-]{0,38})\*\*)\s+"
    r"(?:opened|commented|replied|answered|started this (?:conversation|discussion)|wrote)\b"
    # a discussion's comment as the page shows it: "**mkroll** · Oct 26, 2024"
    r"|^\*\*@?(?P<dot>[\w][\w-]{0,38})\*\*[ \t]+·[ \t]+\S"
)
_OPENED = lazy(r"\bopened\b|started this")
_ISO_DAY = lazy(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_BOLD_LINE = lazy(r"^\*\*(?P<title>[^*\n]{4,200})\*\*(?P<after>[^*\n]{0,200})$")
_LIST_ITEM = lazy(r"^\s{0,6}(?:[-*+]|\d{1,3}[.)])\s")
_WORD = lazy(r"[\w.+#-]{2,}")
_TALK_WORD = lazy(
    r"(?i)\b(?:keynote|talk|session|presentation|panel)s?\b|키노트|기조연설|세션|발표|강연"
)
_KEYNOTE_WORD = lazy(r"(?i)\bkeynote\b|키노트|기조연설")
_LONGEST = 300
_RECENT_TALKS = 40  # a comment adds to a talk given lately (bounds a long thread's cost)


_last: list[tuple[str, bool]] = [("", False)]  # the last note asked about


def may_be_thread(body: str) -> bool:
    """A cheap pre-check: a GitHub address near the top and a post header's words."""
    last, said = _last[0]
    if body is last:
        return said  # asked once by the note's facts, once by its segmenter
    if body.find("github.com/", 0, 600) < 0:
        # a discussion copied as the page's text, without the site's links
        said = body.find("** started this conversation", 0, 600) >= 0
    else:
        said = " opened " in body or " commented " in body or "started this conversation" in body
    _last[0] = (body, said)
    return said


def _header(line: str) -> str | None:
    if len(line) > 700 or not line:
        return None
    if line[0] == "#":
        found = _GH2MD.match(line)
        return found["user"] if found else None
    if line[0] in "@*":
        found = _AT_USER.match(line)
        return (found["at"] or found["bold"] or found["dot"]) if found else None
    return None


def opened(body: str) -> tuple[str | None, str | None]:
    """Who opened the thread and on which day, from its opening post's header (``[minji-kim](…)
    opened issue at [2024-06-11 02:41]``, ``@dana-cho opened this issue on Oct 26, 2024``):
    the day it was written (not necessarily the event's); (None, None) for other notes."""
    from summit_tui.corpus.dates import find_dates

    if not may_be_thread(body):
        return None, None
    for line in body.split("\n", 60)[:60]:
        user = _header(line)
        if user is None or _OPENED.search(line) is None:
            continue
        iso = _ISO_DAY.search(line)
        if iso is not None:
            return f"{iso[1]}-{iso[2]}-{iso[3]}", user
        found = [m for m in find_dates(line) if not m.is_range and m.year]
        return (found[0].partial() if found else None), user
    return None, None


# "[\#12 Issue](https://github.com/…/issues/12) `closed`: Title", "closed: Title",
# "Title · Discussion #15"
_TITLE_NUMBER = lazy(
    r"^\[\\?#\d+\s*(?:Issue|Pull Request|PR|Discussion)?\]\([^)\n]*\)\s*"
    r"(?:`?(?:open|closed|merged)`?\s*)?:?\s*"
)
_TITLE_STATE = lazy(r"^(?i:open|closed|merged)\s*:\s*")
_TITLE_END = lazy(r"\s*(?:·\s*Discussion\s*#\d+|\(?#\d+\)?)(?:\s*·\s*[\w.-]+/[\w.-]+)?$")


def thread_title(title: str) -> str:
    """A thread's title without the export's number, link and state: "Notes from
    DroidKnights 2024" from "[\\#12 Issue](…) `closed`: Notes from DroidKnights 2024"."""
    cleaned = _TITLE_NUMBER.sub("", title, count=1)
    cleaned = _TITLE_STATE.sub("", cleaned, count=1)
    cleaned = _TITLE_END.sub("", cleaned, count=1).strip()
    return cleaned or title


_CATEGORY = lazy(r"started this (?:conversation|discussion) in \*\*(?P<category>[^*\n]{2,60})\*\*")


def thread_category(body: str) -> str | None:
    """The category a discussion was started in ("started this conversation in **EuroRust
    2024**"): a conference's own name where a team keeps one per event."""
    found = _CATEGORY.search(body, 0, 3000)
    return found["category"] if found is not None else None


def thread_talk(title: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the one talk a thread's title names with its speaker ('Notes:
    "NixOS on RISC-V boards" (Ruben Alvarez) #17', 'Notizen: „Title“ (Name)'), or None."""
    from summit_tui.corpus.names import looks_like_name
    from summit_tui.corpus.talk_sentences import named_talk

    found = named_talk(thread_title(title), looks_like_name)
    return found if found is not None and found[1] else None


def thread_parts(body: str) -> list[ChatPart] | None:
    if not may_be_thread(body):
        return None
    lines = body.split("\n")
    posts: list[tuple[int, int, str]] = []  # (header line, end, author)
    for number, line in enumerate(lines):
        user = _header(line)
        if user is not None:
            if posts:
                posts[-1] = (posts[-1][0], number, posts[-1][2])
            posts.append((number, len(lines), user))
    if len(posts) < 2:
        return None
    parts: list[ChatPart] = []
    for start, end, author in posts:
        parts.extend(_post_talks(lines, start, end, author, parts))
    return parts


def _post_talks(
    lines: list[str], start: int, end: int, author: str, earlier: list[ChatPart]
) -> list[ChatPart]:
    found: list[ChatPart] = []
    opening = next((n for n in range(start + 1, end) if lines[n].strip()), None)
    if opening is not None and _talk_line(lines, opening, end) is None:
        # a comment that opens by adding to a talk given earlier in the thread
        talk = _named_earlier(lines[opening], [*earlier, *found])
        if talk is not None:
            stop = _list_end(lines, opening, end)
            found.append(_part(talk, start, stop, author))
    number = start + 1
    while number < end:
        talk_line = _talk_line(lines, number, end)
        if talk_line is None:
            number += 1
            continue
        title, speakers = talk_line
        stop = _list_end(lines, number, end)
        topic = lines[number].strip()[:_LONGEST]
        found.append(
            ChatPart(EntryKind.SESSION, title, topic, speakers, number, stop, None, author)
        )
        number = max(stop, number + 1)
    return found


def _part(talk: ChatPart, start: int, end: int, author: str) -> ChatPart:
    return ChatPart(talk.kind, talk.title, talk.topic, talk.speakers, start, end, None, author)


def _talk_line(lines: list[str], number: int, end: int) -> tuple[str, tuple[str, ...]] | None:
    """The talk a post's line names: a bold line (``**키노트: Title (이름님)**``, ``**Title** —
    이름님 (소속), 트랙1 11:00``) or a plain line over a list (``Title (이름님, 소속)``), when it
    names a speaker or says it is a keynote."""
    line = lines[number].strip()
    if not line or len(line) > _LONGEST or line[0] in "#>|-+`<[!" or _LIST_ITEM.match(line):
        return None
    bold = _BOLD_LINE.match(line)
    if bold is None:
        after = next((n for n in range(number + 1, end) if lines[n].strip()), None)
        if after is None or _LIST_ITEM.match(lines[after]) is None or line.endswith((":", "：")):
            return None
        if number > 0 and lines[number - 1].strip() and _LIST_ITEM.match(lines[number - 1]):
            return None
        text = line
    else:
        text = bold["title"] + bold["after"]
    # a talk's line read as a message announcing it: "키노트: …", "Title (Name)", "Title — Name"
    return announced_talk([text]) or announced_talk([f"{text} 시작"])


def _list_end(lines: list[str], number: int, end: int) -> int:
    """Where the part that opens at ``number`` ends: after the list under it (blank lines and
    list items continue it; a paragraph after a blank line, a rule or a header ends it)."""
    stop = number + 1
    listed = False
    blank = False
    for at in range(number + 1, end):
        line = lines[at]
        if not line.strip():
            blank = True
            continue
        if _LIST_ITEM.match(line) or (listed and not blank and line[:1] in " \t"):
            listed = True
        elif line.strip() in ("---", "***", "___") or blank or listed:
            break
        blank = False
        stop = at + 1
    return stop


def _named_earlier(line: str, earlier: list[ChatPart]) -> ChatPart | None:
    """The one talk given earlier in the thread that a comment's first line names: by a
    keynote word when only one talk was a keynote, else by a talk word and a word of that
    talk's title or its speaker's name ("uv 세션 저도 들었어요")."""
    if not earlier or not _TALK_WORD.search(line):
        return None
    talks = {part.title: part for part in earlier[-_RECENT_TALKS:]}
    if _KEYNOTE_WORD.search(line):
        keynotes = [p for p in talks.values() if _KEYNOTE_WORD.search(p.topic)]
        if len(keynotes) == 1:
            return keynotes[0]
    words = {w.lower() for w in _WORD.findall(line) if not _TALK_WORD.fullmatch(w)}
    named = [
        part
        for part in talks.values()
        if any(
            title_word.lower().startswith(word) and len(word) * 2 >= len(title_word) - 2
            for title_word in _WORD.findall(part.title)
            for word in words
        )
        or any(name.split()[0].lower() in words for name in part.speakers if name)
    ]
    return named[0] if len(named) == 1 else None
