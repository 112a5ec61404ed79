"""Where things live: the notes folder, and the data, cache, state and config dirs.

Resolution order for the notes folder: ``--notes``, ``$SUMMIT_TUI_NOTES``, the settings
file's ``notes``, ``./notes`` when it exists, else the notes shipped with the package.
Each user dir can be moved with an environment variable (``--data-dir`` also moves the
data dir), which is how tests keep away from the real ones.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "summit-tui"
ENV_NOTES = "SUMMIT_TUI_NOTES"
ENV_DATA = "SUMMIT_TUI_DATA_DIR"
ENV_CACHE = "SUMMIT_TUI_CACHE_DIR"
ENV_STATE = "SUMMIT_TUI_STATE_DIR"
ENV_CONFIG = "SUMMIT_TUI_CONFIG_DIR"


@dataclass(frozen=True, slots=True)
class NotesChoice:
    path: Path
    why: str  # "--notes", "$SUMMIT_TUI_NOTES", "settings.toml:3", "./notes", "shipped notes"


def shipped_notes_dir() -> Path:
    """The notes that come with summit-tui: inside the wheel, or the repo's notes/."""
    here = Path(__file__).resolve().parent
    packaged = here / "_notes"
    if packaged.is_dir():
        return packaged
    return here.parents[1] / "notes"


def resolve_notes_dir(
    flag: str | None = None, configured: NotesChoice | None = None
) -> NotesChoice:
    """``--notes``, else ``$SUMMIT_TUI_NOTES``, else the settings file's ``notes``
    (``configured``: ``Settings.notes_choice()``), else ``./notes`` when it exists, else
    the shipped notes."""
    if flag:
        return NotesChoice(Path(flag).expanduser(), "--notes")
    env = os.environ.get(ENV_NOTES)
    if env:
        return NotesChoice(Path(env).expanduser(), f"${ENV_NOTES}")
    if configured is not None:
        return configured
    local = Path("notes")
    if local.is_dir():
        return NotesChoice(local, "./notes")
    return NotesChoice(shipped_notes_dir(), "shipped notes")


def _user_dir(env: str, kind: str, flag: str | None = None) -> Path:
    if flag:
        return Path(flag).expanduser()
    value = os.environ.get(env)
    if value:
        return Path(value).expanduser()
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME))


def data_dir(flag: str | None = None) -> Path:
    """Annotations database lives here."""
    return _user_dir(ENV_DATA, "data", flag)


def cache_dir() -> Path:
    """Parsed-note cache; safe to delete."""
    return _user_dir(ENV_CACHE, "cache")


def state_dir() -> Path:
    """Recent searches and other small UI state."""
    return _user_dir(ENV_STATE, "state")


def config_dir() -> Path:
    """The settings file (settings.toml) lives here."""
    return _user_dir(ENV_CONFIG, "config")
