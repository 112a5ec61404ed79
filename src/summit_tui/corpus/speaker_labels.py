"""The words that label a talk's speakers ("Speaker:", "발표자:", "登壇者：", "Ponente:"), per
language: the one table every speaker-label pattern is built from (a label line, a property, a
properties table's row, a frontmatter value's prefix, the compare view's introductions), so a
language added here is read the same way everywhere."""

from __future__ import annotations

import functools

# Each label as its stem, then "/" and the ending a regular expression gives it ("speaker/s?":
# speaker, speakers); the stems, lower-cased, are what a quick test looks for in a note's text.
_TABLE: dict[str, tuple[str, ...]] = {
    "ko": ("발표자", "발표", "연사", "강연자", "연설자", "참여자", "패널", "스피커"),
    "ja": ("登壇者", "発表者", "講演者", "講師", "スピーカー", "登壇"),
    "zh": ("講者", "讲者", "演講者", "演讲者", "主講人", "主讲人", "主講", "主讲", "讲师"),
    "en": ("speaker/s?", "presenter/s?", "panelist/s?", "panel"),
    "de": ("referent/(?:in)?", "sprecher/(?:in)?", "vortragende/[rn]?", "redner/(?:in)?"),
    "fr": ("intervenant/e?s?", "orat/(?:eur|rice)s?", "conférenci/(?:er|ère)s?", "conferencier/s?"),
    "es": ("ponente/s?", "orador/(?:a|es)?", "conferenciante/s?"),
    "it": ("relat/(?:ore|rice|ori)",),
    "pt": ("palestrante/s?",),
    "nl": ("spreker/s?",),
    "pl": ("prelegen/(?:t|tka|ci)",),
    "hu": ("előadó/k?",),
    "ru": ("докладчи/(?:к|ца|ки)", "спикер/(?:ы|ка)?", "лектор/ы?"),
    "uk": ("доповідач/(?:ка|і)?", "спікер/(?:и|ка)?"),
    "cs": ("přednášející",),
    "el": ("ομιλητ/(?:ής|ές|ρια)",),
}


@functools.cache
def label_alternation() -> str:
    """Every speaker label as one regular-expression alternation (no group): match it with
    ``re.IGNORECASE`` for the Latin ones."""
    return "|".join(label.replace("/", "") for labels in _TABLE.values() for label in labels)


@functools.cache
def label_stems() -> tuple[str, ...]:
    """What every speaker label starts with, lower-cased: a quick test before a pattern
    ("speaker", "발표", "登壇")."""
    stems = {label.partition("/")[0] for labels in _TABLE.values() for label in labels}
    # a stem that holds a shorter one adds nothing to a test for either: "발표자" has "발표"
    return tuple(sorted(s for s in stems if not any(o != s and o in s for o in stems)))
