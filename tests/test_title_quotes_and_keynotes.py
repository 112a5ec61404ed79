"""A talk's title loses the quotes of any language around it as a whole, and a keynote label
with one word of any language before it, apart or glued (names.py)."""

from __future__ import annotations

import pytest

from summit_tui.corpus.names import heading_title


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("„Tesztelés éles környezetben”", "Tesztelés éles környezetben"),  # Hungarian
        ("„Schneller bauen“", "Schneller bauen"),  # German
        ("«Очереди без боли»", "Очереди без боли"),
        ("»Die Zukunft«", "Die Zukunft"),  # Danish and German books
        ("「未来のチーム」", "未来のチーム"),
        ("‘Small teams’", "Small teams"),
        ("Nyitó keynote: „A jövő csapatai”", "A jövő csapatai"),
        ("Zárókeynote: „Lassabban, de jobban”", "Lassabban, de jobban"),
        ("Eröffnungskeynote: Plattformen", "Plattformen"),
        ("Закриваючий кейноут: «Повільніше, але краще»", "Повільніше, але краще"),
        ("Opening keynote: Ports at sea scale", "Ports at sea scale"),
    ],
)
def test_quotes_and_keynote_labels_come_off(heading: str, title: str) -> None:
    assert heading_title(heading)[0] == title


@pytest.mark.parametrize(
    "heading",
    ['"Fast" and "Safe"', "„Fast” vs „Safe”", "«Один» и «два»", "“Unclosed quote"],
)
def test_quotes_that_are_not_around_the_whole_title_stay(heading: str) -> None:
    assert heading_title(heading)[0] == heading
