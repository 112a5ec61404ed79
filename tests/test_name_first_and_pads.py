"""Two shapes of talk headings: the speaker's name first in Hebrew or Persian before a Latin
title (corpus/names.py), and a pad's `==========` banners around `10:30 Title — Name`
(corpus/blocks.py, corpus/segment.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.names import heading_title
from summit_tui.corpus.rtl_names import sounds_alike


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        (
            "נועה לוי – Testing ML pipelines with Hypothesis",
            "Testing ML pipelines with Hypothesis",
            "נועה לוי",
        ),
        ("آرش کریمی — Serving LLMs on a budget", "Serving LLMs on a budget", "آرش کریمی"),
        ("Serving LLMs on a budget — آرش کریمی", "Serving LLMs on a budget", "آرش کریمی"),
    ],
)
def test_a_name_first_in_another_script_is_the_speaker(
    heading: str, title: str, speaker: str
) -> None:
    assert heading_title(heading)[:2] == (title, speaker)


@pytest.mark.parametrize(
    "heading", ["Kotlin Coroutines — Deep dive into flows", "روز اول — Keynote"]
)
def test_a_latin_title_or_a_day_first_is_no_speaker(heading: str) -> None:
    assert heading_title(heading)[1] is None


def test_a_name_first_heading_is_the_same_talk_as_the_title_first_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        "he.md": "# PyData Berlin 2024 – סיכום\n\n## יום שלישי, 23 באפריל 2024\n\n"
        "### נועה לוי – Testing ML pipelines with Hypothesis\n\n‏אולם מלא.\n\n"
        "### Type hints at scale – Jonas Weber\n\n‏mypy strict.\n",
        "en.md": "# PyData Berlin 2024, day 2\n\n"
        "## Testing ML pipelines with Hypothesis — Noa Levi\n\n- properties, not examples\n\n"
        "## DuckDB for the impatient — Marieke de Vries\n\n- parquet on S3\n",
    }
    items = list_items(tmp_path, capsys, files)
    (hypothesis,) = [item for item in items if "Hypothesis" in item["title"]]
    assert hypothesis["title"].startswith("Testing ML pipelines with Hypothesis")
    assert len(hypothesis["entries"]) == 2


def test_a_pads_banners_are_its_talks_the_first_one_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pad = (
        "NodeConf Amsterdam 2025 · Main hall · Wednesday 11 June 2025\n"
        "Shared notes, add your initials.\n\n"
        "==========\n09:30 Bun vs Node in production — Omar Haddad\n==========\n"
        "- cold starts 3x faster (dk)\n\n"
        "==========\n10:30 Accessibility is not a checklist — Noor Al-Amin\n==========\n"
        "- screen reader demo (ra)\n\n"
        "==========\n11:30 Coffee break\n==========\n(back at 11:50)\n"
    )
    items = list_items(tmp_path, capsys, {"pads/main-hall.md": pad})
    talks = sorted((item["title"], item["speakers"]) for item in items)
    assert talks == [
        ("Accessibility is not a checklist", ["Noor Al-Amin"]),
        ("Bun vs Node in production", ["Omar Haddad"]),
    ]


def test_a_title_that_only_says_keynote_gives_way_to_the_talks_own_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "הרצאת פתיחה" is "opening lecture": the kind of talk, which another note names
    files = {
        "he.md": "# PyData Berlin 2024 – סיכום\n\n## הרצאת פתיחה – Sabine Krüger\n\n‏על הנתונים.\n\n"
        "## DuckDB for the impatient – Marieke de Vries\n\n‏פרקט.\n",
        "en.md": "# PyData Berlin 2024, 22 April\n\n"
        "## The data you did not collect — Sabine Krüger\n\n- datasheets for datasets\n\n"
        "## DuckDB for the impatient — Marieke de Vries\n\n- s3\n",
    }
    items = list_items(tmp_path, capsys, files)
    (keynote,) = [item for item in items if item["speakers"] == ["Sabine Krüger"]]
    assert keynote["title"] == "The data you did not collect"
    assert len(keynote["entries"]) == 2


@pytest.mark.parametrize(
    ("persian", "latin"),
    [
        ("مریم رضایی", "Maryam Rezaei"),  # ض is z in Persian
        ("محمد رمضانی", "Mohammad Ramezani"),
        ("علی ثابتی", "Ali Sabeti"),  # ث is s in Persian
        ("أحمد رمضان", "Ahmed Ramadan"),  # and d in Arabic, still
    ],
)
def test_a_persian_name_sounds_like_its_persian_romanisation(persian: str, latin: str) -> None:
    assert sounds_alike(persian, latin)


def test_a_persian_name_is_not_another_name_with_the_same_letters_around() -> None:
    assert not sounds_alike("مریم رضایی", "Maryam Razavi")


def test_a_name_in_hebrew_and_in_persian_script_is_one_speaker() -> None:
    assert sounds_alike("מרים רזאי", "مریم رضایی")
    assert not sounds_alike("מרים רזאי", "علی کریمی")
