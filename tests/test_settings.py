"""settings.toml: defaults, the file, the environment, flags; problems with file, line and key;
a change saved without losing a comment; `summit-tui config` says where each value came from."""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import pytest

from summit_tui import config, settings
from summit_tui.cli import main


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("SUMMIT_TUI_CONFIG_DIR", str(folder))
    for spec in settings.SPECS:
        if spec.env:
            monkeypatch.delenv(spec.env, raising=False)
    return folder


def write(config_dir: Path, text: str) -> Path:
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / settings.FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_without_a_file_every_value_is_its_default(config_dir: Path) -> None:
    loaded = settings.load()
    assert loaded.path == config_dir / "settings.toml" and not loaded.exists
    assert (loaded.theme, loaded.search_limit, loaded.follow_links, loaded.keys) == (
        "textual-dark",
        50,
        False,
        {},
    )
    assert all(loaded.source(spec.key).kind == "default" for spec in settings.SPECS)
    assert loaded.problems == []


def test_values_from_the_file_know_their_line(config_dir: Path) -> None:
    write(
        config_dir,
        '# mine\ntheme = "nord"\nsearch_limit = 120\nfollow_links = true\n\n'
        '[keys]\n"app.star" = "S"\n"search" = "ctrl+f, f3"\n',
    )
    loaded = settings.load()
    assert (loaded.theme, loaded.search_limit, loaded.follow_links) == ("nord", 120, True)
    assert loaded.keys == {"app.star": "S", "search": "ctrl+f,f3"}
    assert str(loaded.source("theme")) == "file (settings.toml:2)"
    assert str(loaded.source("keys")) == "file (settings.toml:6)"
    assert loaded.problems == []


def test_the_environment_beats_the_file_and_a_flag_beats_both(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(config_dir, "search_limit = 120\ntheme = 'nord'\n")
    monkeypatch.setenv("SUMMIT_TUI_SEARCH_LIMIT", "7")
    loaded = settings.load()
    assert loaded.search_limit == 7
    assert str(loaded.source("search_limit")) == "env ($SUMMIT_TUI_SEARCH_LIMIT)"
    loaded.override("search_limit", 3, "--limit")
    assert loaded.search_limit == 3 and str(loaded.source("search_limit")) == "flag (--limit)"
    assert loaded.theme == "nord"


def test_a_bad_value_names_file_line_and_key_and_the_rest_still_applies(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(config_dir, 'theme = "nord"\n\nsearch_limit = "lots"\nthme = "x"\n')
    monkeypatch.setenv("SUMMIT_TUI_FOLLOW_LINKS", "maybe")
    loaded = settings.load()
    assert loaded.theme == "nord" and loaded.search_limit == 50 and loaded.follow_links is False
    assert [str(p) for p in loaded.problems] == [
        f"{path}:3: warning: search_limit: must be a whole number, 1 or more, not 'lots' "
        "(default used)",
        f"{path}:4: warning: no setting 'thme'; did you mean theme? (ignored)",
        "$SUMMIT_TUI_FOLLOW_LINKS: warning: follow_links: must be true or false, not 'maybe' "
        "(ignored)",
    ]
    assert loaded.source("search_limit").kind == "default"


def test_a_file_that_does_not_parse_gives_defaults_and_is_never_written(config_dir: Path) -> None:
    text = '# keep me\ntheme = "nord"\nsearch_limit = \n'
    path = write(config_dir, text)
    loaded = settings.load()
    assert loaded.theme == "textual-dark" and not loaded.readable
    (problem,) = loaded.problems
    assert (problem.path, problem.line, problem.severity) == (str(path), 3, "error")
    assert "not valid TOML" in problem.message and "left as it is" in problem.action
    with pytest.raises(settings.SettingsError):
        settings.save(path, "theme", "gruvbox")
    assert path.read_text(encoding="utf-8") == text


def test_saving_keeps_every_comment_and_key_of_the_users(config_dir: Path) -> None:
    # Cases a line-by-line edit gets wrong: a key appended after a table lands in that
    # table; a multi-line value replaced by one line leaves its tail behind.
    text = (
        "# my settings\n"
        'notes = "~/conferences"   # where my notes are\n'
        "\n"
        "[keys]\n"
        "# vim-ish\n"
        '"app.star" = "S"\n'
    )
    path = write(config_dir, text)
    settings.save(path, "theme", "nord")
    saved = path.read_text(encoding="utf-8")
    assert tomllib.loads(saved) == {
        "notes": "~/conferences",
        "theme": "nord",
        "keys": {"app.star": "S"},
    }
    assert "# my settings" in saved and "# where my notes are" in saved and "# vim-ish" in saved
    write(config_dir, 'theme = """\ngruvbox"""  # was\nsearch_limit = 5\n')
    settings.save(path, "theme", "nord")
    assert path.read_text(encoding="utf-8") == 'theme = "nord"  # was\nsearch_limit = 5\n'


def test_saving_creates_the_file_with_a_pointer_to_the_readme(config_dir: Path) -> None:
    path = config_dir / "settings.toml"
    old = os.umask(0o022)
    try:
        settings.save(path, "theme", "nord")
    finally:
        os.umask(old)
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"theme": "nord"}
    assert path.read_text(encoding="utf-8").startswith("# summit-tui settings")
    assert path.stat().st_mode & 0o777 == 0o644


def test_saving_through_a_symlink_keeps_the_link(config_dir: Path, tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles" / "summit.toml"
    dotfiles.parent.mkdir()
    dotfiles.write_text("search_limit = 9\n", encoding="utf-8")
    config_dir.mkdir()
    (config_dir / "settings.toml").symlink_to(dotfiles)
    settings.save(config_dir / "settings.toml", "theme", "nord")
    assert (config_dir / "settings.toml").is_symlink()
    assert tomllib.loads(dotfiles.read_text(encoding="utf-8")) == {
        "search_limit": 9,
        "theme": "nord",
    }


def test_the_notes_folder_from_the_settings(
    config_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(config_dir, 'notes = "my-notes"\n')
    configured = settings.load().notes_choice()
    choice = config.resolve_notes_dir(None, configured)
    assert choice.path == config_dir / "my-notes"  # relative to the settings file
    assert choice.why == "settings.toml:1"
    assert config.resolve_notes_dir("elsewhere", configured).why == "--notes"
    monkeypatch.setenv("SUMMIT_TUI_NOTES", str(tmp_path))
    assert config.resolve_notes_dir(None, configured).why == "$SUMMIT_TUI_NOTES"


def test_config_prints_each_value_and_where_it_came_from(
    config_dir: Path, capsys, monkeypatch: pytest.MonkeyPatch, shipped_notes: Path
) -> None:
    write(config_dir, 'theme = "nord"\n\n[keys]\n"app.star" = "S"\n"search" = "ctrl+f"\n')
    monkeypatch.setenv("SUMMIT_TUI_SEARCH_LIMIT", "7")
    assert main(["config", "--notes", str(shipped_notes)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"settings file  {config_dir / 'settings.toml'}"
    rows = {line.split()[0]: line.split(None, 1)[1] for line in out[1:]}
    assert rows["theme"].split() == ["nord", "file", "(settings.toml:1)"]
    assert rows["search_limit"].split() == ["7", "env", "($SUMMIT_TUI_SEARCH_LIMIT)"]
    assert rows["notes"].split() == [str(shipped_notes.resolve()), "flag", "(--notes)"]
    assert rows["follow_links"].split() == ["false", "default"]
    # Each binding at its own line, not at the [keys] line.
    assert rows["keys.app.star"].split() == ["S", "file", "(settings.toml:4)"]
    assert rows["keys.search"].split() == ["ctrl+f", "file", "(settings.toml:5)"]
    assert main(["config", "--json", "--data-dir", "/tmp/d"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == {
        "path": str(config_dir / "settings.toml"),
        "exists": True,
        "readable": True,
    }
    assert data["settings"]["theme"] == {
        "value": "nord",
        "source": "file",
        "where": "settings.toml:1",
    }
    assert data["settings"]["export_folder"] == {
        "value": "/tmp/d/exports",
        "source": "default",
        "where": "",
    }
    assert data["problems"] == []


def test_config_says_a_theme_the_app_lacks_is_not_in_effect(
    config_dir: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(config_dir, 'search_limit = 9\ntheme = "nrod"\n')
    assert main(["config"]) == 0
    captured = capsys.readouterr()
    rows = {line.split()[0]: line.split(None, 1)[1] for line in captured.out.splitlines()[1:]}
    assert rows["theme"].split() == [
        settings.DEFAULT_THEME,
        "default",
        "(settings.toml:2",
        "names",
        "no",
        "theme)",
    ]
    warning = f"{path}:2: warning: no theme 'nrod'; did you mean nord?; the themes are ansi-dark"
    assert warning in captured.err and "tokyo-night (default used)" in captured.err
    monkeypatch.setenv("SUMMIT_TUI_THEME", "vaporwave")
    assert main(["config", "--json"]) == 0
    (problem,) = json.loads(capsys.readouterr().out)["problems"]
    assert problem["path"] == "$SUMMIT_TUI_THEME" and "no theme 'vaporwave'" in problem["message"]


def test_the_themes_config_knows_are_the_apps(shipped_notes: Path) -> None:
    from summit_tui.themes import THEMES
    from summit_tui.ui.app import SummitApp

    assert set(THEMES) == set(SummitApp(shipped_notes).available_themes)


def test_config_with_a_broken_file_says_where_and_exits_1(config_dir: Path, capsys) -> None:
    path = write(config_dir, "theme = [\n")
    assert main(["config", "--json"]) == 1
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert data["file"]["readable"] is False
    assert data["problems"][0]["path"] == str(path) and data["problems"][0]["line"] == 1
    assert f"{path}:1: error: the settings file is not valid TOML" in captured.err


def test_search_shows_the_settings_limit_unless_told(
    config_dir: Path, capsys, shipped_notes: Path
) -> None:
    write(config_dir, "search_limit = 3\n")
    assert main(["search", "ai", "--notes", str(shipped_notes)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert main(["search", "ai", "--notes", str(shipped_notes), "--limit", "5"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 5


def test_every_key_is_in_the_readme() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    for spec in settings.SPECS:
        assert f"`{spec.key}`" in section or f"`[{spec.key}]`" in section, spec.key
        if spec.env:
            assert f"`${spec.env}`" in section, spec.env


def test_follow_links_from_the_file_reads_notes_behind_links_out_of_the_folder(
    config_dir: Path, tmp_path: Path, capsys
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "far.md").write_text("# Far away\n\nzebracorn\n", encoding="utf-8")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "here.md").write_text("# Here\n\ntext\n", encoding="utf-8")
    (notes / "far.md").symlink_to(outside / "far.md")

    def listed() -> set[str]:
        assert main(["list", "--json", "--notes", str(notes)]) == 0
        data = json.loads(capsys.readouterr().out)
        return {row["note"] for row in data["unsorted"]}

    assert listed() == {"here.md"}
    write(config_dir, "follow_links = true\n")
    assert listed() == {"here.md", "far.md"}
