"""`summit-tui locate`: where the notes, data, cache, state and config live."""

from __future__ import annotations

import argparse

from summit_tui.commands._common import add_json_flag, print_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_flag(parser)


def run(args: argparse.Namespace) -> int:
    import os

    from summit_tui import config
    from summit_tui.annotate.store import db_path
    from summit_tui.commands._common import settings_for
    from summit_tui.settings import settings_path

    notes = config.resolve_notes_dir(getattr(args, "notes", None), settings_for(args))
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
    if args.json:
        print_json(places)
        return 0
    width = max(len(name) for name in places)
    for name, place in places.items():
        missing = "" if place["exists"] else "  (not created yet)"
        print(f"{name:<{width}}  {place['path']}  [{place['why']}]{missing}")
    return 0


def _why(env: str) -> str:
    import os

    return f"${env}" if os.environ.get(env) else "user default"
