"""What compare counts as a point: never a photo's caption ("▲ 받은 굿즈들"), a slide's caption
("*Slide 4 — …*", "▲ 슬라이드 3: …": the context of what follows) or a chat attachment's
address; and code with "..." in it is not cut into two sentences."""

from __future__ import annotations

import factories
from summit_tui.compare.align import align_entries
from summit_tui.compare.sentences import split_sentences
from summit_tui.corpus.model import Entry

TITLE = "Variables all the way down"


def entry(author: str, body: str) -> Entry:
    text = f"## {TITLE}\n\n{body}"
    return factories.entry(text, start=1, note=f"{author}.md", author=author, title=TITLE)


SLIDES = (
    "![](slide-04.png)\n*Slide 4 — the three layers: primitives, semantic, brand modes*\n\n"
    "Primitives are raw values and never used directly in components.\n\n"
    "![슬라이드 9](./img/slide-09.png)\n▲ 슬라이드 9: 숫자로 보는 변화\n\n"
    "New brand onboarding went from 6 weeks to 4 days.\n\n"
    "▲ 받은 굿즈들\n"
)
OTHER = entry(
    "kim",
    "- 프리미티브(raw values)는 컴포넌트에서 직접 쓰지 않는다 primitives\n"
    "- 새 브랜드 온보딩 6 weeks → 4 days\n",
)


def test_captions_are_no_points_and_a_slides_caption_heads_what_follows() -> None:
    alignment = align_entries("talk", [entry("slides", SLIDES), OTHER])
    column = alignment.column("slides")
    assert column is not None
    points = [p for p in column.passages if p.is_point]
    assert [p.text for p in points] == [
        "Primitives are raw values and never used directly in components.",
        "New brand onboarding went from 6 weeks to 4 days.",
    ]
    assert points[0].context.startswith("Slide 4 — the three layers")
    assert points[1].context == "슬라이드 9: 숫자로 보는 변화"
    assert "▲ 받은 굿즈들" in [p.text for p in column.passages if not p.is_point]


def test_an_attachments_address_in_a_chat_is_no_point() -> None:
    chat = (
        "**lucas.fer** — 10/09/2024 14:02\nasync closures finalmente estáveis com AsyncFn\n\n"
        "**lucas.fer** — 10/09/2024 14:03\nhttps://cdn.example.net/attachments/1283/IMG_2231.jpg\n"
    )
    alignment = align_entries("talk", [entry("lucas", chat), entry("ana", "AsyncFn traits.\n")])
    column = alignment.column("lucas")
    assert column is not None
    assert not [p for p in column.passages if "https://" in p.text]


def test_code_with_an_ellipsis_stays_in_its_sentence() -> None:
    source = (
        "If you've ever written\n`move || async move { ... }` and then fought the borrow "
        "checker, this is for you."
    )
    assert len(split_sentences(source)) == 1
