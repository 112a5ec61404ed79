"""A post's subtitle: a heading under its title that is part of the post's header ("## Part 2 of
2. The first part is here: …", "### O que eu trouxe de Málaga"), no talk."""

from __future__ import annotations

from summit_tui.corpus.blocks import Heading
from summit_tui.corpus.heading_kinds import (
    day_heading,
    sentence_like,
    speaker_in_heading,
    talk_marked,
)
from summit_tui.corpus.names import looks_like_name
from summit_tui.lazy_re import lazy


def subtitle(lines: list[str], title: Heading, heading: Heading, rest: list[Heading]) -> bool:
    """A post's subtitle: a deeper heading right under its title, above the shallower
    headings of its sections ("# Três dias de J On The Beach" over "### O que eu trouxe
    de Málaga" over "## Marta Jiménez e …"): part of the post's header, no talk."""
    if heading.level <= title.level:
        return False
    shallower = next((i for i, h in enumerate(rest) if h.level < heading.level), None)
    if shallower is None:
        return False
    if any(h.level == heading.level for h in rest[:shallower]):
        return False  # one of a run of sections (### talks over a ## lunch), not a subtitle
    if heading.level > title.level + 1 and presenter_line(heading.text):
        return not any(line.strip() for line in lines[title.start + 1 : heading.start])
    if speaker_in_heading(heading.text):
        return False  # "### Keynote (Name)": a talk
    return not any(line.strip() for line in lines[title.start + 1 : heading.start])


# A slide deck's presenter under its title: "#### Dario Knežević · backend chapter demo day",
# "#### Ana Lima | Platform guild"
_PRESENTER_BREAK = lazy(r"\s+[·|•]\s+|,\s+")


def presenter_line(text: str) -> bool:
    """A heading that opens with a person's name, then a separator and what they present for
    ("Dario Knežević · backend chapter demo day"): a deck's title slide, no talk."""
    parts = _PRESENTER_BREAK.split(text.strip(" *_"), maxsplit=1)
    return len(parts) == 2 and looks_like_name(parts[0].strip(), strict=True)


def sentence_subtitle(
    lines: list[str], title: Heading, heading: Heading, rest: list[Heading]
) -> bool:
    """A post's subtitle written as a sentence one level under its title, before any
    paragraph (Medium's "## Czyli co warto było zobaczyć, jeśli …", "## Part 2 of 2. The
    first part is here: …"), with the post's own sections after it: no talk."""
    if heading.level != title.level + 1 or rest[0].level > heading.level:
        return False  # a heading over sections of its own groups them
    if sum(h.level <= heading.level for h in rest) < 2:
        return False  # the one section under the title: a talk, not a subtitle
    if any(line.strip() for line in lines[title.start + 1 : heading.start]):
        return False
    return sentence_like(heading.text) and not (
        talk_marked(heading.text) or speaker_in_heading(heading.text) or day_heading(heading.text)
    )


def subtitle_over_byline(
    lines: list[str], title: Heading, heading: Heading, rest: list[Heading]
) -> bool:
    """A copied post's subtitle: a heading one level under its title, right under it, over
    the post's header ("Name" / "Follow" / "6 min read · Jun 23, 2024"): Medium's "## Czyli
    co wyniosłam z pierwszego dnia (część 1 z 2)", however short: no talk."""
    if heading.level != title.level + 1 or not any(h.level <= heading.level for h in rest):
        return False
    if any(line.strip() for line in lines[title.start + 1 : heading.start]):
        return False
    stop = min(rest[0].start, heading.head_end + 12)
    return any(
        "min read" in line or line.strip() == "Follow" for line in lines[heading.head_end : stop]
    )
