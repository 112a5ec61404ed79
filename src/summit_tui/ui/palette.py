"""Command palette provider: jump to any item by title, other title, alias or speaker."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from summit_tui.text import clean_line
from summit_tui.ui.messages import OpenPlace, Place
from summit_tui.words import count

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Item
    from summit_tui.search.suggest import Suggester


class CorpusHost(Protocol):
    """The app this provider is registered on: it holds the loaded corpus."""

    corpus: Corpus | None


SHOWN = 100  # items listed for a query, best first


def item_candidate(item: Item) -> str:
    """The one line the palette matches against and shows."""
    names = [item.title, *item.titles, *item.aliases]
    text = " / ".join(dict.fromkeys(clean_line(n) for n in names if n))
    speakers = ", ".join(clean_line(p.name) for p in item.speakers)
    return f"{text} — {speakers}" if speakers else text


def item_help(corpus: Corpus, item: Item) -> str:
    """Kind, day, track and authors; and the event, where the notes hold several (two
    talks of one title, one at each, are told apart)."""
    authors = len(corpus.authors_for(item.id))
    parts = [item.day or "", clean_line(item.track)]
    events = corpus.program.events
    if len(events) > 1:
        event = corpus.program.event(item.event)
        parts.insert(0, clean_line(event.title if event else item.event))
    where = " · ".join(p for p in parts if p)
    return escape(f"{item.kind.value} · {where} · {count(authors, 'author')}")


class ItemCommands(Provider):
    """Open an item of the program in the reader, found as search finds names: titles in
    every language, aliases and speakers, Korean by jamo and 초성, typos (the suggester
    every did-you-mean uses)."""

    _suggester: Suggester | None = None

    def _corpus(self) -> Corpus | None:
        return cast("CorpusHost", self.app).corpus

    def _open(self, item_id: str) -> None:
        self.app.post_message(OpenPlace(Place(item_id=item_id)))

    async def startup(self) -> None:
        # Built for each opening of the palette, in a thread (a tenth of a second at 10,000
        # notes): nothing outlives it, so a reloaded corpus is never held twice.
        corpus = self._corpus()
        if corpus is not None:
            from summit_tui.search.suggest import item_suggester  # not before first paint

            self._suggester = await asyncio.to_thread(item_suggester, corpus)

    async def search(self, query: str) -> Hits:
        corpus = self._corpus()
        if corpus is None or self._suggester is None:
            return
        match_style = self.matcher(query).match_style
        for suggestion in self._suggester.rank(query, SHOWN):
            item = corpus.item(suggestion.key)
            if item is None:
                continue
            candidate = item_candidate(item)
            display = Content(candidate)  # plain text: a title is never markup
            for start, end in _spans_in(candidate, suggestion.name, suggestion.spans):
                display = display.stylize(match_style, start, end)
            yield Hit(
                suggestion.score / 100,
                display,
                partial(self._open, item.id),
                text=candidate,
                help=item_help(corpus, item),
            )

    async def discover(self) -> Hits:
        corpus = self._corpus()
        if corpus is None:
            return
        for item in corpus.items():
            candidate = item_candidate(item)
            yield DiscoveryHit(
                Content(candidate),
                partial(self._open, item.id),
                text=candidate,
                help=item_help(corpus, item),
            )


def _spans_in(
    candidate: str, name: str, spans: tuple[tuple[int, int], ...]
) -> list[tuple[int, int]]:
    """The matched spans of ``name`` moved to where that name is in the displayed line."""
    at = candidate.find(clean_line(name))
    if at < 0 or clean_line(name) != name:
        return []
    return [(at + start, at + end) for start, end in spans]
