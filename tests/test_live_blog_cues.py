"""Live blogs read in time order by their cue phrases (issue 14): a talk opens where an update
says it begins or its speaker takes the stage, and closes after the update that says it is over;
updates before it, a break between talks and the blog's sign-off are about no talk. In English,
Korean and Russian, newest first or oldest first."""

from __future__ import annotations

from summit_tui.corpus.bilingual import same_talk
from summit_tui.corpus.live_blog import live_parts

NEWEST_FIRST = """\
Refresh for the latest; newest posts at the top.

**3:12 p.m. PT** — That's it from me for today. Thanks for reading along!

**2:44 p.m. PT** — Developer keynote ends with the usual sizzle reel.

**1:58 p.m. PT** — Maria Lopez opens the developer keynote: the API gets a free tier.

**1:40 p.m. PT** — Back in my seat for the developer keynote.

**12:05 p.m. PT** — Lunch. The line is longer than the keynote was.

**11:02 a.m. PT** — That's the end of the opening keynote. One billion developers, again.

**10:15 a.m. PT** — The model picker is the big news.

**9:58 a.m. PT** — Tom Diaz takes the stage. Octoverse numbers first.

**9:40 a.m. PT** — Doors are open. Keynote in 20 minutes.
"""


def _runs(body: str, title: str) -> list[tuple[str, list[str]]]:
    """Each part's title with the stamps of the updates it holds."""
    parts = live_parts(body, title)
    assert parts is not None
    lines = body.split("\n")
    return [
        (
            part.title,
            [
                line.split("—")[0].strip("*( ")
                for line in lines[part.start : part.end]
                if line.strip()
            ],
        )
        for part in parts
    ]


def test_a_talk_runs_from_its_speaker_on_stage_to_the_update_that_says_it_is_over() -> None:
    assert _runs(NEWEST_FIRST, "🔴 LIVE: DevCon 2024") == [
        ("Developer keynote", ["2:44 p.m. PT", "1:58 p.m. PT"]),
        # named by the update that said it was coming ("Keynote in 20 minutes")
        ("Keynote", ["11:02 a.m. PT", "10:15 a.m. PT", "9:58 a.m. PT"]),
    ]


KOREAN = """\
> 현지 시간 10월 29일 오전 10시에 시작하는 키노트를 보면서 적습니다. 최신 글이 맨 위에 있어요.

(오전 7시 5분) 개발자 키노트 끝. 마지막 데모는 앱 빌더

(오전 5시 58분) 개발자 키노트 시작! 첫 발표는 Xcode용 코파일럿

(오전 4시 5분) 현장은 점심시간이라 중계 쉬는 중. 개발자 키노트는 한국 시간 6시쯤

(오전 3시 2분) 키노트 끝! 10억 명의 개발자 얘기로 마무리

(오전 1시 58분) 토마스 돔케 CEO 등장. 옥토버스 숫자부터

(오전 1시 50분) 스트림 대기 중... 커피 두 잔째

---

### 추가 (다음 날)

다시보기로 세션 몇 개 더 봤어요.
"""


def test_a_korean_live_blog_stamped_in_words_names_a_talk_by_its_end() -> None:
    parts = live_parts(KOREAN, "유니버스 2024 키노트 실시간 정리")
    assert parts is not None
    lines = KOREAN.split("\n")
    assert [p.title for p in parts] == ["개발자 키노트", "키노트"]
    developer, keynote = parts
    assert lines[developer.start].startswith("(오전 7시 5분)")
    assert lines[keynote.start].startswith("(오전 3시 2분)")
    assert "1시 58분" in "\n".join(lines[keynote.start : keynote.end])
    # the stream's wait before it and the section after the rule are no part of it
    assert all(
        "대기" not in line and "추가" not in line for line in lines[keynote.start : keynote.end]
    )
    assert all(p.day == "--10-29" for p in parts)  # the event's own day, not the writer's


RUSSIAN = """\
Смотрю трансляцию и пишу по ходу, свежие обновления внизу.

**Обновление 19:45.** Трансляция запустилась, играет музыка. Кейноут в 20:00.

**Обновление 20:01.** Начался кейноут. На сцене Томас Домке.

**Обновление 20:44.** Песочница для моделей.

**Обновление 21:03.** Кейноут закончился.

**Обновление 22:05.** У них перерыв на обед, у нас ужин.

**Обновление 23:59.** Начался кейноут для разработчиков, первым показали Copilot для Xcode.

**Обновление 00:50.** На этом кейноут для разработчиков закончился.

**Обновление 01:05.** На этом всё, спасибо, что читали.
"""


def test_a_russian_live_blog_oldest_first_across_midnight() -> None:
    runs = _runs(RUSSIAN, "Текстовая трансляция")
    assert [(title, len(updates)) for title, updates in runs] == [
        ("Кейноут", 3),
        ("Кейноут для разработчиков", 2),
    ]


def test_a_talk_named_only_by_its_kind_is_the_same_in_korean_and_english() -> None:
    assert same_talk("Keynote", "키노트")
    assert same_talk("Developer keynote", "개발자 키노트")
    assert not same_talk("Keynote", "세션")


def test_an_addendum_after_the_updates_that_names_a_talk_is_that_talk() -> None:
    body = KOREAN.replace(
        "### 추가 (다음 날)\n\n다시보기로 세션 몇 개 더 봤어요.\n",
        "### 추가 (다음 날 점심)\n\n점심시간에 클로징 키노트 다시보기 봤어요.\n\n- 데모 두 개\n",
    )
    parts = live_parts(body, "유니버스 2024 키노트 실시간 정리")
    assert parts is not None
    lines = body.split("\n")
    assert [p.title for p in parts] == ["개발자 키노트", "키노트", "클로징 키노트"]
    closing = parts[-1]
    assert lines[closing.start].startswith("### 추가")
    assert "- 데모 두 개" in lines[closing.start : closing.end]
    # "some more sessions" names no one talk: the addendum stays outside any
    assert [p.title for p in live_parts(KOREAN, "유니버스 2024 키노트 실시간 정리") or []] == [
        "개발자 키노트",
        "키노트",
    ]


def test_a_talk_going_on_is_named_as_it_will_be_when_it_is_over() -> None:
    # read at 02:20, before "키노트 끝!": the talk is already the blog title's keynote, not
    # "유니버스 2024 키노트", so its item (and what was annotated on it) stays when it ends
    going_on = (
        "최신 글이 맨 위에 있어요.\n\n(오전 2시 15분) 모델을 고를 수 있게 됨\n\n"
        "(오전 1시 58분) 토마스 돔케 CEO 등장\n\n(오전 1시 50분) 스트림 대기 중\n"
    )
    parts = live_parts(going_on, "유니버스 2024 키노트 실시간 정리")
    assert parts is not None and [p.title for p in parts] == ["키노트"]


def test_update_stamps_as_newsrooms_and_attendees_write_them() -> None:
    stamps = [
        "UPDATE — 11:05 a.m. PT:",
        "🔴 LIVE 11:05 —",
        "**🔴 11:05**",
        "Update (11:05am):",
        "> **11:05**",
        "**Mise à jour 11:05**".replace(":", "h"),
        "**【更新】11:05**",
    ]
    for stamp in stamps:
        body = (
            f"{stamp} That's the end of the keynote.\n\n"
            f"{stamp.replace('11', '10').replace('05', '15')} The model picker.\n\n"
            f"{stamp.replace('11', '10').replace('05', '00')} The keynote begins.\n"
        )
        parts = live_parts(body, "DevCon live")
        assert parts is not None, stamp
        assert [(p.title, p.start, p.end) for p in parts] == [("Keynote", 0, 6)], stamp
    # a list's items with times are no updates
    assert (
        live_parts("* 09:00 coffee\n\n* 10:00 the keynote begins\n\n* 11:00 lunch\n", "x") is None
    )
