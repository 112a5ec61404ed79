"""Thai in compare: a run of Thai letters is a phrase, not a word (Thai writes no spaces
between words), so it is cut into cluster pairs that two notes writing the same words share;
a space between Thai letters ends a phrase, so a long Thai paragraph is compared sentence by
sentence."""

from __future__ import annotations

import factories
from summit_tui.compare.align import align_entries
from summit_tui.compare.features import features
from summit_tui.compare.sentences import split_sentences
from summit_tui.corpus.model import Entry


def entry(author: str, body: str) -> Entry:
    text = f"## การย้ายฐานข้อมูล\n\n{body}"
    return factories.entry(text, start=1, note=f"{author}.md", author=author, title="Migration")


def test_a_thai_phrase_is_more_than_one_unit_and_shares_its_words() -> None:
    phrase = features("ผู้บรรยายอธิบายการย้ายข้อมูล")
    assert len(phrase.units) > 3
    assert features("ย้ายข้อมูล").keys <= phrase.keys


def test_a_long_thai_paragraph_is_cut_at_the_spaces_between_phrases() -> None:
    text = (
        "ทีมย้ายฐานข้อมูลไป PostgreSQL ภายในสามเดือน ความหน่วงลดลงครึ่งหนึ่ง ผู้บรรยายแนะนำให้ทดสอบการกู้คืนทุกสัปดาห์"
    )
    assert [s.text for s in split_sentences(text)] == [
        "ทีมย้ายฐานข้อมูลไป PostgreSQL ภายในสามเดือน",
        "ความหน่วงลดลงครึ่งหนึ่ง",
        "ผู้บรรยายแนะนำให้ทดสอบการกู้คืนทุกสัปดาห์",
    ]


def test_two_thai_notes_on_one_talk_link_their_shared_points() -> None:
    first = entry(
        "nok",
        "- ทีมย้ายฐานข้อมูลจาก MySQL ไป PostgreSQL ภายในสามเดือน\n"
        "- ความหน่วงของคำขอลดลงครึ่งหนึ่งหลังย้ายเสร็จ\n"
        "- ผู้บรรยายแนะนำให้ทดสอบการกู้คืนข้อมูลทุกสัปดาห์\n",
    )
    second = entry(
        "ploy",
        "- ย้ายฐานข้อมูลไป PostgreSQL ใช้เวลาสามเดือน\n"
        "- ทดสอบการกู้คืนข้อมูลทุกสัปดาห์ เป็นคำแนะนำที่ดีที่สุด\n"
        "- ทีมมีวิศวกรห้าคนดูแลระบบเดิม\n",
    )
    alignment = align_entries("talk", [first, second])
    nok, ploy = alignment.column("nok"), alignment.column("ploy")
    assert nok is not None and ploy is not None
    links = {(p.index, c.index) for p in nok.passages for c in p.counterparts if c.author == "ploy"}
    assert links == {(0, 0), (2, 1)}
    assert [p.unique for p in ploy.passages] == [False, False, True]
