"""Chat exports whose messages carry their own date (issue 14): DiscordChatExporter's text,
WhatsApp, Telegram and KakaoTalk's phone export. A message naming a talk by its quoted title
and speaker, or by its kind and speaker ("charla de Name sobre …"), opens that talk; the
messages after it stay with it until one is about something else; each message's day comes
from its stamp, read in the order the whole export writes its dates."""

from __future__ import annotations

import pytest

from summit_tui.corpus.chat_cues import chat_break, named_talk
from summit_tui.corpus.chat_export import chat_parts
from summit_tui.corpus.chat_lines import chat_name, date_order, opens_message

DISCORD = """\
==============================================================
Guild: JVM Nerds
Channel: Conferences / devoxx
Topic: Live notes welcome
==============================================================

[10/8/2024 8:47 PM] kpeeters
landed, see you tomorrow

[10/9/2024 9:34 AM] marta.dev
opening keynote starting: "Java in 2030", Priya Raman
{Reactions}
☕ (9)

[10/9/2024 9:50 AM] kpeeters
value classes are really coming

[10/9/2024 10:31 AM] jonas_w
anyone got a charger? room 8 has zero sockets

[10/9/2024 10:33 AM] kpeeters
info desk has some

[10/10/2024 11:40 AM] kpeeters
now on stage: Tomás Herrera, "Virtual threads in production"
pinned carrier threads

==============================================================
Exported 6 message(s)
==============================================================
"""

WHATSAPP = """\
09/10/2024, 07:58 - Lucía Gómez creó el grupo "Devoxx 2024"
09/10/2024, 08:40 - Pablo Ruiz: ¿Ya estáis dentro?
09/10/2024, 09:36 - Lucía Gómez: Empieza la keynote de Priya Raman, "Java in 2030"
09/10/2024, 09:44 - Pablo Ruiz: Valhalla por fin
09/10/2024, 10:40 - Pablo Ruiz: voy a por café, ¿queréis algo?
10/10/2024, 14:02 - Lucía Gómez: Ahora: charla de Anke Visser sobre Quarkus nativo en Lambda
10/10/2024, 14:10 - Lucía Gómez: arranque en frío de 3,1 s a 180 ms
"""

TELEGRAM = """\
[18.06.2024 09:33] Felix Braun:
Keynote läuft: "Ten years of Go at scale", Marit Olsen
[18.06.2024 09:41] Jana Becker:
die Folie mit den Iteratoren war gut
[18.06.2024 12:30] Felix Braun:
Mittagessen? Die Schlange ist kürzer im zweiten Stock
"""

KAKAO_PHONE = """\
파이콘 같이가요 님과 카카오톡 대화
저장한 날짜 : 2024. 10. 28. 오후 9:02

--------------- 2024년 10월 26일 토요일 ---------------
2024년 10월 26일 오전 9:12, 윤서진 : 다들 어디쯤이세요
2024년 10월 26일 오전 10:03, 윤서진 : 지금 키노트 시작합니다 - 이수진님 '파이썬과 함께한 10년'
2024년 10월 26일 오전 10:11, 정다은 : 커뮤니티가 처음엔 스무 명이었다고
2024년 10월 26일 오전 10:52, 한도윤 : 저 부스 쪽 돌고 있어요
"""


def _talks(body: str) -> list[tuple[str, tuple[str, ...], str | None, str | None, int]]:
    parts = chat_parts(body)
    assert parts is not None
    return [(p.title, p.speakers, p.day, p.author, p.start + 1) for p in parts]


def test_a_discord_export_gives_its_talks_on_the_days_of_their_stamps() -> None:
    assert _talks(DISCORD) == [
        ("Java in 2030", ("Priya Raman",), "2024-10-09", "marta.dev", 10),
        ("Java in 2030", ("Priya Raman",), "2024-10-09", "kpeeters", 15),
        ("Virtual threads in production", ("Tomás Herrera",), "2024-10-10", "kpeeters", 24),
    ]  # the banner, the evening before and the charger are no talk


def test_whatsapp_telegram_and_kakaotalk_exports() -> None:
    assert _talks(WHATSAPP) == [
        ("Java in 2030", ("Priya Raman",), "2024-10-09", "Lucía Gómez", 3),
        ("Java in 2030", ("Priya Raman",), "2024-10-09", "Pablo Ruiz", 4),
        ("Quarkus nativo en Lambda", ("Anke Visser",), "2024-10-10", "Lucía Gómez", 6),
    ]  # the group's creation quotes its name but names no talk; coffee ends the keynote
    assert _talks(TELEGRAM) == [
        ("Ten years of Go at scale", ("Marit Olsen",), "2024-06-18", "Felix Braun", 1),
        ("Ten years of Go at scale", ("Marit Olsen",), "2024-06-18", "Jana Becker", 3),
    ]
    assert _talks(KAKAO_PHONE) == [
        ("파이썬과 함께한 10년", ("이수진",), "2024-10-26", "윤서진", 6),
        ("파이썬과 함께한 10년", ("이수진",), "2024-10-26", "정다은", 7),
    ]  # the booth floor is something else


LINE = """\
[LINE] PyCon JP 2024 行く人のトーク履歴
保存日時：2024/09/29 21:03

2024/09/27(金)
09:41\t田中 健\tおはようございます！
10:02\t田中 健\t今から基調講演、高橋由美さんの「Pythonと歩んだ20年」
10:09\t鈴木 花子\t最初のPyCon JPは参加者200人だったらしい
12:20\t田中 健\tお昼どうします？
"""


def test_a_line_history_gives_its_talks_on_its_day_lines_days() -> None:
    assert _talks(LINE) == [
        ("Pythonと歩んだ20年", ("高橋由美",), "2024-09-27", "田中 健", 6),
        ("Pythonと歩んだ20年", ("高橋由美",), "2024-09-27", "鈴木 花子", 7),
    ]  # lunch is something else


@pytest.mark.parametrize(
    ("dates", "twelve", "order"),
    [
        (["10/8/2024", "10/9/2024"], True, "mdy"),  # an AM/PM clock: month first
        (["09/10/2024", "10/10/2024"], False, "dmy"),  # a 24-hour clock: day first
        (["10/9/2024", "10/13/2024"], False, "mdy"),  # 13 can only be a day
        (["13/9/2024"], True, "dmy"),
        (["18.06.2024"], False, "dmy"),
        (["2024-10-26"], True, "ymd"),
    ],
)
def test_the_order_of_a_chats_dates(dates: list[str], twelve: bool, order: str) -> None:
    assert date_order(dates, twelve) == order


@pytest.mark.parametrize(
    ("line", "talk"),
    [
        ('agora Pavel Lindqvist, "Async closures"', ("Async closures", ("Pavel Lindqvist",))),
        ('MARIANA COUTO NO PALCO 🇧🇷 "Shipping Rust"', ("Shipping Rust", ("Mariana Couto",))),
        ('Sam Reyes: "Errors are values" 😂', ("Errors are values", ("Sam Reyes",))),
        ('Jetzt Lukas Hartmann mit "PGO at work"', ("PGO at work", ("Lukas Hartmann",))),
        ('Tag 2. Vortrag von Aylin Demir über slog, "Logs"', ("Logs", ("Aylin Demir",))),
        ("101호에서 지금 박정훈님 발표 듣는 중 \"FastAPI\"", ("FastAPI", ("박정훈",))),
        ("palestra da Beatriz Lima sobre Polars no palco principal", ("Polars", ("Beatriz Lima",))),
        ("Ana Souza falando sobre observabilidade agora", ("observabilidade", ("Ana Souza",))),
        ("Jetzt spricht Jonas Keller über Wasm", ("Wasm", ("Jonas Keller",))),
        ("次は佐藤美咲さんの発表「SwiftUIの今」", ("SwiftUIの今", ("佐藤美咲",))),
        ("we talked about lunch with Ana Souza", None),
        ('a parte das editions foi boa. "edition é um contrato"', None),
        ('Priya said she never liked "string templates" in the first shape, honestly', None),
        ("eu perdi essa, fiquei na fila do café", None),
    ],
)  # fmt: skip
def test_what_names_a_talk(line: str, talk: tuple[str, tuple[str, ...]] | None) -> None:
    assert named_talk(line) == talk


@pytest.mark.parametrize(
    ("line", "elsewhere"),
    [
        ("almoço? o que tão servindo aí", True),
        ("grabbing coffee, want one?", True),
        ("Kaffeepause, bin am Stand von Grafana", True),
        ("eu perdi essa, fiquei na fila do café ☕ alguém tem o slide do AsyncFnMut?", False),
        ("value classes are really coming", False),
        ("they train on 2 TB of logs, flight data too", False),
    ],
)
def test_what_a_talk_ends_on(line: str, elsewhere: bool) -> None:
    assert chat_break(line) is elsewhere


def test_stamped_lines_open_messages() -> None:
    assert opens_message("[23/10/24, 09:30:11] Rafael Souza: começou a keynote")
    assert opens_message("09/10/2024, 09:36 - Lucía Gómez: Empieza la keynote")
    assert opens_message("2024년 10월 26일 오전 10:03, 윤서진 : 지금 키노트 시작합니다")
    assert not opens_message("2024 was a good year - we shipped, a lot")


@pytest.mark.parametrize(
    ("body", "stem", "name"),
    [
        (DISCORD, "devoxx", "Devoxx 2024"),  # "Channel: Conferences / devoxx", sent in 2024
        (WHATSAPP, "Chat de WhatsApp con Devoxx Belgium 🇪🇸", "Devoxx Belgium 🇪🇸 2024"),
        (WHATSAPP, "WhatsApp Chat with RustConf 2024", "RustConf 2024"),
        (WHATSAPP, "devoxx-notes", None),  # a note named by its writer: no chat's name
        ("# Devoxx\n\nChannel: x\n", "notes", None),
    ],
)
def test_a_chat_export_is_named_after_its_channel_with_its_messages_year(
    body: str, stem: str, name: str | None
) -> None:
    assert chat_name(body, stem) == name
