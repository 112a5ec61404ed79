"""A folder named after the app or the export that made it is nobody's name (blind16 QA F7:
`dayone`, `bear`, `obsidian` shown as the writers of the notes in them). Such a folder's
notes are still one writer's (one column in compare), shown as their place, marked as no
author, and the writer stays marked as a guess; a folder that reads as a person's keeps
naming them."""

from __future__ import annotations

from pathlib import Path

import pytest

from summit_tui import cli
from summit_tui.corpus.build import build_corpus
from summit_tui.corpus.bylines import nobodys_folder

_TALK = """# {event} notes

## Observability on a budget (Jane Doe)

- {point}
- sampling at the edge keeps the bill small
"""


@pytest.mark.parametrize(
    "folder",
    [
        "Obsidian Vault", "My Vault", "dayone", "DayOne", "Day One", "Google Takeout",
        "joplin-export", "bear_notes", "evernote", "notion-export", "blog-ko", "slides-en",
        "web-copy", "Apple Notes", "keep",
    ],
)  # fmt: skip
def test_an_apps_or_an_exports_folder_names_nobody(folder: str) -> None:
    assert nobodys_folder(folder)


@pytest.mark.parametrize(
    "folder", ["ana-vault", "sam-notes", "lena-hoffmann", "박지훈", "jiho-graph", "Maria"]
)
def test_a_persons_folder_is_not_an_apps(folder: str) -> None:
    assert not nobodys_folder(folder)


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def _list(root: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert cli.main(["list", "--notes", str(root)]) == 0
    return capsys.readouterr().out


def test_an_export_folder_is_shown_as_a_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _write(
        tmp_path / "notes",
        {
            "bear/Demo Conf Tuesday.md": _TALK.format(event="Demo Conf 2024", point="logs cost"),
            "bear/Demo Conf Wednesday.md": _TALK.format(
                event="Demo Conf 2024", point="traces beat logs"
            ),
            "dayone/Journal.txt": "\tDate:\tMarch 9, 2024 at 4:10:00 PM CST\n\n"
            + _TALK.format(event="Demo Conf 2024", point="metrics first"),
        },
    )
    shown = _list(root, capsys)
    assert "bear/ (no author)" in shown and "dayone/ (no author)" in shown
    assert "(bear," not in shown and ", bear)" not in shown and "(bear)" not in shown
    corpus = build_corpus(root)
    bear = [note for note in corpus.notes if note.path.startswith("bear/")]
    assert {note.author for note in bear} == {"bear"}  # one column in compare
    assert all(note.author_guessed for note in corpus.notes)
    assert all(not corpus.known_writer(note.author) for note in corpus.notes)


def test_a_vault_named_after_its_app_names_no_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    day = "# 2024-06-20\n\n- went to Demo Conf 2024\n\n" + _TALK.format(
        event="Demo Conf 2024", point="logs cost"
    )
    root = _write(
        tmp_path / "notes",
        {
            "obsidian/Daily/2024-06-20.md": day,
            "obsidian/Demo Conf 2024/Thu.md": _TALK.format(event="Demo Conf 2024", point="x"),
            "ana-vault/Daily/2024-06-20.md": day,
            "ana-vault/Demo Conf 2024/Thu.md": _TALK.format(event="Demo Conf 2024", point="y"),
        },
    )
    shown = _list(root, capsys)
    assert "obsidian/ (no author)" in shown
    assert "ana-vault" in shown and "ana-vault/ (no author)" not in shown
    corpus = build_corpus(root)
    writers = {note.path: corpus.writer(note.author) for note in corpus.notes}
    assert writers["obsidian/Demo Conf 2024/Thu.md"] == "obsidian/ (no author)"
    assert writers["ana-vault/Demo Conf 2024/Thu.md"] == "ana-vault"


@pytest.mark.parametrize("days", ["Daily", "Daily Notes"])
def test_the_notes_folder_as_a_vault_is_shown_as_that_folder(tmp_path: Path, days: str) -> None:
    """A vault opened as the notes folder itself ("~/notes" with a Daily/ folder): its pages
    share the folder's key, shown as that folder, not as the first page's file name; the
    app's "Daily Notes" folder is no person's name either."""
    root = _write(
        tmp_path / "notes",
        {
            f"{days}/2024-06-20.md": "# 2024-06-20\n\n- went to Demo Conf 2024\n",
            ".obsidian/app.json": "{}\n",  # the app's own file: a vault
            "Demo Conf 2024/Opening keynote.md": _TALK.format(event="Demo Conf 2024", point="a"),
            "Demo Conf 2024/Ktor at scale.md": _TALK.format(event="Demo Conf 2024", point="b"),
        },
    )
    corpus = build_corpus(root)
    assert {corpus.writer(note.author) for note in corpus.notes} == {"notes/ (no author)"}
