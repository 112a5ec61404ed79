"""The words that label a talk's speakers ("Speaker:", "발표자:", "登壇者：", "Ponente:"), per
language: the one table every speaker-label pattern is built from (a label line, a property, a
properties table's row, a frontmatter value's prefix, the compare view's introductions), so a
language added here is read the same way everywhere."""

from __future__ import annotations

import functools
import re

from summit_tui.lazy_re import lazy

# Each label as its stem, then "/" and the ending a regular expression gives it ("speaker/s?":
# speaker, speakers); the stems, lower-cased, are what a quick test looks for in a note's text.
_TABLE: dict[str, tuple[str, ...]] = {
    "ko": ("발표자", "발표", "연사", "강연자", "연설자", "참여자", "패널", "스피커"),
    "ja": ("登壇者", "発表者", "講演者", "講師", "スピーカー", "登壇"),
    "zh": (
        "講者",
        "讲者",
        "演講者",
        "演讲者",
        "主講人",
        "主讲人",
        "主講",
        "主讲",
        "讲师",
        "嘉宾",
        "嘉賓",
        "分享嘉宾",
        "分享嘉賓",
        "演讲嘉宾",
        "演講嘉賓",
        "分享人",
    ),
    # an open space's or a BoF's shared doc names its convener: "**Convener:** Name"
    "en": ("speaker/s?", "presenter/s?", "panelist/s?", "panel", "conven/(?:er|or)s?"),
    "de": ("referent/(?:in)?", "sprecher/(?:in)?", "vortragende/[rn]?", "redner/(?:in)?"),
    "fr": ("intervenant/e?s?", "orat/(?:eur|rice)s?", "conférenci/(?:er|ère)s?", "conferencier/s?"),
    "es": ("ponente/s?", "orador/(?:a|es)?", "conferenciante/s?"),
    "it": ("relat/(?:ore|rice|ori)",),
    "pt": ("palestrante/s?",),
    "nl": ("spreker/s?",),
    "pl": ("prelegen/(?:t|tka|ci)", "prowadząc/[ya]"),
    # a label's usual forms only: each form costs every note's label patterns more to build
    "tr": ("konuşmacı",),
    "sv": ("talare",),
    "he": ("מרצה",),
    "fa": ("سخنران",),
    "ar": ("المتحدث/ة?",),
    "hi": ("वक्ता",),
    "bn": ("বক্তা",),
    "hu": ("előadó/k?",),
    "ru": ("докладчи/(?:к|ца|ки)", "спикер/(?:ы|ка)?", "лектор/ы?"),
    "uk": ("доповідач/(?:ка|і)?", "спікер/(?:и|ка)?"),
    "cs": ("přednášející",),
    # Greek capitals drop their accents ("ΟΜΙΛΗΤΗΣ"), so each form also unaccented
    "el": (
        "ομιλητ/(?:ής|ές|ης|ες)",
        "ομιλήτ/(?:ρια|ριες)",
        "ομιλητρ/(?:ια|ιες)",
        "εισηγητ/(?:ής|ές|ης|ες)",
        "εισηγήτ/(?:ρια|ριες)",
        "εισηγητρ/(?:ια|ιες)",
    ),
}


@functools.cache
def label_alternation() -> str:
    """Every speaker label as one regular-expression alternation (no group): match it with
    ``re.IGNORECASE`` for the Latin ones."""
    return "|".join(label.replace("/", "") for labels in _TABLE.values() for label in labels)


# A line that labels a talk's speakers, its names after the label in ``rest``: "Speaker: Ann
# Lee", "**Convener:** …", "- **Speakers**: …", "・登壇者：佐藤さん", "👤 발표자: …",
# "(발표자: 이정민님, 인프콘 2024)", "分享嘉宾｜李昊". Matched on one line, of a note's Markdown
# or of a paragraph's text. A Markdown line's marks before the label ("- **", "> *") follow a
# bullet's or an emoji's first mark only: a line that opens with a letter tries no more.
LABEL_LINE = lazy(
    r"^\s*(?:[^\w\s:：\[]{1,3}\s*(?:[>*_-][ \t>*_-]*)?)?(?:"
    + label_alternation()
    + r")\s*(?:(?:\*\*|__)\s*)?[:：｜]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


@functools.cache
def label_stems() -> tuple[str, ...]:
    """What every speaker label starts with, lower-cased: a quick test before a pattern
    ("speaker", "발표", "登壇")."""
    stems = {label.partition("/")[0] for labels in _TABLE.values() for label in labels}
    # a stem that holds a shorter one adds nothing to a test for either: "발표자" has "발표"
    return tuple(sorted(s for s in stems if not any(o != s and o in s for o in stems)))


@functools.cache
def _stem_starts() -> re.Pattern[str]:
    """Where a stem starts: its first letter, then the rest of one stem that opens with it
    (looked ahead, so that stems overlapping one another are each found)."""
    rests: dict[str, list[str]] = {}
    for stem in label_stems():
        rests.setdefault(stem[0], []).append(re.escape(stem[1:]))
    return re.compile(
        "|".join(f"{re.escape(first)}(?=({'|'.join(rest)}))" for first, rest in rests.items())
    )


def holds_two_stems(low: str) -> bool:
    """``sum(low.count(stem) for stem in label_stems()) >= 2`` in one search of ``low`` (a
    lower-cased text), not one per stem. No stem holds another, so at most one starts at a
    place; a stem's own matches are counted as ``str.count`` counts them, not overlapping."""
    ends: dict[str, int] = {}
    total = 0
    for match in _stem_starts().finditer(low):
        stem = match.group(0) + match.group(match.lastindex or 0)
        if match.start() >= ends.get(stem, 0):
            ends[stem] = match.start() + len(stem)
            total += 1
            if total >= 2:
                return True
    return False
