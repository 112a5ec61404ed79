"""A message saved as a file (``.eml``: what a mail client's "Save as" or drag-out writes) as the
text of a note: its ``From`` / ``To`` / ``Date`` / ``Subject`` lines, then its plain-text body
(the HTML one, as text, where it has no plain one), decoded from whatever transfer encoding
and character set it was sent in. mail_thread then reads it as any other message."""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage

_HEADERS = ("From", "To", "Cc", "Date", "Subject")

# What a client or a list puts before a subject: a reply's or a forward's mark in the
# languages clients write it ("Re:", "Fwd:", "AW:", "WG:", "SV:", "TR:", "RV:", "Odp:", "回复:",
# "転送:", "답장:"), a count ("Re[2]:"), a list's tag ("[QUIC]", "[dev-announce]")
_SUBJECT_MARK = re.compile(
    r"^\s*(?:(?i:re|fwd?|aw|wg|sv|vs|vl|antw|tr|rv|res|enc|odp|pd|ynt|r|i)(?:\[\d+\]|\(\d+\))?"
    r"\s*[:：]|回复\s*[:：]|答复\s*[:：]|转发\s*[:：]|回覆\s*[:：]|轉寄\s*[:：]|返信\s*[:：]|転送\s*[:：]"
    r"|답장\s*[:：]|전달\s*[:：]|\[[^\[\]\n]{1,40}\])\s*"
)


def eml_text(data: bytes) -> str | None:
    """The note's text of a saved message; None when the bytes hold no message (no header
    that names a sender, a date or a subject)."""
    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception:  # a broken file is reported as unreadable, never raised
        return None
    if not isinstance(message, EmailMessage) or not any(
        _header(message, name) for name in ("From", "Date", "Subject")
    ):
        return None
    lines = []
    for name in _HEADERS:
        value = _header(message, name)
        if value:
            lines.append(f"{name}: {value}")
    body = _body(message)
    return "\n".join(lines) + "\n\n" + body.strip("\n") + "\n"


def mail_subject(text: str) -> str | None:
    """The subject of a saved message as ``eml_text`` gives it, without the marks of a reply, a
    forward or a list ("Re: [QUIC] Session summary" → "Session summary"); None when it has
    none or nothing but marks."""
    for line in text.split("\n", 8)[:8]:
        if not line.strip():
            return None  # the headers end at the first blank line
        if line.startswith("Subject: "):
            subject = line[len("Subject: ") :].strip()
            while found := _SUBJECT_MARK.match(subject):
                if found.end() == len(subject):
                    break  # a subject that is only a tag ("[QUIC]") keeps it
                subject = subject[found.end() :]
            return subject or None
    return None


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message[name]
    except Exception:  # a header the parser cannot decode: its raw text
        value = message.get_all(name, failobj=[""])[0] if message.get_all(name) else ""
    return " ".join(str(value or "").split())


def _body(message: EmailMessage) -> str:
    """The message's plain text, else its HTML as Markdown."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is None:
        return ""
    try:
        content = part.get_content()
    except Exception:  # an unknown character set: the bytes as Latin-1 keep every one
        payload = part.get_payload(decode=True)
        content = payload.decode("latin-1") if isinstance(payload, bytes) else str(payload)
    text = content if isinstance(content, str) else ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if part.get_content_subtype() == "html":
        from summit_tui.corpus.html_body import readable_body

        text = readable_body(text)
    return text
