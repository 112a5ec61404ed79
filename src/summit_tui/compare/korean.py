"""Korean words without their grammar: particles and verb endings off, the stem kept.

Korean glues particles onto nouns (퍼플렉시티는 / 퍼플렉시티가) and endings onto verbs
(밝히는 / 밝혔다 / 밝히고), and most content words of notes are Sino-Korean nouns used as
verbs with 하다/되다/시키다 (증가했습니다, 증가한다, 증가하는). ``stem`` takes these off so
that two authors' words meet. It is a light, rule-based stemmer: it never cuts a word
below two syllables (but for a one-syllable noun with its particle: 칩이, 답을, and a
short list of one-syllable verb stems: 넣으면, 쓰기), so short nouns that end like a
particle (증가, 국가) stay. The word list (lexicon.py) is asked one thing only: whether what
a particle leaves is a listed noun (기술보다 → 기술, where the ending 다 would leave 기술보).
"""

from __future__ import annotations

from functools import lru_cache

from summit_tui.compare import lexicon
from summit_tui.compare.wordlist import words

_S_BASE = 0xAC00
_S_LAST = 0xD7A3
_FINAL_COUNT = 28


def _longest_first(words: str) -> tuple[str, ...]:
    return tuple(sorted(set(words.split()), key=lambda w: (-len(w), w)))


# Verb and adjective endings, longest first (after a stem or after 하/되/시키).
_ENDINGS = _longest_first(
    "하였습니다 되었습니다 시켰습니다 했습니다 됐습니다 었습니다 았습니다 였습니다 겠습니다 "
    "습니다 니다 하였다 되었다 했다 됐다 었다 았다 였다 한다 된다 이다 하다 되다 시키다 하는데 "
    "는데 은데 하면서 면서 하여서 해서 어서 아서 여서 하지만 지만 하므로 므로 으므로 하도록 "
    "도록 하려고 려고 하거나 거나 하기에 하기도 하기로 하기 되기 하는 되는 시키는 하고 되고 "
    "시키고 하며 되며 하면 되면 하게 되게 하여 되어 해야 돼야 어야 아야 했던 었던 하던 던 한데 "
    "인데 이며 이고 이라 이라는 이란 라는 다는 다고 냐고 자고 라고 이라고 하죠 이죠 죠 해요 "
    "어요 아요 에요 예요 세요 하세요 할 한 함 됨 임 음 짐 되 해 돼 고 며 면 게 기 지 다 요 어 아 "
    "여 는 은 서 된 될 "
)
# Particles after a noun, longest first; 들 (plural) before a particle.
_PARTICLES = _longest_first(
    "에서부터 으로부터 로부터 으로서는 으로써 으로서 로서 로써 에서는 에서도 에서의 으로는 "
    "으로도 으로의 로는 로도 로의 에게서 에게는 까지는 까지도 부터는 이라는 이라고 이라면 "
    "이라도 과의 와의 에의 에서 으로 에게 한테 께서 까지 부터 처럼 보다 만큼 마다 조차 밖에 "
    "라는 라고 에는 에도 이나 이며 이란 이랑 하고 와 과 의 은 는 이 가 을 를 에 도 로 만 께 란 "
    "랑 나 들 "
)
# What is left of 하다/되다/시키다 verbs, of -적/-화/-성 derivations and of the noun suffixes -별
# (per: 캐릭터별) and -본 (a copy: 요약본): the noun is the point.
_DERIVATIONS = ("시키", "하", "되", "적", "화", "성", "들", "히", "별", "본")
# Contracted past tense: the last syllable with ㅆ stands for stem + 었/았/였.
_PAST = {"했": "하", "됐": "되", "혔": "히", "켰": "키", "졌": "지", "렸": "리", "웠": "우"}
_PAST.update({"왔": "오", "줬": "주", "췄": "추", "났": "나", "갔": "가", "셨": "시", "쳤": "치"})
_PAST.update({"썼": "쓰", "컸": "크", "껐": "끄", "떴": "뜨"})  # ㅡ stems: 쓰 + 었 → 썼
# Other contractions with ㅆ by their vowel: ㅕ was ㅣ + 었 (옮겼 → 옮기), ㅘ was ㅗ + 았,
# ㅝ was ㅜ + 었, ㅙ was ㅚ + 었; ㅏ ㅓ ㅐ kept their vowel (보냈 → 보내, 건넜 → 건너).
_JUNG_YEO, _JUNG_WA, _JUNG_WAE, _JUNG_WO = 6, 9, 10, 14
_CONTRACTED = {_JUNG_YEO: 20, _JUNG_WA: 8, _JUNG_WAE: 11, _JUNG_WO: 13}
_FINAL_SS = 20
_KEPT_VOWELS = frozenset((0, 1, 4))

# One-syllable verb and adjective stems: a stem cannot otherwise be cut below two
# syllables, so 넣으면 / 넣기 / 넣고 would never meet. Only stems whose two-syllable forms
# are rarely nouns (not 잡: 잡지, not 길: 길이, not 보/주/사/알/열/말: too many meanings).
_ONE_SYLLABLE_STEMS = frozenset(
    words("넣 쓰 찾 읽 듣 놓 빼 얻 잃 쌓 높 낮 깊 넓 좁 늦 켜 끄 닫 받 먹 믿 끌 밀 돕 짧 늘 작 크")
)
# What may follow such a stem: an ending, or the linking vowel of one (넣으면, 넣어, 넣었).
_AFTER_ONE_SYLLABLE = frozenset(
    (*_ENDINGS, "으", "어", "아", "었", "았", "은", "을", "음", "어서", "아서", "어야", "아야")
)

# Stems too common to say anything about what a passage is about.
STOP = frozenset(
    words(
        "그리고 또한 그러나 하지만 그래서 따라서 그런데 이러한 이런 그런 저런 이와 이처럼 "
        "이렇게 그렇게 통해 위해 대한 대해 같은 같이 있는 없는 있다 없다 있습니다 것이 것을 "
        "것은 가장 더욱 이는 이를 있을 있도록 있으며 있고 있어 없이 이후 이전 우리 저희 그것 "
        "이것 여기 거기 정도 경우 부분 때문 또는 혹은 바로 매우 아주 너무 조금 많이 모두 모든 "
        "각각 각자 이번 다음 지금 앞으로 현재 최근 다시 계속 특히 이상 이하 등등 관련 대해서 "
        "라는 라고 하는 되는 하고 이라 까지 부터 에서 으로 에게 처럼 보다 수도 것입 겁니다 "
        "합니다 입니다 됩니다 했습 있었 였습 이었 정말 진짜 약간 어떻게 무엇 어떤 누가 언제 "
        "어디 왜냐 그냥 물론 단순히 얘기 이야기 말씀 언급 강조 설명 소개 발표 생각 내용 하였 "
        "되었 했 됐 하여 되어 하기 되기 되 거 분 분들 "
        "같 수 것 등 때 중 데 점 뿐 및 더 또 그 이 저 잘 못 안 좀 다 한 할 될 들 중에 중의 "
        "있습 없습 있으 없으 있스 없스 하나는 "
        # What is left of verbs that only carry grammar (있다, 하다, 되다, 같다, 않다) and of
        # demonstratives, connectives and hedges, once their endings come off (not numerals:
        # 하나 is "one", a number another language says too).
        "있 없 있기 없기 있게 없게 있음 없음 있지 없지 하 한다 합니 "
        "된다 됩니 입니 같습 같은 않 않고 않는 않으 않느 못하 "
        "이러 그러 저러 이런 그리 이에 이와 이제 이미 역시 점점 "
        "등의 와의 과의 내에 통한 위한 따라 아니 아니라 뿐만 "
        "예 들어 다른 여러 어떻 되면 하지 것으 "
        # Two-syllable forms of one-syllable verbs that only carry grammar (하다, 되다, 보다,
        # 같다, 없다, 싶다): the stem cannot be cut below two syllables, so list what is left.
        "해서 하면 하게 했고 했는데 했다 한데 해야 해도 했던 되고 돼서 되어 됐다 됐고 된데 "
        "보면 봐야 보고 보니 보니까 보여 본다 봤다 봐서 보는 같아 같다 같고 같이 것같 없어 없고 "
        "싶다 싶어 싶은 "
        # connectives and discourse words
        "그래 게다 반면 한편 결국 아무튼 어쨌든 거의 대로 덕분 관해 관한 "
    )
)


def is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


def _final(syllable: str) -> int:
    return (ord(syllable) - _S_BASE) % _FINAL_COUNT


def _without_final(syllable: str) -> str:
    return chr(ord(syllable) - _final(syllable))


def _by_last(suffixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Suffixes by their last syllable, longest first: a word only tries the few that fit."""
    table: dict[str, list[str]] = {}
    for suffix in suffixes:
        table.setdefault(suffix[-1], []).append(suffix)
    return {last: tuple(group) for last, group in table.items()}


_ENDINGS_BY_LAST = _by_last(_ENDINGS)
_PARTICLES_BY_LAST = _by_last(_PARTICLES)


def _strip_one(token: str, suffixes: dict[str, tuple[str, ...]]) -> str | None:
    for suffix in suffixes.get(token[-1:], ()):
        if token.endswith(suffix) and len(token) - len(suffix) >= 2:
            return token[: -len(suffix)]
    return None


def _strip_tense(token: str, ending: str = "니다") -> str:
    """What is left of a verb once ``ending`` came off: 밝혔 → 밝히, 증가했 → 증가하;
    합/됩/입 → 하/되/이 when the ending is 니다 (해결합니다), never otherwise (설정집)."""
    if len(token) < 2:
        return token
    last = token[-1]
    if last in _PAST:
        return token[:-1] + _PAST[last]
    if last in ("었", "았", "였", "겠"):
        return token[:-1]  # 늘었 → 늘, 증가하였 → 증가하
    if is_hangul(last) and _final(last) == _FINAL_SS and last not in ("있", "잇"):
        code = ord(last) - _S_BASE
        initial, vowel = code // 588, (code % 588) // 28
        if vowel in _CONTRACTED:
            return token[:-1] + chr(_S_BASE + initial * 588 + _CONTRACTED[vowel] * 28)
        if vowel in _KEPT_VOWELS:
            return token[:-1] + chr(_S_BASE + initial * 588 + vowel * 28)
    if (
        ending.startswith("니")
        and _S_BASE <= ord(last) <= _S_LAST
        and _final(last) == 17  # ㅂ
        and len(token) >= 3
    ):
        return token[:-1] + _without_final(last)  # 합 → 하 (해결합니다)
    return token


# A one-syllable noun with its case particle (칩이, 폭을, 뇌를): the particle that follows a
# final consonant (을 은 이) or a vowel (를 는); 가 and 의 end too many nouns (국가, 회의).
_AFTER_CONSONANT = frozenset("을은이")
_AFTER_VOWEL = frozenset("를는")


def _short_noun(token: str) -> str | None:
    if len(token) != 2 or not all(is_hangul(c) for c in token):
        return None
    has_final = _final(token[0]) != 0
    if (token[1] in _AFTER_CONSONANT and has_final) or (token[1] in _AFTER_VOWEL and not has_final):
        return token[0]
    return None


@lru_cache(maxsize=32768)
def stem_forms(token: str) -> tuple[str, ...]:
    """The word, then each shorter form as particles and endings come off, the stem last.

    Loanwords can end like an ending (에너지, 하드웨어): a dictionary looks the longest
    form up first, so it still finds 에너지 while two authors' 에너지 stem alike.
    """
    forms = [token]
    short = _short_noun(token)
    if short is not None:
        return (token, short)
    for _ in range(4):
        if (
            len(token) >= 3
            and token[-1] == "다"
            and is_hangul(token[-2])
            and _final(token[-2]) == 4
        ):
            token = token[:-2] + _without_final(token[-2])  # 밝힌다 → 밝히 (present tense ㄴ다)
            forms.append(token)
            continue
        cut = _strip_one(token, _ENDINGS_BY_LAST)
        noun = _strip_one(token, _PARTICLES_BY_LAST)
        if noun is not None and (cut is None or len(noun) < len(cut)) and lexicon.known(noun):
            token = noun  # a listed noun under a longer particle: 기술보다 → 기술, not 기술보
        elif cut is not None:
            token = _strip_tense(cut, token[len(cut) :])
        else:
            cut = _strip_one(token, _PARTICLES_BY_LAST)
            if cut is None:
                break
            token = cut  # a particle follows a noun: no tense to undo (설정집을 → 설정집)
        forms.append(token)
    for suffix in _DERIVATIONS:
        if token.endswith(suffix) and len(token) - len(suffix) >= 2:
            forms.append(token[: -len(suffix)])
            break
    last = forms[-1]
    if len(last) >= 2 and last[0] in _ONE_SYLLABLE_STEMS and last[1:] in _AFTER_ONE_SYLLABLE:
        forms.append(last[0])  # 넣으면 → 넣으 → 넣, 쓰기 → 쓰
    return tuple(forms)


def without_particles(token: str) -> str:
    """The word with every particle after it off, endings left: 워터마크만으로는 → 워터마크
    (a loanword's sound ends where its particles begin, however many are stacked)."""
    for _ in range(4):
        cut = _strip_one(token, _PARTICLES_BY_LAST)
        if cut is None:
            break
        token = cut
    return token


def bare_verb_stem(token: str) -> bool:
    """Whether a word standing alone is only a verb's stem, which a verb never is: 늘 alone
    is the adverb "always", not 늘다 "to grow"."""
    return token in _ONE_SYLLABLE_STEMS


def stem(token: str) -> str:
    """The content stem of one Hangul word: 퍼플렉시티는 → 퍼플렉시티, 증가했습니다 → 증가,
    밝혔다 → 밝히, 필수적입니다 → 필수, 기업들이 → 기업. Never shorter than two syllables."""
    return stem_forms(token)[-1]
