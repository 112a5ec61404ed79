"""Headings that open with the speaker, as newsletters and essay posts title a talk's section:
"김하늘님의 SwiftData 마이그레이션 이야기", "Marta Jiménez e os dez anos de event sourcing",
"Mai Takahashi on accessibility in SwiftUI", "Yuki Mori and the 64 KB Swift binary"."""

from __future__ import annotations

from functools import lru_cache

from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.names import looks_like_name
from summit_tui.lazy_re import lazy

# "이름님의 …" (with 님: a bare "오늘의 …" or "회사의 …" names no one)
_KOREAN = lazy(r"^(?P<name>[가-힣]{2,4}) ?님의\s+(?P<rest>\S.*)$")
# A name of two or three capitalised words, then a word that joins it to its topic: "on",
# "and the", Portuguese "e o(s)/a(s)", Spanish "y el/la/los/las", "sobre", German "über",
# French "sur" / "et le(s)/la".
_LATIN = lazy(
    r"^(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})\s+"
    r"(?P<link>on|and\s+(?:the|his|her|their)|e\s+(?:os?|as?)|y\s+(?:el|la|los|las)|sobre|über"
    r"|sur|et\s+(?:les?|la))\s+(?P<rest>\S.*)$"
)


_LINK_WORDS = (" on ", " and ", " e ", " y ", " sobre ", " über ", " sur ", " et ")
_LINKS_OPEN = frozenset(word.strip() for word in _LINK_WORDS)  # the first word of each link


def _capital(word: str) -> bool:
    """Whether a word opens as a name's word does in ``_LATIN``."""
    return "A" <= word[:1] <= "Z" or "À" <= word[:1] <= "Þ"


@lru_cache(maxsize=8192)
def lead_speaker(text: str) -> str:
    """The speaker a heading opens with, or "" (most headings: one cheap test each)."""
    if "님의" in text:
        match = _KOREAN.match(text.strip())
        if match is not None and looks_like_name(match["name"], strict=True):
            return match["name"]
        return ""
    if not text[:1].isupper() or not holds_any(text, _LINK_WORDS):
        return ""  # most headings: no word that joins a name to its topic
    words = text.split(None, 4)
    if not (
        len(words) >= 4
        and _capital(words[1])
        and (
            words[2] in _LINKS_OPEN
            or (len(words) == 5 and _capital(words[2]) and words[3] in _LINKS_OPEN)
        )
    ):
        return ""  # no joining word after two or three capitalised words
    match = _LATIN.match(text.strip())
    if match is None:
        return ""
    if " " not in match["link"] and not match["rest"][:1].islower():
        return ""  # "Spring Boot on Kubernetes": a topic on a platform, no person
    if not looks_like_name(match["name"]):
        return ""
    return match["name"]
