"""Finding and reading notes: encodings, frontmatter from other tools, and every bad file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summit_tui.corpus.loader import MAX_BYTES, discover, load_note
from summit_tui.corpus.model import Severity


def write(root: Path, rel: str, content: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def load(root: Path, rel: str, content: str | bytes):
    path = write(root, rel, content)
    return load_note(path, root)


# -- discovery -----------------------------------------------------------------------------


def test_discover_finds_markdown_recursively_and_skips_the_rest(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "# A")
    write(tmp_path, "day1/b.markdown", "# B")
    write(tmp_path, "day1/deep/c.MD", "# C")
    write(tmp_path, "LICENSE.txt", "not a note")
    write(tmp_path, "image.png", b"\x89PNG")
    write(tmp_path, ".hidden.md", "# hidden file")
    write(tmp_path, ".obsidian/workspace.md", "# hidden folder")
    write(tmp_path, "day1/.trash/old.md", "# hidden folder deeper")

    paths, problems = discover(tmp_path)

    rels = [p.relative_to(tmp_path).as_posix() for p in paths]
    assert rels == ["a.md", "day1/b.markdown", "day1/deep/c.MD"]
    assert problems == []


def test_discover_skips_the_folders_tools_fill_with_their_own_markdown(tmp_path: Path) -> None:
    write(tmp_path, "docs/devfest/day1.md", "# Day 1")
    write(tmp_path, "node_modules/@docusaurus/core/CHANGELOG.md", "# CHANGELOG\n\n## 3.5.2")
    write(tmp_path, "site/node_modules/left-pad/README.md", "# left-pad")
    write(tmp_path, "bower_components/jquery/README.md", "# jQuery")
    write(tmp_path, ".venv/lib/python3.11/site-packages/rich/README.md", "# Rich")
    write(tmp_path, "tools/lib/site-packages/pkg/README.md", "# pkg")
    write(tmp_path, "node_modules.md", "# a note that is named like the folder")

    paths, problems = discover(tmp_path)

    rels = [p.relative_to(tmp_path).as_posix() for p in paths]
    assert rels == ["docs/devfest/day1.md", "node_modules.md"]
    assert problems == []


def test_discover_with_a_trailing_slash_gives_the_same_paths(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "# A")
    write(tmp_path, "day1/b.md", "# B")
    plain, _ = discover(tmp_path)
    slashed, _ = discover(Path(str(tmp_path) + "/"))
    assert [p.as_posix() for p in slashed] == [p.as_posix() for p in plain]
    from summit_tui.corpus.loader import discover_files

    assert [rel for rel, _ in discover_files(Path(str(tmp_path) + "/"))[0]] == ["a.md", "day1/b.md"]


def test_symlink_loop_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    write(tmp_path, "sub/a.md", "# A")
    os.symlink("..", tmp_path / "sub" / "up")  # sub/up -> the root: a loop
    os.symlink("loop.md", tmp_path / "loop.md")  # a link to itself

    paths, problems = discover(tmp_path)

    rels = sorted(p.relative_to(tmp_path).as_posix() for p in paths)
    assert rels == ["loop.md", "sub/a.md"]
    assert any(p.path == "sub/up" and "link" in p.message for p in problems)
    note, note_problems = load_note(tmp_path / "loop.md", tmp_path)
    assert note is None
    assert "loop" in note_problems[0].message


def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "ok.md", "# ok")
    locked = tmp_path / "locked"
    write(tmp_path, "locked/x.md", "# x")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as a user who can read any folder (root)")
        paths, problems = discover(tmp_path)
    finally:
        locked.chmod(0o755)
    assert [p.name for p in paths] == ["ok.md"]
    assert any(p.path == "locked" and p.severity is Severity.ERROR for p in problems)


def test_folder_that_refuses_listing_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as above, for runs as root: make listing one folder fail with EACCES."""
    write(tmp_path, "ok.md", "# ok")
    write(tmp_path, "locked/x.md", "# x")
    real_scandir = os.scandir

    def scandir(path=".", *args):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    paths, problems = discover(tmp_path)
    assert [p.name for p in paths] == ["ok.md"]
    assert [(p.path, p.severity) for p in problems] == [("locked", Severity.ERROR)]
    assert "Permission denied" in problems[0].message


# -- encodings -----------------------------------------------------------------------------


def test_utf8_bom_with_frontmatter(tmp_path: Path) -> None:
    content = "\ufeff---\ntitle: 보고서\nauthor: 김철수\n---\n# Body\n"
    note, problems = load(tmp_path, "bom.md", content.encode("utf-8"))
    assert problems == []
    assert note is not None
    assert (note.title, note.author, note.author_guessed) == ("보고서", "김철수", False)
    assert note.body == "# Body\n"
    assert note.body_line == 5


def test_cp949_is_decoded_and_reported_as_info(tmp_path: Path) -> None:
    content = "---\ntitle: 키노트 정리\n---\n발표자: 홍길동\n"
    note, problems = load(tmp_path, "euckr.md", content.encode("cp949"))
    assert note is not None
    assert note.title == "키노트 정리"
    assert "발표자: 홍길동" in note.body
    assert note.encoding == "cp949"
    assert [(p.severity, "cp949" in p.message) for p in problems] == [(Severity.INFO, True)]


def test_a_latin_1_note_reads_right_and_says_how_it_was_read(tmp_path: Path) -> None:
    # Older German, French and Spanish files are Latin-1 / Windows-1252 (QA4-7: every
    # accented letter showed as a replacement mark).
    content = "---\ntitle: Café notes\n---\n## Über Migrationen - Jürgen Groß\nDie Größe – “gut”\n"
    for encoding in ("latin-1", "cp1252"):
        note, problems = load(tmp_path, f"{encoding}.md", content.encode(encoding, "replace"))
        assert note is not None and note.title == "Café notes"
        assert "Über Migrationen - Jürgen Groß" in note.body and "Die Größe" in note.body
        assert "\ufffd" not in note.body
        assert [p.severity for p in problems] == [Severity.WARNING]
        assert "Windows-1252" in problems[0].message and "UTF-8" in problems[0].action
    # The pairs of accented letters a CP949 decoder would take for Hanja stay Latin.
    note, _ = load(tmp_path, "pairs.md", "# Größe Straße\n".encode("latin-1"))
    assert note is not None and "Größe Straße" in note.body


def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path: Path) -> None:
    data = "# 키노트 정리 Café\n".encode() + b"one bad byte \xff here\n"
    note, problems = load(tmp_path, "broken.md", data)
    assert note is not None and "키노트 정리 Café" in note.body and "\ufffd" in note.body
    assert "not valid UTF-8" in problems[0].message


def test_names_from_decomposed_file_names_are_composed(tmp_path: Path) -> None:
    # macOS writes file names decomposed (NFD); names made from them are NFC like the text.
    import unicodedata

    name = unicodedata.normalize("NFD", "인프콘 2024 후기 - 캐시 세션.md")
    note, _ = load(tmp_path, name, "그날 들은 캐시 이야기.\n")
    assert note is not None
    assert note.path == name  # the file is still found by its own name
    assert unicodedata.is_normalized("NFC", note.title) and "인프콘" in note.title
    assert unicodedata.is_normalized("NFC", note.author)


def test_crlf_is_normalised_and_lines_still_count(tmp_path: Path) -> None:
    content = "---\r\ntitle: Windows\r\nauthor: Kim\r\n---\r\n\r\n# Talk\r\nText\r\n"
    note, problems = load(tmp_path, "crlf.md", content.encode("utf-8"))
    assert problems == []
    assert note is not None
    assert note.title == "Windows"
    assert "\r" not in note.body
    assert note.body_line == 5
    assert note.body.split("\n")[6 - note.body_line] == "# Talk"  # file line 6


def test_undecodable_text_loads_with_a_warning_at_its_first_bad_line(tmp_path: Path) -> None:
    data = b"# Title\nfine line\n" + b"bad \xff\xfe\xfd byte \x80\x80\n"
    note, problems = load(tmp_path, "mixed.md", data)
    assert note is not None
    assert "fine line" in note.body
    assert problems[0].severity is Severity.WARNING
    assert problems[0].line == 3


# -- bad files -----------------------------------------------------------------------------


def test_invalid_yaml_frontmatter_names_the_line_and_keeps_the_body(tmp_path: Path) -> None:
    content = "---\ntitle: ok\nauthor: [unclosed\nlang: ko\n---\n# Heading\nBody text\n"
    note, problems = load(tmp_path, "bad.md", content)
    assert note is not None
    assert "Body text" in note.body
    assert note.title == "Heading"  # from the body, since the frontmatter is unusable
    assert len(problems) == 1
    problem = problems[0]
    assert problem.severity is Severity.ERROR
    assert problem.path == "bad.md"
    assert problem.line in (3, 4, 5)  # where the unclosed list runs into trouble
    assert "line" not in problem.message  # the line is the problem's, never repeated
    assert "body" in problem.action


def test_invalid_yaml_line_points_at_the_file_line(tmp_path: Path) -> None:
    content = "---\ntitle: fine\nauthor: fine\nbad: : :\n---\nbody\n"
    _, problems = load(tmp_path, "bad.md", content)
    assert [p.line for p in problems] == [4]


@pytest.mark.parametrize("front", ["- a\n- b", "just a string", "42"])
def test_frontmatter_that_is_not_a_mapping_is_an_error(tmp_path: Path, front: str) -> None:
    note, problems = load(tmp_path, "list.md", f"---\n{front}\n---\n# Title\nbody\n")
    assert note is not None
    assert note.title == "Title"
    assert "body" in note.body
    assert [(p.severity, p.line) for p in problems] == [(Severity.ERROR, 2)]
    assert "mapping" in problems[0].message


def test_binary_file_is_skipped(tmp_path: Path) -> None:
    note, problems = load(tmp_path, "binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    assert note is None
    assert problems[0].path == "binary.md"
    assert "binary" in problems[0].message
    assert problems[0].action == "skipped"


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"])
def test_empty_file_is_skipped(tmp_path: Path, content: bytes) -> None:
    note, problems = load(tmp_path, "empty.md", content)
    assert note is None
    assert "empty" in problems[0].message


def test_file_over_5_mb_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with open(path, "wb") as handle:
        handle.write(b"# big\n")
        handle.truncate(MAX_BYTES + 1)
    note, problems = load_note(path, tmp_path)
    assert note is None
    assert "5 MB" in problems[0].message
    assert "skipped" in problems[0].action


def test_a_file_that_changed_since_it_was_listed_is_read_as_it_is_now(tmp_path: Path) -> None:
    path = write(tmp_path, "live.md", "# Live\n\nfirst line\n")
    listed = os.stat(path)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("a line added since\n" * 20)
    note, _ = load_note(path, tmp_path, listed)
    assert note is not None and note.body.count("a line added since") == 20
    path.write_text("# Short\n", encoding="utf-8")
    note, _ = load_note(path, tmp_path, listed)
    assert note is not None and note.title == "Short" and "first" not in note.body
    with open(path, "ab") as handle:
        handle.truncate(MAX_BYTES + 1)
    note, problems = load_note(path, tmp_path, listed)
    assert note is None and "over 5 MB" in problems[0].message


def test_file_of_exactly_5_mb_loads(tmp_path: Path) -> None:
    path = write(tmp_path, "big.md", b"# big\n" + b"a" * (MAX_BYTES - 6))
    note, problems = load_note(path, tmp_path)
    assert note is not None
    assert problems == []


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.md", "# secret")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file (root)")
        note, problems = load_note(path, tmp_path)
    finally:
        path.chmod(0o644)
    assert note is None
    assert problems[0].severity is Severity.ERROR
    assert "cannot read" in problems[0].message


def test_file_that_refuses_reading_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as above, for runs as root: opening the file fails with EACCES."""
    from summit_tui.corpus import loader

    path = write(tmp_path, "secret.md", "# secret")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(loader.os, "open", refuse)
    note, problems = load_note(path, tmp_path)
    monkeypatch.undo()
    assert note is None
    assert (problems[0].path, problems[0].severity) == ("secret.md", Severity.ERROR)
    assert "Permission denied" in problems[0].message


def test_a_fifo_named_like_a_note_does_not_block(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    paths, _ = discover(tmp_path)
    note, problems = load_note(paths[0], tmp_path)
    assert note is None
    assert "regular file" in problems[0].message


def test_dangling_symlink_is_reported(tmp_path: Path) -> None:
    os.symlink("gone.md", tmp_path / "link.md")
    paths, _ = discover(tmp_path)
    assert [p.name for p in paths] == ["link.md"]
    note, problems = load_note(paths[0], tmp_path)
    assert note is None
    assert problems[0].path == "link.md"
    assert "cannot read" in problems[0].message


def test_unclosed_frontmatter_reads_everything_as_body(tmp_path: Path) -> None:
    note, problems = load(tmp_path, "open.md", "---\ntitle: x\n\n# Real title\n")
    assert note is not None
    assert note.body.startswith("---")
    assert problems[0].severity is Severity.WARNING


# -- frontmatter from other tools ----------------------------------------------------------


def test_jekyll_frontmatter(tmp_path: Path) -> None:
    content = (
        "---\nlayout: post\ntitle: SK AI Summit day 1\n"
        'date: "2024-11-04 13:30:00 +0900"\n'
        "categories: [SK AI SUMMIT]\ntags: [ai, conference]\n"
        "subtitle: Rani Borkar\n---\nbody\n"
    )
    note, problems = load(tmp_path, "2024-11-04-sk.md", content)
    assert problems == []
    assert note is not None
    assert note.date == "2024-11-04"
    assert "SK AI SUMMIT" in note.tags
    assert "ai" in note.tags
    assert note.speakers == ("Rani Borkar",)


def test_hugo_yaml_date_with_time_and_speakers(tmp_path: Path) -> None:
    content = (
        "---\ntitle: Keynote\ndate: 2024-11-04T13:30:00+09:00\n"
        "speakers:\n  - Kai-Fu Lee\n  - name: Mark Adams\ndraft: false\n---\nbody\n"
    )
    note, _ = load(tmp_path, "hugo.md", content)
    assert note is not None
    assert note.date == "2024-11-04"
    assert note.speakers == ("Kai-Fu Lee", "Mark Adams")


def test_hugo_toml_frontmatter(tmp_path: Path) -> None:
    content = (
        '+++\ntitle = "TOML note"\ndate = 2024-11-05T09:00:00+09:00\nspeaker = "X"\n+++\nbody\n'
    )
    note, problems = load(tmp_path, "toml.md", content)
    assert problems == []
    assert note is not None
    assert (note.title, note.date, note.speakers) == ("TOML note", "2024-11-05", ("X",))
    assert note.body == "body\n"


def test_obsidian_aliases_tags_and_links(tmp_path: Path) -> None:
    content = (
        "---\naliases: [Perplexity keynote, 퍼플렉시티]\ntags: [conference/sk-ai, '#keynote']\n"
        'event: skai2024\nlinks:\n  "AI search": skai2024-k07\n---\n# AI search\n'
    )
    note, problems = load(tmp_path, "obsidian.md", content)
    assert problems == []
    assert note is not None
    assert note.aliases == ("Perplexity keynote", "퍼플렉시티")
    assert note.tags == ("conference/sk-ai", "keynote")
    assert note.event == "skai2024"
    assert note.links == (("AI search", "skai2024-k07"),)


def test_bad_date_and_links_are_warnings(tmp_path: Path) -> None:
    content = "---\ndate: someday\nlinks: [a, b]\n---\nbody\n"
    note, problems = load(tmp_path, "x.md", content)
    assert note is not None
    assert note.date is None
    assert note.links == ()
    assert sorted(p.severity for p in problems) == [Severity.WARNING, Severity.WARNING]


def test_note_without_frontmatter_takes_author_from_the_text(tmp_path: Path) -> None:
    content = "## Information\n- 2024년 11월 4일 (월)\n- 작성자: 이기훈\n\n## EXHIBITION\n"
    note, problems = load(tmp_path, "expo.md", content)
    assert problems == []
    assert note is not None
    assert (note.author, note.author_guessed) == ("이기훈", False)  # stated, not guessed
    assert note.title == "Information"
    assert note.body_line == 1


def test_note_without_frontmatter_or_author_uses_the_file_name(tmp_path: Path) -> None:
    note, _ = load(tmp_path, "sub/seminar-notes.md", "Some text\nwithout a heading\n")
    assert note is not None
    assert note.path == "sub/seminar-notes.md"
    assert (note.author, note.author_guessed) == ("seminar-notes", True)
    assert note.title == "seminar-notes"


def test_title_from_setext_heading_and_not_from_code(tmp_path: Path) -> None:
    content = "```\n# not a heading\n```\nReal Title\n==========\n"
    note, _ = load(tmp_path, "setext.md", content)
    assert note is not None
    assert note.title == "Real Title"


def test_english_author_line(tmp_path: Path) -> None:
    note, _ = load(tmp_path, "en.md", "# Notes\n\n**Author:** Jane Doe\n\ntext\n")
    assert note is not None
    assert note.author == "Jane Doe"


def test_note_records_file_stat(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "# A\n")
    note, _ = load_note(path, tmp_path)
    assert note is not None
    info = path.stat()
    assert (note.mtime_ns, note.size) == (info.st_mtime_ns, info.st_size)


def test_impossible_date_in_frontmatter_is_an_error_not_a_crash(tmp_path: Path) -> None:
    note, problems = load(tmp_path, "d.md", "---\ntitle: x\ndate: 2024-13-45\n---\nbody\n")
    assert note is not None
    assert note.body == "body\n"
    assert [(p.severity, p.line) for p in problems] == [(Severity.ERROR, 3)]


@pytest.mark.parametrize(
    "written",
    ['"March 19, 2024"', "19 March 2024", "19.03.2024", "2024년 3월 19일", '"Tue, March 19, 2024"'],
)
def test_a_frontmatter_date_written_as_people_write_it_is_read(
    tmp_path: Path, written: str
) -> None:
    note, problems = load(tmp_path, "d.md", f"---\ntitle: x\ndate: {written}\n---\nbody\n")
    assert note is not None
    assert note.date == "2024-03-19"
    assert not any("not a date" in p.message for p in problems)


def test_a_frontmatter_date_without_its_day_is_still_not_a_date(tmp_path: Path) -> None:
    note, problems = load(tmp_path, "d.md", "---\ntitle: x\ndate: March 2024\n---\nbody\n")
    assert note is not None
    assert any("not a date" in p.message for p in problems)


_FRONT = st.sampled_from(
    ["", "---\n", "---\ntitle: [\n---\n", "+++\ntitle = \n+++\n", "---\n- a\n---\n"]
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(front=_FRONT, body=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_loading_arbitrary_bytes_never_raises(tmp_path: Path, front: str, body: bytes) -> None:
    path = tmp_path / "any.md"
    path.write_bytes(front.encode() + body)
    note, problems = load_note(path, tmp_path)
    assert note is not None or problems
    if note is not None:
        assert "\r" not in note.body
        assert note.body_line >= 1
