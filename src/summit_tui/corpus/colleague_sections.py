"""A team's roundup post: a section per colleague, headed by their name ("## Kari Nordmann",
"## Ana Souza"), each a paragraph about the talk they liked best, named in bold or quotes
beside its speaker ("**«Title»** med Name", "**Title** (Name, in English)", "“Title” by
Name"). Each section is that colleague's entry of the talk it names, not one entry of the
whole post; a section naming no title but the speaker another section names ("I agree with
Kari — Ingrid's talk was the best") is about that speaker's talk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from summit_tui.corpus.clues import holds_any
from summit_tui.lazy_re import lazy

# a title in bold (quoted inside or not) or in quotes: "**«Title»**", "**Title**", "“Title”"
_TITLE = lazy(
    r"\*\*[«\"“„‘']?(?P<bold>[^*\n]{4,140}?)[»\"”“’']?\*\*"
    r"|[«“„](?P<quoted>[^«»“”„\n]{4,140})[»”“]"
)
# who gave it, after the title: "med Name", "with Name", "by Name", "av Name", "von Name" …
_BY = lazy(
    r"^[ \t]*,?[ \t]*(?i:med|with|by|av|af|von|mit|van|door|par|de|di|con|od|z|from|fra)[ \t]+"
    r"(?P<name>\S+(?:[ \t]+\S+){0,3})"
)
# or in brackets: "(Name)", "(Name, in English)"
_PAREN = lazy(r"^[ \t]*\((?P<name>[^(),;\n]{3,60})[,;)]")
_NAME_END = lazy(r"[.,;:!?)»”\"']+$")
_RULE = lazy(r"^ {0,3}(?:-[ \t]*){3,}$|^ {0,3}(?:\*[ \t]*){3,}$|^ {0,3}(?:_[ \t]*){3,}$")


def _may_be_rule(line: str) -> bool:
    """Whether a line is one mark ("-", "*" or "_") and spaces only, as a rule is."""
    text = line.strip(" \t")
    return text[:1] in ("-", "*", "_") and not text.strip(text[0] + " \t")


@dataclass(frozen=True, slots=True)
class Section:
    """One colleague's section: the lines it spans and the talk it is about (None: none)."""

    heading: str
    start: int
    end: int
    title: str | None
    speakers: tuple[str, ...]


# _BY's words, lowered; "ı" and "İ" are letters a case-blind match takes for "i" that
# lower() does not turn into it
_BY_WORDS = frozenset(str.split("med with by av af von mit van door par de di con od z from fra"))
_FOLDED = frozenset("ıİ")
# what a title in _TITLE opens with: bold, or a quote mark
_TITLE_OPENERS = ("**", "«", "“", "„")


def _speaker(after: str, looks_like_name: Callable[[str], bool]) -> str | None:
    opening = after.lstrip(" \t")
    if opening[:1] == "(":
        found = _PAREN.match(after)
        if found is not None and looks_like_name(found["name"].strip()):
            return found["name"].strip()
    if opening[:1] == ",":
        opening = opening[1:].lstrip(" \t")
    end = 0  # the first word's end
    while end < len(opening) and opening[end].isalpha():
        end += 1
    if opening[:end].lower() not in _BY_WORDS and _FOLDED.isdisjoint(opening[:end]):
        return None  # no word that says who gave it: most texts after a title
    found = _BY.match(after)
    if found is None:
        return None
    words: list[str] = []
    for word in found["name"].split():
        words.append(word)
        if _NAME_END.search(word) is not None:
            break  # "med Ingrid Solheim. Hun viste …": the sentence ends with the name
    # "med Ingrid Solheim. Hun viste …": the name ends where its capitals (or its stop) do
    for size in range(min(len(words), 4), 1, -1):
        name = _NAME_END.sub("", " ".join(words[:size]))
        if looks_like_name(name) and all(w[:1].isupper() for w in name.split()):
            return name
    return None


def named_talk(
    text: str, looks_like_name: Callable[[str], bool]
) -> tuple[str, tuple[str, ...]] | None:
    """(title, speakers) of the first talk a section's text names in bold or quotes beside
    its speaker, or None."""
    if not holds_any(text, _TITLE_OPENERS):
        return None
    for found in _TITLE.finditer(text):
        title = (found["bold"] or found["quoted"]).strip(" «»“”„\"'‘’")
        if len(title) < 4:
            continue
        speaker = _speaker(text[found.end() :], looks_like_name)
        if speaker is not None:
            return title, (speaker,)
    return None


def section_end(lines: Sequence[str], start: int, end: int) -> int:
    """Where a section's own text ends: at a rule ("---") before a post's closing lines."""
    for number in range(start, end):
        if _may_be_rule(lines[number]) and _RULE.match(lines[number]):
            return number
    return end


def mentioned_talk(
    text: str, talks: Sequence[tuple[str, tuple[str, ...]]]
) -> tuple[str, tuple[str, ...]] | None:
    """The talk whose speaker a section names without its title ("Ingrid Solheims foredrag"):
    one speaker's full name (or its possessive) and no other's."""
    hits = {
        talk
        for talk in talks
        for name in talk[1]
        if re.search(rf"(?<!\w){re.escape(name)}(?:s|'s|’s|'|’)?(?!\w)", text) is not None
    }
    return hits.pop() if len(hits) == 1 else None
