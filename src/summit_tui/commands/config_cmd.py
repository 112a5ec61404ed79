"""`summit-tui config [--json]`: the settings in effect and where each came from (the default,
the settings file and its line, an environment variable, or a flag). Exit status 1 when the
settings file cannot be read at all, else 0 (a key it could not use is a warning)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from summit_tui.commands._common import add_json_flag, print_json
from summit_tui.settings import DEFAULT_THEME, SettingsProblem

if TYPE_CHECKING:
    from summit_tui.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_flag(parser)


def effective(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Every setting: its value (folders worked out) and where it came from."""
    from summit_tui import config
    from summit_tui.commands._common import settings_for
    from summit_tui.settings import SPECS, Source

    settings = settings_for(args)
    rows: dict[str, dict[str, Any]] = {}
    for spec in SPECS:
        value: Any = settings.get(spec.key)
        source = settings.source(spec.key)
        if spec.key == "notes":
            choice = config.resolve_notes_dir(getattr(args, "notes", None), settings.notes_choice())
            value = str(choice.path.resolve())
            if source.kind == "default":
                source = Source("default", choice.why)
        elif spec.key == "export_folder":
            folder = settings.path_value("export_folder")
            if folder is None:
                folder = config.data_dir(getattr(args, "data_dir", None)) / "exports"
            value = str(folder)
        rows[spec.key] = {"value": value, "source": source.kind, "where": source.where}
    if theme_problem(settings) is not None:
        # the app starts with the default then, and says why (as theme_problem does here)
        named = settings.source("theme").where
        why = f"{named} names no theme" if named else "no theme named"
        rows["theme"] = {"value": DEFAULT_THEME, "source": "default", "where": why}
    return rows


def theme_problem(settings: Settings) -> SettingsProblem | None:
    """The problem of a theme setting that names no theme the app has: where it was set,
    the closest themes, and every theme there is."""
    from summit_tui.search.suggest import Candidate, Suggester, unknown
    from summit_tui.themes import THEMES

    name = settings.theme
    if name in THEMES:
        return None
    source = settings.source("theme")
    themes = Suggester(Candidate(theme) for theme in THEMES)
    message = f"{unknown('theme', name, themes)}; the themes are {', '.join(THEMES)}"
    if source.kind == "file":
        return SettingsProblem(
            str(settings.path), settings.lines.get("theme"), "warning", message, "default used"
        )
    return SettingsProblem(source.where, None, "warning", message, "default used")


def run(args: argparse.Namespace) -> int:
    from summit_tui.commands._common import settings_for
    from summit_tui.text import clean_line

    settings = settings_for(args)
    rows = effective(args)
    problems = list(settings.problems)
    theme = theme_problem(settings)
    if theme is not None:
        problems.append(theme)
        print(f"summit-tui: {theme}", file=sys.stderr)
    failed = any(problem.severity == "error" for problem in problems)
    if args.json:
        print_json(
            {
                "file": {
                    "path": str(settings.path),
                    "exists": settings.exists,
                    "readable": settings.readable,
                },
                "settings": rows,
                "problems": [
                    {
                        "path": p.path,
                        "line": p.line,
                        "severity": p.severity,
                        "message": p.message,
                        "action": p.action,
                    }
                    for p in problems
                ],
            }
        )
        return 1 if failed else 0
    state = "" if settings.exists else "  (not created yet: every value is a default)"
    print(f"settings file  {settings.path}{state}")
    lines: list[tuple[str, str, str]] = []
    for key, row in rows.items():
        source = f"{row['source']} ({row['where']})" if row["where"] else row["source"]
        if key == "keys":
            for binding, keys in row["value"].items():
                line = settings.key_lines.get(binding)
                where = f"{row['source']} ({settings.path.name}:{line})" if line else source
                lines.append((f"keys.{clean_line(binding)}", clean_line(keys), where))
            if not row["value"]:
                lines.append(("keys", "(no overrides)", source))
            continue
        value = row["value"]
        shown = str(value).lower() if isinstance(value, bool) else clean_line(str(value))
        lines.append((key, shown, source))
    key_width = max(len(key) for key, _, _ in lines)
    value_width = min(48, max(len(value) for _, value, _ in lines))
    for key, value, source in lines:
        print(f"{key:<{key_width}}  {value:<{value_width}}  {source}")
    return 1 if failed else 0
