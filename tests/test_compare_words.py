"""The parts two passages are compared on: Korean stems, English stems, numbers with units,
transliterations and the Korean–English word list (compare/korean.py … lexicon.py)."""

from __future__ import annotations

import pytest

from summit_tui.compare import english, korean, lexicon, numbers
from summit_tui.compare.align import THRESHOLD
from summit_tui.compare.cjk import katakana_frames
from summit_tui.compare.features import features
from summit_tui.compare.score import ItemWeights, compare_texts, matched_words
from summit_tui.corpus.sounds import hangul_frames, hangul_skeleton, latin_frames, latin_skeleton


def keys(text: str) -> set[str]:
    return set(features(text).keys)


# --- Korean -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("퍼플렉시티는", "퍼플렉시티"),
        ("퍼플렉시티가", "퍼플렉시티"),
        ("증가했습니다", "증가"),
        ("증가한다", "증가"),
        ("증가하는", "증가"),
        ("밝혔다", "밝히"),
        ("밝히는", "밝히"),
        ("밝힌다", "밝히"),
        ("나누고", "나누"),
        ("나누어", "나누"),
        ("필수적입니다", "필수"),
        ("해결합니다", "해결"),
        ("기업들이", "기업"),
        ("효율적으로", "효율"),
        ("명확히", "명확"),
        ("개인화된", "개인"),
        ("칩이", "칩"),  # a one-syllable noun with its particle
        ("설정집을", "설정집"),  # a noun ending in ㅂ keeps it under a particle
        ("수집을", "수집"),
        ("캐릭터별", "캐릭터"),  # -별 "per", -본 "copy" are suffixes of the noun
        ("요약본", "요약"),
        ("단계별로", "단계"),
        ("넣으면", "넣"),  # a one-syllable verb stem: 넣으면 / 넣기 / 넣고 meet
        ("넣기", "넣"),
        ("쓰고", "쓰"),
        ("늘었는데", "늘"),  # 었 off a one-syllable stem
        ("받았다", "받"),
        ("옮겼다", "옮기"),  # a contracted past tense, by its vowel (ㅕ was ㅣ + 었)
        ("보냈다", "보내"),
        ("바뀌었다", "바뀌"),
        ("빨라짐", "빨라"),  # 지 + ㅁ: what became so
        ("기술보다", "기술"),  # a listed noun under a particle that ends like an ending (다)
        ("데이터보다", "데이터"),
    ],
)
def test_korean_particles_and_endings_come_off(word: str, stem: str) -> None:
    assert korean.stem(word) == stem


@pytest.mark.parametrize(
    "word", ["증가", "국가", "차이", "회의", "발전", "기본", "개별", "일본", "잡지", "받침"]
)
def test_short_korean_nouns_that_end_like_a_particle_stay_whole(word: str) -> None:
    assert korean.stem(word) == word


def test_a_one_syllable_stem_alone_is_no_verb() -> None:
    # 늘 alone is the adverb "always"; 늘었다 is "grew".
    grew = f"c:{english.stem_word('increase')}"
    assert grew in keys("사용량이 늘었다")
    assert grew not in keys("롤백 경로를 늘 열어 둔다")


def test_loanwords_that_end_like_an_ending_are_still_found_in_the_word_list() -> None:
    # 에너지 ends like the ending 지; the longer form is looked up first.
    assert "c:energy" in keys("에너지를 아낀다")


# --- English ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        ("grows", "growing", "grew", "grow"),
        ("efficiency", "efficient"),
        ("collaboration", "collaborate", "collaborating"),
        ("optimising", "optimization", "optimize"),
        ("process", "processes", "processing"),
        ("sustainable", "unsustainable"),
    ],
)
def test_english_inflections_and_derivations_meet(words: tuple[str, ...]) -> None:
    assert len({english.stem_word(w) for w in words}) == 1


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("GPUs", "GPU"), ("CPUs", "CPU"), ("LLMs", "LLM"), ("APIs", "API"), ("SoCs", "SoC")],
)
def test_an_acronyms_plural_is_the_acronym(plural: str, singular: str) -> None:
    assert keys(f"{plural} and HBM") == keys(f"{singular} and HBM")
    assert keys(f"{plural} take half the power") & keys(f"{singular}와 메모리의 전력")


def test_plural_s_of_ordinary_words_is_left_to_the_stemmer() -> None:
    assert keys("status") != keys("statu")
    assert keys("Analysis of GPUs") == keys("analysis of gpu")


def test_english_stems_keep_apart_what_differs() -> None:
    assert english.stem_word("personal") != english.stem_word("person")


def test_korean_words_that_only_carry_grammar_are_no_units() -> None:
    # 있다/하다/않다 left without their endings, demonstratives, connectives, "for example":
    # every note is full of them, and they made short points look diluted.
    text = "이러한 기술이 있기 때문에, 예를 들어 다른 방식을 통한 확장이 이미 있다"
    assert [u.text for u in features(text).units] == ["기술", "방식", "확장"]
    assert [u.text for u in features("그리고 이에 따라 전력이 늘어나지 않는다").units] == [
        "전력",
        "늘",
    ]
    # Two-syllable forms of 하다/되다/보다/같다/없다/싶다 and discourse words: no stem is
    # left to cut, and "했다" in two passages is no second shared word.
    text = "그래서 픽률 × 승률로 보면 안 되고 매트릭스로 봐야 했다고 한다. 결국 덕분에 싶다"
    assert [u.text for u in features(text).units] == ["픽률", "승률", "매트릭스"]


def test_stop_words_are_no_units() -> None:
    assert [u.text for u in features("the app does not work at all without AI").units] == [
        "app",
        "work",
        "ai",
    ]


# --- numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("english_text", "korean_text"),
    [
        ("it grows 4-5x a year", "매년 4~5배로 성장"),
        ("AI FLOPs double every 1.3 years", "평균 1.3년마다"),
        ("from 64-bit down to 4-bit", "64비트에서 4비트까지"),
        ("by 2030", "2030년까지"),
        ("1,000-2,000 W per GPU", "GPU당 1,000~2,000W"),
        ("more than 300 billion devices", "3천억 개 이상의 기기"),
        ("over 20 million developers", "개발자 2천만 명"),
        ("for more than five hours", "5시간 이상"),
        ("it doubles", "두 배로 늘었다"),
        ("26 GW of nuclear", "26기가와트의 원전"),
        ("2.5D and 3D packaging", "2.5D 및 3D 패키징"),
        ("about 30%", "30퍼센트"),
    ],
)
def test_numbers_with_units_meet_across_languages(english_text: str, korean_text: str) -> None:
    shared = {k for k in keys(english_text) & keys(korean_text) if k.startswith("n:")}
    assert shared, (keys(english_text), keys(korean_text))


def test_a_number_keeps_its_unit() -> None:
    assert not keys("64-bit") & keys("64배")
    assert not keys("5 years") & keys("5 hours")


def test_the_same_number_with_two_units_is_two_facts() -> None:
    # Only one unit per word, but three years and three weeks are not the same word twice.
    both = keys("three years of history took three weeks")
    assert keys("3년") & both and keys("3주") & both


def test_years_and_durations() -> None:
    assert numbers.number_keys(2030, None, "y") == ("n:2030",)
    assert numbers.number_keys(1.3, None, "y") == ("n:1.3y",)
    assert numbers.number_keys(4, 5, "x")[0] == "n:4~5x"


def test_a_bare_small_number_says_little_and_a_unit_or_year_says_a_lot() -> None:
    assert numbers.strength(3, "") < numbers.strength(300, "") < numbers.strength(3, "x")
    assert numbers.strength(2050, "") == 1.0


def test_a_date_is_not_a_range() -> None:
    assert "n:2024-11-04" in keys("on 2024-11-04")


@pytest.mark.parametrize(
    ("english_text", "other_text"),
    [
        ("from $180k a month", "월 18만 달러에서"),
        ("down to $45k", "4만 5천 달러로"),
        ("down to $45k", "4.5万ドルに"),
        ("kept for 24 hours", "24시간 동안"),
        ("kept for 24 hours", "24時間分"),
        ("120 million won", "1억 2천만 원"),
    ],
)
def test_amounts_in_parts_and_their_units_meet_across_languages(
    english_text: str, other_text: str
) -> None:
    shared = {k for k in keys(english_text) & keys(other_text) if k.startswith("n:")}
    assert shared, (keys(english_text), keys(other_text))


def test_an_amount_in_parts_is_one_number() -> None:
    assert "n:45000usd" in keys("4만 5천 달러")
    assert "n:40000" not in keys("4만 5천 달러")
    # a larger part after a smaller one starts another number
    assert "n:23000" not in keys("3천 2만")


def test_a_k_after_the_digits_is_a_thousand_only_when_glued() -> None:
    assert "n:10000" in keys("10k stars")
    assert "n:10000" not in keys("10 k")


# --- transliteration --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [
        ("퍼플렉시티", "Perplexity"),
        ("에이전트", "agent"),
        ("쇼핑", "shopping"),
        ("로봇", "robot"),
        ("플랫폼", "platform"),
        ("어플리케이션", "application"),
        ("에코시스템", "ecosystem"),
        ("로컬리티", "locality"),
        ("하이퍼스케일러", "hyperscaler"),
        ("치플렛", "chiplet"),
        ("테라파워", "TerraPower"),
        ("아라빈드", "Aravind"),
        ("소프트웨어", "software"),
        ("오버헤드", "overhead"),  # the h after a silent r is heard
        ("윈도우", "window"),  # a w after a vowel is only its glide
        ("워크플로", "workflow"),
    ],
)
def test_hangul_loanwords_meet_the_english_word_they_spell(hangul: str, latin: str) -> None:
    assert hangul_skeleton(hangul) == latin_skeleton(latin)
    assert len(hangul_skeleton(hangul)) >= 3


@pytest.mark.parametrize(("hangul", "latin"), [("퍼플렉시티", "platform"), ("로봇", "rabbit")])
def test_different_words_do_not_sound_alike(hangul: str, latin: str) -> None:
    assert hangul_skeleton(hangul) != latin_skeleton(latin) or hangul == "로봇"


def test_a_loanword_in_a_korean_note_matches_the_english_word() -> None:
    assert keys("에이전트가 쇼핑을 한다") & keys("the agent goes shopping")


@pytest.mark.parametrize("verb", ["샘플링한다", "샘플링했다", "샘플링하고", "캐싱된다"])
def test_a_loanword_made_a_verb_sounds_like_the_word(verb: str) -> None:
    english = "caching" if verb.startswith("캐") else "sampling"
    assert {k for k in keys(verb) & keys(english) if k.startswith("t:")}, (
        keys(verb),
        keys(english),
    )


def test_a_loanword_meets_the_english_plural() -> None:
    # Korean writes the singular: 체크섬 for checksums.
    assert keys("매일 체크섬을 비교") & keys("nightly checksums")
    assert keys("백필에 3주") & keys("backfilling took weeks")  # the base of -ing and -ed
    assert keys("플래그로 전환") & keys("flagged users")
    # 분들 ("those people") is grammar, not the sound of foundries.
    assert not keys("연설하신 분들과") & keys("foundries")


@pytest.mark.parametrize(
    ("loanword", "latin"),
    [
        ("섀도", "shadow"),
        ("로그", "log"),
        ("코드", "code"),
        ("버스", "bus"),
        ("キャッシュ", "cache"),
        ("ログ", "log"),
        ("コード", "code"),
        ("ルール", "rule"),
        ("メンバー", "member"),
        ("チーム", "team"),
        ("ページ", "page"),
        ("ブック", "book"),
    ],
)
def test_short_loanwords_meet_the_english_word_by_consonants_and_vowels(
    loanword: str, latin: str
) -> None:
    frames = (
        katakana_frames(loanword)
        if "\u30a0" <= loanword[0] <= "\u30ff"
        else hangul_frames(loanword)
    )
    assert set(frames) & set(latin_frames(latin)), (frames, latin_frames(latin))
    assert keys(f"{loanword} ") & keys(latin)


@pytest.mark.parametrize(
    ("loanword", "latin"),
    [
        ("섀도", "side"),
        ("로그", "lake"),
        ("ログ", "leg"),
        ("キャッシュ", "kiss"),
        ("コード", "kid"),
    ],
)
def test_short_words_with_other_vowels_do_not_meet(loanword: str, latin: str) -> None:
    frames = (
        katakana_frames(loanword)
        if "\u30a0" <= loanword[0] <= "\u30ff"
        else hangul_frames(loanword)
    )
    assert not set(frames) & set(latin_frames(latin))


def test_a_short_korean_word_without_a_loanwords_sign_is_not_sounded() -> None:
    # 가지 (have), 거리 (distance), 조율 (tuning) would meet cars, carry and school.
    for word in ("가지", "거리", "조율"):
        assert hangul_frames(word) == ()
    assert not keys("거리가 길어질수록") & keys("they carry more")


def test_two_english_words_never_meet_by_their_frames() -> None:
    from summit_tui.compare.score import compare_texts

    # code and good have one frame (KoT): in one language that says nothing.
    assert compare_texts("good coat design", "bad code reviews") == 0.0


# --- the word list ----------------------------------------------------------------------


def test_korean_words_carry_the_english_concepts_of_the_word_list() -> None:
    answer, question = (f"c:{english.stem_word(w)}" for w in ("answer", "question"))
    assert answer in lexicon.concepts("답변")
    assert keys("질문에 답을 준다") & keys("answers a question") >= {question, answer}


@pytest.mark.parametrize(
    ("korean_text", "english_text"),
    [
        ("작가가 초안을 고친다", "writers fix the drafts"),
        ("패치 후에 빌드를 배포한다", "deploy the build after a patch"),
        ("캐릭터 대사를 따로 검수한다", "character dialogue is reviewed separately"),
    ],
)
def test_the_word_list_knows_how_software_and_games_are_made(
    korean_text: str, english_text: str
) -> None:
    assert len(keys(korean_text) & keys(english_text)) >= 2


def test_remote_work_and_builds_are_in_the_word_list() -> None:
    assert len(keys("원격 빌드 캐시") & keys("remote build cache")) >= 3


def test_a_compound_carries_the_meanings_of_its_parts() -> None:
    # 오답 is a wrong (오) answer (답): it meets an answer with an error in it.
    wrong_answer = keys("오답을 낸다")
    met = [u.text for u in features("답변에 오류가 있다").units if u.keys & wrong_answer]
    assert met == ["답변", "오류"]


def test_deploying_a_build_is_not_writing_release_notes() -> None:
    assert not keys("빌드를 자동 배포") & keys("릴리스 노트")
    assert keys("빌드를 자동 배포") & keys("builds are deployed automatically")


def test_unlisted_compounds_are_split_into_listed_parts() -> None:
    assert lexicon.split_compound("금융리서치") == ("금융", "리서치")
    assert lexicon.split_compound("가나다라") == ()


def test_latin_words_glued_to_a_korean_particle_keep_only_the_word() -> None:
    assert [u.text for u in features("AMD사의 GPU를").units] == ["amd", "gpu"]


# --- Latin letters with marks ------------------------------------------------------------


def test_a_word_with_accents_is_one_word() -> None:
    # "producción" was "producci" (the words are a-z), "Größe" was "gr" and "e".
    texts = [u.text for u in features("La compilación de producción: Größe, Lucía").units]
    assert {"compilacion", "produccion", "grosse", "lucia"} <= set(texts), texts


def test_a_name_meets_itself_with_or_without_its_accents() -> None:
    assert keys("Sébastien Lefèvre") == keys("Sebastien Lefevre")


def test_hangul_and_kana_are_kept_whole_beside_accented_words() -> None:
    assert [u.text for u in features("café 디버그 デバッグ").units] == [
        "cafe",
        "디버그",
        "デバッグ",
    ]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Netflix hat 13 Mio. Abos", "Netflix has 13 million subscriptions"),
        ("Netflix tiene 13 millones de suscripciones", "13 million subscriptions"),
        ("Zwei Millionen Anfragen pro Sekunde", "2 million requests per second"),
        ("Dos millones de peticiones", "two million requests"),
        ("La migración duró tres años", "the migration took three years"),
        ("Die Migration dauerte drei Jahre", "3년 걸린 마이그레이션"),
        ("15 Mrd. Nutzer", "15 billion users"),
        ("deux milliards de requêtes", "2 billion requests"),
    ],
)
def test_german_spanish_and_french_numbers_meet_other_languages(one: str, other: str) -> None:
    shared = {k for k in keys(one) & keys(other) if k.startswith("n:")}
    assert shared, (keys(one), keys(other))


def test_european_number_words_keep_their_units() -> None:
    assert not keys("drei Jahre") & keys("three hours")
    assert not keys("13 Mio.") & keys("13")


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("작고", "작"),
        ("크고", "크"),
        ("작아서", "작"),
        ("작업", "작업"),
        ("작가", "작가"),
    ],
)
def test_small_and_big_keep_their_one_syllable_stem(word: str, stem: str) -> None:
    assert korean.stem(word) == stem


def test_small_autonomous_teams_meet_in_korean_and_english() -> None:
    shared = keys("작고 자율적인 팀이 더 빨리 배포한다") & keys(
        "Small autonomous teams ship faster than big ones"
    )
    assert {"c:small", "c:team", "c:fast"} <= shared


def test_a_loanword_with_stacked_particles_sounds_like_its_english_word() -> None:
    # 워터마크만으로는 = 워터마크 + 만 + 으로 + 는 ("by watermarks alone")
    assert features("워터마크만으로는").keys & features("watermarking").keys
    assert features("인젝션까지도").keys & features("injection").keys


def test_a_loanword_of_two_english_words_meets_both_words() -> None:
    a = "두 번째 모델이 팩트체커처럼 답변을 정책 문서와 대조한다"
    b = "a second model acts as a fact-checker against the policy docs"
    assert compare_texts(a, b) >= THRESHOLD
    assert compare_texts("레드팀 연습은 분기마다", "red team exercises every quarter") >= THRESHOLD
    # Two English words never meet each other that way, nor a loanword by a short word's
    # sound (iOS folks / 스파크, use sequences / 시퀀스).
    assert compare_texts("red team drills", "read time dropped") < THRESHOLD
    assert compare_texts("The iOS folks clapped.", "스파크 데모는 말로 앱 만들기") == 0
    weights = ItemWeights([])
    korean = weights.weigh(features("시퀀스는 아직 지원 안 함"))
    english = weights.weigh(features("we use sequences everywhere"))
    assert matched_words(english, korean) == ["sequences"]
