"""A search result's note is read again for its text only (``load_body``): the body and
its first line are the ones the full load made, for every note the project holds."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.loader import load_body, load_note

CORPORA = Path(__file__).resolve().parent / "data" / "corpora"


def test_the_body_alone_is_the_body_the_load_made(shipped_notes: Path) -> None:
    folders = [shipped_notes, *sorted(p for p in CORPORA.iterdir() if p.is_dir())]
    checked = 0
    for root in folders:
        for path in sorted(root.rglob("*.md")):
            rel = path.relative_to(root).as_posix()
            note, _problems = load_note(path, root, rel=rel)
            read = load_body(path, root, rel=rel)
            if note is None:
                assert read is None, rel
                continue
            assert read == (note.body, note.body_line), rel
            checked += 1
    assert checked > 200


def test_a_file_that_cannot_be_read_gives_no_body(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_text("  \n")
    (tmp_path / "html.md").write_text("---\ntitle: T\n---\n<p>One</p>\n\n<p>Two</p>\n")
    assert load_body(tmp_path / "empty.md", tmp_path) is None
    assert load_body(tmp_path / "gone.md", tmp_path) is None
    assert load_body(tmp_path / "html.md", tmp_path) == ("One\n\nTwo\n", 4)
