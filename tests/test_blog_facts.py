"""Facts of blog exports in more shapes (issue 14): a Korean community conference named like
PyCon (인프콘 2024, 고퍼콘 코리아 2024), the author's key in another language (auteur:), a
folder a blog was saved in (velog-dahye/, sunny.tistory.com/), a Hugo page bundle
(pgo-in-production/index.ko.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.bylines import unstated_author
from summit_tui.corpus.event_names import event_phrases
from summit_tui.corpus.folders import file_title, folder_facts


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
    assert unstated_author(None, (None,), "notes/후기.md") == ("후기", "file")


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
