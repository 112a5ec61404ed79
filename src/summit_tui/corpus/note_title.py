"""A note's title when neither its frontmatter nor a title heading gives one.

A seminar or talk report names its talk in a ``Title :`` / ``제목:`` / ``タイトル：`` line; a
post copied from a blog without frontmatter (Hatena, note.com, a plain text export) opens
with its title on a line of its own. Only when neither is there is the file name the title.
A file name with spaces (an Obsidian or Notion page, "Kotlin 도입기.md") was chosen as the
title, so an opening line does not replace it; a slug ("2024-09-29-pyconjp-keynote") was not.
"""

from __future__ import annotations

import re

from summit_tui.corpus.dates import only_a_date
from summit_tui.corpus.folders import file_title
from summit_tui.corpus.names import unescape
from summit_tui.lazy_re import lazy

_TITLE_MAX = 120
# Lines that are not a title: a list item, a quote, a table row, a fence, a fact line
# ("발표자: …"), an image or a link alone, a horizontal rule.
_NOT_TITLE_START = lazy(r"^(?:[-*+>|!]|\d+[.)]\s|```|~~~|<|\[[^\]]*\]\()")
_FACT_LINE = lazy(r"^[^:：]{1,30}[:：]\s*\S")
# A sentence, not a title: it ends like one ("…에 다녀왔다.", "…でした。").
_SENTENCE_ENDS = frozenset(".。!！?？:：,，、")
_LETTER = lazy(r"[^\W\d_]")
_STRONG = lazy(r"(\*\*|__)(?P<text>\S(?:.*?\S)?)\1")


def _ends_a_sentence(line: str) -> bool:
    """Whether the line ends (before a last line break, if any) with a sentence's or a
    clause's mark."""
    return line[-1:] in _SENTENCE_ENDS or (line[-1:] == "\n" and line[-2:-1] in _SENTENCE_ENDS)


def opening_title(body: str) -> str | None:
    """The body's first line when it stands alone as a title: a short line of its own
    (a blank line or the end after it), not a list item, quote, table, fact line or
    sentence, and not only a date."""
    start = 0
    length = len(body)
    while start < length and body[start] in " \t\n":
        start += 1
    end = body.find("\n", start)
    if end == -1:
        end = length
    line = unescape(body[start:end].strip())
    if not line or len(line) > _TITLE_MAX or line.startswith("#"):
        return None
    if line.startswith("r/") and _SUBREDDIT.match(line):
        return _forum_post_title(body, end)  # a forum's name over "Posted by u/…" and a title
    if body[end + 1 : end + 2].strip() and end < length and not _over_byline(body, end + 1):
        return None  # a paragraph goes on: prose, not a title
    bold = line.startswith(("**", "__")) and line.endswith(("**", "__")) and len(line) > 4
    if bold:
        line = line[2:-2].strip()
    if "**" in line or "__" in line:
        line = _STRONG.sub(r"\g<text>", line)  # "Notes from **PyCon KR**": the words, no marks
    if (
        not line
        or _NOT_TITLE_START.match(line)
        or _FACT_LINE.match(line)
        or _ends_a_sentence(line)
        or _LETTER.search(line) is None
        or only_a_date(line)
    ):
        return None
    return line


_SUBREDDIT = lazy(r"^r/\w{2,40}$")
_POSTED_BY = lazy(r"^(?:Posted\s+by\s+)?u/[\w-]{2,40}\s*[·•|]")


def _forum_post_title(body: str, start: int) -> str | None:
    """A forum post's title, under its forum's name and its "Posted by u/… · 5 mo. ago" line."""
    lines = [line.strip() for line in body[start : start + 600].split("\n") if line.strip()]
    if not lines or _POSTED_BY.match(lines[0]) is None or len(lines) < 2:
        return None
    title = lines[1]
    return title if len(title) <= _TITLE_MAX and not title.startswith("#") else None


# A post's byline: "by 한소희 · Nov 28. 2024", "Daniel Ortiz · 7 min read · Mar 26, 2024".
_BYLINE = lazy(r"^(?:(?i:by|written\s+by|por|von|par|글)\s+\S.{0,60}|[^.!?。]{2,60}\s·\s.*\d.*)$")


def _over_byline(body: str, start: int) -> bool:
    """The lines after a post's title line are its subtitle and byline: at most two short
    lines, the last a byline (an essay's header: its title, the subtitle
    naming the event, "by 이름 · Mon DD. YYYY")."""
    lines = body[start : start + 400].split("\n")
    block: list[str] = []
    for number, line in enumerate(lines):
        if not line.strip():
            break
        block.append(line.strip())
        if (
            len(block) == 1
            and _BYLINE.match(block[0])
            and _YEAR.search(block[0])
            and number + 1 < len(lines)
            and lines[number + 1].strip()
        ):
            # a blog editor's export runs its body on right under its dated byline
            # ("스위프트하는 곰 · 2024. 3. 23. 1:12"), with no blank line between
            return True
    else:
        return False
    if not 1 <= len(block) <= 2 or any(len(line) > 100 for line in block):
        return False
    return _BYLINE.match(block[-1]) is not None and not _NOT_TITLE_START.match(block[0])


_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def untitled_note_title(body: str, talk_title: str | None, rel: str) -> str:
    """The title of a note whose frontmatter and headings give none (``talk_title``: what
    its ``Title :`` line says): a saved message's subject, else the file's name."""
    if rel[-4:].lower() == ".eml":
        from summit_tui.corpus.eml_file import mail_subject

        if subject := mail_subject(body):
            return subject
    if talk_title:
        return talk_title
    title = file_title(rel)
    if " " in title:
        return title
    return opening_title(body) or title


# A talk's title quoted or in bold in a post's first lines, where the post's own title may
# paraphrase it: "**"Async Django in the real world"** by Jonas Feld", "Sam's talk **HTMX and
# Django: two years later**", "「型の話」という発表", "the keynote "Rust in 2030"".
# (each mark spelt apart, not in a class: when every alternative opens with a character, a
# search skips in C to the next place one of them stands)
_QUOTE_MARK = lazy(r'"|“|「|『|\*|_|«|<b>')
_TALK_WORD = lazy(
    r"발표|강연|세션|키노트|talk|keynote|session|presentation|charla|ponencia|vortrag|講演|演讲"
    r"|workshop|tutorial|워크숍|taller",
    re.IGNORECASE,
)
_QUOTED = (
    r"[\"“「『«]([^\"”」』»\n]{4,80})[\"”」』»]"
    r"|\*\*[\"“«]?([^*\"“”«»\n]{4,80})[\"”»]?\*\*"
    r"|<b>([^<\n]{4,80})</b>"
    # a title in italics, as prose sets a work's title: "Priya Nair's session *Building with
    # the Gemini API*", "*Gradle configuration cache in real projects* 세션을 들었다"; a
    # word or two of emphasis ("a *great* talk") has no space or starts in lower case
    r"|(?<![*\w])[*_]((?-i:[^\s*_a-z])[^*_\n]{2,78}\s[^*_\n]{1,78}?[^\s*_])[*_](?![*\w])"
)
_TALK_KINDS = (
    r"발표|세션|강연|키노트|talk|keynote|session|presentation|charla|ponencia|vortrag"
    # "Materials for the **PyTorch for Thai OCR** workshop": a workshop's repository
    r"|workshop|tutorial|워크숍|taller"
)
_QUOTED_TALK = lazy(
    rf"(?:{_QUOTED})\s*(?:(?:이)?라는\s*)?(?:{_TALK_KINDS})"
    rf"|(?:{_TALK_KINDS})\s*(?:titled|called|named|intitulada|titulada|,|:)?\s*(?:{_QUOTED})",
    re.IGNORECASE,
)
# The same, followed by its speaker: "**"Title"** by Jonas Feld", "«Title» de Ana Souza".
_QUOTED_BY = lazy(
    rf"(?:{_QUOTED})\s*,?\s*(?:by|von|par|de|di|por)\s+[A-Z\u00c0-\u024f][\w'’.-]*\s+[A-Z\u00c0-\u024f]"
)

# Or after its speaker's name in the possessive, in a line with a talk word: "the talk I had
# circled was Omar Haddad's *Testing Compose without the flakes*".
_QUOTED_OF = lazy(rf"[A-Z\u00c0-\u024f][\w.-]*['’]s\s+(?:{_QUOTED})")


# A Chinese post names the talk it reports in book-title marks after its speaker or a talk
# word: "刘思远老师的《万亿级消息队列的存算分离实践》", "吴桐分享的《Serverless 冷启动优化》",
# "主题演讲《…》" (a book's title has neither: "读《数据密集型应用系统设计》")
_BOOK_QUOTED = lazy(
    r"(?:(?P<name>[\u4e00-\u9fff]{2,4}?|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})\s*"
    r"(?:老师|先生|女士|博士|大佬)?\s*(?:的|分享的|带来的|主讲的|讲的)"
    r"|(?:演讲|分享|议题|主题|讲座|報告|报告|talk|session|keynote)\s*[:：]?)"
    r"\s*《(?P<title>[^《》\n]{2,80})》",
    re.IGNORECASE,
)


def _book_quoted_talk(line: str) -> str | None:
    from summit_tui.corpus.names import looks_like_name

    for found in _BOOK_QUOTED.finditer(line):
        name = found["name"]
        if name is None or looks_like_name(name, strict=True):
            return found["title"].strip() or None
    return None


def _names_by(line: str) -> bool:
    """Whether ``line`` holds one of the words _QUOTED_BY names a speaker after (in its case),
    followed by a space as there: "de" and "di" are in most lines of most languages."""
    for word in _BY_WORDS:
        at = line.find(word)
        while at >= 0:
            after = at + len(word)
            if line[after : after + 1].isspace():
                return True
            at = line.find(word, after)
    return False


_BY_WORDS = ("by", "de", "di", "von", "par", "por")


# What a title _QUOTED sets apart opens and closes with: a quote mark, "**", "<b>", "</b>",
# or the "*" or "_" of italics
_OPENS_QUOTED = frozenset('"“「『«*_<')
_CLOSES_QUOTED = frozenset('"”」』»*>_')
_NOT_BOLD = frozenset('*"“”«»\n')  # what a bold title's last four characters are not
_SEPARATOR_LETTERS = 10  # "intitulada", the longest word _QUOTED_TALK allows between


def _quoted_beside(line: str, talk: re.Match[str]) -> bool:
    """Whether a title set apart as _QUOTED sets it may stand right before one of the line's
    talk words (``talk`` the first) or right after it, as _QUOTED_TALK needs: most lines with
    a talk word and a mark have neither ("* **발표자:** 김하늘"), and are told so without
    that pattern (costly to make, and tried where no note needs it)."""
    while talk is not None:
        start, end = talk.span()
        after = line[end:].lstrip()
        if after[:1] in _OPENS_QUOTED or after[1:].lstrip()[:1] in _OPENS_QUOTED:
            return True  # (the second: after "," or ":")
        letters = 0
        while letters < len(after) and after[letters].isalpha():
            letters += 1
        if letters <= _SEPARATOR_LETTERS and after[letters:].lstrip()[:1] in _OPENS_QUOTED:
            return True  # after "titled", "called", "named"
        before = line[:start]
        if _closes_quoted(line, before.rstrip()):
            return True
        if before.rstrip().endswith("라는"):  # "「…」라는 발표", "…이라는 세션"
            told = before.rstrip()[:-2]
            if _closes_quoted(line, told.rstrip()) or (
                told.endswith("이") and _closes_quoted(line, told[:-1].rstrip())
            ):
                return True
        talk = _TALK_WORD.search(line, start + 1)
    return False


def _closes_quoted(line: str, before: str) -> bool:
    """Whether ``before`` (a start of ``line``) may end with a title _QUOTED sets apart."""
    last = before[-1:]
    if last not in _CLOSES_QUOTED:
        return False
    if last in "*_":
        inner = before[:-2] if before.endswith("**") else ""
        if inner[-1:] in ('"', "”", "»"):
            inner = inner[:-1]
        bold = len(inner) >= 4 and _NOT_BOLD.isdisjoint(inner[-4:])
        # italics close before a space, after neither a space nor a mark
        italic = line[len(before) : len(before) + 1].isspace() and before[-2:-1] not in (
            *" \t*_",
            "",
        )
        return bold or italic
    return last != ">" or before.endswith("</b>")


def quoted_talk_title(line: str) -> str | None:
    """The talk's title a post's opening line quotes or sets in bold or italics beside a talk
    word, or next to its speaker ("… was **"Postgres full-text search"** by Deepa Krishnan",
    "Omar Haddad's *Testing Compose without the flakes*"), or None."""
    if "《" in line and (named := _book_quoted_talk(line)) is not None:
        return named
    if _QUOTE_MARK.search(line) is None:
        return None
    found = _QUOTED_BY.search(line) if _names_by(line) else None
    if found is None and (talk := _TALK_WORD.search(line)) is not None:
        found = _QUOTED_TALK.search(line) if _quoted_beside(line, talk) else None
        if found is None and ("'s" in line or "’s" in line):  # the possessive _QUOTED_OF needs
            found = _QUOTED_OF.search(line)
    if found is None:
        return None
    title = next(g for g in found.groups() if g).strip()
    return title or None
