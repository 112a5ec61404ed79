"""The snippets part of the search index: the text shown for a result, and what in it matched.

The index keeps no passage text (only which passage of which entry each one is); the
text of the results shown is the corpus's passages' (``Corpus.passages``, split once per
entry and memoised there), remembered here for the next keystrokes.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable
from itertools import compress
from typing import TYPE_CHECKING

from summit_tui.lazy_re import lazy
from summit_tui.search.hangul import (
    choseong,
    choseong_with_map,
    decompose,
    fold_with_map,
    jamo_ends,
)
from summit_tui.search.text import FUZZY_CUTOFF, Query, found_inside
from summit_tui.search.words import sounding_spans

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summit_tui.corpus.passages import Passage

SNIPPET = 160  # characters of a body snippet
BEFORE = 50  # of which before the first match
# A long passage (a page of HTML written on one line) is looked through character by
# character (typos, sounds, the length NFKC changes) in at most this many characters, so
# each result costs a keystroke a bounded amount; a word as typed is found anywhere in it.
LOOKED = 8_000
_OVERLAP = 200  # pieces of a long passage overlap, so a word across their border is seen
TEXT_CACHE = 2000

Spans = tuple[tuple[int, int], ...]


class Snippets:
    """The text of the passages shown, and the passage of an entry that holds a line.

    ``passages_of(e)`` gives the passages of the entry at position ``e`` (the corpus's);
    ``passages_by_id(entry id)`` the same by id.
    """

    def __init__(
        self,
        passages_of: Callable[[int], Sequence[Passage]],
        passages_by_id: Callable[[str], Sequence[Passage]],
    ) -> None:
        self._passages_of = passages_of
        self._passages_by_id = passages_by_id
        self._texts: dict[int, str] = {}  # passage texts of recent results

    def passage_text(self, pid: int, e: int, index: int) -> str:
        """The readable text of passage ``pid``: passage ``index`` of entry ``e``.

        Remembered for the last few thousand passages: while a query is typed, one
        keystroke's results are mostly the previous one's.
        """
        text = self._texts.get(pid)
        if text is None:
            passages = self._passages_of(e)
            passage = passages[index] if index < len(passages) else None
            plain = "" if passage is None else passage.plain
            if passage is not None and passage.kind == "table":
                plain = table_text(passage.text)
            text = unicodedata.normalize("NFC", plain)
            if len(self._texts) >= TEXT_CACHE:
                self._texts.pop(next(iter(self._texts)))
            self._texts[pid] = text
        return text

    def passage_at(self, entry_id: str, line: int) -> Passage | None:
        """The passage of an entry that holds a file line (else the next one, else its
        first)."""
        return _holding(self._passages_by_id(entry_id), line)

    def passage_of(self, e: int, line: int) -> Passage | None:
        """``passage_at`` for the entry at position ``e``."""
        return _holding(self._passages_of(e), line)


def _holding(passages: Sequence[Passage], line: int) -> Passage | None:
    from summit_tui.corpus.passages import passage_at

    return passage_at(passages, line) or (passages[0] if passages else None)


def table_text(source: str) -> str:
    """A Markdown table as a snippet reads it: its rows' cells joined by " · ", rows by
    " / ", without the pipes and the row of dashes under the header; each cell as it reads
    (``[slides](https://…)`` → ``slides``, emphasis and code marks dropped)."""
    from summit_tui.corpus.blocks import plain_of

    rows = []
    for line in source.splitlines():
        cells = [cell.strip() for cell in _CELL_BORDER.split(line.strip().strip("|"))]
        if all(not cell.strip(":- ") for cell in cells):
            continue  # the |---|:---:| row, or an empty line
        rows.append(" · ".join(text for cell in cells if cell and (text := plain_of(cell))))
    return " / ".join(row for row in rows if row)


# A cell's border: a pipe not escaped ("a \\| b" is one cell) and not inside a code span.
_CELL_BORDER = lazy(r"(?<!\\)\|(?=(?:[^`]*`[^`]*`)*[^`]*$)")


def highlight(text: str, q: Query) -> Spans:
    """Spans of ``text`` that match the query's tokens (substring, choseong, typo, or a
    word of the other script that sounds like one).

    A token of one or two characters is marked only where a word starts with it.
    """
    if not text or not q.tokens:
        return ()
    folded, ends = fold_with_map(text)
    spans: list[tuple[int, int]] = []
    cho: tuple[str, list[int]] | None = None
    for token, raw, is_cho in zip(q.tokens, q.raw, q.choseong, strict=True):
        if is_cho:
            cho = cho or choseong_with_map(text)
            haystack, where = cho
            spans.extend(
                (where[a], where[b - 1] + 1)
                for a, b in _occurrences(haystack, token, word_start=False)
            )
            continue
        found = _occurrences(folded, token, word_start=not found_inside(token))
        if not found and len(token) >= 3:
            found = _loose(folded, token)
        if not found and len(token) >= 3:  # found by its sound (오로라 in "Aurora DSQL")
            spans.extend(sounding_spans(text, raw))
            continue
        for a, b in found:
            if ends is None:
                spans.append((a, b))
            else:
                spans.append((bisect.bisect_right(ends, a), bisect.bisect_right(ends, b - 1) + 1))
    return _merge(spans)


def window(text: str, q: Query) -> tuple[str, Spans]:
    """A snippet of at most ~SNIPPET characters around the first match, and its spans."""
    if len(text) <= SNIPPET:
        return text, highlight(text, q)
    first = _first_match(text, q)
    marks: Spans | None = None
    if first < 0:  # found otherwise (a typo, a sound): where the first mark is
        marks = highlight(text[:LOOKED], q)
        first = marks[0][0] if marks else 0
    start = max(0, first - BEFORE)
    if start:
        space = text.rfind(" ", start - 10, start)
        start = space + 1 if space > 0 else start
    end = min(len(text), start + SNIPPET)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    if marks is None:
        spans = highlight(text[start:end], q)
    else:  # the marks already found, those within the snippet
        spans = tuple(
            (max(a, start) - start, min(b, end) - start) for a, b in marks if a < end and b > start
        )
    shift = len(prefix)
    return prefix + text[start:end] + suffix, tuple((s + shift, e + shift) for s, e in spans)


def _loose(folded: str, token: str) -> list[tuple[int, int]]:
    """Where ``token`` matches ignoring spaces and signs (kaifu → Kai Fu, serverdriven →
    Server-Driven) or with a typo."""
    keep = [c.isalnum() for c in folded]
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


def _merge(spans: list[tuple[int, int]]) -> Spans:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _first_match(text: str, q: Query) -> int:
    """Where the first query word is in ``text``, found with whole-string (C) operations;
    -1 when no word is there as typed."""
    base = unicodedata.normalize("NFKC", text).casefold()
    if len(base) != len(text):  # (ﬁ, ß, …): places in ``base`` are not places in ``text``
        return _first_in_pieces(text, q)
    found: list[int] = []
    for raw, token, is_cho in zip(q.raw, q.tokens, q.choseong, strict=True):
        if is_cho:  # (in a long passage, the initials of its opening)
            at = choseong(base[:LOOKED]).find(token)
        else:
            at = base.find(raw)
            if at < 0:
                at = _typed_in_part(base, raw, token)
        if at >= 0:
            found.append(at)
    return min(found) if found else -1


def _first_in_pieces(text: str, q: Query) -> int:
    """``_first_match`` where folding changes the length: ``text`` looked at a piece of
    LOOKED characters at a time, marked in its opening and in the first piece that holds a
    word as typed (a passage that fits one piece: marked whole)."""
    for start in range(0, len(text), LOOKED - _OVERLAP):
        piece = text[start : start + LOOKED]
        folded = unicodedata.normalize("NFKC", piece).casefold()
        holds = any(raw in folded for raw in q.raw)
        if start == 0 or holds:
            spans = highlight(piece, q)
            if spans:
                return start + spans[0][0]
            if holds:
                return -1
    return -1


def _typed_in_part(base: str, raw: str, token: str) -> int:
    """Where a word typed up to part of a syllable is (데이터세 in 데이터센터), by its jamo:
    in a long passage, in the characters from where the rest of the word is."""
    near = max(0, base.find(raw[:-1])) if len(base) > LOOKED else 0
    piece = base[near : near + LOOKED] if len(base) > LOOKED else base
    at = decompose(piece).find(token)
    if at < 0:
        return -1
    return near + bisect.bisect_right(jamo_ends(piece[: at + 1]), at)  # its character
