"""The Markdown export of a fixed set of annotations is byte for byte the one recorded in
tests/data/export/fixed-set.md (made before the export was streamed and sped up), so a
faster export never changes what people get."""

from __future__ import annotations

import io
from pathlib import Path

from summit_tui.annotate.anchor import find_quote
from summit_tui.annotate.export import export_markdown, select, write_markdown
from summit_tui.annotate.model import Annotation, ItemInfo, ItemMark
from summit_tui.commands._common import write_output_with
from summit_tui.places import seen_from
from test_annotate_support import alice_entry, corpus, essay_entry

EXPECTED = Path(__file__).parent / "data" / "export" / "fixed-set.md"
WHEN = "2024-11-06T12:00:00Z"
COMMENTS = [
    "plain words",
    "# not a heading\n> not a quote\n- not a list",
    "use `x < y` and ``a ` b`` and <b>html</b> and ![img](http://x/y.png)",
    "1. not ordered\n\n\nsecond paragraph ends with a backslash \\",
    "\x1b[31mred\x1b[0m and a tab\there",
    "",
]


def _fixed_set() -> tuple[list[Annotation], dict[str, ItemMark]]:
    c = corpus(essay=ESSAY)
    alice, essay = alice_entry(c), essay_entry(c)
    quotes = [
        find_quote(alice, "evaluation, not model size"),
        find_quote(alice, "Tool use is the hard part"),
        find_quote(alice, "Closing remarks"),
    ]
    made: list[Annotation] = []
    for n in range(24):
        stamp = f"2024-11-0{4 + n % 3}T{10 + n % 9:02d}:{n:02d}:00Z"
        item_id = ("d1-keynote", "d1-lambda", "d2-panel", "removed-item")[n % 4]
        target = quotes[n % 3] if n % 2 else None
        made.append(
            Annotation(
                id=f"a{n:03d}",
                item_id=item_id,
                comment=COMMENTS[n % len(COMMENTS)] + f" #{n}",
                tags=(("ai", "follow-up"), (), ("a|b",))[n % 3],
                label=("yellow", None, "question [x]")[n % 3],
                created=stamp,
                updated=stamp if n % 5 else f"2024-11-07T09:{n:02d}:00Z",
                target=target,
                orphaned=bool(target) and n % 7 == 1,
                item=ItemInfo("A talk that was dropped", ("Zed *Speaker*",))
                if item_id == "removed-item"
                else ItemInfo(),
                conflict_of="a000" if n == 9 else None,
            )
        )
    made.append(
        Annotation(
            id="u001",
            item_id="",
            comment="on the essay <i>",
            created="2024-11-05T08:00:00Z",
            updated="2024-11-05T08:00:00Z",
            target=find_quote(essay, "fewer talks and more booths"),
        )
    )
    marks = {
        "d1-keynote": ItemMark("d1-keynote", starred=True, reviewed=True, updated=WHEN),
        "d2-panel": ItemMark("d2-panel", reviewed=True, updated=WHEN),
        "gone-mark": ItemMark(
            "gone-mark", starred=True, updated=WHEN, item=ItemInfo("Gone `talk`", ("Bo",))
        ),
    }
    return made, marks


ESSAY = """# What I took home

Evaluation, not model size, decides who ships agents first: I heard it all week.

Next year I will go to fewer talks and more booths."""


# The fixed set's notes folder is /notes: read from /, its places are notes/PATH:LINE.
FROM_ROOT = seen_from("/notes", "/")


def _export(**filters: str) -> str:
    annotations, marks = _fixed_set()
    c = corpus(essay=ESSAY)
    return export_markdown(
        c, select(annotations, marks, c, **filters), exported_at=WHEN, places=FROM_ROOT
    )


def test_the_export_of_a_fixed_set_is_unchanged() -> None:
    assert _export() == EXPECTED.read_text(encoding="utf-8")


class _Chunks(io.StringIO):
    """A file that counts the writes it gets."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, text: str) -> int:
        self.writes += 1
        return super().write(text)


def test_the_export_is_written_as_it_is_made_and_is_the_same() -> None:
    annotations, marks = _fixed_set()
    c = corpus(essay=ESSAY)
    out = _Chunks()
    write_markdown(out, c, select(annotations, marks, c), exported_at=WHEN, places=FROM_ROOT)
    assert out.getvalue() == EXPECTED.read_text(encoding="utf-8")
    assert out.writes > 10  # item by item, not one string built whole


def test_a_file_export_holds_the_same_bytes(tmp_path: Path) -> None:
    annotations, marks = _fixed_set()
    c = corpus(essay=ESSAY)
    path = tmp_path / "export.md"
    write_output_with(
        path,
        lambda out: write_markdown(
            out, c, select(annotations, marks, c), exported_at=WHEN, places=FROM_ROOT
        ),
    )
    assert path.read_bytes() == EXPECTED.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["export.md"]  # no temp file left
