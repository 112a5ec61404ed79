"""The settings in the app: the theme used and saved, key overrides by binding id, the export
folder, and a bad settings file reported (file, line, key) while the app starts on defaults."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from summit_tui import settings
from summit_tui.ui.app import SummitApp
from summit_tui.ui.preferences import binding_ids
from summit_tui.ui.screens.help import HelpScreen
from waits import annotations_open, loaded, until


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("SUMMIT_TUI_CONFIG_DIR", str(folder))
    monkeypatch.delenv("SUMMIT_TUI_THEME", raising=False)
    return folder


def write(config_dir: Path, text: str) -> Path:
    path = config_dir / "settings.toml"
    path.write_text(text, encoding="utf-8")
    return path


def make_app(shipped_notes: Path) -> SummitApp:
    """The app, keeping every message it notifies (``notifications``): a notification goes
    away after a few seconds, which a loaded machine can spend in the app's workers before
    a wait looks."""
    app = SummitApp(shipped_notes, watch_interval=None)
    seen: list[str] = []
    show = app.notify

    def notify(message: str, *args: Any, **kwargs: Any) -> None:
        seen.append(str(message))
        show(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    _NOTIFIED[id(app)] = seen
    return app


_NOTIFIED: dict[int, list[str]] = {}


def notifications(app: SummitApp) -> list[str]:
    """Every message the app notified so far, those gone from the screen too."""
    return list(_NOTIFIED[id(app)])


def notified(app: SummitApp, words: str) -> Callable[[], bool]:
    return lambda: any(words in n for n in notifications(app))


async def test_the_theme_is_used_at_start_and_a_new_one_saved(
    config_dir: Path, shipped_notes: Path
) -> None:
    path = write(config_dir, "# mine\nsearch_limit = 20  # fewer\n")
    app = make_app(shipped_notes)
    async with app.run_test() as pilot:
        await loaded(pilot)
        assert app.theme == "textual-dark"
        app.theme = "nord"
        await until(pilot, notified(app, "Theme nord saved"), "the theme to be saved")
    text = path.read_text(encoding="utf-8")
    assert tomllib.loads(text) == {"search_limit": 20, "theme": "nord"}
    assert "# mine" in text and "# fewer" in text
    app = make_app(shipped_notes)
    async with app.run_test() as pilot:
        await loaded(pilot)
        assert app.theme == "nord"
        assert not any("saved" in n for n in notifications(app))  # using it is not saving it


async def test_a_broken_settings_file_is_reported_and_never_written(
    config_dir: Path, shipped_notes: Path
) -> None:
    text = 'theme = "nord"\nsearch_limit = [\n'
    path = write(config_dir, text)
    app = make_app(shipped_notes)
    async with app.run_test() as pilot:
        await loaded(pilot)
        assert app.theme == "textual-dark"  # defaults for what cannot be read
        problem = f"{path}:2: error: the settings file is not valid TOML"
        await until(pilot, notified(app, problem), "the settings file's problem")
        app.theme = "gruvbox"
        await until(pilot, notified(app, "The theme is not saved"), "why the theme is not saved")
    assert path.read_text(encoding="utf-8") == text


async def test_an_unknown_theme_gets_the_closest_ones(
    config_dir: Path, shipped_notes: Path
) -> None:
    path = write(config_dir, '\ntheme = "nordd"\n')
    app = make_app(shipped_notes)
    async with app.run_test() as pilot:
        await loaded(pilot)
        assert app.theme == "textual-dark"
        problem = f"{path}:2: warning: no theme 'nordd'; did you mean nord?"
        await until(pilot, notified(app, problem), "the unknown theme's problem")


async def test_keys_are_overridden_by_binding_id(config_dir: Path, shipped_notes: Path) -> None:
    path = write(config_dir, '[keys]\n"app.help" = "f2"\n"app.hlep" = "f3"\n')
    app = make_app(shipped_notes)
    async with app.run_test() as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help to open on f2")
        problem = f"{path}:3: warning: no binding 'app.hlep'; did you mean app.help"
        await until(pilot, notified(app, problem), "the unknown binding's problem")


def test_every_binding_has_an_id_the_keymap_can_name() -> None:
    ids = binding_ids()
    assert {"app.help", "app.star", "search", "search.close"} <= set(ids)
    from textual.binding import Binding
    from textual.dom import DOMNode

    missing = []
    pending = [DOMNode]
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("summit_tui"):
            for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
                if not binding.id:
                    missing.append(f"{cls.__name__}: {binding.key}")
    assert missing == []


async def test_the_export_folder_setting(
    config_dir: Path, shipped_notes: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "my exports"
    write(config_dir, f"export_folder = {str(folder)!r}\n")
    app = SummitApp(shipped_notes, watch_interval=None, data_dir=tmp_path / "data")
    async with app.run_test() as pilot:
        await loaded(pilot)
        await annotations_open(pilot)
        exporting = app.annotator.export(app.corpus)
        assert exporting is not None
        path = await exporting.wait()
    assert path is not None and path.parent == folder and path.exists()


def test_settings_loaded_by_the_app_are_the_files(config_dir: Path) -> None:
    write(config_dir, 'theme = "nord"\n')
    assert settings.load().theme == "nord"


async def test_help_shows_each_bindings_id_on_i_and_the_users_keys(
    config_dir: Path, shipped_notes: Path
) -> None:
    from rich.console import Console
    from textual.widgets import Static

    write(config_dir, '[keys]\n"app.star" = "S"\n')
    app = make_app(shipped_notes)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help to open")
        await pilot.press("i")
        await pilot.pause()
        console = Console(width=120, record=True)
        console.print(app.screen.query_one("#help-bindings", Static).content)
        rows = console.export_text().splitlines()
    star = next(row for row in rows if "Star or unstar the item" in row)
    assert star.split()[0] == "S" and star.split()[-1] == "app.star"
    assert any(row.split() and row.split()[-1] == "app.reviewed" for row in rows)


async def test_an_overridden_key_keeps_its_place_in_the_footer(
    config_dir: Path, shipped_notes: Path
) -> None:
    from summit_tui.ui.widgets.footer import KeyBar

    async def footer(app: SummitApp) -> list[str]:
        async with app.run_test(size=(160, 30)) as pilot:
            await loaded(pilot)
            chunks, _ = app.screen.query_one(KeyBar).chunks()
            return [cap.action for chunk in chunks for cap in chunk.keys]

    plain = await footer(make_app(shipped_notes))
    write(config_dir, '[keys]\n"app.star" = "S"\n')
    assert await footer(make_app(shipped_notes)) == plain
