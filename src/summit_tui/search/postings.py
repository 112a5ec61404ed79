"""The postings part of the search index: the notes' text as passages and the words in them.

The passages are the corpus's own (``corpus.passages``: headings, paragraphs, list
items, code, tables); only each one's entry, index in the entry and first file line are
kept (its text is read from the corpus for the results shown, ``search.snippets``). For every
vocabulary word, the passages holding it (postings, in corpus order), and for every
passage, its words (the forward index), both as flat arrays: far less memory than a
list per word, and read from the saved index straight into place.

A query's rarest word gives a bounded pool of passages; each further word keeps those
of them that hold it (checked through the forward index, or through that word's
postings as a set when that is cheaper).
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from summit_tui.search.hangul import choseong, decompose
from summit_tui.search.text import (
    CHOSEONG_PREFIX,
    EXACT,
    PREFIX,
    TOKEN,
    Query,
    Recent,
    compounds,
    spaced,
)
from summit_tui.search.vocabulary import CHO_SPLIT_PART, SPLIT_PART, Vocabulary
from summit_tui.search.words import index_sounds

if TYPE_CHECKING:
    from summit_tui.corpus.passages import Passage

PASSAGE_POOL = 1200
APART_PASSAGES = 2000  # passages of the first word looked at for a word written apart
KEEP_PER_RESULT = 4
SET_PER_CANDIDATE = 25  # a set of postings costs about 1/25 of a candidate's forward check

Progress = Callable[[int, int], None]  # (steps done, steps)
PROGRESS_EVERY = 500
_EMPTY = array("I")


class Postings:
    p_entry: array  # per passage: the entry's position
    p_index: array  # its index among the entry's passages (Passage.index)
    p_line: array  # its first file line (1-based)
    post: array  # postings of word t: post[post_start[t] : post_start[t + 1]]
    post_start: array
    forward: array  # words of passage p: forward[forward_start[p] : forward_start[p + 1]]
    forward_start: array

    def __init__(self) -> None:
        self._apart = Recent()  # per word typed as one, the passages writing it apart
        self.p_entry, self.p_index, self.p_line = array("I"), array("I"), array("I")
        self.post, self.post_start = array("I"), array("I", [0])
        self.forward, self.forward_start = array("I"), array("I", [0])

    def __len__(self) -> int:
        return len(self.p_line)

    def frequency(self, tid: int) -> int:
        """In how many passages word ``tid`` is."""
        return self.post_start[tid + 1] - self.post_start[tid]

    def match(
        self,
        q: Query,
        vocabulary: Vocabulary,
        limit: int,
        entry_ok: Callable[[int], bool] | None,
    ) -> list[tuple[int, float]]:
        """The best ``limit`` passages holding every query word, as (passage, score), best
        first (corpus order among equals); ``entry_ok`` filters by entry position."""
        matches = []
        starts = self.post_start
        for token, raw, cho in zip(q.tokens, q.raw, q.choseong, strict=True):
            found = vocabulary.matches(token, cho, self.frequency, raw)
            # A word no word of the notes begins with may be two written apart; so may a
            # word found as typed that is two words (serverdriven, server driven), and a
            # Hangul word that starts words of the notes only with their particles
            # (허깅페이스 in 허깅페이스에서 and in Hugging Face).
            apart = {}
            if not cho and len(token) >= 2 * SPLIT_PART:
                best = max(found.values(), default=0.0)
                if best < PREFIX or best >= EXACT or not raw.isascii():
                    apart = self.apart(raw, vocabulary, whole=best >= EXACT)
            elif cho and len(token) >= 2 * CHO_SPLIT_PART:
                apart = self.choseong_apart(token, vocabulary)
            if not found and not apart:
                return []  # every word must match somewhere
            weight = sum(starts[tid + 1] - starts[tid] for tid in found) + len(apart)
            matches.append((weight, found, apart))
        if not matches:
            return []
        matches.sort(key=lambda m: m[0])
        primary, primary_apart = matches[0][1], matches[0][2]
        pool: dict[int, float] = {}
        post = self.post
        for tid, quality in sorted(primary.items(), key=itemgetter(1), reverse=True):
            room = PASSAGE_POOL - len(pool)
            if not pool:  # postings are in corpus order: take the first ones as they are
                fresh: Iterable[int] = post[starts[tid] : min(starts[tid + 1], starts[tid] + room)]
            else:
                fresh = set(post[starts[tid] : starts[tid + 1]]).difference(pool)
                if len(fresh) > room:
                    fresh = sorted(fresh)[:room]  # the first in corpus order
            pool.update(dict.fromkeys(fresh, quality))
            if len(pool) >= PASSAGE_POOL:
                break
        for pid, quality in primary_apart.items():
            if len(pool) >= PASSAGE_POOL:
                break
            pool.setdefault(pid, quality)
        forward = self.forward
        start = self.forward_start
        enough = KEEP_PER_RESULT * limit
        for weight, found, apart in matches[1:]:
            wanted = found.keys()
            quality_of = found.get
            candidates: Iterable[int] = pool
            if weight <= SET_PER_CANDIDATE * len(pool):  # cheaper: this word's passages as a set
                members: set[int] = set(apart)
                for tid in found:
                    members.update(post[starts[tid] : starts[tid + 1]])
                candidates = [pid for pid in pool if pid in members]
            kept: dict[int, float] = {}
            for pid in candidates:
                tids = forward[start[pid] : start[pid + 1]]
                if not wanted.isdisjoint(tids):
                    kept[pid] = pool[pid] + max(filter(None, map(quality_of, tids)))
                elif pid in apart:
                    kept[pid] = pool[pid] + apart[pid]
                else:
                    continue
                if len(kept) >= enough:
                    break  # the pool is in order of the rarest word's match quality
            pool = kept
        count = len(matches)
        if entry_ok is not None:
            p_entry = self.p_entry
            pool = {pid: v for pid, v in pool.items() if entry_ok(p_entry[pid])}
        # A stable sort: among equal scores, the pool's order (corpus order) stays.
        best = sorted(pool.items(), key=itemgetter(1), reverse=True)[:limit]
        return [(pid, quality / count) for pid, quality in best]

    def apart(self, raw: str, vocabulary: Vocabulary, *, whole: bool) -> dict[int, float]:
        """The passages holding a word typed as one (``raw``, before jamo) as two words
        written apart, one right after the other (``Vocabulary.split``; ``whole``: both
        words whole), with how well; the same dict for the same word while a query is
        typed."""
        found = self._apart.get((raw, whole))
        if found is None:
            found = self._apart.keep((raw, whole), self._written_apart(raw, vocabulary, whole))
        return found

    def choseong_apart(self, token: str, vocabulary: Vocabulary) -> dict[int, float]:
        """The passages holding two words, one right after the other, whose 초성 the query
        word is, typed without the space (``Vocabulary.choseong_apart``)."""
        found = self._apart.get(("cho", token))
        if found is None:
            found = self._apart.keep(("cho", token), self._initials_apart(token, vocabulary))
        return found

    def _initials_apart(self, token: str, vocabulary: Vocabulary) -> dict[int, float]:
        forward, start, post, post_start = (
            self.forward,
            self.forward_start,
            self.post,
            self.post_start,
        )
        found: dict[int, float] = {}
        looked = 0
        for firsts, seconds in vocabulary.choseong_apart(token):
            for first in sorted(firsts):
                at = post_start[first]
                end = min(post_start[first + 1], at + APART_PASSAGES - looked)
                looked += end - at
                for pid in post[at:end]:
                    # A passage's words are kept in the order they first appear in it.
                    tids = list(forward[start[pid] : start[pid + 1]])
                    after = tids.index(first) + 1
                    if after < len(tids) and tids[after] in seconds:
                        found[pid] = CHOSEONG_PREFIX
                if looked >= APART_PASSAGES:
                    return found
        return found

    def _written_apart(self, raw: str, vocabulary: Vocabulary, whole: bool) -> dict[int, float]:
        parts = vocabulary.split(raw, whole=whole)
        if parts is None:
            return {}
        first, seconds = parts
        forward, start = self.forward, self.forward_start
        found: dict[int, float] = {}
        at = self.post_start[first]
        for pid in self.post[at : min(self.post_start[first + 1], at + APART_PASSAGES)]:
            # A passage's words are kept in the order they first appear in it.
            tids = list(forward[start[pid] : start[pid + 1]])  # (a memoryview when mapped)
            after = tids.index(first) + 1
            if after < len(tids) and tids[after] in seconds:
                found[pid] = seconds[tids[after]]
        return found

    # -- saving ---------------------------------------------------------------------------

    _FIELDS = ("p_entry", "p_index", "p_line", "post", "post_start", "forward", "forward_start")

    def state(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._FIELDS}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Postings:
        postings = cls()
        for name in cls._FIELDS:
            setattr(postings, name, state[name])
        return postings


HeadingSink = Callable[[str, tuple[Any, ...]], None]


def build(
    entries: list[Any],
    passages_of: Callable[[Any], Sequence[Passage]],
    add_heading: HeadingSink,
    progress: Progress | None = None,
    *,
    total: int | None = None,
) -> tuple[Vocabulary, Postings]:
    """The vocabulary and postings of ``entries`` (their positions are the entry numbers),
    whose passages ``passages_of(entry)`` gives.

    Every heading (and the title of an entry whose text does not start with it, once per
    note: a chat export's messages all go by the channel's title) is given to
    ``add_heading(text, ("heading", entry position, file line))``.
    ``progress(done, total)`` follows the entries; ``total`` may count steps after them.
    """
    vocab: dict[str, int] = {}  # folded token -> id, while building
    tokens: list[str] = []
    postings: list[array] = []
    result = Postings()
    forward = result.forward
    forward_start = result.forward_start
    p_entry = result.p_entry
    p_index = result.p_index
    p_line = result.p_line
    by_base: dict[str, int] = {}
    cho_ids: list[int] = []
    cho_keys: list[str] = []
    sounds: list[tuple[str, int]] = []  # (sound, id) of the words that may be loanwords
    normalize = unicodedata.normalize
    findall = TOKEN.findall
    count = len(entries)
    steps = total if total is not None else count
    titled: set[tuple[str, str]] = set()  # (note, heading) of the headings given so far
    for e, entry in enumerate(entries):
        if progress is not None and e % PROGRESS_EVERY == 0:
            progress(e, steps)
        title = spaced(entry.title)
        for passage in passages_of(entry):
            pid = len(p_line)
            plain = passage.plain
            line = passage.start_line
            p_entry.append(e)
            p_index.append(passage.index)
            p_line.append(line)
            if passage.kind == "heading":
                titled.add((entry.note, normalize("NFC", plain)))
                add_heading(plain, ("heading", e, line))
            # In text order, not a set's: the index is the same whatever the hash seed.
            base = normalize("NFKC", plain).casefold()
            found = dict.fromkeys(findall(base))
            if "-" in base:  # Server-Driven is also the word serverdriven (after its parts)
                found.update(dict.fromkeys(word for word, _, _ in compounds(base)))
            for token in [t for t in found if t not in by_base]:
                jamo = decompose(token)
                if not jamo:  # marks alone (a tatweel line, ـــــ): no word
                    del found[token]
                    continue
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
                    sounds.extend((key, tid) for key in index_sounds(token))
                by_base[token] = tid
            ids = list(map(by_base.__getitem__, found))
            for tid in ids:
                postings[tid].append(pid)
            forward.extend(ids)
            forward_start.append(len(forward))
        # a title no heading of its note gave (this entry's own heading among them)
        if title and (key := (entry.note, normalize("NFC", title))) not in titled:
            titled.add(key)
            add_heading(title, ("heading", e, entry.start_line))
    if progress is not None:
        progress(count, steps)
    del by_base, vocab
    # Renumber the tokens in text order: ids found by bisection need no mapping then.
    order = sorted(range(len(tokens)), key=tokens.__getitem__)
    renumber = array("I", bytes(4 * len(order)))
    for new, old in enumerate(order):
        renumber[old] = new
    step = 1 << 16  # in slices: no second copy of the whole forward index at once
    for at in range(0, len(forward), step):
        forward[at : at + step] = array("I", map(renumber.__getitem__, forward[at : at + step]))
    vocabulary = Vocabulary.build(
        [tokens[old] for old in order],
        list(zip(map(renumber.__getitem__, cho_ids), cho_keys, strict=True)),
        [(key, renumber[tid]) for key, tid in sounds],
    )
    del cho_keys, cho_ids, sounds, renumber
    for old in order:  # one flat array: far less memory than one per token
        result.post.extend(postings[old])
        postings[old] = _EMPTY
        result.post_start.append(len(result.post))
    del postings
    return vocabulary, result
