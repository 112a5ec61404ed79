"""A literature note's ``Source:`` line that names the talk the note is about instead of a
link: "Source: Nikola Vuković, Shift 2024, srijeda 18.9.", "Source: workshop by Ante Perić
at [[Shift 2024]], Monday morning", "Izvor: Ana Kovač, DORS/CLUC 2024". Its event is the
note's event; the person it opens with, the talk's speaker."""

from __future__ import annotations

from summit_tui.corpus.dates import without_timestamp_id
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.fields import WIKILINK_TEXT
from summit_tui.corpus.names import looks_like_name
from summit_tui.lazy_re import lazy

# "Source", "Izvor", "Vir", "Quelle", "Fuente", "Fonte", "Źródło", "Zdroj", "Sumber": as
# the metadata's fact-line loop lowers them
TALK_SOURCE_LABELS = frozenset(
    ("source", "izvor", "vir", "quelle", "fuente", "fonte", "źródło", "zdroj", "sumber")
)
# the talk's kind and "by" before its speaker: "workshop by", "talk by", "predavanje od"
_KIND_BY = lazy(
    r"^(?i:(?:(?:opening|closing)\s+)?(?:talk|keynote|workshop|session|panel|lightning\s+talk"
    r"|predavanje|radionica|delavnica|vortrag|charla|ceramah|ucaptama)\s+"
    r"(?:by|od|von|de|por|par|oleh|ni)\s+)"
)
# where the speaker's name ends: a comma, a parenthesis, "at" / "na" / "@" and the event
_NAME_END = lazy(r"\s*(?:[,(;]|\s(?:at|na|@|auf|à|en|no|pada|sa|u)\s)")


def source_facts(value: str) -> tuple[tuple[str, ...], str | None]:
    """(the event names, the speaker) of a ``Source:`` line's value that names an event and
    no link; ((), None) for any other value ("Source: https://…", "Source: Skelton & Pais,
    *Team Topologies*")."""
    if "://" in value or "www." in value:
        return (), None
    if "[[" in value:  # "[[202409191000 Shift 2024]]": a Zettelkasten note's id, then its name
        text = WIKILINK_TEXT.sub(lambda link: without_timestamp_id(link[1]), value)
    else:
        text = value
    events = tuple(event_phrases(text))
    if not events:
        return (), None
    kind = _KIND_BY.match(text)
    rest = text[kind.end() :] if kind is not None else text
    end = _NAME_END.search(rest)
    name = (rest[: end.start()] if end is not None else rest).strip(" *_")
    if not name or any(name in event for event in events):
        return events, None
    return events, name if looks_like_name(name, strict=True) else None
