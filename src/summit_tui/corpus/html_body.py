"""A note body as a blog platform exports it, read as the Markdown it stands for.

Tistory, WordPress, Blogger and Medium exports keep a post's body as HTML (``<h3>``,
``<p>발표: …</p>``, ``<li><b>X 부스</b>: …</li>``, ``<br>``, entities, ``<div>`` and
``<span>`` wrappers), often under Markdown frontmatter or between Markdown lines.
CommonMark reads such lines as raw HTML blocks: one opaque block, no headings, no lists.
``readable_body`` rewrites each HTML block as its Markdown equivalent, line for line (the
n-th line of the result is made from the n-th line of the body, so every line number
found later still points into the file), and leaves every Markdown line as written.

Platform placeholders are no text: a Tistory ``[##_Image|kage@…_##]`` becomes a Markdown
image carrying its caption (or nothing when it has none), shortcodes on a line of their
own (``{{< figure … >}}``, ``{% youtube … %}``, ``{%hackmd … %}``, ``[caption]…[/caption]``)
and comments (``<!-- more -->``) are dropped.

The HTML is read with the standard library's parser; nothing is fetched or run, and
every character of text is escaped so that it reads back as itself, never as markup.
"""

from __future__ import annotations

import re

from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.placeholders import escape, without_placeholders
from summit_tui.lazy_re import lazy

# A line that opens (or closes) an HTML block: CommonMark's kinds 1, 2 and 6, the ones
# platform exports write (a line opening with an inline tag, ``<b>``, ``<a>``, is a
# paragraph with HTML in it, as CommonMark reads it, and stays as written).
_BLOCK_NAMES = (
    "p|div|h[1-6]|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|blockquote|figure|figcaption"
    "|section|article|header|footer|main|aside|nav|hr|pre|center|dl|dt|dd|details|summary"
    "|script|style"
)
_HTML_LINE = lazy(rf"^ {{0,3}}(?:<!--|</?(?:{_BLOCK_NAMES})(?=[\s/>]))", re.I | re.M)
_FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})")
# A shortcode alone on a line: Hugo's, Liquid's (Jekyll, HackMD), WordPress's
_SHORTCODE_LINE = lazy(
    r"^\s*(?:\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\[(?P<wp>caption|gallery|embed|video|audio|youtube"
    r"|playlist)\b[^\]]*\](?:.*?\[/(?P=wp)\])?)\s*$",
    re.I,
)
_HIGHLIGHT = lazy(
    r"^\s*(?:\{%-?\s*highlight\s+(?P<lang>[\w+-]+)?[^%]*%\}"
    r"|\{\{<\s*highlight\s+(?P<hugo_lang>[\w+-]+)?[^>]*>\}\})\s*$"
)
_HIGHLIGHT_END = lazy(r"^\s*(?:\{%-?\s*endhighlight\s*-?%\}|\{\{<\s*/highlight\s*>\}\})\s*$")
_SHORTCODE_MARKS = ("{{<", "{{%", "{%", "[caption", "[gallery", "[embed", "[video", "[youtube")
_CAPTION = lazy(r"""\bcaption\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_WP_CAPTION = lazy(r"^\s*\[caption\b[^\]]*\](?P<inner>.*?)\[/caption\]\s*$", re.I)


def may_need_reading(body: str) -> bool:
    """A cheap pre-check: whether ``readable_body`` could change anything in ``body``."""
    return _has_html_line(body) or "[##_" in body or holds_any(body, _SHORTCODE_MARKS)


def _has_html_line(body: str) -> bool:
    """Whether a line opens with an HTML block's tag: each ``<`` is looked at where it is
    (a note has few), since a search for the pattern at every line start costs much more."""
    at = body.find("<")
    while at >= 0:
        start = body.rfind("\n", 0, at) + 1
        if at - start <= 3 and not body[start:at].strip(" ") and _HTML_LINE.match(body, start):
            return True
        newline = body.find("\n", at)  # only a line's first "<" can open it
        if newline < 0:
            return False
        at = body.find("<", newline)
    return False


def readable_body(body: str) -> str:
    """``body`` with its HTML blocks as Markdown and its placeholders as what they are,
    line for line. A body without them is returned as it is."""
    if not may_need_reading(body):
        return body
    lines = body.split("\n")
    out: list[str] = []
    fence: str | None = None
    index = 0
    count = len(lines)
    while index < count:
        line = lines[index]
        if fence is not None:
            out.append(line)
            if line.strip().startswith(fence):
                fence = None
            index += 1
            continue
        opening = _FENCE.match(line)
        if opening:
            fence = opening.group(1)[:3]
            out.append(line)
            index += 1
            continue
        if "{" in line and (code := _HIGHLIGHT.match(line)) is not None:
            # "{% highlight ruby %}" … "{% endhighlight %}": a code fence, as Markdown writes it
            end = next(
                (n for n in range(index + 1, count) if _HIGHLIGHT_END.match(lines[n])), count
            )
            mark = "~~~~" if any("```" in text for text in lines[index:end]) else "```"
            out.append(mark + (code["lang"] or code["hugo_lang"] or ""))
            out.extend(lines[index + 1 : end])
            if end < count:
                out.append(mark)
            index = end + 1
            continue
        if _HTML_LINE.match(line):
            end = _html_block_end(lines, index)
            read = markdown_of_html("\n".join(lines[index:end]))
            if any(read) or (end < count and lines[end].strip()):
                out.extend(read)
            else:  # tags alone before a blank line ("<div class="page-break"></div>"): as
                out.extend(lines[index:end])  # written, shown as nothing in either case
            index = end
            continue
        out.append(_markdown_line(line))
        index += 1
    return "\n".join(out)


def _html_block_end(lines: list[str], start: int) -> int:
    """Where HTML that starts at ``start`` ends: at a blank line, as CommonMark ends an
    HTML block, after ``</pre>`` when it holds one (its blank lines are code), or where a
    line that opens with no tag follows one that ends with one: Notion's ``<aside>``
    alone on a line over Markdown (``💡 … **bold** …``), a WordPress paragraph without
    its ``<p>``; a paragraph's text on the lines after its ``<p>`` stays HTML."""
    inside_pre = False
    index = start
    while index < len(lines):
        line = lines[index]
        low = line.lower()
        if "<pre" in low:
            inside_pre = "</pre>" not in low[low.rfind("<pre") :]
        elif inside_pre and "</pre>" in low:
            inside_pre = False
        elif not inside_pre and (
            not line.strip()
            or (
                index > start
                and not line.lstrip().startswith("<")
                and lines[index - 1].rstrip().endswith(">")
            )
        ):
            return index
        index += 1
    return index


def _markdown_line(line: str) -> str:
    """A Markdown line with its placeholders and lone shortcodes dropped or made images."""
    if "[##_" in line:
        line = without_placeholders(line, lambda text: text)
        if not line.strip():
            return ""
    if holds_any(line, _SHORTCODE_MARKS) and _SHORTCODE_LINE.match(line):
        video = _VIDEO.match(line)
        if video is not None and (clip := _video_id(video.group("args"))):
            title = _TITLE.search(video.group("args"))
            name = " ".join((title.group(1) or title.group(2)).split()) if title else ""
            return f"![{escape(name)}]({VIDEO_SCHEME}{clip})"
        caption = _shortcode_caption(line)
        if caption:
            return f"![{escape(caption)}]()"
        figure = _FIGURE_SRC.match(line)
        source = _SAFE_SOURCE.sub("", figure.group(1) or figure.group(2)) if figure else ""
        return f"![]({source})" if source else ""
    return line


# A video shortcode: Hugo's "{{< youtube id >}}", "{{< vimeo id >}}", Liquid's "{% youtube id
# %}", WordPress's "[youtube https://…]", "[video src=…]": shown as a video, as an image is.
_VIDEO = lazy(
    r"(?i)^\s*(?:\{\{[<%]\s*|\{%-?\s*|\[)(?P<kind>youtube|vimeo|video|bilibili|loom|wistia"
    r"|dailymotion)\b(?P<args>[^\]]*?)\s*(?:[%>]\}\}|-?%\}|\])"
)
_TITLE = lazy(r"""(?i)\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_VIDEO_ARG = lazy(r"""(?i)\b(?:id|src|url)\s*=\s*["']?([^"'\s]+)""")
_FIGURE_SRC = lazy(r"""(?i)^\s*\{\{[<%]\s*figure\b.*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# what may stand in a Markdown destination made from a note's text: no spaces, brackets,
# parentheses or quotes
_SAFE_SOURCE = lazy(r"[^\w./:%?=&#~+-]")
VIDEO_SCHEME = "video:"  # the reader shows an image with this source as a video


def _video_id(args: str) -> str:
    """The id a video shortcode names: its ``id=``/``src=`` or its first word; a URL's ``v=``
    or last path part."""
    named = _VIDEO_ARG.search(args)
    words = [w.strip("\"'") for w in args.split() if not re.match(r"\w+=", w)]
    value = named.group(1) if named else (words[0] if words else "")
    if "://" in value or value.startswith("www."):
        query = re.search(r"[?&]v=([\w-]+)", value)
        value = query.group(1) if query else value.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return re.sub(r"[^\w.-]", "", value)[:64]


def _shortcode_caption(line: str) -> str:
    wordpress = _WP_CAPTION.match(line)
    if wordpress:  # "[caption …]<img …/> The stage[/caption]": the text after the image
        inner = re.sub(r"<[^>]*>", " ", wordpress.group("inner"))
        return " ".join(inner.split())
    found = _CAPTION.search(line)
    return " ".join((found.group(1) or found.group(2) or "").split()) if found else ""


def markdown_of_html(html: str) -> list[str]:
    """The Markdown lines of an HTML fragment, one per line of it."""
    from summit_tui.corpus.html_markdown import html_lines

    return html_lines(html)
