"""Who wrote a note when its frontmatter does not say: a ``작성자:`` / ``Submitter:`` / ``By …``
line, a blog's post header (``이름 · 2024.5.4.``), or the blog in a source URL
(``velog.io/@euisuk-chung``)."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from summit_tui.corpus.folders import file_title
from summit_tui.corpus.names import looks_like_name

AUTHOR_LABELS = {
    "작성자",
    "글쓴이",
    "저자",
    "필자",
    "작성",
    "author",
    "authors",
    "written by",
    "submitter",
    "submitted by",
    "by",
    "posted by",
    "created by",
    "작성자명",
}
SOURCE_LABEL = re.compile(
    r"^(?:source|original|originally posted|원본|원본 게시글|원문|출처|원글|cross-posted)", re.I
)
# "By Jane Doe", "Posted by Minji Park", "*Written by: Alex Cho | 2024-09-08*".
_BYLINE = re.compile(
    r"^\s*[*_]*(?:(?:posted|written|authored|notes)\s+)?by\s*:?\s+(?P<name>[^*_\n|·]{2,60}?)"
    r"\s*(?:[|·].{0,80})?[*_]*\s*$",
    re.IGNORECASE,
)
_POST_HEADER = re.compile(
    r"^(?P<name>[^·|:\d\n#*\[(]{2,30}?)\s*·\s*(?:\d{4}\s*\.|\d+\s*min read|\d+분|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)
# A line that says the event happened then: "11월 4일 SK AI SUMMIT 참석 후", "held on …".
_URL = re.compile(r"https?://[^\s)>\]\"']+")
_BLOG_HOSTS = (
    "tistory.com",
    "github.io",
    "medium.com",
    "substack.com",
    "hashnode.dev",
    "blogspot.com",
    "wordpress.com",
    "velog.io",
)


def byline_author(line: str) -> str | None:
    """The author a line names: "By Jane Doe", "Posted by Minji Park", a blog's post header
    ("써니데이 · 2024.5.4. 11:40", "Daniel Kerr · 6 min read"); None for any other line."""
    if "y" in line[:12]:
        byline = _BYLINE.match(line)
        if byline is not None and looks_like_name(byline.group("name").strip()):
            return byline.group("name").strip()
    if "·" in line[:40]:
        header = _POST_HEADER.match(line)
        if header is not None:
            return header.group("name").strip()
    return None


def author_name(value: str) -> str | None:
    name = re.split(r"\s[|·/]\s|,\s|\s\|", value)[0]
    name = name.strip().strip("*_").strip()
    name = re.sub(r"\s*\([^()]*\)\s*$", "", name) or name
    return name if 0 < len(name) <= 60 else None


def url_in(text: str) -> str | None:
    match = _URL.search(text)
    return match.group(0) if match else None


def blog_name(url: str) -> str | None:
    """The blog a post's URL belongs to: velog.io/@name, name.tistory.com, medium.com/@name,
    blog.naver.com/name, name.github.io."""
    if not url or "://" not in url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    path = [unquote(p) for p in parts.path.split("/") if p]
    if path and path[0].startswith("@") and len(path[0]) > 1:
        return path[0][1:]
    if host in ("blog.naver.com", "brunch.co.kr", "dev.to") and path:
        return path[0].lstrip("@")
    for blog_host in _BLOG_HOSTS:
        if host.endswith("." + blog_host):
            name = host[: -len(blog_host) - 1]
            if name and name not in ("www", "blog"):
                return name
    return None


def unstated_author(
    text_author: str | None, sources: tuple[str | None, ...], rel: str
) -> tuple[str, str]:
    """(author, where it was found) for a note whose frontmatter names none: its text (a byline),
    the blog of a source URL (the frontmatter's, then the text's), a folder per blog (velog
    exports: "@jiyoon_log/…"), else its file name."""
    if text_author:
        return text_author, "text"
    blog = next((name for url in sources if (name := blog_name(url or ""))), None)
    if blog:
        return blog, "source"
    handle = next((p[1:] for p in rel.split("/")[:-1] if p.startswith("@") and p[1:]), None)
    if handle:
        return handle, "folder"
    return file_title(rel), "file"
