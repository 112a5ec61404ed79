"""A chat message that says which talk is on, in the words people type in a group chat.

Attendees live-chatting a conference name the talk that starts with its quoted title beside
its speaker and, often, a cue (``opening keynote starting: "Title", Name``, ``now on stage:
Name, "Title"``, ``agora Name, "Title"``, ``Empieza la keynote de Name, "Title"``, ``Jetzt
Name mit "Title"``, ``지금 키노트 시작합니다 - 이수진님 '제목'``, ``MARIANA COUTO NO PALCO
"Title"``), or by its kind and speaker alone (``charla de Name sobre Quarkus``, ``keynote da
Name sobre Rust``, ``palestra da Name sobre Polars``). ``named_talk`` reads such a line.

``chat_break`` tells a message about something else (lunch, coffee, a charger, the hotel) in
the languages such chats are written in: it ends the talk the messages before it were about.
"""

from __future__ import annotations

from collections.abc import Callable

from summit_tui.corpus.clues import holds_any
from summit_tui.lazy_re import lazy

_LONGEST = 220  # a message that names a talk is short
_QUOTES = "\"“„«「『'‘"
_DOUBLE = lazy(
    r"(?:(?:^|(?<=[\s:(,—–-]))[\"“„«]|[「『])(?P<title>[^\"“”„«»「」『』\n]{3,120}?)[\"”“»」』]"
)
_SINGLE = lazy(r"(?:^|(?<=[\s:(,—–-]))['‘](?P<title>[^'‘’\n]{3,120}?)['’](?=$|[^\w])")
# a cue that a talk is on: its kind, or "now" / "on stage" in the languages chats are typed in
_CUE = lazy(
    r"(?i:\b(?:keynote|talk|session|panel|vortrag|charla|palestra|ponencia|conferencia|plenária"
    r"|now|on\s+stage|up\s+next|next\s+up|starting|agora|ahora|jetzt|no\s+palco|läuft|começou"
    r"|empieza|comienza|startet|beginnt|habla|hablando|fala|falando|spricht|speaking|talking)\b)"
    r"|키노트|기조연설|발표|세션|강연|지금|今から|次は|基調講演|キーノート|セッション|講演|始ま|開始"
)
# "Name, "Title"", ""Title", Name", "Name: "Title"", ""Title" by Name", "Name mit "Title""
_JOINED = lazy(r"[\s,:—–-]*(?:(?i:by|von|de|da|do|del|com|con|mit|with)\s*)?[\s,:—–-]*")
_LATIN_RUN = lazy(
    r"(?:(?:Dr|Prof)\.?\s+)?(?P<run>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:(?:de|da|do|dos|van|von|der|del|la|le)\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*){1,4})"
)
_SHOUTED = lazy(r"\b[A-ZÀ-ÖØ-Þ]{2,}\b")
_HANGUL = lazy(r"(?P<name>[가-힣]{2,4})\s?님")
# "山田さんの「…」", "佐藤美咲氏の発表": a Japanese name is known by its honorific
_JAPANESE = lazy(r"(?P<name>[\u4e00-\u9fff\u30a0-\u30ff々]{2,8})(?:さん|氏|先生)")
_JAPANESE_HONORIFICS = ("さん", "氏", "先生")  # one of them in every _JAPANESE match
# what a run of capitalised words holds that is no part of a name: the cue around it
_NOT_NAME = frozenset((
    "now", "next", "up", "on", "stage", "keynote", "opening", "closing", "talk", "session",
    "panel", "day", "dia", "tag", "agora", "ahora", "jetzt", "no", "na", "palco", "empieza",
    "comienza", "começou", "começa", "läuft", "live", "starting", "startet", "beginnt", "vortrag",
    "charla", "palestra", "ponencia", "the", "la", "el", "a", "o", "der", "die", "das", "mit",
    "with", "com", "con", "de", "da", "do", "und", "and", "e", "y", "sobre", "über", "about",
    "hoje", "heute", "today", "morning", "afternoon",
))  # fmt: skip
# "charla de Anke Visser sobre Quarkus", "keynote da Ines Baptiste sobre Rust em …", "Vortrag von
# Aylin Demir über slog", "talk by Sam Reyes about errors"
_KIND_BY = lazy(
    r"(?i:\b(?P<kind>keynote|talk|session|vortrag|charla|palestra|ponencia|conferencia|plenária)"
    r"\s+(?:de|da|do|del|von|by|of|with)\s+(?:la\s+|el\s+|a\s+|o\s+|dr\.?\s+)?)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})"
    r"(?:\s+(?i:sobre|über|about|on|zu|zum)\s+(?P<topic>[^,.!?;\n]{3,80}))?"
)
# where it is, after a topic: "… no palco principal", "… en la sala 8", "… in room 3"
_PLACE_AFTER = lazy(
    r"(?i)\s+(?:no|na|en|in|im|at|at\s+the)\s+(?:the\s+|el\s+|la\s+|o\s+|a\s+)?"
    r"(?:palco|sala|room|saal|stage|hall|auditório|auditorio|main\s+stage)\b.*$"
)
# "ahora habla María López sobre …", "Ana Souza falando sobre …", "Jetzt spricht Jonas
# Keller über …", "Liz Rice talking about …"
_PERSON = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}"
_SPEAKS = lazy(
    rf"(?:(?i:habla|fala|spricht|speaks)\s+(?P<name>{_PERSON})"
    rf"|(?P<name2>{_PERSON})\s+(?i:(?:está\s+|is\s+)?(?:falando|hablando|talking|speaking)))"
    r"\s+(?i:sobre|über|about|on)\s+(?P<topic>[^,.!?;\n]{3,80})"
)
_NOW_AFTER = lazy(r"(?i)\s+(?:now|agora|ahora|jetzt|live|right\s+now)\s*[.!]*$")
_HANGUL_KIND = lazy(r"(?P<name>[가-힣]{2,4})\s?님(?:의)?\s*(?:키노트|기조연설|발표|강연|세션)")


def named_talk(line: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a chat message's first line names, or None."""
    from summit_tui.corpus.names import looks_like_name

    line = line.replace("**", "").strip()
    if len(line) > _LONGEST or not line:
        return None
    quoted = _DOUBLE.search(line) if any(q in line for q in _QUOTES[:6]) else None
    if quoted is None and ("'" in line or "‘" in line):
        quoted = _SINGLE.search(line)
    if quoted is not None:
        title = quoted["title"].strip(" ,.")
        before, after = line[: quoted.start()], line[quoted.end() :]
        name, gap = _speaker(before, after, looks_like_name)
        if name is None or len(title) < 3 or not any(c.isalpha() for c in title):
            return None
        rest = (before + " " + after).split()
        if len(rest) > 12:
            return None  # prose that quotes someone, not a line announcing a talk
        if _JOINED.fullmatch(gap) is None and _CUE.search(line) is None:
            return None
        return title, (name,)
    if _CUE.search(line) is None:
        return None
    found = _KIND_BY.search(line)
    if found is not None and looks_like_name(found["name"]):
        topic = _PLACE_AFTER.sub("", found["topic"] or "").strip()
        return (topic or found.group(0).strip()), (found["name"],)
    spoken = _SPEAKS.search(line)
    if spoken is not None and looks_like_name(name := spoken["name"] or spoken["name2"]):
        topic = _NOW_AFTER.sub("", _PLACE_AFTER.sub("", spoken["topic"])).strip()
        return topic, (name,)
    korean = _HANGUL_KIND.search(line) if "님" in line else None
    if korean is not None and looks_like_name(korean["name"]):
        return korean.group(0), (korean["name"],)
    return None


def _speaker(
    before: str, after: str, looks_like_name: Callable[[str], bool]
) -> tuple[str | None, str]:
    """The speaker's name beside a quoted title, and the text between them."""
    for side, text in (("before", before), ("after", after)):
        if holds_any(text, _JAPANESE_HONORIFICS):
            found = _JAPANESE.search(text)
            if found is not None:
                gap = text[found.end() :] if side == "before" else text[: found.start()]
                return found["name"], gap
        if "님" in text:
            found = _HANGUL.search(text)
            if found is not None and looks_like_name(found["name"]):
                gap = text[found.end() :] if side == "before" else text[: found.start()]
                return found["name"], gap
    for side, text in (("before", before), ("after", after)):
        if not text.strip():
            continue
        if sum(c.isupper() for c in text) >= 4:  # "MARIANA COUTO NO PALCO"
            text = _SHOUTED.sub(lambda m: m[0].capitalize(), text)
        runs = list(_LATIN_RUN.finditer(text))
        for found in reversed(runs) if side == "before" else runs:
            words = found["run"].split()
            while words and (words[0].lower() in _NOT_NAME or words[0][0].islower()):
                words.pop(0)
            while words and words[-1].lower() in _NOT_NAME:
                words.pop()
            name = " ".join(words)
            if 2 <= len(words) <= 3 and looks_like_name(name):
                gap = text[found.end() :] if side == "before" else text[: found.start()]
                return name, gap
    return None, ""


# What a message is about when it is about no talk: a meal, a break, getting somewhere, the
# venue's sockets and queues, in the languages chats are typed in ("train" and "flight" are
# left out: a talk's own words in machine learning and avionics)
_ELSEWHERE = lazy(
    r"(?i)\b(?:lunch|dinner|breakfast|almoço|almuerzo|almorzar|comemos|comer|jantar|cena"
    r"|mittagessen|abendessen|kaffeepause|coffee\s+break|pausa(?:\s+para\s+(?:o\s+|el\s+)?café)?"
    r"|charger|sockets?|wi-?fi|hotel|taxi|uber|voo|vuelo|flug|badge|stickers?"
    r"|credenciamento|acreditación|einlass)\b|점심|저녁|숙소|충전기|부스|스티커|굿즈"
)
# a short message about coffee is about coffee ("grabbing coffee, want one?", "voy a por café")
_COFFEE = lazy(r"(?i)\b(?:coffee|café|cafe|kaffee)\b|커피")
_SHORT = 7


def chat_break(line: str) -> bool:
    """Whether a message's first line is about something other than the talk going on."""
    if _ELSEWHERE.search(line) is not None:
        return True
    return len(line.split()) <= _SHORT and _COFFEE.search(line) is not None
