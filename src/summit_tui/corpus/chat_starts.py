"""A chat message saying that a talk has started, in the words people type live.

Messages in a group chat announce the talk they sit in without a fixed form: ``Keynote
starting now, we're in the overflow room``, ``Sanjay Kulkarni keynote starting``, ``keynote
started, Name on stage``, ``Title (Name) starting, Mandalay Bay``, ``at AI Stage hall 2, the
Gulf dialect speech recognition talk by Name starting now``, ``키노트 시작했어요``, ``Compose
성능 세션 시작 - 이름님``, ``KMP 세션 (Name) 듣는 중``, ``NameさんのKMPのセッション始まります``,
``Title (Name) 英語セッション開始``, ``الكلمة الافتتاحية بدأت: د. Name عن Topic``. And from a stage
without a cue: ``Cybersecurity stage hall 4, Name on quantum-safe crypto``.

``started_talk`` reads such a line into (title, speakers): the talk's words before the cue, or
after it when only its kind stands before (``키노트 시작 - Name``); a keynote named by no title
is titled by its kind as written (``Keynote``, ``키노트``). A line that names neither a speaker
nor a kind of talk is no announcement (``the queue is starting to move``).
"""

from __future__ import annotations

from summit_tui.corpus.clues import holds_any
from summit_tui.lazy_re import lazy

_LONGEST = 200
# what every line with a start cue holds (cheap): most messages hold none
_GATE = ("start", "Start", "시작", "듣는", "始ま", "開始", "スタート", "بدأ", "underway", "kick")
_GATE += ("mpiez", "omienz", "omenz", "rranc", "omeç", "eginnt", "geht los", "ommence", "émarr")
_GATE += ("inizia",)
_STARTED = lazy(
    r"(?i:\b(?:is\s+|just\s+)?(?:starting|started|starts|kicking\s+off|kicked\s+off|underway)"
    r"(?:\s+now)?\b"
    # Spanish, Portuguese, German, French, Italian: "empieza", "começou", "beginnt", "commence"
    r"|\b(?:empieza|empezó|comienza|comenzó|arranca|arrancó|começa|começou|começando|beginnt"
    r"|startet|geht\s+los|commence|a\s+commencé|démarre|inizia|iniziato|è\s+iniziat[ao])"
    r"(?:\s+(?:ahora|agora|jetzt|maintenant|ora|adesso))?\b)"
    r"|시작(?:했어요|했습니다|합니다|했네요|됐어요|됐습니다|해요|됨|함|했음)?|듣는\s*중"
    r"|始まった|始まりました|始まります|始まる|開始|スタート|بدأت|بدأ|تبدأ"
)
_KEYNOTE = lazy(
    r"(?i:\b(?:opening\s+|closing\s+)?keynote\b|\bkeynote\s+(?:de\s+)?(?:apertura|abertura"
    r"|d['’]ouverture))|키노트|기조연설|基調講演|キーノート"
    r"|الكلمة\s+(?:الافتتاحية|الرئيسية)"
)
# a kind of talk at the end of its words: "… talk", "… 세션", "…のセッション", "… 英語セッション"
_KIND_END = lazy(
    r"(?:\s*(?i:\b(?:opening\s+|closing\s+)?(?:keynote|talk|session|panel|workshop)s?)"
    r"|\s*(?:키노트|기조연설|세션|발표|강연)"
    r"|(?:の)?(?:英語|日本語)?(?:の)?(?:セッション|講演|発表|トーク|基調講演|キーノート)"
    r"|\s*(?:الكلمة\s+(?:الافتتاحية|الرئيسية)|جلسة|محاضرة))\s*$"
)
_KIND = lazy(
    r"(?i:\b(?:keynote|talk|session|panel|workshop)s?\b)|키노트|기조연설|세션|발표|강연"
    r"|セッション|講演|発表|トーク|基調講演|キーノート|الكلمة|جلسة|محاضرة"
)
# what stands before a talk's words: where ("at AI Stage hall 2, the …", "in the …",
# "Iguanaで"), when ("목요일", "Thursday", "today's")
_PLACE_BEFORE = lazy(r"(?i)^(?:(?:at|in)\s+[^,]{1,40},\s*(?:the\s+)?|(?:in|at)\s+the\s+)")
_WHEN_BEFORE = lazy(
    r"(?i)^(?:(?:today'?s?|this\s+morning'?s?|tomorrow'?s?|the|now|ok|so|la|el|a|o|die|der"
    r"|das|le|il|lo|ya|já|jetzt|hoy|hoje|heute)\s+"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'?s?\s+"
    r"|(?:오늘|지금|이제|방금|월요일|화요일|수요일|목요일|금요일|토요일|일요일)\s*)+"
)
_ROOM_BEFORE = lazy(r"^[A-Za-z0-9 ]{2,20}で")  # "Iguanaで", "Room Aで"
_KIND_START = lazy(
    r"(?i)^(?:(?:the|la|el|a|o|die|der|das|le|il|lo)\s+)?(?:opening\s+|closing\s+)?"
    r"(?:keynote|talk|session|panel|charla|ponencia|palestra|vortrag|conférence)\b\s*[,:]?\s*"
)
_PAREN_NAME = lazy(r"\s*[(（](?P<name>[^()（）]{2,40})[)）]\s*$")
# after the cue: "… starting (Name)", "… starting (Name), room Iguana"
_PAREN_AFTER = lazy(r"\s*[(（](?P<name>[^()（）]{2,40})[)）](?:\s*$|,\s)")
_DASHED = lazy(r"\s+[—–-]\s+(?P<name>[^—–\-,.!?()]{2,40}?)\s*$")
_BY_NAME = lazy(r"\s+(?i:by|with|from)\s+(?P<name>[^,.!?()]{2,40}?)\s*$")
_DASH_NAME = lazy(r"^\s*[-–—:：,]?\s*(?P<name>[^,.!?()\-–—:]{2,40}?)\s*$")
_HONORIFIC = lazy(r"(?:님|さん|氏|先生)$")
_SAN_NO = lazy(
    r"^(?P<name>[^\s、。「」]{1,12}(?:\s[^\s、。「」]{1,12})?)(?:さん|氏|先生)の(?P<rest>.+)$"
)
_ON_STAGE = lazy(
    r"(?i)\s+(?:is\s+)?(?:on\s+(?:the\s+)?(?:main\s+)?stage|up|speaking|talking|sur\s+scène"
    r"|en\s+(?:el\s+)?escenario(?:\s+principal)?|no\s+palco(?:\s+principal)?|auf\s+der\s+bühne)"
    r"\s*[.!]*$"
)
_ARABIC_ABOUT = lazy(r"^(?P<name>(?:د\.\s*|م\.\s*)?\S+\s+\S+)\s+عن\s+(?P<topic>.{3,80})$")
_TRAILING = lazy(r"[\s,.!…:;~]+$")
# "Cybersecurity stage hall 4, Marcus Feld on quantum-safe crypto for banks"
_STAGED = lazy(
    r"^(?P<place>[^,]{0,40}\b(?i:stage|hall|room|track|auditorium)\b[^,]{0,15}),\s*"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,2})\s+(?i:on|about|talking\s+about)"
    r"\s+(?P<topic>[^.!?\n]{3,80}?)\s*[.!]*$"
)


def started_talk(line: str) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the talk a chat message says has started, or None."""
    if len(line) > _LONGEST or not holds_any(line, _GATE):
        return _staged(line) if len(line) <= _LONGEST and ", " in line else None
    line = line.replace("**", "").strip()
    cue = _STARTED.search(line)
    if cue is None:
        return None
    head, tail = line[: cue.start()], line[cue.end() :]
    keynote = _KEYNOTE.search(line)
    words = _words(head)
    title, speaker = _title_and_speaker(words)
    if not title and (not speaker or tail.lstrip()[:1] in ":：-–—"):
        # only the kind before the cue: the talk is named after it ("키노트 시작 - Name")
        after = tail.strip()
        explicit = after[:1] in ":：-–—"
        after = _TRAILING.sub("", after.lstrip(" :：-–—,"))
        if not explicit:  # "Empieza la keynote, Name en el escenario"
            after = _KIND_START.sub("", after)
        arabic = _ARABIC_ABOUT.match(after) if explicit else None
        if arabic is not None:
            return arabic["topic"].strip(), (arabic["name"],)
        named = _name(_ON_STAGE.sub("", after))
        if named:
            speaker = speaker or named
        elif explicit and after:
            title, speaker = _title_and_speaker(after)
    elif not speaker:  # "Title 세션 시작 - Name님", "Title 세션 시작했어요 (Name)"
        paren = _PAREN_AFTER.match(tail)
        dash = _DASH_NAME.match(tail) if tail.lstrip()[:1] in "-–—," else None
        speaker = _name(paren["name"]) if paren else _name(dash["name"]) if dash else ""
    if not title:
        if keynote is None:
            return None
        title = keynote.group(0)
        title = title[:1].upper() + title[1:]
    elif not speaker and _KIND.search(line) is None:
        return None
    if not any(c.isalpha() for c in title) or len(title) > 120:
        return None
    return title, (speaker,) if speaker else ()


def _words(head: str) -> str:
    head = _TRAILING.sub("", head.strip())
    head = _PLACE_BEFORE.sub("", head)
    head = _ROOM_BEFORE.sub("", head)
    return _WHEN_BEFORE.sub("", head).strip()


def _title_and_speaker(text: str) -> tuple[str, str]:
    """A talk's words as (title, speaker): ``Title (Name)``, ``Title talk by Name``,
    ``NameさんのTitleのセッション``, ``Name keynote``; the kind of talk is no part of the title."""
    speaker = ""
    japanese = _SAN_NO.match(text) if "の" in text else None
    if japanese is not None:
        speaker, text = japanese["name"].strip(), japanese["rest"]
    for _ in range(2):
        text = _KIND_END.sub("", text).strip()
        paren = _PAREN_NAME.search(text) if text.endswith((")", "）")) else None
        if paren is not None and not speaker and _name(paren["name"]):
            speaker, text = _name(paren["name"]), text[: paren.start()].strip()
            continue
        by = _BY_NAME.search(text) if " " in text else None
        if by is not None and not speaker and _name(by["name"]):
            speaker, text = _name(by["name"]), text[: by.start()].strip()
            continue
        dashed = _DASHED.search(text) if not speaker and " " in text else None
        if dashed is not None and _name(dashed["name"]):
            speaker, text = _name(dashed["name"]), text[: dashed.start()].strip()
            continue
        break
    text = _KIND_END.sub("", text).strip(" ,-–—:")
    if not speaker:
        whole = _name(text)
        if whole:
            return "", whole  # "Sanjay Kulkarni keynote"
    return text, speaker


def _name(text: str) -> str:
    """``text`` when it is a person's name (an honorific after it dropped), else ""."""
    from summit_tui.corpus.names import looks_like_name

    text = text.strip()
    honored = _HONORIFIC.search(text)
    if honored is not None:
        text = text[: honored.start()].strip()
        return text if 2 <= len(text) <= 30 and not _KIND.search(text) else ""
    if len(text.split()) > 4 or not text or _KIND.search(text):
        return ""
    return text if looks_like_name(text) else ""


def _staged(line: str) -> tuple[str, tuple[str, ...]] | None:
    found = _STAGED.match(line) if holds_any(line.lower(), ("stage", "hall", "room")) else None
    if found is None or not _name(found["name"]):
        return None
    return found["topic"].strip(), (found["name"],)
