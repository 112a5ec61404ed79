"""What compare shows as context and what as points around the talk's own facts: a line
naming the talk a note is about (원본 발표: …, 발표자 박지우님 / Original talk: … by …) is
context; a 내용: / Content: / Inhalt: line is what the talk covered, a point; a sentence that
says who gave the talk and who they are (Galician, Spanish, Portuguese, English) is context,
one that goes on to what they said stays a point; a post's Etiquetas: line is context."""

from __future__ import annotations

from pathlib import Path

import pytest

import factories
from summit_tui.cli import main
from summit_tui.compare.align import align_entries
from summit_tui.corpus.model import Entry


def entry(author: str, body: str, *, title: str = "Compose Multiplatform 실전 도입기") -> Entry:
    text = f"## {title}\n\n{body}"
    return factories.entry(text, start=1, note=f"{author}.md", author=author, title=title)


POINT = "- 화면 하나당 개발 공수가 약 40% 줄었다\n"
OTHER = entry("mina", "- development effort per screen dropped about 40%\n")


def passage(alignment, author: str, start: str):
    column = alignment.column(author)
    assert column is not None
    return next(p for p in column.passages if p.text.startswith(start))


@pytest.mark.parametrize(
    "line",
    [
        "원본 발표: DevFest Seoul 2024 2일차 (11월 24일) 트랙 B, 발표자 박지우님",
        "Original talk: DevFest Seoul 2024, day 2, track B, by Jiwoo Park",
        "Charla original: PyConES 2024, sábado 5 de octubre, por Marta Soler",
        "원본 영상: https://youtu.be/abc123",
    ],
)
def test_a_line_naming_the_talk_the_note_is_about_is_context(line: str) -> None:
    alignment = align_entries("talk", [entry("jiyoon", f"{line}\n\n{POINT}"), OTHER])
    source = passage(alignment, "jiyoon", line[:6])
    assert source.kind == "fact" and not source.is_point and not source.unique
    assert passage(alignment, "jiyoon", "화면").coverage == 1


def test_a_line_called_original_talk_that_names_nothing_stays_a_point() -> None:
    line = "원본 발표: 생각보다 훨씬 실무적인 이야기가 많았다"
    alignment = align_entries("talk", [entry("jiyoon", f"{line}\n\n{POINT}"), OTHER])
    assert passage(alignment, "jiyoon", "원본 발표").is_point


def test_what_the_talk_covered_is_a_point_that_links_across_languages() -> None:
    ko = entry(
        "jiyoon",
        "발표자: 박지우님\n\n"
        "내용: 안드로이드와 iOS 화면을 Compose Multiplatform 하나로 옮긴 1년의 기록\n",
    )
    en = entry(
        "mina",
        "Content: one year of moving Android and iOS screens to a single Compose "
        "Multiplatform codebase\n",
    )
    de = entry(
        "jonas",
        "Inhalt: ein Jahr, in dem Android- und iOS-Screens auf eine Compose-Multiplatform-"
        "Codebasis umgezogen sind\n",
    )
    alignment = align_entries("talk", [ko, en, de])
    said = passage(alignment, "jiyoon", "내용")
    assert said.is_point and {m.author for m in said.matches} >= {"mina"}
    assert passage(alignment, "mina", "Content").is_point
    assert passage(alignment, "jonas", "Inhalt").is_point
    assert not passage(alignment, "jiyoon", "발표자").is_point


GALICIAN = (
    "Este sábado tivemos a PyConES na casa, en Vigo, e a keynote que abriu a xornada foi de "
    "**Uxía Fernández**, enxeñeira de datos nunha empresa viguesa de instrumentación mariña, "
    'co título *"Python en el mar: datos de la flota pesquera gallega"*.'
)


@pytest.mark.parametrize(
    "sentence",
    [
        GALICIAN,
        "El sábado por la mañana, en el auditorio grande y con la sala llena, la charla corrió "
        "a cargo de Marta Soler, desarrolladora en una startup de logística de Valencia, con "
        'el título "Polars vs pandas".',
        "No segundo dia, logo depois do almoço e com a sala cheia, a palestra foi de João "
        "Ribeiro, engenheiro de dados numa empresa de energia do Porto, com o título "
        '"Dados em tempo real".',
    ],
)
def test_a_sentence_saying_who_gave_the_talk_and_who_they_are_is_context(sentence) -> None:
    point = "- o modelo acerta arredor do 70 % das zonas de atún\n"
    other = entry("ana", "- the model gets the tuna zones right about 70% of the time\n")
    alignment = align_entries("talk", [entry("brais", f"{sentence}\n\n{point}"), other])
    intro = passage(alignment, "brais", sentence[:12])
    assert not intro.is_point and not intro.unique


def test_a_sentence_that_goes_on_to_what_the_speaker_said_stays_a_point() -> None:
    sentence = (
        "Na tarde do sábado, na sala grande, a charla foi de Uxía Fernández, enxeñeira de "
        "datos nunha empresa viguesa, e explicou como predín as zonas de atún con tres días "
        "de antelación."
    )
    other = entry("ana", "- the keynote opened the day\n")
    alignment = align_entries("talk", [entry("brais", f"{sentence}\n"), other])
    assert passage(alignment, "brais", "Na tarde").is_point


def test_a_posts_etiquetas_line_is_context(capsys, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    head = "---\nevent: PyConES 2024\ndate: 2024-10-05\nauthor: {}\n---\n# Python no mar\n\n"
    (notes / "brais.md").write_text(
        head.format("Brais") + "- o modelo acerta arredor do 70 %\n\n"
        "_Etiquetas: pycones, python, vigo, galego_\n",
        encoding="utf-8",
    )
    (notes / "ana.md").write_text(
        head.format("Ana") + "- el modelo acierta alrededor del 70 %\n", encoding="utf-8"
    )
    assert main(["compare", "--notes", str(notes), "python-no-mar"]) == 0
    out = capsys.readouterr().out
    assert "context  Etiquetas: pycones, python, vigo, galego" in out
    assert "unique  Etiquetas" not in out
