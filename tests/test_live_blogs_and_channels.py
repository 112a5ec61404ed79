"""Live blogs (one post updated through the day, newest first), a channel's posts about one
talk each, and a diary's paragraphs naming a talk: each talk they cover is an entry on its
day, and nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.chat_export import posted_talk
from summit_tui.corpus.live_blog import live_parts
from summit_tui.corpus.talk_sentences import sentence_parts

LIVE_EN = """\
We're live from Apple Park all day. Newest updates at the top.

**Update 3:05 p.m. PT:** That's a wrap. Xcode 16 ships this fall.

**Update 2:01 p.m. PT:** The Platforms State of the Union is starting, Susan Prescott opens it.
Xcode 16 gets predictive code completion.

**Update 11:45 a.m. PT:** Keynote is over, Tim Cook signs off.

**Update 10:20 a.m. PT:** iOS 18: a home screen you can finally arrange.

**Update 10:02 a.m. PT:** Tim Cook is on stage, the WWDC keynote begins.

**Update 9:40 a.m. PT:** Seats are filling up, coffee is terrible.
"""


def test_a_live_blog_newest_first_gives_each_talk_its_updates_in_time_order() -> None:
    parts = live_parts(LIVE_EN, "WWDC 2024 live blog")
    assert parts is not None
    lines = LIVE_EN.split("\n")
    shown = [(p.title, p.start, p.end) for p in parts]
    assert [p.title for p in parts] == ["Platforms State of the Union", "WWDC keynote"]
    sotu, keynote = parts
    assert lines[sotu.start].startswith("**Update 3:05") and "2:01" in lines[sotu.end - 3]
    assert lines[keynote.start].startswith("**Update 11:45")
    # the update before the first talk begins is about no talk
    assert all("9:40" not in line for line in lines[keynote.start : keynote.end]), shown


def test_a_korean_live_blog_watched_at_night_is_on_the_events_own_day() -> None:
    body = (
        "현지 시간 10일 오전 10시 (한국 시간 11일 새벽 2시) 시작. 최신 내용이 위에 있어요!\n\n"
        "**[업데이트 03:56]** 키노트 종료.\n\n"
        "**[업데이트 02:20]** iOS 18 홈 화면\n\n"
        "**[업데이트 02:02]** 팀 쿡 등장, WWDC 키노트 시작!\n"
    )
    parts = live_parts(body, "WWDC 2024 키노트 실시간 정리")
    assert parts is not None and [p.title for p in parts] == ["WWDC 키노트"]
    assert parts[0].day == "mday:10:-1"  # the 10th of the event's days, not the 11th at home


def test_time_stamped_notes_that_are_no_live_blog_stay_as_they_are() -> None:
    # stamps in time order, no "update", no word of being live: a day's notes, read as usual
    body = "**09:00** coffee\n\n**10:00** the keynote begins\n\n**11:00** lunch\n"
    assert live_parts(body, "Tuesday") is None
    # a live blog whose updates name no talk beginning gives no talks
    assert (
        live_parts("**Update 1:00:** a\n\n**Update 2:00:** b\n\n**Update 3:00:** c\n", "x") is None
    )


@pytest.mark.parametrize(
    ("line", "talk"),
    [
        ("📌 Олег Бунин — «Шардирование без боли»", ("Шардирование без боли", ("Олег Бунин",))),
        ("🎤 «Очереди на Postgres» — Мария Ким", ("Очереди на Postgres", ("Мария Ким",))),
        ("Priya Nair: “Compose on iOS”", ("Compose on iOS", ("Priya Nair",))),
        ("Курс «Kubernetes для разработчиков» со скидкой 30%", None),  # an ad
        ("Переслано от DevOps Daily", None),
    ],
)
def test_a_channels_post_names_its_talk_by_a_speaker_and_a_quoted_title(
    line: str, talk: tuple[str, tuple[str, ...]] | None
) -> None:
    assert posted_talk([line]) == talk


def test_a_diary_paragraph_that_opens_by_naming_a_talk_is_that_talk() -> None:
    body = (
        "Утром доехал до Сколково.\n\n"
        "После обеда — «Очереди на Postgres: когда Kafka не нужна», Мария Ким. Надо попробовать.\n"
        "SKIP LOCKED вместо RabbitMQ.\n\n"
        "점심 먹고 「쿠버네티스 운영 자동화」 들음. 좋았다.\n\n"
        "Вечером читал «Мастер и Маргарита» в отеле.\n"
    )
    parts = sentence_parts(body)
    assert parts is not None
    assert [(p.title, p.speakers, p.start, p.end) for p in parts] == [
        ("Очереди на Postgres: когда Kafka не нужна", ("Мария Ким",), 2, 4),
        ("쿠버네티스 운영 자동화", (), 5, 6),
    ]  # a book read in the evening is no talk


CHANNEL = """\
# Backend Notes

## 2 декабря 2024

**Backend Notes** 09:48
Мы на HighLoad++ 2024 в Москве! Весь день пишем сюда 🚀
👍 34 🔥 5

**Backend Notes** 11:02
📌 Олег Бунин — «Шардирование без боли»
Шардировать по ключу клиента.
👍 12 🔥 3

**Backend Notes** 12:15
Переслано от DevOps Daily
Курс «Kubernetes для разработчиков» со скидкой 30%. Реклама.

## 3 декабря 2024

**Backend Notes** 10:20
📌 Антон Сорокин — «Наблюдаемость за 0 рублей»
OpenTelemetry + ClickHouse.
👍 19
"""


def test_a_channel_export_gives_a_talk_per_post_on_its_day_by_the_channel(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(
        tmp_path,
        capsys,
        {
            "ChatExport_2024-12-03/messages.md": CHANNEL,
            "daily/2024-12-02.md": (
                "# 2 декабря 2024\n\nРегистрация заняла полчаса.\n\n"
                "Первый доклад — «Шардирование без боли», Олег Бунин. Понравилось.\n"
            ),
        },
    )
    assert [e["title"] for e in data["events"]] == ["HighLoad++ 2024"]
    items = {
        item["title"]: (day["date"], sorted({entry["note"] for entry in item["entries"]}))
        for day in data["events"][0]["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert items == {
        "Шардирование без боли": (
            "2024-12-02",
            ["ChatExport_2024-12-03/messages.md", "daily/2024-12-02.md"],
        ),
        "Наблюдаемость за 0 рублей": ("2024-12-03", ["ChatExport_2024-12-03/messages.md"]),
    }


def test_a_bold_weekday_line_opens_a_day_and_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = (
        "---\ntitle: JSConf EU 2024 notes\nauthor: Lena Vogt\n---\n\n"
        "Two days in Berlin, June 13–14, 2024.\n\n**Thu**\n\n"
        "**Signals everywhere** (Ryan Carniato)\n- fine-grained reactivity\n\n"
        "**The state of Node.js** (Ruy Adorno)\n- permission model\n\n**Fri**\n\n"
        "**Bun in production** (Jarred Sumner)\n- install speed\n"
    )
    data = list_json(tmp_path, capsys, {"jsconf.md": note})
    days = {
        day["date"]: [item["title"] for track in day["tracks"] for item in track["items"]]
        for event in data["events"]
        for day in event["days"]
    }
    assert days == {
        "2024-06-13": ["Signals everywhere", "The state of Node.js"],
        "2024-06-14": ["Bun in production"],
    }


def test_a_live_blog_oldest_first_with_heading_stamps_next_up_cues_and_a_break() -> None:
    ko = (
        "# DEVIEW 2024 라이브 (실시간 업데이트)\n\n"
        "### 10:05\n키노트 시작! 하이퍼클로바X 얘기부터\n\n"
        "### 11:02\n다음 세션: 대규모 검색 인덱싱 발표 시작\n\n### 11:30\n색인 지연 1초 이하로\n\n"
        "### 12:10\n다음은 점심 시간\n"
    )
    parts = live_parts(ko, "DEVIEW 2024 라이브")
    assert parts is not None
    assert [(p.title, p.start, p.end) for p in parts] == [
        ("키노트", 2, 5),
        ("대규모 검색 인덱싱", 5, 11),  # lunch is no part of it
    ]
    en = (
        "Live from KubeCon! Oldest first.\n\n**9:00 a.m.** Doors open.\n\n"
        "**9:30 a.m.** Opening keynote starting now with Priya Nair.\n\n"
        "**10:15 a.m.** Next up: Karpenter at 10k nodes\n\n**10:50 a.m.** 14 clusters.\n"
    )
    parts = live_parts(en, "KubeCon live")
    assert parts is not None
    assert [p.title for p in parts] == ["Opening keynote", "Karpenter at 10k nodes"]


def test_time_headings_that_hold_their_talk_are_a_schedule_not_a_live_blog() -> None:
    body = (
        "### 10:00 Keynote: Python의 미래 (김민지)\n키노트 시작! 재밌다\n\n"
        "### 11:00 Talk: 타입 힌트 (이준호)\n발표 시작\n\n"
        "### 13:00 Session: asyncio (박서연)\n세션 시작\n"
    )
    assert live_parts(body, "PyCon KR 2024 라이브 코딩 세션 노트") is None


@pytest.mark.parametrize(
    ("opening", "booth"),
    [
        ("Зашёл на стенд ClickHouse — дают решать задачки на SQL.", "ClickHouse"),
        ("На стенде Яндекса раздавали худи.", "Яндекса"),
        ("Stopped by the Grafana booth, they showed the new alerting.", "Grafana"),
        ("당근 부스에서 이력서 첨삭을 받았다.", "당근"),
    ],
)
def test_a_channel_post_that_opens_at_a_booth_is_that_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], opening: str, booth: str
) -> None:
    post = f"**Backend Notes** 17:10\n{opening}\n👁 1.9K · 😁 22\n\n## 3 декабря 2024\n"
    data = list_json(
        tmp_path,
        capsys,
        {"ChatExport_2024-12-03/messages.md": CHANNEL.replace("## 3 декабря 2024\n", post)},
    )
    booths = [
        (item["title"], day["date"])
        for day in data["events"][0]["days"]
        for track in day["tracks"]
        for item in track["items"]
        if item["kind"] == "booth"
    ]
    assert booths == [(booth, "2024-12-02")]
    sessions = [
        item["title"]
        for day in data["events"][0]["days"]
        for track in day["tracks"]
        for item in track["items"]
        if item["kind"] == "session"
    ]  # the channel's talks are as they were
    assert sessions == ["Шардирование без боли", "Наблюдаемость за 0 рублей"]
