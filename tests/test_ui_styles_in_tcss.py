"""Styling lives in ui/summit.tcss: the UI's Python names the parts of what it shows
(component classes), the stylesheet says how each part looks.

A style written in Python ("bold", "dim italic", "yellow", Style(bold=True), a
widget's .styles or DEFAULT_CSS) would not follow the theme or NO_COLOR and could not
be changed in one place; these tests fail on the first one that appears.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from rich.color import ANSI_COLOR_NAMES

UI = Path(__file__).resolve().parents[1] / "src" / "summit_tui" / "ui"
TCSS = (UI / "summit.tcss").read_text(encoding="utf-8")
STYLE_WORDS = {
    "bold",
    "dim",
    "italic",
    "underline",
    "underline2",
    "overline",
    "reverse",
    "strike",
    "blink",
    "blink2",
    "conceal",
    "frame",
    "encircle",
}
COLOUR = re.compile(r"#[0-9a-fA-F]{6}|color\(\d+\)|rgb\(.*\)")
COMPONENT_CLASS = re.compile(r"[a-z][a-z-]*--[a-z][a-z-]*")
# Style(...) arguments that say how text looks.
LOOKS = STYLE_WORDS | {"color", "bgcolor"}


def _sources() -> list[tuple[str, ast.Module]]:
    return [
        (str(path.relative_to(UI)), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(UI.rglob("*.py"))
    ]


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def looks_like_a_style(text: str) -> bool:
    """ "bold", "dim italic", "bold yellow", "not bold", "white on red", "#ff0000"."""
    words = text.split()
    colours = set(ANSI_COLOR_NAMES) - {"default"}
    if not words or not all(
        w in STYLE_WORDS or w in colours or w in ("not", "on") or COLOUR.fullmatch(w) for w in words
    ):
        return False
    return any(w not in ("not", "on") for w in words)


def test_the_finder_knows_a_style_from_a_word() -> None:
    assert looks_like_a_style("bold")
    assert looks_like_a_style("dim italic")
    assert looks_like_a_style("bold yellow")
    assert looks_like_a_style("not bold")
    assert looks_like_a_style("white on #102030")
    assert not looks_like_a_style("navigator--star")
    assert not looks_like_a_style("s")  # a key, not an abbreviation of strike
    assert not looks_like_a_style("Loading notes …")
    assert not looks_like_a_style("on")


def inline_styles() -> list[str]:
    """Every place in the UI's Python that says how something looks."""
    found = []
    for name, tree in _sources():
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            where = f"{name}:{getattr(node, 'lineno', '?')}"
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and looks_like_a_style(node.value)
            ):
                found.append(f"{where}: {node.value!r}")
            elif isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                # Style(bold=True), Style.parse("bold"); not Style(dim=False), which
                # takes a look away, nor a colour read from a component class.
                literal = [
                    k.arg
                    for k in node.keywords
                    if k.arg in LOOKS
                    and isinstance(k.value, ast.Constant)
                    and k.value.value not in (False, None)
                ]
                if called == "Style" and literal:
                    found.append(f"{where}: Style({', '.join(map(str, literal))}=…)")
                if called == "parse" and any(isinstance(a, ast.Constant) for a in node.args):
                    found.append(f"{where}: parse(…)")
                for keyword in node.keywords:
                    value = keyword.value
                    if (
                        keyword.arg in ("style", "post_style")
                        and isinstance(value, ast.Constant)
                        and isinstance(value.value, str)
                        and value.value
                        and not COMPONENT_CLASS.fullmatch(value.value)
                    ):
                        found.append(f"{where}: style={value.value!r}")
            elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    text = ast.unparse(target)
                    if ".styles." in f"{text}." or text.split(".")[-1] in ("DEFAULT_CSS", "CSS"):
                        found.append(f"{where}: {text} = …")
    return found


def test_no_style_is_written_in_the_ui_python() -> None:
    assert not inline_styles(), "style these in summit.tcss:\n" + "\n".join(inline_styles())


def declared_classes() -> dict[str, str]:
    """Component class → the module declaring it in a COMPONENT_CLASSES."""
    declared: dict[str, str] = {}
    for name, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(getattr(t, "id", "") == "COMPONENT_CLASSES" for t in targets):
                    for constant in ast.walk(node):
                        if isinstance(constant, ast.Constant) and isinstance(constant.value, str):
                            declared[constant.value] = name
    return declared


def test_every_part_named_in_the_ui_is_declared_and_styled_in_the_stylesheet() -> None:
    declared = declared_classes()
    named = {
        node.value: f"{name}:{node.lineno}"
        for name, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and COMPONENT_CLASS.fullmatch(node.value)
    }
    undeclared = sorted(f"{where}: {cls}" for cls, where in named.items() if cls not in declared)
    assert not undeclared, "not in any COMPONENT_CLASSES:\n" + "\n".join(undeclared)
    unstyled = sorted(cls for cls in declared if not re.search(rf"\.{cls}\b", TCSS))
    assert not unstyled, f"no rule in summit.tcss for {unstyled}"


def test_each_widget_documents_the_parts_it_names() -> None:
    """As Textual's own widgets do: a table of its component classes in its docstring."""
    undocumented = []
    for name, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            doc = ast.get_docstring(node) or ""
            for statement in node.body:
                targets = getattr(statement, "targets", None) or [
                    getattr(statement, "target", None)
                ]
                if any(getattr(t, "id", "") == "COMPONENT_CLASSES" for t in targets):
                    undocumented += [
                        f"{name}: {node.name}: {c.value}"
                        for c in ast.walk(statement)
                        if isinstance(c, ast.Constant)
                        and isinstance(c.value, str)
                        and f"`{c.value}`" not in doc
                    ]
    assert not undocumented, "\n".join(undocumented)


async def test_a_styled_text_takes_the_new_theme_s_colours_when_the_theme_changes() -> None:
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.screens.problems import ProblemDetail
    from waits import loaded

    broken = Path(__file__).parent / "data" / "ui" / "broken"
    app = SummitApp(broken, watch_interval=None)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        await pilot.press("p")
        await pilot.pause()
        detail = app.screen.query_one(ProblemDetail)

        def severity_colour() -> str:
            text = detail.render()
            span = next(s for s in text.spans if "warning" in text.plain[s.start : s.end])
            return span.style.color.triplet.hex

        colours = {}
        for theme in ("textual-dark", "gruvbox"):
            app.theme = theme
            await pilot.pause()
            colours[theme] = severity_colour()
        assert colours["textual-dark"] != colours["gruvbox"]  # the theme's warning colour
