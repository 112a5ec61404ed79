"""A group chat's message saying a talk has started, in the words people type live, opens that
talk: its title without the kind of talk, the place or the cue, its speaker when named."""

from __future__ import annotations

import pytest

from summit_tui.corpus.chat_export import chat_parts
from summit_tui.corpus.chat_starts import started_talk


@pytest.mark.parametrize(
    ("line", "title", "speakers"),
    [
        ("Keynote starting now, we're in the overflow room at the Wynn", "Keynote", ()),
        ("keynote started, Peter Halvorsen on stage", "Keynote", ("Peter Halvorsen",)),
        ("Sanjay Kulkarni keynote starting", "Keynote", ("Sanjay Kulkarni",)),
        ("키노트 시작했어요", "키노트", ()),
        ("목요일 키노트 시작 - Sanjay Kulkarni", "키노트", ("Sanjay Kulkarni",)),
        (
            "STG301 Building a data lake on S3 Tables (Maya Lindqvist) starting, Mandalay Bay",
            "STG301 Building a data lake on S3 Tables",
            ("Maya Lindqvist",),
        ),
        (
            "Compose performance talk by Misaki Sato starting now (Japanese with English slides)",
            "Compose performance",
            ("Misaki Sato",),
        ),
        (
            "at AI Stage hall 2, the Gulf dialect speech recognition talk by Youssef Haddad "
            "starting now",
            "Gulf dialect speech recognition",
            ("Youssef Haddad",),
        ),
        ("Ryo YamadaさんのKMPのセッション始まります", "KMP", ("Ryo Yamada",)),
        (
            "Edge-to-edge on Android 15 (Hannah Schulz) 英語セッション開始",
            "Edge-to-edge on Android 15",
            ("Hannah Schulz",),
        ),
        ("Compose 성능 세션 시작 - 佐藤 美咲님", "Compose 성능", ("佐藤 美咲",)),
        ("KMP 세션 (Ryo Yamada) 듣는 중", "KMP", ("Ryo Yamada",)),
        (
            "الكلمة الافتتاحية بدأت: د. ليلى المنصوري عن الذكاء الاصطناعي السيادي",
            "الذكاء الاصطناعي السيادي",
            ("د. ليلى المنصوري",),
        ),
        (
            "Cybersecurity stage hall 4, Marcus Feld on quantum-safe crypto for banks",
            "quantum-safe crypto for banks",
            ("Marcus Feld",),
        ),
    ],
)
def test_a_start_said_in_words_names_the_talk(
    line: str, title: str, speakers: tuple[str, ...]
) -> None:
    assert started_talk(line) == (title, speakers)


@pytest.mark.parametrize(
    "line",
    [
        "the queue is starting to move",
        "lunch starting at 12",
        "we're starting to get hungry",
        "ok the workshop started",  # a kind alone, no keynote: which one is not said
        "Registration starts at 8",
        "The talk started late",
    ],
)
def test_other_starts_name_no_talk(line: str) -> None:
    assert started_talk(line) is None


def test_a_kakaotalk_phone_export_with_dotted_dates_is_a_chat() -> None:
    body = "\n".join(
        [
            "DroidKaigi 원정대 님과 카카오톡 대화",
            "저장한 날짜 : 2024. 9. 13. 오후 10:15",
            "",
            "2024. 9. 12. 목요일",
            "2024. 9. 12. 오전 9:40, 한승우 : 입장 완료!",
            "2024. 9. 12. 오전 11:02, 정지우 : Compose 성능 세션 시작 - 佐藤 美咲님",
            "2024. 9. 12. 오전 11:10, 정지우 : 리컴포지션 횟수부터 확인",
            "2024. 9. 12. 오전 11:34, 한승우 : 베이스라인 프로파일 효과 큰가요?",
        ]
    )
    parts = chat_parts(body)
    assert parts is not None
    assert [(p.title, p.author, p.day, p.start) for p in parts] == [
        ("Compose 성능", "정지우", "2024-09-12", 5),
        ("Compose 성능", "한승우", "2024-09-12", 7),
    ]


def test_sitting_in_a_talk_now_opens_it() -> None:
    body = "\n".join(
        [
            "[04/12/2024, 14:01:07] Marta: in the Aurora DSQL under the hood talk now",
            "[04/12/2024, 14:09:55] Marta: snapshot isolation only",
            "[04/12/2024, 14:40:02] Lukas: does that work for our order service?",
        ]
    )
    parts = chat_parts(body)
    assert parts is not None
    assert {p.title for p in parts} == {"Aurora DSQL under the hood"}
    assert [p.author for p in parts] == ["Marta", "Lukas"]


def test_a_telegram_copy_is_read_as_a_chat() -> None:
    """Telegram Desktop's "Copy selected as text": "Name, [12.09.2024 11:04]", the text under
    it, a blank line between messages."""
    body = "\n".join(
        [
            "# DroidKaigi 2024 — from the team Telegram",
            "",
            "Sota Kimura, [12.09.2024 10:02]",
            "badges done, the hall is packed already",
            "",
            "Hana Ito, [12.09.2024 14:24]",
            "KMP in production session starting, Ryo Yamada",
            "",
            "Hana Ito, [12.09.2024 14:39]",
            "shared 70% of the logic",
            "",
            "Sota Kimura, [12.09.2024 14:41]",
            "iOS build times?",
        ]
    )
    parts = chat_parts(body)
    assert parts is not None
    assert [(p.title, p.speakers, p.author, p.day, p.start) for p in parts] == [
        ("KMP in production", ("Ryo Yamada",), "Hana Ito", "2024-09-12", 5),
        ("KMP in production", ("Ryo Yamada",), "Sota Kimura", "2024-09-12", 11),
    ]


@pytest.mark.parametrize(
    ("line", "title", "speakers"),
    [
        ("Empieza la keynote, Ana Souza en el escenario principal", "Keynote", ("Ana Souza",)),
        ("La keynote commence, Claire Martin sur scène", "Keynote", ("Claire Martin",)),
        ("Keynote geht los", "Keynote", ()),
        (
            "Quarkus nativo en producción (Anke Visser) empieza ahora",
            "Quarkus nativo en producción",
            ("Anke Visser",),
        ),
    ],
)
def test_starts_in_other_languages(line: str, title: str, speakers: tuple[str, ...]) -> None:
    assert started_talk(line) == (title, speakers)


@pytest.mark.parametrize("line", ["el autobús ya arranca", "Der Einlass beginnt um 8"])
def test_other_starts_in_other_languages_name_no_talk(line: str) -> None:
    assert started_talk(line) is None
