"""A sentence that says who the speaker is: where they work and what they do there.

"발표자는 토스에서 결제 플랫폼 개발을 맡고 있다.", "Lena is a staff engineer at Spotify.",
"登壇者はメルカリでSREを担当している。", "Sie ist Staff Engineer bei Zalando.": context
about the talk (an introduction), not a point the speaker made. The sentence must have the
speaker (a word for the speaker, a name or a pronoun) as its subject and say their role or
workplace; "발표자는 캐시를 먼저 보라고 했다" (what the speaker said) is a point.
"""

from __future__ import annotations

import re

# A bio is one short sentence; a longer one goes on to what the talk said.
BIO_WORDS = 30

_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]+"
    r"(?:\s+(?:(?:van|von|de|der|da|di|du|le|la)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}"
)
_SUBJECT = (
    rf"(?:{_NAME}|(?i:(?:the|our)\s+(?:speaker|presenter)|she|he|they|"
    r"(?:der|die)\s+(?:referent(?:in)?|sprecher(?:in)?|vortragende)|sie|er|"
    r"(?:le|la)\s+(?:conférenci(?:er|ère)|intervenant(?:e)?)|l'orat(?:eur|rice)|elle|il|"
    r"(?:el|la)\s+ponente|ella|él|(?:o|a)\s+palestrante|ela|ele))"
)
_BE = (
    r"(?i:is|are|was|were|has\s+been|works|worked|ist|arbeitet|est|travaille|es|trabaja|é|trabalha|"
    r"è|lavora)"
)
_ROLE = (
    r"(?i:(?:software\s+|staff\s+|senior\s+|principal\s+|lead\s+)?"
    r"(?:engineer|developer|architect|manager|(?:tech|team)\s+lead|founder|co-?founder|cto|ceo|cpo|vp|"
    r"director|researcher|scientist|designer|maintainer|advocate|evangelist|consultant|"
    r"professor|sre|head\s+of\s+[\w-]+|contributor|"
    r"entwickler(?:in)?|leiter(?:in)?|architekt(?:in)?|gründer(?:in)?|forscher(?:in)?|"
    r"ingénieur(?:e)?|développeu(?:r|se)|fondat(?:eur|rice)|direct(?:eur|rice)|"
    r"chercheu(?:r|se)|responsable|ingenier[oa]|engenheir[oa]|desarrollador(?:a)?|"
    r"desenvolvedor(?:a)?|fundador(?:a)?|direc?tor(?:a)?|investigador(?:a)?|"
    r"pesquisador(?:a)?|ingegnere|sviluppat(?:ore|rice)|enxeñeir[oa]|programador(?:a)?|"
    r"científic[oa]|analista|xef[ae]|jef[ae]|chefe)s?)"
)
_AT = (
    r"(?i:at|@|for|with|of|in|on|bei|im|am|an|chez|à|au|en|em|na|no|de|da|del|presso|di|"
    r"nunha|nun|numa|num|nuna)"
)
_LATIN_BIO = re.compile(
    rf"^{_SUBJECT},?\s+{_BE}\b[^.!?]{{0,60}}?\b{_ROLE}\s+{_AT}\s"
    rf"|^{_SUBJECT}\s+(?i:works|worked|arbeitet|travaille|trabaja|trabalha|lavora)\s+"
    r"(?i:at|for|bei|chez|en|em|na|no|presso)\s"
)
# Inside a longer sentence that says who gave the talk ("…a keynote que abriu a xornada foi
# de **Uxía Fernández**, enxeñeira de datos nunha empresa viguesa…, co título…", "la charla
# corrió a cargo de Ana Ruiz, desarrolladora en Glovo"): the speaker named, then who they are.
# The words that say who gave it, looked for first: most sentences hold none.
_GIVEN_CUE = re.compile(
    r"(?i)\b(?:foi|fue|was|é|es|era|est)\s+(?:de|by|por|da|del|dada|given)\s|cargo\s+d|"
    r"impartid|presentad|apresentad|ministrad|given\s+by|presented\s+by|talk\s+by"
)
_GIVEN_BY = re.compile(
    r"(?i:\b(?:foi|fue|was|é|es|era|est)\s+(?:de|by|por|da|del|dada\s+por|given\s+by)|"
    r"a\s+cargo\s+d[eao]|impartid[ao]\s+por|presentad[ao]\s+por|apresentad[ao]\s+por|"
    r"ministrad[ao]\s+por|given\s+by|presented\s+by|talk\s+by)\s+[*_]*"
    rf"{_NAME}[*_]*,\s+(?:(?i:un|una|unha|um|uma|a|an|the|our)\s+)?"
    rf"(?:\w+\s+){{0,2}}?{_ROLE}\s+{_AT}\s"
)
# What the sentence goes on to say after the bio: a quoted title is no more of it; a new
# clause ("…, y explicó cómo…", "…, que mostrou…", "… and showed…") is a point.
_QUOTED = re.compile(r"[*_]*[\"“«„'‘][^\"”»“'’]*[\"”»“'’][*_]*")
_NEW_CLAUSE = re.compile(
    r"(?i:\b(?:y|e|and|und|et|ed|que|who|which|qui|che|der|die|pero|but|mas)\b)"
)


def _given_by(text: str) -> bool:
    """Whether a sentence says who gave the talk and who they are, and nothing more than its
    title and when and where (``_GIVEN_BY``)."""
    if ", " not in text or _GIVEN_CUE.search(text) is None:
        return False
    found = _GIVEN_BY.search(text)
    return found is not None and not _NEW_CLAUSE.search(_QUOTED.sub(" ", text[found.end() :]))


_KO_SUBJECT = (
    r"(?:발표자|연사|강연자|발표하신\s?분|[가-힣]{2,4}\s?님|"
    rf"{_NAME})(?:님)?(?:은|는|께서는|께서)\s"
)
_KO_ROLE = (
    r"(?:맡고\s?(?:있|계)|재직|근무|일하고\s?(?:있|계)|몸담|소속|담당하고\s?(?:있|계)|"
    r"이끌고\s?(?:있|계)|리드하고\s?(?:있|계)|"
    r"(?:엔지니어|개발자|리드|매니저|대표|연구원|디자이너|CTO|CEO|팀장|교수|창업자|메인테이너)"
    r"(?:이다|이며|이고|입니다|이신|이세요|로\s?일|으로\s?일|로\s?재직|로\s?근무|로\s?활동|"
    r"\.?$))"
)
_KO_BIO = re.compile(rf"^{_KO_SUBJECT}.{{0,80}}?{_KO_ROLE}")
_JA_BIO = re.compile(
    r"^(?:登壇者|講演者|発表者|スピーカー|[^\s、。]{1,12}さん)(?:は|の)"
    r".{0,60}?(?:勤務|担当|所属|在籍|務め|働いて|エンジニア|開発者|SRE|CTO|CEO|VP|代表|リード)"
)


# A heading over the speaker's introduction: what is under it is who they are.
_BIO_HEADING = re.compile(
    r"^(?:(?:발표자|연사|강연자|스피커)\s?(?:소개|프로필)|"
    r"(?:登壇者|講演者|発表者|スピーカー)(?:紹介|プロフィール)|讲者介绍|講者介紹|"
    r"(?i:(?:about\s+the\s+)?speakers?(?:\s+(?:bio|bios|profile|intro))?|"
    r"über\s+(?:den\s+referenten|die\s+referentin)|"
    r"sobre\s+(?:el|la|o|a)\s+(?:ponente|palestrante)|"
    r"à\s+propos\s+de\s+l['’](?:intervenant|oratrice|orateur)e?))\s*[:：]?$"
)


def is_bio_heading(heading: str) -> bool:
    """Whether a heading names the speaker's introduction (## 발표자 소개, ## About the speaker)."""
    return bool(_BIO_HEADING.match(heading.strip()))


def is_speaker_bio(text: str) -> bool:
    """Whether a sentence only says who the speaker is (see the module docstring)."""
    text = text.strip()
    if len(text.split()) > BIO_WORDS:
        return _given_by(text)
    return bool(
        _LATIN_BIO.match(text) or _KO_BIO.match(text) or _JA_BIO.match(text) or _given_by(text)
    )
