"""Files → Note: finding the notes, decoding them, and reading their frontmatter.

Nothing here raises on a bad file: every oddity becomes a Problem (file, line,
severity, what was done) and loading goes on. YAML is imported only when a note
has frontmatter, and read through libyaml's CSafeLoader when it is installed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING, Any

from summit_tui.corpus import legacy_text
from summit_tui.corpus.model import Note, Problem, Severity
from summit_tui.corpus.site_markup import is_mdx, may_hold_site_markup, site_markup
from summit_tui.corpus.text_files import plain_text, text_note_name
from summit_tui.lazy_re import lazy

if TYPE_CHECKING:
    from summit_tui.corpus.site_nav import NavPlace

MAX_BYTES = 5 * 1024 * 1024
# Markdown under every name editors and sites give it; an MDX page (Docusaurus, Nextra) is
# read as Markdown without its code and tags (site_markup.py).
SUFFIXES = (".md", ".markdown", ".mdx", ".qmd", ".mdown", ".mkd", ".mkdn", ".mdwn", ".markdn")
SUFFIXES += (".ipynb",)  # a Jupyter Book's notebook pages: their Markdown cells (never run)
SUFFIXES += (".eml",)  # a saved e-mail message: its headers and text (eml_file.py)
ASCIIDOC = (".adoc", ".asciidoc")  # a JBake or Antora post: read as Markdown (asciidoc.py)
SUFFIXES += ASCIIDOC
# Folders that tools fill with other people's Markdown: a docs or blog site's `npm ci` puts
# tens of thousands of package READMEs and changelogs in node_modules/, none of them notes.
TOOL_FOLDERS = frozenset(
    {"node_modules", "bower_components", "jspm_packages", "__pycache__", "site-packages"}
)

_ISO_DATE = lazy(r"^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})")


def is_note_name(name: str) -> bool:
    """Whether a file of this name is read as a note: Markdown (``SUFFIXES``) or plain text
    (``text_files``: notes kept as ``.txt``, chats as the messenger exported them)."""
    low = name.lower()
    return low.endswith(SUFFIXES) or (low[-4:] == ".txt" and text_note_name(name))


def _problem(path: str, line: int | None, severity: Severity, message: str, action: str = ""):
    return Problem(path=path, line=line, severity=severity, message=message, action=action)


def _rel(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _hidden(name: str) -> bool:
    return name.startswith(".")


def skipped_folder(name: str) -> bool:
    """A folder the loader does not walk: a hidden one, or one a tool fills (``TOOL_FOLDERS``)."""
    return name.startswith(".") or name in TOOL_FOLDERS


def discover(root: Path, *, follow_links: bool = False) -> tuple[list[Path], list[Problem]]:
    """Every Markdown file under ``root``, sorted by relative path (see ``discover_files``)."""
    found, problems = discover_files(root, follow_links=follow_links)
    return [Path(path) for _, path in found], problems


def discover_files(
    root: Path, *, follow_links: bool = False
) -> tuple[list[tuple[str, str]], list[Problem]]:
    """Every Markdown file under ``root`` as (POSIX path relative to ``root``, full path)
    string pairs, sorted by relative path, and what could not be read.

    Hidden files and folders are skipped. A symbolic link (to a note or a folder) that
    leads out of the notes folder is reported and not followed, unless ``follow_links``:
    otherwise a link to a big folder elsewhere (or to ``/``) would be walked by every
    command, and a link to any file on the machine would be read and searched as a note.
    Links inside the folder are followed once: the real folders are read first, and a link
    to a folder already read (a loop, or a second way to the same place) is reported and
    skipped. Folders that cannot be read are reported.

    Strings, not Paths: for 10,000 notes, making Path objects costs more than the walk.
    """
    top = os.fspath(root)
    skip = len(top.rstrip(os.sep)) + 1
    inside = _Inside(top)
    problems: list[Problem] = []
    found: list[tuple[str, str]] = []
    seen: set[tuple[int, int]] = set()  # folders read, by (device, inode)
    links: list[str] = []  # links to folders: followed once the real folders are read
    linked: list[tuple[str, str]] = []  # links to notes: read unless their note is read

    def rel_of(full: str) -> str:
        rel = full[skip:] if full.startswith(top) else full
        return (rel.replace(os.sep, "/") if os.sep != "/" else rel) or "."

    def skipped(full: str, severity: Severity, message: str, action: str) -> None:
        problems.append(_problem(rel_of(full), None, severity, message, action))

    def outside(full: str, what: str) -> bool:
        target = inside.target_outside(full)
        if target is None or follow_links:
            return False
        skipped(
            full,
            Severity.WARNING,
            f"symbolic link to {what} {target}, outside the notes folder",
            "not read; --follow-links (or follow_links = true in settings.toml) reads it",
        )
        return True

    def first_visit(full: str) -> bool:
        try:
            info = os.stat(full)
        except OSError as error:
            loop = error.errno == errno.ELOOP
            reason = "symbolic link loop" if loop else f"cannot open folder: {error.strerror}"
            skipped(full, Severity.WARNING, reason, "folder skipped")
            return False
        key = (info.st_dev, info.st_ino)
        if key in seen:
            skipped(
                full,
                Severity.WARNING,
                "symbolic link to a folder already read (a link loop or a second link "
                f"to {os.path.realpath(full)})",
                "folder skipped",
            )
            return False
        seen.add(key)
        return True

    def read(folder: str) -> None:
        """``folder`` and every real folder under it; links to folders are kept for later."""
        stack = [folder]
        while stack:
            current = stack.pop()
            try:
                with os.scandir(current) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name)
            except OSError as error:
                reason = f"cannot read folder: {error.strerror or error}"
                skipped(current, Severity.ERROR, reason, "folder skipped")
                continue
            sub = current[skip:] if len(current) > skip else ""
            prefix = sub.replace(os.sep, "/") + "/" if sub else ""
            for entry in entries:
                name = entry.name
                if _hidden(name):
                    continue
                try:
                    link = entry.is_symlink()
                    is_folder = entry.is_dir()  # through the link, if it is one
                except OSError:
                    link, is_folder = True, False
                if is_folder:
                    if name in TOOL_FOLDERS:
                        continue
                    if link:
                        links.append(entry.path)
                    elif first_visit(entry.path):
                        stack.append(entry.path)
                elif is_note_name(name):
                    if not link:
                        found.append((prefix + name, entry.path))
                    elif not outside(entry.path, "the file"):
                        linked.append((prefix + name, entry.path))

    with contextlib.suppress(OSError):
        info = os.stat(top)
        seen.add((info.st_dev, info.st_ino))
    read(top)
    while links:  # each round reads what the links found so far lead to
        pending, links = sorted(links), []
        for full in pending:
            if not outside(full, "the folder") and first_visit(full):
                read(full)
    if linked:
        found.extend(_once(found, linked, problems))
    found.sort(key=lambda pair: pair[0])
    return found, problems


def _once(
    found: list[tuple[str, str]], linked: list[tuple[str, str]], problems: list[Problem]
) -> list[tuple[str, str]]:
    """The links to notes (relative path, full path) that lead to a note not read yet: a
    note linked beside itself, or twice, is read once, as its own file where that is read.
    A link that cannot be followed (a loop, a dangling link) is kept for the read to report."""
    keys: set[tuple[int, int]] = set()
    for _rel, full in found:
        with contextlib.suppress(OSError):
            info = os.stat(full, follow_symlinks=False)
            keys.add((info.st_dev, info.st_ino))
    kept: list[tuple[str, str]] = []
    for rel, full in sorted(linked):
        try:
            info = os.stat(full)
        except OSError:
            kept.append((rel, full))
            continue
        key = (info.st_dev, info.st_ino)
        if key in keys:
            message = f"symbolic link to a note already read ({os.path.realpath(full)})"
            problems.append(_problem(rel, None, Severity.INFO, message, "not read twice"))
            continue
        keys.add(key)
        kept.append((rel, full))
    return kept


def link_outside(path: Path | str, root: Path | str) -> str | None:
    """Where the symbolic link at ``path`` leads when that is outside the folder ``root``;
    None when ``path`` is no link or stays inside."""
    if not os.path.islink(path):
        return None
    return _Inside(os.fspath(root)).target_outside(os.fspath(path))


class _Inside:
    """Whether a link leads out of the notes folder (both sides fully resolved)."""

    def __init__(self, root: str) -> None:
        self.real = os.path.normcase(os.path.realpath(root))
        self.prefix = self.real.rstrip(os.sep) + os.sep

    def target_outside(self, path: str) -> str | None:
        """Where the link at ``path`` leads, when that is outside the folder; else None."""
        target = os.path.realpath(path)
        folded = os.path.normcase(target)
        if folded == self.real or folded.startswith(self.prefix):
            return None
        return target


def load_note(
    path: Path | str,
    root: Path | str,
    stat: os.stat_result | None = None,
    *,
    rel: str | None = None,
) -> tuple[Note | None, list[Problem]]:
    """Read one note. Returns None (and says why) when the file cannot be used.

    ``stat`` and ``rel`` (the path relative to ``root``) save work when already known.
    """
    rel = rel or _rel(Path(path), Path(root))
    problems: list[Problem] = []
    read = _read_text(path, rel, stat, problems)
    if read is None:
        return None, problems
    text, encoding, info = read
    # Names are made from the path (authors, titles, events from folders): composed as the
    # text is, though macOS writes file names decomposed (NFD); the path stays as on disk.
    named = unicodedata.normalize("NFC", rel)
    note = _parse(text, named, problems)
    # here, not at the top: a warm start reads no note, and this brings the date and name
    # readers with it
    from summit_tui.corpus.journal_export import may_be_journal

    if may_be_journal(note["body"]):
        _journal_facts(note)
    if note.get("author_source") in ("none", "file", "folder", "frontmatter"):
        # a blog's authors.yml behind `authors: [lena]`, a README's "By" column
        from summit_tui.corpus.site_authors import site_author

        writer = site_author(str(root), named, note.get("author") or "", note["author_source"])
        if writer:
            note["author"], note["author_guessed"] = writer, False
            if note["author_source"] != "frontmatter":
                note["author_source"] = "index"
    sources = note.get("event_sources", ())
    if "folder" in sources:
        # a docs site's label for the folder: "DroidKaigi 2024" where the slug says less
        from summit_tui.corpus.site_category import folder_label

        names = list(note.get("event_names", ()))
        at = sources.index("folder")
        if at < len(names) and (label := folder_label(str(root), named, names[at])):
            names[at] = label
            note["event_names"] = tuple(names)
    if not _STRONG_SOURCES.intersection(sources):
        # a chapter of an mdBook or GitBook: the book's title names its event
        from summit_tui.corpus.book_title import book_event

        if book := book_event(str(root), named):
            note["event_names"] = (book, *note.get("event_names", ()))
            note["event_sources"] = ("book", *note.get("event_sources", ()))
    elif sources == ("folder",) and (slug := note["event_names"][0]).islower():
        # a site's folder named by a slug of its event ("vueconf-notes/"): the site's own
        # title spells it whole ("VueConf US 2025 notes")
        from summit_tui.corpus.book_title import book_event

        book = book_event(str(root), named)
        if book and book.casefold().startswith(slug.casefold()):
            note["event_names"] = (book,)
            note["event_sources"] = ("book",)
    # a docs site's or book's navigation: the page's label and the day its section names
    from summit_tui.corpus.site_nav import nav_place

    if (place := nav_place(str(root), named)) is not None:
        _placed(note, place)
    if named != rel:
        note["path"] = rel
        problems[:] = [replace(p, path=rel) if p.path == named else p for p in problems]
    note_fields = dict(note, encoding=encoding, mtime_ns=info.st_mtime_ns, size=info.st_size)
    if not note_fields.get("title"):
        from summit_tui.corpus.note_title import untitled_note_title

        note_fields["title"] = untitled_note_title(
            note_fields["body"], note_fields.get("talk_title"), named
        )
    return Note(**note_fields), problems


def _journal_facts(note: dict[str, Any]) -> None:
    """A journal export's days are those of its entries that hold notes (bullets or a heading),
    not the day it was packed for or flown home on, and a year's page ("## 2025년 9월 19일 (금)
    오전 11:50" under "# 2025 일기") says none in its first lines; its title ("Journal 2024")
    names no event."""
    from summit_tui.corpus.journal_export import diary_name, journal_days

    days = journal_days(note["body"])
    if not days:
        return
    note["dates"] = days
    pairs = list(zip(note.get("event_names", ()), note.get("event_sources", ()), strict=False))
    kept = [(name, where) for name, where in pairs if where != "title" or not diary_name(name)]
    if len(kept) < len(pairs):
        note["event_names"] = tuple(name for name, _ in kept)
        note["event_sources"] = tuple(where for _, where in kept)


def _placed(note: dict[str, Any], place: NavPlace) -> None:
    """What a site's navigation adds to a page: its label as its title where the page has
    none, or only a short form of it ("# 키노트" listed as "키노트: 파이썬과 함께한 20년 (김영희)");
    the date and day number its section names ("Day 1 - Wednesday 18 June") where the page's
    own text and place give none."""
    from summit_tui.corpus.dates import day_number, find_dates

    label, section = place
    title = note.get("title") or ""
    if label and (not title or _short_form(title, label)):
        note["title"] = title = label
    if label and not note.get("speakers") and not note.get("talk_title"):
        # "Nuxt 4: Erfahrungen (Jana Weber, deutsch)", "State without stores – Marco Ruiz":
        # the navigation names the speaker the page does not
        from summit_tui.corpus.heading_kinds import speaker_in_heading

        if speaker := speaker_in_heading(label):
            note["speakers"] = (speaker,)
            if title == label and (bare := _without_speaker(label, speaker)):
                note["title"] = bare
    if section:
        if not note.get("dates"):
            found = [m.partial() for m in find_dates(section) if not m.is_range]
            if found:
                note["dates"] = tuple(dict.fromkeys(found))
        if note.get("day_number") is None and (number := day_number(section)):
            note["day_number"] = number


def _without_speaker(label: str, speaker: str) -> str:
    """A label without the speaker it ends with ("Title – Name" → "Title"), or ""."""
    if not label.endswith(speaker):
        return ""
    return label[: -len(speaker)].rstrip(" -–—|:·,")


def _short_form(title: str, label: str) -> bool:
    """Whether a page's title is a short form of its label: every word of it in the label,
    which says more."""
    words = title.casefold().split()
    said = label.casefold()
    return len(label) > len(title) and all(word in said for word in words)


def load_body(
    path: Path | str, root: Path | str, *, rel: str | None = None
) -> tuple[str, int] | None:
    """A note's body as ``load_note`` makes it (``Note.body``, ``Note.body_line``), without
    reading its fields and facts: what a search result shown needs of its note again."""
    rel = rel or _rel(Path(path), Path(root))
    read = _read_text(path, rel, None, [])
    if read is None:
        return None
    _front, _format, body, body_line = _split_frontmatter(read[0], rel, [])
    return _readable(body, rel), body_line


def _read_text(
    path: Path | str, rel: str, stat: os.stat_result | None, problems: list[Problem]
) -> tuple[str, str, os.stat_result] | None:
    """The note's text (decoded, its lines ended by a line feed), encoding and stat; None,
    and why in ``problems``, when the file cannot be used."""
    try:
        info = stat or os.stat(path)
        if not S_ISREG(info.st_mode):  # a FIFO or device named *.md would block or never end
            problems.append(_problem(rel, None, Severity.WARNING, "not a regular file", "skipped"))
            return None
        if info.st_size > MAX_BYTES:
            mb = info.st_size / 1024 / 1024
            problems.append(
                _problem(
                    rel,
                    None,
                    Severity.WARNING,
                    f"file is {mb:.1f} MB, over the 5 MB limit for a note",
                    "skipped; split it into smaller notes to load it",
                )
            )
            return None
        data = _read_up_to(path, info.st_size)
        if len(data) > MAX_BYTES:  # grew since it was listed
            problems.append(_problem(rel, None, Severity.WARNING, "file is over 5 MB", "skipped"))
            return None
    except OSError as error:
        loop = error.errno == errno.ELOOP
        message = "symbolic link loop" if loop else f"cannot read file: {error.strerror or error}"
        problems.append(_problem(rel, None, Severity.ERROR, message, "skipped"))
        return None

    if not data.strip():
        problems.append(_problem(rel, None, Severity.WARNING, "file is empty", "skipped"))
        return None
    if rel[-4:].lower() == ".eml":
        from summit_tui.corpus.eml_file import eml_text

        mail = eml_text(data)
        if mail is None:
            why = "file is no saved e-mail message (no From, Date or Subject header)"
            problems.append(_problem(rel, None, Severity.WARNING, why, "skipped"))
            return None
        return mail, "utf-8", info
    decoded = _decode(data, rel, problems)
    if decoded is None:
        return None
    text, encoding = decoded
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if rel[-6:].lower() == ".ipynb":
        from summit_tui.corpus.notebook import notebook_markdown

        markdown = notebook_markdown(text)
        if markdown is None or not markdown.strip():
            what = (
                "no Jupyter notebook" if markdown is None else "a notebook without Markdown cells"
            )
            problems.append(_problem(rel, None, Severity.WARNING, f"file is {what}", "skipped"))
            return None
        text = markdown
    elif rel[-4:].lower() == ".txt":
        text = plain_text(text)
    elif rel.lower().endswith(ASCIIDOC):
        from summit_tui.corpus.asciidoc import asciidoc_markdown

        text = asciidoc_markdown(text)
    return text, encoding, info


# Direction marks a right-to-left editor puts before a line ("\u200f## Title — Name",
# "\u200f**أولاً: …**"): invisible, they would keep a heading or a list from being one
_LEADING_MARKS = lazy("(?m)^([ \t>]*)[\u200e\u200f\u061c]+")


def _readable(body: str, rel: str) -> str:
    if "\u200f" in body or "\u200e" in body or "\u061c" in body:
        body = _LEADING_MARKS.sub(r"\1", body)
    mdx = is_mdx(rel, body)
    if mdx or may_hold_site_markup(body):  # a docs site's callouts, an MDX page's code
        body = site_markup(body, mdx=mdx)
    # what a platform's export leaves (a bracket looked for first: one fast look)
    if "<" in body or "{" in body or ("[" in body and "[##_" in body):
        from summit_tui.corpus.html_body import readable_body

        return readable_body(body)  # a platform's HTML or placeholders, as Markdown
    return body


def _read_up_to(path: Path | str, size: int) -> bytes:
    """The file's bytes, MAX_BYTES + 1 of them at most, read as the ``size`` it was
    listed with: asking for the limit instead makes the buffer of that size (5 MB) for
    every note, which cost four times the read itself."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        data = os.read(fd, size + 1)
        if len(data) <= size:  # the whole file (a file never reads short but at its end)
            return data
        chunks = [data]  # it grew since it was listed: on to the limit
        left = MAX_BYTES + 1 - len(data)
        while left > 0 and (chunk := os.read(fd, min(left, 1 << 20))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _decode(data: bytes, rel: str, problems: list[Problem]) -> tuple[str, str] | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        problems.append(
            _problem(rel, None, Severity.WARNING, "binary file, not text (NUL bytes)", "skipped")
        )
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return data.decode("utf-8"), encoding
    except UnicodeDecodeError as error:
        bad_line = data.count(b"\n", 0, error.start) + 1
    controls = sum(1 for byte in data[:4096] if byte < 9 or 13 < byte < 32)
    if controls > len(data[:4096]) // 10:
        problems.append(
            _problem(rel, bad_line, Severity.WARNING, "binary file, not text", "skipped")
        )
        return None
    if not _mostly_utf8(data):
        legacy = _legacy_decode(data, rel, bad_line, problems)
        if legacy is not None:
            return legacy
    problems.append(
        _problem(
            rel,
            bad_line,
            Severity.WARNING,
            "not valid UTF-8 nor CP949 text",
            "loaded with the invalid bytes shown as �; save the file as UTF-8 to fix",
        )
    )
    return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"


def _mostly_utf8(data: bytes) -> bool:
    """More of the non-ASCII text reads as UTF-8 than not: a UTF-8 file with a few broken
    bytes, better shown with those as � than all of it misread in a legacy encoding."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    return sum(1 for char in text if char > "\x7f") - broken > broken


def _legacy_decode(
    data: bytes, rel: str, bad_line: int, problems: list[Problem]
) -> tuple[str, str] | None:
    """A note in the legacy code page of its language, chosen by what the text looks like
    read in each (corpus/legacy_text): CP949, Shift_JIS, Windows-1252, -1250, -1251, -1253,
    -1255, -1256, ISO-8859-2, KOI8-R/U. Said in ``check``: the double-byte pages as info,
    the single-byte ones, where a guess can be wrong, as a warning."""
    found = legacy_text.decode(data)
    if found is None:
        return None
    text, page = found
    if page.codec in ("cp949", "cp932"):
        problems.append(
            _problem(rel, None, Severity.INFO, f"decoded as {page.label}, not UTF-8", "loaded")
        )
    else:
        problems.append(
            _problem(
                rel,
                bad_line,
                Severity.WARNING,
                f"not UTF-8: read as {page.label}",
                "loaded; if letters look wrong, save the file as UTF-8",
            )
        )
    return text, page.codec


# -- frontmatter ---------------------------------------------------------------------------


def _split_frontmatter(
    text: str, rel: str, problems: list[Problem]
) -> tuple[str | None, str, str, int]:
    """(frontmatter text or None, its format, body, file line of the body)."""
    first, _, rest = text.partition("\n")
    marker = first.rstrip()
    if marker not in ("---", "+++"):
        return None, "", text, 1
    closers = ("---", "...") if marker == "---" else ("+++",)
    # line by line up to the closing marker: the body after it is not split into lines
    begin = 0  # where line ``index`` of ``rest`` begins
    index = 0
    while True:
        end = rest.find("\n", begin)
        line = rest[begin:] if end < 0 else rest[begin:end]
        if line.rstrip() in closers:
            front = rest[: begin - 1] if begin else ""
            body = "" if end < 0 else rest[end + 1 :]
            return front, "toml" if marker == "+++" else "yaml", body, index + 3
        if end < 0:
            break
        begin, index = end + 1, index + 1
    problems.append(
        _problem(
            rel,
            1,
            Severity.WARNING,
            f"frontmatter opened with {marker} on line 1 is never closed",
            "whole file read as the body",
        )
    )
    return None, "", text, 1


def _read_yaml(front: str, rel: str, problems: list[Problem]) -> Any:
    from summit_tui.corpus import simple_yaml

    simple = simple_yaml.load(front)  # most frontmatter: read directly, as YAML would
    if simple is not None:
        return simple
    import yaml

    from summit_tui.corpus.bounded_yaml import YamlLimit, load

    try:
        return load(front)
    except YamlLimit as error:  # an alias bomb, deep nesting, a huge block: not built at all
        line = (error.line or 1) + 1
        problems.append(
            _problem(
                rel,
                line,
                Severity.ERROR,
                f"frontmatter {error.message}",
                "body loaded without frontmatter",
            )
        )
        return None
    except Exception as error:  # YAMLError, or e.g. ValueError for `date: 2024-13-45`
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 2 if mark is not None else 2
        reason = getattr(error, "problem", None) or (str(error).splitlines() or [""])[0]
        if not isinstance(error, yaml.YAMLError):
            line = _bad_value_line(front) or line
        problems.append(
            _problem(
                rel,
                line,
                Severity.ERROR,
                f"frontmatter is not valid YAML: {reason}",
                "body loaded without frontmatter",
            )
        )
        return None


def _bad_value_line(front: str) -> int | None:
    """Without a YAML mark (a value the constructor rejected), guess the date line."""
    for index, line in enumerate(front.split("\n")):
        if _ISO_DATE.search(line.partition(":")[2]):
            return index + 2
    return None


def _read_toml(front: str, rel: str, problems: list[Problem]) -> Any:
    import tomllib

    from summit_tui.corpus.bounded_yaml import MAX_BYTES, MAX_DEPTH

    size = len(front.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        message = f"is {size / 1024:.0f} KB of TOML, over the {MAX_BYTES // 1024} KB limit"
        return _toml_problem(rel, 2, message, problems)
    depth = _bracket_depth(front)
    if depth > MAX_DEPTH:  # tomllib recurses once per level
        return _toml_problem(rel, 2, f"nests more than {MAX_DEPTH} arrays or tables deep", problems)
    try:
        return tomllib.loads(front)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError) as error:
        found = re.search(r"line (\d+)", str(error))
        line = int(found.group(1)) + 1 if found else 2
        return _toml_problem(rel, line, f"is not valid TOML: {error}", problems)


def _toml_problem(rel: str, line: int, message: str, problems: list[Problem]) -> None:
    problems.append(
        _problem(
            rel, line, Severity.ERROR, f"frontmatter {message}", "body loaded without frontmatter"
        )
    )


def _bracket_depth(text: str) -> int:
    """How deep ``[``/``{`` nest, counted over the whole text (an upper bound: brackets
    inside strings count too, which only matters for text no one writes by hand)."""
    if text.count("[") + text.count("{") <= 64:
        return 0
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


# Where a note's event name is its own, not guessed from a folder or the prose
_STRONG_SOURCES = frozenset({"frontmatter", "fact", "folder", "title", "tags", "alias"})


def _parse(text: str, rel: str, problems: list[Problem]) -> dict[str, Any]:
    # Imported here: a warm start lists the folder through this module and never parses.
    from summit_tui.corpus.bylines import deck_presenter
    from summit_tui.corpus.fields import frontmatter_fields
    from summit_tui.corpus.issue_thread import may_be_thread, thread_title
    from summit_tui.corpus.metadata import note_facts
    from summit_tui.corpus.note_headings import title_heading

    front, fmt, body, body_line = _split_frontmatter(text, rel, problems)
    body = _readable(body, rel)
    meta: dict[str, Any] = {}
    if front is not None and front.strip():
        data = (_read_toml if fmt == "toml" else _read_yaml)(front, rel, problems)
        if isinstance(data, dict):
            meta = {str(k).strip().lower(): v for k, v in data.items()}
        elif data is not None:
            kind = type(data).__name__
            problems.append(
                _problem(
                    rel,
                    2,
                    Severity.ERROR,
                    f"frontmatter is a {kind}, not a mapping of keys",
                    "body loaded without frontmatter",
                )
            )
    fields = frontmatter_fields(meta, rel, problems, front_line=2)
    if not fields.get("title"):
        fields["title"] = title_heading(body)
        if fields["title"] and may_be_thread(body):  # "[\#12 Issue](…) `closed`: Title"
            fields["title"] = thread_title(fields["title"])
        elif not fields["title"] and isinstance(label := meta.get("sidebar_label"), str):
            # a Docusaurus page without a title: the label its site lists it by
            fields["title"] = " ".join(label.split())[:200] or None
    subtitle = meta.get("subtitle")
    subtitle = " ".join(subtitle.split())[:300] if isinstance(subtitle, str) else None
    fields.update(note_facts(fields, body, rel, body_line, subtitle))
    series = meta.get("series")
    if fields["author_source"] in ("none", "file") and isinstance(series, str) and series.strip():
        # a dev.to post's parts share their `series:`: one writer, not one per file name; the
        # writer's own site its `canonical_url:` points to names them better than the series
        from summit_tui.corpus.bylines import own_site

        canonical = meta.get("canonical_url")
        if isinstance(canonical, str) and (site := own_site(canonical)):
            fields["author"], fields["author_source"] = site, "source"
        else:
            fields["author"], fields["author_source"] = " ".join(series.split())[:80], "series"
    if fields["author_source"] in ("none", "file") and (deck := deck_presenter(meta)):
        # a Marp deck's `footer: Ivana Horvat · interna prezentacija`: who presents it
        fields["author"], fields["author_source"] = deck, "text"
    fields["author_guessed"] = fields["author_source"] in (
        "source",
        "folder",
        "file",
        "series",
        "none",
    )
    fields.update(path=rel, body=body, body_line=body_line)
    return fields
