"""Compare across Vietnamese, Indonesian and English (issue 14): a Vietnamese passage (read
without its marks, a word a syllable at a time) and an Indonesian one meet an English passage
on the words they share through their word lists; other Latin languages do not take them."""

from __future__ import annotations

from summit_tui.compare.features import features


def _concepts(text: str) -> set[str]:
    return {key for unit in features(text).units for key in unit.keys if key.startswith("c:")}


ENGLISH = "supply chain for parts is the real blocker, not the design"
VIETNAMESE = "Vấn đề lớn nhất không phải kỹ thuật mà là chuỗi cung ứng linh kiện ở các nước"
INDONESIAN = "Menurut beliau, tantangan utamanya justru rantai pasok komponen, bukan teknologinya."


def test_a_supply_chain_is_one_in_vietnamese_indonesian_and_english() -> None:
    english = _concepts(ENGLISH)
    assert {"c:chain", "c:sup"} <= english & _concepts(VIETNAMESE)
    assert {"c:chain", "c:sup"} <= english & _concepts(INDONESIAN)


def test_translating_the_docs_meets_its_vietnamese_words() -> None:
    shared = _concepts("asked universities to help translate the docs") & _concepts(
        "Kêu gọi các trường đại học ở Việt Nam tham gia dịch tài liệu"
    )
    assert len(shared) >= 2


def test_an_italian_passage_is_not_read_with_the_vietnamese_list() -> None:
    # "già" (already) loses its mark as Vietnamese "giá" (price) does: no cost in it
    assert "c:cost" not in _concepts("Il progetto è già stato rilasciato con una nuova versione")
