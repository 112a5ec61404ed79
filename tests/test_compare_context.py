"""What compare and the report show as context rather than as points (closing note 6, Noticed 2
and 5): a site template's tags, who wrote what follows in a shared note, where and when the
talk was inside a speaker block, a post's opening about itself; and the heading over a column
written as the item's title is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factories
from summit_tui.cli import main
from summit_tui.compare.align import align_entries, align_item, entry_passages, session_fact
from summit_tui.compare.report import build_report
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.model import Entry


def entry(author: str, body: str, *, title: str = "Talk") -> Entry:
    text = f"## {title}\n\n{body}"
    return factories.entry(text, start=1, note=f"{author}.md", author=author, title=title)


POINT = "- Shadow DOM breaks aria-labelledby across the boundary\n"
OTHER = entry("bob", "- aria-labelledby cannot cross the shadow DOM boundary\n")


def _kinds(alignment, author: str = "ann") -> list[tuple[str, str]]:
    column = alignment.column(author)
    assert column is not None
    return [(p.kind, p.text) for p in column.passages]


def test_a_site_templates_tag_is_no_passage() -> None:
    for tag in ("{%hackmd @coscup/theme-2024 %}", "{% include toc.html %}", "{{< youtube x1 >}}"):
        texts = [d.text for d in entry_passages(entry("ann", f"{tag}\n\n{POINT}"))]
        assert texts == ["Shadow DOM breaks aria-labelledby across the boundary"], tag


@pytest.mark.parametrize(
    "line",
    [
        "> 以下由 @kuanyu 補充",
        "(notes continued by @ana)",
        "Notes taken by @lotte",
        "이하 @준호 작성",
        "以下 @ken さんが追記",
    ],
)
def test_who_wrote_what_follows_is_context_not_a_point(line: str) -> None:
    alignment = align_entries("talk", [entry("ann", f"{line}\n\n{POINT}"), OTHER])
    (credit, point) = alignment.column("ann").passages
    assert credit.kind == "fact" and credit.aside and not credit.unique and not credit.matches
    assert point.is_point and point.coverage == 1


def test_a_sentence_about_what_someone_added_stays_a_point() -> None:
    line = "Ana added by hand the numbers from the slides: 40% fewer builds."
    alignment = align_entries("talk", [entry("ann", f"{line}\n"), OTHER])
    assert _kinds(alignment)[0] == ("paragraph", line)


def test_the_time_in_a_speaker_block_is_context_not_a_point() -> None:
    block = (
        "> Speaker: Hannah Okafor\n"
        "> Time: 8/3 (Sat) 13:30 ~ 14:00\n"
        "> Room: RB-105\n"
        "> 本場為英文議程 / This session is in English\n\n"
    )
    alignment = align_entries("talk", [entry("ann", block + POINT), OTHER])
    kinds = dict((text, kind) for kind, text in _kinds(alignment))
    assert kinds["Time: 8/3 (Sat) 13:30 ~ 14:00"] == "fact"
    assert kinds["Room: RB-105"] == "fact"
    assert kinds["Speaker: Hannah Okafor"] == "intro"
    points = [p.text for p in alignment.column("ann").passages if p.unique]
    assert not [t for t in points if t.startswith(("Time", "Room"))]


def test_an_image_named_by_its_file_is_no_passage() -> None:
    body = f"{POINT}\n![IMG_2041.jpg](../../_resources/IMG_2041.jpg)\n"
    assert [d.text for d in entry_passages(entry("ann", body))] == [
        "Shadow DOM breaks aria-labelledby across the boundary"
    ]


def test_a_date_word_the_dates_module_reads_makes_a_when_line_a_fact() -> None:
    # D9: compare's month and weekday names come from corpus/dates.py's tables.
    assert session_fact("Datum: Sonnabend, nachmittags")
    assert session_fact("Quando: sexta de manhã")  # compare's own addition, after a label
    assert not session_fact("Time: out of the budget")  # "out" is a word, not October
    assert not session_fact("Data: 3 TB a day from the sensors")


def _post_and_day_notes(tmp_path: Path) -> Path:
    notes = tmp_path / "notes"
    notes.mkdir()
    head = "---\nevent: DjangoCon US 2024\ndate: 2024-09-23\nauthor: {author}\n---\n\n"
    (notes / "post.md").write_text(
        head.format(author="Priya") + "# Async Django in the real world\n\n"
        "This is the first post in my DjangoCon US 2024 series.\n\n"
        "- async views only pay off when the request waits on HTTP\n"
        "- sync_to_async in a hot loop made things slower\n",
        encoding="utf-8",
    )
    (notes / "day1.md").write_text(
        head.format(author="Tom") + "# DjangoCon US 2024, day 1\n\n"
        "## Async Django in the real world\n\n"
        "- async views only pay off when most time is spent waiting on HTTP\n"
        "- These notes are rough, more in the series later.\n",
        encoding="utf-8",
    )
    return notes


def test_a_posts_opening_about_itself_is_context_not_a_unique_point(tmp_path: Path) -> None:
    corpus = build_corpus(_post_and_day_notes(tmp_path))
    (item,) = [i for i in corpus.items() if "Async" in i.title]
    alignment = align_item(corpus, item.id)
    opening = alignment.find("Priya", "first post in my")[0]
    assert opening.kind == "opening" and opening.aside and not opening.unique
    # The same words inside a day's notes, after the talk's content began, stay a point.
    later = alignment.find("Tom", "These notes are rough")[0]
    assert later.is_point and later.unique
    talk = next(t for t in build_report(corpus).talks if t.item_id == item.id)
    points = [p.text for p in (*talk.shared, *talk.single)]
    assert not [t for t in points if "first post" in t]
    assert any("sync_to_async" in t for t in points)


def test_compare_json_and_text_show_context_in_its_place(tmp_path: Path, capsys) -> None:
    notes = _post_and_day_notes(tmp_path)
    corpus = build_corpus(notes)
    (item,) = [i for i in corpus.items() if "Async" in i.title]
    args = ["--notes", str(notes), "--data-dir", str(tmp_path / "data")]
    assert main(["compare", item.id, "--json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    column = next(c for c in data["columns"] if c["author"] == "Priya")
    assert column["passages"][0]["kind"] == "opening"
    assert main(["compare", item.id, *args]) == 0
    out = capsys.readouterr().out
    assert "  context  This is the first post in my DjangoCon US 2024 series." in out


def test_a_columns_heading_is_the_title_as_the_item_shows_it() -> None:
    for heading, shown in (
        ("【演讲】Go 生产环境中的 PGO — Ana Lucía Ferreyra", "Go 生产环境中的 PGO"),
        ("Go: PGO in production     :go:perf:", "Go: PGO in production"),
    ):
        (draft,) = entry_passages(entry("ann", POINT, title=heading))
        assert draft.context == shown, heading


def test_a_sub_headings_bracketed_kind_is_left_out_too() -> None:
    body = f"### 【展台】K 楼逛展台\n\n{POINT}"
    (draft,) = entry_passages(entry("ann", body))
    assert draft.context == "K 楼逛展台"


def test_a_columns_first_heading_drops_its_number_and_speaker_as_the_item_title_does() -> None:
    for heading, shown in (
        ("5. AI의 미래", "AI의 미래"),
        ("The Vision for the Future of AI (Rani Borakr)", "The Vision for the Future of AI"),
    ):
        (draft,) = entry_passages(entry("ann", POINT, title=heading))
        assert draft.context == shown, heading


@pytest.mark.parametrize(
    "line",
    [
        "Saal 1 · 14:45",
        "Room B | 10:30",
        "Sala 2, 9:00 - 9:45",
    ],
)
def test_a_room_and_time_line_without_labels_is_context(line: str) -> None:
    assert session_fact(line)


@pytest.mark.parametrize(
    "line",
    ["Saal 1 war voll, alle standen", "Room 3 · the one with the broken projector"],
)
def test_a_point_that_starts_like_those_lines_stays_a_point(line: str) -> None:
    assert not session_fact(line)


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "Anna Berg — 05/23/2024 9:31 AM\nNext up: Compose on iOS (Priya Nair)\n"
            "Shadow DOM breaks aria-labelledby across the boundary\n",
            "Next up: Compose on iOS (Priya Nair)",
        ),
        (
            "[김도윤] [오전 10:01] 다음 세션 시작 - 웹 접근성 (오지은님)\n"
            "[김도윤] [오전 10:09] Shadow DOM breaks aria-labelledby across the boundary\n",
            "다음 세션 시작 - 웹 접근성 (오지은님)",
        ),
    ],
)
def test_a_chat_message_announcing_the_talk_is_context_not_a_point(message: str, said: str) -> None:
    alignment = align_entries("talk", [entry("ann", message), OTHER])
    passages = alignment.column("ann").passages
    assert [(p.kind, p.text) for p in passages if p.aside] == [("fact", said)]
    assert not any(p.unique for p in passages if p.aside)
    (point,) = [p for p in passages if p.is_point]
    assert "Shadow DOM" in point.text and point.coverage == 1


def test_a_chat_message_that_announces_nothing_stays_one_point() -> None:
    message = "Anna Berg — 05/23/2024 9:40 AM\n" + POINT.removeprefix("- ")
    alignment = align_entries("talk", [entry("ann", message), OTHER])
    (point,) = alignment.column("ann").passages
    assert point.is_point and point.coverage == 1


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Shadow DOM and accessibility", "🎤 Shadow DOM and accessibility"),
        ("Shadow DOM and accessibility", "Talk: Shadow DOM and accessibility (Ann Lee)"),
        ("타입 힌트 실전", "발표: 타입 힌트 실전"),
        ("타입 힌트 실전", "- 🎙️ 타입 힌트 실전"),
        ("型ヒント入門", "セッション：型ヒント入門"),
    ],
)
def test_a_line_that_only_names_the_talk_is_context(title: str, line: str) -> None:
    alignment = align_entries("talk", [entry("ann", f"{line}\n\n{POINT}", title=title), OTHER])
    (named, point) = alignment.column("ann").passages
    assert named.kind == "fact" and not named.unique and not named.matches
    assert point.is_point and point.coverage == 1


def test_a_line_that_says_more_than_the_title_stays_a_point() -> None:
    title = "Shadow DOM and accessibility"
    line = "Shadow DOM and accessibility do not mix well, she said"
    texts = [(d.kind, d.text) for d in entry_passages(entry("ann", f"{line}\n", title=title))]
    assert texts == [("paragraph", line)]
