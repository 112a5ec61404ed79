"""The search index: a table of queries with the expected top result, on a hand-built
corpus like the shipped notes and on the shipped notes themselves; filters, highlight
spans, annotations, block scanning, and the recent-queries file."""

from __future__ import annotations

import json
import unicodedata

import pytest

import factories
from summit_tui.corpus.model import (
    Corpus,
    Day,
    EntryKind,
    Event,
    Item,
    ItemKind,
    Link,
    LinkReason,
    Note,
    Person,
    Program,
    Track,
)

EVENT = "skai2024"


def _item(id: str, title: str, track: str, day: str, **kw) -> Item:
    return factories.item(id, title, event=EVENT, day=day, track=track, **kw)


PERPLEXITY = _item(
    "skai2024-k14",
    "Perplexity의 AI 검색으로 더욱 탐구적이고 효율적인 세상 만들기",
    "Keynote",
    "2024-11-04",
    titles=("Building a More Curious and Efficient World with Perplexity's AI-Powered Search",),
    speakers=(Person("Aravind Srinivas", "Perplexity CEO", ("아라빈드 스리니바스",)),),
    aliases=("퍼플렉시티", "Perplexity keynote"),
)
BORKAR = _item(
    "skai2024-k05",
    "AI의 미래",
    "Keynote",
    "2024-11-04",
    titles=("The Vision for the Future of AI",),
    speakers=(Person("Rani Borkar", "Microsoft CVP", ("라니 보카",)),),
    aliases=("Microsoft keynote",),
)
KAIFU = _item(
    "skai2024-k06",
    "A Roadmap to Unleash the Power of GenAI and Build a Healthier Ecosystem",
    "Keynote",
    "2024-11-04",
    speakers=(Person("Kai Fu Lee", "Sinovation Ventures", ("카이푸 리",)),),
)
NUCLEAR = _item(
    "skai2024-k10",
    "첨단 원자력 에너지로 AI 구동하기",
    "Keynote",
    "2024-11-04",
    titles=("Powering AI with Advanced Nuclear Energy",),
    speakers=(Person("Chris Levesque", "TerraPower CEO", ("크리스 레베스크",)),),
)
MOLOCO = _item(
    "skai2024-b-moloco",
    "Moloco",
    "Exhibition",
    "2024-11-04",
    kind=ItemKind.BOOTH,
    aliases=("몰로코",),
)
DAY2 = _item(
    "skai2024-d2-k01",
    "AI 시대의 국가 전략",
    "Keynote",
    "2024-11-05",
    titles=("National AI Strategy",),
    speakers=(Person("유영상", "SK Telecom CEO", ("Ryu Young-sang",)),),
)

PROGRAM = Program(
    events=(
        Event(
            id=EVENT,
            title="SK AI Summit 2024",
            days=(
                Day(
                    "2024-11-04",
                    "Day 1",
                    (
                        Track("Keynote", (BORKAR, KAIFU, NUCLEAR, PERPLEXITY)),
                        Track("Exhibition", (MOLOCO,)),
                    ),
                ),
                Day("2024-11-05", "Day 2", (Track("Keynote", (DAY2,)),)),
            ),
        ),
    ),
    source="program.yaml",
)


def _entry(note: str, author: str, title: str, start: int, body: str, kind=EntryKind.SESSION):
    """An entry under a '### title' heading."""
    text = f"### {title}\n{body}"
    return factories.entry(text, start=start, note=note, author=author, title=title, kind=kind)


KIM = "kim.md"
LEE = "lee.md"
ENTRIES = (
    _entry(
        KIM,
        "김민수",
        "퍼플렉시티 키노트",
        10,
        "20년간 정체되어 있는 검색엔진 시장을 바꾸고자 한다.\n\n"
        "최종적으로 퍼플렉시티는 웹을 통해 리서치하는 플랫폼을 목표로 한다.\n",
    ),
    _entry(
        KIM,
        "김민수",
        "원자력 이야기",
        20,
        "AI 확산으로 전력 수요가 증가하는 상황에서 첨단 원자력 에너지는 반드시 필요하다.\n",
    ),
    _entry(
        LEE,
        "Lee Jiwon",
        "The vision for the future of AI",
        5,
        "Rani Borkar compared the AI revolution to the Apollo project.\n\n"
        "Datacenter power demand will double by 2026.\n",
    ),
    _entry(
        LEE,
        "Lee Jiwon",
        "Moloco booth",
        15,
        "- 몰로코는 머신러닝 기반 모바일 광고 솔루션을 제공한다.\n",
        kind=EntryKind.BOOTH,
    ),
    _entry(
        LEE,
        "Lee Jiwon",
        "Random thoughts",
        30,
        "The coffee was great and the ＷＩＦＩ was slow.\n",
        kind=EntryKind.OTHER,
    ),
)

LINKS = {
    ENTRIES[0].id: Link(ENTRIES[0].id, PERPLEXITY.id, 90, LinkReason.ALIAS),
    ENTRIES[1].id: Link(ENTRIES[1].id, NUCLEAR.id, 80, LinkReason.MENTION),
    ENTRIES[2].id: Link(ENTRIES[2].id, BORKAR.id, 95, LinkReason.TITLE),
    ENTRIES[3].id: Link(ENTRIES[3].id, MOLOCO.id, 95, LinkReason.TITLE),
    ENTRIES[4].id: Link(ENTRIES[4].id, None, 0, None),
}

NOTES = (
    Note(KIM, "김민수의 SK AI Summit", "김민수", False, "", 1, date="2024-11-04"),
    Note(LEE, "SK AI Summit day 1", "Lee Jiwon", False, "", 1, date="2024-11-04"),
)


def small_corpus() -> Corpus:
    return Corpus(root="/notes", notes=NOTES, entries=ENTRIES, program=PROGRAM, links=dict(LINKS))


# ---------------------------------------------------------------------------- the index

from summit_tui.corpus.passages import split_passages  # noqa: E402
from summit_tui.search.hangul import typing_states  # noqa: E402
from summit_tui.search.history import SearchHistory  # noqa: E402
from summit_tui.search.index import AnnotationDoc, SearchIndex, annotation_docs  # noqa: E402


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(small_corpus())


def top(index: SearchIndex, query: str):
    results = index.search(query)
    assert results, f"nothing found for {query!r}"
    return results[0]


@pytest.mark.parametrize(
    ("query", "item_id", "kind", "field"),
    [
        ("Arvaind", PERPLEXITY.id, "item", "speaker"),  # typo
        ("Borakr", BORKAR.id, "item", "speaker"),  # transposed letters
        ("kaifu", KAIFU.id, "item", "speaker"),  # spaces left out
        ("Kai Fu", KAIFU.id, "item", "speaker"),
        ("퍼프", PERPLEXITY.id, "item", "alias"),  # last syllable still being typed
        ("퍼플레", PERPLEXITY.id, "item", "alias"),
        ("퍼플렉시티", PERPLEXITY.id, "item", "alias"),  # Korean alias → the English keynote
        ("ㅍㅍㄹㅅㅌ", PERPLEXITY.id, "item", "alias"),  # initials only
        ("ㅇㄴㅈ", NUCLEAR.id, "item", "title"),
        ("Perplexity", PERPLEXITY.id, "item", "title"),
        ("perplexity keynote", PERPLEXITY.id, "item", "alias"),
        ("rani borkar", BORKAR.id, "item", "speaker"),
        ("borkar rani", BORKAR.id, "item", "speaker"),  # word order
        ("Microsoft", BORKAR.id, "item", "alias"),
        ("TerraPower", NUCLEAR.id, "item", "affiliation"),
        ("몰로코", MOLOCO.id, "item", "alias"),
        ("moloco", MOLOCO.id, "item", "booth"),
        ("라니 보카", BORKAR.id, "item", "speaker"),  # a speaker's Korean alias
        ("nuclear enrgy", NUCLEAR.id, "item", "title"),
        ("apollo", BORKAR.id, "passage", "body"),
        ("검색엔진", PERPLEXITY.id, "passage", "body"),
        ("coffee", None, "passage", "body"),  # an entry that belongs to no item
    ],
)
def test_top_result(index: SearchIndex, query: str, item_id, kind: str, field: str) -> None:
    result = top(index, query)
    assert (result.item_id, result.kind, result.field) == (item_id, kind, field)


def test_item_matches_rank_above_body_passages(index: SearchIndex) -> None:
    results = index.search("Borkar")
    kinds = [r.kind for r in results]
    assert kinds[0] == "item"
    assert "passage" in kinds
    assert kinds.index("passage") > kinds.index("item")


@pytest.mark.parametrize("word", ["퍼플렉시티", "에너지"])
def test_every_state_while_typing_korean_finds_the_word(index: SearchIndex, word: str) -> None:
    expected = PERPLEXITY.id if word == "퍼플렉시티" else NUCLEAR.id
    for state in typing_states(word)[1:]:  # from the first full syllable on
        ids = [r.item_id for r in index.search(state, limit=5)]
        assert expected in ids, state


def test_english_name_finds_korean_entries_linked_to_the_item(index: SearchIndex) -> None:
    results = index.search("Perplexity")
    korean = [r for r in results if r.entry_id == ENTRIES[0].id]
    assert korean, "the Korean entry about the Perplexity keynote was not found"
    assert korean[0].item_id == PERPLEXITY.id
    assert "perplexity" not in korean[0].snippet.lower()  # found through the item's names


def test_korean_alias_finds_the_english_keynote(index: SearchIndex) -> None:
    result = top(index, "퍼플렉시티")
    assert result.title == PERPLEXITY.title


def test_case_and_width_folding(index: SearchIndex) -> None:
    assert top(index, "wifi").snippet.endswith("ＷＩＦＩ was slow.")
    assert top(index, "ＡＲＡＶＩＮＤ").item_id == PERPLEXITY.id
    assert top(index, "ARAVIND").item_id == PERPLEXITY.id


def test_decomposed_korean_input_is_normalised(index: SearchIndex) -> None:
    nfd = unicodedata.normalize("NFD", "퍼플렉시티")
    assert nfd != "퍼플렉시티"
    assert top(index, nfd).item_id == PERPLEXITY.id


def test_spans_mark_the_matched_text_in_the_snippet(index: SearchIndex) -> None:
    result = top(index, "Borakr")
    assert [result.snippet[s:e] for s, e in result.spans] == ["Borkar"]
    result = top(index, "퍼플레")
    assert [result.snippet[s:e] for s, e in result.spans] == ["퍼플렉"]
    result = top(index, "ㅇㄴㅈ")
    assert [result.snippet[s:e] for s, e in result.spans] == ["에너지"]
    result = top(index, "kaifu")
    assert [result.snippet[s:e] for s, e in result.spans] == ["Kai Fu"]


def test_body_results_point_at_the_passage(index: SearchIndex) -> None:
    result = top(index, "apollo")
    entry = ENTRIES[2]
    assert (result.entry_id, result.author, result.note) == (entry.id, "Lee Jiwon", LEE)
    lines = entry.text.split("\n")
    assert "Apollo" in lines[result.line - entry.start_line]
    passage = split_passages(entry)[result.passage]  # known without resolving
    assert "Apollo" in passage.plain
    assert passage.start_line == result.line
    assert index.search("apollo", resolve=True)[0] == result


def test_a_heading_result_is_resolved_to_its_passage(index: SearchIndex) -> None:
    heading = next(r for r in index.search("Random thoughts") if r.field == "heading")
    assert heading.passage is None
    resolved = next(
        r for r in index.search("Random thoughts", resolve=True) if r.field == "heading"
    )
    passage = index.corpus.passages(resolved.entry_id)[resolved.passage]
    assert (passage.kind, passage.start_line) == ("heading", heading.line)


def test_filters_combine_with_the_text(index: SearchIndex) -> None:
    assert {r.item_id for r in index.search("kind:booth 광고")} == {MOLOCO.id}
    assert all(r.author == "Lee Jiwon" for r in index.search("author:lee AI"))
    assert all(r.author == "김민수" for r in index.search("author:민수 에너지"))
    assert {r.item_id for r in index.search("day:2 AI")} == {DAY2.id}
    assert {r.item_id for r in index.search("day:2024-11-05 AI")} == {DAY2.id}
    assert {r.item_id for r in index.search("track:exhib 몰로코")} == {MOLOCO.id}
    assert index.search("kind:session 몰로코") == [] or all(
        r.item_id != MOLOCO.id for r in index.search("kind:session 몰로코")
    )


def test_filters_alone_list_the_matching_items(index: SearchIndex) -> None:
    assert [r.item_id for r in index.search("kind:booth")] == [MOLOCO.id]
    assert [r.item_id for r in index.search("day:2")] == [DAY2.id]
    assert [r.item_id for r in index.search("author:김민수")] == [NUCLEAR.id, PERPLEXITY.id]


def test_nothing_for_an_impossible_filter_or_an_empty_query(index: SearchIndex) -> None:
    assert index.search("kind:talkz perplexity") == []
    assert index.search("") == []
    assert index.search("   ") == []


def test_limit(index: SearchIndex) -> None:
    assert len(index.search("AI", limit=3)) == 3
    assert index.search("AI", limit=0) == []


def test_unrelated_words_find_nothing(index: SearchIndex) -> None:
    assert index.search("zebra quantum") == []


def test_annotations_are_found_by_comment_and_tag() -> None:
    docs = [
        AnnotationDoc("a1", BORKAR.id, None, "follow up on the Apollo analogy", ("todo",)),
        AnnotationDoc("a2", PERPLEXITY.id, ENTRIES[0].id, "광고 모델이 궁금하다", ("질문",)),
    ]
    index = SearchIndex.build(small_corpus(), docs)
    result = index.search("analogy")[0]
    assert (result.kind, result.annotation_id, result.item_id) == ("annotation", "a1", BORKAR.id)
    tagged = [r for r in index.search("질문") if r.kind == "annotation"]
    assert [r.annotation_id for r in tagged] == ["a2"]
    assert tagged[0].author == "김민수"
    assert not [r for r in index.search("author:lee 질문") if r.kind == "annotation"]
    index.set_annotations([])
    assert not [r for r in index.search("analogy") if r.kind == "annotation"]


def test_annotation_docs_from_annotate_objects() -> None:
    class Target:
        entry_id = "e1"

    class Note:
        id, item_id, comment, tags, label, deleted, target = (
            "x",
            "i",
            "hi",
            ("t",),
            None,
            None,
            None,
        )

    class Quoted(Note):
        target = Target()
        label = "question"

    class Deleted(Note):
        deleted = "2024-01-01T00:00:00Z"

    docs = annotation_docs([Note(), Quoted(), Deleted()])
    assert docs == [
        AnnotationDoc("x", "i", None, "hi", ("t",)),
        AnnotationDoc("x", "i", "e1", "hi question", ("t",)),
    ]


# ---------------------------------------------------------------------------- shipped notes


@pytest.fixture(scope="module")
def shipped_index() -> SearchIndex:
    from pathlib import Path

    from summit_tui.corpus.build import build_corpus

    notes = Path(__file__).resolve().parents[1] / "notes"
    return SearchIndex.build(build_corpus(notes))


PERPLEXITY_ID = "skai2024-k14"


@pytest.mark.parametrize(
    ("query", "item_id", "kind"),
    [
        ("Arvaind", PERPLEXITY_ID, "item"),
        ("Borakr", "skai2024-k05", "item"),
        ("kaifu", "skai2024-k06", "item"),
        ("퍼프", PERPLEXITY_ID, None),
        ("퍼플레", PERPLEXITY_ID, None),
        ("퍼플렉시티", PERPLEXITY_ID, "item"),  # the alias in program.yaml
        ("ㅍㅍㄹㅅㅌ", PERPLEXITY_ID, None),
        ("ㅇㄴㅈ", "skai2024-k10", "item"),
        ("Perplexity", PERPLEXITY_ID, "item"),
        ("몰로코", "skai2024-booth-moloco", "item"),
        ("kind:booth lambda", "skai2024-booth-lambda", "item"),
        ("Levesque", "skai2024-k10", "item"),
        ("FriendliAI", "seminar-2023-03-29-generative-ai", "item"),
        # filter words, each with a word to find
        ("kind:booth", "skai2024-booth-microsoft", "item"),  # alone: lists what it keeps
        ("author:이기훈 원자력", "skai2024-k10", "item"),
        ("day:1 몰로코", "skai2024-booth-moloco", "item"),
        ("day:2024-11-04 borkar", "skai2024-k05", "item"),
        ("track:Keynote 퍼플", PERPLEXITY_ID, "item"),
        ("track:seminar friendli", "seminar-2023-03-29-generative-ai", "item"),
    ],
)
def test_shipped_notes_top_result(shipped_index: SearchIndex, query: str, item_id, kind) -> None:
    result = shipped_index.search(query)[0]
    assert result.item_id == item_id
    if kind is not None:
        assert result.kind == kind


def test_shipped_filters_keep_only_what_they_name(shipped_index: SearchIndex) -> None:
    by_author = shipped_index.search("author:이기훈 원자력", limit=50)
    assert by_author and all(r.author == "이기훈" for r in by_author if r.kind == "passage")
    assert all("이기훈" in (r.author or "") for r in by_author)
    booths = shipped_index.search("kind:booth", limit=50)
    assert len(booths) == 9 and all(r.kind == "item" for r in booths)
    assert booths[0].snippet == "booth · Exhibition · day 1 · 2024-11-04"  # where, not the title
    seminar = shipped_index.search("day:2023-03-29 AI", limit=50)
    assert {r.item_id for r in seminar} == {"seminar-2023-03-29-generative-ai"}
    assert shipped_index.search("kind:session 몰로코") == []


def test_a_name_found_as_typed_brings_no_typo_matches(shipped_index: SearchIndex) -> None:
    # "borkar" is in a speaker's name: other titles that look a little like it are noise
    results = shipped_index.search("borkar", limit=10)
    items = [r.item_id for r in results if r.kind == "item"]
    assert items == ["skai2024-k05"]
    assert results[1].kind == "passage" and "Borkar" in results[1].snippet


def test_shipped_perplexity_finds_korean_passages(shipped_index: SearchIndex) -> None:
    results = shipped_index.search("Perplexity", limit=50)
    korean = [
        r
        for r in results
        if r.kind == "passage"
        and r.item_id == PERPLEXITY_ID
        and any("\uac00" <= c <= "\ud7a3" for c in r.snippet)
    ]
    assert korean


# ---------------------------------------------------------------------------- history


def test_history_remembers_newest_first_without_duplicates(tmp_path) -> None:
    history = SearchHistory(tmp_path / "state" / "search-history.json", limit=3)
    assert history.load() == []
    history.add("perplexity")
    history.add("ㅇㄴㅈ")
    history.add("  perplexity  ")
    assert history.load() == ["perplexity", "ㅇㄴㅈ"]
    history.add("a")
    history.add("b")
    assert history.load() == ["b", "a", "perplexity"]  # capped
    assert SearchHistory(history.path, limit=3).load() == ["b", "a", "perplexity"]  # persisted
    history.add("   ")
    assert history.load() == ["b", "a", "perplexity"]
    assert [p.name for p in history.path.parent.iterdir()] == ["search-history.json"]


@pytest.mark.parametrize(
    "content", [b"{not json", b"\xff\xfe\x00", b"[1, 2]", b'{"queries": "x"}', b""]
)
def test_history_ignores_a_corrupt_file_and_replaces_it(tmp_path, content: bytes) -> None:
    path = tmp_path / "search-history.json"
    path.write_bytes(content)
    history = SearchHistory(path)
    assert history.load() == []
    history.add("에너지")
    assert json.loads(path.read_text(encoding="utf-8"))["queries"] == ["에너지"]


def test_history_default_lives_in_the_state_dir(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SUMMIT_TUI_STATE_DIR", str(tmp_path / "st"))
    history = SearchHistory.default()
    history.add("q")
    assert (tmp_path / "st" / "search-history.json").is_file()


def test_history_on_an_unwritable_place_does_not_raise(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    history = SearchHistory(blocker / "sub" / "search-history.json")
    history.add("q")  # no exception: remembering queries is a convenience
    assert history.load() == []


def test_every_body_result_is_a_passage_of_the_corpus(shipped_index: SearchIndex) -> None:
    # The index refers to the corpus's passages: the same index, line and text.
    corpus = shipped_index.corpus
    for query in ("퍼플렉시티", "에너지", "AI", "datacenter", "ㅇㄴㅈ", "검색 엔진"):
        for result in shipped_index.search(query):
            if result.field != "body":
                continue
            passage = corpus.passages(result.entry_id)[result.passage]
            assert passage.start_line == result.line
            shown = result.snippet.removeprefix("…").removesuffix("…")
            assert shown in unicodedata.normalize("NFC", passage.plain), (query, result)


# ---------------------------------------------------------------------------- index cache


def test_the_index_cache_is_reused_for_the_same_notes(tmp_path, shipped_notes) -> None:
    import shutil

    from summit_tui.corpus.build import build_corpus

    notes = tmp_path / "notes"
    shutil.copytree(shipped_notes, notes)
    cache = tmp_path / "cache"
    built = SearchIndex.load_or_build(build_corpus(notes, cache_dir=cache), cache)
    assert (cache / "search-index.bin").is_file()
    saved = (cache / "search-index.bin").stat().st_mtime_ns
    loaded = SearchIndex.load_or_build(build_corpus(notes, cache_dir=cache), cache)
    assert loaded is not built
    assert loaded.size["delta_notes"] == 0
    assert (cache / "search-index.bin").stat().st_mtime_ns == saved  # read, not written
    queries = ("Borakr", "ㅍㅍㄹㅅㅌ", "퍼플레", "author:lee AI", "에이전트", "day:1 kind:booth")
    for query in queries:
        assert loaded.search(query, resolve=True) == built.search(query, resolve=True)


@pytest.mark.parametrize("content", [b"", b"not a pickle", b"\x80\x05N."])
def test_a_corrupt_index_cache_is_rebuilt(tmp_path, content: bytes) -> None:
    (tmp_path / "search-index.bin").write_bytes(content)
    index = SearchIndex.load_or_build(small_corpus(), tmp_path)
    assert index.search("Borakr")[0].item_id == BORKAR.id
    assert SearchIndex.load_or_build(small_corpus(), tmp_path).search("Borakr")


def test_a_truncated_or_padded_index_cache_is_rebuilt(tmp_path) -> None:
    SearchIndex.load_or_build(small_corpus(), tmp_path)
    path = tmp_path / "search-index.bin"
    whole = path.read_bytes()
    for damaged in (whole[:-3], whole + b"\x00"):
        path.write_bytes(damaged)
        index = SearchIndex.load_or_build(small_corpus(), tmp_path)
        assert index.search("Borakr")[0].item_id == BORKAR.id
        assert len(path.read_bytes()) == len(whole)  # saved again, whole


def test_the_earlier_index_cache_file_is_removed(tmp_path) -> None:
    (tmp_path / "search-index.pickle").write_bytes(b"\x80\x05N.")
    SearchIndex.load_or_build(small_corpus(), tmp_path)
    assert not (tmp_path / "search-index.pickle").exists()
    assert (tmp_path / "search-index.bin").is_file()


def test_big_strings_come_back_from_the_saved_index_as_they_were(tmp_path) -> None:
    # Big strings are kept in the encoding quickest to read back; every kind of text a
    # note may hold must come back unchanged (an emoji outside the BMP, a lone surrogate
    # from a note read with surrogateescape, plain ASCII).
    from array import array

    from summit_tui.search import store
    from summit_tui.search.text import JoinedKeys, join_keys, whole

    size = store.BIG_STRING
    texts = {
        "ascii": "perplexity " * size,
        "hangul": "ㅍㅓㅍㅡㄹㄹㅔㄱ 🚀 퍼플렉시티 " * size,
        "surrogate": "caf\udce9 au lait " * size,
        "small": "퍼플",
    }
    parts = {"part": {**texts, "numbers": array("I", [1, 2, 3])}, "other": {"x": "y" * size}}
    path = tmp_path / "search-index.bin"
    assert store.write(path, "stamp", parts)
    read = store.read(path, "stamp")
    assert read is not None
    assert {name: whole(read["part"][name]) for name in texts} == texts
    assert list(read["part"]["numbers"]) == [1, 2, 3]
    assert whole(read["other"]["x"]) == "y" * size
    assert store.read(path, "another stamp") is None
    # Keys are read one by one from the file before the whole string is decoded.
    for some in (["ㅍㅓㅍㅡㄹ", "퍼플렉시티", "plain"], ["🚀 rocket", "caf\udce9"], ["plain"]):
        keys = some * size
        joined, offsets = join_keys(keys)
        assert store.write(path, "stamp", {"part": {"joined": joined}})
        lazy = JoinedKeys(store.read(path, "stamp")["part"]["joined"], offsets)
        assert [lazy[i] for i in range(8)] == keys[:8]
        assert list(lazy) == keys
        assert lazy.joined == joined
