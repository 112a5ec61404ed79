"""The annotation store as a command uses it: scoped to the notes folder's collection,
saying on stderr when it waits for a lock or reads a damaged file, and every store
failure turned into a clear message and exit status 2 (never a traceback)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from summit_tui.commands._common import CommandError
from summit_tui.words import count

if TYPE_CHECKING:
    from summit_tui.annotate.items import Refiling
    from summit_tui.annotate.store import AnnotationStore
    from summit_tui.corpus.model import Corpus


def _say(message: str) -> None:
    from summit_tui.text import clean_line

    print(f"summit-tui: {clean_line(message)}", file=sys.stderr, flush=True)


@contextmanager
def opened_store(
    args: argparse.Namespace, corpus: Corpus | None = None, *, read_only: bool = False
) -> Iterator[AnnotationStore]:
    """The store in the data dir, scoped to ``corpus``'s collection when given."""
    from summit_tui import config
    from summit_tui.annotate.collection import attach
    from summit_tui.annotate.store import AnnotationStore, StoreError

    folder = config.data_dir(getattr(args, "data_dir", None))
    try:
        store = AnnotationStore.open(folder, read_only=read_only, on_wait=_say)
    except StoreError as error:
        raise CommandError(f"annotations unavailable: {error}") from None
    try:
        if store.damage is not None:
            _say(f"warning: {store.read_only}")
        if corpus is not None:
            choice = attach(store, corpus)
            if choice.how == "moved":
                _say(choice.describe())
        yield store
        if store.unreadable:
            _say(
                f"warning: up to {count(store.unreadable, 'annotation')} could not be read "
                "from the damaged pages of the database; everything else was"
            )
    except StoreError as error:
        raise CommandError(str(error)) from None
    finally:
        store.close()


def items_gone(args: argparse.Namespace, corpus: Corpus) -> Refiling:
    """What this notes folder's annotations and marks have filed under item ids the notes
    no longer have: where they follow (``placed``: by place, not title) and what cannot
    be re-filed (``gone``); read without writing anything."""
    from summit_tui import config
    from summit_tui.annotate.collection import attach
    from summit_tui.annotate.items import Refiling, plan_refiling
    from summit_tui.annotate.store import AnnotationStore, StoreError, db_path

    folder = config.data_dir(getattr(args, "data_dir", None))
    if not db_path(folder).exists():
        return Refiling()
    try:
        with AnnotationStore.open(folder, read_only=True) as store:
            attach(store, corpus)
            plan = plan_refiling(store.annotations(), store.marks(), corpus)
    except StoreError as error:
        _say(f"annotations not checked: {error}")
        return Refiling()
    return plan
