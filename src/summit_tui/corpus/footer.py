"""Where a blog post's own text ends: its readers' comments and the page's widgets after it.

A post exported from a blog (WordPress, tistory, velog, Hatena, a company's tech blog) often
keeps what the page showed below the post: "Share this:" and "Like this:" buttons, "공감" and
"구독하기", "Related" or "이전 글 / 다음 글" links, then the comments ("💬 댓글 3", "3 thoughts on
…", "Comentarios (2)", "Leave a Reply"). None of it is the writer's notes on a talk.

A comment section is known by its label with a count ("댓글 2", "Comments (3)", "2 Responses"),
by an invitation to write one ("Leave a Reply", "댓글 달기", "Deja un comentario"), or by a bare
label ("コメント", "Comentários") whose next lines are signed and dated like comments ("**Ana** ·
11 de outubro de 2024"): a bare "## Comments" over the writer's own remarks is theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summit_tui.lazy_re import lazy

# a line's lead and trail that are no words: heading marks, emphasis, quote marks, emoji
_EMOJI = r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?[ \t]*)?"
_LEAD = rf"^[ \t]{{0,3}}(?:#{{1,6}}[ \t]+)?[*_> \t]*{_EMOJI}"
_TAIL = r"[ \t]*[:：]?[*_ \t]*$"
_COUNT = r"\(?\d{1,5}\)?"
# the words for comments: "댓글", "Comments", "コメント", "Comentarios", "评论"
_COMMENT_WORDS = (
    r"(?:댓글|답글|comments?|responses?|replies|reactions?|コメント|comentarios?|comentários?"
    r"|commentaires?|kommentare?|commenti|评论|評論|留言)"
)
_COUNTED = (
    rf"(?i:{_COMMENT_WORDS}[ \t]*{_COUNT}(?:[ \t]*개)?"
    rf"|{_COUNT}[ \t]*(?:개의[ \t]*)?{_COMMENT_WORDS}"
    r"|\d{1,5}[ \t]+(?:thoughts?|responses?|replies)[ \t]+(?:on|to)[ \t]+.{1,160})"
)
_INVITATION = (
    r"(?i:leave[ \t]+a[ \t]+(?:reply|comment)|post[ \t]+a[ \t]+comment|add[ \t]+a[ \t]+comment"
    r"|write[ \t]+a[ \t]+comment|join[ \t]+the[ \t]+discussion|댓글[ \t]*(?:달기|쓰기|작성)"
    r"|コメントを(?:書く|する)|deja[ \t]+(?:un|tu)[ \t]+comentario"
    r"|deixe[ \t]+(?:um|seu)[ \t]+coment[aá]rio"
    r"|laisser[ \t]+un[ \t]+commentaire|kommentar[ \t]+(?:hinterlassen|schreiben)"
    r"|lascia[ \t]+un[ \t]+commento|发表评论|發表評論)"
)
# the page's buttons: "Share this:", "Like this:", "공감", "구독하기", "이 글 공유하기"
_WIDGETS = (
    r"(?i:share[ \t]+this(?:[ \t]+post)?|like[ \t]+this|like[ \t]+loading\.*|공감|구독하기"
    r"|(?:이[ \t]*글[ \t]*)?공유하기|compartir(?:[ \t]+esto)?|compartilhe(?:[ \t]+isso)?"
    r"|partager[ \t]+(?:ceci|cet[ \t]+article)|シェアする|このエントリーをはてなブックマークに追加)"
)
# links to the blog's other posts, a footer only when comments or buttons follow them
_NAVIGATION = (
    r"(?i:related(?:[ \t]+posts?|[ \t]+articles?)?|관련[ \t]*(?:글|포스트)"
    r"|이전[ \t]*글|다음[ \t]*글"
    r"|previous[ \t]+post|next[ \t]+post|you[ \t]+might[ \t]+also[ \t]+like|more[ \t]+posts"
    r"|.{1,40}[ \t]*카테고리의[ \t]*다른[ \t]*글|함께[ \t]*읽으면[ \t]*좋은[ \t]*글|関連記事"
    r"|entradas[ \t]+relacionadas|artigos[ \t]+relacionados|posts[ \t]+relacionados)"
)
_BARE = rf"(?i:{_COMMENT_WORDS})"
_MARKER = lazy(
    rf"{_LEAD}(?:(?P<strong>{_COUNTED}|{_INVITATION}|{_WIDGETS})|(?P<bare>{_BARE})"
    rf"|(?P<weak>{_NAVIGATION})){_TAIL}",
    re.MULTILINE,
)
# a commenter's line: short, with a year or a time ("**Greg** says: May 20, 2024 at 10:02 am")
_SIGNED = lazy(r"(?:19|20)\d{2}|\d{1,2}:\d{2}")
_HEADING = lazy(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE)
# a quick test before the pattern's: most notes hold none of these
_HINTS = (
    "댓글", "답글", "omment", "OMMENT", "espons", "eplies", "eaction", "コメント", "oment",
    "评论", "評論", "留言", "eave a", "hare", "ike ", "공감", "구독", "공유", "ompart", "artager",
    "シェア", "elated", "관련", "이전", "다음", "ious post", "ext post", "ore posts", "ight also",
    "카테고리", "함께", "関連", "elacionad", "iscussion", "ommento", "ommentaire", "ommentar",
)  # fmt: skip
# one scan of the body for all of them, not one per hint
_ANY_HINT = lazy("|".join(re.escape(hint) for hint in _HINTS))
# The first letter of each of the marker's phrases, in either case ("K" is the Kelvin sign and
# "ſ" the long s a case-blind "k" and "s" also match); a digit or "(" opens a count. After
# the lead's marks (" #*_>"), a line that opens with none of these, nor with an emoji, is no
# marker: most lines are passed over without trying the marker's many phrases. The one
# phrase that may open with anything ("… 카테고리의 다른 글") is looked for by its word.
_OPENING_LETTERS = frozenset(
    "(cCrRkK\u212alLpPaAwWjJdDsSſnNyYmMeE댓답コ评評留发發공구이シこ관다함関"
)


# How the marker's phrases open (lowered): their first word's first three letters, or two
# characters in the other scripts. A line whose words open with a letter is tried only when
# they open so. A case-blind "i" and "s" also match "ı", "İ" and the long s, which lower()
# does not turn into them: an opening holding one of those is tried as it was. The one
# phrase that may open with anything ("… 카테고리의 다른 글") is looked for by its word
# before this test.
_PHRASE_OPENINGS = frozenset(
    str.split(
        "com res rep rea kom lea pos add wri joi dej dei lai las sha lik par rel pre nex you"
        " mor ent art"
    )
)
_PHRASE_PAIRS = frozenset(
    (
        *str.split("댓글 답글 コメ 评论 評論 留言 发表 發表 공감 구독 공유 シェ この"),
        *str.split("관련 이전 다음 함께 関連"),
        *("이글", "이 ", "이\t"),  # "이 글 공유하기"
    )
)
_FOLDED = frozenset("ıİſ")


def _opening_lines(body: str, lines: list[str]) -> Iterator[tuple[int, str]]:
    """(offset in ``body``, line) of each of ``lines`` (``body``'s, line for line and of the
    same lengths: an anchor's line may be blanked) whose words may open a marker by their
    first character; every line when the body holds the one phrase that may open with
    anything ("… 카테고리의 다른 글")."""
    if "카테고리" in body:
        offset = 0
        for text in lines:
            yield offset, text
            offset += len(text) + 1
        return
    if lines and _MAY_OPEN.match("\n" + lines[0]) is not None:
        yield 0, lines[0]
    for match in _MAY_OPEN.finditer(body):
        start = match.start() + 1
        end = body.find("\n", start)
        yield start, body[start : end if end != -1 else len(body)]


# What may follow a count's digits ("3 comments", "(2)", "5개의 댓글", "3comments"): a
# parenthesis, a space, "개" or a comment word's first letter. "## 10. Title" holds none.
_AFTER_COUNT = frozenset(") \t개댓답cCrRkK\u212aコ评評留")


def _may_open_count(words: str) -> bool:
    """Whether a line whose words (after ``_LEAD``'s marks) open with a digit may open with
    the marker's count. A digit of another script after the ASCII ones is tried as it was."""
    after = words.lstrip("0123456789")[:1]
    return after in _AFTER_COUNT or after.isdecimal()


# The longest a marker opening with a letter is, its spaces run together and without its
# trailing marks: "laisser un commentaire", "comentários (12345) 개" (about 22 characters).
# A line of prose that opens with one of their words ("More of the same…", "Post-mortems
# were…") is longer: it is passed over without the marker's pattern.
_LONGEST_WORDED = 40


# The first words of the marker's phrases that open with a Latin letter, lowered: "Likes",
# "Posuberi" or "Morning" open no marker
_PHRASE_WORDS = frozenset(
    str.split(
        "comment comments response responses replies reaction reactions comentario comentarios"
        " comentário comentários commentaire commentaires kommentar kommentare commenti leave"
        " post posts add write join deja deixe laisser lascia share like compartir compartilhe"
        " partager related previous next you more entradas artigos"
    )
)


def _opens_a_phrase(words: str) -> bool:
    """Whether a line's words (after ``_LEAD``'s marks), when they open with a Latin letter,
    open with one of the marker's words; words in other scripts are told by their first
    characters (``_may_open_phrase``)."""
    if not ("a" <= words[:1].lower() <= "z" or words[:1] == "\u212a"):
        return True
    end = 0
    while end < len(words) and words[end].isalpha():
        end += 1
    first = words[:end]
    return first.lower() in _PHRASE_WORDS or not _FOLDED.isdisjoint(first)


def _short_enough(words: str) -> bool:
    """Whether a line's words (after ``_LEAD``'s marks) are short enough to be a marker
    that opens with a letter."""
    core = words.rstrip(" \t*_:：.")
    return len(core) <= _LONGEST_WORDED or len(" ".join(core.split())) <= _LONGEST_WORDED


def _may_open_phrase(opening: str) -> bool:
    """Whether a line whose words (after ``_LEAD``'s marks) open with ``opening`` (their
    first three characters) may hold one of the marker's phrases."""
    return (
        opening.lower() in _PHRASE_OPENINGS
        or opening[:2] in _PHRASE_PAIRS
        or not _FOLDED.isdisjoint(opening)
    )


# A line that may open as a marker does (its words after the lead's marks " \t#*_>" open as
# ``_may_open_count`` or ``_may_open_phrase`` allow, or with "(" or an emoji), found from the
# line break before it by one search of the body: a pattern opening with a line break is
# looked for in C, where a test of each line costs a call or two. It may find a few more
# lines than those tests allow (its phrase openings are case-blind): footer_start asks them.
_MAY_OPEN = lazy(
    "\n[ \t#*_>]*(?=["
    + re.escape("".join(sorted(_OPENING_LETTERS)))
    + "\\d\u2600-\u27bf\U0001f300-\U0001faff])(?:[(\u2600-\u27bf\U0001f300-\U0001faff]"
    + "|(?=\\d)[0-9]*+(?:\\d|["
    + re.escape("".join(sorted(_AFTER_COUNT)))
    + "])|(?i:"
    + "|".join(sorted(_PHRASE_OPENINGS))
    + ")|"
    + "|".join(map(re.escape, sorted(_PHRASE_PAIRS)))
    + "|.{0,2}?["
    + "".join(sorted(_FOLDED))
    + "])"
)


def footer_start(body: str, lines: list[str] | None = None) -> int | None:
    """The 0-based line where the page's footer (its buttons, links to other posts, its
    comments) starts below a post, or None. The footer needs a comment section or a button:
    links to other posts alone ("Related") are the writer's own closing list. Links right
    above the comments or buttons, with no heading of the writer's between, are footer too.
    ``lines``: the body's lines, where the caller has them."""
    if lines is None:
        lines = body.split("\n")
    hinted: bool | None = None  # whether the body holds a hint, looked for at the first marker
    weak: int | None = None  # the first link list since the last heading of the writer's
    # line by line: a marker is a whole line, and a match anchored at a line's start is
    # cheaper than a multiline scan that tries every character of the body
    for offset, text in _opening_lines(body, lines):
        words = text.lstrip(" \t#*_>")
        head = words[:1]
        if not (
            head in _OPENING_LETTERS
            or head.isdecimal()
            or "\u2600" <= head <= "\u27bf"
            or "\U0001f300" <= head <= "\U0001faff"
            or "카테고리" in text
        ):
            continue
        if (
            head.isalpha()
            and not (
                _may_open_phrase(words[:3]) and _opens_a_phrase(words) and _short_enough(words)
            )
            and "카테고리" not in text
        ):
            continue
        if head.isdecimal() and not _may_open_count(words) and "카테고리" not in text:
            continue
        match = _MARKER.match(text)
        if match is None:
            continue
        line = body.count("\n", 0, offset)  # worked out only here: most notes have no marker
        if hinted is None:
            hinted = _ANY_HINT.search(body) is not None
        if not hinted:
            return None
        if match.group("weak") is not None:
            if weak is None or _HEADING.search(_between(lines, weak, line)):
                weak = line  # the first of the links since the writer's last heading
            continue
        if match.group("bare") is not None and not _signed_below(lines, line):
            continue
        if _in_fence(body, offset + match.start()):
            continue
        if weak is not None and not _HEADING.search(_between(lines, weak, line)):
            return weak
        return line
    return None


def _signed_below(lines: list[str], line: int) -> bool:
    """One of the next three lines with text is a commenter's: short, with a date or a time."""
    seen = 0
    for text in lines[line + 1 : line + 12]:
        if not text.strip():
            continue
        if len(text) <= 100 and _SIGNED.search(text):
            return True
        seen += 1
        if seen == 3:
            break
    return False


def _between(lines: list[str], first: int, last: int) -> str:
    """The text of lines first+1 .. last-1 (the headings between two markers)."""
    return "\n".join(line for line in lines[first + 1 : last] if not _MARKER.match(line))


def _in_fence(body: str, at: int) -> bool:
    """An odd number of code fences before ``at``: the marker is inside a code block."""
    before = body[:at]
    return (before.count("\n```") + before.startswith("```")) % 2 == 1
