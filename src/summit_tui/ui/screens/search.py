"""The search overlay: `/`, results on every keystroke, enter opens the passage.

The App owns the index (built once per loaded corpus, kept for the next time) and
hands it down. Each keystroke runs the search in an exclusive thread worker, so a
slower, older search never overwrites a newer one: its results are dropped.
Snippets are shown as ``rich.text.Text`` with matched spans stylised; note text never
goes through markup, and escape sequences and control characters are removed first.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from summit_tui.text import clean, clean_line
from summit_tui.ui.fit import fit_text
from summit_tui.ui.messages import Place
from summit_tui.ui.widgets.footer import KeyBar
from summit_tui.words import count

if TYPE_CHECKING:
    from summit_tui.annotate.model import Annotation
    from summit_tui.corpus.model import Corpus
    from summit_tui.search.history import SearchHistory
    from summit_tui.search.index import Result, SearchIndex

LIMIT = 50  # results shown at once, unless the search_limit setting says otherwise
RECENT = 10
# The same words as the command line and JSON (summit_tui.words.RESULT_KINDS).
KIND_LABEL = {"item": "item", "passage": "passage", "annotation": "annotation"}
# What matched, as shown before the title; a passage's own text needs no label.
FIELD_LABEL = {"body": "", "filter": "", "item": "via item", "annotation": ""}
PLACEHOLDER = "Search titles, speakers, notes · 초성 ok · kind:booth author:NAME day:1 track:NAME"


def _plain(text: str) -> str:
    """Note text made safe for one line: escapes and control characters removed."""
    return clean(text).replace("\n", " ").replace("\t", " ")


def snippet_text(snippet: str, spans: tuple[tuple[int, int], ...], match: Style | str) -> Text:
    """The snippet with its matched spans styled; cleaned piece by piece, never markup."""
    text = Text(no_wrap=True, overflow="ellipsis")
    at = 0
    for start, end in spans:
        if start < at or end <= start:
            continue
        text.append(_plain(snippet[at:start]))
        text.append(_plain(snippet[start:end]), style=match)
        at = end
    text.append(_plain(snippet[at:]))
    return text


class SearchResults(OptionList):
    """The result list; its parts are styled in summit.tcss through these classes.

    | Class | Description |
    | :- | :- |
    | `search-results--kind` | The result's kind: item, passage, annotation. |
    | `search-results--meta` | What matched, when not the passage's own text. |
    | `search-results--title` | The item's title. |
    | `search-results--match` | The matched words in the snippet. |
    | `search-results--recent` | The ↺ before a recent search. |
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "search-results--match",
        "search-results--kind",
        "search-results--meta",
        "search-results--title",
        "search-results--recent",
    }

    def prompt(
        self,
        result: Result,
        width: int = 0,
        *,
        event: bool = False,
        writer: Callable[[str], str] = str,
    ) -> Text:
        """Two lines: kind, what matched, item title and author; then the snippet, after
        the item's event with ``event`` (results from several events: two talks of one
        title are told apart).

        With ``width`` (cells), a long title is cut so the author stays in sight: which
        author's tab ``enter`` opens matters as much as the title; ``writer`` shows it
        (``Corpus.writer``: a note without one shows where it is).
        """
        kind = self.get_component_rich_style("search-results--kind", partial=True)
        meta = self.get_component_rich_style("search-results--meta", partial=True)
        match = self.get_component_rich_style("search-results--match", partial=True)
        head = Text(no_wrap=True, overflow="ellipsis")
        head.append(f" {KIND_LABEL.get(result.kind, result.kind.upper())} ", style=kind)
        head.append(" ")
        # What matched comes before the title: long titles and author lists are cut at the end.
        label = FIELD_LABEL.get(result.field, result.field)
        if label:
            head.append(f"{label} ", style=meta)
        title = Text(
            clean_line(result.title or "(untitled)"),
            style=self.get_component_rich_style("search-results--title", partial=True),
        )
        author = Text(f" · {clean_line(writer(result.author))}") if result.author else Text()
        room = width - head.cell_len
        if width and title.cell_len + author.cell_len > room:
            # The author keeps what the title leaves, and at least a third of the line.
            keep = max(room - title.cell_len, room // 3, 12)
            if author.cell_len > keep:
                author = fit_text(author, keep)
            title = fit_text(title, max(room - author.cell_len, 12))
        head.append_text(title)
        head.append_text(author)
        body = Text("      ", no_wrap=True, overflow="ellipsis")
        if event and result.event:
            body.append(f"{clean_line(result.event)} · ", style=meta)
        body.append_text(snippet_text(result.snippet, result.spans, match))
        return Text("\n").join([head, body])


class SearchScreen(ModalScreen[Place | None]):
    """Type to search; enter opens the highlighted result; escape closes.

    The App gives the corpus (None while the notes load: what is typed meanwhile is
    kept and searched once they are in) and the index once it is built; the screen
    dismisses with the place to open.
    """

    AUTO_FOCUS = "#search-input"  # focused when composed: for the keys typed at once

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="search.close"),
        Binding("enter", "open", "Open", show=True, id="search.open"),
        Binding("down", "move(1)", "Next", show=False, id="search.next"),
        Binding("up", "move(-1)", "Previous", show=False, id="search.previous"),
        Binding("pagedown", "move(10)", "Page down", show=False, id="search.page_down"),
        Binding("pageup", "move(-10)", "Page up", show=False, id="search.page_up"),
    ]

    def __init__(
        self,
        corpus: Corpus | None,
        history: SearchHistory,
        annotations: Sequence[Annotation] = (),
        index: SearchIndex | None = None,
        *,
        limit: int = LIMIT,
    ) -> None:
        super().__init__()
        self.limit = limit  # results per page: the first page, and each one added below it
        self.asked = limit  # results asked for the query shown (a page more at its end)
        self.more = False  # the query shown may have more results than it shows
        self.corpus = corpus
        self.history = history
        self.index: SearchIndex | None = index
        self.results: list[Result] = []
        self.recent: list[str] = []
        self.shown_query: str | None = None  # the query the list currently shows
        self._annotations = {a.id: a for a in annotations}

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(placeholder=PLACEHOLDER, id="search-input")
            yield Static("", id="search-status")
            yield SearchResults(id="search-results")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#search-results", OptionList).can_focus = False
        if self.corpus is None:
            self._status("Waiting for the notes to load … (type away: nothing is lost)")
        elif self.index is None:
            self._status(f"Indexing {count(len(self.corpus.notes), 'note')} …")
        else:
            self._use_annotations(self.index)
        self._show_recent()

    # -- called by the app ------------------------------------------------------------------

    def corpus_ready(self, corpus: Corpus, index: SearchIndex | None) -> None:
        """The notes are in (or were reloaded): search them once the index is ready."""
        if corpus is self.corpus and index is self.index:
            return
        self.corpus = corpus
        self.index = None
        if index is not None:
            self.index_ready(index)
        else:
            self._status(f"Indexing {count(len(corpus.notes), 'note')} …")

    def indexing(self, done: int, total: int) -> None:
        if self.index is None and total and self.corpus is not None:
            notes = len(self.corpus.notes)
            self._status(f"Indexing {count(notes, 'note')} … {100 * done // total}%")

    def index_ready(self, index: SearchIndex) -> None:
        self._use_annotations(index)
        self.index = index
        self._status("")
        self._search(self.query_one("#search-input", Input).value)

    def _use_annotations(self, index: SearchIndex) -> None:
        from summit_tui.search.index import annotation_docs

        index.set_annotations(annotation_docs(self._annotations.values()))

    # -- searching --------------------------------------------------------------------------

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self._search(event.value)

    def _search(self, query: str) -> None:
        if not query.strip():
            self._show_recent()
            return
        if self.index is None:
            return  # searched as soon as the index is ready
        self._run_search(self.index, query, self.limit)

    @work(thread=True, exclusive=True, group="search", name="search", description="search")
    def _run_search(self, index: SearchIndex, query: str, limit: int) -> None:
        from summit_tui.search.query import parse_query

        started = time.perf_counter()
        parsed = parse_query(query)
        results = index.search_parsed(parsed, limit)
        elapsed = time.perf_counter() - started
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, query, limit, results, parsed.problems, elapsed)

    def _show(
        self,
        query: str,
        limit: int,
        results: list[Result],
        problems: tuple[str, ...],
        elapsed: float,
    ) -> None:
        if query != self.query_one("#search-input", Input).value:
            return  # a newer keystroke is on its way
        options = self.query_one("#search-results", SearchResults)
        # A page more of the query shown: the cursor stays on the result it was on.
        keep = options.highlighted if query == self.shown_query and limit > self.asked else None
        grown = keep is None or len(results) > len(self.results)
        self.shown_query = query
        self.asked = limit
        self.more = grown and len(results) >= limit
        if keep is not None and not grown:
            self._status_counts(elapsed)
            return  # nothing beyond what is shown
        self.results = results
        options.clear_options()
        width = options.scrollable_content_region.width - 1  # a cell for the scrollbar's edge
        region = options.scrollable_content_region
        if not options.show_vertical_scrollbar and 2 * len(results) > region.height:
            width -= options.styles.scrollbar_size_vertical  # the results will need it
        several = len({result.event for result in results if result.event}) > 1
        writer = self.corpus.writer if self.corpus is not None else str
        options.add_options(
            Option(
                options.prompt(result, max(width, 0), event=several, writer=writer),
                id=f"result-{n}",
            )
            for n, result in enumerate(results)
        )
        if results:
            options.highlighted = min(keep or 0, len(results) - 1)
        if problems:
            self._status(" · ".join(problems), error=True)
        elif not results:
            self._status(f"No matches{self._why_none(query) or '.'}")
        else:
            self._status_counts(elapsed)

    def _status_counts(self, elapsed: float) -> None:
        shown = count(len(self.results), "result")
        if self.more:
            self._status(f"{shown} so far · more below the last · {elapsed * 1000:.0f} ms")
        else:
            self._status(f"{shown} · {elapsed * 1000:.0f} ms")

    def _why_none(self, query: str) -> str:
        """Which filter names nothing (the words the command line says too), if one does."""
        from summit_tui.search.query import parse_query
        from summit_tui.search.suggest import unknown_filters

        parsed = parse_query(query)
        if self.corpus is None or not parsed.filters:
            return ""
        hints = unknown_filters(parsed.filters, self.corpus)
        return f": {'; '.join(hints)}" if hints else ""

    @on(OptionList.OptionHighlighted, "#search-results")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """On the last result of a query with more: ask for a page more."""
        options = event.option_list
        if (
            self.more
            and self.index is not None
            and self.shown_query
            and event.option_index == options.option_count - 1
        ):
            self.more = False  # asked once; the answer says whether there are more still
            self._run_search(self.index, self.shown_query, self.asked + self.limit)

    def _show_recent(self) -> None:
        self.shown_query = ""
        self.results = []
        self.recent = self.history.load()[:RECENT]
        options = self.query_one("#search-results", SearchResults)
        options.clear_options()
        recent = options.get_component_rich_style("search-results--recent", partial=True)
        for n, query in enumerate(self.recent):
            prompt = Text(no_wrap=True, overflow="ellipsis")
            prompt.append(" ↺ ", style=recent)
            prompt.append(clean_line(query))
            options.add_option(Option(prompt, id=f"recent-{n}"))
        if self.recent:
            options.highlighted = 0
        if self.index is None:
            return  # the status says what is being waited for
        self._status(
            "Recent searches (enter to search again)" if self.recent else "Type to search."
        )

    def _status(self, message: str, *, error: bool = False) -> None:
        status = self.query_one("#search-status", Static)
        status.set_class(error, "-error")
        status.update(Text(message, no_wrap=True, overflow="ellipsis"))

    # -- keys -------------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        options = self.query_one("#search-results", OptionList)
        if not options.option_count:
            return
        current = options.highlighted if options.highlighted is not None else -1
        options.highlighted = max(0, min(options.option_count - 1, current + delta))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_open(self) -> None:
        options = self.query_one("#search-results", OptionList)
        if options.highlighted is not None:
            self._choose(options.highlighted)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one("#search-results", OptionList)
        if options.highlighted is not None:
            self._choose(options.highlighted)

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, position: int) -> None:
        options = self.query_one("#search-results", OptionList)
        option_id = options.get_option_at_index(position).id or ""
        if option_id.startswith("recent-"):
            query = self.recent[int(option_id.removeprefix("recent-"))]
            field = self.query_one("#search-input", Input)
            field.value = query
            field.cursor_position = len(query)
            return
        if not option_id.startswith("result-") or self.shown_query is None:
            return
        result = self.results[int(option_id.removeprefix("result-"))]
        self.history.add(self.shown_query)
        self.open_result(result)

    def open_result(self, result: Result) -> None:
        """Close the overlay, asking the App to show the result at its passage (a NOTE on
        a quoted passage: at that passage, not the top of its entry)."""
        line = result.line
        annotation = self._annotations.get(result.annotation_id or "")
        if annotation is not None and annotation.target is not None and not annotation.orphaned:
            line = annotation.target.line or line
        if result.entry_id is not None:
            self.dismiss(Place(entry_id=result.entry_id, line=line))
        elif result.item_id is not None:
            self.dismiss(Place(item_id=result.item_id))
        else:
            self.notify("That result is no longer in the notes.", severity="warning", markup=False)
