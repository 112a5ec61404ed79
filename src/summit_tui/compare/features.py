"""What two passages are compared on: their content words, in a form both languages share.

A passage becomes a list of units, one per content word or number. Each unit carries
keys, and two units match when they share any key:

- ``k:증가`` the Korean stem, particles and endings off (korean.py), with its syllable
  pairs for partial matches (금융리서치 / 금융 리서치);
- ``c:grow`` a concept: an English word's stem (english.py), or a Korean word's English
  words from the word list (lexicon.py), or a Latin term kept in a Korean note (BeaGo);
  an acronym's plural is the acronym (GPUs → gpu);
- ``t:PLKST`` a consonant skeleton, so 퍼플렉시티 meets Perplexity (corpus/sounds); a short
  word's frame with its vowels, ``s:SeTo`` (섀도, shadow: corpus/sounds), and a short name's
  syllables, ``s:K(A)K(AO)`` (카카오, Kakao: corpus/sounds, as search and events hear it);
- ``n:4~5x`` a number with its unit, in any language (numbers.py).

Stop words are dropped; common words and bare small numbers say less (``strength``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from summit_tui.compare import (
    cjk,
    english,
    europe_lexicon,
    function_words,
    korean,
    lexicon,
    numbers,
    scripts,
    sea_lexicon,
    thai,
)
from summit_tui.compare.wordlist import words
from summit_tui.corpus.sounds import SKELETON_MIN as MIN_LENGTH
from summit_tui.corpus.sounds import (
    hangul_frames,
    hangul_skeleton,
    latin_frames,
    latin_skeleton,
    looks_borrowed,
    short_sound_keys,
)

_NUM = (
    rf"{numbers.SPACED_THOUSANDS}|{numbers.DOTTED_THOUSANDS}|\d+(?:,\d{{3}})+(?:\.\d+)?"
    rf"|{numbers.DECIMAL_COMMA}"
    r"|\d+(?:\.\d+)?"
)
_TOKEN = re.compile(
    rf"(?P<date>\d{{4}}[-./]\d{{1,2}}[-./]\d{{1,2}})"
    rf"|(?P<model>[a-z]+-?\d+(?:\.\d+)?[a-z]*)"
    rf"|(?P<num>(?:{_NUM})(?:\s*[-~–—]\s*(?:{_NUM}))?)"
    r"|(?P<lat>[a-z]+(?:'[a-z]+)?)"
    r"|(?P<ko>[\uac00-\ud7a3]+)"
    rf"|(?P<cjk>{cjk.CJK_RUN})"
    r"|(?P<sym>[%×$€£])"
    rf"|(?P<word>{scripts.WORD})"
)
# An acronym's plural (GPUs, LLMs, SoCs, APIs) reads as the acronym: the stemmer keeps
# "gpus" whole, since the s of "status" or "analysis" is no plural either.
_ACRONYM_PLURAL = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z]*[A-Z])s(?![A-Za-z])")
_RANGE = re.compile(rf"({_NUM})\s*[-~–—]\s*({_NUM})")
# A Hangul suffix glued to a Latin word or a number (AMD사의, GPT를, Perplexity는).
_GLUED = re.compile(
    r"^(?:사|측)?(?:의|는|은|가|이|를|을|와|과|로|으로|에서|에|도|만|인|이다|라는)?$"
)

# Everyday words of talks and notes that say little about which point is made.
_COMMON_KO = frozenset(
    words(
        "사용 제공 다양 중요 가능 필요 주요 기술 방법 방식 문제 해결 결과 사람 세계 사용자 기업 "
        "회사 산업 분야 시장 서비스 시스템 역할 기반 활용 과정 수준 부분 전체 이상 개선 향상 "
        "도움 가치 목표 핵심 요소 측면 단계 시대 변화 발전 성장 증가 확장 새로운 새롭 지원 진행 "
        "구축 세션 발표자 키노트 "
    )
)
_COMMON_EN = frozenset(
    words(
        "use provide make new important need able help different various key main good "
        "great big large first last next time people world company business industry "
        "system technology way work year day also give take come see show keynote "
        "session talk speaker "
    )
)
# The same for Japanese and Chinese (as cjk.py's keys: Simplified where forms differ).
_COMMON_HAN = frozenset(
    cjk.canonical_han(w)
    for w in words(
        "発表 講演 登壇 会場 参加 今回 内容 紹介 説明 自分 感想 資料 質問 発表者 "
        "讲者 演讲 分享 介绍 内容 这次 今天 问题 方法 使用 利用 重要 必要 可能 "
    )
)
_COMMON_KATAKANA = frozenset(words("セッション トーク スライド イベント スピーカー キーノート"))
_COMMON_EN_STEMS = frozenset(english.stem_word(w) for w in _COMMON_EN)
COMMON = 0.35
HAN_PAIR = 0.5
# Letters a Latin word of two consonants has when it is compared by its frame (corpus/sounds)
# with a short Hangul or Katakana loanword: log ログ 로그, shadow 섀도 (not an, go; a longer
# word with so few consonants is seldom a loanword).
SHORT_SOUND_LETTERS = (3, 6)
# Consonants a Hangul word's sound needs to be heard as two English words written as one
# without a sign of a loanword (액션아이템); with one, MIN_LENGTH (레드팀).
COMPOUND_SOUND = 5
# Consonants each of the two words needs: a shorter one (use, iOS, ole) joins a loanword
# by chance (use sequences 시퀀스, iOS folks 스파크).
COMPOUND_PART = 2


@dataclass(frozen=True, slots=True)
class Unit:
    """One content word or number of a passage."""

    text: str  # as it reads in the passage (a stem, a word, a number)
    keys: frozenset[str]  # two units match when they share any key
    grams: frozenset[str]  # syllable pairs of a Korean stem (partial matches), else empty
    strength: float  # how much it says on its own, before the item's weights
    lang: str  # "ko", "en" (any Latin word), "num"
    primary: str = field(init=False)  # the key that stands for it when counting how common
    crosses: bool = field(init=False)  # whether it can match a word of another language

    def __post_init__(self) -> None:
        object.__setattr__(self, "primary", min(self.keys, key=_key_order))
        object.__setattr__(self, "crosses", any(k[0] in "ctn" for k in self.keys))


def _key_order(key: str) -> tuple[int, str]:
    return ("hjwcnktsu".find(key[0]), key)


@dataclass(frozen=True, slots=True)
class Features:
    units: tuple[Unit, ...]
    stem_text: str  # the units' texts in order, for near-copy detection
    lang: str  # "ko" when the passage has Hangul words, else "en"
    english: bool = False  # Latin words in English (its function words outnumber others')

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(k for unit in self.units for k in unit.keys)

    @property
    def grams(self) -> frozenset[str]:
        return frozenset(g for unit in self.units for g in unit.grams)


def _bigrams(stem: str) -> frozenset[str]:
    return (
        frozenset(stem[i : i + 2] for i in range(len(stem) - 1)) if len(stem) > 2 else frozenset()
    )


def _epenthetic(syllable: str) -> bool:
    """A syllable of ㅡ and no final (크, 트, 스): the vowel Hangul puts after a loanword's
    consonant, which no native noun ends in before a particle."""
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 == 0 and (code % 588) // 28 == 18


# What makes a noun a verb (샘플링하다, 캐시되다): not part of a loanword's sound.
_VERB_SUFFIXES = ("하", "되")


@lru_cache(maxsize=16384)
def _korean_units(token: str) -> tuple[Unit, ...]:
    """The units of a Hangul word (one, or a compound's parts, or none)."""
    forms = korean.stem_forms(token)
    stem = forms[-1]
    if stem in korean.STOP:
        return ()
    if (
        len(stem) < 2
        and len(forms) == 1
        and (not lexicon.known(stem) or korean.bare_verb_stem(stem))
    ):
        return ()  # a lone syllable (및, 등, 더, 늘) unless it is a noun with its particle (칩이)
    strength = COMMON if stem in _COMMON_KO else 1.0
    concepts = next((lexicon.concepts(f) for f in forms if lexicon.known(f)), ())
    if not concepts and len(stem) >= 3:
        parts = lexicon.split_compound(stem) or lexicon.split_compound(
            forms[min(1, len(forms) - 1)]
        )
        if parts:
            return tuple(
                Unit(
                    part,
                    frozenset({f"k:{part}", *lexicon.concepts(part)}),
                    frozenset(),
                    strength,
                    "ko",
                )
                for part in parts
            )
    keys = {f"k:{stem}", *concepts}
    if not concepts:
        # A loanword: its sound, from the form with only particles off (에너지를 → 에너지);
        # a short one's vowels too (섀도 → s:SeTo meets shadow).
        loanword = forms[1] if len(forms) > 1 else forms[0]
        if loanword.endswith(_VERB_SUFFIXES) and len(forms) > 2 and forms[2] == loanword[:-1]:
            loanword = forms[2]  # a loanword made a verb: 샘플링한다 → 샘플링하 → 샘플링
        skeleton = hangul_skeleton(loanword)
        if len(skeleton) >= MIN_LENGTH:
            keys.add(f"t:{skeleton}")
        bare = korean.without_particles(loanword)
        bare_skeleton = hangul_skeleton(bare)
        if bare != loanword and len(bare_skeleton) >= MIN_LENGTH:
            keys.add(f"t:{bare_skeleton}")  # particles stacked: 워터마크만으로는 → 워터마크
        if len(bare_skeleton) >= COMPOUND_SOUND or (
            len(bare_skeleton) >= MIN_LENGTH and looks_borrowed(_syllable_codes(bare))
        ):
            keys.add(f"u:{bare_skeleton}")  # may be two English words (팩트체커, 레드팀)
        if len(forms) > 1 and forms[-2] == stem + "로" and _epenthetic(stem[-1]):
            # 매크로 (macro) read as 매크 + 로: the 로 may be the loanword's own sound
            whole = hangul_skeleton(forms[-2])
            if len(whole) >= MIN_LENGTH:
                keys.add(f"t:{whole}")
        elif len(skeleton) > 1:
            keys.update(f"s:{frame}" for frame in hangul_frames(loanword))
        if (
            len(skeleton) < MIN_LENGTH
            and len(loanword) >= 2
            and _GLUED.match(token[len(loanword) :])
        ):
            # a short name, particles only after it (카카오의, not 버리면): its syllables
            # and vowels, as search and events hear it (corpus/sounds: kakao, 카카오)
            keys.update(f"s:{key}" for key in short_sound_keys(loanword))
    return (Unit(stem, frozenset(keys), _bigrams(stem), strength, "ko"),)


def _syllable_codes(word: str) -> list[int]:
    return [ord(char) - 0xAC00 for char in word if "\uac00" <= char <= "\ud7a3"]


# A Han numeral before a unit of time or a multiple (兩年 = 2 years, 三倍 = 3×); not
# before 分 (十分 is "enough" in Japanese) or a count word.
_HAN_NUMERALS = {c: float(n) for n, chars in enumerate(("", "一", "二两兩", "三", "四", "五",
                 "六", "七", "八", "九", "十")) for c in chars}  # fmt: skip
_HAN_NUMERAL_UNITS = frozenset(("y", "mo", "h", "wk", "day", "x"))


def _cjk_units(token: str) -> list[Unit]:
    """Han pairs, lone Han and Katakana words of a Japanese or Chinese run (cjk.py)."""
    units: list[Unit] = []
    for position, char in enumerate(token):
        value = _HAN_NUMERALS.get(char)
        found = numbers.cjk_unit(token[position + 1 :]) if value else None
        if value and found and found[0].unit in _HAN_NUMERAL_UNITS:
            units.append(_number_unit(char, value, None, found[0].unit or ""))
            end = position + 1 + found[1]
            token = token[:position] + "、" * (end - position) + token[end:]
    for kind, run in cjk.runs(token):
        if kind == "kata":
            units.extend(_katakana_unit(part) for part in cjk.katakana_parts(run) if len(part) > 1)
            continue
        at = 0
        for start, end in cjk.glossary_words(run):
            units.extend(_han_pair_units(run[at:start]))
            units.append(_han_word_unit(run[start:end]))
            at = end
        units.extend(_han_pair_units(run[at:]))
    return units


def _katakana_unit(run: str) -> Unit:
    """A Katakana word: itself, its sound (consonants; vowels too when short), its meaning."""
    skeletons = cjk.katakana_skeletons(run)
    keys = {f"j:{run}", *(f"t:{s}" for s in skeletons)}
    if not skeletons:  # too short to say by its consonants: by its vowels too
        keys.update(f"s:{frame}" for frame in cjk.katakana_frames(run))
    keys.update(cjk.concepts(run))
    strength = COMMON if run in _COMMON_KATAKANA else 1.0
    return Unit(run, frozenset(keys), frozenset(), strength, "cjk")


def _han_pair_units(run: str) -> list[Unit]:
    units = []
    for pair in cjk.han_pairs(run) if run else ():
        # A pair is about half a word: a run of n characters gives n - 1 pairs.
        strength = HAN_PAIR * (COMMON if len(pair) < 2 or pair in _COMMON_HAN else 1.0)
        units.append(Unit(pair, frozenset({f"h:{pair}"}), frozenset(), strength, "cjk"))
    return units


def _han_word_unit(word: str) -> Unit:
    """A glossary word: its pairs (so it still meets the other Han language's pairs) and
    its English concepts, one unit as strong as a pair (it is one word either way)."""
    keys = {f"h:{pair}" for pair in cjk.han_pairs(word)} | set(cjk.concepts(word))
    strength = HAN_PAIR * (COMMON if len(word) < 2 or word in _COMMON_HAN else 1.0)
    return Unit(word, frozenset(keys), frozenset(), strength, "cjk")


_MADE_VERB = ("izations", "ization", "izing", "ized", "izes", "ize")


def _spellings(word: str) -> tuple[str, ...]:
    """The word, and its base when it is inflected: a Korean note writes the loanword of
    the base (checksums 체크섬, backfilling 백필, flagged 플래그) or of the whole word
    (sharding 샤딩), so both are sounded."""
    base = ""
    for suffix in _MADE_VERB:
        if word.endswith(suffix) and len(word) - len(suffix) >= 5:
            # parameterized → parameter (パラメータ, 파라미터), containerize → container
            return (word, word[: -len(suffix)])
    if word.endswith("ing") and len(word) > 5:
        base = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        base = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return (word, word[:-1])
    if len(base) > 2 and base[-1] == base[-2] and base[-1] not in "aeiouy":
        base = base[:-1]  # backfilling → backfil, flagged → flag
    return (word, base) if base else (word,)


@lru_cache(maxsize=1)
def _translated() -> frozenset[str]:
    """The English concepts the word list gives a Korean word for (data, team, carry)."""
    return frozenset(c for concepts in lexicon._table().values() for c in concepts)


# Consonants of a translated word's sound below which it is not compared by its sound.
_FOREIGN_SOUND = 5


@lru_cache(maxsize=16384)
def _latin_unit(word: str) -> Unit | None:
    if word in english.STOP or word in function_words.EUROPEAN or len(word) < 2:
        return None
    stem = english.stem_word(word)
    keys = {f"c:{stem}"}
    meaning = europe_lexicon.concepts(word)
    # A word of another language the list translates is met by its meaning: its short
    # sound would meet words of other meanings (fallos / paralelas, PLS).
    foreign = bool(meaning) and f"c:{stem}" not in meaning
    for spelling in _spellings(word):
        skeleton = latin_skeleton(spelling)
        if len(skeleton) >= MIN_LENGTH and not (foreign and len(skeleton) < _FOREIGN_SOUND):
            keys.add(f"t:{skeleton}")
        elif (
            len(skeleton) > 1 and SHORT_SOUND_LETTERS[0] <= len(spelling) <= SHORT_SOUND_LETTERS[1]
        ):
            keys.update(f"s:{frame}" for frame in latin_frames(spelling))
        if len(skeleton) < MIN_LENGTH and spelling == word and f"c:{stem}" not in _translated():
            # a name the word list does not translate (kakao, naver): as corpus/sounds hears it
            keys.update(f"s:{key}" for key in short_sound_keys(spelling))
    common = stem in _COMMON_EN_STEMS
    if foreign:
        keys.update(meaning)  # a Spanish, German, Czech … word's English words
        # as common as its English word (nuevo, neu: new)
        common = any(key[2:] in _COMMON_EN_STEMS for key in meaning)
    strength = COMMON if common else 1.0
    return Unit(word, frozenset(keys), frozenset(), strength, "en")


@lru_cache(maxsize=8192)
def _script_unit(word: str) -> Unit | None:
    """A word of another script (compare/scripts): its stem, and for Cyrillic and Greek its
    Latin spelling's concept and sounds, as a Latin word of a note has them."""
    if len(word) < 2 or scripts.is_stop(word):
        return None
    keys = {f"w:{scripts.stem(word)}"}
    spelled = scripts.latin(word)
    if spelled is not None and len(spelled) >= 4:
        keys.add(f"c:{english.stem_word(spelled)}")
        skeleton = latin_skeleton(spelled)
        if len(skeleton) >= MIN_LENGTH:
            keys.add(f"t:{skeleton}")
    return Unit(word, frozenset(keys), frozenset(), 1.0, scripts.script(word))


@lru_cache(maxsize=4096)
def _thai_units(run: str) -> tuple[Unit, ...]:
    """A run of Thai letters, a phrase: a unit per pair of its clusters (compare/thai)."""
    return tuple(
        Unit(
            pair,
            frozenset({f"w:{pair}"}),
            frozenset(),
            HAN_PAIR * (COMMON if thai.common(pair) else 1.0),
            "thai",
        )
        for pair in thai.cluster_pairs(run)
        if len(pair) > 1
    )


@lru_cache(maxsize=4096)
def _number_unit(text: str, low: float, high: float | None, unit: str) -> Unit:
    keys = numbers.number_keys(low, high, unit)
    return Unit(text, frozenset(keys), frozenset(), numbers.strength(low, unit), "num")


# Latin letters with marks (é, ñ, ü, ç; Vietnamese ệ, ữ) and those without a decomposition
# (ß, ø, æ).
_ACCENTED = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
_LETTERS = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"})


def _unaccented(text: str) -> str:
    """Latin letters without their marks, so "producción" is one word (the tokens are
    a-z), "Lucía" meets "Lucia" and "Größe" is not "gr" and "e". Only combining marks of
    Latin letters go: Hangul and kana recompose whole."""
    decomposed = unicodedata.normalize("NFD", text.translate(_LETTERS))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")
    )


def _tokens(text: str) -> list[tuple[str, str, int, int]]:
    return [(m.lastgroup or "", m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=8192)
def features(text: str) -> Features:
    """The units of a passage's readable text (see the module docstring)."""
    text = _ACRONYM_PLURAL.sub(r"\1", unicodedata.normalize("NFKC", text)).lower()
    vietnamese = False
    if _ACCENTED.search(text):
        vietnamese = _VIETNAMESE_MARKS.search(text) is not None
        text = _unaccented(text)
    tokens = _tokens(text)
    units: list[Unit] = []
    has_hangul = has_cjk = False
    other_scripts: dict[str, int] = {}
    latin_at: dict[int, int] = {}  # a Latin word's token -> its unit
    dotted: bool | None = None  # whether a dot sets thousands apart (worked out when needed)
    skip = 0
    for position, (kind, value, start, _end) in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if kind == "ko":
            has_hangul = True
            before = tokens[position - 1] if position else None
            if (
                before
                and before[3] == start
                and before[0] in ("lat", "model", "num")
                and (_GLUED.match(value))
            ):
                continue
            days = numbers.korean_days(value)
            if days is not None:
                units.append(_number_unit(value, days, None, "day"))
                continue
            amount = numbers.word_value(value)
            if amount is not None and following and following[0] == "ko":
                measure = numbers.korean_unit(following[1])
                if measure is not None and measure.unit is not None:
                    units.append(_number_unit(value, amount, None, measure.unit))
                    skip = 1
                    continue
            units.extend(_korean_units(value))
        elif kind == "cjk":
            before = tokens[position - 1] if position else None
            if before and start - before[3] <= 1 and before[0] == "num":  # 30倍, 30 倍
                found = numbers.cjk_unit(value)
                value = value[found[1] :] if found else value  # the number's unit, read above
            cjk_units = _cjk_units(value)
            has_cjk = has_cjk or bool(cjk_units)
            units.extend(cjk_units)
        elif kind in ("num", "date"):
            if kind == "date":
                units.append(Unit(value, frozenset({f"n:{value}"}), frozenset(), 1.0, "num"))
                continue
            if dotted is None:
                dotted = _dotted(tokens)
            number, consumed = _number(value, tokens, position, dotted=dotted)
            if number is not None:
                units.append(number)
            skip = consumed
        elif kind == "model":
            word = value.replace("-", "")
            units.append(Unit(value, frozenset({f"c:{word}"}), frozenset(), 1.0, "en"))
        elif kind == "lat":
            if value not in numbers.NUMBER_WORDS:
                unit = _latin_unit(value)
                if unit is not None:
                    latin_at[position] = len(units)
                    units.append(unit)
                continue
            amount = numbers.word_amount(value)
            if amount is not None:
                units.append(_number_unit(value, amount[0], None, amount[1]))
                continue
            spelled = numbers.word_value(value)
            if spelled is not None and value not in ("one",):
                number, consumed = _number(str(spelled), tokens, position)
                if number is not None:
                    units.append(number)
                    skip = consumed
                    continue
            unit = _latin_unit(value)
            if unit is not None:
                latin_at[position] = len(units)
                units.append(unit)
        elif kind == "word" and thai.is_thai(value):
            found = _thai_units(value)
            units.extend(found)
            if found:
                other_scripts["thai"] = other_scripts.get("thai", 0) + 1
        elif kind == "word":
            unit = _script_unit(scripts.plain(value))
            if unit is not None:
                units.append(unit)
                other_scripts[unit.lang] = other_scripts.get(unit.lang, 0) + 1
    lang = "ko" if has_hangul else "cjk" if has_cjk else "en"
    if lang == "en" and other_scripts:
        # A Russian line naming Kafka and Kubernetes is Russian: compared with English
        # across languages, with Russian as one language.
        latin_words = sum(1 for unit in units if unit.lang == "en")
        main, count = max(other_scripts.items(), key=lambda pair: pair[1])
        if count >= latin_words:
            lang = main
    if lang == "en" and not other_scripts and _without_word_list(tokens):
        units = [_with_letter_grams(u) if u.lang == "en" else u for u in units]
        # Vietnamese by its letters; any other Latin language without a word list is read
        # with the Indonesian one, whose words no other language writes alike
        sea = {unit.text: unit for unit in _sea_units(tokens, vietnamese=vietnamese)}
        if sea:  # a listed word keeps its own keys too ("komponen" is also its letters)
            units = [_with_keys(u, sea.pop(u.text).keys) if u.text in sea else u for u in units]
            units.extend(sea.values())
    if len(latin_at) > 1:
        _join_compounds(text, tokens, latin_at, units)
        _spelled_out_acronyms(tokens, latin_at, units)
    english = lang == "en" and _in_english(tokens)
    return Features(_distinct(units), " ".join(u.text for u in units), lang, english)


# The share of a Latin passage's words that English function words must reach before it is
# read as English: a Polish line's "w" and "do" are not enough.
ENGLISH_SHARE = 0.15


def _dotted(tokens: list[tuple[str, str, int, int]]) -> bool:
    """Whether a passage writes thousands with a dot (1.200 horas): Latin, with a function
    word of German, Spanish, Portuguese … (English writes 1,200; a decimal with three
    places after the point is rare in notes)."""
    found = False
    for kind, value, _, _ in tokens:
        if kind in ("ko", "cjk"):
            return False
        found = found or (kind == "lat" and value in function_words.EUROPEAN)
    return found


def _in_english(tokens: list[tuple[str, str, int, int]]) -> bool:
    """Whether a Latin passage is English: more of English's function words than of the
    other European languages', and a fair share of its words (a line of neither is not
    told)."""
    own = other = count = 0
    for kind, value, _, _ in tokens:
        if kind == "lat":
            count += 1
            own += value in english.STOP
            other += value in function_words.EUROPEAN
    return own > other and own >= ENGLISH_SHARE * count


def _join_compounds(
    text: str, tokens: list[tuple[str, str, int, int]], at: dict[int, int], units: list[Unit]
) -> None:
    """Two Latin words in a row also as one sound (``u:``), the way a Korean note writes
    a two-word term as one loanword: fact-checkers 팩트체커, red team 레드팀, on-service
    온서비스. Both words take the key, so the loanword covers both."""
    added: dict[int, frozenset[str]] = {}
    for position, (kind, first, _, end) in enumerate(tokens[:-1]):
        following = tokens[position + 1]
        if kind != "lat" or following[0] != "lat":
            continue
        second = at.get(position + 1)
        if second is None or (gap := text[end : following[2]]) not in _JOINS:
            continue
        if position not in at and gap != "-":
            continue
        keys = _compound_keys(first, following[1])
        if keys:
            for n in (at.get(position), second):
                if n is not None:
                    added[n] = added.get(n, frozenset()) | keys
    for n, keys in added.items():
        units[n] = _with_keys(units[n], keys)


@lru_cache(maxsize=16384)
def _compound_keys(first: str, second: str) -> frozenset[str]:
    head = latin_skeleton(first)
    if len(head) < COMPOUND_PART:
        return frozenset()
    keys = set()
    for spelling in _spellings(second):
        tail = latin_skeleton(spelling)
        if len(tail) >= COMPOUND_PART:
            keys.add(f"u:{head}{tail[1:] if tail[0] == head[-1] else tail}")
    return frozenset(keys)


_JOINS = (" ", "-")

# Acronyms of technology talks and the words they stand for: one note writes PR, another
# pull request, and both are the acronym's concept (c:pr). Words as features reads them.
_ACRONYMS = {
    "pr": "pull request", "mr": "merge request", "ci": "continuous integration",
    "cd": "continuous delivery", "slo": "service level objective",
    "sla": "service level agreement", "sli": "service level indicator",
    "sre": "site reliability engineering", "ml": "machine learning",
    "llm": "large language model", "ui": "user interface", "ux": "user experience",
    "dx": "developer experience", "qa": "quality assurance",
    "vm": "virtual machine", "cdn": "content delivery network", "sso": "single sign on",
    "mfa": "multi factor authentication", "pii": "personally identifiable information",
    "rag": "retrieval augmented generation", "nlp": "natural language processing",
    "poc": "proof of concept", "mvp": "minimum viable product", "roi": "return on investment",
    "kpi": "key performance indicator", "tco": "total cost of ownership",
    "gc": "garbage collection", "jit": "just in time", "ide": "integrated development environment",
    "iac": "infrastructure as code", "oss": "open source software",
}  # fmt: skip
_SPELLED_OUT = {tuple(words.split()): acronym for acronym, words in _ACRONYMS.items()}
_SPELLED_FIRST = frozenset(words[0] for words in _SPELLED_OUT)
_SPELLED_LONGEST = max(len(words) for words in _SPELLED_OUT)


def _spelled_out_acronyms(
    tokens: list[tuple[str, str, int, int]], at: dict[int, int], units: list[Unit]
) -> None:
    """Words an acronym stands for, written out (pull requests, service level objective),
    also as the acronym: each of their units takes its concept."""
    for position in at:
        if tokens[position][1] not in _SPELLED_FIRST:
            continue
        for length in range(_SPELLED_LONGEST, 1, -1):
            run = tokens[position : position + length]
            if len(run) < length or any(kind != "lat" for kind, *_ in run):
                continue
            words = [value for _, value, _, _ in run]
            acronym = _SPELLED_OUT.get(tuple(words))
            if acronym is None and words[-1].endswith("s"):
                acronym = _SPELLED_OUT.get((*words[:-1], words[-1][:-1]))  # pull requests
            if acronym is not None:
                key = frozenset({f"c:{acronym}"})
                for n in range(position, position + length):
                    if n in at:
                        units[at[n]] = _with_keys(units[at[n]], key)
                break


# Letters only Vietnamese writes among the Latin languages: "ư", "ơ", "ă", "đ" and the
# vowels with a dot below, a hook or a tilde of the Latin Extended Additional block
_VIETNAMESE_MARKS = re.compile("[ăđơư\u1ea0-\u1ef9]")
_SEA_SPAN = 3  # words of the longest entry ("chuỗi cung ứng", "mã nguồn mở")


@lru_cache(maxsize=16384)
def _with_keys(unit: Unit, keys: frozenset[str]) -> Unit:
    return Unit(unit.text, unit.keys | keys, unit.grams, unit.strength, unit.lang)


def _sea_units(tokens: list[tuple[str, str, int, int]], *, vietnamese: bool) -> list[Unit]:
    """A Vietnamese or Indonesian passage's listed words (``sea_lexicon``) as English
    concepts, the longest run of syllables first: "chuoi cung ung" is a supply chain."""
    words = [value for kind, value, _, _ in tokens if kind == "lat"]
    found: list[Unit] = []
    position = 0
    while position < len(words):
        for span in range(min(_SEA_SPAN, len(words) - position), 0, -1):
            phrase = " ".join(words[position : position + span])
            keys = sea_lexicon.concepts(phrase, vietnamese=vietnamese)
            if keys:
                found.append(Unit(phrase, frozenset(keys), frozenset(), 1.0, "en"))
                position += span
                break
        else:
            position += 1
    return found


# A Latin passage with this few English function words among its words is in another
# language; with no word list for it (Hungarian, Polish, Turkish, Dutch, Indonesian…) its
# words are also compared by their letter triples, so the forms one word takes meet
# (költségjelentést / költségjelentések, Karpenter / Karpenterrel, wdrożenie / wdrożenia).
FOREIGN_STOP_SHARE = 0.1
FOREIGN_MIN_WORDS = 4
GRAM_LETTERS = 4  # shorter words are compared whole


def _without_word_list(tokens: list[tuple[str, str, int, int]]) -> bool:
    latin = [value for kind, value, _, _ in tokens if kind == "lat" and len(value) > 1]
    if len(latin) < FOREIGN_MIN_WORDS:
        return False
    stops = sum(1 for value in latin if value in english.STOP)
    return stops <= FOREIGN_STOP_SHARE * len(latin)


@lru_cache(maxsize=16384)
def _with_letter_grams(unit: Unit) -> Unit:
    word = unit.text
    if len(word) < GRAM_LETTERS or not word.isalpha() or unit.grams:
        return unit
    grams = frozenset(f"{word[i : i + 3]}" for i in range(len(word) - 2))
    return Unit(word, unit.keys, grams, unit.strength, unit.lang)


def _distinct(units: list[Unit]) -> tuple[Unit, ...]:
    """One unit per word: a word said twice in a passage is one point, not two."""
    seen: dict[str, Unit] = {}
    for unit in units:
        # A number is told by its unit too: three years and three weeks are two facts.
        said = unit.primary if unit.lang == "num" else unit.text
        kept = seen.get(said)
        if kept is None or unit.strength > kept.strength:
            seen[said] = unit
    return tuple(seen.values())


# Words joining two amounts of one unit: "from 40 to 3 minutes", "van 40 naar 3 minuten",
# "z 40 do 3 min", "von 40 auf 3 Minuten", "de 40 a 3 minutos", "40 till 3 minuter".
_TO_WORDS = frozenset(
    ("to", "naar", "tot", "do", "bis", "auf", "a", "ate", "till", "til", "ke", "hingga", "na")
)


def _unit_ahead(rest: list[tuple[str, str, int, int]]) -> str:
    """The unit of the amount a bare number goes to ("40" in "from 40 to 3 minutes")."""
    if len(rest) < 3 or rest[0][0] != "lat" or rest[0][1] not in _TO_WORDS:
        return ""
    if rest[1][0] != "num" or rest[2][0] != "lat":
        return ""
    return numbers.latin_unit(rest[2][1]) or ""


_SIGNS = {"%": "%", "×": "x", "$": "usd", "€": "eur", "£": "gbp"}
_CURRENCIES = ("$", "€", "£")


def _number(
    value: str, tokens: list[tuple[str, str, int, int]], position: int, *, dotted: bool = False
) -> tuple[Unit | None, int]:
    """A number token with the multiplier and unit after it; how many tokens it used up.
    ``dotted``: the passage writes thousands with a dot (1.200 horas, 400.000 Euro)."""
    match = _RANGE.fullmatch(value)
    if match:
        low, high = numbers.parse_digits(match[1]), numbers.parse_digits(match[2])
    else:
        low = (dotted and numbers.dotted_thousands(value)) or numbers.parse_digits(value)
        high = None
    if low is None:
        return None, 0
    if high is not None and high <= low:
        high = None  # 2024-11 is not a range
    consumed = 0
    unit = ""
    factor = 1.0
    rest = tokens[position + 1 :]
    if rest and rest[0][0] == "lat":
        multiplier = numbers.latin_multiplier(rest[0][1])
        if multiplier is None and rest[0][2] == tokens[position][3]:
            multiplier = numbers.glued_multiplier(rest[0][1])  # $180k
        if multiplier is not None:
            factor, consumed, rest = multiplier, 1, rest[1:]
        if (
            rest
            and rest[0][0] == "lat"
            and numbers.latin_unit(rest[0][1]) is not None
            and (rest[0][1] != "s" or not numbers.is_year(low))  # the 1990s are no seconds
        ):
            unit = numbers.latin_unit(rest[0][1]) or ""
            consumed += 1
    elif rest and rest[0][0] == "sym":
        unit = _SIGNS[rest[0][1]]
        consumed = 1
    elif rest and rest[0][0] == "ko":
        measure = numbers.korean_unit(rest[0][1])
        if measure is not None:
            factor = measure.multiplier
            unit = measure.unit or ""
            consumed = 1
            if measure.unit is None and high is None:
                # an amount in parts and its unit: 4만 5천 달러 (45,000 dollars)
                low, unit, used = _korean_amount(low * factor, factor, rest[1:])
                factor, consumed = 1.0, consumed + used
    elif rest and rest[0][0] == "cjk" and rest[0][2] - tokens[position][3] <= 1:
        found = numbers.cjk_unit(rest[0][1])
        if found is not None:  # the rest of the run is read on its own (300万行の → 行)
            factor = found[0].multiplier
            unit = found[0].unit or ""
    if not unit and high is None and factor == 1.0:
        unit = _unit_ahead(rest)
    if position and tokens[position - 1][1] in _CURRENCIES:
        unit = _SIGNS[tokens[position - 1][1]]  # $180k, €400k
    low *= factor
    high = high * factor if high is not None else None
    return _number_unit(value, low, high, unit), consumed


def _korean_amount(
    amount: float, multiplier: float, rest: list[tuple[str, str, int, int]]
) -> tuple[float, str, int]:
    """An amount read up to a Korean multiplier (4만), with the smaller parts after it (5천)
    and the unit word that ends it (달러): the whole amount, its unit, the tokens used."""
    used = 0
    while len(rest) > used + 1 and rest[used][0] == "num" and rest[used + 1][0] == "ko":
        part = numbers.parse_digits(rest[used][1])
        measure = numbers.korean_unit(rest[used + 1][1])
        if part is None or measure is None or measure.multiplier >= multiplier:
            break
        amount += part * measure.multiplier
        used += 2
        if measure.unit is not None:
            return amount, measure.unit, used
        multiplier = measure.multiplier
    if len(rest) > used and rest[used][0] == "ko":
        measure = numbers.korean_unit(rest[used][1])
        if measure is not None and measure.multiplier == 1.0 and measure.unit:
            return amount, measure.unit, used + 1
    return amount, "", used
