"""A chat export's messages outside a session all go by the channel's title: a search for
it lists the channel once, not one identical row per message."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.build import build_corpus
from summit_tui.search.index import SearchIndex

NOTES = Path(__file__).parent / "data" / "corpora" / "tistory-woowacon" / "notes"
CHANNEL = "#conf-우아콘2024"


def test_a_channel_title_is_one_result_however_many_messages_go_by_it() -> None:
    corpus = build_corpus(NOTES)
    titled = [entry for entry in corpus.entries if entry.title == CHANNEL]
    assert len(titled) > 1  # the messages outside the sessions go by the channel's title
    index = SearchIndex.build(corpus)
    for query in ("conf-우아콘2024", "우아ㅋ"):
        rows = [
            (result.note, result.line)
            for result in index.search(query, limit=200, resolve=True)
            if result.field == "heading" and result.snippet == CHANNEL
        ]
        assert len(rows) == 1, (query, rows)
