"""A meeting recap's sessions written in prose, as standards meetings (IETF, W3C TPAC, RIPE),
committee weeks and project gatherings are recapped in blogs and reports: a section per group's
session, headed by the group and what it discussed ("## DNSOP: la delegación vuelve a
discusión" over "El jueves por la tarde, en la segunda sesión de DNSOP, …"), or as the plenary
alone ("## La plenaria" over "En la plenaria del miércoles, …"), its day the weekday its
first sentence names; and a second session a paragraph inside one session's section opens on
("Later the same day I dropped into MLS, …", "In the afternoon, the second DNSOP session …",
"Por la tarde fui a la sesión de HTTPBIS …")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from summit_tui.corpus.bilingual import bare_kind
from summit_tui.corpus.clues import holds_any
from summit_tui.corpus.dates import weekdays
from summit_tui.lazy_re import lazy

# A group as meetings name their working groups: an acronym ("DNSOP", "TLS"), perhaps with
# its group word ("CSS WG"), or a name and its group word ("Routing WG", "Privacy CG")
_GROUP_WORD = r"\s+(?:WG|CG|RG|IG|BoF|BOF|SIG|TC)"
_GROUP = (
    rf"(?:[A-Z][A-Z0-9]{{1,9}}(?:-[A-Z0-9]{{1,9}})?(?:{_GROUP_WORD})?"
    rf"|[A-Z][\w-]{{1,20}}{_GROUP_WORD})"
)
_GROUP_HEADING = lazy(rf"^(?P<group>{_GROUP})\s*(?:[:：]|\s[—–-])\s*\S")
# What says a text is about a meeting's session (lowercased, as substrings)
_SESSION_WORDS = (
    "session", "sesión", "sesion", "sessão", "sessao", "sitzung", "séance", "meeting",
    "reunión", "reunião", " wg", "working group", "grupo de trabajo", "grupo de trabalho",
    "セッション", "세션",
)  # fmt: skip
_SENTENCE_END = lazy(r"(?<=[.!?。])\s+")
_OPENING_CHARS = 400

# A paragraph that moves on in time: "Later the same day", "In the afternoon", "Por la tarde",
# "À tarde", "Am Nachmittag", "Plus tard"
_MOVES_ON = lazy(
    r"(?i)^(?:later|afterwards|after (?:that|lunch|the break)|then|next|in the (?:morning|"
    r"afternoon|evening)|that (?:morning|afternoon|evening)|the same (?:day|afternoon)"
    r"|m[áa]s tarde|despu[ée]s|luego|por la (?:mañana|tarde|noche)|esa (?:mañana|tarde)"
    r"|ese mismo d[íi]a|mais tarde|depois|em seguida|[àa] tarde|de manh[ãa]|[àa] noite"
    r"|nessa (?:manh[ãa]|tarde)|no mesmo dia|sp[äa]ter|danach|am (?:vormittag|nachmittag"
    r"|abend)|plus tard|ensuite|puis|l'apr[èe]s-midi|dans l'apr[èe]s-midi|le matin)\b"
)
_GROUP_IN = lazy(rf"(?<![\w-])(?P<group>{_GROUP})(?![\w-])")
# Going to a session: "dropped into MLS", "sat in on", "fui a la sesión de", "passei no"
_VISIT = lazy(
    r"(?i)\b(?:dropped (?:in|into|by)|went (?:to|into)|sat in(?: on)?|attended|headed (?:to|"
    r"into)|joined|moved (?:to|over to)|switched to|popped (?:in|into)|fui a|pas[ée] por"
    r"|asist[íi] a|entr[ée] (?:a|en)|fui (?:à|ao|para)|passei (?:no|na|pelo|pela)"
    r"|assisti (?:à|ao)|ging (?:ich )?(?:in|zu)|besuchte|suis all[ée]e? (?:à|au)|assist[ée] à)"
)
# What a group's name stands before when the writer went somewhere else: "the NLnet booth",
# "the AWS party", "the IETF hotel"
_NOT_SESSIONS = (
    "booth", "stand", "estande", "dinner", "lunch", "cena", "almuerzo", "almoço", "party",
    "reception", "social", "hotel", "office", "airport", "bar", "fiesta", "festa", "store",
)  # fmt: skip
_NEAR = 24  # characters on either side of a group where its session word may stand


# A heading that may name a group's session ("DNSOP: …", "Routing WG — …") or the plenary
# alone ("La plenaria", "Plénière", "全体会議"): one anchored match, failing at once on most
# headings (``session_section`` tells); possessive runs, and no case-blind part, keep it cheap
SESSION_HEADING = lazy(
    r"[A-Z](?:[A-Z0-9]{1,9}+(?:-[A-Z0-9]{1,9}+)?(?:\s+(?:WG|CG|RG|IG|BoF|BOF|SIG|TC))?"
    r"|[\w-]{1,20}+\s+(?:WG|CG|RG|IG|BoF|BOF|SIG|TC))\s*(?:[:：]|\s[—–-])"
    r"|(?:[Tt]he |[Ll]a |[AaOo] |[Ll]e |[Ee]l |[Ll]')?"
    r"(?:[Pp]l[eé]n|[Ss]esi[oó]n pl|[Ss]ess[ãa]o pl|[Ss][ée]ance pl)"
    r"|総会|全体会|プレナリー|전체 ?회의|본회의"
)


# The characters such a heading opens with: a capital, a plenary's article or its own first
# letter (most headings that open otherwise, with a digit, Hangul or a kana, are passed over)
SESSION_FIRSTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZtlaoeps総全プ전본")


def _plenary(text: str) -> bool:
    """A heading naming the plenary alone ("La plenaria", "Plénière", "全体会議")."""
    return len(text) <= 24 and bare_kind(text) == "plenary"


def session_section(
    heading: str, lines: Sequence[str], start: int, end: int
) -> tuple[str, str | None] | None:
    """(title, day hint) of a recap's section about one session: a group's heading whose first
    paragraph (in ``lines[start:end]``, under the heading) speaks of that group's session,
    titled by the group; or a heading naming the plenary alone, titled by it. The hint is the
    weekday the first sentence names ("weekday:3"), None when it names none or several."""
    found = _GROUP_HEADING.match(heading) if heading[:1].isupper() else None
    if found is None and not _plenary(heading):
        return None
    opening = _opening(lines, start, end)
    if not opening:
        return None
    if found is not None:
        group = found["group"]
        if not _session_of(opening, group):
            return None  # "API: …" over "The API now returns …": no session
        title = group
    else:
        title = heading
    sentence = _SENTENCE_END.split(opening, maxsplit=1)[0]
    days = weekdays(sentence)
    return title, (f"weekday:{days[0]}" if len(days) == 1 else None)


def later_sessions(lines: Sequence[str], start: int, end: int, own: str) -> list[tuple[int, str]]:
    """(line, group) of each paragraph between ``start`` and ``end`` (a session's section,
    after its first paragraph) that opens by moving on in time to another group's session
    ("Later the same day I dropped into MLS"); none for most sections."""
    found: list[tuple[int, str]] = []
    first_seen = False
    for number in range(start, end):
        line = lines[number].strip()
        if not line or (number > start and lines[number - 1].strip()):
            continue  # a paragraph's first line only
        if not first_seen:
            first_seen = True
            continue  # the section's own opening
        if line[:1] in "-*+>#|" or _MOVES_ON.match(line) is None:
            continue
        group = _moved_to(_SENTENCE_END.split(line, maxsplit=1)[0][:200])
        if group is not None and group.split()[0] != own.split()[0]:
            found.append((number, group))
    return found


def _moved_to(sentence: str) -> str | None:
    """The group whose session a sentence goes to: after a verb of going there, or beside a
    session word ("the second DNSOP session", "la sesión de HTTPBIS")."""
    low = sentence.lower()
    for found in _GROUP_IN.finditer(sentence):
        after = low[found.end() : found.end() + _NEAR]
        if holds_any(after, _NOT_SESSIONS):
            continue  # "went to the NLnet booth"
        group = found["group"]
        around = low[max(0, found.start() - _NEAR) : found.end() + _NEAR]
        if holds_any(around, _SESSION_WORDS):
            return group  # "the second DNSOP session", "la sesión de LAMPS"
        if (len(group) >= 3 or " " in group) and _VISIT.search(sentence, 0, found.start()):
            return group  # "dropped into MLS" (not "went to the PR review")
    return None


def _opening(lines: Sequence[str], start: int, end: int) -> str:
    """The first paragraph of a section's lines, as one text of at most ``_OPENING_CHARS``."""
    kept: list[str] = []
    for number in range(start, end):
        text = lines[number].strip()
        if not text:
            if kept:
                break
            continue
        if text[:1] == "#":
            break
        kept.append(text)
        if sum(map(len, kept)) >= _OPENING_CHARS:
            break
    return " ".join(kept)[:_OPENING_CHARS]


def _session_of(text: str, group: str) -> bool:
    """Whether a text speaks of the group's session: names the group with a session word beside
    it ("la segunda sesión de DNSOP", "the DNSOP session"), or by its group word ("Routing WG")."""
    first = group.split()[0]
    if first not in text:
        return False
    low = text.lower()
    for found in re.finditer(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text):
        if first != group:
            return True  # "Routing WG" in the heading, "Routing" in the text
        around = low[max(0, found.start() - _NEAR) : found.end() + _NEAR]
        if holds_any(around, _SESSION_WORDS):
            return True
    return False
