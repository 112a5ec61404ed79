"""The facts the fifth (blind) batch showed were misread (issue 14): an event named by an inline
tag, a place-and-date line that names no event, one conference written in two languages, days
written with their weekday and no year, a blog's post header (the day it was posted, not the
talk's), journal pages named after their day, speaker lines with a microphone and no label, and
the writer a title line names first. Every note here is written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items
from summit_tui.corpus.bylines import posted_mention, title_author
from summit_tui.corpus.dates import find_dates, weekday_beside
from summit_tui.corpus.event_names import event_key, event_phrases, near_spelling
from summit_tui.corpus.fields import inline_tags, page_properties
from summit_tui.corpus.folders import file_date, folder_facts
from summit_tui.corpus.section_days import own_day
from summit_tui.corpus.speakers import Block, find_speakers, marked_speaker


@pytest.mark.parametrize(
    ("line", "beside"),
    [
        ("Thu 12 June — second day for me", True),
        ("Fri 13 June, closing day", True),
        ("Notizen vom Donnerstag, 12. Juni 2025.", True),
        ("Jeudi 12 juin 2025, salle Bleue", True),
        ("12 de junho de 2025 (quinta-feira), centro", True),
        ("giovedì 12 giugno, sala 3", True),
        ("2025. 6. 12. (목) 오후", True),
        ("we booked it on 12 June for the team", False),
        ("Thursday was long; 12 June is the date on the ticket", False),
    ],
)
def test_a_date_written_with_its_weekday(line: str, beside: bool) -> None:
    (mention,) = find_dates(line)
    assert weekday_beside(line, mention) is beside


@pytest.mark.parametrize(
    ("line", "posted"),
    [
        ("코딩하는 너구리 · 2025. 6. 14. 22:05", "2025-06-14"),
        ("2025. 6. 20. 09:12 · 카테고리: 행사 후기", "2025-06-20"),
        ("너구리의 개발노트 · 2025.06.14 (토) 10:30", "2025-06-14"),
        ("[Ana Ruiz](https://example.org/@ana) · 5 min read · 14 giu 2025", "2025-06-14"),
        ("수달 · 2025.6.14.", "2025-06-14"),
        # the event's day and place, a schedule line, a sentence: not a post header
        ("2025.06.12 (목) · 벡스코", None),
        ("📍 벡스코 제2전시장 / 2025. 6. 12. (목)", None),
        ("2025-06-12 10:30 Opening keynote", None),
        ("어제 2025.06.12 (목) 다녀왔습니다 · 사진 많음", None),
    ],
)
def test_a_blog_post_header_gives_the_day_it_was_posted(line: str, posted: str | None) -> None:
    mention = posted_mention(line)
    assert (mention.iso() if mention else None) == posted


def test_journal_pages_named_after_their_day() -> None:
    assert file_date("journals/2025_06_12.md") == "2025-06-12"
    assert file_date("Daily/2025-06-13.md") == "2025-06-13"
    assert file_date("2025.06.14.md") == "2025-06-14"
    assert file_date("_posts/2025-06-12-my-notes.md") is None
    assert file_date("journals/2025_02_30.md") is None


def test_inline_tags_and_names_that_only_say_when() -> None:
    body = "# DevConf Thursday\n#conferences/devconf-lisbon-2025 #work/team\n\ntext #not-a-tag\n"
    assert inline_tags(body) == ("conferences/devconf-lisbon-2025", "work/team")
    assert inline_tags("## A heading\n#1 is not a tag line either") == ()
    assert event_phrases("DevConf Thursday") == ("DevConf",)
    assert event_phrases("JavaZone 2025 Tag 2") == ("JavaZone 2025",)
    assert event_phrases("12–14 June 2025") == ()
    assert event_phrases("Il primo post sulla serie di JavaZone Oslo 2025. Poi altro") == (
        "JavaZone Oslo 2025",
    )


def test_language_folders_name_no_event() -> None:
    assert folder_facts("content/it/post/2025-06-20-talk.md")["events"] == []
    assert folder_facts("zh-cn/notes.md")["events"] == []
    assert folder_facts("Conferences/JavaZone 2025/talk.md")["events"] == [(5, "JavaZone 2025")]


def test_one_conference_in_two_languages_or_with_a_typo() -> None:
    rome, roma = event_key("Codemotion Rome 2025")[0], event_key("Codemotion Roma 2025")[0]
    assert near_spelling(rome, roma)
    lisbon, lisboa = event_key("DevConf Lisbon")[0], event_key("DevConf Lisboa")[0]
    assert near_spelling(lisbon, lisboa)
    assert event_key("München Summit")[0] == event_key("Munchen Summit")[0]
    assert not near_spelling(event_key("PyCon KR")[0], event_key("PyCon HK")[0])
    assert not near_spelling(event_key("DevFest Seoul")[0], event_key("DevFest Busan")[0])


def test_tagged_notes_titled_by_weekday_form_one_dated_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "bear/DevConf Thursday.md": (
                "# DevConf Thursday\n#conferences/devconf-lisbon-2025 #work\n\n"
                "Thu 12 June — first day for me\n\n"
                "## Event sourcing without regrets\nNina Alves\n\n- snapshots every 500 events\n"
            ),
            "bear/DevConf Friday.md": (
                "# DevConf Friday\n#conferences/devconf-lisbon-2025\n\nFri 13 June, last day\n\n"
                "## Testing in production, carefully\nRui Matos\n\n- feature flags per tenant\n"
            ),
            "docs/DevConf Lisbon 2025 - logistics.md": (
                "DevConf Lisbon 2025 - logistics\n\n"
                "Conference: 12–13 June 2025, Centro de Congressos, Lisboa\n\n"
                "* Out: Wed 11 June, 18:10 from Porto\n* Hotel booked 11–13 June\n"
            ),
            "notes/DevConf day 2.md": (
                "DevConf day 2\nFri 13 June\n\n## Testing in production, carefully\n"
                "- flags and canaries\n"
            ),
        },
    )
    by_title = {item["title"]: item for item in items}
    sourcing = by_title["Event sourcing without regrets"]
    testing = by_title["Testing in production, carefully"]
    assert {item["event"] for item in items} == {"DevConf Lisbon 2025"}
    assert (sourcing["date"], testing["date"]) == ("2025-06-12", "2025-06-13")
    assert len(testing["entries"]) == 2


def test_one_event_in_two_languages_dated_by_weekday_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "de/_posts/2025-06-20-devconf-tag-1.md": (
                "---\ntitle: 'DevConf Lisbon 2025 Tag 1'\ndate: 2025-06-20 10:00:00\n---\n\n"
                "Meine Notizen vom Donnerstag, 12. Juni 2025.\n\n## Event Sourcing ohne Reue\n\n"
                "Referentin: Nina Alves\n\n- Snapshots alle 500 Events\n"
            ),
            "pt/devconf-lisboa-2025.md": (
                "---\ntitle: 'DevConf Lisboa 2025: o segundo dia'\n---\n\n"
                "📅 13 de junho de 2025 (sexta-feira)\n\n## Testes em produção, com cuidado\n\n"
                "Palestrante: Rui Matos\n\n- flags por cliente\n"
            ),
            "it/post/2025-06-25-devconf.md": (
                "---\ntitle: 'Due talk da DevConf Lisbona'\n"
                "date: 2025-06-25T09:00:00+01:00\n---\n\n"
                "Il mio ultimo post su DevConf Lisbon 2025. Ecco due appunti.\n\n"
                "Relatore: Rui Matos\n"
            ),
        },
    )
    (event,) = {item["event"] for item in items}  # named as most of its notes name it
    assert event in ("DevConf Lisbon 2025", "DevConf Lisboa 2025")
    dates = {item["title"]: item["date"] for item in items}
    assert dates["Event Sourcing ohne Reue"] == "2025-06-12"
    assert dates["Testes em produção, com cuidado"] == "2025-06-13"


def test_a_post_header_is_when_it_was_posted_not_the_talk_s_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "naver/[후기] 부산 데브서밋 2025 다녀왔어요.md": (
                "[후기] 부산 데브서밋 2025 다녀왔어요\n\n"
                "코딩하는 너구리 · 2025. 6. 14. 22:05\n\n\u200b\n\n안녕하세요 너구리입니다\n\n"
                "\u200b\n\n어제 벡스코에서 열린 행사에 다녀왔어요\n\n\u200b\n\n"
                "📍 벡스코 / 2025. 6. 13. (금)\n\n## 검색 랭킹 실험기\n\n- A/B 테스트 3주\n"
            ),
            "tistory/[부산 데브서밋 2025] 캐시 세션 정리.md": (
                "# [부산 데브서밋 2025] 캐시 세션 정리\n\n2025. 6. 20. 18:32 · 카테고리: 행사\n\n"
                "지난주 금요일(2025.06.13) 들은 세션 정리.\n\n"
                "## 캐시 무효화 전략\n\n- TTL 대신 이벤트\n"
            ),
        },
    )
    assert {item["date"] for item in items} == {"2025-06-13"}


def test_a_journal_page_is_the_day_its_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "journals/2025_06_12.md": (
                "# JavaZone Oslo 2025\n\n"
                "## Records and sealed types in practice\n\n- pattern matching\n"
            ),
            "journals/2025_06_13.md": (
                "# JavaZone Oslo 2025\n\n## Loom in production\n\n- pinned carrier threads\n"
            ),
        },
    )
    dates = {item["title"]: item["date"] for item in items}
    assert dates == {
        "Records and sealed types in practice": "2025-06-12",
        "Loom in production": "2025-06-13",
    }


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("🎤 윤서준 / 네이버 검색플랫폼", "윤서준"),
        ("🎤 강하늘 (카카오페이 결제팀)", "강하늘"),
        ("👤 Ana Souza · Vipps", "Ana Souza"),
        ("발표 윤서준 (네이버 검색플랫폼)", "윤서준"),
        # a title after the mark, a sentence about the talk: no speaker
        ("🎤 **검색 랭킹, 다시 보기**", None),
        ("🎤 키노트 - 우리가 일하는 방식", None),
        ("발표 자료는 나중에 공유된다고 함", None),
        ("🎤 Q&A 시간", None),
    ],
)
def test_speaker_lines_with_a_microphone_or_a_bare_label(line: str, speaker: str | None) -> None:
    assert marked_speaker(line) == speaker
    assert find_speakers([Block(line, 0)]) == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("title", "author"),
    [
        ("Mia - DevConf day 2", "Mia"),
        ("Mia's notes, DevConf Lisbon", "Mia"),
        ("Tomás Silva - DevConf Lisbon 2025 notes", "Tomás Silva"),
        ("Keynote - DevConf Lisbon 2025 day 1", None),
        ("Kotlin - KotlinConf 2025 day 2", None),
        ("Rust in the kernel - Jane Doe", None),
    ],
)
def test_the_writer_a_title_line_names_first(title: str, author: str | None) -> None:
    assert title_author(title) == author


def test_notes_without_a_title_are_by_the_writer_their_first_line_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "apple/Mia - DevConf day 2.md": (
                "Mia - DevConf day 2\nFriday, 13 June 2025\n\n"
                "## Testing in production\n- canaries\n"
            ),
            "apple/DevConf.md": (
                "DevConf\nRui's notes, DevConf Lisbon 2025\n\nThursday 12 June\n\n"
                "## Event sourcing without regrets\n- snapshots\n"
            ),
        },
    )
    authors = {entry["author"] for item in items for entry in item["entries"]}
    assert authors == {"Mia", "Rui"}


def test_a_day_and_month_with_a_slash_after_a_european_weekday() -> None:
    assert [m.partial() for m in find_dates("Relatrice: Ana Russo · giovedì 12/6")] == ["--06-12"]
    assert [m.partial() for m in find_dates("Jeudi 5/6, salle Bleue")] == ["--06-05"]
    assert [m.partial() for m in find_dates("Thu 6/12 in room B")] == ["--06-12"]
    assert own_day(["### 2. Flags", "", "**Relatrice:** Ana Russo · venerdì 13/6"], 0, 3) == (
        "--06-13"
    )


def test_a_hugo_site_and_a_medium_export_name_their_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = "---\ntitle: '{}'\ndate: 2025-06-20T09:00:00+01:00\n---\n\nJavaZone Oslo 2025.\n\n- x\n"
    items = list_items(
        tmp_path,
        capsys,
        {
            "site/it/content/post/2025-06-20-loom.md": post.format("Loom in produzione"),
            "site/it/content/post/2025-06-21-records.md": post.format("Record e sealed types"),
            "medium/2025-06-22_Two-talks-from-JavaZone.md": (
                "# Two talks from JavaZone Oslo 2025\n\n"
                "[Ana Russo](https://medium.example/@ana) · 4 min read · 22 Jun 2025\n\n"
                "### Loom in production\n\n- pinning\n"
            ),
        },
    )
    authors = {entry["author"] for item in items for entry in item["entries"]}
    assert authors == {"", "Ana Russo"}  # a Hugo site's "site/" folder is nobody's


def test_an_outliner_page_s_properties_are_its_frontmatter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert page_properties(
        "type:: talk\nevent:: [[JavaZone Oslo 2025]]\nspeaker:: [[Ana Russo]]\nroom:: Room 5\n"
        "\n- ## Setting\n"
    ) == {"event": "JavaZone Oslo 2025", "speaker": "Ana Russo", "track": "Room 5"}
    assert page_properties("- ## Setting\n\tevent:: not the page's\n") == {}
    items = list_items(
        tmp_path,
        capsys,
        {
            "pages/Loom in production.md": (
                "event:: [[JavaZone Oslo 2025]]\nspeaker:: [[Ana Russo]]\n"
                "date:: [[Jun 12th, 2025]]\n\n- ## What went wrong\n\t- pinning\n"
            ),
        },
    )
    (item,) = items
    assert (item["event"], item["date"], item["speakers"]) == (
        "JavaZone Oslo 2025",
        "2025-06-12",
        ["Ana Russo"],
    )


def test_yesterday_in_a_post_is_the_day_before_it_was_posted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert [m.partial() for m in find_dates("by 수달 · Jun 14. 2025")] == ["2025-06-14"]
    items = list_items(
        tmp_path,
        capsys,
        {
            "naver/부산 데브서밋 2025 후기.md": (
                "부산 데브서밋 2025 후기\n\n수달 · 2025. 6. 14. 08:10\n\n"
                "어제 벡스코에서 열린 부산 데브서밋 2025에 다녀왔어요!\n\n"
                "## 검색 랭킹 실험기\n\n- A/B 테스트 3주\n"
            ),
            "blog/_posts/2025-06-14-devsummit.md": (
                "---\ntitle: 'Busan DevSummit 2025 recap'\ndate: 2025-06-14\n---\n\n"
                "Yesterday I went to Busan DevSummit 2025, my first conference.\n"
                "\n## Cache invalidation\n\n- events over TTLs\n"
            ),
        },
    )
    assert {item["date"] for item in items} == {"2025-06-13"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("am 12.06.2025 in Oslo", ["2025-06-12"]),
        ("le 13/06/2025, salle 2", ["2025-06-13"]),
        ("on 06/13/2025 in room B", ["2025-06-13"]),
        ("06/05/2025", []),  # June 5th or May 6th: not guessed
        # the weekday beside it tells which: 2025-06-05 is a Thursday, 2025-05-06 a Tuesday
        ("Thu 06/05/2025, room B", ["2025-06-05"]),
        ("mardi 06/05/2025", ["2025-05-06"]),
        ("Wednesday 06/05/2025", []),  # neither reading is a Wednesday
        ("07/07/2025", ["2025-07-07"]),  # reads the same both ways
        ("release v1.2.2025", []),
    ],
)
def test_dates_with_the_year_last(text: str, found: list[str]) -> None:
    assert [m.partial() for m in find_dates(text)] == found


def test_conference_names_japanese_and_community_spellings() -> None:
    assert event_phrases("DroidKaigi 2025 day 1") == ("DroidKaigi 2025",)
    assert event_phrases("Notes from DevOpsDays Oslo") == ("DevOpsDays Oslo",)
    assert event_phrases("Happy Holidays") == ()


@pytest.mark.parametrize(
    "line",
    [
        "6.12(목) 오후 세션",
        "25.06.12 (목)",
        "6월 12일 목요일",
        "木曜日 6月12日",
        "Thursday, June 12th",
    ],
)
def test_more_dates_written_with_their_weekday(line: str) -> None:
    (mention,) = find_dates(line)
    assert mention.partial()[-5:] == "06-12"
    assert weekday_beside(line, mention)


def test_a_date_range_property_gives_the_event_s_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "pages/JavaZone Oslo 2025.md": (
                "type:: [[Conference]]\ndate-range:: [[Jun 11th, 2025]] → [[Jun 13th, 2025]]\n"
                "tags:: conf/javazone, java\n\n- talks I want to see\n"
            ),
            "notes/JavaZone Oslo 2025 day 3.md": (
                "# JavaZone Oslo 2025 day 3\n\n## Loom in production\n\n- pinning\n"
            ),
        },
    )
    dates = {item["title"]: item["date"] for item in items}
    assert dates["Loom in production"] == "2025-06-13"


def test_an_event_is_spelt_as_people_write_it_even_when_more_posts_give_its_slug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = "---\ntitle: '{}'\ntags: [javazone-oslo-2025]\n---\n\n## {}\n\n- notes\n"
    files = {f"posts/talk-{n}.md": post.format(f"Talk {n}", f"Talk number {n}") for n in range(3)}
    files["index.md"] = (
        "# JavaZone Oslo 2025\n\nMy notes from JavaZone Oslo 2025 (June 11–13, 2025).\n"
    )
    items = list_items(tmp_path, capsys, files)
    assert {item["event"] for item in items} == {"JavaZone Oslo 2025"}
