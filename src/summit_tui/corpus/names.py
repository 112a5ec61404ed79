"""Names and titles as written in notes: normalising, comparing, slugging, spotting people.

Shared by the segmenter (which finds titles and speakers) and the linker (which
compares them with the program). Comparisons use rapidfuzz; nothing here imports
the rest of the corpus package.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,3})(?:\.\d+)*[.):]?\s+(?=\S)")
_LEADING_BRACKET = re.compile(r"^\s*\[[^\]]{1,20}\]\s*")
_TRAILING_PAREN = re.compile(r"\s*\(([^()]{2,60})\)\s*$")
_LATIN_WORD = re.compile(r"^(?:[A-Z][a-zA-Z'’\-]*\.?|[A-Z]\.|de|van|von|der|bin|al|la|le|da)$")
_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")
# Honorifics and roles written after a name: "전병곤 교수님", "오혜연 교수", "유영상 CEO".
_HONORIFICS = (
    "교수님",
    "교수",
    "박사님",
    "박사",
    "선생님",
    "님",
    "회장",
    "대표님",
    "대표",
    "부사장",
    "사장",
    "CEO",
    "CTO",
)


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Casefolded, NFKC, punctuation turned into single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("_", " ")
    return " ".join(_NON_WORD.sub(" ", text).split())


def squash(text: str) -> str:
    """Letters and digits only: "Kai-Fu Lee" and "kai fu lee" become equal."""
    return normalize(text).replace(" ", "")


def slug(text: str) -> str:
    """A stable id part: lowercase words joined by '-', Hangul kept."""
    return "-".join(normalize(text).split()) or "x"


def leading_number(title: str) -> int | None:
    match = _LEADING_NUMBER.match(title)
    return int(match.group(1)) if match else None


def looks_like_name(text: str, *, strict: bool = False) -> bool:
    """A person's name: 2–4 capitalised Latin words, or a 2–4 syllable Hangul name.

    ``strict`` (used for a parenthesis after a title) only accepts 3-syllable Hangul
    names, the common Korean form, so "(요약)" or "(데모)" are not taken for people.
    """
    words = text.split()
    if not words or len(text) > 60:
        return False
    if all(_LATIN_WORD.match(w) for w in words):
        capitals = sum(1 for w in words if w[0].isupper())
        return 2 <= len(words) <= 4 and capitals >= 2
    if len(words) == 1 and _HANGUL_NAME.match(words[0]):
        return not strict or len(words[0]) == 3
    return False


def clean_person(text: str) -> str | None:
    """The name in "오혜연 교수 (KAIST, Moderator)" or "**Rani Borkar**", or None."""
    text = re.sub(r"\([^()]*\)", " ", text)
    text = text.replace("*", " ").replace("`", " ").strip(" \t-–—:,;·.")
    words = text.split()
    while len(words) > 1 and words[-1] in _HONORIFICS:
        words.pop()
    if len(words) == 1:
        for suffix in _HONORIFICS:
            if words[0].endswith(suffix) and len(words[0]) - len(suffix) >= 2:
                words[0] = words[0][: -len(suffix)]
                break
    name = " ".join(words)
    if name in _HONORIFICS:
        return None
    return name if looks_like_name(name) else None


def split_title(title: str) -> tuple[str, int | None, str | None]:
    """(title without numbering, date prefix or trailing speaker; its number; the speaker).

    "5. AI의 미래" → ("AI의 미래", 5, None); "AI Infra Market(Mark Adams)" →
    ("AI Infra Market", None, "Mark Adams"); "[23.03.29] Generative AI" → ("Generative AI", ...).
    """
    text = " ".join(title.split())
    number = leading_number(text)
    if number is not None:
        text = _LEADING_NUMBER.sub("", text, count=1)
    text = _LEADING_BRACKET.sub("", text, count=1) or text
    speaker: str | None = None
    match = _TRAILING_PAREN.search(text)
    if match and match.start() > 0:
        candidate = clean_person(match.group(1))
        if candidate and looks_like_name(candidate, strict=True):
            speaker = candidate
            text = text[: match.start()].rstrip()
    return text.strip() or title.strip(), number, speaker


def title_variants(title: str) -> list[str]:
    """The normalised ways to match a title: as written, and without a trailing "(...)"."""
    text = split_title(title)[0]
    variants = [normalize(text)]
    match = _TRAILING_PAREN.search(text)
    if match and match.start() > 0:
        variants.append(normalize(text[: match.start()]))
    return [v for v in dict.fromkeys(variants) if v]


def containment(short: str, long: str) -> float:
    """Score for one squashed title contained in another, by how much of it it covers."""
    if len(short) > len(long):
        short, long = long, short
    if len(short) < 4 or short not in long:
        return 0.0
    return 100.0 * (len(short) / len(long)) ** 0.4


@lru_cache(maxsize=65536)
def title_similarity(a: str, b: str) -> float:
    """0–100 for two normalised titles; a short title inside a long one scores by coverage."""
    if not a or not b:
        return 0.0
    return max(
        fuzz.ratio(a, b),
        fuzz.token_sort_ratio(a, b),
        containment(a.replace(" ", ""), b.replace(" ", "")),
    )


def name_similarity(a: str, b: str) -> float:
    """0–100 for two normalised person names (misspellings such as "Rani Borakr" score ~90)."""
    if not a or not b:
        return 0.0
    return max(fuzz.ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))
