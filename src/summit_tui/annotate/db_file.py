"""Where a data folder's annotation database is: said without SQLite (a command that
only asks whether there is one, such as ``search``, imports nothing more)."""

from __future__ import annotations

from pathlib import Path

DB_NAME = "annotations.sqlite3"


def db_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_NAME
