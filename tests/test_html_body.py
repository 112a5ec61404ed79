"""Notes whose body is HTML, as blog platforms export them (issue 14): Tistory, WordPress,
Blogger and Medium keep a post's body as HTML. Its headings, paragraphs, lists, bold and
tables are read as their Markdown equivalents on the lines they were written on, so a post
with a heading per talk is a talk per heading; platform placeholders and shortcodes are no
text; text stays text (never markup)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import item_of_line, line_of, list_json
from summit_tui.corpus.html_body import may_need_reading, readable_body
from summit_tui.corpus.html_markdown import BLOCK_BREAK as BREAK
from summit_tui.corpus.model import Entry, EntryKind
from summit_tui.corpus.passages import split_passages

TISTORY_POST = """\
---
title: "[후기] 데브데이 2025 다녀왔어요"
date: 2025-06-20 21:10:00 +0900
---
<p data-ke-size="size16">지난 6월 14일(토)에 <b>데브데이 2025</b>에 다녀왔습니다.</p>
<p>[##_Image|kage@abc/img.jpg|CDM|1.3|{"originWidth":1440,"caption":"입구 사진"}_##]</p>
<h3 data-ke-size="size23">1. 키노트 - 모두를 위한 플랫폼</h3>
<p data-ke-size="size16">발표: 정유진 (플랫폼실)</p>
<ul style="list-style-type: disc;" data-ke-list-type="disc">
<li>배포 횟수가 하루 <b>300회</b>를 넘었다고</li>
<li>플랫폼팀의 고객은 사내 개발자</li>
</ul>
<h3 data-ke-size="size23">2. 검색 랭킹 실험기</h3>
<p data-ke-size="size16">발표: 오민석 (검색팀)</p>
<ul>
<li>A/B 테스트를 2주 단위로</li>
</ul>
<h2 data-ke-size="size26">부스</h2>
<ul>
<li><b>로봇 부스</b>: 배달 로봇 시연</li>
<li><b>굿즈 부스</b>: 스티커를 받았다</li>
</ul>
<p>[##_Image|kage@def/img.jpg|CDM|1.3|{"originWidth":1080}_##]</p>
"""

WORDPRESS_POST = """\
---
title: "My notes from RustFest Lyon 2025"
date: 2025-09-30
---
<!-- wp:paragraph -->
<p>I spent Friday, September 26 2025 at RustFest Lyon.&nbsp;Two talks stood out.</p>
<!-- /wp:paragraph -->

<!-- wp:heading {"level":3} -->
<h3 class="wp-block-heading">Async drop, finally &#8211; Marie Dubois</h3>
<!-- /wp:heading -->

<!-- wp:list -->
<ul><li>why <code>Drop</code> cannot await</li><li>the <em>poll_drop</em> proposal</li></ul>
<!-- /wp:list -->

<!-- more -->

<!-- wp:heading {"level":3} -->
<h3>Embedded without alloc &#8211; Tom Becker</h3>
<!-- /wp:heading -->

<!-- wp:paragraph -->
<p>Heapless collections &amp; const generics everywhere.</p>
<!-- /wp:paragraph -->
"""


def test_html_is_read_line_for_line_as_markdown() -> None:
    body = TISTORY_POST.split("---\n", 2)[2]
    read = readable_body(body).split("\n")
    assert len(read) == len(body.split("\n"))  # every line number still points into the file
    # the next line's <p> is a paragraph of its own: a line break ends this one when shown
    assert read[0] == "지난 6월 14일(토)에 **데브데이 2025**에 다녀왔습니다.  "
    assert read[1] == "![입구 사진]()"  # a placeholder is an image with its caption
    assert read[2] == "### 1. 키노트 - 모두를 위한 플랫폼"
    assert read[3] == "발표: 정유진 (플랫폼실)"
    assert read[4] == "" and read[7] == ""  # <ul> and </ul>
    assert read[5] == "- 배포 횟수가 하루 **300회**를 넘었다고"
    assert read[15] == "- **로봇 부스**: 배달 로봇 시연"
    assert read[18] == ""  # an image without a caption: nothing


def test_a_blog_posts_html_gives_a_talk_per_heading_and_a_booth_per_bullet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"devday.md": TISTORY_POST})
    found = item_of_line(data)
    first = found[line_of(TISTORY_POST, '<h3 data-ke-size="size23">1.')]
    second = found[line_of(TISTORY_POST, '<h3 data-ke-size="size23">2.')]
    assert first is not None and "모두를 위한 플랫폼" in first
    assert second is not None and "검색 랭킹 실험기" in second
    speakers = {
        item["title"]: item["speakers"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert speakers[first] == ["정유진"]
    assert found[line_of(TISTORY_POST, "<li><b>로봇")] == "로봇"
    assert found[line_of(TISTORY_POST, "<li><b>굿즈")] == "굿즈"
    days = {day["date"] for event in data["events"] for day in event["days"]}
    assert days == {"2025-06-14"}  # the day the post names, not the day it was posted


def test_a_wordpress_export_with_block_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = list_json(tmp_path, capsys, {"rustfest.md": WORDPRESS_POST})
    found = item_of_line(data)
    assert found[line_of(WORDPRESS_POST, '<h3 class="wp-block')] == "Async drop, finally"
    assert found[line_of(WORDPRESS_POST, "<h3>Embedded")] == "Embedded without alloc"
    body = WORDPRESS_POST.split("---\n", 2)[2]
    read = readable_body(body).split("\n")
    assert read[0] == "" and read[2] == ""  # the block comments are no text
    assert read[1] == "I spent Friday, September 26 2025 at RustFest Lyon. Two talks stood out."
    assert read[5] == "### Async drop, finally – Marie Dubois"  # entities read
    # a one-line list stays one line (every line is the file's); its items are kept apart
    # by an invisible break, each its own passage
    assert read[9] == f"- why `Drop` cannot await {BREAK} the poll_drop proposal"
    assert read[19] == "Heapless collections & const generics everywhere."


def test_text_in_html_stays_text() -> None:
    body = (
        "<p>*not emphasis* and [not a link](x) and snake_case_name</p>\n"
        "<p>- not a list, 1. not a list either</p>\n"
        "<p># not a heading &lt;b&gt;not bold&lt;/b&gt;</p>"
    )
    read = readable_body(body).split("\n")
    passages = split_passages(_Entry(readable_body(body)))
    # a paragraph per line: a passage per line; a bullet its writer typed ("- ") is an item,
    # and the rest of every line is text
    assert [(p.kind, p.plain) for p in passages] == [
        ("paragraph", "*not emphasis* and [not a link](x) and snake_case_name"),
        ("item", "not a list, 1. not a list either"),
        ("paragraph", "# not a heading <b>not bold</b>"),
    ]
    assert read[2].startswith("\\#")


def test_markdown_around_html_stays_as_written() -> None:
    body = (
        '<p data-ke-size="size16">&nbsp;</p>\n'
        "\n"
        "## 배경\n"
        "\n"
        "- **굵게** 쓴 목록, <b>태그</b>가 섞인 줄\n"
        "\n"
        "```html\n"
        "<p>코드 안의 HTML</p>\n"
        "```\n"
        "\n"
        '[##_Image|kage@x/img.png|CDM|1.3|{"caption":"다이어그램"}_##]\n'
        "{{< youtube dQw4w9WgXcQ >}}\n"
        "{%hackmd @coscup/template %}\n"
        '[caption id="a1"]<img src="x.jpg" /> The main stage[/caption]\n'
    )
    read = readable_body(body).split("\n")
    # tags with no text before a blank line stay as written: CommonMark shows them as nothing
    assert read[:9] == body.split("\n")[:9]  # and Markdown and code are left as they are
    assert read[10] == "![다이어그램]()"
    assert read[11] == "![](video:dQw4w9WgXcQ)"  # a video shortcode: shown as a video
    assert read[12] == ""  # other shortcodes alone on a line: no text
    assert read[13] == "![The main stage]()"


def test_tables_headings_quotes_and_code_in_html() -> None:
    body = (
        "<table>\n"
        "<tr><th>Booth</th><th>What</th></tr>\n"
        "<tr><td>Grafana</td><td>adaptive metrics</td><td>stickers</td></tr>\n"
        "</table>\n"
        "<blockquote>A quote<br>on two lines</blockquote>\n"
        "<h4>Title <b>bold</b></h4><p>and a paragraph on the same line</p>\n"
        "<pre><code>let x = *y;\n"
        "\n"
        "x.await</code></pre>\n"
        "<ol><li>first</li></ol>"
    )
    read = readable_body(body).split("\n")
    assert read[1] == "Booth: What"
    assert read[2] == "- Grafana: adaptive metrics · stickers"
    assert read[4] == "> A quote on two lines"
    assert read[5] == f"**Title bold** {BREAK} and a paragraph on the same line"
    assert read[6:9] == ["    let x = *y;", "", "    x.await"]
    assert read[9] == "1. first"


def test_the_pre_check_leaves_markdown_alone() -> None:
    markdown = "# Talk\n\n- a <-> b, x < y\n- `<p>` in code\n"
    assert not may_need_reading(markdown)
    assert readable_body(markdown) is markdown
    assert may_need_reading("text\n<p>html</p>\n")
    assert may_need_reading("[##_Image|kage@x_##]")


class _Entry:
    def __init__(self, text: str) -> None:
        self.id = "note.md#x"
        self.text = text
        self.start_line = 1


def test_code_shortcodes_are_fences_and_markdown_inside_a_lone_tag_stays_markdown() -> None:
    body = (
        "{% highlight ruby %}\n"
        "puts '**not bold**'\n"
        "{% endhighlight %}\n"
        "<aside>\n"
        "💡 Notes by **Mina**, one page per day\n"
        "</aside>\n"
        "{{< highlight go >}}\n"
        "fmt.Println(x)\n"
        "{{< /highlight >}}"
    )
    read = readable_body(body).split("\n")
    assert read[:3] == ["```ruby", "puts '**not bold**'", "```"]
    assert read[3:6] == ["", "💡 Notes by **Mina**, one page per day", ""]
    assert read[6:] == ["```go", "fmt.Println(x)", "```"]


def test_a_styled_span_is_bold_as_a_word_processor_or_naver_writes_it() -> None:
    body = (
        '<p><span style="font-weight: 700;">키노트 - 모두의 플랫폼</span>'
        '<span style="color: red"> 본문</span></p>'
    )
    assert readable_body(body) == "**키노트 - 모두의 플랫폼** 본문"


NAVER_POST = """\
---
title: "데브데이 2025 후기"
date: 2025-06-20
---
<p>지난 6월 14일 데브데이 2025에 다녀왔다.</p>
<p><b>1. 키노트 - 모두를 위한 플랫폼</b></p>
<p>발표: 정유진</p>
<p>배포가 하루 300회를 넘었다고 한다.</p>
<p><b>2. 검색 랭킹 실험기</b></p>
<p>발표: 오민석</p>
<p>A/B 테스트를 <b>2주 단위</b>로 돌린다.</p>
"""


def test_bold_paragraphs_one_after_another_are_titles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Markdown would join a bold paragraph to the paragraph on the line above it; when one
    would be joined, the bold paragraphs are headings, each a talk."""
    body = NAVER_POST.split("---\n", 2)[2]
    read = readable_body(body).split("\n")
    assert read[1] == "## 1. 키노트 - 모두를 위한 플랫폼"
    assert read[4] == "## 2. 검색 랭킹 실험기"
    assert read[6] == "A/B 테스트를 **2주 단위**로 돌린다."  # bold within a sentence stays
    data = list_json(tmp_path, capsys, {"devday.md": NAVER_POST})
    found = item_of_line(data)
    first, second = found[line_of(NAVER_POST, "<p><b>1.")], found[line_of(NAVER_POST, "<p><b>2.")]
    assert first is not None and "모두를 위한 플랫폼" in first
    assert second is not None and "검색 랭킹 실험기" in second


def test_a_blog_editors_paragraph_per_line_gives_a_passage_per_line() -> None:
    """A Korean blog editor writes each line its writer typed as its own <p>, bullets typed as
    "- " included: each is a passage of its own (one the reader selects, annotates and compare
    aligns), a typed bullet an item, and a paragraph written by hand stays whole."""
    from summit_tui.corpus.passages import split_passages

    body = (
        "<h2>Compose 성능 최적화</h2>\n"
        "<p>발표자: 이준호</p>\n"
        "<p>리컴포지션을 줄이는 법.</p>\n"
        "<p>- 상태를 아래로 내린다</p>\n"
        "<p>- remember 남용 <b>금지</b></p>\n"
        "<p>-3도라 추웠다</p>\n"
        "\n"
        "A paragraph written\nover two lines.\n"
    )
    read = readable_body(body)
    assert read.split("\n")[3] == "- 상태를 아래로 내린다  "  # a list item, not "\- …"
    assert read.split("\n")[5] == "\\-3도라 추웠다"  # no space after the dash: no bullet
    entry = Entry(
        id="e", note="n.md", author="a", title="t", heading_path=("t",),
        kind=EntryKind.SESSION, start_line=10, end_line=19, text=read,
    )  # fmt: skip
    for fast in (True, False):
        found = [(p.kind, p.start_line, p.plain) for p in split_passages(entry, fast=fast)]
        assert found == [
            ("heading", 10, "Compose 성능 최적화"),
            ("paragraph", 11, "발표자: 이준호"),
            ("paragraph", 12, "리컴포지션을 줄이는 법."),
            ("item", 13, "상태를 아래로 내린다"),
            ("item", 14, "remember 남용 금지"),
            ("paragraph", 15, "-3도라 추웠다"),
            ("paragraph", 17, "A paragraph written over two lines."),
        ]


ONE_LINE_POST = (
    "---\ntitle: Notes from NDC Oslo 2024\nauthor: Kari Nordmann\n---\n\n"
    '<div class="post"><h2>Keynote: the cost of cloud — Jane Doe</h2>'
    "<p>Egress fees decide more architectures than latency does.</p>"
    "<p>Two of three teams never measured their idle capacity.</p>"
    "<p>Her advice: put the bill in the sprint review.</p>"
    "<ul><li>tag every resource</li><li>budget alerts per team</li></ul></div>\n"
)


def test_html_written_on_one_line_is_a_passage_per_block() -> None:
    body = ONE_LINE_POST.split("---\n", 2)[2]
    read = readable_body(body)
    assert len(read.split("\n")) == len(body.split("\n"))  # every line is still the file's
    line = next(n for n, text in enumerate(read.split("\n"), 1) if BREAK in text)
    shown = [(p.start_line, p.plain) for p in split_passages(_Entry(read))]
    assert shown == [
        (line, "Keynote: the cost of cloud — Jane Doe"),
        (line, "Egress fees decide more architectures than latency does."),
        (line, "Two of three teams never measured their idle capacity."),
        (line, "Her advice: put the bill in the sprint review."),
        (line, "tag every resource"),
        (line, "budget alerts per team"),
    ]


def test_an_annotation_on_the_third_block_of_a_one_line_post_stays_on_it(
    tmp_path: Path,
) -> None:
    from summit_tui.annotate.anchor import overlaps, reanchor, target_for_passage
    from summit_tui.corpus.build import build_corpus

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "post.md").write_text(ONE_LINE_POST, encoding="utf-8")
    cache = tmp_path / "cache"
    first = build_corpus(notes, cache_dir=cache)
    (entry,) = first.entries
    third = first.passages(entry)[2]
    assert third.plain == "Two of three teams never measured their idle capacity."
    target = target_for_passage(entry, third)
    # the post is read again (from the cache, then with a paragraph added above the post)
    edited = ONE_LINE_POST.replace("---\n\n", "---\n\nRead on the train home.\n\n", 1)
    for text in (ONE_LINE_POST, edited):
        (notes / "post.md").write_text(text, encoding="utf-8")
        again = build_corpus(notes, cache_dir=cache)
        found = reanchor(target, again)
        assert not found.orphaned
        (now,) = [e for e in again.entries if e.id == found.target.entry_id]
        marked = [p.plain for p in again.passages(now) if overlaps(found.target, now, p)]
        assert marked == ["Two of three teams never measured their idle capacity."]
        # on the post's line in the file
        assert found.target.line == text.split("\n").index(text.split("\n")[-2]) + 1
