"""What a note says about itself, from any frontmatter, its folders and its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.corpus.bylines import blog_name
from summit_tui.corpus.event_names import display_name, event_key, event_phrases, strip_event
from summit_tui.corpus.fields import people
from summit_tui.corpus.folders import folder_facts
from summit_tui.corpus.loader import load_note
from summit_tui.corpus.model import Note


def load(tmp_path: Path, rel: str, text: str) -> Note:
    path = tmp_path / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    note, _ = load_note(path, tmp_path, rel=rel)
    assert note is not None
    return note


# -- event names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("SK AI SUMMIT 이모 저모", ["SK AI SUMMIT"]),
        ("[정리] SK AI SUMMIT 키노트 정리 - Day1 오후", ["SK AI SUMMIT"]),
        ("2024 DevFest Seoul day 1", ["2024 DevFest Seoul"]),
        ("'SK AI 서밋 2024'는 2024년 11월 4일부터", ["SK AI 서밋 2024"]),
        ("[PyCon KR 2024] 타입 힌트 잘 쓰기", ["PyCon KR 2024"]),
        ("Poster session roundup, ACRL 2019", ["ACRL 2019"]),
        ("FEConf 2024: Optimizing for INP", ["FEConf 2024"]),
        ("AI 트렌드 2024 정리", []),
        ("Why we write up conferences (and why you should too)", []),
        ("컨퍼런스 후기", []),
    ],
)
def test_event_names_by_their_shape(text: str, names: list[str]) -> None:
    assert list(event_phrases(text)) == names


def test_running_text_names_no_event_by_a_lowercase_word() -> None:
    text = "After ACRL people asked why our department bothers posting conference notes"
    assert event_phrases(text, years=False) == ()


def test_one_event_whatever_the_spelling() -> None:
    assert event_key("SK AI 서밋 2024") == ("skaisummit", 2024)
    assert event_key("SK AI SUMMIT") == ("skaisummit", None)
    assert event_key("PyCon Korea 2024")[0] == event_key("PyCon KR")[0]
    assert display_name("2019 ACRL") == "ACRL 2019"


def test_a_title_without_its_event_names_the_talk() -> None:
    names = ["PyCon KR 2024", "FEConf 2024"]
    assert strip_event("[PyCon KR 2024] 타입 힌트 잘 쓰기 후기", names) == "타입 힌트 잘 쓰기"
    assert strip_event("TypeScript 5.5 새 기능 - FEConf 2024 발표 정리", names) == (
        "TypeScript 5.5 새 기능"
    )
    assert strip_event("[정리] SK AI SUMMIT 키노트 정리 - Day1 오후", ["SK AI SUMMIT"]) == ""
    assert strip_event("2024 DevFest Seoul day 1", ["2024 DevFest Seoul"]) == ""


# -- frontmatter ------------------------------------------------------------------------


def test_speakers_from_a_jekyll_subtitle_only_when_it_holds_names() -> None:
    assert people("Marcus Hale; Dana Whitfield", strict=True) == ("Marcus Hale", "Dana Whitfield")
    assert people("by Jane Doe and John Roe", strict=True) == ("Jane Doe", "John Roe")
    assert people("A deep dive into consent and memory", strict=True) == ()
    assert people(["김민지 (카카오)", "Steve Scott"]) == ("김민지", "Steve Scott")


def test_frontmatter_speakers_subtitle_and_published(tmp_path: Path) -> None:
    note = load(
        tmp_path,
        "_posts/2019-04-12-beyond.md",
        "---\ntitle: Beyond the One-Shot\nsubtitle: 'Marcus Hale; Dana Whitfield'\n"
        "categories: [ACRL 2019, instruction]\ndate: 2019-04-12 10:30:00\n---\ntext\n",
    )
    assert note.speakers == ("Marcus Hale", "Dana Whitfield")
    assert (note.date, note.date_kind) == ("2019-04-12", "timed")
    assert note.event_names[0] == "ACRL 2019" and note.event_sources[0] == "tags"
    draft = load(tmp_path, "d.md", "---\ntitle: x\npublished: false\n---\nbody\n")
    assert draft.published is False
    assert load(tmp_path, "e.md", "---\ndraft: true\n---\nbody\n").published is False
    explicit = load(tmp_path, "f.md", "---\nevent_date: 2024-11-04\ndate: 2024-11-09\n---\nx\n")
    assert (explicit.date, explicit.date_kind) == ("2024-11-04", "event")


# -- authors ---------------------------------------------------------------------------


def test_author_from_a_line_in_the_text_is_not_guessed(tmp_path: Path) -> None:
    note = load(tmp_path, "n.md", "## Information\n- 2024년 11월 4일 (월)\n- 작성자: 이기훈\n")
    assert (note.author, note.author_guessed, note.author_source) == ("이기훈", False, "text")
    byline = load(tmp_path, "b.md", "# Notes\n\n*By Jane Doe*\n\ntext\n")
    assert (byline.author, byline.author_guessed) == ("Jane Doe", False)
    html = load(tmp_path, "h.md", "# x\n<p>작성자: 박소영 | 2024.08.24 FEConf 2024</p>\n")
    assert html.author == "박소영"


def test_author_from_the_blog_of_a_source_url_is_guessed(tmp_path: Path) -> None:
    body = "# 정리\n\n원본 게시글: https://velog.io/@euisuk-chung/SKAISUMMIT2024DAY1-오후\n"
    note = load(tmp_path, "v.md", body)
    assert (note.author, note.author_guessed, note.author_source) == (
        "euisuk-chung",
        True,
        "source",
    )
    plain = load(tmp_path, "sub/seminar-notes.md", "no heading\n")
    assert (plain.author, plain.author_guessed, plain.author_source) == (
        "seminar-notes",
        True,
        "none",  # its file name is only its key: shown without an author
    )


@pytest.mark.parametrize(
    ("url", "blog"),
    [
        ("https://velog.io/@euisuk-chung/post", "euisuk-chung"),
        ("https://medium.com/@jane/notes-1", "jane"),
        ("https://kim.tistory.com/12", "kim"),
        ("https://blog.naver.com/leekh/2233", "leekh"),
        ("https://jane.github.io/2024/notes", "jane"),
        ("https://www.example.com/post", None),
        ("https://youtu.be/jb9yZ_3r78Q", None),  # a video link is not a blog
        ("https://www.youtube.com/watch?v=jb9yZ_3r78Q", None),
    ],
)
def test_blog_names_from_urls(url: str, blog: str | None) -> None:
    assert blog_name(url) == blog


# -- facts in the text ---------------------------------------------------------------------


def test_a_seminar_report_states_its_facts_in_lines(tmp_path: Path) -> None:
    body = (
        "# [23.03.29] Generative AI의 기술적 기반과 미래\n\ntext\n\n---\n\n"
        "Title : Generative AI의 기술적 기반과 미래\n\nSpeaker : 전병곤 교수님\n\n"
        "Place : 302동 105호\n\nSeminar Date/Time : 2023/03/29, 13:00 ~ 13:50\n\n"
        "Submitted Date: 2023/03/30\n"
    )
    note = load(tmp_path, "003.md", body)
    assert note.talk_title == "Generative AI의 기술적 기반과 미래"
    assert note.dates[0] == "2023-03-29"  # the seminar's day, not the submission's
    assert "2023-03-30" not in note.dates
    assert note.event_kind == "Seminar"


def test_first_lines_that_say_when_the_event_was(tmp_path: Path) -> None:
    note = load(
        tmp_path,
        "n.md",
        "---\ntitle: SK AI SUMMIT 이모 저모\n---\n11월 4일 SK AI SUMMIT 참석 후 정리한 글입니다.\n",
    )
    assert note.dates == ("--11-04",)
    range_note = load(
        tmp_path,
        "r.md",
        "# 정리\n\n'`SK AI 서밋 2024`'는 2024년 11월 4일부터 5일까지 서울 코엑스에서 개최된\n",
    )
    assert range_note.span == ("2024-11-04", "2024-11-05")
    assert "SK AI 서밋 2024" in range_note.event_names
    weekday = load(tmp_path, "w.md", "Quick bullets from Thursday afternoon's OER panel.\n")
    assert weekday.weekdays == (3,)


def test_a_talk_quoted_in_the_first_lines(tmp_path: Path) -> None:
    body = '지난 8월 24일 FEConf 2024에서 조은서님이 발표한 "타입스크립트 5.5 신기능" 세션 정리.\n'
    assert load(tmp_path, "t.md", body).talk_title == "타입스크립트 5.5 신기능"
    essay = "1. **It forces us to process what we heard.** A post a week after a talk.\n"
    assert load(tmp_path, "e.md", essay).talk_title is None


# -- folders ---------------------------------------------------------------------------


def test_folders_that_say_what_they_hold() -> None:
    facts = folder_facts("Conferences/PyCon KR 2024/Day 2/Keynote - Free-threaded Python.md")
    assert facts["events"] == [(5, "PyCon KR 2024")]
    assert facts["days"] == ["Day 2"]
    assert facts["track"] == "Keynote"
    assert folder_facts("2019-ACRL/keynote.md")["events"] == [(5, "2019 ACRL")]
    assert folder_facts("events/DEVIEW/talk.md")["events"] == [(5, "DEVIEW")]
    assert folder_facts("notes/posts/x.md")["events"] == []
    assert folder_facts("Resources/links.md")["events"] == [(1, "Resources")]


def test_an_obsidian_note_is_titled_by_its_file_name(tmp_path: Path) -> None:
    body = "Speaker: 이서준 (토스)\n\n결제 알림 서비스 이야기\n\n## 배경\n- text\n"
    note = load(tmp_path, "Conferences/PyCon KR 2024/Day 1/FastAPI로 초당 만 건 처리하기.md", body)
    assert note.title == "FastAPI로 초당 만 건 처리하기"  # not the section "배경"
    assert note.event_names == ("PyCon KR 2024",)
    assert note.day_number == 1
    titled = load(tmp_path, "t.md", "# The Title\n\ntext\n## Section\n")
    assert titled.title == "The Title"


def test_a_video_link_names_no_author(tmp_path: Path) -> None:
    body = "영상버전 : https://youtu.be/jb9yZ_3r78Q\n눈 떠보니 후진국?\n"
    note = load(tmp_path, "essay.md", "---\nsource: https://youtu.be/jb9yZ_3r78Q\n---\n" + body)
    assert (note.author, note.author_guessed, note.author_source) == ("essay", True, "none")


def test_names_with_parentheses_and_running_korean_text() -> None:
    assert event_phrases("if(kakao)AI 2024 — my notes, day 1") == ("if(kakao)AI 2024",)
    # in running text a Korean phrase around 컨퍼런스 is no name; in a title it may be
    assert event_phrases("올해 컨퍼런스를 7개 다녀왔다", years=False) == ()
    assert strip_event("KubeCon EU 2024, day one: the keynotes", ["KubeCon EU 2024"]) == ""
    assert strip_event("Guest post: my Friday at KubeCon Paris", ["KubeCon Paris"]) == ""


def test_the_first_line_may_say_the_day(tmp_path: Path) -> None:
    note = load(tmp_path, "dan24_day2.md", "DAN 24 - 2일차 (11/12 화)\n\n# Talk A\n")
    assert note.day_number == 2
    assert note.dates[0] == "--11-12"


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("We're at KubeCon 2024 in Paris!", True),
        ("WE ARE HERE AT DevFest 2024", True),
        ("I'm at PyCon US 2024 this week", True),
        ("Live from JSConf EU 2024", True),
        ("Мы на HighLoad++ 2024!", True),
        ("МЫ СЕЙЧАС НА Heisenbug 2024", True),
        ("Wir sind auf der JavaLand 2024", True),
        ("WIR SIND BEI der WeAreDevelopers 2024", True),
        ("Estamos en PyConES 2024", True),
        ("Siamo alla PyCon Italia 2024", True),
        ("Nous sommes à Devoxx France 2024", True),
        ("Great talks at the hallway track", False),  # 'at' alone is no such line
        ("Notes from the keynote", False),
        ("오늘은 컨퍼런스 둘째 날", False),
    ],
)
def test_a_line_saying_its_writer_is_at_the_event_whatever_its_case(line: str, at: bool) -> None:
    from summit_tui.corpus import metadata

    # the quick word check before the full pattern never turns away a line the pattern reads
    assert metadata._at_event(line) is at
    assert (metadata._AT_EVENT.search(line) is not None) is at


def test_a_line_below_the_first_saying_the_writer_is_at_the_event_names_it(
    tmp_path: Path,
) -> None:
    text = "# Tag 1\n\nGuten Morgen.\n\n{line}\n\n## Talk A\n\nText.\n"
    at = load(tmp_path, "tag1.md", text.format(line="Wir sind auf der JavaLand 2024!"))
    assert at.event_names == ("JavaLand 2024",)
    said = load(tmp_path, "tag1.md", text.format(line="Heute: JavaLand 2024!"))
    assert said.event_names == ()
