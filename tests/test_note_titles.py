"""A talk's title where the note writes it (issue 14, shape 4 and posts copied without
frontmatter): a "Title :" line of a seminar report in any language, a post's opening line
when the file name is only a slug, and a heading labelled "議程：" / "Agenda:" without its
label. Notes written small, as a user sees them in `list --json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.note_title import opening_title, untitled_note_title

ENGLISH_REPORT = """\
Seminar Report

Title : Building reliable data pipelines
Speaker : Jane Morrison (Acme Corp)
Place : Room 301
Seminar Date/Time : 2023/03/29, 13:00 ~ 13:50

The talk opened with a story about a failed nightly job.

- retries with backoff
- idempotent writers
"""

KOREAN_REPORT = """\
제목: 작은 모델로 검색 품질 올리기
발표자: 오하늘 박사 (K랩)
일시: 2023년 4월 5일 (수) 13:00

- 작은 모델 여러 개를 붙이는 편이 비용 대비 나았다고
"""


def test_a_seminar_report_is_titled_by_its_title_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = list_items(
        tmp_path,
        capsys,
        {
            "seminars/report_0329_kim.md": ENGLISH_REPORT,
            "seminars/[23.03.29] 세미나.md": KOREAN_REPORT,
        },
    )
    by_title = {item["title"]: item for item in found}
    assert set(by_title) == {"Building reliable data pipelines", "작은 모델로 검색 품질 올리기"}
    assert by_title["Building reliable data pipelines"]["speakers"] == ["Jane Morrison"]
    assert by_title["Building reliable data pipelines"]["date"] == "2023-03-29"
    assert by_title["작은 모델로 검색 품질 올리기"]["speakers"] == ["오하늘"]


def test_a_title_line_names_the_talk_better_than_the_posts_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = (
        "---\ntitle: 【DevConf 2024】「段階的な型付け」を聞いてきた\n---\n\n"
        "- タイトル: 段階的な型付けの実践\n- 登壇者: 森 一郎さん\n\n# 内容\n\nよかった。\n"
    )
    (found,) = list_items(tmp_path, capsys, {"qiita/typing.md": post})
    assert found["title"] == "段階的な型付けの実践"
    assert found["speakers"] == ["森 一郎"]


HATENA = """\
DevConf 2024 2日目キーノートのメモ

昨日（10/5）の DevConf 2024、2日目のキーノートがとてもよかったのでメモ。

登壇者は Ingrid Holm さん。コンパイラの研究者。

**インクリメンタルビルド**

変更したファイルだけを再コンパイルする仕組みの話。

**キャッシュの共有**

CI と手元で同じキャッシュを使う。

#DevConf
"""

NOTE_COM = """\
DevConf 2024 で聞いた「分散トレースの始め方」がよかった話

こんにちは。DevConf 2024 の1日目、10月4日（金）に聞いたトークの感想です。

■ トーク概要
・タイトル：分散トレースの始め方
・登壇者：三浦 海さん

■ 内容
最初は一つのサービスだけに入れるのがよい、という話でした。
"""


def test_a_post_without_frontmatter_is_titled_by_its_opening_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Hatena-style post (a title line, a speaker sentence, bold section lines) is one talk
    titled by its first line; a note.com-style post by its "・タイトル：" line."""
    found = list_items(
        tmp_path,
        capsys,
        {"hatena/2024-10-06-devconf-keynote.md": HATENA, "note/devconf-tracing.md": NOTE_COM},
    )
    by_title = {item["title"]: item for item in found}
    assert set(by_title) == {"DevConf 2024 2日目キーノートのメモ", "分散トレースの始め方"}
    keynote = by_title["DevConf 2024 2日目キーノートのメモ"]
    assert keynote["speakers"] == ["Ingrid Holm"]
    assert [e["line"] for e in keynote["entries"]] == [1]  # the bold lines are parts of it
    assert by_title["分散トレースの始め方"]["speakers"] == ["三浦 海"]


def test_a_page_named_with_spaces_keeps_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An Obsidian page's file name is its title: an opening line does not replace it."""
    page = "오늘 들은 것 중 제일 좋았음\n\n- 캐시 무효화는 이벤트로\n"
    data = list_json(tmp_path, capsys, {"캐시 전략 세션.md": page})
    headings = [e["heading"] for e in data["unsorted"]]
    titles = [
        item["title"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    assert "캐시 전략 세션" in headings + titles
    assert "오늘 들은 것 중 제일 좋았음" not in headings + titles


@pytest.mark.parametrize(
    ("label", "title"),
    [
        ("議程：", "Rust で書く拡張モジュール"),
        ("议程: ", "用 Rust 写扩展模块"),
        ("Agenda: ", "Writing extensions in Rust"),
        ("세션: ", "러스트로 확장 모듈 만들기"),
    ],
)
def test_a_labelled_heading_names_the_talk_without_its_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, title: str
) -> None:
    post = (
        "---\ntitle: DevConf 2024 參加心得\nevent: DevConf 2024\n---\n\n"
        f"## {label}{title}\n\n講者：Daniel Park\n\n- 重點一\n"
    )
    (found,) = list_items(tmp_path, capsys, {"post.md": post})
    assert found["title"] == title


@pytest.mark.parametrize(
    "body",
    [
        "오늘 DEVIEW에 다녀왔다.\n\n- 좋았다\n",  # a sentence
        "- first point\n- second point\n",  # a list
        "Speaker: Ann Lee\n\nText.\n",  # a fact line
        "June 29, 2024\n\nText.\n",  # only a date
        "A first line that goes on\nonto the next line as prose.\n",  # a paragraph
        "# A heading\n\nText.\n",  # a heading is read elsewhere
        # two lines of prose, the second no byline
        "We flew to Tokyo\nand it was cold · 3 of us\nall the way.\n\nText.\n",
    ],
)
def test_lines_that_are_not_a_title(body: str) -> None:
    assert opening_title(body) is None


def test_the_file_name_is_the_last_resort() -> None:
    assert opening_title("\n\nKubeCon 2024 day 2 notes\n\n- a\n") == "KubeCon 2024 day 2 notes"
    assert untitled_note_title("- a\n", None, "notes/kubecon-day2.md") == "kubecon-day2"
    assert untitled_note_title("Notes\n\n- a\n", "The real talk", "x.md") == "The real talk"


def test_a_heading_naming_the_one_talk_is_still_the_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One "## Title — Speaker" over a Q&A section: the note's one talk, titled by it."""
    note = "## Caching at scale — Ann Lee\n\ntext\n\n## Q&A\n\n- how big?\n"
    (found,) = list_items(tmp_path, capsys, {"fooconf-2024/caching.md": note})
    assert found["title"] == "Caching at scale"
    assert found["speakers"] == ["Ann Lee"]


def test_an_opening_title_is_shown_without_its_bold_marks() -> None:
    assert opening_title("Notes from **PyCon KR** 2024\n\n- a\n") == "Notes from PyCon KR 2024"
    assert opening_title("**Bold title**\n\n- a\n") == "Bold title"


def test_a_wikis_sidebar_and_footer_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A GitHub wiki cloned as it is: `_Sidebar.md` and `_Footer.md` are its navigation."""
    files = {
        "_Sidebar.md": "**Platform team**\n\n- [[Home]]\n- [[Craft 2024 day 1]]\n",
        "_Footer.md": "Platform team wiki · edit on GitHub\n",
        "Craft-2024-day-1.md": (
            "# Craft Conference 2024 – day 1\n\n## Flaky tests are a team smell (Anna Kovacs)\n\n"
            "- quarantine them\n"
        ),
    }
    found = list_items(tmp_path, capsys, files)
    assert [item["title"] for item in found] == ["Flaky tests are a team smell"]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Notes from Tokyo\nA weekend at try! Swift Tokyo 2024\nby Hyejin Lee · Mar 24. 2024\n\n"
         "I'm Hyejin.\n", "Notes from Tokyo"),
        ("스위프트 개발자들의 하루\nLet'Swift 2024에서 들은 세 개의 이야기\n"
         "by 한소희 · Nov 28. 2024\n\n11월 26일.\n", "스위프트 개발자들의 하루"),
        ("Três dias em Málaga\nRafael Costa · 14 de mai. de 2024 · 7 min de leitura\n\nOlá!\n",
         "Três dias em Málaga"),
    ],
)  # fmt: skip
def test_an_essays_title_line_over_its_subtitle_and_byline(body: str, title: str) -> None:
    # a post whose header is its title, a subtitle naming the event and a byline is titled by
    # its first line, not by its file name
    assert untitled_note_title(body, None, "brunch/essay-42.md") == title


def test_a_blog_export_s_title_over_its_dated_byline_and_html_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Naver post saved as it is exported: its title line, the byline with the date right
    under it and the editor's HTML right under that, with no blank line anywhere."""
    post = (
        "try! Swift Tokyo 2024 1일차 후기 🇯🇵\n스위프트하는 곰 · 2024. 3. 23. 1:12\n"
        "<p>회사 지원으로 다녀왔어요!</p>\n<p><br></p>\n<p>점심은 도시락.</p>\n"
    )
    data = list_json(tmp_path, capsys, {"naver/tryswift-tokyo-day1.md": post})
    assert [u["heading"] for u in data["unsorted"]][:1] == ["try! Swift Tokyo 2024 1일차 후기 🇯🇵"]
    # a line that only looks like a byline, in prose: no title
    assert opening_title("We flew to Tokyo\nand it was cold · 3 of us\nall the way.\n") is None


def test_a_title_set_apart_beside_a_talk_word_however_spaced_and_a_label_line_names_none() -> None:
    """A quoted, bold or italic title right before or after a talk word is the talk's title,
    with spaces or "(이)라는" between; a bold label line ("**발표자:**") holds no title."""
    from summit_tui.corpus.note_title import quoted_talk_title

    assert quoted_talk_title("* **발표자:** 김하늘 (ACME)") is None
    assert quoted_talk_title('**"쿠버네티스 운영기"** 라는 발표를 들었다') == "쿠버네티스 운영기"
    assert quoted_talk_title("「型システムの話」 이라는 세션 후기") == "型システムの話"
    assert quoted_talk_title("A keynote intitulada «Dados abertos no SUS» abriu") == (
        "Dados abertos no SUS"
    )
    assert quoted_talk_title("Then the session *Building with the Gemini API* on agents") == (
        "Building with the Gemini API"
    )
    assert quoted_talk_title("a *great* talk today") is None
