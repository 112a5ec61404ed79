"""Chat exports saved as the messenger writes them: plain-text files read as notes.

WhatsApp's "Export chat" writes ``WhatsApp Chat with NAME.txt`` (``Chat de WhatsApp con …``,
``WhatsApp-Chat mit …`` in other languages; ``_chat.txt`` inside the iPhone's zip), KakaoTalk
``KakaoTalk_20241014_1358_12_345_group.txt`` (PC), ``KakaoTalkChats.txt`` or
``Talk_2024.10.14 13:58-1.txt`` (phone), LINE ``[LINE] Chat with NAME.txt``. People drop them
into the notes folder as they are: such a file is a chat, read as a note; any other ``.txt``
stays unread (and ``check`` names it).
"""

from __future__ import annotations

# What opens a KakaoTalk or LINE export's name, lower-cased
_OPENINGS = ("kakaotalk", "[line]", "카카오톡")


def chat_export_name(name: str) -> bool:
    """Whether a file name (no folder) is a messenger's chat export as the app names it."""
    low = name.lower()
    if not low.endswith(".txt"):
        return False
    if "whatsapp" in low or low == "_chat.txt" or low.startswith(_OPENINGS):
        return True
    # KakaoTalk on Android: "Talk_2024.10.14 13:58-1.txt"
    return low.startswith("talk_") and low[5:6].isdigit()


def plain_chat(text: str) -> str:
    """A chat export's text as read: without the left-to-right marks WhatsApp on the iPhone
    puts before its own lines (``\u200e[03/12/2024, 08:24:13] Name: \u200eimage omitted``),
    which hide the line's date from everything that reads it. Lines are kept as they are."""
    return text.replace("\u200e", "") if "\u200e" in text else text
