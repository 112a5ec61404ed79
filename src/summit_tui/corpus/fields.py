"""Note fields from any tool's frontmatter (Jekyll, Hugo, Obsidian, velog exports): the
title, author, event, date (and whether it is the event's, a session time or a posting
date), tags, speakers, links; a speaker list from a ``subtitle`` only when it holds names."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from summit_tui.corpus.model import Problem, Severity
from summit_tui.corpus.names import clean_person
from summit_tui.corpus.speaker_labels import label_alternation
from summit_tui.corpus.speakers import label_person, split_names
from summit_tui.lazy_re import lazy

_ISO_DATE = lazy(r"^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
_HAS_TIME = lazy(r"\d{1,2}:\d{2}")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        parts = [t for v in value if (t := _text(v))]
        return ", ".join(parts) or None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("title"))
    text = " ".join(str(value).split())
    return text or None


def strings(value: Any) -> tuple[str, ...]:
    """A list of names from a list, a mapping's names, or a comma/space separated string."""
    if value is None:
        return ()
    if isinstance(value, str):
        parts = value.split(",") if "," in value else [value]
        if "," not in value and value.lstrip().startswith("#"):
            parts = value.split()
        items: list[Any] = parts
    elif isinstance(value, (list, tuple, set)):
        items = list(value)
    else:
        items = [value]
    out: dict[str, None] = {}  # in order, each once (a list's `in` made 40,000 tags quadratic)
    for item in items:
        text = _text(item)
        if text:
            text = text.lstrip("#").strip()
            if text:
                out[text] = None
    return tuple(out)


WIKILINK = lazy(r"\[\[([^\]|#\n]{1,100})(?:[#|][^\]\n]{0,100})?\]\]")
# The text an Obsidian or Logseq link shows: "[[Page]]" → "Page", "[[page|Shown]]" → "Shown".
WIKILINK_TEXT = lazy(r"\[\[(?:[^\]|\n]*\|)?([^\]|\n]+)\]\]")


# A line of inline tags as Bear and Obsidian write them under a note's title:
# "#conf/qcon-london-2024 #work/notes" (a heading has a space after its #).
@functools.cache
def _tag_line() -> re.Pattern[str]:
    # compiled on first use (so are the other patterns made by functions here): a start
    # that parses no note never pays for it
    return re.compile(r"^[ \t]*#[^\s#][^\s]*(?:[ \t]+#[^\s#][^\s]*)*[ \t]*$")


_TAG_LINES_READ = 12


def inline_tags(body: str) -> tuple[str, ...]:
    """The tags a note writes in its first lines as a line of ``#tag`` words ("#conf/qcon-2024
    #work"): each without its "#", nested parts kept ("conf/qcon-2024")."""
    head = body[:2000]
    if "#" not in head:
        return ()
    tags: list[str] = []
    for line in head.split("\n", _TAG_LINES_READ)[:_TAG_LINES_READ]:
        if "#" in line and _tag_line().match(line):
            tags.extend(word[1:].rstrip(",.;") for word in line.split())
    return tuple(dict.fromkeys(t for t in tags if t and not t.isdigit()))


# An outliner's property line: a page's first lines ("event:: [[Devoxx Belgium 2024]]",
# "tags:: conf/devoxx, java") or a block's ("- speaker:: [[Marta Kowalczyk]]", "- room:: Room 5").
# The one reader of them: page_properties and property_fact_line.
@functools.cache
def _property() -> re.Pattern[str]:
    return re.compile(r"^(\s*(?:[-*+]\s+)?)([A-Za-z][\w-]{0,30})::([ \t]*)(.*?)\s*$")


# A Dataview inline field ("speaker:: Lena", "- day:: 2024-05-30") and a task's box ("[ ] …").
_INLINE_FIELD = lazy(r"^\s*(?:[-*+]\s+)?[^\W\d][\w -]{0,30}::\s*\S")
TASK = lazy(r"^\s*\[([ xX])\]\s+(.+)$", re.DOTALL)


def inline_fields(source: str) -> bool:
    """Whether a paragraph is only Dataview inline fields: a line each, never one passage."""
    if "::" not in source:
        return False
    return all(_INLINE_FIELD.match(line) for line in source.split("\n") if line.strip())


def task_box(text: str) -> tuple[bool, str] | None:
    """(done, the task's text) of a task list item's text ("[x] watch again"), else None."""
    match = TASK.match(text)
    return None if match is None else (match.group(1) in "xX", match.group(2))


def property_fact_line(line: str) -> str:
    """A property line read as a fact line: "speaker:: [[Marta Kowalczyk]]" → "speaker: Marta
    Kowalczyk" (a page link reads as the page it names); any other line as it is."""
    match = _property().match(line)
    if match is None or not match.group(3) or not match.group(4):
        return line
    indent, label, _, value = match.groups()
    value = WIKILINK_TEXT.sub(r"\1", value)
    return f"{indent}{label}: {value}"


_PROPERTY_LINES = 30
_PROPERTY_KEYS = frozenset(
    ("event", "conference", "speaker", "speakers", "tags", "author", "authors", "track", "room")
)
# Obsidian Dataview's inline fields as people name them: "conf:: Craft", "day:: 2024-05-30"
# (the day of the talk, as frontmatter's event_date), "presenter:: Lena", "event-date::".
_PROPERTY_ALIASES = {
    "room": "track",
    "conf": "event",
    "day": "event_date",
    "date": "event_date",
    "event-date": "event_date",
    "event_date": "event_date",
    "presenter": "speaker",
    "presenters": "speakers",
}


def page_properties(body: str) -> dict[str, Any]:
    """The properties an outliner page or an Obsidian note opens with (``key:: value`` lines,
    after its title heading if it has one), as frontmatter would give them: the keys that say
    its event, day, speakers, tags, author and track (a ``room`` is its track, a ``day`` the
    talk's date); links written as ``[[Page]]`` read as the page's name."""
    if "::" not in body[:600]:
        return {}
    found: dict[str, Any] = {}
    started = False
    for line in body.split("\n", _PROPERTY_LINES)[:_PROPERTY_LINES]:
        match = _property().match(line)
        if match is None or match.group(1):
            if not started and (not line.strip() or line.lstrip().startswith("#")):
                continue  # the note's title heading above its fields
            break  # the page's properties end where its first block begins
        started = True
        key, value = match.group(2).lower(), WIKILINK.sub(r"\1", match.group(4)).strip()
        key = _PROPERTY_ALIASES.get(key, key)
        if (key in _PROPERTY_KEYS or key == "event_date") and value:
            found.setdefault(key, value)
    return found


def _unlinked(text: str | None) -> str | None:
    """An Obsidian link's page name: "[[SK AI Summit 2024]]" → "SK AI Summit 2024"."""
    if text is None or "[[" not in text:
        return text
    return WIKILINK.sub(lambda match: match.group(1), text).strip() or None


def iso_date(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        match = _ISO_DATE.match(value)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups())).isoformat()
            except ValueError:
                return None
    return None


_POSTED_KEYS = ("published_at", "publishdate", "pubdate", "date_published", "published_date")
_CREATED_KEYS = ("created", "created_at", "date_created", "creation_date")
# Seconds (ten digits) or milliseconds (thirteen) since 1970: a notes app's stamp.
_EPOCH = lazy(r"^\s*(\d{10}|\d{13})(?:\.\d+)?\s*$")


def epoch_seconds(value: Any) -> int | None:
    """The seconds since 1970 an epoch stamp gives (Dendron's ``created: 1716054360123`` in
    milliseconds, ``date: 1730678400`` in seconds); None for anything else."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    match = _EPOCH.match(str(value)) if not isinstance(value, float) else None
    if match is None:
        return None
    return int(match.group(1)) // (1000 if len(match.group(1)) == 13 else 1)


def epoch_date(value: Any, offset: int | None = None) -> str | None:
    """The day an epoch stamp falls on, ``offset`` minutes east of UTC (the event's zone), or
    in the machine's local time zone when None: a note begun at 08:00 in Seoul is of that
    day, not of the day before as UTC has it. None for anything that is no stamp."""
    seconds = epoch_seconds(value)
    if seconds is None:
        return None
    zone = dt.timezone(dt.timedelta(minutes=offset)) if offset is not None else None
    try:
        when = dt.datetime.fromtimestamp(seconds, tz=zone or dt.UTC)
        return (when if zone else when.astimezone()).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


# The zone written after a time: "19:00:00+09:00", "19:00 +0900" ("Z", a stamp an app kept in
# UTC, says nothing of where the event was)
_OFFSET = lazy(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*([+-])(\d{2}):?(\d{2})\s*$")
_MAX_OFFSET = 14 * 60


def utc_offset(value: Any) -> int | None:
    """Minutes east of UTC of a date and time written with its zone (``2024-11-21T19:00:00+09:00``,
    ``2024-11-21 19:00:00 +0900``); None without one."""
    if isinstance(value, dt.datetime):
        delta = value.utcoffset()
        if delta is None:
            return None
        minutes = int(delta.total_seconds() // 60)
    elif isinstance(value, str):
        match = _OFFSET.search(value)
        if match is None:
            return None
        sign, hours, mins = match.groups()
        minutes = (int(hours) * 60 + int(mins)) * (-1 if sign == "-" else 1)
    else:
        return None
    # UTC (`Z`, `+00:00`): how apps keep their stamps, which says nothing of the event's place
    return minutes if minutes and abs(minutes) <= _MAX_OFFSET else None


_UTC_TIME = lazy(
    r"^\s*\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00)\s*$"
)


def utc_seconds(value: Any) -> int | None:
    """The seconds since 1970 of a date and time kept in UTC (Joplin's `2024-05-18 13:07:02Z`,
    a Notion export's `2024-11-20T23:30:00.000Z`): a stamp like an epoch one; None otherwise."""
    if isinstance(value, dt.datetime):
        delta = value.utcoffset()
        return int(value.timestamp()) if delta is not None and not delta else None
    if isinstance(value, str) and _UTC_TIME.match(value):
        text = value.strip().replace(" ", "T", 1).replace("Z", "+00:00")
        try:
            return int(dt.datetime.fromisoformat(text).timestamp())
        except ValueError:
            return None
    return None


def zoned_seconds(value: Any, offset: int) -> int | None:
    """The seconds since 1970 of a date and time written with its zone ``offset`` minutes
    east of UTC (``2024-10-30 01:45:00 +0900``); None when it does not read as one."""
    if isinstance(value, dt.datetime):
        return int(value.timestamp()) if value.utcoffset() is not None else None
    if not isinstance(value, str) or (match := _OFFSET.search(value)) is None:
        return None
    clock = value[: match.start(1)].strip().replace(" ", "T", 1)
    try:
        local = dt.datetime.fromisoformat(clock)
    except ValueError:
        return None
    return int(local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset))).timestamp())


def _has_time(value: Any) -> bool:
    if isinstance(value, dt.datetime):
        return (value.hour, value.minute) != (0, 0)
    return isinstance(value, str) and bool(_HAS_TIME.search(value))


def _falsy(value: Any) -> bool:
    return value is False or (isinstance(value, str) and value.strip().lower() in ("false", "no"))


def _truthy(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() in ("true", "yes"))


# The author's key in any language a blog is kept in.
_AUTHOR_KEYS = (
    "author",
    "authors",
    "auteur",
    "autor",
    "autora",
    "verfasser",
    "작성자",
    "글쓴이",
    "作者",
    "著者",
)


def _written_date(raw: str) -> str | None:
    """The one full date a frontmatter value writes as people do ("March 19, 2024",
    "19.03.2024", "2024년 3월 19일", "Tuesday, March 19, 2024 10:00"), or None."""
    if len(raw) > 60 or not any(c.isdigit() for c in raw):
        return None
    from summit_tui.corpus.dates import find_dates  # only for such a value: rare

    mentions = find_dates(raw)
    if len(mentions) != 1 or mentions[0].is_range:
        return None
    day = mentions[0].partial()
    return day if len(day) == 10 and day[:1].isdigit() else None


def frontmatter_fields(
    meta: dict[str, Any], rel: str, problems: list[Problem], front_line: int
) -> dict[str, Any]:
    """Note fields from a frontmatter mapping (keys already lower-cased)."""
    fields: dict[str, Any] = {}
    fields["title"] = _text(meta.get("title"))
    fields["author"] = _text(next((meta[k] for k in _AUTHOR_KEYS if meta.get(k)), None))
    for nested in ("params", "last_update"):
        # Hugo's params: {author: …} (where newer Hugo wants a page's own keys); a Docusaurus
        # page's last_update: {author: …}: on a team's notes site, its writer
        inner = meta.get(nested)
        if fields["author"] is None and isinstance(inner, dict):
            fields["author"] = _text(next((inner[k] for k in _AUTHOR_KEYS if inner.get(k)), None))
    fields["event"] = _unlinked(
        _text(meta.get("event") or meta.get("conference") or meta.get("event_name"))
    )
    explicit = meta.get("event_date")
    raw_date = explicit if explicit not in (None, "") else meta.get("date")
    posted = False
    if raw_date in (None, ""):
        # dev.to's "published_at", Hugo's "publishDate", an RSS item's "pubDate": when the
        # post came out, as a blog's "date" says
        raw_date = next((meta[k] for k in _POSTED_KEYS if meta.get(k) not in (None, "")), None)
        posted = raw_date is not None
    fields["date"] = iso_date(raw_date)
    fields["utc_offset"] = utc_offset(raw_date)
    if raw_date is not None and fields["date"] is None and epoch_seconds(raw_date) is not None:
        # `date: 1730678400`: a stamp, read in the machine's zone until the notes give the
        # event's (corpus.events)
        fields["date"], fields["stamp"] = epoch_date(raw_date), epoch_seconds(raw_date)
    elif (seconds := utc_seconds(raw_date)) is not None:
        fields["date"], fields["stamp"] = epoch_date(seconds), seconds  # `…T23:30:00Z`: as well
    elif fields["utc_offset"] is not None and fields["date"] is not None:
        # `2024-10-30 01:45:00 +0900`: its own day, and the moment, for a note watched from
        # another zone than the event's (corpus.events)
        fields["stamp"] = zoned_seconds(raw_date, fields["utc_offset"])
    if fields["date"] is None and isinstance(raw_date, str):
        fields["date"] = _written_date(raw_date)  # `date: "March 19, 2024"`, `19.03.2024`
    if raw_date is not None and fields["date"] is None:
        problems.append(
            Problem(
                rel,
                front_line,
                Severity.WARNING,
                f"frontmatter date {raw_date!r} is not a date (expected YYYY-MM-DD)",
                "date ignored",
            )
        )
    if fields["date"] is not None:
        fields["date_kind"] = (
            "event"
            if explicit not in (None, "")
            else "timed"
            if _has_time(raw_date) and not posted
            else "plain"
        )
    if raw_date is None:
        # a notes app's own stamp: when the note was begun (Joplin "2024-05-18 13:07:02Z",
        # Dendron's epoch milliseconds), the day it was written, as a posting date is
        created = next((meta[k] for k in _CREATED_KEYS if meta.get(k) not in (None, "")), None)
        if created is not None and (day := epoch_date(created) or iso_date(created)):
            fields["date"], fields["date_kind"] = day, "created"
            fields["stamp"] = epoch_seconds(created) or utc_seconds(created)
            if fields["stamp"] is not None:
                fields["date"] = epoch_date(fields["stamp"])  # in the machine's zone, as above
            fields["utc_offset"] = utc_offset(created)
    fields["source"] = _text(
        next(
            (
                meta[k]
                for k in ("source", "url", "link", "canonical_url", "original", "origin")
                if meta.get(k)
            ),
            None,
        )
    )
    fields["lang"] = _text(meta.get("lang") or meta.get("language"))
    fields["track"] = _text(meta.get("track"))
    fields["tags"] = tuple(
        dict.fromkeys((*strings(meta.get("tags")), *strings(meta.get("categories"))))
    )
    speakers = people(meta.get("speakers")) or people(meta.get("speaker"))
    if not speakers and meta.get("subtitle"):
        speakers = people(meta.get("subtitle"), strict=True)
    fields["speakers"] = speakers
    fields["aliases"] = strings(meta.get("aliases") or meta.get("alias"))
    if _falsy(meta.get("published")) or _truthy(meta.get("draft")):
        fields["published"] = False
    links = meta.get("links")
    pairs: list[tuple[str, str]] = []
    if isinstance(links, dict):
        for heading, item in links.items():
            if heading is not None and item is not None:
                pairs.append((" ".join(str(heading).split()), str(item).strip()))
    elif links is not None:
        problems.append(
            Problem(
                rel,
                front_line,
                Severity.WARNING,
                'frontmatter links must be a mapping {"heading text": item-id}',
                "links ignored",
            )
        )
    fields["links"] = tuple(pairs)
    return {k: v for k, v in fields.items() if v is not None}


# The labels that name a talk's speakers ("Speaker:", "발표자 :"), also read by metadata.py
SPEAKER_LABELS = label_alternation()
_PEOPLE_PREFIX = lazy(rf"^\s*(?:by|{SPEAKER_LABELS})\s*[:：]?\s+", re.IGNORECASE)
# A subtitle that says whose talk it is: "Opening keynote by Aiko Tanabe", "A talk given by
# A and B": the names after "by".
_BY_SPEAKERS = lazy(
    r"(?i)\b(?:keynote|talk|session|presentation|panel|workshop|lecture|tutorial|lightning talk)s?"
    r"\s+(?:(?:given|presented|delivered|led)\s+)?by\s+(?P<names>[^()\n]{2,120}?)\s*$"
)


# The same in Greek, the speaker in the genitive after the article: "Σκέψεις μετά την κεντρική
# ομιλία της Μαρίας Κωνσταντίνου στο DEVit" (thoughts after Maria Konstantinou's keynote)
_OF_SPEAKER_EL = lazy(
    r"(?i)(?:ομιλία|ομιλια|παρουσίαση|παρουσιαση|εισήγηση|εισηγηση|keynote|talk)\s+"
    r"(?P<art>της|του)\s+(?P<names>[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰς]+\s+[Α-ΩΆ-Ώ][α-ωά-ώϊϋΐΰς]+)"
)


def _greek_nominative(name: str, article: str) -> str:
    """A Greek name in the genitive as it is written on its own: "Μαρίας Κωνσταντίνου" (της)
    is Μαρία Κωνσταντίνου, "Γιώργου Μαυρίδη" (του) is Γιώργος Μαυρίδης."""
    words = []
    for word in name.split():
        if article.lower() == "της":  # a woman's: "-ας", "-ης" lose their ς; "-ου" stays
            word = word[:-1] if word.endswith(("ας", "ης", "άς", "ής")) else word
        elif word.endswith(("ου", "ού")):  # a man's: "Γιώργου" → "Γιώργος"
            word = word[:-1] + "ς" if word.endswith("ου") else word[:-2] + "ός"
        elif word.endswith(("η", "ή", "α", "ά")):  # "Μαυρίδη" → "Μαυρίδης", "Λουκά" → "Λουκάς"
            word += "ς"
        words.append(word)
    return " ".join(words)


def people(value: Any, *, strict: bool = False) -> tuple[str, ...]:
    """Speaker names from a frontmatter value: a list, or "Jane Doe, 김민지 (Google)".

    ``strict`` (a Jekyll ``subtitle``, which may be a real subtitle): only parts that
    read as people's names count, or the names after "keynote by" ("Opening keynote by
    Aiko Tanabe").
    """
    if value is None:
        return ()
    raw: list[str] = []
    for item in value if isinstance(value, (list, tuple)) else [value]:
        text = _text(item)
        if text and (by := _BY_SPEAKERS.search(text)):
            text = by.group("names")
        elif text and ("της " in text or "του " in text) and (of := _OF_SPEAKER_EL.search(text)):
            text = _greek_nominative(of.group("names"), of.group("art"))
        if text:
            for part in split_names(_PEOPLE_PREFIX.sub("", text)):
                raw.extend(re.split(r"\s+(?:and|&|및)\s+", part))
    out: dict[str, None] = {}  # in order, each once
    for part in raw:
        name = clean_person(part) or label_person(part)
        if name is None and not strict:
            cleaned = re.sub(r"\([^()]*\)", " ", part).strip(" \t-–—:,;")
            name = cleaned if 0 < len(cleaned) <= 40 else None
        if name:
            out[name] = None
    if strict and len(out) < len([p for p in raw if p.strip()]):
        return ()  # some part is not a name: a real subtitle, not a speaker list
    return tuple(out)
