"""Quote selectors, and finding a quote again after the note it came from changed.

Finding a quote (``locate``): every exact occurrence first, the one whose prefix and
suffix agree best (then nearest the position hint) winning; failing that, the best
fuzzy alignment (rapidfuzz), preferring the neighbourhood of the hint, accepted only
when it is clearly the same text (``threshold``).

Where it is looked for (``reanchor``): the annotation's own entry first, then the other
entries of its own item (for a passage in no item: the other unsorted entries of its
note). Never anywhere else: an annotation never moves to another item or to Unsorted.
When it is not found it becomes an orphan. Re-anchoring only ever changes where the
quote is (entry, offsets, line); the quote and its context stay as the user annotated
them, so an orphan re-attaches by itself when the text comes back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from summit_tui.annotate.model import Annotation, ItemInfo, Target

if TYPE_CHECKING:
    from summit_tui.annotate.items import Gone
    from summit_tui.annotate.store import AnnotationStore
    from summit_tui.corpus.model import Corpus, Entry, Item
    from summit_tui.corpus.passages import Passage

CONTEXT = 32  # characters of prefix and suffix kept with a quote
MIN_FUZZY_LENGTH = 8  # shorter quotes must match exactly: fuzzy hits on them are noise


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    score: float  # 100 for an exact match
    exact: bool


def threshold(length: int) -> float:
    """How alike a fuzzy match must be to be clearly the same text: stricter when short."""
    if length < 20:
        return 95.0
    if length < 40:
        return 90.0
    return 85.0


def selector(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[str, str, str]:
    """(exact, prefix, suffix) for ``text[start:end]``."""
    return text[start:end], text[max(0, start - context) : start], text[end : end + context]


def line_of(entry: Entry, offset: int) -> int:
    """The file line of a character offset within ``entry.text``."""
    return entry.start_line + entry.text.count("\n", 0, offset)


def target_for_range(entry: Entry, start: int, end: int, quote: str | None = None) -> Target:
    """A selector for ``entry.text[start:end]``; ``quote`` is how it was shown (worked
    out from the Markdown when not given)."""
    from summit_tui.annotate.plain import displayed_text

    exact, prefix, suffix = selector(entry.text, start, end)
    return Target(
        entry_id=entry.id,
        note=entry.note,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=start,
        end=end,
        line=line_of(entry, start),
        author=entry.author,
        quote=displayed_text(exact) if quote is None else quote,
    )


def passage_range(entry: Entry, passage: Passage) -> tuple[int, int]:
    """Character offsets of a passage within its entry's text."""
    lines = entry.text.split("\n")
    first = max(0, passage.start_line - entry.start_line)
    offset = sum(len(line) + 1 for line in lines[:first])
    found = entry.text.find(passage.text, offset)
    if found < 0:
        found = entry.text.find(passage.text)
    if found < 0:  # should not happen; fall back to whole lines
        last = max(first, passage.end_line - entry.start_line)
        end = sum(len(line) + 1 for line in lines[: last + 1]) - 1
        return offset, max(offset, min(end, len(entry.text)))
    return found, found + len(passage.text)


def target_for_passage(entry: Entry, passage: Passage) -> Target:
    start, end = passage_range(entry, passage)
    return target_for_range(entry, start, end, quote=passage.plain)


def overlaps(target: Target, entry: Entry, passage: Passage) -> bool:
    """Does an anchored quote cover (part of) a passage? Used to highlight passages."""
    if target.entry_id != entry.id or target.start is None or target.end is None:
        return False
    start, end = passage_range(entry, passage)
    return target.start < end and start < target.end


# -- finding a quote -------------------------------------------------------------


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def _exact_matches(text: str, exact: str) -> list[int]:
    found: list[int] = []
    at = text.find(exact)
    while at >= 0:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def _refine(
    text: str, exact: str, start: int, end: int, prefix: str = "", suffix: str = ""
) -> tuple[int, int, float]:
    """Nudge the ends of a fuzzy alignment to where the quote fits best.

    Trimming a changed word off an end of the quote raises its bare similarity, so
    ends that meet the quote's old context, or a word boundary, earn a bonus.
    """
    from rapidfuzz import fuzz

    reach = max(8, len(exact) // 4)
    before, after = prefix[-16:], suffix[:16]

    def edge(at: int) -> bool:
        return at <= 0 or at >= len(text) or not (text[at - 1].isalnum() and text[at].isalnum())

    def score(s: int, e: int) -> float:
        context = 0.0
        if before:
            context += min(_common_suffix(text[:s], before), len(before)) / len(before)
        if after:
            context += min(_common_prefix(text[e:], after), len(after)) / len(after)
        return fuzz.ratio(exact, text[s:e]) + 4.0 * context + 2.0 * (edge(s) + edge(e))

    best_start, best_end, best = start, end, score(start, end)
    for _ in range(2):
        for new_end in range(
            max(best_start + 1, best_end - reach), min(len(text), best_end + reach) + 1
        ):
            value = score(best_start, new_end)
            if value > best:
                best_end, best = new_end, value
        for new_start in range(
            max(0, best_start - reach), min(best_end - 1, best_start + reach) + 1
        ):
            value = score(new_start, best_end)
            if value > best:
                best_start, best = new_start, value
    return best_start, best_end, fuzz.ratio(exact, text[best_start:best_end])


def _fuzzy(
    text: str, exact: str, lo: int = 0, hi: int | None = None, prefix: str = "", suffix: str = ""
) -> Match | None:
    from rapidfuzz import fuzz

    window = text[lo:hi]
    if not window.strip():
        return None
    if len(window) <= len(exact):
        start, end = lo, lo + len(window)
    else:
        aligned = fuzz.partial_ratio_alignment(exact, window)
        if aligned is None:
            return None
        start, end = lo + aligned.dest_start, lo + aligned.dest_end
    start, end, score = _refine(text, exact, start, end, prefix, suffix)
    return Match(start, end, score, exact=False)


def locate(text: str, target: Target, *, near: bool = True) -> Match | None:
    """Where ``target``'s quote is in ``text`` now, or None when it is gone.

    ``near``: the text is the quote's own entry, so its position hint means something.
    """
    exact = target.exact
    if not exact:
        return None
    hint = target.start if near else None
    if hint is not None and hint >= 0 and _in_place(text, target, hint):
        # Where it was, with all of its recorded context: no other place ranks higher
        # (most context, then nearest: ``rank`` below), so the text is not searched.
        return Match(hint, hint + len(exact), 100.0, exact=True)
    starts = _exact_matches(text, exact)
    if starts:

        def rank(at: int) -> tuple[int, int]:
            context = _common_suffix(text[:at], target.prefix) + _common_prefix(
                text[at + len(exact) :], target.suffix
            )
            distance = abs(at - hint) if hint is not None else 0
            return (context, -distance)

        at = starts[0] if len(starts) == 1 else max(starts, key=rank)
        return Match(at, at + len(exact), 100.0, exact=True)
    if len(exact.strip()) < MIN_FUZZY_LENGTH:
        return None
    candidates: list[Match] = []
    if hint is not None:
        span = len(exact) * 2 + 100
        lo, hi = max(0, hint - span), min(len(text), hint + span + len(exact))
        near = _fuzzy(text, exact, lo, hi, target.prefix, target.suffix)
        if near is not None:
            candidates.append(near)
    anywhere = _fuzzy(text, exact, prefix=target.prefix, suffix=target.suffix)
    if anywhere is not None:
        candidates.append(anywhere)
    if not candidates:
        return None
    # The neighbourhood of the hint wins ties and near-ties: the same words may recur.
    best = max(candidates, key=lambda m: m.score + (2.0 if m is candidates[0] else 0.0))
    return best if best.score >= threshold(len(exact)) else None


def _in_place(text: str, target: Target, at: int) -> bool:
    """Whether ``target``'s quote, its prefix and its suffix are all at ``at`` in ``text``."""
    end = at + len(target.exact)
    return (
        text.startswith(target.exact, at)
        and text.startswith(target.suffix, end)
        and text.endswith(target.prefix, 0, at)
    )


def _normalised(text: str) -> tuple[str, list[int]]:
    """Casefolded text with whitespace runs as one space, and each char's original offset."""
    chars: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if previous_space:
                continue
            previous_space = True
            chars.append(" ")
        else:
            previous_space = False
            chars.append(char.casefold() if len(char.casefold()) == 1 else char)
        offsets.append(index)
    return "".join(chars), offsets


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    target: Target
    quality: int  # 3 as written, 2 ignoring case and spacing, 1 readable text, 0 fuzzy


def find_quote(entry: Entry, quote: str) -> Target | None:
    """A selector for text the user typed (``annotate --quote``), or None."""
    match = match_quote(entry, quote)
    return match.target if match is not None else None


def match_quote(
    entry: Entry, quote: str, passages: Sequence[Passage] | None = None
) -> QuoteMatch | None:
    """Find typed text in an entry, saying how closely it matched.

    Tries the Markdown source as written, then ignoring case and spacing, then the
    readable text of each passage (links and emphasis unwrapped: pass the entry's
    ``Corpus.passages``), then a close fuzzy match.
    """
    quote = quote.strip()
    if not quote:
        return None
    text = entry.text
    at = text.find(quote)
    if at >= 0:
        return QuoteMatch(target_for_range(entry, at, at + len(quote)), 3)
    norm_text, offsets = _normalised(text)
    norm_quote = _normalised(quote)[0].strip()
    at = norm_text.find(norm_quote)
    if at >= 0:
        end = at + len(norm_quote) - 1
        return QuoteMatch(target_for_range(entry, offsets[at], offsets[end] + 1), 2)
    if passages is None:
        from summit_tui.corpus.passages import split_passages

        passages = split_passages(entry)
    for passage in passages:
        if norm_quote in _normalised(passage.plain)[0]:
            return QuoteMatch(target_for_passage(entry, passage), 1)
    if len(quote) >= MIN_FUZZY_LENGTH:
        match = _fuzzy(text, quote)
        if match is not None and match.score >= max(88.0, threshold(len(quote))):
            return QuoteMatch(target_for_range(entry, match.start, match.end), 0)
    return None


# -- re-anchoring ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reanchored:
    target: Target
    orphaned: bool
    # The item the quote's text is in now, when that is not the annotation's own ("" for a
    # passage in no item): a passage sorted into an item, or out of one, takes its
    # annotations along. None: where it was filed.
    item_id: str | None = None


def reanchor(
    target: Target,
    corpus: Corpus,
    item_id: str | None = None,
    candidates: Sequence[Entry] | None = None,
    texts: dict[str, str] | None = None,
    in_note: Callable[[str], Sequence[Entry]] | None = None,
) -> Reanchored:
    """Find ``target`` in the current corpus: its own entry, then its own item's entries,
    then (the exact words only, in one place) the other entries of its own note.

    ``item_id`` is the annotation's item ("" for a passage in no item: then the other
    unsorted entries of its note are searched); None searches the own entry only.
    ``candidates`` are those entries when the caller has them at hand. ``texts`` keeps
    the entries' texts (decoded on every read) across many calls, by entry id; ``in_note``
    a note's entries (``_NoteEntries``) across many calls.

    The annotation follows its text: when the entry it is found in now belongs to another
    item (an unsorted passage sorted into an item, a heading that now names another talk),
    ``Reanchored.item_id`` says which (None: its own). Only the author's own note is
    searched beyond the own item, so it never lands on another author's similar words.
    """
    entry = corpus.entry(target.entry_id)
    if entry is not None:
        if texts is None:
            text = entry.text
        else:
            text = texts.get(entry.id) or texts.setdefault(entry.id, entry.text)
        match = locate(text, target)
        if match is not None:
            return _found(corpus, item_id, entry, _moved(target, entry, match, text))
    if candidates is None:
        candidates = _own_entries(corpus, target, item_id)
    fuzzy: list[tuple[Entry, Match]] = []
    for other in candidates:
        if other.id == target.entry_id:
            continue
        match = locate(other.text, target, near=False)
        if match is not None:
            if match.exact:
                return _found(corpus, item_id, other, _moved(target, other, match))
            fuzzy.append((other, match))
    if fuzzy:
        best_entry, best = max(fuzzy, key=lambda pair: pair[1].score)
        return _found(corpus, item_id, best_entry, _moved(target, best_entry, best))
    if item_id is not None:
        searched = {e.id for e in candidates} | {target.entry_id}
        exact = [
            (other, match)
            for other in (in_note or _NoteEntries(corpus))(target.note)
            if other.id not in searched
            and (match := locate(other.text, target, near=False)) is not None
            and match.exact
        ]
        if len(exact) == 1:
            other, match = exact[0]
            return _found(corpus, item_id, other, _moved(target, other, match))
        spanning = _spanning(target, (in_note or _NoteEntries(corpus))(target.note))
        if spanning is not None:
            other, match = spanning
            return _found(corpus, item_id, other, _moved(target, other, match))
    return Reanchored(target, orphaned=True)


def _spanning(target: Target, entries: Sequence[Entry]) -> tuple[Entry, Match] | None:
    """Where a quote now runs over consecutive entries of its note, word for word, in one
    place: the entry it starts in, from there to that entry's end (a chat room's paragraph
    annotated before each writer's messages became entries of their own). The quote itself
    is kept whole."""
    ordered = sorted(entries, key=lambda e: e.start_line)
    found: list[tuple[Entry, Match]] = []
    for index, entry in enumerate(ordered):
        text = entry.text
        for at in _exact_matches(text, target.exact.split("\n", 1)[0]):
            rest = target.exact[len(text) - at :] if target.exact.startswith(text[at:]) else None
            if rest is None or len(text) - at >= len(target.exact):
                continue
            if _continues(rest, ordered[index + 1 :]):
                found.append((entry, Match(at, len(text), 100.0, exact=False)))
    return found[0] if len(found) == 1 else None


def _continues(rest: str, following: Sequence[Entry]) -> bool:
    """Whether ``rest`` is the start of the entries after, one after another (the blank lines
    between them aside)."""
    for entry in following:
        rest = rest.lstrip("\n")
        if not rest:
            return True
        if entry.text.startswith(rest):
            return True
        if not rest.startswith(entry.text):
            return False
        rest = rest[len(entry.text) :]
    return not rest.strip()


class _NoteEntries:
    """A note's entries, by its path; the index is made on the first question."""

    def __init__(self, corpus: Corpus) -> None:
        self._corpus = corpus
        self._by_note: dict[str, list[Entry]] | None = None

    def __call__(self, note: str) -> Sequence[Entry]:
        if self._by_note is None:
            self._by_note = {}
            for entry in self._corpus.entries:
                self._by_note.setdefault(entry.note, []).append(entry)
        return self._by_note.get(note, ())


def _found(corpus: Corpus, item_id: str | None, entry: Entry, target: Target) -> Reanchored:
    """Found in ``entry``: with the item that entry belongs to now, when not its own."""
    now = corpus.linked_item_id(entry.id) or ""
    moved = item_id is not None and now != item_id
    return Reanchored(target, orphaned=False, item_id=now if moved else None)


def _own_entries(corpus: Corpus, target: Target, item_id: str | None) -> Sequence[Entry]:
    if item_id is None:
        return ()
    if item_id:
        return corpus.entries_for(item_id)
    return [
        e for e in corpus.entries if e.note == target.note and corpus.linked_item_id(e.id) is None
    ]


def _moved(target: Target, entry: Entry, match: Match, text: str | None = None) -> Target:
    """Where the quote is now; the quote and its context stay as they were annotated.
    ``text`` is the entry's text when the caller has it (an entry's text is decoded on
    every read)."""
    if text is None:
        line = line_of(entry, match.start)
    else:
        line = entry.start_line + text.count("\n", 0, match.start)
    author = entry.author or target.author
    if (entry.id, entry.note, match.start, match.end, line, author) == (
        target.entry_id,
        target.note,
        target.start,
        target.end,
        target.line,
        target.author,
    ):
        return target  # where it was: the usual case, and no copy to compare
    return replace(
        target,
        entry_id=entry.id,
        note=entry.note,
        start=match.start,
        end=match.end,
        line=line,
        author=author,
    )


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    checked: int = 0
    moved: int = 0  # found somewhere else, or with changed words
    orphaned: int = 0  # newly lost
    recovered: int = 0  # orphans found again
    refiled: int = 0  # item ids that changed, whose annotations and marks followed
    stranded: int = 0  # annotations on an item id the notes do not have (kept as they are)
    # Every live annotation as it is now (re-anchored), in the store's order: what a caller
    # would read back next, without reading 5,000 rows again.
    annotations: tuple[Annotation, ...] = field(default=(), compare=False, repr=False)
    # The item ids the notes no longer have whose annotations or marks could not follow
    # (annotate.items.Gone): for the problems screen.
    gone: tuple[Gone, ...] = field(default=(), compare=False, repr=False)
    # Re-filed by where the entry is, not by title (old id, title recorded, item now): told
    # once, as the new id is saved with them.
    placed: tuple[tuple[str, str, Item], ...] = field(default=(), compare=False, repr=False)

    def __str__(self) -> str:
        from summit_tui.words import count

        return (
            f"{count(self.checked, 'passage')} checked: {self.moved} moved, "
            f"{self.orphaned} newly orphaned, {self.recovered} found again"
        )


def _info(corpus: Corpus, item_id: str) -> ItemInfo:
    """What an annotation records of the item it now belongs to (nothing for none)."""
    from summit_tui.annotate.items import item_info

    item = corpus.item(item_id) if item_id else None
    return item_info(item, corpus) if item is not None else ItemInfo()


def reanchor_all(
    annotations: Iterable[Annotation], corpus: Corpus
) -> list[tuple[Annotation, Reanchored]]:
    """The passage annotations whose anchor or orphan state changed, with the new state."""
    unsorted_by_note: dict[str, list[Entry]] = {}
    for entry in corpus.unsorted():
        unsorted_by_note.setdefault(entry.note, []).append(entry)
    changes: list[tuple[Annotation, Reanchored]] = []
    texts: dict[str, str] = {}
    in_note = _NoteEntries(corpus)
    for annotation in annotations:
        target = annotation.target
        if target is None:
            continue
        if annotation.item_id:
            candidates: Sequence[Entry] = corpus.entries_for(annotation.item_id)
        else:
            candidates = unsorted_by_note.get(target.note, ())
        result = reanchor(target, corpus, annotation.item_id, candidates, texts, in_note)
        if (
            result.orphaned != annotation.orphaned
            or result.item_id is not None
            or (not result.orphaned and result.target != target)
        ):
            changes.append((annotation, result))
    return changes


def reanchor_store(store: AnnotationStore, corpus: Corpus) -> ReanchorReport:
    """Re-file what is on item ids that changed (annotate/items.py), then re-anchor every
    live passage annotation, and save what changed. Never drops one."""
    from summit_tui.annotate.items import refile, refresh_places

    everything = store.annotations(include_deleted=True)
    refiling = refile(store, corpus, everything)
    if refiling.moves:
        everything = store.annotations(include_deleted=True)
    infos = refresh_places(store, corpus, everything)
    if infos:
        everything = [a.with_changes(item=infos[a.id]) if a.id in infos else a for a in everything]
    live = [a for a in everything if a.deleted is None]
    annotations = [a for a in live if a.target is not None]
    moved = orphaned = recovered = 0
    changes = reanchor_all(annotations, corpus)
    store.set_anchors((a.id, result.target, result.orphaned) for a, result in changes)
    followed = [
        (a.id, r.item_id, _info(corpus, r.item_id)) for a, r in changes if r.item_id is not None
    ]
    store.move_to_items(followed)
    items = {annotation_id: (item_id, info) for annotation_id, item_id, info in followed}
    now: dict[str, Annotation] = {}
    for annotation, result in changes:
        now[annotation.id] = annotation.with_changes(target=result.target, orphaned=result.orphaned)
        if annotation.id in items:
            item_id, info = items[annotation.id]
            now[annotation.id] = now[annotation.id].with_changes(item_id=item_id, item=info)
        if result.orphaned:
            orphaned += 1
        elif annotation.orphaned:
            recovered += 1
        else:
            moved += 1
    return ReanchorReport(
        len(annotations),
        moved,
        orphaned,
        recovered,
        refiling.moved,
        refiling.stranded,
        tuple(now.get(a.id, a) for a in live),
        refiling.gone,
        refiling.placed,
    )
