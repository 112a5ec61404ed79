"""The store part of the search index: the index saved in the cache folder, one file.

Written and read through ``persist`` (its checks first; nothing but plain values and
arrays unpickled). The file is a header line, a stamp line (what the index was built
from, and the byte order), then each part's state: a pickled head of its small values
and the layout of its big arrays and strings, followed by those arrays as raw bytes,
mapped into memory when read (no copy, and only the pages a search touches are read),
and the big strings, each in a fixed-width encoding (ASCII, else UTF-16, or UTF-32 for
one outside the BMP or holding lone surrogates), left in the mapping until used
(``text.LazyText``: a key at a time, or the whole string; the joined vocabulary and
names are mostly Hangul jamo, which UTF-8, pickle's encoding, decodes several times
slower). A stale file
costs the read of two lines; a missing, truncated, padded or garbled one is ignored (the
caller builds and saves again).
"""

from __future__ import annotations

import gc
import mmap
import pickle
import struct
import sys
from array import array
from pathlib import Path
from typing import IO, Any

from summit_tui import persist
from summit_tui.search.text import LazyText, whole

CACHE_FILE = "search-index.bin"  # the base: the whole folder
DELTA_FILE = "search-index.delta.bin"  # the notes changed since the base was built
OLD_CACHE_FILE = "search-index.pickle"  # the earlier format (one whole pickle): removed
_KIND = "search index"  # the file's first line: "summit-tui search index"
_ALLOWED = persist.allow("array", "array", "_array_reconstructor")  # all a head may make
_LENGTH = struct.Struct("<Q")
BIG_STRING = 4096  # characters from which a string is kept outside the pickled head
_ENCODINGS = tuple(LazyText.WIDTHS)  # how a big string may be kept: fixed widths
_ALIGN = 8  # where each big string starts: UTF-16 is decoded word by word only when aligned

Parts = dict[str, dict[str, Any]]  # part name → its state (field → value)


def read(path: Path, stamp: str) -> Parts | None:
    """The parts saved at ``path`` when it was saved with ``stamp``, else None (``persist``
    checks who wrote the file and its stamp before anything is unpickled)."""
    return persist.read_cache(path, _KIND, _stamp(stamp), _read_parts)


def write(path: Path, stamp: str, parts: Parts) -> bool:
    """Save ``parts`` (atomically, through ``persist``); False when it cannot be."""
    if not persist.save_cache(path, _KIND, _stamp(stamp), lambda out: _write_parts(out, parts)):
        return False  # a read-only cache dir: the next start builds again
    (path.parent / OLD_CACHE_FILE).unlink(missing_ok=True)
    return True


def _stamp(stamp: str) -> str:
    """The file's second line: what it was built from, and for which byte order."""
    return f"{stamp} {sys.byteorder}"


def _big_string(value: Any) -> bool:
    return isinstance(value, str) and len(value) >= BIG_STRING


def _encoded(text: str) -> tuple[str, bytes]:
    """A big string as bytes of a fixed width per character, and their encoding."""
    if text.isascii():
        return "ascii", text.encode("ascii")
    try:
        data = text.encode("utf-16-le")
    except UnicodeEncodeError:  # a lone surrogate (a note read with surrogateescape)
        data = b""
    if len(data) == 2 * len(text):  # the BMP only: two bytes a character, keys sliced
        return "utf-16-le", data
    return "utf-32-le", text.encode("utf-32-le", "surrogatepass")


def _write_parts(out: IO[bytes], parts: Parts) -> None:
    arrays: list[array] = []
    strings: list[bytes] = []
    head: dict[str, Any] = {}
    for part, state in parts.items():
        small: dict[str, Any] = {}
        layout: list[tuple[str, str, int, int]] = []
        texts: list[tuple[str, str, int]] = []
        for name, value in state.items():
            if isinstance(value, array):
                layout.append((name, value.typecode, value.itemsize, len(value)))
                arrays.append(value)
            elif isinstance(value, LazyText) or _big_string(value):
                encoding, data = _encoded(whole(value))
                texts.append((name, encoding, len(data)))
                strings.append(data)
            else:
                small[name] = value
        head[part] = {"state": small, "arrays": layout, "strings": texts}
    data = pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LENGTH.pack(len(data)))
    out.write(data)
    del data
    for values in arrays:
        values.tofile(out)
    for data in strings:
        out.write(bytes(-out.tell() % _ALIGN))
        out.write(data)


def _read_parts(handle: IO[bytes]) -> Parts | None:
    """The parts, their big arrays mapped from the file rather than read: a command that
    searches once touches only the pages it needs (the file is only ever replaced whole,
    never changed in place, so what is mapped stays as it was)."""
    (length,) = _LENGTH.unpack(handle.read(_LENGTH.size))
    collecting = gc.isenabled()
    gc.disable()  # the head makes many lists and no cycles: no collector passes meanwhile
    try:
        head = persist.load_pickle(handle.read(length), _ALLOWED)
    finally:
        if collecting:
            gc.enable()
    at = handle.tell()
    mapped = memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    parts: Parts = {}
    for part, saved in head.items():
        state = saved["state"]
        for name, typecode, itemsize, count in saved["arrays"]:
            if array(typecode).itemsize != itemsize:
                return None
            end = at + itemsize * count
            if end > len(mapped):
                return None  # truncated
            state[name] = mapped[at:end].cast(typecode)
            at = end
        parts[part] = state
    for part, saved in head.items():  # the strings follow every part's arrays
        for name, encoding, size in saved["strings"]:
            at += -at % _ALIGN
            end = at + size
            if end > len(mapped) or encoding not in _ENCODINGS:
                return None
            parts[part][name] = LazyText(mapped[at:end], encoding)
            at = end
    return None if at != len(mapped) else parts
