"""A team's roundup post: a section per colleague, headed by their name, each about the talk
that colleague liked best (named in bold or quotes beside its speaker). Each section is that
colleague's entry of its talk, never one entry of the whole post."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factories
from factories import list_json
from summit_tui.corpus.colleague_sections import mentioned_talk, named_talk
from summit_tui.corpus.names import looks_like_name

_GERMAN_ROUNDUP = """---
title: "WeAreDevelopers 2025: vier Kolleginnen, vier Lieblingsvorträge"
authors: [lena.vogt, jonas.keller, aylin.demir, paul.richter]
---

Wir waren mit zwölf Leuten in Berlin. Vier haben aufgeschrieben, was ihnen am besten gefiel.

## Lena Vogt

Mein Favorit war **„Rust im Kernel: ein Erfahrungsbericht“** von Marta Nowak. Sie zeigte, wie
ihr Team einen Treiber portiert hat und woran es hakte.

## Jonas Keller

Am zweiten Tag überzeugte mich **Platform engineering without a platform** (Tom Becker, auf
Englisch). Drei Leute, keine Plattform, nur gute Vorlagen.

## Aylin Demir

Ich kann Lena nur zustimmen: Marta Nowaks Vortrag war der beste. Messen, bevor man umbaut.

## Paul Richter

**Barrierefreiheit ist kein Feature** mit Sofia Lind. Endlich konkrete Beispiele für
Screenreader-Tests.

---

Lust auf die nächste Konferenz? Wir stellen ein!
"""


def _items(data: dict) -> dict[str, dict]:
    return {
        item["title"]: item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def test_each_colleague_section_is_an_entry_of_the_talk_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"blog/wearedevelopers-favoriten.md": _GERMAN_ROUNDUP})
    items = _items(data)
    rust = items["Rust im Kernel: ein Erfahrungsbericht"]
    assert rust["speakers"] == ["Marta Nowak"]
    # the colleague who agrees names only the speaker: her section is the same talk's
    assert sorted(e["author"] for e in rust["entries"]) == ["Aylin Demir", "Lena Vogt"]
    platform = items["Platform engineering without a platform"]
    assert platform["speakers"] == ["Tom Becker"]
    assert [e["author"] for e in platform["entries"]] == ["Jonas Keller"]
    assert items["Barrierefreiheit ist kein Feature"]["speakers"] == ["Sofia Lind"]
    # the post's intro and its closing call are about no talk; no colleague is an item
    assert not any(name in items for name in ("Lena Vogt", "Jonas Keller", "Paul Richter"))
    assert len(data["unsorted"]) == 2


@pytest.mark.parametrize(
    ("text", "title", "speaker"),
    [
        ("Mitt høydepunkt var **«Skyen koster»** med Kari Lund. Hun viste…", "Skyen koster",
         "Kari Lund"),
        ("Best was “Fast builds” by Ana Souza, in English.", "Fast builds", "Ana Souza"),
        ("lyntalen **«Én indeks»** (Per Holm) var morsomst", "Én indeks", "Per Holm"),
        ("Min favorit var **Observability i praksis** af Mette Krogh.", "Observability i praksis",
         "Mette Krogh"),
        ("Mijn favoriet: **Graven in Git**, door Sanne Visser.", "Graven in Git",
         "Sanne Visser"),
        ("Le meilleur : „Vitesse d'abord“ PAR Léa Martin.", "Vitesse d'abord", "Léa Martin"),
    ],
)  # fmt: skip
def test_a_talk_named_in_a_paragraph(text: str, title: str, speaker: str) -> None:
    assert named_talk(text, looks_like_name) == (title, (speaker,))


def test_bold_emphasis_without_a_speaker_names_no_talk() -> None:
    assert named_talk("The coffee was **really** good this year.", looks_like_name) is None
    # a word after the bold that only opens like "by" or "med" ("bytes", "meds") names no one
    said = "We talked **about caching** bytes Ana Souza counted, and **real tests** medium Ana."
    assert named_talk(said, looks_like_name) is None


def test_a_speaker_named_beside_another_is_no_ones_talk() -> None:
    talks = [("Talk A", ("Ana Souza",)), ("Talk B", ("Per Holm",))]
    assert mentioned_talk("Ana Souzas foredrag var best", talks) == talks[0]
    assert mentioned_talk("Both Ana Souza and Per Holm were great", talks) is None


# Another conference's notes: a blog post with a heading per talk, and a phone note of plain
# lines ("09:30 Title - Speaker") over what was said, no blank lines, no Markdown.
_JFOKUS_POST = """# Jfokus 2025, dag 2

Onsdag 5 februari i Stockholm.

## 09:30 – Testa i produktion utan att gråta (Sofia Lindgren)

- Feature flags överallt, och en kill switch per flagga

## 10:45 – Rust för Java-utvecklare (Johan Ek)

- Borrow checkern är en lint som aldrig sover
"""

_JFOKUS_PHONE = """JF25 dag 2
09:30 Testa i produktion utan att gråta - Sofia Lindgren
flaggor + kill switch
"mät innan ni bygger om"
10:45 Rust för Java-utvecklare - Johan Ek
lunch med Karin
13:15 Designsystem som produkt - Alva Berg
tokens i git, inte i Figma
"""


def test_a_phone_notes_timed_lines_are_its_talks_at_the_event_its_talks_were_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {"blogg/jfokus-dag-2.md": _JFOKUS_POST, "telefon/JF25 dag 2.md": _JFOKUS_PHONE},
    )
    items = _items(data)
    testing = items["Testa i produktion utan att gråta"]
    assert testing["speakers"] == ["Sofia Lindgren"]
    assert sorted(e["note"] for e in testing["entries"]) == [
        "blogg/jfokus-dag-2.md",
        "telefon/JF25 dag 2.md",
    ]
    assert {e["note"] for e in items["Rust för Java-utvecklare"]["entries"]} == {
        "blogg/jfokus-dag-2.md",
        "telefon/JF25 dag 2.md",
    }
    # a talk only the phone note heard is an item of its own, by its speaker, the same event
    design = items["Designsystem som produkt"]
    assert design["speakers"] == ["Alva Berg"]
    assert [event["title"] for event in data["events"]] == ["Jfokus 2025"]
    phone = next(e for e in testing["entries"] if e["note"].startswith("telefon"))
    assert phone["line"] == 2
    # the note's first line is its title, no talk
    assert [u["line"] for u in data["unsorted"] if u["note"].startswith("telefon")] == [1]


def test_a_phone_note_under_one_heading_still_gives_a_talk_per_timed_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "# JF25 dag 2\n" + _JFOKUS_PHONE.split("\n", 1)[1]
    data = list_json(tmp_path, capsys, {"telefon/dag2.md": note})
    items = _items(data)
    assert items["Rust för Java-utvecklare"]["speakers"] == ["Johan Ek"]
    assert items["Designsystem som produkt"]["speakers"] == ["Alva Berg"]
    assert len(items) == 3


def test_one_timed_line_is_no_phone_notes_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path, capsys, {"inköp.md": "Handla\n12:30 lunch - Karin Berg\nköttbullar\n"}
    )
    assert not _items(data)


# An employee's trip report: a table of facts, then the talks seen as rows of a table, then
# recommendations. Each row naming a talk and its speaker is that talk, on the row's weekday.
_GERMAN_REPORT = """# Reisebericht: JavaLand 2025

| | |
|---|---|
| Mitarbeiterin | Petra Sommer |
| Konferenz | JavaLand 2025, Nürburgring |
| Datum | 1.–2. April 2025 |
| Kostenstelle | 7310 Entwicklung |

## Besuchte Vorträge

| Zeit | Vortrag | Referent | Notizen |
|---|---|---|---|
| Di 10:00 | Jakarta EE 11 im Überblick | Markus Hahn | Core Profile anschauen |
| Di 14:00 | Modulith statt Microservices | Eva Brandt | Passt zu unserem Monolithen |
| Mi 09:00 | Observability mit OpenTelemetry | Can Yilmaz | Tracing im Bestellprozess |

## Empfehlungen

1. Core Profile für die Batch-Dienste prüfen
2. Tracing im Bestellprozess einführen

Gesamtkosten: Ticket 1 290 € (keine Reise).
"""


def test_a_reports_table_rows_are_its_talks_on_their_weekdays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"intern/reisebericht-javaland.md": _GERMAN_REPORT})
    items = factories.items_by_title(data)
    assert set(items) == {
        "Jakarta EE 11 im Überblick",
        "Modulith statt Microservices",
        "Observability mit OpenTelemetry",
    }
    assert items["Modulith statt Microservices"]["speakers"] == ["Eva Brandt"]
    assert items["Jakarta EE 11 im Überblick"]["date"] == "2025-04-01"
    assert items["Observability mit OpenTelemetry"]["date"] == "2025-04-02"
    assert [e["line"] for e in items["Modulith statt Microservices"]["entries"]] == [15]
    # the facts table, the recommendations and the cost are about no talk
    unsorted = {u["line"] for u in data["unsorted"]}
    assert unsorted == {1, 18}
    # the employee the facts table names wrote it
    assert {e["author"] for item in items.values() for e in item["entries"]} == {"Petra Sommer"}


def test_a_table_summing_up_the_talks_a_note_heads_is_no_talk_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headed = _GERMAN_REPORT.replace(
        "## Empfehlungen",
        "## Modulith statt Microservices\n\nEva Brandt zeigte Spring Modulith.\n\n## Empfehlungen",
    )
    data = list_json(tmp_path, capsys, {"intern/reisebericht-javaland.md": headed})
    items = factories.items_by_title(data)
    # the note is read by its headings: no row is an item of its own
    assert "Jakarta EE 11 im Überblick" not in items
    assert "Observability mit OpenTelemetry" not in items


# A LinkedIn post copied as text: the writer's name over their headline, the stamp, then a
# paragraph of emoji-numbered points, each naming a talk its own way.
_LINKEDIN_POST = """Aino Virtanen
Android Developer | Speaker | Kotlin GDE
2d • 🌐

What a week at KotlinConf 2025 (21–23 May) in Copenhagen 🙌

Three things I took home:

1️⃣ Our workshop, Compose from scratch, had 60 people on Wednesday. Thanks to Mika Laine!
2️⃣ Sebastian Kraus's “Coroutines in anger” on Thursday: structured concurrency saves lives.
3️⃣ Lena Fischer on testing flows on Friday – Turbine all the way.

See you next year! ☕

#kotlinconf #android

👍❤️ 120 · 9 comments
"""


def test_a_posts_numbered_points_are_each_the_talk_it_names_by_its_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"linkedin/post.md": _LINKEDIN_POST})
    items = factories.items_by_title(data)
    assert items["Coroutines in anger"]["speakers"] == ["Sebastian Kraus"]
    assert items["testing flows"]["speakers"] == ["Lena Fischer"]
    # the writer's own workshop, named by its kind and title
    assert items["Compose from scratch"]["speakers"] == ["Aino Virtanen"]
    assert {e["line"] for item in items.values() for e in item["entries"]} == {9, 10, 11}
    # each point on the weekday it names, within the event's dates
    assert items["Compose from scratch"]["date"] == "2025-05-21"
    assert items["Coroutines in anger"]["date"] == "2025-05-22"
    assert items["testing flows"]["date"] == "2025-05-23"
    # the post's first line is its writer
    assert {e["author"] for item in items.values() for e in item["entries"]} == {"Aino Virtanen"}


# A Swedish day post: talks as "### HH:MM – Title (Name)", then the exhibitors as bullets that
# open with the company in bold; a Danish post visits a stand in a sentence between two talks.
_SWEDISH_DAY = """# Jfokus 2025, dag 2

Onsdag 5 februari.

### 09:30 – Testa i produktion utan att gråta (Sofia Lindgren)

- Feature flags överallt

### Utställarna

- **Kodhuset** hade en tävling i att laga en trasig build; jag kom tvåa
- **Molnfritt** visade sin nya utvecklarportal

Imorgon blir det mer!
"""

_DANISH_DAY = """# Mine noter fra Jfokus 2025

## Onsdag den 5. februar

**Testa i produktion utan att gråta** (Sofia Lindgren) — på svensk, men let at forstå.
Feature flags og en kill switch per flag.

I pausen var jeg forbi Kodhusets stand og prøvede deres konkurrence. Jeg tabte.

## Torsdag

**Rust för Java-utvecklare** (Johan Ek) — god humor, gode eksempler.
"""


def test_bullets_opening_with_a_bold_name_under_the_exhibitors_are_a_booth_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"blogg/jfokus-dag-2.md": _SWEDISH_DAY})
    items = factories.items_by_title(data)
    assert items["Kodhuset"]["kind"] == "booth"
    assert items["Molnfritt"]["kind"] == "booth"
    assert "Utställarna" not in items
    assert items["Kodhuset"]["date"] == "2025-02-05"


def test_a_stand_visited_in_a_sentence_between_talks_is_that_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path, capsys, {"blogg/jfokus-dag-2.md": _SWEDISH_DAY, "dansk/noter.md": _DANISH_DAY}
    )
    items = factories.items_by_title(data)
    kodhuset = items["Kodhuset"]
    assert sorted(e["note"] for e in kodhuset["entries"]) == [
        "blogg/jfokus-dag-2.md",
        "dansk/noter.md",
    ]
    # the talk before the visit keeps only its own lines
    testing = items["Testa i produktion utan att gråta"]
    danish = next(e for e in testing["entries"] if e["note"] == "dansk/noter.md")
    assert danish["line"] == 5
    visit = next(e for e in kodhuset["entries"] if e["note"] == "dansk/noter.md")
    assert visit["line"] == 8


def test_a_table_of_a_slots_rooms_without_notes_is_a_schedule_not_the_talks_seen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    schedule = """# Devoxx Poland 2025, day 1

This was the 10:30 slot on Wednesday, June 11:

| Room | Talk | Speaker |
|------|------|---------|
| Hall 1 | Virtual threads deep dive | Piotr Nowak |
| Hall 2 | Testcontainers for everyone | Anna Kowalska |

## Threads (Hall 1)

Piotr showed the scheduler internals and pinning.
"""
    data = list_json(tmp_path, capsys, {"blog/day1.md": schedule})
    assert "Testcontainers for everyone" not in factories.items_by_title(data)


@pytest.mark.parametrize(
    ("closing", "text"),
    [
        ("### The rest", "The party on Wednesday night was fun. Pierogi at lunch both days."),
        ("### Til slutt", "Maten var god, og kaffien var betre enn i fjor."),
        ("### Everything else", "Good coffee, long queues, great hallway track."),
    ],
)
def test_a_posts_closing_section_after_its_talks_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], closing: str, text: str
) -> None:
    post = f"""---
title: "My first Devoxx Poland: notes from Kraków"
tags: java, conference, devoxx
---

I came to Devoxx Poland 2025 from Lisbon and picked the English talks.

### Day 1

#### Virtual threads deep dive — Piotr Nowak

Scheduler internals, pinning and how to find it.

#### Testcontainers for everyone — Anna Kowalska

One container per test class, reuse in CI.

{closing}

{text}
"""
    data = list_json(tmp_path, capsys, {"devto/devoxx.md": post})
    items = factories.items_by_title(data)
    assert set(items) == {"Virtual threads deep dive", "Testcontainers for everyone"}
    assert any(u["line"] == 18 for u in data["unsorted"])


def test_a_posts_numbered_takeaways_of_its_one_talk_stay_that_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = """Marta Silva
Data Engineer | Python
3d • 🌐

First morning at EuroPython 2025 in Prague and the keynote already made the trip worth it.

Tomasz Nowak talked about free-threaded Python in production and what broke for them.

What I took home:
1️⃣ Measure before you remove the GIL from your mind
2️⃣ C extensions are the real migration
3️⃣ Start with one worker pool

#EuroPython #Python

👍❤️ 88 · 7 comments
"""
    data = list_json(tmp_path, capsys, {"linkedin/post.md": post})
    (item,) = factories.items_by_title(data).values()
    assert item["speakers"] == ["Tomasz Nowak"]
    # the whole post, its takeaways included, is the one talk's entry
    assert [e["line"] for e in item["entries"]] == [1]


@pytest.mark.parametrize(
    ("day_1", "day_2"),
    [("Day 1 (Wednesday)", "Day 2 (Thursday)"), ("Tag 1 (Mittwoch)", "Tag 2 – Donnerstag")],
)
def test_a_day_number_beside_a_weekday_lands_on_that_weekday(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], day_1: str, day_2: str
) -> None:
    # the event's first known day is the Tuesday of its hands-on labs; the writer counts
    # the days of talks from Wednesday
    labs = """# Devoxx Poland 2025: hands-on labs

Tuesday 10 June, before the main conference.

### Kotlin from zero (Ewa Mazur)

- setup took an hour
"""
    notes = f"""---
title: Notes from Devoxx Poland 2025
---

## {day_1}

**Virtual threads deep dive** – Piotr Nowak
Loom everywhere.

**Testcontainers for everyone** – Anna Kowalska
Reuse containers.

## {day_2}

**Spring AI in practice** – Jan Kowal
RAG demos.
"""
    data = list_json(tmp_path, capsys, {"labs.md": labs, "notes.md": notes})
    items = factories.items_by_title(data)
    assert items["Virtual threads deep dive"]["date"] == "2025-06-11"
    assert items["Testcontainers for everyone"]["date"] == "2025-06-11"
    assert items["Spring AI in practice"]["date"] == "2025-06-12"


def test_a_bold_talk_line_over_its_paragraph_is_the_talks_heading_not_its_first_point(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = """---
title: Anteckningar från Jfokus 2025
---

## Dag 1 (onsdag)

**Rust för Java-utvecklare** – Johan Ek
Slutsatsen var att borrow checkern är en lint som aldrig sover. Vi testar det i höst.

**Testa i produktion utan att gråta** – Sofia Lindgren
Feature flags överallt, och en kill switch per flagga.

## Dag 2 (torsdag)

**Designsystem som produkt** – Alva Berg
Tokens i git, inte i Figma.
"""
    other = """# Jfokus 2025, dag 1

## Rust för Java-utvecklare (Johan Ek)

- Borrow checkern som en lint
"""
    list_json(tmp_path, capsys, {"anteckningar.md": notes, "blogg/jfokus-dag-1.md": other})
    code, out, _ = factories.run_cli(
        capsys, "--notes", str(tmp_path / "notes"), "compare", "rust-för-java-utvecklare", "--json"
    )
    assert code == 0
    column = next(c for c in json.loads(out)["columns"] if c["sources"][0].startswith("ant"))
    texts = [p["text"] for p in column["passages"]]
    assert texts[0].startswith("Slutsatsen var att borrow checkern")
    assert not any("Johan Ek" in text for text in texts)
    assert column["passages"][0]["context"].startswith("Rust för Java-utvecklare")
