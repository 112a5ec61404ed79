"""A meeting's minutes page (a working group's session at a standards meeting, a technical
committee's call, a steering council's sprint, a 표준화 회의): one item, the session, from its
first line to its last; its agenda's headings are parts of it, never talks of their own."""

from __future__ import annotations

from pathlib import Path

from factories import items_by_title, items_of, list_json

TPAC = """\
# CSS WG — TPAC 2024 Anaheim

- **When:** Monday 23 September 2024, 09:00–12:30
- **Present:** Alan Stearns, Rossen Atanassov, Elika Etemad, Tab Atkins
- **Scribe:** Miriam Suzanne

## Agenda bash

No changes.

## Anchor positioning fallbacks — Tab Atkins

- position-try-fallbacks renamed again
- Resolved: ship the new name

## Scroll-driven animations — Bramus Van Damme

- timeline-scope stays

## AOB

Next call in two weeks.
"""

SCRIBE_COPY = """\
---
title: CSS WG session, TPAC 2024 (my copy of the minutes)
author: Rachel Andrew
---
# CSS WG @ TPAC 2024

Minutes: Rachel Andrew

## Anchor positioning fallbacks

Tab walked through the renamed property; no objections.
"""

HOEIUIROK = """\
# 제3차 표준화 회의록 — 웹 접근성 분과 (TTA 2024)

- 일시: 2024년 10월 8일 (화) 14:00–16:00
- 참석자: 김서연, 박지훈, 이하늘
- 서기: 이하늘

## 1. 지난 회의 결과 확인

- 용어 정의 초안 승인

## 2. 색 대비 기준 개정안 — 박지훈

- 명도 대비 4.5:1 유지, 큰 글자는 3:1

## 3. 다음 회의

11월 둘째 주
"""

OASIS = """\
---
title: OASIS SARIF TC call
---
# OASIS SARIF TC — minutes of 14 March 2024

Chair: Laurence Golding

## Agenda

1. Roll call
2. Errata for 2.1
3. AOB

## Errata for 2.1

Three errata accepted; the fourth goes back to the submitter.

## AOB

None.
"""

DAY_PAGE = """\
# PyCon US 2024 day 1

Scribes: Dana Whitfield, Omar Haddad

## Packaging in 2024 — Pradyun Gedam

- pyproject everywhere

## Free-threaded CPython — Sam Gross

- no GIL builds are here
"""

PAPERS = """\
# Testing and Analysis session (ICSE 2024)

Chair: Prof. Marta Kowalczyk

## Flaky tests at scale — Ji-ho Kim, Lars Berg

- 4% of tests flake

## Fuzzing compilers with LLMs — Ana Duarte

- finds 12 new bugs
"""


def test_a_working_groups_minutes_page_is_one_session(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"minutes/tpac-2024-css.md": TPAC})
    titles = [item["title"] for item in items_of(data)]
    assert titles == ["CSS WG"]
    (item,) = items_of(data)
    assert [entry["line"] for entry in item["entries"]] == [1]
    assert data["unsorted"] == []
    assert items_by_title(data)["CSS WG"]["date"] == "2024-09-23"


def test_two_scribes_minutes_of_one_session_join(tmp_path: Path, capsys) -> None:
    files = {"minutes/tpac-2024-css.md": TPAC, "rachel/css-tpac.md": SCRIBE_COPY}
    data = list_json(tmp_path, capsys, files)
    (item,) = items_of(data)
    assert {entry["note"] for entry in item["entries"]} == set(files)


def test_a_korean_committee_minutes_page_is_one_session(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"회의록/3차.md": HOEIUIROK})
    (item,) = items_of(data)
    assert "색 대비" not in item["title"] and "다음 회의" not in item["title"]
    assert "웹 접근성 분과" in item["title"]
    assert "회의록" not in item["title"]  # the page's kind, not the session's name
    assert data["unsorted"] == []


def test_a_committee_call_with_a_chair_and_an_agenda_is_one_session(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"calls/sarif-2024-03-14.md": OASIS})
    (item,) = items_of(data)
    assert item["title"] == "OASIS SARIF TC"  # not "… — minutes of 14 March 2024"
    assert item["speakers"] == []  # the committee is nobody's name


def test_scribes_of_a_conference_day_keep_its_talks_apart(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"pycon/day1.md": DAY_PAGE})
    titles = {item["title"] for item in items_of(data)}
    assert titles == {"Packaging in 2024", "Free-threaded CPython"}


def test_a_paper_sessions_chair_keeps_its_papers_apart(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"icse/testing.md": PAPERS})
    titles = {item["title"] for item in items_of(data)}
    assert titles == {"Flaky tests at scale", "Fuzzing compilers with LLMs"}


RECAP = """\
---
title: "TPAC 2024, the short version"
author: Jonas Berg
date: 2024-10-02
---

TPAC 2024 ran in Anaheim from 23 to 27 September 2024. I sat in on two groups.

## Monday: CSS WG

Anchor positioning got its fallback property renamed once more.

## Tuesday: Accessibility Guidelines WG

WCAG 3 conformance models, three of them, none liked by everyone.

## Going home

Long flight.
"""

BERICHT = """\
---
title: "RIPE 88 in Krakau: mein Bericht"
author: Lena Vogt
---

RIPE 88 fand vom 20. bis 24. Mai 2024 in Krakau statt.

## Dienstag: Routing WG

ASPA wird von drei Herstellern unterstützt.

## Mittwoch: DNS WG

DNSSEC-Schlüsselwechsel ohne Ausfälle.
"""

DAILY = """\
# 2024-09-23 (Mon)

- [x] coffee with Jonas

## TPAC day 1

### CSS WG (09:00, Ballroom C) — scribe

- anchor fallbacks: renamed, resolved

## Evening

Dinner downtown.
"""


def test_weekday_sections_are_that_days_sessions(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"blog/tpac.md": RECAP})
    items = items_by_title(data)
    assert items["CSS WG"]["date"] == "2024-09-23"
    assert items["Accessibility Guidelines WG"]["date"] == "2024-09-24"
    assert "Going home" not in items


def test_weekday_sections_in_german_name_their_sessions(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"berichte/ripe88.md": BERICHT})
    items = items_by_title(data)
    assert items["Routing WG"]["date"] == "2024-05-21"
    assert items["DNS WG"]["date"] == "2024-05-22"


def test_a_recap_a_daily_note_and_the_minutes_join_one_session(tmp_path: Path, capsys) -> None:
    files = {"minutes/tpac-2024-css.md": TPAC, "blog/tpac.md": RECAP, "daily/2024-09-23.md": DAILY}
    data = list_json(tmp_path, capsys, files)
    (item,) = (
        item
        for item in items_of(data)
        if any(entry["note"] == "minutes/tpac-2024-css.md" for entry in item["entries"])
    )
    assert {entry["note"] for entry in item["entries"]} == set(files)
    assert "09:00" not in item["title"] and "scribe" not in item["title"]


RELATO = """\
---
title: "O que trouxemos do RIPE 88 em Cracóvia"
date: 2024-05-30
author: Beatriz Lima
---

O RIPE 88 aconteceu de 20 a 24 de maio de 2024 em Cracóvia. Fomos três pessoas da nossa rede.

## Routing WG: o ASPA chega aos roteadores

Na terça de manhã, na sessão do Routing WG, três fabricantes mostraram suporte a ASPA. A fila
do microfone foi longa.

## DNS WG: rotação de chaves sem sustos

Na quarta-feira, a sessão do DNS WG tratou de rolagens de chave DNSSEC sem interrupções.

## A plenária

Na quinta-feira, na plenária, o tema foi o custo de participar remotamente.

## Próximos passos

Vamos escrever um resumo para a lista da nossa rede.
"""

DNS_MINUTES = """\
# DNS WG — RIPE 88

Wednesday 22 May 2024 · 09:00 · Main hall
Chairs: Jonas Berg, Mirela Kovač · Minutes: Tiago Faria

## Agenda bash

Nothing added.

## Key rollovers without outages — Ines Duarte

- three operators, no failures
"""


def test_a_recaps_group_sections_are_sessions_on_the_days_its_prose_names(
    tmp_path: Path, capsys
) -> None:
    data = list_json(tmp_path, capsys, {"blog/ripe88.md": RELATO})
    items = items_by_title(data)
    assert items["Routing WG"]["date"] == "2024-05-21"  # "Na terça de manhã"
    assert items["DNS WG"]["date"] == "2024-05-22"  # "Na quarta-feira"
    assert items["A plenária"]["date"] == "2024-05-23"  # "Na quinta-feira, na plenária"
    assert "Próximos passos" not in items  # the closing words are no session
    assert not any("Cracóvia" in title for title in items)  # nor is the post's opening


def test_a_recaps_group_section_joins_the_groups_minutes(tmp_path: Path, capsys) -> None:
    files = {"blog/ripe88.md": RELATO, "minutes/dns-wg.md": DNS_MINUTES}
    data = list_json(tmp_path, capsys, files)
    (item,) = (
        item
        for item in items_of(data)
        if any(entry["note"] == "minutes/dns-wg.md" for entry in item["entries"])
    )
    assert {entry["note"] for entry in item["entries"]} == set(files)
    # the minute-taker named after the chairs on their line wrote the minutes
    (minutes,) = (entry for entry in item["entries"] if entry["note"] == "minutes/dns-wg.md")
    assert minutes["author"] == "Tiago Faria"


SECOND_SESSION = """\
---
title: "TPAC 2024: two groups in one Monday"
author: Jonas Berg
date: 2024-10-01
---

TPAC 2024 ran in Anaheim from 23 to 27 September 2024.

## Monday: CSS WG

The CSS WG session in the morning renamed anchor fallbacks once more.

In the afternoon, the second WebApps WG session went through the clipboard API, which
nobody objected to.

## Tuesday: Privacy CG

Storage partitioning is shipping in two engines.

That evening we went to the AWS party downtown.
"""

ESPANOL = """\
---
title: "Crónica de la IETF 121 en Dublín"
author: Lucía Ferrer
---

La IETF 121 se celebró en Dublín del 2 al 8 de noviembre de 2024.

## Lunes: TLS

La sesión de TLS del lunes cerró el debate sobre el intercambio híbrido.

Por la tarde fui a la sesión de LAMPS, donde se habló de certificados compuestos.
"""


def test_a_paragraph_moving_on_to_another_groups_session_is_that_session(
    tmp_path: Path, capsys
) -> None:
    data = list_json(tmp_path, capsys, {"blog/tpac.md": SECOND_SESSION})
    items = items_by_title(data)
    assert items["CSS WG"]["date"] == items["WebApps WG"]["date"] == "2024-09-23"
    (entry,) = items["WebApps WG"]["entries"]
    assert entry["line"] == 13  # from "In the afternoon, …" on
    assert items["Privacy CG"]["date"] == "2024-09-24"
    assert "AWS" not in items  # an evening out, no session


def test_a_spanish_paragraph_going_to_another_session_is_that_session(
    tmp_path: Path, capsys
) -> None:
    data = list_json(tmp_path, capsys, {"blog/ietf121.md": ESPANOL})
    items = items_by_title(data)
    assert items["TLS"]["date"] == items["LAMPS"]["date"] == "2024-11-04"


TALK_POST = """\
---
title: "What changed in Cargo — my notes from RustConf 2024"
author: Sam Ortiz
---

## API: what changed

The API now returns structured errors, and the old session tokens are gone.

## CLI: new flags

The CLI gained `--locked` everywhere; Weihang's session showed the migration.
"""


def test_a_talk_posts_topic_sections_are_no_sessions(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"blog/cargo.md": TALK_POST})
    titles = {item["title"] for item in items_of(data)}
    assert "API" not in titles and "CLI" not in titles
