"""Notes about no talk: a draft, a template, a guide, an index, a diary, a retrospective."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from summit_tui.corpus.asked_twice import asked_twice
from summit_tui.corpus.clues import any_of, holds_any
from summit_tui.corpus.dates import day_number
from summit_tui.corpus.folders import bundle_page
from summit_tui.corpus.heading_kinds import (
    generic_heading,
    greeting,
    heard_talk,
    only_a_day,
    says_several_talks,
    speaker_in_heading,
    talk_marked,
)
from summit_tui.corpus.model import Note
from summit_tui.corpus.names import normalize
from summit_tui.lazy_re import lazy

# Titles of notes about no talk: guides, indexes, link lists, diaries, test posts, ideas for
# a call for papers ("ideas para CfP 2025", "CFP 준비").
_NO_TALK_TEXT = """
안내 공지 양식 템플릿 template guide notice index moc 목차 모음 links link 링크
일정표 schedule timetable 회고 retrospective todo til 일기 diary journal welcome
test 테스트 readme 메모장 정산 후기모음 모아보기 bookmarks 북마크 reading 읽을거리 daily
준비물 체크리스트 checklist checklists packliste 持ち物 准备清单 독서 読書 读书
cfp
päiväkirja dagbok tagebuch dagboek dziennik günlük
"""
# A book's own pages (mdBook, GitBook), by file name or whole title: its table of contents
# (`SUMMARY.md`) and its foreword
_BOOK_PAGES = frozenset(
    {"summary", "inhaltsverzeichnis", "sommaire", "vorwort", "foreword", "preface", "préface",
     "prefazione", "prólogo", "서문", "머리말"}
)  # fmt: skip
_NO_TALK_WORDS = frozenset(_NO_TALK_TEXT.split())
_COLLECTIONS = frozenset({"모음", "모아보기"})
# A post written before the event about the talks its writer means to see: "들을 세션 미리
# 골라봄", "Sessions I'll see at X", "My KubeCon preview", "Talks I want to attend".
_BEFORE_THE_EVENT = lazy(
    r"미리\s*(?:골라|정리|찜|살펴|보는|봐)|(?:들을|볼|갈|듣고\s*싶은|기대되는)\s*세션"
    r"|(?i:\b(?:my|our)\s+(?:[\w-]+\s+){0,3}preview\b|\b(?:sessions?|talks?)\s+I(?:'ll|’ll|\s+will|\s+want\s+to|\s+plan\s+to)\s"
    r"|\bmust[- ]see\b|\b(?:my|the)\s+(?:plan|schedule|agenda)\s+for\b"
    r"|\b(?:talks?|sessions?)\s+(?:I\s+)?(?:want|wanted|plan|planned|hope)\s+to\s+(?:see|attend|catch)\b)"
    r"|(?i:(?:хочу|хотел[аи]?|планирую|надо)\s+(?:бы\s+)?(?:послушать|посмотреть|сходить))"
)
# Every match of _BEFORE_THE_EVENT in a text all in ASCII holds one of these words in any case
# (its Korean and Russian phrases need letters beyond ASCII, and a case-blind ASCII letter
# matches only its two cases there): most headings are passed over without the search.
_PLAN_WORDS = ("talk", "session", "plan", "must", "preview", "schedule", "agenda")
# Beyond ASCII, a match holds one of those words (lowered), "미리" or "세션", or the Russian
# phrase's last word (lowered); or one of the letters a case-blind match takes for "i", "s",
# "д", "о", "с" or "т" that lower() does not turn into them.
_PLAN_WORDS_RU = ("послушать", "посмотреть", "сходить")
_FOLDED = lazy("[İıſᲁᲂᲃᲄᲅ]")
# _PLAN_WORDS in one scan, for a text beyond ASCII (a test per word would first copy each to
# the text's wider letters)
_PLAN_QUICK = lazy(any_of(_PLAN_WORDS))


@lru_cache(maxsize=65536)
def _before_the_event(text: str) -> bool:
    lowered = text.lower()
    if text.isascii():
        if not holds_any(lowered, _PLAN_WORDS):
            return False
    elif _PLAN_QUICK.search(lowered) is None and not (
        "미리" in text
        or "세션" in text
        or holds_any(lowered, _PLAN_WORDS_RU)
        or _FOLDED.search(text) is not None
    ):
        return False
    return _BEFORE_THE_EVENT.search(text) is not None


# A note about talks its writer means to propose, not one given: "ideas for next year's talk",
# "CfP 2025 아이디어", "발표 제안 초안", "ideas para CfP 2025", "プロポーザル下書き"
_PROPOSING = lazy(
    r"(?i:\bcfp\b|\bcall\s+for\s+(?:papers|proposals|speakers|talks|sessions|presentations)\b"
    r"|\b(?:talk|session)\s+(?:ideas|proposals?|abstracts?|submissions?)\b"
    r"|\bideas?\s+for\s+(?:(?:my|a|the|next\s+year'?s?|next)\s+)*(?:talks?|sessions?|proposals?)\b"
    r"|\bpropuestas?\s+de\s+charlas?\b|\bpropostas?\s+de\s+palestras?\b)"
    r"|발표\s*(?:제안|지원|신청|아이디어|주제\s*후보)|プロポーザル|登壇(?:応募|ネタ)"
)
# A post about joining the writer's team, not about a talk: "SRE팀에서 함께할 동료를 찾습니다",
# "We're hiring", "Ofertas de empleo", "エンジニア採用", tagged `채용` / `hiring`
_HIRING = lazy(
    r"(?i:\bwe(?:'|’)?re\s+hiring\b|\bis\s+hiring\b|\bjoin\s+(?:our|the)\s+team\b"
    r"|\bjob\s+(?:openings?|offers?)\b|\bofertas?\s+de\s+empleo\b|\bestamos\s+contratando\b"
    r"|\bvagas?\s+abertas\b|\bon\s+recrute\b|\bwir\s+stellen\s+ein\b)"
    r"|채용|함께\s*할\s*(?:동료|분|팀원)|모십니다|採用|募集|求人|招聘"
)
_HIRING_TAGS = frozenset(
    {"채용", "hiring", "jobs", "careers", "recruiting", "採用", "求人", "招聘"}
)  # fmt: skip
_TEMPLATE_FOLDERS = frozenset({"templates", "template", "templater"})
_DIARY_FOLDERS = frozenset({"daily", "daily notes", "dailies", "journal", "일기"})
# a diary in Finnish, Swedish/Norwegian, German, Dutch, Polish and Turkish too ("<Event> –
# päiväkirja, osa 1"): about no talk unless its headings hold the talks it saw
_OTHER_DIARIES = ("päiväkirja", "dagbok", "tagebuch", "dagboek", "dziennik", "günlük")
_DIARY_WORDS = frozenset(
    {"회고", "retrospective", "일기", "diary", "journal", "daily", *_OTHER_DIARIES}
)
_DIARY_TITLES = frozenset({"til", "일기", "diary", "journal", "daily", *_OTHER_DIARIES})
# a heading, or an outliner's block heading ("\t- ## Structured concurrency")
_HEADING_LINE = lazy(r"^(?: {0,3}|[ \t]*[-*+][ \t]+)#{1,6}[ \t]+(.+)$", re.MULTILINE)


def _heading_texts(body: str) -> list[str]:
    """``_HEADING_LINE.findall(body)``, read line by line: only a line with a "#" is matched
    (a multiline scan tries every character of the body), found by its "#" (a loop over
    every line of the body costs more than the few lines that hold one)."""
    found: list[str] = []
    at = body.find("#")
    while at != -1:
        start = body.rfind("\n", 0, at) + 1
        end = body.find("\n", at)
        if end == -1:
            end = len(body)
        if (match := _HEADING_LINE.match(body, start, end)) is not None:
            found.append(match.group(1))
        at = body.find("#", end)
    return found


_OUTLINE_HEADING = lazy(r"^[ \t]*[-*+][ \t]+#{1,6}[ \t]+(.+)$", re.MULTILINE)
# A site's page about its author, by its file (or page bundle) name.
_ABOUT_PAGES = frozenset({"about", "about me", "about-me", "aboutme", "소개", "profile", "프로필"})
_TOPICS = frozenset({"test", "테스트"})
# A GitHub wiki's pages around every page (its sidebar, footer and header): navigation
_WIKI_CHROME = frozenset({"_sidebar", "_footer", "_header"})
# A post about helping run the event, not about its talks: "第一次當 COSCUP 志工", "Volunteering
# at PyCon", "우아콘 스태프 후기"
_HELPING_TEXT = """
volunteer volunteering 志工 義工 志願者 志愿者 ボランティア 봉사 자원봉사 스태프 staffing
"""
_HELPING_WORDS = frozenset(_HELPING_TEXT.split())
# A post about going to the event at all, not about one of its talks: "Going to PyCon US for the
# first time", "My first KubeCon", "파이콘 첫 참가 후기", "PyCon JP 初参加", "第一次參加 COSCUP"
_FIRST_VISIT = lazy(
    r"(?i:\bfirst[- ]time(?:rs?)?\b|\bmy first\b|\bpremière fois\b|\berstes mal\b"
    r"|\bzum ersten mal\b|\bprimera vez\b)"
    r"|처음\s*(?:가|참가|참석|가본|가 본)|첫\s*(?:참가|참석|방문)"
    r"|初参加|初めての|初めて参加|第一次(?:參加|参加|去)"
)


# A page about the collection itself, not a talk: "Building this book", "About this site",
# "Contributing to these notes", "Cómo se hizo este libro", "Über dieses Wiki", "이 책에 대해"
_THIS_COLLECTION = lazy(
    r"(?i)\b(?:this|these)\s+(?:book|site|website|wiki|blog|repo|repository|notes)\b"
    r"|\b(?:dieses?|diese)\s+(?:buch|seite|website|wiki|blog|repo|notizen)\b"
    r"|\b(?:este|esta|estas)\s+(?:libro|livro|sitio|site|web|wiki|blog|repo|notas)\b"
    r"|\b(?:ce|cette|ces)\s+(?:livre|site|wiki|blog|notes)\b"
    r"|(?:^|\s)이\s(?:책|사이트|블로그|위키|노트|저장소)(?:[은는을를에의]|\s|$)"
)
# the words the pattern's phrases open with: titles without one are passed over unsearched
_THIS_WORDS = frozenset(
    {"this", "these", "dieses", "diese", "este", "esta", "estas", "ce", "cette", "ces"}
)


def _about_the_collection(title: str) -> bool:
    """A page about the book, site or wiki its notes are in ("Building this book")."""
    if _THIS_WORDS.isdisjoint(title.lower().split()) and "이 " not in title:
        return False
    return _THIS_COLLECTION.search(title) is not None


def _about_no_talk(title: str) -> bool:
    words = normalize(title).split()
    if _before_the_event(title):
        return True  # "SLASH 24 당첨! 들을 세션 미리 골라봄": the talks it means to see
    if _reading_list(title):
        return True  # "ICSE 2024 papers to read": papers to read later, no talk heard
    if "packing" in words and "list" in words:
        return True  # "DEF CON 32 packing list" (as "Packliste", "준비물")
    # "테스트" alone is a test post; "테스트 코드, 어디까지 짜야 할까?" is about testing;
    # "링크 모음", "발표 자료 모음" collect links, "후기 - 오후 세션 모음" the talks it reports
    if _NO_TALK_WORDS.isdisjoint(words):
        return False  # most titles: one look at their words
    return any(
        word in _NO_TALK_WORDS
        and (word not in _TOPICS or len(words) <= 2)
        and (word not in _COLLECTIONS or not says_several_talks(title))
        for word in words
    )


# A list of papers to read later: "CHI 2025 papers to read", "my to-read list", "Reading list:
# NeurIPS", "읽을 논문", "Leseliste", "artigos para ler", "artículos por leer", "articles à lire"
_READING_LIST = lazy(
    r"(?i:\b(?:papers?|articles?|things|preprints?)\s+(?:I\s+(?:want|need)\s+)?to\s+read\b"
    r"|\bto-read\b|\breading\s+list\b|\bleseliste\b|\blesestapel\b"
    r"|\b(?:artigos|papers|para)\s+(?:para\s+)?ler\b|\bpor\s+leer\b|\bà\s+lire\b)"
    r"|읽을\s*(?:논문|목록|리스트)|읽어야\s*할\s*논문"
)
_READING_WORDS = ("read", "lese", "ler", "leer", "lire", "읽")


def _reading_list(title: str) -> bool:
    low = title.lower()
    return holds_any(low, _READING_WORDS) and _READING_LIST.search(title) is not None


def diary_title(title: str) -> bool:
    """A title that says its note is a diary's page ("Assembly Summer 2024 – päiväkirja, osa
    4", "DevFest diary, day 2", "행사 일기"): a day's notes, not one talk's name."""
    return not _DIARY_TITLES.isdisjoint(normalize(title).split())


def plans_to_see(heading: str) -> bool:
    """A section of the talks its writer means (or meant) to see: "## 들을 세션", "## Talks I
    want to see", "## Что хотел посмотреть, но не успел": a plan, no talk's notes."""
    return _before_the_event(heading)


def plans_talks(note: Note) -> bool:
    """A post written before the event about the talks its writer means to see, by its
    title ("SLASH 24 당첨! 들을 세션 미리 골라봄", "Sessions I'll see at KubeCon")."""
    return _before_the_event(note.title)


def about_no_talk(note: Note, body: str | None = None) -> bool:
    """A note that says it holds no talk: a draft, a template (in a templates folder, or
    a ``{{title}}`` placeholder for a title), a guide, an index, a wiki's sidebar or footer,
    a diary, a daily note, a retrospective by its title, file name, folders or tags. A daily
    note or one tagged `회고` whose title or headings name a conference day (`## Devoxx day 3`
    among the day's tasks) or its talks (`## 📌 세션 1: …`) is about that conference's talks.
    ``body``: the note's body where the caller has it as text (a body stored as UTF-8 is
    not decoded again)."""
    *folders, name = note.path.split("/")
    stem = name.rsplit(".", 1)[0]
    if stem[:1] != "_" and bundle_page(stem) and folders:  # "index.en", not "_index"
        stem = folders[-1]  # a Hugo page bundle's `index.en.md` is the post its folder names
    if not note.published or "{{" in note.title:
        return True
    lowered = [normalize(folder) for folder in folders]
    if any(folder in _TEMPLATE_FOLDERS for folder in lowered):
        return True
    for text in (note.title, stem):
        if _about_no_talk(text):
            if _DIARY_TITLES.intersection(normalize(text).split()):
                # "2024-10-30 TIL" over "## 우아콘 2024" › "### Title (Speaker)": a day file
                # about a conference's talks when its headings hold them
                return not _about_a_conference(note, diary=True)
            return True
    if stem.lower() in _WIKI_CHROME:
        return True
    if normalize(stem) in _ABOUT_PAGES or normalize(stem) in _BOOK_PAGES:
        return True
    if normalize(note.title) in _BOOK_PAGES:
        return True
    if proposes_talks(note):
        return True
    if not note.speakers and not note.talk_title and _about_the_collection(note.title):
        return True  # "Building this book", "About this site": the notes' own page
    if not note.speakers and not note.talk_title and greeting(note.title):
        # a front page that greets ("Welcome to the team wiki! 👋"), unless its headings
        # hold a conference's talks
        return not _about_a_conference(note)
    if not note.speakers and not note.talk_title and _about_hiring(note):
        return True
    if not note.speakers and not note.talk_title and _about_helping(note):
        return True
    if not note.speakers and not note.talk_title and _about_going(note):
        return True
    if not note.speakers and not note.talk_title and _retrospective(note, body):
        return True
    diary = any(folder in _DIARY_FOLDERS for folder in lowered)
    # "test" is a test post by its title, but software testing as a topic by its tag
    tagged = [tag for tag in note.tags if _about_no_talk(tag) and normalize(tag) not in _TOPICS]
    if not diary and not tagged:
        return False
    if any(normalize(tag) not in _DIARY_WORDS for tag in tagged):
        return True  # a guide, an index, a links page by its tag
    return not _about_a_conference(note, diary=diary)


# A team retrospective's own sections: "What went well" / "Action items", Hungarian "Mi ment
# jól" / "Teendők", German "Was lief gut", Spanish "Qué salió bien", Russian "Что прошло
# хорошо", Korean "잘한 점" / "개선할 점", the KPT board's "Keep" / "Problem" / "Try".
_RETRO_SECTION = lazy(
    r"(?i)^\W*(?:what\s+(?:went|didn['’]?t\s+go|did\s+not\s+go)\s+(?:well|so\s+well|wrong|badly)"
    r"|what\s+(?:went\s+)?wrong|what\s+(?:could|can|should)\s+(?:be|we)\s+(?:improved?|do\s+better)"
    r"|what\s+to\s+improve|to\s+improve|went\s+well|action\s+items?|next\s+steps|kudos|shout-?outs"
    r"|start\s*/\s*stop\s*/\s*continue"
    r"|mi\s+(?:nem\s+)?ment\s+(?:jól|rosszul)|min\s+javítsunk|teendők|fejlesztendő"
    r"|was\s+(?:lief|lief\s+nicht|lief\s+schlecht)\s+(?:gut|schlecht)|maßnahmen"
    r"|was\s+können\s+wir\s+verbessern"
    r"|qu[ée]\s+(?:sali[óo]|fue)\s+(?:bien|mal)|qu[ée]\s+mejorar|acciones"
    r"|ce\s+qui\s+(?:a\s+bien|n['’]a\s+pas)\s+(?:marché|fonctionné)|actions"
    r"|что\s+(?:прошло|получилось|пошло)\s+(?:хорошо|не\s+так)|что\s+не\s+получилось"
    r"|что\s+улучшить|действия|экшн[- ]?айтемы"
    r"|잘한\s*점|잘된\s*점|개선할\s*점|개선\s*사항|액션\s*아이템"
    r"|良かったこと|悪かったこと|改善点|次にやること)\W*$"
)


# The retro's first section, what went well, in the languages of _RETRO_SECTION
_WENT_WELL = lazy(
    r"(?i)went\s+well|ment\s+jól|lief\s+gut|sali[óo]\s+bien|fue\s+bien|a\s+bien\s+marché"
    r"|прошло\s+хорошо|получилось|잘한\s*점|잘된\s*점|良かったこと"
)
_KPT = frozenset({"keep", "problem", "try"})


def _retrospective(note: Note, body: str | None) -> bool:
    """A team's retrospective by its sections: most of its headings, two at least, are the
    retro's own ("What went well", "Action items", "Mi ment jól"), and none names a talk."""
    text = note.body if body is None else body
    headings = [h.strip() for h in _heading_texts(text[:20_000])]
    if len(headings) < 2:
        return False  # two of the retro's sections at least, or the three of KPT
    joined = "\n".join(headings)
    if _may_be_kpt(joined) and {normalize(h) for h in headings} >= _KPT:
        retro = 3 + sum(1 for h in headings if _RETRO_SECTION.match(h))
    elif not _may_match(joined, _WENT_WELL_WORDS) or not any(
        _may_match(h, _WENT_WELL_WORDS) and _WENT_WELL.search(h) for h in headings
    ):  # (all the headings at once first: most notes hold none of those words)
        return False  # "Next steps" and "Action items" close a talk's post too
    else:
        retro = sum(1 for h in headings if _RETRO_SECTION.match(h))
    own = len(headings) - (1 if headings and headings[0] == note.title else 0)
    if retro < 2 or retro * 2 <= own:
        return False
    return not _about_a_conference(note)


def _may_be_kpt(headings: str) -> bool:
    """Whether the headings (one a line) may be KPT's three, each alone on its line as
    ``normalize`` reads it: its words are runs of letters of the line folded as it folds them
    (NFKC, then casefold), so each of the three is in those lines, folded at once, when they
    are. One look at a note's headings instead of normalizing each (most notes have none)."""
    folded = unicodedata.normalize("NFKC", headings).casefold()
    return "keep" in folded and "problem" in folded and "try" in folded


# the last note asked about and what was said: the segmenter asks, then about_no_talk
@asked_twice
def proposes_talks(note: Note) -> bool:
    """A note about talks its writer means to propose, by its title or file name ("Ideas for
    next year's talk (CfP)", "내년 발표 제안 아이디어"), naming no speaker and with no heading
    naming a talk or a conference day: a post about a talk on writing proposals names its
    speaker. A "lightning talk: …" line in it is an idea, not a talk it reports."""
    if note.speakers:
        return False
    stem = note.path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("-", " ").replace("_", " ")
    if not _proposing(note.title) and not _proposing(stem):
        return False
    return not _about_a_conference(note)


# Every match of _PROPOSING, _HIRING, _FIRST_VISIT and _WENT_WELL holds one of these words,
# lowered (their words in any case, the others as written), or one of the letters a
# case-blind match takes for "i", "s", "д", "о", "с" or "т" that lower() does not turn into
# them (_FOLDED): most titles and headings are passed over without the search.
_PROPOSING_WORDS = (
    *("cfp", "call", "talk", "session", "idea", "propuesta", "proposta"),
    *("발표", "プロポーザル", "登壇"),
)
_HIRING_WORDS = (
    *("hiring", "join", "job", "oferta", "contratando", "vaga", "recrute", "stellen"),
    *("채용", "함께", "모십니다", "採用", "募集", "求人", "招聘"),
)
_FIRST_VISIT_WORDS = (
    *("first", "premi", "erstes", "ersten", "primera"),
    *("처음", "첫", "初", "第一次"),
)
_WENT_WELL_WORDS = (
    *("went", "ment", "lief", "sali", "fue", "bien"),
    *("прошло", "получилось", "잘한", "잘된", "良かったこと"),
)


def _may_match(text: str, words: tuple[str, ...]) -> bool:
    return holds_any(text.lower(), words) or (
        not text.isascii() and _FOLDED.search(text) is not None
    )


def _proposing(text: str) -> bool:
    return _may_match(text, _PROPOSING_WORDS) and _PROPOSING.search(text) is not None


def _about_hiring(note: Note) -> bool:
    """A post whose title or tags say it is about joining the writer's team ("SRE팀에서
    함께할 동료를 찾습니다", "We're hiring"), with no heading naming a talk or a conference day."""
    hiring = (
        _may_match(note.title, _HIRING_WORDS) and _HIRING.search(note.title) is not None
    ) or any(normalize(tag) in _HIRING_TAGS for tag in note.tags)
    return hiring and not _about_a_conference(note)


def _about_going(note: Note) -> bool:
    """A post whose title says it is about a first visit to the event ("Going to PyCon US for
    the first time"), with no heading naming a talk or a conference day."""
    if not _may_match(note.title, _FIRST_VISIT_WORDS) or _FIRST_VISIT.search(note.title) is None:
        return False
    return not _about_a_conference(note)


def _about_helping(note: Note) -> bool:
    """A post whose title or tags say it is about volunteering at the event ("第一次當 COSCUP
    志工：議程組的一天"), with no heading naming a talk or a conference day."""
    words = [*normalize(note.title).split(), *(normalize(tag) for tag in note.tags)]
    if not any(word in _HELPING_WORDS for word in words):
        return False
    return not _about_a_conference(note)


def _about_a_conference(note: Note, *, diary: bool = False) -> bool:
    """A title naming a conference day (`고퍼콘 코리아 2024 둘째 날 정리`), or headings that
    hold a conference's talks: one naming a conference day (`## Devoxx day 3`), a talk
    (`## 📌 세션 1: …`, `## Keynote: …`) or its speaker (`## 1. Title (이준호님)`). A
    retrospective that only names the meetup it went to (`## 좋았던 점`) holds none.
    A journal page (``diary``) that names an event and holds an outliner's block headings
    (`- [[Devoxx Belgium 2024]]` over `\t- ## Quarkus or Spring Boot`) holds its talks:
    in an outline, a heading is a block its writer chose to make a title."""
    if day_number(note.title) is not None:
        return True
    headings = _heading_texts(note.body[:20_000])
    if any(day_number(h) is not None or talk_marked(h) or speaker_in_heading(h) for h in headings):
        return True
    if diary and any(heard_talk(h) for h in headings):
        return True  # a TIL page's "## 어제 우아콘에서 들은 쿠폰 트래픽 세션 복습"
    if not diary or not any(where != "folder-weak" for where in note.event_sources):
        return False
    return any(
        not generic_heading(h) and not only_a_day(h)
        for h in _OUTLINE_HEADING.findall(note.body[:20_000])
    )


# A time opening a board's row: "14:00", "9.30", "10h", "14h30", "오후 2시"
_BOARD_TIME = lazy(r"^(?:\d{1,2}(?:[:.h]\d{2}|h)|(?:오전|오후)\s*\d{1,2}시)")
# A header's cell that says its column holds talks, speakers or notes, not a place
_BOARD_NOT_PLACES = frozenset(
    (
        "talk", "talks", "title", "titles", "speaker", "speakers", "session", "sessions", "notes",
        "note", "topic", "topics", "who", "what", "발표", "제목", "연사", "발표자", "세션", "메모",
        "주제",
    )
)  # fmt: skip


def session_board(lines: list[str]) -> bool:
    """A transcribed session board and little else: a table with a column per space (three at
    least) and a row per time ("| 14:00 | Staging? — Joris | SBOMs — Eva | …"), each cell one
    session. It is the schedule of an open space or a barcamp, no talk of its own."""
    rows = [line.strip() for line in lines if line.lstrip().startswith("|")]
    if len(rows) < 4:
        return False
    prose = sum(1 for line in lines if line.strip() and not line.lstrip().startswith("|"))
    if prose > 4 or prose * 2 > len(rows):
        return False
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    places = header[1:]
    if len(places) < 3 or any(normalize(cell) in _BOARD_NOT_PLACES for cell in places):
        return False
    timed = 0
    for row in rows[2:]:
        cells = row.strip("|").split("|")
        if len(cells) >= 4 and _BOARD_TIME.match(cells[0].strip()):
            timed += 1
    return timed >= 2
