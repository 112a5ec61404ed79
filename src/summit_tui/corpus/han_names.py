"""A Japanese or Chinese name in Han characters and its Latin spelling: 佐藤美咲 and
"Misaki Sato", 王磊 and "Lei Wang" are one person.

A Korean attendee copies a Japanese speaker's name from the program in kanji (family name
first); an English write-up of the same talk spells it in Latin letters, given name first.
Given names have too many readings to guess, but the common family names have one or a
few usual spellings: a name whose family name is one of them is keyed by those spellings,
and a Latin name by its first and last words. infer.py joins the two only where exactly
one talk of that day carries the other spelling.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Common Japanese family names and their Hepburn spellings (long vowels written plain).
_JAPANESE = """
佐藤 sato|鈴木 suzuki|高橋 takahashi|田中 tanaka|伊藤 ito|渡辺 watanabe|渡邊 watanabe|渡邉 watanabe
|山本 yamamoto|中村 nakamura|小林 kobayashi|加藤 kato|吉田 yoshida|山田 yamada|佐々木 sasaki
|山口 yamaguchi|松本 matsumoto|井上 inoue|木村 kimura|林 hayashi|斎藤 saito|斉藤 saito
|齋藤 saito|齊藤 saito|清水 shimizu|山崎 yamazaki yamasaki|森 mori|池田 ikeda|橋本 hashimoto
|阿部 abe|石川 ishikawa|山下 yamashita|中島 nakajima nakashima|石井 ishii|小川 ogawa
|前田 maeda|岡田 okada|長谷川 hasegawa|藤田 fujita|後藤 goto|近藤 kondo|村上 murakami
|遠藤 endo|青木 aoki|坂本 sakamoto|福田 fukuda|太田 ota|西村 nishimura|藤井 fujii
|金子 kaneko|岡本 okamoto|藤原 fujiwara|中野 nakano|三浦 miura|原田 harada|中川 nakagawa
|松田 matsuda|竹内 takeuchi|小野 ono|田村 tamura|中山 nakayama|和田 wada|石田 ishida
|森田 morita|上田 ueda|原 hara|内田 uchida|柴田 shibata|酒井 sakai|宮崎 miyazaki
|横山 yokoyama|高木 takagi|安藤 ando|宮本 miyamoto|大野 ono|小島 kojima|工藤 kudo
|谷口 taniguchi|今井 imai|高田 takada|丸山 maruyama|増田 masuda|杉山 sugiyama|村田 murata
|大塚 otsuka|小山 koyama|平野 hirano|藤本 fujimoto|久保 kubo|松井 matsui|千葉 chiba
|岩崎 iwasaki|桜井 sakurai|櫻井 sakurai|野口 noguchi|松尾 matsuo|菅原 sugawara
|木下 kinoshita|野村 nomura|新井 arai|佐野 sano|大西 onishi|杉本 sugimoto|浅野 asano
|菊地 kikuchi|菊池 kikuchi|上野 ueno|武田 takeda|高野 takano|西田 nishida|市川 ichikawa
|古川 furukawa|水野 mizuno|小松 komatsu|島田 shimada|山内 yamauchi|西川 nishikawa
|五十嵐 igarashi|北村 kitamura|安田 yasuda|中田 nakata|川口 kawaguchi|平田 hirata
|川崎 kawasaki|飯田 iida|吉川 yoshikawa|本田 honda|久保田 kubota|沢田 sawada|辻 tsuji
|関 seki|吉村 yoshimura|岩田 iwata|中西 nakanishi|服部 hattori|樋口 higuchi|福島 fukushima
|川上 kawakami|永井 nagai|松岡 matsuoka|田口 taguchi|山中 yamanaka|森本 morimoto
|土屋 tsuchiya|矢野 yano|広瀬 hirose|秋山 akiyama|石原 ishihara|松下 matsushita
|大橋 ohashi|松浦 matsuura|吉岡 yoshioka|小池 koike|馬場 baba|荒木 araki|大久保 okubo
|野田 noda|小西 konishi|田辺 tanabe|川村 kawamura|星野 hoshino|黒田 kuroda|堀 hori
|尾崎 ozaki|望月 mochizuki|永田 nagata|内藤 naito|松村 matsumura|西山 nishiyama|平井 hirai
|大島 oshima|岩本 iwamoto|片山 katayama|本間 homma honma|早川 hayakawa|横田 yokota
|岡崎 okazaki|荒井 arai|大石 oishi|成田 narita|宮田 miyata|小田 oda|篠原 shinohara
|須藤 sudo|河野 kono kawano|大谷 otani|小沢 ozawa|東 higashi azuma|奥村 okumura
|山崎 yamazaki|宮下 miyashita|小松崎 komatsuzaki|室田 murota|冨田 tomita|富田 tomita
"""

# Common Chinese family names (simplified and traditional) in pinyin, Wade-Giles and the
# Cantonese, Hokkien and Malaysian spellings people write in Latin letters.
_CHINESE = """
王 wang wong|李 li lee|张 zhang chang cheung|張 zhang chang cheung|刘 liu lau|劉 liu lau
|陈 chen chan tan|陳 chen chan tan|杨 yang yeung|楊 yang yeung|黄 huang wong ng|黃 huang wong ng
|赵 zhao chao chiu|趙 zhao chao chiu|吴 wu ng goh|吳 wu ng goh|周 zhou chou chow|徐 xu hsu tsui
|孙 sun|孫 sun|马 ma|馬 ma|朱 zhu chu|胡 hu wu|郭 guo kuo kwok|何 he ho|高 gao kao
|林 lin lam lim|罗 luo lo law|羅 luo lo law|郑 zheng cheng|鄭 zheng cheng|梁 liang leung
|谢 xie hsieh tse|謝 xie hsieh tse|宋 song sung|唐 tang tong|许 xu hsu hui|許 xu hsu hui
|韩 han|韓 han|冯 feng fung|馮 feng fung|邓 deng teng|鄧 deng teng|曹 cao tsao|彭 peng pang
|曾 zeng tseng tsang|肖 xiao hsiao siu|蕭 xiao hsiao siu|田 tian tien|董 dong tung
|袁 yuan yuen|潘 pan poon|于 yu|蒋 jiang chiang|蔣 jiang chiang|蔡 cai tsai choi|余 yu yue
|杜 du tu|叶 ye yeh yip|葉 ye yeh yip|程 cheng ching|苏 su|蘇 su|魏 wei|吕 lu lv lui
|呂 lu lv lui|丁 ding ting|任 ren jen yam|沈 shen shum|姚 yao yiu|卢 lu lo|盧 lu lo
|姜 jiang chiang|崔 cui tsui|钟 zhong chung|鍾 zhong chung|谭 tan tam|譚 tan tam|陆 lu luk
|陸 lu luk|汪 wang|范 fan|石 shi shek|廖 liao|贾 jia chia|賈 jia chia|夏 xia hsia|方 fang fong
|邱 qiu chiu yau|侯 hou|邹 zou tsou chau|鄒 zou tsou chau|熊 xiong hsiung|孟 meng|秦 qin chin
|白 bai pai|江 jiang chiang kong|薛 xue hsueh|尹 yin wan|段 duan tuen|雷 lei lui|黎 li lai
|史 shi|龙 long lung|龍 long lung|陶 tao|顾 gu ku koo|顧 gu ku koo|毛 mao|郝 hao|龚 gong kung
|龔 gong kung|邵 shao|钱 qian chien|錢 qian chien|严 yan yen yim|嚴 yan yen yim|赖 lai|賴 lai
|洪 hong hung|莫 mo mok|孔 kong
"""


def plain(word: str) -> str:
    """A Latin word of a name as the tables spell it: lower case, no accents, a long
    vowel written once ("Itō", "Itoh", "Itou": "ito")."""
    low = unicodedata.normalize("NFD", word.lower())
    low = "".join(c for c in low if c.isascii() and c.isalpha())
    low = low.replace("ou", "o").replace("oo", "o").replace("uu", "u")
    return low[:-1] if low.endswith("oh") else low


def _table() -> dict[str, frozenset[str]]:
    readings: dict[str, set[str]] = {}
    for row in (_JAPANESE + "|" + _CHINESE).replace("\n", "").split("|"):
        family, *spellings = row.split()
        readings.setdefault(family, set()).update(plain(s) for s in spellings)
    return {family: frozenset(spelled) for family, spelled in readings.items()}


_READINGS = _table()
_LONGEST = max(map(len, _READINGS))


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or ch == "々"


@lru_cache(maxsize=8192)
def family_readings(name: str) -> frozenset[str]:
    """The Latin spellings of the family name of a name written in Han characters, family
    name first ("高橋 陽子", "王磊"); empty for any other name or an unknown family name."""
    squashed = "".join(name.split())
    if not 2 <= len(squashed) <= 6 or not all(_is_han(ch) for ch in squashed):
        return frozenset()
    words = name.split()
    if len(words) == 2:
        return _READINGS.get(words[0], frozenset())
    if len(words) > 2:
        return frozenset()
    for size in range(min(_LONGEST, len(squashed) - 1), 0, -1):
        if squashed[:size] in _READINGS:
            return _READINGS[squashed[:size]]
    return frozenset()


def latin_family_keys(name: str) -> tuple[str, ...]:
    """The words of a Latin name that may be its family name: the first and the last
    ("Misaki Sato", "SATO Misaki"); empty unless the name is two or three words."""
    words = name.replace("-", " ").split()
    if not 2 <= len(words) <= 3 or not all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in name):
        return ()
    return tuple(dict.fromkeys((plain(words[0]), plain(words[-1]))))


def same_family(a: str, b: str) -> bool:
    """One name in Han characters, the other in Latin letters, the family name alike."""
    han, latin = (a, b) if any(map(_is_han, a)) else (b, a)
    readings = family_readings(han)
    return bool(readings) and any(key in readings for key in latin_family_keys(latin))


@lru_cache(maxsize=1)
def _loose_families() -> frozenset[str]:
    from summit_tui.corpus.romanize import loose_spelling

    return frozenset(loose_spelling(r) for spelled in _READINGS.values() for r in spelled)


def hangul_foreign_name(text: str) -> bool:
    """A Japanese or Chinese name as Korean notes spell it in Hangul, family name first and
    spaced: "야마모토 하루토", "사토 미사키", "왕 레이" (the family name's sound is one of the
    common ones above), not a company and a Korean name ("카카오 김민수")."""
    from summit_tui.corpus.romanize import loose_spelling

    words = text.split()
    if not 2 <= len(words) <= 3 or not all(
        all("\uac00" <= ch <= "\ud7a3" for ch in word) and len(word) <= 5 for word in words
    ):
        return False
    if len(words[0]) == 1 and (len(words) != 2 or len(words[1]) > 2):
        return False  # "왕 레이", not "더 알아보기": a one-syllable word opens many phrases
    heard = loose_spelling(words[0])
    if len(words[0]) > 1 and len(heard) < 3:
        return False  # "유의 사항": two syllables heard as "ui" (許 "hui") are no such name
    return heard in _loose_families()
