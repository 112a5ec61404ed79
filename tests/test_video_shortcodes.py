"""A blog's video and figure shortcodes show in the reader as its images do: a Hugo post's
``{{< youtube id >}}`` was dropped without a word, a figure without a caption too."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style

from summit_tui.corpus.html_body import readable_body
from summit_tui.ui.render import InlineStyles, NoteMarkdown, inline_text

_PLAIN = InlineStyles(*([Style.null()] * 9))


def _shown(markdown: str) -> str:
    console = Console(width=80, record=True, color_system=None)
    console.print(NoteMarkdown(markdown, Style.null()))
    return console.export_text()


def test_video_shortcodes_of_each_site_show_as_a_video_with_its_id_or_title() -> None:
    body = (
        "{{< youtube 8H_6rXm1Wgk >}}\n"
        '{{< youtube id="abc" title="I/O *keynote*" >}}\n'
        "{% youtube https://www.youtube.com/watch?v=dQw4w9WgXcQ %}\n"
        "[youtube https://youtu.be/xyz123]\n"
        "{{< vimeo 123456 >}}\n"
    )
    read = readable_body(body).split("\n")
    shown = [inline_text(line, _PLAIN).plain for line in read[:5]]
    assert shown == [
        "▶ video: 8H_6rXm1Wgk",
        "▶ video: I/O *keynote*",  # the title is the note's text, never markup
        "▶ video: dQw4w9WgXcQ",
        "▶ video: xyz123",
        "▶ video: 123456",
    ]
    assert "▶ video: 8H_6rXm1Wgk" in _shown(read[0])


def test_a_figure_shows_its_caption_or_its_file_and_a_tweet_stays_out() -> None:
    body = (
        '{{< figure src="devkeynote.jpg" caption="Jeanine Banks on stage" >}}\n'
        '{{< figure src="img/stage (2).jpg" >}}\n'
        '{{< tweet user="googledevs" id="1790555395041472948" >}}\n'
    )
    read = readable_body(body).split("\n")
    assert inline_text(read[0], _PLAIN).plain == "▣ image: Jeanine Banks on stage"
    assert inline_text(read[1], _PLAIN).plain == "▣ image: stage2.jpg"
    assert read[2] == ""


def test_an_image_on_its_own_line_is_not_glued_to_its_caption() -> None:
    caption = inline_text('![](slide-2.png)\n*Slide 2 — "Lorem ipsum is a lie"*', _PLAIN)
    assert caption.plain == '▣ image: slide-2.png\nSlide 2 — "Lorem ipsum is a lie"'
    # an image inside a wrapped sentence stays inline
    inline = inline_text("the slide\nwith ![a chart](c.png) in it", _PLAIN)
    assert inline.plain == "the slide with ▣ image: a chart in it"
