"""A note that is not UTF-8 is read in the legacy code page its text looks right in
(corpus/legacy_text.py): a Russian Windows-1251 note is no longer 'çàìåòêè'."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui.corpus.legacy_text import decode
from summit_tui.corpus.loader import load_note
from summit_tui.corpus.model import Severity

NOTES = {
    "cp1251": "# Конференция HighLoad++: заметки\n"
    "Докладчик рассказал про кластеры Kubernetes. «Главное» — задержки.\n",
    "koi8-r": "# Заметки с конференции\nДокладчик рассказал про кластеры Kubernetes.\n",
    "koi8-u": "# Конференція: нотатки\nДоповідач розповів про міграцію. Ґанок, їжак, Європа.\n",
    "cp1252": "## Über Migrationen - Jürgen Groß\nDie Größe – “gut”. Año próximo: ¿volveremos?\n",
    "cp1250": "# Összegzés\nKülönböző előadások, Szabó Péter – kávészünet után. Żółć, šťastný.\n",
    "iso-8859-2": "# Összegzés\nKülönböző előadások. Źródło, żółć, świat, šťastný.\n",
    "cp949": "# 키노트 정리\n발표자: 홍길동. 캐시 전략을 바꾼 이야기였다.\n",
    "cp932": "# 基調講演のメモ\n登壇者はメルカリでSREを担当している。とても良かった。\n",
    "cp1253": "# Σημειώσεις συνεδρίου\nΗ ομιλία για το Kafka ήταν εξαιρετική.\n",
    "cp1255": "# סיכום הכנס\n\u200fההרצאה הראשונה הייתה על בדיקות, והשנייה על מסדי נתונים.\n",
    "cp1256": "# ملخص المؤتمر\nكانت المحاضرة الأولى عن الاختبارات الآلية، والثانية عن البيانات.\n",
}


@pytest.mark.parametrize("codec", NOTES)
def test_each_code_page_is_read_as_written(codec: str) -> None:
    text = NOTES[codec]
    found = decode(text.encode(codec))
    assert found is not None
    assert found[0] == text
    assert found[1].codec == codec


def test_a_windows_1251_note_has_its_russian_title_and_says_how_it_was_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "заметки.md"
    path.write_bytes("---\ntitle: Заметки с HighLoad\n---\nПро кэш.\n".encode("cp1251"))
    note, problems = load_note(path, tmp_path)
    assert note is not None and note.title == "Заметки с HighLoad"
    assert note.encoding == "cp1251"
    assert [p.severity for p in problems] == [Severity.WARNING]
    assert "Windows-1251" in problems[0].message and "UTF-8" in problems[0].action


def test_hebrew_and_persian_notes_are_not_read_as_russian(tmp_path: Path) -> None:
    # Hebrew in Windows-1255 reads as Cyrillic words in KOI8-R and Windows-1251; Persian in
    # Windows-1256 (Arabic yeh, as the code page writes it) was not read at all
    hebrew = tmp_path / "he.md"
    hebrew.write_bytes(
        "# PyData ברלין 2024 – סיכום\nשלושה ימים עם הסטארטאפ, חמישה אולמות.\n".encode("cp1255")
    )
    persian = tmp_path / "fa.md"
    persian.write_bytes("# خلاصه سخنراني\nاين سخنراني را در روز اول ديدم.\n".encode("cp1256"))
    he_note, he_problems = load_note(hebrew, tmp_path)
    fa_note, fa_problems = load_note(persian, tmp_path)
    assert he_note is not None and he_note.title == "PyData ברלין 2024 – סיכום"
    assert fa_note is not None and fa_note.title == "خلاصه سخنراني"
    assert "Windows-1255 (Hebrew)" in he_problems[0].message
    assert "Windows-1256" in fa_problems[0].message


def test_a_hungarian_note_is_read_as_central_european_not_western(tmp_path: Path) -> None:
    path = tmp_path / "jegyzet.md"
    path.write_bytes("# Különböző előadások és az űrlapok\n".encode("cp1250"))
    note, _ = load_note(path, tmp_path)
    assert note is not None and "Különböző előadások és az űrlapok" in note.body


def test_stray_bytes_in_ascii_text_are_no_code_page(tmp_path: Path) -> None:
    # b"\x80\x81" reads as Cyrillic "ЂЃ" in Windows-1251: no word has no vowel and two capitals
    assert decode(b"Some text \x80\x81 that is not UTF-8.\n# Bytes.\n") is None
    assert decode("Один раз в СССР и МГУ.\n".encode("cp1251")) is not None
