"""Posts from Vietnamese, Indonesian and Japanese blogs (issue 14): intro, outro and lunch
sections ("Mở đầu", "Pembuka", "はじめに", "Makan siang & ngopi") are no talks; booths under
"Khu triển lãm" / "Pameran" / "ブース" are named by the booth a bullet names, and a remark among
them is no booth; a copied post header's lead paragraph names the event; a table of the talks
attended gives the sections titled by the talk alone their speakers; "Bởi …", "Oleh: …" and a
name over the post's date stamp name the writer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from factories import item_of_line, line_of, list_json


def _items(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        item["title"]: {**item, "event": event["title"], "date": day.get("date")}
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }


VIBLO_DAY = """\
# [PyCon APAC 2025] Ghi chép ngày 1 ở Manila

Bởi Lê Hoàng Nam · 5 tháng 3, 2025 · 7 phút đọc

## Mở đầu

PyCon APAC 2025 tổ chức ở Manila, hai ngày 1–2/3/2025. Bài này là ngày 1 (Thứ Bảy, 1/3/2025).

## Async Python không đau đầu – Kenji Watanabe

- Đừng gọi hàm blocking trong coroutine

## Ăn trưa

Cơm gà adobo, khá ngon.

## Khu triển lãm

- Gian hàng của JetBrains cho thử PyCharm bản mới, được tặng áo
- Mình nói chuyện khá lâu với mấy bạn Anaconda về conda-forge trên ARM
- Còn vài gian hàng tuyển dụng nữa nhưng mình không ghé

## Lời kết

Hẹn các bạn ở bài ngày 2!
"""


def test_vietnamese_intro_lunch_and_closing_are_no_talks_and_booth_bullets_are_their_booths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"viblo/ngay-1.md": VIBLO_DAY})
    titles = item_of_line(data)
    for heading in ("## Mở đầu", "## Ăn trưa", "## Lời kết", "- Còn vài"):
        assert titles[line_of(VIBLO_DAY, heading)] is None, heading
    items = _items(data)
    assert {t for t, i in items.items() if i["kind"] == "booth"} == {"JetBrains", "Anaconda"}
    assert titles[line_of(VIBLO_DAY, "- Mình nói")] == "Anaconda"
    talk = items["Async Python không đau đầu"]
    assert talk["date"] == "2025-03-01"
    assert talk["authors"] == ["Lê Hoàng Nam"]  # "Bởi Lê Hoàng Nam", not the file name


KOMPASIANA = """\
# Hari Kedua di PyCon APAC 2025

Oleh: Sari Wulandari

## Pembuka

Minggu, 2 Maret 2025 adalah hari kedua PyCon APAC 2025 di Manila.

## Data iklim terbuka untuk Asia Tenggara — Nguyễn Thị Lan

- Data dari 300 stasiun cuaca

## Makan siang & ngopi

Makan siangnya nasi dan ayam lagi.

## Pameran

- Booth JetBrains masih ramai seperti kemarin
- Stikernya sudah habis waktu saya datang

## Penutup

Sampai jumpa tahun depan!
"""


def test_indonesian_opening_lunch_and_expo_sections(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"hari-kedua.md": KOMPASIANA})
    titles = item_of_line(data)
    for heading in ("## Pembuka", "## Makan siang", "## Penutup", "- Stikernya"):
        assert titles[line_of(KOMPASIANA, heading)] is None, heading
    assert titles[line_of(KOMPASIANA, "- Booth JetBrains")] == "JetBrains"
    talk = _items(data)["Data iklim terbuka untuk Asia Tenggara"]
    assert talk["speakers"] == ["Nguyễn Thị Lan"]
    assert talk["authors"] == ["Sari Wulandari"]
    assert talk["date"] == "2025-03-02"


ZENN = """\
# PyCon APAC 2025 参加レポート

## はじめに

3月1日と2日にマニラで開催された PyCon APAC 2025 に参加してきました。

## 1日目（3月1日・土）

### Async Python without the headache（Kenji Watanabe さん）

- コルーチンの中でブロッキング関数を呼ばない

### ランチ

アドボ。

## おわりに

来年も参加したいです。
"""


def test_japanese_hajimeni_and_owarini_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"zenn.md": ZENN})
    titles = item_of_line(data)
    for heading in ("## はじめに", "### ランチ", "## おわりに"):
        assert titles[line_of(ZENN, heading)] is None, heading
    assert titles[line_of(ZENN, "### Async")] is not None


MEDIUM = """\
# Hypothesis untuk Pemula

[Rizky Hidayat](https://example.com/@rizkyhidayat)

Follow

4 min read · Mar 10, 2025

--

Listen

Share

Hari Minggu, 2 Maret 2025, di hari kedua PyCon APAC 2025 di Manila, saya menonton talk.

## Shrinking

Kalau gagal, Hypothesis mencari input terkecil.
"""


def test_a_copied_post_headers_lead_paragraph_names_the_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"medium.md": MEDIUM})
    events = {i["event"] for i in _items(data).values()}
    assert events == {"PyCon APAC 2025"}  # not an event named after the posting date


GIST = """\
# Two days in Manila

Talks I actually attended:

| Day | Title | Speaker |
| --- | --- | --- |
| Sat 1 Mar 2025 | Polars for pandas people | Nguyễn Minh Châu |
| Sun 2 Mar 2025 | Property-based testing with Hypothesis | Aditya Nugroho |

## Polars for pandas people

- the lazy API only runs on `collect()`

## Property-based testing with Hypothesis

- write properties, not examples

## Wrapping up

Would go again.
"""


def test_a_table_of_attended_talks_gives_the_sections_their_speakers_and_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = _items(list_json(tmp_path, capsys, {"gist.md": GIST}))
    assert items["Polars for pandas people"]["speakers"] == ["Nguyễn Minh Châu"]
    assert items["Polars for pandas people"]["date"] == "2025-03-01"
    hypothesis = items["Property-based testing with Hypothesis"]
    assert (hypothesis["speakers"], hypothesis["date"]) == (["Aditya Nugroho"], "2025-03-02")
    assert "Wrapping up" not in items


FACEBOOK = """\
Phạm Đức Anh
10 tháng 4 lúc 21:15 · 🌏

Ngày cuối DevFest Hanoi 2025 🎉 Sáng nay nghe anh Budi Santoso nói về Eclipse Theia.

Trưa ghé gian hàng Mozilla lần nữa, xin thêm sticker cho mấy đứa em ở công ty.
"""

VELOG = """\
# DevFest Hanoi 2025 다녀왔습니다

## Jetpack Compose 성능 튜닝 (Đỗ Văn Phúc)

- recomposition 횟수를 Layout Inspector로 먼저 확인

## Gemini API로 만드는 사내 챗봇 (Hoàng Thị Mai)

- 사내 문서를 임베딩해서 검색 후 답변
"""


def test_a_vietnamese_name_in_parentheses_is_the_speaker_not_a_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = _items(list_json(tmp_path, capsys, {"velog.md": VELOG}))
    assert items["Jetpack Compose 성능 튜닝"]["speakers"] == ["Đỗ Văn Phúc"]
    assert items["Gemini API로 만드는 사내 챗봇"]["speakers"] == ["Hoàng Thị Mai"]


def test_a_name_over_a_post_stamp_is_the_writer_and_a_line_at_a_booth_is_that_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"facebook/ngay-cuoi.md": FACEBOOK})
    authors = {e["author"] for e in data["unsorted"]} | {
        a for i in _items(data).values() for a in i["authors"]
    }
    assert authors == {"Phạm Đức Anh"}
    assert item_of_line(data)[line_of(FACEBOOK, "Trưa ghé")] == "Mozilla"


CRONICA = """\
# Crónica: PyCon APAC 2025 en Manila

Por Lucía Fernández · 10 de marzo de 2025

## Introducción

El sábado 1 de marzo de 2025 empezó PyCon APAC 2025 en Manila.

## Polars para gente de pandas — Nguyễn Minh Châu

- La API lazy no ejecuta nada hasta `collect()`

## Almuerzo

Arroz con pollo adobo.
"""

HATENA = """\
# DevFest Hanoi 2025 に参加しました

## はじめに

11月15日（土）の DevFest Hanoi 2025 に行ってきました。

## Gemini API で作る社内チャットボット（Hoàng Thị Mai さん）

- 社内ドキュメントを埋め込みで検索してから回答させる

## さいごに

来年も行きたいです。
"""


@pytest.mark.parametrize(
    ("text", "talk", "others"),
    [
        (CRONICA, "## Polars", ("## Introducción", "## Almuerzo")),
        (HATENA, "## Gemini", ("## はじめに", "## さいごに")),
    ],
)
def test_a_title_naming_only_its_event_and_city_is_no_talk_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, talk: str, others: tuple
) -> None:
    titles = item_of_line(list_json(tmp_path, capsys, {"post.md": text}))
    assert titles[line_of(text, talk)] is not None
    for heading in others:
        assert titles[line_of(text, heading)] is None, heading
