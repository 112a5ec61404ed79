"""Search meets a word as an input method leaves it: Japanese typed in hiragana for a word
written in katakana (and back), a Korean loanword typed with one final consonant left out
(멀티플래폼 for 멀티플랫폼, Multiplatform), Chinese typed with one character slipped for
another of the same sound (消息对列 for 消息队列); what is met is what is highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import search_results

NOTES = {
    "zenn.md": "---\nauthor: yuki_t\nevent: FOSSASIA Summit 2024\n---\n"
    "# センサーのキャリブレーション入門\n\n- 温度で値がずれるので、毎朝キャリブレーションする\n"
    "- ひらがなで書いたきゃっしゅの話もした\n",
    "velog.md": "---\nauthor: 하윤\nevent: DevFest Seoul 2024\n---\n"
    "# Compose Multiplatform 실전 도입기\n\n- iOS 화면도 같이 그린다\n",
    "qcon.md": "---\nauthor: 思远\nevent: QCon 上海 2024\n---\n"
    "# 万亿级消息队列的存算分离实践\n\n- 计算节点无状态\n",
    "other.md": "---\nauthor: 하윤\nevent: DevFest Seoul 2024\n---\n"
    "# 모바일 접근성 점검표\n\n- 멀리서 보아도 읽히는 글자 크기\n",
}


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name, text in NOTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def marked(result: dict) -> list[str]:
    return [result["snippet"][a:b] for a, b in result["spans"]]


@pytest.mark.parametrize("query", ["きゃりぶれーしょん", "キャリブレーション", "せんさー"])
def test_hiragana_finds_the_katakana_it_spells(capsys, notes, query) -> None:
    results = search_results(capsys, notes, query)
    assert results and results[0]["title"] == "センサーのキャリブレーション入門"
    assert {r["note"] for r in results} == {None, "zenn.md"}  # the item, its passages


def test_katakana_finds_a_word_written_in_hiragana_and_marks_it(capsys, notes) -> None:
    results = search_results(capsys, notes, "キャッシュ")
    assert [r["line"] for r in results if r["field"] == "body"] == [8]
    assert marked(next(r for r in results if r["field"] == "body")) == ["きゃっしゅ"]


@pytest.mark.parametrize("query", ["멀티플래폼", "멀티플랫폼", "컴포즈 멀티플래폼"])
def test_a_loanword_typed_with_a_final_left_out_finds_its_latin_name(capsys, notes, query) -> None:
    results = search_results(capsys, notes, query)
    assert results and results[0]["title"] == "Compose Multiplatform 실전 도입기"
    assert {r["note"] for r in results} <= {None, "velog.md"}


@pytest.mark.parametrize("query", ["消息对列", "消息队列", "存算分里"])
def test_a_chinese_title_is_found_with_one_character_slipped(capsys, notes, query) -> None:
    results = search_results(capsys, notes, query)
    assert results and results[0]["title"] == "万亿级消息队列的存算分离实践"


def test_two_characters_wrong_is_no_slip(capsys, notes) -> None:
    assert not [r for r in search_results(capsys, notes, "消心对列") if r["note"] == "qcon.md"]


@pytest.mark.parametrize("query", ["깃허브 액션", "깃헙 액션", "액션"])
def test_a_latin_name_is_found_by_its_words_written_in_hangul(capsys, tmp_path, query) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "ci.md").write_text(
        "---\nauthor: 하늘\nevent: DevFest Seoul 2024\n---\n"
        "# 모바일 CI/CD, GitHub Actions로 30분 → 8분\n\n- 캐시를 잘 쓰면 빌드가 빨라진다\n",
        encoding="utf-8",
    )
    results = search_results(capsys, folder, query)
    assert results and results[0]["title"] == "모바일 CI/CD, GitHub Actions로 30분 → 8분"
