"""What compare shows of a chat or channel message: never its header (a Telegram channel's
"**Channel** · 11:05", Slack's "**Dana** 10:04 AM", "[12:03] dana:", KakaoTalk's "[이름]
[오전 10:09]"), its hashtags or its views and reactions; the line naming its talk ("📌 Name —
«Title»") is context; each dash line is a point of its own, and a line the export wrapped
stays in its sentence."""

from __future__ import annotations

import pytest

import factories
from summit_tui.compare.align import align_entries
from summit_tui.corpus.model import Entry

TITLE = "Шардирование PostgreSQL без боли"


def entry(author: str, body: str) -> Entry:
    text = f"## {TITLE}\n\n{body}"
    return factories.entry(text, start=1, note=f"{author}.md", author=author, title=TITLE)


CHANNEL = (
    "**Бэкенд на костылях** · 11:05\n"
    "📌 Андрей Соколов — «Шардирование PostgreSQL без боли»\n"
    "— шардят по tenant_id, 64 логических шарда на 8 физических кластерах\n"
    "— главный совет: сначала научитесь переносить шард, потом шардируйте\n"
    "#highload2024 #postgres\n"
    "👁 3.4K · 🔥 51\n"
)
BLOG = entry(
    "kvs",
    "- Ключ шардирования — tenant_id, 64 логических шарда на 8 кластерах.\n"
    "- Сначала научитесь переносить шард, а уже потом шардируйте.\n",
)


def passages(alignment, author: str):
    column = alignment.column(author)
    assert column is not None
    return column.passages


def test_a_channel_posts_frame_is_not_shown_and_each_dash_line_is_a_point() -> None:
    alignment = align_entries("talk", [entry("channel", CHANNEL), BLOG])
    shown = [(p.kind, p.text, p.line) for p in passages(alignment, "channel")]
    assert shown[0] == ("fact", "📌 Андрей Соколов — «Шардирование PostgreSQL без боли»", 4)
    points = [p for p in passages(alignment, "channel") if p.is_point]
    assert [p.text for p in points] == [
        "шардят по tenant_id, 64 логических шарда на 8 физических кластерах",
        "главный совет: сначала научитесь переносить шард, потом шардируйте",
    ]
    assert [p.line for p in points] == [5, 6]
    assert all(p.coverage == 1 for p in points)
    texts = " ".join(p.text for p in passages(alignment, "channel"))
    assert "11:05" not in texts and "#highload2024" not in texts and "👁" not in texts


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("**Dana** 10:04 AM\nthey shard by tenant id, 64 logical shards", "they shard"),
        ("[12:03] dana: they shard by tenant id, 64 logical shards", "they shard"),
        ("[김도윤] [오전 10:09] tenant_id로 샤딩, 논리 샤드 64개", "tenant_id로"),
        ("> **박준영** 오후 2:25\n> tenant_id로 샤딩, 논리 샤드 64개", "tenant_id로"),
        # exports that stamp each message with its date, and Discord's marks under it
        ("09/10/2024, 09:44 - Lucía: they shard by tenant id, 64 logical shards", "they shard"),
        ("[23/10/24, 09:38:27] Rafa: they shard by tenant id, 64 logical shards", "they shard"),
        (
            "[10/9/2024 9:34 AM] dana\nthey shard by tenant id, 64 shards\n{Reactions}\n🦀 (6)",
            "they shard",
        ),
    ],
)
def test_a_chat_messages_header_is_not_shown_in_its_passage(message: str, said: str) -> None:
    alignment = align_entries("talk", [entry("chat", message + "\n"), BLOG])
    (only,) = passages(alignment, "chat")
    assert only.text.startswith(said)
    assert "Reactions" not in only.text and "(6)" not in only.text
    assert only.is_point


def test_a_line_the_export_wrapped_stays_in_its_sentence() -> None:
    message = (
        "**Backend Notes** 11:02\n"
        "Главная мысль: шардировать по ключу клиента, а не по времени. Перебалансировка — "
        "фоновыми\n"
        "задачами, с лимитом на скорость, иначе ляжет прод.\n"
        "👍 12 🔥 3\n"
    )
    alignment = align_entries("talk", [entry("chat", message), BLOG])
    texts = [p.text for p in passages(alignment, "chat")]
    assert texts == [
        "Главная мысль: шардировать по ключу клиента, а не по времени.",
        "Перебалансировка — фоновыми задачами, с лимитом на скорость, иначе ляжет прод.",
    ]
