"""A city written in Chinese, Japanese or Korean beside a series' Latin name is that edition's
name, spelled as the Latin notes spell it: "QCon 上海 2024" is "QCon Shanghai 2024", "DevFest
부산 2024" "DevFest Busan 2024", "ArchSummit 深圳站" (the Shenzhen "station", an edition)
"ArchSummit Shenzhen". So two editions of one series stay two events, each with its city, and
a note in any script joins its own edition.
"""

from __future__ import annotations

from collections.abc import Iterable

from summit_tui.lazy_re import lazy, one_of

# The cities conferences have editions in, in the scripts notes name them in.
_CITIES: dict[str, str] = {
    "上海": "Shanghai",
    "北京": "Beijing",
    "深圳": "Shenzhen",
    "杭州": "Hangzhou",
    "广州": "Guangzhou",
    "廣州": "Guangzhou",
    "成都": "Chengdu",
    "南京": "Nanjing",
    "武汉": "Wuhan",
    "武漢": "Wuhan",
    "西安": "Xi'an",
    "苏州": "Suzhou",
    "蘇州": "Suzhou",
    "香港": "Hong Kong",
    "台北": "Taipei",
    "臺北": "Taipei",
    "新加坡": "Singapore",
    "東京": "Tokyo",
    "东京": "Tokyo",
    "大阪": "Osaka",
    "京都": "Kyoto",
    "福岡": "Fukuoka",
    "札幌": "Sapporo",
    "名古屋": "Nagoya",
    "沖縄": "Okinawa",
    "도쿄": "Tokyo",
    "오사카": "Osaka",
    "서울": "Seoul",
    "부산": "Busan",
    "대구": "Daegu",
    "대전": "Daejeon",
    "광주": "Gwangju",
    "인천": "Incheon",
    "제주": "Jeju",
    "런던": "London",
    "伦敦": "London",
    "倫敦": "London",
    "ロンドン": "London",
    "싱가포르": "Singapore",
    "두바이": "Dubai",
    "리야드": "Riyadh",
    "바르셀로나": "Barcelona",
    "라스베이거스": "Las Vegas",
    "샌프란시스코": "San Francisco",
    "뉴욕": "New York",
    "베를린": "Berlin",
    "파리": "Paris",
    "암스테르담": "Amsterdam",
    "シンガポール": "Singapore",
}
# the cities as event keys spell them, and a few more notes write in Latin letters only
CITY_KEYS = frozenset(
    {"".join(c for c in latin.lower() if c.isalnum()) for latin in _CITIES.values()}
    | {"berlin", "paris", "amsterdam", "munich", "newyork", "nyc", "sanfrancisco", "sf"}
)
# a title or a post's opening names its edition near its start: "ArchSummit 深圳站第二天上午，…"
_HEAD = 40
_CITY_WORDS_LATIN = frozenset(word.lower() for latin in _CITIES.values() for word in [latin])
# any of the cities, in one scan of a text's head (asked of each title and heading beyond
# ASCII before the pattern below, which is compiled only for a text naming one)
_ANY_CITY = lazy(one_of(sorted(_CITIES)))
_CITY_WORDS = "|".join(sorted(_CITIES, key=len, reverse=True))
# the city right after a Latin name or its year ("QCon上海2024", "ArchSummit 2024 深圳"), with
# the "station" or "venue" word an edition is called by; not "北京时间" (Beijing time), a city's
# own words ("上海市", "부산대") or a Korean particle ("부산에서")
_AFTER_A_NAME = lazy(
    # or after the conference word a name is written with: "AWS サミット 東京 2024"
    r"(?:(?<=[A-Za-z0-9])|(?<=サミット)|(?<=カンファレンス)|(?<=峰会)|(?<=峰會))"
    rf"[ \t]?(?P<city>{_CITY_WORDS})(?:会場|會場|站|場|场)?"
    r"(?!时间|時間|市|대|에서|에|의|[가-힣])"
    # its year written against the next word: "QCon上海2024参会笔记"
    r"(?:(?P<year>(?:19|20)\d{2})(?=[^\x00-\x7f]))?"
)


def latin_cities(text: str) -> str:
    """``text`` with each city written after a Latin name in its Latin spelling (see the
    module's docstring); ``text`` itself when it has none."""
    if text.isascii():
        return text
    if _ANY_CITY.search(text, 0, _HEAD) is None:
        return text  # no city (most texts)
    head = text[:_HEAD]
    named = _AFTER_A_NAME.sub(
        lambda found: f" {_CITIES[found['city']]} {found['year'] or ''} ", head
    )
    return text if named == head else named + text[_HEAD:]


def is_city(word: str) -> bool:
    """Whether a word is one of the cities above ("서울", "London"): no person's name."""
    return word in _CITIES or word.lower() in _CITY_WORDS_LATIN


def name_of_a_city(name: str) -> bool:
    """Whether an event's name holds a city's Latin spelling ("ArchSummit 2024 Shenzhen")."""
    return not _CITY_WORDS_LATIN.isdisjoint(name.lower().split())


def editions(keys: Iterable[str]) -> frozenset[str]:
    """The keys among ``keys`` that are one series' city edition while another edition's key
    is there too ("qconlondon" beside "qconshanghai"); none for a series with one city."""
    cities: dict[str, list[str]] = {}
    for key in keys:
        for length in range(4, 15):
            if key[-length:] in CITY_KEYS and len(key) - length >= 3:
                cities.setdefault(key[:-length], []).append(key)
    return frozenset(key for found in cities.values() if len(found) > 1 for key in found)
