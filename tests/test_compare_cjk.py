"""Units of Japanese and Chinese passages (compare/cjk.py and its use in features.py)."""

from __future__ import annotations

from summit_tui.compare import cjk
from summit_tui.compare.align import THRESHOLD
from summit_tui.compare.features import features
from summit_tui.compare.score import compare_texts


def _texts(text: str) -> list[str]:
    return [unit.text for unit in features(text).units]


def _keys(text: str) -> set[str]:
    return set(features(text).keys)


def test_han_runs_become_overlapping_pairs_and_kana_endings_are_left_out() -> None:
    assert _texts("東京会場が満席でした") == ["东京", "京会", "会场", "满席"]
    assert features("東京会場が満席でした").lang == "cjk"
    assert _texts("それはとてもよかったです") == []  # only kana: nothing to compare on


def test_traditional_simplified_and_japanese_forms_are_one_key() -> None:
    assert cjk.canonical_han("參與") == cjk.canonical_han("参与")
    assert "h:减少" in _keys("減少した") & _keys("減少了") & _keys("减少了")
    assert "h:检查" in _keys("型別檢查") & _keys("类型检查")
    assert "h:导入" in _keys("段階的に導入") & _keys("逐步導入")


def test_a_run_is_cut_into_the_glossary_words_it_holds_and_pairs_of_the_rest() -> None:
    assert _texts("本番障害が減少しました") == ["本番", "障害", "减少"]
    assert _texts("他們的程式碼庫大約有300萬行") == ["程式码库", "大约", "有", "300"]
    # A glossary word keeps its pairs, so it still meets the other language's pairs.
    assert "h:码库" in _keys("程式碼庫") & _keys("代码库很大")


def test_glossary_words_meet_the_english_words_in_japanese_and_chinese() -> None:
    for text in ("本番障害", "線上事故", "生产环境的故障"):
        assert {"c:production", "c:incid"} <= _keys(text) & _keys("production incidents"), text
    assert "c:log" in _keys("ログを残す") & _keys("the logs")
    assert "c:check" in _keys("型チェック") & _keys("the type checker")
    assert "c:cach" in _keys("利用快取") & _keys("caching helps")
    # One character is a word only as a whole run (減った), not inside one (加減).
    assert "c:decreas" in _keys("減った") and "c:decreas" not in _keys("加減が難しい")


def test_a_japanese_or_chinese_point_meets_the_english_one() -> None:
    english = "Production incidents dropped 40% over two years."
    assert compare_texts("導入後2年で本番障害が40%減少した。", english) >= THRESHOLD
    assert compare_texts("兩年內線上事故減少了40%。", english) >= THRESHOLD
    assert compare_texts("会場は満席で立ち見も出ていた。", english) < THRESHOLD


def test_chinese_grammar_characters_end_a_run() -> None:
    assert _texts("我們的專案") == ["专案"]


def test_katakana_words_are_sounded_so_they_meet_the_english_word() -> None:
    assert _keys("テストを書く") & _keys("we write tests")
    assert _keys("新しいフレームワーク") & _keys("a new framework")
    assert _keys("モジュール単位で") & _keys("one module at a time")
    assert not _keys("モジュール") & _keys("mistake")


def test_numbers_with_japanese_and_chinese_units_meet_the_english_ones() -> None:
    minutes = {k for k in _keys("12 minutes") if k.startswith("n:")}
    assert minutes <= _keys("12分に短縮") and minutes <= _keys("12分鐘")
    assert "h:短缩" in _keys("12分に短縮")  # the rest of the run after the unit still counts
    million = {k for k in _keys("3 million lines") if k.startswith("n:")}
    assert million <= _keys("300万行") and million <= _keys("300萬行")
    assert {k for k in _keys("two years") if k.startswith("n:")} <= _keys("兩年內")
    assert "n:30x" in _keys("デモでは 30倍") & _keys("快了大約 30 倍") & _keys("30x faster")
    assert not any(k.startswith("n:") for k in _keys("これで十分です"))  # enough, not 10 min


def test_japanese_and_chinese_notes_of_one_fact_score_above_the_threshold() -> None:
    assert (
        compare_texts(
            "型チェックのキャッシュを使ってCIの時間を12分から3分に短縮。",
            "利用型別檢查的快取，CI 從12分鐘縮短到3分鐘。",
        )
        >= THRESHOLD
    )
    assert compare_texts("導入後2年で本番障害が40%減少した。", "兩年內線上事故減少了40%。") >= (
        THRESHOLD
    )


def test_unrelated_japanese_and_chinese_passages_stay_apart() -> None:
    assert (
        compare_texts(
            "会場は満席で立ち見も出ていた。", "我自己的專案還停留在舊版本，回去要先升級。"
        )
        < THRESHOLD
    )
    assert compare_texts("型ヒントの導入は大変だった", "型別提示的文件很完整") < THRESHOLD


def test_a_katakana_compound_is_cut_where_a_glossary_word_starts_or_ends_it() -> None:
    # "디버그 로그" ~ "デバッグログ" (closing note 6, Noticed 5): one Katakana run of two words.
    assert cjk.katakana_parts("デバッグログ") == ("デバッグ", "ログ")
    assert cjk.katakana_parts("ログレベル") == ("ログ", "レベル")
    assert cjk.katakana_parts("フレームワーク") == ("フレームワーク",)  # no glossary word in it
    assert cjk.katakana_parts("キャッシュ") == ("キャッシュ",)  # a glossary word itself
    assert _texts("デバッグログを有効にした") == ["デバッグ", "ログ", "有効"]
    assert compare_texts("디버그 로그를 켰다", "デバッグログを有効にした") >= THRESHOLD
    assert compare_texts("debug logs were on", "デバッグログを有効にした") >= THRESHOLD
