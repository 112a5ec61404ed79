"""What two passages are compared on: particle-stripped stems and character bigrams.

Korean glues particles and endings onto words (퍼플렉시티는 / 퍼플렉시티가, 밝히는 /
밝혔다), so whole-word tokens rarely match across authors. Stripping the common
particles and endings, then comparing syllable bigrams of what is left, lets a
paraphrase in different grammar still share most of its material. Latin words and
numbers are kept whole (lower-cased), so English and mixed passages work the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[a-z]+|[\uac00-\ud7a3]+")

# Longest first: the first suffix that leaves a stem of two or more syllables is cut.
_PARTICLES = (
    "에서부터",
    "으로서는",
    "으로써",
    "으로서",
    "에서는",
    "에서도",
    "으로는",
    "에게서",
    "까지는",
    "부터는",
    "이라는",
    "이라고",
    "이라면",
    "에게는",
    "과의",
    "와의",
    "에서",
    "으로",
    "에게",
    "까지",
    "부터",
    "처럼",
    "보다",
    "라는",
    "라고",
    "에는",
    "에도",
    "이나",
    "이며",
    "와",
    "과",
    "의",
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "에",
    "도",
    "로",
    "만",
    "께",
)
_ENDINGS = (
    "하였습니다",
    "되었습니다",
    "했습니다",
    "됐습니다",
    "었습니다",
    "았습니다",
    "였습니다",
    "있습니다",
    "합니다",
    "됩니다",
    "입니다",
    "습니다",
    "하였다",
    "되었다",
    "했다",
    "됐다",
    "한다",
    "된다",
    "이다",
    "있다",
    "하는",
    "되는",
    "하고",
    "되고",
    "하여",
    "해서",
    "하기",
    "하며",
    "하면",
    "하게",
    "적인",
    "적으로",
    "니다",
    "었다",
    "았다",
    "였다",
)
# Stems too common to say anything about what a passage is about.
_STOP_STEMS = frozenset(
    {
        "그리고",
        "또한",
        "그러나",
        "하지만",
        "이러한",
        "이런",
        "그런",
        "통해",
        "위해",
        "대한",
        "대해",
        "같은",
        "있는",
        "없는",
        "것이",
        "것을",
        "것은",
        "가장",
        "더욱",
        "이는",
        "이를",
        "있을",
        "있도록",
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "is",
        "are",
        "was",
        "with",
        "that",
        "this",
        "it",
        "as",
        "by",
        "be",
        "at",
        "we",
        "you",
    }
)


def _is_hangul(token: str) -> bool:
    return "\uac00" <= token[0] <= "\ud7a3"


def strip_suffixes(token: str) -> str:
    """퍼플렉시티는 → 퍼플렉시티, 증가했습니다 → 증가; short words are left alone."""
    for suffixes in (_ENDINGS, _PARTICLES):
        for suffix in suffixes:
            if token.endswith(suffix) and len(token) - len(suffix) >= 2:
                token = token[: -len(suffix)]
                break
    return token


def stems(text: str) -> list[str]:
    """Content words of a text: lower-cased, NFKC, particles and endings removed."""
    text = unicodedata.normalize("NFKC", text).lower()
    result: list[str] = []
    for token in _TOKEN.findall(text):
        if _is_hangul(token):
            token = strip_suffixes(token)
            if len(token) < 2:
                continue
        elif token.isalpha() and len(token) > 3 and token.endswith("s") and token[-2] != "s":
            token = token[:-1]  # models / model
        if token in _STOP_STEMS:
            continue
        result.append(token)
    return result


def grams(stem_list: list[str]) -> dict[str, float]:
    """Syllable bigrams of Korean stems; Latin words and numbers as themselves.

    Each gram carries a weight so that one long word (퍼플렉시티: four bigrams) counts
    as one word, not four: a stem's bigrams share one unit between them.
    """
    result: dict[str, float] = {}
    for stem in stem_list:
        if _is_hangul(stem):
            weight = 1 / (len(stem) - 1)
            for i in range(len(stem) - 1):
                gram = stem[i : i + 2]
                result[gram] = max(result.get(gram, 0.0), weight)
        else:
            result[stem] = 1.0
    return result


@dataclass(frozen=True, slots=True)
class Features:
    stems: tuple[str, ...]
    weights: Mapping[str, float]  # gram -> its own weight (before the item's IDF)

    @property
    def grams(self) -> frozenset[str]:
        return frozenset(self.weights)

    @property
    def stem_text(self) -> str:
        return " ".join(self.stems)


def features(text: str) -> Features:
    stem_list = stems(text)
    return Features(tuple(stem_list), MappingProxyType(grams(stem_list)))
