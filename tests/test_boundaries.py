"""The core and the CLI subcommands never import Textual (nor Rich, for the core)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import summit_tui

CORE = ("corpus", "search", "compare", "annotate")


def _modules(package: str) -> list[str]:
    path = [str(p) for p in summit_tui.__path__]
    prefix = f"summit_tui.{package}."
    sub = [p + f"/{package}" for p in path]
    return [f"{prefix}{m.name}" for m in pkgutil.iter_modules(sub)]


def _loaded_after_import(modules: list[str]) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out))


def test_core_imports_neither_textual_nor_rich() -> None:
    modules = [m for package in CORE for m in _modules(package)]
    assert modules, "no core modules found"
    loaded = _loaded_after_import(modules)
    assert not {m for m in loaded if m.split(".")[0] in {"textual", "rich"}}


def test_cli_commands_do_not_import_textual() -> None:
    modules = ["summit_tui.cli", *_modules("commands")]
    loaded = _loaded_after_import(modules)
    assert "textual" not in loaded


def test_running_list_does_not_import_textual(shipped_notes) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from summit_tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['list', '--notes', {str(shipped_notes)!r}])\n"
        "print('textual' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "False"


def test_starting_the_app_imports_only_what_the_first_frame_needs(tmp_path) -> None:
    # Everything imported before the first frame delays it: the subcommands' modules, the
    # corpus model and the parsers load after it (in the loader), the other screens when
    # they are opened.
    code = (
        "import json, sys\n"
        "import summit_tui.ui.run as run\n"
        "def fake_run_app(args):\n"
        "    import summit_tui.ui.app\n"
        "    print(json.dumps([args.notes, sorted(sys.modules)]))\n"
        "    return 0\n"
        "run.run_app = fake_run_app\n"
        "from summit_tui.cli import main\n"
        f"sys.exit(main(['--notes', {str(tmp_path)!r}]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    notes, loaded = json.loads(out)
    assert notes == str(tmp_path)
    assert "summit_tui.ui.app" in loaded
    too_early = {
        "summit_tui.corpus.model",
        "summit_tui.annotate.model",
        "summit_tui.ui.screens.problems",
        "summit_tui.ui.screens.help",
        "summit_tui.ui.screens.search",
        "summit_tui.ui.screens.compare",
        "sqlite3",
        "rapidfuzz",
        "yaml",
        "frontmatter",
        "markdown_it",
    }
    assert not too_early & set(loaded)
    assert not [m for m in loaded if m.startswith("summit_tui.commands.") and m.endswith("_cmd")]


def _modules_after(args: list[str]) -> set[str]:
    code = (
        "import contextlib, io, json, sys\n"
        "from summit_tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({args!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.strip().splitlines()[-1]))


def test_commands_on_a_warm_cache_import_no_note_reader(tmp_path) -> None:
    # A command answered from the parse cache reads no note: the readers of dates, names,
    # speakers, sections and HTML only delay its start.
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "jsconf-eu.md").write_text(
        "---\nauthor: Marta Kowalska\nevent: JSConf EU 2025\n---\n"
        "# JSConf EU 2025, day 2\n\n## Streams in the browser — Ada Lovelace\n\nBackpressure.\n",
        encoding="utf-8",
    )
    readers = {
        "summit_tui.corpus.dates",
        "summit_tui.corpus.names",
        "summit_tui.corpus.speakers",
        "summit_tui.corpus.metadata",
        "summit_tui.corpus.segment",
    }
    assert readers <= _modules_after(["list", "--json", "--notes", str(notes)])  # cold
    for args in (["list", "--json"], ["list"], ["check"], ["export", "-o", str(tmp_path / "x.md")]):
        loaded = _modules_after([*args, "--notes", str(notes)])
        assert not (readers | {"summit_tui.corpus.html_markdown", "html.parser"}) & loaded, args
