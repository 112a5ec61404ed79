"""The entries of a note of a shape a reader of its own knows (a chat export, mail, a social
thread, a live blog, a pasted schedule, …): that reader's parts as entries, each a talk or a
booth, the rest of the note unsorted; none when the note is not of that shape."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summit_tui.corpus.model import Entry, EntryKind, Note
from summit_tui.corpus.part_entries import make_entry, part_entries

if TYPE_CHECKING:
    from summit_tui.corpus.chat_export import ChatPart


def chat_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A channel export's threads as entries (chat_export says which), the chatter between
    them as unsorted ones; none when no thread is about a talk or a booth."""
    from summit_tui.corpus.chat_export import chat_parts, is_chatter

    parts = chat_parts(body)
    if parts == [] and is_chatter(body, note.title):  # a chat room's talk about dinner
        whole = make_entry(note, lines, EntryKind.OTHER, note.title, (), 0, len(lines), (), "chat")
        return [whole] if whole is not None else []
    if not parts:
        return []
    return part_entries(note, lines, parts, chatter=True)


def mail_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """Mail's messages as entries (mail_thread says which talks they report), each message's
    other lines unsorted, by its sender; none when the note holds no message headers."""
    from summit_tui.corpus.mail_thread import mail_parts

    parts = mail_parts(body)
    if not parts:
        return []
    return part_entries(note, lines, parts, under_title=True)


def org_read(lines: list[str]) -> tuple[list[str], list[ChatPart] | None]:
    """An Org export's lines as the Markdown they stand for, and its talks (org_export)."""
    from summit_tui.corpus.org_export import org_lines, org_parts

    read = org_lines(lines)
    return read, org_parts(read)


def week_parts(note: Note, lines: list[str]) -> list[ChatPart] | None:
    """A weeknotes post's talks on their days (weeknotes says which)."""
    from summit_tui.corpus.weeknotes import week_parts

    return week_parts(note.title, note.date, lines)


def discourse_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A Discourse export's posts as entries (discourse_export says which are talks), each by
    its poster; none when the note holds no post headers."""
    from summit_tui.corpus.discourse_export import discourse_parts

    parts = discourse_parts(body)
    if not parts:
        return []
    return part_entries(note, lines, parts, under_title=True)


def live_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A live blog's talks as entries (live_blog says which), its other updates unsorted."""
    from summit_tui.corpus.live_blog import live_parts, stamped

    if not stamped(body):
        return []
    parts = live_parts(body, note.title)
    if not parts:
        return []
    return part_entries(note, lines, parts)


def sentence_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A diary's paragraphs that open by naming a talk as entries (talk_sentences says
    which), the rest unsorted."""
    from summit_tui.corpus.talk_sentences import daily_note, sentence_parts

    parts = sentence_parts(body, daily_note(note.path))
    if not parts:
        return []
    return part_entries(note, lines, parts)


def takeaway_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """An article's takeaways that name a talk as entries (article_takeaways says which), the
    rest unsorted."""
    from summit_tui.corpus.article_takeaways import takeaway_parts

    parts = takeaway_parts(body)
    if not parts:
        return []
    return part_entries(note, lines, parts)


def essay_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """An essay's sections that open by naming a talk as entries (essay_sections says
    which), the rest unsorted."""
    from summit_tui.corpus.essay_sections import essay_parts

    parts = essay_parts(body)
    if not parts:
        return []
    return part_entries(note, lines, parts)


def recap_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A day-by-day prose recap's paragraphs that name a talk as entries on their section's
    day (day_recaps says which), the rest unsorted."""
    from summit_tui.corpus.day_recaps import recap_parts

    if body.startswith("#") + body.count("\n#") < 2:
        return []
    parts = recap_parts(lines, body)
    if not parts:
        return []
    return part_entries(note, lines, parts)


def lettered_entries(note: Note, lines: list[str]) -> list[Entry]:
    """A report's lettered talk paragraphs ("a) *Title* (Name), lundi 2 septembre :") as
    entries on their days (lettered_talks says which), the rest unsorted."""
    from summit_tui.corpus.lettered_talks import lettered_parts

    parts = lettered_parts(lines)
    return part_entries(note, lines, parts) if parts else []


def survey_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A survey response's answers about a session as entries of the sessions they name
    (survey_answers says which), the other questions and answers unsorted."""
    from summit_tui.corpus.survey_answers import survey_parts

    parts = survey_parts(body, lines)
    return part_entries(note, lines, parts) if parts else []


def social_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A social thread's talks as entries (social_thread says which), its other posts
    unsorted; a thread that names no talk is one unsorted entry."""
    from summit_tui.corpus.social_thread import social_parts, thread_writer

    parts = social_parts(body)
    if parts is None:
        return []
    writer = thread_writer(body)  # the thread's posts between its talks are theirs too
    if not parts:
        whole = make_entry(
            note,
            lines,
            EntryKind.OTHER,
            note.title,
            (),
            0,
            len(lines),
            (),
            "thread",
            None,
            None,
            writer,
        )
        return [whole] if whole is not None else []
    return part_entries(note, lines, parts, writer, under_title=True)


def post_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A social-network post's talks and booths as entries (social_post says which), its
    other paragraphs and the comments under it unsorted, by the post's writer."""
    from summit_tui.corpus.social_post import post_parts

    parts = post_parts(body)
    if not parts:
        return []
    return part_entries(note, lines, parts, parts[0].author, under_title=True)


def scrap_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A scrap's talks as entries (scrap_comments says which), its other comments unsorted,
    by the scrap's writer."""
    from summit_tui.corpus.scrap_comments import scrap_parts, scrap_writer

    parts = scrap_parts(body)
    if not parts:
        return []
    return part_entries(note, lines, parts, scrap_writer(body, parts), under_title=True)


def forum_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A megathread's talks as entries (forum_thread says which), its other comments
    unsorted; a thread whose comments name no talk is one unsorted entry."""
    from summit_tui.corpus.forum_thread import forum_parts

    return _parts_or_whole(note, lines, forum_parts(body), "thread")


def _parts_or_whole(
    note: Note, lines: list[str], parts: list[ChatPart] | None, fragment: str
) -> list[Entry]:
    """The entries of a note's parts as a shape's reader gave them; none when it is not of
    that shape (``parts`` None); when none of its parts names a talk, the whole note as one
    unsorted entry (its id's ``fragment``: "thread", "episode")."""
    if parts is None:
        return []
    if not parts:
        whole = make_entry(
            note, lines, EntryKind.OTHER, note.title, (), 0, len(lines), (), fragment
        )
        return [whole] if whole is not None else []
    return part_entries(note, lines, parts, under_title=True)


def podcast_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """An episode's talks as entries (podcast_notes says which), its other chapters unsorted;
    an episode whose chapters name no talk is one unsorted entry."""
    from summit_tui.corpus.podcast_notes import podcast_parts

    return _parts_or_whole(note, lines, podcast_parts(body), "episode")


def schedule_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A pasted schedule's slots with notes under them, or a newsletter issue's talk blurbs,
    as entries (schedule_paste says which); the rest of the note unsorted."""
    from summit_tui.corpus.schedule_paste import schedule_parts

    parts = schedule_parts(body, lines)
    if not parts:
        return []
    return part_entries(note, lines, parts, under_title=True)


def sheet_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A session chair's run sheet's talks as entries (run_sheet says which), or a report's
    table of talks (talk_rows), the rest of the note unsorted."""
    from summit_tui.corpus.run_sheet import run_sheet_parts

    parts = run_sheet_parts(body, lines)
    if parts is None:  # a report's table of the talks seen, a row each
        from summit_tui.corpus.talk_rows import table_talk_parts

        parts = table_talk_parts(body, lines)
    return part_entries(note, lines, parts, under_title=True) if parts else []


def thread_entries(note: Note, body: str, lines: list[str]) -> list[Entry]:
    """A GitHub issue's or discussion's talks as entries (issue_thread says which), the rest
    of its posts unsorted; a thread that names no talk is one unsorted entry."""
    from summit_tui.corpus.issue_thread import thread_parts, thread_talk

    parts = thread_parts(body)
    if parts is None:
        return []
    if not parts:
        talk = thread_talk(note.title)  # 'Notes: "Title" (Name) #17': the thread is that talk
        kind, title, speakers = (
            (EntryKind.SESSION, *talk) if talk else (EntryKind.OTHER, note.title, ())
        )
        whole = make_entry(note, lines, kind, title, (title,), 0, len(lines), speakers, "thread")
        return [whole] if whole is not None else []
    return part_entries(note, lines, parts)
