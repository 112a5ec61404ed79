"""A talk title followed by its translation in parentheses.

Korean and Chinese attendees of a Japanese conference (and the other way round) copy the
talk's title as the program prints it and add their own translation after it:
"Swift Concurrencyを1年使ってみて (Swift Concurrency 1년 써보니)", "리컴포지션을 줄이는 기술
(Jetpack Composeのリコンポジションを減らす技術)". The parenthesis is a second title of the same
talk, never a speaker's name (its last word, "이야기" or "안정화", would read as one).
"""

from __future__ import annotations

_SHORTEST = 6  # characters (spaces left out) of a translated title: names are shorter


def _scripts(text: str) -> tuple[bool, bool, bool]:
    """(Japanese or Chinese letters, Hangul, Latin letters) in text."""
    han = hangul = latin = False
    for ch in text:
        if ch.isascii():
            latin = latin or ch.isalpha()
        elif "\uac00" <= ch <= "\ud7a3":
            hangul = True
        elif "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff":
            han = True
    return han, hangul, latin


# The surnames most Vietnamese names open with, as written with their marks
_VIETNAMESE_SURNAMES = frozenset(
    str.split(
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh"
        " Lâm Mai Trương Hà Cao Tạ Lương Vương Trịnh Quách Lưu Thái Châu Tôn Kiều"
    )
)


# what stands before a person's name: "Dr. Layla Al-Mansouri", "Prof. Tan Wei Ming"
_NAME_TITLES = frozenset({"Dr.", "Dr", "Prof.", "Prof", "Mr.", "Ms.", "Mrs.", "Sir", "Dame"})


def is_translation(before: str, inner: str) -> bool:
    """Whether ``inner`` (a parenthesis after ``before``) is the title again in another
    script: Hangul beside kana or Han, a title in Latin letters of three words or more
    beside one in Hangul, kana or Han ("佐藤美咲 (Misaki Sato)" is a name, two words), kana
    or Han beside a Latin title."""
    if len("".join(inner.split())) < _SHORTEST or not before.strip():
        return False
    han_b, hangul_b, latin_b = _scripts(before)
    han_i, hangul_i, latin_i = _scripts(inner)
    if (han_b and hangul_i and not hangul_b) or (hangul_b and han_i and not han_b):
        return True
    if (han_b or hangul_b) and latin_i and not (han_i or hangul_i):
        # "(Đỗ Văn Phúc)", "(Nguyễn Thị Lan)": a Vietnamese name is three words or four;
        # "(Dr. Layla Al-Mansouri)": a name after its title
        # "(Elena Ruiz, Hall 4 Auditorium)": a name, then where: the words before a comma
        words = inner.split(",")[0].split()
        if words and words[0] in _NAME_TITLES:
            words = words[1:]
        return len(words) >= 3 and words[0] not in _VIETNAMESE_SURNAMES
    # "Fewer recompositions (リコンポジションを減らす技術)"; a Hangul parenthesis after a
    # Latin title names a company and its speaker as often ("(LG전자 최윤호)")
    return latin_b and not (han_b or hangul_b) and han_i and len(before.split()) >= 2
