"""Notes kept as plain text: which ``.txt`` files are read as notes, and how.

People keep notes as ``.txt`` (Apple Notes, Simplenote and phone memos export them; Markdown
is often saved under that name) and drop chats in as the messenger exported them: WhatsApp's
``WhatsApp Chat with NAME.txt`` (``_chat.txt`` inside the iPhone's zip), KakaoTalk's
``KakaoTalk_20241014_1358_12_345_group.txt`` or ``KakaoTalkChats.txt``, LINE's ``[LINE] Chat
with NAME.txt``. Every ``.txt`` is read as a note (a chat among them as a chat), except the
files every project holds that are no one's notes (``requirements.txt``, ``LICENSE.txt``).
"""

from __future__ import annotations

# Plain-text files every project holds that are no one's notes (lower-cased openings).
NOT_NOTES = ("requirements", "license", "licence", "copying", "robots", "cmakelists", "notice")
NOT_NOTES += ("readme", "changelog", "authors", "contributing", "install", "runtime")


def text_note_name(name: str) -> bool:
    """Whether a file name (no folder) is a plain-text note: a ``.txt`` not named as a
    project's own file."""
    low = name.lower()
    return low.endswith(".txt") and not low.startswith(NOT_NOTES)


def plain_text(text: str) -> str:
    """A plain-text note's text as read: without the left-to-right marks WhatsApp on the iPhone
    puts before its own lines (``\u200e[03/12/2024, 08:24:13] Name: \u200eimage omitted``),
    which hide the line's date from everything that reads it. Lines are kept as they are."""
    return text.replace("\u200e", "") if "\u200e" in text else text
