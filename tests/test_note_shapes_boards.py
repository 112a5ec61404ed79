"""A task board exported to Markdown (``## List: Saturday`` / ``### Card: Title (Speaker)`` /
``**Labels:**`` / ``**Comments**``): a card labelled or titled as a talk is that talk's entry, a
booth's card that booth's, a list named by a day dates its cards, and logistics cards are about
no talk."""

from __future__ import annotations

from pathlib import Path

from factories import items_by_title, list_json

BOARD = """\
# DevFest Sevilla 2024 🇪🇸

Exportado de Trello el 2024-11-18 · Miembros: Lucía Romero, Pablo Ortega

## List: Logística

### Card: Reservar hotel cerca del venue
**Labels:** logistics
**Due:** 2024-11-01
- [x] comparar tres hoteles

### Card: Camisetas del equipo
**Labels:** logistics
**Members:** Pablo Ortega

## List: Sábado

### Card: Kotlin Multiplatform en producción (Irene Castaño)
**Labels:** talk, imprescindible
**Members:** Lucía Romero

**Comments**
- **Lucía Romero** (Nov 16, 2024, 11:20 AM): compartir la capa de red les ahorró dos sprints
- **Pablo Ortega** (Nov 16, 2024, 11:45 AM): apuntes completos en charlas/kmp.md

### Card: Stand de JetBrains
**Labels:** booth

**Comments**
- **Pablo Ortega** (Nov 16, 2024, 1:05 PM): sorteo de licencias, nos tocó una

## List: Domingo

### Card: Panel — comunidades tech fuera de Madrid
**Labels:** talk

**Comments**
- **Lucía Romero** (Nov 17, 2024, 4:10 PM): rotar organizadores cada dos años

### Card: Sprints
**Labels:** quizá
- no fue nadie
"""

PROGRAMME_NOTE = """\
# DevFest Sevilla 2024

16–17 de noviembre de 2024, Sevilla.

## Kotlin Multiplatform en producción — Irene Castaño
- la capa de red compartida, la UI nativa
"""


def test_a_boards_cards_are_its_talks_dated_by_their_list(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"trello.md": BOARD, "charlas/kmp.md": PROGRAMME_NOTE})
    items = items_by_title(data)
    kmp = items["Kotlin Multiplatform en producción"]
    assert kmp["speakers"] == ["Irene Castaño"]
    assert {entry["note"] for entry in kmp["entries"]} == {"trello.md", "charlas/kmp.md"}
    assert kmp["date"] == "2024-11-16"
    panel = items["comunidades tech fuera de Madrid"]
    assert panel["date"] == "2024-11-17"  # the Sunday list
    booth = next(item for item in items.values() if item["kind"] == "booth")
    assert "JetBrains" in booth["title"]
    assert booth["date"] == "2024-11-16"
    # the logistics cards and the card nobody went to are no talks
    titles = " ".join(items)
    assert "hotel" not in titles and "Camisetas" not in titles and "Sprints" not in titles
    in_items = [
        entry["line"]
        for item in items.values()
        for entry in item["entries"]
        if entry["note"] == "trello.md"
    ]
    assert len(in_items) == 3 and min(in_items) > 16  # after the logistics list


def test_headings_that_merely_say_card_are_no_board(tmp_path: Path, capsys) -> None:
    note = """\
# Payments Summit 2024

## Card: the future of contactless — Amira Haddad
- tap to pay on phones everywhere

## Card fraud in 2024 — Tomás Vidal
- synthetic identities
"""
    items = items_by_title(list_json(tmp_path, capsys, {"notes.md": note}))
    assert any("contactless" in title for title in items)
    assert any("fraud" in title for title in items)


def test_a_card_heading_after_many_colons_still_marks_a_board() -> None:
    """A card's word and colon mark a board export wherever it stands, after a long run of
    times and labels too; a note whose colons follow no card word is none."""
    from summit_tui.corpus.board_export import may_be_board

    times = "".join(f"- {8 + n // 60}:{n % 60:02d} Label: x\n" for n in range(400))
    assert may_be_board(times + "### Karte: Rust im Kernel")
    assert may_be_board("## Liste: Samstag\n### Tarjeta: Kotlin")
    assert not may_be_board(times)
    assert not may_be_board("## Card fraud in 2024\n- **발표자:** Tomás Vidal")
