"""Compare as a reader meets it: who the speaker is is context, a quoted title is one
sentence, a decimal comma is one number, and two passages that share only function words
of a European language are not the same point."""

from __future__ import annotations

import pytest

import factories
from summit_tui.compare.align import align_entries
from summit_tui.compare.features import features
from summit_tui.compare.sentences import split_sentences


def entry(author: str, body: str) -> factories.Entry:
    text = f"## Talk\n\n{body}"
    return factories.entry(text, start=1, note=f"{author}.md", author=author, title="Talk")


POINT = "- Shadow DOM breaks aria-labelledby across the boundary\n"
OTHER = entry("bob", "- aria-labelledby cannot cross the shadow DOM boundary\n")


@pytest.mark.parametrize(
    "bio",
    [
        "발표자는 토스에서 결제 플랫폼 개발을 맡고 있다.",
        "김민지님은 카카오에서 안드로이드 리드로 일하고 있다.",
        "Lena is a staff engineer at Spotify working on payments.",
        "The speaker works at Shopify on the checkout team.",
        "登壇者はメルカリでSREを担当している。",
        "Sie ist Staff Engineer bei Zalando.",
        "Ana Ferreyra trabaja en Mercado Libre como SRE.",
        "Elle est ingénieure chez Doctolib depuis 2019.",
    ],
)
def test_who_the_speaker_is_is_context_not_a_unique_point(bio: str) -> None:
    alignment = align_entries("talk", [entry("ann", f"{bio}\n\n{POINT}"), OTHER])
    (intro, point) = alignment.column("ann").passages
    assert intro.kind == "intro" and not intro.unique and not intro.is_point
    assert point.is_point and point.coverage == 1


@pytest.mark.parametrize(
    "said",
    [
        "발표자는 캐시를 먼저 보라고 강조했다.",
        "Lena showed how the team at Spotify cut payment retries in half.",
        "Kafka is the backbone of their event pipeline at scale.",
    ],
)
def test_what_the_speaker_said_stays_a_point(said: str) -> None:
    alignment = align_entries("talk", [entry("ann", f"{said}\n\n{POINT}"), OTHER])
    assert alignment.column("ann").passages[0].kind == "paragraph"


@pytest.mark.parametrize(
    "text",
    [
        '그는 **"Make it work. Then make it fast."** 라는 말로 발표를 시작했다.',
        'She opened with **"Make it work. Then make it fast."** and showed the profiler.',
        "Sie zitierte **„Erst richtig. Dann schnell.“** und zeigte dann den Profiler.",
        '- **"Make it work, then make it fast."** — Kent Beck의 말로 시작했다.',
    ],
)
def test_a_quoted_title_is_not_cut_into_sentences(text: str) -> None:
    assert len(split_sentences(text)) == 1


def test_sentences_after_a_quote_are_still_cut() -> None:
    text = 'He said "Ship it. Then measure." The room laughed at that line for a while.'
    assert [s.text for s in split_sentences(text)] == [
        'He said "Ship it. Then measure."',
        "The room laughed at that line for a while.",
    ]


def _numbers(text: str) -> set[str]:
    return {k for u in features(text).units for k in u.keys if k.startswith("n:")}


def test_a_decimal_comma_is_one_number_in_any_language() -> None:
    english = _numbers("revenue 1.5 billion euros, growth 2.3%")
    assert _numbers("Umsatz 1,5 Mrd. Euro, Wachstum 2,3 %") == english
    assert _numbers("crecimiento del 2,3 % y 1,5 mil millones") >= {"n:2.3%"}


def test_a_list_or_a_korean_pair_of_numbers_is_no_decimal() -> None:
    assert _numbers("3,4월에 1,2차 모집") >= {"n:4moy", "n:1", "n:2"}
    assert _numbers("steps 1,2,3 for 1,000 users") == {"n:1", "n:2", "n:3", "n:1000"}


def test_one_shared_function_word_does_not_link_two_passages() -> None:
    portuguese = entry("ann", "- A parte humana foi o melhor: os pescadores não querem apps\n")
    galician = entry("bob", "- os datos abertos: parte deles xa están no portal da Xunta\n")
    alignment = align_entries("talk", [portuguese, galician])
    assert all(p.unique for c in alignment.columns for p in c.passages)


def test_a_named_speakers_bio_in_korean_is_context() -> None:
    bio = "Rahul Menon은 Cobalt Systems에서 런타임 보안 플랫폼을 만드는 엔지니어."
    alignment = align_entries("talk", [entry("ann", f"{bio}\n\n{POINT}"), OTHER])
    assert alignment.column("ann").passages[0].kind == "intro"


@pytest.mark.parametrize("heading", ["발표자 소개", "About the speaker", "登壇者紹介"])
def test_what_is_under_a_speaker_heading_is_context(heading: str) -> None:
    body = (
        f"### {heading}\n\n노드 4만 대 규모에서 eBPF 기반 탐지를 10년 넘게 운영해 왔다.\n\n"
        f"### 본론\n\n{POINT}"
    )
    alignment = align_entries("talk", [entry("ann", body), OTHER])
    kinds = [(p.kind, p.unique) for p in alignment.column("ann").passages]
    assert kinds == [("intro", False), ("item", False)]


@pytest.mark.parametrize("credit", ["*(작성: 이준호)*", "정리: @minji", "文責: 田中"])
def test_who_wrote_the_note_under_a_label_is_context(credit: str) -> None:
    alignment = align_entries("talk", [entry("ann", f"{credit}\n\n{POINT}"), OTHER])
    first = alignment.column("ann").passages[0]
    assert first.kind == "fact" and not first.unique


def test_the_writers_greeting_opening_a_post_is_context(tmp_path) -> None:
    from summit_tui.compare.align import align_item
    from summit_tui.corpus.build import build_corpus

    notes = tmp_path / "notes"
    notes.mkdir()
    talk = "---\nevent: KubeCon NA 2024\ntitle: eBPF Without the Tears\n---\n"
    (notes / "junho.md").write_text(
        f"{talk}> 이 글은 참관기 시리즈의 번외편입니다.\n\n"
        "안녕하세요, 보안팀 이준호입니다. 목요일 오후에 들은 세션을 정리합니다.\n\n"
        "- 커널 버전 파편화는 CO-RE와 BTF로 푼다\n",
        encoding="utf-8",
    )
    (notes / "emily.md").write_text(
        f"{talk}Hi, I'm Emily from the platform team.\n\n"
        "- Kernel fragmentation is solved with CO-RE and BTF\n",
        encoding="utf-8",
    )
    corpus = build_corpus(notes)
    (item,) = corpus.items()
    alignment = align_item(corpus, item.id)
    greetings = [
        p for c in alignment.columns for p in c.passages if p.text.startswith(("안녕", "Hi"))
    ]
    assert len(greetings) == 2
    assert all(p.kind == "fact" and not p.unique and not p.matches for p in greetings)


@pytest.mark.parametrize("alt", ["slide", "스크린샷", "Screenshot 2", "画像"])
def test_an_image_whose_text_only_says_it_is_an_image_is_no_point(alt: str) -> None:
    from summit_tui.compare.align import entry_passages

    body = f"{POINT}\n![{alt}](https://example.com/kubecon/ebpf-slide-12.png)\n"
    texts = [d.text for d in entry_passages(entry("ann", body))]
    assert texts == ["Shadow DOM breaks aria-labelledby across the boundary"]


def test_an_image_described_by_its_author_is_still_a_point() -> None:
    from summit_tui.compare.align import entry_passages

    body = f"{POINT}\n![Karpenter consolidation timeline](https://example.com/k.png)\n"
    assert len(entry_passages(entry("ann", body))) == 2


@pytest.mark.parametrize(
    "line",
    [
        "Thursday afternoon, Observability track, room 7.3.",
        "목요일 오후 · B 트랙 · 402호",
        "Day 2, Main Hall",
        "Samstag Nachmittag, Saal 3",
    ],
)
def test_a_line_of_only_when_and_where_is_context(line: str) -> None:
    alignment = align_entries("talk", [entry("ann", f"{line}\n\n{POINT}"), OTHER])
    first = alignment.column("ann").passages[0]
    assert first.kind == "fact" and not first.unique


@pytest.mark.parametrize(
    "line",
    ["Thursday afternoon the track was packed, room was full", "1, 2, 3", "Room B, 30 people"],
)
def test_a_line_that_says_more_than_when_and_where_stays_a_point(line: str) -> None:
    from summit_tui.compare.align import session_fact

    assert not session_fact(line)


def test_names_and_acronyms_spelt_like_function_words_still_count() -> None:
    # es is Spanish for "is" and ES is Elasticsearch; über is German and Uber a company
    kept = {u.text for u in features("ES 클러스터를 Uber처럼 나눴다").units}
    assert {"es", "uber"} <= kept


@pytest.mark.parametrize("title", ["세션 정보", "Further reading", "더 읽어볼 것"])
def test_a_short_line_over_a_list_names_the_list(title: str) -> None:
    alignment = align_entries("talk", [entry("ann", f"{title}\n\n{POINT}"), OTHER])
    (point,) = alignment.column("ann").passages
    assert point.context != "Talk" and point.coverage == 1


def test_a_short_sentence_over_a_list_stays_a_point() -> None:
    alignment = align_entries("talk", [entry("ann", f"캐시가 전부였다.\n\n{POINT}"), OTHER])
    assert len(alignment.column("ann").passages) == 2
