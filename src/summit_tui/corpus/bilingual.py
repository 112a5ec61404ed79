"""The same talk or booth named in two languages, for grouping notes without a program:
"Upstage" / "업스테이지", "Opening keynote" / "개막 기조연설 - AI 대전환 시대",
"Panel: AI chips and Korea's ecosystem" / "패널토론 - AI 반도체, 한국의 생태계는 …".

Titles are compared on the units compare.features makes of them (English stems, a Korean
word's English words from its word list, consonant skeletons, numbers), plus the words
programs name a talk's kind with (개막 is an opening, 기조연설 a keynote). A booth's name is
also compared by its sound: the consonant skeleton of the whole name (업스테이지 and Upstage
are both PSTS).
"""

from __future__ import annotations

from functools import lru_cache

# Words programs use for a kind of talk, which the general word list may not hold.
_KIND_WORDS = {
    "개막": "opening",
    "개회": "opening",
    "폐막": "closing",
    "폐회": "closing",
    "기조연설": "keynote",
    "기조강연": "keynote",
    "키노트": "keynote",
    "패널": "panel",
    "패널토론": "panel",
    "토론": "panel",
    "세미나": "seminar",
    "특강": "lecture",
    "워크숍": "workshop",
    "워크샵": "workshop",
    "환영사": "welcome",
}
_MIN_SKELETON = 3  # consonants a booth's name needs to be matched by its sound


def has_hangul(text: str) -> bool:
    return any("\uac00" <= c <= "\ud7a3" for c in text)


@lru_cache(maxsize=8192)
def _units(title: str) -> tuple[frozenset[str], ...]:
    """Each content word's keys; a Korean kind word also as its English concept."""
    from summit_tui.compare.english import stem_word
    from summit_tui.compare.features import features  # its tables: only when asked

    out = []
    for unit in features(title).units:
        keys = set(unit.keys)
        for korean, english in _KIND_WORDS.items():
            if unit.text.startswith(korean) or (
                len(unit.text) >= 2 and korean.startswith(unit.text)
            ):
                keys.add(f"c:{stem_word(english)}")
        out.append(frozenset(keys))
    return tuple(out)


def same_talk(latin: str, korean: str) -> bool:
    """A Latin-letter title and a Korean one name the same talk: every content word of
    the Latin one (two at least) is in the Korean one, or three and three quarters; or
    both are the one same word ("Keynote" / "키노트")."""
    words = _units(latin)
    korean_units = _units(korean)
    theirs: frozenset[str] = frozenset().union(*korean_units)
    covered = sum(1 for keys in words if keys & theirs)
    if covered == len(words) == len(korean_units) == 1:
        return True
    return covered >= 2 and (
        covered == len(words) or (covered >= 3 and covered >= 0.75 * len(words))
    )


def same_booth(latin: str, korean: str) -> bool:
    """A Latin-letter booth name and a Korean one sound the same (a plural s aside)."""
    from summit_tui.corpus.sounds import hangul_skeleton, latin_skeleton

    a = latin_skeleton("".join(latin.lower().split()))
    b = hangul_skeleton("".join(korean.split()))
    if min(len(a), len(b)) < _MIN_SKELETON:
        return False
    return a == b or (a.endswith("S") and a[:-1] == b) or (b.endswith("S") and b[:-1] == a)
