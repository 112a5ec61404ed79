"""Event names, speakers, writers and booths as a careful reader takes them (session 11's names
lane; its corpus is tests/data/corpora/names-writers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import entry_authors, items_of, list_items, list_json


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("# Day of Data 2024 recap", "Day of Data 2024"),
        ("# Night of Code 2025 — notes", "Night of Code 2025"),
        ("# Tag der Informatik 2024 – meine Notizen", "Tag der Informatik 2024"),
        ("# Journée du Logiciel Libre 2024", "Journée du Logiciel Libre 2024"),
        ("# Día de la Ciencia de Datos 2024", "Día de la Ciencia de Datos 2024"),
        ("# 2024 개발자의 날 후기", "개발자의 날 2024"),
    ],
)
def test_an_event_named_for_a_day_or_a_night_keeps_that_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str, event: str
) -> None:
    note = f"{title}\n\n2024-10-12\n\n## Keynote: Open data (Ana Lima)\n\n- a point\n"
    items = list_items(tmp_path, capsys, {"notes.md": note})
    assert [(i["event"], i["title"]) for i in items] == [(event, "Open data")]


_BOOTHS = """---
title: Google I/O Extended Seoul 2024
author: 정하윤
date: 2024-07-06
---

## 부스

### 샌드박스 부스

- 안드로이드 자동차 부스는 줄이 너무 길어서 패스
- 웨어OS 부스에서 새 워치페이스 데모 봄

## Booth tour

At the Grafana booth: they showed adaptive metrics.

At the Datadog booth: mostly swag, a nice LLM demo.

## Expo Hall

채용 부스가 대부분이었다.
"""


def test_a_booth_named_in_a_bullets_sentence_or_a_paragraph_is_that_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"io.md": _BOOTHS})
    booths = {
        item["title"]: [e["line"] for e in item["entries"]]
        for item in items_of(data)
        if item["kind"] == "booth"
    }
    # the words before 부스 / booth, never the whole sentence with its list marker, and the
    # booth above a paragraph is not swallowed by the one it names
    assert booths == {"안드로이드 자동차": [11], "웨어OS": [12], "Grafana": [16], "Datadog": [18]}
    # "Expo Hall" keeps its word; the hiring booths in general are no booth
    assert "Expo Hall" in {u.get("heading") for u in data["unsorted"]}


@pytest.mark.parametrize(
    "title",
    [
        "Scaling Postgres at Nubank – Ana Lima",
        "Scaling Postgres at Nubank | Ana Lima",
        "Scaling Postgres at Nubank (Ana Lima)",
    ],
)
def test_a_frontmatter_title_ending_with_its_speaker_gives_the_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str
) -> None:
    note = (
        f'---\ntitle: "{title}"\ndate: 2024-10-20\ntags: [qcon-sao-paulo-2024]\n---\n\n'
        "Notes from QCon São Paulo 2024.\n\n- sharding by customer\n- logical replication\n"
    )
    items = list_items(tmp_path, capsys, {"postgres.md": note})
    assert [(i["title"], i["speakers"]) for i in items] == [
        ("Scaling Postgres at Nubank", ["Ana Lima"])
    ]


@pytest.mark.parametrize(
    ("intro", "writer"),
    [
        ("Ich bin Lena Vogel, Softwareentwicklerin in Köln, und war dabei.", "Lena Vogel"),
        ("Je suis Claire Martin, développeuse à Lyon.", "Claire Martin"),
        ("¡Hola! Soy Lucía Fernández, desarrolladora backend en Valencia.", "Lucía Fernández"),
        ("Olá! Sou o Pedro e trabalho com dados em Recife.", "Pedro"),
        ("Me chamo Ana Souza. Trabalho com Python há seis anos.", "Ana Souza"),
    ],
)
def test_a_writer_introducing_themself_in_another_language_is_the_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], intro: str, writer: str
) -> None:
    note = (
        f"# PyCon Notes 2024\n\n{intro}\n\n2024-10-12\n\n## Keynote: Open data (Rui Lima)\n\n"
        "- a point\n"
    )
    items = list_items(tmp_path, capsys, {"blog/post.md": note})
    assert [i["authors"] for i in items] == [[writer]]
    data = list_json(tmp_path / "again", capsys, {"blog/post.md": note})
    assert not any("no author given" in p["message"] for p in data["problems"])


def test_a_sentence_with_such_words_names_no_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        "# PyCon Notes 2024\n\nIch bin Berliner. Je suis allé à Lyon, et voilà. Soy Mexicano, y"
        " vivo en Madrid.\n\n"
        "2024-10-12\n\n## Keynote: Open data (Rui Lima)\n\n- a point\n"
    )
    items = list_items(tmp_path, capsys, {"blog/post.md": note})
    assert [i["authors"] for i in items] == [[]]  # no writer: not its file's name either


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("「型で守るフロントエンド」 山田太郎", "「monorepo の型チェック高速化」 佐藤花子"),
        ("“Ractors in production” — Mei Tanaka", "“Your gem needs a changelog” — Oscar Diaz"),
        ("«Observability без боли» Мария Петрова", "«Postgres в Kubernetes» — Олег Смирнов"),
    ],
)
def test_quoted_title_lines_in_a_note_without_headings_are_its_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str
) -> None:
    note = (
        f"Conf 2025 memo, 2025-05-23\n\n{first}\n\nFirst talk's point.\nAnother point.\n\n"
        f"{second}\n\nSecond talk's point.\n"
    )
    data = list_json(tmp_path, capsys, {"memo.md": note})
    items = [
        (item["title"], item["speakers"], [e["line"] for e in item["entries"]])
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    assert [(title, lines) for title, _, lines in items] == [
        (first.split("」")[0].split("”")[0].split("»")[0][1:], [3]),
        (second.split("」")[0].split("”")[0].split("»")[0][1:], [8]),
    ]
    assert all(speakers for _, speakers, _ in items)
    # the lines under each title belong to its talk, none is left unsorted
    assert [u["line"] for u in data["unsorted"]] == [1]


_TALK_PAGE = "# Observability without the bill (Kai Wong)\n\nKubeCon EU 2024, 2024-03-20.\n\n- a\n"


@pytest.mark.parametrize("folder", ["Talks", "talks", "sessions", "발표"])
def test_a_talks_folder_is_no_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], folder: str
) -> None:
    files = {
        f"{folder}/observability.md": _TALK_PAGE,
        f"lena/{folder}/observability.md": _TALK_PAGE,
    }
    authors = entry_authors(list_json(tmp_path, capsys, files))
    # the folder above the talks folder names its writer; with none, nothing does (not the
    # file's name)
    assert authors == {
        f"{folder}/observability.md": "",
        f"lena/{folder}/observability.md": "lena",
    }


def test_check_names_the_vault_page_a_guessed_writer_was_read_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        ".obsidian/app.json": "{}",
        "About.md": "---\nauthor: Sam Okafor\n---\n\n# About\n\nMy notes.\n",
        "HighLoad 2024/Kafka exactly-once.md": (
            "# Kafka exactly-once (Ivan Petrov)\n\nHighLoad++ 2024, 28 Nov 2024.\n\n- a\n"
        ),
    }
    data = list_json(tmp_path, capsys, files)
    (message,) = [
        p["message"]
        for p in data["problems"]
        if p["note"] == "HighLoad 2024/Kafka exactly-once.md" and "no author given" in p["message"]
    ]
    assert "'Sam Okafor'" in message and "'About.md'" in message
    assert "folder" not in message


_RECAP = """# O que aprendi na Python Brasil 2024

{line}

Este ano fui pela primeira vez à Python Brasil, em Florianópolis.

## Keynote: Comunidade e código (Luciano Ramos)

- comunidade é o que sustenta a linguagem

## Tipagem gradual (Marta Reis)

- mypy aos poucos
"""
_ONE_TALK = """---
title: "Scaling Postgres at Nubank"
date: 2024-10-20
tags: [qcon-sao-paulo-2024]
---

**Ana Lima**

Notes from QCon São Paulo 2024.

- sharding by customer
"""


@pytest.mark.parametrize(
    "line", ["**Ana Souza**", "**Ana Souza** · 22 de outubro de 2024", "**Ana Souza** — 22/10/2024"]
)
def test_a_bold_name_under_a_posts_title_is_its_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    items = list_items(tmp_path, capsys, {"blog/post.md": _RECAP.format(line=line)})
    assert sorted((i["title"], i["authors"]) for i in items) == [
        ("Comunidade e código", ["Ana Souza"]),
        ("Tipagem gradual", ["Ana Souza"]),
    ]


def test_a_bold_name_alone_under_a_one_talk_posts_title_is_not_its_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # there it may be the talk's speaker: no writer is named (nor the file's name)
    items = list_items(tmp_path, capsys, {"blog/postgres.md": _ONE_TALK})
    assert [i["authors"] for i in items] == [[]]


def test_a_series_posts_writer_is_the_site_its_canonical_address_points_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {
        f"devto/rustconf-2024-part-{n}.md": (
            f'---\ntitle: "RustConf 2024 notes, part {n}"\nseries: RustConf 2024 notes\n'
            f"canonical_url: https://nadia.codes/rustconf-2024-part-{n}\n---\n\n"
            f"## {talk}\n\nGood.\n\n## {other}\n\nAlso good.\n"
        )
        for n, talk, other in (
            (1, "Async closures (Pavel Lind)", "Rust at ten (Harriet Okon)"),
            (2, "Data layout (Kenji Wata)", "Safety-critical Rust (Ines Bap)"),
        )
    }
    items = list_items(tmp_path, capsys, files)
    # one writer, named after their own site, never after the series
    assert {author for i in items for author in i["authors"]} == {"nadia"}


def test_a_keynote_heading_over_a_booth_heading_is_the_keynote_then_the_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        "---\ntitle: Google I/O Extended Seoul 2024\nauthor: 정하윤\ndate: 2024-07-06\n---\n\n"
        "## 키노트 다시보기\n\n- 제미나이가 모든 제품에 들어감\n\n### 샌드박스 부스\n\n"
        "- 안드로이드 자동차 부스는 줄이 너무 길어서 패스\n\n"
        "## Compose 새 기능 (김하늘)\n\n- 공유 요소\n"
    )
    data = list_json(tmp_path, capsys, {"io.md": note})
    found = {
        (item["kind"], item["title"]): [e["line"] for e in item["entries"]]
        for item in items_of(data)
    }
    assert found == {
        ("session", "키노트 다시보기"): [7],
        ("booth", "안드로이드 자동차"): [13],
        ("session", "Compose 새 기능"): [15],
    }
    assert data["unsorted"] == []


@pytest.mark.parametrize(
    "title",
    [
        "Mis notas de PyConES 2024",
        "O que aprendi na PyConES 2024",
        "Lo que aprendí en PyConES 2024",
    ],
)
def test_a_title_naming_only_its_event_is_no_talk_over_one_talk_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], title: str
) -> None:
    note = (
        f"# {title}\n\nViernes 4 de octubre de 2024.\n\n"
        "## Charla: Tipado gradual en Python (Javier Mora)\n\n- mypy poco a poco\n"
    )
    data = list_json(tmp_path, capsys, {"notas.md": note})
    items = [(item["title"], item["speakers"]) for item in items_of(data)]
    assert items == [("Tipado gradual en Python", ["Javier Mora"])]
    assert [u["line"] for u in data["unsorted"]] == [1]


def test_an_events_folder_above_its_talks_folder_is_no_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"conferences/kubecon-eu-2024/sessions/observability.md": _TALK_PAGE}
    authors = entry_authors(list_json(tmp_path, capsys, files))
    assert set(authors.values()) == {""}


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        ("**Speaker:** Ana Lima · Wednesday afternoon, Room 315 · notes by Jun", "Jun"),
        ("*Devin's notes. Rahel has Wednesday.*", "Devin"),
        ("Notas de Camila Rojas.", "Camila Rojas"),
        ("Notizen von Jonas Weber", "Jonas Weber"),
    ],
)
def test_a_line_saying_who_took_the_notes_names_the_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, writer: str
) -> None:
    note = f"# SciPy 2024\n\n{line}\n\n2024-07-11\n\n## Keynote: Open data (Rui Lima)\n\n- a\n"
    items = list_items(tmp_path, capsys, {"days/day2.md": note})
    assert [i["authors"] for i in items] == [[writer]]


@pytest.mark.parametrize(
    "line",
    ["*Monday's notes.*", "Today's notes: rough.", "Keynote notes by the whole team"],
)
def test_a_days_or_a_teams_notes_name_no_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    note = f"# SciPy 2024\n\n{line}\n\n2024-07-11\n\n## Keynote: Open data (Rui Lima)\n\n- a\n"
    items = list_items(tmp_path, capsys, {"days/day2.md": note})
    assert [i["authors"] for i in items] == [[]]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Fui só no primeiro dia (21/10), mas valeu a viagem.", "2024-10-21"),
        ("I only made it to the first day (21/10).", "2024-10-21"),
        ("Solo fui el primer día (21/10).", "2024-10-21"),
        ("Je n'y étais que le 21/10, le premier jour.", "2024-10-21"),
        ("Ich war nur am 21/10 da, am ersten Tag.", "2024-10-21"),
    ],
)
def test_a_day_before_its_month_without_a_year_is_read_in_the_events_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, day: str
) -> None:
    note = (
        "# O que aprendi na Python Brasil 2024\n\n**Pedro Almeida** · 24 de outubro de 2024\n\n"
        f"{line}\n\n## Keynote: Comunidade (Luciano Ramos)\n\n- a point\n"
    )
    items = list_items(tmp_path, capsys, {"blog/post.md": note})
    assert [i["date"] for i in items] == [day]


def test_a_part_counter_in_parentheses_is_no_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        "# Python Brasil 2024 thread\n\nFirst day notes (2/5), 2024-10-22.\n\n"
        "## Keynote: Comunidade (Luciano Ramos)\n\n- a point\n"
    )
    items = list_items(tmp_path, capsys, {"blog/post.md": note})
    assert [i["date"] for i in items] == ["2024-10-22"]


@pytest.mark.parametrize(("first", "second"), [("2023", "2024"), ("2024", "2023")])
def test_a_note_naming_no_year_joins_the_later_edition_on_a_tie(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str
) -> None:
    def note(event: str, talk: str) -> str:
        return f"# {event} notes\n\n## {talk}\n\n- a point\n"

    files = {
        "a.md": note(f"Hackfest Lisboa {first}", "Open data (Rui Lima)"),
        "b.md": note(f"Hackfest Lisboa {second}", "Open maps (Ana Sousa)"),
        "c.md": note("Hackfest Lisboa", "Open hardware (Joana Reis)"),
    }
    items = list_items(tmp_path, capsys, files)
    assert {i["title"]: i["event"] for i in items}["Open hardware"] == "Hackfest Lisboa 2024"


def test_a_possessive_title_naming_a_person_who_shares_a_months_name_is_the_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "# Mei's NDC notes\n\n2024-06-12\n\n## Keynote: Open data (Rui Lima)\n\n- a\n"
    items = list_items(tmp_path, capsys, {"contrib/mei-wed-fri.md": note})
    assert [i["authors"] for i in items] == [["Mei"]]


def test_a_chats_quoted_title_beats_an_articles_numbered_claim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the same talk told by a LinkedIn article's takeaway "**3. 타입 힌트는 새 코드부터**" (the
    # writer's claim) and a KakaoTalk room's "발표 시작 '타입 힌트, 어디까지 써봤니'" (its title)
    notes = Path(__file__).parent / "data" / "corpora" / "chat-exports-articles" / "notes"
    files = {
        path: (notes / path).read_text(encoding="utf-8")
        for path in (
            "linkedin/pycon-korea-2024-세-가지.md",
            "kakaotalk/KakaoTalk_파이콘 같이가요.md",
        )
    }
    titles = {i["title"] for i in list_items(tmp_path, capsys, files)}
    assert "타입 힌트, 어디까지 써봤니" in titles
    assert "타입 힌트는 새 코드부터" not in titles
