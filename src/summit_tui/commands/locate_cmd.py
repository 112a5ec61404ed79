"""`summit-tui locate`: where the notes, data, cache, state and config live, and which
collection (annotations of one notes folder) the notes folder is."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from summit_tui.commands._common import add_json_flag, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    import os

    from summit_tui import config
    from summit_tui.annotate.store import db_path
    from summit_tui.commands._common import settings_for
    from summit_tui.settings import settings_path

    notes = config.resolve_notes_dir(
        getattr(args, "notes", None), settings_for(args).notes_choice()
    )
    data_flag = getattr(args, "data_dir", None)
    data = config.data_dir(data_flag)
    data_why = "--data-dir" if data_flag else _why(config.ENV_DATA)
    places = {
        "notes": {"path": str(notes.path.resolve()), "why": notes.why},
        "data": {"path": str(data), "why": data_why},
        "database": {"path": str(db_path(data)), "why": "annotations, stars, reviewed marks"},
        "cache": {"path": str(config.cache_dir()), "why": _why(config.ENV_CACHE)},
        "state": {"path": str(config.state_dir()), "why": _why(config.ENV_STATE)},
        "config": {"path": str(config.config_dir()), "why": _why(config.ENV_CONFIG)},
        "settings": {"path": str(settings_path()), "why": "settings (`summit-tui config`)"},
    }
    for place in places.values():
        place["exists"] = os.path.exists(place["path"])
    collection = _collection(args, data)
    if args.json:
        print_json({**places, "collection": collection})
        return 0
    width = max(len(name) for name in (*places, "collection"))
    for name, place in places.items():
        missing = "" if place["exists"] else "  (not created yet)"
        print(f"{name:<{width}}  {place['path']}  [{place['why']}]{missing}")
    print(f"{'collection':<{width}}  {collection['summary']}  [{collection['how']}]")
    return 0


HOW = (
    "annotations belong to the notes folder they were made in: known by its path, or, once "
    "moved or renamed, by its notes (paths and titles); nothing is written into the folder"
)


def _collection(args: argparse.Namespace, data: Path) -> dict[str, Any]:
    """Which collection the notes folder is, read without writing anything."""
    from summit_tui.annotate.collection import resolve
    from summit_tui.annotate.store import AnnotationStore, StoreError, db_path
    from summit_tui.commands._common import CommandError, load_corpus

    answer: dict[str, Any] = {"id": None, "name": None, "annotations": 0, "how": HOW}
    if not db_path(data).exists():
        return {**answer, "summary": "none yet (no annotations database)"}
    try:
        with AnnotationStore.open(data, read_only=True) as store:
            collections = store.collections()
            corpus = load_corpus(args)
            choice = resolve(collections, corpus.root, ((n.path, n.title) for n in corpus.notes))
            found = choice.collection
            if choice.how == "new":
                return {**answer, "summary": "none yet: nothing was annotated in this folder"}
            store.use_collection(found.id)
            count = len(store.annotations())
    except (StoreError, CommandError) as error:
        return {**answer, "summary": f"unknown ({error})"}
    from summit_tui.words import count as counted

    summary = f"{found.id[:8]} {found.name!r}, {counted(count, 'annotation')}"
    if choice.how == "moved":
        summary += f", moved from {choice.moved_from}"
    return {
        **answer,
        "id": found.id,
        "name": found.name,
        "annotations": count,
        "moved_from": choice.moved_from,
        "summary": summary,
    }


def _why(env: str) -> str:
    import os

    return f"${env}" if os.environ.get(env) else "user default"
