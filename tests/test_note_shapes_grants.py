"""Reports written into a template, newsletters, and talk headings that carry their day:
a grant or trip report's own sections ("## About me", "## Über mich", "## What I'm taking home",
"## 자기소개") are no talks however many writers share them; a newsletter's list of what comes
next names no event of its own; a heading's closing "(Thu 5 Sept)", "(화, 11/5)" or "(Mi.,
4.9.)" dates its talk and is no part of its title, and so is a "Tuesday afternoon — Practical:"
opening."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factories import items_by_title, list_json

TRIP_REPORT_DE = """\
---
title: "Reisebericht: Lea Hoffmann auf der FOSSAsia 2025"
author: Lea Hoffmann
date: 2025-03-20
---

Unser Verein schickt jedes Jahr zwei Mitglieder zu einer Konferenz. Hier mein Bericht.

## Über mich

Ich studiere Informatik in Leipzig und arbeite an Übersetzungswerkzeugen.

## Besuchte Vorträge

### Donnerstag — Keynote: "Open Hardware in Asien" (Dr. Mei Lin Tan)

Viele Beispiele aus Shenzhen, ein Board für unter zehn Dollar.

### Freitag — Vortrag: Rust im Browser (Arjun Mehta)

WebAssembly ohne JavaScript-Kleber, mit Zahlen zur Ladezeit.

## Was ich mitnehme

Ein Kontakt für unser Übersetzungsprojekt.

## Danke

Danke an den Verein für das Stipendium.
"""

TRIP_REPORT_EN = """\
---
title: "Trip report: Sam Okoro at FOSSAsia 2025"
author: Sam Okoro
date: 2025-03-22
---

Our association funds two members a year to attend a conference: this year FOSSAsia 2025
in Bangkok (13–15 March). This is my report.

## About me

Backend developer in Lagos, mostly Go and Postgres.

## Talks I saw

### Keynote — "Open hardware in Asia" — Dr. Mei Lin Tan (Thu 13 March)

Cheap boards, local factories, a lot of soldering on stage.

### Rust in the browser (Arjun Mehta)

WebAssembly numbers I will show my team.

## What I'm taking home

- Try WebAssembly for our dashboard
- Write to Dr. Tan about the board

## Thanks

Thanks to everyone who reviewed my application.
"""

KOREAN_REPORT = """\
---
title: "FOSSAsia 2025 참가 지원 후기"
author: 박서연
date: 2025-03-25
---

## 자기소개

서울에서 프론트엔드 개발을 하고 있습니다.

## 들은 발표

### Rust in the browser (Arjun Mehta)

웹어셈블리 로딩 시간 비교가 인상적이었습니다.

### 오픈소스 커뮤니티 운영 (Priya Nair)

기여자 온보딩 문서를 어떻게 쓰는지 배웠습니다.
"""


def test_template_sections_of_reports_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"de.md": TRIP_REPORT_DE, "en.md": TRIP_REPORT_EN, "ko.md": KOREAN_REPORT},
    )
    titles = set(items_by_title(data))
    own = {"Über mich", "About me", "Was ich mitnehme", "What I'm taking home", "자기소개"}
    assert not titles & own
    unsorted = {entry["heading"] for entry in data["unsorted"]}
    assert own <= unsorted
    rust = next(item for title, item in items_by_title(data).items() if "Rust" in title)
    assert sorted(rust["authors"]) == ["Lea Hoffmann", "Sam Okoro", "박서연"]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("About me", "intro"),
        ("1. About me", "intro"),
        ("Über mich", "intro"),
        ("À propos de moi", "intro"),
        ("Sobre mí", "intro"),
        ("자기소개", "intro"),
        ("What I'm taking home", "closing"),
        ("Was ich mitnehme", "closing"),
        ("Ce que je retiens", "closing"),
        ("Lo que me llevo", "closing"),
        ("About Kubernetes operators", None),
        ("Who am I to judge an LLM?", None),
        ("What I learned building Rust at scale", None),
    ],
)
def test_a_writers_own_sections(heading: str, title: str | None) -> None:
    from summit_tui.corpus.heading_kinds import generic_heading

    assert generic_heading(heading) == title


DATED_HEADINGS = """\
---
title: "PyCon Korea 2025 후기"
author: 한지민
---

PyCon Korea 2025 (11월 3일–5일) 다녀왔습니다.

## AI 에이전트와 파이썬 (화, 11/4)

에이전트 프레임워크 비교가 좋았습니다.

## 타입 힌트 실전 (Wed 5 Nov)

mypy 설정 예시를 많이 보여줬습니다.
"""

GERMAN_PANEL = """\
---
title: "Notizen von der PyCon Korea 2025"
author: Jonas Weber
---

### Podium: Open Source in Asien (Mo., 3.11.)

Vier Maintainer aus Seoul, Tokio, Taipeh und Manila.

### Montagnachmittag

Nichts Besonderes.

### AI 에이전트와 파이썬 (Dienstag)

Agenten-Frameworks im Vergleich, auf Koreanisch mit Folien auf Englisch.
"""


def test_a_trailing_date_dates_the_talk_and_leaves_its_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"ko.md": DATED_HEADINGS, "de.md": GERMAN_PANEL})
    items = items_by_title(data)
    assert items["AI 에이전트와 파이썬"]["date"] == "2025-11-04"
    assert sorted(items["AI 에이전트와 파이썬"]["authors"]) == ["Jonas Weber", "한지민"]
    assert items["타입 힌트 실전"]["date"] == "2025-11-05"
    assert items["Podium: Open Source in Asien"]["date"] == "2025-11-03"


@pytest.mark.parametrize(
    ("heading", "opens", "day"),
    [
        ("Building AI startups in Africa (Thu 5 Sept)", 31, "--09-05"),
        ("AI 에이전트 (화, 11/5)", 8, "weekday:1"),
        ("Vortrag (Mi., 4.9.)", 8, "weekday:2"),
        ("Atelier (mar. 3 sept.)", 8, "--09-03"),
        ("Panel (Sat afternoon)", 6, "weekday:5"),
        ("Scaling Postgres (Jane Doe)", None, None),
        ("Python 3.13 (3.13)", None, None),
        ("Talk (14:00)", None, None),
        ("Scaling (part 2)", None, None),
    ],
)
def test_the_day_in_a_headings_closing_brackets(
    heading: str, opens: int | None, day: str | None
) -> None:
    from summit_tui.corpus.time_prefix import paren_day

    assert paren_day(heading) == ((opens, day) if opens is not None else None)


WEEKDAY_PARTS = """\
---
title: "RustConf 2025 recap"
author: Dana Whitfield
---

RustConf 2025 ran from Tuesday 2 September to Thursday 4 September in Seattle.

## Sessions

### Tuesday afternoon — Workshop: async Rust from scratch

We wrote an executor in ninety minutes.

### Thursday morning — Keynote: the next ten years of Rust

Editions, governance and a lot of thanks.

### Wednesday: hallway track

Mostly coffee.
"""


def test_a_weekday_and_part_of_the_day_before_a_talks_kind_date_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"rustconf.md": WEEKDAY_PARTS})
    items = items_by_title(data)
    workshop = next(item for title, item in items.items() if "async Rust" in title)
    keynote = next(item for title, item in items.items() if "ten years" in title)
    assert workshop["date"] == "2025-09-02"
    assert keynote["date"] == "2025-09-04"


NEWSLETTER = """\
---
title: "Team digest #12 — PyData Berlin special"
date: 2025-06-20
---

Hi everyone,

Most of us are back from PyData Berlin 2025.

## Highlights

Ines's keynote on NLP pipelines was the talk of the week.

## Upcoming

- Meetup: Python Leipzig, 3 July
- Seminar: our own Tomasz on data contracts, 9 July
"""

SENTENCE_EVENT = """\
---
title: "Monthly notes"
date: 2025-06-02
---

Conference: my first trip to a data conference this year

## Notes

Mostly about pandas.
"""


def test_a_newsletters_coming_up_list_names_no_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summit_tui.corpus.loader import load_note

    notes = tmp_path / "n"
    notes.mkdir()
    (notes / "digest.md").write_text(NEWSLETTER, encoding="utf-8")
    (notes / "monthly.md").write_text(SENTENCE_EVENT, encoding="utf-8")
    digest, _ = load_note(notes / "digest.md", notes)
    monthly, _ = load_note(notes / "monthly.md", notes)
    assert digest is not None and monthly is not None
    named = [*digest.event_names, *monthly.event_names]
    assert not any("Tomasz" in name or "Leipzig" in name or "trip" in name for name in named)
    data: dict[str, Any] = list_json(tmp_path, capsys, {"digest.md": NEWSLETTER})
    assert not any("Tomasz" in event["title"] for event in data["events"])


MISSION_REPORT = """\
# Dienstreisebericht

**Anlass:** Teilnahme an der FOSDEM 2025
**Ort:** Brüssel
**Zeitraum:** 1. bis 2. Februar 2025

## 1. Hintergrund

Das Institut hat zwei Mitarbeitende entsandt.

## 2. Besuchte Vorträge

a) „Rust für Linux-Treiber“ (Dr. Miguel Santos), Samstag 1. Februar:
Stand der Treiber, die schon in Rust geschrieben sind.

b) *Open-Source-Firmware für Server* (Bw. Baraka Otieno), Sonntag 2. Februar:
Coreboot auf aktueller Hardware, mit einer Live-Demo.

## 3. Empfehlungen

1. Im nächsten Jahr einen eigenen Vortrag einreichen.
"""

ENGLISH_REPORT = """\
# Trip summary: FOSDEM 2025

i) "Rust for Linux drivers" (Miguel Santos), Sat 1 Feb — which drivers are in Rust already.

ii) "Open-source firmware for servers" (Baraka Otieno), Sun 2 Feb — coreboot on new boards.

Back on Monday.
"""


def test_a_reports_lettered_talks_are_entries_on_their_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"bericht.md": MISSION_REPORT, "en.md": ENGLISH_REPORT})
    items = items_by_title(data)
    rust = next(item for title, item in items.items() if "Rust" in title)
    firmware = next(item for title, item in items.items() if "irmware" in title)
    assert rust["date"] == "2025-02-01"
    assert firmware["date"] == "2025-02-02"
    assert rust["speakers"] == ["Miguel Santos"]
    assert firmware["speakers"] == ["Baraka Otieno"]
    assert sorted(e["note"] for e in rust["entries"]) == ["bericht.md", "en.md"]
    assert len(items) == 2  # the background and the recommendations are no talks
    lines = {e["line"] for e in rust["entries"] + firmware["entries"]}
    assert lines == {13, 16, 3, 5}


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Dkt. Grace Banda", "Grace Banda"),
        ("Bi. Wanjiru Kamau", "Wanjiru Kamau"),
        ("Mme Awa Diop", "Awa Diop"),
        ("Pr Moussa Ndiaye", "Moussa Ndiaye"),
        ("Dr Karim Diallo", "Karim Diallo"),
    ],
)
def test_a_title_before_a_name_is_no_part_of_it(written: str, name: str) -> None:
    from summit_tui.corpus.names import clean_person

    assert clean_person(written) == name


PANEL_EN = """\
---
title: "PyCon Latam 2025, day two"
author: Grace Miller
date: 2025-09-12
---

## Panel — "Growing Python communities in small cities"

Four organisers, three countries, one shared problem: venues.

## Workshop: testing with pytest from zero

We wrote fixtures for an hour.
"""

PANEL_ES = """\
---
title: "Mis notas del segundo día de PyCon Latam 2025"
author: Lucía Fernández
date: 2025-09-12
---

## Mesa redonda: cómo crecer una comunidad en una ciudad pequeña

Cuatro organizadores y el mismo problema de siempre: los espacios.

## Taller: escribir pruebas para principiantes

Una hora escribiendo fixtures.
"""

OTHER_PANEL_EN = """\
---
title: "Day two at PyCon Latam 2025"
author: Omar Haddad
date: 2025-09-12
---

## Panel: hiring juniors in 2025

Mentoring beats take-home tests, everybody agreed.
"""


def test_a_panel_and_a_workshop_written_in_two_languages_are_one_talk_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"en.md": PANEL_EN, "es.md": PANEL_ES})
    items = items_by_title(data)
    assert len(items) == 2
    for item in items.values():
        assert sorted(item["authors"]) == ["Grace Miller", "Lucía Fernández"]


def test_two_panels_of_one_language_on_a_day_leave_the_other_languages_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"en.md": PANEL_EN, "es.md": PANEL_ES, "en2.md": OTHER_PANEL_EN}
    items = items_by_title(list_json(tmp_path, capsys, files))
    panels = [
        item for title, item in items.items() if "Taller" not in title and "pytest" not in title
    ]
    assert sorted(len(item["authors"]) for item in panels) == [1, 1, 1]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ('Panel — "Building AI startups in Africa" (Thu 5 Sept)', "panel"),
        ("Table ronde : créer une startup d'IA en Afrique", "panel"),
        ("Mazoezi: Kufunza modeli ndogo ya lugha", "practical"),
        ("Atelier : Rust embarqué", "workshop"),
        ("Panelists and their companies", None),
        ("Workshops are back", None),
    ],
)
def test_the_kind_a_heading_opens_with(heading: str, kind: str | None) -> None:
    from summit_tui.corpus.bilingual import opening_kind

    assert opening_kind(heading) == kind


PHONE_NOTE = """\
PyCon ES dia 2 - sabado
Keynote Dra. Marta Ruiz - datos abiertos en Andalucía
- portal con 4000 datasets
- las APIs siguen lentas
Taller Django Girls
- 40 personas, casi todas nuevas
Comida: paella
"""

BLOG_POST = """\
---
title: "PyCon ES 2025: mis notas"
author: Pablo Gil
date: 2025-10-04
---

## Datos abiertos en Andalucía (Marta Ruiz)

Un portal con cuatro mil conjuntos de datos.
"""


def test_a_phone_note_typed_without_blank_lines_gives_its_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a phone's notes app names the file after the note's first line
    phone_file = "PyCon ES dia 2 - sabado.md"
    data = list_json(tmp_path, capsys, {phone_file: PHONE_NOTE, "blog.md": BLOG_POST})
    items = items_by_title(data)
    keynote = next(item for item in items.values() if item["speakers"] == ["Marta Ruiz"])
    assert sorted(e["note"] for e in keynote["entries"]) == sorted(["blog.md", phone_file])
    phone = [e for item in items.values() for e in item["entries"] if e["note"] == phone_file]
    assert sorted(e["line"] for e in phone) == [2, 5]
    workshop = next(item for title, item in items.items() if "Django" in title)
    assert workshop["entries"][0]["line"] == 5


SURVEY_EN = """\
# RustConf 2025 — attendee feedback

**Response #7** · submitted 2025-09-08 10:12

**1. Where are you based?**
Lisbon

**2. Which session did you enjoy most, and why?**
The Wednesday workshop on embedded async. Small room, good exercises.

**3. Which talk would you cut?**
The compilers panel on Thursday: four people agreeing for an hour.

**4. Anything else?**
More coffee, please.
"""

RUSTCONF_BLOG = """\
---
title: "RustConf 2025 notes"
author: Ines Duarte
---

My notes from RustConf 2025 (2–4 September 2025, Seattle).

## Wednesday — Workshop: embedded async with Embassy

Blinking LEDs with async tasks.

## Thursday — Panel: the future of Rust compilers

gccrs, cranelift and rustc on one stage.
"""

SURVEY_DE = """\
# Umfrage nach der FrOSCon 2025

### 1. Wie haben Sie von der Konferenz erfahren?
Über Kollegen.

### 2. Welcher Vortrag hat Ihnen am besten gefallen?
Der Vortrag über Paketierung mit Nix, sehr praxisnah.

### 3. Wie bewerten Sie die Verpflegung?
Gut.
"""


def test_a_survey_responses_answers_about_sessions_are_their_entries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"response-7.md": SURVEY_EN, "blog.md": RUSTCONF_BLOG})
    items = items_by_title(data)
    assert len(items) == 2
    for item in items.values():
        notes = sorted(e["note"] for e in item["entries"])
        assert notes == ["blog.md", "response-7.md"]
    workshop = next(item for title, item in items.items() if "embedded" in title.lower())
    panel = next(item for title, item in items.items() if "compilers" in title.lower())
    assert "compilers panel" not in items  # the answer names the talk; it does not title it
    assert workshop["date"] == "2025-09-03"
    assert panel["date"] == "2025-09-04"
    answers = {e["line"] for item in items.values() for e in item["entries"]}
    assert {9, 12} <= answers  # the answers, not the form's questions
    unsorted = {e["line"] for e in data["unsorted"] if e["note"] == "response-7.md"}
    assert 1 in unsorted  # the form's title and the questions about no session


def test_a_survey_asked_in_headings_and_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summit_tui.corpus.survey_answers import survey_parts

    parts = survey_parts(SURVEY_EN, SURVEY_EN.split("\n"))
    assert parts is not None
    assert [(p.title, p.day) for p in parts] == [
        ("workshop on embedded async", "weekday:2"),
        ("compilers panel", "weekday:3"),
    ]
    lines = SURVEY_DE.split("\n")
    parts = survey_parts(SURVEY_DE, lines)
    assert parts is not None
    assert [(p.title, p.start) for p in parts] == [("Vortrag über Paketierung mit Nix", 6)]
    assert survey_parts(SURVEY_DE.replace("### 3.", "### Drei:"), lines) is None
