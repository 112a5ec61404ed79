"""Names and titles as written in notes: normalising, comparing, slugging, spotting people.

Shared by the segmenter (which finds titles and speakers) and the linker (which
compares them with the program). Comparisons use rapidfuzz; nothing here imports
the rest of the corpus package.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dates import without_timestamp_id
from summit_tui.corpus.han_names import hangul_foreign_name
from summit_tui.corpus.indic_names import INDIC_PREFIX_TITLE, indic_name, indic_script
from summit_tui.corpus.ordinal_words import leading_ordinal
from summit_tui.corpus.rtl_names import RTL_PREFIX_TITLE, rtl_name, rtl_script
from summit_tui.corpus.thai_names import thai_name, thai_script, without_thai_title
from summit_tui.corpus.time_prefix import day_time_prefix, paren_day
from summit_tui.corpus.title_translation import is_translation
from summit_tui.lazy_re import lazy

_SLUG_DROP = lazy(r"[^a-z0-9]+")
# Not a letter or digit: but the vowel signs, viramas and tone marks of the Indic scripts, Thai,
# Lao, Myanmar and Khmer are letters of their words ("ข้อมูล", "सीखना"), not accents: dropped,
# they split a word in pieces and make two words one ("เสือ" a tiger, "เสื้อ" a shirt).
_NON_WORD = lazy(
    r"[^\w\u0900-\u0963\u0981-\u09e3\u09fe-\u0a75\u0a81-\u0ae3\u0afa-\u0b63\u0b82-\u0bd7"
    r"\u0c00-\u0c63\u0c81-\u0c83\u0cbc-\u0d4d\u0d57-\u0d63\u0d81-\u0df3\u0e31-\u0e3a\u0e47-\u0e4e"
    r"\u0eb1-\u0ecd\u102b-\u103e\u1056-\u109d\u17b4-\u17d3\u17dd]+"
)
# "5. AI의 미래", "2) Title", and a Chinese list's "一、" / "3、" ("二、大模型网关的限流与计费")
# (一, U+4E00, to 四, U+56DB, holds every numeral: leading_number checks the letters)
# "3. ", "3) ", "三、", and a report's other ways to number: "(3) ", "다. " (Korean letters in
# their order: 가 나 다 라 …), "③ ".
_LEADING_NUMBER = lazy(
    r"^\s*(?:(\d{1,3})(?:\.\d+)*[.):]?\s+|([\u4e00-\u56db]{1,3}|\d{1,3})\s*、\s*"
    r"|[(（](\d{1,2})[)）]\s*|([가나다라마바사아자차카타파하])[.)]\s+|([\u2460-\u2473])\s*)(?=\S)"
)
_KOREAN_ORDER = "가나다라마바사아자차카타파하"
_CHINESE_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
_LEADING_BRACKET = lazy(r"^\s*\[[^\]]{1,20}\]\s*")
# A parenthesis ending a title, half- or full-width: "(Mark Adams)", "（陳柏翰）".
_TRAILING_PAREN = lazy(r"\s*[(（]([^()（）]{2,60})[)）]\s*$")


def _trailing_paren(text: str) -> re.Match[str] | None:
    """``_TRAILING_PAREN.search(text)``, searched only in a text that ends with a closing
    parenthesis, as every match does (most titles and names do not)."""
    if not text.rstrip().endswith((")", "）")):
        return None
    return _TRAILING_PAREN.search(text)


# Words that make a parenthesis an affiliation ("Kai-Fu Lee (Sinovation Ventures)").
_ORGANISATION = lazy(
    r"(?i)\b(?:ventures?|labs?|inc|corp|corporation|group|university|univ|institute|college|"
    r"technolog(?:y|ies)|systems|capital|partners|foundation|research|cloud|ai|company|co|"
    r"ltd|gmbh|studios?|games|bank|electronics|software|networks|solutions|ceo|cto|cvp|svp|vp|"
    r"founder|chairman|professor|fellow|director|head|lead|engineer"
    # "(Marta Soler, Barcelona Health Hub)", "(Pau Roca, Fundació i2CAT)": a place of work
    r"|hub|health|hospital|association|agency|ministry|council|consulting|media|telecom|digital"
    r"|services|cent(?:er|re)|academy|school|fundaci[óo]n?|universi(?:tat|dad|dade|té)"
    r"|ajuntament|ayuntamiento)\b|[,/]|대학|회장|대표|교수|연구"
)


# A meeting tool's title for its summary, before the meeting's own name, and the day after it
_MEETING_SUMMARY = lazy(r"(?i)meeting\s+(?:summary|notes|recap)\s+(?:for|of)\s+(?=\S)")
_TRAILING_DAY = lazy(r"\s*\((?:\d{1,4}[/.-]){2}\d{1,4}\)$")


def names_organisation(text: str) -> bool:
    """Whether a name holds a word organisations are named with ("Barcelona Health Hub",
    "Sinovation Ventures"), so is no person's."""
    return _ORGANISATION.search(text) is not None


# Roles written before a name: "한울정밀 CTO 서정민", "카카오 리드 엔지니어 김민수".
_ROLE = lazy(
    r"(?i)\b(?:ceo|cto|cpo|cfo|coo|vp|svp|evp|cvp|founder|director|head|lead|engineer|manager"
    r"|professor|researcher|fellow|gde|developer)\b|대표|이사|팀장|리드|엔지니어|개발자|교수|연구원|매니저"
)
_NOT_IN_NAMES = frozenset(
    str.split(
        "the of and for with in on to a an from at by into how why what your our my new"
        " building using beyond towards toward is are this that future ai"
        # placeholders where a name will go: "Speaker TBD", "To Be Announced"
        " tbd tba tbc speaker speakers unknown anonymous announced confirmed"
        # a job title after a name is a role, not a second person: "Daniel Okafor, Sr.
        # Solutions Architect", "Arjun Mehta, Senior Product Manager"
        " sr sr. senior principal staff architect architects engineer engineers manager"
        " scientist solutions product developer advocate evangelist consultant specialist"
        # "Catatan Saya", "Ghi chép": a post's "my notes" in Indonesian and Vietnamese
        " catatan laporan ringkasan saya ghi chép"
        # an unconference's session kinds: "Open Space: Topic" names no person
        " space spaces ignite ignites bof unconference barcamp lightning"
        # a panel's subject before its question: "Panel — Open RAN: hype or here?"
        " open"
    )
)
# Words written where a speaker's name is not known yet or not given (未定, 미정, 비공개):
# never a person, though they look like a short Korean or kanji name.
PLACEHOLDERS = frozenset(
    str.split(
        "미정 익명 비공개 미공개 추후 추후공개 없음 모름 공석 未定 調整中 未発表 未公開 不明 匿名"
        " なし 無し 待定 未定 未公布 待公布 暫定 未知 tbd tba tbc n/a na none unknown anonymous"
    )
)
# a title before a name: and in Spanish ("Dra."), French ("Mme", "Pr"), Swahili ("Dkt."
# Daktari, "Bi." Bibi, "Bw." Bwana, "Mwl." Mwalimu)
_PREFIX_TITLE = lazy(
    r"^(?:(?:Dr|Dra|Prof|Mr|Mrs|Ms|Mx|Sir|Mme|Mlle|Pr|Dkt|Mwl)\.?|(?:Bi|Bw)\.)\s+(?=[A-Z])"
)
_LATIN_WORD = lazy(r"^(?:[A-Z][a-zA-Z'’\-]*\.?|[A-Z]\.|de|van|von|der|bin|al|la|le|da)$")
# The first syllables of most Korean names: a word without one is rarely a person
# ("플랫폼", "데이터"), in a parenthesis after a title or between dashes.
_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원"
    "천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부"
)
# Honorifics and roles written after a name: "전병곤 교수님", "오혜연 교수", "유영상 CEO".
_HONORIFICS = (
    "교수님",
    "교수",
    "박사님",
    "박사",
    "선생님",
    "님",
    "회장",
    "대표님",
    "대표",
    "부사장",
    "사장",
    "CEO",
    "CTO",
)
_JA_HONORIFICS = ("さん", "氏", "様", "先生")


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Casefolded, NFKC, punctuation turned into single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("_", " ")
    words = text.split()
    if "".join(words).isalnum():  # letters and digits only: no punctuation to turn into spaces
        return " ".join(words)
    return " ".join(_NON_WORD.sub(" ", text).split())


def squash(text: str) -> str:
    """Letters and digits only: "Kai-Fu Lee" and "kai fu lee" become equal."""
    return normalize(text).replace(" ", "")


def slug(text: str, *, ascii_only: bool = False, fallback: str = "x") -> str:
    """A stable id part: lowercase words joined by '-', Hangul kept; the one slug of the
    project. ``ascii_only``: only [a-z0-9-] (ids of imported schedules, which program.yaml
    requires; other scripts drop out), ``fallback`` when nothing is left."""
    if "\x1b" in text or "\x9b" in text:
        # a terminal's colour or cursor sequence in a title ("Talk ESC[31mred"): never shown,
        # so never part of the id either ("talk-red", not "talk-31mred")
        from summit_tui.text import clean

        text = clean(text)
    if ascii_only:
        return _SLUG_DROP.sub("-", text.lower()).strip("-") or fallback
    return "-".join(normalize(text).split()) or fallback


def leading_number(title: str) -> int | None:
    match = _LEADING_NUMBER.match(title)
    if match is None:
        return None
    number = match.group(1) or match.group(2) or match.group(3)
    if number is None:
        if match.group(4):
            return _KOREAN_ORDER.index(match.group(4)) + 1
        return ord(match.group(5)) - 0x245F  # ① is 1
    if number.isdigit():
        return int(number)
    if any(c not in _CHINESE_DIGITS for c in number):
        return None  # "主、…": a letter between 一 and 十, no numeral
    if len(number) == 1:
        return _CHINESE_DIGITS[number]
    # "十二" is 12, "二十" 20, "二十三" 23
    tens, _, ones = number.partition("十")
    return _CHINESE_DIGITS.get(tens, 1) * 10 + _CHINESE_DIGITS.get(ones, 0)


def _accented_word(word: str) -> bool:
    """ "Müller", "Álvarez", "Nguyễn": a capitalised Latin word with letters beyond ASCII."""
    return (
        word[:1].isupper()
        and not word.isascii()
        and all(c.isalpha() or c in "'’-." for c in word)
        # no Hangul or CJK (Vietnamese letters, U+1E00–1EFF, sit between the two)
        and not any("\u1100" <= c <= "\u11ff" or "\u2e80" <= c <= "\ud7ff" for c in word)
    )


# A Markdown backslash escape: what a Google Docs or Word export writes for a plain "-", "(",
# "*" or "#" ("E\\-Rezept", "(27.12.2024\\)").
_ESCAPED = lazy(r"\\([!-/:-@\[-`{-~])")


def unescape(text: str) -> str:
    """Text as Markdown reads it: "38C3 \\- Tag 1 \\(27.12.2024\\)" → "38C3 - Tag 1
    (27.12.2024)"; the text itself when it holds no backslash."""
    return _ESCAPED.sub(r"\1", text) if "\\" in text else text


@lru_cache(maxsize=65536)
def looks_like_name(text: str, *, strict: bool = False) -> bool:
    """A person's name: 2–4 capitalised Latin words, or a 2–4 syllable Hangul name.

    ``strict`` (used for a parenthesis after a title) only accepts 3-syllable Hangul
    names, the common Korean form, so "(요약)" or "(데모)" are not taken for people.
    """
    words = text.split()
    if not words or len(text) > 60:
        return False
    if any(w.lower() in _NOT_IN_NAMES for w in words):
        return False  # "The Future of AI", "Building with Rust"
    if all(_LATIN_WORD.match(w) or _accented_word(w) for w in words):
        capitals = sum(1 for w in words if w[0].isupper())
        return 2 <= len(words) <= 4 and capitals >= 2
    # two to four Hangul syllables (by min and max: no pattern to build for it)
    if (
        len(words) == 1
        and 2 <= len(words[0]) <= 4
        and "가" <= min(words[0]) <= max(words[0]) <= "힣"
    ):
        if words[0] in PLACEHOLDERS:
            return False
        return not strict or (len(words[0]) == 3 and words[0][0] in _SURNAMES)
    if "\u3040" <= text[0] <= "\u9fff":
        return han_name(text)
    if rtl_script(text[0]):
        return rtl_name(words, strict=strict)
    if thai_script(text[0]):
        bare, titled = without_thai_title(text)
        return thai_name(bare.split(), titled=titled)
    if indic_script(text[0]):
        return indic_name(INDIC_PREFIX_TITLE.sub("", text).split())
    return False


# The surnames most Chinese names open with (traditional and simplified), and the compound ones:
# a run of two to four Han characters after a dash or in a parenthesis is a person only when it
# opens with one ("林怡君", "張哲維", "欧阳娜娜"), so "心得", "午餐" or "閃電秀" are not.
_HAN_SURNAMES = frozenset(
    "王李張张劉刘陳陈楊杨朴黃黄趙赵吳吴周徐孫孙馬马朱胡郭何高林羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓"
    "曹彭曾蕭萧田董袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏"
    "韋韦付方白鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向"
    "湯汤柯溫温歐欧洪賴赖游簡简詹翁施康傅涂紀纪連连莊庄甘蘭兰鄔邬"
)
_HAN_COMPOUND_SURNAMES = ("歐陽", "欧阳", "司馬", "司马", "諸葛", "诸葛", "上官", "東方", "东方")
# Characters that end words, not given names: days, kinds of event, parts of a programme
# ("金曜日", "高速化", "方法", "林業", "周年").
_NOT_GIVEN_NAME = frozenset(
    "日曜年月週周會会式法化題题論论場场室展區区組组部篇記记錄录得結结總总筆笔課课程議议講讲演版"
    "語语學学界業业品具器機机體体型性類类動动辺边故油間间後后前點点表單单書书館馆"
)
_HAN = lazy(r"^[\u4e00-\u9fff]{2,4}$")
# A Japanese name written as two words: "山本 翔太", "佐藤 由美" (kanji, a given name may be kana).
_JAPANESE_NAME = lazy(r"^[\u4e00-\u9fff々]{1,3} [\u4e00-\u9fff々\u3040-\u309f]{1,3}$")


# The most common Japanese surnames of two kanji: a name written without its space opens with one.
_JAPANESE_SURNAMES = frozenset(
    str.split(
        "佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 山口 松本 井上 木村 斎藤"
        " 斉藤 清水 山崎 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 藤田 後藤 近藤 村上 遠藤"
        " 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山"
        " 和田 石田 森田 上田 内田 柴田 酒井 宮崎 横山 高木 安藤 宮本 大野 小島 谷口 今井 工藤 高田"
        " 増田 丸山 杉山 村田 大塚 新井 小山 平野 藤本 河野 上野 野口 武田 松井 千葉 岩崎 菅原 木下"
        " 佐野 野村 松尾 市川 菊地 杉本 古川 大西 島田 水野 桜井 高野 吉川 山内 西田 飯田 菊池 西川"
        " 小松 北村 安田 川口 平田 中田 服部 川崎 岩田 土屋 福島 本田 樋口 秋山 田口 永井 山中 中西"
        " 吉村 川上 石原 大橋 松岡 浅野 荒木 野田 小池 星野 松下 熊谷 大谷 内藤 黒田 尾崎 永田 川村"
        " 望月 田辺 松村 荒井 大島 平井 早川 菅野 西山 広瀬 横田 石橋 萩原 岩本 片山 関口 宮田 大石"
    )
)
_PLACE_ENDS = frozenset("城駅線寺町村県市区屋店港橋家流派")  # "松本城", "山田屋": a place, a shop
_JAPANESE_GIVEN = lazy(r"^[\u4e00-\u9fff々]{1,2}$|^[\u3040-\u309f]{2,4}$")


def han_name(text: str) -> bool:
    """A Chinese name ("林怡君", "王磊", "歐陽娜娜") or a Japanese one written with its space
    ("山本 翔太"); not a Han word that happens to open with a surname ("金曜日", "高速化")."""
    if _JAPANESE_NAME.match(text):
        return True
    if text[:2] in _JAPANESE_SURNAMES and _JAPANESE_GIVEN.match(text[2:]):
        # "山田太郎", "佐藤花子", "田中さくら": a common surname, then a given name, unspaced
        given = text[2:]
        return not any(char in _NOT_GIVEN_NAME for char in given) and given not in _PLACE_ENDS
    if not _HAN.match(text) or text in PLACEHOLDERS:
        return False
    if text[:2] in _HAN_COMPOUND_SURNAMES:
        given = text[2:]
    elif text[0] in _HAN_SURNAMES:
        given = text[1:]
    else:
        return False
    return 1 <= len(given) <= 2 and not any(char in _NOT_GIVEN_NAME for char in given)


def korean_name_at_end(text: str, *, role: bool = False) -> str | None:
    """ "넥슨 김도윤", "한울정밀 CTO 서정민": a company or role, then a Korean name.
    ``role``: only after a role or an organisation word ("CTO", "대표", "Labs")."""
    words = text.split()
    if len(words) < 2:
        return None
    last = words[-1]
    for suffix in _HONORIFICS:
        if last.endswith(suffix) and len(last) - len(suffix) >= 2:
            last = last[: -len(suffix)]
            break
    if not looks_like_name(last, strict=True):
        return None
    if role and not _ROLE.search(" ".join(words[:-1])):
        return None
    return last


# What ends a Korean word that is no name: a particle ("이번에", "회사를", "팀의", "서울로")
_PARTICLE_ENDS = ("에", "를", "을", "의", "로", "며", "고")


def name_then_affiliation(text: str) -> str | None:
    """The name in "박지훈 SK텔레콤", "김철수 카카오 CTO", "田中太郎 LINEヤフー" or "山田 太郎
    株式会社メルカリ": a Korean, Chinese or Japanese name first, then the speaker's company or
    role; None where the rest may be a second person ("김철수 이영희") or a sentence's words."""
    if text.isascii():
        return None
    words = text.split()
    if not 2 <= len(words) <= 5:
        return None
    for size in (2, 1):
        name, rest = " ".join(words[:size]), words[size:]
        if rest and len(rest) <= 3 and _asian_name(name) and _affiliation(rest):
            return name
    return None


def _asian_name(name: str) -> bool:
    if "가" <= name[0] <= "힣":
        return looks_like_name(name, strict=True) and not name.endswith(_PARTICLE_ENDS)
    return "\u4e00" <= name[0] <= "\u9fff" and han_name(name)


def _affiliation(words: list[str]) -> bool:
    """A company or a role after a name: Latin or katakana letters in it ("SK텔레콤",
    "LINEヤフー"), a role word ("CTO", "대표"), or one Hangul word that is no Korean name
    ("카카오", "네이버"; "이영희" is a second person)."""
    text = " ".join(words)
    if looks_like_name(text, strict=True) or han_name(text):
        return False
    if _ROLE.search(text) or any(
        (c.isascii() and c.isalpha()) or "\u30a0" <= c <= "\u30ff" for c in text
    ):
        return True
    return len(words) == 1 and 2 <= len(text) <= 8 and all("가" <= c <= "힣" for c in text)


_PARENTHESIS = lazy(r"[(（][^()（）]*[)）]")


@lru_cache(maxsize=65536)
def clean_person(text: str) -> str | None:
    """The name in "오혜연 교수 (KAIST, Moderator)", "Kasper Vinther（Rust devroom）" or
    "**Rani Borkar**", or None."""
    if "(" in text or "（" in text:
        text = _PARENTHESIS.sub(" ", text)
    text = text.replace("*", " ").replace("`", " ").strip(" \t-–—:,;·.")
    text = _PREFIX_TITLE.sub("", text)
    if text and rtl_script(text[0]):
        text = RTL_PREFIX_TITLE.sub("", text)  # "د. ليلى المنصوري"
    elif text and indic_script(text[0]):
        text = INDIC_PREFIX_TITLE.sub("", text)  # "डॉ. मीरा अय्यर"
    elif text and thai_script(text[0]):
        return text if looks_like_name(text) else None  # "คุณธนกร แก้วมณี": title kept
    words = text.split()
    while len(words) > 1 and (words[-1] in _HONORIFICS or words[-1] in _JA_HONORIFICS):
        words.pop()  # "Đỗ Văn Phúc さん": a Latin name, then the Japanese honorific
    if words and words[-1].endswith(_JA_HONORIFICS):
        # "（Daniel Ortizさん）", "（佐藤 健氏）": Japanese writes the honorific onto the name
        suffix = next(s for s in _JA_HONORIFICS if words[-1].endswith(s))
        bare = words[-1][: -len(suffix)]
        if bare and len("".join(words[:-1]) + bare) >= 2:
            words[-1] = bare
    if len(words) == 1:
        for suffix in _HONORIFICS:
            if words[0].endswith(suffix) and len(words[0]) - len(suffix) >= 2:
                words[0] = words[0][: -len(suffix)]
                break
    name = " ".join(words)
    if name in _HONORIFICS:
        return None
    return name if looks_like_name(name) else None


@lru_cache(maxsize=65536)
def split_title(title: str) -> tuple[str, int | None, str | None]:
    """(title without numbering, date prefix or trailing speaker; its number; the speaker).

    "5. AI의 미래" → ("AI의 미래", 5, None); "AI Infra Market(Mark Adams)" →
    ("AI Infra Market", None, "Mark Adams"); "[23.03.29] Generative AI" → ("Generative AI", ...).
    """
    text = " ".join(title.split())
    number = leading_number(text)
    if number is not None:
        text = _LEADING_NUMBER.sub("", text, count=1)
    elif ordinal := leading_ordinal(text):
        number, text = ordinal  # "أولاً: Title", "Second, Title", "첫째, Title"
    text = _LEADING_BRACKET.sub("", text, count=1) or text
    if text[-1:] in ")）" and (dated := paren_day(text)) is not None:
        text = text[: dated[0]].rstrip()  # "Building AI startups (Thu 5 Sept)": its day, no title
    speaker: str | None = None
    match = _trailing_paren(text)
    if match and match.start() > 0 and (person := _han_person(match.group(1))):
        # "（刘洋さん）", "(黄涛 Huang Tao)": a Chinese name with a Japanese honorific or its
        # Latin spelling beside it
        return text[: match.start()].rstrip() or title.strip(), number, person
    if match and match.start() > 0 and is_translation(text[: match.start()], match.group(1)):
        return text.strip(), number, None  # the title again in another script: no person
    if match and match.start() > 0 and hangul_foreign_name(match.group(1)):
        # "(야마모토 하루토)": a Japanese name in Hangul, not a company and a Korean name
        return text[: match.start()].rstrip() or title.strip(), number, match.group(1).strip()
    before = text[: match.start()].rstrip() if match else ""
    if before and (dashed := _dashed_person(before, _speaker_parts(before))):
        # "Title - Bryan Boreham (Grafana Labs)": the person after the dash, the parenthesis
        # their company, not a second name
        return dashed[0] or title.strip(), number, dashed[1]
    if match and match.start() > 0 and (people := _paren_people(match.group(1))):
        # "Scaling Postgres (Jane Doe, Tom Lee)", "(Daniel Okafor & Mei Tanaka)": every part
        # a person, the first one named
        return text[: match.start()].rstrip() or title.strip(), number, people[0]
    if (
        match
        and match.start() > 0
        and _ORGANISATION.search(match.group(1))
        and looks_like_name(text[: match.start()].strip(), strict=True)
    ):
        # "Kai-Fu Lee (Sinovation Ventures)": a person, with the affiliation in parentheses
        speaker = text[: match.start()].strip()
        return speaker, number, speaker
    if match and match.start() > 0 and holds_any(match.group(1), _PAREN_PART_MARKS):
        # "(키노트, 김도윤님)", "（Tomasz Nowak、Ministage 2）", "（朴智勲さん / SKテレコム）",
        # "(Jane Doe / Acme)": the person among the parts
        for part in _PAREN_PART.split(match.group(1)):
            person = _paren_part_person(part.strip())
            if person and looks_like_name(person, strict=True):
                return text[: match.start()].rstrip() or title.strip(), number, person
    if match and match.start() > 0 and (person := korean_name_at_end(match.group(1))):
        # "(LG전자 최윤호)": the company, then the speaker
        return text[: match.start()].rstrip() or title.strip(), number, person
    if match and match.start() > 0:
        candidate = clean_person(match.group(1))
        if candidate and looks_like_name(candidate, strict=True):
            speaker = candidate
            text = text[: match.start()].rstrip()
    if speaker is None and "โดย" in text:
        # "Title โดย คุณName", "… โดย ดร.Name": Thai "by", then the speaker
        before, _, after = text.rpartition("โดย")
        if before.strip() and (person := clean_person(after)):
            return before.strip(), number, person
    return text.strip() or title.strip(), number, speaker


# What parts of a parenthesis after a title are split at: a person and their company or room.
_PAREN_PART = lazy(r"[,、/／]")
_PAREN_PART_MARKS = (",", "、", "/", "／")


def _paren_part_person(part: str) -> str | None:
    """The person a part of a parenthesis names: a Latin or Korean name (``_person_part``), or a
    Chinese or Japanese one, bare or with its honorific ("张伟", "田中太郎", "朴智勲さん")."""
    if not part:
        return None
    if "\u3040" <= part[0] <= "\u9fff":
        return _han_person(part) or (part if han_name(part) else None)
    return _person_part(part)


def _dashed_person(text: str, parts: list[str]) -> tuple[str, str] | None:
    """(title, speaker) of a text that ends with a person after a dash or bar ("Title —
    Jane Doe"), given its ``_speaker_parts``; None otherwise."""
    if len(parts) < 2 or not parts[0].strip() or (name := _speaker_name(parts[-1])) is None:
        return None
    return text[: text.rfind(parts[-1])].rstrip(" —–|｜/-"), name


_HAN_PERSON = lazy(
    r"(?P<han>[\u4e00-\u9fff]{2,4})\s*(?:さん|様|氏|先生|老师|老師"
    r"|\s+(?P<latin>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}))"
)


def _han_person(inner: str) -> str | None:
    """The Chinese name in "刘洋さん" or "黄涛 Huang Tao" (the same name in Latin letters)."""
    found = (
        _HAN_PERSON.fullmatch(inner.strip()) if "\u4e00" <= inner.strip()[:1] <= "\u9fff" else None
    )
    if found is None or not looks_like_name(found["han"], strict=True):
        return None
    if found["latin"] and not looks_like_name(found["latin"], strict=True):
        return None
    return found["han"]


def _paren_people(inner: str) -> tuple[str, ...]:
    """The people of a parenthesis naming two or more ("Jane Doe, Tom Lee", "Daniel Okafor &
    Mei Tanaka", "김민지, 박지우"), each a whole name; () for anything else."""
    if not any(mark in inner for mark in TWO_PEOPLE_MARKS):
        return ()
    parts = _TWO_PEOPLE.split(inner)
    if not 2 <= len(parts) <= 4:
        return ()
    people = [clean_person(part) for part in parts]
    if all(p and looks_like_name(p, strict=True) for p in people):
        # "(Jonas Keller, Linux Foundation)": a later part naming an organisation is the
        # first person's affiliation, not a second speaker
        return (people[0], *(p for p in people[1:] if not _ORGANISATION.search(p)))
    return ()


# Words a trailing parenthesis tags a talk or a part with, not a person: its language, its
# form, its level ("(Live)", "(Korean)", "(Workshop)", "(EN)", "(한국어)", "(Deutsch)"), or
# a retrospective board's column ("잘한 것 (Keep)", "Went well (Start)").
_PAREN_TAGS = frozenset(
    str.split(
        "live demo demos workshop workshops overview intro introduction keynote panel tutorial"
        " lightning talk session remote online virtual hybrid recorded video videos slides"
        " recap summary update updated draft bonus beginner beginners intermediate advanced"
        " hands-on lab q&a qa part day track stage room hall english korean japanese chinese"
        " german french spanish portuguese italian dutch polish russian ukrainian turkish"
        " hungarian czech swedish danish norwegian finnish vietnamese thai indonesian"
        " deutsch français francais español espanol português portugues italiano polski"
        " русский українська en ko kr ja jp zh cn de fr es pt it ru uk"
        " 한국어 영어 일본어 중국어 라이브 데모 워크숍 워크샵 키노트 영상 요약 발표"
        " 日本語 英語 中文 英文 韓国語 ライブ デモ"
        " keep problem try start stop continue"
    )
)


def paren_tag(title: str) -> bool:
    """A heading ending in a parenthesis that tags it ("Golden paths (Live)", "Q&A (EN)",
    "Slides (Korean)", "(Kotlin & Swift)" not: those are no surnames either way)."""
    match = _trailing_paren(title)
    if match is None:
        return False
    words = _TWO_PEOPLE.split(match.group(1).strip())
    return any(w.strip().lower() in _PAREN_TAGS for w in words)


def paren_people(title: str) -> tuple[str, ...]:
    """Every person a heading's trailing parenthesis names: "… (Daniel Okafor & Mei Tanaka)"
    → both; "… (김민지님)" → one; () without one."""
    speaker = split_title(title)[2]
    if speaker is None:
        return ()
    match = _trailing_paren(" ".join(title.split()))
    people = _paren_people(match.group(1)) if match else ()
    return people if speaker in people else (speaker,)


_DASH_BEFORE_LAST = lazy(r"\s[—–-]\s*[^—–:|-]+$|[—–]\s*[^—–:|-]+$")
# A talk's kinds in Japanese and Chinese headings ("登壇：…", "基調講演：…", "分论坛：…"), in
# _KIND_PREFIX and _LABEL alike
_CJK_TALK_KINDS = (
    "基調講演|キーノート|登壇|講演|主題演講|主题演讲|主旨演讲|主旨演講|演讲|演講|分论坛|分論壇"
)
_KIND_PREFIX = lazy(
    r"(?i)^\s*(?:opening |closing |main )?(?:keynote|session|talk|panel|workshop|키노트|기조연설"
    rf"|세션|발표|패널|강연|{_CJK_TALK_KINDS})\s*[:：—–-]\s*"
)
_PART_BREAK = lazy(r"\s+[—–-]\s+|\s*[—–]\s*|:\s+|\s+\|\s+")
_PART_MARKS = ("—", "–", "-", ":", "|")  # one of them is in every match of _PART_BREAK


@lru_cache(maxsize=65536)
def title_parts(title: str) -> tuple[str, str | None]:
    """(title, speaker) of a heading that names a speaker between dashes or before a
    colon: "NVIDIA — Jensen Huang: Accelerated Computing" → ("Accelerated Computing",
    "Jensen Huang"); "AMD — Steve Scott" → ("AMD", "Steve Scott"). A speaker in a
    trailing parenthesis is ``split_title``'s; without a name, (title, None)."""
    text = " ".join(title.split())
    if "：" in text and (spoken := _name_then_title(text)) is not None:
        return spoken
    if not holds_any(text, _PART_MARKS):
        return text, None  # no break _PART_BREAK could split at
    parts = [p.strip() for p in _PART_BREAK.split(text) if p.strip()]
    if len(parts) < 2:
        return text, None
    names = [(p, person) for p in parts if (person := _person_part(p))]
    last = parts[-1]
    if not names and _DASH_BEFORE_LAST.search(text) and looks_like_name(last, strict=True):
        names = [(last, last)]  # "Web: Baseline & View Transitions — 이수아"
    if not names:
        return text, None
    speaker, person = names[0]
    if len(names) > 1 and names[-1][0] == parts[-1] and _DASH_BEFORE_LAST.search(text):
        speaker, person = names[-1]  # "Free-threaded Python — Tom Brenner": the name last
    if len(parts) == 2 and person == speaker and _kind_then_topic(text, speaker):
        return text, None
    rest = [p for p in parts if p is not speaker]
    shown = max(reversed(rest), key=lambda p: len(p.split()))
    return shown, person


def only_a_kind(text: str) -> bool:
    """Whether ``text`` is only a talk's kind and a dash or colon ("Keynote - ", "세션: ")."""
    kind = _KIND_PREFIX.match(text) if text[:1].isalpha() else None
    return kind is not None and not text[kind.end() :].strip()


def _kind_then_topic(text: str, name: str) -> bool:
    """A talk's kind and a colon, then two or three capitalised words ("Keynote: Green
    Computing"): a title as often as a person ("Keynote: Jane Doe"), so a person only where
    the notes under it speak of one (corpus.kind_speaker). After a dash ("Keynote - Eirini
    Kalogeropoulou") they are the speaker, as in "Title — Name"."""
    if not name.isascii():
        return False  # "키노트: 김도윤님": a name with its honorific
    kind = _KIND_PREFIX.match(text)
    return (
        kind is not None
        and holds_any(kind.group(0), (":", "："))
        and text[kind.end() :].strip() == name
    )


def _name_then_title(text: str) -> tuple[str, str] | None:
    """(title, speaker) of a Chinese post's "王振宇：大模型时代的软件工程" / "1. Marco Bellini：
    Observability 2.0": the speaker before a full-width colon, the whole rest the title (which
    may hold a colon of its own: "陈立：从单体到单元化：十年架构演进")."""
    head, _, tail = text.partition("：")
    if leading_number(head) is not None:
        head = _LEADING_NUMBER.sub("", head, count=1)
    head = head.strip(" *")
    tail = tail.strip(" *")
    if not tail or not head or len(head) > 40:
        return None
    if head.isascii():
        return (tail, head) if looks_like_name(head, strict=True) else None
    return (tail, head) if len(head) <= 4 and looks_like_name(head, strict=True) else None


# A word joined by a hyphen to a lower-case one: "Free-threaded", "Open-source", "Real-time"
# (a name's parts are each capitalised, "Jean-Luc", or open on a particle, "al-Farsi")
_COMPOUND_WORD = lazy(r"\b(?!(?:al|el|ibn|bin|ben|abu|de|da|di|du|van|von)-)[A-Za-z]+-[a-z]")


def _compound_word(text: str) -> bool:
    return "-" in text and _COMPOUND_WORD.search(text) is not None


def _person_part(part: str) -> str | None:
    """A person named on their own between dashes: a Latin name, or a Korean one with an
    honorific ("김민지님", "전병곤 교수"); a bare Korean word may be anything (인프라)."""
    paren = _trailing_paren(part)
    bare = (part[: paren.start()] + part[paren.end() :] if paren else part).strip()
    if bare.isascii() or all(_accented_word(w) or _LATIN_WORD.match(w) for w in bare.split()):
        # "Ines Duarte", "Inês Duarte", "Łukasz Nowak"
        return bare if looks_like_name(bare, strict=True) else None
    if hangul_foreign_name(bare):
        return bare  # "야마모토 하루토": a Japanese name as Korean notes spell it
    if bare.endswith(_HONORIFICS) and bare not in _HONORIFICS:
        return clean_person(bare)
    return korean_name_at_end(bare, role=True)


@lru_cache(maxsize=65536)
def title_variants(title: str) -> tuple[str, ...]:
    """The normalised ways to match a title: as written, without a trailing "(...)", and
    without a speaker named between dashes ("NVIDIA — Jensen Huang: Accelerated …")."""
    text = split_title(title)[0]
    variants = [normalize(text)]
    match = _trailing_paren(text)
    if match and match.start() > 0:
        variants.append(normalize(text[: match.start()]))
        if is_translation(text[: match.start()], match.group(1)):
            variants.append(normalize(match.group(1)))  # the talk's title in the other script
    shown, speaker = title_parts(text)
    if speaker is not None and len(normalize(shown)) >= 6:  # not "AMD" alone: too short
        variants.append(normalize(shown))
    bare = _KIND_PREFIX.sub("", text)
    if bare != text and len(normalize(bare)) >= 6:  # "Keynote: X", "키노트 — X": X
        variants.append(normalize(bare))
    first = variants[0]
    if first.endswith(_GROUP_WORDS):  # "TLS WG" is the TLS working group's session: "TLS"
        group = first.rsplit(" ", 2 if first.endswith(" group") else 1)[0]
        if group and group != first:
            variants.append(group)
    return tuple(v for v in dict.fromkeys(variants) if v)


# What names a standards body's or a community's group after its subject ("QUIC WG",
# "Privacy CG", "Routing Working Group", "Python SIG", "DNS BoF"), normalised
_GROUP_WORDS = (
    " wg", " working group", " cg", " community group", " ig", " interest group", " rg",
    " research group", " bof", " sig", " tc",
)  # fmt: skip


def containment(short: str, long: str) -> float:
    """Score for one squashed title contained in another, by how much of it it covers."""
    if len(short) > len(long):
        short, long = long, short
    if len(short) < 4 or short not in long:
        return 0.0
    return 100.0 * (len(short) / len(long)) ** 0.4


_FUZZ: Any = None


def _fuzz() -> Any:
    """rapidfuzz's scorers, imported on first use: a parse compares titles by them only
    now and then (titles_alike), and a worker that never does need not load the library."""
    global _FUZZ
    if _FUZZ is None:
        from rapidfuzz import fuzz

        _FUZZ = fuzz
    return _FUZZ


@lru_cache(maxsize=65536)
def title_similarity(a: str, b: str) -> float:
    """0–100 for two normalised titles; a short title inside a long one scores by coverage."""
    if not a or not b:
        return 0.0
    fuzz = _fuzz()
    return max(
        fuzz.ratio(a, b),
        fuzz.token_sort_ratio(a, b),
        containment(a.replace(" ", ""), b.replace(" ", "")),
    )


def titles_alike(a: str, b: str, bar: int) -> bool:
    """``title_similarity(a, b) >= bar`` for two normalised titles, without the scorers
    where the letters the two share already keep both of its ratios under ``bar``: either
    ratio is 200 * (longest common subsequence) / (both lengths), and that subsequence holds
    no more of a letter than either title does (token sorting moves letters, and keeps
    them, in a title spaced as normalize leaves it)."""
    if not a or not b:
        return False
    if a == b:
        return True
    if containment(a.replace(" ", ""), b.replace(" ", "")) >= bar:
        return True
    spaced = a == " ".join(a.split()) and b == " ".join(b.split())
    # the letters both hold, each as often as the one holding it less: a Counter's "&",
    # counted without building the two Counters (asked of every note's first heading)
    shared = sum(min(a.count(c), b.count(c)) for c in set(a).intersection(b)) if spaced else 0
    if spaced and 200 * shared < bar * (len(a) + len(b)):
        return False
    return title_similarity(a, b) >= bar


def name_similarity(a: str, b: str) -> float:
    """0–100 for two normalised person names (misspellings such as "Rani Borakr" score ~90)."""
    if not a or not b:
        return 0.0
    fuzz = _fuzz()
    return max(fuzz.ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))


# A time or time range opening a heading: "10:00", "10:30–11:10", "14:00 ~ 14:40 |",
# "[09:30]", "오후 2:00 -". Anchored and without nested repeats: linear on any line.
_CLOCK = r"(?:(?:오전|오후)\s*)?\d{1,2}(?:[:.]|h(?=\d))\d{2}(?:\s*[ap]\.?m\.?)?"  # 9h00 too
_LEADING_TIME = lazy(
    rf"(?i)^\s*[\[(]?{_CLOCK}(?:\s*(?:~|-|–|—|to)\s*{_CLOCK})?[\])]?(?:\s*[|｜·:：—–-]\s*|\s+)"
)
# Words of talk titles that are not people's names ("Lessons Learned", "Deep Dive").
_TITLE_WORDS = frozenset(
    str.split(
        "part lessons learned deep dive intro introduction overview recap summary demo q&a"
        " qna keynote talk session panel workshop tutorial edition update updates edge scale"
        " production practice patterns tips tricks day track stage room hall live case study"
        " studies notes basics advanced beginners revisited explained reloaded"
    )
)
_SPEAKER_BREAK = lazy(r"\s+[—–|｜/-]\s+|\s*[—–|｜]\s*")
_SPEAKER_MARKS = ("—", "–", "|", "｜", "/", "-")  # one of them is in every match of it


def _speaker_parts(text: str) -> list[str]:
    """``_SPEAKER_BREAK.split(text)``, the pattern run only on a text holding a break."""
    return _SPEAKER_BREAK.split(text) if holds_any(text, _SPEAKER_MARKS) else [text]


def _may_open_with_time(text: str) -> bool:
    """Whether ``text`` opens as ``_LEADING_TIME`` needs, after its spaces and one bracket:
    오전/오후, or one or two digits, then ":", "." or "h" and a digit (most headings open with
    a letter, numbered ones with "10. " or "3) ")."""
    head = text.lstrip()
    if head[:1] in ("[", "("):
        head = head[1:]
    if head[:1] == "오":
        return True
    after = 2 if head[1:2].isdecimal() else 1
    return (
        head[:1].isdecimal()
        and head[after : after + 1] in (":", ".", "h", "H")
        and head[after + 1 : after + 2].isdecimal()
    )


def leading_time(text: str) -> tuple[str, str | None]:
    """("Title", "10:30–11:10") for "10:30–11:10 Title"; (text, None) without a time."""
    match = _LEADING_TIME.match(text) if _may_open_with_time(text) else None
    if match is None or not text[match.end() :].strip():
        # "klo 14.00 …", "Fri 18:00 — …", "금요일 저녁 6시 — …", "Lördag 3 augusti: "…" …"
        return day_time_prefix(text) or (text, None)
    return text[match.end() :].strip(), match.group(0).strip(" |｜·:：—–-[]()")


_TWO_PEOPLE = lazy(r"\s+(?:and|&|und|et|y|e)\s+|\s*[、,]\s*")
TWO_PEOPLE_MARKS = (" and ", "&", ",", "、", " und ", " et ", " y ", " e ")


def _speaker_name(part: str) -> str | None:
    """A part after a dash or bar that is a person: "김하늘", "Tom Lee", "홍길동 님"; of two
    people ("Jane Doe and Tom Lee"), the first."""
    if (
        any(mark in part for mark in TWO_PEOPLE_MARKS)
        and 2 <= len(people := _TWO_PEOPLE.split(part)) <= 3
        and all(_one_speaker_name(p) for p in people)
    ):
        return _one_speaker_name(people[0])
    return _one_speaker_name(part)


def dash_people(heading: str) -> tuple[str, ...]:
    """Every person named after a heading's dash or bar when it names two or more ("What's
    new in Kotlin — Jane Doe and Tom Lee", "Compose tips — 김민지, 박지우"); () otherwise."""
    parts = _speaker_parts(" ".join(heading.split()))
    if len(parts) < 2 or not any(mark in parts[-1] for mark in TWO_PEOPLE_MARKS):
        return ()
    people = [_one_speaker_name(p) for p in _TWO_PEOPLE.split(parts[-1])]
    if 2 <= len(people) <= 4 and all(people):
        return tuple(p for p in people if p)
    return ()


def _one_speaker_name(part: str) -> str | None:
    if hangul_foreign_name(part.strip()):
        return part.strip()  # "야마모토 하루토": not a company and the Korean name "하루토"
    name = clean_person(part)
    if name is None:
        return korean_name_at_end(part) if len(part.split()) <= 3 else None  # "카카오 김민수"
    if len(name.split()) > 4:
        return None
    if name.isascii():
        words = name.lower().split()
        return None if any(w in _TITLE_WORDS for w in words) else name
    return name if looks_like_name(name, strict=True) else None


# What a slide-summary post adds to its talk's title: "Slides + notes: …", "Slide notes: …",
# "Folien + Notizen: …", "[슬라이드 정리] …", "… - 슬라이드 정리", "… (slides)", "【スライド】…"
_SLIDE_WORDS = (
    r"(?:(?i:slides?|slide\s+notes|slides?\s*(?:[+&]|and)\s*notes|notes\s*(?:[+&]|and)\s*slides?"
    r"|folien|folien\s*(?:[+&]|und)\s*notizen)|슬라이드(?:\s*(?:정리|요약|공유|리뷰))?"
    r"|발표\s*자료(?:\s*정리)?|スライド(?:まとめ|メモ)?|幻灯片(?:笔记)?)"
)
_SLIDE_MARKS = ("lide", "olie", "슬라이드", "スライド")  # where without_slide_frame looks
_SLIDE_FRAME = lazy(
    rf"^{_SLIDE_WORDS}\s*[:：]\s*|^[\[【(]\s*{_SLIDE_WORDS}\s*[\]】)]\s*"
    rf"|\s*[\-–—|｜]\s*{_SLIDE_WORDS}$|\s*[\[【(]\s*{_SLIDE_WORDS}\s*[\]】)]$"
)


def without_slide_frame(title: str) -> str:
    """A talk's title without what a slide-summary post adds to it ("Slides + notes: …",
    "… - 슬라이드 정리"); the title itself when that is all it says."""
    if not holds_any(title, _SLIDE_MARKS):
        return title
    return _SLIDE_FRAME.sub("", title).strip() or title


@lru_cache(maxsize=65536)
def heading_title(text: str) -> tuple[str, str | None, str | None]:
    """(title, speaker, time) of a talk heading as attendees write it: a time before it
    ("10:30–11:10 Title", "14:00 ~ 14:40 | Title") and a speaker after a dash or a bar
    ("Title — 김하늘", "Title - 홍길동", "Title | Tom Lee", "Title / 오세훈") are not part of the
    title."""
    if text[:1].isdigit():
        text = without_timestamp_id(text)  # "202409171410 Title": a Zettelkasten note's id
    title, time = leading_time(" ".join(text.split()))
    if title[:1] in "Mm" and (tool := _MEETING_SUMMARY.match(title)) is not None:
        # Zoom's "Meeting summary for Keynote: Title (02/26/2024)": the meeting's own name
        title = _TRAILING_DAY.sub("", title[tool.end() :]) or title
    if title and not title[0].isalnum():
        title = _without_leading_marks(title)  # "📌 세션 1: …", "🎤 …", "【演讲】…"
    if title.endswith(":") and (tags := _ORG_TAGS.search(title)) and tags.start() > 0:
        title = title[: tags.start()]  # an Org heading's tags: "Go: PGO in production  :go:perf:"
    speaker: str | None = None
    by = _BY_SPEAKER.search(title) if "," in title else None
    if by is not None and (name := clean_person(by.group("name"))):
        # "Keynote : Sobriété numérique, par Élise Martin"
        return _unlabelled(title[: by.start()]) or text, name, time
    by = _QUOTED_BY.match(title) if holds_any(title, _BY_WORDS) else None
    if by is not None and (name := clean_person(by.group("name"))):
        # '"Scaling Postgres" by Jane Doe', "Keynote by Jane Doe", "Opening keynote par …"
        return _unlabelled(by.group("title")) or text, name, time
    by = _DASH_BY.search(title) if by is None and holds_any(title, _BY_WORDS) else None
    if (
        by is not None
        and by.start() > 0
        and (name := clean_person(by.group("name")))
        and looks_like_name(name, strict=True)
    ):
        return _unlabelled(title[: by.start()]) or text, name, time
    if (
        by is None
        and holds_any(title, _TITLE_BY_WORDS)
        and (named := _title_by_name(title)) is not None
    ):
        return _unlabelled(named[0]) or text, named[1], time
    if (
        title[:1] not in _PAIRED_QUOTES
        and _QUOTE_OPENING.search(title) is not None  # the quote _KIND_BEFORE_QUOTE ends before
        and (kind := _KIND_BEFORE_QUOTE.match(title))
    ):
        title = title[kind.end() :]  # "Доклад «Observability без боли», Олег Иванов"
        if (named := _quoted_then_name(title)) is not None:
            return named[0], named[1], time
        return _unlabelled(title) or text, None, time
    if title[:1] in _PAIRED_QUOTES and (named := _quoted_then_name(title)) is not None:
        return named[0], named[1], time  # "「型で守る」 山田太郎", "«Title» Мария Петрова"
    parts = _speaker_parts(title)
    if len(parts) >= 2 and parts[0].strip():
        if (dashed := _dashed_person(title, parts)) is not None:
            title, speaker = dashed
        elif len(parts) == 2 and (name := _name_first(parts[0], parts[1])) is not None:
            return without_slide_frame(parts[1].strip()), name, time
    bare = _unlabelled(title) or text
    if speaker is None and ":" in bare and bare is not title:
        # "Keynote — Dr. Ines Carvalho: Python in the lab": after the kind, the speaker and
        # a colon, then the title; not after a panel's, where it is the subject: "Panel —
        # Network APIs: who pays?"
        head, _, tail = bare.partition(":")
        if (
            tail.strip()
            and not _PANEL_KIND.match(title)
            and len(head) <= 40
            and not _compound_word(head)
            and (person := _person_part(head.strip()))
        ):
            return without_slide_frame(tail.strip()), person, time
    return without_slide_frame(bare), speaker, time


# A talk of several people whose heading names its subject before a colon, not a speaker
_PANEL_KIND = lazy(
    r"(?i)^(?:panel|panell|panelo?|roundtable|round\s+table|mesa\s+redonda|taula\s+rodona"
    r"|table\s+ronde|tavola\s+rotonda|podium(?:sdiskussion)?|debate|debat|diskussion|discussion"
    r"|fireside\s+chat|패널|토론|パネル|圆桌|座谈)\b"
)


def _name_first(first: str, rest: str) -> str | None:
    """The speaker of a heading that names them first, in another script than the title's:
    "נועה לוי – Testing ML pipelines", "آرش کریمی — Serving LLMs on a budget". (A Latin name
    first is not told from a Latin title: "Kotlin Coroutines — Deep dive into flows".)"""
    first = first.strip()
    if first.isascii() or not _LATIN_LETTER.search(rest) or _LATIN_LETTER.search(first):
        return None
    return _one_speaker_name(first)


_LATIN_LETTER = lazy(r"[A-Za-z]")


# What a heading says before its talk's title: its kind or its part of the day ("키노트 - …",
# "Keynote: …", "Morning: …", "After lunch: …").
_LABEL = lazy(
    # a keynote with one word of any language before it, apart or glued: "Opening keynote",
    # "Nyitó keynote", "Zárókeynote", "Eröffnungskeynote", "Закриваючий кейноут"
    # (after the number of a numbered list of talks: "## 1. ΚΕΝΤΡΙΚΗ ΟΜΙΛΙΑ: …")
    r"^(?:\d{1,2}[.)]\s+)?(?:[^\W\d_]{0,20}\s?(?:keynote|кейноут|кейнот)"
    r"|(?:(?:opening|closing)\s+|(?:오프닝|클로징)\s*)?(?:keynote|키노트|기조\s*연설|기조연설|lightning\s+talk|라이트닝|panel"
    r"|패널|session|talk|세션|발표|(?:early\s+|late\s+)?(?:morning|afternoon|evening)|(?:before|after)\s+(?:lunch|the\s+break)"
    r"|오전|오후|점심\s*(?:전|후|이후)"
    # a label naming what follows as the talk: "議程：…", "Agenda: …", "タイトル：…", "제목: …"
    r"|agenda|title|제목|議程|议程|演題|題目|题目|タイトル|セッション|オープニング\s*キーノート"
    # a Japanese post's talk ("登壇：…", "講演：…") and a Chinese one's keynote, talk, track
    # session or round table ("主旨演讲：…", "分论坛：…", "圆桌论坛：…")
    rf"|{_CJK_TALK_KINDS}|分会场|分會場|圆桌(?:论坛|对话)?|圓桌(?:論壇|對話)?"
    # the kinds of talk French, German and Spanish programmes name
    r"|keynote\s+d['’]ouverture|keynote\s+de\s+cl[ôo]ture|conf[ée]rence|quickie|tools-in-action"
    r"|universit[ée]|hands-on\s+lab|vortrag|charla|ponencia"
    # and Portuguese, Dutch and Polish ones: "Palestra: …", "Sessie: …", "Lezing: …", "Wykład: …"
    r"|palestra|sessie|lezing|prelekcja|wyk[łl]ad"
    # a workshop or tutorial: "workshop: FastAPI …", "taller: …", "워크숍: …", "ワークショップ：…"
    r"|workshop|tutorial|taller|워크숍|워크샵|ワークショップ|ハンズオン|ucaptama"  # Malay's keynote
    # an unconference's session or a short talk: "Open Space: …", "BoF: …", "Ignite - …",
    # "오픈 스페이스: …", "라이트닝 토크: …", "이그나이트: …", "オープンスペース：…"
    r"|open\s?spaces?|unconference\s+session|birds\s+of\s+a\s+feather|bof|ignite"
    r"|lightning|오픈\s?스페이스|이그나이트|라이트닝\s?토크|オープンスペース|ライトニングトーク"
    # the same in Hindi and Bengali: "कीनोट: …", "কিনোট: …", "वर्कशॉप: …"
    r"|कीनोट|वर्कशॉप|कार्यशाला|কিনোট|কীনোট|ওয়ার্কশপ|কর্মশালা"
    # Greek's keynote ("main talk"), talk and workshop, with their accents or in capitals
    # without them: "Κεντρική ομιλία: …", "ΚΕΝΤΡΙΚΗ ΟΜΙΛΙΑ: …", "Εργαστήριο: …"
    r"|(?:κεντρικ[ήη]\s+|εναρκτ[ήη]ρια\s+)?ομιλ[ίι]α|εργαστ[ήη]ριο)"
    # a keynote or a talk in Persian, Hebrew or Arabic, and up to two words after it: "کی‌نوت:",
    # "کی‌نوت روز سوم:" (day three's keynote), "הרצאת פתיחה:", "الكلمة الافتتاحية:"
    r"|(?:کی\u200c?\s?نوت|سخنرانی|הרצאת|הרצאה|الكلمة|كلمة|محاضرة)(?:\s[^\W\d_]{1,12}){0,2})"
    r"\s*(?::|：|\s[-–—]\s)\s*(?=\S)",
    re.IGNORECASE,
)
_LABEL_ENDS = (":", "：", "-", "–", "—")  # one of them ends every label _LABEL matches


# An Org-mode heading's tags after its title (":policy:", ":go:perf:").
_ORG_TAGS = lazy(r"\s+:(?:[\w@#%]+:)+$")
# A label in lenticular or square CJK brackets opening a heading: "【演讲】", "【主题演讲】",
# "〔基調講演〕", "［セッション］"; what follows is the title.
_BRACKET_LABEL = lazy(r"^[【〔［〖][^】〕］〗]{1,12}[】〕］〗]\s*(?=\S)")


def _without_leading_marks(title: str) -> str:
    """A heading without the emoji, symbols or bracketed label it opens with ("📌 세션 1: …",
    "⚡ 라이트닝", "【演讲】…"), keeping punctuation (".NET", "{{title}}", "¿Qué …?")."""
    if label := _BRACKET_LABEL.match(title):
        return title[label.end() :]
    start = 0
    while start < len(title) and (
        unicodedata.category(title[start]) in ("So", "Mn", "Cf", "Zs") or title[start] == " "
    ):
        start += 1
    return title[start:] if start < len(title) else title


# ", par Élise Martin" ending a heading: the speaker, in French, German, Spanish or English,
# and Portuguese's and Dutch's ", com Rafael Souza", ", door Pieter Jansen".
_BY_SPEAKER = lazy(r",\s+(?:par|von|por|by|com|door)\s+(?P<name>[^,()]{3,60})$")
# A quoted title or a talk's kind, then its speaker: '"Scaling Postgres" by Jane Doe', and
# Tagalog's and Malay's "by": '"Typing at scale" ni Marco Villanueva', "Keynote oleh …".
_BY_WORDS = (" by ", " par ", " por ", " von ", " ni ", " oleh ", " Oleh ")
_QUOTED_BY = lazy(
    r'^(?P<title>["“«「„][^"”»」“]{2,100}["”»」“]|(?:(?:opening|closing)\s+)?(?:keynote|talk'
    r"|session|panel|workshop|lightning\s+talk|fireside\s+chat|conf[ée]rence|charla|vortrag"
    r"|ucaptama))"
    r"\s+(?:by|par|por|von|ni|oleh)\s+(?P<name>[^,()\n]{3,60})$",
    re.IGNORECASE,
)
# A title, a dash, then "by" and its speaker: "Scaling Postgres — by Jane Doe", "Django tanpa
# air mata — oleh Budi Santoso"
_DASH_BY = lazy(
    r"\s+[—–-]\s+(?:by|par|por|von|oleh|ni)\s+(?P<name>[^,()\n—–]{3,60})$", re.IGNORECASE
)
# "Observability without tears by Kerstin Müller", "Le futur du Web par Hugo Dupont": a
# title of two words or more, then its speaker after "by" (or the French, Spanish,
# Portuguese or Dutch word, whose languages write their other nouns in lower case), the
# name two or three capitalised words. Not German "von": "Migration von Legacy Systemen".
_TITLE_BY = lazy(
    r"^(?P<title>\S+(?:\s+\S+)+?)\s+(?P<by>by|par|por|door)\s+"
    r"(?P<name>[A-ZÀ-Þ\u0100-\u017f][\w'’.-]*(?:\s+(?:(?:de|da|do|dos|van|der|del|di|du|le|la)\s+){0,2}"
    r"[A-ZÀ-Þ\u0100-\u017f][\w'’-]+){1,2})"
    r"(?:\s*\([^()]{1,40}\))?$"  # "… by Alice Ryhl (Google)": the company after the name
)
_TITLE_BY_WORDS = (" by ", " par ", " por ", " door ")  # one of them is in every match
# the word before "by" that makes the rest a cause, not a speaker: "Powered by Apache Kafka"
_NOT_SPOKEN_BY = frozenset(str.split("made built led run brought"))


def _title_by_name(title: str) -> tuple[str, str] | None:
    """(title, speaker) of a title that ends with "by Name" (``_TITLE_BY``), or None."""
    match = _TITLE_BY.match(title)
    if match is None:
        return None
    before = match["title"].rsplit(None, 1)[-1].lower()
    if match["by"] == "by" and (before.endswith(("ed", "en")) or before in _NOT_SPOKEN_BY):
        return None
    name = _one_speaker_name(match["name"])
    return (match["title"], name) if name else None


_QUOTED = lazy(
    r"^(?P<open>[\"“„«»「『‘‚‹])(?P<inner>.+)(?P<close>[\"”“»«」』’‘›])(?P<rest>\s*\([^()]*\))?$"
)
# The quotes of every language, each opening with the closings it is written with: "…",
# “…”, „…” and „…“ (German, Hungarian, Polish), «…» and »…« (Danish), 「…」, ‘…’, ‚…‘, ‹…›.
_PAIRED_QUOTES = {
    '"': '"',
    "“": "”“",
    "„": '”“"',  # and „…" as typed on a keyboard with the low quote only
    "«": "»",
    "»": "«",
    "「": "」",
    "『": "』",
    "‘": "’",
    "‚": "‘’",
    "‹": "›",
}
# a quote's opening mark, found in one scan of a title (a set's isdisjoint makes a string of
# each of its letters beyond Latin-1 to look it up)
_QUOTE_OPENING = lazy("[" + "".join(map(re.escape, sorted(_PAIRED_QUOTES))) + "]")


# A title in quotes, then its speaker with or without a dash: "「型で守る」 山田太郎".
_QUOTED_NAME = lazy(
    r"^(?P<open>[\"“„«»「『‘‚‹])(?P<inner>[^\"”“»«」』’‘›]{2,150})(?P<close>[\"”“»«」』’‘›])"
    r"\s*(?:[—–|,-]\s*)?(?P<rest>[^\s(（].{1,40})$"
)
# "by" or "with" before a quoted title's speaker, in the languages people write: '"Title" by
# Jane Doe', "«Títol», amb Nom", "«Título», a cargo de Nombre", "„Titel“ door Naam"
_BY_WORD = lazy(
    r"^(?i:by|par|por|von|de|med|with|mit|con|com|avec|amb|met|door|av|af|per|feat\.?"
    r"|a\s+c[aà]rrec\s+de|a\s+cargo\s+de)\s+"
)
# A talk's kind written before its quoted title: "Доклад «…», Имя", "Talk “…” — Name".
_KIND_BEFORE_QUOTE = lazy(
    r"(?i)^(?:доклад|лекция|кейноут|воркшоп|доповідь|talk|[^\W\d_]{0,12}keynote|session|workshop"
    r"|panel|vortrag|conférence|charla|ponencia|palestra|intervento|발표|세션|키노트|講演|発表"
    # a seminar or a lecture: "Seminaari: "…"", "yöluento", "föreläsning", "세미나"
    r"|[^\W\d_]{0,6}seminaari|seminarium|seminar|seminario|seminário|[^\W\d_]{0,6}luento"
    r"|föreläsning|foredrag|세미나)\s*[:：]?\s*"
    r"(?=[\"“„«»「『‘‚‹])"
)
# A Japanese name after a quoted title: a kanji surname, then a given name (kanji or kana)
_JAPANESE_AFTER_QUOTE = lazy(r"^[\u4e00-\u9fff々]{1,3}\s?[\u4e00-\u9fff々\u3040-\u30ff]{1,4}$")


_NOT_A_NAME_END = frozenset("編話戦門回目版会編集")


def quoted_talk_line(line: str) -> bool:
    """A line that is only a talk's title in quotes and its speaker ("「型で守る」 山田太郎",
    "“Ractors in production” — Mei Tanaka", "«Observability без боли» Мария Петрова")."""
    return len(line) <= 200 and _quoted_then_name(" ".join(line.split())) is not None


def _quoted_then_name(title: str) -> tuple[str, str] | None:
    """(title, speaker) of a heading that writes its title in quotes and its speaker after
    them ("「型で守る」 山田太郎", "\"Async all the way\" Jo Lee"), or None."""
    match = _QUOTED_NAME.match(title)
    if match is None or match["close"] not in _PAIRED_QUOTES[match["open"]]:
        return None
    rest = _BY_WORD.sub("", match["rest"].strip())  # '"Title" by Jane Doe'
    name = _speaker_name(rest)
    if name is None and _JAPANESE_AFTER_QUOTE.match(rest) and rest[-1] not in _NOT_A_NAME_END:
        name = rest  # not "入門編", "後半戦": a word ending as names do not
    return (match["inner"].strip(), name) if name else None


def _unlabelled(title: str) -> str:
    """A talk's title without the kind or part of the day written before it, and without the
    quotes around it: "Morning: "Writing a Type Profiler"" → "Writing a Type Profiler"."""
    match = _LABEL.match(title) if holds_any(title, _LABEL_ENDS) else None
    if match is not None and title[match.end() :].strip().lower() not in PLACEHOLDERS:
        title = title[match.end() :]  # "Keynote — TBD" keeps its kind: nothing else names it
    quoted = _QUOTED.match(title) if title[:1] in _PAIRED_QUOTES else None
    if quoted is None or quoted["close"] not in _PAIRED_QUOTES[quoted["open"]]:
        return title
    inner = quoted.group("inner")
    if any(mark in inner for mark in (quoted["open"], quoted["close"])):
        return title  # '"Fast" and "Safe"': two quoted parts, not one title in quotes
    return inner.strip() + (quoted.group("rest") or "")


_CLOCK_PARTS = lazy(
    r"(?i)(?P<half>오전|오후)?\s*(?P<h>\d{1,2})(?:[:.]|h(?=\d))(?P<m>\d{2})(?:\s*(?P<ap>[ap])\.?m\.?)?"
)


def clock_time(text: str) -> str | None:
    """ "HH:MM" (24-hour) of the time a talk heading opens with: "10:30–11:10 Title" →
    "10:30", "오후 2:00 - 클로징" → "14:00", "2:15pm Title" → "14:15"; None without one."""
    time = heading_title(text)[2]
    match = _CLOCK_PARTS.match(time) if time else None
    if match is None:
        return None
    hour, minute = int(match.group("h")), int(match.group("m"))
    afternoon = match.group("half") == "오후" or (match.group("ap") or "").lower() == "p"
    if afternoon and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


# Who moderates or hosts a panel, as its line says: "Moderated by Name", "Moderator: Name",
# "Moderiert von Name", "hosted by Name", Croatian/Slovenian "Moderatorica: Name", "Moderirala
# je Name", "moderira Name", Catalan/Spanish/Italian "(modera Name)"
_MODERATOR = lazy(
    r"(?i:moderated[ \t]+by|moderator|moderation|moderiert[ \t]+von|moderada[ \t]+por"
    r"|moderado[ \t]+por|modéré[ \t]+par|moderato[ \t]+da|hosted[ \t]+by"
    r"|moderira(?:o|la|l)?(?:[ \t]+je)?|modera(?=[ \t]+[A-ZÀ-Ž]))[ \t]*:?[ \t]*"
    r"[^,.;()\n]{0,60}"
)


def without_moderators(text: str) -> str:
    """``text`` without the names of a panel's moderator or host ("Moderated by Joris Dekker,
    with the steering committee"): that person gives another talk, this one is not theirs."""
    if (
        "oderat" not in text
        and "osted by" not in text
        and "oderira" not in text
        and "odera " not in text
    ):
        return text  # most texts: no such line
    return _MODERATOR.sub(" ", text)
