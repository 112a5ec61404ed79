"""Docs-site markup is no text: callouts (Docusaurus `:::note`, MkDocs `!!! note`, GitHub
`> [!NOTE]`, Obsidian `> [!tip] Title`) and an MDX page's imports, comments and JSX tags never
show in the reader, compare or search context; what they wrap is text of its section."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.loader import load_body, load_note
from summit_tui.corpus.site_markup import is_mdx, site_markup


def lines_of(body: str, *, mdx: bool = False) -> list[str]:
    out = site_markup(body, mdx=mdx)
    assert out.count("\n") == body.count("\n")  # line for line: line numbers still point home
    return out.split("\n")


def test_docusaurus_callout_markers_go_and_their_title_and_body_stay() -> None:
    body = "## A talk\n\n:::note 발표자\n김민지 · 11:00 Room A\n:::\n\n- a point\n"
    expected = ["## A talk", "", "발표자", "김민지 · 11:00 Room A", "", "", "- a point", ""]
    assert lines_of(body) == expected


def test_other_colon_callouts_bracket_titles_nesting_and_vuepress_spacing() -> None:
    body = (
        "::::tip[Takeaway]\n:::warning\nTest release builds\n:::\n::::\n"
        "::: details 더보기\n본문\n:::\n"
    )
    expected = ["Takeaway", "", "Test release builds", "", "", "더보기", "본문", "", ""]
    assert lines_of(body) == expected


def test_mkdocs_callout_body_is_text_not_a_block_of_code() -> None:
    body = (
        '## Talk\n\n!!! note "Speaker"\n    Ann Lee (ACME)\n\n    - a point\n'
        "        - a sub-point\n\n???+ tip\n    folded\n\nafter\n"
    )
    assert lines_of(body) == [
        "## Talk",
        "",
        "Speaker",
        "Ann Lee (ACME)",
        "",
        "- a point",
        "    - a sub-point",
        "",
        "",
        "folded",
        "",
        "after",
        "",
    ]


def test_github_alerts_and_obsidian_callouts_keep_the_quote_without_the_marker() -> None:
    body = "> [!NOTE]\n> Slides are online\n\n> [!tip]- 느낀 점\n> 좋았다\n"
    assert lines_of(body) == [">", "> Slides are online", "", "> 느낀 점", "> 좋았다", ""]


def test_code_is_left_as_written() -> None:
    body = "```md\n:::note Title\n!!! tip\n> [!NOTE]\n```\n"
    assert site_markup(body) == body
    mdx = "```js\nimport x from 'y';\n<Tabs>\n```\n"
    assert site_markup(mdx, mdx=True) == mdx


def test_mdx_imports_exports_and_comments_are_no_text() -> None:
    body = (
        "import Tabs from '@theme/Tabs';\nimport {\n  Figure,\n} from '@site/src/Figure';\n\n"
        "export const toc = [];\n\n# Day 1\n"
        "{/* photos later\n   from Jiwoo */}\nText {/* hm */} here\n"
    )
    assert lines_of(body, mdx=True) == [
        "", "", "", "", "", "", "", "# Day 1", "", "", "Text  here", "",
    ]  # fmt: skip


def test_mdx_tags_go_their_text_and_labels_stay() -> None:
    body = (
        '<Tabs groupId="lang">\n<TabItem value="ko" label="한국어 (지우)" default>\n'
        "\n- 측정부터\n\n"
        '</TabItem>\n</Tabs>\n<Figure\n  src="/img/a.jpg"\n  caption="키노트 직전"\n/>\n'
        'Say <Highlight color="#25c2a0">hello</Highlight> to `List<T>` and <br/>\n'
    )
    assert lines_of(body, mdx=True) == [
        "",
        "한국어 (지우)",
        "",
        "- 측정부터",
        "",
        "",
        "",
        "키노트 직전",
        "",
        "",
        "",
        "Say hello to `List<T>` and <br/>",
        "",
    ]


def test_a_plain_note_keeps_python_imports_and_angle_brackets() -> None:
    body = "import numpy as np\nfrom x import y\na <T> b and 1 < 2 > 0\n"
    assert not is_mdx("note.md", body)
    assert site_markup(body) == body
    assert is_mdx("page.md", "import Tabs from '@theme/Tabs';\n\n# Page\n")
    assert is_mdx("page.MDX", "# Page\n")
    assert not is_mdx("talk.md", "# Talk\n\n```jsx\nimport Tabs from '@theme/Tabs';\n```\n")


def test_an_mdx_page_loads_as_a_note_without_its_markup(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Day 1\n---\n\nimport Tabs from '@theme/Tabs';\n\n# Day 1\n\n"
        ":::info 작성자\n김지우\n:::\n\n## Talk\n\n"
        "<details>\n<summary>Q&A</summary>\n\n- Q\n\n</details>\n"
    )
    path = tmp_path / "day-1.mdx"
    path.write_text(text, encoding="utf-8")
    note, problems = load_note(path, tmp_path)
    assert note is not None and not problems
    assert note.path == "day-1.mdx"
    for marker in ("import", ":::", "<summary>"):
        assert marker not in note.body
    body_lines = note.body.split("\n")
    assert body_lines[13 - note.body_line] == "## Talk"  # file line 13, as written
    assert "작성자" in note.body and "김지우" in note.body
    assert load_body(path, tmp_path) == (note.body, note.body_line)


def test_a_tab_named_by_its_day_is_a_heading_over_its_talks() -> None:
    body = (
        '<Tabs>\n<TabItem value="d1" label="Day 1 (5/15)" default>\n\n### Talk A — Ann\n\n'
        '</TabItem>\n<TabItem value="d2" label="2일차">\n\n```\n# not a heading\n```\n'
        "#### Talk B\n\n</TabItem>\n"
        '<TabItem value="ko" label="한국어 (지우)">\n\n### 측정\n\n</TabItem>\n'
        '<TabItem value="d3" label="Day 3">\n\nno headings here\n\n</TabItem>\n</Tabs>\n'
    )
    out = lines_of(body, mdx=True)
    assert [line for line in out if line.startswith("#")] == [
        "## Day 1 (5/15)",
        "### Talk A — Ann",
        "### 2일차",
        "# not a heading",  # in its code block, as written
        "#### Talk B",
        "### 측정",
    ]
    assert "한국어 (지우)" in out and "Day 3" in out  # a writer's tab, a tab of no talks: text


def test_the_pre_check_finds_every_mark_and_passes_plain_notes() -> None:
    from summit_tui.corpus.site_markup import may_hold_site_markup

    marks = (
        "a\n:::note",
        "x: y\n::: tip",
        "wow!! \n!!! note",
        "> [!NOTE]",
        "??? tip",
        '=== "Day 1"',
    )
    for marked in marks:
        assert may_hold_site_markup(marked), marked
    for plain in (
        "10:30 Keynote: x",
        "대박!! 좋았다?!",
        "[link](x)! ok",
        "what?? no",
        "Title\n===",
        "",
    ):
        assert not may_hold_site_markup(plain), plain


def test_mkdocs_content_tabs_are_text_not_blocks_of_code() -> None:
    body = (
        '=== "Day 1 (Oct 26)"\n\n    - 키노트\n    - GIL 없는 파이썬\n\n'
        '=== "Day 2"\n\n    Typing\n\nafter\n'
    )
    assert lines_of(body) == [
        "Day 1 (Oct 26)", "", "- 키노트", "- GIL 없는 파이썬", "",
        "Day 2", "", "Typing", "", "after", "",
    ]  # fmt: skip


def test_an_mdx_comment_in_a_code_block_is_code() -> None:
    body = "```jsx\n<Tabs>{/* the tabs */}</Tabs>\n```\n{/* gone\n```\nstill gone */}after\n"
    assert lines_of(body, mdx=True) == [
        "```jsx", "<Tabs>{/* the tabs */}</Tabs>", "```", "", "", "after", "",
    ]  # fmt: skip
