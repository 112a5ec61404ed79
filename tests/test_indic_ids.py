"""Thai and Indic words keep their vowel signs, viramas and tone marks in ids and names
(blind14 closing note, "Left for next" 5): dropped, they cut a word in pieces and made two
talks one ("เสือ", a tiger, and "เสื้อ", a shirt, were both "เส-อ"). Ids moved with it
(INDEX_VERSION 28): what a user filed under a talk's old id follows it to the new one."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from summit_tui.annotate.anchor import find_quote, reanchor_store
from summit_tui.annotate.items import item_info
from summit_tui.annotate.store import AnnotationStore
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.names import slug

THAI_NOTE = """---
author: ณัฐวุฒิ ศรีสุข
---
# PyCon Thailand 2024

## การทดสอบข้อมูลด้วย Hypothesis (กิตติพงษ์ วงศ์ใหญ่)

- เขียนคุณสมบัติของข้อมูลแทนตัวอย่างทีละชุด
- เจอบั๊กที่ไม่เคยเห็นในชุดทดสอบเดิม

## ปิดงาน

- ขอบคุณทีมงาน
"""


def _before_session_14(text: str) -> str:
    """The id a title had before: every mark dropped as if it were punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("_", " ")
    return "-".join(re.sub(r"[^\w]+", " ", text).split())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ข้อมูล", "ข้อมูล"),  # Thai: a tone mark and a vowel below
        ("नमस्ते दुनिया", "नमस्ते-दुनिया"),  # Devanagari: vowel signs and virama
        ("இயந்திர கற்றல்", "இயந்திர-கற்றல்"),  # Tamil
        ("Café, Kai-Fu Lee!", "café-kai-fu-lee"),  # Latin as before
        ("भारत। नया", "भारत-नया"),  # the danda still ends a word
    ],
)
def test_marks_that_are_letters_stay_in_ids(text: str, kept: str) -> None:
    assert slug(text) == kept


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("सुर और ताल", "सिर और ताल"),  # tune and rhythm, head and rhythm: "स-र" both
        ("ออกแบบเสือ", "ออกแบบเสื้อ"),  # a tiger, a shirt: a tone mark apart
    ],
)
def test_two_titles_that_differ_only_in_their_marks_get_two_ids(one: str, other: str) -> None:
    assert _before_session_14(one) == _before_session_14(other)  # one id before
    assert slug(one) != slug(other)


def test_an_annotation_on_a_thai_talk_follows_it_to_its_new_id(tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "pyconth.md").write_text(THAI_NOTE, encoding="utf-8")
    corpus = build_corpus(notes)
    talk = next(i for i in corpus.items() if i.title.startswith("การทดสอบ"))
    old_id = _before_session_14(talk.title)
    assert talk.id != old_id and "ข้อมูล" in talk.id  # the id moved: its marks are kept now
    entry = corpus.entries_for(talk.id)[0]
    target = find_quote(entry, "เจอบั๊กที่ไม่เคยเห็น")
    with AnnotationStore.open(tmp_path / "state") as store:
        # filed before the upgrade: under the old id, with the title and speakers it records
        whole = store.add(old_id, "ลองใช้กับงานจริง", item=item_info(talk))
        passage = store.add(old_id, "สำคัญ", target=target, item=item_info(talk))
        store.set_mark(old_id, starred=True, item=item_info(talk))
        report = reanchor_store(store, corpus)
        assert (report.refiled, report.stranded, report.orphaned) == (1, 0, 0)
        assert store.get(whole.id).item_id == talk.id
        assert store.get(whole.id).comment == "ลองใช้กับงานจริง"
        assert store.get(passage.id).item_id == talk.id
        assert store.get(passage.id).target.start == target.start
        assert store.mark(talk.id).starred
