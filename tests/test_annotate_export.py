"""Markdown and JSON export, and import back: user text never breaks the structure."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from summit_tui.annotate.anchor import find_quote
from summit_tui.annotate.export import (
    block,
    export_data,
    export_markdown,
    export_store_data,
    select,
)
from summit_tui.annotate.importer import ImportFormatError, import_file, parse_export
from summit_tui.annotate.store import AnnotationStore
from test_annotate_support import alice_entry, corpus

WHEN = "2024-11-06T12:00:00Z"

TRICKY = [
    "# not a heading",
    "## also not\nsecond line",
    "> not a quote",
    "a > b and c < d",
    "```\nnot a fence\n```",
    "use `x < y` and ``a ` b``",
    "<script>alert('x')</script>",
    "<!-- a comment -->",
    "text\n---\nmore",
    "title\n===",
    "---",
    "* not a list\n+ nor this\n- nor this",
    "1. not ordered\n2) either",
    "    four spaces are not code",
    "[ref]: https://example.com",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "ends with a backslash \\",
    "&lt;entity&gt; and &#35; hash",
    "",
]


def _structure(markdown: str) -> Counter[str]:
    tokens = MarkdownIt("commonmark").parse(markdown)
    kinds = Counter(t.type for t in tokens if t.nesting >= 0 and t.type != "inline")
    kinds.update(f"{t.tag}" for t in tokens if t.type == "heading_open")
    return kinds


def _text(markdown: str) -> str:
    """All the text a reader sees, line breaks as newlines."""
    parts: list[str] = []
    for token in MarkdownIt("commonmark").parse(markdown):
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append("\n")
        if token.type == "paragraph_close":
            parts.append("\n")
    return "".join(parts)


def _export_with_comment(tmp_path: Path, comment: str, quote_comment: str = "") -> str:
    c = corpus()
    with AnnotationStore.open(tmp_path) as store:
        store.add("d1-keynote", comment, tags=["ai"])
        store.add(
            "d1-keynote",
            quote_comment or comment,
            target=find_quote(alice_entry(c), "Agents need memory that survives restarts."),
        )
        selection = select(store.annotations(), store.marks(), c)
    return export_markdown(c, selection, exported_at=WHEN)


def test_a_day_labelled_without_its_date_gets_the_date_in_the_export(tmp_path: Path) -> None:
    from summit_tui.corpus.build import build_corpus

    shipped = build_corpus(Path(__file__).resolve().parents[1] / "notes")
    with AnnotationStore.open(tmp_path) as store:
        store.add("skai2024-k14", "Sources matter.")
        text = export_markdown(
            shipped, select(store.annotations(), store.marks(), shipped), exported_at=WHEN
        )
    assert "### Day 1 · 2024-11-04" in text.splitlines()


def test_export_is_grouped_event_day_track_item_with_quotes(tmp_path: Path) -> None:
    c = corpus()
    with AnnotationStore.open(tmp_path) as store:
        store.add("d1-keynote", "Worth rewatching.", tags=["ai", "agents"])
        store.add(
            "d1-keynote",
            "The crux.",
            target=find_quote(alice_entry(c), "evaluation, not model size"),
        )
        store.toggle_star("d1-keynote")
        store.toggle_reviewed("d1-lambda")
        text = export_markdown(c, select(store.annotations(), store.marks(), c), exported_at=WHEN)
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "# Annotations",
        "## Demo Con 2024",
        "### Day 1 · 2024-11-04",
        "#### Main hall",
        "##### ★ Agents at scale — Ada Example, Grace Sample",
        "#### Exhibition",
        "##### ✓ Lambda",
    ]
    assert "> evaluation, not model size" in text
    assert "> — Alice, `notes/alice.md:10`" in text
    assert "#ai #agents" in text
    assert "2024-11-06 12:00 UTC" in text
    assert "Worth rewatching." in text and "The crux." in text
    assert "starred" in text and "reviewed" in text
    assert _structure(text)["blockquote_open"] == 1


@pytest.mark.parametrize("comment", TRICKY)
def test_user_text_never_changes_the_structure(tmp_path: Path, comment: str) -> None:
    baseline = _structure(_export_with_comment(tmp_path / "plain", "plain words"))
    tricky = _export_with_comment(tmp_path / "tricky", comment)
    assert _structure(tricky) == _structure_with_paragraphs(baseline, tricky)


def _structure_with_paragraphs(baseline: Counter[str], text: str) -> Counter[str]:
    """The baseline, with the tricky export's paragraph count (comments may be several)."""
    expected = Counter(baseline)
    actual = _structure(text)
    expected["paragraph_open"] = actual["paragraph_open"]
    return expected


@pytest.mark.parametrize(
    "comment",
    [
        "# not a heading",
        "> not a quote",
        "<script>alert('x')</script>",
        "text\n---\nmore",
        "1. not ordered",
        "- not a list",
        "```\nnot a fence\n```",
    ],
)
def test_user_text_reads_as_typed(comment: str) -> None:
    assert _text("\n".join(block(comment))).strip() == comment


def test_code_spans_keep_their_content(tmp_path: Path) -> None:
    text = _export_with_comment(tmp_path, "compare `a<b` here")
    assert "a<b" in _text(text)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(
        alphabet=st.sampled_from(list("#>-+*=_~`[]|:<>!&\\ \n\t1.)aZ가")),
        max_size=60,
    )
)
def test_any_comment_keeps_the_export_structure(comment: str) -> None:
    lines = block(comment)
    tokens = MarkdownIt("commonmark").parse("\n".join(lines))
    kinds = {t.type for t in tokens}
    assert kinds <= {"paragraph_open", "paragraph_close", "inline"}


def test_quote_from_a_note_cannot_break_the_blockquote(tmp_path: Path) -> None:
    c = corpus(alice="## Talk\n\n# heading in a note\n\n<div>html</div>\n\n- list item")
    with AnnotationStore.open(tmp_path) as store:
        for quote in ("# heading in a note", "<div>html</div>", "- list item"):
            store.add("d1-keynote", "x", target=find_quote(alice_entry(c), quote))
        text = export_markdown(c, select(store.annotations(), store.marks(), c), exported_at=WHEN)
    structure = _structure(text)
    assert structure["blockquote_open"] == 3
    assert structure["html_block"] == 0 and structure["bullet_list_open"] == 0
    assert "# heading in a note" in _text(text)


def test_orphans_and_unknown_items_have_their_own_sections(tmp_path: Path) -> None:
    c = corpus()
    with AnnotationStore.open(tmp_path) as store:
        lost = store.add(
            "d1-keynote", "lost one", target=find_quote(alice_entry(c), "Closing remarks")
        )
        store.set_anchor(lost.id, lost.target, orphaned=True)
        store.add("removed-item", "about a talk no longer in the program")
        text = export_markdown(c, select(store.annotations(), store.marks(), c), exported_at=WHEN)
    assert "## Orphaned annotations" in text
    assert "## Items not in the program" in text
    orphan_section = text[text.index("## Orphaned annotations") :]
    assert "> Closing remarks" in orphan_section and "lost one" in orphan_section
    assert "Agents at scale" not in text[: text.index("## Items not in the program")]


def test_filters_by_event_day_and_tag(tmp_path: Path) -> None:
    c = corpus()
    with AnnotationStore.open(tmp_path) as store:
        day1 = store.add("d1-keynote", "day one", tags=["keep"])
        day2 = store.add("d2-panel", "day two", tags=["other"])
        all_ = store.annotations()
        marks = store.marks()
    assert [a.id for a in select(all_, marks, c, day="2024-11-04").annotations] == [day1.id]
    assert [a.id for a in select(all_, marks, c, day="Day 2").annotations] == [day2.id]
    assert [a.id for a in select(all_, marks, c, tag="#keep").annotations] == [day1.id]
    assert len(select(all_, marks, c, event="Demo Con 2024").annotations) == 2
    assert len(select(all_, marks, c, event="democon").annotations) == 2
    assert select(all_, marks, c, event="other-con").annotations == ()


def test_json_round_trip_into_an_empty_store_gives_the_same_export(tmp_path: Path) -> None:
    c = corpus()
    with AnnotationStore.open(tmp_path / "a") as store:
        store.add("d1-keynote", "# tricky\n> comment", tags=["ai"], label="yellow")
        passage = store.add(
            "d1-keynote", "quoted", target=find_quote(alice_entry(c), "evaluation, not model size")
        )
        store.update(passage.id, comment="quoted, edited")
        removed = store.add("d2-panel", "deleted later")
        store.delete(removed.id)
        store.toggle_star("d1-keynote")
        store.set_mark("d2-panel", reviewed=True)
        before = export_markdown(c, select(store.annotations(), store.marks(), c), exported_at=WHEN)
        data = export_store_data(store)
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with AnnotationStore.open(tmp_path / "b") as empty:
        first = import_file(empty, backup)
        second = import_file(empty, backup)
        after = export_markdown(c, select(empty.annotations(), empty.marks(), c), exported_at=WHEN)
        assert empty.get(removed.id).deleted is not None
        assert export_store_data(empty)["annotations"] == data["annotations"]
    assert (first.added, second.added, second.updated) == (3, 0, 0)
    assert after == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json at all", "not valid JSON"),
        ('{"annotations": []}', "not a summit-tui annotations export"),
        (
            '{"format": "summit-tui-annotations", "version": 1, "annotations": ['
            '{"id": "ok", "item_id": "d1-keynote", "created": "2024-01-01T00:00:00Z",'
            ' "updated": "2024-01-01T00:00:00Z"}, {"id": "x"}]}',
            "annotations[1]: item_id",
        ),
    ],
)
def test_bad_import_files_are_refused_whole(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "in.json"
    path.write_text(content)
    with AnnotationStore.open(tmp_path / "data") as store:
        store.add("d1-keynote", "mine")
        with pytest.raises(ImportFormatError, match=re.escape(message)) as caught:
            import_file(store, path)
        assert str(path) in str(caught.value)
        assert len(store.annotations()) == 1


def test_export_data_lists_the_selection() -> None:
    data = export_data(select([], {}, None), exported_at=WHEN)
    assert parse_export(data, "x") == ([], [])


def test_titles_and_names_from_the_program_stay_literal(tmp_path: Path) -> None:
    from dataclasses import replace

    from summit_tui.corpus.model import Corpus, Person

    base = corpus()
    events = []
    for event in base.program.events:
        days = []
        for day in event.days:
            tracks = []
            for track in day.tracks:
                items = tuple(
                    replace(
                        item,
                        title="C# <b>bold</b> *not emphasis* ##",
                        speakers=(Person("[link](http://x)"),),
                    )
                    if item.id == "d1-keynote"
                    else item
                    for item in track.items
                )
                tracks.append(replace(track, name="> track", items=items))
            days.append(replace(day, tracks=tuple(tracks)))
        events.append(replace(event, title="# event", days=tuple(days)))
    tricky = Corpus(
        base.root,
        base.notes,
        base.entries,
        replace(base.program, events=tuple(events)),
        base.links,
    )
    with AnnotationStore.open(tmp_path) as store:
        store.add("d1-keynote", "note")
        text = export_markdown(
            tricky, select(store.annotations(), store.marks(), tricky), exported_at=WHEN
        )
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag != "h1"
    ]
    assert len(headings) == 4
    rendered = _text(text)
    assert "# event" in rendered and "> track" in rendered
    assert "C# <b>bold</b> *not emphasis* ## — [link](http://x)" in rendered
    assert _structure(text)["blockquote_open"] == 0
