"""The user's settings in the app: the theme (used at start, saved when changed), key overrides
by binding id, and every problem with the settings file said once, with its file and line.

Nothing here runs before the first frame but setting the theme and the keymap; checking the
binding ids (which imports every screen) waits until after it, and only happens when the
user overrides keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding

from summit_tui.settings import Settings, SettingsError, SettingsProblem

if TYPE_CHECKING:
    from textual.app import App
    from textual.theme import Theme


class Preferences:
    """Owned by the App: ``start()`` once it is mounted."""

    def __init__(self, app: App, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.problems: list[SettingsProblem] = list(settings.problems)
        self.saved_theme: str | None = None  # the theme the file holds (or the default's)
        self._clashes: set[tuple[str, ...]] = set()

    def start(self) -> None:
        app = self.app
        self._apply_theme()
        app.theme_changed_signal.subscribe(app, self._theme_changed)
        keys = self.settings.keys
        if keys:
            app.set_keymap(keys)
            app.call_after_refresh(self._check_binding_ids, keys)
        else:
            app.call_after_refresh(self._report)

    # -- the theme --------------------------------------------------------------------------

    def _apply_theme(self) -> None:
        app, name = self.app, self.settings.theme
        if name in app.available_themes:
            app.theme = name
        else:
            from summit_tui.search.suggest import Candidate, Suggester, unknown

            themes = Suggester(Candidate(theme) for theme in sorted(app.available_themes))
            listing = "ctrl+p, “Theme” lists them"
            self._problem("theme", unknown("theme", name, themes, listing=listing))
        self.saved_theme = app.theme

    def _theme_changed(self, theme: Theme) -> None:
        if theme.name == self.saved_theme:
            return
        settings = self.settings
        if not settings.readable:
            self.app.notify(
                f"The theme is not saved: {settings.path} cannot be read (see the problem "
                "reported at start); fix it, then pick the theme again.",
                title="Settings",
                severity="warning",
                markup=False,
                timeout=10,
            )
            return
        self.app.run_worker(
            lambda: self._save_theme(theme.name), thread=True, group="save-theme", exclusive=True
        )

    def _save_theme(self, name: str) -> None:
        from summit_tui import settings as settings_module

        try:
            settings_module.save(self.settings.path, "theme", name)
        except SettingsError as error:
            self.app.call_from_thread(
                self.app.notify,
                f"The theme is not saved: {error}",
                title="Settings",
                severity="warning",
                markup=False,
                timeout=10,
            )
            return
        self.app.call_from_thread(self._theme_saved, name)

    def _theme_saved(self, name: str) -> None:
        self.saved_theme = name
        source = self.settings.source("theme")
        beaten = f" (but {source.where} sets another)" if source.kind in ("env", "flag") else ""
        self.app.notify(
            f"Theme {name} saved in {self.settings.path}{beaten}.",
            title="Settings",
            markup=False,
            timeout=4,
        )

    # -- keys -------------------------------------------------------------------------------

    def _check_binding_ids(self, keys: dict[str, str]) -> None:
        from summit_tui.search.suggest import Candidate, Suggester, unknown

        known = binding_ids()
        ids = Suggester(Candidate(binding, description) for binding, description in known.items())
        for binding in keys:
            if binding not in known:
                message = unknown("binding", binding, ids, listing="`?` lists every binding id")
                self._problem("keys", message, line=self.settings.key_lines.get(binding))
        self._report()

    def clash(self, bindings: set[Binding]) -> None:
        """Two bindings on one key where both act (a key override took a key in use): said once."""
        ids = tuple(sorted(b.id or b.action for b in bindings))
        if ids in self._clashes:
            return
        self._clashes.add(ids)
        key = next(iter(bindings)).key
        self.app.notify(
            f"{key} is bound to {' and '.join(ids)}; the first one acts. Change one in "
            f"{self.settings.path} [keys].",
            title="Settings",
            severity="warning",
            markup=False,
            timeout=10,
        )

    # -- problems ---------------------------------------------------------------------------

    def _problem(self, key: str, message: str, *, line: int | None = None) -> None:
        where = line if line is not None else self.settings.lines.get(key)
        action = "ignored" if key == "keys" else "default used"
        self.problems.append(
            SettingsProblem(str(self.settings.path), where, "warning", message, action)
        )

    def _report(self) -> None:
        for problem in self.problems:
            severity = "error" if problem.severity == "error" else "warning"
            self.app.notify(
                str(problem), title="Settings", severity=severity, markup=False, timeout=12
            )


def binding_ids() -> dict[str, str]:
    """Every binding id the app has (its screens' and widgets' included), with what it does."""
    import importlib
    import pkgutil

    from textual.dom import DOMNode

    import summit_tui.ui

    for module in pkgutil.walk_packages(summit_tui.ui.__path__, "summit_tui.ui."):
        importlib.import_module(module.name)
    found: dict[str, str] = {}
    pending: list[type] = [DOMNode]
    seen: set[type] = set()
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        pending.extend(cls.__subclasses__())
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
            if binding.id:
                found.setdefault(binding.id, binding.tooltip or binding.description)
    return found
