"""What an outliner (Logseq, Roam Research, Obsidian) writes into a block that it shows as
something else: a page link ``[[Ana Lima]]`` shows as its name (``[[Page|shown]]`` as what it
shows), a block reference ``((672e1f40-…))`` and a macro ``{{embed ((…))}}`` / ``{{query …}}``
as the block or result they stand for, and its own block properties (``id:: 672e1f40-…``,
``collapsed:: true``) not at all. Read as text, those marks would be searched, compared and
shown as if the writer had typed them: ``readable`` gives a block's text as a reader sees the
writer's own words (a reference's target is another block, often on another page: its words
are not repeated here).
"""

from __future__ import annotations

from summit_tui.lazy_re import lazy

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_HIDDEN = lazy(
    r"\{\{[ \t]*(?:embed|query|renderer|video|tweet|youtube|namespace)\b[^{}\n]{0,500}\}\}"
    rf"|\(\({_UUID}\)\)"
    rf"|(?<![\w-])(?:id::[ \t]*{_UUID}|collapsed::[ \t]*(?:true|false))(?![\w-])"
)
# "[[Page]]", "#[[Page]]", "[[Page|shown]]": what the outliner shows of the link
_PAGE = lazy(r"#?\[\[([^\[\]|\n]{1,150}?)(?:\|([^\[\]\n]{1,150}))?\]\]")


def _shown(match: object) -> str:
    page, shown = match.group(1), match.group(2)  # type: ignore[attr-defined]
    return shown or page


def readable(text: str) -> str:
    """``text`` as the outliner shows it, spaces collapsed; any other text unchanged."""
    if "[[" not in text and "((" not in text and "{{" not in text and "::" not in text:
        return text
    cleaned = _PAGE.sub(_shown, _HIDDEN.sub(" ", text)) if "[[" in text else _HIDDEN.sub(" ", text)
    return " ".join(cleaned.split()) if cleaned != text else text
