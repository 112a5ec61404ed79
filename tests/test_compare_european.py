"""Compare across Spanish, Portuguese, French, Italian, German and Czech: their words of
technology talks meet the English (and Korean) words of the same point through a word list
(compare/europe_lexicon.py), thousands written with a dot (1.200 horas, 400.000 Euro) and
amounts in euros are one number with English's and Korean's, and a listed word is no longer
met by a short sound of another meaning (fallos / paralelas)."""

from __future__ import annotations

import pytest

import factories
from summit_tui.compare import europe_lexicon
from summit_tui.compare.align import align_entries
from summit_tui.compare.features import features


def _counterparts(*notes: tuple[str, str]) -> dict[str, list[str]]:
    """Each author's first passage -> the authors it is linked with (one talk)."""
    entries = [
        factories.entry(
            f"## Rust at the edge\n\n{body}",
            start=1,
            note=f"{author}.md",
            author=author,
            title="Rust at the edge",
        )
        for author, body in notes
    ]
    alignment = align_entries("talk", entries)
    found = {}
    for author, _ in notes:
        column = alignment.column(author)
        assert column is not None
        found[author] = sorted(c.author for c in column.passages[0].counterparts)
    return found


def test_a_point_in_spanish_german_and_czech_meets_the_english_one() -> None:
    found = _counterparts(
        ("ana", "- El equipo redujo la latencia a la mitad con una caché remota.\n"),
        ("jonas", "- Das Team hat die Latenz mit einem entfernten Cache halbiert.\n"),
        ("petra", "- Tým zkrátil latenci na polovinu díky vzdálené mezipaměti.\n"),
        ("mark", "- The team halved latency with a remote cache.\n"),
    )
    assert found["mark"] == ["ana", "jonas", "petra"]
    assert found["petra"] == ["ana", "jonas", "mark"]


def test_a_portuguese_amount_in_dotted_thousands_meets_the_korean_one() -> None:
    found = _counterparts(
        ("rui", "- Os clientes perderam 2.500 horas por mês à espera de suporte.\n"),
        ("minji", "- 고객들이 지원을 기다리느라 월 2,500시간을 날렸다.\n"),
    )
    assert found["rui"] == ["minji"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("custou 2.500 horas de trabalho", "n:2500h"),
        ("der Anbieter wollte 250.000 Euro pro Jahr", "n:250000eur"),
        ("a vendor quoted €250k a year", "n:250000eur"),
        ("dodavatel chtěl 250 000 eur ročně", "n:250000eur"),
        ("벤더 견적은 연 25만 유로", "n:250000eur"),
        ("1.500.000 requests a day", "n:1.5000e+06"),
    ],
)
def test_thousands_and_euros_however_written(text: str, key: str) -> None:
    assert key in features(text).keys


def test_an_english_decimal_with_a_dot_stays_a_decimal() -> None:
    assert "n:1.25sec" in features("the p99 went to 1.250 s after the fix").keys
    assert "n:1.2" in features("버전 1.200으로 올렸다").keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("backfill trvá místo dvou dnů jen 3 hodiny", "n:2day"),
        ("na dva týdny rozbil doporučování", "n:2wk"),
        ("백필이 이틀 걸리던 게", "n:2day"),
        ("backfills took two days", "n:2day"),
    ],
)
def test_days_and_weeks_counted_in_words(text: str, key: str) -> None:
    assert key in features(text).keys


def test_a_listed_word_meets_by_meaning_not_by_a_short_sound() -> None:
    failures = features("tras 3 fallos").keys
    parallel = features("em 12 partes paralelas").keys
    assert "c:fail" in failures and "c:parallel" in parallel
    assert not {k for k in failures & parallel if k.startswith("t:")}


def test_english_words_keep_their_own_keys() -> None:
    """The list is looked up for every Latin word: an English word it also holds (error is
    also Spanish) gains nothing from it, so English notes compare as before."""
    assert "c:error" in europe_lexicon.concepts("error")
    assert "c:bug" not in features("error").keys
    assert {"c:error", "c:bug"} <= features("chyby").keys  # Czech


def test_inflected_czech_and_german_forms_reach_their_stem() -> None:
    assert "c:team" in europe_lexicon.concepts("tymu")
    assert "c:model" in europe_lexicon.concepts("modellen")
    assert europe_lexicon.concepts("rust") == ()  # the language, not Czech růst (growth)
    assert "c:small" in features("ein kleiner Cluster").keys
    assert "c:small" not in features("Sarah Klein").keys  # a surname
    assert "c:people" not in features("user personas").keys  # English's own word


def test_an_acronym_meets_the_words_it_stands_for() -> None:
    """One attendee writes the acronym (PR, SLO), another the words (merge requests,
    service level objectives), in Korean or English: the same point."""
    found = _counterparts(
        ("sujin", "- MR 하나 리뷰에 평균 3일이 걸렸다.\n"),
        ("owen", "- Reviewing a single merge request took 3 days on average.\n"),
    )
    assert found["owen"] == ["sujin"]
    assert "c:slo" in features("we rewrote our service level objectives").keys
    assert "c:slo" in features("SLOs first").keys
    # two words that only start with the letters are no acronym
    assert "c:pr" not in features("a public release").keys
