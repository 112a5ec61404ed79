"""Hostile or unlucky notes never hang, never crash, never run code: each is a problem with
a place, and what can be loaded still is.

The commands run in a child process with a memory limit and a generous deadline, so a
regression fails here as a hang or a crash would for a user (and cannot take the test
run down with it).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summit_tui.corpus import bounded_yaml
from summit_tui.corpus.loader import load_note
from summit_tui.corpus.model import Severity

MEMORY_LIMIT = 1024 * 1024 * 1024
DEADLINE = 60  # seconds: far beyond what these take; only a hang reaches it


def alias_bomb() -> str:
    """A few hundred bytes whose aliases name 9**9 strings."""
    lines = ["---", "title: Bomb"]
    previous = None
    for name in "abcdefgh":
        if previous is None:
            lines.append(f"{name}: &{name} [" + ",".join(['"lol"'] * 9) + "]")
        else:
            lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        previous = name
    lines.append("tags: [" + ",".join(["*h"] * 9) + "]")
    return "\n".join([*lines, "---", "# Body", "still here, after the bomb", ""])


def deep_flow() -> str:
    return "---\nspeakers: " + "[" * 400_000 + "]" * 400_000 + "\n---\n# Body\nstill here\n"


def deep_toml() -> str:
    return "+++\nspeakers = " + "[" * 3000 + "]" * 3000 + "\n+++\n# Body\nstill here\n"


def run_cli(*args: str, notes: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    for kind in ("DATA", "CACHE", "STATE", "CONFIG"):
        env[f"SUMMIT_TUI_{kind}_DIR"] = str(tmp_path / "user" / kind.lower())

    def limit_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    return subprocess.run(
        [sys.executable, "-m", "summit_tui", *args, "--notes", str(notes)],
        capture_output=True,
        text=True,
        env=env,
        timeout=DEADLINE,
        preexec_fn=limit_memory if sys.platform != "win32" else None,
    )


@pytest.mark.parametrize(
    ("note", "line", "says"),
    [
        (alias_bomb, 8, "aliases expanded"),
        (deep_flow, 2, "nests more than 64"),
        (deep_toml, 2, "nests"),
    ],
    ids=["yaml-alias-bomb", "yaml-400000-deep", "toml-3000-deep"],
)
def test_hostile_frontmatter_is_a_problem_and_the_body_still_loads(
    tmp_path: Path, note, line: int, says: str
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "hostile.md").write_text(note(), encoding="utf-8")
    (notes / "fine.md").write_text("# Fine\nan ordinary note\n", encoding="utf-8")

    checked = run_cli("check", "--json", notes=notes, tmp_path=tmp_path)
    assert checked.returncode == 1, checked.stderr[-2000:]
    report = json.loads(checked.stdout)
    mine = [
        p
        for p in report["problems"]
        if p["note"] == "hostile.md" and p["message"].startswith("frontmatter")
    ]
    assert [(p["line"], p["severity"]) for p in mine] == [(line, "error")]
    assert says in mine[0]["message"] and "frontmatter" in mine[0]["message"]

    listed = run_cli("list", notes=notes, tmp_path=tmp_path)
    assert listed.returncode == 0, listed.stderr[-2000:]
    found = run_cli("search", "still here", "--json", notes=notes, tmp_path=tmp_path)
    assert found.returncode == 0, found.stderr[-2000:]
    assert any(r["note"] == "hostile.md" for r in json.loads(found.stdout)["results"])


# -- the limits, in this process (small inputs: nothing here can hang) ---------------------------


def test_an_alias_bomb_is_refused_before_anything_is_built(tmp_path: Path) -> None:
    path = tmp_path / "bomb.md"
    path.write_text(alias_bomb(), encoding="utf-8")
    assert len(path.read_bytes()) < 450
    note, problems = load_note(path, tmp_path)
    assert note is not None
    assert "still here" in note.body and note.title == "Body"
    mine = [p for p in problems if p.message.startswith("frontmatter")]
    assert [(p.line, p.severity) for p in mine] == [
        (8, Severity.ERROR)
    ]  # where it passes the limit
    assert mine[0].action == "body loaded without frontmatter"


def test_aliases_within_the_limits_still_work() -> None:
    data = bounded_yaml.load("base: &who [Ann, Bob]\nspeakers: *who\nauthors: *who\n")
    assert data == {"base": ["Ann", "Bob"], "speakers": ["Ann", "Bob"], "authors": ["Ann", "Bob"]}


def test_an_alias_to_a_value_that_contains_it_is_refused() -> None:
    with pytest.raises(bounded_yaml.YamlLimit) as refused:
        bounded_yaml.check("a: &loop\n  - x\n  - *loop\n")
    assert refused.value.line == 3 and "contains it" in refused.value.message


@pytest.mark.parametrize("depth", [64, 65])
def test_nesting_is_limited_to_64(depth: int) -> None:
    text = "a: " + "[" * (depth - 1) + "]" * (depth - 1)  # the mapping is the first level
    if depth <= bounded_yaml.MAX_DEPTH:
        bounded_yaml.check(text)
    else:
        with pytest.raises(bounded_yaml.YamlLimit):
            bounded_yaml.check(text)


def test_values_are_counted_with_every_alias_expanded() -> None:
    ten = "[" + ",".join(["x"] * 10) + "]"
    fine = f"a: &a {ten}\nb: [" + ",".join(["*a"] * 100) + "]\n"  # ~1,100 values
    bounded_yaml.check(fine)
    many = f"a: &a {ten}\nb: &b [" + ",".join(["*a"] * 100) + "]\nc: [" + ",".join(["*b"] * 100)
    with pytest.raises(bounded_yaml.YamlLimit):
        bounded_yaml.check(many + "]\n")  # ~110,000


def test_oversized_frontmatter_is_not_read_as_yaml(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    filler = "x" * 100
    lines = [f"k{i}: {filler}" for i in range(bounded_yaml.MAX_BYTES // 100)]
    path.write_text("---\n" + "\n".join(lines) + "\n---\n# Body\n", encoding="utf-8")
    note, problems = load_note(path, tmp_path)
    assert note is not None and note.title == "Body"
    assert ["KB" in p.message and p.line == 2 for p in problems] == [True]


def test_an_alias_bomb_in_the_program_file_is_a_problem(tmp_path: Path) -> None:
    from summit_tui.corpus.program import load_program

    bomb = alias_bomb().split("---\n")[1]
    path = tmp_path / "program.yaml"
    path.write_text("events:\n  - id: ev\n    title: Event\n" + bomb, encoding="utf-8")
    program, problems = load_program(path)
    assert not program.events
    assert [(p.severity, "aliases expanded" in p.message) for p in problems] == [
        (Severity.ERROR, True)
    ]


# -- one huge note: near-linear steps give the same results (speed: bench_big_note.py) ----------


def test_tags_keep_their_first_order_once_each(tmp_path: Path) -> None:
    path = tmp_path / "tags.md"
    path.write_text("---\ntags: [b, '#a', b, c, a]\ncategories: c, d\n---\n# Body\n")
    note, _ = load_note(path, tmp_path)
    assert note is not None and note.tags == ("b", "a", "c", "d")


def test_a_booth_list_of_thousands_still_finds_the_same_booth_in_another_note(
    tmp_path: Path,
) -> None:
    """Past 2,000 booths, inference compares a booth with those sharing a word or a word's
    start only: the same booth (or a typo of it) in another note still joins it."""
    from summit_tui.corpus.build import build_corpus

    notes = tmp_path / "notes"
    notes.mkdir()
    bullets = "".join(f"- Vendor{i} Robotics: shows thing {i}\n" for i in range(2_300))
    (notes / "a.md").write_text(f"---\ntitle: Expo\nauthor: Ann\n---\n# Booths\n\n{bullets}")
    (notes / "b.md").write_text(
        "---\ntitle: Expo too\nauthor: Bob\n---\n# Booths\n\n"
        "- Vendor2200 Robotics: a demo\n- Vendor2250 Robotcs: a typo\n- Vendor17 Robotics\n"
    )
    corpus = build_corpus(notes)
    item_of = {(e.note, e.title): corpus.linked_item_id(e.id) for e in corpus.entries if e.title}
    for mine, theirs in (
        ("Vendor2200 Robotics", "Vendor2200 Robotics"),
        ("Vendor2250 Robotcs", "Vendor2250 Robotics"),
        ("Vendor17 Robotics", "Vendor17 Robotics"),
    ):
        assert item_of[("b.md", mine)] is not None
        assert item_of[("b.md", mine)] == item_of[("a.md", theirs)], mine
    assert len({item_of[("a.md", f"Vendor{i} Robotics")] for i in range(2_300)}) == 2_300


# -- symbolic links out of the notes folder --------------------------------------------------------


@pytest.fixture
def linked_out(tmp_path: Path) -> Path:
    """A notes folder with links out of it (a folder of notes, a secret file) and in it."""
    outside = tmp_path / "elsewhere"
    (outside / "deep").mkdir(parents=True)
    (outside / "deep" / "theirs.md").write_text("# Theirs\nzebracorn outside\n")
    secret = tmp_path / "secret"
    secret.write_text("root:x:0:0:zebracorn secret:/root:/bin/bash\n")
    notes = tmp_path / "notes"
    (notes / "day1").mkdir(parents=True)
    (notes / "day1" / "mine.md").write_text("# Mine\nzebracorn inside\n")
    (notes / "other").symlink_to(outside, target_is_directory=True)
    (notes / "passwd.md").symlink_to(secret)
    (notes / "alias").symlink_to(notes / "day1", target_is_directory=True)  # inside: fine
    (notes / "day1" / "up").symlink_to(notes, target_is_directory=True)  # a loop
    return notes


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_links_out_of_the_notes_folder_are_problems_not_notes(
    linked_out: Path, tmp_path: Path
) -> None:
    checked = run_cli("check", "--json", notes=linked_out, tmp_path=tmp_path)
    report = json.loads(checked.stdout)
    outside = {
        p["note"]: p for p in report["problems"] if "outside the notes folder" in p["message"]
    }
    assert sorted(outside) == ["other", "passwd.md"]
    assert all(
        p["severity"] == "warning" and "--follow-links" in p["action"] for p in outside.values()
    )
    assert str(tmp_path / "secret") in outside["passwd.md"]["message"]  # where it points

    listed = json.loads(run_cli("list", "--json", notes=linked_out, tmp_path=tmp_path).stdout)
    assert {entry["note"] for entry in listed["unsorted"]} == {"day1/mine.md"}
    found = run_cli("search", "zebracorn", "--json", notes=linked_out, tmp_path=tmp_path)
    notes_found = {r["note"] for r in json.loads(found.stdout)["results"]}
    assert notes_found == {"day1/mine.md"}

    followed = run_cli(
        "search", "zebracorn", "--json", "--follow-links", notes=linked_out, tmp_path=tmp_path
    )
    notes_found = {r["note"] for r in json.loads(followed.stdout)["results"]}
    assert notes_found == {"day1/mine.md", "other/deep/theirs.md", "passwd.md"}


def test_discovery_skips_links_out_unless_asked(linked_out: Path) -> None:
    from summit_tui.corpus.loader import discover_files

    found, problems = discover_files(linked_out)
    assert [rel for rel, _ in found] == ["day1/mine.md"]
    said = {p.path: p.message for p in problems}
    assert set(said) == {"other", "passwd.md", "alias", "day1/up"}
    assert "outside the notes folder" in said["other"] and "already read" in said["alias"]

    found, problems = discover_files(linked_out, follow_links=True)
    assert [rel for rel, _ in found] == ["day1/mine.md", "other/deep/theirs.md", "passwd.md"]
    assert {p.path for p in problems} == {"alias", "day1/up"}  # loops still never hang


def test_a_program_file_linked_from_outside_is_not_read_unless_asked(tmp_path: Path) -> None:
    from summit_tui.corpus.build import build_corpus

    program = tmp_path / "shared-program.yaml"
    program.write_text(
        "events:\n  - id: ev\n    title: Event\n    days:\n      - date: 2024-11-04\n"
        "        tracks:\n          - name: Talks\n            items:\n"
        "              - id: ev-a\n                title: Alpha\n"
    )
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("# Alpha\ntext\n")
    (notes / "program.yaml").symlink_to(program)

    corpus = build_corpus(notes)
    assert corpus.program.inferred
    linked = [p for p in corpus.problems if "outside the notes folder" in p.message]
    assert [p.path for p in linked] == ["program.yaml"]
    followed = build_corpus(notes, follow_links=True)
    assert [item.id for item in followed.program.items()] == ["ev-a"]
