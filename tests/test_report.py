"""The conference report (compare/report.py, `summit-tui report`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from summit_tui.annotate.model import Annotation, ItemMark, Target
from summit_tui.cli import main
from summit_tui.compare.report import build_report, points, report_data, report_markdown
from summit_tui.corpus.build import build_corpus

HOSTILE = "# not a heading\n> not a quote\n- not a list\n<b>not html</b> [x](javascript:y) `code`"


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(Path(__file__).resolve().parents[1] / "notes")


def _annotations(corpus) -> tuple[list[Annotation], dict[str, ItemMark]]:
    entry = next(e for e in corpus.entries_for("skai2024-k14") if "exhibition" in e.note)
    quote = "Perplexity 서비스 소개하는 섹션"
    line = entry.start_line + entry.text[: entry.text.index(quote)].count("\n")
    highlight = Annotation(
        id="a1",
        item_id="skai2024-k14",
        comment=HOSTILE,
        tags=("team", "*x*"),
        target=Target(entry_id=entry.id, note=entry.note, exact=quote, line=line, author="이기훈"),
    )
    item_note = Annotation(id="a2", item_id="skai2024-k10", comment="Ask about **SMRs**")
    marks = {
        "skai2024-k14": ItemMark("skai2024-k14", starred=True, reviewed=True),
        "skai2024-k11": ItemMark("skai2024-k11", reviewed=True),
    }
    return [highlight, item_note], marks


def _tokens(text: str):
    return MarkdownIt("commonmark").parse(text)


def test_report_structure_renders_as_commonmark(corpus) -> None:
    annotations, marks = _annotations(corpus)
    report = build_report(corpus, annotations, marks, generated="2026-01-02T03:04:05Z")
    text = report_markdown(report)
    tokens = _tokens(text)
    headings = [
        (tok.tag, tokens[n + 1].content)
        for n, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]
    assert headings[0] == ("h1", "Conference report")
    levels = [tag for tag, _ in headings]
    assert levels.count("h2") == len(report.events)
    # event → day → track → talk, then the talk's sections
    assert ("h2", "SK AI Summit 2024") in headings
    assert ("h3", "Day 1 · 2024-11-04") in headings
    assert ("h4", "Keynote") in headings
    talks = [content for tag, content in headings if tag == "h5"]
    assert len(talks) == len(report.talks)
    assert (
        "★ ✓ Perplexity의 AI 검색으로 더욱 탐구적이고 효율적인 세상 만들기 — Aravind Srinivas"
        in talks
    )
    sections = {content for tag, content in headings if tag == "h6"}
    assert {"Points several authors made", "Points one author caught", "Your notes"} <= sections
    # Nothing the notes or the user wrote became raw HTML or a heading of its own.
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    assert all(tag in ("h1", "h2", "h3", "h4", "h5", "h6") for tag in levels)
    assert "not a heading" not in [content for _, content in headings]


def test_reviewed_talks_come_first_in_their_track_or_alone(corpus) -> None:
    annotations, marks = _annotations(corpus)
    report = build_report(corpus, annotations, marks)
    keynotes = next(t for t in report.events[0].days[0].tracks if t.name == "Keynote")
    ids = [talk.item_id for talk in keynotes.talks]
    assert ids[:2] == ["skai2024-k11", "skai2024-k14"]  # reviewed, in program order
    only = build_report(corpus, annotations, marks, reviewed_only=True)
    assert [t.item_id for t in only.talks] == ["skai2024-k11", "skai2024-k14"]


def test_only_talks_someone_wrote_about(corpus) -> None:
    report = build_report(corpus)
    assert all(talk.authors for talk in report.talks)
    listed = {t.item_id for t in report.talks}
    assert "skai2024-k09" in listed  # one author: points, no comparison
    assert listed == {item.id for item in corpus.items() if corpus.entries_for(item.id)}


def test_each_point_says_who_made_it_with_back_links(corpus) -> None:
    report = build_report(corpus, items=["skai2024-k10"])
    (talk,) = report.talks
    assert talk.shared and talk.single
    for point in talk.shared:
        assert len(point.authors) >= 2
        assert len(point.sources) == len(point.authors)
    for point in (*talk.shared, *talk.single):
        for source in point.sources:
            lines = (Path(corpus.root) / source.note).read_text(encoding="utf-8").split("\n")
            assert 1 <= source.line <= len(lines)
    # Read from the folder that holds notes/, a place is notes/PATH:LINE.
    places = report.places(str(Path(corpus.root).parent))
    first = talk.shared[0].sources[0]
    assert places.of(first.note, first.line) == f"notes/{first.note}:{first.line}"
    text = report_markdown(report, places)
    assert f"`notes/{first.note}:{first.line}`" in text


def test_introductions_are_not_points(corpus) -> None:
    from summit_tui.compare.align import align_item

    shared, single = points(align_item(corpus, "skai2024-k10"))
    assert not [p for p in (*shared, *single) if p.text.startswith("발표자")]


def test_bylines_and_speaker_lines_in_other_languages_are_not_points() -> None:
    # QA4-8: "Von Dr. Katrin Weber." and "Par Nicolas Girard. 30 minutes, très concret."
    # were points of their talks; the introduction is context, the remark stays a point.
    folder = Path(__file__).parent / "data" / "corpora" / "eu-blogs-java" / "notes"
    report = build_report(build_corpus(folder), [], {})
    texts = [p.text for talk in report.talks for p in (*talk.shared, *talk.single)]
    assert not [t for t in texts if t.startswith(("Von ", "Par ", "Speaker", "Relatore"))], texts
    assert "30 minutes, très concret." in texts


def test_user_text_is_escaped_as_the_annotation_export_escapes_it(corpus) -> None:
    from summit_tui.annotate.export import block

    annotations, marks = _annotations(corpus)
    text = report_markdown(build_report(corpus, annotations, marks, items=["skai2024-k14"]))
    for line in block(HOSTILE):
        assert line in text
    assert "> Perplexity 서비스 소개하는 섹션" in text
    assert "#team #\\*x\\*" in text


def test_json_holds_the_same_content(corpus) -> None:
    annotations, marks = _annotations(corpus)
    report = build_report(corpus, annotations, marks, items=["skai2024-k14", "skai2024-k10"])
    places = report.places(str(Path(corpus.root).parent))
    data = json.loads(json.dumps(report_data(report, places)))
    assert data["format"] == "summit-tui-report"
    assert data["filters"] == {"items": ["skai2024-k14", "skai2024-k10"]}
    talks = [
        t for e in data["events"] for d in e["days"] for tr in d["tracks"] for t in tr["talks"]
    ]
    assert [t["item"] for t in talks] == [t.item_id for t in report.talks]
    perplexity = next(t for t in talks if t["item"] == "skai2024-k14")
    assert perplexity["starred"] and perplexity["reviewed"]
    assert perplexity["notes"][0]["comment"] == HOSTILE
    assert perplexity["notes"][0]["source"]["link"].startswith("notes/")
    first = report.talks[0].shared[0]
    assert talks[0]["shared"][0] == {
        "text": first.text,
        "authors": list(first.authors),
        "sources": [
            {"author": s.author, "note": s.note, "line": s.line, "link": f"notes/{s.note}:{s.line}"}
            for s in first.sources
        ],
    }


def test_report_command_writes_a_file(tmp_path: Path, capsys) -> None:
    out = tmp_path / "report.md"
    assert main(["report", "--item", "skai2024-k10", "-o", str(out)]) == 0
    assert "wrote a report of 1 item" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").startswith("# Conference report\n")
    assert main(["report", "--event", "skai2024", "--day", "2024-11-04", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["filters"] == {"event": "skai2024", "day": "2024-11-04"}


def test_report_command_names_what_it_cannot_find(capsys) -> None:
    assert main(["report", "--item", "skai2024-k99"]) != 0
    assert "skai2024-k" in capsys.readouterr().err
    assert main(["report", "--event", "pycon"]) != 0
    assert "pycon" in capsys.readouterr().err


def test_an_empty_reviewed_report_says_nothing_is_marked_reviewed(corpus) -> None:
    """`report --reviewed` before any review mark: the reason given is the missing marks, not
    missing notes (the talks do have notes)."""
    empty = report_markdown(build_report(corpus, reviewed_only=True))
    assert "is marked reviewed" in empty
    assert "fits the filters" not in empty
    nowhere = report_markdown(build_report(corpus, day="2024-11-05"))  # no notes on day 2
    assert "no talk with notes fits the filters above" in nowhere
    elsewhere = build_report(corpus, event="seminar-2023-03-29", items=["skai2024-k14"])
    assert "no talk with notes fits the filters above" in report_markdown(elsewhere)


def test_a_report_of_notes_about_no_talk_says_there_is_nothing_to_report(tmp_path: Path) -> None:
    (tmp_path / "essay.md").write_text("# Thoughts on AI\n\nNo talk here.\n", encoding="utf-8")
    text = report_markdown(build_report(build_corpus(tmp_path)))
    assert "there is nothing to report" in text
    assert _tokens(text)[0].tag == "h1"  # still a document with its title


def test_report_and_export_take_a_day_number_as_search_does(tmp_path: Path, capsys) -> None:
    """`report --day 2` is each event's second day, as `search day:2` is."""
    notes = tmp_path / "notes"
    notes.mkdir()
    for day, title in (("2024-11-04", "Opening talk"), ("2024-11-05", "Closing talk")):
        head = f"---\ntitle: {title}\nevent: Test Summit 2024\ndate: {day}\n---\n\n"
        (notes / f"{day}.md").write_text(f"{head}# {title}\n\n- a point\n", encoding="utf-8")
    place = ["--notes", str(notes), "--data-dir", str(tmp_path / "data")]
    assert main(["report", "--day", "2", "--format", "json", *place]) == 0
    data = json.loads(capsys.readouterr().out)
    days = [day for event in data["events"] for day in event["days"]]
    assert [day["date"] for day in days] == ["2024-11-05"]
    assert main(["search", "day:2", "talk", "--json", *place]) == 0
    found = {r["title"] for r in json.loads(capsys.readouterr().out)["results"]}
    assert found == {"Closing talk"}
    assert main(["report", "--day", "3", *place]) == 2
    assert "no day '3'" in capsys.readouterr().err


def test_where_and_when_a_talk_was_are_not_points() -> None:
    # Noticed 4: "Room: Janson, Saturday 10:30", "Track: …", "Slides: https://…",
    # "地点：…", "세션 코드: DAT403", "레벨: 400", "Data: 30 de outubro…" were points of their
    # talks (unique ones, as no other author writes the room down).
    corpora = Path(__file__).parent / "data" / "corpora"
    texts = [
        p.text
        for name in ("repo-fosdem", "notion-reinvent", "blogs-codemotion-it-pt")
        for talk in build_report(build_corpus(corpora / name / "notes"), [], {}).talks
        for p in (*talk.shared, *talk.single)
    ]
    facts = ("Room:", "Track:", "Slides:", "地点：", "세션 코드:", "레벨:", "Data:")
    assert not [t for t in texts if t.startswith(facts)], [t for t in texts if t.startswith(facts)]
    assert "Janson completely full, people standing at the back." in texts  # a remark stays


def test_a_highlight_on_words_edited_since_says_what_they_read_now(corpus) -> None:
    """The report quotes a highlight as it was annotated (what the user reacted to) and,
    where the note was edited there since, what the notes read now (blind16 QA F10)."""
    entry = next(e for e in corpus.entries_for("skai2024-k14") if "exhibition" in e.note)
    now = "Perplexity 서비스 소개하는 섹션"
    start = entry.text.index(now)
    line = entry.start_line + entry.text[:start].count("\n")

    def highlight(id_: str, exact: str) -> Annotation:
        target = Target(
            entry_id=entry.id, note=entry.note, exact=exact, start=start,
            end=start + len(now), line=line, author="이기훈",
        )  # fmt: skip
        return Annotation(id=id_, item_id="skai2024-k14", comment="c", target=target)

    edited = build_report(corpus, [highlight("a1", "Perplexity 제품 소개하는 섹션")], {})
    text = report_markdown(edited)
    assert "> Perplexity 제품 소개하는 섹션" in text
    assert f"*The notes read here now:* {now}" in text
    data = report_data(edited, edited.places(str(Path(corpus.root).parent)))
    talks = [
        t for e in data["events"] for d in e["days"] for tr in d["tracks"] for t in tr["talks"]
    ]
    (note,) = next(t for t in talks if t["item"] == "skai2024-k14")["notes"]
    assert note["quote"] == "Perplexity 제품 소개하는 섹션" and note["now"] == now
    same = report_markdown(build_report(corpus, [highlight("a2", now)], {}))
    assert f"> {now}" in same and "read here now" not in same


def test_code_a_note_wrote_stays_code_in_the_report(tmp_path: Path) -> None:
    """A point whose note writes a name as code (`run_in_executor`) keeps it as a code span,
    not escaped text without its backticks; the rest of the point is escaped as before."""
    head = "---\nevent: EuroPython 2025\ndate: 2025-07-16\nauthor: {}\n---\n\n"
    head += "# Async in practice\n\n"
    (tmp_path / "a.md").write_text(
        head.format("Ana")
        + "- Blocking calls go through `loop.run_in_executor` so the *event loop* stays free\n",
        encoding="utf-8",
    )
    text = report_markdown(build_report(build_corpus(tmp_path)))
    assert "`loop.run_in_executor`" in text
    assert "run\\_in\\_executor" not in text
    code = [
        child.content
        for token in _tokens(text)
        if token.children
        for child in token.children
        if child.type == "code_inline"
    ]
    assert "loop.run_in_executor" in code
    assert "event loop" in text and "*event loop*" not in text  # emphasis is read, not kept
