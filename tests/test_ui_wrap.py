"""Chinese and Japanese wrap between characters; other text wraps at spaces as Rich does."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from summit_tui.ui.wrap import wrap

CONSOLE = Console(width=80)


def lines(text: str, width: int) -> list[str]:
    return [line.plain for line in wrap(Text(text), CONSOLE, width)]


def test_a_japanese_sentence_fills_the_line_after_a_latin_word() -> None:
    # QA6: "• Python 2.2" was alone on its line, the sentence on the next ones.
    shown = lines("Python 2.2の頃から使っている話から始まり、型ヒントの歴史を振り返った。", 30)
    assert shown[0].startswith("Python 2.2の頃から")
    assert all(cell_len(line) <= 30 for line in shown)
    assert cell_len(shown[0]) >= 28  # filled, not cut at the space
    assert (
        "".join(shown) == "Python 2.2の頃から使っている話から始まり、型ヒントの歴史を振り返った。"
    )


def test_a_closing_mark_does_not_start_a_line() -> None:
    for width in range(8, 30):
        for line in lines(
            "基調講演から始まり、型ヒントの歴史を振り返った。最後に質疑応答。", width
        ):
            assert not line.startswith(("、", "。")), (width, line)


@pytest.mark.parametrize(
    "text",
    [
        "plain english text that wraps at spaces as usual and nothing else changes here",
        "한국어 문장은 띄어쓰기에서 줄을 바꾼다 그래서 단어가 잘리지 않는다 이렇게",
    ],
)
def test_text_without_chinese_or_japanese_wraps_as_rich_does(text: str) -> None:
    assert lines(text, 24) == [line.plain for line in Text(text).wrap(CONSOLE, 24)]


async def test_the_reader_wraps_a_japanese_heading_and_list_between_characters(tmp_path) -> None:
    from factories import corpus, entry, item
    from summit_tui.ui.app import SummitApp
    from waits import loaded

    text = (
        "## オープニングキーノート「Pythonと歩んだ20年、そしてこれからの20年」\n\n"
        "- Python 2.2 の頃から使っている話から始まり、コミュニティの変化の話が続いた\n"
    )
    talk = entry(text, entry_id="a.md#talk")
    notes = corpus(talk, items=[item()], links={talk.id: "ev-talk"}, root=str(tmp_path))
    app = SummitApp(tmp_path, loader=lambda p, _: notes, watch_interval=None)
    async with app.run_test(size=(70, 24)) as pilot:
        await loaded(pilot)
        app.open_item("ev-talk")
        await pilot.pause()
        shown = [line.strip() for line in app.reader.entry_view.rendered_text().splitlines()]
        shown = [line for line in shown if line]
        assert shown[0].startswith("## オープニング"), shown  # not "##" alone
        assert not any(line.startswith(("」", "、", "。")) for line in shown), shown
        assert shown[2].startswith("• Python 2.2 の頃から"), shown  # not "• Python 2.2" alone
