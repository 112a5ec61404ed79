"""Which of an item's other titles its header shows: the real alternative titles of the talk.

An inferred item keeps every title its notes gave it (``Item.titles``: search finds the talk
by any of them). Some are not the talk's at all: a diary page or a series post about several
talks ("päiväkirja, osa 2", "Teil 2", "diary, day 3", "후기 2편") lends its own title to the
talk it is linked to. The header shows the item's title, then the others that name the talk:
a translation ("4k 인트로 만들기"), a longer or shorter wording ("Swift Concurrency after one
year"), never a page's title that shares no word with the talk's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summit_tui.lazy_re import lazy

if TYPE_CHECKING:
    from summit_tui.corpus.model import Item

_WORDS = lazy(r"\w+")


def _content_words(title: str) -> set[str]:
    """The words a title names its talk by: not bare numbers (a year, a part's number)."""
    return {
        word
        for word in _WORDS.findall(title.casefold())
        if not word.isdigit() and (len(word) > 2 or not word.isascii())
    }


def other_titles(item: Item) -> tuple[str, ...]:
    """The item's other titles its header shows: those not a series or diary page's own
    title sharing no word with the item's title."""
    own = _content_words(item.title)
    return tuple(
        title
        for title in item.titles
        if not (_names_a_page(title) and not own & _content_words(title))
    )


def _names_a_page(title: str) -> bool:
    """A series post's, a diary page's or a day's title ("Teil 2", "päiväkirja, osa 2",
    "diary, day 3", "후기 2편"), as the engine reads one when it segments a note (imported
    when an item is shown: the app's first frame does without the parsing modules)."""
    from summit_tui.corpus.dates import day_number
    from summit_tui.corpus.event_names import without_series_part
    from summit_tui.corpus.no_talk import diary_title

    return (
        without_series_part(title) != title or diary_title(title) or day_number(title) is not None
    )


_DASHES = ("—", "–", "-", "|", "/")


def unnamed_speakers(item: Item) -> tuple[str, ...]:
    """The item's speakers its title does not already name: a heading written speaker first
    ("Jane Doe — Observability on a budget") keeps its name in the title, and a row showing
    the title, then its speakers, names her once."""
    title = item.title.casefold()
    return tuple(
        person.name
        for person in item.speakers
        if not any(
            title.startswith(f"{person.name.casefold()} {dash}")
            or title.endswith(f"{dash} {person.name.casefold()}")
            for dash in _DASHES
        )
        and not title.startswith((f"{person.name.casefold()}:", f"{person.name.casefold()}："))
    )
