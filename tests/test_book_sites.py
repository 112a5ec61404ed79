"""Notes kept as a Jupyter Book, a Quarto site or a MyST project: the site's own file names the
event (``_config.yml`` beside ``_toc.yml``, ``_quarto.yml``, ``myst.yml``), read as text;
Quarto's ``.qmd`` pages are notes; a site file added after a load is seen by the next load."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import list_items, list_json
from summit_tui.corpus.book_title import book_event
from summit_tui.corpus.site_file import forget_missing

JB_CONFIG = 'title: "PyData Berlin 2025 – what we heard"\nauthor: Data Guild\nexecute:\n  x: 1\n'
JB_TOC = "format: jb-book\nroot: intro\nchapters:\n  - file: days/wednesday\n"
WEDNESDAY = """\
# Wednesday, 23 April

## Keynote: The boring parts of open source — Hannah Okoro

- maintenance is mostly triage
"""
QUARTO = """\
project:
  type: website

website:
  title: "PyCon KR 2025 참관기"
  sidebar:
    contents:
      - section: "DevFest 2019"
        title: "Old DevFest 2019 notes"
"""
QMD_POST = """\
---
title: "첫째 날 정리"
author: "김서연"
categories: [pycon, python]
---

8월 15일 금요일, 첫째 날 들은 세션 정리.

## uv로 사내 패키지 관리하기 (박준호님)

- CI가 6분에서 1분으로

```{python}
#| echo: false
import pandas as pd
```
"""


def test_a_jupyter_books_title_names_the_event_of_its_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {"book/_config.yml": JB_CONFIG, "book/_toc.yml": JB_TOC, "book/days/wed.md": WEDNESDAY},
    )
    assert [(i["title"], i["event"], i["date"]) for i in items] == [
        ("The boring parts of open source", "PyData Berlin 2025", "2025-04-23")
    ]


def test_a_config_yml_without_a_table_of_contents_is_no_books(tmp_path: Path) -> None:
    # a Jekyll blog has a _config.yml too: its title is the blog's, not an event's
    (tmp_path / "blog" / "_posts").mkdir(parents=True)
    (tmp_path / "blog" / "_config.yml").write_text(JB_CONFIG, encoding="utf-8")
    assert book_event(str(tmp_path), "blog/_posts/2025-04-23-keynote.md") is None
    (tmp_path / "blog" / "_toc.yml").write_text(JB_TOC, encoding="utf-8")
    forget_missing()  # as a load does when it starts
    assert book_event(str(tmp_path), "blog/_posts/2025-04-23-keynote.md") == "PyData Berlin 2025"


def test_a_quarto_sites_qmd_posts_are_notes_of_the_event_its_title_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path, capsys, {"site/_quarto.yml": QUARTO, "site/posts/day1/index.qmd": QMD_POST}
    )
    assert [(i["title"], i["speakers"], i["event"], i["date"]) for i in items] == [
        ("uv로 사내 패키지 관리하기", ["박준호"], "PyCon KR 2025", "2025-08-15")
    ]


@pytest.mark.parametrize(
    ("name", "text", "event"),
    [
        ("myst.yml", "version: 1\nproject:\n  title: EuroSciPy 2025 notes\n", "EuroSciPy 2025"),
        ("_quarto.yml", "book:\n  title: 'PyCon US 2024 — our notes'\n", "PyCon US 2024"),
        ("_quarto.yml", "website:\n  navbar:\n    left:\n      - text: Home\n", None),
    ],
)
def test_the_title_of_a_quarto_or_myst_project(
    tmp_path: Path, name: str, text: str, event: str | None
) -> None:
    (tmp_path / "site" / "posts").mkdir(parents=True)
    (tmp_path / "site" / name).write_text(text, encoding="utf-8")
    assert book_event(str(tmp_path), "site/posts/a.qmd") == event


def test_a_site_file_added_after_a_load_is_read_by_the_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = {"book/days/wed.md": WEDNESDAY}
    before = list_json(tmp_path, capsys, page)
    assert [event["title"] for event in before["events"]] != ["PyData Berlin 2025"]
    after = list_json(tmp_path, capsys, {"book/_config.yml": JB_CONFIG, "book/_toc.yml": JB_TOC})
    assert [event["title"] for event in after["events"]] == ["PyData Berlin 2025"]


MYST_DAY = """\
(wednesday)=
# Wednesday, 23 April

## Polars in production (Felix Amato)

```{admonition} For us
:class: tip
Put sponsoring on the budget list.
```

:::{note}
:class: dropdown
Slides: see {ref}`the links <reading>`, and {doc}`../talks/polars`.
:::

- asked companies to pay for {term}`maintainer` hours

```{code-cell} python
:tags: [hide-output]
print("kept as code")
```

```{tableofcontents}
```
"""


def test_myst_directives_options_targets_and_roles_read_as_a_reader_sees_them() -> None:
    from summit_tui.corpus.site_markup import site_markup

    out = site_markup(MYST_DAY).split("\n")
    assert len(out) == MYST_DAY.count("\n") + 1  # line for line: line numbers still point home
    assert out[:4] == ["", "# Wednesday, 23 April", "", "## Polars in production (Felix Amato)"]
    assert out[5:9] == ["For us", "", "Put sponsoring on the budget list.", ""]
    assert out[10:14] == ["", "", "Slides: see the links, and `../talks/polars`.", ""]
    assert out[15] == "- asked companies to pay for maintainer hours"
    assert out[17:21] == [
        "```{code-cell} python",
        ":tags: [hide-output]",
        'print("kept as code")',
        "```",
    ]
    assert out[22:24] == ["", ""]


def test_a_myst_page_without_such_markup_is_left_as_it_is() -> None:
    from summit_tui.corpus.site_markup import may_hold_site_markup, site_markup

    body = "## A talk\n\n- f(x) = 2 and {braces} stay\n\n```python\nd = {'a': 1}\n```\n"
    assert not may_hold_site_markup(body)
    assert site_markup(body) == body


@pytest.mark.parametrize(
    "heading",
    ["Overall", "Sprints planning", "Wrap-up", "Fazit", "총평", "Gesamteindruck", "전체 소감"],
)
def test_a_days_closing_sections_are_no_talks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], heading: str
) -> None:
    day = f"{WEDNESDAY}\n## Lazy arrays (Tomás Ibarra)\n\n- bounded memory\n\n## {heading}\n\nok.\n"
    data = list_json(
        tmp_path,
        capsys,
        {"book/_config.yml": JB_CONFIG, "book/_toc.yml": JB_TOC, "book/days/d.md": day},
    )
    titles = [
        item["title"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    ]
    assert heading not in titles
    assert heading in [entry["heading"] for entry in data["unsorted"]]


VITEPRESS = """\
import { defineConfig } from 'vitepress'

export default defineConfig({
  title: 'VueConf US 2025 notes',
  themeConfig: {
    nav: [{ text: 'Home', link: '/' }],
    sidebar: [
      {
        text: 'Day 1 · May 14',
        items: [
          { text: 'Vapor mode in practice (Elena Brooks)', link: '/day1/vapor' },
          // { text: 'Skipped', link: '/day1/skipped' },
        ]
      },
      {
        text: "Day 2 · May 15",
        collapsed: false,
        items: [
          { link: '/day2/nuxt.html', text: 'Nuxt 4 migrations (Jana Weber)' },
          { text: 'Nuxt 4: Erfahrungen (Jana Weber, deutsch)', link: '/de/nuxt4' },
          { text: 'State without stores – Marco Ruiz', link: '/day2/state' }
        ]
      }
    ]
  }
})
"""


def test_a_vitepress_sidebar_gives_its_pages_their_talk_and_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "vueconf-notes/.vitepress/config.mts": VITEPRESS,
            "vueconf-notes/day1/vapor.md": "Vapor mode compiles templates.\n\n- opt in\n",
            "vueconf-notes/day2/nuxt.md": "Three production apps migrated.\n\n- codemods\n",
            # a page with a title of its own: the sidebar still names its speaker
            "vueconf-notes/de/nuxt4.md": "# Nuxt 4: Erfahrungen aus drei Migrationen\n\n- app/\n",
            "vueconf-notes/day2/state.md": "Most apps need no store.\n\n- composables\n",
        },
    )
    # the site's folder is a slug of the event its title spells whole
    assert sorted((i["title"], i["speakers"], i["date"], i["event"]) for i in items) == [
        ("Nuxt 4 migrations", ["Jana Weber"], "2025-05-15", "VueConf US 2025"),
        ("State without stores", ["Marco Ruiz"], "2025-05-15", "VueConf US 2025"),
        ("Vapor mode in practice", ["Elena Brooks"], "2025-05-14", "VueConf US 2025"),
    ]
    nuxt = next(i for i in items if i["title"] == "Nuxt 4 migrations")
    assert sorted(e["note"] for e in nuxt["entries"]) == [
        "vueconf-notes/day2/nuxt.md",
        "vueconf-notes/de/nuxt4.md",
    ]


def test_a_vitepress_sidebar_is_read_as_text_never_run(tmp_path: Path) -> None:
    from summit_tui.corpus.site_nav import nav_place

    site = tmp_path / "site" / ".vitepress"
    site.mkdir(parents=True)
    (site / "config.ts").write_text(
        "export default { srcDir: 'docs', themeConfig: { sidebar: { '/': [\n"
        "  { text: 'Day 2', items: [ { text: 'Keynote', link: '/keynote' } ] } ] } } }\n"
        "process.exit(1)\n",
        encoding="utf-8",
    )
    assert nav_place(str(tmp_path), "site/docs/keynote.md") == ("Keynote", "Day 2")
    assert nav_place(str(tmp_path), "site/keynote.md") is None
    (site / "config.ts").write_text("export default { sidebar: [ { text: 'x', ", encoding="utf-8")
    assert nav_place(str(tmp_path), "site/docs/keynote.md") is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("appendix/build.md", "Building this book"),
        ("about.qmd", "About this site"),
        ("anexo/como.md", "Cómo se hizo este libro"),
        ("meta.md", "Über dieses Wiki"),
        ("book.md", "이 책에 대해"),
    ],
)
def test_a_page_about_the_book_itself_is_no_talk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, title: str
) -> None:
    page = (
        f"# {title}\n\nNotes to self.\n\n```bash\njupyter-book build .\n```\n\n- rebuild weekly\n"
    )
    talk = (
        "# Scaling our repo to 10k services\n\n**Speaker:** Ana Souza\n\n- one repo, 10k builds\n"
    )
    data = list_json(
        tmp_path,
        capsys,
        {
            "book/_config.yml": JB_CONFIG,
            "book/_toc.yml": JB_TOC,
            f"book/{name}": page,
            "book/talks/repo.md": talk,
            "book/days/wed.md": WEDNESDAY,
        },
    )
    titles = {
        item["title"]
        for event in data["events"]
        for day in event["days"]
        for track in day["tracks"]
        for item in track["items"]
    }
    assert title not in titles
    assert "Scaling our repo to 10k services" in titles


JB_TOC_PARTS = """\
format: jb-book
root: intro
parts:
  - caption: "Day 1 (Wednesday, July 10)"
    chapters:
      - file: talks/exascale
        title: "Scientific Python at the exascale (Maren Holloway)"
  - caption: "Day 2 (Thursday, July 11)"
    chapters:
      - file: talks/open-science.ipynb
        title: "Open science is infrastructure (Kwame Asante)"
"""
QUARTO_SIDEBAR = """\
project:
  type: website
website:
  title: "SciPy 2024 notes"
  sidebar:
    contents:
      - section: "Day 1 (July 10)"
        contents:
          - href: talks/exascale.qmd
            text: "Scientific Python at the exascale (Maren Holloway)"
      - section: "Day 2 (July 11)"
        contents:
          - talks/open-science.qmd
"""


def test_a_jupyter_books_toc_and_a_quarto_sidebar_name_and_date_their_pages(tmp_path: Path) -> None:
    from summit_tui.corpus.site_nav import nav_place

    book = tmp_path / "book"
    (book / "talks").mkdir(parents=True)
    (book / "_toc.yml").write_text(JB_TOC_PARTS, encoding="utf-8")
    assert nav_place(str(tmp_path), "book/talks/exascale.md") == (
        "Scientific Python at the exascale (Maren Holloway)",
        "Day 1 (Wednesday, July 10)",
    )
    assert nav_place(str(tmp_path), "book/talks/open-science.ipynb") == (
        "Open science is infrastructure (Kwame Asante)",
        "Day 2 (Thursday, July 11)",
    )
    site = tmp_path / "site"
    (site / "talks").mkdir(parents=True)
    (site / "_quarto.yml").write_text(QUARTO_SIDEBAR, encoding="utf-8")
    assert nav_place(str(tmp_path), "site/talks/exascale.qmd") == (
        "Scientific Python at the exascale (Maren Holloway)",
        "Day 1 (July 10)",
    )
    assert nav_place(str(tmp_path), "site/talks/open-science.qmd") == ("", "Day 2 (July 11)")
    (site / "_quarto.yml").write_text("website:\n  sidebar: [unclosed\n", encoding="utf-8")
    assert nav_place(str(tmp_path), "site/talks/open-science.qmd") is None


def test_a_quarto_sidebar_dates_untitled_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "site/_quarto.yml": QUARTO_SIDEBAR,
            "site/talks/exascale.qmd": "- the bottleneck is people\n- array API standard\n",
            "site/talks/open-science.qmd": "---\ntitle: Open science is infrastructure\n---\n\n"
            "Kwame Asante's keynote.\n\n- fund maintenance like a utility\n",
        },
    )
    assert sorted((i["title"], i["date"], i["event"]) for i in items) == [
        ("Open science is infrastructure", "2024-07-11", "SciPy 2024"),
        ("Scientific Python at the exascale", "2024-07-10", "SciPy 2024"),
    ]


def test_a_days_folder_names_no_writer() -> None:
    from summit_tui.corpus.bylines import unstated_author

    for rel in ("vueconf-notes/day2/nuxt-migration.md", "site/docs/2일차/keynote.md"):
        author, _ = unstated_author(None, (), rel, "# Nuxt 4 migration stories\n")
        assert author not in ("day2", "2일차")


MYST_YML = """\
version: 1
project:
  title: EuroSciPy 2025 notes
  toc:
    - file: index.md
    - title: "Day 1 (August 20)"
      children:
        - file: talks/array-api.md
          title: "The array API in practice (Lena Vogt)"
    - title: "Day 2 (August 21)"
      children:
        - file: talks/pixi.md
site:
  template: book-theme
"""


def test_a_myst_projects_toc_names_and_dates_its_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = list_items(
        tmp_path,
        capsys,
        {
            "book/myst.yml": MYST_YML,
            "book/talks/array-api.md": "- one API, numpy and cupy\n- the compat layer\n",
            "book/talks/pixi.md": "# Pixi for labs\n\nSpeaker: Tomás Ibarra\n\n- lock files\n",
        },
    )
    assert sorted((i["title"], i["speakers"], i["date"], i["event"]) for i in items) == [
        ("Pixi for labs", ["Tomás Ibarra"], "2025-08-21", "EuroSciPy 2025"),
        ("The array API in practice", ["Lena Vogt"], "2025-08-20", "EuroSciPy 2025"),
    ]


def test_a_vitepress_sidebar_kept_in_a_function_or_per_locale(tmp_path: Path) -> None:
    from summit_tui.corpus.site_nav import nav_place

    site = tmp_path / "site" / ".vitepress"
    site.mkdir(parents=True)
    (site / "config.mts").write_text(
        "export default defineConfig({\n"
        "  themeConfig: { sidebar: sidebarDays(), sidebarDepth: 2 },\n"
        "  locales: { ko: { themeConfig: { sidebar: // 한국어\n"
        "    [{ text: '1일차 (5월 14일)',\n"
        "       items: [{ text: '키노트', link: '/ko/keynote' }] }] } } }\n"
        "})\n\n"
        "function sidebarDays(): DefaultTheme.SidebarItem[] {\n"
        "  return [{ text: 'Day 2 · May 15', items: [{ text: 'Nuxt 4', link: '/day2/nuxt' }] }]\n"
        "}\n",
        encoding="utf-8",
    )
    assert nav_place(str(tmp_path), "site/day2/nuxt.md") == ("Nuxt 4", "Day 2 · May 15")
    assert nav_place(str(tmp_path), "site/ko/keynote.md") == ("키노트", "1일차 (5월 14일)")
