"""Mastodon, Bluesky and X threads saved as Markdown: each post opened by its writer's handle,
with a counter, a time stamp and the boosts and likes around its text. A thread whose first
post names a talk is that talk; a day's thread has a post per talk, each holding the posts
after it until a break or the thread's closing post; the frames of the posts are no text in
compare."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import entry, item_of_line, items_by_title, line_of, list_json
from summit_tui.compare.align import align_entries
from summit_tui.corpus.social_thread import post_talk, social_parts, thread_posts

MASTODON = """\
# keynote thread

Lena Fischer
@lena@hachyderm.io

1/4 Opening keynote at #PyConKR 2024: "Python at ten million requests a second" by Park Jiwon 🧵

Oct 26, 2024, 10:04 · 🌐 Web
↻ 6 ☆ 31

---

Lena Fischer
@lena@hachyderm.io

2/4 p99 went from 180 ms to 41 ms after they moved serialisation to msgspec.

Oct 26, 2024, 10:15
↻ 9 ☆ 44

---

Lena Fischer
@lena@hachyderm.io

3/4 Every service gets a flame graph in CI.

Oct 26, 2024, 10:21
☆ 27

---

Lena Fischer
@lena@hachyderm.io

4/4 Off to find coffee ☕ #PyConKR2024

Oct 26, 2024, 10:36
☆ 9
"""

BLUESKY_DAY = """\
# 파이콘 한국 2024 1일차 스레드

지호 @jiho.bsky.social
🧵 1/ 파이콘 한국 2024 첫날! 오늘 들은 세션 하나씩 정리해볼게요 #PyConKR
2024년 10월 26일 오전 9:48
💬 2  🔁 3  ❤️ 15

지호 @jiho.bsky.social
2/ 키노트: Python at ten million requests a second (박지원님)
p99 180ms → 41ms (msgspec으로 직렬화 바꿈)
2024년 10월 26일 오전 10:41
🔁 4  ❤️ 22

지호 @jiho.bsky.social
3/ PR마다 CI에서 플레임그래프를 뽑는다고
2024년 10월 26일 오전 10:44
❤️ 9

지호 @jiho.bsky.social
4/ 점심은 근처 칼국수
2024년 10월 26일 오후 1:05
❤️ 6

지호 @jiho.bsky.social
5/ 오후엔 uv로 패키지 관리 갈아타기 (이도현님)
lock 파일 생성이 40초 → 2초
2024년 10월 26일 오후 2:52
❤️ 31

지호 @jiho.bsky.social
6/6 오늘은 여기까지! #파이콘한국2024
2024년 10월 26일 오후 6:20
❤️ 11
"""

X_TRAVEL = """\
소라 @sora_dev

(1/3) 수원 도착, 호텔 체크인 완료

오후 4:02 · 2024년 10월 25일 · 조회수 120회

마음에 들어요 3

소라 @sora_dev

(2/3) 저녁은 닭갈비

오후 7:12 · 2024년 10월 25일

마음에 들어요 5

소라 @sora_dev

(3/3) 내일 배지 수령은 9시부터

오후 11:00 · 2024년 10월 25일

마음에 들어요 1
"""


def test_a_thread_whose_first_post_names_a_talk_is_that_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"mastodon/keynote.md": MASTODON})
    assert data["unsorted"] == []
    (item,) = items_by_title(data).values()
    assert item["title"] == "Python at ten million requests a second"
    assert item["speakers"] == ["Park Jiwon"]
    assert item["date"] == "2024-10-26"
    assert [e["author"] for e in item["entries"]] == ["Lena Fischer"]


def test_a_days_thread_gives_a_talk_per_post_naming_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"bluesky/day1.md": BLUESKY_DAY})
    items = items_by_title(data)
    lines = item_of_line(data)
    keynote = "Python at ten million requests a second"
    assert items[keynote]["speakers"] == ["박지원"] and items[keynote]["date"] == "2024-10-26"
    assert {e["author"] for e in items[keynote]["entries"]} == {"지호"}
    uv = next(title for title in items if title.startswith("uv로"))
    assert lines[line_of(BLUESKY_DAY, "2/ 키노트") - 1] == keynote  # from the post's header
    # the opening post, lunch and the closing post are no talk; the keynote's next post is it
    text = BLUESKY_DAY.split("\n")
    first = {n: lines.get(n) for n in range(1, len(text) + 1) if n in lines}
    assert first[1] is None  # the title and the opening post
    assert first[line_of(BLUESKY_DAY, "5/ 오후엔") - 1] == uv
    assert first[line_of(BLUESKY_DAY, "4/ 점심") - 1] is None
    assert first[line_of(BLUESKY_DAY, "6/6") - 1] is None
    parts = social_parts(BLUESKY_DAY)
    assert parts is not None
    assert [(p.title, p.start + 1, p.end) for p in parts] == [
        (keynote + " (박지원님)", 8, 17),
        ("uv로 패키지 관리 갈아타기 (이도현님)", 24, 28),
    ]


def test_a_thread_about_no_talk_is_unsorted_by_its_writer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"x/travel.md": X_TRAVEL})
    assert data["events"] == [] or not items_by_title(data)
    assert [u["author"] for u in data["unsorted"]] == ["소라"]


def test_a_posts_frame_is_read_apart_from_its_text() -> None:
    posts = thread_posts(X_TRAVEL)
    assert posts is not None
    assert [(p.writer, p.handle, p.text, p.day) for p in posts] == [
        ("소라", "sora_dev", ("(1/3) 수원 도착, 호텔 체크인 완료",), "2024-10-25"),
        ("소라", "sora_dev", ("(2/3) 저녁은 닭갈비",), "2024-10-25"),
        ("소라", "sora_dev", ("(3/3) 내일 배지 수령은 9시부터",), "2024-10-25"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "# Team\n\n- @ana owns the build\n- @bob owns the docs\n- @cy owns releases\n",
        "cc @ana\n\ncc @bob\n\ncc @cy\n",  # three handles, none opening two posts
        "# Attendees\n\n| who | team |\n|---|---|\n| @ana | web |\n| @bob | app |\n| @cy | ops |\n",
    ],
)
def test_notes_that_name_people_by_handle_are_no_thread(body: str) -> None:
    assert social_parts(body) is None


@pytest.mark.parametrize(
    ("line", "talk"),
    [
        ('2/ Keynote: "Free-threaded Python in practice" by Maria Santos. She ported …',
         ("Free-threaded Python in practice", ("Maria Santos",))),
        ("FastAPI 대규모 운영기 (김민지님) 세션 듣는 중, 스레드로 정리해봄 🧵 (1/5) #PyConKR2024",
         ("FastAPI 대규모 운영기 (김민지님)", ("김민지",))),
        ("uv로 패키지 관리 갈아타기 - 이도현님 발표 🧵 1/4 #PyConKR2024 #uv",
         ("uv로 패키지 관리 갈아타기", ("이도현",))),
        ("4/ 두 번째로 들은 건 FastAPI 대규모 운영기 (김민지님)",
         ("FastAPI 대규모 운영기 (김민지님)", ("김민지",))),
        ("5/ 점심은 근처 칼국수. 줄이 너무 길어서 30분 기다림", None),
        ("7/7 오늘은 여기까지! 내일은 no-GIL 키노트 기대 중 #파이콘한국2024", None),
        ("1/4 Landed at Incheon for #PyConKR! Took the airport bus to Suwon.", None),
    ],
)  # fmt: skip
def test_what_names_a_talk_in_a_post(line: str, talk: tuple[str, tuple[str, ...]] | None) -> None:
    assert post_talk(line) == talk


def test_compare_reads_a_posts_text_without_its_frame() -> None:
    lena = entry(MASTODON, start=1, note="lena.md", author="Lena Fischer", title="Keynote")
    jiho = entry(
        "\n".join(BLUESKY_DAY.split("\n")[6:19]),
        start=7,
        note="jiho.md",
        author="지호",
        title="Keynote",
    )
    alignment = align_entries("keynote", [lena, jiho])
    column = alignment.column("Lena Fischer")
    assert column is not None
    texts = [p.text for p in column.passages]
    assert not any("@lena" in t or "↻" in t or "☆" in t or "Oct 26, 2024" in t for t in texts)
    assert not any(t.startswith(("1/4", "2/4", "3/4")) for t in texts)
    named = [p for p in column.passages if p.aside]
    assert [p.text[:16] for p in named] == ["Opening keynote "]  # naming the talk: context
    p99 = next(p for p in column.passages if p.text.startswith("p99 went"))
    assert p99.is_point and p99.coverage == 1  # meets 지호's "p99 180ms → 41ms"
    korean = alignment.column("지호")
    assert korean is not None
    assert not any("❤️" in p.text or "@jiho" in p.text for p in korean.passages)


def test_each_post_is_one_passage_read_without_its_frame() -> None:
    from summit_tui.corpus.passages import split_passages

    passages = split_passages(entry(MASTODON, start=1, note="lena.md"))
    posts = [p for p in passages if p.kind == "paragraph"]
    # the writer's two lines, the text, the time stamp and the counts: one passage a post
    assert [(p.start_line, p.end_line) for p in posts] == [(3, 9), (13, 19), (23, 29), (33, 39)]
    assert (
        posts[1].plain
        == "2/4 p99 went from 180 ms to 41 ms after they moved serialisation to msgspec."
    )
    assert passages == split_passages(entry(MASTODON, start=1, note="lena.md"), fast=False)
    bluesky = split_passages(entry(BLUESKY_DAY, start=1, note="jiho.md"))
    assert (
        bluesky[3].plain == "3/ PR마다 CI에서 플레임그래프를 뽑는다고"
    )  # no handle, stamp or counts
    assert (bluesky[3].start_line, bluesky[3].end_line) == (14, 17)


ONLY_TAGS = """\
Lena Fischer
@lena@hachyderm.io

1/3 "Migrating 2 million lines to K2" by Lena Vogt, live notes 🧵 #KotlinConf #KotlinConf2024

May 23, 2024, 09:31
↻ 3 ☆ 12

---

Lena Fischer
@lena@hachyderm.io

2/3 module by module behind a compiler flag, took 5 months

May 23, 2024, 09:40
☆ 8

---

Lena Fischer
@lena@hachyderm.io

3/3 fix the warnings before flipping to K2 #KotlinConf

May 23, 2024, 09:52
12 likes
"""


def test_a_threads_hashtags_name_its_event_and_its_counters_are_no_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"threads/k2.md": ONLY_TAGS})
    (event,) = data["events"]
    assert event["title"] == "KotlinConf 2024"  # not "#KotlinConf #KotlinConf 2024"
    # "1/3" is the post's counter, not the 3rd of January: the talk's day is its first
    (day,) = event["days"]
    assert day["label"] == "Day 1 · 2024-05-23"


def test_hashtags_are_names_each_without_their_mark() -> None:
    from summit_tui.corpus.event_names import event_phrases

    assert event_phrases("#KotlinConf #KotlinConf2024") == ("KotlinConf", "KotlinConf 2024")
    assert event_phrases("Opening keynote at #PyConKR 2024 in Suwon") == ("PyConKR 2024",)
    assert event_phrases("#conf-우아콘2024") == ("우아콘 2024",)  # a channel's name stays


UNROLLED = """\
# @sora_dev 님의 스레드 (Thread Reader 저장)

파이콘 한국 2024 둘째 날 실황 스레드 🧵 #PyConKR2024

1/ 키노트: Free-threaded Python in practice (Maria Santos)
스레드 8개로 늘려도 3.4배 → 메모리 대역폭이 병목

2/ 단일 스레드 성능은 8% 정도 손해

3/ 점심 먹으러 감 🍜

4/ pandas에서 Polars로 - 재무팀을 깨뜨리지 않고 옮기기 (정하늘님)
두 달간 매일 밤 결과 diff

5/5 오늘 끝. 다들 수고하셨습니다
"""


def test_an_unrolled_thread_is_read_by_its_counters_and_its_titles_handle() -> None:
    posts = thread_posts(UNROLLED)
    assert posts is not None
    assert [(p.writer, p.start + 1, p.text[0][:4]) for p in posts] == [
        ("sora_dev", 5, "1/ 키"),
        ("sora_dev", 8, "2/ 단"),
        ("sora_dev", 10, "3/ 점"),
        ("sora_dev", 12, "4/ p"),
        ("sora_dev", 15, "5/5 "),
    ]
    parts = social_parts(UNROLLED)
    assert parts is not None
    assert [(p.title, p.start + 1, p.end, p.author) for p in parts] == [
        ("Free-threaded Python in practice (Maria Santos)", 5, 8, "sora_dev"),
        ("pandas에서 Polars로 - 재무팀을 깨뜨리지 않고 옮기기 (정하늘님)", 12, 13, "sora_dev"),
    ]  # the line before the first post, lunch and the closing post are no talk


@pytest.mark.parametrize(
    "body",
    [
        "# Recipe\n\n1/2 cup of flour\n\n2/3 of the butter\n\n3/4 of the sugar\n",  # no count up
        "# Notes\n\n1/ first point\n2/ second point\n3/ third\n",  # one paragraph, no posts
    ],
)
def test_fractions_and_numbered_lines_are_no_unrolled_thread(body: str) -> None:
    assert thread_posts(body) is None


def test_compare_keeps_what_a_naming_post_says_after_the_talks_name() -> None:
    post = (
        "**Lena Fischer** @lena@hachyderm.io · Oct 27, 2024, 10:48\n\n"
        '2/ Keynote: "Free-threaded Python in practice" by Maria Santos. She ported an image '
        "pipeline to the no-GIL build.\n\n↻ 11 · ☆ 52\n"
    )
    other = entry("- she ported an image pipeline to the no-GIL build\n", note="b.md", author="Bo")
    alignment = align_entries("talk", [entry(post, note="a.md", author="Ann"), other])
    column = alignment.column("Ann")
    assert column is not None
    assert [(p.kind, p.text) for p in column.passages] == [
        ("fact", 'Keynote: "Free-threaded Python in practice" by Maria Santos.'),
        ("paragraph", "She ported an image pipeline to the no-GIL build."),
    ]


LABELLED = """\
# Thread by @rhea@fosstodon.org

Saved from fosstodon.org · 9 posts

---

**1/** At #PyConUS 2025, threading the talks I get to. 🧵
*May 16, 2025, 8:41 AM*

**2/** Opening keynote: thirty years of Python and where the community goes next.
*May 16, 2025, 9:37 AM*

**3/** She said most maintainers never asked to be maintainers.
*May 16, 2025, 9:58 AM*

**4/** Break, hallway track.
*May 16, 2025, 10:30 AM*

**5/** Free-threaded Python in practice (Marta Kowalski, Li Wei): the 3.13t build runs the suite.
*May 16, 2025, 11:12 AM*

**6/** Free-threaded Python in practice: pin your C deps first.
*May 16, 2025, 11:31 AM*

**7/** Done for day one. 🎉
*May 16, 2025, 6:10 PM*

**8/** 키노트: 도서관에서 아이들에게 파이썬을 가르치는 이야기.
*2025년 5월 17일 오전 9:35*

**9/** That's a wrap! /end
*May 17, 2025, 5:40 PM*
"""


def test_a_saved_threads_posts_are_talks_by_their_leading_labels_and_stamps_give_the_day() -> None:
    posts = thread_posts(LABELLED)
    assert posts is not None
    assert [p.day for p in posts][:2] == ["2025-05-16", "2025-05-16"]
    assert all("AM*" not in line and "PM*" not in line for p in posts for line in p.text)
    parts = social_parts(LABELLED)
    assert parts is not None
    assert [(p.title, p.speakers, p.start + 1, p.end, p.day) for p in parts] == [
        ("Opening keynote", (), 10, 14, "2025-05-16"),
        ("Free-threaded Python in practice", ("Marta Kowalski", "Li Wei"), 19, 23, "2025-05-16"),
        ("키노트", (), 28, 29, "2025-05-17"),
    ]  # the opening post, the break, "done for day one" and the closing post are no talk


def test_a_label_that_names_no_talk_once_is_no_talk() -> None:
    body = LABELLED.replace("Free-threaded Python in practice:", "Her advice:").replace(
        " (Marta Kowalski, Li Wei)", ""
    )
    parts = social_parts(body)
    assert parts is not None
    assert [p.title for p in parts] == ["Opening keynote", "키노트"]


def test_a_post_opening_on_a_booth_is_that_booth_and_a_quoted_title_keeps_its_speaker() -> None:
    body = (
        "# Thread by @tomasz@androiddev.social\n\n"
        '**1/** Started with "Compose performance, measured" (Julia Becker). Traces.\n'
        "*Jul 2, 2025, 10:12 AM*\n\n"
        "**2/** Coffee, then the hall. The JetBrains booth had Kotlin notebooks on a tablet.\n"
        "*Jul 2, 2025, 11:20 AM*\n\n"
        '**3/** After lunch, "Modularizing a big app" (Amir Haddad): 600 modules.\n'
        "*Jul 2, 2025, 2:15 PM*\n\n"
        "**4/** Talked to the speaker at the Google booth after the talk.\n"
        "*Jul 2, 2025, 2:50 PM*\n\n"
        "**5/** 토스 부스에서 룰렛 돌리고 텀블러 받음.\n"
        "*2025년 7월 2일 오후 3:05*\n\n"
        "**6/** That's it for today! /end\n"
        "*Jul 2, 2025, 6:00 PM*\n"
    )
    parts = social_parts(body)
    assert parts is not None
    assert [(p.kind.value, p.title, p.speakers, p.start + 1, p.end) for p in parts] == [
        ("session", "Compose performance, measured", ("Julia Becker",), 3, 4),
        ("booth", "JetBrains", (), 6, 7),
        ("session", "Modularizing a big app", ("Amir Haddad",), 9, 13),
        ("booth", "토스", (), 15, 16),
    ]  # a booth named further on in a sentence is a mention: the post stays in its talk
