"""The search index: build once from a Corpus, then answer every keystroke from it.

Two kinds of documents:

* names — item titles (every language), aliases, speakers, affiliations, booth names,
  entry headings. Few and short: matched as whole strings (prefix, substring, choseong,
  then typo-tolerant with rapidfuzz on the candidates a bigram index picks).
* blocks — the body text of every entry (paragraphs, list items, headings), found by a
  fast line scan (``search.blocks``; ``passage_at`` maps a result to the
  ``corpus.passages`` passage). Many: matched token by token against a vocabulary of
  distinct folded tokens (exact, prefix by bisection, substring by one ``str.find``
  scan over the joined vocabulary, typos on a small length/first-letter bucket), then
  postings give the blocks. Only line numbers are kept per block; the text of the
  blocks shown is rebuilt from the entry.

Everything is folded once at build time (NFKC, casefold, Hangul → jamo keys) so a
keystroke only folds the query. Item-level matches rank above headings and
annotations, which rank above body text; an entry linked to an item whose names match
is found too, so an alias in one language finds notes written in another. Every step
of a keystroke is bounded (hits, pools, results), whatever the corpus size. The built
index is cached on disk (``load_or_build``) keyed by a digest of the corpus.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import heapq
import re
import struct
import sys
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, pairwise
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from summit_tui import persist
from summit_tui.search.blocks import scan_blocks
from summit_tui.search.hangul import (
    choseong,
    choseong_key,
    choseong_with_map,
    decompose,
    fold,
    fold_with_map,
    is_choseong_query,
    jamo_ends,
)
from summit_tui.search.query import Filters, ParsedQuery, day_matches, parse_query

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus, Entry, Item
    from summit_tui.corpus.passages import Passage

# Rank tiers: a match in a higher tier always sorts above any match in a lower one.
TIER_ITEM = 3
TIER_HEADING = 2
TIER_BODY = 1

# Scores (0–100) of how a name matched.
EXACT = 100.0
PREFIX = 96.0
WORD_PREFIX = 93.0
CHOSEONG_PREFIX = 92.0
SUBSTRING = 88.0
CHOSEONG_SUBSTRING = 86.0
FUZZY_WEIGHT = 0.86  # a typo match scores at most 86
FUZZY_CUTOFF = 82.0  # rapidfuzz similarity needed to count as a typo match
LINKED_WEIGHT = 0.9  # an entry found through its item's names

# Bounds that keep one keystroke cheap whatever the corpus size.
NAME_FUZZY_CANDIDATES = 400
NAME_FUZZY_POOL = 1500
NAME_HITS = 1000
VOCAB_INFIX_HITS = 800
PASSAGE_POOL = 1200
VOCAB_PREFIX_HITS = 3000
PASSAGE_CACHE = 256
TEXT_CACHE = 2000
KEEP_PER_RESULT = 4
SET_PER_CANDIDATE = 25  # a set of postings costs about 1/25 of a candidate's forward check
ENOUGH_NAMES = 10  # names found as typed: no typo matching then
COMMON_WORD = 20  # passages; typo variants of a word this common are not looked for
LINKED_ITEMS = 5  # entries of at most this many best matching items are offered

_TOKEN = re.compile(
    r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]+|[^\W\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]+"
)
_SNIPPET = 160  # characters of a body snippet
_BEFORE = 50  # of which before the first match


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


@dataclass(frozen=True, slots=True)
class _Query:
    tokens: tuple[str, ...]  # folded tokens
    raw: tuple[str, ...]  # the same tokens before jamo decomposition (NFKC, casefolded)
    choseong: tuple[bool, ...]  # per token: only initial consonants
    key: str  # folded, single spaces
    compact: str  # folded, no spaces
    all_choseong: bool


# A name's owner: ("item", item index, field) or ("heading", entry index, line).
_Owner = tuple[Any, ...]
Progress = Callable[[int, int], None]  # (steps done, steps)
PROGRESS_EVERY = 500


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _fold_query(text: str) -> _Query:
    key = _spaced(fold(text))
    base = unicodedata.normalize("NFKC", text).casefold()
    raw = tuple(_TOKEN.findall(base))
    tokens = tuple(decompose(t) for t in raw)
    cho = tuple(is_choseong_query(t) for t in tokens)
    return _Query(
        tokens=tokens,
        raw=raw,
        choseong=cho,
        key=key,
        compact=key.replace(" ", ""),
        all_choseong=bool(tokens) and all(cho),
    )


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


class SearchIndex:
    """Build with ``SearchIndex.build(corpus)``; query with ``index.search(text)``."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._items: list[Item] = list(corpus.items())
        self._item_pos: dict[str, int] = {item.id: i for i, item in enumerate(self._items)}
        self._entries: list[Entry] = list(corpus.entries)
        self._entry_pos: dict[str, int] = {e.id: i for i, e in enumerate(self._entries)}
        # names
        self._name_key: list[str] = []
        self._name_compact: list[str] = []
        self._name_cho: list[str] = []
        self._name_text: list[str] = []
        self._name_owners: list[list[_Owner]] = []
        self._name_items: list[tuple[_Owner, ...]] = []
        # The headings named so: those of name i are _head_*[_head_start[i] : _head_start[i + 1]].
        self._head_start = array("I", [0])
        self._head_entry = array("I")
        self._head_line = array("I")
        self._name_sorted: list[str] = []
        self._name_sorted_ids = array("I")
        self._word_sorted: list[str] = []
        self._word_names = array("I")
        self._name_grams: dict[str, array] = {}
        self._name_joined = ""
        self._name_offsets: array = array("I")
        self._cho_joined = ""
        self._cho_offsets: array = array("I")
        self._cho_names: array = array("I")
        # passages
        self._p_entry = array("I")
        self._p_line = array("I")
        self._p_count = array("I")  # lines in the block: the text is rebuilt for results only
        self._post = array("I")  # postings of token t: _post[_post_start[t] : _post_start[t + 1]]
        self._post_start = array("I", [0])
        self._forward = array("I")
        self._forward_start = array("I", [0])
        # The vocabulary: distinct folded tokens, numbered in text order (so bisection
        # finds prefixes), held as one joined string (_join) rather than 100,000s of str.
        self._token_joined = ""
        self._token_offsets = array("I", [0])
        self._tokens = _Strings(self._token_joined, self._token_offsets)
        # Where in _token_joined the Hangul tokens are (two ranges: conjoining jamo,
        # compatibility jamo), so a Latin word never scans the jamo, and the reverse.
        self._hangul_spans: tuple[tuple[int, int], ...] = ()
        self._other_spans: tuple[tuple[int, int], ...] = ()
        self._vcho_joined = ""
        self._vcho_offsets = array("I")
        self._vcho_ids = array("I")
        self._buckets: dict[tuple[str, int], array] = {}
        # filters
        self._entry_item = array("i")  # item position, or -1
        self._entry_date: list[str | None] = []
        self._item_day_number: list[int | None] = []
        self._item_authors: list[tuple[str, ...]] = []
        self._item_author_text: list[str | None] = []
        self._day_numbers: dict[tuple[str, str | None], int] = {}
        # annotations
        self._annotations: list[AnnotationDoc] = []
        self._annotation_keys: list[str] = []
        self._passages: dict[str, list[Passage]] = {}  # split_passages, for results shown
        self._texts: dict[int, str] = {}  # block texts of recent results (_block_text)

    # ------------------------------------------------------------------ build

    @classmethod
    def build(
        cls,
        corpus: Corpus,
        annotations: Iterable[AnnotationDoc] = (),
        *,
        progress: Progress | None = None,
    ) -> SearchIndex:
        """The index of ``corpus``; ``progress(done, total)`` follows the build."""
        index = cls(corpus)
        index._build_filters()
        index._build_names()
        index._build_passages(progress)
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
        index = _read_cached(path, key)
        if index is None and elsewhere is not None:
            elsewhere()
            index = _read_cached(path, key)
        if index is not None:
            index._attach(corpus)
            index.set_annotations(annotations)
            return index
        index = cls.build(corpus, annotations, progress=progress)
        _write_cached(path, key, index)
        return index

    _DERIVED = (
        "corpus",
        "_items",
        "_item_pos",
        "_entries",
        "_entry_pos",
        "_annotations",
        "_annotation_keys",
        "_passages",
        "_texts",
        "_tokens",
    )

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k not in self._DERIVED}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._tokens = _Strings(self._token_joined, self._token_offsets)

    def _attach(self, corpus: Corpus) -> None:
        """Point an index loaded from the cache at the corpus it was built from."""
        self.corpus = corpus
        self._items = list(corpus.items())
        self._item_pos = {item.id: i for i, item in enumerate(self._items)}
        self._entries = list(corpus.entries)
        self._entry_pos = {e.id: i for i, e in enumerate(self._entries)}
        self._annotations = []
        self._annotation_keys = []
        self._passages = {}
        self._texts = {}

    def set_annotations(self, annotations: Iterable[AnnotationDoc]) -> None:
        """Replace the annotations searched (they change while the app runs)."""
        self._annotations = list(annotations)
        self._annotation_keys = [
            _spaced(fold(" ".join((doc.text, *doc.tags)))) for doc in self._annotations
        ]

    def _build_filters(self) -> None:
        for event in self.corpus.program.events:
            for number, day in enumerate(event.days, start=1):
                self._day_numbers[(event.id, day.date)] = number
        for item in self._items:
            self._item_day_number.append(self._day_numbers.get((item.event, item.day)))
            authors = self.corpus.authors_for(item.id)
            self._item_authors.append(tuple(_spaced(fold(a)) for a in authors))
            self._item_author_text.append(", ".join(authors) or None)
        for entry in self._entries:
            item_id = self.corpus.linked_item_id(entry.id)
            position = -1 if item_id is None else self._item_pos.get(item_id, -1)
            self._entry_item.append(position)
            note = self.corpus.note(entry.note)
            self._entry_date.append(note.date if note is not None else None)

    def _build_names(self) -> None:
        by_key: dict[str, int] = {}

        def add(text: str, owner: _Owner) -> None:
            text = _spaced(unicodedata.normalize("NFC", text))
            if not text:
                return
            key = _spaced(fold(text))
            position = by_key.get(key)
            if position is None:
                position = by_key[key] = len(self._name_key)
                self._name_key.append(key)
                self._name_compact.append(key.replace(" ", ""))
                self._name_cho.append(choseong_key(text))
                self._name_text.append(text)
                self._name_owners.append([])
            self._name_owners[position].append(owner)

        for i, item in enumerate(self._items):
            title_field = "booth" if item.kind == "booth" else "title"
            add(item.title, ("item", i, title_field))
            for title in item.titles:
                add(title, ("item", i, title_field))
            for alias in item.aliases:
                add(alias, ("item", i, "alias"))
            for person in item.speakers:
                add(person.name, ("item", i, "speaker"))
                for alias in person.aliases:
                    add(alias, ("item", i, "speaker"))
                if person.affiliation:
                    add(person.affiliation, ("item", i, "affiliation"))
        # Entry headings are added while splitting passages (_build_passages).
        self._add_name = add

    def _finish_names(self) -> None:
        grams: dict[str, list[int]] = {}
        for position, compact in enumerate(self._name_compact):
            for gram in sorted(_bigrams(compact)):
                grams.setdefault(gram, []).append(position)
        self._name_grams = {gram: array("I", ids) for gram, ids in grams.items()}
        self._name_joined, self._name_offsets = _join(self._name_compact)
        cho_names = [i for i, cho in enumerate(self._name_cho) if cho]
        self._cho_names = array("I", cho_names)
        self._cho_joined, self._cho_offsets = _join([self._name_cho[i] for i in cho_names])
        order = sorted(range(len(self._name_compact)), key=self._name_compact.__getitem__)
        self._name_sorted = [self._name_compact[i] for i in order]
        self._name_sorted_ids = array("I", order)
        distinct: dict[str, str] = {}  # one str per word, however many names hold it
        words = sorted(
            (distinct.setdefault(word, word), position)
            for position, key in enumerate(self._name_key)
            for word in set(key.split())
        )
        self._word_sorted = [word for word, _ in words]
        self._word_names = array("I", [position for _, position in words])
        del words, distinct
        empty: tuple = ()
        for owners in self._name_owners:
            items = tuple(o for o in owners if o[0] == "item")
            self._name_items.append(items or empty)
            for owner in owners:
                if owner[0] != "item":
                    self._head_entry.append(owner[1])
                    self._head_line.append(owner[2])
            self._head_start.append(len(self._head_entry))
        del self._name_owners
        del self._add_name

    def _build_passages(self, progress: Progress | None = None) -> None:
        vocab: dict[str, int] = {}  # folded token -> id, while building
        tokens: list[str] = []
        postings: list[array] = []
        forward = self._forward
        forward_start = self._forward_start
        p_entry = self._p_entry
        p_line = self._p_line
        p_count = self._p_count
        by_base: dict[str, int] = {}
        cho_ids: list[int] = []
        cho_keys: list[str] = []
        add_name = self._add_name
        normalize = unicodedata.normalize
        findall = _TOKEN.findall
        # Steps: one per entry, and a sixth as many for what follows the entries.
        entries = len(self._entries)
        total = entries + entries // 6
        for e, entry in enumerate(self._entries):
            if progress is not None and e % PROGRESS_EVERY == 0:
                progress(e, total)
            title = _spaced(entry.title)
            headed = False
            for block in scan_blocks(entry.text):
                pid = len(p_line)
                plain = block.plain
                line = entry.start_line + block.line
                p_entry.append(e)
                p_line.append(line)
                p_count.append(block.end - block.line + 1)
                if block.kind == "heading":
                    headed = headed or normalize("NFC", plain) == normalize("NFC", title)
                    add_name(plain, ("heading", e, line))
                # In text order, not a set's: the index is the same whatever the hash seed.
                found = dict.fromkeys(findall(normalize("NFKC", plain).casefold()))
                for token in [t for t in found if t not in by_base]:
                    jamo = decompose(token)
                    if jamo == token:
                        jamo = token  # one string object for Latin tokens, not two
                    tid = vocab.get(jamo)
                    if tid is None:
                        tid = vocab[jamo] = len(tokens)
                        tokens.append(jamo)
                        postings.append(array("I"))
                        if "\uac00" <= token[0] <= "\ud7a3":  # tokens are of one script
                            cho_ids.append(tid)
                            cho_keys.append(choseong(token))
                    by_base[token] = tid
                ids = list(map(by_base.__getitem__, found))
                for tid in ids:
                    postings[tid].append(pid)
                forward.extend(ids)
                forward_start.append(len(forward))
            if not headed and title:
                add_name(title, ("heading", e, entry.start_line))
        if progress is not None:
            progress(entries, total)
        self._finish_names()
        del by_base, vocab
        # Renumber the tokens in text order: ids found by bisection need no mapping then.
        order = sorted(range(len(tokens)), key=tokens.__getitem__)
        renumber = array("I", bytes(4 * len(order)))
        for new, old in enumerate(order):
            renumber[old] = new
        self._token_joined, self._token_offsets = _join([tokens[old] for old in order])
        self._tokens = _Strings(self._token_joined, self._token_offsets)
        self._hangul_spans, self._other_spans = _script_spans(self._tokens)
        step = 1 << 16  # in slices: no second copy of the whole forward index at once
        for at in range(0, len(forward), step):
            forward[at : at + step] = array("I", map(renumber.__getitem__, forward[at : at + step]))
        initials = sorted(zip(map(renumber.__getitem__, cho_ids), cho_keys, strict=True))
        self._vcho_ids = array("I", [tid for tid, _ in initials])
        self._vcho_joined, self._vcho_offsets = _join([key for _, key in initials])
        del cho_keys, cho_ids, renumber, initials
        for old in order:  # one flat array: far less memory than one per token
            self._post.extend(postings[old])
            postings[old] = _EMPTY
            self._post_start.append(len(self._post))
        del postings
        buckets: dict[tuple[str, int], list[int]] = {}
        for new, old in enumerate(order):
            token = tokens[old]
            if len(token) >= 3:
                buckets.setdefault((token[0], len(token)), []).append(new)
        self._buckets = {key: array("I", ids) for key, ids in buckets.items()}
        if progress is not None:
            progress(total, total)

    # ------------------------------------------------------------------ query

    def search(self, query: str, limit: int = 50, *, resolve: bool = False) -> list[Result]:
        """The best ``limit`` results for ``query`` (free text and filter words).

        With ``resolve``, passage results carry their ``corpus.passages`` index (one
        Markdown parse per entry shown, cached); without it ``passage`` is None and
        ``line`` says where the match is.
        """
        return self.search_parsed(parse_query(query), limit, resolve=resolve)

    def search_parsed(
        self, parsed: ParsedQuery, limit: int = 50, *, resolve: bool = False
    ) -> list[Result]:
        if parsed.impossible or limit <= 0:
            return []
        filters = parsed.filters if parsed.filters else None
        q = _fold_query(parsed.text)
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

    # names

    def _match_names(self, q: _Query, filters: Filters | None, offer, limit: int) -> None:
        scores = self._score_names(q)
        ordered = sorted(scores.items(), key=lambda pair: -pair[1])
        items: dict[int, float] = {}
        last = -1  # the item added last, the lowest score kept so far
        for position, score in ordered:
            if len(items) >= limit and score < items[last]:
                break  # only the best `limit` items can be shown (ties stay: item order decides)
            for _kind, i, field in self._name_items[position]:
                if i in items or not self._item_ok(i, filters):
                    continue
                items[i] = score
                last = i
                offer(("item", i), TIER_ITEM * 1000 + score, i, ("item", i, field, position, score))
        heads = 0
        for position, score in ordered:
            if heads >= limit:
                break
            for h in range(self._head_start[position], self._head_start[position + 1]):
                e, line = self._head_entry[h], self._head_line[h]
                if not self._entry_ok(e, filters):
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
                if linked >= limit or not self._entry_ok(e, filters):
                    continue
                linked += 1
                weighted = score * LINKED_WEIGHT
                offer(
                    ("line", e, entry.start_line),
                    TIER_BODY * 1000 + weighted,
                    e,
                    ("linked", e, i, weighted),
                )

    def _score_names(self, q: _Query) -> dict[int, float]:
        scores: dict[int, float] = {}
        compact = q.compact
        if q.all_choseong:
            for found in _find_all(self._cho_joined, self._cho_offsets, compact, NAME_HITS):
                position = self._cho_names[found]
                cho = self._name_cho[position]
                scores[position] = (
                    CHOSEONG_PREFIX if cho.startswith(compact) else CHOSEONG_SUBSTRING
                )
        if len(compact) < 3:
            # A letter or two: only names or words of names starting with it.
            for position in _prefixed(self._name_sorted, self._name_sorted_ids, compact, NAME_HITS):
                scores[position] = EXACT if self._name_compact[position] == compact else PREFIX
            for position in _prefixed(self._word_sorted, self._word_names, compact, NAME_HITS):
                scores.setdefault(position, WORD_PREFIX)
            return scores
        # Substrings (prefixes included) in one scan of the joined names.
        for position in _find_all(self._name_joined, self._name_offsets, compact, NAME_HITS):
            name = self._name_compact[position]
            if name == compact:
                score = EXACT
            elif name.startswith(compact):
                score = PREFIX
            elif (" " + self._name_key[position]).find(" " + q.key) >= 0:
                score = WORD_PREFIX
            else:
                score = SUBSTRING
            if scores.get(position, 0) < score:
                scores[position] = score
        if q.all_choseong or len(compact) < 4 or len(scores) >= ENOUGH_NAMES:
            return scores  # typo matching only when the text itself is not found
        if any(self._name_items[position] for position in scores):
            return scores  # a title or name holds the words as typed: they are no typo
        # Typos: names sharing enough bigrams with the query, scored with rapidfuzz.
        from rapidfuzz import fuzz

        # A name sharing `needed` of the query's bigrams shares one of its rarest
        # len - needed + 1: only their postings give candidates (prefix filtering).
        grams = sorted(_bigrams(compact), key=lambda g: (len(self._name_grams.get(g, ())), g))
        needed = max(2, (len(grams) + 1) // 2)
        pool: set[int] = set()
        for gram in grams[: len(grams) - needed + 1]:
            pool.update(self._name_grams.get(gram, ()))
        candidates: list[tuple[int, int]] = []
        for position in sorted(pool)[:NAME_FUZZY_POOL]:
            if position in scores:
                continue
            name = self._name_compact[position]
            shared = sum(map(name.__contains__, grams))
            if shared >= needed:
                candidates.append((shared, position))
        if len(candidates) > NAME_FUZZY_CANDIDATES:
            candidates.sort(key=lambda pair: (-pair[0], pair[1]))
            del candidates[NAME_FUZZY_CANDIDATES:]
        several = len(q.tokens) > 1
        for _count, position in candidates:
            similarity = fuzz.partial_ratio(
                compact, self._name_compact[position], score_cutoff=FUZZY_CUTOFF
            )
            if several:
                similarity = max(
                    similarity,
                    fuzz.token_set_ratio(
                        q.key, self._name_key[position], score_cutoff=FUZZY_CUTOFF
                    ),
                )
            if similarity >= FUZZY_CUTOFF:
                scores[position] = similarity * FUZZY_WEIGHT
        return scores

    # annotations

    def _match_annotations(self, q: _Query, filters: Filters | None, offer) -> None:
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

    # passages

    def _token_matches(self, token: str, choseong: bool) -> dict[int, float]:
        """Vocabulary tokens matching one query token, with how well (0–100)."""
        found: dict[int, float] = {}
        if choseong and len(token) >= 2:
            if len(token) < 3:  # two initials: words starting with them
                hits = _find_all(
                    self._vcho_joined, self._vcho_offsets, token, VOCAB_PREFIX_HITS, start=True
                )
            else:
                hits = _find_all(self._vcho_joined, self._vcho_offsets, token, VOCAB_INFIX_HITS)
            for position in hits:
                found[self._vcho_ids[position]] = CHOSEONG_PREFIX
            return found
        tokens = self._tokens
        prefixed = self._prefixed_tokens(token)
        found.update(dict.fromkeys(prefixed, PREFIX))
        exact = bool(prefixed) and tokens[prefixed[0]] == token  # it sorts first
        common = False
        if exact:
            tid = prefixed[0]
            found[tid] = EXACT
            common = self._post_start[tid + 1] - self._post_start[tid] >= COMMON_WORD
        if len(token) >= 3:
            spans = self._hangul_spans if _script(token) == "hangul" else self._other_spans
            room = VOCAB_INFIX_HITS
            for low, high in spans:
                hits = _find_all(
                    self._token_joined, self._token_offsets, token, room, low=low, high=high
                )
                found.update((tid, SUBSTRING) for tid in hits if tid not in found)
                room -= len(hits)
                if room <= 0:
                    break
        if len(token) >= 4 and not common:  # a word common as typed needs no typo help
            from rapidfuzz import fuzz, process

            pool: list[int] = []
            for length in range(len(token) - 2, len(token) + 3):
                pool.extend(self._buckets.get((token[0], length), ()))
            if pool:
                choices = list(map(tokens.__getitem__, pool))
                for _text, similarity, at in process.extract(
                    token, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=30
                ):
                    found.setdefault(pool[at], similarity * FUZZY_WEIGHT)
        return found

    def _match_passages(self, q: _Query, filters: Filters | None, offer, limit: int) -> None:
        matches = []
        for token, cho in zip(q.tokens, q.choseong, strict=True):
            found = self._token_matches(token, cho)
            if not found:
                return  # every word must match somewhere
            starts = self._post_start
            weight = sum(starts[tid + 1] - starts[tid] for tid in found)
            matches.append((weight, found))
        if not matches:
            return
        matches.sort(key=lambda m: m[0])
        primary = matches[0][1]
        pool: dict[int, float] = {}
        post, starts = self._post, self._post_start
        for tid, quality in sorted(primary.items(), key=itemgetter(1), reverse=True):
            room = PASSAGE_POOL - len(pool)
            if not pool:  # postings are in corpus order: take the first ones as they are
                fresh = post[starts[tid] : min(starts[tid + 1], starts[tid] + room)]
            else:
                fresh = set(post[starts[tid] : starts[tid + 1]]).difference(pool)
                if len(fresh) > room:
                    fresh = sorted(fresh)[:room]  # the first in corpus order
            pool.update(dict.fromkeys(fresh, quality))
            if len(pool) >= PASSAGE_POOL:
                break
        forward = self._forward
        start = self._forward_start
        enough = KEEP_PER_RESULT * limit
        for weight, found in matches[1:]:
            wanted = found.keys()
            quality_of = found.get
            candidates: Iterable[int] = pool
            if weight <= SET_PER_CANDIDATE * len(pool):  # cheaper: this word's passages as a set
                members: set[int] = set()
                for tid in found:
                    members.update(post[starts[tid] : starts[tid + 1]])
                candidates = [pid for pid in pool if pid in members]
            kept: dict[int, float] = {}
            for pid in candidates:
                tids = forward[start[pid] : start[pid + 1]]
                if not wanted.isdisjoint(tids):
                    kept[pid] = pool[pid] + max(filter(None, map(quality_of, tids)))
                    if len(kept) >= enough:
                        break  # the pool is in order of the rarest word's match quality
            pool = kept
        count = len(matches)
        p_entry = self._p_entry
        if filters is not None:
            pool = {pid: v for pid, v in pool.items() if self._entry_ok(p_entry[pid], filters)}
        # A stable sort: among equal scores, the pool's order (corpus order) stays.
        for pid, quality in sorted(pool.items(), key=itemgetter(1), reverse=True)[:limit]:
            score = quality / count
            offer(
                ("line", p_entry[pid], self._p_line[pid]),
                TIER_BODY * 1000 + score,
                p_entry[pid],
                ("body", pid, score),
            )

    def _prefixed_tokens(self, prefix: str) -> list[int]:
        """Ids of the tokens starting with ``prefix`` (by bisection: ids are in text order)."""
        return list(_prefix_range(self._tokens, prefix, VOCAB_PREFIX_HITS))

    def _block_text(self, pid: int) -> str:
        """The readable text of a block, rebuilt from its entry (kept only as line numbers).

        Remembered for the last few thousand blocks: while a query is typed, one
        keystroke's results are mostly the previous one's.
        """
        text = self._texts.get(pid)
        if text is None:
            entry = self._entries[self._p_entry[pid]]
            offset = self._p_line[pid] - entry.start_line
            lines = entry.text.split("\n")[offset : offset + self._p_count[pid]]
            blocks = scan_blocks("\n".join(lines))
            text = unicodedata.normalize("NFC", blocks[0].plain) if blocks else ""
            if len(self._texts) >= TEXT_CACHE:
                self._texts.pop(next(iter(self._texts)))
            self._texts[pid] = text
        return text

    # filters

    def _item_ok(self, i: int, filters: Filters | None) -> bool:
        if filters is None:
            return True
        item = self._items[i]
        if filters.kinds and str(item.kind) not in filters.kinds:
            return False
        if filters.days and not any(
            day_matches(d, item.day, self._item_day_number[i]) for d in filters.days
        ):
            return False
        if filters.tracks and not _any_in(filters.tracks, item.track):
            return False
        return not filters.authors or any(
            _author_matches(a, self._item_authors[i]) for a in filters.authors
        )

    def _entry_ok(self, e: int, filters: Filters | None) -> bool:
        if filters is None:
            return True
        entry = self._entries[e]
        if filters.authors and not any(
            _author_matches(a, (_spaced(fold(entry.author)),)) for a in filters.authors
        ):
            return False
        i = self._entry_item[e]
        if i >= 0:
            return self._item_ok(i, Filters(filters.kinds, (), filters.days, filters.tracks))
        if filters.kinds and str(entry.kind) not in filters.kinds:
            return False
        date = self._entry_date[e]
        if filters.days and not any(day_matches(d, date, None) for d in filters.days):
            return False
        if filters.tracks:
            note = self.corpus.note(entry.note)
            return (
                note is not None and note.track is not None and _any_in(filters.tracks, note.track)
            )
        return True

    def _annotation_ok(self, doc: AnnotationDoc, filters: Filters | None) -> bool:
        if filters is None:
            return True
        if doc.entry_id is not None and doc.entry_id in self._entry_pos:
            return self._entry_ok(self._entry_pos[doc.entry_id], filters)
        if doc.item_id is not None and doc.item_id in self._item_pos:
            return self._item_ok(self._item_pos[doc.item_id], filters)
        return False

    def _list_items(self, filters: Filters, limit: int) -> list[Result]:
        results: list[Result] = []
        for i, item in enumerate(self._items):
            if not self._item_ok(i, filters):
                continue
            authors = self.corpus.authors_for(item.id)
            results.append(
                Result(
                    kind="item",
                    item_id=item.id,
                    title=item.title,
                    entry_id=None,
                    author=", ".join(authors) or None,
                    passage=None,
                    line=None,
                    score=0.0,
                    field="filter",
                    snippet=_placement(item, self._item_day_number[i]),
                )
            )
            if len(results) >= limit:
                break
        return results

    # results

    def _result(self, q: _Query, payload: tuple) -> Result:
        kind = payload[0]
        if kind == "item":
            _k, i, field, position, score = payload
            item = self._items[i]
            text = self._name_text[position]
            return Result(
                kind="item",
                item_id=item.id,
                title=item.title,
                entry_id=None,
                author=self._item_author_text[i],
                passage=None,
                line=None,
                score=score,
                field=field,
                snippet=text,
                spans=highlight(text, q),
            )
        if kind == "heading":
            _k, e, line, position, score = payload
            text = self._name_text[position]
            return self._entry_result(e, line, score, "heading", text, highlight(text, q))
        if kind == "linked":
            _k, e, i, score = payload
            entry = self._entries[e]
            snippet = _spaced(entry.title)
            return self._entry_result(
                e, entry.start_line, score, "item", snippet, highlight(snippet, q)
            )
        if kind == "body":
            _k, pid, score = payload
            snippet, spans = _window(self._block_text(pid), q)
            return self._entry_result(
                self._p_entry[pid], self._p_line[pid], score, "body", snippet, spans
            )
        _k, position, score = payload
        doc = self._annotations[position]
        item = self.corpus.item(doc.item_id) if doc.item_id else None
        entry = self.corpus.entry(doc.entry_id) if doc.entry_id else None
        text = " ".join((doc.text, *(f"#{tag}" for tag in doc.tags)))
        snippet, spans = _window(_spaced(text), q)
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
    ) -> Result:
        entry = self._entries[e]
        i = self._entry_item[e]
        item = self._items[i] if i >= 0 else None
        return Result(
            kind="passage",
            item_id=item.id if item else None,
            title=item.title if item else entry.title,
            entry_id=entry.id,
            author=entry.author,
            passage=None,
            line=line,
            score=score,
            field=field,
            snippet=snippet,
            spans=spans,
            note=entry.note,
        )

    def passage_at(self, entry_id: str, line: int) -> Passage | None:
        """The ``corpus.passages`` passage of an entry that holds a file line."""
        passages = self._passages.get(entry_id)
        if passages is None:
            entry = self.corpus.entry(entry_id)
            if entry is None:
                return None
            from summit_tui.corpus.passages import split_passages

            passages = split_passages(entry)
            if len(self._passages) >= PASSAGE_CACHE:
                self._passages.pop(next(iter(self._passages)))
            self._passages[entry_id] = passages
        before = [p for p in passages if p.start_line <= line]
        holding = [p for p in before if line <= p.end_line]
        chosen = holding[-1] if holding else (before[-1] if before else None)
        return chosen or (passages[0] if passages else None)

    def _resolved(self, result: Result) -> Result:
        if result.kind != "passage" or result.entry_id is None or result.line is None:
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
            "names": len(self._name_key),
            "passages": len(self._p_line),
            "vocabulary": len(self._tokens),
            "postings": len(self._forward),
            "annotations": len(self._annotations),
        }


# ---------------------------------------------------------------------- cache

CACHE_FILE = "search-index.bin"
_OLD_CACHE_FILE = "search-index.pickle"  # the earlier format (one whole pickle): removed
INDEX_VERSION = 3  # bump when the index layout or what it folds changes
_KIND = "search index"  # the file's first line: "summit-tui search index"
_ALLOWED = persist.allow("array", "array", "_array_reconstructor")  # all the head may make
_LENGTH = struct.Struct("<Q")


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


def _read_cached(path: Path, key: str) -> SearchIndex | None:
    """The index saved at ``path`` for the corpus digest ``key``, or None (``persist``
    checks who wrote the file and its stamp before anything is unpickled)."""
    state = persist.read_cache(path, _KIND, _stamp(key), _read_state)
    if state is None:
        return None
    index = SearchIndex.__new__(SearchIndex)
    index.__setstate__(state)
    return index


def _read_state(handle: BinaryIO) -> dict[str, Any] | None:
    (length,) = _LENGTH.unpack(handle.read(_LENGTH.size))
    head = persist.load_pickle(handle.read(length), _ALLOWED)
    state = head["state"]
    for name, typecode, itemsize, count in head["arrays"]:
        values = array(typecode)
        if values.itemsize != itemsize:
            return None
        values.fromfile(handle, count)  # straight into the array: no second copy
        state[name] = values
    return None if handle.read(1) else state


def _stamp(key: str) -> str:
    """The file's second line: what it was built from, and for which byte order."""
    return f"{key} {sys.byteorder}"


def _write_cached(path: Path, key: str, index: SearchIndex) -> None:
    """Save the index: a pickled head, then its big arrays as raw bytes (read back
    without the transient copies unpickling them would make)."""
    import pickle

    state = index.__getstate__()
    arrays = {name: value for name, value in state.items() if isinstance(value, array)}
    head = {
        "state": {name: value for name, value in state.items() if name not in arrays},
        "arrays": [(name, a.typecode, a.itemsize, len(a)) for name, a in arrays.items()],
    }

    def write(out: BinaryIO) -> None:
        data = pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL)
        out.write(_LENGTH.pack(len(data)))
        out.write(data)
        del data
        for values in arrays.values():
            values.tofile(out)

    # A cache dir that cannot be written only costs the next start a rebuild.
    if persist.save_cache(path, _KIND, _stamp(key), write):
        (path.parent / _OLD_CACHE_FILE).unlink(missing_ok=True)


# ---------------------------------------------------------------------- helpers


def _script(token: str) -> str:
    """Which joined vocabulary holds a token: "ascii", "hangul" (jamo keys) or "other"."""
    if token.isascii():
        return "ascii"
    if "\u1100" <= token[0] <= "\u11ff" or "\u3131" <= token[0] <= "\u318e":
        return "hangul"  # tokens are of one script (_TOKEN), and folded Hangul is jamo
    return "other"


# First characters of Hangul tokens (folded Hangul is conjoining jamo; typed jamo stay).
_HANGUL_STARTS = (("\u1100", "\u1200"), ("\u3131", "\u318f"))
_EMPTY = array("I")


def _join(keys: list[str]) -> tuple[str, array]:
    """One string "\\x00k0\\x00k1...\\x00" for str.find scans, and the start of every key
    followed by the end of the string: key i is ``joined[offsets[i] : offsets[i + 1] - 1]``."""
    offsets = array("I")
    position = 1
    for key in keys:
        offsets.append(position)
        position += len(key) + 1
    offsets.append(position)
    return "\x00" + "\x00".join(keys) + "\x00", offsets


class _Strings(Sequence[str]):
    """The keys of a ``_join``ed string as a read-only sequence (for bisection)."""

    __slots__ = ("_joined", "_offsets")

    def __init__(self, joined: str, offsets: array) -> None:
        self._joined = joined
        self._offsets = offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:  # type: ignore[override]  # ints only
        return self._joined[self._offsets[i] : self._offsets[i + 1] - 1]


def _script_spans(
    tokens: _Strings,
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Where the Hangul tokens of a sorted vocabulary are in its joined string, and where
    the others are, as [low, high) character ranges for ``_find_all``."""
    offsets = tokens._offsets
    bounds = [0]
    for first, after in _HANGUL_STARTS:
        bounds += [bisect.bisect_left(tokens, first), bisect.bisect_left(tokens, after)]
    bounds.append(len(tokens))
    ranges = [(offsets[a] - 1, offsets[b]) for a, b in pairwise(bounds)]
    hangul = tuple(r for r in ranges[1::2] if r[1] > r[0] + 1)
    other = tuple(r for r in ranges[0::2] if r[1] > r[0] + 1)
    return hangul, other


def _prefix_range(ordered: Sequence[str], prefix: str, cap: int) -> range:
    """Where the sorted keys starting with ``prefix`` are, at most ``cap`` of them."""
    low = bisect.bisect_left(ordered, prefix)
    return range(low, min(bisect.bisect_left(ordered, prefix + "\U0010ffff"), low + cap))


def _prefixed(ordered: list[str], ids: array, prefix: str, cap: int) -> list[int]:
    """Ids of the sorted keys starting with ``prefix``, at most ``cap``."""
    found = _prefix_range(ordered, prefix, cap)
    return list(ids[found.start : found.stop])


def _find_all(
    joined: str,
    offsets: array,
    needle: str,
    cap: int,
    *,
    start: bool = False,
    low: int = 0,
    high: int | None = None,
) -> list[int]:
    """Positions of the keys containing ``needle`` (each once), at most ``cap``; only
    those within ``joined[low:high]`` when given.

    With ``start``, only keys that begin with it.
    """
    found: list[int] = []
    if not needle or "\x00" in needle or cap <= 0:
        return found
    if high is None:
        high = len(joined)
    if start:
        needle = "\x00" + needle
    skip = 1 if start else 0  # a key-start needle begins on the separator before the key
    at = joined.find(needle, low, high)
    while at >= 0 and len(found) < cap:
        inside = at + skip
        found.append(bisect.bisect_right(offsets, inside) - 1)
        end = joined.find("\x00", inside)  # skip to the next key
        at = joined.find(needle, end, high)
    return found


def _placement(item: Item, day_number: int | None) -> str:
    """Where an item sits in the program: the snippet of a result listed by filters alone."""
    day = f"day {day_number} · {item.day}" if day_number is not None else item.day
    return " · ".join(part for part in (str(item.kind), item.track, day) if part)


def _any_in(wanted: tuple[str, ...], value: str) -> bool:
    folded = fold(value)
    return any(fold(w) in folded for w in wanted)


def _author_matches(wanted: str, authors: tuple[str, ...]) -> bool:
    key = _spaced(fold(wanted))
    if any(key in author or author.replace(" ", "") == key.replace(" ", "") for author in authors):
        return True
    if len(key) < 3:
        return False
    from rapidfuzz import fuzz

    return any(fuzz.partial_ratio(key, author) >= 85 for author in authors)


def highlight(text: str, q: _Query) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` that match the query's tokens (substring, choseong, or typo).

    A token of one or two characters is marked only where a word starts with it.
    """
    if not text or not q.tokens:
        return ()
    folded, ends = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    cho: tuple[str, list[int]] | None = None
    for token, is_cho in zip(q.tokens, q.choseong, strict=True):
        if is_cho:
            cho = cho or choseong_with_map(text)
            haystack, where = cho
            spans.extend(
                (where[a], where[b - 1] + 1)
                for a, b in _occurrences(haystack, token, word_start=False)
            )
            continue
        found = _occurrences(folded, token, word_start=len(token) < 3)
        if not found and len(token) >= 3:
            found = _loose(folded, token)
        for a, b in found:
            if ends is None:
                spans.append((a, b))
            else:
                spans.append((bisect.bisect_right(ends, a), bisect.bisect_right(ends, b - 1) + 1))
    return _merge(spans)


def _loose(folded: str, token: str) -> list[tuple[int, int]]:
    """Where ``token`` matches ignoring spaces (kaifu → Kai Fu) or with a typo."""
    keep = [not c.isspace() for c in folded]
    compact = "".join(compress(folded, keep))
    where = list(compress(range(len(folded)), keep))
    found = _occurrences(compact, token, word_start=False)
    if not found:
        from rapidfuzz import fuzz

        hit = fuzz.partial_ratio_alignment(token, compact, score_cutoff=FUZZY_CUTOFF)
        if hit is not None and hit.dest_end > hit.dest_start:
            found = [(hit.dest_start, hit.dest_end)]
    return [(where[a], where[b - 1] + 1) for a, b in found]


def _occurrences(haystack: str, needle: str, *, word_start: bool) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    if not needle:
        return found
    at = haystack.find(needle)
    while at >= 0 and len(found) < 50:
        if not word_start or at == 0 or not haystack[at - 1].isalnum():
            found.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle))
    return found


def _merge(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _window(text: str, q: _Query) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A snippet of at most ~_SNIPPET characters around the first match, and its spans."""
    if len(text) <= _SNIPPET:
        return text, highlight(text, q)
    first = _first_match(text, q)
    start = max(0, first - _BEFORE)
    if start:
        space = text.rfind(" ", start - 10, start)
        start = space + 1 if space > 0 else start
    end = min(len(text), start + _SNIPPET)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    spans = highlight(text[start:end], q)
    shift = len(prefix)
    return prefix + text[start:end] + suffix, tuple((s + shift, e + shift) for s, e in spans)


def _first_match(text: str, q: _Query) -> int:
    """Where the first query word is in ``text``, found with whole-string (C) operations."""
    base = unicodedata.normalize("NFKC", text).casefold()
    if len(base) != len(text):
        spans = highlight(text, q)
        return spans[0][0] if spans else 0
    found: list[int] = []
    jamo = initials = None
    for raw, token, is_cho in zip(q.raw, q.tokens, q.choseong, strict=True):
        if is_cho:
            initials = initials if initials is not None else choseong(base)
            at = initials.find(token)
        else:
            at = base.find(raw)
            if at < 0:
                jamo = jamo if jamo is not None else decompose(base)
                at = jamo.find(token)
                if at >= 0:  # the character whose jamo hold position ``at``
                    at = bisect.bisect_right(jamo_ends(base), at)
        if at >= 0:
            found.append(at)
    return min(found) if found else 0
