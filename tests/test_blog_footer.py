"""A blog page's footer (its buttons, links to other posts, readers' comments) is no talk and
no part of the talk above it; breaks, hallway time and link sections in several languages are
no talk either."""

from __future__ import annotations

import textwrap

import factories
from summit_tui.corpus.footer import footer_start
from summit_tui.corpus.heading_kinds import TALK_MARK, generic_heading
from summit_tui.corpus.model import EntryKind
from summit_tui.corpus.segment import segment_note


def _entries(body: str, *, title: str = "My notes", **fields):
    body = textwrap.dedent(body).lstrip("\n")
    made = factories.note("n.md", "Ann", body, title=title, event="demo", **fields)
    found, problems = segment_note(made, None)
    assert problems == []
    return found


def _line(body: str, text: str) -> int:
    return textwrap.dedent(body).lstrip("\n").split("\n").index(text)


TISTORY = """
    지난 토요일 DevFest 다녀왔습니다.

    ## 컴포즈 성능 측정 (박도윤님)

    - 리컴포지션 횟수부터 세기

    ## KMP 도입기 (최서윤님)

    - iOS 팀 설득이 제일 어려웠다

    공감

    구독하기

    #### '컨퍼런스' 카테고리의 다른 글

    - [Droidknights 2024 후기](/38)

    댓글 2

    **안드로이드초보** 2024.11.26 09:12
    정리 감사합니다!
"""


def test_a_tistory_footer_starts_at_its_buttons_and_ends_the_last_talk() -> None:
    body = textwrap.dedent(TISTORY).lstrip("\n")
    assert footer_start(body) == _line(TISTORY, "공감")
    found = _entries(TISTORY)
    talks = [e for e in found if e.kind is EntryKind.SESSION]
    assert [e.speakers for e in talks] == [("박도윤",), ("최서윤",)]
    assert "공감" not in str(talks[-1].text) and "감사합니다" not in str(talks[-1].text)
    assert found[-1].kind is EntryKind.OTHER and "정리 감사합니다!" in str(found[-1].text)


WORDPRESS = """
    Notes on the free-threading talk by Marta Kovacs at PyCon US.

    ### What changes in 3.13

    - a separate binary

    ### Q&A

    NumPy wheels exist but are experimental.

    ### Related

    [The packaging summit](https://example.org/2024/05/21/)

    ### 3 thoughts on “Notes on the free-threading talk”

    1. **Greg** says: May 20, 2024 at 10:02 am
       Great summary!

    ### Leave a Reply
"""


def test_comments_are_no_part_of_a_one_talk_post() -> None:
    # the links right above the comments belong to the page, not to the writer's notes
    assert footer_start(textwrap.dedent(WORDPRESS).lstrip("\n")) == _line(WORDPRESS, "### Related")
    title = "Notes on the free-threading talk"
    found = _entries(WORDPRESS, title=title, speakers=("Marta Kovacs",))
    talk = next(e for e in found if e.kind is EntryKind.SESSION)
    assert "experimental" in str(talk.text)
    assert "Great summary" not in str(talk.text) and "Related" not in str(talk.text)


def test_comment_sections_by_their_count_or_invitation_in_several_languages() -> None:
    for label in (
        "## 💬 댓글 3",
        "## Comments (3)",
        "### 2 comments",
        "## Comentarios (2)",
        "### Leave a Reply",
        "Deixe um comentário",
        "댓글 0",
        "Share this:",
        "Share This Post:",
        "### **이 글 공유하기**",
        "**Partager cet article**",
        "Laisser un commentaire",
        "Kommentar hinterlassen",
        "Like Loading...",
        "> 📌 Leave a comment",
        "5개의 댓글",
        "12 Responses to “Notes from the keynote”",
    ):
        body = f"Some notes.\n\n## Talk (Ann Lee)\n\nText.\n\n{label}\n\nA reader wrote this.\n"
        assert footer_start(body) == 6, label


def test_a_bare_comments_heading_is_the_writers_own_unless_signed_like_comments() -> None:
    own = "## Talk (Ann Lee)\n\nText.\n\n## コメント\n\n「耳が痛い」。自分も気をつけたい。\n"
    assert footer_start(own) is None
    report = "Summary:\n  the talk\n\nComments:\n  데모가 인상적이었다.\n"
    assert footer_start(report) is None
    signed = "## Talk (Ann Lee)\n\nText.\n\n## Comentários\n\n**Ana** · 11 de outubro de 2024\n"
    assert footer_start(signed) == 4


def test_related_links_alone_are_the_writers_closing_list() -> None:
    body = "## Talk (Ann Lee)\n\nText.\n\n## Related\n\n- [Another talk](x.md)\n"
    assert footer_start(body) is None


def test_a_marker_in_a_code_block_is_no_footer() -> None:
    body = "## Talk (Ann Lee)\n\n```\n3 comments\n```\n\nMore notes.\n"
    assert footer_start(body) is None


def test_breaks_hallway_time_and_link_sections_in_several_languages_are_no_talk() -> None:
    assert generic_heading("점심 & 복도 트랙") == "break"
    assert generic_heading("昼休み") == "break"
    assert generic_heading("Pausa café") == "break"
    for links in ("Ligações", "Enlaces", "Liens", "参考リンク", "참고 링크", "Thanks for reading"):
        assert generic_heading(links) == "closing", links
    assert generic_heading("¡Hasta la próxima!") == "closing"
    assert generic_heading("See you in Vigo: the closing keynote by Ana Paz") is None
    assert generic_heading("Tools for testing") is None


def test_a_talk_kind_after_its_day_marks_a_talk_heading() -> None:
    assert TALK_MARK.search('Wednesday keynote: "Cloud Native at 10"')
    assert TALK_MARK.search("Day 1 오프닝 키노트: Cloud Native at 10")
    assert not TALK_MARK.search("Other sessions")


def test_a_post_with_a_talk_per_day_heading_is_not_one_talk() -> None:
    found = _entries(
        """
        Quick notes from KubeCon.

        ## Wednesday keynote: "Cloud Native at 10"

        Ten years of Kubernetes.

        ## Thursday: eBPF runtime security (Rahul Menon)

        CO-RE for kernel fragmentation.
        """,
        title="Field notes from KubeCon North America 2024",
    )
    talks = [e.title for e in found if e.kind is EntryKind.SESSION]
    assert len(talks) == 2


def test_ideas_for_next_years_cfp_are_no_talk_and_name_no_event() -> None:
    from summit_tui.corpus.events import place_notes
    from summit_tui.corpus.no_talk import proposes_talks

    ideas = factories.note(
        "notes/ideas.md",
        "Ann",
        "# Ideas for next year's talk\n\nThe CfP for DevFest 2025 opens soon.\n\n"
        '- lightning talk: "my CI is slower than my tests"\n',
        title="Ideas for next year's talk (CfP)",
        event_names=("DevFest 2025",),
        event_sources=("body",),
    )
    assert proposes_talks(ideas)
    found, _ = segment_note(ideas, None)
    assert all(e.kind is EntryKind.OTHER for e in found)
    post = factories.note(
        "blog/devfest.md",
        "Tom",
        "## Kotlin Multiplatform in practice (Seoyun Choi)\n\nNotes.\n",
        title="DevFest Seoul 2024 recap",
        event_names=("DevFest Seoul 2024", "devfest"),
        event_sources=("title", "tags"),
        date="2024-11-27",
    )
    placements, events = place_notes([ideas, post])
    assert placements["blog/devfest.md"].event_title == "DevFest Seoul 2024"
    assert all("2025" not in info.title for info in events.values())


def test_a_post_about_a_talk_on_writing_proposals_is_that_talk() -> None:
    from summit_tui.corpus.no_talk import proposes_talks

    talk = factories.note(
        "blog/cfp.md",
        "Ann",
        "Notes from the talk.\n",
        title="How to get your CfP accepted",
        speakers=("Jane Doe",),
    )
    assert not proposes_talks(talk)


def test_a_title_saying_it_holds_the_talks_heard_makes_its_headings_talks() -> None:
    found = _entries(
        """
        어제 FEConf 2025 메모.

        ## 디자인 시스템 토큰 자동화

        피그마 변수에서 바로 코드로.

        ## React 19 마이그레이션 후기

        마이그레이션에 3개월.
        """,
        title="FEConf 2025 들은 세션 메모",
        event_names=("FEConf 2025",),
        event_sources=("title",),
    )
    talks = [e.title for e in found if e.kind is EntryKind.SESSION]
    assert talks == ["디자인 시스템 토큰 자동화", "React 19 마이그레이션 후기"]


def test_a_greeting_heading_is_no_talk_but_a_talk_titled_hello_is() -> None:
    for greeting in ("¡Hola, pythonistas!", "Olá a todos", "안녕하세요 여러분", "Hey all 👋"):
        assert generic_heading(greeting) == "intro", greeting
    assert generic_heading("Hello World in WebAssembly") is None
    assert generic_heading("Hi-Fi audio in Rust") is None


def test_a_series_posts_preview_and_a_teams_takeaways_are_no_talk() -> None:
    assert generic_heading("다음 편 예고") == "closing"
    assert generic_heading("우리 팀에 가져올 것들") == "closing"
    assert generic_heading("6. 다음 발표") is None


def test_the_mood_the_food_and_an_after_party_are_no_talk() -> None:
    for heading in ("Comida e ambiente", "Food and atmosphere", "アフターパーティー", "분위기"):
        assert generic_heading(heading) is not None, heading
    assert generic_heading("Ambient computing at Google (Ana Paz)") is None
    assert generic_heading("Food delivery at scale") is None


def test_a_marker_spaced_out_is_one_and_a_line_of_prose_opening_with_its_word_is_not() -> None:
    """A button or a comment label is a short line however its words are spaced; a sentence
    that opens with one of its words ("More of the…", "Related work…") is the writer's."""
    label = "Comentarios" + " " * 40 + "(2)"
    spaced = f"Viaje a JSConf.\n\n## Charla de Ana\n\n- notas\n\n{label}\n\nBueno"
    assert footer_start(spaced) == spaced.split("\n").index(label)
    prose = (
        "## Keynote\n\n- notes\n\n"
        "More posts than I could read came out of the keynote that day.\n\n"
        "Related work from last year was cited twice in the opening talk.\n\n- point"
    )
    assert footer_start(prose) is None


def test_a_part_heading_has_five_words_at_most_beside_its_glue() -> None:
    assert generic_heading("Q&A") == "part"
    assert generic_heading("Intro and closing and Q&A and slides and more") == "intro"
    assert generic_heading("Q&A about the new query planner in depth") is None
