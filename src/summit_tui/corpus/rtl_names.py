"""People's names written in Arabic, Persian or Hebrew script: "د. ليلى المنصوري",
"نورة القحطاني", "امیر رحیمی", "נועה פרידמן".

These scripts have no capital letters, so a name is told from the heading words around it
by what it is not: it holds no preposition or heading word (day, booth, hall, summary,
ordinal), no digit, and (in Arabic) its first word carries no article "ال", which given
names do not take but most nouns after a dash do ("اليوم الثاني", "القاعة ٨").
"""

from __future__ import annotations

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
        # Persian
        " از به با در برای و یا که این آن روز اول دوم سوم چهارم پنجم غرفه سالن جلسه"
        " کارگاه استراحت مقدمه جمع‌بندی خلاصه گزارش یادداشت تجربه چرا چگونه چطور سخنرانی"
        " نکات قسمت بخش"
        # Hebrew
        " של על עם את אל או גם כל יום דוכן אולם הרצאה סדנה הפסקה סיכום מבוא ראשית שנית"
        " שלישית איך למה מה זה זו חלק הערות"
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
    return not words[0].startswith("ال")
