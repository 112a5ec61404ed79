"""When an item's id changes, what was filed under it follows by the title and speakers it
recorded; what cannot follow is kept, listed by `check`, the app and the export."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from summit_tui.annotate.anchor import find_quote, reanchor_store
from summit_tui.annotate.export import export_markdown, select
from summit_tui.annotate.items import item_info, plan_refiling
from summit_tui.annotate.store import AnnotationStore
from summit_tui.commands import check_cmd, list_cmd  # noqa: F401 - see below
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.link import find_item
from summit_tui.corpus.model import Corpus, Link
from test_annotate_support import alice_entry, corpus, run_command

NEW_ID = "democon-2024-keynote"


def renamed(
    c: Corpus, old: str = "d1-keynote", new: str = NEW_ID, *, linked: bool = True, **changes
) -> Corpus:
    """The same notes, with one item under a new id (e.g. a program now lists it);
    ``linked=False``: no entry is in it any more (its entries are elsewhere, or gone)."""
    events = []
    for event in c.program.events:
        days = []
        for day in event.days:
            tracks = []
            for track in day.tracks:
                items = tuple(
                    replace(i, id=new, **changes) if i.id == old else i for i in track.items
                )
                tracks.append(replace(track, items=items))
            days.append(replace(day, tracks=tuple(tracks)))
        events.append(replace(event, days=tuple(days)))
    now = new if linked else None
    links = {
        key: Link(link.entry_id, now if link.item_id == old else link.item_id, 90.0, link.reason)
        for key, link in c.links.items()
    }
    return Corpus(c.root, c.notes, c.entries, replace(c.program, events=tuple(events)), links)


def _keynote(c: Corpus):
    return c.item("d1-keynote")


def test_annotations_and_marks_follow_an_item_whose_id_changed(tmp_path: Path) -> None:
    before = corpus()
    info = item_info(_keynote(before))
    target = find_quote(alice_entry(before), "evaluation, not model size")
    with AnnotationStore.open(tmp_path) as store:
        whole = store.add("d1-keynote", "whole talk", item=info)
        passage = store.add("d1-keynote", "the crux", target=target, item=info)
        store.set_mark("d1-keynote", starred=True, reviewed=True, item=info)
        after = renamed(before)
        report = reanchor_store(store, after)
        assert (report.refiled, report.stranded, report.orphaned) == (1, 0, 0)
        assert {a.item_id for a in store.annotations()} == {NEW_ID}
        assert store.get(passage.id).target.start == target.start  # found in its new item
        assert store.get(whole.id).comment == "whole talk" and store.get(whole.id).updated
        assert set(store.marks()) == {NEW_ID}
        assert store.mark(NEW_ID).starred and store.mark(NEW_ID).reviewed
        again = reanchor_store(store, after)  # settled: nothing more to do
        assert (again.refiled, again.stranded) == (0, 0)


def test_a_retitled_item_is_found_by_its_speakers(tmp_path: Path) -> None:
    before = corpus()
    with AnnotationStore.open(tmp_path) as store:
        note = store.add("d1-keynote", "x", item=item_info(_keynote(before)))
        after = renamed(before, title="Agents at scale!")
        reanchor_store(store, after)
        assert store.get(note.id).item_id == NEW_ID


def test_nothing_moves_when_no_item_or_several_fit(tmp_path: Path) -> None:
    before = corpus()
    info = item_info(_keynote(before))
    with AnnotationStore.open(tmp_path) as store:
        note = store.add("d1-keynote", "kept where it was", item=info)
        store.set_mark("d1-keynote", starred=True, item=info)
        unrelated = renamed(before, title="Quantum chips in 2030", speakers=())
        report = reanchor_store(store, unrelated)
        assert (report.refiled, report.stranded) == (0, 1)
        assert store.get(note.id).item_id == "d1-keynote"  # kept: it comes back if the id does
        plan = plan_refiling(store.annotations(), store.marks(), unrelated)
        (gone,) = plan.gone
        assert gone.item_id == "d1-keynote" and gone.info.title == "Agents at scale"
        assert gone.mark is not None and gone.mark.starred
        # Two items alike (the talk given again on day 2): which one is unclear, so neither.
        keynote = _keynote(before)
        twins = renamed(
            renamed(before), "d2-panel", "twin", title=keynote.title, speakers=keynote.speakers
        )
        assert plan_refiling(store.annotations(), store.marks(), twins).moves == {}
        text = export_markdown(
            unrelated, select(store.annotations(), store.marks(), unrelated), exported_at=""
        )
        section = text[text.index("## Annotations whose item is no longer in the notes") :]
        assert "### ★ Agents at scale — Ada Example, Grace Sample" in section
        assert "kept where it was" in section
        assert reanchor_store(store, before).stranded == 0  # the old id is back: attached


def test_a_read_only_store_refiles_in_memory_only(tmp_path: Path) -> None:
    before = corpus()
    info = item_info(_keynote(before))
    with AnnotationStore.open(tmp_path) as store:
        note = store.add("d1-keynote", "x", item=info)
        store.set_mark("d1-keynote", starred=True, item=info)
    with AnnotationStore.open(tmp_path, read_only=True) as store:
        reanchor_store(store, renamed(before))
        assert store.get(note.id).item_id == NEW_ID
        assert store.marks()[NEW_ID].starred and "d1-keynote" not in store.marks()
    with AnnotationStore.open(tmp_path) as store:
        assert store.get(note.id).item_id == "d1-keynote"


# check_cmd and list_cmd are imported above, before any test swaps _common.load_corpus: a
# command module first imported while the stand-in is in place keeps it for good (every later
# `list` or `check` in the session would show the stand-in corpus).


@pytest.fixture
def unrelated(monkeypatch: pytest.MonkeyPatch) -> Corpus:
    c = renamed(corpus(), title="Quantum chips in 2030", speakers=())
    monkeypatch.setattr("summit_tui.commands._common.load_corpus", lambda args: c)
    monkeypatch.setattr("summit_tui.commands.check_cmd.load_corpus", lambda args: c)
    return c


def test_check_lists_annotations_on_items_that_are_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    data = tmp_path / "data"
    monkeypatch.setattr("summit_tui.commands._common.load_corpus", lambda args: corpus())
    monkeypatch.setattr("summit_tui.commands.check_cmd.load_corpus", lambda args: corpus())
    run_command("annotate_cmd", ["--data-dir", str(data), "d1-keynote", "kept"])
    run_command("mark_cmd", ["--data-dir", str(data), "d1-keynote", "--star"])
    assert run_command("check_cmd", ["--data-dir", str(data)])[0] == 0
    assert "no longer have" not in capsys.readouterr().out
    changed = renamed(corpus(), title="Quantum chips in 2030", speakers=(), linked=False)
    monkeypatch.setattr("summit_tui.commands._common.load_corpus", lambda args: changed)
    monkeypatch.setattr("summit_tui.commands.check_cmd.load_corpus", lambda args: changed)
    assert run_command("check_cmd", ["--data-dir", str(data)])[0] == 0
    out = capsys.readouterr().out
    assert "Annotations on items these notes no longer have" in out
    assert (
        "was d1-keynote  Agents at scale — Ada Example, Grace Sample  (1 annotation, starred)"
        in out
    )
    assert run_command("check_cmd", ["--data-dir", str(data), "--json"])[0] == 0
    (gone,) = json.loads(capsys.readouterr().out)["annotations_without_item"]
    assert gone["item_id"] == "d1-keynote" and gone["annotations"] == 1 and gone["starred"]
    capsys.readouterr()
    assert run_command("export_cmd", ["--data-dir", str(data)])[0] == 0
    captured = capsys.readouterr()
    assert "1 annotation on items these notes no longer have" in captured.err
    assert "Items not in the program" not in captured.out


def test_a_retitled_day_1_post_never_takes_the_day_2_posts_place(tmp_path: Path) -> None:
    """QA1: a star, a review mark and an item note on "… 1日目 参加レポート" follow the post
    when its title gains "(追記あり)", and never go to "… 2日目 参加レポート", which is one
    character away: a number that differs is another talk."""
    notes = tmp_path / "notes"
    (notes / "articles").mkdir(parents=True)
    day_1 = (
        '---\ntitle: "ScalaMatsuri 2023 1日目 参加レポート"\nspeaker: 佐藤 健一\n---\n\n'
        "2023年11月3日、ScalaMatsuri 2023 の1日目に参加しました。型クラスの話がよかった。\n"
    )
    (notes / "articles" / "day1.md").write_text(day_1, "utf-8")
    day_2 = day_1.replace("1日目", "2日目").replace("11月3日", "11月4日")
    (notes / "articles" / "day2.md").write_text(day_2, "utf-8")
    cache = tmp_path / "cache"
    before = build_corpus(notes, cache_dir=cache)
    old = "scalamatsuri-2023-1日目-参加レポート"
    day2 = "scalamatsuri-2023-2日目-参加レポート"
    assert before.item(old) is not None and before.item(day2) is not None
    with AnnotationStore.open(tmp_path / "data") as store:
        info = item_info(before.item(old))
        note = store.add(old, "day 1 overall: good", item=info)
        store.set_mark(old, starred=True, reviewed=True, item=info)
        post = notes / "articles" / "day1.md"
        text = post.read_text("utf-8")
        title = 'title: "ScalaMatsuri 2023 1日目 参加レポート"'
        assert title in text
        post.write_text(text.replace(title, title[:-1] + ' (追記あり)"'), "utf-8")
        after = build_corpus(notes, cache_dir=cache)
        # the remembered id may be kept (a close title, a speaker in common) or not: either
        # way what was filed on day 1 stays with day 1
        renamed_id = next(i.id for i in after.items() if i.title.endswith("(追記あり)"))
        assert renamed_id != day2 and after.item(day2) is not None
        reanchor_store(store, after)
        assert store.get(note.id).item_id == renamed_id
        assert set(store.marks()) == {renamed_id}
        assert store.mark(renamed_id).starred and store.mark(renamed_id).reviewed


def test_find_item_wants_the_same_numbers() -> None:
    """An item is found again by a close title only when the numbers in it agree."""
    c = corpus()
    speakers = [person.name for person in _keynote(c).speakers]
    day_1 = renamed(c, title="Agents at scale, day 1")
    assert find_item(day_1.program, "Agents at scale, day 2", speakers) is None
    assert find_item(day_1.program, "Agents at scale, day 1!").id == NEW_ID


def test_a_live_blog_retitled_through_the_day_keeps_its_item_and_annotations(
    tmp_path: Path,
) -> None:
    """A live blog's title changes as the day goes on ("… live: keynote starting soon" →
    "… live: Apple Intelligence and everything else"); its lines stay where they were, so its
    item keeps its id (the same entries, where they were) and what was filed under it stays."""
    notes = tmp_path / "notes"
    notes.mkdir()
    post = notes / "live.md"
    title = 'title: "WWDC 2024 live: keynote starting soon"'
    post.write_text(
        f"---\n{title}\nauthor: Sam Okafor\ndate: 2024-06-10\n---\n\n"
        "Tim Cook is on stage. visionOS 2 first, then iOS 18.\n",
        "utf-8",
    )
    cache = tmp_path / "cache"
    before = build_corpus(notes, cache_dir=cache)
    (item,) = list(before.items())
    with AnnotationStore.open(tmp_path / "data") as store:
        note = store.add(item.id, "compare with the Korean live blog", item=item_info(item))
        store.set_mark(item.id, starred=True, item=item_info(item))
        new_title = 'title: "WWDC 2024 live: Apple Intelligence, iOS 18 and everything else"'
        post.write_text(post.read_text("utf-8").replace(title, new_title), "utf-8")
        after = build_corpus(notes, cache_dir=cache)
        (now,) = list(after.items())
        assert now.title != item.title and now.id == item.id
        reanchor_store(store, after)
        assert store.get(note.id).item_id == item.id
        assert store.mark(item.id).starred
