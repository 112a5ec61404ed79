"""People's names written in Arabic, Persian or Hebrew script: "د. ليلى المنصوري",
"نورة القحطاني", "امیر رحیمی", "נועה פרידמן".

These scripts have no capital letters, so a name is told from the heading words around it
by what it is not: it holds no preposition or heading word (day, booth, hall, summary,
ordinal), no digit, and (in Arabic) its first word carries no article "ال", which given
names do not take but most nouns after a dash do ("اليوم الثاني", "القاعة ٨").
"""

from __future__ import annotations

from functools import lru_cache

from summit_tui.corpus.indic_names import (
    indic_letters,
    indic_script,
    indic_skeletons,
    short_key,
)
from summit_tui.corpus.thai_names import thai_script, thai_skeleton
from summit_tui.lazy_re import lazy

# A title written before the name: Arabic "د." / "الدكتور" / "م." / "أ." (doctor,
# engineer, teacher), Persian "دکتر" / "مهندس" / "خانم" / "آقای", Hebrew ד"ר / פרופ'.
RTL_PREFIX_TITLE = lazy(
    r"^(?:(?:د|م|أ)\.\s*|(?:ال)?(?:دكتورة?|مهندسة?|أستاذة?|استاذة?|بروفيسورة?)\s+"
    r"|(?:دکتر|مهندس|استاد|خانم|آقای|پروفسور)\s+|(?:ד[\"״]ר|פרופ['׳]|גב['׳]|מר)\s+)"
    r"(?=[\u0590-\u06ff])"
)
# Words of headings and sentences, never of a name (Arabic, Persian, Hebrew).
_NOT_IN_RTL_NAMES = frozenset(
    str.split(
        # Arabic: particles, question words, parts of a programme
        "في من على إلى الى عن مع أو او ثم هل ما لا لم كل بين بعد قبل حول عند هذا هذه ذلك"
        " التي الذي كيف لماذا ماذا متى أين يوم جناح قاعة مسرح جلسة ورشة استراحة كلمة"
        " تجربة ملخص مقدمة خاتمة الخلاصة خلاصة ملاحظات جولة شركة نظرة الجزء جزء محاضرة"
        " أولاً أولا ثانياً ثانيا ثالثاً ثالثا رابعاً رابعا خامساً خامسا أخيراً اخيرا"
        # the words a talk's title or a section ends with after a dash: "— أفضل الممارسات",
        # "— دروس مستفادة", "— نصائح عملية"
        " أفضل افضل دروس نصائح أهم اهم أسرار اسرار رحلة قصة دراسة حالة عرض نقاش حوار لقاء"
        " أسئلة اسئلة أدوات ادوات تقنيات مشروع تطبيق نظام بناء تطوير استخدام مستقبل إدارة"
        " ادارة تحليل تصميم اختبار بيانات مراجعة أخبار اخبار جديد جديدة كامل شامل سريع"
        " سريعة مهم مهمة عملي عملية"
        # Persian
        " از به با در برای و یا که این آن روز اول دوم سوم چهارم پنجم غرفه سالن جلسه"
        " کارگاه استراحت مقدمه جمع‌بندی خلاصه گزارش یادداشت تجربه چرا چگونه چطور سخنرانی"
        " نکات قسمت بخش راهنما راهنمای بهترین درس درس‌ها نگاهی مروری معرفی آموزش"
        # Hebrew
        " של על עם את אל או גם כל יום דוכן אולם הרצאה סדנה הפסקה סיכום מבוא ראשית שנית"
        " שלישית איך למה מה זה זו חלק הערות סקירה כללית טיפים שיעורים מבט הדגמה"
    )
)


def rtl_script(char: str) -> bool:
    """A letter of the Hebrew or Arabic block (Arabic, Persian, Urdu)."""
    return "\u0590" <= char <= "\u06ff"


def rtl_name(words: list[str], *, strict: bool = False) -> bool:
    """Two to four words (three when ``strict``) of Arabic or Hebrew letters that read as a
    person's given name and family name."""
    if not 2 <= len(words) <= (3 if strict else 4):
        return False
    for word in words:
        if len(word) < 2 or word in _NOT_IN_RTL_NAMES:
            return False
        # letters only (no Arabic-Indic or Persian digits); Persian joins a word's parts
        # with a zero-width non-joiner ("حسین‌زاده")
        if not all((rtl_script(c) and c.isalpha()) or c == "\u200c" for c in word):
            return False
    # no article on the given name; an adjective in ة closes a phrase ("تجربة عملية"), seldom
    # a family name
    return not words[0].startswith("ال") and not words[-1].endswith("ة")


# What each letter of a name sounds like, as a consonant class both scripts share: the
# vowels (and the letters Arabic, Persian and Hebrew write long vowels with) drop out, close
# sounds meet (p/b/f/v, c/k/q, g/j), so "يوسف حداد" and "Youssef Haddad" give one skeleton.
_RTL_SOUNDS = str.maketrans(
    {
        **dict.fromkeys("بپفבפף", "b"),
        **dict.fromkeys("تطثטת", "t"),
        **dict.fromkeys("جگغג", "j"),
        **dict.fromkeys("قكکכךק", "k"),
        "خ": "k",
        **dict.fromkeys("حهחה", "h"),
        **dict.fromkeys("دذضظד", "d"),
        **dict.fromkeys("رר", "r"),
        **dict.fromkeys("زژז", "z"),
        **dict.fromkeys("سصشچסצץש", "s"),
        **dict.fromkeys("لל", "l"),
        **dict.fromkeys("مמם", "m"),
        **dict.fromkeys("نנן", "n"),
        **dict.fromkeys("اأإآٱءئؤىيیوعةאוי", ""),
        "ע": "",
    }
)
_LATIN_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("gh", "j"), ("dh", "d"))
_LATIN_SOUNDS = str.maketrans(
    {
        **dict.fromkeys("bpfv", "b"),
        **dict.fromkeys("ckq", "k"),
        **dict.fromkeys("gj", "j"),
        "x": "ks",
        **dict.fromkeys("aeiouyw", ""),
    }
)
_ARTICLES = frozenset(("al", "el", "ال"))


def _collapsed(sounds: str) -> str:
    return "".join(c for i, c in enumerate(sounds) if i == 0 or c != sounds[i - 1])


@lru_cache(maxsize=16384)
def sound_skeleton(name: str) -> str | None:
    """The consonant skeleton of a person's name of two to four words, in Arabic, Persian or
    Hebrew script or in Latin letters: "ليلى المنصوري" and "Layla Al-Mansouri" both "l mnsr";
    None for a name too short to tell anyone apart."""
    rtl = rtl_script(name[:1])
    words = name.replace("-", " ").replace("\u200c", "").lower().split()
    parts: list[str] = []
    for word in words:
        if word in _ARTICLES:
            continue
        if rtl:
            if word.startswith("ال") and len(word) > 3:
                word = word[2:]  # "المنصوري": the article written onto the name
            if word.endswith(("ه", "ה")) and len(word) > 2:
                word = word[:-1]  # a final vowel ("فاطمه", "נועה")
            sounds = word.translate(_RTL_SOUNDS)
        else:
            if not word.isascii() or not word.isalpha():
                return None
            if word.endswith("h") and len(word) > 2 and word[-2] in "aeiou":
                word = word[:-1]  # "Fatemeh"
            for digraph, sound in _LATIN_DIGRAPHS:
                word = word.replace(digraph, sound)
            sounds = word.translate(_LATIN_SOUNDS)
        if sounds:
            parts.append(_collapsed(sounds))
    if not 2 <= len(parts) <= 4 or len("".join(parts)) < 4:
        return None
    return " ".join(parts)


# Letters Arabic says as d, dh or th and Persian as z or s: "رضایی" is Rezaei, "ثابت" Sabet
_PERSIAN_Z = frozenset("ضذظث")
_AS_Z = str.maketrans({"ض": "ز", "ذ": "ز", "ظ": "ز", "ث": "س"})
_LATIN_TITLES = frozenset(("dr", "prof", "mr", "mrs", "ms", "mx", "sir", "eng"))


def other_script(name: str) -> bool:
    """A name in a script without capitals whose sound is compared with Latin spellings."""
    return rtl_script(name[:1]) or thai_script(name[:1]) or indic_script(name[:1])


def sound_keys(name: str) -> tuple[str, ...]:
    """The sound skeletons a name is compared by: one for a name in Arabic, Persian, Hebrew
    or Thai script, one per script's romanisation for a name in Latin letters."""
    if not name:
        return ()
    if rtl_script(name[0]):
        keys = ("a" + found,) if (found := sound_skeleton(name)) else ()
        if not _PERSIAN_Z.isdisjoint(name) and (found := sound_skeleton(name.translate(_AS_Z))):
            keys = (*keys, "a" + found)  # "رضایی": Rezaei as Persian says it, Redaei in Arabic
        return keys
    if thai_script(name[0]):
        return ("t" + found,) if (found := thai_skeleton(name)) else ()
    if indic_script(name[0]):
        # a skeleton of three consonants is a short key ("s"), met only by a Latin short one
        keys = tuple(
            ("s" if len(k.replace(" ", "")) == 3 else "a") + k for k in indic_skeletons(name)
        )
        return (*keys, "i" + found) if (found := indic_letters(name)) else keys
    first, _, rest = name.partition(" ")
    if first.lower().rstrip(".") in _LATIN_TITLES and rest:
        name = rest  # "Dr. Pimchanok Sriwong"
    keys = []
    if found := sound_skeleton(name):
        keys.append("a" + found)
    elif found := short_key(name):
        keys.append("s" + found)  # "Meera Iyer": "mr r", to meet "मीरा अय्यर"
    if found := thai_skeleton(name):
        keys.append("t" + found)
    return tuple(keys)


def sounds_alike(a: str, b: str) -> bool:
    """One name written in Arabic, Persian, Hebrew or Thai script and the other in Latin
    letters, with one consonant skeleton."""
    if not a or not b:
        return False
    if other_script(a) == other_script(b):
        # "מרים רזאי" and "مریم رضایی": a name in Hebrew and in Persian or Arabic script
        hebrew = a[0] <= "\u05ff", b[0] <= "\u05ff"
        # "निखिल जोशी" and "নিখিল জোশী": Devanagari and Bengali
        indic = indic_script(a[0]) and indic_script(b[0]) and (a[0] < "\u0980") != (b[0] < "\u0980")
        if not indic and not (rtl_script(a[0]) and rtl_script(b[0]) and hebrew[0] != hebrew[1]):
            return False
    return not set(sound_keys(a)).isdisjoint(sound_keys(b))
