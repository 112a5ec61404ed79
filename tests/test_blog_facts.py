"""Facts of blog exports in more shapes (issue 14): a Korean community conference named like
PyCon (인프콘 2024, 고퍼콘 코리아 2024), the author's key in another language (auteur:), a
folder a blog was saved in (velog-dahye/, sunny.tistory.com/), a Hugo page bundle
(pgo-in-production/index.ko.md), a post's title that says it reports a talk ("… 세션 자세히
정리"), and a speaker label in parentheses."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.bylines import title_author, unstated_author
from summit_tui.corpus.event_names import event_phrases, without_event
from summit_tui.corpus.folders import file_title, folder_facts
from summit_tui.corpus.speakers import line_speakers


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("[후기] 인프콘 2024 참가 후기 🎉", ("인프콘 2024",)),
        ("인프콘 2024 실시간 메모", ("인프콘 2024",)),
        ("고퍼콘 코리아 2024", ("고퍼콘 코리아 2024",)),
        ("아이콘 2024 디자인 트렌드", ()),  # an icon, not a conference
        ("실리콘 밸리 출장기", ()),
    ],
)
def test_a_korean_conference_named_like_pycon(title: str, names: tuple[str, ...]) -> None:
    assert event_phrases(title) == names


def test_the_blog_folder_names_the_author() -> None:
    assert unstated_author(None, (None,), "velog-dahye/[후기] 인프콘.md") == ("dahye", "folder")
    assert unstated_author(None, (None,), "tistory_hoon/후기 (1).md") == ("hoon", "folder")
    assert unstated_author(None, (None,), "sunny.tistory.com/후기.md") == ("sunny", "folder")
    # a file name is no writer
    assert unstated_author(None, (None,), "notes/후기.md") == ("후기", "none")


def test_a_page_bundle_is_named_by_its_folder() -> None:
    rel = "content/posts/gophercon-korea-2024/pgo-in-production/index.zh-cn.md"
    assert file_title(rel) == "pgo-in-production"
    assert file_title("content/posts/_index.ko.md") == "posts"
    assert file_title("notes/index-of-talks.md") == "index-of-talks"
    names = [name for _, name in folder_facts(rel)["events"]]
    assert not any("pgo" in name.lower() for name in names)  # the slug is no event


def test_the_author_key_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    post = (
        "---\ntitle: DevConf 2024 — un talk\nauteur: Camille\nevent: DevConf 2024\n"
        "date: 2024-04-17\n---\n\nSpeaker: Ann Lee\n\n- un point\n"
    )
    data = list_json(tmp_path, capsys, {"fr/devconf.md": post})
    authors = [
        entry["author"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
        for entry in item["entries"]
    ]
    assert authors == ["Camille"]


@pytest.mark.parametrize(
    ("title", "talk"),
    [
        (
            "[인프콘 2024] 테스트 코드, 어디까지 짜야 할까? 세션 자세히 정리",
            "테스트 코드, 어디까지 짜야 할까?",
        ),
        (
            "【PyCon JP 2024】「型ヒントを段階的に導入する」を聞いてきた",
            "型ヒントを段階的に導入する",
        ),
        ("인프콘 2024: 데이터 정리", "데이터 정리"),  # "정리" alone may be the talk's own word
        ("RubyKaigi 2024: The Road to a Universal Parser", "The Road to a Universal Parser"),
    ],
)
def test_a_posts_title_without_the_event_and_the_report_words(title: str, talk: str) -> None:
    assert without_event(title, ["인프콘 2024", "PyCon JP 2024", "RubyKaigi 2024"]) == talk


def test_a_speaker_label_in_parentheses() -> None:
    assert line_speakers("(발표자: 이정민님, 인프콘 2024 / 2024.08.02)") == ["이정민"]
    assert line_speakers("(발표: 10분)") == []


def test_a_report_title_ending_in_its_writer() -> None:
    assert title_author("AI 세미나 (2024 가을) 6주차 보고서 - 이다은") == "이다은"


ONE_TALK_POST = """\
---
title: "[DevConf 2024] 테스트 더블, 언제 쓸까? 세션 자세히 정리"
date: 2024-08-07
---
후기 글에서 짧게 쓴 세션인데 자세히 다시 정리했습니다.
(발표자: 이정민님, DevConf 2024 / 2024.08.02)

# 1. 왜 쓰는가

- 느린 의존성을 빼려고

# 2. 언제 쓰지 말까

- 도메인 로직에는 쓰지 않는다
"""


def test_a_post_about_one_talk_with_its_speaker_in_parentheses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (found,) = list_items(tmp_path, capsys, {"velog-dahye/devconf-test-doubles.md": ONE_TALK_POST})
    assert (found["title"], found["speakers"], found["authors"]) == (
        "테스트 더블, 언제 쓸까?",
        ["이정민"],
        ["dahye"],
    )


@pytest.mark.parametrize("platform", ["naver", "brunch", "medium", "devto", "substack", "velog"])
def test_a_blog_platforms_folder_names_no_event(platform: str) -> None:
    # "naver/review.md" is a post kept by where it was published, not a conference "naver"
    assert folder_facts(f"{platform}/letswift-review.md")["events"] == []
    assert folder_facts(f"{platform}/PyCon KR 2024/review.md")["events"] == [(5, "PyCon KR 2024")]
