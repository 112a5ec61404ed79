"""Cheap pre-checks for the shapes of notes saved from media (podcast show notes, forum
megathreads, scraps of dated comments, social-network posts and threads, live blogs): an
``in`` test or two each, or a pattern tried on a few lines, so that the modules reading those
shapes are imported only for a note that may be one."""

from __future__ import annotations

import re

from summit_tui.lazy_re import lazy

_GLOBES = ("🌐", "🌏", "🌍", "🌎")
_POST_TOP = 300  # where a social post's stamp line is
_SCRAP_TOP = 1000  # where a scrap's first comment is dated
_FORUM_TOP = 1500  # where a thread's post or first comment names its writer
_PODCAST_TOP = 6000  # where an episode's chapters list opens, before its transcript
_MIN_COMMENTS = 3
_ORG_TOP = 3000  # where an Org export's first anchor or timestamp is
_DISCOURSE_TOP = 600  # where a raw export's first post header is (a title line may be above)


def may_be_podcast(body: str) -> bool:
    """The first chapter's stamp ("00:00 Intro"), which every episode's chapters list opens
    with, above its transcript (most notes have none; ``find`` in bounds copies nothing)."""
    return body.find("00:00", 0, _PODCAST_TOP) >= 0


def may_be_forum(body: str) -> bool:
    """A writer "u/…" near the top (the post's or the first comment's) and a comment's depth
    line "level 1" (most notes have neither)."""
    return body.find("u/", 0, _FORUM_TOP) >= 0 and "\nlevel " in body


def may_be_scrap(body: str) -> bool:
    """A line near the top opens with a year of this century (the first comment's date), and
    three lines at least do."""
    return body.find("\n20", 0, _SCRAP_TOP) >= 0 and body.count("\n20") >= _MIN_COMMENTS


def may_be_post(body: str) -> bool:
    """A globe (who may see the post) on its stamp line near the top."""
    top = body[:_POST_TOP]
    return any(globe in top for globe in _GLOBES)


_MIN_POSTS = 3  # a social thread's posts
MIN_STAMPS = 3  # a live blog's updates


def may_be_social(body: str) -> bool:
    """A social thread: three handles at least, or a post counted "1/" opening a paragraph
    (most notes have neither)."""
    if body.count("@") >= _MIN_POSTS:
        return True
    return body.count("/") >= _MIN_POSTS and (
        "\n1/" in body
        or "\n(1/" in body
        or "\n🧵 1/" in body
        or "\n**1/" in body
        or body.startswith(("1/", "(1/", "**1/"))
    )


# the first characters ``_QUICK`` may see after its spaces, in either case ("ᲂ" is the
# narrow "о" a case-blind match takes for it)
_QUICK_OPENERS = frozenset("#*_[(uU업оОᲂ")
# a line that may open with a stamp: a heading, bold, a bracket or "update", then a time
_QUICK = lazy(
    r"^[ \t]{0,3}(?:#{1,6}[ \t]|\*|__|\[|\(|>|[-+][ \t]|🔴|🟥|⏺|【|更新"
    r"|(?i:upd|live|업데이트|обнов))[^\n]{0,24}?"
    r"\d(?:[:.h][0-5]\d|[ \t]?시)",
    re.MULTILINE,
)
# how far into a line ``_QUICK``'s match may reach: 3 spaces, a 7-character opener
# ("###### "), 24 characters, then "9:30"
_QUICK_REACH = 38


# ``_QUICK``'s time, which its match ends with: looked for first, in the part of a line the
# match may reach (most lines that open as a stamp may, a bullet or a heading, hold none)
_TIME = lazy(r"\d(?:[:.h][0-5]\d|[ \t]?시)")


def may_be_live(body: str, lines: list[str] | None = None) -> bool:
    """A live blog: three lines at least that may open with an update's stamp (live_blog's
    ``stamped`` then reads them). ``lines``: the body's lines, where the caller has them."""
    if body.count(":") + body.count(".") < MIN_STAMPS:
        return False
    found = 0
    # line by line, a line only when it opens as ``_QUICK``'s may: a multiline scan tries
    # every character of the body
    for line in body.split("\n") if lines is None else lines:
        if (
            line.lstrip(" \t")[:1] in _QUICK_OPENERS
            and _TIME.search(line, 0, _QUICK_REACH) is not None
            and _QUICK.match(line) is not None
        ):
            found += 1
            if found >= MIN_STAMPS:
                return True
    return False


def may_be_discourse(body: str) -> bool:
    """A Discourse raw export's post header ("user | 2024-10-26 09:41:19 UTC | #3") near the
    top (its rarer letters first: a search for the space before them stops at every word)."""
    return body.find("UTC | #", 0, _DISCOURSE_TOP) >= 0


def org_stamped(body: str) -> bool:
    """An Org-mode export's timestamp span near the top (after its contents, when it has
    them): ``<span class="timestamp-wrapper">``."""
    return body.find('class="timestamp', 0, _ORG_TOP) >= 0


def may_be_weeknotes(title: str) -> bool:
    """A title that says a week ("Weeknotes 2024-W43", "Week 12", "주간 기록", "Wochennotizen",
    "Semaine 43", "Semana 43", "Settimana 43", "第43週")."""
    return (
        "eek" in title
        or "EEK" in title
        or "주간" in title
        or "oche" in title
        or "emain" in title
        or "eman" in title
        or "ettiman" in title
        or "週" in title
    )
