"""Segmentation rules, one small Markdown note per rule, plus a never-raises property."""

from __future__ import annotations

import gc
import textwrap

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import factories
from summit_tui.corpus.heading_kinds import context_kind
from summit_tui.corpus.infer import infer_program
from summit_tui.corpus.link import link_entries
from summit_tui.corpus.model import (
    Entry,
    EntryKind,
    Item,
    ItemKind,
    Note,
    Program,
)
from summit_tui.corpus.segment import segment_note


def note(body: str, *, title: str = "My notes", path: str = "n.md", line: int = 1) -> Note:
    body = textwrap.dedent(body).lstrip("\n")
    return factories.note(
        path, "Ann", body, title=title, line=line, event="demo", date="2024-11-04"
    )


def program(*items: Item) -> Program:
    return factories.program(items, event="demo", title="Demo")


def session(item_id: str, title: str, *speakers: str, **extra) -> Item:
    return factories.item(item_id, title, event="demo", track="Keynote", speakers=speakers, **extra)


def booth(item_id: str, title: str, *aliases: str) -> Item:
    return factories.item(
        item_id, title, kind=ItemKind.BOOTH, event="demo", track="Exhibition", aliases=aliases
    )


def entries(body: str, prog: Program | None = None, **kwargs) -> list[Entry]:
    found, problems = segment_note(note(body, **kwargs), prog)
    assert problems == []
    return found


def titles(found: list[Entry]) -> list[tuple[str, EntryKind]]:
    return [(e.title, e.kind) for e in found]


def test_atx_headings_at_any_depth_under_a_context() -> None:
    found = entries(
        """
        # Keynote
        ### First talk
        text
        ##### Second talk
        more
        """
    )
    # "Second talk" is deeper, so it is a sub-point of the first talk.
    assert titles(found) == [("First talk", EntryKind.SESSION)]
    assert "Second talk" in found[0].text


def test_setext_headings_are_talks() -> None:
    found = entries(
        """
        Day 1 발표 정리
        ===============

        **5. AI의 미래**
        -------------

        * **발표자:** Rani Borkar (Microsoft CVP)

        **6. 다음 발표**
        -------------

        text
        """
    )
    assert titles(found) == [
        ("5. AI의 미래", EntryKind.SESSION),
        ("6. 다음 발표", EntryKind.SESSION),
    ]
    assert found[0].heading_path == ("Day 1 발표 정리", "5. AI의 미래")
    assert found[0].speakers == ("Rani Borkar",)


def test_bold_numbered_paragraph_inside_a_talk_is_a_sub_point() -> None:
    found = entries(
        """
        # 세션
        ## AI의 미래
        **1. 아폴로 프로그램과 Era of AI**

        text

        **2. AI 인프라**

        more
        """
    )
    assert titles(found) == [("AI의 미래", EntryKind.SESSION)]
    assert "**2. AI 인프라**" in found[0].text


def test_table_of_contents_is_part_of_the_intro_not_ten_talks() -> None:
    toc = "\n\n".join(f"**{n}. Talk number {n}**\n\n* **발표자:** Person {n}" for n in range(5, 15))
    talk = "**5. Talk number 5**\n---------\n\ntext\n"
    body = f"**Day 1 발표 주제 정리**\n=====\n\n{toc}\n\n---\n\n{talk}"
    found, _ = segment_note(note(body), None)
    assert [(e.title, e.kind) for e in found] == [
        ("Day 1 발표 주제 정리", EntryKind.OTHER),
        ("5. Talk number 5", EntryKind.SESSION),
    ]
    assert "**14. Talk number 14**" in found[0].text


def test_context_decides_the_kind() -> None:
    assert context_kind("EXHIBITION") is EntryKind.BOOTH
    assert context_kind("Interesting booths") is EntryKind.BOOTH
    assert context_kind("부스 후기") is EntryKind.BOOTH
    assert context_kind("Keynote session") is EntryKind.SESSION
    assert context_kind("KeyNote") is EntryKind.SESSION
    assert context_kind("오후 세션") is EntryKind.SESSION
    assert context_kind("Day 1 오후 발표 주제 정리") is EntryKind.SESSION
    assert context_kind("Information") is None
    assert context_kind("Fireside talk", nested=True) is None
    assert context_kind("Sessions", nested=True) is EntryKind.SESSION
    assert context_kind("perplexity는 곧 광고 키워드를 탑재한다. (충격적인 발표)") is None


def test_headings_under_exhibition_are_booths_and_under_keynote_sessions() -> None:
    found = entries(
        """
        # EXHIBITION
        Q&A mostly.
        ### Microsoft
        npu pc
        ### Moloco
        ads
        # Keynote session
        ### The Vision for the Future of AI (Rani Borakr)
        text
        """
    )
    assert titles(found) == [
        ("EXHIBITION", EntryKind.OTHER),
        ("Microsoft", EntryKind.BOOTH),
        ("Moloco", EntryKind.BOOTH),
        ("The Vision for the Future of AI (Rani Borakr)", EntryKind.SESSION),
    ]
    assert found[-1].speakers == ("Rani Borakr",)


def test_each_bullet_of_a_booth_list_is_a_booth_entry() -> None:
    found = entries(
        """
        # Interesting booths
        - [Nvidia AI Enterprise](https://example.com): AI platform
        - [allganize](https://example.com/a): RAG
        - EventCAT: 41개 국어 AI 동시통역
        """
    )
    assert titles(found) == [
        ("Nvidia AI Enterprise", EntryKind.BOOTH),
        ("allganize", EntryKind.BOOTH),
        ("EventCAT", EntryKind.BOOTH),
    ]
    assert [e.start_line for e in found] == [2, 3, 4]
    assert found[1].heading_path == ("Interesting booths", "allganize")


def test_sub_headings_inside_a_booth_belong_to_it_with_a_program() -> None:
    body = """
        # EXHIBITION
        ### SK
        #### A.(에이닷)
        q
        #### Starburst (데이터 분석 플랫폼)
        q
        #### SASE(클라우드 보안)
        q
        """
    with_program = entries(body, program(booth("b-sk", "SK")))
    assert titles(with_program) == [("SK", EntryKind.BOOTH)]
    assert "#### SASE" in with_program[0].text
    # Without a program each is a part of its own under the booth; inference puts it back
    # with the booth unless another note names it as a booth (see test_link).
    found = entries(body)
    assert [e.heading_path[1:] for e in found] == [
        ("SK",),
        ("SK", "A.(에이닷)"),
        ("SK", "Starburst (데이터 분석 플랫폼)"),
        ("SK", "SASE(클라우드 보안)"),
    ]
    assert all(e.kind is EntryKind.BOOTH for e in found)


def test_a_sub_heading_the_program_lists_on_its_own_is_its_own_entry() -> None:
    prog = program(booth("b-sk", "SK"), booth("b-star", "Starburst"))
    body = """
        # EXHIBITION
        ### SK
        #### A.(에이닷)
        q
        #### Starburst (데이터 분석 플랫폼)
        q
        """
    found = entries(body, prog)
    assert titles(found) == [
        ("SK", EntryKind.BOOTH),
        ("Starburst (데이터 분석 플랫폼)", EntryKind.BOOTH),
    ]
    links = link_entries(found, {"n.md": note(body)}, prog)
    assert [links[e.id].item_id for e in found] == ["b-sk", "b-star"]


def test_exhibition_part_without_sub_heading_is_named_by_what_it_mentions() -> None:
    body = """
        ## EXHIBITION
        ![](image.png)

        google cloud에서는 Gemini 1.5 모델을 사용해서 데모를 보여주었습니다.
        ## KeyNote
        intro
        """
    without = entries(body)
    assert titles(without)[0] == ("google cloud", EntryKind.BOOTH)
    with_program = entries(body, program(booth("b-gc", "Google Cloud", "google cloud")))
    assert titles(with_program)[0] == ("Google Cloud", EntryKind.BOOTH)
    assert with_program[0].heading_path == ("EXHIBITION", "Google Cloud")


def test_speakers_from_labels_lists_titles_and_sentences() -> None:
    panel = (
        "> * **참여자:** Steve Scott (AMD Corporate Fellow), 이강욱 (SK하이닉스 부사장), "
        "Gary Grider (Los Alamos National Laboratory, HPC Division Leader, Moderator)"
    )
    found = entries(
        f"""
        # 발표
        ## 패널토의: AI 반도체
        {panel}
        ## 패널토의: 인프라
        > * **참여자:**
        >   + 유영상 (SK텔레콤 CEO)
        >   + 오혜연 교수 (KAIST, Moderator)
        ## AI Infra Market(Mark Adams)
        text
        ## AI 발전을 위한 기술적 요구사항
        AMD사의 Corporate Fellow인 Steve Scott이 연설을 하였습니다.
        ## Perplexity 검색
         Perplexity CEO인 Aravind Srinivas이 연설하였는데, 소개하는 섹션이였습니다.
        """
    )
    assert [e.speakers for e in found] == [
        ("Steve Scott", "이강욱", "Gary Grider"),
        ("유영상", "오혜연"),
        ("Mark Adams",),
        ("Steve Scott",),
        ("Aravind Srinivas",),
    ]


def test_a_note_about_one_talk_is_one_session_entry() -> None:
    found = entries(
        """
        # [23.03.29] Generative AI의 기술적 기반과 미래
        intro
        ### Generative Engine
        text
        ### QA
        - question

        Speaker : 전병곤 교수님
        """,
        title="Generative AI의 기술적 기반과 미래",
    )
    assert titles(found) == [("[23.03.29] Generative AI의 기술적 기반과 미래", EntryKind.SESSION)]
    assert found[0].speakers == ("전병곤",)


def test_note_title_heading_is_not_a_context() -> None:
    found = entries(
        """
        # SK AI SUMMIT 키노트 정리
        about this post
        """,
        title="SK AI SUMMIT 키노트 정리",
    )
    assert titles(found) == [("SK AI SUMMIT 키노트 정리", EntryKind.OTHER)]


def test_a_note_without_structure_is_one_other_entry() -> None:
    found = entries("just thinking\nabout AI and NVIDIA\n")
    assert titles(found) == [("My notes", EntryKind.OTHER)]
    assert found[0].id == "n.md#note"


def test_headings_in_code_fences_are_not_headings() -> None:
    found = entries(
        """
        # Keynote
        ## Real talk
        ```
        # not a heading
        ```
        """
    )
    assert titles(found) == [("Real talk", EntryKind.SESSION)]


def test_entry_lines_are_file_lines_and_text_is_the_source() -> None:
    body = "intro line\n\n# Keynote\n## Talk A\nbody a\n\n## Talk B\nbody b\n"
    found, _ = segment_note(note(body, line=6), None)
    file_lines = ["---"] * 5 + body.split("\n")
    for entry in found:
        assert entry.text == "\n".join(file_lines[entry.start_line - 1 : entry.end_line])
    assert [(e.title, e.start_line) for e in found] == [
        ("My notes", 6),
        ("Talk A", 9),
        ("Talk B", 12),
    ]


def test_entry_ids_are_stable_and_unique() -> None:
    body = "# Keynote\n## Same\na\n## Same\nb\n"
    first, _ = segment_note(note(body, path="sub/n.md"), None)
    again, _ = segment_note(note(body, path="sub/n.md"), None)
    assert [e.id for e in first] == [e.id for e in again]
    assert [e.id for e in first] == ["sub/n.md#keynote/same", "sub/n.md#keynote/same~2"]


markdown_text = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.sampled_from(
            [
                "# EXHIBITION",
                "## Keynote",
                "### 세션",
                "**5. AI의 미래**",
                "-----",
                "=====",
                "- [x](y): z",
                "* **발표자:** Rani Borkar (Microsoft CVP)",
                "> * **참여자:**",
                ">   + 유영상 (SK텔레콤 CEO)",
                "```",
                "| a | b |",
                "| --- | --- |",
                "",
                "Steve Scott이 연설하였습니다.",
                "#",
                "<div>",
                "1. item",
                "   nested",
            ]
        ),
    ),
    max_size=30,
).map("\n".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=markdown_text)
@example(body="\r0\n# EXHIBIT\n0.\n0.")  # a booth heading's list past a lone carriage return
def test_segmenting_and_linking_arbitrary_markdown_never_raises(body: str) -> None:
    prog = program(session("s1", "AI의 미래", "Rani Borkar"), booth("b1", "Microsoft"))
    the_note = note(body)
    for prog_or_none in (prog, None):
        found, problems = segment_note(the_note, prog_or_none)
        assert problems == []
        assert len({e.id for e in found}) == len(found)
        lines = the_note.body.split("\n")
        for entry in found:
            assert 1 <= entry.start_line <= entry.end_line <= len(lines)
        links = link_entries(found, {the_note.path: the_note}, prog)
        assert set(links) == {e.id for e in found}
        inferred, inferred_links = infer_program({the_note.path: the_note}, found)
        assert set(inferred_links) == {e.id for e in found}
        assert {link.item_id for link in inferred_links.values()} - {None} <= {
            i.id for i in inferred.items()
        }


def test_a_summary_sub_heading_inside_a_talk_is_not_a_context() -> None:
    found = entries(
        """
        # The Vision for the Future of AI
        * **발표자:** Rani Borkar (Microsoft CVP)
        ## 발표 요약
        speed, scale, sustainability
        """
    )
    assert titles(found) == [("The Vision for the Future of AI", EntryKind.SESSION)]


def test_a_day_heading_over_contexts_is_a_container() -> None:
    found = entries(
        """
        # Day 1
        ## Booths
        - Moloco: ads
        - Lambda: GPUs
        ## Keynotes
        ### AI의 미래
        text
        """
    )
    assert titles(found) == [
        ("Moloco", EntryKind.BOOTH),
        ("Lambda", EntryKind.BOOTH),
        ("AI의 미래", EntryKind.SESSION),
    ]


def test_a_heading_the_program_lists_is_a_talk_even_with_a_context_word() -> None:
    body = """
        # Rani Borkar keynote
        ## 발표 요약
        speed, scale, sustainability
        """
    prog = program(session("s5", "Rani Borkar keynote", "Rani Borkar"))
    assert titles(entries(body, prog)) == [("Rani Borkar keynote", EntryKind.SESSION)]


# -- the shapes of real notes -------------------------------------------------------------


def shaped(body: str, **fields) -> list[Entry]:
    """A note as the loader makes it: frontmatter fields and facts read from the text."""
    from summit_tui.corpus.fields import frontmatter_fields
    from summit_tui.corpus.metadata import note_facts
    from summit_tui.corpus.note_headings import title_heading

    text = textwrap.dedent(body).lstrip("\n")
    path = fields.pop("path", "n.md")
    meta = frontmatter_fields({k: v for k, v in fields.items()}, path, [], 2)
    if not meta.get("title"):
        meta["title"] = title_heading(text) or path.rsplit("/", 1)[-1][:-3]
    meta.update(note_facts(meta, text, path, 1))
    meta["author_guessed"] = meta.get("author_source") != "frontmatter"
    meta.setdefault("author", "Ann")
    found, problems = segment_note(Note(path=path, body=text, body_line=1, **meta), None)
    assert problems == []
    return found


def test_a_post_per_talk_is_one_talk_with_its_parts() -> None:
    found = shaped(
        """
        Contributed paper session, Friday morning.

        ## Why the one-shot doesn't work
        - 50 minutes
        ## Q&A session
        - someone asked about assessment
        ## Takeaways
        - try it
        """,
        title="Beyond the One-Shot: Critical Information Literacy",
        subtitle="Marcus Hale; Dana Whitfield",
        categories=["ACRL 2019"],
    )
    assert titles(found) == [("Beyond the One-Shot: Critical Information Literacy", SESSION)]
    assert found[0].speakers == ("Marcus Hale", "Dana Whitfield")
    assert "Q&A session" in found[0].text and found[0].start_line == 1


def test_a_note_per_day_has_a_talk_per_heading() -> None:
    found = shaped(
        """
        # 2024 DevFest Seoul day 1

        오늘 들은 세션 정리.

        ## 모바일앱 CI/CD 파이프라인 구축기
        - fastlane
        ## What's new in Kotlin (김민지님)
        - K2
        ## Q&A
        - 질문
        ## 마치며
        다음에도 와야지
        """
    )
    assert titles(found) == [
        ("2024 DevFest Seoul day 1", OTHER),
        ("모바일앱 CI/CD 파이프라인 구축기", SESSION),
        ("What's new in Kotlin (김민지님)", SESSION),
        ("마치며", OTHER),
    ]
    kotlin = found[2]
    assert kotlin.speakers == ("김민지",)
    assert "- 질문" in kotlin.text  # the Q&A after a talk is that talk's
    assert found[1].day_hint == "day:1"


def test_headings_that_name_days_group_their_talks() -> None:
    found = shaped(
        """
        # PyCon KR 2024 정리
        ## Day 1 (10월 26일)
        ### 파이썬과 함께 자라기 (김도윤님)
        text
        ## Day 2
        ### Free-threaded Python — Tom Brenner
        text
        """
    )
    talks = [e for e in found if e.kind is SESSION]
    assert [(e.title, e.day_hint) for e in talks] == [
        ("파이썬과 함께 자라기 (김도윤님)", "--10-26"),
        ("Free-threaded Python", "day:2"),  # the speaker is not part of the title
    ]
    assert talks[1].speakers == ("Tom Brenner",)


def test_a_seminar_report_is_one_talk() -> None:
    found = shaped(
        """
        Seminar Report

        Title : Limits and Possibilities of Graph Neural Networks
        Speaker : Prof. Seungmin Lee (POSTECH)
        Seminar Date/Time : 2023/03/15, 16:00 ~ 17:15

        1. Summary
        ## Questions
        - why
        """,
        path="report - choi.md",
    )
    assert [e.kind for e in found] == [SESSION]
    assert found[0].speakers == ("Seungmin Lee",)


def test_notes_about_no_talk_stay_unsorted() -> None:
    essay = shaped("그냥 생각나는 것들.\n\n## 요즘 드는 생각\n글\n", title="일상 기록")
    assert {e.kind for e in essay} == {OTHER}
    draft = shaped("## Talk A (Jane Doe)\ntext\n", title="PyCon 2024", published=False)
    assert [e.kind for e in draft] == [OTHER]
    links = shaped(
        "# PyCon KR 2024\n\n## 들은 세션\n- [[Keynote - 파이썬과 함께 자라기]]\n- [[Polars]]\n",
        tags=["conference", "MOC"],
    )
    assert {e.kind for e in links} == {OTHER}
    theme = shaped("## Headers\ntext\n## Lists\n- a\n", title="Welcome to Jekyll!")
    assert {e.kind for e in theme} == {OTHER}


def test_booths_from_a_table_and_from_a_heading_naming_one() -> None:
    found = shaped(
        """
        # AWS Summit Seoul 2024 메모
        ## 부스 (표로 정리)

        | 부스 | 내용 | 메모 |
        |---|---|---|
        | Datadog | LLM Observability | 베타 신청함 |
        | Snowflake | Cortex LLM 함수 | 데모 신기 |

        ## 당근 부스에서 물어본 것
        내년에 오픈소스화 검토 중이라고.
        """
    )
    booths = [(e.title, e.start_line) for e in found if e.kind is BOOTH]
    assert booths == [("Datadog", 6), ("Snowflake", 7), ("당근", 9)]


def test_talk_titles_in_bold_lines_with_a_speaker_after_a_dash() -> None:
    found = shaped(
        """
        I/O Extended Seoul 2024, 7/6(토)

        **Web: Baseline & View Transitions — 이수아**

        Baseline 개념

        **Firebase Genkit 맛보기 — Kevin Cho**

        - flow
        """,
        path="IO Extended 후기 - 웹 세션.md",
    )
    assert [(e.kind, e.speakers) for e in found if e.kind is SESSION] == [
        (SESSION, ("이수아",)),
        (SESSION, ("Kevin Cho",)),
    ]


SESSION, BOOTH, OTHER = EntryKind.SESSION, EntryKind.BOOTH, EntryKind.OTHER


def test_a_plain_text_note_with_kind_lines_has_a_talk_per_line() -> None:
    found = shaped(
        """
        if(kakao)AI 2024 — my notes, day 1 (Oct 22)

        KEYNOTE — AI in everyday life (Jihoon Kim)
        * agents inside conversations

        SESSION — LLM embeddings for recommendation (Seojin Park)
        * cold start
        """,
        path="notes-eng-day1.md",
        author="Ethan Cole",
    )
    talks = [(e.title, e.speakers) for e in found if e.kind is SESSION]
    assert talks == [
        ("AI in everyday life (Jihoon Kim)", ("Jihoon Kim",)),
        ("LLM embeddings for recommendation (Seojin Park)", ("Seojin Park",)),
    ]


def test_a_post_about_a_day_or_the_exhibition_hall_has_several_parts() -> None:
    day = shaped(
        """
        3월 20일 (수) 첫날 들은 것들을 정리합니다.
        ## 키노트: Cloud native in the age of AI
        text
        ## 쿠버네티스 10주년 패널
        text
        """,
        title="KubeCon EU 2024 파리 후기 - 1일차",
        categories=["KubeCon EU 2024"],
    )
    assert [e.kind for e in day] == [OTHER, SESSION, SESSION]
    hall = shaped(
        "Friday on the floor.\n## Isovalent\ntext\n## Grafana Labs\ntext\n",
        title="KubeCon Paris: the Solutions Showcase and project pavilion",
        categories=["KubeCon EU 2024"],
    )
    assert [(e.title, e.kind) for e in hall if e.kind is not OTHER] == [
        ("Isovalent", BOOTH),
        ("Grafana Labs", BOOTH),
    ]
    timed = shaped(
        "Marta asked me to write up the last day.\n"
        "### Friday 9:15am — Keynote: Sustainable compute (Hanna Müller)\ntext\n"
        "### Friday 11:00am — WebAssembly on Kubernetes (Diego Alvarez)\ntext\n",
        title="Guest post: my Friday at KubeCon Paris",
        categories=["KubeCon EU 2024"],
    )
    assert [e.speakers for e in timed if e.kind is SESSION] == [
        ("Hanna Müller",),
        ("Diego Alvarez",),
    ]


def test_several_level_one_headings_are_talks_not_the_title() -> None:
    found = shaped(
        """
        DAN 24 - 2일차 (11/12 화)

        # 하이퍼클로바X 경량화 모델 서빙 (한도경)
        - text
        # 지도 앱 리뉴얼 후기 (이서하)
        - text
        """,
        path="dan24_day2_세션.md",
    )
    assert [e.title for e in found if e.kind is SESSION] == [
        "하이퍼클로바X 경량화 모델 서빙 (한도경)",
        "지도 앱 리뉴얼 후기 (이서하)",
    ]


def test_segmenting_leaves_nothing_for_the_garbage_collector() -> None:
    """What segmenting a note builds is freed as soon as it is done: no reference cycles.
    A cold load segments thousands of notes; cyclic leftovers (each holding the note's
    whole parse) made the collector's passes about a fifth of a pool worker's time."""
    prog = program(booth("b-sk", "SK"), booth("b-star", "Starburst"), session("k1", "Keynote"))
    plain = """
        # EXHIBITION
        ### SK
        #### A.(에이닷)
        - **발표자:** Kim Ann
        - [Starburst](https://example.com): 데이터
        #### Starburst (데이터 분석 플랫폼)
        q
        """
    quoted = plain + "\n> a quote: parsed by markdown-it, not the fast scanner\n"
    for body in (plain, quoted):
        segment_note(note(body), prog)  # parsers and caches made once, outside the count
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for body in (plain, quoted):
            segment_note(note(body), prog)
            segment_note(note(body), None)
        assert gc.collect() == 0
    finally:
        if was_enabled:
            gc.enable()
