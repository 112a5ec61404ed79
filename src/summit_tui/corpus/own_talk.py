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


# A title that says its writer gave a talk, with no title after it: "My first ICSE talk: what
# I'd do differently", "How my CHI talk went", "Presenting at MICCAI", "내 첫 학회 발표 후기",
# "Mein Vortrag auf der GI-Jahrestagung", "A minha apresentação no SBES"
_OWN_TALK_WORDS = lazy(
    r"(?i)\b(?:my|our)\s+(?:(?:first|own|\w+)\s+){0,3}(?:talk|presentation|paper\s+talk)\b"
    r"|\bI\s+(?:spoke|presented|gave\s+(?:a|my|our)\s+(?:\w+\s+){0,2}talk)\b|\bpresenting\s+(?:at|in|our|my)\b"
    r"|(?:내|제|첫)\s*(?:\S+\s+){0,2}(?:발표|논문\s*발표)"
    r"|\bmein(?:en)?\s+(?:\w+\s+)?vortrag|\ba\s+minha\s+(?:\w+\s+)?apresenta[çc][ãa]o"
    r"|\bmi\s+(?:\w+\s+)?(?:charla|ponencia|presentaci[óo]n)"
)


# The opening sentence naming the paper or talk its writer gave, in italics or quotes: "I
# presented our paper *Title*", "I gave a talk called "Title"", "제 논문 「Title」을 발표했습니다",
# "stellte ich unser Paper „Title" vor", "apresentei o nosso artigo *Title*"
def _quoted(group: str) -> str:
    """A title in italics, bold or quotes, as the named group ``group``."""
    return (
        r"(?:\*{1,2}|_|[\"“„«「『])"
        rf"(?P<{group}>[^*_\"“”„«»「」『』\n]{{4,160}}?)"
        r"(?:\*{1,2}|_|[\"”“»」』])"
    )


_OWN_OPENING = lazy(
    r"(?i)\bI\s+(?:presented|gave|introduced)\s+(?:(?:our|my|the)\s+)?(?:(?:new|first|full|short)\s+)?"
    r"(?:paper|talk|work|study|poster)?\s*(?:(?:titled|called|entitled|on)\s+)?"
    + _quoted("en")
    + r"|(?:저희|제|우리)\s*(?:논문|발표|연구)\s*"
    + _quoted("ko")
    + r"\s*(?:을|를|로|으로)?\s*발표"
    + r"|\b(?:stellte|präsentierte|hielt)\s+ich\s+(?:unser(?:en)?|mein(?:en)?)\s+"
    r"(?:paper|vortrag|beitrag|artikel)\s+"
    + _quoted("de")
    + r"|\bapresentei\s+(?:o\s+)?(?:nosso|meu)\s+(?:artigo|trabalho|paper)\s+"
    + _quoted("pt")
    + r"|\bpresent[ée]\s+(?:nuestro|mi)\s+(?:art[íi]culo|trabajo|paper)\s+"
    + _quoted("es")
)
_OPENING_WORDS = (
    "present",
    "gave",
    "introduced",
    "발표",
    "stellte",
    "präsentierte",
    "hielt",
    "apresentei",
)


def own_talk_in_opening(titles: list[str], opening: list[str]) -> str | None:
    """The talk a post's writer gave, when its title says they gave one ("My first ICSE talk:
    …") and one of its first lines names it in italics or quotes ("I presented our paper
    *Title* …"); None otherwise."""
    if not any(_OWN_TALK_WORDS.search(title) for title in titles):
        return None
    for line in opening:
        if line.startswith("#") or not any(word in line for word in _OPENING_WORDS):
            continue
        found = _OWN_OPENING.search(line)
        if found is not None:
            talk = next(found[g] for g in ("en", "ko", "de", "pt", "es") if found[g])
            return talk.strip(" .,:") or None
    return None


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
