"""A terminal escape sequence in a title is never part of its id (blind16 QA F11): the
title `# Talk ESC[31mred ESC[0m` showed as "Talk red" but was listed as `[talk-31mred-0m]`,
an id no user could guess from what they see. What a user filed under the old id follows
the talk to its new one."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from summit_tui.annotate.anchor import reanchor_store
from summit_tui.annotate.items import item_info
from summit_tui.annotate.store import AnnotationStore
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.names import slug

_NOTE = "# Talk \x1b[31mred \x1b[0m\n\n- a point about colour\n- another point\n"


def _before(text: str) -> str:
    """The id a title had before: the sequence's letters and digits kept as words."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "-".join(re.sub(r"[^\w]+", " ", text).split())


@pytest.mark.parametrize(
    ("title", "wanted"),
    [
        ("Talk \x1b[31mred \x1b[0m", "talk-red"),
        ("\x1b[1;4mBold\x1b[m keynote", "bold-keynote"),
        ("\x1b]0;title\x07Window talk", "window-talk"),  # a window-title sequence
        ("Talk \x9b31mred", "talk-red"),  # the 8-bit CSI
        ("Ordinary [31m] talk", "ordinary-31m-talk"),  # no escape: brackets are text
    ],
)
def test_an_escape_sequence_is_no_part_of_an_id(title: str, wanted: str) -> None:
    assert slug(title) == wanted


def test_an_annotation_on_the_old_id_follows_the_talk(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(_NOTE, encoding="utf-8")
    corpus = build_corpus(notes)
    talk = next(i for i in corpus.items() if "red" in i.title)
    assert talk.id == "talk-red"
    old_id = _before(talk.title)
    assert old_id == "talk-31mred-0m"  # what the app listed, and filed annotations under
    with AnnotationStore.open(tmp_path / "state") as store:
        whole = store.add(old_id, "check the colours", item=item_info(talk))
        store.set_mark(old_id, starred=True, item=item_info(talk))
        report = reanchor_store(store, corpus)
        assert (report.refiled, report.stranded, report.orphaned) == (1, 0, 0)
        assert store.get(whole.id).item_id == "talk-red"
        assert store.mark("talk-red").starred
