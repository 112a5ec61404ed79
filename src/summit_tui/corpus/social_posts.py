"""The frame of a social post (Mastodon, Bluesky, X) as saved in Markdown: the line naming
its writer and handle, its counter, its time stamp and its boosts and likes. Read by
``social_thread`` (which posts are talks), ``passages`` (a post is one passage), ``metadata``
(a counter is no date) and compare (the frame is no text); kept apart so that none of them
imports another.
"""

from __future__ import annotations

from collections.abc import Sequence

from summit_tui.lazy_re import lazy

_LONGEST_HEADER = 160
# "@lena@hachyderm.io", "@jiho.bsky.social", "@sora_dev" (a handle, with its server or not)
_HANDLE = r"@(?P<handle>[A-Za-z0-9_][\w.-]{0,40}?(?:@[\w-]+(?:\.[\w-]+)+)?)"
# A post's header: the handle alone, or after the writer's name (bold or not), with the time
# after it: "**Lena Fischer** @lena@hachyderm.io · Oct 27, 2024, 09:51", "지호 @jiho.bsky.social"
HEADER = lazy(
    rf"^\s*(?:\*\*(?P<bold>[^*\n]{{1,40}})\*\*\s*|(?P<name>[^\s@#>*\-|`!\[][^@\n]{{0,38}}?)\s+)?"
    rf"\(?{_HANDLE}\)?(?:\s*[·•|,–—-]\s*(?P<rest>[^\n]{{0,80}}))?\s*$"
)
# The counter opening a post's text: "1/7", "🧵 2/", "(3/5)", "2/", "5/5"
COUNTER = lazy(r"^\s*(?:🧵\s*)?\(?\d{1,2}\s*/\s*(?:\d{1,2})?\)?\s*(?:🧵\s*)?(?:[:.\-–—]\s*)?")
COUNTER_ANYWHERE = lazy(r"\s*(?:🧵\s*)?\(\d{1,2}\s*/\s*\d{1,2}\)|\s+\d{1,2}/\d{1,2}(?=\s|$)")
# The boosts, likes and replies under a post: "↻ 6 ☆ 31", "💬 2  🔁 3  ❤️ 15", "12 likes",
# "리트윗 3 · 인용 0 · 마음에 들어요 18", "Reposts 4 · Likes 20"
_COUNT_WORD = (
    r"(?:↻|☆|★|🔁|❤️|❤|♥|💬|⭐|🔄|↩|"
    r"(?i:likes?|favou?rites?|boosts?|reblogs?|reposts?|retweets?|replies|quotes?|views?|"
    r"bookmarks?)|리트윗|재게시|인용|마음에\s*들어요|좋아요|답글|조회수|북마크|회)"
)
COUNTS = lazy(
    rf"^\s*(?:(?:{_COUNT_WORD}\s*[\d,.]+[KkMm만천]?|[\d,.]+[KkMm만천]?\s*{_COUNT_WORD})"
    r"\s*[·•|,]?\s*)+$"
)
_TAGS_ONLY = lazy(r"^\s*(?:#[^\s#]+\s*)+$")
# The time stamp of a post: "Oct 26, 2024, 10:04 · 🌐 Web", "2024년 10월 26일 오전 9:48",
# "오후 12:02 · 2024년 10월 26일 · 조회수 1,204회", "10:04 AM · Oct 26, 2024"
_CLOCK = lazy(r"(?:오전|오후)?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?")
_STAMP_LONGEST = 90
_STAMP_WORDS = 4  # "· 🌐 Web", "· 조회수 1,204회", "· Twitter for iPhone"
SEPARATOR = lazy(r"^\s*(?:-{3,}|\*{3,}|_{3,}|—+)\s*$")

# A counter as a post opens with it (not "3/4 of the room"): "1/7 ", "🧵 2/ ", "(3/5) ", "5/5 "
_POST_COUNTER = lazy(
    r"^\s*(?:🧵\s*)?(?:\(\d{1,2}/\d{1,2}\)|\d{1,2}/(?:\d{1,2})?)\s*(?:🧵)?(?:\s|$)(?!of\b|의\b)"
)


def post_heads(lines: Sequence[str]) -> list[tuple[int, int, str, str]]:
    """Where posts open: (first line, header line, writer, handle) each; the first line is
    the writer's name above a handle alone ("Lena Fischer" / "@lena@hachyderm.io")."""
    heads: list[tuple[int, int, str, str]] = []
    for number, line in enumerate(lines):
        if "@" not in line or len(line) > _LONGEST_HEADER:
            continue
        found = HEADER.match(line)
        if found is None or _TAGS_ONLY.match(line):
            continue
        writer = (found["bold"] or found["name"] or "").strip()
        first = number
        previous = lines[number - 1].strip() if number else ""
        if not writer and previous and _writer_line(previous):  # the name on the line above
            writer, first = previous.strip("* "), number - 1
        heads.append((first, number, writer, found["handle"]))
    return heads


def post_starts(text: str) -> list[int]:
    """The lines (0-based) of a text where its social posts open; [] when it holds none."""
    if not holds_posts(text):
        return []
    return [first for first, _, _, _ in post_heads(text.split("\n"))]


def _writer_line(line: str) -> bool:
    return len(line) <= 40 and not any(c in line for c in "#:|>[]()") and not line.endswith(".")


def is_stamp(line: str) -> bool:
    """A line that is only when (and from where) the post was sent."""
    from summit_tui.corpus.dates import find_dates

    if len(line) > _STAMP_LONGEST or _CLOCK.search(line) is None:
        return False
    mentions = find_dates(line)
    if not mentions:
        return False
    rest = line
    for mention in reversed(mentions):
        rest = rest[: mention.offset] + rest[mention.offset + mention.length :]
    rest = _CLOCK.sub(" ", rest)
    words = rest.replace("·", " ").replace(",", " ").split()
    return sum(1 for word in words if any(c.isalpha() for c in word)) <= _STAMP_WORDS


# A post's counter where a date might be read: "1/3 Opening …", "🧵 (2/5)", "… 3/3"
_COUNTER_SPAN = lazy(r"(?:^|(?<=[\s(🧵]))(?P<n>\d{1,2})/(?P<m>\d{1,2})(?=[\s)]|$)")


def counters(line: str) -> list[tuple[int, int]]:
    """Where a post's counter is in a line ("1/3", "(2/5)": the first number not above the
    second): (start, end) each."""
    return [
        (found.start(), found.end())
        for found in _COUNTER_SPAN.finditer(line)
        if 0 < int(found["n"]) <= int(found["m"])
    ]


def holds_posts(text: str) -> bool:
    """Whether a text (an entry's) holds a social post: a handle's header line and a counts
    line or a counter under it."""
    if "@" not in text:
        return False
    lines = [line.strip() for line in text.split("\n")]
    headed = any(
        "@" in line and len(line) <= _LONGEST_HEADER and HEADER.match(line) is not None
        for line in lines
    )
    framed = (line for line in lines if line)
    return headed and any(COUNTS.match(line) or _POST_COUNTER.match(line) for line in framed)


def only_hashtags(text: str) -> bool:
    """Whether a text is only hashtags ("#FreeThreading #Python313"): the event's tags, no
    point of the talk."""
    return all(_TAGS_ONLY.match(line) for line in text.split("\n") if line.strip())


def post_frame(lines: Sequence[str]) -> tuple[int, int] | None:
    """How many of a passage's first and last lines are a post's frame, no text of it: the
    writer and handle above ("Lena Fischer" / "@lena@hachyderm.io"), the time stamp and the
    counts below ("Oct 26, 2024, 10:04 · 🌐 Web", "↻ 6 ☆ 31"); None when it has none."""
    top = 0
    while top < len(lines) and (
        not lines[top].strip() or _header_line(lines[top], lines[top + 1 : top + 2])
    ):
        top += 1
    bottom = len(lines)
    while bottom > top and (
        not lines[bottom - 1].strip() or _below_post(lines[bottom - 1].strip())
    ):
        bottom -= 1
    if top == 0 and bottom == len(lines):
        return None
    return top, len(lines) - bottom


def _header_line(line: str, following: Sequence[str]) -> bool:
    stripped = line.strip()
    if "@" in stripped and len(stripped) <= _LONGEST_HEADER:
        found = HEADER.match(stripped)
        if found is not None and not _TAGS_ONLY.match(stripped):
            return True
    # the writer's name over a handle alone ("Lena Fischer" / "@lena@hachyderm.io")
    return (
        bool(following)
        and following[0].strip().startswith("@")
        and _writer_line(stripped)
        and (HEADER.match(following[0].strip()) is not None)
    )


def _below_post_or_blank(line: str) -> bool:
    return not line or _below_post(line)


def _below_post(line: str) -> bool:
    return bool(line) and bool(COUNTS.match(line) or SEPARATOR.match(line) or is_stamp(line))


def without_counter(text: str) -> str:
    """A post's text without the counter that opens it ("2/7 Their edge tier …" → "Their
    edge tier …", "🧵 1/ 첫날!" → "첫날!"); other text as it is."""
    found = COUNTER.match(text)
    if found is None or found.end() == 0 or not _POST_COUNTER.match(text):
        return text
    return text[found.end() :]
