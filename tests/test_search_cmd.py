"""`summit-tui search`: the same results as the app, for scripts."""

from __future__ import annotations

import json
import subprocess
import sys

from summit_tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["search", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_has_the_top_result_and_its_place(capsys, shipped_notes) -> None:
    code, out, _err = run(capsys, "--notes", str(shipped_notes), "Arvaind", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["query"] == "Arvaind"
    first = data["results"][0]
    assert (first["kind"], first["item_id"], first["field"]) == ("item", "skai2024-k14", "speaker")
    assert first["snippet"][first["spans"][0][0] : first["spans"][0][1]] == "Aravind"
    passages = [r for r in data["results"] if r["kind"] == "passage"]
    assert passages
    assert all(r["note"] and r["line"] and r["passage"] is not None for r in passages)


def test_human_output_is_one_line_per_result(capsys, shipped_notes) -> None:
    code, out, err = run(capsys, "--notes", str(shipped_notes), "--limit", "3", "Borakr")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("item ")
    assert "AI의 미래" in lines[0]
    assert "Rani Borkar" in lines[0]
    assert "notes from" in err  # which folder was searched goes to stderr


def test_several_words_and_filters(capsys, shipped_notes) -> None:
    code, out, _ = run(capsys, "--notes", str(shipped_notes), "--json", "kind:booth", "몰로코")
    assert code == 0
    data = json.loads(out)
    assert data["filters"]["kind"] == ["booth"]
    assert {r["item_id"] for r in data["results"]} == {"skai2024-booth-moloco"}


def test_no_results_exit_1(capsys, shipped_notes) -> None:
    code, out, err = run(capsys, "--notes", str(shipped_notes), "qqxqzzv")
    assert code == 1
    assert out == ""
    assert "nothing matches" in err


def test_bad_filter_is_a_clear_error(capsys, shipped_notes) -> None:
    code, out, err = run(capsys, "--notes", str(shipped_notes), "kind:talkz", "ai")
    assert code == 2
    assert out == ""
    assert "kind is one of" in err


def test_missing_notes_folder_is_a_clear_error(capsys, tmp_path) -> None:
    code, out, err = run(capsys, "--notes", str(tmp_path / "nope"), "ai")
    assert code != 0
    assert out == ""
    assert "Traceback" not in err and err


def test_control_characters_in_notes_never_reach_the_terminal(capsys, tmp_path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text(
        "---\nauthor: Eve\n---\n# Evil talk\n\nbad \x1b]0;owned\x07 title \x1b[31mred\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "--notes", str(notes), "red")
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out


def test_searching_does_not_create_the_annotations_database(capsys, shipped_notes, tmp_path):
    data = tmp_path / "data"
    code, _out, _err = run(capsys, "--notes", str(shipped_notes), "--data-dir", str(data), "ai")
    assert code == 0
    assert not data.exists()


def test_search_command_does_not_import_textual(shipped_notes) -> None:
    code = (
        "import sys, io, contextlib\n"
        "from summit_tui.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['search', '--notes', {str(shipped_notes)!r}, 'perplexity'])\n"
        "print('textual' in sys.modules, 'rich' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "False False"


def test_annotations_are_searched_with_the_notes(capsys, shipped_notes, tmp_path) -> None:
    from summit_tui.annotate.store import AnnotationStore

    data = tmp_path / "data"
    with AnnotationStore.open(data) as store:
        store.add("skai2024-booth-lambda", "ask about GPU cluster pricing", tags=["followup"])
    argv = ("--notes", str(shipped_notes), "--data-dir", str(data), "--json", "followup")
    code, out, _err = run(capsys, *argv)
    assert code == 0
    first = json.loads(out)["results"][0]
    assert (first["kind"], first["item_id"]) == ("annotation", "skai2024-booth-lambda")
    assert first["annotation_id"] and "#followup" in first["snippet"]


def test_limit_must_not_be_negative(capsys, shipped_notes) -> None:
    code, out, err = run(capsys, "--notes", str(shipped_notes), "--limit", "-1", "ai")
    assert (code, out) == (2, "")
    assert "--limit" in err


def test_limit_0_gives_every_result(capsys, shipped_notes) -> None:
    code, out, _ = run(capsys, "--notes", str(shipped_notes), "--limit", "0", "ai")
    every = out.splitlines()
    assert code == 0
    _, out, err = run(capsys, "--notes", str(shipped_notes), "ai")
    assert len(out.splitlines()) == 50 < len(every)  # the search_limit setting's default
    # A cut list says so, and how to see the rest (on stderr: stdout stays one line a result).
    assert "the first 50 results shown; --limit 0 shows every one" in err
    _, out, err = run(capsys, "--notes", str(shipped_notes), "--limit", str(len(every) + 50), "ai")
    assert len(out.splitlines()) == len(every)
    assert "--limit 0" not in err
    _, out, err = run(capsys, "--notes", str(shipped_notes), "--limit", str(len(every)), "ai")
    assert len(out.splitlines()) == len(every) and "--limit 0" not in err  # exactly all: no hint
    _, out, err = run(capsys, "--notes", str(shipped_notes), "--limit", "1", "ai")
    assert "the first 1 result shown" in err


def test_a_table_row_found_reads_as_cells_not_markdown_pipes(capsys, tmp_path) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "team.md").write_text(
        "---\nauthor: Kim\n---\n# Conference\n\n## Who went where\n\n"
        "| 참석자 | Day 1 | Day 2 |\n| --- | :---: | --- |\n| @김민수 | 키노트 | LLM 서빙 |\n",
        encoding="utf-8",
    )
    code, out, _err = run(capsys, "--notes", str(notes), "서빙", "--json")
    assert code == 0
    found = [r for r in json.loads(out)["results"] if r["kind"] == "passage"]
    assert found, out
    snippet = found[0]["snippet"]
    assert "|" not in snippet and "---" not in snippet, snippet
    assert "@김민수 · 키노트 · LLM 서빙" in snippet
    start, end = found[0]["spans"][0]
    assert snippet[start:end] == "서빙"


def test_a_table_rows_links_and_emphasis_read_as_their_text(capsys, tmp_path) -> None:
    """A schedule table with links to slides and videos (as HackMD and wiki notes keep them):
    the snippet shows each cell as it reads, not its Markdown."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "coscup.md").write_text(
        "---\nauthor: Lin\n---\n# COSCUP 2024\n\n## 議程筆記\n\n"
        "| 時間 | 議程 | 資料 |\n| --- | --- | --- |\n"
        "| 10:00 | **Rust 與 WebAssembly** | [slides](https://example.org/rust.pdf) · "
        "[video](https://youtu.be/abc) |\n"
        "| 11:00 | `cargo` tips | [筆記](https://hackmd.io/@lin/cargo) |\n",
        encoding="utf-8",
    )
    code, out, _err = run(capsys, "--notes", str(notes), "webassembly", "--json")
    assert code == 0
    found = [r for r in json.loads(out)["results"] if r["kind"] == "passage"]
    assert found, out
    snippet = found[0]["snippet"]
    assert "](" not in snippet and "**" not in snippet and "`" not in snippet, snippet
    assert "10:00 · Rust 與 WebAssembly · slides · video" in snippet
    assert "11:00 · cargo tips · 筆記" in snippet


def test_an_annotation_on_a_passage_points_at_that_passage(capsys, shipped_notes, tmp_path):
    """QA4-15: the annotated passage's line, as the app's search opens it, not its entry's
    first line."""
    data = tmp_path / "data"
    quote = "perplexity는 곧 광고 키워드를 탑재한다."
    annotate = ["annotate", "skai2024-k14", "memo-one important", "--quote", quote]
    annotate += ["--author", "SK AI SUMMIT 이모 저모"]
    assert main([*annotate, "--notes", str(shipped_notes), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    argv = ("--notes", str(shipped_notes), "--data-dir", str(data), "--json", "memo-one")
    code, out, _err = run(capsys, *argv)
    assert code == 0
    first = json.loads(out)["results"][0]
    assert first["kind"] == "annotation"
    lines = (shipped_notes / first["note"]).read_text("utf-8").split("\n")
    assert first["line"] > 1 and "키워드를 탑재한다" in lines[first["line"] - 1]
    _code, out, _err = run(capsys, *argv[:-2], "memo-one")
    assert out.splitlines()[0].endswith(f"({first['note']}:{first['line']})")


def test_an_annotation_result_gives_a_script_its_passage_and_its_own_fields(
    capsys, shipped_notes, tmp_path
):
    """An annotation found gives the passage it is on (its number, as `compare --json` and
    the passage results number it) and what it says, without a second command."""
    data = tmp_path / "data"
    quote = "perplexity는 곧 광고 키워드를 탑재한다."
    annotate = ["annotate", "skai2024-k14", "memo-two on ads", "--quote", quote, "--tag", "ads"]
    annotate += ["--author", "SK AI SUMMIT 이모 저모", "--label", "yellow"]
    common = ["--notes", str(shipped_notes), "--data-dir", str(data)]
    assert main([*annotate, *common]) == 0
    assert main(["annotate", "skai2024-k14", "memo-two on the whole talk", *common]) == 0
    capsys.readouterr()
    code, out, _err = run(capsys, *common, "--json", "memo-two")
    assert code == 0
    found = {r["annotation"]["comment"]: r for r in json.loads(out)["results"]}
    on_passage, on_item = found["memo-two on ads"], found["memo-two on the whole talk"]
    own = on_passage["annotation"]
    assert (own["tags"], own["label"], own["orphaned"]) == (["ads"], "yellow", False)
    assert own["quote"].startswith(quote)  # the passage it is on, as the app shows it
    assert own["created"] and own["updated"]
    _code, out, _err = run(capsys, "--notes", str(shipped_notes), "--json", "키워드를 탑재한다")
    same = [
        r
        for r in json.loads(out)["results"]
        if r["kind"] == "passage" and r["line"] == on_passage["line"]
    ]
    assert same and on_passage["passage"] == same[0]["passage"] is not None
    assert on_item["annotation"]["quote"] is None and on_item["passage"] is None
    code, out, _err = run(capsys, "--notes", str(shipped_notes), "--json", "키워드를 탑재한다")
    assert all(r["annotation"] is None for r in json.loads(out)["results"])
