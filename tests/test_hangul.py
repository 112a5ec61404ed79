"""Jamo decomposition, initial consonants and IME composition, on the edge cases."""

from __future__ import annotations

import pytest

from summit_tui.search.hangul import (
    choseong,
    choseong_key,
    compose,
    decompose,
    fold,
    fold_with_map,
    is_choseong_query,
    typing_states,
)


@pytest.mark.parametrize(
    ("text", "jamo"),
    [
        ("가", "ㄱㅏ"),
        ("힣", "ㅎㅣㅎ"),  # the last syllable, U+D7A3
        ("퍼플렉시티", "ㅍㅓㅍㅡㄹㄹㅔㄱㅅㅣㅌㅣ"),
        ("닭", "ㄷㅏㄹㄱ"),  # compound final ㄺ split
        ("값", "ㄱㅏㅂㅅ"),  # ㅄ
        ("앉", "ㅇㅏㄴㅈ"),  # ㄵ
        ("과", "ㄱㅗㅏ"),  # compound vowel ㅘ split
        ("의", "ㅇㅡㅣ"),  # ㅢ
        ("뷁", "ㅂㅜㅔㄹㄱ"),  # compound vowel and compound final together
        ("까", "ㄲㅏ"),  # a double consonant is one key (shift), kept
    ],
)
def test_decompose_splits_syllables_into_the_keys_typed(text: str, jamo: str) -> None:
    assert decompose(text) == jamo


def test_decompose_leaves_non_hangul_alone_and_handles_mixed_scripts() -> None:
    assert decompose("") == ""
    assert decompose("AI, GPU 2024!") == "AI, GPU 2024!"
    assert decompose("Perplexity의 AI검색") == "Perplexityㅇㅡㅣ AIㄱㅓㅁㅅㅐㄱ"
    # Latin accents are left out (sobriete); a Han character has one form (東/东, 開源/开源)
    assert decompose("東京 café") == "东京 cafe"
    # kana keep their voicing marks; hiragana is written as katakana (きゃりぶれーしょん)
    assert decompose("がっこう") == "ガッコウ"
    assert decompose("ガッコウ") == "ガッコウ"


def test_compatibility_jamo_are_split_too() -> None:
    assert decompose("ㄳ") == "ㄱㅅ"
    assert decompose("ㅘ") == "ㅗㅏ"
    assert decompose("ㄱㄴ") == "ㄱㄴ"


def test_modern_conjoining_jamo_map_to_compatibility_jamo() -> None:
    # U+1100 block: choseong ᄀ, jungseong ᅡ, jongseong ᆨ (what NFD produces)
    assert decompose("\u1100\u1161\u11a8") == "ㄱㅏㄱ"
    assert decompose("\u1111") == "ㅍ"
    assert decompose("\u116a") == "ㅗㅏ"  # jungseong ᅪ


def test_old_jamo_pass_through_unchanged() -> None:
    old = "\u1140\u1146\u119e"  # ᅀ (bansiot), ᅆ, ᆞ (arae-a): not typed on a modern keyboard
    assert decompose(old) == old
    assert choseong(old) == old
    assert not is_choseong_query(old)


def test_choseong_of_syllables() -> None:
    assert choseong("퍼플렉시티") == "ㅍㅍㄹㅅㅌ"
    assert choseong("에너지 AI") == "ㅇㄴㅈ AI"
    assert choseong_key("첨단 원자력 에너지로 AI") == "ㅊㄷㅇㅈㄹㅇㄴㅈㄹ"
    assert choseong_key("Perplexity") == ""
    assert choseong("") == ""


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ㅍㅍㄹㅅㅌ", True),
        ("ㅇㄴㅈ", True),
        ("ㅇㄴ ㅈ", True),
        ("ㄲ", True),
        ("\u1111\u1111", True),  # the same initials after NFKC
        ("퍼플", False),
        ("ㅍㅍ퍼", False),
        ("ㅏ", False),  # a vowel is not an initial
        ("ㄳ", False),  # a compound final is never an initial
        ("abc", False),
        ("", False),
        ("   ", False),
    ],
)
def test_is_choseong_query(query: str, expected: bool) -> None:
    assert is_choseong_query(query) is expected


def test_fold_folds_case_width_and_jamo() -> None:
    assert fold("ＰＥＲＰＬＥＸＩＴＹ") == "perplexity"
    assert fold("Straße") == "strasse"
    assert fold("ㅍㅍㄹ") == "ㅍㅍㄹ"  # NFKC turns these into U+1100 jamo; folded back
    assert fold("ㄱㅏ") == fold("가")
    assert fold("e\u0301") == fold("é")  # NFC and NFD spellings meet


def test_fold_with_map_points_back_into_the_original() -> None:
    text = "Ａ닭 b"
    folded, ends = fold_with_map(text)
    assert folded == "aㄷㅏㄹㄱ b"
    assert ends == [1, 5, 6, 7]
    latin, none = fold_with_map("ABC")
    assert (latin, none) == ("abc", None)


def test_compose_is_the_inverse_of_decompose() -> None:
    texts = ("퍼플렉시티 키노트", "닭볶음탕 읽었다 앉아 괜찮아 뷁", "아빠 따라 ㄱㄴ", "AI의 미래")
    for text in texts:
        assert compose(decompose(text)) == text


def test_typing_states_are_what_an_ime_shows() -> None:
    assert typing_states("퍼플렉시티") == [
        "ㅍ",
        "퍼",
        "펖",
        "퍼프",
        "퍼플",
        "퍼플ㄹ",
        "퍼플레",
        "퍼플렉",
        "퍼플렋",  # ㄱ+ㅅ make a compound final until the vowel takes the ㅅ
        "퍼플렉시",
        "퍼플렉싵",
        "퍼플렉시티",
    ]


def test_every_typing_state_is_a_jamo_prefix_of_the_word() -> None:
    for word in ("퍼플렉시티", "닭갈비", "괜찮아", "원자력 에너지"):
        target = decompose(word)
        for state in typing_states(word):
            assert target.startswith(decompose(state)), state
