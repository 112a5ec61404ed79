"""A speaker's own post about the talk they gave: one talk, its writer the speaker.

"I spoke at Devoxx Poland: Spring Modulith from the trenches", "My talk at KotlinConf — Title",
"DevFest Seoul 2024 발표 후기: Title", "Mój występ na Confiturze: Title", "Devoxx'te konuştum:
Title": the title says its writer gave the talk it names after the colon or dash. The post's
sections are that talk's parts (its content, `## Questions from the audience`).
"""

from __future__ import annotations

from summit_tui.lazy_re import lazy

# the phrase before the event, then the event, then the talk's title after a colon or a dash
_OWN_TALK = lazy(
    r"(?i)^\W{0,3}(?:I\s+(?:spoke|talked|presented|gave\s+(?:a|my)\s+(?:first\s+)?talk)"
    r"|speaking|my\s+(?:first\s+)?talk|slides\s+(?:from|of)\s+my\s+talk)\s+(?:at|@)\s+"
    r"(?P<en>[^:—–]{2,60}?)\s*(?::|\s[—–-])\s*(?P<t1>\S.{2,150})$"
    # Korean: "DevFest Seoul 2024 발표 후기: Title", "… 발표 회고 — Title"
    r"|^(?P<ko>.{2,60}?)\s*(?:에서\s*)?발표\s*(?:후기|회고|했습니다|정리)\s*(?::|\s[—–-])\s*"
    r"(?P<t2>\S.{2,150})$"
    # Polish: "Mój występ na Confiturze: Title", "Wystąpiłam na Devoxx Poland — Title"
    r"|^(?:mój\s+występ|moja\s+prezentacja|moja\s+prelekcja|wystąpiłe?a?m)\s+na\s+"
    r"(?P<pl>[^:—–]{2,60}?)\s*(?::|\s[—–-])\s*(?P<t3>\S.{2,150})$"
    # Turkish: "Devoxx Poland'da konuştum: Title", "… sunumum: Title"
    r"|^(?P<tr>.{2,60}?)['’](?:te|ta|de|da)\s+(?:konuştum|sunum\s+yaptım|sunumum)\s*(?::|\s[—–-])"
    r"\s*(?P<t4>\S.{2,150})$"
)
# what every match holds, lowered: a text with none is passed over unsearched
_OWN_WORDS = ("spoke", "talk", "presented", "speaking", "발표", "występ", "prezentacja")
_OWN_WORDS_MORE = ("prelekcja", "wystąpi", "konuştum", "sunum")


def own_talk_title(title: str) -> str | None:
    """The talk a post's title says its writer gave ("I spoke at CONF: Title" → "Title"), or
    None."""
    if ":" not in title and "—" not in title and "–" not in title and " - " not in title:
        return None  # every match has the talk's title after a colon or a dash
    low = title.lower()
    if not any(word in low for word in _OWN_WORDS) and not any(w in low for w in _OWN_WORDS_MORE):
        return None
    found = _OWN_TALK.match(title.strip())
    if found is None:
        return None
    talk = next(found[g] for g in ("t1", "t2", "t3", "t4") if found[g])
    return talk.strip(" \"'“”„«»*_") or None


# the words a blog's folder adds to its writer's name: "ayse-demir-blog", "tom-harris.github.io"
_SITE_WORDS = frozenset(str.split("blog blogs notes site dev io github posts www me"))
_SLUG_PARTS = lazy(r"[-_.\s]+")


def writer_of_blog(name: str) -> str | None:
    """The person a blog's folder names ("ayse-demir-blog" → "Ayse Demir"): two or three
    words of letters once its site words are dropped, else None ("hashnode", "devoxx-notes")."""
    words = [w for w in _SLUG_PARTS.split(name) if w]
    while words and words[-1].lower() in _SITE_WORDS:
        words.pop()
    while words and words[0].lower() in _SITE_WORDS:
        words.pop(0)
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return None
    return " ".join(w[:1].upper() + w[1:] for w in words)
