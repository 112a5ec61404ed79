"""The mark between the blocks of an HTML fragment written on one line (a whole post in one
<div>): an invisible separator (never shown: text.py drops it), so that each block is its own
passage (corpus.passages) while every line of the note stays the file's line. Its own module:
the passages read it on every start, the HTML reader only for a note that holds HTML."""

from __future__ import annotations

BLOCK_BREAK = "\u2063"
