"""A message saved as a file (``.eml``: what a mail client's "Save as" or drag-out writes) as the
text of a note: its ``From`` / ``To`` / ``Date`` / ``Subject`` lines, then its plain-text body
(the HTML one, as text, where it has no plain one), decoded from whatever transfer encoding
and character set it was sent in. mail_thread then reads it as any other message."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage

_HEADERS = ("From", "To", "Cc", "Date", "Subject")


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
