"""Notes in Croatian, Slovenian, Malay and Tagalog (and their neighbours): a booths section
in the writer's language ("## Štandovi", "## Stojnice", "## Gerai", "### Estand de X") holds
booths, a stand visited in a sentence inside a talk's section is that stand, and a closing,
a meal or a thanks ("## Zaključak", "## Kosilo", "## Pasasalamat", "## So what?") is no
talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, items_by_title, line_of, list_json, note_writers
from summit_tui.corpus.dates import find_dates
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.heading_kinds import (
    booth_in_prose,
    context_kind,
    continues,
    generic_heading,
)
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.names import heading_title

BLOG_HR = """\
---
title: "Dani Cloud Rijeka 2025: dva dana na Kantridi"
date: 2025-05-20
author: Petra Grgić
---

Evo mojih bilješki s konferencije, malo sređenih.

## Četvrtak, 15. svibnja

### „Observability bez suza" – Ivan Matić

Tracing prije dashboarda, sampling na ulazu. Dobar uvod za sve koji tek počinju.

Između dva predavanja prošetala sam izložbenim prostorom. Na štandu tvrtke Cobalt pričala sam
s njihovim SRE timom o alertingu; dobila sam i šalicu.

Nordlys Data je na svom štandu imao demo s mapom cijele Europe, ljudi su stajali u redu.

### „Postgres na rubu" – Lucija Babić

Particije po mjesecu, vacuum po tablici.

## Ručak

Riba je bila odlična.

## Zaključak

Dogodine opet, možda i s predavanjem.
"""

NOTES_SL = """\
# Dani Cloud Rijeka 2025 – četrtek, 15. maja

## Opazljivost brez solz (Ivan Matić)

- vzorčenje na vhodu
- sledi pred nadzornimi ploščami

## Stojnice

- **Cobalt** – skodelice in pogovor o opozorilih
- **Nordlys Data** – zemljevid Evrope v živo

## Kosilo

Ribja juha, zelo dobra.

## Zaključek

Naslednje leto spet.
"""

POST_MS = """\
# Catatan Dani Cloud Rijeka 2025

## Hari Pertama — Khamis, 15 Mei 2025

### Observability tanpa air mata — oleh Ivan Matić

Pembentangan yang praktikal tentang pensampelan.

## Gerai

Di gerai **Cobalt** saya berbual dengan pasukan SRE mereka tentang amaran.

Gerai komuniti **Nordlys Data** pula memberi peta Eropah secara langsung.

## Penutup

Terima kasih kepada penganjur!
"""

POST_TL = """\
---
title: "Dani Cloud Rijeka 2025: sulit!"
author: Joy Santos
date: 2025-05-22
---

First time ko sa Rijeka, ang daming natutunan.

## Day 1 (Huwebes, Mayo 15)

### "Observability nang walang luha" ni Ivan Matić

Ang ganda ng talk tungkol sa sampling, sobrang practical.

### "Postgres sa gilid" ni Lucija Babić

Partitions per buwan, vacuum per table.

## Tanghalian

Masarap yung isda.

## Pasasalamat

Salamat sa mga volunteers!
"""


def test_a_croatian_post_keeps_its_stands_and_leaves_lunch_and_closing_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"blog/dani-cloud.md": BLOG_HR})
    item_at = item_of_line(data)
    # a stand visited in a sentence inside a talk's section is that stand, not the talk
    assert item_at[line_of(BLOG_HR, "Između dva predavanja")] == "Cobalt"
    assert item_at[line_of(BLOG_HR, "Nordlys Data je")] == "Nordlys Data"
    assert item_at[line_of(BLOG_HR, "### „Observability")] != "Cobalt"
    items = items_by_title(data)
    assert items["Cobalt"]["kind"] == "booth"
    assert items["Nordlys Data"]["date"] == "2025-05-15"
    for heading in ("## Ručak", "## Zaključak"):
        assert item_at.get(line_of(BLOG_HR, heading)) is None
    assert not {"Ručak", "Zaključak"} & set(items)


def test_slovenian_stands_and_malay_stalls_are_booths_across_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"sl/cetrtek.md": NOTES_SL, "ms/catatan.md": POST_MS, "hr/blog.md": BLOG_HR},
    )
    items = items_by_title(data)
    assert items["Cobalt"]["kind"] == "booth"
    # one booth, written in three notes in three languages
    assert {e["note"] for e in items["Cobalt"]["entries"]} == {
        "sl/cetrtek.md",
        "ms/catatan.md",
        "hr/blog.md",
    }
    assert "ms/catatan.md" in {e["note"] for e in items["Nordlys Data"]["entries"]}
    item_at_sl = {
        e["line"]: title for title, item in items.items() for e in item["entries"]
        if e["note"] == "sl/cetrtek.md"
    }  # fmt: skip
    for heading in ("## Stojnice", "## Kosilo", "## Zaključek"):
        assert line_of(NOTES_SL, heading) not in item_at_sl
    assert not {"Stojnice", "Kosilo", "Zaključek", "Gerai", "Penutup"} & set(items)


def test_a_taglish_post_s_lunch_and_thanks_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"tl/post.md": POST_TL})
    items = items_by_title(data)
    assert not {"Tanghalian", "Pasasalamat"} & set(items)
    assert len([i for i in items.values() if i["kind"] == "session"]) == 2


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Zaključak", "closing"),
        ("Zakljucak", "closing"),
        ("Zaključek", "closing"),
        ("Sažetak", "closing"),
        ("Hvala", "closing"),
        ("Pasasalamat", "closing"),
        ("Rumusan", "closing"),
        ("So what?", "closing"),
        ("Što dalje?", "closing"),
        ("Kosilo", "break"),
        ("Ručak", "break"),
        ("Pauza za kavu", "break"),
        ("Tanghalian", "break"),
        # talks keep their titles
        ("So what is platform engineering?", None),
        ("What next for Kotlin", None),
        ("Hvala za ribe: a data story", None),
    ],
)
def test_closings_meals_and_thanks_in_more_languages(heading: str, kind: str | None) -> None:
    assert generic_heading(heading) == kind


@pytest.mark.parametrize(
    "heading", ["Štandovi", "Standovi", "Izlagači", "Stojnice", "Razstavljavci", "Gerai", "Reruai"]
)
def test_booth_sections_in_more_languages(heading: str) -> None:
    assert context_kind(heading) is EntryKind.BOOTH


@pytest.mark.parametrize(
    ("line", "booth"),
    [
        ("Na štandu tvrtke Span razgovarala sam s njihovim SOC timom.", "Span"),
        ("Prošetala sam expo zonom. Na štandu tvrtke Span dobila sam majicu.", "Span"),
        ("Kod štanda Infobipa red je bio predug.", "Infobipa"),
        ("Na stojnici podjetja Outfit7 so delili nalepke.", "Outfit7"),
        ("Grafana Labs je na svom štandu imala najbolji demo.", "Grafana Labs"),
        ("Honeycomb had the best demo at their booth.", "Honeycomb"),
        # no company named: a person, or a booth named further on as a mention
        ("We had coffee at their booth.", None),
        ("The keynote was long, and I only later passed the stand of the hosts.", None),
    ],
)
def test_a_stand_a_sentence_opens_at(line: str, booth: str | None) -> None:
    assert booth_in_prose(line) == booth


# -- Zettelkasten literature notes, slide decks, Taglish and Malay speakers -----------------

ZETTEL = {
    "zk/202511051030 Kotlin Multiplatform in practice.md": """\
# 202511051030 Kotlin Multiplatform in practice

Type: #literature
Source: Jana Novak, Øredev 2025, Wednesday
Tags: #kotlin #mobile

- shared networking and storage, native UI on both sides
- the iOS build is the slow part, not the Kotlin
""",
    "zk/202511061400 Observability on a budget.md": """\
# 202511061400 Observability on a budget

Type: #literature
Source: talk by Łukasz Wróbel at [[202511040900 Øredev 2025]], Thursday afternoon

- sample at the edge, keep every error
""",
    "zk/202511100900 Accelerate ch. 2.md": """\
# 202511100900 Accelerate ch. 2

Type: #literature
Source: Forsgren, Humble & Kim, *Accelerate*, chapter 2

- four key metrics
""",
    "zk/202511040900 Øredev 2025.md": """\
# 202511040900 Øredev 2025

Type: #structure
Malmö, 5–7 November 2025.

- [[202511051030 Kotlin Multiplatform in practice]]
- [[202511061400 Observability on a budget]]
""",
}


def test_literature_notes_name_their_talk_s_speaker_event_and_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, ZETTEL)
    assert [event["title"] for event in data["events"]] == ["Øredev 2025"]
    items = items_by_title(data)
    kotlin = items["Kotlin Multiplatform in practice"]
    assert (kotlin["speakers"], kotlin["date"]) == (["Jana Novak"], "2025-11-05")
    budget = items["Observability on a budget"]
    assert (budget["speakers"], budget["date"]) == (["Łukasz Wróbel"], "2025-11-06")
    # a book's notes name no event: no talk
    assert not any("Accelerate" in title for title in items)


DECK = """\
---
marp: true
paginate: true
footer: Nina Kralj · interna predstavitev · 3. 10. 2025
---

# DORS/CLUC 2025 — vtisi

Nina Kralj
ekipa za plačila

---

## Vsebina

- Dan 1
- Dan 2

---

# Dan 1 · četrtek, 2. oktobra

---

## Opazljivost brez solz

**Ivan Matić** · glavni oder

- vzorčenje na vhodu

---

## Opazljivost brez solz (nadaljevanje)

- napake hranijo vse

---

# Dan 2 · petek, 3. oktobra

---

## Okrogla miza: zaposlovanje juniorjev v 2025

- brez mentorja ni napredka

---

# Vprašanja?
"""

REVEAL = """\
<!-- .slide: data-background-color="#10243a" -->
# DORS/CLUC '25 in 5 minutes
#### Tea Vidmar · frontend guild demo day

---

## Thursday: Observability without tears

*Ivan Matić*

- sample at the edge

---

## Friday: Postgres at the edge

*Lucija Babić*

- partitions by month

---

# Thanks!
"""

BLOG_PANEL_HR = """\
# DORS/CLUC 2025: petak, 3. listopada

## Okrugli stol: Zapošljavanje juniora u 2025.

Junior bez mentora je trošak.
"""


def test_a_deck_s_title_slide_presenter_and_continued_slide_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"decks/vtisi.md": DECK, "decks/reveal/slides.md": REVEAL, "hr/petak.md": BLOG_PANEL_HR},
    )
    items = items_by_title(data)
    titles = set(items)
    for not_a_talk in ("DORS/CLUC 2025 — vtisi", "Vsebina", "Vprašanja?", "Thanks!"):
        assert not_a_talk not in titles
    assert not any("Tea Vidmar" in title for title in titles)
    # the Slovenian slide and the English one of the same talk on the same day: one item
    observability = next(
        item
        for item in items.values()
        if any(e["note"] == "decks/vtisi.md" for e in item["entries"])
        and "Ivan Matić" in item["speakers"]
    )
    assert {e["note"] for e in observability["entries"]} == {
        "decks/vtisi.md",
        "decks/reveal/slides.md",
    }
    assert observability["date"] == "2025-10-02"
    # the continued slide is the same talk, not one of its own
    assert not any("nadaljevanje" in title for title in titles)
    deck_lines = [e["line"] for e in observability["entries"] if e["note"] == "decks/vtisi.md"]
    assert deck_lines == [line_of(DECK, "## Opazljivost brez solz")]
    # the Slovenian round table and the Croatian one of the same day are one panel
    panels = [item for item in items.values() if "juniorjev" in item["title"].lower()
              or "juniora" in item["title"].lower()]  # fmt: skip
    assert len(panels) == 1
    assert {e["note"] for e in panels[0]["entries"]} == {"decks/vtisi.md", "hr/petak.md"}


POST_MS_TL = {
    "ms/catatan.md": """\
# Catatan Dani Cloud Rijeka 2025

Oleh Nurul Aina

## Hari Pertama — Khamis, 15 Mei 2025

### Ucaptama: Observability tanpa air mata — oleh Ivan Matić

Pembentangan yang praktikal.

### Postgres di pinggir — oleh Lucija Babić

Partisi ikut bulan.
""",
    "tl/post.md": POST_TL,
}


def test_malay_and_taglish_headings_name_their_speakers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, POST_MS_TL)
    speakers_at = {
        (entry["note"], entry["line"]): item["speakers"]
        for item in items_by_title(data).values()
        for entry in item["entries"]
    }
    ms, tl = POST_MS_TL["ms/catatan.md"], POST_TL
    assert speakers_at[("ms/catatan.md", line_of(ms, "### Ucaptama"))] == ["Ivan Matić"]
    assert speakers_at[("ms/catatan.md", line_of(ms, "### Postgres"))] == ["Lucija Babić"]
    assert speakers_at[("tl/post.md", line_of(tl, '### "Observability'))] == ["Ivan Matić"]
    assert speakers_at[("tl/post.md", line_of(tl, '### "Postgres'))] == ["Lucija Babić"]
    # the same two talks, written in Malay and in Taglish: two items, not four
    assert len(items_by_title(data)) == 2


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ('"Typing at scale" ni Marco Villanueva', "Typing at scale", "Marco Villanueva"),
        ("Django tanpa air mata — oleh Budi Santoso", "Django tanpa air mata", "Budi Santoso"),
        ("Scaling Postgres — by Jane Doe", "Scaling Postgres", "Jane Doe"),
        (
            '„Kubernetes operatori od nule" – Ante Perić',
            "Kubernetes operatori od nule",
            "Ante Perić",
        ),
        # "by" in a title is no speaker
        ("Rock — by the numbers", "Rock — by the numbers", None),
    ],
)
def test_speakers_after_by_in_more_languages(heading: str, title: str, speaker: str | None) -> None:
    assert heading_title(heading)[:2] == (title, speaker)


def test_a_slovenian_notes_line_names_the_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = """\
# DORS/CLUC 2025 – četrtek, 2. oktobra

Zapiski: Matej Zupan (Ljubljana, ekipa za plačila)

## Opazljivost brez solz (Ivan Matić)

- vzorčenje na vhodu

## Postgres na robu (Lucija Babić)

- particije po mesecih
"""
    data = list_json(tmp_path, capsys, {"sl/cetrtek.md": notes})
    items = items_by_title(data)
    assert items["Postgres na robu"]["authors"] == ["Matej Zupan"]
    assert items["Postgres na robu"]["date"] == "2025-10-02"


@pytest.mark.parametrize(
    ("text", "month_day"),
    [
        # Croatian's listopad is October; Polish and Czech listopad is November
        ("DORS/CLUC 2025, 15. listopada 2025.", (10, 15)),
        ("Petak, 3. listopada", (10, 3)),
        ("Konferencja, 3 listopada 2024", (11, 3)),
        ("Środa, 3. listopada", (11, 3)),
        ("Brno, 17. listopadu 2024", (11, 17)),
        # Serbian and Slovenian genitives
        ("Dan 1 · četrtek, 2. oktobra", (10, 2)),
        ("Beograd, 21. novembra 2024.", (11, 21)),
    ],
)
def test_month_names_read_as_their_language_means_them(
    text: str, month_day: tuple[int, int]
) -> None:
    assert [(m.month, m.day) for m in find_dates(text)] == [month_day]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("My notes from Øredev 2025", "Øredev 2025"),
        ("Ölkonferenz 2024 — Tag 1", "Ölkonferenz 2024"),
    ],
)
def test_an_event_opening_with_an_accented_capital_is_found(text: str, event: str) -> None:
    assert event_phrases(text) == (event,)


@pytest.mark.parametrize(
    ("heading", "before", "continued"),
    [
        ("Postgres at 50k writes/s (cont.)", "Postgres at 50k writes/s", True),
        ("Opazljivost brez solz (nadaljevanje)", "Opazljivost brez solz", True),
        ("Rust u produkciji (nastavak)", "Rust u produkciji", True),
        ("Kotlin i praktiken (forts.)", "Kotlin i praktiken", True),
        ("(continued)", "Kotlin in practice", True),
        # another talk, whatever its mark
        ("Kotlin in practice (cont.)", "Postgres at 50k writes/s", False),
        ("Postgres at 50k writes/s (part 2)", "Postgres at 50k writes/s", False),
    ],
)
def test_a_continued_slide_continues_the_one_before(
    heading: str, before: str, continued: bool
) -> None:
    assert continues(heading, before) is continued


def test_a_deck_s_footer_or_title_slide_names_its_presenter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"decks/vtisi.md": DECK, "decks/reveal/slides.md": REVEAL})
    writers = {
        entry["note"]: entry["author"]
        for item in items_by_title(data).values()
        for entry in item["entries"]
    }
    assert writers == {"decks/vtisi.md": "Nina Kralj", "decks/reveal/slides.md": "Tea Vidmar"}


def test_a_name_typed_without_its_polish_letters_is_the_same_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    polish = """\
# Confitura 2025 — notatki

## Kotlin w praktyce (Łukasz Wróbel)

Dużo o coroutines.

## Testy kontraktowe (Żaneta Ślęzak)

Pact i kontrakty.
"""
    english = """\
# Confitura 2025 — my notes

## Kotlin in practice (Lukasz Wrobel)

Coroutines everywhere.

## Contract testing (Zaneta Slezak)

Pact.
"""
    data = list_json(tmp_path, capsys, {"pl.md": polish, "en.md": english})
    speakers = sorted(tuple(item["speakers"]) for item in items_by_title(data).values())
    # one person each, shown as they write their own name
    assert speakers == [("Łukasz Wróbel",), ("Żaneta Ślęzak",)]


# A talk's notes under a file name that says what the note is, never who wrote it.
TALK_NOTES = """\
# DORS/CLUC 2025 — notes

## Observability without tears (Ivan Matić)

- sample at the edge
"""


@pytest.mark.parametrize(
    "name",
    [
        # a Zettelkasten slip's timestamp id, then its topic (a person note is about them)
        "zk/202511051030 Kotlin Multiplatform.md",
        "zk/202511051030 Jana Novak.md",
        # a slide deck, in the languages decks are written in
        "talks/slides-devoxx.md",
        "talks/shift-deck.md",
        "talks/deck-jana-novak.md",
        "talks/prezentacija-dors.md",
        "talks/marp-shift.md",
    ],
)
def test_a_zettelkasten_or_deck_file_name_names_no_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    data = list_json(tmp_path, capsys, {name: TALK_NOTES, "people/jana-novak.md": TALK_NOTES})
    writers = note_writers(data)
    assert writers[name] == {""}
    # a file named as a person still is theirs
    assert writers["people/jana-novak.md"] == {"jana-novak"}


def test_a_deck_s_title_slide_naming_no_event_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = """\
---
marp: true
---

# Lessons from the summit

Nina Kralj
payments team

---

# Day 1 · Thursday, 2 October 2025

---

## Observability without tears

**Ivan Matić** · main stage

- sample at the edge

---

## Postgres at the edge

**Lucija Babić** · stage 2

- partitions by month

---

# Questions?
"""
    items = items_by_title(list_json(tmp_path, capsys, {"decks/lessons.md": deck}))
    assert sorted(items) == ["Observability without tears", "Postgres at the edge"]
    assert items["Observability without tears"]["date"] == "2025-10-02"


@pytest.mark.parametrize("section", ["Predavanja", "Vorträge", "Charlas", "Prelekcje", "Ceramah"])
def test_a_day_s_talks_section_in_the_writer_s_language_is_no_colleague(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], section: str
) -> None:
    day = f"""\
---
date: 2025-10-02
---
# DORS/CLUC 2025 — četrtek

## {section}

### 10:00 — Opazljivost brez solz (Ivan Matić)
Vzorčenje.

### 11:00 — Postgres na robu (Lucija Babić)
Particije.
"""
    data = list_json(tmp_path, capsys, {"dors/cetrtek.md": day})
    items = items_by_title(data)
    assert items["Postgres na robu"]["speakers"] == ["Lucija Babić"]
    # the section says what it holds: it names no writer of the talks under it
    assert note_writers(data)["dors/cetrtek.md"] == {""}
