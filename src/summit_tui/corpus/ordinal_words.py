"""Talks numbered with ordinal WORDS instead of digits: "**أولاً: Title** (Name)",
"**First, Title**", "### 첫째, Title", "**اول: …**", "**Primero: …**".

A word is read as such a number only when a colon, comma, full stop or closing
parenthesis follows it at once ("First: …"), so "First Steps with Rust" keeps its word.
"""

from __future__ import annotations

from functools import lru_cache


def _words(*groups: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for group in groups:
        for position, spellings in enumerate(group.split(), start=1):
            for word in spellings.split("/"):
                found[word] = position
    return found


ORDINALS = _words(
    # Arabic, with and without the tanwin and the hamza, as people type them
    "أولاً/أولا/اولاً/اولا/أوّلاً ثانياً/ثانيا ثالثاً/ثالثا رابعاً/رابعا خامساً/خامسا"
    " سادساً/سادسا سابعاً/سابعا ثامناً/ثامنا تاسعاً/تاسعا عاشراً/عاشرا",
    # Persian, Hebrew, Korean
    "اول/یکم/نخست دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم",
    "ראשית/ראשון/ראשונה שנית/שני/שנייה שלישית/שלישי רביעית/רביעי חמישית/חמישי",
    "첫째/첫번째/첫 둘째/두번째 셋째/세번째 넷째/네번째 다섯째/다섯번째",
    # English, Spanish, Portuguese, French, German, Italian
    "first/firstly second/secondly third/thirdly fourth/fourthly fifth/fifthly sixth"
    " seventh eighth ninth tenth",
    "primero/primera/primeiro/premièrement/erstens/primo segundo/segunda/deuxièmement/zweitens"
    "/secondo tercero/tercera/terceiro/troisièmement/drittens/terzo"
    " cuarto/quarto/quatrièmement/viertens quinto/cinquièmement/fünftens",
)
# What follows the word at once: a colon (also full-width), a comma (also Arabic), a full
# stop or a closing parenthesis
_AFTER = frozenset(":：,،.)")


@lru_cache(maxsize=65536)
def leading_ordinal(text: str) -> tuple[int, str] | None:
    """(position, the rest) of a text opening with an ordinal word and its punctuation:
    "Second: Flutter" → (2, "Flutter"); None otherwise."""
    first, _, rest = text.lstrip("\u200e\u200f\u061c ").partition(" ")
    if not rest or len(first) < 3 or first[-1] not in _AFTER:
        return None
    position = ORDINALS.get(first[:-1].rstrip(" ").lower())
    if position is None:
        return None
    rest = rest.strip()
    return (position, rest) if rest else None
