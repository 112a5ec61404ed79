"""Cutting text to fit: at a word with an ellipsis, never a dangling separator; the
reader's source line keeps the file name."""

from __future__ import annotations

from rich.cells import cell_len

import factories
from summit_tui.corpus.model import Entry
from summit_tui.ui.fit import ellipsize, keep_end, keep_ends, keep_path_end
from summit_tui.ui.widgets.reader import source_line


def test_a_cut_ends_at_a_word_with_an_ellipsis() -> None:
    assert ellipsize("No passages unique to this author.", 28) == "No passages unique to this…"
    assert ellipsize("Opening keynote — Steve Scott", 20) == "Opening keynote…"  # not "— Ste"
    assert ellipsize("short", 10) == "short"


def test_wide_characters_count_two_cells_and_long_words_are_cut_where_they_must() -> None:
    cut = ellipsize("AI의 실현: GenAI의 잠재력을 끌어내는 방법", 26)
    assert cut.endswith("…") and cell_len(cut) <= 26
    assert ellipsize("abcdefghijklmnopqrstuvwxyz", 10) == "abcdefghi…"


def test_a_path_keeps_its_end_counting_wide_characters_as_two_cells() -> None:
    path = "NDC 2024 참관 6b2d9e0f/둘째날 정리 (김도현).md:3-8"
    for width in range(4, 40):
        cut = keep_end(path, width)
        assert cell_len(cut) <= width and cut.startswith("…"), (width, cut)
        assert path.endswith(cut[1:])
    assert keep_end(path, 60) == path
    assert keep_end(path, 30).endswith("둘째날 정리 (김도현).md:3-8")


def test_a_cut_path_starts_at_a_folder_so_each_name_shown_reads_whole() -> None:
    """A folder cut through read as another name ("…dian/DevOpsDays AMS 2024/Thu.md")."""
    path = "notes/obsidian/DevOpsDays AMS 2024/Thu.md:24-24"
    assert keep_path_end(path, 60) == path
    assert keep_path_end(path, 42) == "…obsidian/DevOpsDays AMS 2024/Thu.md:24-24"  # at a folder
    assert keep_path_end(path, 40) == "…/DevOpsDays AMS 2024/Thu.md:24-24"  # not "…sidian/"
    assert keep_path_end(path, 20) == "…/Thu.md:24-24"
    assert keep_path_end(path, 10) == "….md:24-24"  # a file name alone too long keeps its end
    for width in range(2, 50):
        cut = keep_path_end(path, width)
        assert cell_len(cut) <= width and path.endswith(cut.lstrip("…")), (width, cut)


def test_the_reader_cuts_a_long_path_at_a_folder() -> None:
    note = "conferences/devopsdays-amsterdam-2024/obsidian/DevOpsDays AMS 2024/Thu.md"
    line = source_line(entry(note), None, None, 48).plain
    assert line == "lines 97–113 · …/DevOpsDays AMS 2024/Thu.md"


def entry(note: str) -> Entry:
    return factories.entry("\n" * 16, start=97, note=note)


def test_the_source_line_keeps_the_file_name_and_drops_the_cursor_first() -> None:
    note = "2024-11-04-sk-ai-summit-booths-and-keynotes.md"
    wide = source_line(entry(note), " (entry 1 of 2)", " · cursor 97", 120).plain
    assert wide == f"lines 97–113 (entry 1 of 2) · cursor 97 · {note}"
    narrow = source_line(entry(note), " (entry 1 of 2)", " · cursor 97", 64).plain
    assert narrow == f"lines 97–113 · {note}"
    tight = source_line(entry(note), None, " · cursor 97", 40).plain
    assert cell_len(tight) <= 40 and tight.endswith("keynotes.md") and "…" in tight
    assert not tight.rstrip().endswith("·")


async def test_the_program_tree_cuts_long_titles_at_a_word_with_an_ellipsis(
    shipped_notes,
) -> None:
    from rich.style import Style

    from summit_tui.ui.app import SummitApp
    from summit_tui.ui.widgets.navigator import Navigator
    from waits import loaded

    app = SummitApp(shipped_notes, watch_interval=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await loaded(pilot)
        navigator = app.query_one(Navigator)
        width = navigator.scrollable_content_region.width
        cut = 0
        for line in range(navigator.last_line + 1):
            node = navigator.get_node_at_line(line)
            shown = navigator.render_label(node, Style(), Style()).plain
            whole = node.label.plain
            guide = navigator._tree_lines[line]._get_guide_width(
                navigator.guide_depth, navigator.show_root
            )
            assert cell_len(shown) <= width - guide, shown
            if not shown.endswith(whole):  # cut (a toggle icon may come before the label)
                assert shown.endswith("…") and not shown.endswith(" …"), shown
                cut += 1
        assert cut, "some titles of the shipped notes are longer than the tree at 80 columns"


def test_keep_ends_keeps_what_tells_names_with_one_start_apart() -> None:
    a, b = "DEVIEW 2023 참관기 (김민수)", "DEVIEW 2023 참관기 (박지훈)"
    cut_a, cut_b = keep_ends(a, 16), keep_ends(b, 16)
    assert cut_a != cut_b and "김민수" in cut_a and "박지훈" in cut_b
    assert cut_a.startswith("DEV") and "…" in cut_a
    assert cell_len(cut_a) <= 16 and cell_len(cut_b) <= 16
    assert keep_ends("short", 16) == "short"
