"""Names are found by their words: in any order, with a particle attached (넥슨 라이브 finds
"넥슨의 다음 10년, 라이브 서비스를 다시 생각하다"), and by sound across scripts (upstage
finds 업스테이지, 넥슨 finds Nexon). The same in `summit-tui search`, `/` and the palette
(one matcher: search.names and search.suggest)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from factories import corpus, entry, item
from summit_tui.cli import main
from summit_tui.corpus.model import ItemKind, Person
from summit_tui.corpus.sounds import syllable_key
from summit_tui.search.index import SearchIndex
from summit_tui.search.suggest import Candidate, Suggester, item_candidate
from summit_tui.search.words import Sounds, heard_forms, may_be_borrowed, sound_key

ROOT = Path(__file__).resolve().parents[1]
NDC = ROOT / "tests" / "data" / "corpora" / "notion-ndc" / "notes"
NEXON_TITLE = "넥슨의 다음 10년, 라이브 서비스를 다시 생각하다"
UNREAL_TITLE = "언리얼 엔진 5로 오픈월드 스트리밍 최적화하기"
RUST_TITLE = "게임 서버 10만 동접을 버틴 Rust 마이그레이션"


def search_json(capsys, notes: Path, query: str) -> list[dict]:
    code = main(["search", "--notes", str(notes), "--json", query])
    out, _err = capsys.readouterr()
    assert code in (0, 1), query  # 1: nothing found
    return json.loads(out)["results"]


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("넥슨 라이브", NEXON_TITLE),  # 넥슨 carries 의 in the title; words apart
        ("라이브 넥슨", NEXON_TITLE),  # either order
        ("넥슨의 라이브", NEXON_TITLE),
        ("다시 넥슨", NEXON_TITLE),
        ("언리얼 최적화", UNREAL_TITLE),  # 최적화 is the start of 최적화하기
        ("오픈월드 최적화", UNREAL_TITLE),
        ("월드 최적화", UNREAL_TITLE),  # a word inside a compound (오픈월드)
        ("언리얼 최적", UNREAL_TITLE),  # the last word still being typed
        ("넥손 라이브", NEXON_TITLE),  # one word misspelt
        ("언리얼 최적회", UNREAL_TITLE),
        ("ㄴㅅ ㄹㅇㅂ", NEXON_TITLE),  # each word as its initial consonants (초성)
        ("넥슨 ㄹㅇㅂ", NEXON_TITLE),  # one word typed, one as 초성
        ("러스트 마이그레이션", RUST_TITLE),  # 러스트 sounds like Rust
    ],
)
def test_search_finds_the_item_whose_title_holds_every_word(capsys, query: str, title: str) -> None:
    first = search_json(capsys, NDC, query)[0]
    assert (first["kind"], first["title"]) == ("item", title)
    marked = [first["snippet"][a:b] for a, b in first["spans"]]
    assert marked, marked  # the words typed are highlighted where they are


def test_each_word_found_is_highlighted(capsys) -> None:
    first = search_json(capsys, NDC, "라이브 넥슨")[0]
    assert [first["snippet"][a:b] for a, b in first["spans"]] == ["넥슨", "라이브"]


@pytest.mark.parametrize("query", ["넥슨 양자컴퓨터", "넥손 라이부", "ㄴㅅ ㅋㅋㅋ"])
def test_every_word_must_be_there(capsys, query: str) -> None:
    """A missing word, two misspelt ones, or 초성 that no name has: not the item."""
    results = search_json(capsys, NDC, query)
    assert not [r for r in results if r["kind"] == "item" and r["title"] == NEXON_TITLE]


# -- Latin ↔ Hangul names, by sound ---------------------------------------------------------

UPSTAGE = item("ev-upstage", "업스테이지", kind=ItemKind.BOOTH, track="Exhibition")
NEXON = item("ev-nexon", "Nexon Developers Conference keynote")
KIM = replace(item("ev-kim", "오픈소스 LLM의 현재"), speakers=(Person("김성훈", "업스테이지"),))
OTHER = item("ev-other", "Upstart founders panel")


def sound_corpus():
    text = entry("솔라 데모를 봤다.\n", title="업스테이지", note="a.md")
    return corpus(text, items=[UPSTAGE, NEXON, KIM, OTHER], links={text.id: UPSTAGE.id})


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("upstage", {"ev-upstage", "ev-kim"}),  # a booth, and a speaker's company
        ("Upstage", {"ev-upstage", "ev-kim"}),
        ("넥슨", {"ev-nexon"}),  # Hangul for a Latin name
        ("넥슨 keynote", {"ev-nexon"}),  # one word by sound, one as typed
    ],
)
def test_a_latin_spelling_finds_the_hangul_name_and_back(query: str, expected: set) -> None:
    index = SearchIndex.build(sound_corpus())
    found = {r.item_id for r in index.search(query) if r.kind == "item"}
    assert expected <= found
    assert "ev-upstage" in found or "ev-upstage" not in expected


def test_sound_matches_rank_below_names_as_typed() -> None:
    index = SearchIndex.build(sound_corpus())
    items = [r.item_id for r in index.search("upstart") if r.kind == "item"]
    assert items == ["ev-other"]  # upstart does not sound like 업스테이지


def test_the_suggester_matches_words_in_any_order_and_by_sound() -> None:
    suggester = Suggester(
        [
            Candidate("ndc-k01", NEXON_TITLE),
            Candidate("ndc-s03", UNREAL_TITLE),
            Candidate("aiexpo-upstage", "업스테이지"),
            Candidate("aiexpo-nexon", "Nexon"),
        ]
    )
    assert [s.key for s in suggester.rank("라이브 넥슨")][:1] == ["ndc-k01"]
    assert [s.key for s in suggester.rank("최적화 언리얼")][:1] == ["ndc-s03"]
    assert [s.key for s in suggester.rank("넥손 라이브")] == ["ndc-k01"]
    assert [s.key for s in suggester.rank("ㅇㄹㅇ ㅊㅈㅎ")] == ["ndc-s03"]
    assert {s.key for s in suggester.rank("upstage")} == {"aiexpo-upstage"}
    assert [s.key for s in suggester.rank("넥슨")] == ["ndc-k01", "aiexpo-nexon"]
    top = suggester.rank("넥슨 라이브")[0]
    marked = [top.name[a:b] for a, b in top.spans]
    assert marked == ["넥슨", "라이브"]


def test_item_candidates_are_matched_by_speaker_company_by_sound() -> None:
    suggester = Suggester([item_candidate(KIM), item_candidate(NEXON)])
    assert [s.key for s in suggester.rank("upstage")] == ["ev-kim"]
    assert [s.key for s in suggester.rank("넥슨")] == ["ev-nexon"]


# -- the palette -------------------------------------------------------------------------------

PROGRAM = """\
version: 1
events:
  - id: expo
    title: AI EXPO
    days:
      - date: 2024-05-01
        tracks:
          - name: Exhibition
            items:
              - id: expo-upstage
                kind: booth
                title: 업스테이지
              - id: expo-nexon
                title: 넥슨의 다음 10년, 라이브 서비스를 다시 생각하다
              - id: expo-other
                title: 오픈소스 데이터 플랫폼
"""


@pytest.fixture
def expo_notes(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "program.yaml").write_text(PROGRAM, encoding="utf-8")
    (notes / "day1.md").write_text(
        "# AI EXPO 1일차\n\n## 업스테이지\n\n- 솔라 데모\n", encoding="utf-8"
    )
    return notes


async def _palette_jump(notes: Path, query: str) -> str | None:
    from summit_tui.ui.app import SummitApp
    from waits import loaded

    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*query)
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        return app.current_item_id


@pytest.mark.parametrize(
    ("query", "item_id"),
    [
        ("upstage", "expo-upstage"),  # Latin for a Hangul name
        ("넥슨 라이브", "expo-nexon"),  # two words apart, one with a particle
        ("라이브 넥슨", "expo-nexon"),
    ],
)
async def test_the_palette_finds_names_by_their_words_and_sound(
    expo_notes: Path, query: str, item_id: str
) -> None:
    assert await _palette_jump(expo_notes, query) == item_id


def test_each_word_needs_a_place_of_its_own() -> None:
    """ㅇ, the start of the next word being typed, is not the ㅇ of 원자력 typed before it."""
    suggester = Suggester([Candidate("a", "원자력 발전의 미래"), Candidate("b", "원자력 에너지")])
    assert [s.key for s in suggester.rank("원자력 ㅇ")] == ["b"]
    index = SearchIndex.build(
        corpus(items=[item("a", "원자력 발전의 미래"), item("b", "원자력 에너지")])
    )
    assert [r.item_id for r in index.search("원자력 ㅇ") if r.kind == "item"] == ["b"]


# -- loanwords of one or two consonants, and names spelt with a letter's name ------------------

LOANWORDS = [
    ("kakao", "카카오"),  # one consonant, three times
    ("apple", "애플"),  # the 으 of 플 and apple's final e are not heard
    ("google", "구글"),
    ("naver", "네이버"),  # a silent final r
    ("toss", "토스"),
    ("data", "데이터"),
    ("coupang", "쿠팡"),
    ("nvidia", "엔비디아"),  # n read as its name, 엔
    ("intel", "인텔"),
    ("unreal", "언리얼"),  # 언 and un, 얼 and eal
    ("team", "팀"),  # one syllable of two consonants; ea written 이
    ("openai", "오픈에이아이"),  # the e of open is the unheard 으 of 픈
    ("time", "타임"),  # a silent e: the i is long, 아이
    ("type", "타입"),
]


@pytest.mark.parametrize(("latin", "hangul"), LOANWORDS)
def test_a_loanword_and_its_latin_spelling_meet_by_sound_both_ways(latin: str, hangul: str) -> None:
    assert Sounds.build([f"{hangul} 부스"]).like(latin, 10) == {0}
    assert Sounds.build([f"{latin.title()} booth"]).like(hangul, 10) == {0}


@pytest.mark.parametrize(
    ("latin", "hangul"),
    [
        ("kakao", "가구"),  # the same consonants (KVKV), other vowels
        ("kakao", "코코아"),
        ("apple", "아파트"),
        ("meta", "마트"),  # its last vowel is heard
        ("google", "고객"),
        ("the", "더"),  # too short to say
        ("toss", "토"),
        ("time", "팀"),  # a silent e makes the i long (타임), not 이
        ("line", "린"),
    ],
)
def test_words_of_few_consonants_that_sound_otherwise_do_not_meet(latin: str, hangul: str) -> None:
    assert Sounds.build([hangul]).like(latin, 10) == set()
    assert Sounds.build([latin]).like(hangul, 10) == set()


def test_syllable_keys_keep_where_the_vowels_are() -> None:
    assert syllable_key("kakao") == syllable_key("카카오") == "KVKV"
    assert syllable_key("apple") == syllable_key("애플") == "VPL"
    assert syllable_key("google") == syllable_key("구글") == "KVKL"
    assert sound_key("카카오", other=True) == "l=KVKV"  # the key a Hangul word looks up
    assert sound_key("nvidia") == "lNPT" and sound_key("엔비디아") == "h_NPT"
    assert sound_key("AI".casefold()) == "" and sound_key("이") == ""


LOANWORD_PROGRAM = """\
version: 1
events:
  - id: expo
    title: Dev Expo
    days:
      - date: 2024-05-01
        tracks:
          - name: Exhibition
            items:
              - {id: expo-kakao, kind: booth, title: 카카오 부스}
              - {id: expo-nvidia, kind: booth, title: 엔비디아}
              - {id: expo-apple, title: Apple keynote}
              - {id: expo-intel, title: 인텔 파트너 세션}
              - {id: expo-furniture, kind: booth, title: 가구 전시}
"""


@pytest.fixture
def loanword_notes(tmp_path: Path) -> Path:
    notes = tmp_path / "loanwords"
    notes.mkdir()
    (notes / "program.yaml").write_text(LOANWORD_PROGRAM, encoding="utf-8")
    (notes / "day1.md").write_text("# Dev Expo\n\n## 카카오 부스\n\n- 데모\n", encoding="utf-8")
    return notes


@pytest.mark.parametrize(
    ("query", "item_id"),
    [
        ("kakao", "expo-kakao"),
        ("nvidia", "expo-nvidia"),
        ("애플", "expo-apple"),
        ("intel", "expo-intel"),
    ],
)
def test_summit_tui_search_finds_loanwords_by_sound(
    capsys, loanword_notes: Path, query: str, item_id: str
) -> None:
    found = [
        r["item_id"] for r in search_json(capsys, loanword_notes, query) if r["kind"] == "item"
    ]
    assert found == [item_id]  # and not 가구 전시 for kakao


@pytest.mark.parametrize(("query", "item_id"), [("kakao", "expo-kakao"), ("nvidia", "expo-nvidia")])
async def test_the_palette_and_slash_find_loanwords_by_sound(
    loanword_notes: Path, query: str, item_id: str
) -> None:
    assert await _palette_jump(loanword_notes, query) == item_id
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.screens.search import SearchScreen
    from waits import settled

    app = SummitApp(loanword_notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("slash", *query)
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert [r.item_id for r in screen.results if r.kind == "item"][:1] == [item_id]


# -- loanwords in the notes' text, with endings, plurals and half typed (QA4-5, QA4-6) ----


def test_a_plural_and_a_word_with_its_particle_are_also_heard_bare() -> None:
    assert heard_forms("testcontainers") == ["testcontainers", "testcontainer"]
    assert heard_forms("redis") == ["redis"]  # an s that is no plural
    assert heard_forms("캐시부터") == ["캐시부터", "캐시"]
    assert heard_forms("레디스를") == ["레디스를", "레디스"]
    assert heard_forms("가을") == ["가을"]  # a particle never leaves less than two syllables


def test_only_words_written_as_loanwords_are_sounded_in_the_index() -> None:
    for word in ("캐시부터", "레디스를", "테스트컨테이너로", "엔비디아", "cache", "redis"):
        assert may_be_borrowed(word), word
    # tense consonants, ㅢ, finals loanwords never write: Korean words, not sounded
    for word in ("있습니다", "읽고", "의미", "따라서", "팀", "k8s"):
        assert not may_be_borrowed(word), word


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("cache", "운영 팁: 캐시부터 데우기"),  # 캐시: the 이 after a hushed end; 부터 a particle
        ("캐시", "Cache warming tips"),
        ("redis", "레디스를 쓰는 이유"),
        ("레디스", "Why Redis"),
        ("testcontainers", "테스트컨테이너로 통합 테스트"),  # no s in Hangul
        ("테스트컨테이너", "Testcontainers in CI"),
        ("엔비디", "NVIDIA booth"),  # 엔비디아 half typed
    ],
)
def test_loanwords_meet_their_other_spelling_with_endings_and_half_typed(
    query: str, name: str
) -> None:
    assert Sounds.build([name]).like(query, 10) == {0}


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("cache", "서비스 개시"),  # 개시 "opening": a c is written ㅋ, never ㄱ
        ("cache", "가사 전문"),  # 가사: its vowels are not cache's
        ("kind", "키노트 세션"),  # among a passage's words three consonants need the syllables
        ("zanzibar", "신사업 발표"),  # SNSP both, but spelt nothing alike
        ("time", "팀 회고"),  # a silent e: time is 타임
        ("레디스", "ready status"),
    ],
)
def test_a_passage_word_is_not_found_by_a_word_that_only_shares_consonants(
    query: str, text: str
) -> None:
    index = SearchIndex.build(corpus(entry(f"{text}\n")))
    assert [r.kind for r in index.search(query)] == []


LOANWORD_PASSAGES = """\
# 인프라 세션 정리

캐시부터 데우고 배포합니다.

Redis 클러스터를 세 대로 나눴다.

Testcontainers로 통합 테스트를 돌린다.

NVIDIA GPU 여덟 장으로 학습을 돌렸다.

서비스 개시 일정은 미정.
"""


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("cache", "캐시부터 데우고 배포합니다."),
        ("레디스", "Redis 클러스터를 세 대로 나눴다."),
        ("테스트컨테이너", "Testcontainers로 통합 테스트를 돌린다."),
        ("엔비디", "NVIDIA GPU 여덟 장으로 학습을 돌렸다."),
        ("엔비디아", "NVIDIA GPU 여덟 장으로 학습을 돌렸다."),
    ],
)
def test_summit_tui_search_finds_passages_that_write_a_loanword_in_the_other_script(
    capsys, tmp_path: Path, query: str, line: str
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "infra.md").write_text(LOANWORD_PASSAGES, encoding="utf-8")
    passages = [r for r in search_json(capsys, notes, query) if r["kind"] == "passage"]
    assert [r["snippet"] for r in passages] == [line]


def test_a_passage_holding_the_word_as_typed_ranks_above_one_heard_in_the_other_script() -> None:
    index = SearchIndex.build(corpus(entry("캐시 히트율이 올랐다\n\ncache hit rate went up\n")))
    passages = [r for r in index.search("cache") if r.kind == "passage"]
    assert [r.snippet for r in passages][:2] == ["cache hit rate went up", "캐시 히트율이 올랐다"]


async def test_slash_in_the_app_finds_a_passage_written_in_the_other_script(tmp_path: Path) -> None:
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.screens.search import SearchScreen
    from waits import settled

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "infra.md").write_text(LOANWORD_PASSAGES, encoding="utf-8")
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        await pilot.press("slash", *"cache")
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert [r.snippet for r in screen.results if r.kind == "passage"] == [
            "캐시부터 데우고 배포합니다."  # and not 서비스 개시
        ]
