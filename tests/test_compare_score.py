"""Scoring two passages (compare/score.py) and the talk's order (compare/order.py)."""

from __future__ import annotations

from summit_tui.compare import order
from summit_tui.compare.align import THRESHOLD
from summit_tui.compare.features import features
from summit_tui.compare.score import ItemWeights, ItemWords, compare_texts, matched_words, score


def test_a_paraphrase_with_other_particles_scores_high() -> None:
    assert (
        compare_texts("퍼플렉시티는 답변의 출처를 밝힌다", "퍼플렉시티가 답변 출처도 밝혔다") >= 60
    )


def test_a_translation_scores_through_the_word_list_sounds_and_numbers() -> None:
    assert (
        compare_texts("매년 4~5배로 성장 속도가 빨라졌습니다", "it grows 4-5x a year") >= THRESHOLD
    )
    assert compare_texts(
        "쇼핑 목록을 분석하고 물품을 구매", "it reads your shopping list and buys"
    ) >= (THRESHOLD)


def test_one_shared_word_is_never_enough() -> None:
    assert compare_texts("퍼플렉시티는 광고를 도입한다", "퍼플렉시티는 출처를 밝힌다") < THRESHOLD
    assert compare_texts("The GPU shortage slowed us", "GPU prices fell last year") < THRESHOLD


def test_english_words_that_only_sound_alike_are_no_shared_point() -> None:
    # "block" and "public" share a consonant skeleton, so the one real shared word ("line",
    # a common one) had a second and two sentences sharing no point were linked.
    line = "the Tuesday robotics keynote, line was around the block"
    assert compare_texts(line, 'Good line: "verification is a public good"') < THRESHOLD
    assert compare_texts(
        "if nobody answers, people stop reporting",
        "Q&A was mostly people pitching their startups. Left early.",
    ) < (THRESHOLD)
    # Across two Latin languages a skeleton still joins cognates (Feld / field).
    assert compare_texts(
        "Doppelte Build-Zeit, keine Speicherfehler mehr im Feld",
        "No memory bugs in the field since, but build times doubled",
    ) >= (THRESHOLD)


def test_romanian_and_polish_function_words_are_no_shared_point() -> None:
    # "din", "nou", "cu", "dar" (Romanian) and "po", "nie" (Polish) are grammar, not words
    # two authors share a point by.
    assert compare_texts(
        "Acelasi keynote ca la Timisoara, dar cu un demo nou",
        "Pe 10 octombrie am intrat din nou, si nu a fost greu",
    ) < (THRESHOLD)
    assert compare_texts(
        "pula połączeń do bazy po włączeniu, nie wiem czemu",
        "rada: mierzyć przed i po, nie wierzyć w wydajność",
    ) < (THRESHOLD)


def test_unrelated_texts_score_zero_and_scores_are_symmetric() -> None:
    assert compare_texts("용융염에 열을 저장한다", "the speaker joked about coffee") == 0
    a, b = "전력 수요가 2050년까지 2.5배 증가", "power demand grows 2.5x by 2050"
    assert compare_texts(a, b) == compare_texts(b, a)


def test_words_many_passages_hold_weigh_less_than_rare_ones() -> None:
    passages = [features(t) for t in ("AI 검색 하나", "AI 검색 둘", "AI 검색 셋", "용융염")]
    weights = ItemWeights(passages)
    (common,) = [u for u in features("검색").units]
    (rare,) = [u for u in features("용융염").units]
    assert weights.weight(common) < weights.weight(rare) / 3


def test_a_word_nearly_every_passage_holds_is_not_the_second_shared_word() -> None:
    topic = ["검색 결과", "검색 속도", "검색 광고", "검색 품질", "AI 검색 엔진", "검색 비용"]
    a, b, c = "검색의 출처를 밝힌다", "검색 답변마다 출처를 단다", "검색할 때 출처를 밝히고 있다"
    weights = ItemWeights([features(t) for t in [*topic, a, b, c]])
    first, second, third = (weights.weigh(features(t)) for t in (a, b, c))
    assert score(first, second) == 0  # 출처 and the talk's topic word: one word in truth
    assert score(first, third) >= THRESHOLD  # 출처 and 밝히


def test_speakers_names_and_title_words_weigh_little() -> None:
    words = ItemWords.from_texts(
        ["Chris Levesque", "레베스크"], ["TerraPower"], ["첨단 원자력 에너지"]
    )
    weights = ItemWeights([], words)
    name, title, plain = (features(t).units[0] for t in ("레베스크", "원자력", "용융염"))
    assert weights.weight(name) < weights.weight(title) < weights.weight(plain)
    # Two passages that share only the speaker and the title's words are not the same point.
    a = "레베스크 CEO는 원자력 에너지가 용융염에 열을 저장한다고 했다"
    b = "Chris Levesque thinks nuclear energy will reuse coal plant sites"
    assert compare_texts(a, b, words) < THRESHOLD


def test_matched_words_say_what_two_passages_share() -> None:
    weights = ItemWeights([])
    a = weights.weigh(features("AI가 없으면 앱이 작동하지 않는다"))
    b = weights.weigh(features("the app does not work at all without AI"))
    assert set(matched_words(a, b)) == {"앱", "작동", "ai"}
    assert score(a, b) >= THRESHOLD


def test_pairs_off_the_columns_path_score_less() -> None:
    owners = [0] * 10 + [1] * 10
    positions = list(range(10)) * 2
    on_path = (2, 12)  # third passage of each column
    off_path = (1, 18)  # second against the ninth, which matches its own place better
    rival = (8, 18)
    scores = {on_path: 50.0, off_path: 40.0, rival: 45.0}
    placed = order.factors(scores, owners, positions, [10, 10])
    assert placed[on_path] == placed[rival] == 1.0
    assert order.FLOOR <= placed[off_path] < 1.0


def test_a_point_two_authors_made_in_other_places_keeps_its_score() -> None:
    # Each passage is the other's one best match: the order has nothing to choose.
    owners = [0] * 10 + [1] * 10
    positions = list(range(10)) * 2
    path = {(2, 12): 60.0, (5, 15): 60.0, (8, 18): 60.0}
    moved, echo = (1, 17), (3, 17)  # the second author wrote it near the end
    scores = {**path, moved: 45.0, echo: 30.0}
    placed = order.factors(scores, owners, positions, [10, 10])
    assert placed[moved] == 1.0
    assert placed[echo] < 1.0  # 17 has a better match; 3 is off the path


def test_sure_matches_bend_the_path() -> None:
    # The second author skipped the first half: a sure match says where columns meet.
    owners = [0] * 10 + [1] * 4
    positions = list(range(10)) + list(range(4))
    anchor = (6, 11)  # seventh passage of the first author = second of the second
    near, far = (8, 12), (1, 12)
    scores = {anchor: 90.0, near: 40.0, far: 40.0}
    placed = order.factors(scores, owners, positions, [10, 4])
    assert placed[near] == 1.0
    assert placed[far] < 1.0


def test_across_languages_the_best_clause_counts_in_one_language_the_whole() -> None:
    weights = ItemWeights([])
    korean = (
        "데이터센터의 전력은 냉각 설비, 네트워크 장비, 스토리지 시스템 등 여러 곳에서 쓰이며, "
        "그중 GPU와 메모리가 절반 정도를 차지합니다."
    )
    clauses = [weights.weigh(features(part)) for part in korean.split(", ")]
    whole = weights.weigh(features(korean))
    english = weights.weigh(features("GPUs and memory take about half of the power."))
    assert score(whole, english, clauses) > score(whole, english) >= THRESHOLD
    korean_point = weights.weigh(features("GPU와 메모리가 전력의 절반을 차지한다."))
    assert score(whole, korean_point, clauses) == score(whole, korean_point)
