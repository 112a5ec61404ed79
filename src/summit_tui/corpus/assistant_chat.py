"""A conversation with an AI assistant saved as Markdown: a heading per turn.

Exporters of ChatGPT, Claude or Gemini conversations write each turn under a heading that
names who speaks (``## User`` / ``## ChatGPT``, ``## Prompt:`` / ``## Response:``, ``#### You:``
/ ``#### ChatGPT:``, ``## Human`` / ``## Assistant``). An attendee pastes their notes of a talk
and asks for a summary: that first exchange is the talk. What they ask next is about the same
talk when it speaks of the same things ("make point 3 longer"), and about something else when
it does not ("now write my boss an e-mail saying I'm back tomorrow").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from summit_tui.corpus.names import looks_like_name, split_title
from summit_tui.lazy_re import lazy

if TYPE_CHECKING:
    from summit_tui.corpus.blocks import Heading

# Who asks, as the exporters and their translations name them
_ASKER = frozenset(
    str.split(
        "user you me human prompt usuario usuari utilisateur benutzer nutzer utente"
        " usuário gebruiker użytkownik 사용자 질문 ユーザー 用户 用戶 提问"
    )
) | {"you said"}
# Who answers: the assistants by name, and the exporters' words for an answer
_ANSWERER = frozenset(
    str.split(
        "chatgpt assistant claude gemini copilot bard perplexity mistral deepseek grok llama"
        " response ai bot model asistente assistente assistent respuesta réponse antwort"
        " risposta resposta 답변 응답 回答 アシスタント 助手 gpt-4 gpt-4o gpt-5 o1 o3"
    )
) | {"le chat", "chatgpt said", "claude said"}
# A later exchange sharing this share of its words with the first is about the same talk
_SAME_TALK_SHARE = 0.3
_WORD = lazy(r"[^\W\d_]{4,}")
# A talk's title a prompt quotes: "(Kenji Watanabe, "6G: what is coming", Wednesday)"
_QUOTED = lazy(r"[\"“«„]([^\"”»“\n]{4,100})[\"”»“]")
_PAREN = lazy(r"\(([^()\n]{4,200})\)")
_LONGEST_BOLD = 150


def _spellings(roles: frozenset[str], *named: str) -> frozenset[str]:
    """Each role as a heading writes it ("user", "User", "USER", "User:"), and as ``named``
    ("ChatGPT")."""
    shown = {form for role in roles for form in (role, role.capitalize(), role.upper())}
    shown.update(named)
    return frozenset(shown | {f"{form}{colon}" for form in shown for colon in (":", "：")})


# Role headings as written, looked up whole: most notes' headings are none of them
_ASKER_HEADINGS = _spellings(_ASKER)
_ROLE_HEADINGS = _ASKER_HEADINGS | _spellings(
    _ANSWERER, "ChatGPT", "ChatGPT said", "GPT-4", "GPT-4o", "GPT-5", "DeepSeek", "Le Chat"
)


def asked_turns(headings: Sequence[Heading]) -> list[Heading] | None:
    """The headings opening each exchange (a question and its answers) of a saved chat with
    an assistant, or None when the headings are not such a chat's: its turns at one level,
    opening with a question, with an answer after it."""
    roles = [h for h in headings if h.text in _ROLE_HEADINGS]
    if len(roles) < 2 or roles[0].text not in _ASKER_HEADINGS or roles[0].level != roles[-1].level:
        return None
    asked = [h for h in roles if h.text in _ASKER_HEADINGS]
    if len(asked) == len(roles) or any(h.level != roles[0].level for h in roles):
        return None
    return asked


_LONGEST_ROLE_LINE = 24


def asked_lines(lines: Sequence[str]) -> list[Heading] | None:
    """The same for a chat copied as text, each turn under a line naming who speaks ("You
    said:" / "ChatGPT said:", "**User:**" / "**Assistant:**"): those lines as headings."""
    from summit_tui.corpus.blocks import Heading

    roles: list[tuple[int, str]] = []
    for number, line in enumerate(lines):
        if len(line) > _LONGEST_ROLE_LINE or line[-1:] not in (":", "*", "："):
            continue
        word = line.strip().strip("*_").rstrip(":：").strip("*_ ")
        if word in _ROLE_HEADINGS:
            roles.append((number, word))
    if len(roles) < 2 or roles[0][1] not in _ASKER_HEADINGS:
        return None
    asked = [
        Heading(0, word, number, number + 1) for number, word in roles if word in _ASKER_HEADINGS
    ]
    return asked if len(asked) < len(roles) else None


def _words(lines: Sequence[str]) -> set[str]:
    return {word.casefold() for line in lines for word in _WORD.findall(line)}


def same_talk(first: Sequence[str], later: Sequence[str]) -> bool:
    """Whether a later exchange (its lines) speaks of the same things as the first."""
    words = _words(later)
    return bool(words) and len(words & _words(first)) >= _SAME_TALK_SHARE * len(words)


def quoted_talk(prompt: Sequence[str]) -> tuple[str | None, tuple[str, ...]]:
    """The talk's title a question quotes, and the people named beside it in the same
    brackets ("(Kenji Watanabe, "6G: what is coming by 2030", Wednesday)"), or the title its
    answer opens with in bold; (None, ()) when it names none so."""
    for line in prompt:
        if line[:2] == "**" and line.rstrip()[-2:] == "**" and 4 < len(line) <= _LONGEST_BOLD:
            # the answer's bold title: "**Satellite direct-to-device (Priya Nair, Orbitel)**"
            title, _, speaker = split_title(line.strip().strip("*").strip())
            return title, (speaker,) if speaker else ()
        if '"' not in line and "“" not in line and "«" not in line and "„" not in line:
            continue
        quoted = _QUOTED.search(line)
        if quoted is None or " " not in quoted[1].strip():
            continue
        people: list[str] = []
        for paren in _PAREN.finditer(line):
            if paren.start() < quoted.start() < paren.end():
                rest = paren[1].replace(quoted[0], ",")
                people = [p.strip() for p in rest.split(",") if looks_like_name(p.strip())]
        return quoted[1].strip(), tuple(people)
    return None, ()
