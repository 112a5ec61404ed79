"""Note → entries: which part of a note is about which talk, booth, or nothing in particular.

The note is parsed with markdown-it (ATX and setext headings, lists, blockquotes and
code fences come out right) and its headings form a tree. Headings such as
``EXHIBITION``, ``booths``, ``부스`` or ``Keynote``, ``세션``, ``발표`` are *context*:
what sits under them is a booth or a session. The headings directly under a context
are the *units* (one entry each); everything deeper belongs to its unit — a bold
numbered paragraph or a ``####`` inside a talk is a sub-point, not a new talk —
unless the program lists that sub-heading as an item of its own. A context heading's
own text (an intro, a table of contents) is an ``other`` entry. A list of booths
under a booth heading gives one entry per bullet. A note without any structure is
one ``other`` entry.

Entry ids are ``<note path>#<slug of the heading path>`` so that annotations survive
reloads; a repeated path gets ``~2``, ``~3``.

What a note's blocks are (``blocks``) and what a heading's words say (``heading_kinds``)
live in modules of their own; this module walks the heading tree and makes the entries.
So do the entries of a note of a shape with a reader of its own (``shape_entries``: a chat
export, mail, a social thread, …) or of a journal export (``journal_notes``), how entries are
made of lines (``part_entries``), and the lines a walk asks about: a phone note's talk lines
(``phone_lines``), day lines over bold talks (``day_lines``), a post's subtitle
(``post_subtitles``), the line under a talk's heading (``lead_lines``), update and break lines
(``update_lines``), a section of links or to-dos (``link_lists``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache, partial
from typing import TYPE_CHECKING

from summit_tui.corpus.article_takeaways import may_list_takeaways
from summit_tui.corpus.assistant_chat import asked_lines, asked_turns, quoted_talk, same_talk
from summit_tui.corpus.blocks import Heading, Inline, firmly_named, heading_tree, parse_blocks
from summit_tui.corpus.board_export import board_parts, may_be_board
from summit_tui.corpus.bold_leads import slot_heading
from summit_tui.corpus.cache import Asked
from summit_tui.corpus.chat_export import may_be_chat
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dated_bullets import dated_bullets
from summit_tui.corpus.dates import day_number, find_dates, is_date_word
from summit_tui.corpus.day_lines import with_day_lines
from summit_tui.corpus.demo_sections import demo_starts, finals_heading
from summit_tui.corpus.essay_sections import argued_essay, may_be_essay
from summit_tui.corpus.event_names import (
    event_phrases,
    name_in_any_case,
    only_an_event,
    strip_event,
    without_event,
)
from summit_tui.corpus.footer import footer_start
from summit_tui.corpus.heading_kinds import (
    NAMES_TALK_KIND,
    ONE_TALK_KIND,
    TALK_TITLE,
    booth_in_prose,
    booth_in_section,
    booth_named_in,
    booth_subject,
    booths_alone,
    booths_over_a_break,
    context_kind,
    dated_session,
    day_at_place,
    day_heading,
    day_led_session,
    day_prefix,
    fold_parts,
    generic_heading,
    genitive_kept,
    is_booth_word,
    is_group_heading,
    meal_then_booths,
    names_booth_place,
    names_no_booth,
    names_people,
    only_a_day,
    own_section,
    says_several_talks,
    section_author,
    speaker_in_heading,
    starts_with_a_day,
    talk_marked,
    talk_part,
    talk_title,
    titled_by_a_day,
    unconf_section,
    weekday_session,
    without_booth_word,
    without_notes_word,
    yesterday_hint,
)
from summit_tui.corpus.issue_thread import may_be_thread
from summit_tui.corpus.journal_export import may_be_journal
from summit_tui.corpus.journal_notes import journal_note_entries
from summit_tui.corpus.kind_speaker import kind_and_speaker
from summit_tui.corpus.lead_lines import byline_day, lead_line, signed_by
from summit_tui.corpus.link_lists import only_links
from summit_tui.corpus.mail_thread import may_be_mail
from summit_tui.corpus.marked_sessions import marked_talks
from summit_tui.corpus.media_gates import (
    may_be_discourse,
    may_be_forum,
    may_be_live,
    may_be_podcast,
    may_be_post,
    may_be_scrap,
    may_be_social,
    may_be_weeknotes,
    org_stamped,
)
from summit_tui.corpus.meeting_recaps import (
    SESSION_FIRSTS,
    SESSION_HEADING,
    later_sessions,
    session_section,
)
from summit_tui.corpus.minutes_pages import minutes_head, minutes_page, session_title
from summit_tui.corpus.model import (
    Entry,
    EntryKind,
    ItemKind,
    Note,
    Problem,
    Program,
    Severity,
    stored_body,
)
from summit_tui.corpus.name_forms import name_or_part
from summit_tui.corpus.names import (
    TWO_PEOPLE_MARKS,
    clock_time,
    dash_people,
    heading_title,
    leading_time,
    looks_like_name,
    normalize,
    paren_people,
    paren_tag,
    slug,
    split_title,
    titles_alike,
)
from summit_tui.corpus.no_talk import (
    about_no_talk,
    diary_title,
    plans_to_see,
    proposes_talks,
    session_board,
)
from summit_tui.corpus.numbered_bold import bold_headings
from summit_tui.corpus.paper_sessions import may_list_papers, paper_item, paper_session
from summit_tui.corpus.part_entries import Utf8Lines, make_entry, part_entries
from summit_tui.corpus.phone_lines import plain_talks, timed_talks
from summit_tui.corpus.post_subtitles import sentence_subtitle, subtitle, subtitle_over_byline
from summit_tui.corpus.prose_booths import BOOTHS_IN_PROSE
from summit_tui.corpus.section_days import (
    closing_day,
    own_day,
    row_day,
    row_speakers,
    schedule_day,
    schedule_rows,
    table_days,
    table_speakers,
)
from summit_tui.corpus.shape_entries import (
    chat_entries,
    discourse_entries,
    essay_entries,
    forum_entries,
    lettered_entries,
    live_entries,
    mail_entries,
    org_read,
    podcast_entries,
    post_entries,
    recap_entries,
    schedule_entries,
    scrap_entries,
    sentence_entries,
    sheet_entries,
    social_entries,
    survey_entries,
    takeaway_entries,
    thread_entries,
    week_parts,
)
from summit_tui.corpus.speaker_labels import holds_two_stems, label_alternation
from summit_tui.corpus.speakers import (
    affiliated_speakers,
    find_speakers,
    heading_speakers,
    line_speakers,
    mentioned_speakers,
)
from summit_tui.corpus.talk_bullets import bold_talk, bold_talk_lines, convener_in, without_convener
from summit_tui.corpus.talk_sentences import may_name_talks
from summit_tui.corpus.talk_transcripts import recorded_talk
from summit_tui.corpus.time_prefix import (
    night_word,
    paren_weekday,
    prefix_weekday,
    weekday_talk,
)
from summit_tui.corpus.update_lines import (
    break_title,
    talk_sharing_most,
    update_and_break_lines,
    update_words,
)
from summit_tui.corpus.walk_booths import paragraph_booth, walk_heading
from summit_tui.corpus.walk_transcripts import walk_entries
from summit_tui.lazy_re import lazy

if TYPE_CHECKING:
    from summit_tui.corpus.diary_bullets import DiaryBullet
    from summit_tui.corpus.link import ProgramIndex

_STRONG = 88.0  # a title this close to a program item is about that item
# What a line naming a talk's speaker holds: a label's colon, a speaker emoji, a label word
_SPEAKER_MARKS = (
    ":", "：", "🎤", "👤", "🗣", "발표", "연사", "peaker", "By ", "by ", "Par ", "Von ", "｜",
)  # fmt: skip
# "(Okafor & Tanaka)", "(Weiss)", "(Fischer & Álvarez)", "(Brandt, Ivanova)": one or two
# capitalised words, each a surname, closing a heading
# (a Thai given name alone, with or without its title: "(ธนกร)", "(ดร.พิมพ์ชนก)")
_SURNAME_PAREN = lazy(
    r"\s\((?:[A-ZÀ-Þ][a-zß-ÿ'’-]+)(?:\s*(?:&|,|and|und|y|et|e)\s*[A-ZÀ-Þ][a-zß-ÿ'’-]+)?\)$"
    r"|\s\((?:ดร\.|คุณ|อาจารย์|อ\.)?[\u0e01-\u0e4e]{3,20}\)$"
)


def _surnames(text: str) -> tuple[str, ...]:
    """The surnames a heading's parenthesis names: "… (Okafor & Tanaka)" → both."""
    match = _SURNAME_PAREN.search(text)
    if match is None:
        return ()
    inner = match.group(0).strip()[1:-1]
    return tuple(n for n in (p.strip() for p in _SURNAME_JOIN.split(inner)) if n)


# A bullet written as a sentence: a lower-case word, then two more ("- a többi standnál csak
# kávé volt", "- coffee stand ran out by 11"); a booth's bullet opens with its name.
_BULLET_MARK = lazy(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+")
# a booth's bullet naming it in bold first, or after a few words saying where ("- At **Nokia**
# …", "- A l'estand de **Xiaomi** …", "- Bei **SAP** …"): a capital opens a name found later
_BOLD_FIRST = lazy(
    r"^\s*[-*+•]\s+(?:\*\*(?P<name>[^*\n]{2,40}?)|(?P<lead>[^*\n]{1,24}?)[ \t']\*\*"
    r"(?P<later>[^\W\d_a-z][^*\n]{1,39}?))\*\*[ \t]+\S"
)
_SENTENCE_BULLET = lazy(r"^[-*+]?\s*[a-zß-ÿа-я][\w'’-]*\s+\S+\s+\S+")
_SURNAME_JOIN = lazy(r"\s*(?:&|,|\band\b|\bund\b|\by\b|\bet\b|\be\b)\s*")
# the talks its writer heard, in a title: "들은 세션 메모", "Sessions attended"
_HEARD = lazy(r"들은|들었던|참석한|(?i:\battended\b|\bheard\b)")
# A line that may name a booth in its prose (booth_in_prose tells), after a line break
_BOOTH_WORDS = ("tand", "ooth", "부스", "ian hàng")  # one in every _NEXT_BOOTH_HINT match
# or Swahili's "banda la …" (the stand of), looked for only in a note whose headings are
# Swahili's days ("## Siku ya Pili — Jumanne"): another scan of every note's text costs
_SWAHILI_DAY = "iku ya "
_NEXT_BOOTH_HINT = lazy(r"\n[^\n]*?(?:tand|ooth|부스|ian hàng|banda )")
_LEAD_LINES = 2  # lines a post opens with before the heading of the talk it is about
_OPENING_LINES = 12  # where a post about one talk says whose talk it was
# The words that join two topics in a title ("CSS och tillgänglighet", "signals and flaky tests")
_JOINING_WORDS = (
    " and ", " och ", " und ", " et ", " y ", " e ", " ja ", " og ", " oraz ", " ve ",
    " и ", " і ", " és ", " și ", " và ", " dan ", " & ", " + ", " 그리고 ", " 및 ",
)  # fmt: skip
# Polish, Catalan, Croatian "i" ("CI i testy") only as written: lowered, English "I" would join
# ("what I saw, by venue" names no two topics)
_JOINING_I = " i "
# A line that may name a speaker by a label ("발표: 김도윤", "<p>Speaker: Ann</p>"), after a
# line break
_NEXT_LABEL_LINE = lazy(
    rf"\n[^\n]{{0,40}}?(?i:{label_alternation()})[^\n:：｜]{{0,12}}[:：｜][^\n]*"
)
_TAG = lazy(r"<[^>\n]{1,200}>")
_SUBJECT = lazy(
    r"^\s*(?P<name>[A-Za-z][A-Za-z0-9.&+\-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.&+\-]*){0,4}?)"
    r"\s*(?:에서는|에서|사는|사의|은|는|이|가|의|[,:(])"
)


_TITLE_MIN = 3  # a shorter title is no title a heading can hold with its event's name


def segment_note(
    note: Note, program: Program | None, body: str | None = None, asked: Asked | None = None
) -> tuple[list[Entry], list[Problem]]:
    """Split a note into entries. Never raises: odd Markdown still gives entries.
    ``body``: the note's body, where the caller has it as text (a body stored as UTF-8
    would be decoded again to read it); ``asked`` is told what it worked out on its way."""
    try:
        if body is None:
            body = note.body
        lines = body.split("\n")  # once: every reader below takes these and changes none
        chat_like = note.chat_like  # asked by the loader of this body (None: not asked)
        anchored = "</a>" in body
        if anchored:
            lines = _without_anchors(lines)
        # Org-mode exported to Markdown (its anchors, or its timestamps): its own marks are
        # no text
        if (anchored and '<a id="org' in body) or org_stamped(body):
            lines, talks = org_read(lines)
            body = "\n".join(lines)
            chat_like = None
            if note.published and talks:
                return part_entries(note, lines, talks, under_title=True), []

        if (
            note.dates  # the loader dates an export by its entries
            and may_be_journal(body)
            and (journal := journal_note_entries(note, lines, partial(_read_entry, program)))
        ):
            return journal, []  # a journaling app's export: each entry a note of its own
        if note.published and may_be_thread(body) and (thread := thread_entries(note, body, lines)):
            return thread, []  # a GitHub issue or discussion: talks inside its posts
        if (
            note.published
            and may_be_discourse(body)
            and (posts := discourse_entries(note, body, lines))
        ):
            return posts, []  # a Discourse topic's raw export: a talk per post naming one
        if note.published and may_be_board(body) and (cards := board_parts(lines)):
            return part_entries(note, lines, cards, under_title=True), []  # a task board
        if note.published and may_be_mail(body) and (mail := mail_entries(note, body, lines)):
            return mail, []  # mail: each message by its sender, talks named in its lines
        if note.published and may_be_social(body) and (posts := social_entries(note, body, lines)):
            return posts, []  # a Mastodon, Bluesky or X thread: a talk per thread or post
        if note.published and may_be_post(body) and (posted := post_entries(note, body, lines)):
            return posted, []  # a social-network post: a talk or booth per paragraph naming one
        if note.published and may_be_scrap(body) and (dated := scrap_entries(note, body, lines)):
            return dated, []  # a scrap of dated comments: a talk per comment naming one
        if note.published and may_be_forum(body) and (said := forum_entries(note, body, lines)):
            return said, []  # a forum megathread: a talk per top-level comment naming one
        if (
            note.published
            and may_be_podcast(body)
            and (aired := podcast_entries(note, body, lines))
        ):
            return aired, []  # an episode's chapters over its transcript: a talk per chapter
        if note.published and (pasted := schedule_entries(note, body, lines)):
            return pasted, []  # a schedule pasted with notes under its talks, a newsletter
        if note.published and "|" in body and (sheet := sheet_entries(note, body, lines)):
            return sheet, []  # a chair's run sheet: a table of papers, a heading per presenter
        if (
            note.published
            and (may_be_chat(body) if chat_like is None else chat_like)
            and (chat := chat_entries(note, body, lines))
        ):
            return chat, []  # a Slack or Discord channel's export: a talk per thread
        if (
            note.published
            and may_be_live(body, lines)
            and (live := live_entries(note, body, lines))
        ):
            return live, []  # a live blog: a talk per run of updates after it begins
        if (
            note.published
            and may_list_takeaways(body)
            and (taken := takeaway_entries(note, body, lines))
        ):
            return taken, []  # an article's bold numbered takeaways, each naming its talk
        if (
            note.published
            and may_name_talks(body, note.path)
            and (said := sentence_entries(note, body, lines))
        ):
            return said, []  # a diary's paragraphs that open by naming a talk
        if note.published and may_be_essay(body) and (essay := essay_entries(note, body, lines)):
            return essay, []  # an essay's sections between breaks, each opened by its talk
        if note.published and may_be_weeknotes(note.title) and (week := week_parts(note, lines)):
            return part_entries(note, lines, week), []  # weeknotes: talks on their days
        if note.published and (recap := recap_entries(note, body, lines)):
            return recap, []  # a prose recap, a section per day: a talk per paragraph naming one
        if (
            note.published
            and note.path[-4:] in _TEXT_SUFFIXES
            and (memo := walk_entries(note, lines))
        ):
            return memo, []  # a voice memo walking past the booths: a booth per turn
        segmenter = _Segmenter(note, program, body, lines)
        entries = segmenter.run()
        if (
            note.path[-4:] in _TEXT_SUFFIXES
            and not segmenter.no_talk
            and all(entry.kind is EntryKind.OTHER for entry in entries)
            and (talk := recorded_talk(note, lines))
        ):
            entries = talk  # a talk recorded from the audience: one voice says most of it
        if asked is not None:
            asked.no_talk = segmenter.no_talk
        return entries, []
    except Exception as error:  # the note must still be readable whatever went wrong
        lines = note.body.split("\n")
        entry = make_entry(note, lines, EntryKind.OTHER, note.title, (), 0, len(lines), (), "note")
        problem = Problem(
            note.path,
            None,
            Severity.WARNING,
            f"could not find the entries of this note ({type(error).__name__}: {error})",
            "whole note kept as one unsorted entry",
        )
        return ([entry] if entry else []), [problem]


def _read_entry(
    program: Program | None, note: Note, lines: list[str], no_talk: bool | None
) -> list[Entry]:
    """The entries of one note of a journal export's, ``no_talk`` what its title and text say."""
    segmenter = _Segmenter(note, program, note.body, lines)
    segmenter.no_talk = no_talk
    return segmenter.run()


# An HTML anchor alone on its line, which a knowledge-base export puts before each heading
# (`<a name="kYx3m"></a>`): a link target the page does not show, so no text of a section
_ANCHOR_LINE = lazy(r"\s*<a\s+(?:name|id)=[\"'][^\"'<>]{0,80}[\"']\s*>\s*</a>\s*")


# What a Chinese sentence has and a company's name does not: "顺便领了贴纸" (got stickers),
# "还有几家厂商，没细看" (a few more vendors, didn't look)
_HAN_SENTENCE_MARKS = ("，", "。", "了", "！")


# A plain-text note's name ends so (a transcription tool's .txt): the only ones that may be
# a voice memo's turns
_TEXT_SUFFIXES = (".txt", ".TXT")


# What stands between a talk's kind and its speaker: "Keynote: Name", "Keynote — Name"
_KIND_SEPARATORS = (":", "：", "—", "–", "-")


def _han_sentence(text: str) -> bool:
    """A bullet in Chinese that is a remark, not a name: a clause's comma, a full stop or the
    particle of something done."""
    bare = text.lstrip("-*+ ")
    return "\u4e00" <= bare[:1] <= "\u9fff" and holds_any(bare, _HAN_SENTENCE_MARKS)


def _without_anchors(lines: list[str]) -> list[str]:
    """``lines`` with each anchor-only line as blank (spaces of its length, so every offset
    into the body stays where it was)."""
    return [
        " " * len(line) if line[:3] in ("<a ", " <a") and _ANCHOR_LINE.fullmatch(line) else line
        for line in lines
    ]


def _without_speaker_headings(headings: list[Heading]) -> list[Heading]:
    """The headings but those naming the speaker of the heading above them ("## 세션 1: 캐시
    전략" over "### 발표자: 홍길동 (우아한형제들)", "### Speaker: Jane Doe"): a label's line set
    as a heading, part of its talk, not a talk of its own."""
    if not any(":" in h.text or "：" in h.text for h in headings[1:]):
        return headings  # most notes: no heading after the first has a colon
    kept: list[Heading] = []
    for heading in headings:
        parent = kept[-1] if kept else None
        if parent is not None and parent.level < heading.level and heading_speakers(heading.text):
            continue
        kept.append(heading)
    return kept


class _Segmenter:
    def __init__(
        self,
        note: Note,
        program: Program | None,
        body: str | None = None,
        lines: list[str] | None = None,
    ) -> None:
        self.note = note
        if body is None:
            body = note.body
        self.body = body  # the note's body as text (note.body may decode it again)
        self.lines = body.split("\n") if lines is None else lines
        # a blog page's footer below the post (its buttons, its readers' comments): no talk's
        self.cut = footer_start(body, self.lines) if note.published else None
        self.parsed = parse_blocks(body, self.lines)
        stored = stored_body(note)
        self.utf8 = Utf8Lines(stored) if type(stored) is bytes else None
        self.inline_starts = [i.start for i in self.parsed.inlines]
        self.index: ProgramIndex | None = None
        self.event: str | None = None
        if program is not None and any(True for _ in program.items()):
            from summit_tui.corpus.link import program_index

            self.index = program_index(program)
            self.event = self.index.resolve_event(note)
        self.entries: list[Entry] = []
        self.ids: set[str] = set()
        self.title_heading: Heading | None = None
        self.author_sections: frozenset[int] = frozenset()  # see _author_sections
        self.section_authors: dict[str, str] = {}  # their headings → the names they give
        self.author_names: frozenset[str] = frozenset()  # the names those sections give
        self.day_hints: dict[str, str] = {}
        # talks written as bullets that open with their day (corpus.dated_bullets): the day
        # of each by its heading's text, and their first lines
        self.bullet_days: dict[str, str] = {}
        self.bullet_starts: frozenset[int] = frozenset()
        # and those with the headings that open with their own day and time ("### Sat 3/9
        # 10:00 — Title — Name"): a section over nothing else is the room they were in
        self.slot_starts: frozenset[int] = frozenset()
        self.last_clocks: dict[str | None, str] = {}  # a day's last talk time (see _prefix_day)
        # a paper's bold or italic list item somewhere: without one, no heading is asked
        # whether it is a paper session (paper_sessions)
        self.may_list_papers = may_list_papers(body)
        self.table_days = table_days(self.lines) if "|" in body else {}
        self.schedule = schedule_rows(self.lines) if self.table_days else ()
        # "| Sat 1 Mar | Polars for pandas people | Nguyễn Minh Châu |": a row's speakers are
        # those of the section titled by its talk alone
        self.table_speakers = table_speakers(self.lines) if "|" in body else {}
        # lines that open by naming a booth ("Au stand de Clever Cloud …"), by line number
        self.booth_names: dict[int, str] = {}
        if note.published and (
            holds_any(body, _BOOTH_WORDS)
            or (any(_SWAHILI_DAY in h.text for h in self.parsed.headings) and "banda " in body)
        ):
            for number, line in _lines_matching(_NEXT_BOOTH_HINT, body):
                if (name := booth_in_prose(line)) is not None:
                    self.booth_names[number] = genitive_kept(name, line, body)
        self.booth_lines = sorted(self.booth_names)
        # lines that add to the notes after the talks ("**Update 18:40** — …", "추가 (8/3): …")
        # and lines about a break between talks ("Lunch: …", "점심: …"), by line number
        self.update_lines, self.break_lines = update_and_break_lines(body, self.lines)
        self.talk_default = False
        # headings naming their session, then its day in brackets, where there are two or more
        self.dated_starts: frozenset[int] = frozenset()
        self.dated_count = 0
        self.day_led: list[Heading] = []  # bold lines naming their day, then their session
        self.own_sections: frozenset[int] = frozenset()  # a dated report's intro and closing
        # a meeting recap's sections about one session each ("## DNSOP: …"): their titles, and
        # the days their first sentences name ("El jueves por la tarde, …"), by line
        self.session_titles: dict[int, str] = {}
        self.prose_days: dict[int, str] = {}
        self.strong: dict[tuple[str, ItemKind | None], str | None] = {}
        self.talk_count: int | None = None
        # headings whose parenthesis names their talk's speakers by surname ("… (Weiss)")
        self.surnamed: frozenset[int] = frozenset()
        # sessions under an unconference's section ("## Open spaces" over "### Topic (Joris)"),
        # whose parenthesis names the convener
        self.convened: set[int] = set()
        # a phone note's talk lines naming their speaker by a surname alone ("Mavridis - …")
        self.phone_surnamed: frozenset[int] = frozenset()
        self.title_names_event: bool | None = None
        self.names_a_day: bool | None = None
        self.no_talk: bool | None = None
        self.title_left: str | None = None  # the title without its event (strip_event)
        # the names its event goes by, to tell a talk's title from the event's
        self.event_names = (*note.event_names, *event_phrases(note.title))
        self.title_booths: bool | None = None  # see _title_booths

    # -- output --------------------------------------------------------------------------

    def add(
        self,
        kind: EntryKind,
        title: str,
        path: tuple[str, ...],
        start: int,
        end: int,
        speakers: tuple[str, ...] = (),
        fragment: str | None = None,
        *,
        unnamed_booth: bool = False,
        updates: bool = True,
    ) -> None:
        """Add an entry; booths its prose names are entries of their own (``add_with_booths``)
        unless it is a booth already, or a booth heading that names none (``unnamed_booth``:
        "🧭 **부스 돌아본 것**" over "당근 부스에서 …" lines)."""
        if kind is EntryKind.SESSION and self.break_lines:
            low = bisect.bisect_right(self.break_lines, start)
            if low < len(self.break_lines) and self.break_lines[low] < end:
                # "Lunch: …" under a talk's heading: the talk ends there, the rest is no talk
                at = self.break_lines[low]
                self.add(kind, title, path, start, at, speakers, fragment, updates=updates)
                what = break_title(self.lines[at])
                self.add_one(EntryKind.OTHER, what, (*path, "break"), at, end)
                return
        if updates and self.update_lines and kind is not EntryKind.BOOTH:
            low = bisect.bisect_right(self.update_lines, start)
            if low < len(self.update_lines) and self.update_lines[low] < end:
                self.add_with_updates(kind, title, path, start, end, speakers, fragment)
                return
        if (kind is not EntryKind.BOOTH or unnamed_booth) and self.booth_lines:
            low = bisect.bisect_left(self.booth_lines, start)
            if low < len(self.booth_lines) and self.booth_lines[low] < end:
                self.add_with_booths(kind, title, path, start, end, speakers, fragment)
                return
        self.add_one(kind, title, path, start, end, speakers, fragment)

    def add_with_updates(
        self,
        kind: EntryKind,
        title: str,
        path: tuple[str, ...],
        start: int,
        end: int,
        speakers: tuple[str, ...],
        fragment: str | None,
    ) -> None:
        """Lines start..end with the update lines in them ("**Update 18:40** — slides for the
        structured concurrency talk …", "추가 (8/3): 장애 대응기 슬라이드 공개됨") each an entry of
        the talk of this note it names, or of none."""
        current = (title, path)
        named = [
            (n, talk)
            for n in self.update_lines
            if start < n < end
            and (talk := self._named_talk(self.lines[n], (title, path, kind)))
            not in (None, current)
        ]
        if not named:  # updates about this entry's own talk, or none in particular
            self.add(kind, title, path, start, end, speakers, fragment, updates=False)
            return
        self.add(kind, title, path, start, named[0][0], speakers, fragment, updates=False)
        for number, (line, talk) in enumerate(named):
            stop = named[number + 1][0] if number + 1 < len(named) else end
            assert talk is not None
            named_title, named_path = talk
            self.add_one(EntryKind.SESSION, named_title, (*named_path, "update"), line, stop)

    def _named_talk(
        self, line: str, current: tuple[str, tuple[str, ...], EntryKind]
    ) -> tuple[str, tuple[str, ...]] | None:
        """The talk of this note an update line names by the words of its heading: the one
        sharing most words with it, if only one does."""
        words = update_words(line)
        if not words:
            return None
        talks = [(e.title, e.heading_path) for e in self.entries if e.kind is EntryKind.SESSION]
        if current[2] is EntryKind.SESSION:
            talks.append((current[0], current[1]))
        return talk_sharing_most(words, talks)

    def add_with_booths(
        self,
        kind: EntryKind,
        title: str,
        path: tuple[str, ...],
        start: int,
        end: int,
        speakers: tuple[str, ...],
        fragment: str | None,
    ) -> None:
        """Lines start..end with the booths its prose opens lines by naming ("Allo stand di
        JetBrains …") as booth entries of their own, each to the end of its paragraph or the
        next such line; the text before them keeps ``kind`` unless only its heading is left."""
        lines = self.lines
        # not the part's own heading line ("### Allo stand di X" is a heading, not prose)
        booths = [
            n
            for n in self.booth_lines
            if start <= n < end and (n > start or not path or not self.lines[n].startswith("#"))
        ]
        if not booths:
            self.add_one(kind, title, path, start, end, speakers, fragment)
            return
        first = booths[0]
        head_kind = kind
        if path and not self._has_text(start + 1, first):
            head_kind = EntryKind.OTHER  # "### In giro per gli stand" over booths in prose
        self.add_one(head_kind, title, path, start, first, speakers, fragment)
        cursor = first
        for number, line in enumerate(booths):
            if line < cursor:
                continue
            stop = booths[number + 1] if number + 1 < len(booths) else end
            paragraph_end = next((n for n in range(line + 1, stop) if not lines[n].strip()), stop)
            name = self.booth_names[line]
            self.add_one(EntryKind.BOOTH, name, (*path, name), line, paragraph_end)
            cursor = paragraph_end
        if self._has_text(cursor, end):
            self.add_one(EntryKind.OTHER, title, path, cursor, end)

    def add_one(
        self,
        kind: EntryKind,
        title: str,
        path: tuple[str, ...],
        start: int,
        end: int,
        speakers: tuple[str, ...] = (),
        fragment: str | None = None,
    ) -> None:
        base = fragment or "/".join(slug(part) for part in path) or "intro"
        unique, number = base, 1
        while f"{self.note.path}#{unique}" in self.ids:
            number += 1
            unique = f"{base}~{number}"
        # "## 어제 … 들은 세션 복습" under a day page's "# 2024-10-31 TIL": the day before
        hint = yesterday_hint(path[-1]) if path else None
        if hint is None and self.bullet_days and path:  # "- **Sat 3/9 10:00 — Title …**"
            hint = self.bullet_days.get(path[-1])
        if hint is None and self.prose_days:  # "El jueves por la tarde, …" opening a session
            hint = self.prose_days.get(start)
        if hint is None and self.day_hints:  # most notes have no day headings
            hint = next((h for h in map(self.day_hints.get, reversed(path)) if h), None)
            if hint is not None and hint[:4] == "day:":
                hint = self._dated_day(path, hint)
        hint = hint or (day_prefix(path[-1]) if path else None)  # "## [Day1] Title"
        if hint is None and fragment is None and kind is not EntryKind.OTHER:
            # a talk's own date line or its row in the note's table of sessions
            hint = row_day(self.table_days, title) or own_day(self.lines, start, end)
            if hint is None and self.schedule:
                hint = schedule_day(self.schedule, title, lead_line(self.lines, start, end))
            if hint is None and path and path[-1][-1:] in _CLOSERS:
                hint = closing_day(path[-1])  # "## 4. 한국관 부스 운영 (10.14 월)"
            hint = hint or byline_day(self.lines, start, end)
        if path and kind is EntryKind.SESSION and fragment is None:
            hint = self._prefix_day(path[-1], hint)
        if (
            speakers
            and kind is EntryKind.SESSION
            and ":" in title[4:14]
            and (named := weekday_talk(title)) is not None
        ):
            title, weekday = named  # "## Tuesday: Title" over "*Speaker*"
            hint = hint or f"weekday:{weekday}"
        # the colleague whose section ("## 도윤") it sits in wrote it
        author = (
            next(filter(None, map(self.section_authors.get, path)), None)
            if self.section_authors
            else None
        )
        if author is not None and any(name_or_part(author, name) for name in speakers):
            author = None  # "## Jensen Huang" over his talk: the section names its speaker
        if author is None and speakers and self.note.author_guessed and kind is EntryKind.SESSION:
            # "*Tom*" under a shared doc's talk
            author = signed_by(self.lines, start, end, speakers)
        entry = make_entry(
            self.note,
            self.lines,
            kind,
            title,
            path,
            start,
            end,
            speakers,
            unique,
            hint,
            self.utf8,
            author,
        )
        if entry is not None:
            self.ids.add(entry.id)
            self.entries.append(entry)

    def _dated_day(self, path: tuple[str, ...], hint: str) -> str | None:
        """A day's number ("## IETF 120 day 1") under a heading that gives the date ("#
        2024-07-22 (Mon)"), or in a day's page named by its date ("2024-07-22.md"): the date,
        which says which day it was (an event's first day may be before its sessions')."""
        dated = [h for h in map(self.day_hints.get, path) if h and h[:4] != "day:"]
        if dated:
            return dated[-1]
        return None if self.note.date and self._day_page() else hint

    def _prefix_day(self, heading: str, hint: str | None) -> str | None:
        """The day a talk heading's day-and-time prefix gives it ("Fri 18:00 — …", "Lördag 3
        augusti: "…""), and the next day for a session after midnight: one whose time is
        before six and which says it is at night ("Sat night ~00:30", "(yöseminaari)", "밤
        12시 반") or comes after a later time under the same day ("klo 19.00" … "klo 00.15")."""
        time = heading_title(heading)[2]
        if time is None:
            if (
                hint is None
                and heading[-1:] == ")"
                and (weekday := paren_weekday(heading)) is not None
            ):
                return f"weekday:{weekday}"  # "Retro corner (Sat afternoon)"
            return hint
        clock = clock_time(heading)  # the time read as "HH:MM", or None for a day
        if hint is None and clock is None and not time[:1].isdecimal():
            return day_heading(time)  # "Lördag 3 augusti"
        if hint is None and (weekday := prefix_weekday(heading)) is not None:
            hint = f"weekday:{weekday}"
        if clock is None:
            return hint
        earlier = self.last_clocks.get(hint)
        self.last_clocks[hint] = clock
        if clock < "06:00" and ((earlier is not None and earlier > clock) or night_word(heading)):
            return f"night:{hint or ''}"
        return hint

    # -- the walk ------------------------------------------------------------------------

    def _headings(self) -> list[Heading]:
        """The headings, or the bold lines where a note has none but its title: a note
        whose talks are written as ``**Title**`` lines (under a lone ``# title``); none
        in the page's footer (a commenter's ``**name**``)."""
        found = self._all_headings()
        if self.cut:
            found = [h for h in found if h.start < self.cut]
        return found

    def _all_headings(self) -> list[Heading]:
        headings, bold = _without_speaker_headings(self.parsed.headings), self.parsed.bold
        if self.cut:
            headings = [h for h in headings if h.start < self.cut]
            bold = [b for b in bold if b.start < self.cut]
        if self.parsed.lists and (dated := self._dated_bullets(headings)):
            return dated
        if not headings:
            if not bold:
                return marked_talks(self.lines, 0, 1) or self._plain_talks()
            if len(bold) == 1 and len(plain := self._plain_talks()) >= 2:
                return plain  # "Keynote - Name" read as a kind line, among other talks' lines
            self._speaker_lines_first(bold)
            return with_day_lines(bold, self.parsed.inlines)
        if len(headings) == 1 and not bold and (timed := timed_talks(self.lines)):
            # a phone's note under its one heading ("# Øredev dag 2"), its talks plain lines
            # ("09:30 Title - Speaker")
            (title,) = headings
            if timed[0].start > title.start:
                for line in timed:
                    line.level += title.level
                return [title, *timed]
        if (
            len(headings) == 1
            and len(bold) < 2
            and (marked := marked_talks(self.lines, headings[0].head_end, headings[0].level + 1))
        ):
            # a Naver or Tistory export's "■ 세션 1. Title" / "▶ Title" lines under its title
            return [headings[0], *marked]
        if len(headings) == 1 and len(bold) >= 2:
            (title,) = headings
            below = [b for b in bold if b.start > title.start]
            if len(below) >= 2 and not self._has_text(0, title.start):
                for line in below:
                    line.level = title.level + 1
                self._speaker_lines_first(below)
                return [title, *below]
        days = [h for h in headings if day_heading(h.text)]
        if len(bold) >= 2 and not days and (over := self._bold_days_over(headings, bold)):
            return over
        if len(bold) < 2 and len(days) >= 2 and len(self.parsed.run_in) >= 2:
            # a prose post's "## Saturday" / "## Sonntag" over paragraphs that open with their
            # talk's title ("**Title.** Name opened …", "\"Title\" by Name …"): those are the talks
            bold = [*bold, *self.parsed.run_in]
        if len(bold) >= 2 and len(days) >= 2 and len(headings) - len(days) <= 1:
            # "## Wed" / "## Day 2" over "**Title** (Speaker)" lines: the bold lines are the
            # day's talks
            merged = list(headings)
            starts = [day.start for day in days]  # in the note's order
            for line in bold:
                before = bisect.bisect_left(starts, line.start)
                if before:
                    line.level = days[before - 1].level + 1
                    merged.append(line)
            return sorted(merged, key=lambda h: h.start)
        if len(bold) >= 2 and days:
            # "# Tuesday 9 April" over "**Title** — Speaker" lines, other days' talks under
            # "###" headings: the bold lines right under a day heading are its talks
            ends = [h.start for h in headings[1:]] + [len(self.lines)]
            merged = list(headings)
            for heading, end in zip(headings, ends, strict=True):
                if heading in days and only_a_day(heading.text):
                    inside = [line for line in bold if heading.start < line.start < end]
                    if len(inside) >= 2:
                        for line in inside:
                            line.level = heading.level + 1
                        merged.extend(inside)
            if len(merged) > len(headings):
                return sorted(merged, key=lambda h: h.start)
        if len(bold) >= 2 and len(led := [b for b in bold if day_led_session(b.text)]) >= 2:
            # a report's "**Terça-feira (23/07) — QUIC WG**" lines: a session each, on its
            # day, one level under the section they are in
            starts = [h.start for h in headings]
            for line in led:
                above = bisect.bisect_left(starts, line.start)
                line.level = headings[above - 1].level + 1 if above else 1
            self.day_led = led
            return sorted([*headings, *led], key=lambda h: h.start)
        if len(bold) >= 2 and (numbered := bold_headings(headings, bold)):
            # a report's "**가. Title (Speaker, 소속)**" / "**나. …**" under "# 2. 주요 세션"
            return sorted([*headings, *numbered], key=lambda h: h.start)
        return headings

    @staticmethod
    def _bold_days_over(headings: list[Heading], bold: list[Heading]) -> list[Heading]:
        """A document export's "**Saturday, February 1**" / "**Sunday, February 2**" lines
        over "### Title — Name" headings: the bold lines are day headings, the headings after
        each one level under it; [] where fewer than two bold lines are only a day."""
        day_lines = [b for b in bold if only_a_day(b.text)]
        if len(day_lines) < 2:
            return []
        below = [h for h in headings if h.start > day_lines[0].start]
        if len(below) < 2:
            return []
        level = min(h.level for h in below)
        for line in day_lines:
            line.level = level
        for heading in below:
            heading.level += 1
        return sorted([*headings, *day_lines], key=lambda h: h.start)

    def _dated_bullets(self, headings: list[Heading]) -> list[Heading]:
        """The headings, with the talks a note sorted by room writes as bullets that open
        with their own day ("- **Sat 3/9 10:00 — Title — Name**" under "## Ballroom D") as
        headings one level under the section each sits in; [] where it writes none."""
        talks = [t for t in dated_bullets(self.parsed.lists) if not self.cut or t.start < self.cut]
        if (
            len(talks) < 2
            # a program names its event (its title, tags, a line); team minutes or a shopping
            # list with dated lines name none
            or all(where == "folder-weak" for where in self.note.event_sources)
            or self._about_no_talk()
        ):
            return []
        starts = [h.start for h in headings]
        merged = list(headings)
        for talk in talks:
            above = bisect.bisect_left(starts, talk.start)
            level = headings[above - 1].level + 1 if above else 1
            merged.append(Heading(level, talk.text, talk.start, talk.start + 1, stop=talk.end))
            self.bullet_days[talk.text] = talk.day
        self.bullet_starts = frozenset(t.start for t in talks)
        return sorted(merged, key=lambda h: h.start)

    def _plain_talks(self) -> list[Heading]:
        """Talks in a note without any Markdown (phone_lines.plain_talks)."""
        found, surnamed = plain_talks(self.parsed.inlines, self.lines)
        if surnamed is not None:
            self.phone_surnamed = surnamed
        return found

    def _speaker_lines_first(self, bold: list[Heading]) -> None:
        """Where a note names each talk's speaker on the line above its bold title ("🎤
        Speaker : 이정훈 (토스)" over "**오프닝 키노트 - …**") and not below it, each talk starts
        at its speaker's line, which otherwise ends the talk before it."""
        inlines, starts = self.parsed.inlines, self.inline_starts
        above: list[tuple[Heading, int]] = []
        below = 0
        for line in bold:
            at = bisect.bisect_left(starts, line.start)
            if at < len(inlines) and inlines[at].start == line.start:
                if at + 1 < len(inlines) and self._speaker_line(inlines[at + 1], line.head_end):
                    below += 1
                if at and self._speaker_line(inlines[at - 1], None, before=line.start):
                    above.append((line, inlines[at - 1].start))
        if len(above) > below:
            for line, start in above:
                line.start = start

    def _speaker_line(self, inline: Inline, after: int | None, *, before: int = 0) -> bool:
        """A one-line paragraph naming a speaker, with only blank lines between it and the
        line ``after`` (below a title) or ``before`` (above one)."""
        if inline.block.heading or "\n" in inline.block.source.strip():
            return False
        gap = (after, inline.start) if after is not None else (inline.start + 1, before)
        if self._has_text(*gap):
            return False
        return bool(find_speakers([inline.block]))

    def run(self) -> list[Entry]:
        if self.note.published and (shaped := self._report_shapes()):
            return shaped
        cut = self.cut
        if not cut:
            return self._run()
        full = self.lines
        self.lines = full[:cut]  # the post is read as if it ended where its footer starts
        try:
            self._run()
        finally:
            self.lines = full
        if all(entry.kind is EntryKind.OTHER for entry in self.entries):
            # a post about no talk (an essay) stays whole: the footer only keeps readers'
            # comments out of a talk's notes
            self.cut = None
            self.entries, self.ids, self.talk_count = [], set(), None
            return self._run()
        label = " ".join(full[cut].strip(" \t#*_>").split())[:60]
        self.add_one(EntryKind.OTHER, label or self.note.title, (label,), cut, len(full))
        return self.entries

    def _report_shapes(self) -> list[Entry]:
        """A report's lettered talk paragraphs ("a) *Title* (Name), lundi 2 septembre :") or a
        survey response's answers about sessions, as entries; none for another note (most:
        the parse counted no such paragraph)."""
        parsed = self.parsed
        if parsed.lettered >= 2 and (lettered := lettered_entries(self.note, self.lines)):
            return lettered
        if parsed.asked or any(h.text[-1:] in ("?", "？") for h in parsed.headings):
            return survey_entries(self.note, self.body, self.lines)
        return []

    def _run(self) -> list[Entry]:
        headings = self._headings()
        total = len(self.lines)
        if not self.note.published:  # a draft, or `published: false`: about no talk yet
            self.add(EntryKind.OTHER, self.note.title, (), 0, total, fragment="note")
            return self.entries
        if self._lists_works(headings):  # "What I read in November": books, no talks
            self.add(EntryKind.OTHER, self.note.title, (), 0, total, fragment="note")
            return self.entries
        if len(headings) <= 1 and self._talk_bullets():  # a TIL page's "- From Name's … talk:"
            return self.entries
        run_in = self.parsed.run_in  # "**It's a city, not a conference.** …"
        if not headings and argued_essay(self.note, run_in, self.lines):
            self.add(EntryKind.OTHER, self.note.title, (), 0, total, fragment="note")
            return self.entries
        if not headings and "|" in self.body and session_board(self.lines):
            # a transcribed board of open-space sessions: their schedule, no talk
            self.add(EntryKind.OTHER, self.note.title, (), 0, total, fragment="note")
            return self.entries
        first = headings[0] if headings else None
        top = min((h.level for h in headings), default=0)
        if (
            first is not None
            and first.level == top
            and self._is_note_title(first.text)
            and not _first_of_slots(first, headings)
        ):
            self.title_heading = first
            if len(headings) > 2 and (
                subtitle(self.lines, first, headings[1], headings[2:])
                or sentence_subtitle(self.lines, first, headings[1], headings[2:])
                or subtitle_over_byline(self.lines, first, headings[1], headings[2:])
            ):
                headings = [first, *headings[2:]]
        roots = heading_tree(headings, total)
        self.day_hints = {h.text: hint for h in headings if (hint := day_heading(h.text))}
        self.surnamed = self._surname_headings(headings) | self.phone_surnamed
        dated = [h for h in headings if h.text[-1:] in _CLOSERS and dated_session(h.text)]
        if self.day_led:
            led = [h for h in self.day_led if h not in dated]
            dated = sorted([*dated, *led], key=lambda h: h.start)
        if self.event_names and len(headings) >= 2 and (recapped := self._recap_sessions(headings)):
            dated = sorted(
                [*dated, *(h for h in recapped if h not in dated)], key=lambda h: h.start
            )
        if dated:
            self._dated_sessions(headings, dated)
        slots = [h.start for h in headings if h.text[:1].isalpha() and _dated_slot(h.text)]
        self.slot_starts = self.bullet_starts.union(slots) if slots else self.bullet_starts
        placed = [
            (heading, hint)
            for heading in headings
            if heading.children
            and heading.text not in self.day_hints
            and (hint := day_at_place(heading.text)) is not None
        ]
        for heading, hint in placed:
            # "## 3/10 (일) · 힐튼 Salon H" over "### Title — Speaker": a day and the room
            # its talks were in, not a talk; so is each of two such headings over headings
            # that are no talk's parts ("### Q&A" under "## 2024-03-10 — Rust at scale")
            if any(self._looks_like_unit(c) for c in heading.children) or (
                len(placed) >= 2 and not any(generic_heading(c.text) for c in heading.children)
            ):
                self.day_hints[heading.text] = hint
        if self._colleague_roundup(headings):  # "## Kari Nordmann" over her favourite talk
            return self.entries
        if (minutes := self._minutes_page(headings)) is not None:
            # "# QUIC WG — IETF 120" over its agenda's items: the one session they were
            self.title_heading = minutes
            title = session_title(minutes.text, self.event_names)
            start = next((n for n, line in enumerate(self.lines) if line.strip()), 0)
            path = (minutes.text,)
            self.add(EntryKind.SESSION, title, path, start, total, fragment=slug(minutes.text))
            return self.entries
        asked = asked_turns(headings)  # "## User" / "## ChatGPT": a saved chat
        if first is None and (":\n" in self.body or ":**\n" in self.body):
            asked = asked_lines(self.lines)  # "You said:" / "ChatGPT said:": one copied
        if asked is not None and self._chat_with_assistant(asked, headings):
            return self.entries
        if self.one_talk(headings):
            self.whole_note_talk()
            return self.entries
        if first is None:
            self.add(EntryKind.OTHER, self.note.title, (), 0, total, fragment="note")
            return self.entries
        self.talk_default = self._talks_by_default(headings)
        fold_parts(roots)
        self.author_sections = self._author_sections(headings)
        self.author_names = frozenset(
            section_author(h.text) for h in headings if h.start in self.author_sections
        )
        if self.note.author_guessed:  # a note that names its writer keeps them
            self.section_authors = {
                h.text: section_author(h.text) for h in headings if h.start in self.author_sections
            }
        if any(line.strip() for line in self.lines[: first.start]):
            self.add(EntryKind.OTHER, self.note.title, (), 0, first.start, fragment="intro")
        for index, root in enumerate(roots):
            self.visit(root, None, ())
            after = roots[index + 1].start if index + 1 < len(roots) else len(self.lines)
            self._after_block(root, after, ())
        self.entries.sort(key=lambda e: e.start_line)
        return self.entries

    def _talk_bullets(self) -> bool:
        """A page of bullets (a TIL or daily note) some of which name the talk they come from
        ("- From Han Seungwoo's Gemini talk: …"): each of those is an entry of that talk, the
        rest of the page about no talk; False when no bullet names one."""
        if not self._day_page():
            return False  # a TIL or daily page: named by its day ("til/2024-11-23.md", "# TIL")
        body = self.body
        if "'s " not in body and "’s " not in body and "님" not in body and "(" not in body:
            return False  # every such bullet names its speaker with a possessive, 님 or brackets
        # imported here: most notes never get this far, and a parse need not pay for it
        from summit_tui.corpus.talk_bullets import MARKS_OR_DAY, talk_bullets

        if not any(mark in body for mark in MARKS_OR_DAY):
            return False
        lines = self.lines
        found = talk_bullets(lines, 0, len(lines))
        if not found:
            return False
        cursor = 0
        for line, speaker, named in found:
            stop = line + 1
            while stop < len(lines) and lines[stop][:1] in (" ", "\t") and lines[stop].strip():
                stop += 1  # the bullet's own lines, indented under it
            if self._has_text(cursor, line):
                self.add_one(EntryKind.OTHER, self.note.title, (), cursor, line)
            title = named or speaker
            self.add_one(EntryKind.SESSION, title, (title,), line, stop, (speaker,))
            cursor = stop
        if self._has_text(cursor, len(lines)):
            self.add_one(EntryKind.OTHER, self.note.title, (), cursor, len(lines))
        return True

    def _day_page(self) -> bool:
        """A page of one day: its file named by its date ("2024-11-23.md"), or its title or a
        folder saying TIL or daily ("# TIL 2024-11-23", "til/…")."""
        path = self.note.path
        stem = path.rsplit("/", 1)[-1]
        if stem[:4].isdigit() and stem[4:5] in ("-", "_", "."):
            return True
        low = f"{path} {self.note.title}".lower()
        return "til" in low or "daily" in low or "journal" in low

    def _lists_works(self, headings: list[Heading]) -> bool:
        """A post listing the books (films, podcasts) its writer read: its headings quote
        works, its title says it reads (``work_lists``)."""
        if len(headings) < 2 or not any(h.text[:1] in _WORK_QUOTES for h in headings):
            return False
        stem = self.note.path.rsplit("/", 1)[-1].lower()
        if not holds_any(f"{self.note.title.lower()} {stem}", _WORK_STEMS):
            return False
        # imported here: most notes never get this far, and a parse need not pay for it
        from summit_tui.corpus.work_lists import lists_works

        return lists_works(self.note.title, stem, [h.text for h in headings])

    def _colleague_roundup(self, headings: list[Heading]) -> bool:
        """A team's roundup (``colleague_sections``): two sections or more headed by a
        colleague's name, each naming the talk it is about; each is that colleague's entry of
        its talk, the rest of the post about no talk. False when the note is not of that shape."""
        if "**" not in self.body and not holds_any(self.body, _TITLE_QUOTES):
            return False  # each section names its talk in bold or quotes
        sections = [h for h in headings if h is not self.title_heading]
        if len(sections) < 2 or any(h.children for h in sections):
            return False
        people = [h for h in sections if names_people(h.text)]
        if len(people) < 2 or len({h.level for h in people}) > 1:
            return False
        # imported here: most notes never get this far, and a parse need not pay for it
        from summit_tui.corpus.colleague_sections import mentioned_talk, named_talk, section_end

        lines = self.lines
        named: dict[int, tuple[str, tuple[str, ...]] | None] = {}
        ends: dict[int, int] = {}
        for h in people:
            ends[h.start] = section_end(lines, h.head_end, h.end)
            talk = named_talk(" ".join(lines[h.head_end : ends[h.start]]), looks_like_name)
            if talk is not None and name_or_part(section_author(h.text), talk[1][0]):
                return False  # "## Jensen Huang" over his own talk: the heading is its speaker
            named[h.start] = talk
        talks = [talk for talk in named.values() if talk is not None]
        if len(talks) < 2 or 2 * len(talks) < len(people):
            return False
        writers = set(normalize(self.note.author).replace(".", " ").split())
        for h in people:
            name = section_author(h.text)
            if self.note.author_guessed or set(normalize(name).split()) <= writers:
                self.section_authors[h.text] = name
        if self._has_text(0, sections[0].start):
            self.add_one(
                EntryKind.OTHER, self.note.title, (), 0, sections[0].start, fragment="intro"
            )
        for h in sections:
            end = ends.get(h.start, h.end)
            talk = named.get(h.start)
            if h.start in named and talk is None:
                text = " ".join(lines[h.head_end : end])
                talk = mentioned_talk(text, talks)
            if talk is None:
                self.add_one(EntryKind.OTHER, h.text, (h.text,), h.start, end)
            else:
                self.add_one(EntryKind.SESSION, talk[0], (h.text,), h.start, end, talk[1])
            if self._has_text(end, h.end):
                self.add_one(EntryKind.OTHER, self.note.title, (), end, h.end, fragment="closing")
        return True

    def _author_sections(self, headings: list[Heading]) -> frozenset[int]:
        """The first lines of the headings that are sections by one colleague each ("## 도윤"
        over "### CMP315 | Title" in a team's shared day page): they group that person's talks
        and are no talk. Two such sections in the note, or one over a heading that names its
        speaker, tell them from a one-word talk title with parts ("## Kubernetes")."""
        found = [
            h
            for h in headings
            if h.children
            and h is not self.title_heading
            and names_people(h.text)
            and any(not generic_heading(c.text) for c in h.children)
            # "## Hilton Austin Downtown" over talks written as dated bullets: their room
            and not self._over_dated_bullets(h)
        ]
        if len(found) == 1 and not any(self._looks_like_unit(c) for c in found[0].children):
            return frozenset()
        return frozenset(h.start for h in found)

    def _is_note_title(self, text: str) -> bool:
        a, b = normalize(split_title(text)[0]), normalize(split_title(self.note.title)[0])
        if titles_alike(a, b, 90):
            return True
        if (
            a
            and any(name.casefold() in a for name in self.event_names)
            and not strip_event(a, self.event_names).strip()
            and strip_event(a, ()).strip()  # "The talk", "Keynote": no event's name
            and not only_a_day(text)
        ):
            return True  # "# DevFest 2024" over `title: DevFest 2024 notes`: the event, a header
        # "# DroidKaigi 2024 Day 1（9/12 木）" over `title: Day 1（9/12 木）`: the title with its
        # event's name before or after it
        if len(b) < _TITLE_MIN or a == b or not (a.startswith(b) or a.endswith(b)):
            return False
        rest = a[len(b) :] if a.startswith(b) else a[: -len(b)]
        return bool(rest.strip()) and not strip_event(rest, self.event_names).strip()

    # -- the shape of the note -------------------------------------------------------------

    def _talk_headings(self, headings: list[Heading]) -> int:
        """How many headings name a talk of their own (a speaker, a program item): 0, 1 or
        2 for "two or more"."""
        if self.talk_count is None:
            count = 0
            named: set[str] = set()  # speakers named on the lines under a heading
            surnamed = self.surnamed
            for heading in headings:
                if heading is self.title_heading or generic_heading(heading.text):
                    continue
                own = speaker_in_heading(heading.text) or heading.start in surnamed
                own = own or bool(row_speakers(self.table_speakers, heading.text))
                marked = talk_marked(heading.text)
                if own or marked or self._strong_item(heading.text, None) is ItemKind.SESSION:
                    count += 1
                elif (under := self._speakers_under(heading)) and not named & set(under):
                    # "🎤 **Title**" over "👤 발표자: 한지호님": a talk of its own, unless the
                    # speaker is one named under an earlier heading (parts of one talk)
                    named.update(under)
                    count += 1
                if count >= 2:
                    break
            self.talk_count = count
        return self.talk_count

    def _surname_headings(self, headings: list[Heading]) -> frozenset[int]:
        """Headings ending in a parenthesis of surnames ("… (Okafor & Tanaka)", "… (Weiss)"),
        when most headings of a note that names no speaker of its own end so: each names
        its talk's speakers. Surnames cannot be told from "(Live)" or "(Kotlin & Swift)" by
        their letters: a note with a speaker line (one talk's parts) never counts them."""
        if self.note.speakers or sum(h.text.endswith(")") for h in headings) < 2:
            return frozenset()  # most notes: cheap to rule out
        parts = [h for h in headings if h is not self.title_heading]
        found = frozenset(
            h.start
            for h in parts
            if (m := _SURNAME_PAREN.search(h.text)) and m.start() > 0 and not paren_tag(h.text)
        )
        if len(found) < 2 or 2 * len(found) <= len(parts):
            return frozenset()
        if self.speakers(None, 0, min(h.start for h in parts)):
            return frozenset()  # "Speaker: Grace Mbeki" over "## Golden paths (Live)"
        if TALK_TITLE.search(self.note.title):
            return frozenset()  # "… keynote recap" over "## Golden paths (Live)": one talk
        return found

    def _speakers_under(self, heading: Heading) -> tuple[str, ...]:
        """The speakers a label line right under a heading names (its next few lines), or
        right above a bold title whose talk starts there (``_speaker_lines_first``)."""
        end = min(heading.end, heading.head_end + 4)
        text = "\n".join(self.lines[heading.start : end])
        if not holds_any(text, _SPEAKER_MARKS):
            return ()  # no label line: most headings, and much cheaper than reading them
        return self.speakers(None, heading.start, end)

    def one_talk(self, headings: list[Heading]) -> bool:
        """A note about one talk (a blog post per talk, a seminar report): its title or a
        "Title :" line names the talk, its frontmatter or a "Speaker :" line the speaker,
        and no heading in it names another talk, a booth list or a day."""
        note = self.note
        if proposes_talks(note):
            return False  # "Ideas for next year's talk": its "Talk: …" lines are ideas
        # two headings or more naming a talk of their own: several talks, whatever the title
        # says (asked first: most notes of several talks are told so, and the note's talk
        # headings are counted anyway, where the title's day would be read for nothing)
        if self._talk_headings(headings) >= 2:
            return False
        named = any(where != "folder-weak" for where in note.event_sources)
        about_event = named or bool(note.event or note.event_kind)
        about_event = about_event or TALK_TITLE.search(note.title) is not None
        # "# Zero-copy parsing with nom 8" over "## Notes" and "## Q&A": the audience's questions
        # say it reports a talk, though only the repo's index names its event
        about_event = about_event or any(talk_part(h.text) for h in headings)
        if self._title_booths() or (
            self._names_a_day() and not note.speakers and not self._one_kind(headings)
        ):
            return False  # "… Solutions Showcase", "… 후기 - 1일차": a day's or a hall's notes
        names_talk = bool(note.talk_title or note.speakers)
        if not names_talk and not about_event:
            # a meeting tool's summary: "Priya Nair (Orbitel) explained how …"
            names_talk = bool(affiliated_speakers(self.lines[:_OPENING_LINES]))
        if not names_talk and (
            not about_event
            or not self._title_left()  # "My notes": no talk's name
            or self._about_no_talk()
        ):
            return False
        if any(context_kind(h.text) is EntryKind.BOOTH for h in headings):
            return False
        # "… 오후 세션 모음", "Due talk che mi porto via …": several talks, whatever the headings
        # (asked before the days: it says so of most notes of several talks, and is asked of
        # their headings anyway, where the day tests below would read each heading once more)
        if self._says_several_talks():
            return False
        if any(self._holds_papers(h) for h in headings if h is not self.title_heading):
            return False  # "## Doctoral symposium: session 1" over a bold or italic paper each
        if any(
            finals_heading(h.text) and demo_starts(self.lines, h.head_end, h.end) is not None
            for h in headings
            if h is not self.title_heading
        ):
            return False  # "## Finals" over a paragraph per team's demo
        if self._by_day(headings) or self.dated_count >= 2:
            return False  # "## 2. TLS WG (Mon 22 July)", "## 3. QUIC WG (Tue 23 July)"
        if sum(h is not self.title_heading and starts_with_a_day(h.text) for h in headings) >= 2:
            return False  # "## Fri 4 Oct — workshop: …", "## Sat 5 Oct", "## Sun": a day's each
        if self._lists_topics(headings):
            return False  # "… 2025: CSS och tillgänglighet" over a talk each
        if not names_talk and self._generic_title():
            return False  # "Hotel and travel": a trip's arrangements
        if not names_talk and diary_title(note.title):
            # "<Event> – päiväkirja, osa 4" over "## klo 12.00 "Title" – Name": the day's page,
            # its heading the talk
            talks = (h for h in headings if h is not self.title_heading)
            if any(speaker_in_heading(h.text) for h in talks):
                return False
        if self._talk_after_a_lead(headings):
            return False
        return not self._other_speakers()

    def _talk_after_a_lead(self, headings: list[Heading]) -> bool:
        """A post whose first section heading is the one that names a speaker, after a lead
        paragraph the title says nothing more than: "पहिल्या दिवशी … निखिल जोशी यांचं होतं."
        over "## eBPF सर्वांसाठी — निखिल जोशी", "Day one's best talk was Ana's." over "## Borrow
        checking in practice (Ana Souza)". That heading is the talk; the lead leads to it."""
        if self.note.talk_title or self.title_heading is not None:
            return False  # a "Title :" line or a title heading names the talk
        sections = [h for h in headings if h is not self.title_heading]
        if not sections or not speaker_in_heading(sections[0].text):
            return False
        if any(speaker_in_heading(h.text) for h in sections[1:]):
            return False
        lead = [line for line in self.lines[: sections[0].start] if line.strip()]
        return 1 <= len(lead) <= _LEAD_LINES

    def _holds_papers(self, node: Heading) -> bool:
        """A paper session's heading over two or more papers as list items."""
        if not self.may_list_papers or not paper_session(
            node.text, self.lines, node.head_end, node.end
        ):
            return False
        under = self.lines[node.head_end : node.end]
        return sum(1 for line in under if paper_item(line) is not None) >= 2

    def _one_kind(self, headings: list[Heading]) -> bool:
        """A note of no headings titled by one talk's kind besides its day ("pytest workshop —
        PyCon India day 1"): that talk, not the day's notes."""
        return all(h is self.title_heading for h in headings) and bool(
            ONE_TALK_KIND.search(self.note.title)
        )

    def _generic_title(self) -> bool:
        """A title about no talk ("Hotel and travel", "Job fair"), not one naming a talk's
        kind ("Closing talk", "Opening keynote"), or about the talks its writer heard ("FEConf
        2025 들은 세션 메모"): no one talk's name."""
        left = self._title_left()
        if generic_heading(left) is None or own_section(left):
            return False  # "What I'm taking home from X": a recap's title, no report's section
        return NAMES_TALK_KIND.search(self.note.title) is None or self._heard_talks()

    def _heard_talks(self) -> bool:
        """A title that, besides its event, only says it holds the talks its writer heard
        ("FEConf 2025 들은 세션 메모", "PyCon KR 2025 참석한 세션 정리")."""
        left = self._title_left()
        return _HEARD.search(left) is not None and generic_heading(left) is not None

    def _other_speakers(self) -> bool:
        """Label lines name two or more speakers, one of them not the note's: the notes of
        several talks, each under its speaker's line ("<p>발표: 김도윤</p>" … "<p>발표:
        이정훈</p>" in a post without Markdown headings), not one talk."""
        body = self.body
        low = body.lower()
        if not holds_two_stems(low):
            return False  # one label line at most (most notes): one speaker's
        named: set[str] = set()
        for _, line in _lines_matching(_NEXT_LABEL_LINE, body):
            if "<" in line:
                line = _TAG.sub(" ", line)
            named.update(line_speakers(line.strip(" \t-*+>")))
            if len(named) >= 2:
                own = set(self.note.speakers)
                return any(not any(name_or_part(n, o) for o in own) for n in named)
        return False

    def _says_several_talks(self) -> bool:
        """The title, or the subtitle line under a title line, says the note holds several
        talks ("… 오후 세션 모음", "SLASH 24에서 들은 두 세션, 그리고 나의 일")."""
        if says_several_talks(self.note.title):
            return True
        opening = [line for line in self.lines[:4] if line.strip()][:2]
        return bool(opening) and any(says_several_talks(line[:200]) for line in opening)

    def _lists_topics(self, headings: list[Heading]) -> bool:
        """The title joins two topics ("CSS och tillgänglighet", "signals and flaky tests")
        over sections of which one names its speaker and another, at its level, is more than
        a part of a talk: a post about the talks those topics are, not one talk."""
        left = f" {self._title_left()} "
        if not holds_any(left.lower(), _JOINING_WORDS) and _JOINING_I not in left:
            return False  # most titles: no joining word
        named = [h for h in headings if h is not self.title_heading and speaker_in_heading(h.text)]
        if len(named) != 1:
            return False
        return any(
            h is not self.title_heading
            and h is not named[0]
            and h.level == named[0].level
            and generic_heading(h.text) is None
            for h in headings
        )

    def _title_names_event(self) -> bool:
        """The note's title names its event or day, not a talk ("2024 DevFest Seoul day 1",
        "[정리] SK AI SUMMIT 키노트 정리 - Day1 오후")."""
        if self.title_names_event is None:
            title = self.note.title
            names = self.event_names
            self.title_names_event = (
                bool(title)
                and not self._title_left()
                and bool(names or self.note.event_kind or day_number(title) or find_dates(title))
            )
        return self.title_names_event

    def _talks_by_default(self, headings: list[Heading]) -> bool:
        """A note whose headings are its talks: the title names the event or day, several
        headings name speakers, or the note is organised by day. Not an index, a links
        page or a guide ("README", "MOC", "링크 모음")."""
        if self._about_no_talk():
            return False
        # the talk headings first: counted already (one_talk), where the title would be read
        # without its event for nothing
        if self._talk_headings(headings) >= 2 or self._title_names_event():
            return True
        if self._heard_talks():
            return True
        if self._says_several_talks() or self._lists_topics(headings):
            return True
        if self._title_booths() or self._names_a_day():
            return True
        return self._by_day(headings)

    def _title_booths(self) -> bool:
        """A title about the exhibition hall ("… 부스 투어"), not one whose event's name holds
        such a word ("AI EXPO KOREA 2024 다녀왔어요"); asked only where it may decide."""
        if self.title_booths is None:
            title_words = normalize(_without(self.note.title, self.event_names)).split()
            self.title_booths = any(is_booth_word(w) for w in title_words)
        return self.title_booths

    def _title_left(self) -> str:
        if self.title_left is None:
            left = strip_event(self.note.title, self.event_names)
            if left and all(is_date_word(word) for word in left.split()):
                left = ""  # "Bangkok Python Meetup — July 2024": its month, no talk's name
            self.title_left = left
        return self.title_left

    def _about_no_talk(self) -> bool:
        if self.no_talk is None:
            self.no_talk = about_no_talk(self.note, self.body)
        return self.no_talk

    def _names_a_day(self) -> bool:
        """The title, or the line that opens a note without a title heading, names a
        conference day: "… 후기 - 1일차", "if(kakao)AI 2024 둘째 날 들은 세션 정리"."""
        if self.names_a_day is None:
            self.names_a_day = self._title_or_opening_names_a_day()
        return self.names_a_day

    def _title_or_opening_names_a_day(self) -> bool:
        if day_number(self.note.title) is not None:
            return True  # "… 1일차"
        if (self.note.dates or self.note.date) and titled_by_a_day(self.note.title):
            return True  # a daily note or a journal page titled by its day (a date it gives)
        stem = self.note.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if self.note.title != stem or len(self.parsed.headings or self.parsed.bold) < 2:
            return False  # a title of its own, or one part: the opening line is no title
        opening = next((line for line in self.lines[:_OPENING_LINES] if line.strip()), "")
        return not opening.lstrip().startswith("#") and day_number(opening[:200]) is not None

    def _by_day(self, headings: list[Heading]) -> bool:
        """Sub-headings under a heading that names a day: the note is organised by day."""
        return any(
            h is not self.title_heading and h.text in self.day_hints and h.children
            for h in headings
        )

    def _dated_sessions(self, headings: list[Heading], dated: list[Heading]) -> None:
        """A report whose sections name a session each, then its day in closing brackets
        ("## 2. TLS WG（7月22日（月）午後）", "## QUIC WG (Tue 23 July, morning)"): each such
        section is that session with its sub-sections as its parts, not a day over talks; the
        sections before the first and after the last ("## 1. Attendance", "## 4. Closing")
        are the report's own, about no session."""
        self.dated_count = len(dated)
        if len(dated) >= 2:
            self.dated_starts = frozenset(h.start for h in dated)
        for heading in dated:
            if heading.children and not any(self._looks_like_unit(c) for c in heading.children):
                self.day_hints.pop(heading.text, None)
        if len(dated) < 2:
            return
        # the report's own sections: before the first session and after the last, neither
        # holding one nor inside one ("## 1. Attendance", "### Next steps", "## 4. Closing")
        first, last = dated[0], dated[-1]
        self.own_sections = frozenset(
            h.start
            for h in headings
            if (h.end <= first.start or h.start >= last.end)
            and h is not self.title_heading
            and h.text not in self.day_hints
            and context_kind(h.text) is None  # "### Sponsor area": the booths the writer saw
            and not self._looks_like_unit(h)
        )

    def _recap_sessions(self, headings: list[Heading]) -> list[Heading]:
        """A meeting recap's sections about one session each (``meeting_recaps``), where two or
        more are: read as sessions named in their headings, on the days their openings name."""
        may_head = SESSION_HEADING.match
        candidates = [
            h for h in headings if h.text[:1] in SESSION_FIRSTS and may_head(h.text) is not None
        ]
        if len(candidates) < 2:
            return []  # most notes: one such heading at most
        found: list[tuple[Heading, tuple[str, str | None]]] = []
        for heading in candidates:
            if heading is self.title_heading:
                continue
            end = heading.children[0].start if heading.children else heading.end
            named = session_section(heading.text, self.lines, heading.head_end, end)
            if named is not None:
                found.append((heading, named))
        if len(found) < 2:
            return []
        for heading, (title, hint) in found:
            self.session_titles[heading.start] = title
            if hint is not None:
                self.prose_days[heading.start] = hint
        return [heading for heading, _ in found]

    def _minutes_page(self, headings: list[Heading]) -> Heading | None:
        """The title heading of a meeting's minutes (``minutes_pages``), whose head lists its
        roles above its first section; None for any other note."""
        heading = self.title_heading
        if heading is None and headings:
            # "# QUIC WG — IETF 120" under a frontmatter title of its own ("IETF 120 QUIC"):
            # the page's one top heading is its title all the same
            first = headings[0]
            if all(h.level > first.level for h in headings[1:]):
                heading = first
        if heading is None:
            return None
        sections = [h.text for h in headings if h is not heading]
        stop = next((h.start for h in headings if h is not heading), len(self.lines))
        head = minutes_head(self.lines, heading.head_end, stop)
        if not minutes_page(head, f"{self.note.title} {heading.text}", sections):
            return None
        if self._title_names_event() or self._names_a_day():
            return None  # "# PyCon US 2024 day 1" over "Scribes:": the day's talks, each its own
        return heading

    def _opening(self) -> str:
        """The note's first lines as one text, where a post about one talk names its speaker."""
        opening = " ".join(line for line in self.lines[:_OPENING_LINES] if line.strip())
        return _TAG.sub(" ", opening) if "<" in opening else opening

    def _chat_with_assistant(self, asked: list[Heading], headings: list[Heading]) -> bool:
        """A saved chat with an assistant about one talk (see corpus.assistant_chat): its
        first exchange is the talk, as is a later one speaking of the same things; the lines
        before it and the other exchanges are about no talk. False for a chat whose first
        question quotes no talk and whose title names none."""
        lines, total = self.lines, len(self.lines)
        first = asked[0].start
        ends = [h.start for h in asked[1:]] + [total]
        title, people = quoted_talk(lines[asked[0].head_end : ends[0]])
        if title is None and not self.one_talk(headings):
            return False
        if any(line.strip() for line in lines[:first]):
            self.add_one(EntryKind.OTHER, self.note.title, (), 0, first, fragment="intro")
        talk = lines[first : ends[0]]
        for turn, end in zip(asked, ends, strict=True):
            if turn.start == first or same_talk(talk, lines[turn.head_end : end]):
                self.whole_note_talk(turn.start, end, title, people)
            else:
                self.add_one(EntryKind.OTHER, self.note.title, (turn.text,), turn.start, end)
        return True

    def whole_note_talk(
        self,
        start: int | None = None,
        end: int | None = None,
        quoted: str | None = None,
        people: tuple[str, ...] = (),
    ) -> None:
        """The whole note as one talk: its headings are parts of it (Q&A, takeaways …); or
        its lines ``start``..``end``, a talk whose title a line ``quoted``, given by
        ``people``."""
        note = self.note
        heading = self.title_heading
        # a "Title :" line names the talk better than the post's title ("…を聞いてきた")
        title, named, _ = heading_title(
            without_notes_word(
                quoted or note.talk_title or (heading.text if heading is not None else note.title)
            )
        )
        found = list(note.speakers or people)
        if heading is None and not found:
            # a frontmatter title that ends with its speaker: "Title – Ana Lima", "Title |
            # Ana Lima", "Title (Ana Lima)" (a heading's own speakers are read below)
            if named is None and title.endswith(")"):
                bare, _, named = split_title(title)
                title = bare if named else title
            if named:
                found.append(named)
        title = without_event(title, self.event_names)  # "RubyKaigi 2024: Title" is "Title"
        if start is None:
            start = next((n for n, line in enumerate(self.lines) if line.strip()), 0)
        total = len(self.lines) if end is None else end
        opening = self._opening()
        spoke = affiliated_speakers(self.lines[start : start + _OPENING_LINES])
        for name in (*self.speakers(heading, 0, total), *mentioned_speakers(opening), *spoke):
            if name not in found:
                found.append(name)
        path = (heading.text,) if heading is not None else (title,)
        fragment = slug(heading.text) if heading is not None else "note"
        self.add(EntryKind.SESSION, title, path, start, total, tuple(found), fragment=fragment)

    # -- headings ------------------------------------------------------------------------

    def own_context(self, heading: Heading) -> EntryKind | None:
        if heading is self.title_heading or self._over_dated_bullets(heading):
            return None  # "## Stage 2 (FIL Pavilion 1)" over dated talks: a room, no booth
        kind = context_kind(heading.text)
        if kind is not None and self._strong_item_id(heading.text, None) is not None:
            return None  # "Rani Borkar keynote" is a talk the program lists, not a group
        if (
            kind is EntryKind.BOOTH
            and not heading.children
            and meal_then_booths(heading.text)
            and not any(heading.start < lst.start < heading.end for lst in self.parsed.lists)
        ):
            return None  # "Lunch and booths" over a paragraph: a break, which names no booth
        return kind

    def _over_dated_bullets(self, node: Heading) -> bool:
        """A section whose parts are all talks written as dated bullets: the room they were
        in ("## Ballroom D (Convention Center)"), neither a talk nor a day."""
        return (
            bool(self.slot_starts)
            and bool(node.children)
            and all(child.start in self.slot_starts for child in node.children)
        )

    def _groups(self, node: Heading) -> bool:
        """A heading that only groups what is under it: a day, a track, a half-day."""
        if not node.children or node is self.title_heading:
            return False
        return (
            node.text in self.day_hints
            or is_group_heading(node.text)
            or node.start in self.author_sections
            # "## Ballroom D" over talks written as bullets, each with its own day: a room
            or self._over_dated_bullets(node)
        )

    def visit(self, node: Heading, inherited: EntryKind | None, path: tuple[str, ...]) -> None:
        if self.own_sections and node.start in self.own_sections:
            self.add(EntryKind.OTHER, node.text, (*path, node.text), node.start, node.end)
            return
        own = self.own_context(node)
        path = (*path, node.text)
        if len(node.children) >= 2 and self._written_by_several(node):
            self.shared_talk(node, inherited, path)
            return
        if inherited is not None:
            nested = context_kind(node.text, nested=True) if own is not None else None
            if node.children and (nested is not None or self._groups(node)):
                self.container(node, nested or inherited, path)
            elif (
                own is EntryKind.BOOTH
                and inherited is EntryKind.SESSION
                and booths_alone(node.text)
            ):
                # "## Sessions I attended" over "### Sponsor area": the booths, no talk
                self.unit(node, EntryKind.BOOTH, path, named_by_context=True)
            else:
                self.unit(node, inherited, path, named_by_context=own is not None)
            return
        if own is not None:
            if own is EntryKind.SESSION and self._talk_over_booths(node):
                # "## 키노트" over its notes, then "### 샌드박스 부스": the keynote, then a booth
                self._talk_then_booths(node, path)
                return
            if node.children:
                self.container(node, own, path)
            else:
                self.unit(node, own, path, named_by_context=True)
            return
        if node is self.title_heading and self._title_booths() and not node.children:
            # "# Stands (K building), Saturday" over "- **Codeberg**: …" bullets: the booths
            self.container(node, EntryKind.BOOTH, path)
            return
        if self._groups(node) or (node is self.title_heading and self.talk_default):
            self.container(node, None, path)
            return
        if self._talk_over_booths(node) and speaker_in_heading(node.text):
            # "## Title — Name" over its notes, then "### Wix booth" one level too deep
            self._talk_then_booths(node, path)
            return
        # A context below makes this heading a container ("# Day 1" over "## Keynotes"); a
        # lone "### 발표 요약" without sub-headings inside a talk does not.
        contexts = [(c, self.own_context(c)) for c in node.children]
        has_context = (
            any(self.own_context(d) is not None and d.children for d in node.descendants())
            or any(kind is EntryKind.BOOTH for _, kind in contexts)
            or sum(1 for _, kind in contexts if kind is not None) >= 2
            # "# My first COSCUP" over "## Saturday" / "## Sunday" over their talks: the days
            or any(c.text in self.day_hints and c.children for c in node.children)
            # "# GITEX expo diary" over "## Mon 14 Oct" over bullets, a talk or booth each
            or any(c.text in self.day_hints and self._diary_bullets(c) for c in node.children)
            # "# ECIR 2025" over "## Doctoral symposium" over a paper each
            or any(self._holds_papers(c) for c in node.children)
            # "# IETF 120 report" over "## 2. TLS WG (Mon 22 July)": a session each
            or (
                bool(self.dated_starts)
                and any(d.start in self.dated_starts for d in node.descendants())
            )
        )
        unit_like = sum(1 for child in node.children if self._looks_like_unit(child))
        # under the note's own title, one heading naming its speaker is a talk of its own
        # ("# Rust Seoul #14 (May 16)" over "## Image processing … (Sua Bae)")
        if (
            has_context
            or unit_like >= 2
            or (unit_like and (node is self.title_heading or only_an_event(node.text)))
        ):
            # one talk under a heading naming only an event ("## DjangoCon US 2024" in a
            # year's notes, a section per conference) is a talk of that event, not its part
            self.container(node, None, path)
        else:
            self.unit(node, None, path)

    def _talk_then_booths(self, node: Heading, path: tuple[str, ...]) -> None:
        first = node.children[0].start
        title, speakers = talk_title(node.text), self.speakers(node, node.start, first)
        self.add(EntryKind.SESSION, title, path, node.start, first, speakers)
        for child in node.children:
            self.visit(child, None, path)

    def _talk_over_booths(self, node: Heading) -> bool:
        """A talk's heading ("## Keynote", "## 키노트 다시보기") with notes of its own, then
        only booth headings under it: one talk, not a group of talks."""
        return (
            bool(node.children)
            and all(context_kind(c.text) is EntryKind.BOOTH for c in node.children)
            and self._has_text(node.head_end, node.children[0].start)
        )

    def _written_by_several(self, node: Heading) -> bool:
        """A talk's heading over one section per colleague who wrote it up ("## AI 키노트" or
        "## Keynote" over "### 도윤", "### 준호"): every heading under it is only a name."""
        if not self.author_names or node is self.title_heading:
            return False
        if node.start in self.author_sections or node.text in self.day_hints:
            return False
        if any(c.children or not names_people(c.text) for c in node.children):
            return False
        # the names are colleagues' by the sections they head elsewhere in the note ("## 도윤"
        # over their talks), not parts of a talk that look like a name ("### Architecture")
        if not any(section_author(c.text) in self.author_names for c in node.children):
            return False
        return not names_people(node.text)

    def shared_talk(
        self, node: Heading, inherited: EntryKind | None, path: tuple[str, ...]
    ) -> None:
        """One talk, an entry per colleague's section under its heading (by that colleague)."""
        title = talk_title(node.text)
        kind = inherited if inherited is not None else EntryKind.SESSION
        speakers = self.speakers(node, node.start, node.head_end)
        first = node.children[0].start
        if self._has_text(node.head_end, first):
            self.add(kind, title, path, node.start, first, speakers)
        for child in node.children:
            if self.note.author_guessed:
                self.section_authors[child.text] = section_author(child.text)
            self.add(kind, title, (*path, child.text), child.start, child.end, speakers)

    def _looks_like_unit(self, heading: Heading) -> bool:
        if self._strong_item(heading.text, None) is not None:
            return True
        return bool(self.speakers(heading, heading.start, heading.end))

    def container(self, node: Heading, kind: EntryKind | None, path: tuple[str, ...]) -> None:
        content_end = node.children[0].start if node.children else node.end
        if kind is EntryKind.SESSION and unconf_section(node.text):
            self.convened.update(child.start for child in node.children)
        has_text = self._has_text(node.head_end, content_end)
        if has_text and not (kind is EntryKind.BOOTH and self.bullets(node, path, content_end)):
            self.add(EntryKind.OTHER, node.text, path, node.start, content_end)
        deepest = 0  # the deepest level of the children so far
        for index, child in enumerate(node.children):
            if kind is None and child.level < deepest and self._break_over_talks(child, deepest):
                # "### Talk" / "## Lunch" / "### Talk": the lunch is written a level up, the
                # talk after it is a sibling of the talks before it, not a part of the lunch
                first = child.children[0].start
                if self._has_text(child.head_end, first):
                    self.add(EntryKind.OTHER, child.text, (*path, child.text), child.start, first)
                for grandchild in child.children:
                    self.visit(grandchild, kind, path)
            else:
                self.visit(child, kind, path)
            deepest = max(deepest, child.level)
            after = node.children[index + 1].start if index + 1 < len(node.children) else node.end
            self._after_block(child, after, path)

    def _break_over_talks(self, node: Heading, level: int) -> bool:
        """A heading one level above the talks before it, over headings at their level that
        read as talks, naming no speaker itself and grouping nothing (no day, no track)."""
        return (
            bool(node.children)
            and all(child.level == level for child in node.children)
            and not self._groups(node)
            and self.own_context(node) is None
            and not speaker_in_heading(node.text)
            and any(self._looks_like_unit(child) for child in node.children)
        )

    def _after_block(self, node: Heading, after: int, path: tuple[str, ...]) -> None:
        """The lines between the end of an outliner's talk block and what comes next (the
        day's errands after it: "- dinner with Lena", a to-do): no talk's."""
        if node.stop and node.end < after and self._has_text(node.end, after):
            self.add_one(EntryKind.OTHER, self.note.title, path, node.end, after)

    def _has_text(self, start: int, end: int) -> bool:
        return any(line.strip() for line in self.lines[start:end])

    def bullets(
        self, node: Heading, path: tuple[str, ...], content_end: int, *, firm: bool = False
    ) -> bool:
        """One booth entry per bullet of a list of booths; False when there is no such list.
        ``firm``: only bullets that name something as a link or before a colon count."""
        lists = [
            lst
            for lst in self.parsed.lists
            if node.start < lst.start < content_end and len(lst.bullets) >= 1
        ]
        named = [
            b
            for lst in lists
            for b in lst.bullets
            if (b.name and (not firm or firmly_named(b)))
            or self._bullet_booth(b.start)
            or (not firm and self._bold_first(b.start))
        ]
        if not lists or len(named) * 2 < sum(len(lst.bullets) for lst in lists):
            return False
        first = lists[0].start
        if self._has_text(node.head_end, first):
            self.add(EntryKind.OTHER, node.text, path, node.start, first)
        # a list whose booths are named in sentences: a sentence naming none is a remark
        # ("- Còn vài gian hàng tuyển dụng nữa nhưng mình không ghé", "- Stickers ran out")
        in_sentences = any(not firmly_named(b) and self._bullet_booth(b.start) for b in named)
        for lst in lists:
            for bullet in lst.bullets:
                # a sentence naming its booth first, unless a link or a "Name:" names it
                prose = None if firmly_named(bullet) else self._bullet_booth(bullet.start)
                if prose is None and not firm and not firmly_named(bullet):
                    prose = self._bold_first(bullet.start)  # "- **Fjordkode** hadde standen …"
                name = prose or bullet.name or " ".join(self.lines[bullet.start].split())[:60]
                if (
                    _SENTENCE_BULLET.match(name)
                    or (in_sentences and not prose and _sentence_like(name))
                    or (not prose and _han_sentence(name))
                ) and not firmly_named(bullet):
                    # "- the other stands only had coffee": a remark among the booths, no booth
                    self.add(EntryKind.OTHER, node.text, path, bullet.start, bullet.end)
                    continue
                # "**Datadog 부스**: …" is Datadog's booth (its id keeps the name as written)
                title = without_booth_word(name)
                self.add(EntryKind.BOOTH, title, (*path, name), bullet.start, bullet.end)
        tail = lists[-1].end
        if self._has_text(tail, content_end):
            self.add(EntryKind.OTHER, node.text, path, tail, content_end)
        return True

    def _bold_first(self, number: int) -> str | None:
        """The name a booth's bullet opens with in bold before its sentence ("- **Fjordkode**
        hadde standen med kode-quizen"), or None."""
        line = self.lines[number] if number < len(self.lines) else ""
        if "**" not in line[:32]:
            return None
        found = _BOLD_FIRST.match(line)
        if found is None or (found["lead"] and len(found["lead"].split()) > 3):
            return None
        return (found["name"] or found["later"]).strip()

    def _bullet_booth(self, number: int) -> str | None:
        """The booth a bullet's sentence opens by naming: "- 안드로이드 자동차 부스는 줄이 너무
        길어서 패스" → "안드로이드 자동차", "- The Grafana booth had …" → "Grafana"."""
        # a lone carriage return is a line break to the block parser but not in these lines
        # (only in a Note made without the loader, which turns it into a line break)
        if number >= len(self.lines):
            return None
        line = _BULLET_MARK.sub("", self.lines[number])
        return self.booth_names.get(number) or booth_in_prose(line) or booth_named_in(line)

    def demos(self, node: Heading, path: tuple[str, ...], content_end: int) -> bool:
        """A demo per paragraph or line naming one under a hackathon's finals heading
        (demo_sections says which), the lines before the first the section's own; False when
        fewer than two lines name one."""
        demos = demo_starts(self.lines, node.head_end, content_end)
        if demos is None:
            return False
        self.add_one(EntryKind.OTHER, node.text, path, node.start, demos[0].start)
        for number, demo in enumerate(demos):
            stop = demos[number + 1].start if number + 1 < len(demos) else content_end
            self.add_one(EntryKind.SESSION, demo.title, (*path, demo.title), demo.start, stop,
                         demo.speakers)  # fmt: skip
        return True

    def booth_paragraphs(self, node: Heading, path: tuple[str, ...], content_end: int) -> bool:
        """A booth entry per paragraph under a heading about booths that names none ("### Por
        los stands"), where the paragraphs name them anywhere ("En el edificio K pasé por el
        stand de FreeBSD …", "Luego, en el de Codeberg, …"); False when no paragraph does. A
        paragraph naming none belongs to the booth before it."""
        first = bisect.bisect_left(self.inline_starts, node.start)
        last = bisect.bisect_left(self.inline_starts, content_end)
        named: list[tuple[int, str]] = []
        paragraphs: list[int] = []
        for inline in self.parsed.inlines[first:last]:
            block = inline.block
            if block.heading or block.level != 1:
                continue
            text, start = block.text, inline.start
            if start < node.head_end:
                # a bold line read as the heading over its paragraph in one block (a blog
                # editor's "<p><b>부스 구경</b></p><p>…</p>"): the lines after it
                text, start = text.partition("\n")[2], node.head_end
            name = booth_in_section(text) if text else None
            if name is None and text and walk_heading(node.text):
                name = paragraph_booth(text)  # "NordRadio had the most practical thing …"
            if name is not None and (not named or named[-1][1] != name):
                named.append((start, name))
            if text:
                paragraphs.append(start)
        low = bisect.bisect_right(self.booth_lines, node.start)
        if low < len(self.booth_lines) and self.booth_lines[low] < content_end:
            return False  # lines that open by naming their booth: ``add_with_booths`` reads them
        if not named:
            if not paragraphs or not names_no_booth(node.text) or self.mentioned_name(node):
                return False  # "## EXHIBITION" over "google cloud에서는 …": its booth, named
            # "🎪 부스 후기" over prose naming booths without a booth word: each paragraph is
            # about the booth other notes give that it names (corpus.prose_booths), or none
            self.add_one(EntryKind.OTHER, node.text, path, node.start, paragraphs[0])
            for number, start in enumerate(paragraphs):
                stop = paragraphs[number + 1] if number + 1 < len(paragraphs) else content_end
                self.add_one(EntryKind.OTHER, node.text, (*path, BOOTHS_IN_PROSE), start, stop)
            return True
        if len(named) == 1 and not self._has_text(node.head_end, named[0][0]):
            named[0] = (node.start, named[0][1])  # "부스 구경" over one booth's paragraph: its
        self.add_one(EntryKind.OTHER, node.text, path, node.start, named[0][0])
        for number, (start, name) in enumerate(named):
            stop = named[number + 1][0] if number + 1 < len(named) else content_end
            self.add_one(EntryKind.BOOTH, name, (*path, name), start, stop)
        return True

    def unit(
        self,
        node: Heading,
        kind: EntryKind | None,
        path: tuple[str, ...],
        *,
        named_by_context: bool = False,
    ) -> None:
        content_end = node.children[0].start if node.children else node.end
        if not node.children and node.text in self.day_hints and self._diary_day(node, path):
            return
        if not node.children and finals_heading(node.text) and self.demos(node, path, content_end):
            return
        if (
            not node.children
            and (least := slot_heading(node.text))
            and self._bold_talks(node, path, content_end, least=least)
        ):
            return  # "## Slot 11:30" over "**D105 — Title (Name)**" lines: a talk each
        if (
            self.bullet_starts
            and kind is None
            and not node.children
            and node.start not in self.bullet_starts
            and self._strong_item(talk_title(node.text), None) is None
            and not self.speakers(node, node.start, node.end)
        ):
            # "## Didn't make it" beside rooms whose talks are dated bullets: every talk of
            # the note is written so; a section without one is about none
            self.add(EntryKind.OTHER, node.text, path, node.start, node.end)
            return
        if (
            named_by_context
            and kind is EntryKind.BOOTH
            # "### 퓨리오사AI 부스" over short notes: one booth; "## 체험 부스" over "**X**: …"
            # lines: a booth per line
            and self.bullets(node, path, content_end, firm=booth_subject(node.text) is not None)
        ):
            return
        if named_by_context and kind is EntryKind.BOOTH and not booths_alone(node.text):
            # "Poster session jioni" over notes on the posters (no list of them, each its
            # booth): the session itself
            kind = EntryKind.SESSION
        if (
            named_by_context
            and kind is EntryKind.SESSION
            and not node.children
            and unconf_section(node.text)
            and self._bold_talks(node, path, content_end)
        ):
            return
        if (
            not node.children
            and kind is not EntryKind.BOOTH
            and self.may_list_papers
            and paper_session(node.text, self.lines, node.head_end, content_end)
            and self._bold_talks(node, path, content_end, papers=True)
        ):
            return  # "### Session 3A (chair: …)" over "- **Paper** — Presenter": a talk each
        title = node.text
        no_booth = unnamed = False
        kind_speaker: str | None = None
        if (
            named_by_context
            and kind is EntryKind.BOOTH
            and booth_subject(node.text) is None
            and self.booth_paragraphs(node, path, content_end)
        ):
            return
        if named_by_context and kind is EntryKind.BOOTH:
            subject = booth_subject(node.text)
            # "## Booth tour" over "At the Grafana booth: …" paragraphs: each paragraph naming
            # its booth is that booth (``add_with_booths``); the heading names none of them
            # "## Expo Hall" over a paragraph: where the booths stand, no booth it mentions
            # "## Lunch and booths" over a paragraph: a break, no booth it mentions either
            mentioned = (
                not self._booth_line_in(node)
                and not names_booth_place(node.text)
                and not booths_over_a_break(node.text)
            )
            title = subject or (mentioned and self.mentioned_name(node)) or node.text
            unnamed = title == node.text
            if title != node.text:
                path = (*path, title)
            # "🎪 부스 후기" over a paragraph: booths in general, no one booth
            no_booth = names_no_booth(title)
        else:
            title = talk_title(node.text)  # no "10:30–11:10" before, no "— 김하늘" after
            if title[-1:] == ")":
                title = without_convener(title)  # "… (convened by Dohyun)", "… (제가 제안)"
            # "## Monday: TLS": the session that day, whatever the note's other sections are
            weekday_led = title != node.text and weekday_session(node.text)
            if kind is None and (weekday_led or node.start in self.dated_starts):
                kind = EntryKind.SESSION  # "## 2. TLS WG (Mon 22 July)": that day's session
            if (
                not weekday_led
                and title != node.text
                and holds_any(node.text, _KIND_SEPARATORS)
                and (named := kind_and_speaker(node.text, self.lines[node.head_end : node.end]))
            ):
                title, kind_speaker = named  # "## Keynote: Petra Horáková" over "She …"
            if self.session_titles and node.start in self.session_titles:
                title = self.session_titles[node.start]  # "## DNSOP: la delegación …": DNSOP
            if (
                kind is EntryKind.SESSION
                and not node.children
                and (weekday_led or node.start in self.dated_starts)
                and self._later_sessions(node, path, title)
            ):
                return
        item_kind = _item_kind(kind)
        own_item = self._strong_item(title, item_kind)
        splits = self._splits(node, item_kind)
        parts: list[tuple[int, int]] = []
        cursor = node.start
        for split in splits:
            parts.append((cursor, split.start))
            cursor = split.end
        parts.append((cursor, node.end))
        for number, (start, end) in enumerate(parts):
            speakers = self.speakers(node if number == 0 else None, start, end)
            if number == 0 and kind_speaker and kind_speaker not in speakers:
                speakers = (kind_speaker, *speakers)
            entry_kind = self._kind(kind, own_item, speakers, title if number == 0 else "")
            if (
                entry_kind is EntryKind.OTHER
                and self.parsed.run_in
                and len(parts) == 1
                and self._run_ins(node, path)
            ):
                return  # "## Indaba special" over "**Talk of the week.** Friday's keynote by …"
            if no_booth and own_item is None and number == 0:
                entry_kind = EntryKind.OTHER
            if (
                entry_kind is EntryKind.SESSION
                and own_item is None
                and (
                    only_links(self.lines, node.head_end if number == 0 else start, end)
                    or (number == 0 and plans_to_see(title))
                )
            ):
                # a list of links to other pages (an index), or of the talks to see (a plan)
                entry_kind = EntryKind.OTHER
            self.add(entry_kind, title, path, start, end, speakers, unnamed_booth=unnamed)
        for split in splits:
            split_kind = kind or self._kind(None, self._strong_item(split.text, None), ())
            speakers = self.speakers(split, split.start, split.end)
            self.add(split_kind, split.text, (*path, split.text), split.start, split.end, speakers)

    def _later_sessions(self, node: Heading, path: tuple[str, ...], title: str) -> bool:
        """A session's section with a paragraph moving on to another group's session ("Later
        the same day I dropped into MLS, …"): the section up to it that session, from it to the
        next such paragraph (or the section's end) the other, on the same day. False (nothing
        added) for a section with no such paragraph: most."""
        later = later_sessions(self.lines, node.head_end, node.end, title)
        if not later:
            return False
        first = later[0][0]
        self.add(
            EntryKind.SESSION,
            title,
            path,
            node.start,
            first,
            self.speakers(node, node.start, first),
        )
        hint = self.entries[-1].day_hint if self.entries else None
        for number, (line, group) in enumerate(later):
            stop = later[number + 1][0] if number + 1 < len(later) else node.end
            if hint is not None:
                self.prose_days[line] = hint
            speakers = self.speakers(None, line, stop)
            self.add(EntryKind.SESSION, group, (*path, group), line, stop, speakers)
        return True

    def _run_ins(self, node: Heading, path: tuple[str, ...]) -> bool:
        """A part per paragraph opening with a bold run-in under a heading naming no talk,
        a talk where it names one (corpus.run_ins); False when the section has no such
        paragraphs."""
        if sum(1 for run in self.parsed.run_in if node.head_end <= run.start < node.end) < 2:
            return False  # the block scan found fewer than two run-ins here
        from summit_tui.corpus.run_ins import run_in_parts

        parts = run_in_parts(self.lines, node.head_end, node.end)
        if parts is None:
            return False
        self.add(EntryKind.OTHER, node.text, path, node.start, parts[0].start)
        for part in parts:
            if part.day is not None:
                self.day_hints.setdefault(part.topic, part.day)  # "Friday's keynote by …"
            where = (*path, part.topic)
            self.add(part.kind, part.title, where, part.start, part.end, part.speakers)
        return True

    def _bold_talks(
        self,
        node: Heading,
        path: tuple[str, ...],
        content_end: int,
        least: int = 2,
        *,
        papers: bool = False,
    ) -> bool:
        """Ignites or lightning talks as bold bullets under their section ("## Ignites" over
        "- **Title** (Name): one line"), or as bold lines naming their speaker ("**Title**
        (Name): …"): a talk per bullet or line, with what is under it; False unless ``least``
        read so, and most of the bullets. ``papers``: a paper session's items ("1. **Title** —
        Presenter. what was said"), bold lines not read."""
        lists = [lst for lst in self.parsed.lists if node.start < lst.start < content_end]
        bullets = [b for lst in lists for b in lst.bullets]
        read = paper_item if papers else bold_talk
        spans = [(b.start, b.end, t) for b in bullets if (t := read(self.lines[b.start]))]
        if papers and (len(spans) < 2 or 2 * len(spans) <= len(bullets)):
            return False
        if len(spans) < max(least, 2) or 2 * len(spans) <= len(bullets):
            spans = bold_talk_lines(self.lines, node.head_end, content_end)
            if len(spans) < least:
                return False
        first = spans[0][0]
        if self._has_text(node.head_end, first):
            self.add(EntryKind.OTHER, node.text, path, node.start, first)
        else:  # the section's heading line: no talk's
            self.add(EntryKind.OTHER, node.text, path, node.start, node.head_end)
        for start, end, (title, speaker) in spans:
            speakers = (speaker,) if speaker else ()
            self.add(EntryKind.SESSION, title, (*path, title), start, end, speakers)
        tail = spans[-1][1]
        if self._has_text(tail, content_end):
            self.add(EntryKind.OTHER, node.text, path, tail, content_end)
        return True

    def _diary_bullets(self, node: Heading) -> list[DiaryBullet]:
        if node.children:
            return []
        lines = self.lines
        if not any("**" in line for line in lines[node.head_end : node.end]):
            return []  # most days: no bold part, so no slot or booth bullet
        # imported here: most notes never get this far, and a parse need not pay for it
        from summit_tui.corpus.diary_bullets import diary_bullets

        return diary_bullets(lines, node.head_end, node.end)

    def _diary_day(self, node: Heading, path: tuple[str, ...]) -> bool:
        """A day of an expo diary written as bullets ("## Mon 14 Oct" over "- **Main Stage
        09:30 — Opening keynote, Name, "Title"**: …" and "- Hall 9, stand H9-A30 —
        **SkyDrop** …"): a talk or a booth per bullet naming one, the others no talk's."""
        bullets = self._diary_bullets(node)
        if not bullets:
            return False
        self.add(EntryKind.OTHER, node.text, path, node.start, bullets[0].start)
        for bullet in bullets:
            if bullet.kind == "talk":
                speakers = (bullet.speaker,) if bullet.speaker else ()
                where = (*path, bullet.title)
                self.add(EntryKind.SESSION, bullet.title, where, bullet.start, bullet.end, speakers)
            elif bullet.kind == "booth":
                where = (*path, bullet.title)
                self.add(EntryKind.BOOTH, bullet.title, where, bullet.start, bullet.end)
            else:
                self.add(EntryKind.OTHER, node.text, path, bullet.start, bullet.end)
        return True

    def _kind(
        self,
        kind: EntryKind | None,
        item_kind: ItemKind | None,
        speakers: tuple[str, ...],
        title: str = "",
    ) -> EntryKind:
        if item_kind is not None:
            return EntryKind(item_kind.value)
        if title and (generic_heading(title) or only_a_day(title)):
            return EntryKind.OTHER  # "개요", "마치며", "Day 2" on their own: no talk
        if kind is not None:
            return kind
        if (
            self.talk_default
            and not speakers
            and self._title_booths()
            and not (title and NAMES_TALK_KIND.search(title))  # "개막 기조연설 - …"
        ):
            return EntryKind.BOOTH  # headings of a note about the exhibition hall
        if speakers or self.talk_default:
            return EntryKind.SESSION
        return EntryKind.OTHER

    def _splits(self, node: Heading, kind: ItemKind | None) -> list[Heading]:
        """Sub-headings the program lists as items of their own (not the unit's item).

        Without a program, each sub-heading of a booth is a part of its own: a company's
        stand often holds its partners' ("### SK" over "#### Starburst"); inference puts
        a part back with its booth unless another note names that booth on its own."""
        if self.index is None:
            return list(node.children) if kind is ItemKind.BOOTH else []
        own_id = self._strong_item_id(node.text, kind)
        found: list[Heading] = []
        # depth first, in order; a loop, not a nested function calling itself, which would
        # be a reference cycle holding the whole segmenter until the garbage collector runs
        waiting = node.children[::-1]
        while waiting:
            child = waiting.pop()
            child_id = self._strong_item_id(child.text, kind)
            if child_id is not None and child_id != own_id:
                found.append(child)
            else:
                waiting.extend(child.children[::-1])
        return found

    def _strong_item_id(self, text: str, kind: ItemKind | None) -> str | None:
        if self.index is None:
            return None
        key = (text, kind)
        if key not in self.strong:
            self.strong[key] = self.index.strong_match(text, kind, self.event, _STRONG)
        return self.strong[key]

    def _strong_item(self, text: str, kind: ItemKind | None) -> ItemKind | None:
        item_id = self._strong_item_id(text, kind)
        if item_id is None or self.index is None:
            return None
        return self.index.item(item_id).kind

    def speakers(self, node: Heading | None, start: int, end: int) -> tuple[str, ...]:
        found: list[str] = []
        if node is not None:
            title_speaker = speaker_in_heading(node.text)
            if (
                title_speaker
                and node.start in self.dated_starts
                and title_speaker == talk_title(node.text)
            ):
                title_speaker = ""  # "Terça-feira (23/07) — QUIC WG": the day's session
            if title_speaker:
                text = node.text
                people = (
                    paren_people(text)
                    if text.endswith((")", "）"))
                    else dash_people(text)
                    if any(mark in text for mark in TWO_PEOPLE_MARKS)
                    else ()
                )
                found.extend(people if title_speaker in people else (title_speaker,))
            elif node.start in self.surnamed or node.start in self.convened:
                # "… (Okafor & Tanaka)", "… (convened by Dohyun)"
                named = _surnames(node.text) or (convener_in(node.text),)
                found.extend(name for name in named if name)
            else:
                found.extend(row_speakers(self.table_speakers, node.text))
        inlines = self.parsed.inlines
        first = bisect.bisect_left(self.inline_starts, start)
        last = bisect.bisect_left(self.inline_starts, end)
        blocks = [i.block for i in inlines[first:last]]
        labelled = find_speakers(blocks)
        # "Virtuelle Threads: Was bringen sie wirklich?" over "Von Michael Hartmann.": a
        # heading read as "Name: Title" only guessed; the label line names the speaker
        if (
            found
            and labelled
            and found[0] not in labelled
            and node is not None
            and not split_title(node.text)[2]
            and not heading_title(node.text)[1]
        ):
            found = []
        for name in labelled:
            if name not in found:
                found.append(name)
        return tuple(found)

    def _booth_line_in(self, node: Heading) -> bool:
        """A line under ``node``'s own heading that opens by naming its booth."""
        low = bisect.bisect_right(self.booth_lines, node.start)
        return low < len(self.booth_lines) and self.booth_lines[low] < node.end

    def mentioned_name(self, node: Heading) -> str | None:
        """What a booth part without its own heading is about: the first booth it names."""
        text = "\n".join(self.lines[node.start + 1 : node.end])
        if self.index is not None:
            item_id = self.index.first_mention(text, ItemKind.BOOTH, self.event)
            if item_id is not None:
                return self.index.item(item_id).title
        for inline in self.parsed.inlines:
            if node.start < inline.start < node.end and not inline.block.heading:
                match = _SUBJECT.match(inline.block.text)
                if match:
                    return match.group("name").strip()
        return None


# The quotes a listed work's heading opens with: `"Piranesi" — Susanna Clarke`, `„Solaris”`
_WORK_QUOTES = frozenset("\"“„«‚'『《「")
# What every word of work_lists' titles about reading or watching holds, lowered
_WORK_STEMS = (
    *("read", "book", "film", "movie", "podcast", "watched", "listened", "czyta", "książ"),
    *("ksiaz", "lektur", "obejrz", "okud", "kitap", "izledi", "dinledi", "gelesen", "bücher"),
    *("lectur", "leí", "leitur", "livr", "libro", "lus", "읽은", "책", "독서", "読", "读", "讀"),
)


_CLOSERS = frozenset(")）")


_TITLE_QUOTES = ("«", "“", "„")


@lru_cache(maxsize=65536)
def _dated_slot(text: str) -> bool:
    """A talk heading opening with its own day and time ("Sat 3/9 10:00 — Title — Name",
    "Sun 3/10 2:30pm: Title"), not with a time alone."""
    time = heading_title(text)[2]
    if not time or time[:1].isdecimal():
        return False
    day = day_heading(time)
    return day is not None and (day[:2] == "--" or day[:1].isdecimal())


def _lines_matching(following: re.Pattern[str], body: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of every line of ``body`` that ``following`` matches from the line
    break before it, found by one scan of the body rather than a test per line (a multiline
    search for a line's start tries every character); no match holds another line break. The
    first line is given the break it lacks: one pattern serves every line (a second one,
    anchored at the start of a line, cost each worker its build)."""
    number, counted = 0, 0
    end = body.find("\n")
    head = body[: end if end != -1 else len(body)]
    first = following.match("\n" + head)
    if first is not None:
        yield 0, head
    for match in following.finditer(body, first.end() - 1 if first is not None else 0):
        start = match.start() + 1
        number += body.count("\n", counted, start)
        counted = start
        end = body.find("\n", start)
        yield number, body[start : end if end != -1 else len(body)]


def _sentence_like(text: str) -> bool:
    """A bullet written as a sentence, not a name: four words, or a long run of a script
    written without spaces ("还有几家厂商，没细看")."""
    words = text.lstrip("-*+ ").split()
    return len(words) >= 4 or (len(words) == 1 and len(words[0]) >= 8)


def _without(text: str, names: Sequence[str]) -> str:
    """The text with the event names it holds taken out."""
    for name in sorted({n for n in names if n}, key=lambda n: (-len(n), n)):
        if name.lower() in text.lower():
            text = name_in_any_case(name).sub(" ", text)
    return text


def _item_kind(kind: EntryKind | None) -> ItemKind | None:
    if kind is EntryKind.BOOTH:
        return ItemKind.BOOTH
    if kind is EntryKind.SESSION:
        return ItemKind.SESSION
    return None


def _first_of_slots(first: Heading, headings: list[Heading]) -> bool:
    """Whether the first heading is a program's first slot, not the note's title: it opens
    with a time, as another heading of its level does (a pad's "10:30 Title — Name" banners)."""
    if leading_time(first.text)[1] is None:
        return False
    return any(h.level == first.level and leading_time(h.text)[1] for h in headings[1:])
