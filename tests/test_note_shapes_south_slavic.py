"""Notes in Croatian, Slovenian, Malay and Tagalog (and their neighbours): a booths section
in the writer's language ("## Štandovi", "## Stojnice", "## Gerai", "### Estand de X") holds
booths, a stand visited in a sentence inside a talk's section is that stand, and a closing,
a meal or a thanks ("## Zaključak", "## Kosilo", "## Pasasalamat", "## So what?") is no
talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, items_by_title, line_of, list_json
from summit_tui.corpus.heading_kinds import booth_in_prose, context_kind, generic_heading
from summit_tui.corpus.model import EntryKind

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
