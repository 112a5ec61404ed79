"""A talk's heading that names only its kind and its speaker: "## Keynote: Petra Horáková",
"## Invited talk — Ana Lima", "## Palestra convidada: Rui Costa".

What follows the kind is a person, not the talk's title, when it is shaped like a name and the
notes under it speak of that person ("She opened with …", "Horáková's point …"): the talk is
then the kind ("Keynote") by that speaker, and another note (or the program) gives its title.
"""

from __future__ import annotations

import re

from summit_tui.lazy_re import lazy

_KIND = lazy(
    r"(?i)^\W{0,3}(?P<kind>(?:[\w-]+\s+){0,2}(?:keynote|plenary(?:\s+talk)?|invited\s+talk"
    r"|keynote\s+talk|distinguished\s+lecture|hauptvortrag|eingeladener\s+vortrag"
    r"|palestra(?:\s+convidada)?|conferencia\s+invitada|conférence\s+invitée|키노트|기조\s*연설"
    r"|초청\s*강연)(?:\s+[\w-]+){0,2}?)\s*[:：—–-]\s*(?P<rest>\S.*?)\s*$"
)
# what every match of _KIND holds, lowered
_KIND_WORDS = (
    *("keynote", "plenary", "invited", "lecture", "vortrag", "palestra", "conferencia"),
    *("conférence", "키노트", "기조", "초청"),
)
_WORD = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f'’-]+"
_PARTICLE = r"(?:da|de|del|der|di|do|dos|du|la|le|van|von|y|zu)"
_NAME = lazy(
    rf"^(?:(?:Dr\.?|Prof\.?)\s+)?{_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_WORD}){{1,3}}"
    r"(?:\s*(?:님|교수님?|박사님?))?$"
    r"|^[가-힣]{2,4}(?:\s*(?:님|교수님?|박사님?))?$"
)
_HONORIFIC = lazy(r"\s*(?:님|교수님?|박사님?)$|^(?:Dr\.?|Prof\.?)\s+")
# The notes speak of a person: a pronoun opening a line, or the speaker's surname with a
# possessive or a verb of speaking after it
_PRONOUN = lazy(r"^\W{0,3}(?:She|He|They|Sie|Er|Ela|Ele|Elle|Il|Ella|그녀는|그는)\b")
_SAID = (
    r"(?:['’]s\b|\s+(?:said|says|argued|argues|showed|shows|talked|talks|explained|asked"
    r"|opened|closed|started|ended|presented|gave|walked|noted|thinks|believes|claimed"
    r"|told|made|spoke|meinte|sagte|zeigte|disse|mostrou|falou|a\s+dit|a\s+montré)\b"
    r"|\s*(?:님|교수님?|박사님?)?(?:은|는|이|가)\s)"
)


def kind_and_speaker(heading: str, under: list[str]) -> tuple[str, str] | None:
    """(the talk's kind, its speaker) of a heading that names only those two, when the lines
    under it speak of that speaker; None otherwise."""
    low = heading.lower()
    if not any(word in low for word in _KIND_WORDS):
        return None  # most headings: one look at their words
    found = _KIND.match(heading)
    if found is None:
        return None
    rest = found["rest"].strip(" *_\"'")
    if not _NAME.match(rest):
        return None
    name = _HONORIFIC.sub("", rest).strip()
    surname = name.split()[-1]
    said = re.compile(rf"(?:^|\W){re.escape(surname)}{_SAID}")
    lines = [line for line in under[:30] if line.strip()]
    if any(_PRONOUN.match(line) for line in lines[:3]) or any(
        surname in line and said.search(line) for line in lines
    ):
        return found["kind"].strip(), name
    return None
