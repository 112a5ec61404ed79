"""Booths described in prose and the breaks between talks, in the languages we read (issue 14):
a line that opens by naming a booth ("Allo stand di JetBrains …", "Au stand Google, …",
"커리어 상담 부스에 …") is a booth entry of its own; lunch, closing and end-of-day headings
("Pausa pranzo", "Almoço", "Chiusura", "Fim do dia 1") are about no talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import line_of, list_json
from summit_tui.corpus.heading_kinds import booth_in_prose, generic_heading

DAY_RECAP = """\
---
title: "FooConf Milano 2025, giorno 2"
date: 2025-11-10
---

Il secondo giorno, mercoledì 5 novembre 2025, tutto nella sala principale.

### Agenti nel backend — Sara Conti

- strumenti ristretti a cinque funzioni

### Pausa pranzo

Lasagne e fila infinita.

### Tracing dal primo giorno — Marco De Luca

- il collector decide il campionamento

### In giro per gli stand

Allo stand di Grafana mi hanno mostrato le metriche adattive.

Lo stand di Postman invece aveva una demo di test di contratto.

## Chiusura

Ci vediamo l'anno prossimo!
"""

BOOTHS_AFTER_A_TALK = """\
---
title: "BarConf 2025 — jour 2"
date: 2025-04-20
---

Jeudi 17 avril 2025.

### 16h30 – Les records dans les tests (Hugo Petit)

Rien de transcendant.

---

Au stand de Clever Cloud j'ai gagné un t-shirt.
Au stand Google, démo de Gemini dans l'IDE.
"""


def _items(data: dict) -> dict[str, tuple[str, int]]:
    return {
        item["title"]: (item["kind"], item["entries"][0]["line"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def test_booths_in_prose_and_breaks_in_an_italian_day_recap(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"giorno-2.md": DAY_RECAP})
    items = _items(data)
    assert set(items) == {
        "Agenti nel backend",
        "Tracing dal primo giorno",
        "Grafana",
        "Postman",
    }
    assert items["Grafana"] == ("booth", line_of(DAY_RECAP, "Allo stand"))
    assert items["Postman"] == ("booth", line_of(DAY_RECAP, "Lo stand"))
    unsorted = {e["line"] for e in data["unsorted"]}
    # lunch, the booth tour's heading, the closing
    assert {line_of(DAY_RECAP, h) for h in ("### Pausa", "### In giro", "## Chiusura")} <= unsorted


def test_booth_lines_after_a_talk_are_booths_not_the_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = _items(list_json(tmp_path, capsys, {"jour-2.md": BOOTHS_AFTER_A_TALK}))
    text = BOOTHS_AFTER_A_TALK
    assert items["Les records dans les tests"] == ("session", line_of(text, "### 16h30"))
    assert items["Clever Cloud"] == ("booth", line_of(text, "Au stand de"))
    assert items["Google"] == ("booth", line_of(text, "Au stand Google"))


@pytest.mark.parametrize(
    ("line", "booth"),
    [
        ("Allo stand di JetBrains mi hanno mostrato l'assistente", "JetBrains"),
        ("Am Stand von Azul Gespräche über Lizenzkosten", "Azul"),  # German nouns: one word
        ("En el stand de Red Hat regalaban camisetas", "Red Hat"),
        ("No estande da Stone tinha café", "Stone"),
        ("Talked to the JetBrains booth people about licences", "JetBrains"),
        ("커리어 상담 부스에 줄이 엄청 길었는데", "커리어 상담"),
        ("당근 부스에서 물어본 것", "당근"),
        ("점심 먹고 부스에 갔다", None),
        ("- 부스에서 받은 굿즈가 더 기억에 남음", None),  # a bullet, not a paragraph
        ("각 부스에서 굿즈를 나눠줬다", None),
        ("모든 부스에 줄이 길었다", None),
        ("The standard library got faster", None),
        ("I stand by what I said", None),
        ("After the Team stand-up we left", None),
        ("We talked about the Datadog booth later", None),  # a mention, not the line's subject
    ],
)
def test_a_line_that_opens_by_naming_a_booth(line: str, booth: str | None) -> None:
    assert booth_in_prose(line) == booth


@pytest.mark.parametrize(
    "heading",
    ["Pausa pranzo", "Almoço", "Chiusura", "Fim do dia 1", "Fine della giornata", "In breve"],
)
def test_breaks_and_closings_in_italian_and_portuguese_are_no_talk(heading: str) -> None:
    assert generic_heading(heading) in ("break", "closing")


def test_talk_titles_with_small_words_stay_talks() -> None:
    for heading in ("Il keynote di apertura", "Kubernetes sin YAML", "Agenti nel backend"):
        assert generic_heading(heading) is None
