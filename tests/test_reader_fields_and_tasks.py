"""The reader shows an Obsidian note's Dataview fields and a notes app's points a line each,
not joined into one line, a task list item with its box (☐ / ☑) instead of "• [ ]", a
highlight marked, and a link's address as written."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style

import factories
from summit_tui.corpus.passages import split_passages
from summit_tui.ui.render import InlineStyles, fast_lines, inline_text

_PLAIN = InlineStyles(*([Style.null()] * 9))


def _shown(body: str) -> list[str]:
    entry = factories.entry(body, start=1, note="n.md", author="a", title="T")
    console = Console(width=60, color_system=None)
    shown: list[str] = []
    for passage in split_passages(entry):
        lines = fast_lines(passage, console, 60, _PLAIN)
        assert lines is not None
        shown.extend("".join(segment.text for segment in line).rstrip() for line in lines)
    return shown


def test_dataview_fields_show_a_line_each() -> None:
    shown = _shown("speaker:: Lena Fischer\nday:: 2024-05-30\nconf:: Craft Conference 2024\n")
    assert shown == [
        "speaker:: Lena Fischer",
        "day:: 2024-05-30",
        "conf:: Craft Conference 2024",
    ]


def test_a_task_shows_its_box() -> None:
    shown = _shown("- [ ] share the slides\n- [x] watch the recording\n- plain point\n")
    assert shown == [" ☐ share the slides", " ☑ watch the recording", " • plain point"]


def test_a_paragraph_of_ordinary_lines_is_still_one() -> None:
    assert _shown("first line\nsecond line\n") == ["first line second line"]


def test_a_chat_exports_banner_and_messages_show_a_line_each() -> None:
    body = (
        "==============================\n"
        "Guild: Rust Brasil\n"
        "Channel: Eventos / rustconf-2024\n"
        "==============================\n"
        "\n"
        "[11/09/2024 09:14] bia_rs\n"
        "keynote de abertura começou\n"
        "{Reactions}\n"
        "🦀 (6)\n"
    )
    assert _shown(body) == [
        "Guild: Rust Brasil",
        "Channel: Eventos / rustconf-2024",
        "[11/09/2024 09:14] bia_rs",  # the stamp does not run into the message
        "keynote de abertura começou",
    ]  # the export's reactions are no words of it
    entry = factories.entry(body, start=1, note="n.md", author="a", title="T")
    message = split_passages(entry)[-1]
    assert message.plain == "keynote de abertura começou"  # search and compare read this


def test_a_notes_apps_one_point_per_line_shows_a_line_each() -> None:
    # Apple Notes exported as text: a title line, then a point a line, no markers
    body = (
        "Platform eng without a platform team – Hannah Okafor\n"
        "80 engineers, no platform team, a guild with 20% time\n"
        "Golden paths = repo templates + scorecard. No portal!\n"
        "Drift is the real enemy\n"
        "→ idea: try a guild for a quarter?\n"
    )
    assert _shown(body) == body.strip().split("\n")
    entry = factories.entry(body, start=1, note="n.md", author="a", title="T")
    assert [p.plain for p in split_passages(entry)] == body.strip().split("\n")


def test_a_wrapped_sentence_and_labelled_facts_stay_one_paragraph() -> None:
    wrapped = "The keynote ran long, and\nthe room emptied before\nQ&A started.\n"
    assert _shown(wrapped) == ["The keynote ran long, and the room emptied before Q&A", "started."]
    facts = "Title : Graph networks\nSpeaker : Prof. Seungmin Lee (POSTECH)\nPlace : E3-1\n"
    entry = factories.entry(facts, start=1, note="n.md", author="a", title="T")
    assert len(split_passages(entry)) == 1


def test_a_highlight_shows_marked_and_reads_as_its_text() -> None:
    marked = InlineStyles(*([Style.null()] * 9), highlight=Style(bgcolor="yellow"))
    text = inline_text("LLM summaries were ==confidently wrong== at 3am", marked)
    assert text.plain == "LLM summaries were confidently wrong at 3am"
    lit = [text.plain[span.start : span.end] for span in text.spans if span.style.bgcolor]
    assert "".join(lit) == "confidently wrong"
    assert inline_text("if a == b and c == d", marked).plain == "if a == b and c == d"
    entry = factories.entry("- were ==confidently wrong==\n", start=1, note="n.md", author="a")
    assert [p.plain for p in split_passages(entry)] == ["were confidently wrong"]


def test_a_links_korean_or_chinese_address_shows_as_written_and_controls_stay_encoded() -> None:
    shown = inline_text("[원문](https://velog.io/@hwkim/데브페스트-후기)", _PLAIN).plain
    assert shown == "원문 (https://velog.io/@hwkim/데브페스트-후기)"
    auto = inline_text("<https://ko.wikipedia.org/wiki/코틀린>", _PLAIN).plain
    assert auto == "https://ko.wikipedia.org/wiki/코틀린"  # once, not again encoded
    encoded = inline_text("[中文](https://zh.wikipedia.org/wiki/%E4%B8%AD%E6%96%87)", _PLAIN)
    assert encoded.plain == "中文 (https://zh.wikipedia.org/wiki/中文)"
    csi = inline_text("[x](https://a.example/%C2%9B31m%E2%80%AEevil)", _PLAIN).plain
    assert csi == "x (https://a.example/%C2%9B31m%E2%80%AEevil)"


def test_points_pasted_with_bullet_characters_show_a_line_each() -> None:
    # "•" pasted from Apple Notes or Google Docs is text to Markdown, not a list
    body = "플랫폼 팀 없이 플랫폼 엔지니어링\n• 엔지니어 80명, 길드로 운영\n• 골든 패스 = 템플릿\n"
    assert _shown(body) == body.strip().split("\n")
    entry = factories.entry("→ keynote ran long\n→ the demo failed twice\n", note="n.md")
    assert [p.plain for p in split_passages(entry)] == [
        "→ keynote ran long",
        "→ the demo failed twice",
    ]
    # an arrow inside a paragraph's text is no bullet
    assert _shown("the price went up\n→ nobody was happy\nand then it rained\n") == [
        "the price went up → nobody was happy and then it rained"
    ]


def test_points_a_social_post_opens_with_emoji_are_a_passage_each() -> None:
    # LinkedIn-style posts number or mark their points with emoji, which Markdown reads as text
    keycaps = (
        "Mine tre høydepunkter fra Booster\n"
        "1\ufe0f\u20e3 Workshopen om Kotlin\n2\ufe0f\u20e3 Arkitekturpanelet\n"
    )
    assert [p.plain for p in split_passages(factories.entry(keycaps, note="n.md"))] == [
        "Mine tre høydepunkter fra Booster",
        "1\ufe0f\u20e3 Workshopen om Kotlin",
        "2\ufe0f\u20e3 Arkitekturpanelet",
    ]
    marked = "What I took home:\n\U0001f539 Observability is a team sport\n\U0001f449 Slides\n"
    assert len(split_passages(factories.entry(marked, note="n.md"))) == 3
    # a chat message's header over its text that opens with an emoji stays one message
    message = "Priya 9:40 AM\n\U0001f9f5 Keynote: Platform engineering at scale\n"
    assert len(split_passages(factories.entry(message, note="n.md"))) == 1
    # a line that merely starts with a number or a word stays part of its sentence
    wrapped = "We counted\n2 incidents that week\nand a rollback\n"
    assert len(split_passages(factories.entry(wrapped, note="n.md"))) == 1


def test_a_messages_headers_show_a_line_each_with_the_address_as_written() -> None:
    body = (
        "From: Élodie Marchand <elodie.marchand@example.fr>\n"
        "To: equipe@example.fr\n"
        "Date: Thu, 12 Jun 2025 18:40:00 +0200\n"
        "Subject: Re: [devoxx-fr] Notes du jeudi\n"
        "\n"
        "Bonsoir à tous,\n"
    )
    assert _shown(body) == [
        "From: Élodie Marchand <elodie.marchand@example.fr>",
        "To: equipe@example.fr",
        "Date: Thu, 12 Jun 2025 18:40:00 +0200",
        "Subject: Re: [devoxx-fr] Notes du jeudi",
        "Bonsoir à tous,",
    ]
    # lines that only open with a word and a colon are no message's headers: shown as the
    # fact lines they are, a line each, with no address handling
    assert _shown("Venue: Palais des Congrès\nRoom: Neuilly 252\n") == [
        "Venue: Palais des Congrès",
        "Room: Neuilly 252",
    ]


def test_labelled_fact_lines_show_a_line_each() -> None:
    # the writer's editor shows a line each; CommonMark would run them into one sentence
    body = "**Speaker:** Marco Villanueva\n**When:** Sat 1 Mar, 14:00 · Room B\n"
    assert _shown(body) == ["Speaker: Marco Villanueva", "When: Sat 1 Mar, 14:00 · Room B"]
    korean = "발표자 : 김민지\n장소 : 그랜드볼룸\n"
    assert _shown(korean) == ["발표자 : 김민지", "장소 : 그랜드볼룸"]
    # a sentence that wraps, or a link on the next line, stays one paragraph
    assert _shown("Note: the keynote ran long and\nthe demo failed twice.\n") == [
        "Note: the keynote ran long and the demo failed twice."
    ]
