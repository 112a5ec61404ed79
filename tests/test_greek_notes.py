"""Greek notes (issue 14): a talk written up in Greek and in English is one item, its
speaker's name spelt in Greek letters in one note and in Latin letters (ELOT 743, or the
informal spelling) in another; Greek headings' kind, break, booth and closing words, in
lower case and in the capitals without accents Greek writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_of, list_json
from summit_tui import cli
from summit_tui.corpus.dates import LAST_DAY, day_number
from summit_tui.corpus.fields import people
from summit_tui.corpus.heading_kinds import context_kind, generic_heading
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.name_forms import same_name

_GREEK = """---
title: "DEVit 2024: δύο μέρες στη Θεσσαλονίκη"
author: Ελένη Παπαδοπούλου
---

## Σάββατο 8 Ιουνίου

### Keynote: «Ο κώδικας που κανείς δεν θέλει να αγγίξει»
Ομιλήτρια: Μαρία Κωνσταντίνου

Το legacy δεν είναι αποτυχία.

### ΚΕΝΤΡΙΚΗ ΟΜΙΛΙΑ: ΤΟ PYTHON ΣΤΟ ΔΗΜΟΣΙΟ
ΟΜΙΛΗΤΗΣ: Δημήτρης Χατζηγεωργίου

Υπηρεσίες του gov.gr με Django.

### Διάλειμμα για φαγητό
Σουβλάκια στο προαύλιο.

### Περίπτερο Skroutz
Ερωτήσεις SQL και κούπες.

## Κλείνοντας

Του χρόνου ξανά.
"""

_ENGLISH = """# DEVit 2024

Saturday, June 8th.

## The code nobody wants to touch (Maria Konstantinou)

Legacy code is evidence of success.

## Python in the public sector (Dimitris Hatzigeorgiou)

The gov.gr story, Django and patience.
"""


def test_a_talk_in_greek_and_english_is_one_item_by_its_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"el/devit.md": _GREEK, "en/devit.md": _ENGLISH})
    notes = {item["title"]: sorted(e["note"] for e in item["entries"]) for item in items_of(data)}
    both = ["el/devit.md", "en/devit.md"]
    assert sorted(notes.values()) == [["el/devit.md"], both, both]
    kinds = {item["title"]: item["kind"] for item in items_of(data)}
    assert "booth" in kinds.values()  # "Περίπτερο Skroutz"
    titles = " ".join(notes)
    assert "ΚΕΝΤΡΙΚΗ" not in titles and "Κλείνοντας" not in titles and "Διάλειμμα" not in titles


@pytest.mark.parametrize(
    ("greek", "latin"),
    [
        ("Μαρία Κωνσταντίνου", "Maria Konstantinou"),
        ("Γιώργος Μαυρίδης", "Giorgos Mavridis"),
        ("Ευαγγελία Παπαναστασίου", "Evangelia Papanastasiou"),
        ("Βασίλης Θεοδωρόπουλος", "Vasilis Theodoropoulos"),
        ("Δημήτρης Χατζηγεωργίου", "Dimitris Hatzigeorgiou"),
        ("Άγγελος Μπαλτάς", "Angelos Baltas"),
    ],
)
def test_a_greek_name_is_its_latin_spelling(greek: str, latin: str) -> None:
    assert same_name(greek, latin)


def test_two_greek_people_stay_two() -> None:
    assert not same_name("Μαρία Κωνσταντίνου", "Maria Konstantinidou")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Κλείνοντας", "closing"),
        ("ΚΛΕΙΝΟΝΤΑΣ", "closing"),
        ("ΣΥΜΠΕΡΑΣΜΑΤΑ", "closing"),
        ("Διάλειμμα για φαγητό", "break"),
        ("Μεσημεριανό", "break"),
        ("ΔΙΑΛΕΙΜΜΑ", "break"),
    ],
)
def test_greek_closing_and_break_words_in_either_case(heading: str, kind: str) -> None:
    assert generic_heading(heading) == kind


def test_a_greek_booth_heading_is_a_booth() -> None:
    assert context_kind("Περίπτερο Skroutz") is EntryKind.BOOTH
    assert context_kind("ΠΕΡΙΠΤΕΡΟ SKROUTZ") is EntryKind.BOOTH


def test_an_id_typed_with_its_final_sigma_finds_its_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "# DEVit 2024\n\n## Ουρές μηνυμάτων μόνο με PostgreSQL\nΟμιλητής: Γιώργος Μαυρίδης\n\n"
    note += "SKIP LOCKED.\n"
    first, second = (f"---\nauthor: {name}\n---\n{note}" for name in ("Ελένη", "Κώστας"))
    data = list_json(tmp_path, capsys, {"eleni/devit.md": first, "kostas/devit.md": second})
    (item,) = items_of(data)
    assert item["id"] == "ουρέσ-μηνυμάτων-μόνο-με-postgresql"  # ids are case-folded
    typed = "ουρές-μηνυμάτων-μόνο-με-postgresql"  # as the title writes it, final ς
    assert cli.main(["compare", typed, "--notes", str(tmp_path / "notes")]) == 0
    assert "SKIP LOCKED" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("heading", "number"),
    [
        ("Ημέρα 1", 1),
        ("Μέρα 3: ομιλίες", 3),
        ("2η μέρα", 2),
        ("Πρώτη μέρα", 1),
        ("ΔΕΥΤΕΡΗ ΗΜΕΡΑ", 2),
        ("Τελευταία μέρα", LAST_DAY),
        ("Μια μέρα στη θάλασσα", None),  # "a day at the sea": no conference day
        ("Δευτέρα", None),  # Monday, not "second"
    ],
)
def test_greek_day_words(heading: str, number: int | None) -> None:
    assert day_number(heading) == number


@pytest.mark.parametrize(
    ("subtitle", "speakers"),
    [
        (
            "Σκέψεις μετά την κεντρική ομιλία της Μαρίας Κωνσταντίνου στο DEVit",
            ("Μαρία Κωνσταντίνου",),
        ),
        ("Η ομιλία του Γιώργου Μαυρίδη για ουρές", ("Γιώργος Μαυρίδης",)),
        ("Ένα καλοκαίρι στη Θεσσαλονίκη", ()),
    ],
)
def test_a_greek_subtitle_names_the_speaker_in_the_genitive(
    subtitle: str, speakers: tuple[str, ...]
) -> None:
    assert people(subtitle, strict=True) == speakers


def test_a_greek_essay_on_one_keynote_is_that_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    essay = "---\ntitle: Το legacy δεν είναι αποτυχία\nsubtitle: Σκέψεις μετά την κεντρική ομιλία "
    essay += "της Μαρίας Κωνσταντίνου στο DEVit\nauthor: Κώστας Ιωάννου\n---\n\n"
    essay += "Το περασμένο Σάββατο άκουσα την κεντρική ομιλία.\n\nΞεκινάμε με τα tests.\n"
    (item,) = items_of(list_json(tmp_path, capsys, {"medium/legacy.md": essay}))
    assert item["speakers"] == ["Μαρία Κωνσταντίνου"]
    assert len(item["entries"]) == 1  # the whole essay, one entry


def test_an_essay_naming_its_event_without_the_year_joins_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    essay = "---\ntitle: Το legacy δεν είναι αποτυχία\nsubtitle: Σκέψεις μετά την κεντρική ομιλία "
    essay += "της Μαρίας Κωνσταντίνου στο DEVit\nauthor: Κώστας Ιωάννου\ndate: 2024-06-16\n---\n\n"
    essay += "Το περασμένο Σάββατο στο DEVit άκουσα την κεντρική ομιλία.\n\nΞεκινάμε με τα tests.\n"
    plans = "---\ntitle: Ιδέες\ndate: 2024-05-01\n---\n\nΤι θέλω να δω στο DEVit φέτος.\n"
    files = {"el/devit.md": _GREEK, "medium/legacy.md": essay, "drafts/ideas.md": plans}
    data = list_json(tmp_path, capsys, files)
    events = {
        e["note"]: event["title"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for e in item["entries"]
    }
    assert events["medium/legacy.md"] == events["el/devit.md"] == "DEVit 2024"
    assert "drafts/ideas.md" not in events  # plans, no talk, before the event: not of it
