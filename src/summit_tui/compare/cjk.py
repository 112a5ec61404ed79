"""Units of Japanese and Chinese text, which has no spaces between its words.

A run of CJK characters is split by script:

- Han (漢字/汉字) runs become overlapping character pairs (``h:减少`` from 減少した,
  减少了 and 減少), a lone Han character a weak unit of its own; characters that are
  grammar in Chinese (的, 了, 是 …) end a run. Traditional, Simplified and Japanese
  forms of a common character are one key (參/参, 對/対/对, 發/発/发), so a Japanese and
  a Chinese note meet on the Han they share.
- Katakana runs are words (mostly loanwords): ``j:キャッシュ``, and their sound as the
  consonant skeleton English words get (corpus/sounds), so テスト meets test and
  フレームワーク meets framework.
- Hiragana is left out: particles and endings (は, が, を, です, ました …) say nothing
  about which point is made.

Pairs need no dictionary: they overlap, so a word of two characters inside a longer
compound (型検査 in 型検査器) still meets the word alone. To meet English, a small
glossary of general technology words (cjk_words.py) gives a Han or Katakana word the
English concepts the Korean word list gives (障害 → incident, ログ → log): a run is cut
into the longest glossary words it holds, and the rest into pairs as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summit_tui.compare.english import STOP as ENGLISH_STOP
from summit_tui.compare.english import stem_word
from summit_tui.corpus.han_variants import canonical_han
from summit_tui.corpus.sounds import SKELETON_MIN as MIN_LENGTH
from summit_tui.corpus.sounds import frames_from

# Any run of Han, kana, the iteration mark and the long-vowel mark.
CJK_RUN = r"[\u3005\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"
_SCRIPT = re.compile(
    r"(?P<han>[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)"
    r"|(?P<kata>[\u30a1-\u30fa\u30fc\u31f0-\u31ff]+)"
)
# Han characters that are grammar or pronouns in Chinese (and a few in Japanese): they
# end a run instead of joining a pair.
_FUNCTION_HAN = frozenset(
    "的了是在和与與及也都就而或把被让讓从從很这這那个個我你他她它们們之其为為此但并並还還又等吗嗎呢吧啊"
)

# Katakana as the consonant classes of corpus/sounds; vowels, small kana and ー say nothing.
_KATA_ROWS = {
    "K": "カキクケコガギグゲゴ", "S": "サシスセソザズゼゾジチヂヅ", "T": "タテトダデド",
    "N": "ナニヌネノン", "H": "ハヒヘホ", "P": "フバビブベボパピプペポヴ",
    "M": "マミムメモ", "L": "ラリルレロ", "W": "ワヰヱ",
}  # fmt: skip
_KATA_SOUND = {kana: sound for sound, row in _KATA_ROWS.items() for kana in row}
# ツ is a t in loanwords (ツール tool); ジ/ヂ also stand for a d (モジュール module).
_KATA_SOUND["ツ"] = "T"
_SMALL_W = frozenset("ァ")  # ファ, ウァ


@lru_cache(maxsize=16384)
def katakana_skeletons(word: str) -> tuple[str, ...]:
    """The consonant skeleton(s) of a Katakana word: テスト → TST, フレームワーク → PLMWK;
    a ジ also read as d (モジュール → MSL and MTL, as module is)."""
    skeletons = [""]
    for char in word:
        sound = _KATA_SOUND.get(char, "")
        options = ("S", "T") if char in "ジヂ" else (sound,)
        skeletons = [s + o for s in skeletons for o in options][:4]
    merged = []
    for skeleton in dict.fromkeys(skeletons):
        collapsed = "".join(c for i, c in enumerate(skeleton) if i == 0 or skeleton[i - 1] != c)
        if len(collapsed) >= MIN_LENGTH and collapsed not in merged:
            merged.append(collapsed)
    return tuple(merged)


# Each Katakana's vowel (small kana change the one before: キャ is kya, ティ ti).
_KATA_VOWEL_ROWS = {
    "a": "アカサタナハマヤラワガザダバパァャヮ", "i": "イキシチニヒミリギジヂビピィ",
    "u": "ウクスツヌフムユルグズヅブプヴゥュ", "e": "エケセテネヘメレゲゼデベペェ",
    "o": "オコソトノホモヨロヲゴゾドボポォョ",
}  # fmt: skip
_KATA_VOWEL = {kana: vowel for vowel, row in _KATA_VOWEL_ROWS.items() for kana in row}
_SMALL = frozenset("ァィゥェォャュョヮ")
# The Latin letters each Japanese vowel stands for in loanwords (corpus/sounds' frames): a
# is a, o, u or e (バス bus, サーバー server), i is i, e or y, u is u or o (ルール rule,
# ブック book), e is e or a (ゲーム game), o is o (the au of audio
# オーディオ reads o).
_KATA_READINGS = {"a": "aoue", "i": "iey", "u": "uo", "e": "ea", "o": "o"}
# The vowel Japanese adds after a consonant an English word ends or clusters with: the u
# of ク, ス, ル (ログ log, テスト test), the o of ト, ド (コード code), at the end the i of
# チ, ジ (マッチ match, ページ page).
_ADDED = {
    "u": frozenset("クグスズプブフムルツシュ"),
    "o": frozenset("トド"),
    "i": frozenset("チジ"),
}


@lru_cache(maxsize=16384)
def katakana_frames(word: str) -> tuple[str, ...]:
    """The frames (corpus/sounds) of a short Katakana word, so it meets the English word by
    sound when its skeleton is too short: キャッシュ → KaS (cache), ログ → LoK (log),
    メンバー → MeMPa … (member)."""
    moras: list[list[str]] = []  # [consonant or "", vowel, kana]
    for n, char in enumerate(word):
        if char in _SMALL and moras:
            moras[-1][1] = _KATA_VOWEL[char]
            moras[-1][2] += char
            if moras[-1][2][0] == "ウ":
                moras[-1][0] = "W"  # ウィ wi, ウェ we, ウォ wo
        elif char == "ン":
            after = _KATA_SOUND.get(word[n + 1], "") if n + 1 < len(word) else ""
            moras.append(["M" if after in ("P", "M") else "N", "", char])
        elif char in _KATA_VOWEL:
            moras.append([_KATA_SOUND.get(char, ""), _KATA_VOWEL[char], char])
        elif char == "ー" and moras:
            moras[-1][2] += char  # a long vowel: heard, never added
    parts: list[str] = []
    for n, (consonant, vowel, kana) in enumerate(moras):
        if consonant:
            # チ is ch or t (チップ chip, チーム team), as ジ is j or d.
            parts.append("ST" if kana[0] in "チジヂ" else consonant)
        following = moras[n + 1] if n + 1 < len(moras) else None
        readings = _KATA_READINGS[vowel] if vowel else ""
        if consonant and kana[-1] in _ADDED.get(vowel, ()):
            if following is None:
                readings = ""  # added at the end: log ログ, code コード, match マッチ
            elif following[0] and vowel != "i":
                readings += "_"  # before a consonant it may be added (テスト) or not
        if readings:
            parts.append(readings)
    return frames_from(parts)


def runs(token: str) -> list[tuple[str, str]]:
    """The Han and Katakana runs of a CJK token, function Han cut out: ("han", "减少")."""
    found: list[tuple[str, str]] = []
    for match in _SCRIPT.finditer(token):
        kind, text = match.lastgroup or "", match.group()
        if kind == "kata":
            found.append((kind, text))
            continue
        text = canonical_han(text)
        for piece in re.split(f"[{''.join(sorted(_FUNCTION_HAN))}]+", text):
            if piece:
                found.append((kind, piece))
    return found


def han_pairs(run: str) -> list[str]:
    """A Han run's overlapping pairs; a lone character stays itself."""
    if len(run) < 2:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


# The longest glossary word looked for at each place of a Han run.
LONGEST_WORD = 6


@lru_cache(maxsize=1)
def _glossary() -> dict[str, tuple[str, ...]]:
    from summit_tui.compare.cjk_words import WORDS

    table: dict[str, set[str]] = {}
    for line in WORDS.splitlines():
        forms, _, english = line.partition(":")
        if line.startswith("#") or not english:
            continue
        concepts = {
            f"c:{stem_word(w)}" for w in english.replace(",", " ").split() if w not in ENGLISH_STOP
        }
        for form in forms.split("/"):
            if form.strip():
                table.setdefault(canonical_han(form.strip()), set()).update(concepts)
    return {form: tuple(sorted(concepts)) for form, concepts in table.items() if concepts}


def concepts(word: str) -> tuple[str, ...]:
    """The English concepts of a Han or Katakana word (its canonical form), or ()."""
    return _glossary().get(word, ())


def katakana_parts(run: str) -> tuple[str, ...]:
    """A Katakana compound cut where it starts or ends with a glossary word of two or more
    characters (デバッグログ → デバッグ, ログ; ログレベル → ログ, レベル), so that each part meets
    its English or Hangul word by sound or meaning; a run that is no such compound stays whole."""
    table = _glossary()
    if len(run) < 4 or run in table:
        return (run,)
    for cut in range(2, len(run) - 1):
        head, tail = run[:cut], run[cut:]
        if tail in table:
            return (*katakana_parts(head), tail)
        if head in table:
            return (head, *katakana_parts(tail))
    return (run,)


def glossary_words(run: str) -> list[tuple[int, int]]:
    """Where a canonical Han run holds glossary words, longest first from the left:
    (start, end) spans that do not overlap. A one-character word counts only as a whole
    run (減 in 減った), since one character inside a longer run is seldom that word."""
    table = _glossary()
    if len(run) == 1:
        return [(0, 1)] if run in table else []
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(run) - 1:
        for end in range(min(len(run), at + LONGEST_WORD), at + 1, -1):
            if run[at:end] in table:
                spans.append((at, end))
                at = end
                break
        else:
            at += 1
    return spans
