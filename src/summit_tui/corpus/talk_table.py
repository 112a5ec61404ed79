"""A Markdown table of talks read by its header: which column holds each talk's title, its
speaker, its day or time and the writer's notes, in the languages notes are written in
(``| Time | Talk | Speaker | Notes |``, ``| 시간 | 세션 | 발표자 | 메모 |``, ``| Nr. | Titel |
Vortragende |``), and its rows as (number, title, speaker, day, line).
"""

from __future__ import annotations

from summit_tui.corpus.dates import find_dates
from summit_tui.corpus.time_prefix import weekday_word
from summit_tui.lazy_re import lazy

# A table's column by its header, lowered: the paper's title, its presenter, the row's number
_TITLE_HEADS = frozenset(
    {"paper", "papers", "title", "talk", "talks", "논문", "제목", "발표", "발표제목", "titel",
     "beitrag", "vortrag", "título", "titulo", "artigo", "trabalho", "palestra", "ponencia",
     "artículo", "articulo", "題目", "タイトル", "演題", "titre", "article", "session", "foredrag",
     "föredrag", "föreläsning", "esitelmä", "esitys", "sessio", "세션", "강연", "講演",
     "セッション", "intervento", "conférence", "charla", "sesión", "topic", "thema", "주제",
     "세션명", "발표 제목", "セッション名", "テーマ", "talk title", "session title",
     "vortragstitel"}
)  # fmt: skip
_PRESENTER_HEADS = frozenset(
    {"presenter", "presenters", "speaker", "speakers", "발표자", "연사", "referent",
     "referentin", "vortragende", "vortragender", "sprecher", "sprecherin", "apresentador",
     "apresentadora", "orador", "oradora", "ponente", "登壇者", "発表者", "présentateur",
     "orateur", "intervenant", "foredragsholder", "foredragsholdere", "taler", "talere",
     "talare", "föreläsare", "föredragshållare", "puhuja", "puhujat", "esiintyjä", "esittäjä",
     "강연자", "講演者", "relatore", "relatrice", "speaker(s)", "ponentes", "oradores", "who",
     "wer", "speaker / company", "speaker (company)"}
)  # fmt: skip
# The writer's own notes on each talk, in a column of their own ("| Notes |", "| 메모 |")
_NOTES_HEADS = frozenset(
    {"notes", "note", "my notes", "memo", "memos", "takeaways", "takeaway", "key takeaways",
     "thoughts", "comments", "comment", "summary", "highlights", "learnings", "impressions",
     "메모", "노트", "요약", "느낀점", "소감", "후기", "정리", "メモ", "感想", "所感", "まとめ",
     "notizen", "anmerkungen", "eindrücke", "notater", "anteckningar", "notas", "apuntes",
     "remarques", "appunti", "notities"}
)  # fmt: skip
_NUMBER_HEADS = frozenset({"#", "no", "no.", "nr", "nr.", "n.º", "nº", "순서", "번호", "order"})
_DAY_HEADS = frozenset(
    {"day", "date", "날짜", "일자", "요일", "tag", "datum", "dia", "fecha", "dag", "dato",
     "päivä", "jour", "giorno", "曜日", "日付"}
)  # fmt: skip
# A row's time, often with its weekday ("ons 11:40", "Wed 10:00")
_TIME_HEADS = frozenset(
    {"time", "when", "slot", "tid", "tidspunkt", "kl", "kl.", "klo", "aika", "zeit", "uhrzeit",
     "hora", "horário", "horario", "heure", "ora", "시간", "時間", "dag/tid", "day/time"}
)  # fmt: skip
_ANY_SEPARATOR = lazy(r"(?m)^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*\|")
_SEPARATOR = lazy(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
# a trailing bracket after a name: its affiliation, "(withdrawn, no presenter)"
BRACKET = lazy(r"\s*\([^()]*\)\s*$")


def has_table(body: str) -> bool:
    """Whether a note holds a Markdown table (a header's separator line)."""
    return _ANY_SEPARATOR.search(body) is not None


def cells(line: str) -> list[str]:
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|"):
        text = text[:-1]
    return [cell.strip() for cell in text.split("|")]


Row = tuple[str, str, str, str | None, int]  # number, title, presenter, day, line


def paper_rows(lines: list[str]) -> list[Row]:
    """(number, title, presenter, day or None, line) of each row of the first table whose
    header names a paper's title and its presenter; [] when there is none. The day is the
    row's date as ``DateMention.partial`` gives it, or "weekday:N" for a weekday alone
    ("ons 11:40")."""
    return paper_table(lines, noted_only=False)[0]


def paper_table(lines: list[str], *, noted_only: bool = True) -> tuple[list[Row], int | None]:
    """``paper_rows`` and the column of the writer's notes on each paper (None: no such
    column). With ``noted_only`` a table with a notes column needs no presenter's column
    ("| Time | Talk | Notes |"): its rows' presenters are "" for the caller to read from
    the title."""
    for number, line in enumerate(lines[1:], start=1):
        if "-" not in line or "|" not in line or not _SEPARATOR.match(line):
            continue
        header = [cell.lower().strip("*_ ") for cell in cells(lines[number - 1])]
        title = next((i for i, h in enumerate(header) if h in _TITLE_HEADS), None)
        presenter = next(
            (i for i, h in enumerate(header) if h in _PRESENTER_HEADS and i != title), None
        )
        notes = next((i for i, h in enumerate(header) if h in _NOTES_HEADS), None)
        if title is None or (presenter is None and (notes is None or not noted_only)):
            continue
        days = [i for i, h in enumerate(header) if h in _DAY_HEADS or h in _TIME_HEADS]
        count = next((i for i, h in enumerate(header) if h in _NUMBER_HEADS), None)
        rows: list[Row] = []
        for at, row_line in enumerate(lines[number + 1 :], start=number + 1):
            if "|" not in row_line:
                break
            row = cells(row_line)
            if len(row) <= max(title, -1 if presenter is None else presenter):
                continue
            name = "" if presenter is None else BRACKET.sub("", row[presenter]).strip("*_ ")
            if not name or not name[:1].isalpha():
                name = ""  # "(withdrawn, no presenter)", "—"
            place = row[count].strip("*_ ") if count is not None and count < len(row) else ""
            paper = row[title].strip("*_ ")
            if paper:
                day = next((d for i in days if i < len(row) and (d := _row_day(row[i]))), None)
                rows.append((place or str(len(rows) + 1), paper, name, day, at))
        return rows, notes
    return [], None


def _row_day(cell: str) -> str | None:
    """The day a table's day or time cell gives its row: a date ("Thu 12 Jun 2025"), or a
    weekday alone, in any language's short form ("ons 11:40", "Wed", "Mi 14:00")."""
    dates = find_dates(cell)
    if dates:
        return dates[0].partial()
    weekday = weekday_word(cell.strip("*_ ").partition(" ")[0])
    return f"weekday:{weekday}" if weekday is not None else None
