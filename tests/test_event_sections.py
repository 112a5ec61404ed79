"""A section heading that names only an event ("## DjangoCon US 2024"), over the one talk the
writer saw there, is that talk's context: the talk under it is the entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.factories import items_of, list_json

_YEAR = """\
# Conference notes 2024

## EuroPython 2024

### Rust for Pythonistas — Ana Lima
- PyO3 + maturin

### Free-threaded CPython in practice (Sam Gross)
- nogil builds, what breaks

## DjangoCon US 2024

### Django and htmx — Carlton Gibson
- partials, template fragments
"""


def test_one_talk_under_a_heading_naming_only_its_event_is_the_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"notes.md": _YEAR})
    titles = {item["title"]: item["speakers"] for item in items_of(data)}
    assert titles["Django and htmx"] == ["Carlton Gibson"]
    assert "DjangoCon US 2024" not in titles
