"""A paragraph under a heading about booths in general names its booths in passing, without
a booth word ("La cola de Datadog era demasiado larga y no pude entrar, pero en Grafana Labs
…"): it is about the one booth other notes give that it names, leaving out one the writer
says they skipped; naming two, it is about none."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import items_of, line_of, list_json
from summit_tui.corpus.prose_booths import booth_in_prose

EXPO = """\
# CloudNord 2025 — day 1 (14 May 2025)

## Observability without the bill (Jonas Berg)
Sampling first, dashboards later.

## Expo hall
- **Grafana Labs**: profiling in the same UI as traces, nice demo
- **Datadog**: LLM observability preview
- **Aiven**: free Postgres credits
"""

STANDS = """\
# CloudNord 2025 — mis notas del 14 de mayo de 2025

## Observability without the bill
Jonas Berg habló de muestreo antes que de paneles.

## Stands
La cola de Datadog era demasiado larga y no pude entrar, pero en Grafana Labs me enseñaron
el perfilado continuo junto a las trazas.

Aiven y Grafana Labs regalaban camisetas, las dos muy bonitas.

¡Hasta el año que viene!
"""


def test_a_paragraph_naming_booths_in_passing_joins_the_one_the_writer_visited(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"day1.md": EXPO, "es/stands.md": STANDS})
    holding = {
        (entry["note"], entry["line"]): item["title"]
        for item in items_of(data)
        for entry in item["entries"]
    }
    assert holding[("es/stands.md", line_of(STANDS, "La cola de Datadog"))] == "Grafana Labs"
    unsorted = {(part["note"], part["line"]) for part in data["unsorted"]}
    # the heading, a paragraph naming two booths alike, and the sign-off are about no booth
    for opening in ("## Stands", "Aiven y Grafana", "¡Hasta"):
        assert ("es/stands.md", line_of(STANDS, opening)) in unsorted


LATIN = [["Grafana Labs"], ["Datadog"]]
HANGUL = [["AI 메이트 존"], ["당근 길찾기"]]


@pytest.mark.parametrize(
    ("text", "booths", "about"),
    [
        ("AI 메이트 존은 줄이 길어서 포기하고, 당근 길찾기만 해봄.", HANGUL, 1),
        ("Datadogのブースは混んでいて諦めた。Grafana Labsでデモを見た。", LATIN, 0),
        ("The Datadog queue was too long, so Grafana Labs it was: a great tour.", LATIN, 0),
        ("Grafana Labs and Datadog both had stickers.", LATIN, None),
        ("Nothing here about any of them.", LATIN, None),
        ("Grafana Labsy is another company altogether.", LATIN, None),
    ],
)
def test_which_booth_a_paragraph_is_about(
    text: str, booths: list[list[str]], about: int | None
) -> None:
    assert booth_in_prose(text, booths) == about
