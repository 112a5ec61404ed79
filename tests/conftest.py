"""Shared fixtures: the shipped notes, ../shared when present, and user dirs kept in tmp."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "notes"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Never touch the real data, cache, state or config dirs, nor a ./notes elsewhere."""
    base = tmp_path_factory.mktemp("userdirs")
    for env in ("DATA", "CACHE", "STATE", "CONFIG"):
        monkeypatch.setenv(f"SUMMIT_TUI_{env}_DIR", str(base / env.lower()))
    monkeypatch.delenv("SUMMIT_TUI_NOTES", raising=False)


@pytest.fixture
def shipped_notes() -> Path:
    return NOTES


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture
def fixtures_dir(shared_dir: Path) -> Path:
    path = shared_dir / "fixtures"
    if not path.is_dir():
        pytest.skip("../shared/fixtures is absent")
    return path
