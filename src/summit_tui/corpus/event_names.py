"""Event names by their shape, never by a list of known conferences: a word that says
conference (``Summit``, ``DevFest``, ``PyCon``, ``서밋``, ``컨퍼런스``) or a year next to a
name (``ACRL 2019``), grown over the name-like words around it; one key per event whatever
its spelling (``SK AI 서밋 2024`` = ``SK AI SUMMIT``), and a title without the event it names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from summit_tui.corpus.city_names import latin_cities, name_of_a_city
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dates import (
    ORDINAL_DAY,
    day_number,
    european_weekday,
    find_dates,
    is_date_word,
    may_name_a_weekday,
    may_name_an_ordinal_day,
)
from summit_tui.corpus.names import looks_like_name, normalize, only_a_kind, without_slide_frame
from summit_tui.lazy_re import lazy, one_of


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# -- vocabulary --------------------------------------------------------------------------------

# Words that make a phrase an event's name, and the kind of event they say.
_EVENT_WORDS = {
    "summit": "Summit",
    "conference": "Conference",
    "conf": "Conference",
    "fest": "Festival",
    "festival": "Festival",
    "forum": "Forum",
    "meetup": "Meetup",
    "hackathon": "Hackathon",
    "expo": "Expo",
    "symposium": "Symposium",
    "seminar": "Seminar",
    "colloquium": "Seminar",
    "convention": "Conference",
    "congress": "Conference",
    "devday": "Conference",
    "devdays": "Conference",
    "workshop": "Workshop",
    "camp": "Conference",
    "kaigi": "Conference",  # Japanese: RubyKaigi, DroidKaigi
}
_EVENT_WORDS_KO = {
    "서밋": "Summit",
    "써밋": "Summit",
    "컨퍼런스": "Conference",
    "콘퍼런스": "Conference",
    "포럼": "Forum",
    "세미나": "Seminar",
    "페스티벌": "Festival",
    "밋업": "Meetup",
    "해커톤": "Hackathon",
    "엑스포": "Expo",
    "박람회": "Expo",
    "심포지엄": "Symposium",
    "학회": "Conference",
    "워크숍": "Workshop",
    "워크샵": "Workshop",
    "특강": "Seminar",
    "콜로키움": "Seminar",
    # Japanese and Chinese, written apart from the name as Korean is: "SK AI サミット 2024",
    # "SK AI 峰会 2024" (not 大会 nor 论坛: "大会场" is a main hall, "分论坛" a track)
    "サミット": "Summit",
    "カンファレンス": "Conference",
    "峰会": "Summit",
    "峰會": "Summit",
}
# Latin spellings of the Korean words, so 서밋 and SUMMIT are one event.
_KO_SPELLING = {
    "서밋": "summit",
    "써밋": "summit",
    "컨퍼런스": "conference",
    "콘퍼런스": "conference",
    "포럼": "forum",
    "세미나": "seminar",
    "페스티벌": "festival",
    "밋업": "meetup",
    "해커톤": "hackathon",
    "엑스포": "expo",
    "심포지엄": "symposium",
    "워크숍": "workshop",
    "워크샵": "workshop",
    "サミット": "summit",
    "カンファレンス": "conference",
    "峰会": "summit",
    "峰會": "summit",
    "파이콘": "pycon",
    "코리아": "kr",
    "한국": "kr",
    "korea": "kr",
    "서울": "seoul",
}
# Words around an event's name that are not part of it: what the note is, when, which part.
_FILLER = word_set(
    """
    roundup round-up poster posters 포스터 date dates time place speaker title guest
    장소 일시 날짜 발표자 제목
    review reviews recap notes note summary summaries takeaways session sessions talk
    talks keynote keynotes booth booths exhibition day days morning afternoon evening part
    live blog post my at the in of from and with attending attended visit highlights
    live-tweeting live-posting live-blogging live-tooting live-skeeting livetweeting liveblogging
    live-tweet live-thread thread 실황 중계
    our we your his her their 우리 우리의 저희 팀의 unser unsere unseren notre nos nuestro nuestra
    nostro nostra nosso nossa mi charla charlas ponencia vortrag intervento palestra
    report trip 정리 후기 참석 참석기 참관 참관기 방문 방문기 리뷰 요약 세션 발표 키노트
    부스 전시 이모 저모 이모저모 기록 노트 메모 오전 오후 다녀온 다녀와서 다녀옴 다녀왔다
    회고 소감 스케치 현장 첫째 둘째 셋째 날
    memo memos 参加 参加レポート 参加記 参加報告 参加メモ レポート まとめ メモ 感想 聴講 參加心得
    心得 筆記 笔记 总结 總結 팀 공유 공유용 team shared
    团队 團隊 团队笔记 團隊筆記 参会 參會 参会笔记 參會筆記 听会 聽會 听会笔记 聽會筆記
    纪要 紀要 参会纪要 參會紀要 小记 小記 参会小记 參會小記 参会记录 參會記錄
    오늘 어제 올해 작년 이번 지난 드디어
    notizen bericht rückblick zusammenfassung mein meine meinen vom von der die das und für
    mes notes du des le la les compte-rendu résumé retour et
    crónica cronica resumen notas mis el los las en y
    appunti resoconto mie miei il dello della del gli minhas meus da dos das
    poznámky zápisky moje z ze poznámok relacja notatki moje z aantekeningen verslag mijn van
    anteckningar från mina notater noter fra mine notlarım notları notlar notlarim notlari
    ghi chép của tôi catatan laporan saya dari
    why how
    diary päiväkirja dagbok tagebuch dziennik diario diário dagboek deník napló 일기 日記 日记
    に参加しました に参加してきました に行ってきました に行ってきた 参加しました 行ってきました
    заметки записки конспект мои мой моя отчёт отчет итоги впечатления с на
    нотатки мої мій моя звіт підсумки враження з
    ο η το οι τα τη την τον της τησ του των στο στη στην στον στα σε από απο και μου
    σημειώσεις σημειωσεις σημειώσεισ σημειωσεισ simeiwseis simeioseis simiwseis simioseis
    یادداشت یادداشت‌ها یادداشت‌های یادداشتها یادداشتهای یادداشت‌هایم یادداشت‌هایی های ها
    گزارش خلاصه مرور مروری جمع‌بندی تجربه من از در و
    ملاحظات ملاحظاتي ملخص تقرير تغطية انطباعات انطباعاتي مذكرات من في عن حول و
    סיכום סיכומים רשמים הערות הרשמים שלי מתוך
    नोट्स नोट टिप्पणियाँ टिप्पणियां रिपोर्ट सार अनुभव मेरे मेरी मेरा के की का में से और
    नोंदी अनुभव माझे माझ्या मधले मधलं
    নোট নোটস অভিজ্ঞতা আমার প্রতিবেদন সারসংক্ষেপ এর থেকে ও
    """
)
# Words of a title that only says it reports an event, around the event's name, which are
# also names' parts elsewhere ("PyCon DE", "KubeCon NA"): "Mis notas de …", "O que aprendi na
# …", "Lo que aprendí en …"
_TITLE_FILLER = word_set("de na no em o a que lo aprendí aprendi aprendido aprendizados")
_PARTICLES = (
    "에서는",
    "에서의",
    "에서",
    "에는",
    "으로",
    "에",
    "를",
    "을",
    "은",
    "는",
    "이",
    "가",
    "의",
    "와",
    "과",
    "도",
    "로",
)
# what ends a word that says when or where, never a name's word ("주말엔", "서울에서")
_WHEN_PARTICLES = ("엔", "에는", "에선", "에서", "에서는")
_REGION_WORDS = word_set(
    """
    kr korea seoul asia japan tokyo busan 한국 서울 코리아
    """
)
_BREAK = lazy(
    # an apostrophe after "l" or "d" and before a letter elides a word: "Nuit de l'Info"; one
    # between a letter and a capital is inside a brand: "Let'Swift"
    r"['’](?<!(?<![\w'’])[lLdD]['’])(?:(?<![A-Za-z]['’])|(?![A-Z]))|['’](?![^\W\d_])|"
    r"\s[-–—|·:]\s|[|｜·\[\]【】「」『』\"“”‘`]|\s[-–—]|[-–—]\s|[:：][*_]*\s|\s\(|^\(|\)(?=\s|$)|,"
    r"|(?<![A-Za-z0-9])/|/(?![A-Za-z0-9])"  # "I/O" and "AI/ML" are one word
)
# a character every match of _BREAK holds: a text with none (most titles) is one chunk, told
# by one scan of a class (the split tries each branch at each character)
_BREAK_MARK = lazy("[" + re.escape("'’|｜·[]【】「」『』\"“”‘`-–—:：(),/") + "]")
# "#KotlinConf2024", "#파이콘한국2024" (not "#12", a heading's "# ", or a channel's "#conf-…")
_HASHTAG = lazy(r"(?<![\w#&])#(?P<tag>[^\W\d_][^\s#,.;:!?()\[\]-]{1,40})(?=[\s,.;:!?)]|$)")
_EDITION = lazy(r"^(?:(?:#|no\.?|제)\d{1,3}|\d{1,3}(?:회|회차|번째|th|st|nd|rd))$")
# Days in a title: "day 1", "day one", "1일차", "첫째 날", a weekday ("my Friday at …").
_AFTER_A_DASH = lazy(r"\s[-–—|]\s*$")
_DAY_NAMES = lazy(
    r"(?i)\bday\s*[-_.]?\s*(?:\d{1,2}|one|two|three|four|five)\b|\d{1,2}\s*일\s*차"
    r"|(?:첫|둘|셋|넷|마지막)\s*(?:째|번째)?\s*날|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:last|final|closing) day\b"
    r"|[월화수목금토일]요일"
    r"|(?:\d{1,2}|[一二三四五])日目|第\s*(?:\d{1,2}|[一二三四五])\s*天|初日|最終日"
    r"|\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?(?:,?\s+[\d/.\-]{3,10})?\)"  # "(Fri 9/27)"
    # German, French, Spanish, Italian, Portuguese: "Tag 2", "Jour 1", "Día 2", "Giorno 1",
    # "Dia 2", "primo giorno", "segundo dia"
    r"|(?-i:\bTag)\s*\d{1,2}\b|\b(?:jour|d[ií]a|giorno)\s*\d{1,2}\b"
    r"|\b(?:primo|secondo|terzo|ultimo|primeiro|segundo|terceiro|[uú]ltimo)\s+(?:giorno|dia)\b"
    # Romanian, with or without diacritics: "Ziua 1", "Ziua a doua", "Ziua întâi", "Prima zi"
    r"|\bziua\s*(?:\d{1,2}\b|a\s+(?:doua|două|treia|patra)\b|(?:întâi|intai)\b)|\bprima\s+zi\b"
)


# Which post of a series a title names ("– Teil 2", "– diary, part 4", "päiväkirja, osa 4",
# "(część 1 z 2)", "– parte 2", "– del 2", "후기 2편", "その2", "第2回", "後編"): no talk's name,
# whatever the series is about. Matched on the lowered title.
_SERIES_PART = lazy(
    r"(?:^|(?<=[\s(,:–—-]))(?:part|pt\.?|teil|osa|część|czesc|cz\.|parte|partie|del|deel|díl"
    r"|diel|rész|bölüm|kısım|phần|bagian|часть|частина)"
    r"\s*(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six)"
    r"(?:\s*(?:of|von|z|de|di|av|van|из|з|/)\s*\d{1,2})?(?![\w/])(?!\s*(?:al|y|-|–)\s*\d)"
    r"|(?:^|(?<=[\s(,:–—-]))\d{1,2}\.\s*(?:osa|teil|rész|bölüm|część|díl)(?!\w)"
    # "(2)", "[2/3]", "（上）" closing a title: its part
    r"|[(\[（]\s*(?:\d{1,2}(?:\s*/\s*\d{1,2})?|[上中下])\s*[)\]）]\s*$"
    r"|\d{1,2}\s*[편부](?![가-힣])|その\s*[0-9０-９一二三四五六七八九十]{1,2}"
    r"|第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[回部弾篇]|[前中後后]編|[上中下]篇|[前後后]半"
)
# a lowered title holds one of these where it may name a series' part (most titles hold none)
_SERIES_MARKS = (
    "part",
    "pt",
    "teil",
    "osa",
    "cz",
    "del",
    "deel",
    "díl",
    "diel",
    "rész",
    "bölüm",
    "kısım",
    "phần",
    "bagian",
    "част",
    "편",
    "부",
    "その",
    "第",
    "編",
    "篇",
    "半",
    ")",
    "]",
    "）",
)


def without_series_part(text: str) -> str:
    """The title without the series' part it names ("DevDays 2025 – Teil 2" → "DevDays 2025
    – "); the title itself when it names none."""
    low = text.lower()
    if not holds_any(low, _SERIES_MARKS) or len(low) != len(text):
        return text  # (a title whose lowering changes its length: cut nothing, not the wrong part)
    for found in reversed(list(_SERIES_PART.finditer(low))):
        text = text[: found.start()] + " " + text[found.end() :]
    return text


def _may_name_a_day(text: str) -> bool:
    """A quick test: whether the text may hold a match of ``_DAY_NAMES`` (each holds one of
    these, lowered; "ı" and "İ" are what a case-blind "i" also takes that lower() keeps)."""
    return holds_any(text, _DAY_MARKS) or holds_any(text.lower(), _DAY_WORDS)


_DAY_MARKS = ("일", "날", "日", "天", "(", "Tag", "ı", "İ")  # in the text as written
_DAY_WORDS = ("day", "jour", "dia", "día", "giorno", "ziua", "prima zi")  # in it lowered
# Polish and Turkish day numbers: "Dzień 1", "1. Gün", "Gün 2"
_DAY_NAMES_PL_TR = lazy(r"(?i)\bdzie[ńn]\s*\d{1,2}\b|\b\d\.\s*gün\b|\bgün\s*\d{1,2}\b")


def label_kind(label: str) -> str | None:
    for word in label.split():
        kind = _EVENT_WORDS.get(word) or _EVENT_WORDS_KO.get(word)
        if kind:
            return kind
    return None


@lru_cache(maxsize=65536)
def bare_kind(text: str) -> str | None:
    """ "Seminar", "세미나 정리": the kind of event a title or tag names without a name."""
    words = [w for w in normalize(text).split() if w not in _FILLER]
    if len(words) != 1:
        return None
    return _EVENT_WORDS.get(words[0]) or _EVENT_WORDS_KO.get(words[0])


def strip_particle(token: str) -> tuple[str, bool]:
    """ "서밋에서" → ("서밋", True): a Korean particle ends the phrase it closes."""
    if token and "\uac00" <= token[-1] <= "\ud7a3":
        for particle in _PARTICLES:
            if token.endswith(particle) and len(token) > len(particle) + 1:
                return token[: -len(particle)], True
    return token, False


def _sentence_end(token: str) -> tuple[str, bool] | None:
    """ "2024." at the end of a sentence → ("2024", True): the word closes the phrase (not "Dr."
    nor "St.", too short to end one)."""
    bare = token.strip("*_").rstrip(".!?;")
    if token[-1] in ".!?;" and (len(bare) > 3 or not bare.isascii()):  # "2024.", "합니다."
        return strip_particle(bare)[0], True
    return None


@lru_cache(maxsize=65536)
def _phrase_token(word: str) -> tuple[str, bool] | None:
    """A word of a text as ``_event_phrases`` reads it (its marks and particle cut, whether it
    closes the phrase), or None for a word of marks only."""
    if not word.strip("*_"):
        return None
    return _sentence_end(word) or strip_particle(word.strip("*_"))


def is_year(token: str) -> bool:
    """ "2024", "1999" or "'24" (and a line break after it), tested without a pattern: it is
    asked of most words of every title."""
    if token[-1:] == "\n":
        token = token[:-1]
    if len(token) == 4:
        return token[:2] in ("19", "20") and token[2:].isdecimal()
    return len(token) == 3 and token[0] == "'" and token[1:].isdecimal()


_EVENT_WORD = lazy(
    r"(?:summit|conference|conf|fest|festival|forum|meetup|hackathon|kaigi)$|^(?:"
    + "|".join(_EVENT_WORDS)
    + r")$",
    re.IGNORECASE,
)
_EVENT_WORD_KO = lazy("|".join(_EVENT_WORDS_KO))
# Could the text name an event at all? Most lines cannot: substring tests skip them fast.
_MAYBE_EVENT = (
    "summit conf fest forum meetup hackathon expo symposium seminar colloquium convention"
    " congress devday workshop camp kaigi " + " ".join(_EVENT_WORDS_KO)
).split()
_MAYBE_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)|'\d\d\b")
# PyCon, KubeCon, DevOpsDays, JavaDays: a capitalised part that says conference ends the word
_CAMEL_CON = lazy(r"[A-Za-z](?:Con|CON|Days)\b|[A-Z]{2} CON\b")
_CAMEL_CON_WORDS = ("Con", "CON", "Days")


_MAYBE_EVENT_WORD = lazy(one_of(_MAYBE_EVENT))


# Korean community conferences are named like PyCon: 파이콘, 인프콘, 데브콘, 고퍼콘. Not these
# words that end the same way.
_NOT_CON_KO = frozenset({"아이콘", "실리콘", "리모콘", "팝콘", "에어콘", "베이콘", "스콘"})
# (Hangul syllables are "가" to "힣": tested by comparison, a pattern's class of them costs
# more to build than every note's test)


def _hangul_con(token: str) -> bool:
    """ "인프콘", "파이콘": a Hangul word ending in 콘 that is not a common noun."""
    return (
        token.endswith("콘")
        and 3 <= len(token) <= 7
        and token not in _NOT_CON_KO
        and min(token) >= "가"
        and max(token) <= "힣"
    )


def _hangul_cons(text: str) -> Iterator[str]:
    """The words ending in 콘 in ``text``: each run of Hangul syllables that ends with 콘,
    its last seven syllables at most ("데브콘" in "데브콘에서" is not one: 에서 follows)."""
    at = text.find("콘")
    while at >= 0:
        if not "가" <= text[at + 1 : at + 2] <= "힣":
            start = at
            while start > 0 and at - start < 6 and "가" <= text[start - 1] <= "힣":
                start -= 1
            if at - start >= 2:
                yield text[start : at + 1]
        at = text.find("콘", at + 1)


def may_name_event(text: str, years: bool) -> bool:
    if _MAYBE_EVENT_WORD.search(text.lower()) or (
        holds_any(text, _CAMEL_CON_WORDS) and _CAMEL_CON.search(text)
    ):
        return True
    if "콘" in text and any(_hangul_con(word) for word in _hangul_cons(text)):
        return True
    return (
        years
        and ("20" in text or "19" in text or "'" in text)  # one is in every match: fast
        and _MAYBE_YEAR.search(text) is not None
    )


@lru_cache(maxsize=65536)  # asked of each word of every title: the words recur from note to note
def _event_word(token: str) -> bool:
    if _EVENT_WORD.search(token) or (not token.isascii() and _EVENT_WORD_KO.search(token)):
        return True
    # PyCon, KubeCon, DevCon: a capital "Con" ending a camel-cased word; 인프콘, 파이콘
    if len(token) > 3 and token.endswith(("Con", "CON")) and token[:-3].isalpha():
        return True
    if token == "CON":
        return True  # "DEF CON": the word written apart, in capitals
    if len(token) > 5 and token.endswith("Days") and token[:-4].isalpha() and token[0].isupper():
        return True  # DevOpsDays, JavaDays
    return _hangul_con(token)


def _camp_word(token: str) -> bool:
    """Codecamp, BarCamp, DevCamp: a capitalised word ending in "camp" names a series in a
    title; in running text ("a Codecamp or two a year") it may be the series, not an edition."""
    return (
        len(token) > 6 and token[0].isupper() and token[-4:].lower() == "camp" and token.isalpha()
    )


# 大会 ending a Chinese or Japanese word names its event ("云原生大会", "技術大會"), but not alone
# ("大会场" is a main hall, "大会" a plenary): only in a title, beside the event's year
_GLUED_MEETINGS = ("大会", "大會")


def _glued_meeting(tokens: list[tuple[str, bool]], position: int) -> bool:
    """Whether the word ending in 大会 at ``position`` stands beside a year: "云原生大会 2024",
    "2024 技术大会"."""
    if len(tokens[position][0]) < 3:
        return False
    before = tokens[position - 1] if position else ("", True)
    after = tokens[position + 1][0] if position + 1 < len(tokens) else ""
    return is_year(after) or (is_year(before[0]) and not before[1])


def _named_on(tokens: list[tuple[str, bool]], position: int) -> bool:
    """A series word followed by its city or year ("Codecamp Cluj", "BarCamp 2024"), not by
    running words ("Migrating from Basecamp to Linear": a product, not an event)."""
    if position + 1 >= len(tokens) or tokens[position][1]:
        return False
    following = tokens[position + 1][0]
    return following[:1].isupper() or is_year(following)


def _hangul(token: str) -> bool:
    return not token.isascii() and any("\uac00" <= ch <= "\ud7a3" for ch in token)


_COUNTED = lazy(r"^\d+(?:년|월|일|시|분|차|부|장|명|개)$")


@lru_cache(maxsize=65536)
def _name_like(token: str) -> bool:
    low = token.lower()
    if _COUNTED.match(token):
        return False
    if low in _FILLER or not token or is_date_word(low):
        return False
    if "/" in low and all(part in _FILLER for part in low.split("/")):
        return False  # "Date/Time"
    if _hangul(token) and any(f in token for f in ("정리", "후기")):
        return False
    if day_number(token) is not None or find_dates(token):
        return False
    return any(ch.isalnum() for ch in token)


# A category, tag or repository name written as a slug with a year: "rubykaigi-2024",
# "ndc-oslo-2024-notes", "pycon_kr_2024".
_SLUG_EVENT = lazy(
    r"^(?P<name>[a-z][a-z0-9]*(?:[-_][a-z][a-z0-9]*){0,3})[-_](?P<year>(?:19|20)\d\d)"
    r"(?:[-_](?:notes|posts|blog|recap|review|log|memo|slides))?$"
)


def slug_event(text: str) -> str | None:
    """The event a slug names: "rubykaigi-2024" → "Rubykaigi 2024", "ndc-oslo-2024-notes" →
    "NDC Oslo 2024" (short words in capitals); None for any other text."""
    match = _SLUG_EVENT.match(text.strip())
    if match is None:
        return None
    words = re.split(r"[-_]", match.group("name"))
    if all(word in _FILLER or word in _EVENT_WORDS for word in words):
        return None  # "conference-2024", "notes-2024": no name
    shown = [word.upper() if len(word) <= 3 else word.capitalize() for word in words]
    return " ".join([*shown, match.group("year")])


# A name with its year's last two digits fused to it, as conferences brand themselves:
# "WWDC24", "SRECon24", "RubyConf25" (an all-capitals name of three letters or more, or one
# ending in a conference word; 2020–2039 only, so "COVID19" or "HTML5" are no event).
# (its quick test opens with the year's digit, rarer than a letter: fewer places are tried)
_FUSED_QUICK = lazy(r"[23]\d(?<=[A-Za-z][23]\d)(?![\w])")
_FUSED_YEAR = lazy(
    r"(?<![\w.])(?P<name>[A-Z](?:[A-Z]{2,}|[A-Za-z]*(?:Con|Conf|conf|Days|Fest|fest|Kaigi)))"
    r"(?P<yy>[23]\d)(?![\w])"
)

# What a chat channel named after an event opens with: "#conf-우아콘2024", "event-파이콘2024".
_CHANNEL_PREFIX = lazy(r"(?i)#?\b(?:conf|confs|event|events|evt|talks?|channel|ch)-(?=[가-힣])")
# A whole year written right after a name's last letter: "우아콘2024", "KubeCon2024".
_FUSED_FULL_YEAR = lazy(r"(?P<name>[^\W\d_])(?P<year>(?:19|20)\d{2})(?!\d)")


# A brand written as code: "if(kakao)", "if(kakao)AI", "if(kakao)dev" (lower-case letters, a
# word in parentheses right after them, no space); its parentheses kept apart from the ones
# that close a phrase, as two marks no note writes
_CODE_BRAND = lazy(r"(?<![\w(])[a-z]{1,8}\([a-z]{2,15}\)[A-Za-z]{0,8}(?![\w(])")
_CODE_OPEN = "\u2985"
_TO_CODE = str.maketrans({"(": "\u2985", ")": "\u2986"})
_KO_NAMED_DAY = lazy(
    r"(?:(?<!\d)(?P<before>(?:19|20)\d\d)년?\s+)?"
    r"(?P<name>(?:[A-Za-z][\w]*\s)?[가-힣A-Za-z0-9]+의 날)(?![가-힣])"
    r"(?:\s+(?P<after>(?:19|20)\d\d)(?!\d))?"
)
_FROM_CODE = str.maketrans({"\u2985": "(", "\u2986": ")"})


# A year's last two digits after an apostrophe, following a name: "FOSDEM '24", "DevOpsDays
# Seoul ’25" (not a quotation's closing mark: "'24 hours'").
_APOSTROPHE_DIGITS = ("'1", "'2", "'3", "’1", "’2", "’3")  # every match holds one
_APOSTROPHE_YEAR = lazy(r"(?<=[A-Za-z0-9] )['’](?P<yy>[0-3]\d)(?![\w'’%])")


# A year's last two digits alone after a name, in a phone note's title line that ends in its
# notes word: "DEVit 24 simeiwseis" (Greeklish), "JSNation 25 notes", "PyCon 24 σημειώσεις";
# the name a brand's (a capital inside it), never a plain word ("Chapter 24 notes", "Week 21").
_NOTES_WORDS = frozenset(
    {"note", "notes", "notas", "notizen", "notities", "notatki", "anteckningar", "poznámky"}
    | {"muistiinpanot", "simeiwseis", "simeioseis", "simiwseis", "simioseis", "σημειώσεις"}
    | {"σημειωσεις", "메모", "노트"}
)
_SHORT_YEAR_NOTES = lazy(r"(?<![\w.])(?P<name>[A-Za-z][a-z]*[A-Z][A-Za-z]*) (?P<yy>2\d)\s+\S+\s*$")


@lru_cache(maxsize=16384)
def event_phrases(text: str, *, years: bool = True) -> tuple[str, ...]:
    """Event names written in a text, such as "SK AI SUMMIT", "PyCon KR 2024",
    "SK AI 서밋 2024", "2019 ACRL": a conference word or a year, and the name-like words
    around it. A conference word on its own ("Seminar", "컨퍼런스") is not a name.

    ``years`` False (body text): only a conference word anchors a name; a year next to
    a capitalised word ("Python 2024") is a name only in a title, a tag or a folder.
    """
    found = _event_phrases(text, years=years)
    if not found and years and _ACRONYM_EDITION.search(text):
        return acronym_editions(text)
    return found


# A meeting series named by its acronym and its edition's number, with no year or conference
# word, as standards bodies and operator groups number theirs: "IETF 120", "RIPE 88",
# "NANOG 91", "la IETF 120", "IETF 120 報告". Not a document, a cipher, a sum or a measure.
_ACRONYM_EDITION = lazy(
    r"(?<![\w@#/.\-])(?P<name>[A-Z]{3,6}) (?P<number>[1-9]\d{1,2})"
    r"(?![0-9A-Za-z%°/\-]|[.,:]\d|\s*(?:[kMGTP]?(?:B|b|Hz|W)|ms|s|px|[mck]?m|kg|fps|rpm)\b)"
)
_NOT_EDITIONS = word_set(
    """
    RFC PEP JEP JSR KIP BIP EIP ERC XEP PSR CVE CWE ISO IEC IEEE ECMA BCP STD FIPS NIST ANSI
    ITU DIN WCAG SHA AES RSA HTTP TLS SSL UTF IPV COVID GPT CSS HTML API
    USD EUR GBP JPY KRW CHF CAD AUD INR CNY SEK NOK DKK PLN BRL MXN
    DAY PART ROOM HALL TRACK STAGE GATE BOOTH LEVEL FLOOR PAGE STEP TOP WEEK SLIDE TALK NOTE
    NOTES ISSUE BUILD VERSION
    """
)


def acronym_editions(text: str) -> tuple[str, ...]:
    """Each "<ACRONYM> <edition>" a title names ("A week at IETF 120 in Vancouver" →
    "IETF 120", "[SLASH 24] …" → "SLASH 2024"), none of a document series or a unit
    ("RFC 793", "SHA 256", "USD 120")."""
    return tuple(
        dict.fromkeys(
            f"{m['name']} {_edition_or_year(m['number'])}"
            for m in _ACRONYM_EDITION.finditer(text)
            if m["name"] not in _NOT_EDITIONS
        )
    )


def _edition_or_year(number: str) -> str:
    """A year's last two digits stay the year ("SLASH 24", "WWDC 24" are 2024's); other
    numbers are the edition ("RIPE 88", "IETF 120")."""
    return f"20{number}" if len(number) == 2 and "15" <= number <= "39" else number


def _event_phrases(text: str, *, years: bool) -> tuple[str, ...]:
    found: list[str] = []
    if years:  # a title's or a post's opening line: "QCon 上海 2024" is "QCon Shanghai 2024"
        text = latin_cities(text)
    if "#" in text and _HASHTAG.search(text):
        # a post's hashtags ("#KotlinConf #KotlinConf2024"): each tag a name of its own, no "#";
        # a tag names an event by its year too, in a body as in a title ("#PyConKR2024")
        tags = [] if years else [tag["tag"] for tag in _HASHTAG.finditer(text)]
        text = _HASHTAG.sub(lambda tag: f" | {tag['tag']} ", text)
        if tags:
            tagged = [name for tag in tags for name in event_phrases(tag)]
            return tuple(dict.fromkeys([*tagged, *event_phrases(text, years=False)]))
    if " + " in text:
        text = _CO_BRAND.sub("", text)  # "KubeCon + CloudNativeCon Europe 2025": one name
    if years and ("-" in text or "_" in text):
        slugged = slug_event(text)
        if slugged:
            return (slugged,)
    # (an apostrophe first: most texts hold none, and each test of an ASCII part of a text
    # beyond ASCII first copies the part)
    if (
        ("'" in text or "’" in text)
        and holds_any(text, _APOSTROPHE_DIGITS)
        and _APOSTROPHE_YEAR.search(text)
    ):
        text = _APOSTROPHE_YEAR.sub(r"20\g<yy>", text)  # "FOSDEM '24": FOSDEM 2024
    if (
        years
        and " 2" in text
        and text.rsplit(None, 1)[-1].lower() in _NOTES_WORDS
        and _SHORT_YEAR_NOTES.search(text)
    ):
        text = _SHORT_YEAR_NOTES.sub(r"\g<name> 20\g<yy>", text)  # "DEVit 24 notes": DEVit 2024
    if years and ("2" in text or "3" in text) and _FUSED_QUICK.search(text):
        text = _FUSED_YEAR.sub(r"\g<name> 20\g<yy>", text)  # "WWDC24 recap": WWDC 2024
    if ("20" in text or "19" in text) and _FUSED_FULL_YEAR.search(text):
        # "우아콘2024", "PyCon2024 후기", a channel's "#conf-우아콘2024": the name, then its year
        text = _FUSED_FULL_YEAR.sub(r"\g<name> \g<year>", text)
        if "-" in text:
            text = _CHANNEL_PREFIX.sub("", text)  # "#conf-우아콘": a channel named for the event
    if years and "의 날" in text:
        named_day = _KO_NAMED_DAY.search(text)
        if named_day and (named_day["before"] or named_day["after"]):
            # "2024 개발자의 날 후기", "오픈소스의 날 2024": a day named for something, its year
            if named_day["before"]:
                return (f"{named_day['before']} {named_day['name']}",)
            return (f"{named_day['name']} {named_day['after']}",)
    coded = "(" in text and _CODE_BRAND.search(text) is not None
    if coded:
        # "if(kakao) 2024": a brand written as code, one word whose parentheses break nothing
        text = _CODE_BRAND.sub(lambda m: m[0].translate(_TO_CODE), text)
    if not may_name_event(text, years):
        if years and _EDITION_CODE_QUICK.search(text):
            return edition_code(text)  # "38C3 – Bericht für das Team": no year, no "conf"
        if years and holds_any(text, _EDITION_STEMS) and holds_any(text, _EDITION_QUICK):
            return edition_named(text)  # "JSHeroes Cluj, spring edition": no year, no "conf"
        return ()
    for chunk in _BREAK.split(text) if _BREAK_MARK.search(text) else (text,):
        tokens: list[tuple[str, bool]] = [
            token for t in chunk.split() if (token := _phrase_token(t)) is not None
        ]
        if not tokens:
            continue
        position = 0
        while position < len(tokens):
            token, _ = tokens[position]
            year = is_year(token)
            word = (
                _event_word(token)
                or (years and _camp_word(token) and _named_on(tokens, position))
                or (years and token.endswith(_GLUED_MEETINGS) and _glued_meeting(tokens, position))
            )
            if not (word or (year and years)):
                position += 1
                continue
            start = end = position
            hangul_left = 0
            if token == "CON":
                # "DEF CON": only the word in capitals before it ("Late-night DEF CON 32 talk")
                previous, closed = tokens[start - 1] if start else ("", True)
                if closed or not (previous.isalpha() and previous.isupper()):
                    position += 1
                    continue
                start -= 1
            # grow left over name-like words (a year anchors only Latin names)
            while start > 0 and token != "CON":
                previous, closed = tokens[start - 1]
                if (
                    (previous == "Days" or (previous == "Day" and start == position))
                    and start >= 2
                    and _capitalised_name(tokens[start - 2])
                ):
                    # "DevOps Days Athens 2024", "AWS Community Day 2026": "Days" in a name,
                    # not filler, and "Day" just before its year or conference word
                    start -= 1
                    continue
                if (
                    previous in _NAME_JOINS
                    and year
                    and not word
                    and _ELIDED.sub("", tokens[start][0])[:1].isupper()
                    and (joined := _joined_name(tokens, start)) is not None
                    and not any(_event_word(t) for t, _ in tokens[start:position])
                ):
                    # "Write the Docs Portland 2024", "State of the Map 2024", "Nuit de l'Info
                    # 2024": a name of words with its year, lower-case joining words inside it
                    # (never after a conference word: "Inside the Web Summit")
                    start = joined
                    continue
                if (
                    year
                    and not word
                    and previous in _TITLE_CASE_LINKS
                    and start >= 2
                    and _capitalised_name(tokens[start - 2])
                    and tokens[start][0][:1].isupper()
                ):
                    start -= 2  # "J On The Beach 2024": a title-cased short word inside a name
                    continue
                if closed or not _name_like(previous):
                    break
                if _brand_word(previous):
                    start -= 1  # "try! Swift Tokyo 2024": a lower-case word with its "!"
                    continue
                if _hangul(previous):
                    if (year and not word) or hangul_left >= 2:
                        break
                    if previous.endswith(_WHEN_PARTICLES) and len(previous) > 2:
                        break  # "주말엔 파이콘 한국": on the weekend, PyCon Korea
                    hangul_left += 1
                elif not (
                    previous[:1].isdigit()
                    or any(c.isupper() for c in previous)
                    or (coded and _CODE_OPEN in previous)
                ):
                    break  # "… bothers posting conference notes": running text, no name
                start -= 1
            if (
                word
                and not tokens[end][1]
                and end + 1 < len(tokens)
                and _edition_number(tokens, end + 1)
                and (token[:1].isupper() or not token.isascii())
            ):
                end += 1  # "ROOTCON 17", "DEF CON 32": the edition's number is in its name
            # grow right over the year, a region, a capitalised word
            if not tokens[end][1]:
                while end + 1 < len(tokens) and end - position < 3:
                    following, closed = tokens[end + 1]
                    if not _name_like(following):
                        break
                    if not (
                        is_year(following)
                        or following.lower() in _REGION_WORDS
                        or (following[:1].isupper() and following[:1] < "\u0250")
                        or _event_word(following)
                    ):
                        break
                    end += 1
                    if closed:
                        break
            if (
                not years
                and word
                and end == position
                and token.islower()
                and not tokens[end][1]
                and end + 1 < len(tokens)
                and tokens[end + 1][0].isalpha()
                and tokens[end + 1][0].islower()
            ):
                # "how the Prague meetup scene grew", "the Seoul conference season": an event
                # word in running text that qualifies the word after it names no event
                position = end + 1
                continue
            words = [tokens[i][0] for i in range(start, end + 1)]
            plain = [
                w
                for w in words
                if not is_year(w)
                and (w.lower() not in _EVENT_WORDS or _camel_cased(w))
                and w not in _EVENT_WORDS_KO
            ]
            # a capital of the Latin alphabet, accented ones too: "Øredev 2025", "Łódź JUG 2024"
            latin_name = any(ch.isupper() and ch < "\u0250" for w in plain for ch in w)
            latin_name = latin_name or (coded and any(_CODE_OPEN in w for w in plain))
            korean_only = not any(ch.isascii() and ch.isalpha() for w in plain for ch in w)
            code_at = (
                next((n for n, w in enumerate(words) if _CODE_OPEN in w), None) if coded else None
            )
            if code_at is not None and (code_at or _after_words(tokens, start)):
                position = end + 1  # "Why len(list) 2024 matters": code in a sentence
                continue
            if words[0] in _NEGATIONS and len(words) == 2 and bare_kind(words[1]):
                position = end + 1  # "No conference this time": no event, the lack of one
                continue
            if word and any(w.lower() in _VENUE_NOUNS for w in words[position - start + 1 :]):
                position = end + 1  # "Austin Convention Center", "Expo Hall A": a place
                continue
            if plain and (word or latin_name) and (years or not korean_only):
                # in running text "올해 컨퍼런스" is no name: a Korean-only phrase counts only
                # in a title, a tag or a folder
                found.append(" ".join(words).strip("*_"))
                # "연세대학교 인공지능융합대학 AI 세미나" is also "AI 세미나", as other notes of
                # the series name it
                latin = next((n for n, w in enumerate(words) if w.isascii() and w.isalpha()), 0)
                if latin and all(_hangul(w) for w in words[:latin]):
                    found.append(" ".join(words[latin:]).strip("*_"))
            position = end + 1
    if not found and years and _EDITION_CODE_QUICK.search(text):
        return edition_code(text)
    if coded:
        found = [name.translate(_FROM_CODE) for name in found]
    return tuple(dict.fromkeys(found))


# What a building or a room is called after a conference word: "Austin Convention Center",
# "Expo Hall", "Centro de Congressos", "Kongresszentrum" is written as one word
_VENUE_NOUNS = word_set(
    """
    center centre centro centrum zentrum hall halls arena pavilion pavillon pavilhão pabellón
    padiglione hotel building ballroom auditorium complex
    """
)


# The lower-case words that join the capitalised words of a name: "State of the Map", "Day of
# Data", "Write the Docs", "Nuit de l'Info", "Tag der offenen Tür", "Festa della Rete".
_NEGATIONS = word_set("No Not Kein Keine Sin Sem Pas Nessuna Nessun Geen Ingen Brak Без")
_NAME_JOINS = word_set("the of for and on de del della du des la le l d da do dos der")
# Words for a day, a night or a feast that open an event's name before a joining word: "Day of
# Data", "Night of Code", "Tag der Informatik", "Journée du Logiciel Libre", "Día de la Ciencia",
# "Giornata del Software". Alone ("Day 2", "Tag 1") they are days, not names.
_OCCASIONS = word_set(
    """
    Day Days Night Festival Feast Week Tag Tage Nacht Woche Fest Journée Journées Nuit Semaine
    Fête Día Dia Días Noche Jornada Jornadas Semana Giornata Giornate Notte Settimana Festa
    """
)
# Words a sentence opens with before an article, never a name's first word ("Auf der JavaLand
# 2024", "Back at the Summit 2024", "Dans la Nuit …").
_NOT_NAME_START = word_set(
    """
    auf aus bei beim im am zum zur vom mit nach über unter vor für durch
    to into onto back after before during about across around inside outside over
    dans sur pour chez vers après avant pendant sous
    en con por para desde hacia sobre tras durante
    na no em ao pela pelo sobre
    nella nel alla al dalla dal sulla sul per
    """
)


def _camel_cased(word: str) -> bool:
    """A conference word written as a brand ("DevDays", "DevDay"): it names the event with
    its year, as "TechDays 2025" does, where "Conference 2025" names none."""
    return word[:1].isupper() and not word.isupper() and any(c.isupper() for c in word[1:])


def _after_words(tokens: list[tuple[str, bool]], at: int) -> bool:
    """A word of a sentence before ``at``: a brand written as code ("if(kakao) 2024") opens
    its name; after other words it is code the sentence quotes ("Why len(list) 2024 …")."""
    return any(_name_like(token) for token, _ in tokens[:at])


_ELIDED = lazy(r"^[lLdD]['’]")


# What a number after an event's word counts when it is no edition: "Summit 2 days", "Forum 3
# tracks", "Conference 2 Tage".
_EDITION_DAY_WORDS = word_set("day tag jour día dia giorno")
_COUNTED_AFTER = word_set(
    """
    day days talks tracks track stages hours people times weeks nights rooms halls
    tage tag jours jour días dias giorni dagen 日 일 일간 일차
    """
)


def _edition_number(tokens: list[tuple[str, bool]], at: int) -> bool:
    """Whether the token at ``at`` is an edition's number ("17" in "ROOTCON 17"): one to three
    digits, not 0-led, not a count of what follows."""
    number = tokens[at][0]
    if not (number.isdigit() and number.isascii() and len(number) <= 3 and number[0] != "0"):
        return False
    if at + 1 >= len(tokens):
        return True
    after = tokens[at + 1][0].lower()
    if after in _EDITION_DAY_WORDS and at + 2 < len(tokens) and tokens[at + 2][0][:1].isdigit():
        return True  # "ROOTCON 17 day 1": the edition, then which of its days
    return after not in _COUNTED_AFTER


def _joined_name(tokens: list[tuple[str, bool]], start: int) -> int | None:
    """Where a name begins that runs on left over one or two joining words before
    ``start`` ("State of the | Map"), when a capitalised word opens it; else None."""
    at = start
    while at > 0 and start - at < 2 and tokens[at - 1][0] in _NAME_JOINS and not tokens[at - 1][1]:
        at -= 1
    if at == start or at == 0:
        return None
    if tokens[at - 1][0] in _OCCASIONS and not tokens[at - 1][1]:
        return at - 1
    if not _capitalised_name(tokens[at - 1]):
        return None
    if tokens[at - 1][0].lower() in _NOT_NAME_START:
        return None
    return at - 1


# Short words written with a capital inside a title-cased name ("J On The Beach", "Heart Of
# Clojure"); in lower case they are running text, and they never end a name.
_TITLE_CASE_LINKS = frozenset({"The", "On", "Of", "At", "In", "By", "And"})


def _brand_word(word: str) -> bool:
    """A lower-case word with an exclamation mark that opens a brand: "try!" in "try! Swift"."""
    return 3 <= len(word) <= 8 and word.endswith("!") and word[:-1].isalpha() and word.islower()


def _capitalised_name(token: tuple[str, bool]) -> bool:
    word, closed = token
    return not closed and _name_like(word) and word[:1].isupper() and word.isascii()


# An event named by its edition in a code of digits and capitals, with no year or conference
# word: "38C3" (the 38th Chaos Communication Congress), "37C3".
# (a digit first, then the look behind it: a pattern opening with a look behind tries each
# place of the text, one opening with a digit only the digits)
_EDITION_CODE_QUICK = lazy(r"\d(?<![\w-]\d)\d{0,2}[A-Z]{1,3}\d{1,2}(?![\w-])")


def edition_code(text: str) -> tuple[str, ...]:
    """The edition code a title names, when the title says nothing else but its day, its
    date and words such as "notes" or "report" ("38C3 day 3 notes (Sunday, December 29,
    2024)", "38C3 – Bericht für das Team"); () for a title about a talk ("Open-source 5G")."""
    codes = set(_EDITION_CODE_QUICK.findall(text))
    if len(codes) != 1:
        return ()
    code = codes.pop()
    return (code,) if not strip_event(text.strip("*_ "), (code,)) else ()


# "<Name>, <season> edition" and "<Name> – ediția de toamnă": a series' edition named by its
# name and its city, without a year; the edition word in English, Romanian (with and without
# diacritics), French, Spanish, Italian, Portuguese, Dutch, Polish and German
_EDITION_QUICK = ("diti", "diți", "diţi", "dici", "dizi", "diçã", "dycj", "usgabe", "DITI")
# one of these is in each of _EDITION_QUICK: four tests of most texts instead of nine
_EDITION_STEMS = ("di", "DI", "dycj", "usgabe")
_EDITION_NAMED = lazy(
    r"^(?P<name>[^\W\d_][^,:|–—()\[\]\n]{1,60}?)\s*(?:,|:|\||\s[-–—])\s*(?:the\s+)?"
    r"(?:(?:spring|summer|autumn|fall|winter|online|virtual|hybrid)\s+)?(?:edition|editia|ediția|ediţia|édition|edición|edizione|edição|editie"
    r"|edycja|ausgabe)(?![^\W\d_])",
    re.IGNORECASE,
)


def edition_named(text: str) -> tuple[str, ...]:
    """The series and city a title names before its edition ("Carpathia JS Iasi, spring
    edition" → "Carpathia JS Iasi"): every word of it capitalised, one to four words."""
    found = _EDITION_NAMED.match(text.strip("*_ "))
    if found is None:
        return ()
    words = found["name"].split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return ()
    if not words[0][:1].isupper() or words[0].lower() in _FILLER:
        return ()
    return (" ".join(words),)


# An event's name with its other spelling in brackets: "우아콘 2024 (WOOWACON 2024)",
# "파이콘 한국 2024（PyCon Korea 2024）", "DEVIEW 2023 [데뷰]".
_BRACKET_ALIAS = lazy(
    r"(?P<name>[^()（）\[\]\n]{2,80}?)\s*[(（\[](?P<alias>[^()（）\[\]\n]{2,60})[)）\]]"
)


@lru_cache(maxsize=4096)
def bracket_alias(text: str) -> tuple[str, str] | None:
    """(name, alias) of an event written with its other spelling in brackets right after it
    ("우아콘 2024 (WOOWACON 2024)" → ("우아콘 2024", "WOOWACON 2024")): one event, not two;
    None when the brackets hold no event's name ("PyCon US 2024 (Pittsburgh)")."""
    if "(" not in text and "（" not in text and "[" not in text:
        return None
    for match in _BRACKET_ALIAS.finditer(text):
        names = event_phrases(match.group("name"))
        aliases = event_phrases(match.group("alias"))
        if not names or not aliases:
            continue
        name, alias = names[-1], aliases[0]
        # keys may be equal ("파이콘 한국 2024（PyCon Korea 2024）"): still one event, the
        # bracketed spelling its alias rather than a second vote for how it is named
        year, other_year = event_key(name)[1], event_key(alias)[1]
        if year is None or other_year is None or year == other_year:
            return name, alias
    return None


@lru_cache(maxsize=16384)
def event_key(name: str) -> tuple[str, int | None]:
    """(spelling-independent key, year) of an event name: "SK AI 서밋 2024" and
    "SK AI SUMMIT" share the key "skaisummit"."""
    year: int | None = None
    parts: list[str] = []
    if " + " in name:
        name = _CO_BRAND.sub("", name)
    tokens = normalize(name).split()
    if not _REGION_STARTS.isdisjoint(tokens):
        tokens = _regions(tokens)
    for token in tokens:
        if is_year(token):
            year = year or int(token)
            continue
        if token.startswith("'") and token[1:].isdigit():
            year = year or 2000 + int(token[1:])
            continue
        for korean, latin in _KO_SPELLING.items():
            if korean in token:
                token = token.replace(korean, latin)
        if not token.isascii():
            token = without_accents(token)
        parts.append(token)
    return "".join(parts), year


def without_company(name: str) -> tuple[str, int | None] | None:
    """The key and year of an event's name without its company's word in front ("Google I/O
    2024", "구글 I/O 2024" → ("io", 2024); "AWS re:Invent 2024" → ("reinvent", 2024)): None
    when the name is shorter than a word, a name and a year, when its first word is a kind of
    event ("DevFest Seoul 2024") or the rest is only one ("AI Summit 2024")."""
    words = normalize(name).split()
    if len(words) < 3 or label_kind(words[0]) is not None:
        return None
    rest = " ".join(words[1:])
    key, year = event_key(rest)
    if len(key) < 2 or year is None or bare_kind(rest) is not None:
        return None
    return key, year


# a co-located event's name after a "+" ("KubeCon + CloudNativeCon North America 2024"): one
# event, named the same with or without it
_CO_BRAND = lazy(r"\s\+\s+[A-Z][\w-]*(?:Con|Conf|Summit|Days|Fest)\b")
# a region or a city written out or abbreviated: "KubeCon North America 2024" is "KubeCon NA 2024",
# "KubeCon Europe" "KubeCon EU", also in the note's language: "GopherCon Avrupa" (Turkish),
# "PyCon Europa", "KubeCon Amérique du Nord"
_REGIONS = {
    ("north", "america"): "na",
    ("latin", "america"): "latam",
    # the cities events go by short: "QCon SF" is "QCon San Francisco", "DevOpsDays NYC"
    ("san", "francisco"): "sf",
    ("new", "york", "city"): "nyc",
    ("new", "york"): "nyc",
    ("europe",): "eu",
    **{
        (word,): "eu"
        for word in ("europa", "avrupa", "evropa", "európa", "eurooppa", "evrópa", "европа")
    },
    ("nordamerika",): "na",
    ("norteamérica",): "na",
    ("norteamerica",): "na",
    ("kuzey", "amerika"): "na",
    ("amérique", "du", "nord"): "na",
    ("ameryka", "północna"): "na",
    ("lateinamerika",): "latam",
    ("latinoamérica",): "latam",
    ("latinoamerica",): "latam",
    ("américa", "latina"): "latam",
    ("america", "latina"): "latam",
}
_REGION_STARTS = frozenset(word for words in _REGIONS for word in words[:1])


def _regions(tokens: list[str]) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(tokens):
        for words, short in _REGIONS.items():
            if tuple(tokens[index : index + len(words)]) == words:
                out.append(short)
                index += len(words)
                break
        else:
            out.append(tokens[index])
            index += 1
    return out


def without_accents(token: str) -> str:
    """ "milão" → "milao", "münchen" → "munchen": Latin letters without their accents (Hangul
    and kana as they are)."""
    return "".join(
        "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if "\u00c0" <= ch <= "\u024f"
        else ch
        for ch in token
    )


_NEAR_MIN = 10  # keys this long that differ by one letter name one event
# a one-word name's case endings in Polish and Czech ("Confitura", "z Confitury"): keys this
# long whose last vowel alone differs name one event
_INFLECTED_MIN = 6
_CASE_VOWELS = frozenset("aeiouyąę")


def near_spelling(key: str, other: str) -> bool:
    """Whether two event keys of one length class differ by one letter: one conference named
    in two languages or with a typo ("codemotionmilao" / "codemotionmilano", "Roma" / "Rome",
    "Lisboa" / "Lisbon", "NDC Olso"). Short keys never: "pyconkr" / "pyconhk" are two events."""
    if (
        len(key) == len(other) >= _INFLECTED_MIN
        and key[:-1] == other[:-1]
        and key[-1] in _CASE_VOWELS
        and other[-1] in _CASE_VOWELS
        and key.isalpha()
    ):
        return True  # "Confitura" / "z Confitury": a Polish or Czech name in another case
    if min(len(key), len(other)) < _NEAR_MIN or abs(len(key) - len(other)) > 1 or key == other:
        return False
    start = 0
    while start < min(len(key), len(other)) and key[start] == other[start]:
        start += 1
    if len(key) == len(other):
        return key[start + 1 :] == other[start + 1 :]
    longer, shorter = (key, other) if len(key) > len(other) else (other, key)
    return longer[start + 1 :] == shorter[start:]


def display_name(name: str) -> str:
    """An event name for the tree: a year in front moves to the end ("2019 ACRL" → "ACRL 2019")."""
    words = name.replace("_", " ").split()
    if len(words) >= 2 and is_year(words[0]):
        words = [*words[1:], words[0]]
    return " ".join(words)


def _longest_first(name: str) -> tuple[int, str]:
    # names of one length in the order of their letters, not of a set's hashes (which change
    # from run to run): the same title loses the same name every time
    return (-len(name), name)


@lru_cache(maxsize=1024)
def name_in_any_case(name: str) -> re.Pattern[str]:
    """A pattern finding ``name`` as written, in any case: a note's event names are taken out
    of each of its titles and headings (compiled once per name, not looked up per text)."""
    return re.compile(re.escape(name), re.IGNORECASE)


@lru_cache(maxsize=1024)
def _set_off(name: str) -> re.Pattern[str]:
    """``name`` set off before or after a title (``without_event``), in any case."""
    escaped = re.escape(name)
    return re.compile(
        rf"^[\[【(]\s*{escaped}\s*[\]】)]\s*|^{escaped}\s*[:：|｜\-–—]\s+"
        rf"|\s+[\-–—|｜]\s*{escaped}$|\s*[\[【(]\s*{escaped}\s*[\]】)]$",
        re.IGNORECASE,
    )


def without_event(title: str, names: Iterable[str]) -> str:
    """A talk's title without the event written before or after it, set off by a colon, a dash,
    a bar or brackets: "RubyKaigi 2024: The Road to a Universal Parser" → "The Road to a
    Universal Parser", "… (RubyKaigi 2024)" → "…"; "… in the First-Year Seminar" keeps it;
    and without the words a post adds to say it reports the talk ("… 세션 정리")."""
    text = " ".join(title.split())
    for name in sorted({n for n in names if n}, key=_longest_first):
        if name_in_any_case(name).search(text) is not None:  # the big pattern only then
            text = _set_off(name).sub("", text)
        head = _HEAD.match(text)
        if head is not None and _only_filler_besides(head.group("head"), name):
            # "Our DjangoCon US talk: …", "Mi charla en FOSDEM 2025 — …": the event, and words
            # saying whose talk or what kind of post, before the title
            text = text[head.end() :]
            first = text.split(" ", 1)[0]
            if first.isalpha() and first.islower():
                # the sentence's case after the colon, the talk's title's own on its own:
                # "building a CMS editor …" is "Building a CMS editor …" (not "iOS", "gRPC")
                text = text[0].upper() + text[1:]
    text = _REPORT_TAIL.sub("", text).strip() or text
    text = without_slide_frame(text)
    quoted = _BRACKETED.match(text)
    if quoted is not None:
        text = quoted.group(1).strip()
    return text.strip() or title


# A title's first part, before a colon, a bar or a dash: "Our DjangoCon US talk: …".
_HEAD = lazy(r"^(?P<head>[^:：|｜—–]{3,80}?)\s*(?:[:：|｜]|\s[\-–—])\s+(?=\S)")


def _only_filler_besides(head: str, name: str) -> bool:
    """Whether ``head`` holds the event's name and otherwise only filler words ("our",
    "talk", "recap", a year)."""
    at = head.lower().find(name.lower())
    if at < 0:
        return False
    rest = (head[:at] + " " + head[at + len(name) :]).split()
    return bool(rest) and all(
        (bare := word.strip(".,!?'’\"“”").lower()) in _FILLER
        or bare in _TITLE_FILLER
        or strip_particle(bare)[0] in _FILLER
        or is_year(bare)
        for word in rest
    )


# What a post's title says after the talk's: that it is the writer's report of it
# ("… 세션 자세히 정리", "… 발표 후기", "「…」を聞いてきた").
_REPORT_TAIL = lazy(
    r"\s*(?:(?:세션|발표|강연|키노트)\s*(?:자세히\s*|내용\s*)?(?:정리|후기|요약|리뷰)|후기"
    r"|を聞いてきた|を聴いてきた|に参加してきた)\s*$"
)
_EMPTIED_PAREN = lazy(r"[\s,;·|/]+\)")
_BRACKETED = lazy(r"^[「『\"“](.+)[」』\"”]$")


# The word before the city an event was held in, closing a title: "… en Manila", "… di
# Hanoi", "… ở Hà Nội", "… in Berlin", "… à Lyon", "… em Lisboa"
_IN_A_PLACE = lazy(r"(?:^|\s)(?:en|in|di|ở|tại|à|em|na|no|a)\s+$")
# a day and its month without the year: "(środa 19.06)" after a day's name
_DAY_AND_MONTH = lazy(r"(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])\.?")
_PLACE_WORDS = frozenset(("en", "in", "di", "ở", "tại", "à", "em", "na", "no", "a"))


# a bracketed tag opening a title: "[PyCon KR 2024] …", "【ArchSummit】 …", "(Day 2) …"
_OPENING_TAG = lazy(r"^\s*(?:\[[^\]]{0,40}\]|【[^】]{0,40}】|\([^)]{0,20}\))\s*")


@lru_cache(maxsize=65536)
def _junk(word: str) -> bool:
    """A word that is no part of a talk's title at either end of a title: filler, a year,
    a meetup's number, a day's date in brackets."""
    bare = word.strip("-–—:|·,.!?[]()「」『』\"'").lower()
    base, _ = strip_particle(bare)
    return (
        not bare
        or bare in _FILLER
        or base in _FILLER
        or bare in _TITLE_FILLER
        or is_year(bare)
        or _EDITION.match(bare) is not None  # "#12", "14회", "제3회": which meetup
        # "(środa 19.06)": the day's date in the brackets its weekday was in
        or (word[-1] == ")" and bare[:1].isdigit() and _DAY_AND_MONTH.fullmatch(bare) is not None)
    )


def only_an_event(text: str) -> bool:
    """Whether a heading names an event and nothing more ("DjangoCon US 2024", "EuroPython
    2024 notes"), not a talk given there ("GopherCon 2024: PGO in production")."""
    names = event_phrases(text)
    return bool(names) and not strip_event(text, names)


def strip_event(title: str, names: Iterable[str]) -> str:
    """A title without the event it names, bracketed tags, dates, day names and filler
    words: "[PyCon KR 2024] 타입 힌트 잘 쓰기 후기" → "타입 힌트 잘 쓰기"; "" when nothing
    is left (the title names the event or the day, not a talk)."""
    text = " ".join(title.split())
    names = tuple(names)
    if any(name_of_a_city(name) for name in names):
        # "ArchSummit 2024 深圳" named "ArchSummit 2024 Shenzhen" (its spaces made one again)
        text = " ".join(latin_cities(text).split())
    text = _OPENING_TAG.sub(" ", text)
    for name in sorted(set(names), key=_longest_first):
        if name:
            text = name_in_any_case(name).sub(" ", text)
    if ")" in text:  # "(Kenji Morita, Config 2024)" without its event: "(Kenji Morita)"
        text = _EMPTIED_PAREN.sub(")", text)
    if _may_name_a_day(text):
        text = _DAY_NAMES.sub(" ", text)
    if "zie" in text or "ün" in text or "ZIE" in text or "ÜN" in text:
        # "Dzień 1", "1. Gün": a day in Polish or Turkish
        text = _DAY_NAMES_PL_TR.sub(" ", text)
    if may_name_an_ordinal_day(text.lower()):  # "ikinci gün", "andra dagen", "– dag 2"
        text = ORDINAL_DAY.sub(" ", text)
    if may_name_a_weekday(text):  # "Středa", "Thứ Tư": the days of the week in other languages
        text = european_weekday().sub(" ", text)
    for mention in reversed(find_dates(text)):
        text = text[: mention.offset] + " " + text[mention.offset + mention.length :]
    text = without_series_part(text)
    words = text.split()

    while words and _junk(words[0]):
        words.pop(0)
    while words and _junk(words[-1]):
        words.pop()
    left = " ".join(words).strip(" -–—:|·,")
    before = title[: len(title) - len(left)]
    if left and _AFTER_A_DASH.search(before) and looks_like_name(left) and not only_a_kind(before):
        # "DEVIEW 2023 참관기 - 김민수": the event and the page's author, no talk ("Keynote -
        # Lynn Root" names the keynote's speaker)
        return ""
    if left and title.endswith(left):
        # "Crónica: PyCon APAC 2025 en Manila", "… di Hanoi": the event and where it was
        said = words[0].lower() in _PLACE_WORDS
        place = words[1:] if said else words
        if (
            1 <= len(place) <= 3
            and all(w[:1].isupper() for w in place)
            and (said or _IN_A_PLACE.search(title[: len(title) - len(left)]))
        ):
            return ""
    return left
