"""corpus/sounds: one way of hearing Latin and Hangul words and names, used by search,
events and compare, so all three meet kakao and 카카오, team and 팀, OpenAI and 오픈에이아이."""

from __future__ import annotations

import pytest

from summit_tui.compare.features import features
from summit_tui.corpus.sounds import (
    alike,
    consonant_key,
    hangul_frames,
    hangul_skeleton,
    latin_frames,
    latin_skeleton,
    reading,
    short_sound_keys,
    syllable_keys,
)


@pytest.mark.parametrize(
    ("latin", "hangul"),
    [("kakao", "카카오"), ("team", "팀"), ("openai", "오픈에이아이"), ("google", "구글")],
)
def test_short_loanwords_share_a_key_with_their_latin_spelling(latin: str, hangul: str) -> None:
    assert short_sound_keys(latin) & short_sound_keys(hangul)


@pytest.mark.parametrize(
    ("latin", "hangul"), [("kakao", "가구"), ("kakao", "코코아"), ("apple", "아파트")]
)
def test_the_same_consonants_with_other_vowels_share_none(latin: str, hangul: str) -> None:
    assert not short_sound_keys(latin) & short_sound_keys(hangul)


def test_open_is_heard_with_and_without_its_unheard_vowel() -> None:
    assert syllable_keys("openai") == ("VPVNV", "VPNV")
    assert syllable_keys("오픈에이아이") == ("VPNV",)


def test_names_sound_alike_by_consonants_or_by_syllables_when_short() -> None:
    assert consonant_key("rustseoulmeetup") == consonant_key("러스트서울밋업") == "LSTSLMTP"
    assert consonant_key("kakaotechmeetup") == consonant_key("카카오테크meetup")
    assert alike("Rust Seoul Meetup", "러스트 서울 밋업")
    assert alike("ifkakao", "이프카카오")  # two consonants: the syllables decide
    assert not alike("ifkakao", "이프가구")
    assert not alike("ifkakao", "ifkakao")  # one script: never by sound


def test_compare_meets_a_name_by_its_sound_but_not_a_translated_word() -> None:
    def shared(a: str, b: str) -> set[str]:
        return {
            key for u in features(a).units for v in features(b).units for key in u.keys & v.keys
        }

    assert shared("Kakao showed its new maps", "카카오 지도 발표") >= {"s:K(A)K(AO)"}
    assert shared("Naver search", "네이버의 검색") >= {"c:search", "s:N(E)P(A)"}
    assert shared("OpenAI opened the day", "오픈에이아이 키노트")
    # carry is in the word list (it has its Korean words): its sound meets nothing (거리)
    assert not shared("carry", "거리")


def test_one_reading_of_a_latin_word_gives_every_key() -> None:
    # one table of spellings: classes in upper case, the vowel letters as written
    assert reading("kakao") == "KaKao"
    assert reading("shadow") == "SaTow"  # the w of ow is a glide
    assert reading("workflow") == "WoKPLow"  # a w before a vowel is heard, the r is silent
    assert reading("time") == "TīM"  # a silent e, and the long i it makes
    assert reading("technology") == "TeKNoLoSy"
    # the skeleton and the frame are views of that reading
    assert latin_skeleton("perplexity") == hangul_skeleton("퍼플렉시티") == "PLKST"
    assert latin_skeleton("technology") == hangul_skeleton("테크놀로지") == "TKNLS"
    assert latin_skeleton("mongodb") == hangul_skeleton("몽고디비") == "MGKTP"
    assert "SaTo" in set(latin_frames("shadow")) & set(hangul_frames("섀도"))


@pytest.mark.parametrize(
    ("latin", "hangul"), [("time", "타임"), ("type", "타입"), ("line", "라인")]
)
def test_a_silent_e_makes_a_long_i(latin: str, hangul: str) -> None:
    assert short_sound_keys(latin) & short_sound_keys(hangul)


@pytest.mark.parametrize(("latin", "hangul"), [("time", "팀"), ("line", "린"), ("type", "팁")])
def test_a_long_i_does_not_meet_a_short_one(latin: str, hangul: str) -> None:
    assert not short_sound_keys(latin) & short_sound_keys(hangul)
