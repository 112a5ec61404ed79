"""Authors and speakers as people write them (ninth blind batch): bylines in several
languages, a Docusaurus page's ``last_update`` author, a speaker label giving one given name,
each as ``list --json`` shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json, note_writers
from summit_tui.corpus.bylines import (
    byline_author,
    channel_author,
    signature_author,
    unstated_author,
)
from summit_tui.corpus.fields import people
from summit_tui.corpus.folders import page_name
from summit_tui.corpus.heading_kinds import greeting
from summit_tui.corpus.speakers import Block, find_speakers, line_speakers


def entries_in_items(data: dict) -> list[dict]:
    return [
        entry
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    ]


def items(data: dict) -> list[dict]:
    return [
        item
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Por Pablo Méndez · 26 de mayo de 2025", "Pablo Méndez"),
        ("Por Brais Outeiro · publicado no blog do GPUL", "Brais Outeiro"),
        ("Von Lena Vogel", "Lena Vogel"),
        ("Von Lena Vogel, 24. Mai 2025", "Lena Vogel"),
        ("Par Lucie Fontaine | 3 juin 2025", "Lucie Fontaine"),
        ("Por Iria de la Fuente", "Iria de la Fuente"),
        ("**Por Pablo Méndez** · 6 de marzo de 2025", "Pablo Méndez"),
        ("*Von Lena Vogel* | 24. Mai 2025", "Lena Vogel"),
        ("작성자 김민지", "김민지"),
        ("글 김민지", "김민지"),
        ("글·사진 박서연", "박서연"),
        ("文：陳柏翰", "陳柏翰"),
        ("書いた人：山口リナ。1日目の休憩時間に回ったブースのメモです。", "山口リナ"),
        # sentences that open with the same words name no writer
        ("Von der Keynote bleibt wenig hängen", None),
        ("Von Berlin nach Lissabon", None),
        ("Por la tarde fuimos al puerto", None),
        ("Par ailleurs, la salle était pleine", None),
        ("Par Lucie Fontaine, ingénieure chez Criteo", None),
        ("Par Lucie Fontaine.", None),
        ("글 목록", None),
        # "written by" without a colon in Danish, Norwegian, Swedish, Dutch, Polish, Czech
        ("*Skrevet af Mikkel Søndergaard · 10. september 2024*", "Mikkel Søndergaard"),
        ("Skrevet av Kari Nordmann", "Kari Nordmann"),
        ("Skriven av Elin Berg", "Elin Berg"),
        ("Geschreven door Joris van Dijk", "Joris van Dijk"),
        ("Napisała Anna Nowak, 3 maja 2024", "Anna Nowak"),
        ("Napsal Petr Novák", "Petr Novák"),
        ("Skrevet af hele teamet", None),
    ],
)
def test_a_byline_in_several_languages_names_the_writer(line: str, author: str | None) -> None:
    assert byline_author(line) == author


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Speaker: José", ["José"]),
        ("발표자: 준호", ["준호"]),
        ("Ponente: Iria", ["Iria"]),
        ("登壇者: 山田", ["山田"]),
        ("Sprecher: Jean-Luc (Red Hat)", ["Jean-Luc"]),
        ("Speakers: José, Iria and Ann Lee", ["José", "Iria", "Ann Lee"]),
        ("Oradora: 林怡君, Taipé", ["林怡君"]),
        ("Speaker: Ann Lee, Google", ["Ann Lee"]),
        ("Speaker: TBD", []),
        ("Speaker: Keynote", []),
        ("Speaker: lena", []),
        ("Speaker: the CTO", []),
    ],
)
def test_a_speaker_label_with_one_given_name_names_a_speaker(
    line: str, expected: list[str]
) -> None:
    assert line_speakers(line) == expected


def test_bylines_and_last_update_name_the_writer_not_the_file(tmp_path: Path, capsys) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "docs/devdays/day1.md": (
                "---\ntitle: Day 1\nlast_update:\n  author: Marta Reis\n  date: 2025-05-26\n---\n"
                "# DevDays 2025 day 1 (21/05/2025)\n\n## Software que dura\n\nSpeaker: Tiago\n\n"
                "- code is read for ten years\n"
            ),
            "posts/cronica.md": (
                "# DevDays 2025: crónica\n\nPor Pablo Méndez · 26 de mayo de 2025\n\n"
                "## Rust no backend\n\nPonente: Iria\n\n- axum y sqlx\n"
            ),
            "vault/otel.md": (
                "# DevDays 2025 筆記\n\n文：陳柏翰\n\n"
                "## Observability\n\n講者：林怡君\n\n- tail sampling\n"
            ),
        },
    )
    assert note_writers(data) == {
        "docs/devdays/day1.md": {"Marta Reis"},
        "posts/cronica.md": {"Pablo Méndez"},
        "vault/otel.md": {"陳柏翰"},
    }
    speakers = {item["title"]: item["speakers"] for item in items(data)}
    assert speakers["Software que dura"] == ["Tiago"]
    assert speakers["Rust no backend"] == ["Iria"]


@pytest.mark.parametrize(
    ("rel", "text", "author"),
    [
        ("2024-11-04-jiho.md", "# DevFest Seoul day 1", "jiho"),
        ("notes/day1_김민지.md", "# 2024 DevFest 1일차", "김민지"),
        ("notes-by-lena.md", "# QCon", "lena"),
        ("keynote (Lena).md", "# Keynote", "Lena"),
        # the word is what the note is about, not who wrote it
        ("keynote (Lena).md", "# Keynote\n\nSpeaker: Lena\n", "keynote (Lena)"),
        ("2024-11-04-devfest.md", "# DevFest Seoul 2024", "2024-11-04-devfest"),
        ("2024-11-04-recap.md", "# notes", "2024-11-04-recap"),
        ("2024-10-06-domingo.md", "# PyConES", "2024-10-06-domingo"),
        # a tool's or a site's folder is never the writer
        ("logseq/journals/2024_10_09.md", "- talk", "2024_10_09"),
        ("obsidian/Daily/2024-10-11.md", "x", "2024-10-11"),
        ("notas/2024-10-05-sabado.md", "# sábado", "2024-10-05-sabado"),
        ("daniel/journals/2024_10_09.md", "- talk", "daniel"),
    ],
)
def test_a_file_name_gives_its_writer_where_people_put_it_there(
    rel: str, text: str, author: str
) -> None:
    assert unstated_author(None, (), rel, text)[0] == author


def test_a_note_by_two_authors_is_credited_to_each(tmp_path: Path, capsys) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "day2.md": (
                "---\ntitle: KubeCon NA 2024 day 2\nauthor: [이준호, 박서연]\n---\n"
                "## eBPF Without the Tears\n\n발표자: Rahul Menon\n\n- runtime security\n"
            ),
            "day2-solo.md": (
                "---\ntitle: KubeCon NA 2024 day 2\nauthor: 이준호\n---\n"
                "## eBPF Without the Tears\n\n발표자: Rahul Menon\n\n- tetragon\n"
            ),
        },
    )
    (item,) = [i for i in items(data) if "eBPF" in i["title"]]
    assert item["authors"] == ["이준호", "박서연"]  # not "이준호", "이준호, 박서연"
    assert {e["author"] for e in item["entries"]} == {"이준호", "이준호, 박서연"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Oradora: 林怡君 (Lin Yi-Chun), Taipé", ["林怡君 (Lin Yi-Chun)"]),
        ("Speaker: Lin Yi-Chun（林怡君）", ["Lin Yi-Chun (林怡君)"]),
        ("발표자: 김민지 (Minji Kim)", ["김민지 (Minji Kim)"]),
        # a parenthesis in the same script, or a company, is no second spelling
        ("Speaker: Ann Lee (Google)", ["Ann Lee"]),
        ("発表者: 山本 拓海（株式会社ミライクラウド）", ["山本 拓海"]),
    ],
)
def test_a_name_written_in_two_scripts_is_one_speaker(line: str, expected: list[str]) -> None:
    assert line_speakers(line) == expected


def test_a_talk_links_across_notes_that_write_its_speaker_in_either_script(
    tmp_path: Path, capsys
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "ko.md": (
                "# DevDays 2025 day 1 (2025-05-21)\n\n## Observability with OpenTelemetry\n\n"
                "Speaker: 林怡君 (Lin Yi-Chun)\n\n- collector as a gateway\n"
            ),
            "en.md": (
                "# DevDays 2025 day 1 (2025-05-21)\n\n## OpenTelemetry pipelines — Lin Yi-Chun\n\n"
                "- tail sampling\n"
            ),
            "zh.md": (
                "# DevDays 2025 day 1 (2025-05-21)\n\n"
                "## 可觀測性實戰\n\n講者：林怡君\n\n- 錯誤全部保留\n"
            ),
        },
    )
    linked = [i for i in items(data) if len(i["entries"]) > 1]
    assert len(linked) == 1
    assert {e["note"] for e in linked[0]["entries"]} == {"ko.md", "en.md", "zh.md"}
    assert linked[0]["speakers"] == ["林怡君"]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("jegyzetelte: Kovács Anna", "Kovács Anna"),
        ("Автор: Олена Коваленко", "Олена Коваленко"),
        ("Författare: Sara Lind", "Sara Lind"),
        # who took the minutes, who went on the trip
        ("Note takers: Aoife Byrne, Tomás Ruiz", "Aoife Byrne"),
        ("Scribe: Hiroshi Tanaka", "Hiroshi Tanaka"),
        ("**Participante:** Joana Pereira", "Joana Pereira"),
        ("**Missionnaire :** Ousmane Traoré", "Ousmane Traoré"),
    ],
)
def test_an_author_label_in_more_languages_names_the_writer(
    tmp_path: Path, capsys, line: str, author: str
) -> None:
    data = list_json(
        tmp_path, capsys, {"note.md": f"# Konferencia 2024\n\n{line}\n\n## Talk\n\n- x\n"}
    )
    assert note_writers(data) == {"note.md": {author}}


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("kvs_dev · 9 дек 2024 в 10:15", "kvs_dev"),  # a post header: a day and a month's name
        ("# Thread by @mkline@hachyderm.io", "mkline"),  # a fediverse address
        ("Thread by @mkline@hachyderm.io", "mkline"),
    ],
)
def test_a_post_header_or_a_thread_names_its_writer(line: str, author: str) -> None:
    assert byline_author(line) == author


@pytest.mark.parametrize(
    ("body", "author"),
    [
        ("Доклад был отличный.\n\nОлена Коваленко.\n", "Олена Коваленко"),
        # a name said before is the note's subject, not its signature
        ("Олена Коваленко рассказала о Rust.\n\nОлена Коваленко\n", None),
        # English title case makes any two words look like a name
        ("- slides\n- video\n\nRust Belt.\n", None),
    ],
)
def test_a_note_signed_with_a_full_name_alone(body: str, author: str | None) -> None:
    assert signature_author(body) == author


def test_a_site_configuration_names_the_writer_of_its_posts(tmp_path: Path, capsys) -> None:
    post = "---\ntitle: '{}'\ndate: 2025-06-20\n---\n\nJavaZone Oslo 2025.\n\n- x\n"
    data = list_json(
        tmp_path,
        capsys,
        {
            "site/hugo.toml": "baseURL = 'https://x.example/'\ntitle = 'Notes'\n"
            "[params]\n  author = 'Ana Russo'\n",
            "site/content/post/2025-06-20-loom.md": post.format("Loom in produzione"),
            "jekyll/_config.yml": "title: Field notes\nauthor:\n  name: Rui Costa\n",
            "jekyll/_posts/2025-06-21-records.md": post.format("Record e sealed types"),
            "hugo-params/content/post/x.md": (
                "---\ntitle: Virtual threads\nparams:\n  author: Mia Berg\n---\n\n"
                "JavaZone Oslo 2025.\n\n- x\n"
            ),
        },
    )
    assert note_writers(data) == {
        "site/content/post/2025-06-20-loom.md": {"Ana Russo"},
        "jekyll/_posts/2025-06-21-records.md": {"Rui Costa"},
        "hugo-params/content/post/x.md": {"Mia Berg"},
    }


@pytest.mark.parametrize(
    "label",
    [
        *("Speaker", "발표자", "연설자", "登壇者", "讲师", "Referentin", "Intervenante", "Ponente"),
        *("Relatore", "Palestrante", "Spreker", "Prelegent"),
    ],
)
def test_every_speaker_label_reads_the_same_in_a_line_and_a_frontmatter_value(label: str) -> None:
    assert line_speakers(f"{label}: Ana Souza") == ["Ana Souza"]
    assert people(f"{label}: Ana Souza") == ("Ana Souza",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ":::note 登壇者\n山本 拓海（株式会社ミライクラウド）／ 11:20〜 Room J\n:::",
            ["山本 拓海"],
        ),
        (":::note 登壇者\n石井 亮（フリマ系アプリ）\u300010:30〜 Room F\n:::", ["石井 亮"]),
        (
            ":::note 登壇者\nキム・ジヨン（Kim Jiyeon）さん ／ 13:30〜\n:::",
            ["キム・ジヨン (Kim Jiyeon)"],
        ),
        ("**Speakers**\nAna Souza, Tom Lee", ["Ana Souza", "Tom Lee"]),
        # a label word alone, then a sentence: no one
        ("Panel\nwas great fun", []),
    ],
)
def test_a_label_alone_on_its_line_names_the_speakers_on_the_next(
    text: str, expected: list[str]
) -> None:
    assert find_speakers([Block(text, 0)]) == expected


def test_initials_after_a_name_are_its_team_not_a_second_speaker() -> None:
    assert line_speakers("Speaker: Priya Raman, CNCF TOC") == ["Priya Raman"]
    assert line_speakers("Speakers: TJ Holowaychuk, Ann Lee") == ["TJ Holowaychuk", "Ann Lee"]


def test_a_korean_name_and_its_latin_spelling_are_one_speaker_of_the_talk(
    tmp_path: Path, capsys
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "ja.md": (
                "# DroidKaigi 2024 Day 1 (2024-09-12)\n\n## Android 15 の edge-to-edge 強制\n\n"
                ":::note 登壇者\nキム・ジヨン（Kim Jiyeon）さん ／ 13:30〜\n:::\n\n- insets\n"
            ),
            "ko.md": (
                "# DroidKaigi 2024 1일차 (2024-09-12)\n\n## Android 15 edge-to-edge 강제 대응\n\n"
                "발표자: 김지연\n\n- 인셋 처리\n"
            ),
        },
    )
    (item,) = [i for i in items(data) if "edge-to-edge" in i["title"]]
    assert len(item["entries"]) == 2
    assert len(item["speakers"]) == 1  # one person, not キム・ジヨン and 김지연


@pytest.mark.parametrize("rel", ["keynote (English).md", "keynote (한국어).md", "notes (copy).md"])
def test_a_language_or_a_copy_in_a_file_name_is_no_writer(rel: str) -> None:
    assert unstated_author(None, (), rel, "# Keynote")[0] == rel.removesuffix(".md")


def test_a_site_page_named_by_what_it_is_gets_no_author_not_its_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page named by what it is says nothing of its writer, nor does a folder naming an
    event ("mina-devfest"): no author is shown rather than a file's or a folder's name."""
    data = list_json(
        tmp_path,
        capsys,
        {
            "mina-devfest/day-1.md": "# DevFest Seoul 2024 1일차\n\n## Kotlin 2.0 톺아보기\n\n- K2",
            "mina-devfest/2024-11-09-recap.md": "# DevFest 후기\n\n## Compose 성능\n\n- 캐시",
            "mina-devfest/index.md": "# DevFest Seoul 2024 notes\n\nMy notes from the day.\n",
            "mina-devfest/compose-at-scale.md": "# Compose at scale\n\nNotes from DevFest.\n",
            "mina-devfest/jiho-kim.md": "# Gradle 빌드 캐시\n\n- 원격 캐시\n",
        },
    )
    authors = note_writers(data)
    for page in ("day-1", "2024-11-09-recap", "index", "compose-at-scale"):
        assert authors[f"mina-devfest/{page}.md"] == {""}
    assert authors["mina-devfest/jiho-kim.md"] == {"jiho-kim"}  # a name stays its writer


@pytest.mark.parametrize(
    ("rel", "text", "page"),
    [
        ("docs/day-1.md", "# Day 1", True),
        ("blog/2024-09-20-recap.md", "# Recap", True),
        ("site/index.md", "# Home", True),
        ("site/go-at-scale.md", "# Go at Scale\n\nnotes", True),
        ("site/lena-hoffmann.md", "# Go at Scale", False),
    ],
)
def test_a_page_word_a_date_or_a_title_slug_is_no_person(rel: str, text: str, page: bool) -> None:
    assert page_name(rel, text) is page


def test_a_channel_export_is_written_by_the_channel_on_every_message_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    posts = "".join(
        f"**Kotlin 소식통** · {hour}:05\n📌 김민지 — «{title}»\n- 메모 {hour}\n\n"
        for hour, title in ((10, "K2 컴파일러 이야기"), (11, "Compose 성능"), (14, "Gradle 캐시"))
    )
    data = list_json(
        tmp_path,
        capsys,
        {
            "ChatExport_2024-11-05/messages.md": (
                "# Kotlin 소식통\n\n채널 내보내기 · 2024년 11월 4일 – 2024 11월 5일 · 3개\n\n"
                f"## 2024년 11월 4일\n\n{posts}"
            )
        },
    )
    assert note_writers(data)["ChatExport_2024-11-05/messages.md"] == {"Kotlin 소식통"}


def test_a_chat_with_two_senders_has_no_channel_writer() -> None:
    body = "**Dana** 10:04 AM\nhi\n**Lee** 10:05 AM\nyo\n**Dana** 10:06 AM\nok\n**Dana** 10:07 AM\n"
    assert channel_author(body) is None
    assert channel_author(body.replace("**Lee**", "**Dana**")) == "Dana"


@pytest.mark.parametrize(
    "home",
    [
        "Üdv a **Platform csapat** wikijén! 👋\n\nIde kerül minden.\n\n## Gyors linkek\n",
        "Welcome to the team wiki! 🙌\n\nEverything but code.\n\n## Links\n\n* [[On-call]]",
        "팀 위키에 오신 것을 환영합니다! 🎈\n\n코드 말고 전부.\n\n## 바로가기\n\n* [[온보딩]]\n",
    ],
)
def test_a_wiki_home_page_that_greets_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], home: str
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "Home.md": home,
            "Craft-2024.md": "# Craft Conference 2024\n\n## Keynote: Platform teams\n\n- notes\n",
        },
    )
    assert all(e["note"] != "Home.md" for e in entries_in_items(data))


def test_an_exclaimed_talk_title_with_an_emoji_stays_a_talk() -> None:
    assert not greeting("Rust in prod! 🚀")
    assert greeting("Hello wiki! 👋")
