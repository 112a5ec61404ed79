"""`summit-tui` without a subcommand: start the app on the resolved notes folder."""

from __future__ import annotations

import argparse
from pathlib import Path


def run_app(args: argparse.Namespace) -> int:
    from summit_tui import config
    from summit_tui import settings as settings_module
    from summit_tui.ui.app import SummitApp

    settings = settings_module.load()
    choice = config.resolve_notes_dir(getattr(args, "notes", None), settings)
    data_dir = getattr(args, "data_dir", None)
    app = SummitApp(
        choice.path,
        notes_why=choice.why,
        data_dir=Path(data_dir).expanduser() if data_dir else None,
        settings=settings,
    )
    app.run()
    return int(app.return_code or 0)
