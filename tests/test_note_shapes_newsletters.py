"""Newsletters and reports that name talks and stands in their prose: a section's paragraphs
opening with a bold run-in ("**Talk of the week.** Thursday's keynote by Dr. … on …") are
entries of the talks they name, on the weekday they give; a stand named in bold in a sentence
("Au stand de **Sunu Data**, …", "nilitembelea banda la **Kijiji AI**", "at the **X** stand"
under "### Sponsor area") is that booth's entry; a heading naming a poster session over notes
on the posters is the session; a newsletter whose title shortens the event's name to its
brand ("Baraza special") is about that event; a note's "siku ya 3 - Jumatano" is dated by its
weekday; an item goes by the title a heading quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, items_by_title, line_of, list_json, loaded_notes
from summit_tui.corpus.events import place_notes
from summit_tui.corpus.heading_kinds import booth_in_prose, booth_in_section, genitive_kept
from summit_tui.corpus.run_ins import run_in_parts

REPORT = """\
---
title: "My notes from Data Science Baraza 2025"
date: 2025-05-17
author: Omar Said
---

Data Science Baraza 2025 took place in Kisumu, 12–16 May 2025.

## Tuesday 13 May

### Poster session

Presented our poster on Dholuo speech; a good crowd all evening.

## Thursday 15 May

### Keynote: "Flood maps from phone data" (Dr. Halima Yusuf)

Phone location data as a flood sensor, checked against river gauges.
"""

NEWSLETTER = """\
---
title: "Labbrevet nr 12 — Baraza special"
date: 2025-05-20
---

Hej alla,

## Nytt från labbet

- Två artiklar antagna till ACL-workshopparna
- Servern är nere för underhåll på måndag

## Baraza special

**Our poster.** Linnea and Omar presented at Tuesday's poster session. Many questions about
the dataset.

**Talk of the week.** Thursday's keynote by Dr. Halima Yusuf on flood maps from phone data:
satellite images are not enough, phones see the water first.

**Dinner.** Everyone ate too much.

Vi ses på måndag,
Karin
"""


def test_a_newsletters_run_in_paragraphs_are_entries_of_the_talks_they_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"report.md": REPORT, "labbrevet.md": NEWSLETTER})
    items = items_by_title(data)
    assert set(items) == {"Poster session", "Flood maps from phone data"}
    assert items["Poster session"]["date"] == "2025-05-13"
    assert items["Flood maps from phone data"]["date"] == "2025-05-15"
    assert items["Flood maps from phone data"]["speakers"] == ["Halima Yusuf"]
    for item in items.values():
        assert {e["note"] for e in item["entries"]} == {"report.md", "labbrevet.md"}
    lines = item_of_line(data)
    assert lines[line_of(NEWSLETTER, "**Our poster.**")] == "Poster session"
    assert lines[line_of(NEWSLETTER, "**Talk of the week.**")] == "Flood maps from phone data"
    assert lines[line_of(NEWSLETTER, "**Dinner.**")] is None  # the writer's own news
    assert lines[line_of(NEWSLETTER, "## Nytt")] is None


def test_run_ins_inside_a_talks_section_are_its_points() -> None:
    lines = [
        "**Why it matters.** Rivers flood faster than the gauges report.",
        "",
        "**What she showed.** A map of Kisumu from phone pings.",
        "",
    ]
    assert run_in_parts(lines, 0, len(lines)) is None  # names no talk: the section's points


@pytest.mark.parametrize(
    ("paragraphs", "title", "speakers", "day"),
    [
        (
            "**Keynote by Maria Santos.** She argued for boring tech.\n\n**Lunch.** Good.",
            "Keynote by Maria Santos",
            ("Maria Santos",),
            None,
        ),
        (
            "**Destaque.** A keynote de quarta-feira da Luciana Prado sobre dados abertos.\n\n"
            "**Notícias.** Nada de novo.",
            "Dados abertos",
            ("Luciana Prado",),
            "weekday:2",
        ),
        (
            "**Unsere Poster.** Jonas stand bei der Postersession am Mittwoch.\n\n"
            "**Sonst.** Nichts.",
            "Postersession",
            (),
            "weekday:2",
        ),
    ],
)
def test_what_a_run_in_paragraph_names(
    paragraphs: str, title: str, speakers: tuple[str, ...], day: str | None
) -> None:
    lines = paragraphs.split("\n")
    parts = run_in_parts(lines, 0, len(lines))
    assert parts is not None
    talk = parts[0]
    assert (talk.title, talk.speakers, talk.day) == (title, speakers, day)
    assert parts[1].title == parts[1].topic  # the other paragraph: the writer's own


STAND_IN_PROSE_FR = """\
---
title: "Retour sur PyCon Africa 2025"
date: 2025-08-20
author: Awa Diop
---

PyCon Africa 2025 se tenait à Accra du 5 au 9 août.

## Mercredi 6 août

**Python pour la santé publique** — Dr Kwame Mensah

Des tableaux de bord pour les districts sanitaires, en Django.

Au stand de **Mobi Pay**, on m'a parlé de leur API de paiement. J'ai pris des autocollants.

## Jeudi 7 août

**Typage progressif en pratique** — Efua Boateng

mypy pas à pas sur une base de code de dix ans.
"""

STAND_IN_PROSE_SW = """\
---
title: "Nilichojifunza PyCon Africa 2025"
date: 2025-08-15
---

Nilihudhuria PyCon Africa 2025 jijini Accra.

## Siku ya Pili — Jumatano, 6 Agosti

### Hotuba: Python kwa afya ya jamii (Dkt. Kwame Mensah)

Alionyesha dashibodi za wilaya za afya.

Wakati wa chakula cha mchana nilitembelea banda la **Mobi Pay**, kampuni changa ya malipo.
"""

SPONSOR_AREA = """\
---
title: "Travel grant report: Yaw Ofori (PyCon Africa 2025)"
date: 2025-08-25
author: Yaw Ofori
---

## Sessions I attended

### Keynote — "Python for public health" — Dr. Kwame Mensah (Wed 6 Aug)

District dashboards, built in Django by two people.

### Sponsor area

Spent lunch on Wednesday at the **Mobi Pay** stand; they are hiring.
"""


def test_a_stand_named_in_bold_in_a_talks_section_is_that_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"fr.md": STAND_IN_PROSE_FR, "sw.md": STAND_IN_PROSE_SW, "yaw.md": SPONSOR_AREA}
    data = list_json(tmp_path, capsys, files)
    items = items_by_title(data)
    booth = items["Mobi Pay"]
    assert booth["kind"] == "booth"
    assert booth["date"] == "2025-08-06"
    assert {e["note"] for e in booth["entries"]} == set(files)
    talk = next(i for i in items.values() if i["speakers"] == ["Kwame Mensah"])
    assert {e["note"] for e in talk["entries"]} == set(files)  # the stand is split from it
    in_fr = {item["title"]: e["line"] for item in items.values() for e in item["entries"]
             if e["note"] == "fr.md"}  # fmt: skip
    assert in_fr == {
        talk["title"]: line_of(STAND_IN_PROSE_FR, "**Python pour"),
        "Mobi Pay": line_of(STAND_IN_PROSE_FR, "Au stand"),
        "Typage progressif en pratique": line_of(STAND_IN_PROSE_FR, "**Typage"),
    }


@pytest.mark.parametrize(
    ("line", "booth"),
    [
        ("Au stand de **Sunu Data**, on m'a parlé de stages.", "Sunu Data"),
        ("Am Stand von **Azul** Gespräche über JVMs.", "Azul"),
        ("No estande da **Nubank** ganhei um copo.", "Nubank"),
        ("Vi var innom **Skyfri** sin stand etter lunsj.", "Skyfri"),
        ("Mchana nilitembelea banda la **Kijiji AI**, kampuni changa.", "Kijiji AI"),
        ("Kisha tulipita kwenye kibanda cha M-Kopa kuuliza kuhusu kazi.", "M-Kopa"),
        ("At the **Datadog** booth they had socks.", "Datadog"),
    ],
)
def test_a_line_opening_at_a_stand_names_it(line: str, booth: str) -> None:
    assert booth_in_prose(line) == booth


def test_a_stand_named_anywhere_in_a_booths_section() -> None:
    text = "Spent lunch on Thursday at the **Sunu Data** stand; they are hiring."
    assert booth_in_section(text) == "Sunu Data"
    assert booth_in_prose("Mwaka ujao nataka kuwasilisha bango langu.") is None


PHONE_NOTE_SW = """\
PyCon Africa siku ya 3 - Alhamisi
Keynote Dkt Abena Owusu - data za kilimo Ghana
- mvua haitabiriki tena
- wakulima wanatumia simu
Poster session jioni
- poster ya Kofi (Twi ASR) nzuri
- mtu wa Lagos - satellite + mazao
"""

EVENT_DAYS = """\
---
title: "PyCon Africa 2025: my week"
date: 2025-08-20
author: Awa Diop
---

PyCon Africa 2025 ran in Accra from 5 to 9 August 2025, tutorials on the first day.

## Tuesday 5 August

### Keynote: Python in every school (Dr. Kofi Asante)

Curriculum pilots in three regions.
"""


def test_a_day_count_beside_its_weekday_is_dated_by_the_weekday(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # day 3 counted from 5 August would be Thursday the 7th; "Alhamisi" (Thursday) is the 7th
    # too: the writer counted from the tutorials. Counted from the first talk day it is not.
    files = {"PyCon Africa siku ya 3.md": PHONE_NOTE_SW, "week.md": EVENT_DAYS}
    data = list_json(tmp_path, capsys, files)
    items = items_by_title(data)
    talk = next(i for i in items.values() if i["speakers"] == ["Abena Owusu"])
    assert talk["date"] == "2025-08-07"
    # the poster session is the session, its lines notes on it: no booth named "poster ya Kofi"
    assert items["Poster session jioni"]["kind"] == "session"
    assert items["Poster session jioni"]["date"] == "2025-08-07"
    assert all(i["kind"] == "session" for i in items.values())


def test_the_weekday_wins_over_a_count_that_disagrees(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "siku ya 3" from 5 August is the 7th, a Thursday; "Jumatano" is Wednesday the 6th
    note = PHONE_NOTE_SW.replace("siku ya 3 - Alhamisi", "siku ya 3 - Jumatano")
    data = list_json(tmp_path, capsys, {"PyCon Africa siku ya 3.md": note, "week.md": EVENT_DAYS})
    talk = next(i for i in items_by_title(data).values() if i["speakers"] == ["Abena Owusu"])
    assert talk["date"] == "2025-08-06"


def test_posters_named_in_a_list_under_a_poster_session_stay_booths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = EVENT_DAYS + (
        "\n## Poster session\n\n"
        "- **Twi speech corpus**: 40 hours, read speech only.\n"
        "- **Cassava disease detection**: runs on a 50-dollar phone.\n"
    )
    items = items_by_title(list_json(tmp_path, capsys, {"week.md": note}))
    assert items["Twi speech corpus"]["kind"] == "booth"
    assert items["Cassava disease detection"]["kind"] == "booth"


def test_a_brand_word_names_the_event_only_when_no_note_writes_it_in_lower_case(
    tmp_path: Path,
) -> None:
    # "Data" is a word notes write in lower case: a note titled "Data cleaning tips" names no
    # event by it; "Baraza" no note writes so
    tips = "---\ntitle: Data cleaning tips\ndate: 2025-05-19\n---\n\nKeep raw data raw.\n"
    files = {"report.md": REPORT, "labbrevet.md": NEWSLETTER, "tips.md": tips}
    placements, events = place_notes(loaded_notes(tmp_path, files))
    baraza = placements["report.md"].event_id
    assert events[baraza].title == "Data Science Baraza 2025"
    assert placements["labbrevet.md"].event_id == baraza
    assert placements["tips.md"].event_id != baraza
    # a year later, the same shortening is another year's news
    late = NEWSLETTER.replace("date: 2025-05-20", "date: 2026-05-20")
    placements, _ = place_notes(loaded_notes(tmp_path / "b", {"report.md": REPORT, "l.md": late}))
    assert placements["l.md"].event_id != placements["report.md"].event_id


def test_an_item_goes_by_the_title_a_heading_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quoted = SPONSOR_AREA  # '### Keynote — "Python for public health" — Dr. Kwame Mensah'
    phone = "Accra day 2\nKeynote Dkt Kwame Mensah - afya\n- dashibodi\nLunch\n- jollof\n"
    data = list_json(tmp_path, capsys, {"yaw.md": quoted, "phone.md": phone})
    talk = next(i for i in items_by_title(data).values() if i["speakers"] == ["Kwame Mensah"])
    assert talk["title"] == "Python for public health"


@pytest.mark.parametrize(
    ("line", "body", "booth"),
    [
        # "Atlas" written alone elsewhere: the name ends in s
        ("Vi var innom Atlas stand etter lunsj.", "Atlas hadde en quiz.", "Atlas"),
        # "Kantega" written alone elsewhere: "Kantegas stand" is its genitive
        ("Vi var innom Kantegas stand.", "Kantega delte ut kaffe. Kantegas quiz.", "Kantega"),
        # nothing else to tell by: the genitive, as Nordic writers write it
        ("Mellem foredragene var jeg forbi Fjordkodes stand.", "", "Fjordkode"),
    ],
)
def test_a_nordic_genitive_keeps_a_name_ending_in_s(line: str, body: str, booth: str) -> None:
    name = booth_in_prose(line)
    assert name is not None
    assert genitive_kept(name, line, f"{line}\n\n{body}") == booth


def test_a_stand_visited_in_a_nordic_note_keeps_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = """\
---
title: "JavaZone 2025 — dag 1"
date: 2025-09-03
author: Kari Nordmann
---

## Keynote: Kotlin i produksjon (Erik Dahl)

Mye om korutiner.

Vi var innom Atlas stand etter lunsj. Atlas hadde en quiz om JVM-flagg.
"""
    items = items_by_title(list_json(tmp_path, capsys, {"dag1.md": note}))
    assert items["Atlas"]["kind"] == "booth"
    assert "Atla" not in items
