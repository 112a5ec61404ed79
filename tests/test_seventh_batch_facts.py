"""The facts the seventh (blind) batch showed were misread (issue 14): Chinese and Japanese
speakers after a dash, a slash or in full-width parentheses, and folders that hold rooms or
tracks rather than being one. Every note here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui import cli
from summit_tui.corpus.bylines import signature_author, unstated_author
from summit_tui.corpus.event_names import bracket_alias, event_phrases, without_event
from summit_tui.corpus.fields import epoch_date
from summit_tui.corpus.folders import file_date, file_title, folder_facts
from summit_tui.corpus.names import han_name, heading_title, looks_like_name, split_title
from summit_tui.corpus.section_days import own_day
from summit_tui.corpus.speakers import Block, fact_line_speaker, find_speakers


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ("開源永續：從志工到基金會 - 林怡君", "開源永續：從志工到基金會", "林怡君"),
        ("用 Rust 重寫 CLI 工具的一年 — 张哲维", "用 Rust 重寫 CLI 工具的一年", "张哲维"),
        (
            "11:20 Matrix 聯邦式通訊：把社群搬出 Discord / 許家豪",
            "Matrix 聯邦式通訊：把社群搬出 Discord",
            "許家豪",
        ),
        ("型ヒントの実践 - 山本 翔太", "型ヒントの実践", "山本 翔太"),
        ("開源社群的十年 | 歐陽娜娜", "開源社群的十年", "歐陽娜娜"),
        # a word after the dash that is no person stays in the title
        ("COSCUP Day 1 - 心得", "COSCUP Day 1 - 心得", None),
        ("Day 2 - 金曜日", "Day 2 - 金曜日", None),
        ("閃電秀 - 午餐", "閃電秀 - 午餐", None),
        ("開幕 - 高速化", "開幕 - 高速化", None),
    ],
)
def test_a_chinese_or_japanese_speaker_after_a_dash_or_slash(
    heading: str, title: str, speaker: str | None
) -> None:
    assert heading_title(heading)[:2] == (title, speaker)


@pytest.mark.parametrize(
    ("heading", "title", "speaker"),
    [
        ("PostgreSQL 17 新功能巡禮（陳柏翰）", "PostgreSQL 17 新功能巡禮", "陳柏翰"),
        (
            "eBPF 入門：在 Kubernetes 裡看見封包（黃冠霖）",
            "eBPF 入門：在 Kubernetes 裡看見封包",
            "黃冠霖",
        ),
        ("Rust CLI（Kasper Vinther）", "Rust CLI", "Kasper Vinther"),
        ("新功能巡禮（下午場）", "新功能巡禮（下午場）", None),
    ],
)
def test_a_speaker_in_full_width_parentheses(heading: str, title: str, speaker: str | None) -> None:
    shown, _, person = split_title(heading)
    assert (shown, person) == (title, speaker)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("林怡君", True),
        ("王磊", True),
        ("欧阳娜娜", True),
        ("山本 翔太", True),
        ("心得", False),
        ("攤位", False),
        ("周年", False),
        ("林業", False),
        ("基調講演", False),
        ("張", False),
    ],
)
def test_han_names(text: str, name: bool) -> None:
    assert han_name(text) is name
    assert looks_like_name(text) is name


def test_a_talk_named_two_ways_is_one_item_with_its_speaker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A room's shared note writes "Title / Speaker", a blog "Title（Speaker）": one talk, the
    speaker read from both and kept out of the title."""
    items = list_items(
        tmp_path,
        capsys,
        {
            "room-b/day2.md": "# SITCON 2025 Day 2 共筆\n\n2025/3/9\n\n"
            "## 10:00 可觀測性入門：從日誌到追蹤 / 曾子涵\n\n"
            "- OpenTelemetry 的三種訊號\n- 取樣很重要\n",
            "blog/sitcon.md": "# SITCON 2025 心得\n\n2025/3/9 參加了 SITCON 2025。\n\n"
            "## 可觀測性入門：從日誌到追蹤（曾子涵）\n\n- 先從日誌開始，再加追蹤\n",
        },
    )
    talks = [i for i in items if "可觀測性" in i["title"]]
    assert len(talks) == 1, items
    (talk,) = talks
    assert talk["title"] == "可觀測性入門：從日誌到追蹤"
    assert talk["speakers"] == ["曾子涵"]
    assert len(talk["entries"]) == 2


@pytest.mark.parametrize(
    ("rel", "track"),
    [
        ("rooms/TR-313-day2.md", None),
        ("tracks/notes.md", None),
        ("halls/x.md", None),
        ("room-a/x.md", "Room A"),
        ("rooms/Room 5/x.md", "Room 5"),
        ("tracks/track-2/x.md", "Track 2"),
        ("Track B - Keynote.md", "Track B"),
    ],
)
def test_a_folder_of_rooms_is_no_track(rel: str, track: str | None) -> None:
    assert folder_facts(rel)["track"] == track


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (1716054360123, "2024-05-18"),  # Dendron: milliseconds
        ("1716054360", "2024-05-18"),  # seconds, as a string
        (True, None),
        (20240518, None),  # eight digits: no stamp
        ("2024-05-18", None),  # a written date is iso_date's
    ],
)
def test_an_epoch_stamp_is_a_day(value: object, day: str | None) -> None:
    assert epoch_date(value, 0) == day  # in UTC; the zone is the caller's (test_epoch_zones)


@pytest.mark.parametrize(
    ("rel", "event", "title", "day"),
    [
        ("vault/conf.pycon-us-2024.typing-at-scale.md", "pycon us 2024", "typing-at-scale", None),
        ("conf.pycon.2024.keynote.md", "pycon 2024", "keynote", None),
        ("daily.journal.2024.05.18.md", None, "2024.05.18", "2024-05-18"),
        ("notes/node.js.md", None, "node.js", None),
        ("notes/v1.2.3.md", None, "v1.2.3", None),
        ("post/index.en.md", None, "post", None),
    ],
)
def test_a_dot_named_file_is_its_place_in_a_hierarchy(
    rel: str, event: str | None, title: str, day: str | None
) -> None:
    strong = [name for strength, name in folder_facts(rel)["events"] if strength > 1]
    assert strong == ([event] if event else [])
    assert file_title(rel) == title
    assert file_date(rel) == day


def test_a_dendron_vault_gives_event_and_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Dendron names a page by its place (``conf.devconf-2025.rust-async``) and stamps it in
    epoch milliseconds: the event comes from the name, the day from the stamp; the hub page,
    begun weeks before, makes no day of its own."""
    items = list_items(
        tmp_path,
        capsys,
        {
            "vault/conf.devconf-2025.md": "---\nid: a1\ntitle: DevConf 2025\n"
            "created: 1744700000000\n---\n\n## Talks I went to\n\n"
            "- [[conf.devconf-2025.rust-async]]\n",
            "vault/conf.devconf-2025.rust-async.md": "---\nid: b2\ntitle: Async Rust in anger\n"
            "created: 1749722400000\n---\n\nSpeaker: Mira Jansen\n\n- cancellation is the hard"
            " part\n- `select!` drops futures\n",
        },
    )
    talk = next(i for i in items if i["title"] == "Async Rust in anger")
    assert talk["event"] == "DevConf 2025"
    assert talk["date"] == "2025-06-12"
    assert {i["date"] for i in items} == {"2025-06-12"}


@pytest.mark.parametrize(
    ("ending", "author"),
    [
        ("Thanks for reading The Weekly Import! Subscribe for free.\n\nNaomi\n", "Naomi"),
        ("See you at the next meetup.\n\n— Naomi Park\n", "Naomi Park"),
        ("Cheers, Jonas\n", "Jonas"),
        ("Cheers,\nJonas\n\n---\n", "Jonas"),
        ("Bis bald,\nLena\n", "Lena"),
        ("Un abrazo, Lucía\n", "Lucía"),
        ("다음 글에서 뵐게요.\n\n지원 드림\n", "지원"),
        # a note that ends otherwise names nobody
        ("- Kubernetes\n- Docker\n", None),
        ("Thanks, everyone!\n", None),
        ("Next year: Kubernetes\n", None),
        ("## Summary\n\nWorth it.\n", None),
    ],
)
def test_a_newsletter_signed_off_names_its_writer(ending: str, author: str | None) -> None:
    assert signature_author("# Five talks\n\nSome text about the talks.\n\n" + ending) == author


def test_one_persons_export_is_one_author(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A notes app's export (one person's notebooks), a newsletter's export and a Dendron vault
    named after its owner: each is one writer, not one per file ("Saturday", "export"); the
    app's export names no one (``list --json`` gives no author, the views show its place)."""
    files = {
        "joplin-export/Conferences/DjangoCon EU 2025/Thursday.md": "---\ntitle: Thursday\n"
        "created: 2025-04-24 08:10:00Z\n---\n\n## Async views in practice\n\n"
        "Speaker: Tom Brenner\n\n- sync_to_async costs a thread hop\n",
        "joplin-export/Conferences/DjangoCon EU 2025/Friday.md": "---\ntitle: Friday\n"
        "created: 2025-04-25 08:10:00Z\n---\n\n## Postgres full text search\n\n"
        "Speaker: Ana Ruiz\n\n- GIN indexes, ts_rank\n",
        "substack-export/posts/99.djangocon-eu.md": "---\ntitle: DjangoCon EU 2025 in three"
        " talks\npost_date: 2025-04-30\n---\n\n## Async views in practice\n\n"
        "- Tom Brenner on thread hops\n\nThanks for reading!\n\nCheers, Naomi\n",
        "work/dendron.yml": "version: 5\nworkspace:\n  vaults:\n    - fsPath: notes\n"
        "      name: chris\n",
        "work/notes/conf.djangocon-eu-2025.async-views.md": "---\nid: q1\n"
        "title: Async views in practice\ncreated: 1745482200000\n---\n\nSpeaker: Tom Brenner\n\n"
        "- thread hops\n",
    }
    data = list_json(tmp_path, capsys, files)
    authors = {
        entry["note"]: entry["author"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    } | {entry["note"]: entry["author"] for entry in data["unsorted"]}
    assert authors == {
        "joplin-export/Conferences/DjangoCon EU 2025/Thursday.md": "",
        "joplin-export/Conferences/DjangoCon EU 2025/Friday.md": "",
        "substack-export/posts/99.djangocon-eu.md": "Naomi",
        "work/notes/conf.djangocon-eu-2025.async-views.md": "chris",
    }
    capsys.readouterr()
    assert cli.main(["list", "--notes", str(tmp_path / "notes")]) == 0
    shown = capsys.readouterr().out
    assert "Thursday.md (no author)" not in shown  # one column for the export, not one per page
    assert shown.count("joplin-export/ (no author)") >= 2


@pytest.mark.parametrize("ending", ["Best Practices\n", "Thanks Giving\n", "Love Letters\n"])
def test_a_closing_heading_is_no_signature(ending: str) -> None:
    assert signature_author("# Notes\n\nText.\n\n" + ending) is None


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("우아콘 2024 (WOOWACON 2024)", ("우아콘 2024", "WOOWACON 2024")),
        ("파이콘 한국 2024（PyCon Korea 2024）", ("파이콘 한국 2024", "PyCon Korea 2024")),
        ("# 우아콘 2024 (WOOWACON 2024) 참석 후기", ("우아콘 2024", "WOOWACON 2024")),
        ("PyCon US 2024 (Pittsburgh)", None),  # a place, not a name
        ("PyCon 2023 (PyCon 2024)", None),  # two years: two events
        ("Keynote (Jane Doe)", None),
    ],
)
def test_an_event_with_its_other_spelling_in_brackets(
    text: str, pair: tuple[str, str] | None
) -> None:
    assert bracket_alias(text) == pair


def test_an_alias_in_brackets_is_the_same_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A report's facts table writes the event both ways; a post writes only the Latin name,
    another only the Korean one: one event, not two or three."""
    items = list_items(
        tmp_path,
        capsys,
        {
            "보고서/참석결과보고.md": "# 참석 결과 보고\n\n| 항목 | 내용 |\n| --- | --- |\n"
            "| 행사명 | 오픈소스 컨퍼런스 2025 (OSCON 2025) |\n| 일시 | 2025년 5월 14일 |\n\n"
            "## 결제 시스템 무중단 전환기 (한지우)\n\n- 이중 쓰기 후 검증\n",
            "blog/devfair.md": "# OSCON 2025 recap\n\nMay 14, 2025 at COEX.\n\n"
            "## Feature flags at scale (Mina Cho)\n\n- kill switches first\n",
            "til/2025-05-14.md": "# 오픈소스 컨퍼런스 2025 메모\n\n2025년 5월 14일\n\n"
            "## 검색 랭킹 개선기 (오세린)\n\n- 클릭 로그 편향 보정\n",
        },
    )
    assert {i["event"] for i in items} == {"오픈소스 컨퍼런스 2025"}, items
    assert len(items) == 3


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Kasper Vinther · Rust devroom (H.1308) · Sat 1 Feb, 12:00", "Kasper Vinther"),
        ("Mira Jansen · Room 5 · Thursday 10:30", "Mira Jansen"),
        ("이서윤 · 트랙 B · 14:00", "이서윤"),
        # a blog's post header names its writer, not a speaker
        ("Ann Lee · 2024.5.4. 11:40", None),
        ("Daniel Kerr · 6 min read · May 7, 2024", None),
        ("Go · Rust · Zig", None),
        ("Ana Souza · Vipps", None),
    ],
)
def test_a_line_of_facts_opening_with_the_speaker(line: str, speaker: str | None) -> None:
    assert fact_line_speaker(line) == speaker
    assert find_speakers([Block("Title", 0, heading=True), Block(line, 0)]) == (
        [speaker] if speaker else []
    )


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        (
            "Our DevConf talk: building a CMS editor people love",
            "Building a CMS editor people love",
        ),
        ("Mi charla en DevConf — cómo medir la latencia", "Cómo medir la latencia"),
        ("Our DevConf talk: gRPC in Django", "gRPC in Django"),
        ("Our DevConf talk: iOS builds in CI", "iOS builds in CI"),
    ],
)
def test_a_title_after_our_talk_is_capitalised(title: str, shown: str) -> None:
    assert without_event(title, ["DevConf"]) == shown


@pytest.mark.parametrize(
    ("rel", "author"),
    [
        # a tool's or a site's folder names no one: the day page's own name, guessed
        ("TIL/2024-10-30.md", "2024-10-30"),
        ("journals/2024_10_09.md", "2024_10_09"),
        ("logseq/journals/2024_10_09.md", "2024_10_09"),
        ("vault/Daily/2024-10-09.md", "2024-10-09"),
        ("notas/2024-10-05-sabado.md", "2024-10-05-sabado"),
        ("daniel/journals/2024_07_03.md", "daniel"),  # a graph's journals, named by its folder
        ("jiwoo/Daily/2024-07-05.md", "jiwoo"),
        ("kim/TIL/2024-10-30.md", "kim"),
        ("alice/2024-10-09.md", "alice"),
        ("2024-10-09.md", "2024-10-09"),  # nothing above it names anyone
        ("notes/keynote.md", "keynote"),
    ],
)
def test_day_pages_are_one_writer_named_by_their_folder(rel: str, author: str) -> None:
    assert unstated_author(None, (), rel)[0] == author


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("*Valeria Quispe — Saturday afternoon, Charlas track (in Spanish)*", "weekday:5"),
        ("Marcus Webb · Saturday, 10:30", "weekday:5"),
        ("_Ana Russo - martedì 29/10_", "--10-29"),
        ("Renata Okonkwo — Friday morning keynote", "weekday:4"),
        ("Friday — a long day", None),  # no person opens it
        ("Lunch — Saturday", None),
    ],
)
def test_the_speakers_line_gives_the_talks_day(line: str, day: str | None) -> None:
    lines = ["### A talk", "", line, "", "- a point"]
    assert own_day(lines, 0, len(lines)) == day


@pytest.mark.parametrize(
    ("rel", "day"),
    [
        ("journals/October 9th, 2024.md", "2024-10-09"),  # Roam's daily pages
        ("일기/2024년 10월 9일 (수).md", "2024-10-09"),
        ("2024年10月9日.md", "2024-10-09"),
        ("Wednesday, October 9, 2024.md", "2024-10-09"),
        ("PyCon 2024.md", None),
        ("Oct 9 notes 2024.md", None),  # a date and more: a title
        ("October 9th.md", None),  # no year
    ],
)
def test_a_page_named_by_a_date_in_words_is_that_day(rel: str, day: str | None) -> None:
    assert file_date(rel) == day


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("인프콘2024 후기", ("인프콘 2024",)),
        ("PyCon2024 recap", ("PyCon 2024",)),
        ("# #conf-데브콘2025", ("데브콘 2025",)),  # a chat channel named after the event
        ("python3.12 notes", ()),
        ("room2024", ()),
    ],
)
def test_a_year_written_onto_the_name(text: str, names: tuple[str, ...]) -> None:
    assert event_phrases(text) == names
