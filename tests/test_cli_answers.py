"""The command line's answers: one did-you-mean, errors for names that name nothing, each
command's own usage, output files refused or written as the user's, problem lines."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from summit_tui.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _error_line(err: str) -> str:
    """The one line that says what was wrong (the notes folder line aside)."""
    lines = [line for line in err.splitlines() if "notes from" not in line]
    assert len(lines) == 1, err
    return lines[0]


# -- one did-you-mean ---------------------------------------------------------------------------


@pytest.mark.parametrize("wrong", ["skai2024-k99", "bogus", "borkar", "ㅍㅍㄹ", "nvidai"])
def test_every_command_that_takes_an_item_suggests_the_same(
    capsys, shipped_notes: Path, tmp_path: Path, wrong: str
) -> None:
    notes = ["--notes", str(shipped_notes), "--data-dir", str(tmp_path)]
    answers = set()
    for argv in (
        ["compare", wrong],
        ["annotate", wrong, "a comment"],
        ["mark", wrong, "--star"],
        ["export", "--item", wrong],
    ):
        code, out, err = run(capsys, *argv, *notes)
        assert (code, out) == (2, ""), argv
        answers.add(_error_line(err))
    assert len(answers) == 1, answers
    assert not (tmp_path / "annotations.sqlite3").exists()  # nothing was written


def test_did_you_mean_is_close_and_knows_ids_titles_speakers_and_korean(
    capsys, shipped_notes: Path
) -> None:
    def answer(wrong: str) -> str:
        code, _, err = run(capsys, "compare", wrong, "--notes", str(shipped_notes))
        assert code == 2
        return _error_line(err)

    typo = answer("skai2024-k99")
    assert "did you mean skai2024-k09 (패널토의: AI 시대 Infrastructure의 현재와 미래)?" in typo
    assert "k05" not in typo and "k14" not in typo  # one edit away beats two
    assert "did you mean skai2024-k05 (AI의 미래)?" in answer("borkar")  # a speaker
    assert "skai2024-k14" in answer("ㅍㅍㄹㅅㅌ")  # 초성 of an alias (퍼플렉시티)
    assert "skai2024-k14" in answer("Arvaind")  # a misspelt speaker
    assert "skai2024-booth-nvidia" in answer("nvidai")  # a misspelt booth
    assert "skai2024-k05" in answer("k05")  # the id without its event
    nothing = answer("bogus")
    assert "did you mean" not in nothing and "`summit-tui list` shows every item id" in nothing


def test_an_id_guessed_from_the_event_and_a_word_of_the_talk_gets_that_talk(
    capsys, tmp_path: Path
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "kubecon.md").write_text(
        "---\nauthor: 도현\nevent: KubeCon NA 2024\ndate: 2024-11-13\n---\n"
        "# KubeCon NA 2024 참관기\n\n"
        "## Scaling Karpenter to 10,000 Nodes (Okafor & Tanaka)\n\n"
        "- 노드 수가 많아지면 consolidation이 느려진다\n\n"
        "## OpenTelemetry Collector Pipelines That Don't Fall Over\n\n"
        "- tail sampling은 메모리를 먹는다\n\n"
        "## eBPF Without the Tears\n\n- 커널 버전 차이가 가장 큰 문제\n",
        encoding="utf-8",
    )
    assert run(capsys, "list", "--notes", str(notes))[0] == 0
    for guess, meant in (
        ("kubecon-karpenter", "karpenter"),
        ("kubecon-otel-collector", "collector"),
    ):
        code, _, err = run(capsys, "annotate", guess, "a note", "--notes", str(notes))
        assert code == 2
        line = _error_line(err)
        assert f"no item with id '{guess}'; did you mean " in line
        (said,) = line.split("did you mean ", 1)[1].rstrip("?").split("), ")
        assert meant in said.lower(), line
    assert not (tmp_path / "annotations.sqlite3").exists()


def test_a_mistyped_command_gets_the_closest_command(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["exprot"])
    assert exit_.value.code == 2
    assert "no command 'exprot'; did you mean export?" in capsys.readouterr().err


def test_an_unknown_option_prints_that_commands_usage(capsys, shipped_notes: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["mark", "skai2024-k05", "--bogus"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.startswith("usage: summit-tui mark ")
    assert "--star" in err and "summit-tui mark: error: unrecognized arguments: --bogus" in err


# -- names that name nothing --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--event", "nope"], "no event 'nope'; the choices are skai2024 (SK AI Summit 2024)"),
        (["--event", "skai"], "no event 'skai'; did you mean skai2024 (SK AI Summit 2024)?"),
        (["--day", "Day 9"], "no day 'Day 9'; did you mean 2024-11-04 (Day 1)"),
        (["--day", "2024-11-4"], "no day '2024-11-4'; did you mean 2024-11-04 (Day 1)?"),
        (
            ["--event", "seminar-2023-03-29", "--day", "2024-11-04"],
            "no day '2024-11-04' in seminar-2023-03-29; the choices are 2023-03-29 (Day 1)",
        ),
        (["--tag", "insihgt"], "no tag 'insihgt'; did you mean insight?"),
        (["--tag", "zzz"], "no tag 'zzz'; the choices are insight"),
        (["--item", "k05"], "no item with id 'k05'; did you mean skai2024-k05 (AI의 미래)?"),
    ],
)
def test_export_of_an_unknown_event_day_tag_or_item_is_an_error(
    capsys, shipped_notes: Path, tmp_path: Path, argv: list[str], expected: str
) -> None:
    place = ["--notes", str(shipped_notes), "--data-dir", str(tmp_path)]
    assert run(capsys, "annotate", "skai2024-k05", "noted", "--tag", "insight", *place)[0] == 0
    code, out, err = run(capsys, "export", *argv, *place)
    assert (code, out) == (2, "")
    assert expected in _error_line(err)


def test_export_by_a_known_name_still_works(capsys, shipped_notes: Path, tmp_path: Path) -> None:
    place = ["--notes", str(shipped_notes), "--data-dir", str(tmp_path)]
    run(capsys, "annotate", "skai2024-k05", "noted", "--tag", "insight", *place)
    for argv in (
        ["--event", "SK AI Summit 2024"],
        ["--day", "day 1"],
        ["--day", "1"],  # the event's first day, as search's day:1
        ["--tag", "#Insight"],
        ["--item", "skai2024-k05"],
    ):
        code, out, _ = run(capsys, "export", *argv, *place)
        assert code == 0 and "1 annotation on 1 item" in out, argv


def test_a_tag_when_no_annotation_has_tags(capsys, tmp_path: Path) -> None:
    code, _, err = run(
        capsys, "export", "--tag", "x", "--format", "json", "--data-dir", str(tmp_path)
    )
    assert code == 2 and "no tag 'x': no annotation has a tag yet" in err


# -- output files -------------------------------------------------------------------------------


def _schedule(tmp_path: Path) -> Path:
    ics = tmp_path / "talks.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
        "UID:talk-1@example.org\r\nSUMMARY:The Only Talk\r\nDTSTAMP:20241101T000000Z\r\n"
        "DTSTART:20241104T010000Z\r\nDTEND:20241104T020000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    return ics


@pytest.mark.parametrize("command", ["import-program", "export"])
def test_output_into_a_missing_folder_is_refused(capsys, tmp_path: Path, command: str) -> None:
    target = tmp_path / "missing" / "dir" / "out.yaml"
    argv = (
        [command, str(_schedule(tmp_path)), "-o", str(target)]
        if command == "import-program"
        else [command, "--format", "json", "-o", str(target), "--data-dir", str(tmp_path / "d")]
    )
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert f"cannot write {target}: the folder {target.parent} does not exist" in err
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("command", ["import-program", "export"])
def test_output_files_get_the_users_normal_mode(capsys, tmp_path: Path, command: str) -> None:
    target = tmp_path / "out.txt"
    argv = (
        [command, str(_schedule(tmp_path)), "-o", str(target)]
        if command == "import-program"
        else [command, "--format", "json", "-o", str(target), "--data-dir", str(tmp_path / "d")]
    )
    old = os.umask(0o027)
    try:
        assert run(capsys, *argv)[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # 0o666 less the umask, not 0o600
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name or p.name.startswith(".")]


# -- problem lines ------------------------------------------------------------------------------


def test_problem_lines_name_the_line_once(capsys, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "program.yaml").write_text(
        "version: 1\nevents:\n  - id: ev\n    title: Ev\n    colour: red\n"
        "    days:\n      - date: 2024-11-04\n        tracks:\n          - name: T\n"
        "            items:\n              - id: ev-1\n                title: One\n"
        "                number: five\n",
        encoding="utf-8",
    )
    (notes / "a.md").write_text("---\ntitle: [unclosed\n---\n# A\n\ntext\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--notes", str(notes))
    assert code == 1
    problems = [line.strip() for line in out.splitlines() if ": error: " in line]
    assert len(problems) == 3, out
    for line in problems:
        assert "(line" not in line, line
    assert any(line.startswith("program.yaml:5: error: ") for line in problems)
    assert any(line.startswith("a.md:3: error: frontmatter is not valid YAML") for line in problems)


# -- list and the tree --------------------------------------------------------------------------


async def test_list_and_the_tree_show_the_same_days(shipped_notes: Path) -> None:
    """The shipped program has an empty Day 2: the tree hides it, and so does `list`."""
    from summit_tui.commands.list_cmd import tree_lines
    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.widgets.navigator import Navigator
    from waits import loaded

    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test() as pilot:
        await loaded(pilot)
        assert app.corpus is not None
        tree = app.query_one(Navigator)
        in_tree = [
            (event.data.key, day.data.key.split("/", 1)[1])
            for event in tree.root.children
            if event.data is not None and event.data.kind == "event"
            for day in event.children
        ]
        listed = []
        event_id = None
        for line in tree_lines(app.corpus):
            if not line:
                break  # the unsorted entries and problems follow
            if line.startswith("  ") and not line.startswith("    "):
                date = next(
                    d.date
                    for e in app.corpus.program.events
                    if e.id == event_id
                    for d in e.days
                    if d.label == line.strip().split(" · ")[0]
                )
                listed.append((event_id, str(date)))
            elif line and not line.startswith(" ") and line.endswith("]"):
                event_id = line.rsplit("[", 1)[1].rstrip("]")
    assert in_tree == listed
    assert ("skai2024", "2024-11-05") not in listed


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["ai", "author:Zed"], "no author 'Zed'; the choices are SK AI SUMMIT 이모 저모"),
        (["ai", "track:keynotz"], "no track 'keynotz'; did you mean Keynote?"),
        (["ai", "day:5"], "no day '5'; the choices are 2023-03-29, 2024-11-04, 2024-11-05"),
    ],
)
def test_a_search_filter_that_names_nothing_says_so(
    capsys, shipped_notes: Path, argv: list[str], expected: str
) -> None:
    code, out, err = run(capsys, "search", *argv, "--notes", str(shipped_notes))
    assert (code, out) == (1, "")
    assert expected in _error_line(err)


def test_a_search_filter_that_names_something_adds_nothing(capsys, shipped_notes: Path) -> None:
    code, _, err = run(capsys, "search", "zzzqqq", "author:이기훈", "--notes", str(shipped_notes))
    assert code == 1
    assert _error_line(err) == "summit-tui: nothing matches 'zzzqqq author:이기훈'"


def test_a_day_filter_on_notes_whose_days_have_no_date_says_so(capsys, tmp_path: Path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "memo.md").write_text(
        "---\nauthor: Kim\n---\n# Conf memo\n\n## A talk about caching\n\n- caching\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "search", "caching", "day:2024-09-27", "--notes", str(notes))
    assert (code, out) == (1, "")
    said = _error_line(err)
    assert "there are none" not in said, said  # the notes have a day: "Day unknown"
    assert "no day '2024-09-27'; no day of these notes has a date" in said
