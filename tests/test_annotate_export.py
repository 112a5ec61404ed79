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
from summit_tui.annotate.model import Annotation, ItemInfo
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
    assert "> — Alice, `/notes/alice.md:10`" in text  # the factory's notes folder is /notes
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
        alphabet=st.sampled_from(list("#>-+*=_~`[]|:<>!&\\ \n\t1.()aZ가")),
        max_size=60,
    )
)
def test_any_comment_keeps_the_export_structure(comment: str) -> None:
    lines = block(comment)
    tokens = MarkdownIt("commonmark").parse("\n".join(lines))
    kinds = {t.type for t in tokens}
    assert kinds <= {"paragraph_open", "paragraph_close", "inline"}
    assert not [c for t in tokens for c in t.children or () if c.type == "image"]


def test_quote_from_a_note_cannot_break_the_blockquote(tmp_path: Path) -> None:
    c = corpus(alice="## Talk\n\n# heading in a note\n\n<div>html</div>\n\n- list item")
    with AnnotationStore.open(tmp_path) as store:
        for quote in ("# heading in a note", "<div>html</div>", "- list item"):
            store.add("d1-keynote", "x", target=find_quote(alice_entry(c), quote))
        text = export_markdown(c, select(store.annotations(), store.marks(), c), exported_at=WHEN)
    structure = _structure(text)
    assert structure["blockquote_open"] == 3
    assert structure["html_block"] == 0 and structure["bullet_list_open"] == 0
    # Quotes read as they were shown in the app: no Markdown markers.
    assert "heading in a note" in _text(text) and "# heading" not in _text(text)
    assert "<div>html</div>" in _text(text)


def test_orphans_and_unknown_items_have_their_own_sections(tmp_path: Path) -> None:
    c = corpus()
    with AnnotationStore.open(tmp_path) as store:
        lost = store.add(
            "d1-keynote", "lost one", target=find_quote(alice_entry(c), "Closing remarks")
        )
        store.set_anchor(lost.id, lost.target, orphaned=True)
        store.add(
            "removed-item",
            "about a talk no longer in the program",
            item=ItemInfo("A talk that was dropped", ("Zed Speaker",)),
        )
        text = export_markdown(c, select(store.annotations(), store.marks(), c), exported_at=WHEN)
    unknown = "## Annotations whose item is no longer in the notes"
    assert "## Orphaned annotations" in text and unknown in text
    assert "Items not in the program" not in text  # never filed away silently
    orphan_section = text[text.index("## Orphaned annotations") :]
    assert "> Closing remarks" in orphan_section and "lost one" in orphan_section
    assert "Agents at scale" not in text[: text.index(unknown)]
    gone = text[text.index(unknown) : text.index("## Orphaned annotations")]
    assert "### A talk that was dropped — Zed Speaker" in gone
    assert "was `removed-item`" in gone and "about a talk no longer" in gone


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


# -- issue 15: conflicts, nesting, images, quotes as shown, passages in no item ---------------


def _backup(tmp_path: Path, annotations: list[Annotation]) -> Path:
    path = tmp_path / "backup.json"
    data = export_data(select(annotations, {}, None, include_deleted=True), exported_at=WHEN)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_same_time_different_text_on_import_is_a_conflict_and_both_are_kept(
    tmp_path: Path,
) -> None:
    with AnnotationStore.open(tmp_path / "data") as store:
        mine = store.add("d1-keynote", "what I wrote here", tags=["mine"])
        theirs = mine.with_changes(comment="what I wrote on the laptop", tags=("laptop",))
        backup = _backup(tmp_path, [theirs])
        result = import_file(store, backup)
        assert (result.added, result.updated, result.conflicts) == (0, 0, 1)
        assert "1 conflict" in str(result)
        kept = store.annotations()
        assert len(kept) == 2
        assert store.get(mine.id) == mine  # what was here is untouched
        (copy,) = [a for a in kept if a.id != mine.id]
        assert copy.conflict_of == mine.id
        assert copy.comment == "what I wrote on the laptop" and copy.tags == ("laptop",)
        again = import_file(store, backup)  # importing the same file again adds nothing
        assert (again.added, again.conflicts, again.unchanged) == (0, 0, 1)
        assert len(store.annotations()) == 2
        same = import_file(store, _backup(tmp_path, [mine]))  # identical: not a conflict
        assert (same.conflicts, same.unchanged) == (0, 1)
        c = corpus()
        text = export_markdown(c, select(store.annotations(), store.marks(), c), exported_at=WHEN)
    assert "what I wrote here" in text and "what I wrote on the laptop" in text
    assert text.count("edited at the same time") == 1 and f"`{mine.id}`" in text


def test_a_conflict_copy_travels_in_the_json_export(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path / "a") as store:
        mine = store.add("d1-keynote", "here")
        import_file(store, _backup(tmp_path, [mine.with_changes(comment="there")]))
        data = export_store_data(store)
    copies = [a for a in data["annotations"] if a.get("conflict_of")]
    assert [a["conflict_of"] for a in copies] == [mine.id]
    parsed = parse_export(data, "x")[0]
    assert [a.conflict_of for a in parsed if a.id != mine.id] == [mine.id]


@pytest.mark.parametrize("depth", [5_000, 200_000])
def test_deeply_nested_import_json_is_a_clear_error(tmp_path: Path, depth: int) -> None:
    path = tmp_path / "deep.json"
    path.write_text(
        '{"format": "summit-tui-annotations", "version": 1, "annotations": '
        + "[" * depth
        + "]" * depth
        + "}"
    )
    with AnnotationStore.open(tmp_path / "data") as store:
        with pytest.raises(ImportFormatError, match="nested too deeply") as caught:
            import_file(store, path)
        assert str(path) in str(caught.value)
        assert store.annotations() == []


IMAGES = [
    "![x](http://tracker.example/pixel.png)",
    "see ![chart](https://example.com/a.png 'title') here",
    "[![badge](http://example.com/b.svg)](http://example.com)",
    "![ref image][r]\n\n[r]: http://example.com/r.png",
    "<img src=http://example.com/i.png>",
    "text!![x](http://example.com/y.png)",
]


def _images(markdown: str) -> list[str]:
    found = []
    for token in MarkdownIt("commonmark").parse(markdown):
        found += [c.attrs.get("src", "") for c in token.children or () if c.type == "image"]
    return found


@pytest.mark.parametrize("comment", IMAGES)
def test_images_in_comments_are_exported_as_links_never_as_images(
    tmp_path: Path, comment: str
) -> None:
    assert _images(comment) or "<img" in comment  # each is an image as written
    text = _export_with_comment(tmp_path, comment)
    assert _images(text) == []
    assert "<img" not in MarkdownIt("commonmark").render(text)
    if comment == IMAGES[0]:  # the address is still there to follow by hand
        assert "http://tracker.example/pixel.png" in MarkdownIt("commonmark").render(text)


def test_a_quote_is_exported_as_the_text_the_user_saw(tmp_path: Path) -> None:
    talk = "## Talk\n\n> * **내용:** Perplexity의 AI 검색 [기술](http://x)로 높이는 방안.\n"
    c = corpus(alice=talk)
    entry = alice_entry(c)
    target = find_quote(entry, "내용: Perplexity의 AI 검색 기술로 높이는 방안.")
    assert target is not None
    assert target.exact.startswith("> * **내용:**")  # anchored by its source
    assert target.quote == "내용: Perplexity의 AI 검색 기술로 높이는 방안."  # shown as read
    with AnnotationStore.open(tmp_path) as store:
        store.add("d1-keynote", "x", target=target)
        text = export_markdown(c, select(store.annotations(), store.marks(), c), exported_at=WHEN)
        data = export_store_data(store)
    assert "> 내용: Perplexity의 AI 검색 기술로 높이는 방안." in _text(text) or (
        "내용: Perplexity의 AI 검색 기술로 높이는 방안." in _text(text)
    )
    assert "**" not in text and "](http://x)" not in text
    assert data["annotations"][0]["target"]["quote"] == target.quote
    assert data["annotations"][0]["target"]["exact"] == target.exact


def test_passages_in_no_item_have_their_own_section(tmp_path: Path) -> None:
    c = corpus()
    entry = alice_entry(c)
    target = find_quote(entry, "Closing remarks were about hiring")
    with AnnotationStore.open(tmp_path) as store:
        store.add("", "on the essay", target=target)
        text = export_markdown(c, select(store.annotations(), store.marks(), c), exported_at=WHEN)
    section = text[text.index("## Passages in no item") :]
    assert "### `/notes/alice.md`" in section
    assert "Closing remarks were about hiring" in section and "on the essay" in section
    assert "1 annotation on 0 items" in text


SCRIPT_LINKS = [
    "see [x](javascript:alert(1)) here",
    "see [x]( JavaScript:alert(1) 'title') here",
    "see [x](<javascript:alert(1)>) here",
    "see [x](jav&#x61;script:alert(1)) here",
    "see [x](javascript\\:alert(1)) here",
    "see [x](data:text/html,<b>hi</b>) here",
    "see ![x](vbscript:msgbox) here",
]


def _hrefs(markdown: str) -> list[str]:
    """Every link's address as a permissive CommonMark renderer would make it (markdown-it
    itself drops javascript: links; other viewers do not)."""
    md = MarkdownIt("commonmark")
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    found: list[str] = []
    for token in md.parse(markdown):
        for child in token.children or ():
            if child.type in ("link_open", "image"):
                found.append(str(child.attrs.get("href") or child.attrs.get("src") or ""))
    return found


@pytest.mark.parametrize("comment", SCRIPT_LINKS)
def test_a_link_to_a_script_in_a_comment_is_exported_as_the_text_typed(
    tmp_path: Path, comment: str
) -> None:
    assert any(not h.startswith("http") for h in _hrefs(comment))  # a script link as written
    text = _export_with_comment(tmp_path, comment)
    assert _hrefs(text) == []
    assert "alert(1)" in _text(text) or "msgbox" in _text(text) or "hi" in _text(text)


def test_web_and_mail_links_in_a_comment_stay_links(tmp_path: Path) -> None:
    text = _export_with_comment(tmp_path, "see [site](https://example.com), [me](mailto:a@b.c)")
    assert _hrefs(text).count("https://example.com") == 2  # the item's note and the highlight
    assert "mailto:a@b.c" in _hrefs(text)


STAMP_PARTS = st.tuples(
    st.sampled_from(["2024", "0999", "1999", "9999", "0000", "2０24"]),
    st.sampled_from(["01", "02", "12", "13", "00"]),
    st.sampled_from(["01", "28", "29", "30", "31", "32"]),
    st.sampled_from(["00", "09", "23", "24"]),
    st.sampled_from(["00", "59", "60"]),
    st.sampled_from(["00", "59", "60", "61"]),
    st.sampled_from(["", ".1", ".123456", ".1234567"]),
    st.sampled_from(["Z", "z", "+00:00", "+09:00", "", " "]),
    st.sampled_from(["T", " ", "t"]),
)


@settings(max_examples=500, deadline=None)
@given(STAMP_PARTS)
def test_export_times_read_as_a_parse_of_the_stamp_would(parts: tuple[str, ...]) -> None:
    """The export reads the store's own stamps (2024-11-04T10:22:33.123456Z) by their
    places; every stamp gets what parsing it gives, and one that is no time is shown as
    it is."""
    from summit_tui.annotate.export import _when
    from summit_tui.annotate.model import parse_time

    year, month, day, hour, minute, second, fraction, zone, sep = parts
    stamp = f"{year}-{month}-{day}{sep}{hour}:{minute}:{second}{fraction}{zone}"
    try:
        expected = parse_time(stamp).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        expected = stamp
    assert _when(stamp) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab #>-*`[]()!<:|\\1.\t\u3000\x1b한")), max_size=20))
def test_a_one_line_comment_or_quote_is_escaped_as_any_other(text: str) -> None:
    """One line takes a shorter way; it must give what the general way gives (which a
    line break after it takes)."""
    from summit_tui.annotate.export import plain_block

    text = text.replace("\n", "")
    assert block(text) == block(text + "\n")
    assert plain_block(text) == plain_block(text + "\n")
