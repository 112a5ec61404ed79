"""Cheap pre-checks for the shapes of notes saved from media (podcast show notes, forum
megathreads, scraps of dated comments, social-network posts): an ``in`` test or two each, so
that the modules reading those shapes are imported only for a note that may be one."""

from __future__ import annotations

_GLOBES = ("🌐", "🌏", "🌍", "🌎")
_POST_TOP = 300  # where a social post's stamp line is
_SCRAP_TOP = 1000  # where a scrap's first comment is dated
_FORUM_TOP = 1500  # where a thread's post or first comment names its writer
_PODCAST_TOP = 6000  # where an episode's chapters list opens, before its transcript
_MIN_COMMENTS = 3


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
