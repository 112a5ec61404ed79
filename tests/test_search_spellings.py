"""Search meets the other spellings of what people type, in the CLI and with `/` in the app:
Chinese typed in Simplified or Traditional characters, a Latin compound or camel-case name
written as one Hangul word, and what they meet in a passage is what is highlighted; never
a word that only looks alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import search_results
from summit_tui.ui.app import SummitApp
from test_ui_search import open_search, type_query
from waits import settled

NOTES = {
    "coscup.md": "---\nauthor: 怡君\nevent: COSCUP 2024\n---\n# 開源永續：從志工到基金會\n\n"
    "開源專案需要長期的維護者。\n\n開放資料的講者談到授權。\n",
    "events.md": "---\nauthor: 준영\nevent: 우아콘 2024\n---\n"
    "# 주문 시스템의 이벤트 소싱 전환기\n\n"
    "- 이벤트 스키마 변경에 대비한 upcaster를 만들었다\n"
    "- 업스케일 서버는 따로 두었다\n",
    "til.md": "---\nauthor: 서연\nevent: 우아콘 2024\n---\n# 개발 환경\n\n"
    "- devcontainer로 로컬 환경 원클릭\n"
    "- 부하 테스트는 nGrinder로 재현\n"
    "- testcontainers로 통합 테스트\n",
    "ui.md": "---\nauthor: 민수\nevent: 우아콘 2024\n---\n# Server-Driven UI 3년\n\n"
    "- server driven 화면은 JSON으로 그린다\n"
    "- 서버 드리븐 방식의 장점\n"
    "- 서버드리븐 구조로 바꿨다\n"
    "- the server was driven hard by load\n"
    "- I took a note on the book\n",
    "tools.md": "---\nauthor: 지민\nevent: 우아콘 2024\n---\n# 도구\n\n"
    "- Slack 채널에 공유한다\n"
    "- React 18로 올렸다\n"
    "- WebAssembly 모듈로 옮겼다\n"
    "- GitLab CI로 배포한다\n"
    "- GitOps 방식을 따른다\n",
    "ai.md": "---\nauthor: 하늘\nevent: 우아콘 2024\n---\n# AI 도구\n\n"
    "- GitHub Actions로 배포한다\n"
    "- agent가 코드를 고친다\n"
    "- Notion에 정리한다\n"
    "- ChatGPT로 초안을 쓴다\n"
    "- HuggingFace 모델을 받았다\n"
    "- TalkBack으로 화면을 읽어 본다\n"
    "- 깃허브 이슈로 관리한다\n"
    "- 에이전트 설계를 바꿨다\n"
    "- 노션 페이지에 모았다\n"
    "- 챗지피티 답변을 비교했다\n"
    "- 허깅페이스 허브에 올렸다\n"
    "- 토크백 켜고 테스트했다\n",
    "mlops.md": "---\nauthor: 유나\nevent: 우아콘 2024\n---\n# 모델 배포\n\n"
    "- we build the images once in CI\n"
    "- Hugging Face models are mirrored inside\n"
    "- the face of the team changed\n"
    "- a hugging robot demo at the booth\n"
    "- one Python thread per loader\n",
}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def body_lines(results: list[dict]) -> set[int]:
    return {r["line"] for r in results if r["field"] == "body"}


def lines_in(results: list[dict], note: str) -> set[int]:
    return {r["line"] for r in results if r["note"] == note}


def marked(result: dict) -> list[str]:
    return [result["snippet"][a:b] for a, b in result["spans"]]


@pytest.mark.parametrize("query", ["开源永续", "開源永續", "开源永續"])
def test_chinese_is_found_in_either_set_of_characters(capsys, notes, query) -> None:
    results = search_results(capsys, notes, query)
    assert results and results[0]["title"].startswith("開源永續")
    assert marked(results[0]) == ["開源永續"]


def test_simplified_characters_find_traditional_passages_and_only_their_word(capsys, notes) -> None:
    assert body_lines(search_results(capsys, notes, "开源专案")) == {7}
    assert body_lines(search_results(capsys, notes, "开源")) == {7}  # not 開放 (open), line 9
    assert body_lines(search_results(capsys, notes, "开放")) == {9}


@pytest.mark.parametrize(
    ("query", "line", "word"),
    [
        ("업캐스터", 7, "upcaster"),
        ("데브컨테이너", 7, "devcontainer"),
        ("엔그라인더", 8, "nGrinder"),  # a first n said as the letter's name
    ],
)
def test_a_latin_compound_written_as_one_hangul_word_is_found(
    capsys, notes, query, line, word
) -> None:
    results = search_results(capsys, notes, query)
    assert body_lines(results) == {line}


@pytest.mark.parametrize(
    ("query", "not_this"),
    [
        ("업스케일", "upcaster"),  # upscale: the same start, another word
        ("테스트컨테이너", "devcontainer"),  # it finds testcontainers, not devcontainer
        ("엔진엑스", "nGrinder"),  # nginx
        ("그라인더", "nGrinder"),  # grinder, without the n
    ],
)
def test_a_hangul_word_that_only_looks_alike_is_not_found(capsys, notes, query, not_this) -> None:
    results = search_results(capsys, notes, query)
    assert not any(not_this in r["snippet"] for r in results)


def test_testcontainers_is_found_as_its_hangul_spelling(capsys, notes) -> None:
    assert body_lines(search_results(capsys, notes, "테스트컨테이너")) == {9}


def test_a_compound_is_found_typed_as_one_word_with_a_hyphen_or_a_space(capsys, notes) -> None:
    # The heading and the passage that write it with a hyphen or a space; not "the server
    # was driven" (the words apart), and 서버드리븐 in Hangul by its sound.
    joined = search_results(capsys, notes, "serverdriven")
    assert lines_in(joined, "ui.md") == {5, 7, 9}
    assert marked(next(r for r in joined if r["line"] == 5)) == ["Server-Driven"]
    assert marked(next(r for r in joined if r["line"] == 7)) == ["server driven"]
    assert marked(next(r for r in joined if r["line"] == 9)) == ["서버드리븐"]
    for query in ("server-driven", "server driven"):
        assert {5, 7} <= lines_in(search_results(capsys, notes, query), "ui.md"), query


def test_korean_spacing_variants_meet(capsys, notes) -> None:
    # 서버드리븐 finds 서버 드리븐 (written apart) and Server-Driven (heard); 서버 드리븐 finds
    # 서버드리븐 (written as one).
    joined = search_results(capsys, notes, "서버드리븐")
    assert {5, 8, 9} <= lines_in(joined, "ui.md")
    assert 10 not in lines_in(joined, "ui.md")
    assert marked(next(r for r in joined if r["line"] == 8)) == ["서버 드리븐"]
    assert marked(next(r for r in joined if r["line"] == 5)) == ["Server-Driven"]
    assert {8, 9} <= lines_in(search_results(capsys, notes, "서버 드리븐"), "ui.md")


def test_words_written_apart_only_meet_side_by_side(capsys, notes) -> None:
    assert not lines_in(search_results(capsys, notes, "notebook"), "ui.md")  # "a note on the book"
    assert 10 not in lines_in(search_results(capsys, notes, "serverdriven"), "ui.md")


@pytest.mark.parametrize(
    ("query", "word"),
    [("업캐스터", "upcaster"), ("데브컨테이너", "devcontainer"), ("엔그라인더", "nGrinder")],
)
def test_what_is_found_by_its_sound_is_highlighted(capsys, notes, query, word) -> None:
    results = search_results(capsys, notes, query)
    assert results and all(marked(r) == [word] for r in results)


@pytest.mark.parametrize(
    ("query", "line", "word"),
    [
        ("슬랙", 7, "Slack"),
        ("리액트", 8, "React"),
        ("웹어셈블리", 9, "WebAssembly"),
        ("깃랩", 10, "GitLab"),  # a g before i may be hard (gear 기어) as well as soft (agent)
        ("깃옵스", 11, "GitOps"),
    ],
)
def test_short_loanwords_and_words_starting_with_w_are_heard_in_passages(
    capsys, notes, query, line, word
) -> None:
    results = search_results(capsys, notes, query)
    assert lines_in(results, "tools.md") == {line}
    assert [marked(r) for r in results if r["note"] == "tools.md"] == [[word]]


@pytest.mark.parametrize("query", ["슬롯", "리액션", "어셈블리", "깃발"])  # slot, reaction, …, flag
def test_words_that_sound_a_little_alike_are_not_heard(capsys, notes, query) -> None:
    assert not lines_in(search_results(capsys, notes, query), "tools.md")


@pytest.mark.parametrize(
    ("hangul", "latin", "lines"),
    [
        ("깃허브", "github", {7: "GitHub", 13: "깃허브"}),  # an h after a consonant is not heard
        ("에이전트", "agent", {8: "agent", 14: "에이전트"}),  # 에이 is the a, 어 the e
        ("노션", "notion", {9: "Notion", 15: "노션"}),
        ("챗지피티", "chatgpt", {10: "ChatGPT", 16: "챗지피티"}),  # g and p said by their names
        ("허깅페이스", "huggingface", {11: "HuggingFace", 17: "허깅페이스"}),  # gg is hard
        ("토크백", "talkback", {12: "TalkBack", 18: "토크백"}),  # the l of talk is silent
    ],
)
def test_loanwords_are_found_in_either_script(capsys, notes, hangul, latin, lines) -> None:
    for query in (hangul, latin):
        results = [r for r in search_results(capsys, notes, query) if r["note"] == "ai.md"]
        assert {r["line"]: marked(r) for r in results} == {
            line: [word] for line, word in lines.items()
        }, query


@pytest.mark.parametrize("query", ["노선", "깃털", "챗봇", "에이전시", "토크쇼"])
def test_korean_words_near_those_loanwords_are_not_heard_as_them(capsys, notes, query) -> None:
    # route, feather, chatbot, agency, talk show
    assert not lines_in(search_results(capsys, notes, query), "ai.md")


async def test_the_app_finds_the_same(notes: Path) -> None:
    app = SummitApp(notes, watch_interval=None)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        screen = await open_search(pilot)
        await type_query(pilot, screen, "开源永续")
        assert screen.results and screen.results[0].title.startswith("開源永續")
        assert screen.results[0].spans
        for query, line in (("업캐스터", 7), ("데브컨테이너", 7), ("엔그라인더", 8)):
            await type_query(pilot, screen, query)
            assert {r.line for r in screen.results if r.field == "body"} == {line}, query
        await type_query(pilot, screen, "업스케일")
        assert not any("upcaster" in r.snippet for r in screen.results)
        await type_query(pilot, screen, "serverdriven")
        found = {r.line: r for r in screen.results if r.note == "ui.md"}
        assert set(found) == {5, 7, 9}
        assert [found[7].snippet[a:b] for a, b in found[7].spans] == ["server driven"]
        await type_query(pilot, screen, "서버드리븐")
        found = {r.line: r for r in screen.results if r.note == "ui.md"}
        assert {5, 8, 9} <= set(found)
        assert [found[5].snippet[a:b] for a, b in found[5].spans] == ["Server-Driven"]


def test_a_loanword_whose_latin_u_is_not_heard_is_found(capsys, notes) -> None:
    # build is said 빌드: the u after its b is not heard
    results = [r for r in search_results(capsys, notes, "빌드") if r["note"] == "mlops.md"]
    assert [(r["line"], marked(r)) for r in results] == [(7, ["build"])]


def test_a_name_written_as_two_latin_words_is_found_by_its_one_hangul_word(capsys, notes) -> None:
    # 허깅페이스 is Hugging Face written apart, not 'face' or 'hugging' alone
    results = [r for r in search_results(capsys, notes, "허깅페이스") if r["note"] == "mlops.md"]
    assert [(r["line"], marked(r)) for r in results] == [(8, ["Hugging Face"])]


def test_a_hangul_word_the_notes_write_with_particles_still_finds_the_two_words(
    capsys, tmp_path: Path
) -> None:
    # No note writes 허깅페이스 bare (only 허깅페이스에서), so it begins words of the notes
    # without being one: Hugging Face, written apart, is found all the same.
    folder = tmp_path / "particles"
    folder.mkdir()
    (folder / "en.md").write_text(
        "---\nauthor: ann\n---\n# Faster CI\n\n- Hugging Face models are cached\n"
        "- Platform Engineering is a product\n",
        encoding="utf-8",
    )
    (folder / "ko.md").write_text(
        "---\nauthor: 민지\n---\n# 모델\n\n"
        "- 허깅페이스에서 모델을 받았다\n- 플랫폼엔지니어링팀 소개\n",
        encoding="utf-8",
    )
    assert lines_in(search_results(capsys, folder, "허깅페이스"), "en.md") == {6}
    assert lines_in(search_results(capsys, folder, "플랫폼엔지니어링"), "en.md") == {7}


@pytest.mark.parametrize(("query", "word"), [("파이썬", "Python"), ("스레드", "thread")])
def test_a_latin_th_is_heard_as_hangul_writes_it(capsys, notes, query, word) -> None:
    # th is written with ㅅ in these loanwords (python 파이썬, thread 스레드, method 메서드)
    results = [r for r in search_results(capsys, notes, query) if r["note"] == "mlops.md"]
    assert [(r["line"], marked(r)) for r in results] == [(11, [word])]


MEETUP = (
    "---\nauthor: Dana\nevent: Rust Meetup 2024\n---\n# Evening notes\n\n"
    "- our guest speaker flew in from Berlin\n"  # 7
    "- someone played the guitar during the break\n"  # 8
    "- the conference badge doubles as a transit card\n"  # 9
    "- they run everything on Kubernetes now\n"  # 10
    "- a body of data and a few quotes\n"  # 11
    "- the repo was moved last week\n"  # 12
)


@pytest.fixture
def meetup(tmp_path: Path) -> Path:
    folder = tmp_path / "meetup"
    folder.mkdir()
    (folder / "evening.md").write_text(MEETUP, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("query", "line", "word"),
    [
        ("게스트", 7, "guest"),  # a g's u is not heard, and keeps the g hard
        ("기타", 8, "guitar"),
        ("컨퍼런스", 9, "conference"),
        ("콘퍼런스", 9, "conference"),
        ("쿠버네티스", 10, "Kubernetes"),
    ],
)
def test_everyday_loanwords_find_their_latin_spelling(capsys, meetup, query, line, word) -> None:
    results = search_results(capsys, meetup, query)
    assert [(r["line"], marked(r)) for r in results if r["field"] == "body"] == [(line, [word])]


@pytest.mark.parametrize(
    "query",
    # expectation (not guitar), party (not body), attitude (not data), review (not repo),
    # code (not quotes): a Latin t, p or k is written ㅌ ㅍ ㅋ, a b, d or g never so
    ["기대", "파티", "태도", "리뷰", "코드"],
)
def test_common_korean_words_do_not_find_english_words_that_only_sound_near(
    capsys, meetup, query
) -> None:
    assert not body_lines(search_results(capsys, meetup, query))


@pytest.mark.parametrize(("query", "line"), [("專案", 7), ("维护", 7), ("授權", 9), ("永續", 5)])
def test_a_two_character_chinese_word_inside_a_run_is_found_and_marked(
    capsys, notes, query, line
) -> None:
    # Chinese writes no spaces: 專案 is inside 開源專案需要長期的維護者
    results = [r for r in search_results(capsys, notes, query) if r["note"] == "coscup.md"]
    assert line in {r["line"] for r in results}
    assert all(len(marked(r)) == 1 and len(marked(r)[0]) == 2 for r in results)


def test_one_chinese_character_is_not_looked_for_inside_words(capsys, notes) -> None:
    assert not body_lines(search_results(capsys, notes, "案"))
