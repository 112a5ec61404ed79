"""A passage of megabytes (a page of HTML written on one line) costs each keystroke a bounded
amount: its snippet and marks are looked for character by character in at most LOOKED
characters, while a word as typed is still found anywhere in it (counted, not timed)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from summit_tui.cli import main
from summit_tui.search import snippets
from summit_tui.search.text import fold_query

WORDS = [
    "GPU",
    "전력",
    "데이터센터",
    "inference",
    "latency",
    "memory",
    "bandwidth",
    "반도체",
    "serving",
    "추론",
]


def _long_text(chars: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < chars:
        word = f"{rng.choice(WORDS)}{rng.randint(0, 99)}"
        words.append(word)
        size += len(word) + 1
    return " ".join(words)


@pytest.fixture
def looked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of the texts looked through character by character."""
    seen: list[int] = []
    for name in ("highlight", "decompose", "choseong", "jamo_ends"):
        original = getattr(snippets, name)

        def counting(text, *args, _original=original):
            seen.append(len(text))
            return _original(text, *args)

        monkeypatch.setattr(snippets, name, counting)
    return seen


def _marked(snippet: str, spans) -> list[str]:
    return [snippet[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("query", "marked"),
    [
        ("quasar", ["quasar"]),  # as typed, far into the passage
        ("데이터세", ["데이터센"]),  # typed up to part of a syllable
        ("quasra", []),  # a typo: looked for in the opening only; the result still shows
    ],
)
def test_a_word_far_into_a_long_passage_costs_a_bounded_look(
    looked: list[int], query: str, marked: list[str]
) -> None:
    text = _long_text(600_000)
    text = text[:450_000] + " quasar 데이터센터 " + text[450_000:]
    snippet, spans = snippets.window(text, fold_query(query))
    assert len(snippet) <= snippets.SNIPPET + 2
    assert _marked(snippet, spans)[: len(marked)] == marked
    assert looked and max(looked) <= snippets.LOOKED
    assert sum(looked) <= 3 * snippets.LOOKED


def test_a_long_passage_whose_width_changes_is_looked_at_near_the_word(looked: list[int]) -> None:
    text = _long_text(300_000).replace("GPU", "ＧＰＵ…")  # NFKC makes these longer
    text = text[:200_000] + " quasar " + text[200_000:]
    snippet, spans = snippets.window(text, fold_query("quasar"))
    assert _marked(snippet, spans) == ["quasar"]
    assert max(looked) <= snippets.LOOKED


def test_a_short_passage_is_marked_whole_as_before(looked: list[int]) -> None:
    text = "Kai Fu Lee on 데이터센터 power and GPU supply"
    snippet, spans = snippets.window(text, fold_query("kaifu"))
    assert (snippet, _marked(snippet, spans)) == (text, ["Kai Fu"])


def test_a_note_of_one_long_html_line_is_found_by_its_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(3)
    paragraphs = [
        "<p>" + " ".join(f"{rng.choice(WORDS)}{rng.randint(0, 99)}" for _ in range(30)) + "</p>"
        for _ in range(1500)
    ]
    paragraphs[1200] = "<p>The quasar demo closed the day.</p>"
    notes = tmp_path / "notes"
    notes.mkdir()
    body = "".join(paragraphs)
    (notes / "export.md").write_text(f"---\ntitle: Expo\nauthor: Kim\n---\n{body}\n")
    for query in ("quasar", "quasra"):
        assert main(["search", "--notes", str(notes), "--json", query]) == 0
        results = json.loads(capsys.readouterr().out)
        hits = results["results"] if isinstance(results, dict) else results
        assert any(hit.get("note", "").endswith("export.md") for hit in hits), query
