"""Alignment of one item's passages across authors (compare/align.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rapidfuzz import fuzz

import factories
from summit_tui.compare.align import (
    THRESHOLD,
    AlignedPassage,
    Alignment,
    _clauses,
    align_entries,
    entry_passages,
    introduces,
)
from summit_tui.compare.features import features
from summit_tui.compare.score import ItemWeights, ItemWords, clause_score, compare_texts, score
from summit_tui.compare.sentences import split_clauses, split_sentences
from summit_tui.corpus.model import Entry


def _points(drafts):
    """The drafts that are aligned (facts about the talk are context)."""
    return [d for d in drafts if d.kind != "fact"]


def entry(author: str, body: str, *, note: str | None = None, start: int = 10) -> Entry:
    text = "## Talk\n\n" + body
    end = start + len(text.rstrip("\n").split("\n")) - 1
    return factories.entry(text, start=start, end=end, note=note or f"{author}.md", author=author)


def one(alignment: Alignment, author: str, needle: str) -> AlignedPassage:
    found = alignment.find(author, needle)
    assert len(found) == 1, f"{needle!r} in {author}: {[p.text for p in found]}"
    return found[0]


def partners(alignment: Alignment, passage: AlignedPassage) -> list[str]:
    return [alignment.passage(c.author, c.index).text for c in passage.counterparts]


# --- scoring (the parts: tests/test_compare_words.py, tests/test_compare_score.py) ------


def test_particles_defeat_a_plain_word_scorer_but_not_ours() -> None:
    a, b = "퍼플렉시티는 답변의 출처를 밝힌다", "퍼플렉시티가 답변 출처도 밝혔다"
    # Not one whole word is shared, so a word-token overlap sees two different sentences.
    assert fuzz.ratio(sorted(a.split()), sorted(b.split())) == 0
    assert compare_texts(a, b) >= THRESHOLD + 20


# --- sentences and passages -----------------------------------------------------------


def test_korean_sentences_end_at_line_breaks_after_da_and_yo() -> None:
    source = "첫 문장입니다\n둘째 문장이에요\nEnglish that wraps\nover two lines. And a second one!"
    texts = [s.text for s in split_sentences(source)]
    assert texts == [
        "첫 문장입니다",
        "둘째 문장이에요",
        "English that wraps over two lines.",
        "And a second one!",
    ]
    assert [s.line_offset for s in split_sentences(source)] == [0, 1, 2, 2]


def test_a_short_trailing_remark_stays_with_its_sentence() -> None:
    texts = [
        s.text for s in split_sentences("내부 데이터를 검색하는 기능도 제공합니다. (Space 기능)")
    ]
    assert texts == ["내부 데이터를 검색하는 기능도 제공합니다. (Space 기능)"]


def test_decimal_numbers_do_not_end_a_sentence() -> None:
    assert len(split_sentences("전력 수요가 2.5배 증가한다. 그래서 원자력이 필요하다.")) == 2


def test_clauses_end_at_commas_and_korean_connectives() -> None:
    sentence = (
        "전력망에 변화가 필요하다고 언급하면서 빌게이츠와 SK의 지원을 받아, 원자로를 개발했다."
    )
    assert split_clauses(sentence) == [
        "전력망에 변화가 필요하다고 언급하면서",
        "빌게이츠와 SK의 지원을 받아,",
        "원자로를 개발했다.",
    ]
    assert split_clauses("One clause only.") == ["One clause only."]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "Python vs. Rust 성능을 비교했습니다. 결과는 예상과 달랐다고 합니다.",
            ["Python vs. Rust 성능을 비교했습니다.", "결과는 예상과 달랐다고 합니다."],
        ),
        (
            "존 F. 케네디의 연설을 인용했습니다. 다음 이야기로 넘어갔습니다.",
            ["존 F. 케네디의 연설을 인용했습니다.", "다음 이야기로 넘어갔습니다."],
        ),
        (
            "J. R. R. Tolkien inspired the whole talk. Then came the demo.",
            ["J. R. R. Tolkien inspired the whole talk.", "Then came the demo."],
        ),
        (
            "Many tools, e.g. Ruff, i.e. a linter, are fast. That was the point.",
            ["Many tools, e.g. Ruff, i.e. a linter, are fast.", "That was the point."],
        ),
        (
            "Dr. Kim opened with a story about chips. The U.S. market came next.",
            ["Dr. Kim opened with a story about chips.", "The U.S. market came next."],
        ),
        (
            "It costs approx. five dollars a unit today. Prices will fall soon.",
            ["It costs approx. five dollars a unit today.", "Prices will fall soon."],
        ),
        (
            "비용이 3. 5배 늘었다고 합니다. 2025년에는 두 배가 된다고 합니다.",
            ["비용이 3. 5배 늘었다고 합니다.", "2025년에는 두 배가 된다고 합니다."],
        ),
        (
            'He said "it grows four times a year." Then the demo started.',
            ['He said "it grows four times a year."', "Then the demo started."],
        ),
        (
            "The keynote compared Rust vs.\nGo for services. Go won on build times.",
            ["The keynote compared Rust vs. Go for services.", "Go won on build times."],
        ),
    ],
)
def test_abbreviations_initials_and_decimals_do_not_end_a_sentence(
    source: str, expected: list[str]
) -> None:
    assert [s.text for s in split_sentences(source)] == expected


def test_long_paragraphs_are_split_into_sentences_with_their_lines() -> None:
    long = (
        "레베스크 CEO는 전력 수요가 2050년까지 2.5배 증가할 것이라고 말하였습니다.\n"
        "빌게이츠와 SK의 지원을 받아 나트륨 원자로를 개발했다고 말하였습니다.\n"
        "한국이 세계 AI 전력 수요 충족에 중요한 역할을 할 것이라고 말하면서 연설을 마쳤습니다."
    )
    drafts = entry_passages(entry("ann", long + "\n", start=20))
    assert [d.kind for d in drafts] == ["sentence"] * 3
    assert [d.line for d in drafts] == [22, 23, 24]  # heading, blank, then the three lines


def test_headings_images_and_bold_lines_are_context_not_passages() -> None:
    body = (
        "![](https://example.com/slide.png)\n\n"
        "**1. Natrium 원자로**: 미래 에너지\n\n"
        "Natrium 원자로는 용융염 저장 방식을 쓴다.\n\n"
        "### Q&A\n\n"
        "- 질문은 없었다\n"
    )
    drafts = entry_passages(entry("ann", body))
    assert [(d.text, d.context) for d in drafts] == [
        ("Natrium 원자로는 용융염 저장 방식을 쓴다.", "1. Natrium 원자로: 미래 에너지"),
        ("질문은 없었다", "Q&A"),
    ]


def test_property_lines_are_lines_and_the_notes_facts_are_no_points() -> None:
    # A Notion page's properties: one Markdown paragraph, one fact per line.
    body = (
        "세션명: 생성형 AI로 NPC 대사 만들기\n연사: 정민서\n날짜: 2024년 5월 29일\n"
        "트랙: AI\n작성자: 박지원\nTags: AI, LLM\n\n"
        "작가 검수 안 거친 대사는 하나도 없음\n"
    )
    drafts = entry_passages(entry("ann", body, start=1))
    assert [(d.text, d.line) for d in _points(drafts)] == [
        ("세션명: 생성형 AI로 NPC 대사 만들기", 3),
        ("연사: 정민서", 4),
        ("작가 검수 안 거친 대사는 하나도 없음", 10),
    ]
    # The note's facts are context, shown in their place, never aligned.
    assert [(d.text, d.line) for d in drafts if d.kind == "fact"] == [
        ("날짜: 2024년 5월 29일", 5),
        ("트랙: AI", 6),
        ("작성자: 박지원", 7),
        ("Tags: AI, LLM", 8),
    ]


def test_a_page_byline_is_no_point() -> None:
    # Confluence and blogs put who wrote the page and when above its text.
    body = (
        "Created by 김민수, last modified on Mar 02, 2023\n\n"
        "원격 빌드 캐시로 클린 빌드가 빨라졌다\n\n"
        "Posted by Ann Lee on June 3\n"
    )
    drafts = entry_passages(entry("ann", body))
    assert [d.text for d in _points(drafts)] == ["원격 빌드 캐시로 클린 빌드가 빨라졌다"]
    assert [d.kind for d in drafts] == ["fact", "paragraph", "fact"]


def test_japanese_and_chinese_lines_join_without_a_space() -> None:
    # (Only their Latin words and numbers are compared, so each line here holds one.)
    body = "会場は去年と同じ有明の\nTOC です\n\nmypy の型ヒントの話が\n面白かった\n"
    assert [d.text for d in entry_passages(entry("ann", body))] == [
        "会場は去年と同じ有明の TOC です",
        "mypy の型ヒントの話が面白かった",
    ]


def test_a_paragraph_of_labelled_points_stays_a_point() -> None:
    body = "문제: 빌드가 한 시간 걸림\n해결: 에셋 번들을 코드 빌드와 분리\n"
    assert [d.text for d in entry_passages(entry("ann", body))] == [
        "문제: 빌드가 한 시간 걸림 해결: 에셋 번들을 코드 빌드와 분리"
    ]


@pytest.mark.parametrize("label", ["핵심:", "要点:", "重點：", "Takeaways:", "**Key points**:"])
def test_a_line_that_only_labels_the_points_under_it_is_their_context(label: str) -> None:
    body = f"{label}\n\n- 빌드 캐시로 클린 빌드가 12분에서 3분으로\n- 에셋 번들을 따로 빌드\n"
    drafts = entry_passages(entry("ann", body))
    assert [(d.text, d.context) for d in drafts] == [
        ("빌드 캐시로 클린 빌드가 12분에서 3분으로", label.strip("*:： ").replace("**", "")),
        ("에셋 번들을 따로 빌드", label.strip("*:： ").replace("**", "")),
    ]


def test_a_short_line_with_a_value_after_its_colon_is_still_a_point() -> None:
    body = "결론: 캐시가 답이다\n"
    assert [d.text for d in entry_passages(entry("ann", body))] == ["결론: 캐시가 답이다"]


def test_japanese_and_chinese_property_lines_are_lines_and_the_time_is_no_point() -> None:
    body = "講者：Daniel Park\n時間：9月27日（五）下午\n\n只把熱點函式搬到 Rust\n"
    drafts = entry_passages(entry("ann", body, start=1))
    assert [(d.text, d.line) for d in _points(drafts)] == [
        ("講者：Daniel Park", 3),
        ("只把熱點函式搬到 Rust", 6),
    ]
    assert [(d.text, d.kind) for d in drafts if d.line == 4] == [
        ("時間：9月27日（五）下午", "fact")
    ]


def test_a_list_item_that_only_labels_its_sub_items_is_their_context() -> None:
    body = (
        "1. 왜 했나: 서브 NPC 잡담 대사가 병목\n"
        "2. 파이프라인\n"
        "    - 캐릭터 카드 → LLM 초안 5개 → 작가가 고름\n"
        "3. 결과\n"
        "    - 작가 1인당 처리 대사 수 약 2.5배\n"
        "4. 녹음 분량은 오히려 늘었다\n"
    )
    drafts = entry_passages(entry("ann", body))
    assert [(d.text, d.context) for d in drafts] == [
        ("왜 했나: 서브 NPC 잡담 대사가 병목", "Talk"),
        ("캐릭터 카드 → LLM 초안 5개 → 작가가 고름", "파이프라인"),
        ("작가 1인당 처리 대사 수 약 2.5배", "결과"),
        ("녹음 분량은 오히려 늘었다", "결과"),
    ]


# --- alignment on hand-written inputs -------------------------------------------------


def test_reordered_paraphrases_find_each_other() -> None:
    alignment = align_entries(
        "talk",
        [
            entry(
                "ann",
                "- The GPU shortage in 2023 slowed every AI project down.\n"
                "- Liquid cooling will be required once accelerators draw 2000 watts.\n"
                "- Open models let companies control their own weights.\n",
            ),
            entry(
                "bob",
                "- Companies that use open models control their weights themselves.\n"
                "- In 2023 a shortage of GPUs slowed AI projects.\n"
                "- The speaker joked about the coffee at the venue.\n",
            ),
        ],
    )
    assert alignment.authors == ("ann", "bob")
    gpu = one(alignment, "ann", "GPU shortage")
    assert partners(alignment, gpu) == ["In 2023 a shortage of GPUs slowed AI projects."]
    weights = one(alignment, "bob", "open models")
    assert partners(alignment, weights) == ["Open models let companies control their own weights."]
    assert weights.coverage == 1 and not weights.unique
    assert one(alignment, "ann", "Liquid cooling").unique
    assert one(alignment, "bob", "coffee").unique


def test_korean_with_different_particles_and_endings() -> None:
    alignment = align_entries(
        "talk",
        [
            entry(
                "ann",
                "- 퍼플렉시티는 답변의 출처를 명확히 밝힌다.\n"
                "- 블라인드 테스트에서 1위를 차지했다.\n"
                "- 광고 없는 검색 경험을 제공한다.\n",
            ),
            entry(
                "bob",
                "- 가장 중요한 기능은 퍼플렉시티가 검색 출처를 밝히는 것이다.\n"
                "- 금융 리서치 회사들이 자체 데이터로 활용한다.\n",
            ),
        ],
    )
    source = one(alignment, "ann", "출처를 명확히")
    assert [(c.author, c.index) for c in source.counterparts] == [("bob", 0)]
    assert source.counterparts[0].score >= THRESHOLD
    assert one(alignment, "ann", "블라인드").unique
    assert one(alignment, "ann", "광고").unique  # shares only 검색 with bob: not enough
    assert one(alignment, "bob", "금융").unique


def test_mixed_korean_and_english() -> None:
    alignment = align_entries(
        "talk",
        [
            entry(
                "ann",
                "- Natrium 원자로는 용융염 에너지 저장 방식을 도입했다.\n"
                "- 2050년까지 전력 수요가 2.5배 증가할 것이다.\n",
            ),
            entry(
                "bob",
                "- The Natrium reactor adds molten salt storage (용융염 에너지 저장).\n"
                "- Bill Gates founded TerraPower.\n"
                "- 2050년에는 전력 수요가 2.5배로 늘어난다는 전망.\n",
            ),
        ],
    )
    assert partners(alignment, one(alignment, "ann", "Natrium")) == [
        "The Natrium reactor adds molten salt storage (용융염 에너지 저장)."
    ]
    assert partners(alignment, one(alignment, "ann", "2050")) == [
        "2050년에는 전력 수요가 2.5배로 늘어난다는 전망."
    ]
    assert one(alignment, "bob", "Bill Gates").unique


def test_unrelated_passages_on_the_same_topic_stay_apart() -> None:
    # Every passage is about Perplexity search; sharing only the topic words is not a match.
    alignment = align_entries(
        "talk",
        [
            entry(
                "ann",
                "- 퍼플렉시티 검색은 블라인드 테스트에서 의료와 금융 카테고리 1위를 차지했다.\n"
                "- 퍼플렉시티 검색은 광고를 곧 탑재한다.\n",
            ),
            entry(
                "bob",
                "- 퍼플렉시티 검색은 질문을 작은 부분으로 나누어 각각 답을 찾는다.\n"
                "- 퍼플렉시티는 검색 결과의 출처를 밝힌다.\n",
            ),
        ],
    )
    assert all(p.unique for column in alignment.columns for p in column.passages)


def test_a_product_name_and_one_more_word_are_not_a_counterpart() -> None:
    # Both mention 퍼플렉시티 and 검색 but say different things (sources vs own data).
    alignment = align_entries(
        "talk",
        [
            entry(
                "ann",
                "- 퍼플렉시티는 답변의 출처를 명확히 밝힌다.\n"
                + "".join(f"- Side note {n}: hall {chr(65 + n)} was full.\n" for n in range(20)),
            ),
            entry("bob", "- 가장 중요한 기능은 퍼플렉시티가 검색 출처를 밝히는 것이다.\n"),
            entry("cy", "- 금융 리서치 기업이 자체 데이터로 퍼플렉시티를 검색에 활용한다.\n"),
        ],
        words=ItemWords.from_texts([], [], ["퍼플렉시티 AI 검색"]),  # the talk's title
    )
    sources = one(alignment, "bob", "출처")
    assert [c.author for c in sources.counterparts] == ["ann"]
    assert one(alignment, "cy", "금융").unique


def test_one_passage_may_match_several_of_one_author_and_coverage_counts_authors() -> None:
    alignment = align_entries(
        "talk",
        [
            entry(
                "ann",
                "- 전력 수요가 2050년까지 2.5배 증가한다고 했다.\n"
                "- 빌 게이츠가 회사를 세웠다.\n"
                "- 석탄 발전소 부지를 재활용한다.\n",
            ),
            entry(
                "bob",
                "- 2050년 전력 수요는 2.5배 증가할 전망이다.\n"
                "- 데이터센터 때문에 전력 수요가 2050년에는 2.5배로 증가한다.\n"
                "- 용융염으로 에너지를 저장한다.\n",
            ),
            entry("cy", "- 2050년 전력 수요 2.5배 증가.\n- 발표자는 원자력을 좋아한다.\n"),
        ],
    )
    demand = one(alignment, "ann", "2050")
    # Bob makes the point twice: both are counterparts (many-to-many), one author covers it.
    assert len([c for c in demand.counterparts if c.author == "bob"]) == 2
    assert {c.author for c in demand.counterparts} == {"bob", "cy"}
    assert demand.coverage == 2
    scores = [c.score for c in demand.counterparts]
    assert scores == sorted(scores, reverse=True)
    for passage in alignment.find("bob", "2050"):
        assert sorted(c.author for c in passage.counterparts) == ["ann", "cy"]
    assert one(alignment, "cy", "원자력").unique
    assert one(alignment, "bob", "용융염").unique


def test_a_clause_of_a_long_sentence_meets_a_short_point_in_another_language() -> None:
    # The first clause lists the company's history; the second makes the point the English
    # note makes. As one bag of words the sentence dilutes the point below the threshold.
    korean = entry(
        "민지",
        "- 발표 초반에는 회사의 연혁과 지난해 매출, 여러 고객 사례와 채용 계획, 사무실 이전 "
        "소식과 새 제품 로드맵, 파트너 생태계 현황과 개발자 행사 일정, 오픈소스 기여 내역과 "
        "보안 인증 취득 과정까지 길게 소개하면서 광학 기술이 대역폭을 늘린다고 설명했다.\n"
        "- 행사장 점심 메뉴는 비빔밥이었다.\n- 오후 세션은 에너지 효율 이야기였다.\n",
    )
    english = entry(
        "Sam",
        "- Optical links add bandwidth between racks.\n- The lunch line was long.\n"
        "- Energy efficiency came up in the afternoon.\n",
    )
    alignment = align_entries("talk", [korean, english])
    point = one(alignment, "Sam", "Optical links")
    assert [p.split()[0] for p in partners(alignment, point)] == ["발표"]


def test_a_clause_counts_four_fifths_in_one_language_and_in_full_across() -> None:
    long = (
        "최종적으로 이 도구는 웹 전체를 훑어보고, 회사 내부 문서를 요약하고, "
        "외부 유료 리포트를 가져오는 플랫폼을 목표로 한다."
    )
    weights = ItemWeights([features(long)])
    whole = weights.weigh(features(long))
    clauses = [weights.weigh(part) for part in _clauses(long)]
    assert len(clauses) == 3
    korean = weights.weigh(features("기업 내부 문서도 요약해 주는 기능을 제공합니다."))
    english = weights.weigh(features("It can summarise a company's internal documents."))
    best = max(score(clause, korean) for clause in clauses)
    assert clause_score(whole, korean, clauses, ()) == round(0.8 * best, 1)
    best = max(score(clause, english) for clause in clauses)
    assert clause_score(whole, english, clauses, ()) == round(best, 1)


def test_a_point_an_author_sums_up_first_and_restates_later_matches_in_both_places() -> None:
    # Bob opens with the talk's key point, then goes through the talk in order: his opening
    # line is far from where Ann wrote the point, but it restates his own later line.
    ann = entry(
        "ann",
        "- 회사는 작년에 검색 엔진을 처음 출시했다.\n"
        "- 사용자는 매일 천만 건의 질문을 보낸다.\n"
        "- 모델은 질문을 작은 단계로 쪼개어 답을 찾는다.\n"
        "- 광고 없는 화면을 끝까지 유지하겠다고 했다.\n"
        "- 모든 결과에 출처를 밝혀 사실 확인을 돕는다.\n"
        "- 금융 회사들이 내부 문서를 검색하는 데 쓴다.\n"
        "- 다음 목표는 음성 비서다.\n",
    )
    bob = entry(
        "bob",
        "- 가장 중요한 기능은 답변의 출처를 명확히 밝히는 것이다.\n"
        "- 작년에 처음 출시된 검색 엔진이다.\n"
        "- 하루 천만 건의 질문이 들어온다고 한다.\n"
        "- 질문을 작은 단계로 쪼개어 답을 찾는 방식이다.\n"
        "- 광고 없는 화면은 계속 유지한다.\n"
        "- 답변의 출처를 명확히 밝혀 사실 확인을 돕는 기능은 필수적이다.\n"
        "- 금융 회사들이 내부 문서 검색에 활용한다.\n- 음성 비서가 다음 목표라고 했다.\n",
    )
    alignment = align_entries("talk", [ann, bob])
    point = one(alignment, "ann", "출처를 밝혀")
    assert sorted(partners(alignment, point)) == sorted(
        [one(alignment, "bob", needle).text for needle in ("가장 중요한 기능", "필수적")]
    )
    # Every other point keeps its one counterpart, in order.
    others = [p for p in alignment.column("ann").passages if p is not point]
    assert [[c.index for c in p.counterparts] for p in others] == [[1], [2], [3], [4], [6], [7]]


def test_korean_and_english_notes_of_one_talk_line_up() -> None:
    alignment = align_entries(
        "talk",
        [
            entry(
                "민지",
                "- 매년 4~5배로 성장 속도가 빨라졌습니다.\n"
                "- 64비트에서 4비트까지 데이터 폭을 줄였습니다.\n"
                "- AI 에이전트는 쇼핑 목록을 분석해 필요한 물품을 구매합니다.\n"
                "- 발표장 커피가 맛있었다.\n",
            ),
            entry(
                "Sam",
                "- Compute demand grows 4-5x a year.\n"
                "- Number formats shrink from 64-bit down to 4-bit.\n"
                "- His agent example reads your shopping list and buys what you need.\n"
                "- I left early to catch a train.\n",
            ),
        ],
    )
    for korean, english in (("4~5배", "4-5x"), ("64비트", "64-bit"), ("쇼핑", "shopping")):
        (counterpart,) = alignment.find("Sam", english)
        assert partners(alignment, one(alignment, "민지", korean)) == [counterpart.text]
    assert one(alignment, "민지", "커피").unique
    assert one(alignment, "Sam", "train").unique


def test_a_speaker_introduction_matches_only_other_introductions() -> None:
    words = ItemWords.from_texts(["Steve Scott"], ["AMD"], ["AI 발전을 위한 기술적 요구사항"])
    alignment = align_entries(
        "talk",
        [
            entry(
                "민지",
                "- 발표자: Steve Scott (AMD Corporate Fellow)\n"
                "- Steve Scott은 데이터 이동에 에너지가 100배 든다고 했다.\n",
            ),
            entry(
                "Sam",
                "- Steve Scott, a Corporate Fellow at AMD, gave this keynote.\n"
                "- Moving data into cache costs about 100x the energy.\n",
            ),
        ],
        words=words,
    )
    intro = one(alignment, "민지", "발표자")
    assert intro.kind == "intro"
    assert partners(alignment, intro) == [
        "Steve Scott, a Corporate Fellow at AMD, gave this keynote."
    ]
    point = one(alignment, "민지", "100배")
    assert point.kind != "intro"
    assert partners(alignment, point) == ["Moving data into cache costs about 100x the energy."]


@pytest.mark.parametrize(
    "line", ["登壇者: Daniel Park さん", "講者：Daniel Park", "발표자: 정민서", "Speaker: Ann Lee"]
)
def test_a_speaker_line_in_any_language_is_an_introduction(line: str) -> None:
    alignment = align_entries(
        "talk", [entry("ann", f"{line}\n\nmypy の型ヒントの話\n"), entry("bob", "Typing talk\n")]
    )
    assert alignment.columns[0].passages[0].kind == "intro"


@pytest.mark.parametrize(
    "line",
    [
        "◆ 발표자: 정다은 (네이버 쇼핑)",
        "🎤 Speaker: 김도윤 (토스뱅크)",
        "(발표자: 이정민님, 인프콘 2024)",
        "Von Dr. Katrin Weber.",
        "Par Lucie Fontaine et Hugo Lambert.",
        "By Jane Doe, Acme Corp.",
        "Relatore: Giulia Ferri (tech lead mobile)",
        "Palestrante: Sara Conti",
        "Referentin: Anna Schmidt",
        "발표 한서연 (토스 디자인 플랫폼팀)",
        "발표자는 Ines Duarte, Kenji Watanabe 두 분.",
        "연사는 이정훈 협회장님.",
        "タイトル：型ヒントを段階的に導入する",
    ],
)
def test_speaker_lines_and_bylines_are_introductions(line: str) -> None:
    assert introduces(line)


@pytest.mark.parametrize(
    "line",
    [
        "By 2030 they could use as much as India.",
        "By John Smith and the team at Google we learned a lot.",
        "Von Java Entwicklern für Java Entwickler",
        "발표 자료에 있던 표 옮겨 둠.",
        "발표 영상 (유튜브 재생목록) — 9월 중 공개 예정",
        "발표 후기.",
        "연사 소개.",
        "발표자는 이러한 한계를 정리하고 대안을 소개하였다.",
        "발표자분이 라이브 코딩으로 보여줘서 이해가 쉬웠음.",
    ],
)
def test_sentences_that_start_like_a_byline_are_still_points(line: str) -> None:
    assert not introduces(line)


def test_an_introduction_beside_a_point_is_cut_from_it() -> None:
    alignment = align_entries(
        "talk",
        [
            entry("Camille", "Par Nicolas Girard. 30 minutes, très concret.\n"),
            entry("Stefan", "Von Dr. Katrin Weber.\n"),
        ],
    )
    assert one(alignment, "Camille", "Nicolas Girard").kind == "intro"
    assert one(alignment, "Camille", "30 minutes").kind == "sentence"
    assert one(alignment, "Stefan", "Katrin Weber").kind == "intro"


def test_a_block_of_labelled_facts_about_the_talk_is_one_introduction() -> None:
    body = "Title : Graph networks\nSpeaker : Prof. Seungmin Lee (POSTECH)\nPlace : E3-1 #1501\n"
    alignment = align_entries("talk", [entry("ann", body), entry("bob", "Graph talk notes.\n")])
    (passage,) = alignment.columns[0].passages
    assert passage.kind == "intro"


def test_introductions_of_different_speakers_do_not_match_by_their_label() -> None:
    # No speakers known for the item: 登壇者 / 발표자 are in both lines, the names differ.
    alignment = align_entries(
        "talk",
        [
            entry("ann", "登壇者: 山本 翔太さん\n\n型ヒントの話。\n"),
            entry("bob", "登壇者: 田中 亮さん\n\nCI の話。\n"),
            entry("cho", "발표자: 정민서\n\n타입 힌트 이야기.\n"),
            entry("dan", "발표자: 김하늘\n\n빌드 이야기.\n"),
            entry("eve", "登壇者: 山本 翔太さん\n"),
        ],
    )
    assert partners(alignment, one(alignment, "ann", "山本")) == ["登壇者: 山本 翔太さん"]
    assert not one(alignment, "bob", "田中").counterparts
    assert not one(alignment, "cho", "정민서").counterparts


def test_an_introduction_nobody_else_wrote_is_context_not_a_unique_point() -> None:
    # The compare screen marks unique points ◆ and counts them; a speaker line is neither.
    alignment = align_entries(
        "talk",
        [
            entry("ann", "발표자: 정민서 (토스)\n\n타입 힌트를 점진적으로 도입했다.\n"),
            entry("bob", "빌드 캐시로 CI 시간을 절반으로 줄였다.\n"),
        ],
    )
    intro = one(alignment, "ann", "정민서")
    assert intro.kind == "intro"
    assert not intro.unique
    assert one(alignment, "ann", "타입 힌트").unique


def test_introductions_of_the_same_speaker_match_whatever_else_they_share() -> None:
    # In a talk everyone writes the speaker's name everywhere: it weighs next to nothing,
    # so two introductions share no word that counts; they still introduce the same talk.
    words = ItemWords.from_texts(["Chris Levesque"], ["TerraPower"], ["첨단 원자력"])
    point = "- Chris Levesque는 TerraPower의 원자로 {}호기를 말했다.\n"
    points = "".join(point.format(n) for n in range(6))
    alignment = align_entries(
        "talk",
        [
            entry("민지", "- 발표자: Chris Levesque (TerraPower CEO)\n" + points),
            entry("지훈", "- TerraPower의 CEO인 Chris Levesque이 연설하였습니다.\n" + points),
        ],
        words=words,
    )
    intro = one(alignment, "민지", "발표자")
    assert intro.kind == "intro"
    assert partners(alignment, intro) == ["TerraPower의 CEO인 Chris Levesque이 연설하였습니다."]


def test_table_rows_are_points_of_their_own() -> None:
    body = (
        "| 구분 | 비중 |\n| --- | --- |\n| GPU와 HBM | **50%** |\n| CPU 및 네트워크 통신 | 30% |\n"
    )
    drafts = entry_passages(entry("ann", body, start=10))
    assert [(d.kind, d.text, d.line) for d in drafts] == [
        ("row", "구분: GPU와 HBM · 비중: 50%", 14),
        ("row", "구분: CPU 및 네트워크 통신 · 비중: 30%", 15),
    ]


def test_matches_are_symmetric() -> None:
    alignment = align_entries(
        "talk",
        [
            entry("ann", "- Open models let companies control their own weights.\n"),
            entry("bob", "- Companies that use open models control their weights.\n"),
        ],
    )
    ann, bob = alignment.columns[0].passages[0], alignment.columns[1].passages[0]
    assert ann.counterparts[0][:2] == ("bob", 0)
    assert bob.counterparts[0][:2] == ("ann", 0)
    assert ann.counterparts[0].score == bob.counterparts[0].score


def test_one_author_only_has_no_unique_claims() -> None:
    alignment = align_entries("talk", [entry("ann", "- Something only ann heard.\n")])
    assert alignment.authors == ("ann",)
    (passage,) = alignment.columns[0].passages
    assert passage.coverage == 0 and not passage.unique and passage.counterparts == ()


def test_no_entries_give_an_empty_alignment() -> None:
    alignment = align_entries("talk", [])
    assert alignment.authors == () and alignment.columns == ()


def test_passages_keep_their_source_line_and_entry() -> None:
    # (a sentence: a short line without its full stop right over a list would be its label)
    alignment = align_entries("talk", [entry("ann", "para one.\n\n- item two\n", start=40)])
    first, second = alignment.columns[0].passages
    assert (first.entry_id, first.note, first.line, first.context) == (
        "ann.md#talk",
        "ann.md",
        42,
        "Talk",
    )
    assert second.source == "ann.md:44"
    assert alignment.columns[0].sources == ("ann.md:40-44",)


@pytest.mark.parametrize("text", ["", "   ", "!!! ---", "\x1b[31m"])
def test_empty_or_symbol_only_text_scores_zero(text: str) -> None:
    assert compare_texts(text, "something real here") == 0.0


# --- pinned points on the shipped notes -----------------------------------------------
# Perplexity keynote: three authors. "이모 저모" (booths-and-keynotes), 이기훈
# (exhibition-and-keynotes) and velog (day1-afternoon-keynotes). TerraPower: the last two.


@pytest.fixture(scope="module")
def shipped_corpus():
    pytest.importorskip("summit_tui.corpus.segment")
    pytest.importorskip("summit_tui.corpus.link")
    from summit_tui.corpus.build import build_corpus

    return build_corpus(Path(__file__).resolve().parents[1] / "notes")


def _by_title(corpus, fragment: str) -> Alignment:
    from summit_tui.compare.align import align_item

    (item,) = [i for i in corpus.items() if any(fragment in name for name in i.names)]
    return align_item(corpus, item.id)


def _in_note(alignment: Alignment, note_fragment: str, needle: str) -> AlignedPassage:
    found = [
        p
        for column in alignment.columns
        for p in column.passages
        if note_fragment in p.note and needle in p.text
    ]
    assert len(found) == 1, f"{needle!r} in {note_fragment}: {[p.text for p in found]}"
    return found[0]


def _covers(alignment: Alignment, passage: AlignedPassage, note_fragment: str, needle: str) -> bool:
    other = _in_note(alignment, note_fragment, needle)
    return (other.author, other.index) in {(c.author, c.index) for c in passage.counterparts}


MOJEO, LEE, VELOG = "booths-and-keynotes", "exhibition-and-keynotes", "afternoon-keynotes"


def test_perplexity_keynote_has_three_authors(shipped_corpus) -> None:
    alignment = _by_title(shipped_corpus, "Perplexity")
    assert len(alignment.authors) == 3


@pytest.mark.parametrize(
    ("note_a", "needle_a", "note_b", "needle_b"),
    [
        # The speaker: Perplexity's CEO Aravind Srinivas.
        (LEE, "Aravind Srinivas이 연설", VELOG, "발표자: Aravind Srinivas"),
        # Search shows its sources.
        (MOJEO, "검색의 출처를 밝히는", VELOG, "답변의 출처를 명확히 밝히는"),
        # Financial research firms search their own data with it.
        (MOJEO, "금융리서치 분야에서", VELOG, "금융 리서치 기업이"),
        # It searches a company's own data: one clause of a long sentence (in one language
        # a clause counts four fifths of a whole passage).
        (MOJEO, "자체 데이터를 리서치하고", VELOG, "기업의 내부 데이터를 검색하고"),
    ],
)
def test_perplexity_points_two_authors_make(shipped_corpus, note_a, needle_a, note_b, needle_b):
    alignment = _by_title(shipped_corpus, "Perplexity")
    passage = _in_note(alignment, note_a, needle_a)
    assert _covers(alignment, passage, note_b, needle_b)
    assert _covers(alignment, _in_note(alignment, note_b, needle_b), note_a, needle_a)


@pytest.mark.parametrize(
    ("note", "needle"),
    [
        (VELOG, "블라인드 테스트에서"),  # first in a blind test
        (VELOG, "4K TV"),  # the "best 4K TV under $2000" example
        (VELOG, "차트 형태로 주가"),  # stock charts
        (MOJEO, "20년간 정체되어 있는 검색엔진 시장"),  # search stagnant for 20 years
    ],
)
def test_perplexity_points_only_one_author_makes(shipped_corpus, note, needle) -> None:
    alignment = _by_title(shipped_corpus, "Perplexity")
    assert _in_note(alignment, note, needle).unique


@pytest.mark.parametrize(
    ("needle_lee", "needles_velog"),
    [
        ("2050년까지 선진국의 전력 수요가 2.5배", ["2050년, 전 세계의 전력 수요는 2.5배"]),
        ("TerraPower의 CEO인 Chris Levesque", ["발표자: Chris Levesque"]),
        ("우수한 공급망을 보유한 한국", ["한국의 우수한 공급망", "한국은 앞으로도"]),
    ],
)
def test_terrapower_points_both_authors_make(shipped_corpus, needle_lee, needles_velog) -> None:
    alignment = _by_title(shipped_corpus, "첨단 원자력")
    assert len(alignment.authors) == 2
    passage = _in_note(alignment, LEE, needle_lee)
    assert passage.coverage == 1
    said = [alignment.passage(m.author, m.index).text for m in passage.matches]
    assert any(needle in text for text in said for needle in needles_velog)


@pytest.mark.parametrize(
    "needle",
    ["용융염 에너지 저장", "태양광 에너지가 풍부하게", "이상 징후를 조기에 감지"],
)
def test_terrapower_points_only_velog_makes(shipped_corpus, needle: str) -> None:
    alignment = _by_title(shipped_corpus, "첨단 원자력")
    assert _in_note(alignment, VELOG, needle).unique


@pytest.mark.parametrize(
    "line",
    [
        "- Room: Janson, Saturday 10:30",
        "- Track: Main track (keynote)",
        "- Slides: https://fosdem.org/2025/schedule/event/keynote/",
        "- 地点：Janson 大厅，开场就坐满了",
        "Data: 30 de outubro de 2024, tarde, sala 3",
        "**When:** Sunday 2 February 2025",
        "- 📍 장소: 코엑스 그랜드볼룸",
        "時間：9月27日（五）下午",
        "Video: https://youtu.be/abc",
    ],
)
def test_where_and_when_the_talk_was_is_context_not_a_point(line: str) -> None:
    body = f"{line}\n\n- 빌드 캐시로 클린 빌드가 12분에서 3분으로\n"
    alignment = align_entries("talk", [entry("ann", body), entry("bob", "- 빌드 캐시 3분\n")])
    fact, point = alignment.columns[0].passages
    assert point.text == "빌드 캐시로 클린 빌드가 12분에서 3분으로" and point.is_point
    # Shown in its place as context (dimmed in the app): never a point, never unique.
    assert fact.aside and not fact.is_point and not fact.unique and not fact.matches


@pytest.mark.parametrize(
    "line",
    ["Data: 3 TB a day from the sensors", "Time: 40 min → 10 min", "Video: 4K at 60 fps"],
)
def test_a_point_under_a_label_that_can_also_name_a_fact_stays_a_point(line: str) -> None:
    assert [d.text for d in entry_passages(entry("ann", f"- {line}\n"))] == [line]


def test_a_notion_rows_session_code_and_level_are_facts_not_points() -> None:
    body = (
        "작성자: 박서연\n날짜: 2024년 12월 3일\n세션 코드: DAT403\n레벨: 400\n"
        "연사: Anand Iyer, Mei Tanaka\n태그: Database, Serverless\n\n"
        "- DSQL = 서버리스 분산 SQL\n"
    )
    assert [d.text for d in _points(entry_passages(entry("ann", body)))] == [
        "연사: Anand Iyer, Mei Tanaka",
        "DSQL = 서버리스 분산 SQL",
    ]


def test_a_timetable_line_naming_the_speaker_is_an_introduction() -> None:
    # "Ana Lucía Ferreyra, Go devroom (UD2.218A), 14:00": who, where and when, no point of
    # the talk; it was a unique point (◆) in compare and in the report.
    words = ItemWords.from_texts(["Ana Lucía Ferreyra"], [], ["PGO in production with Go"])
    notes = [
        entry("ruben", "- Ana Lucía Ferreyra, Go devroom (UD2.218A), 14:00\n- PGO cut CPU 2-7%\n"),
        entry("diego", "- Resultado: entre un 2 y un 7 % menos de CPU\n"),
    ]
    alignment = align_entries("talk", notes, words=words)
    line = one(alignment, "ruben", "Ana Lucía")
    assert line.kind == "intro" and not line.unique
    # Without a time the rule does not apply: a point that names the speaker stays a point.
    said = [entry("ruben", "- Ana Lucía Ferreyra: PGO cut CPU 2-7% in production\n"), notes[1]]
    assert one(align_entries("talk", said, words=words), "ruben", "Ana").kind != "intro"
