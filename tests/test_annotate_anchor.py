"""Quote selectors and re-anchoring after a note changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summit_tui.annotate.anchor import (
    find_quote,
    locate,
    overlaps,
    reanchor,
    reanchor_store,
    target_for_passage,
    target_for_range,
)
from summit_tui.annotate.model import Target
from summit_tui.annotate.store import AnnotationStore
from summit_tui.corpus.passages import split_passages
from test_annotate_support import ALICE_TALK, alice_entry, corpus

CLAIM = "Her main claim was that evaluation, not model size, decides who ships agents first."


def claim_target() -> Target:
    entry = alice_entry(corpus())
    passage = next(p for p in split_passages(entry) if p.text == CLAIM)
    return target_for_passage(entry, passage)


def test_passage_selector_quotes_the_passage_with_context_and_line() -> None:
    target = claim_target()
    entry = alice_entry(corpus())
    assert target.exact == CLAIM
    assert entry.text[target.start : target.end] == CLAIM
    assert target.prefix.endswith("not reasoning.\n\n")
    assert target.suffix.startswith("\n\nClosing remarks")
    assert target.line == entry.start_line + ALICE_TALK.split("\n").index(CLAIM)
    assert (target.note, target.author) == ("alice.md", "Alice")


def test_unchanged_note_reanchors_in_place() -> None:
    result = reanchor(claim_target(), corpus())
    assert not result.orphaned
    assert result.target == claim_target()


def test_text_inserted_above_moves_the_anchor() -> None:
    edited = "A new first paragraph.\n\nAnd a second one.\n\n" + ALICE_TALK
    result = reanchor(claim_target(), corpus(edited))
    entry = alice_entry(corpus(edited))
    assert not result.orphaned
    assert result.target.exact == CLAIM
    assert entry.text[result.target.start : result.target.end] == CLAIM
    assert result.target.line == claim_target().line + 4


def _anchored_text(result, c) -> str:
    entry = c.entry(result.target.entry_id)
    return entry.text[result.target.start : result.target.end]


def test_a_word_changed_inside_the_quote_lands_on_the_changed_passage() -> None:
    changed = CLAIM.replace("model size", "parameter count")
    edited = corpus("Inserted above.\n\n" + ALICE_TALK.replace(CLAIM, changed))
    result = reanchor(claim_target(), edited, "d1-keynote")
    assert not result.orphaned
    assert _anchored_text(result, edited) == changed
    assert result.target.line == claim_target().line + 2
    # The quote stays as the user annotated it, so it is found as it was if it comes back.
    assert result.target.exact == CLAIM and result.target.quote == CLAIM
    restored = reanchor(result.target, corpus(), "d1-keynote")
    assert restored.target == claim_target()


def test_a_word_changed_at_the_start_of_the_quote_keeps_the_whole_passage() -> None:
    changed = CLAIM.replace("Her main", "Her central")
    edited = corpus(ALICE_TALK.replace(CLAIM, changed))
    result = reanchor(claim_target(), edited, "d1-keynote")
    assert _anchored_text(result, edited) == changed


def test_deleted_passage_becomes_an_orphan_and_keeps_its_quote() -> None:
    edited = ALICE_TALK.replace(CLAIM + "\n\n", "")
    result = reanchor(claim_target(), corpus(edited))
    assert result.orphaned
    assert result.target == claim_target()


def test_renamed_heading_falls_back_to_the_same_item() -> None:
    renamed = corpus(alice_id="alice.md#agents-renamed")
    result = reanchor(claim_target(), renamed, "d1-keynote")
    assert not result.orphaned
    assert result.target.entry_id == "alice.md#agents-renamed"
    assert result.target.exact == CLAIM


def test_repeated_text_is_told_apart_by_prefix_and_suffix() -> None:
    text = "Alpha.\n\nSame words here.\n\nBeta.\n\nSame words here.\n\nGamma."
    second = text.rindex("Same words here.")
    target = Target(
        entry_id="n.md#x",
        note="n.md",
        exact="Same words here.",
        prefix="Beta.\n\n",
        suffix="\n\nGamma.",
        start=0,  # a stale hint pointing at the first copy
        end=16,
    )
    match = locate(text, target)
    assert match is not None and match.exact and match.start == second


def test_korean_quote_with_a_changed_word_reanchors() -> None:
    quote = (
        "온프레미스 서버에 AWS 하드웨어 서버를 추가해 "
        "온프레미스-클라우드를 낮은 latency로 연결하는 서비스"
    )
    before = f"## 부스\n\n첫 문단입니다.\n\n{quote}\n\n마지막 문단."
    after = before.replace("낮은 latency로", "매우 낮은 지연으로").replace(
        "첫 문단", "새 문단\n\n첫 문단"
    )
    original = corpus(before)
    entry = alice_entry(original)
    start = entry.text.index(quote)
    target = target_for_range(entry, start, start + len(quote))
    edited = corpus(after)
    result = reanchor(target, edited, "d1-keynote")
    assert not result.orphaned
    now = _anchored_text(result, edited)
    assert "매우 낮은 지연으로" in now
    assert now.startswith("온프레미스 서버에")
    assert now.endswith("연결하는 서비스")


def test_find_quote_accepts_the_text_as_read_not_as_written() -> None:
    entry = alice_entry(corpus())
    exact = find_quote(entry, "evaluation, not model size")
    assert exact is not None and exact.exact == "evaluation, not model size"
    spaced = find_quote(entry, "EVALUATION,   not model\nsize")
    assert spaced is not None and spaced.exact == "evaluation, not model size"
    assert find_quote(entry, "a sentence nobody wrote anywhere in these notes") is None


def test_overlap_marks_the_annotated_passage_only() -> None:
    entry = alice_entry(corpus())
    target = claim_target()
    hit = [p.text for p in split_passages(entry) if overlaps(target, entry, p)]
    assert hit == [CLAIM]


def test_reanchor_store_saves_moves_and_orphans_without_dropping(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path) as store:
        moved = store.add("d1-keynote", "claim", target=claim_target())
        item_note = store.add("d1-keynote", "on the whole talk")
        edited = "Inserted.\n\n" + ALICE_TALK
        report = reanchor_store(store, corpus(edited))
        assert (report.checked, report.moved, report.orphaned) == (1, 1, 0)
        assert store.get(moved.id).target.line == claim_target().line + 2
        assert store.get(moved.id).updated == moved.updated  # not a user edit

        report = reanchor_store(store, corpus(ALICE_TALK.replace(CLAIM, "")))
        assert report.orphaned == 1
        orphan = store.get(moved.id)
        assert orphan.orphaned and orphan.comment == "claim"
        # what the user wrote is as it was; where the item is was recorded (issue 14)
        assert store.get(item_note.id).with_changes(item=item_note.item) == item_note
        assert store.get(item_note.id).item.places

        report = reanchor_store(store, corpus())
        assert report.recovered == 1
        assert not store.get(moved.id).orphaned
        assert len(store.annotations()) == 2


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab \n", min_size=1, max_size=60),
    span=st.tuples(st.integers(0, 59), st.integers(1, 12)),
    hint_shift=st.integers(-3, 3),
    context=st.integers(0, 8),
    edit=st.sampled_from(["", "a", "b\n"]),
    edit_at=st.integers(0, 60),
)
def test_a_quote_where_it_was_is_found_where_a_search_finds_it(
    text: str,
    span: tuple[int, int],
    hint_shift: int,
    context: int,
    edit: str,
    edit_at: int,
) -> None:
    """The shortcut for a quote still in place with its context (re-anchoring 5,000
    annotations at each export) gives what ranking every occurrence gives, ties and
    repeated words included."""
    from summit_tui.annotate import anchor

    start = min(span[0], len(text) - 1)
    end = min(len(text), start + span[1])
    exact, prefix, suffix = anchor.selector(text, start, end, context)
    target = Target("e", "n.md", exact, prefix, suffix, max(0, start + hint_shift), None)
    now = text[:edit_at] + edit + text[edit_at:]
    found = locate(now, target)
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(anchor, "_in_place", lambda *_: False)
        searched = locate(now, target)
    assert found == searched
