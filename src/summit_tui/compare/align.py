"""Line up what several authors wrote about one item, passage by passage.

Each author's entries are split into passages (paragraphs, list items, table rows, long
paragraphs into sentences; headings and bold labels become the context of what follows).
Every passage is scored against the passages of every other author that share an
uncommon word with it (score.py), in any order and any language; scores far from the
path the two columns follow are reduced (order.py), and pairs at or above ``THRESHOLD``
make the same point. A passage keeps every such counterpart (many-to-many); its coverage
is how many other authors have one; a passage with none is unique. A speaker's
introduction is context: it matches only other introductions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from summit_tui.compare import lexicon, order
from summit_tui.compare.chat_frame import message_lines, names_the_talk
from summit_tui.compare.features import Features, Unit, features
from summit_tui.compare.score import (
    MIN_SHARED,
    ItemWeights,
    ItemWords,
    Weighed,
    clause_score,
    score,
    whole_score,
)
from summit_tui.compare.sentences import (
    CJK_BREAK,
    LIST_MARK,
    split_clauses,
    split_sentences,
    to_plain,
)
from summit_tui.compare.speaker_bio import is_bio_heading, is_speaker_bio
from summit_tui.corpus.dates import month_and_weekday_names
from summit_tui.corpus.fields import inline_fields, property_fact_line, task_box
from summit_tui.corpus.social_posts import holds_posts, only_hashtags
from summit_tui.corpus.speaker_labels import label_alternation

if TYPE_CHECKING:
    from collections.abc import Callable

    from summit_tui.corpus.model import Corpus, Entry, Item
    from summit_tui.corpus.passages import Passage

# Scores are 0–100. Pairs at or above this are counterparts: chosen on the labelled talks
# of tests/test_align_gold.py (both golds together, never one talk).
THRESHOLD = 28.0
# A match weaker than this share of the best one either passage has in the other's column
# is left out (0: keep every match at the threshold).
NEAR_BEST = 0.8
# Whether pairs far from the path the columns follow score less (order.py).
ORDER = True
# Two passages of one author scoring this much (as sure as an anchor of the order) make
# the same point twice: a counterpart of one is not off the path at the other (0: off).
RESTATED = order.ANCHOR
# A clause needs this many units to be compared on its own (see score.score).
CLAUSE_UNITS = 3
# Keys held by more passages than this share of the item's (and at least COMMON_FLOOR)
# find no candidate pairs by themselves (see _pair_scores).
COMMON_SHARE = 0.05
COMMON_FLOOR = 12
# Paragraphs longer than this (readable characters) are aligned sentence by sentence.
LONG_PARAGRAPH = 80
# The kinds of passage shown only as context, and all that are no point of the talk.
ASIDE_KINDS = frozenset({"fact", "opening"})
NOT_POINTS = ASIDE_KINDS | {"intro"}


class Counterpart(NamedTuple):
    author: str
    index: int  # position in that author's column
    score: float


@dataclass(frozen=True, slots=True)
class AlignedPassage:
    author: str
    index: int  # position in the author's column, from 0
    entry_id: str
    note: str  # Note.path
    line: int  # file line where the passage starts
    end_line: int
    text: str  # readable text (not yet cleaned for display)
    context: str  # the nearest heading above it, or the entry's title
    # "paragraph", "item", "sentence", "code", "row": points; "intro": a speaker's
    # introduction (matches only introductions); "fact": where, when or by whom the talk or
    # the note was; "opening": what the note is, before the talk's content. The last two
    # are context: never aligned, never a point.
    kind: str
    counterparts: tuple[Counterpart, ...] = ()  # the best match per other author, best first
    matches: tuple[Counterpart, ...] = ()  # every match at or above the threshold, best first
    coverage: int = 0  # number of other authors with a counterpart
    unique: bool = False  # no other author covers it (and there is another author)

    @property
    def source(self) -> str:
        return f"{self.note}:{self.line}"

    @property
    def is_point(self) -> bool:
        """Whether it says something of the talk (not an introduction, a fact or an opening)."""
        return self.kind not in NOT_POINTS

    @property
    def aside(self) -> bool:
        """Context shown among the points, never aligned: a fact or the note's opening."""
        return self.kind in ASIDE_KINDS


@dataclass(frozen=True, slots=True)
class Column:
    author: str
    entries: tuple[str, ...]  # entry ids, in note order
    sources: tuple[str, ...]  # "note:start-end" per entry
    passages: tuple[AlignedPassage, ...]

    @property
    def unique_count(self) -> int:
        return sum(1 for p in self.passages if p.unique)


@dataclass(frozen=True, slots=True)
class Alignment:
    item_id: str
    authors: tuple[str, ...]
    columns: tuple[Column, ...]
    threshold: float = THRESHOLD

    def column(self, author: str) -> Column | None:
        return next((c for c in self.columns if c.author == author), None)

    def passage(self, author: str, index: int) -> AlignedPassage | None:
        column = self.column(author)
        if column is None or not 0 <= index < len(column.passages):
            return None
        return column.passages[index]

    def find(self, author: str, needle: str) -> list[AlignedPassage]:
        """Passages of one author whose text contains ``needle`` (for tests and scripts)."""
        column = self.column(author)
        return [p for p in column.passages if needle in p.text] if column else []


@dataclass(frozen=True, slots=True)
class _Draft:
    entry: Entry
    line: int
    end_line: int
    text: str
    context: str
    kind: str
    opening: bool = False  # in the paragraphs an entry opens with, saying what the note is


_BOLD_ONLY = re.compile(r"^\*\*[^*]+\*\*\s*:?$")


def _is_heading_like(kind: str, source: str, plain: str) -> bool:
    """Bold labels work as headings: "**2. Natrium 원자로**: 미래 에너지" as a paragraph,
    or a list item that is only bold text ("1. **실시간 수요 예측**") over its sub-points."""
    if "**" not in source:
        return False
    lines = source.strip().split("\n")
    if len(lines) != 1 or len(plain) > 80:
        return False
    if kind == "item":
        return bool(_BOLD_ONLY.match(LIST_MARK.sub("", lines[0]).strip()))
    stripped = lines[0].strip()
    return (
        kind == "paragraph"
        and stripped.startswith("**")
        and stripped.count("**") >= 2
        and not plain.endswith(".")
    )


# Letters a label may be written in: Latin, Hangul, kana and Han (時間：, 講者：).
_LABEL_LETTER = "A-Za-z가-힣\u3040-\u30ff\u4e00-\u9fff"
# A property line: a short label, a colon, a value ("연사: 정민서", "Created by: Mark").
_PROPERTY = re.compile(
    rf"^\s*(?:\*\*)?[{_LABEL_LETTER}][{_LABEL_LETTER} ]{{0,18}}(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*\S"
)
# What a note says about a talk rather than what the talk said.
_METADATA_LABEL = re.compile(
    r"^\s*(?:\*\*|__)?(?:날짜|일시|일자|장소|트랙|작성자|글쓴이|태그|분류|카테고리|상태|링크|"
    r"日時|日时|日付|日期|時間|时间|場所|场所|会場|會場|地點|地点|作者|標籤|标签|"
    r"tags?|date|time|track|room|location|author|created by|created|category|status|link)"
    r"(?:\*\*|__)?\s*[:：]",
    re.IGNORECASE,
)
# A line that only names what follows ("핵심:", "要点:", "重點：", "Takeaways:"): a label.
_LABEL_LINE = re.compile(rf"^\s*[{_LABEL_LETTER}][{_LABEL_LETTER} ]{{0,18}}\s*[:：]\s*$")
# A page's byline ("Created by 김민수, last modified on Mar 02, 2023", "Posted by Ann on
# …", "Last updated by …"): who wrote the note and when, not a point of the talk.
_BYLINE = re.compile(
    r"^\s*(?:created|written|posted|published|authored|(?:last\s+)?(?:modified|updated|edited))"
    r"\s+by\s+\S",
    re.IGNORECASE,
)
BYLINE_LENGTH = 120

# A line that says where, when or in what the talk was, not what it said: its room, track,
# slides, session code, level ("Room: Janson, Saturday 10:30", "세션 코드: DAT403",
# "地点：Janson 大厅", "Slides: https://…").
_FACT_LABELS = (
    r"rooms?|location|venue|place|hall|where|track|slides?|slide deck|deck|session code|"
    r"session id|level|tags?|raum|saal|ort|folien|salle|lieu|diapos|diapositives|niveau|où|"
    r"sala|lugar|diapositivas|nivel|dónde|luogo|livello|dove|local|nível|onde|"
    r"etiquetas|etiquetes|etichette|schlagwörter|mots-clés|"
    r"장소|위치|트랙|세션 ?코드|레벨|난이도|발표 ?자료|슬라이드|태그|"
    r"場所|会場|トラック|スライド|資料|レベル|セッションコード|タグ|"
    r"地点|地點|会场|會場|幻灯片|投影片|分论坛|分論壇|标签|標籤"
)
# Labels that are a fact only with a date or a time after them ("Data: 30 de outubro", but
# not "Data: 3 TB a day"; "Time: 14:00", not "Time: 40 min → 10 min").
_WHEN_LABELS = (
    r"date|data|datum|fecha|time|hora|ora|zeit|uhrzeit|heure|horaire|horário|orario|horario|"
    r"when|quando|cuándo|quand|wann|"
    r"날짜|일시|일자|시간|日時|日付|日期|時間|时间"
)
# Labels that are a fact only with a link after them ("Video: https://…", not "Video: 4K").
_LINK_LABELS = (
    r"video|recording|vídeo|gravação|registrazione|grabación|영상|녹화|動画|录像|视频|影片"
)
# Labels that name the talk a note is about ("원본 발표: DevFest Seoul 2024 2일차 트랙 B,
# 발표자 박지우님", "Original talk: … by Ana Ruiz"): a fact with a date, a link or a speaker
# after them; what the author caught is below.
_SOURCE_LABELS = (
    r"original (?:talk|session|presentation|video)|source talk|originalvortrag|"
    r"(?:charla|ponencia|sesión|palestra|sessão|conférence|intervento) original[ea]?|"
    r"원본 ?(?:발표|세션|영상|강연)|원 ?발표|원래 발표|발표 ?원본|"
    r"元(?:の)?(?:発表|セッション|講演)|原(?:演讲|演講|议题|議題)"
)
_SOURCE_NAMES = re.compile(
    r"(?:^|[\s,(])(?:by|von|par|por|de|di|da)\s+\S|발표자|연사|님\b|さん|氏",
    re.IGNORECASE,
)
_FACT_LINE = re.compile(
    rf"^[^\w]*(?:\*\*|__)?(?:(?P<fact>{_FACT_LABELS})|(?P<when>{_WHEN_LABELS})|"
    rf"(?P<source>{_SOURCE_LABELS})|(?P<link>{_LINK_LABELS}))(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# Abbreviations the dates module does not read alone (elsewhere they are words, names or
# ordinals: "sam", "ven", "segunda"); after a label that asks when ("Data: lun 3 mars",
# "Quando: sexta de manhã") they are the day.
_MORE_DAY_NAMES = ("lun", "mer", "jeu", "ven", "sam", "dim", "gen", "set", "mag")
_MORE_DAY_NAMES += ("segunda", "quarta", "quinta", "sexta")
_MONTH_OR_DAY = "|".join(
    re.escape(name)
    for name in sorted(
        month_and_weekday_names() | set(_MORE_DAY_NAMES), key=lambda name: (-len(name), name)
    )
)
_DATE_OR_TIME = re.compile(
    rf"\d{{1,2}}\s*[:h]\s*\d{{2}}|\d{{4}}|\d{{1,2}}\s*[./-]\s*\d{{1,2}}|"
    rf"\d\s*(?:년|월|일|시|年|月|日|時|时|点|am\b|pm\b|uhr\b)|\b(?:{_MONTH_OR_DAY})\b|"
    r"[월화수목금토일]요일|\([월화수목금토일]\)|오전|오후|午前|午後|上午|下午|周[一二三四五六日]|"
    r"星期|曜日|（[月火水木金土日一二三四五六]）|\((?:[月火水木金土日])\)",
    re.IGNORECASE,
)
_LINK = re.compile(r"https?://|www\.|youtu|\blink\b|링크|リンク|链接|連結", re.IGNORECASE)


# A line of a room and a time without labels ("Saal 1 · 14:45", "Room B | 10:30",
# "Sala 2, 9:00"): where and when, as a programme prints it.
_ROOM_AND_TIME = re.compile(
    r"^[^\w]*(?:room|hall|stage|track|raum|saal|bühne|salle|sala|aula|auditori(?:o|um)|"
    r"amphi(?:théâtre)?)\s+[\w-]{1,12}\s*[·|,–-]\s*\d{1,2}\s*[:h.]\s*\d{2}"
    r"(?:\s*[-–~]\s*\d{1,2}\s*[:h.]\s*\d{2})?\s*(?:uhr)?[^\w]*$",
    re.IGNORECASE,
)


# The pieces of a line that only says when and where, without labels ("Thursday afternoon,
# Observability track, room 7.3.", "목요일 오후 · B 트랙 · 402호"): a day or a time of day, or a
# room, hall or track with its name.
_WHEN_PIECE = re.compile(
    rf"^(?:(?:on|am|le|el|o)\s+)?(?:(?:{_MONTH_OR_DAY}|today|tomorrow|day\s*\d+|\d+\s*일차|"
    r"[월화수목금토일]요일|오전|오후|morning|afternoon|evening|vormittag|nachmittag|abend|"
    r"matin|après-midi|soir|mañana|tarde|manhã|\d{1,2}\s*[:h.]\s*\d{2}|\d{1,2}\s*(?:am|pm)|"
    r"\d{1,2}\s*월\s*\d{1,2}\s*일|\d{1,2}(?:st|nd|rd|th)?)\s*)+$",
    re.IGNORECASE,
)
_WHERE_PIECE = re.compile(
    r"^(?:[\w.-]+\s+){0,2}(?:track|room|hall|stage|auditorium|saal|raum|salle|sala|aula|"
    r"트랙|룸|홀|스테이지|会場|ホール)(?:\s+[\w.-]{1,8})?$|^\d+\s*호$",
    re.IGNORECASE,
)
_PIECES = re.compile(r"\s*[,·|/–—]\s*|\s+-\s+")
WHERE_WHEN_WORDS = 12
_BARE_NUMBER = re.compile(r"^\d+$")  # "1, 2, 3" is a list, not three days


def _where_and_when(text: str) -> bool:
    """Whether a short line is only pieces of when and where (see _WHEN_PIECE)."""
    if len(text.split()) > WHERE_WHEN_WORDS:
        return False
    pieces = [p for p in _PIECES.split(text.strip(" .!;")) if p]
    return (
        len(pieces) >= 2
        and any(_WHERE_PIECE.match(piece) or not _BARE_NUMBER.match(piece) for piece in pieces)
        and all(_WHEN_PIECE.match(piece) or _WHERE_PIECE.match(piece) for piece in pieces)
    )


# A line that is only a date and a time: a saved thread's or a chat's stamp under each post
# ("May 14, 2024, 3:12 PM", "2024년 5월 14일 오후 3:12", "14.05.2024 15:12", "3:12 PM · May
# 14, 2024"), when it was written, never what the talk said.
_STAMP_TOKEN = (
    rf"(?i:{_MONTH_OR_DAY}|at|um|uhr|à|a las|às|kl\.|godz\.|[ap]\.?m\.?|오전|오후|午前|午後|上午|"
    r"下午)|\d{1,2}:\d{2}(?::\d{2})?|\d{1,4}\s*(?:년|월|일|年|月|日)|\d{1,4}(?:st|nd|rd|th)?\.?|"
    r"[,·|•—–/.-]|[(（][월화수목금토일月火水木金土][)）]|UTC|GMT|[A-Z]{1,4}T|[+-]\d{2}:?\d{2}"
)
_STAMP = re.compile(rf"^[\s*_\[\]()]*(?:(?:{_STAMP_TOKEN})[\s*_\[\]()]*)+$")
_STAMP_DATE = re.compile(
    rf"\d{{4}}|\d\s*(?:월|月)|\d{{1,2}}[./-]\d{{1,2}}[./-]|(?i:\b(?:{_MONTH_OR_DAY})\b)"
)
STAMP_LENGTH = 48


def is_stamp(text: str) -> bool:
    """Whether a line is only a date and a time (see ``_STAMP``)."""
    if len(text) > STAMP_LENGTH or ":" not in text:
        return False
    return bool(_STAMP.match(text) and _CLOCK.search(text) is not None and _STAMP_DATE.search(text))


_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def session_fact(text: str) -> bool:
    """Whether a line only says where or when the talk was, its track, slides, code or
    level: a fact about the talk, context like an introduction, never a point of it."""
    if len(text) < 40 and _ROOM_AND_TIME.match(text):
        return True
    if is_stamp(text):
        return True
    if _where_and_when(text):
        return True
    found = _FACT_LINE.match(text) if ":" in text or "：" in text else None
    if found is None:
        return False
    if found["fact"]:
        return True
    if found["when"]:
        return _DATE_OR_TIME.search(found["value"]) is not None
    if found["source"]:
        value = found["value"]
        return bool(
            _DATE_OR_TIME.search(value) or _LINK.search(value) or _SOURCE_NAMES.search(value)
        )
    return _LINK.search(found["value"]) is not None


# A list item this short that has sub-items is their label ("2. 파이프라인").
LIST_LABEL_UNITS = 2


def _properties(source: str) -> bool:
    """Whether a paragraph is only property lines, one of them about the note or talk."""
    if ":" not in source and "：" not in source:
        return False
    lines = [line for line in source.split("\n") if line.strip()]
    return all(_PROPERTY.match(line) for line in lines) and any(
        _METADATA_LABEL.match(line) for line in lines
    )


def _about_the_talk(line: str) -> bool:
    """A property line about the note or the talk (its day, place, track, author, tags)."""
    return bool(_METADATA_LABEL.match(line)) or session_fact(line)


def _post_text(passage: Passage) -> Passage | None:
    """A social post's passage without its frame (the writer's header line above, the time
    stamp and counts below) and the counter opening its text; None when nothing is left."""
    from summit_tui.corpus.social_posts import post_frame, without_counter

    lines = passage.text.split("\n")
    cut = post_frame(lines)
    top, bottom = cut if cut is not None else (0, 0)
    kept = lines[top : len(lines) - bottom]
    if not any(line.strip() for line in kept):
        return None
    kept[0] = without_counter(kept[0])
    if cut is None and kept[0] == lines[0]:
        return passage
    text = "\n".join(kept)
    return replace(
        passage,
        start_line=passage.start_line + top,
        end_line=passage.end_line - bottom,
        text=text,
        plain=to_plain(text),
    )


def _naming_line(passage: Passage) -> str | None:
    """A post's first line when it names the talk ("키노트: Title (이름님)", "Opening keynote:
    \"Title\" by Name. Live-posting it"), else None."""
    from summit_tui.corpus.social_thread import post_talk

    first = passage.text.split("\n", 1)[0]
    return first if post_talk(first) is not None else None


_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+(?=\S)")


def _naming_sentence(line: str) -> tuple[str, str]:
    """A post's line that names its talk, split after the sentence that does: (naming, rest)."""
    from summit_tui.corpus.social_thread import post_talk

    for found in _SENTENCE_END.finditer(line):
        head = line[: found.start()]
        if post_talk(head) is not None:
            return head, line[found.end() :]
    return line, ""


def _announcing_message(passage: Passage) -> tuple[int, str] | None:
    """A chat message (one passage) whose first words say a talk is starting or ask about one
    ("Talk starting: Title — Name", "[김도윤] [오전 10:01] 지금 키노트 시작 - 제목", "Anyone at
    the K2 talk?"): how many of its lines do so (its header's and the announcement's) and the
    announcement; None for any other passage."""
    from summit_tui.corpus.chat_export import announced_talk, hinted_talk
    from summit_tui.corpus.chat_lines import opens_message, pasted_header

    lines = [_unquoted(line) for line in passage.text.split("\n")]
    if not lines or not opens_message(lines[0]):
        return None
    pasted = pasted_header(lines[0]) if lines[0][:1] != "*" else None
    if pasted is not None and pasted[1].strip():  # KakaoTalk: the message on the header's line
        said, count = pasted[1].strip(), 1
    elif len(lines) > 1:
        said, count = lines[1].strip(), 2
    else:
        return None
    if announced_talk([said]) is None and hinted_talk([said]) is None:
        return None
    return count, to_plain(said)


def _message_drafts(
    entry: Entry,
    start: int,
    thoughts: list[tuple[int, str]],
    context: str,
    drafts: list[_Draft],
) -> None:
    """A chat or channel message's drafts (``chat_frame``): its frame left out, the line
    naming its talk as context, each thought a point (a long one sentence by sentence)."""
    for number, (offset, said) in enumerate(thoughts):
        at = start + offset
        end = at + said.count("\n")
        plain = to_plain(said)
        if number == 0 and names_the_talk(plain):
            drafts.append(_Draft(entry, at, end, plain, context, "fact"))
            continue
        head, _, last = said.rpartition("\n")
        if head and is_stamp(stamp := to_plain(last)):
            # the post's stamp under it (a saved thread): when it was written, context
            drafts.append(_Draft(entry, end, end, stamp, context, "fact"))
            said, end = head, end - 1
            plain = to_plain(said)
        elif is_stamp(plain):
            drafts.append(_Draft(entry, at, end, plain, context, "fact"))
            continue
        if _only_links(plain):
            continue  # an attachment's address ("https://cdn…/IMG_2231.jpg"): nothing said
        sentences = split_sentences(said) if len(plain) > LONG_PARAGRAPH else []
        if len(sentences) > 1:
            for sentence in sentences:
                if features(sentence.text).units:
                    line = at + sentence.line_offset
                    drafts.append(_Draft(entry, line, line, sentence.text, context, "sentence"))
        elif features(plain).units:
            drafts.append(_Draft(entry, at, end, plain, context, "paragraph"))


_QUOTE_ENDS = ("wrote:", "schrieb:", "écrit :", "écrit:", "escribió:", "작성:")


def _quoting(passage: Passage, number: int) -> bool:
    """Whether a passage at the top of a reply is the quote it answers: quoted lines, or the
    line that says whose words follow ("On Sat, … Dana <…> wrote:") first."""
    lines = [line.lstrip() for line in passage.text.split("\n") if line.strip()]
    if lines and all(line[:1] == ">" for line in lines):
        return True
    from summit_tui.corpus.mail_thread import opens_quote

    return number == 0 and len(lines) == 1 and opens_quote(lines[0])


def _unquoted(line: str) -> str:
    stripped = line.lstrip()
    return stripped[1:].lstrip() if stripped.startswith(">") else line


def _chat_text(lines: list[str]) -> str:
    return to_plain("\n".join(_unquoted(line) for line in lines if line.strip()))


def _is_byline(plain: str) -> bool:
    return len(plain) <= BYLINE_LENGTH and bool(_BYLINE.match(plain))


# Who wrote what follows in a shared note: "以下由 @kuanyu 補充", "(notes continued by @ana)",
# "이하 @준호 작성", "以下 @ken さんが追記".
_CREDIT = re.compile(
    r"^[^\w@]*(?:"
    r"(?:以下|下面|接下來|接下来)?\s*由\s*@?[\w.-]+\s*(?:補充|补充|整理|記錄|记录|撰寫|撰写|共筆|共笔|"
    r"接手|接力|提供|紀錄)"
    r"|(?:(?:notes?|continued|added|written|taken|compiled|contributed|edited|transcribed)\s+)+"
    r"by\s+@[\w.-]+"
    r"|(?:이하|아래(?:는)?|여기부터(?:는)?)\s*@?[\w.-]+\s*(?:님)?\s*(?:이|가)?\s*(?:작성|정리|기록|추가|보충)"
    r"|(?:以下|ここから)(?:は)?\s*@?[\w.-]+\s*(?:さん)?\s*(?:が|による)?\s*(?:追記|補足|記録|メモ)"
    # a note's writer under a label: (작성: 이준호), 정리: @minji, 文責: 田中
    r"|(?:작성|작성자|정리|기록|글쓴이|文責|記録|執筆)\s*[:：]\s*@?[\w.-]+(?:\s[\w.-]+)?\s*(?:님|さん)?"
    r")[^\w]*$",
    re.IGNORECASE,
)
CREDIT_LENGTH = 60


def _is_credit(plain: str) -> bool:
    """A line that says who wrote what follows in a note several people wrote: context."""
    return len(plain) <= CREDIT_LENGTH and bool(_CREDIT.match(plain))


# A static site's template tags: "{%hackmd @coscup/theme-2024 %}", "{% include toc.html %}",
# Hugo's "{{< youtube abc >}}" and "{{% notice %}}": markup, not the note's text.
_TEMPLATE_TAG = re.compile(r"\{%.*?%\}|\{\{[<%].*?[>%]\}\}", re.DOTALL)


def _only_template_tags(source: str) -> bool:
    return "{" in source and not _TEMPLATE_TAG.sub("", source).strip(" \n>")


# A photo's caption as a blog editor writes it under the picture ("▲ 받은 굿즈들"), and a
# slide's ("*Slide 4 — the three layers*", "▲ 슬라이드 3: 핸드오프 전후 비교"), with the image
# above it or not: what the picture shows, no point of the talk; a slide's caption heads
# what the writer says about that slide.
_PHOTO_CAPTION = re.compile(r"^[▲△▴]\s*")
_SLIDE_CAPTION = re.compile(
    r"^(?:[▲△▴]\s*)?(?:slide|슬라이드|スライド|幻灯片|投影片|diapositiva|folie)\s*#?\d+\s*"
    r"(?:[:：—–|.]|-\s|$)",
    re.IGNORECASE,
)
_SLIDE_WORDS = ("slide", "슬라이드", "スライド", "幻灯片", "投影片", "diapositiva", "folie")
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_URL = re.compile(r"<?https?://\S+>?")


def _caption(source: str) -> tuple[str, bool] | None:
    """(the caption as shown, whether it names a slide) for a paragraph that is a caption
    alone, under its image or not; None for any other."""
    if (
        "▲" not in source
        and "△" not in source
        and "▴" not in source
        and not any(word in source.lower() for word in _SLIDE_WORDS)
    ):
        return None
    lines = [line for line in source.split("\n") if line.strip()]
    while lines and _IMAGE_LINE.match(lines[0]):
        lines = lines[1:]
    if len(lines) != 1:
        return None
    plain = to_plain(lines[0]).strip()
    if _SLIDE_CAPTION.match(plain):
        return _PHOTO_CAPTION.sub("", plain), True
    if _PHOTO_CAPTION.match(plain):
        return plain, False
    return None


def _only_links(plain: str) -> bool:
    """Text that is nothing but web addresses."""
    return "://" in plain and not _URL.sub("", plain).strip()


# An image alone whose text is its file name ("![IMG_2041.jpg](…/IMG_2041.jpg)") or a word
# for what any image is ("![slide](…)", "![스크린샷](…)", "![image](…)"): nothing the author
# wrote.
_NAMED_IMAGE = re.compile(
    r"^\s*!\[\s*(?:[^\]]*\.(?:jpe?g|png|gif|webp|svg|heic|bmp|tiff?)|"
    r"(?:image|img|photo|picture|pic|screenshot|screen\s?shot|slides?|diagram|figure|fig|"
    r"이미지|사진|스크린샷|캡처|캡쳐|슬라이드|그림|画像|写真|スライド|截图|图片|圖片|"
    r"bild|foto|imagen|imagem|diapositiva)\s*\d*)\s*\]\([^)]*\)\s*$",
    re.IGNORECASE,
)


# What an opening paragraph says about the note itself rather than the talk: that it is a
# post, a series, someone's notes or summary ("This is the first post in my series",
# "Secondo post della serie", "세션 정리입니다", "トークのメモです", "這篇只寫一場").
_ABOUT_THE_NOTE = re.compile(
    r"\b(?:post|posts|series|write-?up|recap|blog|notes|this article|serie|appunti|articolo|"
    r"crónica|cronaca|entrada|apuntes|notas|série|artigo|billet|Beitrag|Notizen|Mitschrift)\b"
    r"|정리|후기|메모|기록|포스팅|포스트|이 글|글에서|시리즈|참관기"
    r"|メモ|記事|まとめ|レポート|参加記|聞いてきた|ブログ|シリーズ"
    r"|心得|筆記|笔记|這篇|这篇|本文|系列",
    re.IGNORECASE,
)


def _is_label_line(kind: str, plain: str) -> bool:
    """A paragraph that is only a short label and a colon ("핵심:", "要点:", "重點：",
    "Takeaways:") introduces the points under it: their context, not a point."""
    return (
        kind == "paragraph"
        and bool(_LABEL_LINE.match(plain))
        and len(features(plain).units) <= LIST_LABEL_UNITS
    )


def _is_list_label(passage: Passage, text: str, following: Passage | None) -> bool:
    """A list item that only names what its sub-items are about ("2. 파이프라인" over
    "- 캐릭터 카드 → LLM 초안 …"), or a short line over a list: the context of its items,
    not a point."""
    if following is None or following.kind != "item":
        return False
    # A one-line paragraph right over a list names it as well: a callout's title ("!!!
    # abstract "세션 정보"" over its items), "Further reading" over links.
    over = (passage.kind == "item" and following.depth > passage.depth) or (
        passage.kind == "paragraph" and "\n" not in passage.text.strip()
    )
    return (
        over
        and len(features(text).units) <= LIST_LABEL_UNITS
        and not text.rstrip().endswith((".", "다", "요", "!", "?", "。"))
    )


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|"):
        line = line[:-1]
    return [to_plain(cell.strip()) for cell in line.split("|")]


_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def table_rows(source: str) -> list[tuple[int, str]]:
    """A Markdown table's body rows as readable text, each cell after its column's header
    ("목적: 특정 기능 제공 · …"), with the row's line offset: each row is a point of its own."""
    lines = source.split("\n")
    header: list[str] = []
    rows: list[tuple[int, str]] = []
    for offset, line in enumerate(lines):
        if not line.strip() or _DELIMITER_ROW.match(line):
            continue
        cells = _cells(line)
        if not header:
            header = cells
            continue
        parts = [
            f"{label}: {cell}" if label and cell else cell
            for label, cell in zip([*header, *[""] * len(cells)], cells, strict=False)
            if cell
        ]
        text = " · ".join(parts)
        if text and features(text).units:
            rows.append((offset, text))
    return rows


def entry_passages(
    entry: Entry, passages: Sequence[Passage] | None = None, *, opens_note: bool = False
) -> list[_Draft]:
    """What an entry gives to align: its passages (the corpus's, when given), headings as
    context, long paragraphs as sentences, tables as rows. Lines that say where, when or by
    whom the talk or the note was (its room, time, byline, who wrote what follows) are kept as
    ``fact`` drafts: shown as context, never aligned, never a point. When the entry
    ``opens_note`` (a post about one talk), its first paragraph's sentences that say what
    the note is are marked ``opening``."""
    if passages is None:
        from summit_tui.corpus.passages import split_passages

        passages = split_passages(entry)
    drafts: list[_Draft] = []
    context = shown_title(entry.title)
    opening = opens_note  # until the first passage that is not a heading
    written = 0  # passages before this one that are not headings

    def fact(line: int, end_line: int, text: str) -> None:
        drafts.append(_Draft(entry, line, end_line, text, context, "fact"))

    posts = holds_posts(entry.text)  # a social thread: its posts' frames are no text
    # a reply that opens by quoting what it answers ("On … wrote:", "> …"): the quote is the
    # other writer's words, context of this one's, never a point of its own
    first_line = entry.text[: entry.text.find("\n")] if "\n" in entry.text else entry.text
    replying = first_line[:1] == ">" or first_line.rstrip().endswith(_QUOTE_ENDS)
    # a forum post's header line ("kdahl | 2024-10-10 11:30:08 UTC | #4") over its quote
    post_header = " UTC | #" in first_line
    replying = replying or post_header
    if posts:
        from summit_tui.corpus.passages import split_passages

        passages = split_passages(entry, per_post=False)  # a post's points one by one
    for number, passage in enumerate(passages):
        if replying:
            if _quoting(passage, number) or (post_header and number == 0):
                fact(passage.start_line, passage.end_line, passage.plain)
                continue
            replying = False
        if posts and passage.kind in ("paragraph", "item"):
            framed = _post_text(passage)
            if framed is None or only_hashtags(framed.text):
                continue  # a post's writer, time stamp, counts or hashtags alone
            passage = framed
            named = _naming_line(passage)
            if named is not None:
                # the post's words that name the talk ("키노트: Title (이름님)"): context; what
                # the same line says after them ("… by Maria Santos. She ported …") is a point
                naming, after = _naming_sentence(named)
                fact(passage.start_line, passage.start_line, to_plain(naming))
                rest = passage.text.split("\n")[1:]
                if not any(line.strip() for line in (after, *rest)):
                    continue
                text = "\n".join((after, *rest) if after else rest)
                start = passage.start_line + (0 if after else 1)
                passage = replace(passage, start_line=start, text=text, plain=to_plain(text))
        if passage.kind == "heading":
            own = number == 0 and passage.plain == entry.title  # the entry's title heading
            context = shown_title(passage.plain) if own else shown_heading(passage.plain)
            continue
        about_the_note = opening and passage.kind == "paragraph"
        # the writer's greeting opens the note, maybe after a line about the post
        greeting = opens_note and passage.kind == "paragraph" and written < GREETING_PASSAGES
        written += 1
        opening = False
        if _only_template_tags(passage.text) or _NAMED_IMAGE.match(passage.text):
            continue  # a site template's tag, an image named by its file: nothing written
        announcing = _announcing_message(passage) if passage.kind == "paragraph" else None
        if announcing is not None:
            # A chat message that says a talk is starting ("Next up: Title", "다음 세션 시작 -
            # 제목") names the talk, as a heading would: context; what it adds below is a point.
            lines, said = announcing
            fact(passage.start_line, passage.start_line + lines - 1, said)
            rest = passage.text.split("\n")[lines:]
            text = _chat_text(rest)
            if features(text).units:
                at = passage.start_line + lines
                drafts.append(_Draft(entry, at, passage.end_line, text, context, "paragraph"))
            continue
        thoughts = message_lines(passage.text) if passage.kind == "paragraph" else None
        if thoughts is not None:
            _message_drafts(entry, passage.start_line, thoughts, context, drafts)
            continue
        if (passage.kind == "paragraph" and _is_byline(passage.plain)) or (
            passage.kind in ("paragraph", "item")
            and "\n" not in passage.text.strip()
            and (session_fact(passage.plain) or _is_credit(passage.plain))
        ):
            # The note's author and dates as a page tool writes them; where and when the talk
            # was, its track, slides; who wrote what follows: context, no point.
            fact(passage.start_line, passage.end_line, passage.plain)
            continue
        if passage.kind == "paragraph" and inline_fields(passage.text):
            # Dataview's inline fields ("speaker:: Lena", "day:: 2024-05-30"): the note's
            # facts, each on its own line ("speaker: Lena"), never a point.
            for offset, line in enumerate(passage.text.split("\n")):
                if line.strip():
                    at = passage.start_line + offset
                    fact(at, at, to_plain(property_fact_line(line)))
            continue
        task = task_box(passage.plain) if passage.kind == "item" else None
        if task is not None:
            # The writer's own to-do ("- [ ] share the slides"): context with its box, not
            # a point the talk made.
            fact(passage.start_line, passage.end_line, ("☑ " if task[0] else "☐ ") + task[1])
            continue
        if passage.kind == "paragraph" and _properties(passage.text):
            # Property lines (세션명: … / 연사: … / 작성자: …): each its own line; the note's
            # facts about the talk (day, track, author, tags) are no point of it.
            for offset, line in enumerate(passage.text.split("\n")):
                plain = to_plain(line)
                at = passage.start_line + offset
                if plain and _about_the_talk(plain):
                    fact(at, at, plain)
                elif plain and features(plain).units:
                    drafts.append(_Draft(entry, at, at, plain, context, "paragraph"))
            continue
        text = passage.plain
        if passage.kind != "code" and (
            passage.kind == "table"
            or passage.plain == " ".join(passage.text.split())
            or CJK_BREAK.search(passage.text)
        ):
            # No inline text was found (a table, or only an image or HTML), so the
            # passage fell back to its source: read what the source says, often nothing.
            text = to_plain(passage.text)
        following = passages[number + 1] if number + 1 < len(passages) else None
        caption = _caption(passage.text) if passage.kind == "paragraph" else None
        if caption is not None:
            shown, of_a_slide = caption
            if of_a_slide:
                context = shown  # "Slide 4 — the three layers": what follows is about it
            else:
                fact(passage.start_line, passage.end_line, shown)  # what a photo shows
            continue
        if _only_links(text):
            continue  # a chat's attachment, a link pasted alone: nothing written
        if (
            _is_heading_like(passage.kind, passage.text, text)
            or _is_label_line(passage.kind, text)
            or _is_list_label(passage, text, following)
        ):
            context = text.rstrip(":： ") or text
            continue
        if not features(text).units:
            continue  # images, bare links, separators: nothing to align
        if passage.kind in ("paragraph", "item") and repeats_title(text, entry.title):
            # "🎤 Title", "발표: Title", "Talk: Title": the talk named again, no point of it
            fact(passage.start_line, passage.end_line, text)
            continue
        if greeting and "\n" not in passage.text.strip() and _greets(text):
            fact(passage.start_line, passage.end_line, text)  # the writer says who they are
            continue
        if passage.kind == "paragraph" and _signed(passage.text, entry.author):
            fact(passage.start_line, passage.end_line, text)  # "*Tom*": who wrote the section
            continue
        if passage.kind == "table":
            for offset, row in table_rows(passage.text):
                line = passage.start_line + offset
                drafts.append(_Draft(entry, line, line, row, context, "row"))
            continue
        pieces, introduction = (
            _intro_pieces(passage.text)
            if passage.kind in ("paragraph", "item")
            and (
                1 < passage.text.strip().count("\n") + 1 <= INTRO_BLOCK_LINES
                or (len(passage.plain) <= LONG_PARAGRAPH and _SENTENCE_BREAK.search(passage.plain))
            )
            else ([], False)
        )
        if introduction:
            drafts.append(
                _Draft(entry, passage.start_line, passage.end_line, text, context, "intro")
            )
            continue
        if pieces:
            for offset, piece in pieces:
                line = passage.start_line + offset
                if _about_the_talk(piece) or _is_credit(piece) or (greeting and _greets(piece)):
                    fact(line, line, piece)  # "Time: 8/3 (Sat) 13:30 ~ 14:00" beside a speaker
                elif features(piece).units and (introduces(piece) or not _label_like(piece)):
                    drafts.append(_Draft(entry, line, line, piece, context, "sentence"))
            continue
        if passage.kind in ("paragraph", "item") and len(passage.plain) > LONG_PARAGRAPH:
            sentences = split_sentences(passage.text)
            if len(sentences) > 1:
                for sentence in sentences:
                    if (greeting and _greets(sentence.text)) or is_stamp(sentence.text):
                        # the writer says who they are; a post's stamp says when it was written
                        at = passage.start_line + sentence.line_offset
                        fact(at, at, sentence.text)
                    elif features(sentence.text).units:
                        line = passage.start_line + sentence.line_offset
                        drafts.append(
                            _Draft(
                                entry,
                                line,
                                line,
                                sentence.text,
                                context,
                                "sentence",
                                about_the_note and _opening_line(sentence.text),
                            )
                        )
                continue
        drafts.append(
            _Draft(
                entry,
                passage.start_line,
                passage.end_line,
                text,
                context,
                passage.kind,
                about_the_note and _opening_line(text),
            )
        )
    return drafts


# The writer greeting the reader and saying who they are ("안녕하세요, 보안팀 이준호입니다.",
# "Hi, I'm Emily from the platform team."): who wrote the note, as a byline says.
_GREETING = re.compile(
    r"^(?:안녕하세요|안녕하십니까|반갑습니다|こんにちは|(?i:hi|hello|hey|hola|olá|bonjour|hallo))"
    r"[\s,!.~]"
    r".*(?:입니다|이에요|예요|です|(?i:\bI'?m\b|\bI am\b|\bmy name\b|\bsoy\b|\bsou\b|"
    r"je suis|ich bin))"
)
GREETING_WORDS = 15
GREETING_PASSAGES = 2  # a greeting is among the note's first passages


def _greets(text: str) -> bool:
    """Whether a sentence of a note's opening is its writer's greeting (see _GREETING)."""
    return len(text.split()) <= GREETING_WORDS and _GREETING.match(text) is not None


def _opening_line(text: str) -> bool:
    """An opening paragraph's sentence that says what the note is (a post of a series, the
    author's notes of a talk), not what the talk said."""
    return _ABOUT_THE_NOTE.search(text) is not None


_NOT_ALNUM = re.compile(r"[\W_]+")  # \w is str.isalnum's letters and digits, and _


def _key(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


@lru_cache(maxsize=256)
def _title_key(title: str) -> str:
    """A title as a line repeating it reads (asked once per passage of its entry)."""
    return _key(shown_title(title))


def repeats_title(line: str, title: str) -> bool:
    """Whether a one-line passage only names the talk: its title, after any decoration
    (🎤, a bullet) and a short label with a colon ("발표:", "Talk:", "セッション："), maybe
    with the speaker in brackets after it."""
    if not title or "\n" in line or len(line) > len(title) + 40:
        return False  # the cheap test first: this runs on every passage
    wanted = _title_key(title)
    if len(wanted) < 4:
        return False  # "Q&A", "세션 1": too short to tell a repeat from a point
    body = line.split(":", 1)[1] if ":" in line[:16] else line
    body = body.split("：", 1)[1] if "：" in body[:16] else body
    body = body.split("(", 1)[0] if body.rstrip().endswith(")") else body
    return _key(body) == wanted


def shown_heading(heading: str) -> str:
    """A heading inside an entry as a column shows it over its passages: without a
    bracketed kind (【演讲】), an Org heading's :tags:, a time or a speaker after a dash."""
    from summit_tui.corpus.names import heading_title

    return heading_title(heading)[0] if heading else heading


def shown_title(title: str) -> str:
    """An entry's title as a column shows it over its first passages: as the item's title
    is shown, also without its number (`5. `, `📌 세션 1: `), room or speaker in brackets."""
    from summit_tui.corpus.heading_kinds import talk_title
    from summit_tui.corpus.names import split_title

    return split_title(talk_title(title))[0] if title else title


# A line that introduces the talk rather than making a point of it: a label, after any
# decoration (◆, 🎤, a bullet), and a colon.
_INTRO_LABEL = re.compile(
    rf"^[^\w]*(?:{label_alternation()}|좌장|제목|영어 제목|"
    r"세션명|세션 제목|세션|강연명|발표명|주제|요약|"
    r"タイトル|題目|演題|标题|標題|"
    r"presented by|moderators?|title|topic|abstract|session)\s*[:：]",
    re.IGNORECASE,
)
# A person's name as notes write it: two to four capitalised words (Dr./Prof. before,
# van/von/de between), or a Korean name with its honorific.
_LATIN_NAME = (
    r"(?:(?:Dr|Prof)\.?\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+"
    r"(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
)
_KOREAN_NAME = r"(?:[가-힣]{3,4}|[가-힣]{2}(?=님|씨))(?:님|씨)?"  # 한서연, 지원님
_NAMES = (
    rf"(?P<first>{_LATIN_NAME}|{_KOREAN_NAME})"
    rf"(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\be\b|\by\b)\s*(?:{_LATIN_NAME}|{_KOREAN_NAME}))*"
)
# A byline: "By Jane Doe.", "Von Dr. Katrin Weber.", "Par Lucie Fontaine et Hugo Lambert,",
# "발표 한서연 (토스)", "발표자는 Ines Duarte, Kenji Watanabe 두 분.", "연사는 이정훈 협회장님.":
# a word for "by" or "the speaker", the names, then the end of the sentence or what
# follows a name (a comma, the affiliation in brackets, a title).
_BYLINE_INTRO = re.compile(
    rf"^[^\w]*(?:(?i:by|von|par|por|presented by|talk by|vortrag von)|"
    rf"(?:발표자|발표|연사|강연자)(?:는|은)?)\s+{_NAMES}"
    r"(?:\s+[가-힣]{1,12}(?:장님|장|님|대표|교수|박사))?(?:\s*(?:두|세|네|다섯)\s*분)?"
    r"\s*(?:[.,;:(（·—–-]|$)"
)


def _signed(text: str, author: str) -> bool:
    """Whether a paragraph is its writer's signature: their name alone in italics, maybe
    with an aside ("*Tom*", "*Ploy (in English for the others 🙂)*")."""
    text = text.strip()
    if len(text) > 90 or text[:1] not in "*_" or text[-1:] != text[:1] or not author:
        return False
    name = text.strip("*_ ").partition("(")[0].strip()
    return name == author


def introduces(text: str) -> bool:
    """Whether a line or sentence only introduces the talk: its speaker (a `발표자:` /
    `Speaker:` / `登壇者:` line, a byline such as "Von Dr. Katrin Weber."), its title, or
    who the speaker is ("Lena is a staff engineer at Spotify.", speaker_bio)."""
    if _INTRO_LABEL.match(text) or is_speaker_bio(text):
        return True
    byline = _BYLINE_INTRO.match(text)
    # a word the word list knows is no name: 발표 자료 (the slides), 발표 후기 (a review)
    return byline is not None and not lexicon.known(byline["first"].rstrip("님씨"))


# A paragraph of at most this many lines, or a short one of several sentences, may hold an
# introduction beside other lines or sentences (see _intro_pieces).
INTRO_BLOCK_LINES = 8
# A sentence's end with more text after it (a short paragraph of two sentences).
_SENTENCE_BREAK = re.compile(r"[.!?。！？…][\"'”’)\]]*\s+\S")


def _intro_pieces(source: str) -> tuple[list[tuple[int, str]], bool]:
    """A short paragraph that holds an introduction among other lines or sentences ("Par
    Nicolas Girard. 30 minutes, très concret.", "발표: … " over "5/10 콜로키움"), cut into
    them with their line offsets, so that the introduction is context and the rest points
    of their own. A block of labelled lines with an introduction among them ("Title: …",
    "Speaker: …", "Place: …") is facts about the talk: it stays whole, an introduction
    (the flag). Nothing when the paragraph holds no introduction or nothing else."""
    lines = [(n, to_plain(LIST_MARK.sub("", line, count=1) if n == 0 else line))
             for n, line in enumerate(source.split("\n"))]  # fmt: skip
    pieces = [
        (n + sentence.line_offset, sentence.text)
        for n, line in lines
        if line
        for sentence in split_sentences(line)
    ]
    if len(pieces) < 2 or not any(introduces(text) for _, text in pieces):
        return [], False
    if all(_LABELLED.match(line) for _, line in lines if line):
        return [], True
    return pieces, False


# A line that gives one fact under a label ("Place : E3-1", "Seminar Date/Time : …").
_LABELLED = re.compile(r"^[^\w]*\w[\w /.&-]{0,24}\s*[:：]\s*\S")


def _label_like(text: str) -> bool:
    """A piece beside an introduction that only names what follows or where it was ("■
    トーク概要", "오후 세션."): context, not a point."""
    return len(features(text).units) <= LIST_LABEL_UNITS


_ROLE_TEXT = (
    "ceo cto cfo coo cso chairman chair founder cofounder co-founder fellow president vice "
    "vp svp evp head director professor lead leader principal chief senior corporate keynote "
    "spoke gave give speak present presented session section introduce introduced "
    "회장 대표 사장 부사장 창업자 창립자 공동창립자 공동창업자 교수 연설 발표 강연 키노트 섹션 "
    "세션 이사 전무 상무 연구원 박사 책임 팀장 매니저 엔지니어 소개 담당 부문장 총괄"
)
# How many other words a passage naming a speaker may hold and still be only an introduction.
INTRO_OTHER_WORDS = 2


@cache
def _keys_of(text: str) -> frozenset[str]:
    """Every key of a fixed word list's units (role, label and venue words), worked out once;
    not two of its words heard as one (a loanword's sound, no word of the list)."""
    return frozenset(k for unit in features(text).units for k in unit.keys if k[0] != "u")


def _role_keys() -> frozenset[str]:
    return _keys_of(_ROLE_TEXT)


def _intros(drafts: Sequence[_Draft], feats: Sequence[Features], words: ItemWords) -> set[int]:
    """The drafts that only introduce a speaker: a `발표자:` / `Speaker:` line, or a
    sentence that names a speaker and says nothing else but roles and affiliations."""
    labelled = {
        i
        for i, d in enumerate(drafts)
        if d.kind == "intro" or introduces(d.text) or is_bio_heading(d.context)
    }
    known = words.names | words.title | _role_keys()
    for i in labelled:
        known |= {k for k in feats[i].keys if k[0] != "u"}  # affiliations as notes write them
    found = set(labelled)
    for i, passage in enumerate(feats):
        if i in found or not any(unit.keys & words.people for unit in passage.units):
            continue
        others = [unit for unit in passage.units if not unit.keys & known]
        if _CLOCK.search(drafts[i].text):
            # "Ana Lucía Ferreyra, Go devroom (UD2.218A), 14:00": the speaker, then where
            # and when; its room, its codes and numbers, its day say nothing of the talk.
            others = [unit for unit in others if not _where_or_when(unit)]
        if len(others) <= INTRO_OTHER_WORDS:
            found.add(i)
    return found


# A clock time (14:00, 10h30, 9:30am): a line with the speaker and one is a timetable's.
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}\s*[:h]\s*\d{2}(?![\d.:%])", re.IGNORECASE)
_VENUE_TEXT = (
    "room rooms devroom hall auditorium stage track main building floor level "
    "sala salle saal raum aula "
    "mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr may jun jul aug sep sept oct nov dec am pm"
)


def _venue_keys() -> frozenset[str]:
    return _keys_of(_VENUE_TEXT)


def _where_or_when(unit: Unit) -> bool:
    """A unit of a timetable line: a number, a code with digits (UD2.218A, H.1308), a
    room word or a day's or month's name."""
    return any(ch.isdigit() for ch in unit.text) or bool(unit.keys & _venue_keys())


def _intro_pairs(
    intros: set[int], feats: Sequence[Features], owners: Sequence[int], words: ItemWords
) -> list[tuple[int, int]]:
    """Introductions by different authors that name the same speaker (or, when the item
    names none, share a word besides their labels and roles: 登壇者 and Speaker name
    nobody): they introduce the same talk, whatever else they say."""
    found = sorted(intros)
    if words.people:
        names = {n: feats[n].keys & words.people for n in found}
    else:
        roles = _role_keys() | _label_keys()
        names = {n: feats[n].keys - roles for n in found}
    pairs = []
    for n, first in enumerate(found):
        for second in found[n + 1 :]:
            if owners[first] != owners[second] and not names[first].isdisjoint(feats[second].keys):
                pairs.append((first, second))
    return pairs


# The words of the labels an introduction starts with (see _INTRO_LABEL and _BYLINE_INTRO).
_LABEL_TEXT = (
    "발표자 발표 연사 강연자 연설자 참여자 패널 좌장 "
    "登壇者 講演者 発表者 講者 讲者 演讲者 主讲人 讲师 スピーカー "
    "speaker speakers presenter presenters presented panelist panelists moderator "
    "moderators referent referentin sprecher sprecherin vortragende relatore relatrice relatori "
    "palestrante palestrantes ponente ponentes intervenant intervenante orateur oratrice "
    "conférencier conférencière 님 씨 さん"
)


def _label_keys() -> frozenset[str]:
    return _keys_of(_LABEL_TEXT)


def _pair_scores(
    weighed: Sequence[Weighed],
    owners: Sequence[int],
    floor: float = 0.0,
    parts: Callable[[int], Sequence[Weighed]] | None = None,
    threshold: float = THRESHOLD,
) -> dict[tuple[int, int], float]:
    """Scores (above ``floor``) of the pairs of passages by different authors that can be
    the same point: they share a word that few of the item's passages hold.

    An inverted index over the units' keys finds them without trying every pair; a key
    in more than ``COMMON_SHARE`` of the passages weighs next to nothing (score.RARITY) and
    finds no candidates by itself. Other pairs score below the threshold anyway.
    """
    index: dict[str, list[int]] = {}
    for position, passage in enumerate(weighed):
        for key in passage.keys:
            if key[0] == "u":  # most keys are no sound: the call is saved on them
                key = _indexed(key, passage.lang, own=True)
            index.setdefault(key, []).append(position)
    cap = max(COMMON_FLOOR, int(COMMON_SHARE * len(weighed)))
    rare = {key: positions for key, positions in index.items() if len(positions) <= cap}
    # The passages come author by author (``owners`` never decreases): each is paired
    # with those of the authors after its own, so every pair is tried once.
    after = [len(owners)] * len(owners)
    for n in range(len(owners) - 2, -1, -1):
        after[n] = n + 1 if owners[n + 1] != owners[n] else after[n + 1]
    scores: dict[tuple[int, int], float] = {}
    for first, passage in enumerate(weighed):
        start = after[first]
        found: set[int] = set()
        for key in passage.keys:
            if key[0] == "u":
                key = _indexed(key, passage.lang, own=False)
            positions = rare.get(key)
            if positions is not None and positions[-1] >= start:
                found.update(positions[bisect_left(positions, start) :])
        for second in found:
            other = weighed[second]
            if parts is not None and passage.lang != other.lang:
                value = score(passage, other, parts(first), parts(second))
            else:
                value = whole_score(passage, other)
                if (
                    parts is not None
                    and floor < value < threshold
                    and (parts(first) or parts(second))
                ):
                    # In one language clause by clause only for a pair the whole
                    # passages keep but do not link: it can only raise a near miss.
                    value = max(value, clause_score(passage, other, parts(first), parts(second)))
            if value > floor:
                scores[first, second] = value
    return scores


def _indexed(key: str, lang: str, *, own: bool) -> str:
    """The index entry of a key. Two Latin words heard as one (``u:``) only ever meet a
    Hangul loanword: a Korean passage's is filed apart from a Latin one's and each looks
    up the other's, so two English passages sharing a rare two-word sound of common
    words (data center) are not tried for it."""
    if key[0] != "u":
        return key
    return f"{key}|ko" if (lang == "ko") == own else f"{key}|latin"


def _clauses(text: str) -> list[Features]:
    """A passage's clauses (sentences.split_clauses), each with at least CLAUSE_UNITS
    units (a shorter piece joins its neighbour); none when it has only one."""
    pieces: list[str] = []
    for piece in split_clauses(text):
        if pieces and min(len(features(pieces[-1]).units), len(features(piece).units)) < (
            CLAUSE_UNITS
        ):
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return [features(piece) for piece in pieces] if len(pieces) > 1 else []


def _restatements(
    placed: dict[tuple[int, int], float],
    scores: dict[tuple[int, int], float],
    weighed: Sequence[Weighed],
    owners: Sequence[int],
    threshold: float,
) -> dict[tuple[int, int], float]:
    """Order factors with restatements forgiven: a pair off the path keeps its whole score
    when one side restates, by the same author, a passage that makes the point with the
    other side where the path expects it. An author who sums a talk up first and then goes
    through it writes a point twice, and only one of the two can sit where it was said.
    In one language only: across languages the evidence is looser and order counts more."""
    dropped = [  # pairs the order alone takes under the threshold
        (first, second)
        for (first, second), value in scores.items()
        if threshold <= value
        and value * placed.get((first, second), 1.0) < threshold
        and weighed[first].lang == weighed[second].lang
    ]
    if not dropped:
        return placed
    asked = {(mine, owners[theirs]) for pair in dropped for mine, theirs in (pair, pair[::-1])}
    kept: dict[tuple[int, int], list[int]] = {}  # (passage, author) -> its matches on the path
    for pair, value in scores.items():
        if value * placed.get(pair, 1.0) >= threshold:
            first, second = pair
            if (first, owners[second]) in asked:
                kept.setdefault((first, owners[second]), []).append(second)
            if (second, owners[first]) in asked:
                kept.setdefault((second, owners[first]), []).append(first)
    same: dict[tuple[int, int], bool] = {}  # two passages of one author: the same point?

    def restates(one: int, other: int) -> bool:
        key = (one, other) if one < other else (other, one)
        if key not in same:
            shared = len(weighed[one].keys & weighed[other].keys) >= MIN_SHARED
            same[key] = shared and score(weighed[one], weighed[other]) >= RESTATED
        return same[key]

    for first, second in dropped:
        for mine, theirs in ((first, second), (second, first)):
            twins = kept.get((mine, owners[theirs]), ())
            if any(restates(theirs, n) for n in twins if n != theirs):
                placed[first, second] = 1.0
                break
    return placed


def _near_best(
    pairs: dict[tuple[int, int], float], owners: Sequence[int]
) -> dict[tuple[int, int], float]:
    """The pairs within ``NEAR_BEST`` of the best match either passage has in the other's
    column: a point may be made in several places, but a much weaker echo of a strong
    match is a shared topic, not the same point."""
    if not NEAR_BEST:
        return pairs
    best: dict[tuple[int, int], float] = {}
    for (first, second), value in pairs.items():
        key = (first, owners[second])
        if value >= best.get(key, 0.0):
            best[key] = value
        key = (second, owners[first])
        if value >= best.get(key, 0.0):
            best[key] = value
    return {
        (first, second): value
        for (first, second), value in pairs.items()
        if value >= NEAR_BEST * best[first, owners[second]]
        or value >= NEAR_BEST * best[second, owners[first]]
    }


def align_entries(
    item_id: str,
    entries: Sequence[Entry],
    *,
    threshold: float = THRESHOLD,
    words: ItemWords | None = None,
    passages: Callable[[Entry], Sequence[Passage]] | None = None,
    opens_note: Callable[[Entry], bool] | None = None,
) -> Alignment:
    """Align entries (of one item) grouped by author, in first-seen author order.

    ``words`` are the item's names and titles (see ``ItemWords``): they weigh little, and
    they tell a speaker's introduction from a point of the talk. ``opens_note`` says
    whether an entry starts its note (see ``entry_passages``).
    """
    words = words or ItemWords()
    by_author: dict[str, list[Entry]] = {}
    for entry in entries:
        by_author.setdefault(entry.author, []).append(entry)
    authors = tuple(by_author)
    drafts: list[_Draft] = []  # what is aligned
    owners: list[int] = []
    shown: list[list[_Draft | int]] = [[] for _ in authors]  # each column: facts, draft numbers
    for number, author in enumerate(authors):
        for entry in by_author[author]:
            split = passages(entry) if passages is not None else None
            first = opens_note is not None and opens_note(entry)
            for draft in entry_passages(entry, split, opens_note=first):
                if draft.kind == "fact":
                    shown[number].append(draft)  # context: shown, never aligned
                    continue
                shown[number].append(len(drafts))
                drafts.append(draft)
                owners.append(number)
    feats = [features(d.text) for d in drafts]
    weights = ItemWeights(feats, words)
    weighed = [weights.weigh(f) for f in feats]
    clauses: dict[int, list[Weighed]] = {}

    def parts(n: int) -> list[Weighed]:
        """The clauses of draft n, weighed (made when a pair first needs them)."""
        if n not in clauses:
            clauses[n] = [weights.weigh(part) for part in _clauses(drafts[n].text)]
        return clauses[n]

    intros = _intros(drafts, feats, words)

    positions: list[int] = []  # index of each draft in its author's column
    counts = [0] * len(authors)
    for owner in owners:
        positions.append(counts[owner])
        counts[owner] += 1
    scores = _pair_scores(
        weighed,
        owners,
        floor=min(threshold, order.ANCHOR) * order.FLOOR,
        parts=parts,
        threshold=threshold,
    )
    if ORDER:
        placed = order.factors(scores, owners, positions, counts)
        if RESTATED:
            placed = _restatements(placed, scores, weighed, owners, threshold)
        scores = {pair: value * placed.get(pair, 1.0) for pair, value in scores.items()}
    for pair in _intro_pairs(intros, feats, owners, words):
        scores.setdefault(pair, 0.0)
    kept: dict[tuple[int, int], float] = {}
    for (first, second), value in scores.items():
        if (first in intros) != (second in intros):
            continue  # an introduction is context: it matches only other introductions
        if first in intros:
            value = max(value, threshold)  # two introductions of the talk's speakers
        if value >= threshold:
            kept[first, second] = round(value, 1)
    matches: dict[int, list[tuple[int, float]]] = {}
    for (first, second), value in _near_best(kept, owners).items():
        matches.setdefault(first, []).append((second, value))
        matches.setdefault(second, []).append((first, value))

    # Where each aligned draft sits in its author's column, facts included.
    index_of: dict[int, int] = {}
    for column in shown:
        for place, part in enumerate(column):
            if isinstance(part, int):
                index_of[part] = place
    columns_passages: list[list[AlignedPassage]] = [[] for _ in authors]
    for number, column in enumerate(shown):
        for place, part in enumerate(column):
            if not isinstance(part, int):
                columns_passages[number].append(_aligned(part, authors[number], place))
                continue
            n, draft = part, drafts[part]
            # Best first, then by author and place (plain tuples sort without a key function).
            ranked = sorted(
                (-value, authors[owners[other]], index_of[other])
                for other, value in matches.get(n, ())
            )
            found = [Counterpart(author, index, -value) for value, author, index in ranked]
            covered = len({c.author for c in found})
            kind = "intro" if n in intros else draft.kind
            if draft.opening and not covered and kind != "intro":
                kind = "opening"  # what the note is, said before the talk's content
            columns_passages[number].append(
                _aligned(
                    draft,
                    authors[number],
                    place,
                    kind=kind,
                    found=tuple(found),
                    covered=covered,
                    # An introduction is context, not a point: never one only this author made.
                    unique=not covered and len(authors) > 1 and kind not in NOT_POINTS,
                )
            )
    columns = tuple(
        Column(
            author=author,
            entries=tuple(e.id for e in by_author[author]),
            sources=tuple(f"{e.note}:{e.start_line}-{e.end_line}" for e in by_author[author]),
            passages=tuple(columns_passages[number]),
        )
        for number, author in enumerate(authors)
    )
    return Alignment(item_id=item_id, authors=authors, columns=columns, threshold=threshold)


def _aligned(
    draft: _Draft,
    author: str,
    index: int,
    *,
    kind: str | None = None,
    found: tuple[Counterpart, ...] = (),
    covered: int = 0,
    unique: bool = False,
) -> AlignedPassage:
    return AlignedPassage(
        author=author,
        index=index,
        entry_id=draft.entry.id,
        note=draft.entry.note,
        line=draft.line,
        end_line=draft.end_line,
        text=draft.text,
        context=draft.context,
        kind=kind or draft.kind,
        counterparts=found,
        matches=found,
        coverage=covered,
        unique=unique,
    )


def item_words(item: Item) -> ItemWords:
    """An item's names (speakers, their aliases and affiliations) and titles."""
    people = [text for person in item.speakers for text in (person.name, *person.aliases)]
    affiliations = [person.affiliation for person in item.speakers if person.affiliation]
    return ItemWords.from_texts(people, affiliations, item.names)


def align_item(corpus: Corpus, item_id: str, *, threshold: float = THRESHOLD) -> Alignment:
    """The alignment of every author's entries about one item."""
    item = corpus.item(item_id)
    words = item_words(item) if item is not None else None
    return align_entries(
        item_id,
        corpus.entries_for(item_id),
        threshold=threshold,
        words=words,
        passages=corpus.passages,
        opens_note=lambda entry: _opens_note(corpus, entry),
    )


def _opens_note(corpus: Corpus, entry: Entry) -> bool:
    """Whether nothing but blank lines and headings comes before the entry in its note (a
    post about one talk, not a talk's section in a day's notes)."""
    note = corpus.note(entry.note)
    if note is None:
        return False
    before = entry.start_line - note.body_line
    if before <= 0:
        return True
    lines = note.body.split("\n", before)[:before]
    return all(not line.strip() or line.lstrip().startswith("#") for line in lines)
