"""The outline of a corpus: what the program tree shows, without the notes' text.

A warm start draws the tree from the outline saved by the last complete load (a small
file beside the parse cache) before the corpus itself is unpacked: the program, how
many authors wrote about each item, how many entries are unsorted and the counts the
status line shows. The outline is only used for the folder exactly as it was when it was
saved: it is stamped with the code that made it, the folder and the folder's signature
(every note's and program file's ``file_key``, ``corpus.watch.notes_signature``), so a
note changed, added or removed since, another summit-tui or another ``follow_links``
leaves it unread. It is written and read through ``persist`` like the parse cache: only
the program's classes may be made from it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from summit_tui import persist
from summit_tui.corpus import model
from summit_tui.corpus.model import Item, Program

if TYPE_CHECKING:
    from summit_tui.corpus.model import Corpus

_KIND = "program outline"
_PROTOCOL = 5
_PROGRAM_CLASSES = ("Program", "Event", "Day", "Track", "Item", "Person", "ItemKind")
_ALLOWED = {
    **persist.allow(model.__name__, *_PROGRAM_CLASSES),
    **persist.allow(__name__, "Outline"),
}


@dataclass(frozen=True, slots=True)
class Outline:
    """What the tree and the status line show of a corpus."""

    program: Program
    authors: Mapping[str, int]  # item id → how many authors wrote about it (absent: none)
    unsorted: int  # entries in no item
    notes: int
    problems: int
    signature: str = ""  # digest of the folder's signature it was made for ("": not known)

    @classmethod
    def of(cls, corpus: Corpus, signature: str = "") -> Outline:
        """The outline of a loaded corpus (a few milliseconds at 10,000 notes)."""
        authors = {}
        for item in corpus.items():
            count = len(corpus.authors_for(item.id))
            if count:
                authors[item.id] = count
        return cls(
            program=corpus.program,
            authors=authors,
            unsorted=len(corpus.unsorted()),
            notes=len(corpus.notes),
            problems=len(corpus.problems),
            signature=signature,
        )

    def items(self) -> Iterable[Item]:
        return self.program.items()

    def item_count(self) -> int:
        return sum(1 for _ in self.program.items())

    def authors_of(self, item_id: str) -> int:
        return self.authors.get(item_id, 0)


def signature_digest(signature: Iterable[tuple[str, tuple[int, ...]]]) -> str:
    """A digest of a folder's signature that is the same in every process."""
    text = "\n".join(sorted(f"{rel}\t{key}" for rel, key in signature))
    return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


def outline_file(cache_dir: Path, root: Path) -> Path:
    name = hashlib.blake2b(str(root).encode("utf-8", "surrogateescape"), digest_size=10)
    return Path(cache_dir) / f"outline-{name.hexdigest()}.pickle"


def _stamp(root: Path, signature: str, follow_links: bool) -> str:
    from summit_tui.corpus.cache import code_fingerprint

    text = f"{code_fingerprint()}\x00{root}\x00{signature}\x00{follow_links}"
    return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=20).hexdigest()


def read_outline(
    cache_dir: Path, root: Path, signature: str, *, follow_links: bool = False
) -> Outline | None:
    """The outline saved for ``root`` as its ``signature`` (a digest) says it is now, or
    None (none saved, the folder changed since, unsafe or damaged)."""

    def load(handle: BinaryIO) -> object:
        return persist.load_pickle(handle, _ALLOWED)

    stamp = _stamp(root, signature, follow_links)
    found = persist.read_cache(outline_file(cache_dir, root), _KIND, stamp, load)
    if not isinstance(found, Outline) or found.signature != signature:
        return None
    if not isinstance(found.program, Program) or not isinstance(found.authors, dict):
        return None
    return found


def write_outline(
    cache_dir: Path, root: Path, outline: Outline, *, follow_links: bool = False
) -> bool:
    """Save ``outline`` (made for the signature it holds); False when it could not be."""
    import pickle

    plain = Outline(
        outline.program,
        dict(outline.authors),
        outline.unsorted,
        outline.notes,
        outline.problems,
        outline.signature,
    )

    def dump(out: BinaryIO) -> None:
        pickle.dump(plain, out, protocol=_PROTOCOL)

    stamp = _stamp(root, outline.signature, follow_links)
    return persist.save_cache(outline_file(cache_dir, root), _KIND, stamp, dump)
