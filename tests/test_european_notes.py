"""Notes written in German, French and Spanish (issue 14): their dates ("Dienstag, 9. April
2024", "Mercredi 17 avril", "17 de abril"), day words (Tag 2, Jour 1, Día 2), speaker lines
(Referent:, Sprecherin:, "Von Dr. Katrin Weber.", "Par A et B."), and talk headings with a
French time ("9h00 – …") or ", par NAME" after the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.dates import LAST_DAY, day_number, find_dates, only_a_date, weekdays
from summit_tui.corpus.event_names import strip_event
from summit_tui.corpus.heading_kinds import day_heading
from summit_tui.corpus.names import clock_time, heading_title
from summit_tui.corpus.speakers import Block, find_speakers, line_speakers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Hier meine Notizen vom Dienstag, 9. April 2024.", [(2024, 4, 9)]),
        ("Mittwoch, 10. April.", [(None, 4, 10)]),
        ("(am 10. Okt. 2024)", [(2024, 10, 10)]),
        ("Mercredi 17 avril 2024, Palais des Congrès.", [(2024, 4, 17)]),
        ("Le 1er mars", [(None, 3, 1)]),
        ("## Día 1 (17 de abril)", [(None, 4, 17)]),
        ("3 de mayo de 2024", [(2024, 5, 3)]),
        ("20 août 2024", [(2024, 8, 20)]),
        ("Ich habe 3 Mails gelesen", []),
        ("version 2.1 mai", []),
    ],
)
def test_dates_in_german_french_and_spanish(
    text: str, found: list[tuple[int | None, int, int]]
) -> None:
    assert [(m.year, m.month, m.day) for m in find_dates(text)] == found


def test_ranges_and_days_of_the_week() -> None:
    (span,) = find_dates("9.–11. Oktober 2024")
    assert (span.day, span.end_day, span.month) == (9, 11, 10)
    (span,) = find_dates("del 17 al 19 de abril")
    assert (span.day, span.end_day) == (17, 19)
    assert weekdays("Dienstag, 9. April") == [1]
    assert weekdays("Mercredi 17 avril") == [2]
    assert weekdays("jueves por la tarde") == [3]
    assert weekdays("dimanche") == [6]
    assert weekdays("Die Tagung war gut") == []
    assert only_a_date("Mittwoch, 10. April.")
    assert only_a_date("Jeudi 18 avril.")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("JavaLand 2024 – Tag 1", 1),
        ("Devoxx France 2024 : jour 2", 2),
        ("Día 2 (18 de abril)", 2),
        ("2. Tag", 2),
        ("zweiter Tag", 2),
        ("deuxième jour", 2),
        ("segundo día", 2),
        ("a tag 2 release", None),  # "tag" in English is a tag
    ],
)
def test_day_words(text: str, number: int | None) -> None:
    assert day_number(text) == number


def test_a_day_heading_in_these_languages_is_a_day() -> None:
    assert day_heading("Día 1 (17 de abril)") == "--04-17"
    assert day_heading("Jour 1 — mercredi 17 avril") == "--04-17"
    assert strip_event("Devoxx France 2024 : mes notes du jour 1", ["Devoxx France 2024"]) == ""
    assert strip_event("JavaLand 2024 – Tag 2", ["JavaLand 2024"]) == ""


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Referent: Tobias Krämer", ["Tobias Krämer"]),
        ("Sprecherin: Aylin Yıldız", ["Aylin Yıldız"]),
        ("Ponente: Ana Ruiz", ["Ana Ruiz"]),
        ("Relatore: Marco Bianchi", ["Marco Bianchi"]),
        ("**Relatrice:** Giulia Conti", ["Giulia Conti"]),
        ("Palestrante: João Pereira", ["João Pereira"]),
        ("Speaker : Sophie Bernard. Outillage maison, deux ans de travail.", ["Sophie Bernard"]),
        ("Speaker: Dr. Jane Doe. Great talk.", ["Jane Doe"]),
        ("Speaker: John F. Kennedy", ["John F. Kennedy"]),
        ("Speakers: Ann Lee and Bob Stone", ["Ann Lee", "Bob Stone"]),
        ("**Speaker:** Kim Seoyeon · GopherCon Korea 2024, day 1, track B", ["Kim Seoyeon"]),
        ("**발표자:** 김서연님 · 고퍼콘 코리아 2024 첫째 날, B 트랙", ["김서연"]),
        ("👤 발표자: 이정민 (토스)", ["이정민"]),
        ("참여자: Bryan Black (Chipletz CEO & Chairman), 이강욱", ["Bryan Black", "이강욱"]),
    ],
)
def test_speaker_label_lines(line: str, names: list[str]) -> None:
    assert line_speakers(line) == names


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("Von Dr. Katrin Weber. Rückblick auf zehn LTS-Jahre.", ["Katrin Weber"]),
        ("Von Michael Hartmann, siehe auch meinen Artikel.", ["Michael Hartmann"]),
        ("Par Antoine Mercier. Réponse courte : non.", ["Antoine Mercier"]),
        ("Par Lucie Fontaine et Hugo Lambert.", ["Lucie Fontaine", "Hugo Lambert"]),
        ("Par ailleurs, la salle était pleine.", []),
        ("Por la tarde fuimos al stand.", []),
        ("Von 9 bis 10 Uhr.", []),
    ],
)
def test_a_paragraph_that_says_whose_talk_it_is(paragraph: str, names: list[str]) -> None:
    assert find_speakers([Block(paragraph, 0)]) == names


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        (
            "9h00 – Keynote : Sobriété numérique, par Élise Martin",
            "Sobriété numérique",
            "Élise Martin",
        ),
        (
            "Keynote d'ouverture : « L'IA va-t-elle remplacer les développeurs ? »",
            "L'IA va-t-elle remplacer les développeurs ?",
            None,
        ),
        ("Conférence : Kubernetes sans YAML", "Kubernetes sans YAML", None),
        ("🐍 뱀 키우는 개발자", "뱀 키우는 개발자", None),
        ("⚡ 라이트닝: cargo-dist로 배포 자동화", "cargo-dist로 배포 자동화", None),
        ("{{time}} {{title}}", "{{time}} {{title}}", None),
        (".NET Aspire in the real world", ".NET Aspire in the real world", None),
        ("Session 1 — Ann Lee", "Session 1", "Ann Lee"),
    ],
)
def test_talk_headings(heading: str, title: str, speaker: str | None) -> None:
    assert heading_title(heading)[:2] == (title, speaker)


def test_a_french_time_orders_talks() -> None:
    assert clock_time("9h00 – Keynote") == "09:00"
    assert clock_time("16h30 – Quickie") == "16:30"


FRENCH_DAY = """\
---
title: "DevConf 2024 : mes notes du jour 1"
date: 2024-04-21
---

# DevConf 2024 — Jour 1

Mercredi 17 avril 2024.

## Keynote d'ouverture : « Le futur du build »

Par Claire Dubois. Réponse courte : plus rapide.

- cache distant partout

## Conférence : Observabilité sans douleur

Par Marc Petit et Léa Roux.

- des traces d'abord
"""


def test_a_french_day_post(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The talks of a French day report: on the day it writes (not the posting date), titled
    without their kind, with the speakers its "Par …" lines name."""
    found = list_items(tmp_path, capsys, {"blog/devconf-2024-jour-1.md": FRENCH_DAY})
    assert sorted((i["title"], tuple(i["speakers"]), i["date"]) for i in found) == [
        ("Le futur du build", ("Claire Dubois",), "2024-04-17"),
        ("Observabilité sans douleur", ("Marc Petit", "Léa Roux"), "2024-04-17"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Data: 29 ottobre 2024", [(2024, 10, 29)]),
        ("martedì 29 ottobre", [(None, 10, 29)]),
        ("30 ottobre 2024", [(2024, 10, 30)]),
        ("(29 ott. 2024)", [(2024, 10, 29)]),
        ("29 de outubro de 2024 (terça-feira)", [(2024, 10, 29)]),
        ("Quarta-feira, 30 de out. de 2024", [(2024, 10, 30)]),
        ("12 set 2024", [(2024, 9, 12)]),
        ("3 de março", [(None, 3, 3)]),
        ("2 out of 3 demos failed", []),  # "out" and "set" are English words too
        ("we played a 5 set match", []),
    ],
)
def test_dates_in_italian_and_portuguese(
    text: str, found: list[tuple[int | None, int, int]]
) -> None:
    assert [(m.year, m.month, m.day) for m in find_dates(text)] == found


def test_italian_and_portuguese_ranges_and_days_of_the_week() -> None:
    (span,) = find_dates("29–30 ottobre 2024")
    assert (span.year, span.month, span.day, span.end_day) == (2024, 10, 29, 30)
    (span,) = find_dates("29 e 30 de outubro")
    assert (span.month, span.day, span.end_day) == (10, 29, 30)
    assert weekdays("martedì 29 ottobre") == [1]
    assert weekdays("Mercoledi pomeriggio") == [2]
    assert weekdays("domenica") == [6]
    assert weekdays("29 de outubro de 2024 (terça-feira)") == [1]
    assert weekdays("na terça à tarde") == [1]
    assert weekdays("Sexta-feira") == [4]
    assert weekdays("a segunda edição") == []  # "segunda" alone is "second"
    assert only_a_date("martedì 29 ottobre")
    assert only_a_date("29 de outubro de 2024 (terça-feira)")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Codemotion Milano 2024 – Giorno 1", 1),
        ("giorno 2", 2),
        ("primo giorno", 1),
        ("Il secondo giorno", 2),
        ("Dia 2 (30 de outubro)", 2),
        ("primeiro dia", 1),
        ("segundo dia", 2),
        ("ultimo giorno", LAST_DAY),
    ],
)
def test_italian_and_portuguese_day_words(text: str, number: int) -> None:
    assert day_number(text) == number


def test_an_italian_or_portuguese_day_heading_is_a_day() -> None:
    assert day_heading("Giorno 1 (29 ottobre)") == "--10-29"
    assert day_heading("Dia 2 — quarta-feira, 30 de outubro") == "--10-30"
    assert strip_event("QCon São Paulo 2024: Dia 1 (29 de outubro)", ["QCon São Paulo 2024"]) == ""
    assert strip_event("QCon São Paulo 2024: primeiro dia", ["QCon São Paulo 2024"]) == ""
    assert strip_event("Codemotion Milano 2024 – Giorno 2", ["Codemotion Milano 2024"]) == ""
    assert (
        strip_event("Codemotion Milano 2024: le mie note del giorno 1", ["Codemotion Milano 2024"])
        == ""
    )


ITALIAN_TALK = """\
---
title: "Il mio talk preferito al DevFest Torino 2024"
date: 2024-11-04
---

# Osservabilità senza dolore

Relatore: Giulia Bianchi

Data: 29 ottobre 2024

- prima le tracce, poi i log
- campionamento in coda
"""

PORTUGUESE_DAY = """\
---
title: "DevSummit Lisboa 2024 — Dia 2"
date: 2024-11-10
---

# DevSummit Lisboa 2024 — Dia 2

30 de outubro de 2024 (quarta-feira).

## Kubernetes sem YAML

Palestrante: João Pereira

- tudo em Kotlin
"""


def test_an_italian_talk_posted_later_lands_on_the_day_it_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A one-talk Italian post dated a week after the talk is on the day its "Data:" line
    gives, and a Portuguese day report on the day its first line writes."""
    found = list_items(
        tmp_path,
        capsys,
        {"blog/devfest-torino-2024.md": ITALIAN_TALK, "blog/devsummit-dia-2.md": PORTUGUESE_DAY},
    )
    assert sorted((i["event"], i["date"]) for i in found) == [
        ("DevFest Torino 2024", "2024-10-29"),
        ("DevSummit Lisboa 2024", "2024-10-30"),
    ]
