"""Bold talk lines with the lines that name their day over them ("Monday 8 April" alone on a line,
"**Fri**"): those are day headings, the bold lines their talks."""

from __future__ import annotations

from collections.abc import Sequence

from summit_tui.corpus.blocks import Heading, Inline
from summit_tui.corpus.heading_kinds import only_a_day

# A weekday written short, alone on a bold line ("**Fri**", "**Sat.**", "**Пт**", "**Fr**",
# "**금**"): that day's full English name, which day headings are read by
_SHORT_WEEKDAYS = {
    **dict.fromkeys(("mon", "mo", "пн", "월"), "Monday"),
    **dict.fromkeys(("tue", "tues", "di", "вт", "화"), "Tuesday"),
    **dict.fromkeys(("wed", "mi", "ср", "수"), "Wednesday"),
    **dict.fromkeys(("thu", "thur", "thurs", "do", "чт", "목"), "Thursday"),
    **dict.fromkeys(("fri", "fr", "пт", "금"), "Friday"),
    **dict.fromkeys(("sat", "sa", "сб", "토"), "Saturday"),
    **dict.fromkeys(("sun", "so", "вс", "нд", "일"), "Sunday"),
}


def _short_weekday(text: str) -> str | None:
    return _SHORT_WEEKDAYS.get(text.strip().rstrip(".:").casefold())


def with_day_lines(bold: list[Heading], inlines: Sequence[Inline]) -> list[Heading]:
    """Bold talk titles with the lines that name their day above them ("Monday 8 April"
    alone on a line over "**Opening keynote – Priya Nair**"): those lines are day
    headings, the bold lines their talks."""
    if len(bold) < 2:
        return bold
    days: list[Heading] = []
    talks: list[Heading] = []
    for line in bold:  # "**Fri**", "**Saturday**", "**Пт**": a day, not a talk
        if len(line.text) <= 40 and (only_a_day(line.text) or _short_weekday(line.text)):
            days.append(Heading(1, _short_weekday(line.text) or line.text, line.start,
                                line.head_end))  # fmt: skip
        else:
            talks.append(line)
    if days and len(talks) >= 1:
        bold = talks
    else:
        days = []
    bold_days = {day.start for day in days}
    for inline in inlines:
        block = inline.block
        if block.heading or block.level != 1 or "\n" in block.source.strip():
            continue
        text = block.text
        if inline.start in bold_days:
            continue  # "**Dzień 1 (środa 19.06)**": a bold day line, read above
        if len(text) <= 40 and not text.startswith(("*", "_")) and only_a_day(text):
            days.append(Heading(1, text, inline.start, inline.start + 1))
    days.sort(key=lambda h: h.start)
    if not days or days[0].start > bold[0].start:
        return bold  # days only after the first talk: a date in the text, not a heading
    for line in bold:
        line.level = 2
    return sorted([*days, *bold], key=lambda h: h.start)
