"""The one way summit-tui writes and reads the files it keeps for itself.

Writing (``write_atomic``, ``save_cache``): a temp file in the same folder, flushed to
disk (fsync), then renamed over the old file, so a crash or a full disk leaves either
the old file or the new one, never half of one.

Reading a cache (``read_cache``) trusts nothing read from disk. Before a byte of the
content is looked at:

- the cache folder must be the user's own and not writable by others (a shared folder
  is ignored: nothing is read from it or written to it);
- the file must be a regular file (not a symbolic link), owned by the user and not
  writable by group or others;
- its first line must name what it is and its second line (the stamp) what it was made
  from, so a stale cache costs two short reads.

What follows is read by the caller, with ``load_pickle`` where it is a pickle: an
unpickler that makes only the classes the caller names (the project's model, a few
array helpers). Anything else in the file (``os.system``, ``builtins.exec``, a dotted
path through an allowed module) stops the read; the file is then ignored and rebuilt.
A cache that cannot be used for any reason is ignored, never fatal: caches are only
ever a way to be faster.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import secrets
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any, TextIO, TypeVar

T = TypeVar("T")
Allowed = Mapping[str, frozenset[str]]  # module → the names in it that may be unpickled

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_SHARED = stat.S_IWGRP | stat.S_IWOTH
_LINE_MAX = 400  # a header or stamp line is never longer


class UnsafeCache(pickle.UnpicklingError):
    """A cache file asked for something it may not make."""


# -- writing -----------------------------------------------------------------------------------


def write_atomic(path: Path, write: Callable[[IO[bytes]], None], *, private: bool = True) -> None:
    """Write ``path`` through ``write(handle)``: temp file beside it, fsync, rename.

    ``private`` files are readable by the user only (caches); others get the usual
    permissions the umask gives (an export the user may share). Raises OSError (and
    whatever ``write`` raises) with the old file, if any, untouched and no temp file left.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | _BINARY
    fd = os.open(temp, flags, 0o600 if private else 0o666)
    try:
        with open(fd, "wb", closefd=True) as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    # The folder itself is not fsynced: after a crash a cache may be the old one or
    # missing, and both are fine (it is rebuilt); what can never be seen is half a file.


def write_bytes_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    """``write_atomic`` for content already in memory (an export)."""
    write_atomic(path, lambda handle: handle.write(data), private=private)


def write_text_atomic(
    path: Path, write: Callable[[TextIO], None], *, private: bool = False
) -> None:
    """``write_atomic`` for text written as it is made (UTF-8, newlines as given)."""

    def encode(handle: IO[bytes]) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="\n", write_through=False)
        write(text)
        text.flush()
        text.detach()  # the handle is write_atomic's to fsync and close

    write_atomic(path, encode, private=private)


def save_cache(path: Path, kind: str, stamp: str, write: Callable[[IO[bytes]], None]) -> bool:
    """Save a cache file: the header (``kind``), the ``stamp``, then what ``write`` writes.

    False (and nothing changed) when it could not be saved: a read-only or shared cache
    folder, a full disk, data that cannot be written. Never raises for those.
    """
    path = Path(path)
    header = _header(kind, stamp)

    def write_all(handle: IO[bytes]) -> None:
        handle.write(header)
        write(handle)

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not usable_folder(path.parent):
            return False
        _remove_stale_temps(path)
        write_atomic(path, write_all)
    except Exception:
        return False
    return True


STALE_TEMP_SECONDS = 3600


def _remove_stale_temps(path: Path) -> None:
    """Temp files of ``path`` left by a process that ended mid-write (a crash, or quitting
    during a load: the app then leaves at once). Only old ones: a young one may be
    another summit-tui's write in progress."""
    import time

    limit = time.time() - STALE_TEMP_SECONDS
    for temp in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if temp.lstat().st_mtime < limit:
                temp.unlink()


# -- reading -----------------------------------------------------------------------------------


def read_cache(path: Path, kind: str, stamp: str, read: Callable[[IO[bytes]], T]) -> T | None:
    """What ``read(handle)`` makes of the cache file at ``path``, or None when the file
    is absent, not safe to read (see the module's docstring), of another ``kind``, made
    from something else (``stamp``), or ``read`` fails on it (truncated, garbled, a
    forbidden class). ``read`` gets the file positioned after the stamp line."""
    path = Path(path)
    try:
        if not usable_folder(path.parent):
            return None
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC | _BINARY)
    except OSError:  # absent, a symbolic link (ELOOP), unreadable
        return None
    try:
        with open(fd, "rb", closefd=True) as handle:
            if not _own_file(os.fstat(handle.fileno())):
                return None
            header = _header(kind, stamp)
            first, _, second = header.partition(b"\n")
            if handle.readline(_LINE_MAX) != first + b"\n":
                return None
            if handle.readline(_LINE_MAX) != second:
                return None
            return read(handle)
    except Exception:  # truncated, garbled, another layout, a forbidden class: rebuild
        return None


def usable_folder(folder: Path) -> bool:
    """True when ``folder`` is the user's own and no one else may write in it."""
    try:
        info = os.stat(folder)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if not hasattr(os, "getuid"):  # Windows: the user's profile folder is private
        return True
    return info.st_uid == os.getuid() and not info.st_mode & stat.S_IWOTH


def _own_file(info: os.stat_result) -> bool:
    if not stat.S_ISREG(info.st_mode):
        return False
    if not hasattr(os, "getuid"):
        return True
    return info.st_uid == os.getuid() and not info.st_mode & _SHARED


def _header(kind: str, stamp: str) -> bytes:
    if "\n" in kind or "\n" in stamp:
        raise ValueError("a cache's kind and stamp are one line each")
    return f"summit-tui {kind}\n{stamp}\n".encode()


# -- pickles -----------------------------------------------------------------------------------


class _Restricted(pickle.Unpickler):
    def __init__(self, file: IO[bytes], allowed: Allowed) -> None:
        super().__init__(file)
        self._allowed = allowed

    def find_class(self, module: str, name: str) -> Any:
        # Exact names only: with protocol 4, "os.system" inside an allowed module would
        # otherwise be looked up attribute by attribute.
        if name in self._allowed.get(module, ()):
            return super().find_class(module, name)
        raise UnsafeCache(f"a cache may not make {module}.{name}")


def load_pickle(source: IO[bytes] | bytes, allowed: Allowed) -> Any:
    """Unpickle one object, making only the ``allowed`` classes and functions.

    Strings, numbers, bytes, lists, tuples, dicts and sets need no permission; every
    other object a pickle names must be listed, module by module, name by name.
    """
    handle = io.BytesIO(source) if isinstance(source, bytes | bytearray | memoryview) else source
    return _Restricted(handle, allowed).load()


def allow(module: str, *names: str) -> Allowed:
    """One module's part of an allow-list (merge several with ``{**a, **b}``)."""
    return {module: frozenset(names)}
