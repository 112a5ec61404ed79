"""An annotated passage's annotations follow its text into whatever item its entry belongs
to now (an unsorted passage sorted into an item, a heading renamed), within the author's own
note only; they never land on another author's like words."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from summit_tui.annotate.anchor import find_quote, reanchor_store
from summit_tui.annotate.items import item_info, plan_refiling
from summit_tui.annotate.model import ItemInfo
from summit_tui.annotate.store import AnnotationStore
from summit_tui.corpus.model import Corpus, Link, LinkReason
from test_annotate_support import ESSAY, alice_entry, corpus, essay_entry

HEARD = "I heard it all week"


def relinked(c: Corpus, entry_id: str, item_id: str | None, **changes: object) -> Corpus:
    """The same notes with one entry (its id or text changed, maybe) in another item."""
    entries, links = [], {}
    for entry in c.entries:
        link = c.links[entry.id]
        if entry.id == entry_id:
            entry = replace(entry, **changes)
            reason = LinkReason.TITLE if item_id else None
            link = Link(entry.id, item_id, 90.0 if item_id else 0.0, reason)
        entries.append(entry)
        links[entry.id] = link
    return Corpus(c.root, c.notes, tuple(entries), c.program, links)


def test_an_unsorted_passage_sorted_into_an_item_takes_its_annotation(tmp_path: Path) -> None:
    before = corpus(essay=ESSAY)
    target = find_quote(essay_entry(before), HEARD)
    with AnnotationStore.open(tmp_path) as store:
        note = store.add("", "so true", target=target)
        # its heading renamed: another entry id, and now linked to the day-2 panel
        renamed = relinked(before, essay_entry(before).id, "d2-panel", id="essay.md#panel-notes")
        report = reanchor_store(store, renamed)
        moved = store.get(note.id)
        assert (moved.item_id, moved.orphaned, report.orphaned) == ("d2-panel", False, 0)
        assert moved.target.entry_id == "essay.md#panel-notes"
        assert moved.item.title == "Panel: what's next"
        # sorted out again: back with the unsorted passages of its note
        reanchor_store(store, before)
        assert (store.get(note.id).item_id, store.get(note.id).orphaned) == ("", False)


def test_a_passage_whose_entry_now_links_elsewhere_goes_with_it(tmp_path: Path) -> None:
    before = corpus()
    alice = alice_entry(before)
    with AnnotationStore.open(tmp_path) as store:
        info = item_info(before.item("d1-keynote"))
        note = store.add("d1-keynote", "x", target=find_quote(alice, "Tool use"), item=info)
        reanchor_store(store, relinked(before, alice.id, "d2-panel"))
        assert store.get(note.id).item_id == "d2-panel"
        assert not store.get(note.id).orphaned


def test_never_onto_another_authors_words(tmp_path: Path) -> None:
    """Alice's sentence gone from her note, the same words in Bob's booth: an orphan."""
    before = corpus()
    alice = alice_entry(before)
    claim = "Tool use is the hard part, not reasoning."
    with AnnotationStore.open(tmp_path) as store:
        info = item_info(before.item("d1-keynote"))
        note = store.add("d1-keynote", "x", target=find_quote(alice, claim), item=info)
        booth = next(e for e in before.entries if e.id.endswith("#lambda"))
        after = relinked(before, alice.id, "d1-keynote", text=alice.text.replace(claim, ""))
        after = relinked(after, booth.id, "d1-lambda", text=booth.text + "\n\n" + claim)
        report = reanchor_store(store, after)
        assert store.get(note.id).orphaned and store.get(note.id).item_id == "d1-keynote"
        assert report.orphaned == 1


def test_a_quote_left_on_a_gone_item_follows_its_text_and_is_not_reported(tmp_path: Path) -> None:
    """Filed under an id the notes no longer have, with nothing that finds the item again:
    its quoted passage is still in an item, so it goes there; only the rest is 'gone'."""
    before = corpus()
    alice = alice_entry(before)
    with AnnotationStore.open(tmp_path) as store:
        gone = ItemInfo(title="Something long gone")
        note = store.add("old-id", "x", target=find_quote(alice, "Tool use"), item=gone)
        whole = store.add("old-id", "about the whole talk", item=gone)
        (left,) = plan_refiling(store.annotations(), store.marks(), before).gone
        assert [a.id for a in left.annotations] == [whole.id]
        report = reanchor_store(store, before)
        assert store.get(note.id).item_id == "d1-keynote" and report.stranded == 1
