"""GitHub issues and discussions exported to Markdown (issue 14): a line in a post that names a
talk and its speaker opens that talk, to the end of its list; a comment that opens by adding to
a talk given earlier in the thread is that talk; each part is by whoever wrote the post; a
thread that names no talk (a planning issue, a bug report) is no talk."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, items_by_title, list_json
from summit_tui.corpus.issue_thread import opened, thread_parts, thread_title

AVATAR = '<img src="https://avatars.githubusercontent.com/u/1?v=4" width="50">'
REPO = "https://github.com/droid-study/weekly"


def _post(user: str, verb: str, when: str, issue: str) -> str:
    """gh2md's header of a post: who wrote it, and when."""
    link = f"({REPO}/issues/{issue})"
    return f"#### {AVATAR}[{user}](https://github.com/{user}) {verb} at [{when}]{link}:"


GH2MD = f"""\
# [\\#12 Issue]({REPO}/issues/12) `closed`: Notes from DroidKnights 2024

{_post("minji-kim", "opened issue", "2024-06-11 02:41", "12")}

오늘 들은 것 정리해주세요!

**키노트: Compose 시대의 안드로이드 아키텍처 (한도윤님)**

- 단방향 데이터 흐름은 이제 기본

**Baseline Profile로 앱 시작 속도 줄이기** — 서지호님 (토스), 트랙1 11:00

- 콜드 스타트 1.9s → 1.1s

{_post("sora-lee", "commented", "2024-06-11 09:30", "12#issuecomment-1")}

키노트 저도 들었는데 보충하면

- 샘플 앱 코드 공개 예정

오후에는 이거 들었어요

KMP로 iOS와 로직 공유하기 (윤세아님, 당근)
- 도메인 레이어만 공유

{_post("minji-kim", "commented", "2024-06-12 00:15", "12#issuecomment-2")}

다들 감사!
"""

AT_USER = """\
# closed: PyCon KR 2024 talk notes

https://github.com/pyseoul/conf-notes/issues/3

@dana-cho opened this issue on Oct 26, 2024 · 2 comments

**asyncio TaskGroup in production** — Kim Hyunsu (Kakao Pay), Room 102 11:30
- TaskGroup replaces gather + cancel

---

@mina-yoo commented on Oct 27, 2024

TaskGroup talk was my favourite too:
- `except*` was new to most of the room

---

@jae-lee commented on Oct 28, 2024

Thanks both, closing.
"""

PLANNING = f"""\
# [\\#9 Issue]({REPO}/issues/9) `closed`: DK 2024 누가 어떤 세션 들을지 정하기

{_post("minji-kim", "opened issue", "2024-06-03 07:20", "9")}

세션 나눠서 듣고 정리해요.

- [x] 키노트: Compose 시대의 안드로이드 아키텍처 — 민지
- [ ] Gradle 빌드 캐시 제대로 쓰기 (트랙1 14:00) — ?

{_post("sora-lee", "commented", "2024-06-04 03:45", "9#issuecomment-3")}

Gradle은 제가 맡을게요!
"""


def test_talks_in_posts_with_their_writers() -> None:
    parts = thread_parts(GH2MD)
    assert parts is not None
    lines = GH2MD.split("\n")
    got = [
        (p.title, p.speakers, p.author, lines[p.start].split()[0], lines[p.end - 1]) for p in parts
    ]
    assert got == [
        ("Compose 시대의 안드로이드 아키텍처 (한도윤님)", ("한도윤",), "minji-kim", "**키노트:",
         "- 단방향 데이터 흐름은 이제 기본"),
        ("Baseline Profile로 앱 시작 속도 줄이기", ("서지호",), "minji-kim", "**Baseline",
         "- 콜드 스타트 1.9s → 1.1s"),
        # the comment adds to the keynote: from its header to the end of its list
        ("Compose 시대의 안드로이드 아키텍처 (한도윤님)", ("한도윤",), "sora-lee", "####",
         "- 샘플 앱 코드 공개 예정"),
        ("KMP로 iOS와 로직 공유하기 (윤세아님, 당근)", ("윤세아",), "sora-lee", "KMP로",
         "- 도메인 레이어만 공유"),
    ]  # fmt: skip


def test_at_user_headers_and_a_comment_naming_a_talk_by_its_words() -> None:
    parts = thread_parts(AT_USER)
    assert parts is not None
    assert [(p.title, p.speakers, p.author) for p in parts] == [
        ("asyncio TaskGroup in production", ("Kim Hyunsu",), "dana-cho"),  # not "Kakao Pay"
        ("asyncio TaskGroup in production", ("Kim Hyunsu",), "mina-yoo"),
    ]
    assert opened(AT_USER) == ("2024-10-26", "dana-cho")
    assert opened(GH2MD) == ("2024-06-11", "minji-kim")


def test_a_planning_issue_holds_no_talk() -> None:
    assert thread_parts(PLANNING) == []


@pytest.mark.parametrize(
    ("title", "clean"),
    [
        ("[\\#12 Issue](https://github.com/a/b/issues/12) `closed`: Notes from X", "Notes from X"),
        ("closed: PyCon KR 2024 talk notes", "PyCon KR 2024 talk notes"),
        ("드로이드나이츠 2024 한 줄 후기 · Discussion #15", "드로이드나이츠 2024 한 줄 후기"),
        ("Closed-loop control at scale", "Closed-loop control at scale"),
    ],
)  # fmt: skip
def test_a_thread_title_without_the_export_marks(title: str, clean: str) -> None:
    assert thread_title(title) == clean


def test_notes_that_are_not_threads() -> None:
    # a post that links a GitHub repo and names people who "commented" is no export
    body = "# Notes\n\nSee https://github.com/a/b for the code.\n\nKim commented on it.\n"
    assert thread_parts(body) is None
    assert opened(body) == (None, None)


def test_list_joins_threads_by_talk_event_and_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    discussion = (
        "# 드로이드나이츠 2024 후기 · Discussion #15\n\nhttps://github.com/droid-study/weekly/"
        "discussions/15\n\n**hyun-woo** started this conversation in **General** · Jun 11, 2024\n\n"
        "들은 세션 남겨요.\n\n---\n\n@jun-park commented on Jun 12, 2024\n\n"
        "KMP로 iOS와 로직 공유하기 (윤세아님, 당근)\n- expect/actual 최소화\n"
    )
    data = list_json(
        tmp_path,
        capsys,
        {"issues/12.md": GH2MD, "issues/9.md": PLANNING, "discussions/15.md": discussion},
    )
    assert [e["title"] for e in data["events"]] == ["DroidKnights 2024"]  # DK, 드로이드나이츠 too
    items = items_by_title(data)
    keynote = items["Compose 시대의 안드로이드 아키텍처"]
    assert keynote["date"] == "2024-06-11"
    assert {e["author"] for e in keynote["entries"]} == {"minji-kim", "sora-lee"}
    kmp = next(i for t, i in items.items() if t.startswith("KMP로"))
    assert {e["note"] for e in kmp["entries"]} == {"issues/12.md", "discussions/15.md"}
    assert kmp["date"] == "2024-06-11"  # the day of the event, not of the comment
    assert set(item_of_line(data).values()) & {None}  # the planning issue is unsorted
    assert all(e["note"] != "issues/9.md" for i in items.values() for e in i["entries"])
