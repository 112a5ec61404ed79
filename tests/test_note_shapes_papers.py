"""Academic conference notes, as a user sees them in `list --json`: paper sessions whose papers
are bold list items under the session's heading, written in my own words for other fields and
languages (medicine in German, HCI in English, databases in Korean).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from factories import list_json
from summit_tui.corpus.paper_sessions import paper_item, paper_session


def items(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every item by its title, with its event title and day date added."""
    return {
        item["title"]: dict(item, event=event["title"], date=day["date"])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


def unsorted_headings(data: dict[str, Any]) -> set[str]:
    return {entry["heading"] for entry in data["unsorted"]}


# -- paper sessions: a heading for the session, a bold list item per paper ---------------------

GERMAN_MEDICINE = """\
---
title: "DGIM-Kongress 2025: meine Notizen"
author: Lena Brandt
date: 2025-05-10
---

Vier Tage Wiesbaden, hier das Wichtigste aus den Sitzungen, die ich geschafft habe.

## 5. Mai 2025

### Sitzung 4: Kardiologie

Vorsitz: Prof. Jens Albrecht

- **Frühe Rhythmuskontrolle bei Vorhofflimmern im Alter** — Miriam Vogt (Charité). Weniger
  Schlaganfälle nach zwei Jahren, aber mehr Nebenwirkungen bei über 80-Jährigen.
- **Troponin-Schnelltests in der Notaufnahme** — Karl Henning. Sensitivität hoch, Spezifität
  schwankt stark zwischen den Herstellern.
- **Telemonitoring nach Herzinsuffizienz** (Aylin Demir) — weniger Wiederaufnahmen, die Studie
  war aber klein.

Danach Kaffee und Brezeln im Foyer.
"""


def test_a_sitzung_with_its_chair_has_a_talk_per_bold_paper(tmp_path: Path, capsys) -> None:
    """A German session heading with a `Vorsitz:` line over bold papers: each paper is a talk by
    its presenter on the day above, the session heading is no talk."""
    data = list_json(tmp_path, capsys, {"dgim-2025.md": GERMAN_MEDICINE})
    found = items(data)
    papers = {
        "Frühe Rhythmuskontrolle bei Vorhofflimmern im Alter": ["Miriam Vogt"],
        "Troponin-Schnelltests in der Notaufnahme": ["Karl Henning"],
        "Telemonitoring nach Herzinsuffizienz": ["Aylin Demir"],
    }
    for title, speakers in papers.items():
        assert found[title]["speakers"] == speakers
        assert found[title]["date"] == "2025-05-05"
    assert "Sitzung 4: Kardiologie" not in found
    assert "Sitzung 4: Kardiologie" in unsorted_headings(data)


KOREAN_DATABASES = """\
---
title: "VLDB 2024 후기"
author: 윤지후
---

광저우에서 열린 VLDB 2024에 다녀왔습니다. 8월 27일 기준으로 정리합니다.

## 세션 2B: 쿼리 최적화 (좌장: Ming Zhao)

1. **Learned Cardinality Estimation under Drift** (Priya Raman) — 데이터 분포가 바뀌면
   학습된 추정기가 얼마나 빨리 망가지는지 측정.
2. **Cost Models for Disaggregated Storage** — 한도윤 박사님. 원격 스토리지에서는 기존 비용
   모델이 I/O를 과소평가한다는 결과.
3. **Join Ordering with Small Language Models** — 우리 연구실 발표였습니다. 질문 두 개 받음.

오후에는 숙소에서 쉬었습니다.
"""


def test_a_korean_session_with_its_chair_in_brackets(tmp_path: Path, capsys) -> None:
    """`## 세션 2B: … (좌장: …)` over numbered bold papers: a talk per paper with its presenter
    (a Korean name loses its 박사님), the line after the list no talk."""
    data = list_json(tmp_path, capsys, {"vldb.md": KOREAN_DATABASES})
    found = items(data)
    assert found["Learned Cardinality Estimation under Drift"]["speakers"] == ["Priya Raman"]
    assert found["Cost Models for Disaggregated Storage"]["speakers"] == ["한도윤"]
    assert "Join Ordering with Small Language Models" in found
    assert not any("쿼리 최적화" in title for title in found)


HCI_CHAIR_LINE = """\
# CHI 2025, day 2

## Research track — Accessibility
Session chair: Nora Quist

- **Screen Readers and Data Tables: A Diary Study** — Tomás Ferreira (Lisbon). twelve blind
  participants, two weeks; tables with merged cells were the worst by far.
- **Haptic Maps for Transit Stations** — Emeka Obi. prototype printed in 3D, tested at two stations.

## Lunch

Noodles with the Aalto group.
"""


def test_an_english_research_track_with_a_chair_line(tmp_path: Path, capsys) -> None:
    data = list_json(tmp_path, capsys, {"chi/day2.md": HCI_CHAIR_LINE})
    found = items(data)
    assert found["Screen Readers and Data Tables: A Diary Study"]["speakers"] == ["Tomás Ferreira"]
    assert found["Haptic Maps for Transit Stations"]["speakers"] == ["Emeka Obi"]
    assert "Research track — Accessibility" not in found


def test_bold_points_under_a_talk_are_no_papers(tmp_path: Path, capsys) -> None:
    """A talk's own heading over bold points stays one talk: only a session's heading (its
    words or its chair) makes bold items papers."""
    note = """\
# Notes from RustConf 2024

## Async closures in practice (Mara Lindqvist)

- **Why now**: the old workarounds boxed every future
- **What changes**: closures borrow from their environment
- **When to wait**: library authors should hold off a release
"""
    found = items(list_json(tmp_path, capsys, {"rustconf.md": note}))
    assert "Async closures in practice" in found
    assert "Why now" not in found and "What changes" not in found


def test_paper_items_and_session_headings_read_alone() -> None:
    assert paper_item("- **Title of a Paper** — Ana da Silva (Porto). results") == (
        "Title of a Paper",
        "Ana da Silva",
    )
    assert paper_item("- **Scaling Tests** (industry track) — Raj Mehta. reruns") == (
        "Scaling Tests",
        "Raj Mehta",
    )
    mine = paper_item("1. **Join Ordering** — 제 발표였습니다. 질문 두 개")
    assert mine == ("Join Ordering", None)
    cited = paper_item("- **Dense Retrieval** (Okafor et al.): baseline")
    assert cited == ("Dense Retrieval", None)
    assert paper_item("- a plain point") is None
    assert paper_session("Sessão 3: Reparação (moderação: Rita Lopes)", [], 0, 0)
    assert paper_session("Accessibility", ["## Accessibility", "", "Chair: Nora Quist"], 1, 3)
    assert not paper_session("What I learned", ["- **point**"], 0, 1)
    assert not paper_session("Session recordings are online", [], 0, 0)


def test_a_chair_line_in_any_case_and_a_speaker_label_that_is_none() -> None:
    """The chair's line under a heading is read in any case and language; a speaker's label
    line with a colon ("**발표자:** …", "Speaker: …") makes no paper session."""
    under = ["## Grafy", "", "PŘEDSEDAJÍCÍ: x", "MODERADORA: Inés Ruiz"]
    assert paper_session("Grafy", under, 1, 4)
    assert paper_session("Bildgebung", ["## Bildgebung", "VORSITZ: Anna Berg"], 1, 2)
    assert paper_session("프로그램 수리", ["## 프로그램 수리", "* 좌장: 김하늘"], 1, 2)
    label = ["## 추론 최적화", "* **발표자:** 김하늘 (ACME)", "Speaker: Ana Lima"]
    assert not paper_session("추론 최적화", label, 1, 3)


# -- a list of papers to read later is about no talk --------------------------------------------

READING_LIST = """\
# NeurIPS 2024 papers to read

Picked from the accepted list; I was at none of these talks.

## This week
- **Sparse Mixtures at Small Scale** (Okafor et al.): compare with our router
- **Calibrated Uncertainty for Tabular Models** (Lindgren et al.): related work

## Later
- Diffusion for Time Series, a Survey
"""


def test_a_papers_to_read_list_is_about_no_talk(tmp_path: Path, capsys) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "reading/neurips-to-read.md": READING_LIST,
            "reading/lista.md": "# Artigos para ler — SBES 2024\n\n- **Testes mutantes em Java**\n",
        },
    )
    assert items(data) == {}
    assert "NeurIPS 2024 papers to read" in unsorted_headings(data)


# -- a speaker's own post about the paper they presented -----------------------------------------

OWN_TALK_EN = """\
---
title: "How my MICCAI talk went"
author: Farah Nasser
date: 2024-10-20
---

On Tuesday 8 October I presented our paper *Label-Efficient Polyp Segmentation with Weak Boxes*
in the endoscopy session at MICCAI 2024 in Marrakesh.

## The talk

Twelve minutes, fourteen slides. The demo video froze once.

## Questions

1. Why boxes and not points? Cheaper to draw for the clinicians we asked.
2. Does it hold for other scopes? We only had one vendor's videos.
"""

OWN_TALK_DE = """\
---
title: "Mein erster Vortrag auf der GI-Jahrestagung"
author: Jonas Weber
date: 2024-09-25
---

Am Mittwoch stellte ich unser Paper „Barrierearme Formulare in Behördenportalen" in
Wiesbaden vor.

## Was gut lief

Die Live-Demo mit dem Screenreader.

## Fragen aus dem Publikum

Ob das Verfahren auch für Apps taugt: teilweise.
"""


def test_a_speakers_own_post_is_one_talk_by_them(tmp_path: Path, capsys) -> None:
    """A post whose title says its writer gave a talk and whose first lines name the paper in
    italics or quotes is that one talk, by its writer, on the day it names; its sections
    (questions, what went well) are parts of it, not talks."""
    data = list_json(tmp_path, capsys, {"miccai.md": OWN_TALK_EN, "gi.md": OWN_TALK_DE})
    found = items(data)
    talk = found["Label-Efficient Polyp Segmentation with Weak Boxes"]
    assert talk["speakers"] == ["Farah Nasser"]
    assert talk["date"] == "2024-10-08"
    assert len(talk["entries"]) == 1 and talk["entries"][0]["line"] <= 7
    german = found["Barrierearme Formulare in Behördenportalen"]
    assert german["speakers"] == ["Jonas Weber"]
    assert german["date"] == "2024-09-25"
    assert data["unsorted"] == []
    assert set(found) == {
        "Label-Efficient Polyp Segmentation with Weak Boxes",
        "Barrierearme Formulare in Behördenportalen",
    }


def test_a_post_quoting_a_paper_without_saying_its_writer_spoke_keeps_its_title(
    tmp_path: Path, capsys
) -> None:
    """An attendee's post that quotes a paper someone presented is not made that paper's talk:
    only a title saying its writer gave a talk reads the opening so."""
    note = OWN_TALK_EN.replace("How my MICCAI talk went", "MICCAI 2024 trip report").replace(
        "I presented our paper", "Amal Idrissi presented the paper"
    )
    found = items(list_json(tmp_path, capsys, {"miccai.md": note}))
    assert "Label-Efficient Polyp Segmentation with Weak Boxes" not in found


# -- a session chair's run sheet: a table of papers, a heading per presenter ---------------------

RUN_SHEET_EN = """\
# Session 4C — Visualization Literacy

Chair: Priya Natarajan
Tuesday 14 October 2025, 14:00–15:30, Room 201

| # | Paper | Presenter | Start |
|---|-------|-----------|-------|
| 1 | Reading Uncertainty in Weather Maps | Ola Nordmann (Bergen) | 14:00 |
| 2 | Charts for Older Adults: A Field Study | Chidi Eze | 14:20 |
| 3 | Misleading Axes in the Wild | (withdrawn) | — |

## Opening
Welcome, twenty minutes each, questions after each talk.

## 1. Ola Nordmann
- participants trusted the cone more than the numbers
- Q: does colour matter? A: less than expected

## 2. Chidi Eze
- larger fonts helped less than fewer series
- ran two minutes over

## After
Send attendance (about 60) to the program chairs.
"""

RUN_SHEET_DE = """\
# Sitzung 7: Pflegeinformatik — Moderationsnotizen

| Nr. | Titel | Vortragende |
|-----|-------|-------------|
| 1 | Sturzerkennung mit Bettsensoren | Sabine Kraus |
| 2 | Dokumentationsaufwand nach der Einführung der E-Akte | Murat Yilmaz |

## Vortrag 1
- Sensoren unter der Matratze, 94 % Sensitivität

## Vortrag 2
- 40 Minuten weniger Dokumentation pro Schicht

## Abschluss
Danke an alle.
"""


def test_a_chairs_run_sheet_has_a_talk_per_presenter_heading(tmp_path: Path, capsys) -> None:
    """A run sheet's table gives each presenter heading ("## 1. Ola Nordmann") its paper's
    title and presenter; a heading naming only the row's number ("## Vortrag 2") too; the
    opening, the close and the sheet's title are no talk, and the withdrawn paper is none."""
    data = list_json(
        tmp_path,
        capsys,
        {"chair/session-4c.md": RUN_SHEET_EN, "moderation/sitzung-7.md": RUN_SHEET_DE},
    )
    found = items(data)
    assert set(found) == {
        "Reading Uncertainty in Weather Maps",
        "Charts for Older Adults: A Field Study",
        "Sturzerkennung mit Bettsensoren",
        "Dokumentationsaufwand nach der Einführung der E-Akte",
    }
    assert found["Reading Uncertainty in Weather Maps"]["speakers"] == ["Ola Nordmann"]
    assert found["Reading Uncertainty in Weather Maps"]["date"] == "2025-10-14"
    assert found["Charts for Older Adults: A Field Study"]["speakers"] == ["Chidi Eze"]
    assert found["Sturzerkennung mit Bettsensoren"]["speakers"] == ["Sabine Kraus"]
    lines = {e["line"] for e in found["Charts for Older Adults: A Field Study"]["entries"]}
    assert lines == {19}


# -- one keynote named three ways: the item shows the name that says most -------------------------

KEYNOTE_PT = """\
---
title: "SBES 2025 — dia 1"
author: Rita Lopes
date: 2025-09-23
---

## Keynote de abertura — Marta Queiroz

- testes gerados por LLM precisam de oráculos melhores
- mostrou dados de três empresas
"""

KEYNOTE_EN = """\
---
title: "SBES 2025, day one"
author: Ben Carter
date: 2025-09-23
---

## Keynote: Marta Queiroz — "Oracles Are the Bottleneck"

- generated tests are cheap, knowing what they should assert is not
- data from three companies
"""


def test_a_keynote_shows_the_title_a_note_gives_not_its_kind(tmp_path: Path, capsys) -> None:
    """One note calls the keynote by its kind ("Keynote de abertura"), another by its title
    after the speaker ("Keynote: Name — "Title""): one item, titled by the talk's name, with
    its speaker."""
    found = items(list_json(tmp_path, capsys, {"pt.md": KEYNOTE_PT, "en.md": KEYNOTE_EN}))
    assert set(found) == {"Oracles Are the Bottleneck"}
    keynote = found["Oracles Are the Bottleneck"]
    assert keynote["speakers"] == ["Marta Queiroz"]
    assert sorted(keynote["authors"]) == ["Ben Carter", "Rita Lopes"]


def test_papers_in_italics_under_a_doctoral_symposium(tmp_path: Path, capsys) -> None:
    """Papers written in italics as a bibliography writes them, under a doctoral symposium's
    heading: a talk each, by the presenter in brackets."""
    note = """\
# ECIR 2025 — Lucca

## Doctoral symposium: session 1

- *Query Rewriting for Legal Search* (Giulia Ferraro) — mentors asked about the test collection
- *Fair Ranking in Job Marketplaces* (Sanjay Pillai) — needs a user study
- lunch in the cloister
"""
    found = items(list_json(tmp_path, capsys, {"ecir.md": note}))
    assert found["Query Rewriting for Legal Search"]["speakers"] == ["Giulia Ferraro"]
    assert found["Fair Ranking in Job Marketplaces"]["speakers"] == ["Sanjay Pillai"]
    assert not any("lunch" in title for title in found)


def test_a_table_of_talks_on_several_days_dates_each_talk_by_its_row(
    tmp_path: Path, capsys
) -> None:
    """A table of the talks its writer saw, with their days, above a heading per speaker: each
    heading is its row's talk, on the day its row gives."""
    note = """\
# JSNation 2025 — what I saw

| Day | Talk | Speaker |
| --- | --- | --- |
| Thu 12 Jun 2025 | Signals in Every Framework | Lea Winter |
| Fri 13 Jun 2025 | Bundlers After Webpack | Omar Haddad |

### Lea Winter

- the same idea under four names

### Omar Haddad

- Rust-based tools everywhere
"""
    found = items(list_json(tmp_path, capsys, {"jsnation.md": note}))
    assert found["Signals in Every Framework"]["date"] == "2025-06-12"
    assert found["Bundlers After Webpack"]["date"] == "2025-06-13"


def test_a_korean_speakers_own_post_is_one_talk_by_them(tmp_path: Path, capsys) -> None:
    note = """\
---
title: "첫 국제학회 발표 후기"
author: 박서연
---

2025년 4월 30일 CHI 2025에서 저희 논문 「시각장애인을 위한 표 읽기 도구」를 발표했습니다.

## 발표

15분, 슬라이드 20장.

## 질의응답

- 사용자 수가 적지 않냐는 질문
"""
    data = list_json(tmp_path, capsys, {"chi-talk.md": note})
    found = items(data)
    assert set(found) == {"시각장애인을 위한 표 읽기 도구"}
    talk = found["시각장애인을 위한 표 읽기 도구"]
    assert talk["speakers"] == ["박서연"]
    assert talk["date"] == "2025-04-30"
    assert data["unsorted"] == []


# -- "## Keynote: Name": the name is the speaker, not the talk's title ----------------------------


def test_a_keynote_heading_naming_its_speaker_keeps_the_name_as_speaker(
    tmp_path: Path, capsys
) -> None:
    """ "## Keynote: Petra Horáková" over notes that speak of her: a keynote by her, not a
    talk titled by her name; with another note giving the title, one item with that title. A
    keynote whose heading gives its topic keeps it as the title."""
    day = """\
---
title: "PyCon CZ 2025, day 1"
author: Jan Novák
date: 2025-09-19
---

## Keynote: Petra Horáková

She opened with the numbers from Czech secondary schools.

- turtle graphics still win the first lesson
- teachers have no time to prepare

## Keynote: Green Computing

- data centres in Prague run at a fifth renewable power
"""
    other = """\
---
title: "PyCon CZ 2025 recap"
author: Eva Dvořák
date: 2025-09-19
---

## Opening keynote — Petra Horáková, "Python in Every Classroom"

- turtle graphics first
"""
    alone = items(list_json(tmp_path / "alone", capsys, {"day1.md": day}))
    assert alone["Keynote"]["speakers"] == ["Petra Horáková"]
    assert "Petra Horáková" not in alone
    found = items(list_json(tmp_path / "both", capsys, {"day1.md": day, "recap.md": other}))
    assert "Petra Horáková" not in found
    keynote = found["Python in Every Classroom"]
    assert keynote["speakers"] == ["Petra Horáková"]
    assert sorted(keynote["authors"]) == ["Eva Dvořák", "Jan Novák"]
    assert "Green Computing" in found and "Keynote" not in found
