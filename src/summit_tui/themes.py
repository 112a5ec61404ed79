"""The colour themes the app offers, named without importing Textual (the CLI never does):
`summit-tui config` says a theme setting that names none of them is not in effect, as the
app does. A test holds this list to the app's own."""

from __future__ import annotations

THEMES = (
    "ansi-dark", "ansi-light", "atom-one-dark", "atom-one-light", "catppuccin-frappe",
    "catppuccin-latte", "catppuccin-macchiato", "catppuccin-mocha", "dracula", "flexoki",
    "gruvbox", "monokai", "nord", "rose-pine", "rose-pine-dawn", "rose-pine-moon",
    "solarized-dark", "solarized-light", "textual-dark", "textual-light", "tokyo-night",
)  # fmt: skip
