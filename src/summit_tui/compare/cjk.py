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
# One key for the Traditional, Simplified and Japanese forms of common characters.
_VARIANT_ROWS = (
    "參参 與与 體体 時时 間间 們们 個个 這这 說说 對对対 會会 來来 發发発 開开 關关関 學学 "
    "實实実 現现 題题 問问 類类 檢检検 測测 試试 變变変 數数 據据拠 庫库 網网 頁页 應应応 "
    "為为 進进 過过 還还 當当 經经経 務务 議议 講讲 語语 讀读読 書书 寫写 記记 錄录録 際际 "
    "動动 態态 環环 範范 圍围囲 處处処 單单単 雙双 並并 鍵键 碼码 編编 譯译訳 構构 設设 計计 "
    "標标 準准 優优 點点 續续続 長长 專专 業业 資资 訊讯 報报 導导 線线 緩缓 儲储 備备 異异 "
    "執执 邊边辺 調调 傳传伝 輸输 結结 舊旧 號号 視视 覺觉 圖图図 產产 區区 塊块 隊队 員员 "
    "簡简 達达 頭头 萬万 億亿 歲岁歳 雲云 電电 腦脑 機机 驗验験 證证証 錯错 誤误 給给 節节 "
    "較较 帶带帯 樣样様 狀状 義义 廣广広 轉转転 氣气気 樂乐楽 輕轻軽 價价価 效効 齡龄齢 "
    "權权権 擴扩拡 擇择択 觀观観 覽览覧 總总総 假仮 戰战戦 舉举挙 營营営 勞劳労 榮荣栄 濟济済 "
    "錢钱銭 減减 滿满満 兩两 內内 係系 繼继継 斷断 聲声 壓压圧 彈弹弾 識识 讓让 從从 華华 "
    "車车 門门 東东 見见 親亲 頁 題 層层 屬属 歷历歴 勢势 場场 專 據 術术 辦办 無无 戶户戸 "
    "網 絡络 腳脚 隨随 隱隐 險险険 雜杂雑 難难 順顺 項项 預预 領领 顯显 類 風风 飛飞 驅驱駆 "
    "團团団 圓圆円 國国国 圖 團 壞坏 壓 夠够 奧奥 媒 孫孙 寶宝 實 對 導 屆届 島岛 帳帐 幣币 "
    "廳厅庁 彙汇 徑径 從 懷怀 應 戲戏戯 擊击撃 擔担 據 攜携 數 斷 昇升 曉晓 書 會 條条 "
    "極极 樓楼 標 樹树 橋桥 檔档 歡欢 歸归帰 殘残 毀毁 氣 決 沒没 況况 淺浅 測 湯汤 溫温 "
    "滅灭 滯滞 濃浓 燈灯 爭争 狀 獨独 獲获 環 產 畫画 異 當 療疗 發 盡尽 監监 盤盘 確确 "
    "禮礼 種种 稱称 穩稳 競竞 筆笔 節 範 簡 糧粮 紀纪 約约 紅红 紙纸 級级 細细 終终 組组 "
    "絕绝絶 統统 絲丝 綠绿緑 維维 綜综 緒绪 練练 縣县県 縮缩 績绩 織织 繪绘絵 纜缆 罰罚 "
    "義 習习 聞闻 聯联 職职 肅肃 脫脱 腦 與 舉 艦舰 藝艺芸 蘭兰 處 號 蟲虫 補补 裝装 製制 "
    "複复 規规 視 覺 訂订 計 討讨 訓训 託托 記 訪访 設 許许 診诊 評评 詞词 試 詩诗 話话 "
    "該该 詳详 認认 誌志 語 說 調 談谈 請请 論论 諸诸 謝谢 識 證 譜谱 護护 讀 變 讚赞 "
    "貓猫 負负 財财 貢贡 責责 貨货 販贩 貫贯 費费 貼贴 資 賞赏 質质 購购 贊 趨趋 跡迹 "
    "軟软 載载 輕 輔辅 輪轮 辦 農农 迴回 連连 週周 遊游 運运 過 達 遠远 適适 選选 遲迟 "
    "遷迁 還 邊 鄉乡郷 配 醫医 針针 鈴铃 鋼钢 錄 鏡镜 鐘钟 鐵铁鉄 長 閉闭 開 閱阅 闡阐 "
    "陣阵 陳陈 陸陆 陽阳 隊 階阶 際 隨 隻只 離离 雞鸡 靈灵霊 靜静 響响 頂顶 順 須须 頓顿 "
    "預 頻频 額额 題 顏颜 願愿 顧顾 飯饭 飲饮 館馆 馬马 驗 體 髮发 鬥斗 魚鱼 鳥鸟 點 黨党 "
    "齊齐斉 龍龙竜 龜龟亀 後后 別别"
)


def _variant_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in _VARIANT_ROWS.split():
        canonical = row[1] if len(row) > 1 else row[0]
        for char in row:
            table.setdefault(char, canonical)
    return table


_VARIANTS = _variant_table()

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


def canonical_han(text: str) -> str:
    """One form for Traditional, Simplified and Japanese variants: 參與 → 参与."""
    return "".join(_VARIANTS.get(char, char) for char in text)


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
