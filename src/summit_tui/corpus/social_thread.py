"""A social thread saved as Markdown (Mastodon, Bluesky, X): which posts are talks.

A thread is a run of posts by one person, each opened by a line naming its writer's handle
(``Lena Fischer`` over ``@lena@hachyderm.io``, ``**Lena** @lena@hachyderm.io · Oct 27,
2024, 09:51``, ``지호 @jiho.bsky.social``, ``소라 @sora_dev``), with a counter (``1/7``,
``🧵 2/``, ``(3/5)``), a time stamp line and the boosts and likes (``↻ 3 ☆ 12``, ``❤️ 22``,
``리트윗 3 · 마음에 들어요 18``) around the text. People live-post a talk as a thread of its
own (its first post names the talk: the whole note is that talk), or a day as one thread
with a post per talk: a post naming a talk (``키노트: Title (이름님)``, ``Keynote: "Title" by
Name``) opens it, the posts after it are about it until the next one, a break or the
thread's closing post; the opening post before any talk is context.

``thread_posts`` reads the posts; ``social_parts`` returns the talks as line ranges of the
body, or None when the body is not such a thread.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.social_posts import (
    COUNTER,
    COUNTER_ANYWHERE,
    COUNTS,
    HEADER,
    SEPARATOR,
    is_stamp,
    post_heads,
)
from summit_tui.lazy_re import lazy

_MIN_POSTS = 3
# What names a talk in a post: a cue ("키노트:", "Keynote:", "오후엔", "두 번째로 들은 건",
# "Next:") before it; a state after it ("세션 듣는 중", "발표", "session")
_LEAD_IN = lazy(
    r"^(?:(?:오전|오후|아침|점심\s*(?:먹고|후)|저녁|다음|마지막)(?:엔|에는|은|으로)?\s+"
    r"|(?:첫|두|세|네|다섯)\s*번째(?:로)?\s*(?:들은|본)\s*(?:건|것은|세션은?|발표는?)\s+"
    r"|(?i:(?:first|next|then|after\s+lunch|this\s+morning|this\s+afternoon)\s*[:,]?\s+)"
    r"|(?i:(?:started|began|kicked\s+off|opened)\s+(?:the\s+day\s+|today\s+)?with\s+(?:the\s+)?))"
)
# A day's mark opening a post before its talk: "Day 2. …", "Day 2 🌞 …", "2일차! …"
_DAY_MARK = lazy(
    r"^(?:(?i:day)\s*\d{1,2}|\d{1,2}\s*일차)\s*(?:[.!,:]|[^\w\s\"“«「(])(?:\s*[^\w\s\"“«「(])*\s*"
)
# A post that says its writer left the talk going on is about neither ("Left the dev keynote
# early to get a seat", "키노트 중간에 나옴", "Ушёл с кейноута пораньше")
_LEFT = lazy(
    r"(?i)^(?:i\s+)?(?:left|leaving|walked\s+out|ducked\s+out|snuck\s+out|slipped\s+out)\b"
    r"|중간에\s*나(?:옴|왔|가)|일찍\s*나(?:옴|왔|가)|^(?:ушл[аи]?|ушёл|ушел)\b"
)
_STATE_AFTER = lazy(
    r"\s*(?:[-—–]\s*)?(?:세션|발표|강연)?\s*(?:듣는\s*중|들으러\s*옴|시작)?[,.!…]?\s*$"
    r"|\s+(?:세션|발표|강연)(?:\s+(?:듣는\s*중|정리))?[,.!…]?\s*$"
)
_QUOTED_BY = lazy(
    r"[\"“「『](?P<title>[^\"”」』\n]{4,120})[\"”」』]\s*,?\s*(?:by|—|–|-|von|par|por)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}|[가-힣]{2,4}(?=님|\s|$|[.,)]))"
)
# A quoted title with its speaker in brackets after it, in a post's first clause: 'Started
# with "Compose performance, measured" (Julia Becker)', '오후엔 「Title」 (박서연님)'
_QUOTED_PAREN = lazy(
    r"[\"“「『](?P<title>[^\"”」』\n]{4,120}?)(?<![.!?])[\"”」』]\s*\((?P<name>[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){1,2}|[가-힣]{2,4})(?:님)?\)"
)
# A post opening the next talk by its speaker and topic: "Next: Tomás Ferreira, one design
# system for 14 brands", "Up next: Ana Souza on free-threading", "다음: 이수민 님, 디자인 토큰"
_NEXT_UP = lazy(
    r"^(?i:(?:up\s+)?next(?:\s+up)?|다음(?:\s*세션)?|次は?|als\s+nächstes|a\s+seguir)\s*[:：]\s*"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}|[가-힣]{2,4})(?:\s?님)?"
    r"\s*(?:,|—|–|-|:|\s(?i:on|about|with|über|sobre))\s*(?P<topic>\S[^\n]{2,})$"
)
# A speaker on stage, then what they said: 'Grace Okafor: "Accessibility is a layout
# problem." …', 'Maya Lindgren on stage: "the canvas …"': the quote is the talk's title
_SPEAKER_QUOTE = lazy(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})(?:\s+(?i:on\s+stage|is\s+up))?"
    r"\s*[:：]\s*[\"“](?P<title>[^\"”\n]{4,120}?)[.!?]?[\"”]"
)
_EMOJI_AFTER = lazy(r"(?:\s*[^\w\s.,!?)\]\"”'’])+\s*$")
# A speaker on stage, not a talk's title: "Maya Lindgren on stage: …", "Ana Souza: \"…\""
_ON_STAGE = lazy(
    r"^[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}\s*(?:(?i:on\s+stage|is\s+up"
    r"|takes\s+the\s+stage|is\s+on)\b|[:：]\s*[\"“])|^[가-힣]{2,4}\s?님\s*(?:등장|무대)"
)
_TRAILING_TAGS = lazy(r"(?:\s+#[^\s#]+)+\s*$")
_CLOSING = lazy(
    r"(?i)that'?s\s+(?:a\s+)?wrap|wrapping\s+up|see\s+you\s+(?:next|tomorrow)|thanks?\s+(?:to\s+)?all"
    r"|done\s+for\s+(?:the\s+day|today|tonight|day\s+\w+)"
    r"|여기까지|끝[!.]|마무리|수고\s*하셨|고생\s*(?:많|하)|내년에"
)
# A post's leading label naming its talk, a run of posts sharing it being that talk:
# "Keynote: …", "Dev keynote: …", "What's new in Android (Ana Castillo, Rahul Mehta): …",
# "FastAPI 서비스 운영기 (박서연님): …" (after a day's opening: "Day 2. Keynote: …")
_LABEL = lazy(
    r"^(?:(?i:day)\s*\d{1,2}\s*[.!,]?\s+|\d{1,2}\s*일차\s*[.!,]?\s+)?"
    r"(?P<label>[^:：.!?\"“”«»「」\n]{3,90}?)\s*[:：]\s+\S"
)
_KEYNOTE_LABEL = lazy(r"^(?:\S+\s+){0,2}(?i:keynote|키노트|기조연설)$")
_LABEL_PEOPLE = lazy(r"\s*\((?P<people>[^()]{2,80})\)$")
_PEOPLE_SPLIT = lazy(r"\s*(?:,|、|&|\band\b|·)\s*")
# A post opening with a pause ends the talk before it ("Break, hallway track", "쉬는 시간")
_PAUSE = lazy(r"^(?i:(?:coffee\s+)?break|hallway\s+track)\b|^쉬는\s*시간")
_LABEL_RUN = 2  # labelled posts naming talks before a thread is read by its labels
# A post about a booth names it as a sentence opens: "The JetBrains booth had …", "Also the
# Project IDX booth: …", "Coffee, then the exhibition hall. The Bitrise stand …", "토스 부스에서 …"
_BOOTH_POST = lazy(
    r"(?:^|[.!?]\s+)(?:(?i:also|then|next|and|later|after\s+that)[,]?\s+)?(?:[Aa]t\s+)?"
    r"(?:[Tt]he\s+)?(?P<name>[A-Z0-9][\w.+&'’-]*(?:\s+[A-Z0-9][\w.+&'’-]*){0,3})\s+"
    r"(?i:booth|stand)\b"
    r"|(?:^|[.!?]\s+)(?P<ko>[^\s.!?,]+(?:\s[^\s.!?,]+)?)\s*부스(?:에서|에|는|도|에선)?\s"
)
_BOOTH_REACH = 160  # the opening sentences a booth post names its booth in


@dataclass(frozen=True, slots=True)
class Post:
    """Lines ``start``..``end`` (0-based, end exclusive) of one post; ``text`` its lines that
    say something (no header, counter, time stamp, counts or separator)."""

    writer: str
    handle: str
    start: int
    end: int
    text: tuple[str, ...]
    day: str | None


def thread_posts(body: str) -> list[Post] | None:
    """The posts of a social thread, or None when fewer than three lines open a post or no
    handle opens two of them (a note that names people with @ is no thread)."""
    if body.count("@") < _MIN_POSTS:
        return _unrolled(body)
    lines = body.split("\n")
    heads = post_heads(lines)
    if len(heads) < _MIN_POSTS:
        return _unrolled(body)
    handles = Counter(handle for _, _, _, handle in heads)
    if handles.most_common(1)[0][1] < 2:
        return None
    posts: list[Post] = []
    for index, (first, header, writer, handle) in enumerate(heads):
        end = heads[index + 1][0] if index + 1 < len(heads) else len(lines)
        while end > header + 1 and (not lines[end - 1].strip() or SEPARATOR.match(lines[end - 1])):
            end -= 1
        text, day = _read(lines, header, end)
        posts.append(Post(writer or handle, handle, first, end, tuple(text), day))
    return posts


# An unrolled thread's title: "Thread by @mkline@hachyderm.io", "@sora_dev 님의 스레드",
# "🧵 Thread from @lena" (a thread reader's page, the posts without their headers)
_UNROLLED_TITLE = lazy(
    r"^[#\s]*(?:🧵\s*)?(?:(?i:thread|unrolled thread|스레드|スレッド|hilo|fil)\s+"
    r"(?i:by|from|de|von)\s+@(?P<by>[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?)|@(?P<of>[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?)\s*"
    r"(?:님의\s*스레드|さんのスレッド|(?i:'s thread)))"
)
# A post opening with its counter: "1/ …", "2/7 …", "(3/5) …", "**4/** …"
_COUNTED = lazy(r"^\s*(?:🧵\s*)?(?:\*\*)?\(?(?P<n>\d{1,2})\s*/\s*(?P<of>\d{1,2})?\)?(?:\*\*)?\s+\S")


def _unrolled(body: str) -> list[Post] | None:
    """A thread saved from a thread reader: its posts are paragraphs opened by their counters
    in order ("1/", "2/", "3/5" …), the writer named once in the title ("Thread by @handle")
    or not at all; None when fewer than three paragraphs count up so."""
    if body.count("/") < _MIN_POSTS:
        return None
    lines = body.split("\n")
    starts: list[int] = []
    totals: set[int] = set()  # "2/7": one thread's posts all say 7 ("1/2", "2/3": fractions)
    for number, line in enumerate(lines):
        if (number and lines[number - 1].strip()) or "/" not in line[:8]:
            continue
        found = _COUNTED.match(line)
        if found is not None and int(found["n"]) == len(starts) + 1:
            starts.append(number)
            if found["of"]:
                totals.add(int(found["of"]))
    if len(starts) < _MIN_POSTS or len(totals) > 1 or any(t < len(starts) for t in totals):
        return None
    title = next((line for line in lines[: starts[0]] if line.strip()), "")
    named = _UNROLLED_TITLE.match(title)
    writer = (named["by"] or named["of"]) if named is not None else ""
    posts: list[Post] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else _paragraph_end(lines, start)
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        text, day = _unrolled_text(lines[start:end])
        posts.append(Post(writer, writer, start, end, text, day))
    if not any(post.day for post in posts) and (dated := _last_line_day(lines)) is not None:
        # a thread reader's page ends with the day the thread was posted ("Jun 26th 2024")
        posts = [Post(p.writer, p.handle, p.start, p.end, p.text, dated) for p in posts]
    return posts


def _last_line_day(lines: list[str]) -> str | None:
    """The day a page's last line gives, when that line is only a date."""
    from summit_tui.corpus.dates import find_dates

    last = next((line.strip() for line in reversed(lines) if line.strip()), "").strip("*_ ")
    if len(last) > 24 or ":" in last or sum(c.isalpha() for c in last) > 9:
        return None
    mentions = find_dates(last)
    return mentions[0].partial() if len(mentions) == 1 else None


def _unrolled_text(lines: list[str]) -> tuple[tuple[str, ...], str | None]:
    """A saved post's lines that say something, and the day its stamp line under the text
    gives ("*May 14, 2024, 9:02 AM*", "_2025년 8월 15일 오전 9:12_")."""
    from summit_tui.corpus.dates import find_dates

    text: list[str] = []
    day: str | None = None
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        bare = stripped.strip("*_ ")
        if text and bare and is_stamp(bare):
            if day is None:
                mentions = find_dates(bare)
                day = mentions[0].partial() if mentions else None
            continue
        text.append(stripped)
    return tuple(text), day


def _paragraph_end(lines: list[str], start: int) -> int:
    end = start + 1
    while end < len(lines) and lines[end].strip():
        end += 1
    return end


def thread_writer(body: str) -> str | None:
    """Who wrote most of a thread's posts (their name as the posts give it), or None."""
    posts = thread_posts(body)
    if not posts:
        return None
    return Counter(post.writer for post in posts).most_common(1)[0][0]


def _read(lines: list[str], header: int, end: int) -> tuple[list[str], str | None]:
    """A post's lines that say something, and the day its time stamp gives."""
    from summit_tui.corpus.dates import find_dates

    found = HEADER.match(lines[header])
    day: str | None = None
    rest = found["rest"] if found is not None else None
    if rest:
        mentions = find_dates(rest)
        day = mentions[0].partial() if mentions else None
    text: list[str] = []
    for line in lines[header + 1 : end]:
        stripped = line.strip()
        if not stripped or SEPARATOR.match(stripped) or COUNTS.match(stripped):
            continue
        if is_stamp(stripped):
            if day is None:
                mentions = find_dates(stripped)
                day = mentions[0].partial() if mentions else None
            continue
        text.append(stripped)
    return text, day


def post_talk(line: str) -> tuple[str, tuple[str, ...]] | None:
    """The talk a post's first line names: its title and speakers ("키노트: Title (이름님)",
    "Keynote: \"Title\" by Name", "Title - 이름님 발표", "두 번째로 들은 건 Title (이름님)");
    None when it names none (a talk without a speaker needs the keynote word)."""
    from summit_tui.corpus.chat_export import announced_talk
    from summit_tui.corpus.heading_kinds import speaker_in_heading, talk_title
    from summit_tui.corpus.names import looks_like_name

    line = COUNTER.sub("", line.replace("**", "")).strip()
    line = COUNTER_ANYWHERE.sub("", line).replace("🧵", "").strip()
    line = _TRAILING_TAGS.sub("", line)
    line = _DAY_MARK.sub("", line, count=1) or line
    if ":" in line or "：" in line:
        cue = _NEXT_UP.match(line) or _SPEAKER_QUOTE.match(line)
        if cue is not None and looks_like_name(cue["name"]):
            topic = cue["topic"] if "topic" in cue.re.groupindex else cue["title"]
            return _EMOJI_AFTER.sub("", topic).strip(" .,"), (cue["name"],)
    quoted = _QUOTED_BY.search(line)
    if quoted is not None:
        return quoted["title"].strip(), (quoted["name"],)
    if "(" in line:
        paren = _QUOTED_PAREN.search(_first_clause(line))
        if paren is not None:
            return paren["title"].strip(), (paren["name"],)
    announced = announced_talk([_first_clause(line)])
    if announced is not None:
        return announced
    clause = _LEAD_IN.sub("", _first_clause(line)).strip()
    clause = _STATE_AFTER.sub("", clause).strip(" ,")
    if len(clause) < 4 or clause.startswith("#"):
        return None
    speaker = speaker_in_heading(clause)
    if not speaker:
        return None
    return talk_title(clause), (speaker,)


def _first_clause(line: str) -> str:
    """The words before the first sentence's end or a comma after a closing bracket."""
    for mark in (". ", "! ", "? ", "), ", ") ", "。"):
        at = line.find(mark)
        if at > 0:
            line = line[: at + (1 if mark[0] == ")" else 0)]
    return line.strip()


def _post_booth(opening: str) -> str | None:
    """The booth a post is about, named as one of its opening sentences begins."""
    opening = COUNTER.sub("", opening.replace("**", ""))[:_BOOTH_REACH]
    if "ooth" not in opening and "tand" not in opening and "부스" not in opening:
        return None
    found = _BOOTH_POST.search(opening)
    if found is None:
        return None
    return (found["name"] or found["ko"]).strip()


def _post_label(post: Post) -> str | None:
    if not post.text or (":" not in post.text[0] and "：" not in post.text[0]):
        return None
    line = COUNTER.sub("", post.text[0].replace("**", "")).strip()
    found = _LABEL.match(line)
    if found is None:
        return None
    label = found["label"].strip()
    if found.start("label") and _KEYNOTE_LABEL.match(label) and line[0].isalpha():
        return line[: found.end("label")].strip()  # "Day 2 keynote: …" names that day's
    return label


def _label_talk(label: str, repeated: bool) -> tuple[str, tuple[str, ...]] | None:
    """The talk a post's leading label names: a keynote ("Dev keynote"), a title with its
    speakers in brackets, or a label other posts of the thread open with too."""
    from summit_tui.corpus.heading_kinds import speaker_in_heading

    label = _LEAD_IN.sub("", label).strip() or label  # "Started with the opening keynote"
    if _KEYNOTE_LABEL.match(label):
        return label[0].upper() + label[1:], ()
    people = _LABEL_PEOPLE.search(label)
    if people is not None and speaker_in_heading(label):
        names = tuple(
            name.removesuffix("님").strip()
            for name in _PEOPLE_SPLIT.split(people["people"])
            if name.strip()
        )
        return label[: people.start()].strip(), names
    return (label, ()) if repeated else None


def _keynote_post(post: Post) -> tuple[str, tuple[str, ...]] | None:
    """A post that names a keynote by its label, or says a talk begins."""
    from summit_tui.corpus.live_blog import opened_talk

    label = _post_label(post)
    if label is not None:
        talk = _label_talk(label, repeated=False)
        if talk is not None and not talk[1]:
            return talk
    if not post.text:
        return None
    opening = _DAY_MARK.sub("", COUNTER.sub("", post.text[0].replace("**", "")), count=1)
    return opened_talk(opening)


def _labelled_talks(posts: list[Post]) -> list[tuple[str, tuple[str, ...]] | None] | None:
    """The talk each post names by its leading label, when the thread names its talks so
    (two posts at least); None for a thread that does not."""
    labels = [_post_label(post) for post in posts]
    counts = Counter(label.casefold() for label in labels if label)
    talks = [
        _label_talk(label, counts[label.casefold()] > 1) if label else None for label in labels
    ]
    if sum(1 for talk in talks if talk is not None) < _LABEL_RUN:
        return None
    return talks


def _names_its_speaker(
    current: tuple[str, tuple[str, ...], str] | None,
    talk: tuple[str, tuple[str, ...]],
    parts: list[ChatPart],
    posts: list[Post],
    index: int,
    opening: str,
) -> bool:
    """Whether a post naming a speaker on stage names the one of the talk the post before it
    opened without a speaker ("Opening keynote is starting" over "Maya Lindgren on stage: …");
    a post naming a talk by its title opens that talk."""
    bare = COUNTER.sub("", opening.replace("**", "")).strip()
    return (
        _ON_STAGE.match(bare) is not None
        and current is not None
        and not current[1]
        and bool(talk[1])
        and index > 0
        and bool(parts)
        and parts[-1].title == current[0]
        and parts[-1].start == posts[index - 1].start
    )


def social_parts(body: str) -> list[ChatPart] | None:
    """The talks of a social thread as parts (each with its writer and the day it was
    posted); [] for a thread about no talk; None when the body is no thread."""
    from summit_tui.corpus.chat_export import _BREAK, _MOVING_ON
    from summit_tui.corpus.live_blog import says_over

    posts = thread_posts(body)
    if posts is None:
        return None
    named = [post_talk(post.text[0]) if post.text else None for post in posts]
    labelled = _labelled_talks(posts) if any(post.day for post in posts) else None
    if labelled is not None:
        named = [label or talk for label, talk in zip(labelled, named, strict=True)]
    else:  # a keynote named alone ("Dev keynote: …"), or said to begin ("키노트 시작.")
        named = [talk or _keynote_post(post) for post, talk in zip(posts, named, strict=True)]
    talks = [index for index, talk in enumerate(named) if talk is not None]
    if not talks:
        return []
    if len(talks) == 1 and talks[0] <= 1:  # a thread of its own about one talk
        title, speakers = named[talks[0]]  # type: ignore[misc]
        post = posts[talks[0]]
        day = post.day or next((p.day for p in posts if p.day), None)
        end = len(body.split("\n"))
        return [ChatPart(EntryKind.SESSION, title, post.text[0][:200], speakers, 0, end, day,
                         post.writer)]  # fmt: skip
    parts: list[ChatPart] = []
    current: tuple[str, tuple[str, ...], str] | None = None
    last = len(posts) - 1
    over = False
    for index, (post, talk) in enumerate(zip(posts, named, strict=True)):
        if over:
            current, over = None, False
        opening = post.text[0] if post.text else ""
        booth = _post_booth(opening) if talk is None else None
        if booth is not None:
            parts.append(ChatPart(EntryKind.BOOTH, booth, opening[:200], (), post.start,
                                  post.end, post.day, post.writer))  # fmt: skip
            current = None
            continue
        bare = COUNTER.sub("", opening.replace("**", ""))
        if talk is not None and _names_its_speaker(current, talk, parts, posts, index, opening):
            current = (current[0], talk[1], current[2])  # type: ignore[index]
        elif talk is not None:
            current = (*talk, opening[:200])
        elif current is not None and says_over(bare):
            over = True  # "Keynote over, … Lunch.": the post is the talk's last
        elif current is not None and (
            index == last
            or _BREAK.search(opening)
            or _MOVING_ON.search(opening)
            or _CLOSING.search(opening)
            or _PAUSE.match(bare)
            or _LEFT.search(bare)
            or (labelled is not None and post.day and parts and parts[-1].day != post.day)
        ):
            current = None
        if current is None:
            continue
        title, speakers, topic = current
        if parts and parts[-1].title == title and parts[-1].end <= post.start:
            previous = parts[-1]
            speakers = previous.speakers or speakers
            parts[-1] = ChatPart(previous.kind, title, topic, speakers, previous.start, post.end,
                                 previous.day or post.day, previous.author)  # fmt: skip
            continue
        parts.append(ChatPart(EntryKind.SESSION, title, topic, speakers, post.start, post.end,
                              post.day, post.writer))  # fmt: skip
    return parts
