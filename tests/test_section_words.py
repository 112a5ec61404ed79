"""Section words, booth headings and speaker labels in more languages (issue 14): meal and
closing sections in Polish, Turkish, German, Dutch, Hebrew, Persian, Arabic and English are no
talks (`## Na koniec dnia`, `## Son söz`, `## Zum Schluss`, `## סיכום`, `## جمع‌بندی`, `## To
be continued`); a booth heading names its booth by the rest of the heading (`### Stoisko
Allegro`, `### JetBrains standı`, `### Stand von JetBrains`, `### הדוכן של Huawei`, `### غرفه‌ی
Snapp`); a label line names the talk's speaker (`Prowadzący:`, `Konuşmacı:`, `Talare:`, `מרצה:`,
`سخنران:`, `المتحدث:`, `वक्ता:`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_by_title, list_json
from summit_tui.corpus.heading_kinds import booth_subject, context_kind, generic_heading
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.speakers import Block, find_speakers


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Na koniec dnia", "closing"),
        ("Na koniec", "closing"),
        ("Przerwa obiadowa", "break"),
        ("Son söz", "closing"),
        ("Kapanış", "closing"),
        ("Genel değerlendirme", "closing"),
        ("Öğle arası", "break"),
        ("Öğle yemeği", "break"),
        ("Zum Schluss", "closing"),
        ("Tot slot", "closing"),
        ("סיכום", "closing"),
        ("הפסקת צהריים", "break"),
        ("מחשבות לסיום", "closing"),
        ("جمع\u200cبندی", "closing"),
        ("جمع بندی", "closing"),
        ("ناهار", "break"),
        ("سخن پایانی", "closing"),
        ("ادامه دارد", "closing"),
        ("الخلاصة", "closing"),
        ("To be continued", "closing"),
        ("Kahve arası", "break"),
        ("Mittagessen", "break"),
        ("Lunchpauze", "break"),
        ("Fika", "break"),
        ("Wrażenia", "closing"),
        ("Przemyślenia", "closing"),
        ("Na závěr", "closing"),
        ("Avslutning", "closing"),
        ("Yhteenveto", "closing"),
    ],
)
def test_closing_and_meal_sections_are_no_talks(heading: str, kind: str) -> None:
    assert generic_heading(heading) == kind


@pytest.mark.parametrize(
    "heading",
    ["Rust w backendzie", "Slot machines and Rust", "Stand-up meetings that work", "Son of Kafka"],
)
def test_talk_titles_stay_talks(heading: str) -> None:
    assert generic_heading(heading) is None


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Stoisko Allegro", "Allegro"),
        ("JetBrains standı", "JetBrains"),
        ("Stánek JetBrains", "JetBrains"),
        ("Stand von JetBrains", "JetBrains"),
        ("Stand van Allegro", "Allegro"),
        ("דוכן Wix", "Wix"),
        ("הדוכן של Huawei", "Huawei"),
        ("غرفه Snapp", "Snapp"),
        ("غرفه\u200cی Snapp", "Snapp"),
        ("جناح Huawei", "Huawei"),
    ],
)
def test_a_booth_heading_names_its_booth(heading: str, name: str) -> None:
    assert context_kind(heading) is EntryKind.BOOTH
    assert booth_subject(heading) == name


def test_stands_in_turkish_group_booths_and_stand_alone_is_no_booth() -> None:
    assert context_kind("Stantlar") is EntryKind.BOOTH
    assert context_kind("Lunch en stands") is EntryKind.BOOTH
    assert context_kind("Where we stand") is None
    assert context_kind("Stand up for Rust") is None


@pytest.mark.parametrize(
    "label",
    ["Prowadzący:", "Prowadząca:", "Konuşmacı:", "Talare:", "מרצה:", "سخنران:", "المتحدث:",
     "المتحدثة:", "वक्ता:"],
)  # fmt: skip
def test_a_label_line_names_the_speaker(label: str) -> None:
    assert find_speakers([Block(f"{label} Marta Kowalczyk", 0)]) == ["Marta Kowalczyk"]


POLISH = """\
# Code Europe 2024: notatki

Kilka notatek z Krakowa.

## Środa, 19 czerwca 2024

### Rust w backendzie

Prowadzący: Marta Kowalczyk

- mniej incydentów na produkcji

### Stoisko Allegro

Feature flagi na dużą skalę.

### Przerwa obiadowa

Pierogi.

### Observability bez bólu

Prowadzący: Tomasz Wiśniewski

- sampling od pierwszego dnia

## Na koniec dnia

Dobra konferencja.
"""

TURKISH = """\
# Code Europe 2024 notlarım

## 19 Haziran 2024 Çarşamba

### Rust w backendzie

Konuşmacı: Marta Kowalczyk

Ödeme servisini Rust'a taşımışlar.

### Allegro standı

Feature flag sistemi.

### Öğle arası

Kalabalıktı.

## Son söz

Verimli bir gün.
"""


def test_polish_and_turkish_notes_join_their_talk_and_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"pl.md": POLISH, "tr.md": TURKISH}))
    assert set(items) == {"Rust w backendzie", "Allegro", "Observability bez bólu"}
    rust = items["Rust w backendzie"]
    assert rust["speakers"] == ["Marta Kowalczyk"]
    assert sorted(e["note"] for e in rust["entries"]) == ["pl.md", "tr.md"]
    assert rust["date"] == "2024-06-19"
    assert items["Allegro"]["kind"] == "booth"
    assert sorted(e["note"] for e in items["Allegro"]["entries"]) == ["pl.md", "tr.md"]
    assert items["Observability bez bólu"]["speakers"] == ["Tomasz Wiśniewski"]


MEDIUM = """\
# Code Europe 2024: trzy wykłady, które zostały mi w głowie

## Część 2 z 2. Pierwsza część jest tutaj, razem z notatkami z pierwszego dnia.

Drugi dzień w Krakowie.

## Rust w backendzie

Prowadzący: Marta Kowalczyk

- mniej incydentów

## Observability bez bólu

Prowadzący: Tomasz Wiśniewski

- sampling
"""

FIRST_TALK_UNDER_TITLE = """\
# Code Europe 2024

## Rust, WebAssembly and the web

Notes from the first talk.

## Observability without pain

Notes from the second talk.
"""


def test_a_medium_subtitle_under_the_title_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"pl.md": MEDIUM}))
    assert set(items) == {"Rust w backendzie", "Observability bez bólu"}


def test_a_talk_right_under_the_title_stays_a_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"en.md": FIRST_TALK_UNDER_TITLE}))
    assert set(items) == {"Rust, WebAssembly and the web", "Observability without pain"}


LUNCH_AND_BOOTHS = """\
# Confitura 2025 — 13 June 2025

## Observability for the rest of us — Tom Harris

- three metrics per service

## {heading}

Obiad szybki, kolejka do kawy dłuższa niż do jedzenia. Stickers everywhere.

### Allegro booth

- feature flags at scale

## Contract tests without pain — Ewa Nowak

- contracts in the consumer's repo
"""


@pytest.mark.parametrize(
    "heading",
    [
        "Lunch and booths",
        "Przerwa obiadowa i stoiska",
        "Öğle yemeği ve stantlar",
        "Öğle arası ve stantlar",
        "Oběd a stánky",
        "Mittagessen und Stände",
        "ناهار و غرفه\u200cها",
    ],
)
def test_a_lunch_and_booths_section_is_neither_a_talk_nor_a_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], heading: str
) -> None:
    note = LUNCH_AND_BOOTHS.format(heading=heading)
    items = items_by_title(list_json(tmp_path, capsys, {"day.md": note}))
    assert set(items) == {
        "Observability for the rest of us",
        "Allegro",
        "Contract tests without pain",
    }
    assert items["Allegro"]["kind"] == "booth"


MEDIUM_HEADER = """\
# Confitura 2025, dzień pierwszy

## Czyli notatki z sali 2 i trochę o kawie

[Karolina Wiśniewska](https://example.com/@kw)

Follow

5 min read · Jun 15, 2025

W piątek byłam na pierwszym dniu Confitury.

## Observability for the rest of us — Tom Harris

- trzy metryki na serwis

## Testy kontraktowe bez bólu — Ewa Nowak

- kontrakty w repo konsumenta
"""


def test_a_short_medium_subtitle_over_the_posts_header_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = items_by_title(list_json(tmp_path, capsys, {"pl.md": MEDIUM_HEADER}))
    assert set(items) == {"Observability for the rest of us", "Testy kontraktowe bez bólu"}
