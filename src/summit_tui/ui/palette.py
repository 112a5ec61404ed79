"""Command palette provider: jump to any item by title, other title, alias or speaker."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from summit_tui.text import clean_line
from summit_tui.words import count

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Item
    from summit_tui.ui.app import SummitApp


def item_candidate(item: Item) -> str:
    """The one line the palette matches against and shows."""
    names = [item.title, *item.titles, *item.aliases]
    text = " / ".join(dict.fromkeys(clean_line(n) for n in names if n))
    speakers = ", ".join(clean_line(p.name) for p in item.speakers)
    return f"{text} — {speakers}" if speakers else text


def item_help(corpus: Corpus, item: Item) -> str:
    authors = len(corpus.authors_for(item.id))
    where = " · ".join(p for p in (item.day or "", clean_line(item.track)) if p)
    return escape(f"{item.kind.value} · {where} · {count(authors, 'author')}")


class ItemCommands(Provider):
    """Open an item of the program in the reader."""

    def _corpus(self) -> Corpus | None:
        return getattr(self.app, "corpus", None)

    async def search(self, query: str) -> Hits:
        corpus = self._corpus()
        if corpus is None:
            return
        app = cast("SummitApp", self.app)
        matcher = self.matcher(query)
        for item in corpus.items():
            candidate = item_candidate(item)
            score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
            if score <= 0:
                continue
            display = Content(candidate)  # plain text: a title is never markup
            for offset in offsets:
                display = display.stylize(matcher.match_style, offset, offset + 1)
            yield Hit(
                score,
                display,
                partial(app.open_item, item.id),
                text=candidate,
                help=item_help(corpus, item),
            )

    async def discover(self) -> Hits:
        corpus = self._corpus()
        if corpus is None:
            return
        app = cast("SummitApp", self.app)
        for item in corpus.items():
            candidate = item_candidate(item)
            yield DiscoveryHit(
                Content(candidate),
                partial(app.open_item, item.id),
                text=candidate,
                help=item_help(corpus, item),
            )
