"""The user's settings: ``settings.toml`` in the config folder, read at every start.

Every key has a default, can be set in the file, and (but ``keys``) by an environment
variable ``SUMMIT_TUI_<KEY>``; a command-line flag, where there is one, wins over all.
Each value remembers where it came from (``summit-tui config`` prints it).

A file that cannot be read is a problem with its file, line and key, never an error:
what cannot be read falls back to the default and the rest still applies. The file is
only ever written to save a change the user made in the app (the theme), through
tomlkit so every comment and key of theirs stays, and never when it cannot be parsed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summit_tui import config

FILE_NAME = "settings.toml"
DEFAULT_THEME = "textual-dark"
DEFAULT_SEARCH_LIMIT = 50
ENV_PREFIX = "SUMMIT_TUI_"


class SettingsError(Exception):
    """The settings file cannot be changed (it does not parse, or cannot be written)."""


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """What could not be used, where, and what was done instead (printed as every problem
    is: ``FILE:LINE: severity: message (what was done)``)."""

    path: str
    line: int | None
    severity: str  # "error" (the file) or "warning" (one key)
    message: str
    action: str = ""

    def __str__(self) -> str:
        from summit_tui.text import clean_line

        where = clean_line(self.path) + (f":{self.line}" if self.line else "")
        action = f" ({clean_line(self.action)})" if self.action else ""
        return f"{where}: {self.severity}: {clean_line(self.message)}{action}"


# -- what each key holds -----------------------------------------------------------------------


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty string")
    return value.strip()


def _limit(value: Any) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("must be a whole number, 1 or more")
    return value


_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().casefold() in _TRUE | _FALSE:
        return value.strip().casefold() in _TRUE
    raise ValueError("must be true or false")


def _keys(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise ValueError('must be a table of binding ids and keys, e.g. [keys] "app.star" = "S"')
    keys: dict[str, str] = {}
    for binding, keys_text in value.items():
        if not isinstance(keys_text, str) or not keys_text.strip():
            raise ValueError(f'{binding!r} must be a key or keys, e.g. "S" or "ctrl+s,f2"')
        keys[str(binding)] = ",".join(part.strip() for part in keys_text.split(","))
    return keys


@dataclass(frozen=True, slots=True)
class Spec:
    key: str
    default: Any  # None: worked out where it is used (notes folder, export folder)
    read: Callable[[Any], Any]  # a value from the file or the environment; ValueError if bad
    help: str
    default_text: str = ""  # how the README and `config` describe a default of None
    flag: str = ""  # the command-line flag that overrides it, if any

    @property
    def env(self) -> str | None:
        return None if self.key == "keys" else ENV_PREFIX + self.key.upper()


SPECS: tuple[Spec, ...] = (
    Spec("theme", DEFAULT_THEME, _text, "the colour theme (the palette's “Theme”)"),
    Spec(
        "notes",
        None,
        _text,
        "the notes folder used when neither --notes nor $SUMMIT_TUI_NOTES is given",
        "./notes if it exists, else the shipped notes",
        "--notes",
    ),
    Spec(
        "search_limit",
        DEFAULT_SEARCH_LIMIT,
        _limit,
        "search results shown at once in the app (more as you scroll) and printed by "
        "`summit-tui search` without --limit",
        flag="--limit",
    ),
    Spec(
        "follow_links",
        False,
        _flag,
        "read notes behind symbolic links that point out of the notes folder",
        flag="--follow-links",
    ),
    Spec(
        "export_folder",
        None,
        _text,
        "where the app's `e` writes exports",
        "DATA_DIR/exports",
    ),
    Spec("keys", {}, _keys, "key overrides: binding id = keys (see `?` in the app)"),
)
SPEC = {spec.key: spec for spec in SPECS}


# -- the loaded settings -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    kind: str  # "default", "file", "env" or "flag"
    where: str = ""  # "settings.toml:3", "$SUMMIT_TUI_THEME", "--notes"

    def __str__(self) -> str:
        return f"{self.kind} ({self.where})" if self.where else self.kind


DEFAULT = Source("default")


@dataclass(slots=True)
class Settings:
    path: Path
    exists: bool = False
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # key → line in the file
    key_lines: dict[str, int] = field(default_factory=dict)  # binding id → line in [keys]
    problems: list[SettingsProblem] = field(default_factory=list)
    readable: bool = True  # False when the file does not parse: it is then never written

    def get(self, key: str) -> Any:
        return self.values.get(key, SPEC[key].default)

    def source(self, key: str) -> Source:
        return self.sources.get(key, DEFAULT)

    def override(self, key: str, value: Any, flag: str) -> None:
        """A command-line flag's value, which wins over everything."""
        if value is not None:
            self.values[key] = value
            self.sources[key] = Source("flag", flag)

    @property
    def theme(self) -> str:
        return self.get("theme")

    @property
    def search_limit(self) -> int:
        return self.get("search_limit")

    @property
    def follow_links(self) -> bool:
        return self.get("follow_links")

    @property
    def keys(self) -> dict[str, str]:
        return dict(self.get("keys"))

    def path_value(self, key: str) -> Path | None:
        """A folder setting as a path: ``~`` expanded, relative to the config folder."""
        value = self.values.get(key)
        if not value:
            return None
        path = Path(value).expanduser()
        if self.source(key).kind == "file" and not path.is_absolute():
            path = self.path.parent / path
        return path

    def notes_choice(self) -> config.NotesChoice | None:
        """The notes folder these settings name (file, environment or flag), with where
        it was named; None when they name none."""
        configured = self.path_value("notes")
        if configured is None:
            return None
        return config.NotesChoice(configured, str(self.source("notes").where))

    def problem(
        self, key: str, message: str, action: str = "default used", *, env: bool = False
    ) -> None:
        """A problem with a key: at its line in the file, or in its environment variable."""
        where = f"${SPEC[key].env}" if env else str(self.path)
        line = None if env else self.lines.get(key)
        self.problems.append(SettingsProblem(where, line, "warning", f"{key}: {message}", action))


def settings_path(config_dir: Path | None = None) -> Path:
    if config_dir is None:
        config_dir = config.config_dir()
    return config_dir / FILE_NAME


def load(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """The settings from the file at ``path`` (the config folder's by default) and the
    environment; problems are in ``settings.problems``, never raised."""
    path = path if path is not None else settings_path()
    environ = os.environ if environ is None else environ
    settings = Settings(path)
    _read_file(settings)
    for spec in SPECS:
        if spec.env and environ.get(spec.env):
            try:
                settings.values[spec.key] = spec.read(environ[spec.env])
            except ValueError as error:
                problem = f"{error}, not {environ[spec.env]!r}"
                settings.problem(spec.key, problem, "ignored", env=True)
                continue
            settings.sources[spec.key] = Source("env", f"${spec.env}")
    return settings


def _read_file(settings: Settings) -> None:
    path = settings.path
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return
    except OSError as error:
        settings.exists = path.exists()
        settings.readable = False
        settings.problems.append(
            SettingsProblem(
                str(path),
                None,
                "error",
                f"cannot read the settings file: {error.strerror or error}",
                "defaults used",
            )
        )
        return
    settings.exists = True
    import tomllib  # only with a file to read: its patterns cost every command ~7 ms

    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        settings.readable = False
        message = str(error)
        found = re.search(r"\(at line (\d+), column \d+\)|\(at end of document\)", message)
        line = None
        if found:  # the end of the document is its last line: where the unclosed thing is
            line = int(found.group(1)) if found.group(1) else max(1, len(text.splitlines()))
        if found:
            message = message[: found.start()].rstrip()
        if isinstance(error, UnicodeDecodeError):
            message = "not UTF-8 text"
        settings.problems.append(
            SettingsProblem(
                str(path),
                line,
                "error",
                f"the settings file is not valid TOML: {message}",
                "defaults used; the file is left as it is",
            )
        )
        return
    for key, value in data.items():
        spec = SPEC.get(key)
        line = _key_line(text, key)
        if spec is None:
            from summit_tui.search.suggest import Candidate, Suggester, unknown

            known = Suggester(Candidate(s.key) for s in SPECS)
            settings.problems.append(
                SettingsProblem(
                    str(path), line, "warning", unknown("setting", key, known), "ignored"
                )
            )
            continue
        if line is not None:
            settings.lines[key] = line
        settings.sources[key] = Source("file", f"{path.name}:{line}" if line else path.name)
        try:
            settings.values[key] = spec.read(value)
        except ValueError as error:
            settings.problem(key, f"{error}, not {_shown(value)}")
            del settings.sources[key]
        if key == "keys" and isinstance(value, Mapping):
            settings.key_lines = _table_lines(text, key, value.keys())


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _key_line(text: str, key: str) -> int | None:
    """The line where a top-level key (or its table) is set, 1-based."""
    pattern = re.compile(
        rf"""^\s*(?:\[\s*(?:{re.escape(key)}|"{re.escape(key)}")\s*\]"""
        rf"""|(?:{re.escape(key)}|"{re.escape(key)}"|'{re.escape(key)}')\s*[=.])"""
    )
    in_table = False
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line) and (not in_table or line.lstrip().startswith("[")):
            return number
        if line.lstrip().startswith("["):
            in_table = True
    return None


def _table_lines(text: str, table: str, keys: Iterable[str]) -> dict[str, int]:
    """The line of each key of ``[table]`` (1-based), as far as a line scan can tell."""
    wanted = set(keys)
    lines: dict[str, int] = {}
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.strip("[] ").strip("\"'") == table
            continue
        if not inside or "=" not in stripped:
            continue
        key = stripped.split("=", 1)[0].strip().strip("\"'")
        if key in wanted and key not in lines:
            lines[key] = number
    return lines


# -- saving a change ---------------------------------------------------------------------------

HEADER = (
    "# summit-tui settings: every key, its default and what it does are in the README\n"
    "# (Settings). `summit-tui config` shows what is in effect and where it came from.\n"
)


def save(path: Path, key: str, value: Any) -> None:
    """Set one top-level ``key`` in the settings file, keeping everything else in it
    (comments, order, spacing). Raises SettingsError, leaving the file as it was, when it
    does not parse or cannot be written."""
    import tomllib

    import tomlkit

    from summit_tui import persist

    target = path.resolve() if path.is_symlink() else path  # a dotfiles link stays a link
    try:
        text = target.read_text(encoding="utf-8") if target.exists() else ""
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"cannot read {path}: {error}") from None
    try:
        tomllib.loads(text)
        document = tomlkit.parse(text) if text else tomlkit.document()
    except Exception as error:  # tomllib's or tomlkit's parse error
        raise SettingsError(f"{path} is not valid TOML ({error}); it was left as it is") from None
    if not text:
        document.add(tomlkit.comment(HEADER.splitlines()[0][2:]))
        document.add(tomlkit.comment(HEADER.splitlines()[1][2:]))
    if document.get(key) == value:
        return
    document[key] = value
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        persist.write_bytes_atomic(target, tomlkit.dumps(document).encode("utf-8"))
    except OSError as error:
        raise SettingsError(f"cannot write {path}: {error.strerror or error}") from None
