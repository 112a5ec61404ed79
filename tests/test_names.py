"""Names and titles: the one slug of the project."""

from __future__ import annotations

from summit_tui.corpus.names import slug


def test_one_slug_for_ids_of_every_kind() -> None:
    assert slug("SK AI 서밋 2024") == "sk-ai-서밋-2024"  # inferred items and events keep Hangul
    assert slug("  ") == "x"
    # imported schedules' ids: [a-z0-9-] only, as program.yaml requires
    assert slug("SK AI 서밋 2024", ascii_only=True) == "sk-ai-2024"
    assert slug("서밋", ascii_only=True, fallback="event") == "event"
    assert slug("Talk #42: Rust!", ascii_only=True) == "talk-42-rust"
