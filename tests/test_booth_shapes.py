"""Booths as people list them (issue 14): a page titled after the stands with "- **Name**: …"
bullets, "the GNOME stand" in a line after them, "### Por los stands" over paragraphs that name
a stand anywhere ("pasé por el stand de X", "Luego, en el de Y"), a Chinese "【展台】" heading over
"KDE：…" bullets, and Korean "- **Datadog 부스**: …" bullets under "### 엑스포 (오후)"."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, line_of, list_json
from summit_tui.corpus.heading_kinds import booth_in_section, booth_subject, without_booth_word


def _booths(data: dict) -> dict[str, int]:
    return {
        item["title"]: item["entries"][0]["line"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        if item["kind"] == "booth"
    }


STANDS_PAGE = """\
# Stands at PyCon DE 2025, Wednesday

Walked the hall between talks.

- **Sentry**: new session replay for backend errors, got socks.
- **JetBrains**: PyCharm AI demo, long queue.
- **Python Software Foundation**: membership drive.

Also: the Anaconda stand ran out of stickers by ten.

Lunch: pretzels again.
"""


def test_a_stands_page_gives_a_booth_per_bullet_and_per_stand_named_after_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    booths = _booths(list_json(tmp_path, capsys, {"stands.md": STANDS_PAGE}))
    text = STANDS_PAGE
    assert booths == {
        "Sentry": line_of(text, "- **Sentry"),
        "JetBrains": line_of(text, "- **JetBrains"),
        "Python Software Foundation": line_of(text, "- **Python"),
        "Anaconda": line_of(text, "Also:"),
    }


SPANISH = """\
---
title: "Crónica de PyConES 2025"
date: 2025-10-20
---

El 17 de octubre estuve en PyConES 2025.

## Viernes 17 de octubre

### Tipado gradual en Django — Lucía Pérez

Muy buena charla.

### Por los stands

En la planta baja pasé por el stand de Kiwi.com, donde regalaban camisetas.

Luego, en el de Ohm Labs, me enseñaron su nuevo SDK.

## Conclusiones

Volveré.
"""


def test_spanish_stands_named_anywhere_in_a_paragraph_under_a_stands_heading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"cronica.md": SPANISH})
    booths = _booths(data)
    assert booths == {
        "Kiwi.com": line_of(SPANISH, "En la planta"),
        "Ohm Labs": line_of(SPANISH, "Luego"),
    }
    titles = item_of_line(data)
    assert titles[line_of(SPANISH, "### Por los")] is None  # the heading names no booth
    assert titles[line_of(SPANISH, "## Conclusiones")] is None


CHINESE_AND_KOREAN = {
    "zh.md": """\
# GopherChina 2025 参会记录

## Day 1（4 月 12 日 周六）

### 【演讲】Go 的内存管理 — 李明

- 很干

### 【展台】逛展台

- 七牛：演示了新的存储 SDK
- PingCAP：TiDB 8 的展示
""",
    "ko.md": """\
# GopherChina 2025 1일차 — 4월 12일 (토)

## 오후

### 엑스포 (오후)

- **PingCAP 부스**: TiDB 데모, 스티커 받음
- **Qiniu 부스**: 설문하면 텀블러
""",
}


def test_chinese_and_korean_booth_bullets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    booths = _booths(list_json(tmp_path, capsys, CHINESE_AND_KOREAN))
    assert {"七牛", "PingCAP", "Qiniu"} <= set(booths)
    assert not any("부스" in name or "：" in name for name in booths)


@pytest.mark.parametrize(
    ("line", "booth"),
    [
        ("En la planta baja pasé por el stand de Kiwi.com, donde regalaban", "Kiwi.com"),
        ("Luego, en el de Ohm Labs, me enseñaron su SDK", "Ohm Labs"),
        ("Also: the Anaconda stand ran out of stickers", "Anaconda"),
        ("We queued at the Red Hat booth for a hat", "Red Hat"),
        ("Then I went to the food court", None),
        ("No tuve tiempo de nada más", None),
    ],
)
def test_a_booth_named_anywhere_in_a_paragraph_about_booths(line: str, booth: str | None) -> None:
    assert booth_in_section(line) == booth


def test_headings_that_say_where_one_walked_name_no_booth() -> None:
    assert booth_subject("Por los stands") is None
    assert booth_subject("Around the booths") is None
    assert booth_subject("Datadog booth Q&A") == "Datadog"


def test_a_booth_word_after_the_name_is_not_part_of_it() -> None:
    assert without_booth_word("Datadog 부스") == "Datadog"
    assert without_booth_word("KDE stand") == "KDE"
    assert without_booth_word("부스") == "부스"
    assert without_booth_word("Stand Up Labs") == "Stand Up Labs"


EXPO_SECTIONS = """\
---
title: "DevConf 2025 notes"
author: Ana
date: 2025-06-12
---

## Keynote: Open source funding (Mia Berg)

- most maintainers are unpaid

## Expo Hall

Walked around during lunch, mostly recruiters.

## Sponsor hall

Got a t-shirt.

## 엑스포 홀

오후에 다시 감.

## Zona expo

Mucha gente.

## Ausstellerbereich

- **Codeberg**: Forgejo hosting, donated

## 부스 투어

- **업스테이지 부스**: 문서 OCR 시연

## Rust in the kernel (Lars Ek)

- drivers first
"""


def test_a_section_named_after_the_expo_hall_or_a_walk_past_the_booths_names_no_booth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Expo Hall", "Sponsor hall", "엑스포 홀", "Zona expo", "Ausstellerbereich", "부스 투어" say
    where the booths were, in several languages: no booth of that name and no talk, while the
    booths their bullets name are booths."""
    data = list_json(tmp_path, capsys, {"devconf.md": EXPO_SECTIONS})
    assert _booths(data) == {
        "Codeberg": line_of(EXPO_SECTIONS, "- **Codeberg**"),
        "업스테이지": line_of(EXPO_SECTIONS, "- **업스테이지"),
    }
    found = item_of_line(data)
    for heading in ("## Expo Hall", "## Sponsor hall", "## 엑스포 홀", "## Zona expo"):
        assert found[line_of(EXPO_SECTIONS, heading)] is None, heading
    assert found[line_of(EXPO_SECTIONS, "## Rust in the kernel")] is not None
