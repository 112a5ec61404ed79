"""Search finds a word as people type it: inside a run of a script written without spaces
(Thai, Lao, Khmer, Burmese), without the marks and letter forms they leave out (Russian ё,
Arabic hamza forms, tashkeel, shadda and tatweel, ى and ة, Persian ی and ک, Hebrew niqqud,
Greek accents), and with ASCII digits for the digits of other scripts - in the notes and in
the query alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from summit_tui.cli import main

THAI = """---
event: PyCon TH 2024
date: 2024-06-15
author: Ploy
---
# การศึกษา Python ในโรงเรียน

- ครูสำคัญกว่าหลักสูตร ต้องอบรมครูก่อน
- ผู้ปกครองช่วยทำการบ้านลูกทุกคืน
- ตัดคำภาษาไทยยังยากอยู่
- งานปี ๒๕๖๗ ที่กรุงเทพ
"""

ARABIC = """---
event: GITEX Global 2024
date: 2024-10-14
author: هند
---
# الكلمة الافتتاحية

- بدأت الجلسة في ١٤ أكتوبر الساعة العاشرة
- درّبوا النموذج على بيانات عربيـــة محلية
- سألتُ المتحدث عن الخصوصيّة في المدرسة
- إطلاق منصة جديدة للذكاء الاصطناعي
- ناقشوا مستقبل الطاقة مع ممثل دولة كبرى
- نرم‌افزار ایرانی برای یادگیری ماشین
"""

OTHER = """---
event: HighLoad++ 2024
date: 2024-12-02
author: Ольга
---
# Заметки

- Ещё один доклад про базы данных
- המרצה דִּבֵּר על שָׁלוֹם בין צוותים
- Η ομιλία για τον δορυφόρο ήταν καλή
- a blog editor's zero\u200bwidth space inside a word
"""


def found_lines(tmp_path: Path, capsys, query: str) -> list[int]:
    assert main(["search", "--notes", str(tmp_path), query, "--json"]) in (0, 1)  # 1: none
    results = json.loads(capsys.readouterr().out)["results"]
    return [r["line"] for r in results if r["kind"] == "passage"]


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("หลักสูตร", 8),  # inside ครูสำคัญกว่าหลักสูตร
        ("ลูก", 9),  # inside ทำการบ้านลูกทุกคืน
        ("การบ้าน", 9),
        ("ภาษาไทย", 10),
        ("ครู", 8),
        ("คำ", 10),  # two letters, inside ตัดคำภาษาไทย
        ("2567", 11),  # ๒๕๖๗ in Thai digits
    ],
)
def test_thai_word_inside_a_run_is_found(tmp_path: Path, capsys, query: str, line: int) -> None:
    (tmp_path / "th.md").write_text(THAI, encoding="utf-8")
    lines = found_lines(tmp_path, capsys, query)
    assert lines and lines[0] == line


def test_thai_word_found_is_not_found_elsewhere(tmp_path: Path, capsys) -> None:
    (tmp_path / "th.md").write_text(THAI, encoding="utf-8")
    assert found_lines(tmp_path, capsys, "ลูก") == [9]


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("اكتوبر", 8),  # typed without the hamza
        ("أكتوبر", 8),
        ("14 اكتوبر", 8),  # ١٤ in the note
        ("١٤", 8),
        ("دربوا", 9),  # without the shadda
        ("عربية", 9),  # without the tatweel
        ("الخصوصية", 10),  # without the shadda
        ("سالت", 10),  # سألتُ: hamza and damma left out
        ("المدرسه", 10),  # ة typed as ه
        ("اطلاق", 11),
        ("كبري", 12),  # ى typed as ي
        ("ایرانی", 13),  # Persian ی as typed
        ("ايراني", 13),  # and Arabic ي
        ("نرمافزار", 13),  # نرم‌افزار typed without its half space (ZWNJ)
        ("نرم‌افزار", 13),
    ],
)
def test_arabic_as_typed_is_found(tmp_path: Path, capsys, query: str, line: int) -> None:
    (tmp_path / "ar.md").write_text(ARABIC, encoding="utf-8")
    assert line in found_lines(tmp_path, capsys, query)


@pytest.mark.parametrize(
    ("query", "line"),
    [
        ("еще", 8),  # ещё typed with е
        ("ещё", 8),
        ("ЕЩЕ", 8),
        ("שלום", 9),  # without niqqud
        ("δορυφορο", 10),  # without the accent
        ("zerowidth", 11),  # the word as it reads, without the invisible space
        ("width", 11),
    ],
)
def test_marks_left_out_are_found(tmp_path: Path, capsys, query: str, line: int) -> None:
    (tmp_path / "ru.md").write_text(OTHER, encoding="utf-8")
    assert line in found_lines(tmp_path, capsys, query)


def test_a_distinct_letter_is_not_folded(tmp_path: Path, capsys) -> None:
    # й is its own letter, not и with a mark: мой is not found by мои.
    (tmp_path / "ru.md").write_text(OTHER.replace("Ещё один", "Мой один"), encoding="utf-8")
    assert 8 not in found_lines(tmp_path, capsys, "мои")
    assert 8 in found_lines(tmp_path, capsys, "мой")


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("ខ្ញុំចូលចិត្តភាសាខ្មែរណាស់", "ភាសា"),  # Khmer, coeng and vowel signs inside
        ("ကျွန်တော်မြန်မာဘာသာစကားလေ့လာနေတယ်", "ဘာသာ"),  # Burmese
        ("ຂ້ອຍມັກພາສາລາວຫຼາຍ", "ພາສາ"),  # Lao
    ],
)
def test_other_scripts_without_spaces(tmp_path: Path, capsys, text: str, query: str) -> None:
    (tmp_path / "n.md").write_text(
        f"---\nevent: Meetup 2024\ndate: 2024-06-15\nauthor: Sok\n---\n# Notes\n\n- {text}\n",
        encoding="utf-8",
    )
    assert found_lines(tmp_path, capsys, query) == [8]


@pytest.mark.parametrize("query", ["永續 挑戰", "挑戰 永續", "开源 机会"])
def test_a_title_holds_two_words_inside_its_run(tmp_path: Path, capsys, query: str) -> None:
    # Each word of two Han characters is inside the title's one run, in any order.
    (tmp_path / "n.md").write_text(
        "---\nevent: COSCUP 2024\ndate: 2024-08-03\nauthor: Lin\n---\n"
        "# 開源永續的挑戰與機會\n\n- 講者分享了社群經營\n",
        encoding="utf-8",
    )
    assert main(["search", "--notes", str(tmp_path), query, "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert results[0]["kind"] == "item"
    assert results[0]["title"] == "開源永續的挑戰與機會"


def test_the_palette_finds_a_title_by_two_words_inside_its_run() -> None:
    from summit_tui.search.suggest import Candidate, Suggester

    suggester = Suggester([Candidate("t1", "開源永續的挑戰與機會"), Candidate("t2", "社群經營")])
    assert [s.key for s in suggester.rank("挑戰 永續", 5)] == ["t1"]


@pytest.mark.parametrize(
    ("query", "line"),
    [("da nang", 8), ("lodz", 9), ("kobenhavn", 10), ("aeroskobing", 10)],
)
def test_latin_letters_with_a_stroke_typed_plain(
    tmp_path: Path, capsys, query: str, line: int
) -> None:
    (tmp_path / "n.md").write_text(
        "---\nevent: FOSSASIA 2024\ndate: 2024-04-08\nauthor: Linh\n---\n# Notes\n\n"
        "- Hội thảo ở Đà Nẵng rất vui\n- Next year maybe in Łódź\n"
        "- Meetup in København, then Ærøskøbing\n",
        encoding="utf-8",
    )
    assert line in found_lines(tmp_path, capsys, query)
