"""A chat message reporting from a booth opens that booth: the messages after it are about it
until a talk, a break or an hour later; a booth only named in passing or in a plan is none."""

from __future__ import annotations

import pytest

from summit_tui.corpus.chat_booths import visited_booth
from summit_tui.corpus.chat_export import chat_parts
from summit_tui.corpus.model import EntryKind


@pytest.mark.parametrize(
    ("line", "booth"),
    [
        ("in the expo now, the Neuron Labs booth has a Trainium2 rack you can look inside",
         "Neuron Labs"),
        ("at the Neuron Labs booth, they showed the rack", "Neuron Labs"),
        ("drone delivery startup in Hall 9 (SkyDrop), they let me hold the drone", "SkyDrop"),
        ("뉴런랩스 부스 왔는데 Trainium2 랙 실물 전시 중", "뉴런랩스"),
        ("펭귄페이 부스에서 결제 SDK를 Compose로 다시 짠 얘기 들었어요", "펭귄페이"),
        ("ペンギンペイのブースでノベルティもらった", "ペンギンペイ"),
    ],
)  # fmt: skip
def test_a_message_from_a_booth_names_it(line: str, booth: str) -> None:
    assert visited_booth(line) == booth


@pytest.mark.parametrize(
    "line",
    [
        "see you at the Google booth later",
        "엑스포 홀 가실 분?",
        "카카오 부스에서 만나요",
        "Hall 4 is packed",
    ],
)
def test_plans_and_mentions_are_no_booth(line: str) -> None:
    assert visited_booth(line) is None


def test_the_replies_after_a_booth_report_are_about_the_booth() -> None:
    body = "\n".join(
        [
            "--------------- 2024년 12월 3일 화요일 ---------------",
            "[최민준] [오전 10:30] 엑스포 홀 가실 분?",
            "[최민준] [오전 10:48] 뉴런랩스 부스 왔는데 Trainium2 랙 실물 전시 중",
            "[김도윤] [오전 10:53] 우리 학습 워크로드 옮길 수 있는지 물어봐주세요",
            "[최민준] [오전 11:05] 파이토치 코드는 거의 그대로 된대요",
            "[최민준] [오후 12:30] 점심 어디서 먹어요?",
        ]
    )
    parts = chat_parts(body)
    assert parts is not None
    assert [(p.kind, p.title, p.author, p.start) for p in parts] == [
        (EntryKind.BOOTH, "뉴런랩스", "최민준", 2),
        (EntryKind.BOOTH, "뉴런랩스", "김도윤", 3),
        (EntryKind.BOOTH, "뉴런랩스", "최민준", 4),
    ]
    assert all(p.day == "2024-12-03" for p in parts)
