"""Who wrote a note, from the site or repository it sits in, before its file name: a blog's
authors.yml behind `authors: [key]`, a README index's "By" column or "X's notes" list, a
`Notes by @x` line, the blog a `canonical_url` belongs to."""

from __future__ import annotations

from pathlib import Path

from summit_tui.corpus.loader import load_note
from summit_tui.corpus.model import Note


def write(tmp_path: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def note(tmp_path: Path, rel: str) -> Note:
    found, _ = load_note(tmp_path / rel, tmp_path, rel=rel)
    assert found is not None
    return found


def test_frontmatter_author_keys_are_named_by_the_blogs_authors_file(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "site/blog/authors.yml": (
                "lena:\n  name: Lena Hoffmann\n  title: Product engineer\n"
                "tomasz:\n  name: Tomasz Wrona\n"
            ),
            "site/blog/2024-09-30-recap.md": (
                "---\ntitle: Recap\nauthors: [lena, tomasz]\n---\ntext\n"
            ),
            "site/blog/2024-10-01-other.md": "---\ntitle: Other\nauthors: [maria]\n---\ntext\n",
            "site/blog/2024-10-02-named.md": "---\ntitle: Named\nauthor: Jane Doe\n---\ntext\n",
        },
    )
    recap = note(tmp_path, "site/blog/2024-09-30-recap.md")
    assert (recap.author, recap.author_guessed) == ("Lena Hoffmann, Tomasz Wrona", False)
    assert note(tmp_path, "site/blog/2024-10-01-other.md").author == "maria"  # not in the file
    assert note(tmp_path, "site/blog/2024-10-02-named.md").author == "Jane Doe"


def test_a_readme_index_says_who_wrote_each_linked_note(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "README.md": (
                "# conf-notes\n\n| Day | Talk | Notes | By |\n| --- | --- | --- | --- |\n"
                "| Sat | Keynote | [notes](saturday/keynote.md) | @kvz |\n"
                "| Sat | Stands | [notes](saturday/stands.md) | — |\n"
                "| Sun | Replication | [notes](sunday/pg%20failover.md)"
                " | [@lotte](https://x.org/lotte) |\n\n"
                "Other people's notes:\n\n"
                "- Ruben's Org file, exported: [contrib/ruben/conf.md](contrib/ruben/conf.md)\n"
                "- 王磊's blog post (中文): [contrib/wanglei](contrib/wanglei/)\n"
            ),
            "saturday/keynote.md": "# Keynote\n\ntext\n",
            "sunday/pg failover.md": "# Replication\n\ntext\n",
            "contrib/ruben/conf.md": "# Saturday\n\ntext\n",
            "contrib/wanglei/参会记录.md": "# 参会记录\n\ntext\n",
            "saturday/unlisted.md": "# Unlisted\n\ntext\n",
            "saturday/stands.md": "# Stands\n\ntext\n",
        },
    )
    keynote = note(tmp_path, "saturday/keynote.md")
    assert (keynote.author, keynote.author_source, keynote.author_guessed) == (
        "kvz",
        "index",
        False,
    )
    assert note(tmp_path, "sunday/pg failover.md").author == "lotte"
    assert note(tmp_path, "contrib/ruben/conf.md").author == "Ruben"
    assert note(tmp_path, "contrib/wanglei/参会记录.md").author == "王磊"
    assert note(tmp_path, "saturday/unlisted.md").author == "unlisted"  # its file name
    assert note(tmp_path, "saturday/stands.md").author == "stands"  # "—" names nobody


def test_a_notes_by_handle_line_and_a_personal_blogs_canonical_url(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "pg.md": "# Failover\n\n**Speaker:** Hiroshi Takeda\n\nNotes by @lotte. Room full.\n",
            "devto.md": (
                "---\ntitle: 'PyCon: async'\ncanonical_url: https://priyanka.codes/blog/async\n"
                "---\ntext\n"
            ),
        },
    )
    assert note(tmp_path, "pg.md").author == "lotte"
    devto = note(tmp_path, "devto.md")
    assert (devto.author, devto.author_guessed) == ("priyanka", True)


def test_author_lines_in_more_languages(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "zh.md": "# 参会记录\n\n作者：王磊\n\n## 演讲\n",
            "de.md": "# Bericht\n\nGeschrieben von Anna Schmidt\n\nText\n",
            "fr.md": "# Compte rendu\n\nAuteur : Lucie Fontaine\n\ntexte\n",
            "es.md": "# Crónica\n\nEscrito por Ana Souza\n\ntexto\n",
            "ko.md": "# 후기\n\n글: 김민수\n\n본문\n",
            # "Par …" opening a paragraph names the talk's speaker, not the note's writer
            "talk.md": "# Sobriété numérique\n\nPar Lucie Fontaine.\n\ntexte\n",
        },
    )
    assert note(tmp_path, "zh.md").author == "王磊"
    assert note(tmp_path, "de.md").author == "Anna Schmidt"
    assert note(tmp_path, "fr.md").author == "Lucie Fontaine"
    assert note(tmp_path, "es.md").author == "Ana Souza"
    assert note(tmp_path, "ko.md").author == "김민수"
    assert note(tmp_path, "talk.md").author == "talk"


def _authors(corpus) -> dict[str, str]:
    return {n.path: n.author for n in corpus.notes}


def test_an_edit_to_the_site_files_reaches_cached_notes(tmp_path: Path) -> None:
    """A note's parse is cached by its own file, but its author may come from an authors file
    or a front page: editing, adding or removing one re-reads the notes it may name, on the
    next load through the cache; the notes it cannot name are not parsed again."""
    from summit_tui.corpus.build import build_corpus

    notes, cache = tmp_path / "notes", tmp_path / "cache"
    write(
        notes,
        {
            "blog/authors.yml": "lena:\n  name: Lena Hoffmann\n",
            "blog/2024-09-30-recap.md": "---\ntitle: Recap\nauthors: [lena]\n---\ntext\n",
            "repo/README.md": "# notes\n\n| Talk | Notes | By |\n| --- | --- | --- |\n"
            "| Keynote | [notes](saturday/keynote.md) | @kvz |\n",
            "repo/saturday/keynote.md": "# Keynote\n\ntext\n",
            "repo/saturday/stands.md": "# Stands\n\ntext\n",
            "other/named.md": "---\ntitle: Named\nauthor: Jane Doe\n---\ntext\n",
        },
    )
    first = build_corpus(notes, cache_dir=cache)
    assert _authors(first)["blog/2024-09-30-recap.md"] == "Lena Hoffmann"
    assert _authors(first)["repo/saturday/keynote.md"] == "kvz"

    (notes / "blog/authors.yml").write_text("lena:\n  name: Lena Hoffmann-Wrona\n")
    (notes / "repo/README.md").write_text(
        "# notes\n\n| Talk | Notes | By |\n| --- | --- | --- |\n"
        "| Keynote | [notes](saturday/keynote.md) | @lotte |\n"
        "| Stands | [notes](saturday/stands.md) | @kvz |\n"
    )
    second = _authors(build_corpus(notes, cache_dir=cache))
    assert second["blog/2024-09-30-recap.md"] == "Lena Hoffmann-Wrona"
    assert second["repo/saturday/keynote.md"] == "lotte"
    assert second["repo/saturday/stands.md"] == "kvz"
    assert second["other/named.md"] == "Jane Doe"

    (notes / "blog/authors.yml").unlink()
    (notes / "repo/README.md").unlink()
    third = _authors(build_corpus(notes, cache_dir=cache))
    assert third["blog/2024-09-30-recap.md"] == "lena"
    assert third["repo/saturday/keynote.md"] == "keynote"  # its file name again


def test_a_site_edit_parses_only_the_notes_it_may_name(tmp_path: Path) -> None:
    from summit_tui.corpus.build import build_corpus, discover, reuse_unchanged
    from summit_tui.corpus.cache import cache_key, read_cache

    notes, cache = tmp_path / "notes", tmp_path / "cache"
    write(
        notes,
        {
            "blog/authors.yml": "lena:\n  name: Lena Hoffmann\n",
            "blog/recap.md": "---\ntitle: Recap\nauthors: [lena]\n---\ntext\n",
            "blog/untitled.md": "# Untitled\n\ntext\n",
        },
    )
    build_corpus(notes, cache_dir=cache)
    (notes / "blog/authors.yml").write_text("lena:\n  name: Lena H.\n")
    folder = discover(notes)
    cached = read_cache(cache, folder.root, cache_key("inferred"))
    assert cached is not None and cached.manifest != folder.manifest
    assert cached.manifest[:2] == folder.manifest[:2]  # the same notes, another authors file
    records, jobs = reuse_unchanged(folder.files, cached, folder.manifest[2])
    assert [job[1] for job in jobs] == ["blog/recap.md"]  # the file-named note is kept
    assert set(records) == {"blog/untitled.md"}


VAULT_PAGES = {
    "Conferences/PyCon KR 2024/Kotlin 2.0 톺아보기.md": (
        "---\ntags: [conference]\n---\n# Kotlin 2.0 톺아보기\n\nPyCon KR 2024, 10-26.\n\n- K2"
    ),
    "Conferences/PyCon KR 2024/Async patterns.md": "# Async patterns\n\n- TaskGroup\n",
    "Daily/2024-10-26.md": "# 2024-10-26\n\n## PyCon KR 2024 - 키노트\n\n- free-threading\n",
    "동료 노트/Priya/keynote.md": "# Keynote: Python 3.13\n\n- free-threading\n",
    "Inbox/Jonas Weber/sprints.md": "# Sprints\n\n- CPython\n",
    "Inbox/with-byline.md": "# Packaging\n\nBy Lena Hoffmann\n\n- uv\n",
}


def test_a_vaults_pages_share_its_writer_through_the_cache(tmp_path: Path) -> None:
    """An Obsidian or Logseq vault is one person's: its pages without a byline share one
    writer (the vault's folder), whatever their file and topic folders; a page in a
    colleague's folder stays theirs; adding or removing the vault's app file is seen
    through the cache."""
    from summit_tui.corpus.build import build_corpus

    notes, cache = tmp_path / "minji-vault", tmp_path / "cache"
    write(notes, VAULT_PAGES)
    before = _authors(build_corpus(notes, cache_dir=cache))
    # an event's folder ("PyCon KR 2024") is nobody's: the vault's writer, as with its app file
    assert before["Conferences/PyCon KR 2024/Async patterns.md"] == "minji-vault"

    write(notes, {".obsidian/app.json": "{}\n"})
    vault = _authors(build_corpus(notes, cache_dir=cache))
    for page in ("Conferences/PyCon KR 2024/Kotlin 2.0 톺아보기.md", "Daily/2024-10-26.md"):
        assert vault[page] == "minji-vault"
    assert vault["Conferences/PyCon KR 2024/Async patterns.md"] == "minji-vault"
    assert vault["동료 노트/Priya/keynote.md"] == "Priya"
    assert vault["Inbox/Jonas Weber/sprints.md"] == "Jonas Weber"
    assert vault["Inbox/with-byline.md"] == "Lena Hoffmann"

    (notes / ".obsidian/app.json").unlink()
    after = _authors(build_corpus(notes, cache_dir=cache))
    assert after == before


def test_a_logseq_vault_inside_the_notes_is_named_after_its_folder(tmp_path: Path) -> None:
    from summit_tui.corpus.build import build_corpus

    notes = tmp_path / "notes"
    write(
        notes, {f"daniel-graph/pages/{rel.rpartition('/')[2]}": t for rel, t in VAULT_PAGES.items()}
    )
    write(notes, {"daniel-graph/logseq/config.edn": "{}\n", "elsewhere/Async patterns.md": "# A\n"})
    authors = _authors(build_corpus(notes))
    assert authors["daniel-graph/pages/Async patterns.md"] == "daniel-graph"
    assert authors["elsewhere/Async patterns.md"] == "Async patterns"  # no vault: as before
