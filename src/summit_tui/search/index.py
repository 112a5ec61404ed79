"""The search index: build once from a Corpus, then answer every keystroke from it.

A facade over parts that each own their data and how it is saved:

* ``names`` — item titles (every language), aliases, speakers, affiliations, booth
  names, entry headings: few and short, matched as whole strings;
* ``vocabulary`` — every distinct folded word of the notes' text;
* ``postings`` — the notes' text as passages and the words in each;
* ``filters`` — what ``kind:``, ``author:``, ``day:`` and ``track:`` look at;
* ``snippets`` — the text shown for a result and what in it matched;
* ``store`` — the index saved in the cache folder.

Everything is folded once at build time (NFKC, casefold, Hangul → jamo keys) so a
keystroke only folds the query. Item-level matches rank above headings and
annotations, which rank above body text; an entry linked to an item whose names match
is found too, so an alias in one language finds notes written in another. Every step
of a keystroke is bounded (hits, pools, results), whatever the corpus size.
"""

from __future__ import annotations

import dataclasses
import hashlib
import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summit_tui.search import postings as postings_part
from summit_tui.search import store
from summit_tui.search.filters import FilterTables
from summit_tui.search.hangul import fold
from summit_tui.search.names import NameBuilder, Names
from summit_tui.search.postings import Postings, Progress
from summit_tui.search.query import Filters, ParsedQuery, parse_query
from summit_tui.search.snippets import Snippets, highlight, window
from summit_tui.search.text import (
    FUZZY_CUTOFF,
    FUZZY_WEIGHT,
    PREFIX,
    SUBSTRING,
    WORD_PREFIX,
    Query,
    fold_query,
    spaced,
)
from summit_tui.search.vocabulary import Vocabulary

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry, Item
    from summit_tui.corpus.passages import Passage

__all__ = ["CACHE_FILE", "AnnotationDoc", "Progress", "Result", "SearchIndex", "annotation_docs"]

CACHE_FILE = store.CACHE_FILE
INDEX_VERSION = 4  # bump when the index layout or what it folds changes

# Rank tiers: a match in a higher tier always sorts above any match in a lower one.
TIER_ITEM = 3
TIER_HEADING = 2
TIER_BODY = 1
LINKED_WEIGHT = 0.9  # an entry found through its item's names
LINKED_ITEMS = 5  # entries of at most this many best matching items are offered


@dataclass(frozen=True, slots=True)
class AnnotationDoc:
    """What search needs of an annotation; the annotate package builds these."""

    annotation_id: str
    item_id: str | None
    entry_id: str | None
    text: str
    tags: tuple[str, ...] = ()


def annotation_docs(annotations: Iterable[Any]) -> list[AnnotationDoc]:
    """Search documents from ``annotate`` Annotation objects, read by attribute name
    (id, item_id, comment, tags, label, target.entry_id) so search never imports annotate.
    Deleted annotations are left out."""
    docs: list[AnnotationDoc] = []
    for annotation in annotations:
        if getattr(annotation, "deleted", None):
            continue
        target = getattr(annotation, "target", None)
        label = getattr(annotation, "label", None)
        text = " ".join(part for part in (annotation.comment, label) if part)
        docs.append(
            AnnotationDoc(
                annotation_id=annotation.id,
                item_id=annotation.item_id,
                entry_id=getattr(target, "entry_id", None),
                text=text,
                tags=tuple(annotation.tags),
            )
        )
    return docs


@dataclass(frozen=True, slots=True)
class Result:
    kind: str  # "item", "passage" or "annotation"
    item_id: str | None
    title: str  # the item's title, or the entry's title when it belongs to no item
    entry_id: str | None
    author: str | None
    passage: int | None  # Passage.index within the entry
    line: int | None  # file line of the passage (1-based)
    score: float  # 0–100, how well it matched within its tier
    field: str  # what matched: title, alias, speaker, affiliation, booth, heading, body, ...
    snippet: str  # one line of text to show
    spans: tuple[tuple[int, int], ...] = ()  # matched [start, end) ranges in snippet
    annotation_id: str | None = None
    note: str | None = None  # Entry.note, the note's path

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "item_id": self.item_id,
            "title": self.title,
            "entry_id": self.entry_id,
            "note": self.note,
            "author": self.author,
            "passage": self.passage,
            "line": self.line,
            "score": round(self.score, 1),
            "field": self.field,
            "snippet": self.snippet,
            "spans": [list(span) for span in self.spans],
            "annotation_id": self.annotation_id,
        }


Offer = Callable[[tuple, float, int, tuple], None]


class SearchIndex:
    """Build with ``SearchIndex.build(corpus)``; query with ``index.search(text)``."""

    names: Names
    vocabulary: Vocabulary
    postings: Postings
    filters: FilterTables

    def __init__(self, corpus: Corpus) -> None:
        self._attach(corpus)

    def _attach(self, corpus: Corpus) -> None:
        """Point the index at the corpus it was built from."""
        self.corpus = corpus
        self._items: list[Item] = list(corpus.items())
        self._item_pos = {item.id: i for i, item in enumerate(self._items)}
        self._entries: list[Entry] = list(corpus.entries)
        self._entry_pos = {e.id: i for i, e in enumerate(self._entries)}
        entries = self._entries
        self.snippets = Snippets(lambda e: corpus.passages(entries[e]), corpus.passages)
        self._annotations: list[AnnotationDoc] = []
        self._annotation_keys: list[str] = []

    # ------------------------------------------------------------------ build

    @classmethod
    def build(
        cls,
        corpus: Corpus,
        annotations: Iterable[AnnotationDoc] = (),
        *,
        progress: Progress | None = None,
    ) -> SearchIndex:
        """The index of ``corpus``; ``progress(done, total)`` follows the build.

        Every entry is split into its passages as ``corpus.passages`` splits it, but not
        through its memo: that holds what the reader looks at, not the whole corpus.
        """
        from summit_tui.corpus.passages import split_passages

        index = cls(corpus)
        index.filters = FilterTables.build(corpus, index._items, index._item_pos)
        names = NameBuilder()
        for i, item in enumerate(index._items):
            names.add_item(i, item)
        # Steps: one per entry, and a sixth as many for what follows the entries.
        entries = len(index._entries)
        total = entries + entries // 6
        index.vocabulary, index.postings = postings_part.build(
            index._entries, split_passages, names.add, progress, total=total
        )
        index.names = names.finish()
        del names
        if progress is not None:
            progress(total, total)
        index.set_annotations(annotations)
        return index

    @classmethod
    def load_or_build(
        cls,
        corpus: Corpus,
        cache_dir: Path | None,
        annotations: Iterable[AnnotationDoc] = (),
        *,
        elsewhere: Callable[[], object] | None = None,
        progress: Progress | None = None,
    ) -> SearchIndex:
        """The index of ``corpus`` from ``cache_dir`` when it was built for this very
        corpus (same program, entries, links and text), else built and saved there.

        A missing, stale, unreadable or corrupt cache file is ignored and replaced; a
        cache dir that cannot be written only costs the next start a rebuild. When no
        saved index fits, ``elsewhere()`` is given the chance to build and save it
        first (``child_build``); only if the cache still has none is it built here,
        ``progress`` following that build.
        """
        if cache_dir is None:
            return cls.build(corpus, annotations, progress=progress)
        key = corpus_fingerprint(corpus)
        path = Path(cache_dir) / CACHE_FILE
        index = cls._read(path, key, corpus)
        if index is None and elsewhere is not None:
            elsewhere()
            index = cls._read(path, key, corpus)
        if index is not None:
            index.set_annotations(annotations)
            return index
        index = cls.build(corpus, annotations, progress=progress)
        store.write(path, key, index._parts())
        return index

    _PARTS: tuple[tuple[str, Any], ...] = (
        ("names", Names),
        ("vocabulary", Vocabulary),
        ("postings", Postings),
        ("filters", FilterTables),
    )

    def _parts(self) -> store.Parts:
        return {name: getattr(self, name).state() for name, _kind in self._PARTS}

    @classmethod
    def _read(cls, path: Path, key: str, corpus: Corpus) -> SearchIndex | None:
        parts = store.read(path, key)
        if parts is None:
            return None
        index = cls(corpus)
        try:
            for name, kind in cls._PARTS:
                setattr(index, name, kind.from_state(parts[name]))
        except (KeyError, TypeError):  # another layout under the same stamp: rebuild
            return None
        return index

    def set_annotations(self, annotations: Iterable[AnnotationDoc]) -> None:
        """Replace the annotations searched (they change while the app runs)."""
        self._annotations = list(annotations)
        self._annotation_keys = [
            spaced(fold(" ".join((doc.text, *doc.tags)))) for doc in self._annotations
        ]

    # ------------------------------------------------------------------ query

    def search(self, query: str, limit: int = 50, *, resolve: bool = False) -> list[Result]:
        """The best ``limit`` results for ``query`` (free text and filter words).

        A result in a passage of the notes' text carries its ``corpus.passages`` index;
        with ``resolve``, so do results on a heading or an entry found by its item (a
        split of each such entry shown, memoised by the corpus); without it their
        ``passage`` is None and ``line`` says where the match is.
        """
        return self.search_parsed(parse_query(query), limit, resolve=resolve)

    def search_parsed(
        self, parsed: ParsedQuery, limit: int = 50, *, resolve: bool = False
    ) -> list[Result]:
        if parsed.impossible or limit <= 0:
            return []
        filters = parsed.filters if parsed.filters else None
        q = fold_query(parsed.text)
        if not q.compact:
            return self._list_items(parsed.filters, limit) if filters is not None else []
        # candidates by key: (rank, order, payload); order keeps corpus order among equals
        best: dict[tuple, tuple] = {}

        def offer(key: tuple, rank: float, order: int, payload: tuple) -> None:
            old = best.get(key)
            if old is None or old[0] < rank:
                best[key] = (rank, order, payload)

        self._match_names(q, filters, offer, limit)
        self._match_annotations(q, filters, offer)
        if len(q.compact) >= 2:
            self._match_passages(q, filters, offer, limit)
        ranked = heapq.nsmallest(limit, best.values(), key=lambda c: (-c[0], c[1]))
        results = [self._result(q, payload) for _rank, _order, payload in ranked]
        if resolve:
            results = [self._resolved(result) for result in results]
        return results

    def _match_names(self, q: Query, filters: Filters | None, offer: Offer, limit: int) -> None:
        names, tables = self.names, self.filters
        scores = names.score(q)
        ordered = sorted(scores.items(), key=lambda pair: -pair[1])
        items: dict[int, float] = {}
        last = -1  # the item added last, the lowest score kept so far
        for position, score in ordered:
            if len(items) >= limit and score < items[last]:
                break  # only the best `limit` items can be shown (ties stay: item order decides)
            for _kind, i, field in names.items[position]:
                if i in items or not tables.item_ok(i, filters):
                    continue
                items[i] = score
                last = i
                offer(("item", i), TIER_ITEM * 1000 + score, i, ("item", i, field, position, score))
        heads = 0
        for position, score in ordered:
            if heads >= limit:
                break
            for h in names.headings(position):
                e, line = names.head_entry[h], names.head_line[h]
                if not tables.entry_ok(e, filters):
                    continue
                heads += 1
                offer(
                    ("line", e, line),
                    TIER_HEADING * 1000 + score,
                    e,
                    ("heading", e, line, position, score),
                )
        # Entries about the best matching items, found by the item's names.
        if len(q.compact) < 3:
            return
        linked = 0
        strong = [(score, i) for i, score in items.items() if score >= WORD_PREFIX]
        for score, i in sorted(strong, key=lambda pair: (-pair[0], pair[1]))[:LINKED_ITEMS]:
            for entry in self.corpus.entries_for(self._items[i].id):
                e = self._entry_pos[entry.id]
                if linked >= limit or not tables.entry_ok(e, filters):
                    continue
                linked += 1
                weighted = score * LINKED_WEIGHT
                offer(
                    ("line", e, entry.start_line),
                    TIER_BODY * 1000 + weighted,
                    e,
                    ("linked", e, i, weighted),
                )

    def _match_annotations(self, q: Query, filters: Filters | None, offer: Offer) -> None:
        if not self._annotations:
            return
        from rapidfuzz import fuzz

        for position, key in enumerate(self._annotation_keys):
            doc = self._annotations[position]
            if not self._annotation_ok(doc, filters):
                continue
            if q.key in key:
                score = PREFIX if key.startswith(q.key) else SUBSTRING
            elif all(token in key for token in q.tokens):
                score = SUBSTRING - 2
            elif len(q.compact) >= 4:
                similarity = fuzz.partial_ratio(q.key, key)
                if similarity < FUZZY_CUTOFF:
                    continue
                score = similarity * FUZZY_WEIGHT
            else:
                continue
            offer(
                ("annotation", position),
                TIER_HEADING * 1000 + score,
                position,
                ("annotation", position, score),
            )

    def _annotation_ok(self, doc: AnnotationDoc, filters: Filters | None) -> bool:
        if filters is None:
            return True
        if doc.entry_id is not None and doc.entry_id in self._entry_pos:
            return self.filters.entry_ok(self._entry_pos[doc.entry_id], filters)
        if doc.item_id is not None and doc.item_id in self._item_pos:
            return self.filters.item_ok(self._item_pos[doc.item_id], filters)
        return False

    def _match_passages(self, q: Query, filters: Filters | None, offer: Offer, limit: int) -> None:
        tables = self.filters
        entry_ok = None if filters is None else (lambda e: tables.entry_ok(e, filters))
        p_entry, p_line = self.postings.p_entry, self.postings.p_line
        for pid, score in self.postings.match(q, self.vocabulary, limit, entry_ok):
            e = p_entry[pid]
            offer(("line", e, p_line[pid]), TIER_BODY * 1000 + score, e, ("body", pid, score))

    def _list_items(self, filters: Filters, limit: int) -> list[Result]:
        results: list[Result] = []
        tables = self.filters
        for i, item in enumerate(self._items):
            if not tables.item_ok(i, filters):
                continue
            results.append(
                Result(
                    kind="item",
                    item_id=item.id,
                    title=item.title,
                    entry_id=None,
                    author=tables.item_author_text[i],
                    passage=None,
                    line=None,
                    score=0.0,
                    field="filter",
                    snippet=tables.placement(i, str(item.kind)),
                )
            )
            if len(results) >= limit:
                break
        return results

    # ------------------------------------------------------------------ results

    def _result(self, q: Query, payload: tuple) -> Result:
        kind = payload[0]
        if kind == "item":
            _k, i, field, position, score = payload
            item = self._items[i]
            text = self.names.text[position]
            return Result(
                kind="item",
                item_id=item.id,
                title=item.title,
                entry_id=None,
                author=self.filters.item_author_text[i],
                passage=None,
                line=None,
                score=score,
                field=field,
                snippet=text,
                spans=highlight(text, q),
            )
        if kind == "heading":
            _k, e, line, position, score = payload
            text = self.names.text[position]
            return self._entry_result(e, line, score, "heading", text, highlight(text, q))
        if kind == "linked":
            _k, e, i, score = payload
            entry = self._entries[e]
            snippet = spaced(entry.title)
            return self._entry_result(
                e, entry.start_line, score, "item", snippet, highlight(snippet, q)
            )
        if kind == "body":
            _k, pid, score = payload
            postings = self.postings
            e, line, at = postings.p_entry[pid], postings.p_line[pid], postings.p_index[pid]
            text = self.snippets.passage_text(pid, e, at)
            snippet, spans = window(text, q)
            return self._entry_result(e, line, score, "body", snippet, spans, at)
        _k, position, score = payload
        doc = self._annotations[position]
        item = self.corpus.item(doc.item_id) if doc.item_id else None
        entry = self.corpus.entry(doc.entry_id) if doc.entry_id else None
        text = " ".join((doc.text, *(f"#{tag}" for tag in doc.tags)))
        snippet, spans = window(spaced(text), q)
        return Result(
            kind="annotation",
            item_id=doc.item_id,
            title=item.title if item else (entry.title if entry else ""),
            entry_id=doc.entry_id,
            author=entry.author if entry else None,
            passage=None,
            line=entry.start_line if entry else None,
            score=score,
            field="annotation",
            snippet=snippet,
            spans=spans,
            annotation_id=doc.annotation_id,
            note=entry.note if entry else None,
        )

    def _entry_result(
        self,
        e: int,
        line: int,
        score: float,
        field: str,
        snippet: str,
        spans: tuple[tuple[int, int], ...],
        passage: int | None = None,
    ) -> Result:
        entry = self._entries[e]
        i = self.filters.entry_item[e]
        item = self._items[i] if i >= 0 else None
        return Result(
            kind="passage",
            item_id=item.id if item else None,
            title=item.title if item else entry.title,
            entry_id=entry.id,
            author=entry.author,
            passage=passage,
            line=line,
            score=score,
            field=field,
            snippet=snippet,
            spans=spans,
            note=entry.note,
        )

    def passage_at(self, entry_id: str, line: int) -> Passage | None:
        """The ``corpus.passages`` passage of an entry that holds a file line."""
        return self.snippets.passage_at(entry_id, line)

    def _resolved(self, result: Result) -> Result:
        if result.passage is not None or result.entry_id is None or result.line is None:
            return result
        if result.kind != "passage":
            return result
        passage = self.passage_at(result.entry_id, result.line)
        if passage is None:
            return result
        return dataclasses.replace(result, passage=passage.index)

    # introspection, for benchmarks and the UI

    @property
    def size(self) -> dict[str, int]:
        return {
            "items": len(self._items),
            "entries": len(self._entries),
            "names": len(self.names),
            "passages": len(self.postings),
            "vocabulary": len(self.vocabulary),
            "postings": len(self.postings.forward),
            "annotations": len(self._annotations),
        }


def corpus_fingerprint(corpus: Corpus) -> str:
    """A digest of everything the index is built from."""
    from summit_tui.corpus.model import entry_text_utf8

    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"summit-tui search index {INDEX_VERSION}\x00".encode())
    digest.update(repr(corpus.program).encode())
    for note in corpus.notes:
        digest.update(f"\x00{note.path}\x01{note.date}\x01{note.track}".encode())
    for entry in corpus.entries:
        item = corpus.linked_item_id(entry.id) or ""
        fields = (entry.id, entry.note, entry.author, entry.title, str(entry.start_line), item)
        digest.update(("\x00" + "\x01".join(fields) + "\x01").encode())
        digest.update(entry_text_utf8(entry))
    return digest.hexdigest()
