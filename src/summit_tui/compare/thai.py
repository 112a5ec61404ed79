"""Thai as compare reads it. Thai writes no spaces between words (a space ends a phrase or
a sentence, as a full stop does in English), so a run of Thai letters is a whole phrase,
not a word. Without a dictionary, a run is cut into its character clusters (a consonant
with the vowels written before, above, below and after it and its tone marks: เร็ว is
เร็ + ว), and each pair of neighbouring clusters is a unit, as a pair of Han characters is
in Chinese: two notes that write the same words share their pairs.
"""

from __future__ import annotations

from itertools import pairwise

from summit_tui.lazy_re import lazy

THAI = "\u0e01-\u0e5b"
# A cluster: vowels written before the consonant (เ แ โ ใ ไ), the consonant, the marks
# above and below it (ั ิ ี ึ ื ุ ู ฺ ็ ่ ้ ๊ ๋ ์ ํ ๎), then the vowels written after it (ะ า ำ ๅ).
_CLUSTER = lazy(
    r"[\u0e40-\u0e44]*[\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*[\u0e30\u0e32\u0e33\u0e45]*"
    r"|[\u0e50-\u0e59]+|[\u0e2f\u0e46\u0e4f\u0e5a\u0e5b]"
)
# Words that join a sentence rather than say its point: that, and, of, in, is, has, can,
# not, will, give, with, but, this, we (pairs inside them count little).
FUNCTION_WORDS = (
    "ที่", "และ", "ของ", "การ", "ใน", "เป็น", "มี", "ได้", "ไม่", "จะ", "ให้", "ว่า", "กับ",
    "แต่", "ก็", "นี้", "คือ", "เรา", "ซึ่ง", "ความ", "แล้ว", "อยู่", "จาก", "ไป", "มา",
)  # fmt: skip


def is_thai(word: str) -> bool:
    return "\u0e01" <= word[0] <= "\u0e5b"


def clusters(run: str) -> list[str]:
    """A Thai run's character clusters, in order."""
    return _CLUSTER.findall(run)


def cluster_pairs(run: str) -> list[str]:
    """Each pair of neighbouring clusters of a run (a lone cluster when it has one)."""
    found = clusters(run)
    if len(found) < 2:
        return found
    return [first + second for first, second in pairwise(found)]


def common(pair: str) -> bool:
    """Whether a pair is no more than a function word or lies inside one."""
    return any(pair in word for word in FUNCTION_WORDS)
