"""A professional-network article saved as Markdown (issue 14): its bold numbered takeaways
that name a talk's speaker are entries of those talks, on the day their weekday names within
the event's days; a takeaway naming no talk, the header and the footer are unsorted."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_json
from summit_tui.corpus.article_takeaways import takeaway_parts

ARTICLE = """\
# 3 things I'm bringing home from Devoxx Belgium 2024

**Elise Vermeulen**
Principal Engineer at Havenlogic | Java Champion
Published Oct 14, 2024

\\+ Follow

I went for the conference days. Three things stuck with me.

**1. Valhalla is no longer a meme**

Wednesday's opening keynote by Priya Raman put value classes on a real timeline.

**2. Virtual threads need a pinning audit first**

Tomás Herrera's talk was the most honest war story of the week.

**3. The best conversations happen in the queue**

I met three people working on the same Kafka migration problem as us.

What should I watch first? 👇

#java #devoxx

Report this article
"""

CHAT = """\
==============================================================
Guild: JVM Nerds
Channel: Conferences / devoxx-belgium-2024
==============================================================

[10/9/2024 9:34 AM] marta.dev
opening keynote starting: "Java in 2030", Priya Raman
[10/9/2024 9:50 AM] kpeeters
value classes are really coming
[10/10/2024 11:40 AM] kpeeters
now on stage: Tomás Herrera, "Virtual threads in production"
"""


def test_takeaways_naming_a_speaker_are_talks() -> None:
    parts = takeaway_parts(ARTICLE)
    assert parts is not None
    got = [(p.title, p.speakers, p.day, p.start + 1, p.end) for p in parts]
    assert got == [
        ("Valhalla is no longer a meme", ("Priya Raman",), "weekday:2", 11, 14),
        ("Virtual threads need a pinning audit first", ("Tomás Herrera",), None, 15, 18),
        ("Report this article", (), None, 27, 28),  # the page's footer: no words of the writer
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Die Keynote von Marit Olsen am Dienstag hat gezeigt, wie ein Bot Services hebt.",
        "A keynote de quarta-feira da Luciana Prado lembrou que os grupos locais importam.",
        "Na quinta-feira, Beatriz Lima apresentou a migração de pandas para Polars.",
        "Sam Reyes (great name 😄) made the case that CLI errors are for humans.",
        "Thursday's keynote by Dr. Ines Baptiste: a qualified compiler exists.",
        "토요일 이수진님의 키노트는 파이콘 한국 10년의 기록이었습니다.",
    ],
)
def test_how_a_takeaway_names_its_speaker(paragraph: str) -> None:
    body = f"**1. First**\n\n{paragraph}\n\n**2. Second**\n\nPavel Lindqvist explained closures.\n"
    parts = takeaway_parts(body)
    assert parts is not None and len(parts) == 2


@pytest.mark.parametrize(
    "body",
    [
        # a one-talk post numbers its points, all by the one speaker
        "**1. Point**\n\nPriya Raman showed arrays.\n\n**2. Point**\n\nPriya Raman explained it.\n",
        # an article about no talk: advice, no speakers
        "**1. Ask before you advise**\n\nHalf of the questions are not the question.\n\n"
        "**2. Write things down**\n\nA shared doc per person, one line per week.\n",
        # bold lines that are talks with their speakers: the segmenter reads those
        "**1. Rust at ten (Harriet Okonkwo)**\n\nHarriet Okonkwo showed crates.\n\n"
        "**2. Async closures (Pavel Lindqvist)**\n\nPavel Lindqvist explained it.\n",
        # sections of its own: the segmenter reads those
        "## Day 1\n\n**1. A**\n\nPriya Raman showed arrays.\n\n**2. B**\n\nSam Reyes explained.\n",
    ],
)
def test_notes_that_are_no_article_of_takeaways(body: str) -> None:
    assert takeaway_parts(body) is None


def test_an_article_joins_the_talks_of_a_chat_on_their_days(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"linkedin/devoxx.md": ARTICLE, "discord/devoxx.md": CHAT})
    items = {
        item["speakers"][0]: (day["date"], sorted({e["note"] for e in item["entries"]}))
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert items == {
        "Priya Raman": ("2024-10-09", ["discord/devoxx.md", "linkedin/devoxx.md"]),
        "Tomás Herrera": ("2024-10-10", ["discord/devoxx.md", "linkedin/devoxx.md"]),
    }
    queue = [u for u in data["unsorted"] if u["note"] == "linkedin/devoxx.md"]
    assert [u["line"] for u in queue] == [1, 19, 27]  # the header, the hallway, the footer
    # the writers: the bold name under the article's title; the chat's people, never the folder
    writers = {u["note"]: u["author"] for u in data["unsorted"]}
    assert writers == {"linkedin/devoxx.md": "Elise Vermeulen", "discord/devoxx.md": "kpeeters"}


def test_a_bold_line_under_a_title_is_its_writer_only_above_a_published_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talk = "# Rust at ten\n\n**Harriet Okonkwo**\n\nShe showed crates from 2015.\n"
    data = list_json(tmp_path, capsys, {"article.md": ARTICLE, "talk.md": talk})
    authors = {
        e["note"]: e["author"]
        for entries in (
            *(i["entries"] for ev in data["events"] for d in ev["days"] for t in d["tracks"]
              for i in t["items"]),
            data["unsorted"],
        )
        for e in entries
    }  # fmt: skip
    assert authors["article.md"] == "Elise Vermeulen"
    assert authors["talk.md"] != "Harriet Okonkwo"  # a one-talk post's speaker line
