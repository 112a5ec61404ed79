"""What a note says about itself beyond its frontmatter: the evidence for its event, day,
author, track and talk, from its path and its text.

Read from the folders the note sits in (``corpus.folders``), its title and tags (event names:
``corpus.event_names``), fact lines anywhere (``Seminar Date/Time : 2023/03/29``,
``Title :``, a Notion properties table) and its first lines (a byline: ``corpus.bylines``; the
day it says the event happened). Nothing here is decided across notes: a note's evidence is
kept (``Note.event_names``, ``Note.dates`` …) and ``corpus.events`` weighs the evidence of
every note together.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from summit_tui.corpus.bylines import (
    AUTHOR_LABELS,
    REPORT_WRITERS,
    ROLE_LINE_LABELS,
    SOURCE_LABEL,
    article_author,
    author_name,
    bold_writer,
    byline_author,
    channel_author,
    chat_writer,
    notes_writer,
    posted_mention,
    presenter,
    reading_header_author,
    recorder_in_roles,
    signature_author,
    stamped_author,
    title_author,
    traveller_name,
    unstated_author,
    url_in,
)
from summit_tui.corpus.chat_export import chat_days, may_be_chat
from summit_tui.corpus.chat_lines import chat_name
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dates import (
    counts_talk_days,
    day_before,
    day_number,
    find_dates,
    named_days,
    only_a_date,
    weekday_beside,
    weekdays,
    weekdays_in,
    without_timestamp_id,
)
from summit_tui.corpus.event_names import (
    bare_kind,
    bracket_alias,
    event_key,
    event_phrases,
    label_kind,
    may_name_event,
    only_an_event,
    slug_event,
)
from summit_tui.corpus.fields import (
    SPEAKER_LABELS,
    WIKILINK,
    WIKILINK_TEXT,
    frontmatter_fields,
    inline_tags,
    page_properties,
    people,
    property_fact_line,
)
from summit_tui.corpus.folders import (
    EVENT_PARENTS,
    file_date,
    file_title,
    folder_facts,
    glued_year_event,
    post_date,
)
from summit_tui.corpus.issue_thread import opened, thread_category
from summit_tui.corpus.mail_thread import mail_writer
from summit_tui.corpus.media_gates import may_be_weeknotes, org_stamped
from summit_tui.corpus.names import unescape
from summit_tui.corpus.note_headings import first_heading, title_heading
from summit_tui.corpus.note_title import opening_title, quoted_talk_title
from summit_tui.corpus.own_talk import own_talk_in_opening, own_talk_title, writer_of_blog
from summit_tui.corpus.social_posts import counters, holds_posts, is_stamp
from summit_tui.corpus.source_lines import TALK_SOURCE_LABELS, source_facts
from summit_tui.corpus.speakers import label_person, line_speakers
from summit_tui.lazy_re import lazy

# what joins the words of a file name: "ikinci-gun", "day_2"
_STEM_SEPARATORS = lazy(r"[-_]+")
_HTML_TAG = lazy(r"<[^>\n]{1,200}>")
_TAG_SPLIT = lazy(r"\s*[|>/]\s*")

# Fact lines: "Title : …", "Speaker : …", "Seminar Date/Time : …", "작성자: …".
_TABLE_TOP = 800  # characters of a note's top where a report's summary table names its writer
_FACT = lazy(
    r"^\s*(?:[-*+>]\s+)?(?:\*\*|__)?(?P<label>[A-Za-z가-힣][A-Za-z가-힣 /&.]{0,28}?)(?:\*\*|__)?"
    r"\s*[:：]\s*(?:\*\*|__)?(?P<value>\S.*?)(?:\*\*|__)?\s*$"
)


def _fact_line(line: str) -> bool:
    """A "Label: value" line (``_FACT``), asked only of a line holding a colon: most
    opening lines hold none, and the pattern's Hangul classes cost more to build than
    the lines take to read."""
    return (":" in line or "：" in line) and _FACT.match(line) is not None


_DATE_LABEL = lazy(
    r"^(?:(?:seminar|event|talk|session|lecture|conference|meetup|행사|세미나|발표|강연)\s*)?"
    r"(?:date|dates|date[- ]?range|date\s*/\s*time|day|when|time|일시|날짜|일자|행사일|일정|언제"
    r"|日時|日付|開催日|時間|时间|日期)$"
)
# What joins the first and last day of a range written as two dates: "Oct 9 → Oct 11".
_TWO_ENDS = lazy(r"\s(?:→|->|–|—|~|to|bis|au|al|a|까지|부터)\s")
_EVENT_LABEL = lazy(r"^(?:event|conference|행사|행사명|컨퍼런스|세미나명|seminar)$")
# Any label a fact line is read for (a quick test before the ones above).
_ANY_LABEL = lazy(
    r"(?:seminar|event|talk|session|lecture|conference|meetup|행사|세미나|발표|강연|date|day|when"
    r"|time|일시|날짜|일자|일정|언제|title|제목|작성|글쓴이|저자|필자|author|written|submit|by"
    r"|created|posted|erstellt|créé|creado|생성|日時|日付|開催日|時間|时间|日期|タイトル|題目|题目|演題|議程|议程|セッション名"
    r"|source|original|원본|원문|출처|원글|cross|izvor|vir|quelle|fuente|fonte|źródło|zdroj|sumber"
    r"|作者|著者|筆者|撰文|글|autor|auteur|autrice|verfasser|geschrieben|[ée]crit|escrito|scritto"
    r"|文|書いた人|執筆|执笔|記録|szerző|írta|jegyzetelte|lejegyezte|készítette|автор|аутор|napisa|napsal"
    r"|geschreven|författare|skriven|skrevet|forfatter|yazar|yazan|συντάκτης|συγγραφέας"
    r"|نویسنده|نگارنده|الكاتب|كتبه|بقلم|מאת|כותב|लेखक|लेखिका|bilje|zapis"
    r"|출장자|보고자|travell?er|reported|出張者|報告者|作成者|出差人|报告人"
    r"|note\s?takers?|scribes?|minute|protokoll|missionnaire|participante"
    r"|employee|ansat|medarbe|anställd|työntekijä|mitarbeiter)"
)
# A note app's stamp of when the note was made: Evernote's "Created at: 2024-12-29 14:02"
# A notes app's stamp of the last change (Google Keep's "Edited: …", "Last edited: …",
# "Muokattu: …", "수정일: …"), and an exporter's stamp of when it saved a chat with an
# assistant ("Exported on 28/2/2024 at 19:02:11 [from ChatGPT](…)"): no day of the talks in
# the note.
_EDITED_STAMP = lazy(
    r"(?i)^[*_]*(?:last\s+)?(?:edited|modified|updated|changed)(?:\s+(?:on|at))?[*_]*\s*:"
    r"|^[*_]*(?:exported|saved|archived|exportiert|export[ée]|exportad[oa]|exportat)[*_]*"
    r"\s+(?:on|at|am|le|el|em|il|op|den)\b"
    r"|^[*_]*(?:muokattu|päivitetty|redigerad|ändrad|uppdaterad|redigert|endret|bearbeitet"
    r"|geändert|aktualisiert|modifié|modifiée|modificado|modificato|aggiornato|수정일?|수정\s*일시"
    r"|최종\s*수정|更新日|編集日|最終更新|最終更新日)[*_]*\s*:"
)
_CREATED_LABEL = lazy(
    r"^(?:created|created at|created on|date created|creation date|erstellt|erstellt am"
    r"|créé le|créée le|creado|creado el|생성일|생성 일시|생성일시|作成日|作成日時|创建时间)$"
)
_PROPERTY_ROW = lazy(r"^\s*\|\s*([^|\n]{1,30}?)\s*\|\s*([^|\n]{1,200}?)\s*\|\s*$")
_HEADING_LINE = lazy(r"^ {0,3}#{1,6}[ \t]+\S")
_SPEAKER_LABEL = lazy(rf"^(?:{SPEAKER_LABELS})$")
_TITLE_LABEL = lazy(
    r"^(?:title|제목|발표 ?제목|세션 ?제목|강연 ?제목"
    r"|タイトル|題目|题目|演題|議程|议程|セッション名)$"
)
_ATTENDED = lazy(
    r"참석|참가|다녀|방문|열린|열렸|개최|진행된|진행되|행사|당일|현장"
    r"|attend|held|took place|visited|keynote|talk|session|panel|키노트|발표|세션|강연"
    r"|conference|summit|서밋|컨퍼런스|콘퍼런스|세미나|밋업|meetup"
    # a date said to be a day of it: "no primeiro dia (21/10)", "le premier jour", "첫날"
    r"|\b(?:first|second|third|last|day)\s+(?:day|one|two|three)\b|\bd[ií]as?\b|\bjour\b"
    r"|\bgiorno\b|\bng[àa]y\b|\bhari\b|\b(?:ersten|zweiten|dritten|letzten)\s+tag\b"
    r"|첫날|둘째\s*날|셋째\s*날|日目|第.天"
    # the writer there that day, in European languages: "Notes prises le 16 octobre",
    # "Asistí el 5 de marzo", "Ich war am 12. März dort", "viděl jsem dne 3. dubna"
    r"|notes\s+prises|pris\s+des\s+notes|assist[ée]|j['’]y\s+étais|particip[ée]|\basist[ií]"
    r"|\bestuve\b|\bnotas\s+tomadas|\bich\s+war\b|\bwar\s+ich\b|besucht|teilgenommen"
    r"|\bvor\s+ort\b|\bdne\b|viděl|navštív|zúčastn|\bbyl[ae]?\s+jsem\b|\bparticipei\b"
    r"|\bassisti\b|\bestive\b|partecipat|\bby[łl]e[mś]\b|\bby[łl]am\b|uczestnicz"
    r"|\btook\s+notes\b|\bnotes\s+taken\b|\bi\s+was\s+there\b|\bwent\s+to\b",
    re.IGNORECASE,
)
# A line that says its writer is at the event ("Мы на HighLoad++ 2024!", "We're at KubeCon 2024",
# "Live from DevFest 2024"): a name with its year there is the event's
# (one word boundary before the phrases that need it: each is a look at the letters around)
_AT_EVENT_SOURCE = (
    r"\b(?:(?:we(?:'|’)?re|we\s+are|i(?:'|’)?m|i\s+am)\s+(?:here\s+)?at\s|live\s+from\s"
    r"|wir\s+sind\s+(?:auf|bei)\s|estamos\s+en\s|siamo\s+(?:a|al|alla)\s"
    r"|nous\s+sommes\s+(?:à|au)\s)"
    r"|(?:^|\s)(?:мы|я|ми)\s+(?:сейчас\s+|зараз\s+)?на\s"
)
_AT_EVENT = lazy(_AT_EVENT_SOURCE, re.IGNORECASE)
# the same, asked of the lowered line (a case-blind scan costs far more), but for a line
# holding a letter its case-blind match takes that lower() does not turn into its letter
# (a dotless or dotted I, the long s, the wide Cyrillic es)
_LOWERED_AT_EVENT = lazy(_AT_EVENT_SOURCE)
_AT_EVENT_FOLDED = frozenset("ıİſᲃ")
# The words every ``_AT_EVENT`` phrase ends with, looked for in the lowered line (no
# case-blind scan, the slow part): most lines hold none ("…re at", "…m here at", "from", "на",
# "sind", "estamos", "siamo", "sommes"). "ı" and "ſ" are the letters a case-blind "i" and "s"
# also match that lower() does not turn into them. Every alternative opens with a letter, not
# a class or a group: a search then skips in C to the next place one of those letters stands.
_AT_EVENT_WORD = lazy(
    r"re\s+(?:here\s+)?at\s|m\s+(?:here\s+)?at\s|from\s|на\s|e[sſ]tamo[sſ]\s"
    r"|s(?:[iı]nd\s|[iı]amo\s|omme[sſ]\s)|ſ(?:[iı]nd\s|[iı]amo\s|omme[sſ]\s)"
)


_AT_EVENT_PARTS = ("at", "nd", "from", "на", "amo", "omme")


def _at_event(line: str) -> bool:
    """The line says its writer is at the event (``_AT_EVENT``)."""
    low = line.lower()
    # a letter pair or run of each of ``_AT_EVENT_WORD``'s words, looked for before it
    if not holds_any(low, _AT_EVENT_PARTS) or _AT_EVENT_WORD.search(low) is None:
        return False
    if _AT_EVENT_FOLDED.isdisjoint(line):
        return _LOWERED_AT_EVENT.search(low) is not None
    return _AT_EVENT.search(line) is not None


# "Yesterday", in the languages notes are written in (not French "hier": German "here").
_YESTERDAY = lazy(r"어제|yesterday|gestern|\bayer\b|\bieri\b|\bontem\b|昨日|昨天", re.I)


# "Yuki Tanaka, Saturday 13:45.", "김도윤, 11월 4일 14:00", "陳柏翰，8/3 13:30": a speaker's name,
# then when the talk was, opening a note about one talk
_NAME_THEN_WHEN = lazy(r"^(?P<name>[^\W\d][^,，:：()\[\]]{1,38}?)\s*[,，]\s*(?P<when>\S.{0,60})")
_CLOCK = lazy(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)
# Words of a place, not a person, before the comma: "Moscone Center, Monday 9am"
_PLACE_WORDS = frozenset(
    str.split(
        "center centre hall ballroom room building campus university hotel stage track"
        " auditorium arena sight convention plaza tower station theatre theater hub lounge"
        " floor level salle saal sala aula"
    )
)
_KOREAN_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공"
    "현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경사부가복태목형피두감음빈동온"
    "호범좌시"
)


def _name_then_when(line: str) -> list[str]:
    """The speaker of a line that opens with a name, then the talk's day or time."""
    if "," not in line[:42] and "，" not in line[:42]:
        return []
    match = _NAME_THEN_WHEN.match(line)
    if match is None:
        return []
    when = match.group("when")
    if not (_CLOCK.search(when) or weekdays(when) or find_dates(when)):
        return []
    raw = match.group("name").strip()
    name = label_person(raw)
    if name is None or name != raw or any(w.lower() in _PLACE_WORDS for w in raw.split()):
        return []
    if "\uac00" <= raw[0] <= "\ud7a3" and raw[0] not in _KOREAN_SURNAMES:
        return []  # "코엑스, 11월 4일": a place
    return [name]


_UPPER_HEADING = lazy(r"^ {0,3}#{1,3}[ \t]+(\S[^\n]{0,80}?)[ \t#]*$", re.MULTILINE)
# the same on a line after the first, found by its line break (a multiline search for a
# line's start tries every character)
_NEXT_UPPER_HEADING = lazy(r"\n {0,3}#{1,3}[ \t]+(\S[^\n]{0,80}?)[ \t#]*$", re.MULTILINE)


def _event_headings(body: str) -> list[str]:
    """The event names of the first headings near the top that name nothing but an event
    ("## 우아콘 2024", "## PyCon US 2024")."""
    found: list[str] = []
    first = _UPPER_HEADING.match(body, 0, 4000)
    following = _NEXT_UPPER_HEADING.finditer(body, first.end() if first else 0, 4000)
    for number, match in enumerate(itertools.chain((first,) if first else (), following)):
        if number >= 4:
            break
        text = match.group(1)
        if only_an_event(text):
            found.extend(event_phrases(text))
    return found


def _says_yesterday(line: str) -> bool:
    # substring tests first: the pattern's search costs far more on a long line
    return holds_any(line, _YESTERDAY_PARTS) and _YESTERDAY.search(line) is not None


# "este": yesterday, gestern
_YESTERDAY_PARTS = ("어제", "昨", "este", "yer", "ieri", "Ieri", "ntem")


_ONLY_DATE = lazy(
    r"^[-*+>\s]*(?:(?:19|20)\d{2}\s*년\s*)?\d{1,2}\s*월\s*\d{1,2}\s*일[^가-힣A-Za-z]*"
    r"(?:[월화수목금토일](?:요일)?\)?)?\s*$"
    r"|^[-*+>\s]*(?:19|20)\d{2}[.\-/]\s*\d{1,2}[.\-/]\s*\d{1,2}\.?\s*(?:\(?\w{1,3}\)?)?\s*$"
)
# What may come before a fact line's label: list marks, a heading's #, bold, and the bullets
# Japanese posts write by hand ("・タイトル：…", "■ 日時：…").
_LABEL_MARKS = " \t-*+>_#・•●■□◆◇▶▷※"
_PROPERTY_FIELDS = ("event", "speakers", "tags", "author", "track", "date", "date_kind")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# What a bold title line may open with: an emoji and a space ("🎤 **Title**")
_EMOJI_MARKS = " \u200d\ufe0f🎤👤📌🎙🗣💡🔥✨⭐🌟📝🧭🙋🍱🎁🎪📣📢▶▷◆◇■□●•"
_POST_MARK = " UTC | #"  # a Discourse export's post header line holds it
_LEAD_MIN = 50  # characters of a line that is a paragraph, not a post header's line
_NOT_PROSE = frozenset("|-*+[!<>`:")
_SCAN_LINES = 30  # the first lines: where authors, sources and the event's day are stated
# a thread's first post: "1/ …", "**1/** …", "🧵 1/ …", "… 🧵 1/6"
_FIRST_POST = lazy(r"^(?:🧵\s*)?(?:\*\*)?\(?1\s*/|(?:🧵\s*|\s)\(?1/\d{1,2}\)?\s*$")
_INTRO_LINES = 6  # the event's day is said at the top, if anywhere
_INTRO_CHARS = 300


def _next_colon(body: str, start: int, wide: bool) -> int:
    """Where the next ":" or "：" from ``start`` is, -1 if none: found with ``find`` (a
    search for the class of both steps through a body beyond ASCII one letter at a time)."""
    at = body.find(":", start)
    if wide:
        full = body.find("：", start)
        if full != -1 and (at == -1 or full < at):
            return full
    return at


def _page_control(line: str) -> bool:
    """A copied blog page's button or rule between its header and its text: "Follow",
    "Listen", "Share", "Theo dõi", "--"."""
    if len(line) > 12 or line[0] in "#*+|>[!":
        return False
    if line.strip("-—–") == "":
        return True
    return len(line.split()) <= 2 and line[0] != "-" and not any(c.isdigit() for c in line)


def _joined_length(lines: list[str]) -> int:
    """``len("\\n".join(lines))`` of a list of lines, without joining them."""
    return sum(map(len, lines)) + len(lines) - 1 if lines else 0


def _with_alias(strength: int, where: str, value: str) -> list[tuple[int, str, str]]:
    """A stated event name, or the two spellings of one written "우아콘 2024 (WOOWACON 2024)"
    (the second marked as an alias: the same event, not a second one)."""
    alias = bracket_alias(value)
    if alias is None:
        return [(strength, where, value)]
    return [(strength, where, alias[0]), (strength, "alias", alias[1])]


# A static site generator's link to another post of the site, whose slug holds that post's date.
_SITE_LINK = lazy(r"\{%-?\s*(?:post_url|link)\s[^%\n]*%\}|\{\{[<%]\s*(?:rel)?ref\s[^\n]*?[>%]\}\}")


# The section of a newsletter or a page that lists what is to come: its "Seminar: …" lines
# announce other events, not the note's ("## 📅 Coming up", "## Demnächst", "## À venir")
_UPCOMING = lazy(
    r"(?i)\b(?:coming\s+up|upcoming|next\s+(?:week|month|up)|what'?s\s+next|save\s+the\s+dates?"
    r"|for\s+your\s+(?:diary|calendar)|à\s+venir|prochainement|prochains?\s+(?:rendez-vous|événements)"
    r"|demnächst|nächste\s+termine|próximamente|próximos\s+eventos|em\s+breve"
    r"|prossimamente|prossimi\s+eventi|binnenkort|yajayo)\b"
    r"|다가오는|예정된?\s*(?:일정|행사)|今後の予定|今後のイベント|即将|近期活动"
)
# A value that opens as a sentence does, on a pronoun: "our own Kofi on data licensing, 24 Sept"
_SENTENCE_OPENING = lazy(
    r"(?:our|my|your|his|her|their|we|i|unser\w*|mein\w*|notre|nos|mon|ma|mes|nuestr[oa]s?|mi|mis"
    r"|nosso|nossa|il\s+nostro|la\s+nostra)\s"
)


def _announced(body: str, line_start: int, value: str) -> bool:
    """Whether an event line ("Seminar: our own Kofi on data licensing, 24 Sept") names
    another event than the note's: a sentence, not a name, or a line of a section listing
    what comes next."""
    if _SENTENCE_OPENING.match(value) is not None:
        return True
    heading = body.rfind("\n#", 0, line_start)
    if heading == -1 and not body.startswith("#"):
        return False
    heading += 1
    end = body.find("\n", heading)
    return _UPCOMING.search(body[heading : end if end != -1 else len(body)]) is not None


def note_facts(
    fields: dict[str, Any], body: str, rel: str, body_line: int, subtitle: str | None = None
) -> dict[str, Any]:
    """Evidence from the note's path and text, added to its frontmatter ``fields``:
    event names (strongest first, with where each was found), the days it states, a
    conference day number, days of the week, the author when the frontmatter names none,
    a track from the folders, and a talk title given in a "Title :" line."""
    facts: dict[str, Any] = {}
    loaded = body  # the body as the note keeps it (it is rewritten below for some notes)
    if "{" in body and ("{%" in body or "{{" in body):  # one character first: most notes lack it
        # a link to a sibling post ("{% post_url 2024-06-20-day-1 %}", "{{< ref
        # "2024-06-20-day-1.md" >}}") dates that post, not this one: blanked, offsets kept
        body = _SITE_LINK.sub(lambda link: " " * len(link[0]), body)
    named = named_days(body)  # before a properties table's rows are read as lines
    properties = page_properties(body)
    if properties:  # an outliner page's "event:: [[…]]" lines, where no frontmatter says
        given = frontmatter_fields(properties, rel, [], body_line)
        facts = {k: v for k, v in given.items() if k in _PROPERTY_FIELDS and not fields.get(k)}
        fields = {**fields, **facts}
    names: list[tuple[int, str, str]] = []  # (strength, source, name)
    title = fields.get("title") or ""
    heading = first_heading(body)
    if heading is not None and opening_title(body) is not None and title_heading(body) is None:
        # "**38C3 – Bericht für das Team**" over "### Wahlcomputer 2025 (…)": the bold opening
        # line is the note's title, the first heading one of its talks
        heading = None
    titles = [t for t in dict.fromkeys((title, heading or "")) if t]
    if not titles and rel.rpartition("/")[0].endswith("pages"):
        # an outliner's page (Logseq's "pages/DroidKaigi 2024.md") is titled by its file name,
        # which is the name its links reach it by: what it names is the page's own name
        titles = [file_title(rel)]

    if fields.get("event"):
        names.extend(_with_alias(6, "frontmatter", fields["event"]))
    folder = folder_facts(rel)
    for strength, name in folder["events"]:
        names.append((strength, "folder" if strength > 1 else "folder-weak", name))
    for text in titles:
        alias = bracket_alias(text)
        for name in event_phrases(text):
            # "# 우아콘 2024 (WOOWACON 2024) 후기": the bracketed spelling is the same event
            names.append((4, "alias" if alias and name == alias[1] else "title", name))
    if subtitle and may_name_event(subtitle, True):
        # a post's frontmatter subtitle names its event as its title would: "Edição #57: uma
        # semana em Austin" over "O que eu vi no SXSW 2024 — de IA a royalties de streaming"
        names.extend((4, "title", name) for name in event_phrases(subtitle))
    if "#" in body and not any(strength >= 3 for strength, _, _ in names):
        # "# 2024-10-30 TIL" over "## 우아콘 2024" over the talks: a section named by its event
        names.extend((4, "title", name) for name in _event_headings(body))
    for tag in (*fields.get("tags", ()), *inline_tags(body)):
        parts = _TAG_SPLIT.split(tag)
        for position, part in enumerate(parts):
            if position and parts[position - 1].lower() in EVENT_PARENTS:
                # a nested tag under a conference tag: "conference/pycon-kr-2024"
                slugged = slug_event(part)
                names.append((3, "tags", slugged or " ".join(part.replace("_", "-").split("-"))))
                continue
            for name in event_phrases(part):
                names.append((3, "tags", name))

    dates: list[str] = []
    mentioned: list[str] = []
    span: tuple[str, str] | None = None
    kind: str | None = None
    talk_title: str | None = None
    # fact lines anywhere ("Seminar Date/Time : …", "Event: …", "Title : …"); the author,
    # the source and the first lines near the top
    author: str | None = None
    stated_author = bool(fields.get("author"))
    source: str | None = None
    intro_lines: list[str] = []
    head = body.split("\n", _SCAN_LINES)[:_SCAN_LINES]
    table_speakers: tuple[str, ...] = ()
    if body.find("|", 0, _joined_length(head)) >= 0:
        # a Notion export's properties table: "| 날짜 | 2024년 11월 4일 |" is "날짜: …"
        rows = [_PROPERTY_ROW.match(line) for line in head]
        if any(rows):
            head = [
                f"{r.group(1)}: {r.group(2)}" if r else line
                for r, line in zip(rows, head, strict=True)
            ]
            rest = body.split("\n", _SCAN_LINES)[_SCAN_LINES:]
            body = "\n".join([*head, *rest])
            sections = 0  # headings above the row other than the note's title
            for line, row in zip(head, rows, strict=True):
                if row is None:
                    sections += line.lstrip().startswith("#") and bool(_HEADING_LINE.match(line))
                elif sections <= 1 and _SPEAKER_LABEL.match(row.group(1).strip().lower()):
                    # the note's own properties, not a table under one of its talks
                    # ("### 1. Title" over "| 발표자 | 한지민 |")
                    table_speakers = table_speakers or people(row.group(2))
    # the speakers a line names before the first heading or bold section line: the talk the
    # whole note is about ("登壇者は Marcus Lindqvist さん。" under a post's title line)
    preamble_speakers: list[str] = []
    in_preamble = not fields.get("speakers")
    if body.find("::", 0, _joined_length(head)) >= 0:
        head = [property_fact_line(line) if "::" in line else line for line in head]
    controls = 0  # lines of a copied page's buttons, which do not count as its first lines
    for line in head:
        stripped = _HTML_TAG.sub(" ", line).strip() if "<" in line else line.strip()
        if stripped[:1] in _INVISIBLE:  # a blog editor's empty paragraph: "\u200b"
            stripped = stripped.strip(_INVISIBLE)
        if "\\" in stripped:  # "Datum: 27\\.12\\.2024", a Word or Google Docs export's escapes
            stripped = unescape(stripped)
        if stripped:
            intro_lines.append(stripped[:_INTRO_CHARS])
            if author is None and not stated_author:  # the frontmatter's writer wins below
                author = byline_author(stripped) or notes_writer(stripped)
                if author is None and len(intro_lines) == 2 and stripped.startswith("##"):
                    # a deck's title slide: "# Shift '24 in 10 minutes" over "#### Dario
                    # Knežević · backend chapter demo day", its presenter
                    author = presenter(stripped) if intro_lines[0][:2] == "# " else None
                if (
                    author is None
                    and stripped[:1] in "*_"
                    and len(intro_lines) == 1 + (intro_lines[0][:2] == "# ")
                ):
                    # "**Ana Souza**" on the line under the post's title: its writer
                    author = bold_writer(stripped, "\n## " in body)
            if in_preamble:
                bold = stripped.lstrip(_EMOJI_MARKS) if stripped[:1] > "\u2000" else stripped
                if stripped.startswith("#") or (
                    bold.startswith(("**", "__")) and bold.endswith(("**", "__"))
                ):
                    in_preamble = False  # a heading, or a bold line ("🎤 **Title**")
                elif not preamble_speakers:
                    preamble_speakers = line_speakers(stripped) or _name_then_when(stripped)
            if _page_control(stripped):
                controls += 1  # a copied post page's "Follow", "Listen", "Share", "--"
            if len(intro_lines) - min(controls, _INTRO_LINES) >= _INTRO_LINES:
                break
    top_end = _joined_length(head) + 1
    # fact lines anywhere ("Seminar Date/Time : …", "Event: …", "Title : …"); the author
    # and the source near the top. Only lines with a colon near their start are read.
    line_end = 0
    created: str | None = None  # a note app's "Created at:" stamp: the last fallback day
    source_speaker: str | None = None  # the speaker a literature note's "Source:" line names
    days_of_week: list[int] = []
    # a line's first colon only: the search for the next starts at the end of its line
    wide = "：" in body  # most notes hold no full-width colon: one find per line, not two
    while (at := _next_colon(body, line_end, wide)) != -1:
        line_start = body.rfind("\n", 0, at) + 1
        line_end = body.find("\n", at)
        if line_end == -1:
            line_end = len(body)
        if at - line_start > 48:
            continue
        label_text = body[line_start:at]
        if "<" in label_text:
            label_text = _HTML_TAG.sub(" ", label_text)
        label = " ".join(label_text.strip(_LABEL_MARKS).lower().split())
        if not _ANY_LABEL.match(label):
            if line_start < top_end and author is None and label in ROLE_LINE_LABELS:
                # "Chairs: … · Minutes: Ana": the one who took the notes wrote them
                author = recorder_in_roles(body[at + 1 : line_end])
            continue
        top = line_start < top_end
        value = body[at + 1 : line_end]
        if value[:1] in ":：":  # an outliner's property: "event:: [[Devoxx Belgium 2024]]"
            value = WIKILINK_TEXT.sub(r"\1", value[1:])
        if "<" in value:
            value = _HTML_TAG.sub(" ", value)
        value = value.strip(" \t*_")
        if _DATE_LABEL.match(label):
            found = find_dates(value)
            if len(found) == 2 and span is None and _TWO_ENDS.search(value):
                # "date-range:: [[Oct 9th, 2024]] → [[Oct 11th, 2024]]": the event's days
                span = (found[0].partial(), found[1].partial())
                found = []
            for mention in found:
                dates.append(mention.partial())
                if mention.is_range and span is None:
                    span = (mention.partial(), mention.partial_end() or mention.partial())
                break
            kind = kind or label_kind(label)
            days_of_week.extend(weekdays(value))
        elif top and created is None and _CREATED_LABEL.match(label):
            stamp = find_dates(value)
            created = stamp[0].partial() if stamp and stamp[0].year else None
        elif _EVENT_LABEL.match(label):
            said = find_dates(value) if value[:1].isdigit() else []
            if said and said[0].offset == 0:
                # "Conference: 8–10 April 2024, QEII Centre": when and where, not its name
                if said[0].is_range and span is None:
                    span = (said[0].partial(), said[0].partial_end() or said[0].partial())
            elif value and not _announced(body, line_start, value):
                names.extend(_with_alias(5, "fact", value))
        elif talk_title is None and value and _TITLE_LABEL.match(label):
            talk_title = value.strip("*_` ")
        elif top and author is None and label in AUTHOR_LABELS:
            author = author_name(value)
        elif author is None and label in REPORT_WRITERS and line_start < _TABLE_TOP:
            # a trip report's summary table, its rows read as "출장자: 네트워크사업부 박지훈 차장"
            author = traveller_name(value)
        elif top and label in TALK_SOURCE_LABELS and (said := source_facts(value))[0]:
            # "Source: Nikola Vuković, Shift 2024, srijeda 18.9.": a literature note's talk
            names.extend((3, "body", name) for name in said[0])
            source_speaker = source_speaker or said[1]
        elif top and source is None and SOURCE_LABEL.match(label):
            source = url_in(value)
    intro_text = "\n".join(intro_lines)
    may_name = may_name_event(intro_text, False)
    may_date = bool(find_dates(intro_text))
    # asked of the first lines as one before any of them is asked alone: most notes' first
    # lines hold no sign of either, and a test of each line costs more
    may_be_at = _AT_EVENT_WORD.search(intro_text.lower()) is not None
    may_say_yesterday = holds_any(intro_text, _YESTERDAY_PARTS)
    in_a_thread = may_date and "/" in intro_text and "@" in body and holds_posts(body)
    # a thread's first post opens it as a title would ("1/ Day one of EuroPython 2025 …")
    first_post = -1
    if "/" in intro_text:
        first_post = next((n for n, line in enumerate(intro_lines) if _FIRST_POST.search(line)), -1)
    weekday_dates: list[str] = []
    posted: str | None = None  # a post header's date: when it was posted, not the event's day
    edited: str | None = None  # a notes app's last-edited stamp
    yesterday = False  # a first line says the event was the day before the post
    lead_read = False  # the lead paragraph under a copied post header has been read
    outline_page = body.startswith(("- ", "* "))
    for position, line in enumerate(intro_lines):
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            if may_date and position and only_a_date(heading):
                # a day divider near the top ("## 2 декабря 2024" in a channel's export)
                dates.extend(m.partial() for m in find_dates(heading) if not m.is_range)
            continue
        # the line that opens a note without a title heading reads as its title: a year
        # next to a name is an event there ("if(kakao)AI 2024 둘째 날 들은 세션 정리")
        opening = position in (0, first_post) and len(line) <= 200 and not _fact_line(line)
        # an unrolled thread's post before its "1/" introduces it as a title would: "🧵
        # Live-tweeting Config 2024 day 1 from Moscone" under the writer's name and handle
        opening = opening or (position == first_post - 1 > 0 and line[:1] != "@")
        if (
            position == 1
            and not opening
            and len(line) <= 100
            and line[-1:] not in ".。!?:"
            and not _fact_line(line)
        ):
            # a subtitle under an opening title line names the event the same way: "Notes
            # from Tokyo" over "A weekend at try! Swift Tokyo 2024"
            opening = not intro_lines[0].startswith("#") and intro_lines[0][-1:] not in ".。!?:"
        if talk_title is None and not (outline_page and line.startswith(("- ", "* "))):
            # an outliner's page is a day's blocks: a talk quoted in one is no title of it
            talk_title = quoted_talk_title(line)
        mentions = find_dates(line) if may_date else []
        if mentions and _EDITED_STAMP.match(line):
            # a notes app's "Edited: Aug 4, 2024, 2:14 AM": when it was last touched, no day of
            # its talks; a clue to its event (see corpus.events.note_day)
            edited = edited or (mentions[0].partial() if mentions[0].year else None)
            mentions = []
        if mentions and "/" in line and in_a_thread:
            # a social post's counter ("1/3 Opening keynote …", "🧵 (2/5)") is no date
            spans = counters(line)
            mentions = [m for m in mentions if not any(a <= m.offset < b for a, b in spans)]
        if mentions and posted is None and (header := posted_mention(line)) is not None:
            posted = header.iso()
            mentions = [m for m in mentions if m.offset != header.offset]
        if "[[" in line:  # an Obsidian link names a page, read like a title: [[DEVIEW 2023]]
            for target in WIKILINK.findall(line):
                if target[:1].isdigit():
                    target = without_timestamp_id(target)  # "[[202409191000 Shift 2024]]"
                # a Dendron link names its page by its place: [[conf.pycon-us-2024]]
                parts = target.split(".") if "." in target and " " not in target else (target,)
                names.extend((3, "body", name) for part in parts for name in event_phrases(part))
        # the post's lead paragraph under a copied header (byline, "5 min read", "Follow")
        # names its event as a title would: "Di hari pertama FOSSASIA Summit 2024 di Hanoi, …"
        lead = not lead_read and len(line) >= _LEAD_MIN and line[0] not in _NOT_PROSE
        lead_read = lead_read or lead
        lead = lead and may_name  # only where the first lines hold a word an event's name has
        # a Discourse export's first post under its header line opens the thread as a title
        # would: "Welcome to the notes thread for EuroRust 2024 in Vienna!"
        opening = opening or (position == 1 and _POST_MARK in intro_lines[0])
        if opening or lead or any(m.is_range for m in mentions) or (may_be_at and _at_event(line)):
            # a line that gives a range of days names the event they are the days of, by its
            # year too: "My notes from NDC Oslo 2024 (June 12–14, 2024)"
            phrases = event_phrases(line)
        else:
            phrases = event_phrases(line, years=False) if may_name else ()
        for name in phrases:
            names.append((2, "body", name))
        if may_say_yesterday and not mentions and not yesterday and _says_yesterday(line):
            # "어제 코엑스에서 열린 … 다녀왔어요": the day before the post's
            yesterday = bool(phrases) or _ATTENDED.search(line) is not None
        if mentions:
            said = bool(phrases) or _ATTENDED.search(line) is not None
            said = said or _ONLY_DATE.match(line) is not None or only_a_date(line)
            # "2025년 3월 12일 (수) 코엑스.": a short line that opens with its date
            said = said or (len(line) <= 40 and not line[: mentions[0].offset].strip(" -*+>["))
            # a thread's post stamp, its time first ("오전 9:30 · 2024년 10월 29일"): its day
            said = said or (in_a_thread and is_stamp(line))
            for mention in mentions:
                if mention.is_range:
                    span = span or (mention.partial(), mention.partial_end() or mention.partial())
                elif said:
                    dates.append(mention.partial())
                elif weekday_beside(line, mention):  # "Tue 9 April", "Dienstag, 9. April"
                    weekday_dates.append(mention.partial())
                else:
                    mentioned.append(mention.partial())
    for value in weekday_dates:
        # a day outside the days the note says the event had is another day's: "Out: Sun 7
        # April" on a travel page under "Conference: 8–10 April 2024"
        inside = span is None or span[0][-5:] <= value[-5:] <= span[1][-5:]
        (dates if inside else mentioned).append(value)
    if (glued := glued_year_event(rel)) is not None:
        names.append((3, "file", glued))
    if first_post >= 0:  # a saved thread's file name: "Thread by @x - GitHub Universe 2024.md"
        stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        names.extend((3, "file", name) for name in event_phrases(stem))
    if body[:1] == "=" or "hats" in rel:  # a chat export named after its channel or chat
        stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        if (chat := chat_name(body, stem)) is not None:
            names.extend((3, "file", name) for name in event_phrases(chat))
    thread_day, opener = opened(body)  # a GitHub issue's opening post: its day and writer
    if opener is not None and (category := thread_category(body)) is not None:
        names.extend((3, "title", name) for name in event_phrases(category))
    posted = posted or thread_day or file_date(rel) or post_date(rel)
    reference = fields.get("date") or posted
    if yesterday and reference and not dates:
        dates.append(day_before(reference))
    title_dates: list[str] = []
    for text in titles:
        for mention in find_dates(text):
            if mention.is_range:
                span = span or (mention.partial(), mention.partial_end() or mention.partial())
            else:
                title_dates.append(mention.partial())
    chat_like = may_be_chat(body)
    if body is loaded:
        facts["chat_like"] = chat_like  # the segmenter's question too: asked once
    if chat_like and (talk_days := chat_days(body)):
        # a chat's days are the days its talks were on: not the evening before the event,
        # when the group met up, nor the day its day dividers begin with
        dates = talk_days
    dates = [*title_dates, *folder["dates"], *dates]
    first_line = intro_lines[:1]  # "DAN 24 - 2일차 (11/12 화)" opening a note as its title
    number = next(
        (n for t in (*titles, *folder["days"], *first_line) if (n := day_number(t))), None
    )
    if number is not None and heading:
        from summit_tui.corpus.day_recaps import counts_several_days

        if counts_several_days(body):
            # "## Day 1" opening a post over "## Day 2": the first of the days it covers, not
            # the post's own day
            said = (title, *folder["days"], *(t for t in first_line if not t.startswith("#")))
            number = next((n for t in said if t and (n := day_number(t))), None)
    if number is None:
        # a file named by its day: "Tag2.md", "ikinci-gun.md", "rustconf-day-2.md"
        number = day_number(_STEM_SEPARATORS.sub(" ", file_title(rel)))
    if first_line and day_number(first_line[0]) is not None:
        dates = [*(m.partial() for m in find_dates(first_line[0]) if not m.is_range), *dates]
    days_of_week.extend(weekdays_in((*titles, *intro_lines)))
    days_of_week.extend(folder["weekdays"])  # "saturday/janson-keynote.md"

    ranked = sorted(enumerate(names), key=lambda pair: (-pair[1][0], pair[0]))
    seen: set[tuple[str, int | None]] = set()
    event_names: list[str] = []
    sources: list[str] = []
    for _, (_, where, name) in ranked:
        key = event_key(name)
        if key in seen:
            kept = next(n for n, k in enumerate(event_names) if event_key(k) == key)
            if event_names[kept] == event_names[kept].lower() and name != name.lower():
                # the stronger place's spelling is a folder's or a tag's ("devconf-2025"); the
                # title writes the name as people do ("DevConf 2025")
                event_names[kept] = name
            continue
        if not key[0]:
            continue
        seen.add(key)
        event_names.append(name)
        sources.append(where)
    facts["event_names"] = tuple(event_names)
    facts["event_sources"] = tuple(sources)
    if intro_lines and _POST_MARK in intro_lines[0]:
        from summit_tui.corpus.discourse_export import talk_days

        # a Discourse export: the days of its posts about talks, not the welcome post's
        dates = talk_days(body) or dates
    elif org_stamped(body):
        from summit_tui.corpus.org_export import org_lines, org_parts

        # an Org export: the days its talks' timestamps give
        talks = org_parts(org_lines(body.split("\n")))
        dates = sorted({talk.day for talk in talks if talk.day}) if talks else dates
    elif may_be_weeknotes(title) and "\n## " in body:
        from summit_tui.corpus.weeknotes import week_days

        # weeknotes: the days of its week its talks were on, not the day it was posted
        dates = week_days(title, fields.get("date") or posted, body.split("\n")) or dates
    facts["dates"] = tuple(dict.fromkeys(dates))
    facts["mentioned_dates"] = tuple(d for d in dict.fromkeys(mentioned) if d not in dates)
    if span is not None:
        facts["span"] = span
    if number is not None:
        facts["day_number"] = number
        if any(counts_talk_days(text) for text in (*titles, *intro_lines)):
            facts["day_of_talks"] = True  # "Day 1 of talks": not the tutorials' day before
        for text in (*titles, *first_line):
            # "Indaba siku ya 3 - Jumatano", "Dag 2 (torsdag)": the weekday beside the count
            if day_number(text) == number and len(named_weekdays := weekdays(text)) == 1:
                facts["day_weekday"] = named_weekdays[0]
                break
    if days_of_week:
        facts["weekdays"] = tuple(dict.fromkeys(days_of_week))
    if named:
        facts["named_days"] = named
    kind = kind or next(
        (k for t in (*titles, *fields.get("tags", ())) if (k := bare_kind(t))), None
    )
    if kind:
        facts["event_kind"] = kind
    own = next((t for text in titles if (t := own_talk_title(text))), None)
    if own is None and not talk_title:
        # "My first ICSE talk: …" over "I presented our paper *Title* …": the writer's talk
        own = own_talk_in_opening(titles, intro_lines[:4])
    if own is not None:
        # "I spoke at Devoxx Poland: Title": the writer's own talk, whatever a line quotes
        talk_title = own
        if fields.get("author") and not fields.get("speakers"):
            facts["speakers"] = (fields["author"],)
    if talk_title:
        facts["talk_title"] = talk_title
    if not fields.get("speakers") and (table_speakers or preamble_speakers or source_speaker):
        facts["speakers"] = table_speakers or tuple(preamble_speakers) or (source_speaker,)
    if not fields.get("track") and folder["track"]:
        facts["track"] = folder["track"]

    if fields.get("author"):
        facts["author_source"] = "frontmatter"
    else:
        # a note without a title opens with its title line: "Fran - QCon day 3"
        opening = [*titles, *(line for line in intro_lines[:2] if not line.startswith("#"))]
        author = (
            mail_writer(body)  # mail: the sender of its first message
            or channel_author(body)
            or opener  # a thread's opening post is its writer's, whoever comments below
            or author
            or article_author(intro_lines)
            or next((a for t in opening if (a := title_author(t))), None)
        )
        # a Medium post's header: "Mark Chen" / "Follow" / "6 min read · Jun 16, 2024"
        author = author or reading_header_author(intro_lines)
        # a post header's name line over its date stamp: "Phạm Đức Anh" / "10 tháng 4 lúc 21:15"
        author = author or stamped_author(intro_lines)
        author = author or signature_author(body)  # "Cheers, Naomi" closing a newsletter
        author = author or chat_writer(body)  # a chat export: who wrote most of it
        facts["author"], facts["author_source"] = unstated_author(
            author, (fields.get("source"), source), rel, f"{title}\n{body[:4000]}"
        )
        if (
            own is not None
            and not fields.get("speakers")
            and not facts.get("speakers")
            and (writer := writer_of_blog(facts["author"] or "")) is not None
        ):
            # "ayse-demir-blog/_posts/…-speaking-at-devoxx.md": the blog's writer gave the talk
            facts["speakers"] = (writer,)
    if not fields.get("source") and source:
        facts["source"] = source
    if not fields.get("date") and posted:
        facts["date"], facts["date_kind"] = posted, "plain"
    elif not fields.get("date") and created:
        facts["date"], facts["date_kind"] = created, "created"
    elif not fields.get("date") and edited:
        facts["date"], facts["date_kind"] = edited, "edited"
    return facts
