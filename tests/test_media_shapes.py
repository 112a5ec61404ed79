"""Notes saved from media about a conference: podcast show notes (chapters over a stamped
transcript), forum megathreads (a top-level comment per talk), thread unrolls (numbered posts,
"Next: Name, topic") and slide-summary posts (a "Slides + notes:" title). Each talk is an item
of its own, what is about no talk is unsorted, and the frame's words are no part of a title."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, items_by_title, line_of, list_json
from summit_tui import cli
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.forum_thread import comment_talk
from summit_tui.corpus.podcast_notes import chapter_talk, podcast_parts
from summit_tui.corpus.speakers import mentioned_speakers

EPISODE = """\
---
title: "Episode 41: Back from PyCon US 2025"
date: 2025-05-22
episode: 41
hosts: [Rita Mendes, Colin Park]
---

Rita and Colin are back from PyCon US 2025 (May 16–18, Pittsburgh).

## Chapters

- 00:00 Intro
- 03:45 Priya Raman's opening keynote
- 17:20 Marcus Hale on typing the untypable
- 47:55 Listener questions

## Transcript

**[00:00] Rita:** Hello and welcome, I'm Rita.

**[03:45] Colin:** Friday morning, the opening keynote. Priya Raman on maintenance.

**[05:02] Rita:** "Maintenance is a feature you ship every day."

**[17:20] Rita:** Saturday afternoon, Marcus Hale, typing the untypable.

**[20:45] Colin:** The CI only fails if the number of errors goes up.

**[47:55] Colin:** First question is from Jonas.

**[49:10] Rita:** See you in two weeks.
"""

OFF_TOPIC_EPISODE = """\
---
title: "Episode 42: Maintainer burnout"
date: 2025-06-05
episode: 42
---

No conference this time, just burnout.

## Chapters

- 00:00 Intro
- 02:30 Saying no to feature requests
- 14:05 The bus factor spreadsheet

## Transcript

**[02:30] Rita:** The hardest word in open source is no.

**[03:12] Colin:** We closed forty issues with a template.

**[14:05] Colin:** One row per module, one column per person.
"""

MEGATHREAD = """\
r/Python

Posted by u/AutoModerator · 7 mo. ago

PyCon US 2025 — Day 2 Discussion Thread (Saturday, May 17)

Talk about today's talks here.

---

level 1
u/gil_be_gone · 7 mo. ago

Ana Souza's free-threading talk ("Free-threaded Python in production") was great.

▲ 211 ▼ · Reply · Share

level 2
u/cext_pain · 7 mo. ago

The dict atomicity thing bit us too.

▲ 44 ▼ · Reply · Share

level 1
u/wheel_of_time · 7 mo. ago

Anyone catch the packaging talk (Oleg Petrov)? Lock files for apps, never for libraries.

▲ 87 ▼ · Reply · Share

level 1
u/lost_in_pgh · 7 mo. ago

Does anyone know where the lightning talk signup sheet is?

▲ 6 ▼ · Reply · Share
"""

UNROLL = """\
Thread by @devjonah on Thread Reader App

Jonah Weiss
@devjonah

Live-posting PyCon US 2025 day 1 from Pittsburgh 🐍

1/ Opening keynote is starting, the big hall is full already

2/ Priya Raman on stage: "Maintenance is a feature you ship every day"

3/ Her ask: give one engineer one day a month for the libraries you depend on

4/ Next: Marcus Hale, typing a 12-year-old Django codebase ⌨️

5/ CI fails only when the error count goes UP (a ratchet)

6/ That's it for day 1, off to the evening reception

• • •

Keep Current with Jonah Weiss

May 16th 2025
"""


def test_a_chapter_naming_a_speaker_or_a_kind_of_talk_is_a_talk() -> None:
    # "Name on topic" names a topic, not the title: the whole chapter stands for it
    assert chapter_talk("Marcus Hale on typing the untypable") == (
        "Marcus Hale on typing the untypable",
        ("Marcus Hale",),
    )
    assert chapter_talk("Grace Okafor: Accessibility is a layout problem") == (
        "Accessibility is a layout problem",
        ("Grace Okafor",),
    )
    assert chapter_talk("Keynote recap") == ("Keynote", ())
    assert chapter_talk("Free-threaded Python in production (Ana Souza)") == (
        "Free-threaded Python in production",
        ("Ana Souza",),
    )
    assert chapter_talk("박지훈 - React Compiler 실전 도입기") == (
        "React Compiler 실전 도입기",
        ("박지훈",),
    )
    assert chapter_talk("The opening keynote") == ("The opening keynote", ())
    assert chapter_talk("Listener questions") is None
    assert chapter_talk("Why portfolios all look the same") is None


def test_an_episodes_talk_chapters_hold_their_part_of_the_transcript(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"ep-41.md": EPISODE})
    where = item_of_line(data)
    keynote = where[line_of(EPISODE, "**[03:45]")]
    typing = where[line_of(EPISODE, "**[17:20]")]
    assert keynote is not None and typing is not None and keynote != typing
    assert where.get(line_of(EPISODE, "**[05:02]"), keynote) == keynote
    items = items_by_title(data)
    assert items[keynote]["speakers"] == ["Priya Raman"]
    assert items[keynote]["date"] == "2025-05-16"  # "Friday morning" in the event's days
    assert items[typing]["date"] == "2025-05-17"
    assert where[line_of(EPISODE, "**[47:55]")] is None  # listener questions: no talk
    assert where[line_of(EPISODE, "Rita and Colin")] is None  # the intro to the transcript


def test_an_episode_about_no_conference_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert podcast_parts(OFF_TOPIC_EPISODE.split("---\n", 2)[2]) == []
    data = list_json(tmp_path, capsys, {"ep-42.md": OFF_TOPIC_EPISODE})
    assert data["events"] == []
    assert all(item is None for item in item_of_line(data).values())


def test_a_top_level_comment_naming_a_talk_holds_its_replies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert comment_talk("Anyone catch the packaging talk (Oleg Petrov)? Lock files …") == (
        "packaging",
        ("Oleg Petrov",),
    )
    assert comment_talk("Does anyone know where the lightning talk signup sheet is?") is None
    data = list_json(tmp_path, capsys, {"day-2.md": MEGATHREAD})
    where = item_of_line(data)
    free = where[line_of(MEGATHREAD, "Ana Souza's") - 3]  # the comment opens at its "level 1"
    assert free == "Free-threaded Python in production"
    assert items_by_title(data)[free]["speakers"] == ["Ana Souza"]
    assert where.get(line_of(MEGATHREAD, "The dict atomicity") - 3, free) == free
    packaging = where[line_of(MEGATHREAD, "Anyone catch") - 3]
    assert packaging is not None and packaging != free
    assert where[line_of(MEGATHREAD, "Does anyone know") - 3] is None
    assert [event["title"] for event in data["events"]] == ["PyCon US 2025"]


def test_an_unrolled_threads_next_post_opens_the_next_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"thread.md": UNROLL})
    where = item_of_line(data)
    keynote = where[line_of(UNROLL, "1/ ")]
    assert keynote is not None
    assert where.get(line_of(UNROLL, "2/ "), keynote) == keynote  # its speaker, no new talk
    typing = where[line_of(UNROLL, "4/ ")]
    assert typing is not None and typing != keynote
    items = items_by_title(data)
    assert items[keynote]["speakers"] == ["Priya Raman"]
    assert items[typing]["speakers"] == ["Marcus Hale"]
    assert items[typing]["date"] == "2025-05-16"  # the page's last line
    assert [event["title"] for event in data["events"]] == ["PyCon US 2025"]


def test_a_slide_posts_framing_is_no_part_of_its_talks_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    posts = {
        "a.md": "# Slides + notes: Variables all the way down\n\n"
        "Tomás Ferreira's talk at Config 2024.\n\n![](slide-1.png)\n*Slide 1 — three layers*\n",
        "b.md": "# [Config 2024] 디자인 토큰 이름 짓기 - 슬라이드 정리\n\n"
        "이수민 님의 발표입니다.\n\n![슬라이드 1](s1.png)\n▲ 슬라이드 1: 토큰\n",
    }
    items = items_by_title(list_json(tmp_path, capsys, posts))
    # the speaker is named only in the first paragraph
    assert items["Variables all the way down"]["speakers"] == ["Tomás Ferreira"]
    assert items["디자인 토큰 이름 짓기"]["speakers"] == ["이수민"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Tomás Ferreira's talk on Wednesday afternoon at Config was the one I came for.",
            "Tomás Ferreira",
        ),
        ("Der Vortrag von Oleg Petrov am Samstagnachmittag war das Highlight.", "Oleg Petrov"),
        (
            "Second day of Config, Thursday morning, Kenji Morita on why our prototypes lie.",
            "Kenji Morita",
        ),
    ],
)
def test_a_slide_posts_first_paragraph_names_its_speaker(opening: str, speaker: str) -> None:
    assert mentioned_speakers(opening) == [speaker]


SCRAP = """\
# PyCon US 2025 参加スクラップ

kenta_m
2025/05/16

Priya Raman さんの基調講演。メンテナンスは毎日出荷する機能。

kenta_m
2025/05/17

Ana Souza さんのフリースレッド Python の発表。スループットが 2.8 倍。

kenta_m
2025/05/17

夜はラーメン屋へ。並んだ。
"""


def test_a_scraps_comments_are_talks_on_their_own_dates_by_their_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"scrap/memo.md": SCRAP})
    where = item_of_line(data)
    keynote = where[line_of(SCRAP, "kenta_m")]
    free = where[line_of(SCRAP, "Ana Souza") - 3]
    assert keynote is not None and free is not None and keynote != free
    items = items_by_title(data)
    assert items[keynote]["speakers"] == ["Priya Raman"]
    assert (items[keynote]["date"], items[free]["date"]) == ("2025-05-16", "2025-05-17")
    assert items[free]["authors"] == ["kenta_m"]
    assert where[line_of(SCRAP, "夜は") - 3] is None


POST = """\
김하늘
8월 23일 오후 7:42 · 🌐

FEConf 2025 다녀왔습니다! 올해도 사람이 많았네요.

제일 좋았던 건 이수민 님의 디자인 토큰 이름 짓기 발표였어요. 용도로 이름을 짓자는 이야기.

부스는 토스 부스가 제일 붐볐어요. 퀴즈 풀고 키링 받았음.

👍❤️ 58 · 댓글 6개 · 공유 2회

박서준
토큰 세 단계 그림 저도 찍었어요!
좋아요 · 답글 달기 · 1일
"""


def test_a_social_posts_paragraphs_are_its_talk_and_booth_and_comments_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"social/post.md": POST})
    where = item_of_line(data)
    talk = where[line_of(POST, "제일 좋았던")]
    assert talk == "디자인 토큰 이름 짓기"
    items = items_by_title(data)
    assert items[talk]["speakers"] == ["이수민"]
    assert items[talk]["authors"] == ["김하늘"]  # the post's writer, not the file's name
    assert where[line_of(POST, "부스는")] == "토스"
    assert items["토스"]["kind"] == "booth"
    assert where[line_of(POST, "👍")] is None  # the reactions and the comments under them


def test_show_notes_without_a_transcript_give_a_talk_per_chapter_naming_one() -> None:
    body = (
        "Jo and Sam recap Config 2024.\n\n## Chapters\n\n- 00:00 Intro\n"
        "- 04:12 The opening keynote (Maya Lindgren)\n"
        "- 18:40 Tomás Ferreira on variables and 14 brands\n- 44:20 Listener questions\n"
    )
    parts = podcast_parts(body) or []
    assert [(p.title, p.speakers, p.start) for p in parts] == [
        ("The opening keynote", ("Maya Lindgren",), 5),
        ("Tomás Ferreira on variables and 14 brands", ("Tomás Ferreira",), 6),
    ]
    # stamps that do not start at 00:00 are no episode's chapters (a day's timetable)
    assert podcast_parts(body.replace("00:00 Intro", "09:00 Doors")) is None


def test_check_says_an_episode_names_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    # an episode about a conference none of whose chapters is a talk: its travel, its food
    trip = OFF_TOPIC_EPISODE.replace(
        "No conference this time, just burnout.", "Our trip to PyCon US 2025."
    )
    (notes / "ep-42.md").write_text(trip, encoding="utf-8")
    capsys.readouterr()
    cli.main(["check", "--notes", str(notes)])
    out = capsys.readouterr().out
    assert "ep-42.md" in out
    assert "a podcast episode none of whose chapters names a talk" in out


def test_a_transcript_naming_its_speaker_before_the_stamp_is_read_too() -> None:
    body = (
        "## Chapters\n\n- 00:00 Intro\n- 04:12 The opening keynote (Maya Lindgren)\n"
        "- 18:40 Tomás Ferreira on variables\n- 30:00 Wrap-up\n\n## Transcript\n\n"
        "**Jo (00:00):** Welcome back.\n\n**Sam (04:12):** The opening keynote.\n\n"
        "**Jo (05:00):** The canvas is the runtime.\n\n**Sam (18:40):** Tomás Ferreira now.\n\n"
        "**Jo (20:00):** Fourteen brands.\n\n**Sam (30:00):** Bye.\n"
    )
    parts = podcast_parts(body) or []
    assert [(p.title, body.split("\n")[p.start][:12]) for p in parts] == [
        ("The opening keynote", "**Sam (04:12"),
        ("Tomás Ferreira on variables", "**Sam (18:40"),
    ]


def test_a_note_saying_there_was_no_conference_names_no_event() -> None:
    assert event_phrases("No conference this time — just a question we get every week") == ()
    assert event_phrases("No Fluff Just Stuff 2024 notes") == ("No Fluff Just Stuff 2024",)


@pytest.mark.parametrize(
    ("comment", "talk"),
    [
        (
            '"The design critique is dead" by Hannah Brooks was the best thing I saw.',
            ("The design critique is dead", ("Hannah Brooks",)),
        ),
        ("Loved the keynote by Maya Lindgren, the canvas stuff", ("Keynote", ("Maya Lindgren",))),
        ("Anyone catch the Dev Mode talk (Seoyeon Kim)?", ("Dev Mode", ("Seoyeon Kim",))),
        ('I said "wow" at lunch, then went home', None),
    ],
)
def test_a_top_level_comment_names_a_talk_in_the_ways_people_write(
    comment: str, talk: tuple[str, tuple[str, ...]] | None
) -> None:
    assert comment_talk(comment) == talk
