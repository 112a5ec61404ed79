"""A forum megathread saved as text (Reddit and the like): which comments are talks.

A day's discussion thread of a conference, copied from the page: the subreddit line, "Posted
by u/AutoModerator · 5 mo. ago", the title naming the conference and the day, then the
comments, each a block of its depth (``level 1``), who wrote it and when (``u/kernwidow · 5
mo. ago``), its text and its votes and reply links (``▲ 97 ▼ · Reply · Share``). Attendees
give each talk a top-level comment of its own that names it ("Hannah Brooks' critique talk
(\"The design critique is dead\") was…", "Anyone catch the Dev Mode at a bank talk (Seoyeon
Kim)?"): that comment and the replies under it are the talk. A top-level comment naming no
talk (a question about the workshops) and its replies are about none.

``forum_parts`` returns the talks as ``ChatPart`` line ranges of the body, or None when the
body is no such thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from summit_tui.corpus.chat_export import ChatPart
from summit_tui.corpus.model import EntryKind
from summit_tui.lazy_re import lazy

_MIN_COMMENTS = 3
_LEVEL = lazy(r"^[ \t]*level[ \t]+(?P<depth>\d{1,2})[ \t]*$")
# Who wrote a comment and when: "u/kernwidow · 5 mo. ago", "u/gil_be_gone · 7 mo. ago · edited"
_BY = lazy(r"^[ \t]*(?:Posted[ \t]+by[ \t]+)?u/(?P<user>[\w-]{2,40})[ \t]*[·•|][ \t]*\S")
_PERSON = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}"
_TALK_WORD = r"(?:talk|keynote|session|presentation|panel|workshop|lightning[ \t]+talk)"
# "Hannah Brooks' critique talk", "Kenji Morita's prototyping talk", "Ana Souza’s keynote"
_OWNED = lazy(
    rf"(?P<name>{_PERSON})(?:['’]s?)[ \t]+(?P<topic>(?:[\w-]+[ \t]+){{0,5}}?){_TALK_WORD}\b"
)
# "the Dev Mode at a bank talk (Seoyeon Kim)", "the keynote by Maya Lindgren"
_PAREN = lazy(
    rf"(?P<topic>(?:[\w-]+[ \t]+){{0,7}}?)(?P<kind>(?i:{_TALK_WORD}))[ \t]*"
    rf"(?:\((?P<name>{_PERSON})\)"
    rf"|[ \t]+(?:by|from)[ \t]+(?P<name2>{_PERSON}))"
)
_QUOTED = lazy(r"[\"“](?P<title>[^\"”\n]{4,120}?)[\"”]")
# what a comment says before the talk it names: "Anyone catch the …", "Loved the …"
_ARTICLE = lazy(r"^(?:[\w-]+[ \t]+){0,3}?(?i:the|a|an|this|that)[ \t]+")


@dataclass(frozen=True, slots=True)
class _Comment:
    depth: int
    start: int  # its "level N" line, or its author's line
    text: str  # its first line of text


def _comments(lines: list[str]) -> list[_Comment]:
    comments: list[_Comment] = []
    depth: int | None = None
    opened = -1
    for number, line in enumerate(lines):
        if "level" in line and (level := _LEVEL.match(line)) is not None:
            depth, opened = int(level["depth"]), number
            continue
        if depth is None or "u/" not in line or _BY.match(line) is None:
            continue
        text = next((rest.strip() for rest in lines[number + 1 : number + 4] if rest.strip()), "")
        comments.append(_Comment(depth, opened, text))
        depth = None
    return comments


def comment_talk(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a comment's first line names, or None."""
    from summit_tui.corpus.names import looks_like_name

    head = text[:400]
    found = _OWNED.search(head)
    name = found["name"] if found is not None else None
    owned = found is not None and looks_like_name(name or "")
    if not owned:
        found = _PAREN.search(head)
        name = (found["name"] or found["name2"]) if found is not None else None
        if found is None or not looks_like_name(name or ""):
            return _quoted_talk(head)
    quoted = _QUOTED.search(head, found.end(), found.end() + 8) or _QUOTED.search(head, found.end())
    if quoted is not None and quoted.start() - found.end() <= 4:
        return quoted["title"].strip(" ,."), (name,)  # type: ignore[return-value]
    if owned:  # "Kenji Morita's prototyping talk": the words say whose talk, not its title
        return found.group(0).strip(), (name,)  # type: ignore[return-value]
    topic = _ARTICLE.sub("", found["topic"].strip() + " ", count=1).strip()
    # "Loved the keynote by Maya Lindgren": the kind of talk is all it names
    return (topic or found["kind"].capitalize()), (name,)  # type: ignore[return-value]


def _quoted_talk(head: str) -> tuple[str, tuple[str, ...]] | None:
    """A quoted title with its speaker beside it: '"The design critique is dead" by Hannah
    Brooks was …'."""
    if '"' not in head and "“" not in head:
        return None
    from summit_tui.corpus.chat_cues import named_talk

    sentence = head.split(". ", 1)[0]
    return named_talk(sentence)


def forum_parts(body: str) -> list[ChatPart] | None:
    """The talks of a megathread (see the module's docstring) as parts, [] when no top-level
    comment names one, None when the body is no thread of comments."""
    lines = body.split("\n")
    comments = _comments(lines)
    if len(comments) < _MIN_COMMENTS or not any(c.depth == 1 for c in comments):
        return None
    tops = [c for c in comments if c.depth == 1]
    parts: list[ChatPart] = []
    for index, comment in enumerate(tops):
        talk = comment_talk(comment.text)
        if talk is None:
            continue
        end = tops[index + 1].start if index + 1 < len(tops) else len(lines)
        title, speakers = talk
        part = ChatPart(EntryKind.SESSION, title, comment.text[:200], speakers, comment.start,
                        end, None, None)  # fmt: skip
        parts.append(part)
    return parts
