"""Recent search queries, remembered across runs in the state dir.

One JSON file (``search-history.json``: ``{"version": 1, "queries": [...]}``), newest
first, capped. Written atomically (temp file + rename) so a crash never leaves half a
file; a missing, unreadable or corrupt file is treated as empty and replaced on the
next save, never raised.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

FILE_NAME = "search-history.json"
LIMIT = 50
MAX_QUERY = 500  # characters; longer queries are not worth remembering


class SearchHistory:
    def __init__(self, path: Path, limit: int = LIMIT) -> None:
        self.path = path
        self.limit = limit

    @classmethod
    def default(cls) -> SearchHistory:
        from summit_tui import config

        return cls(config.state_dir() / FILE_NAME)

    def load(self) -> list[str]:
        """The remembered queries, newest first; [] when there is no usable file."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return []
        queries = data.get("queries") if isinstance(data, dict) else None
        if not isinstance(queries, list):
            return []
        clean = [q for q in queries if isinstance(q, str) and q.strip()]
        return list(dict.fromkeys(clean))[: self.limit]

    def add(self, query: str) -> list[str]:
        """Remember ``query`` as the newest; returns the new list. Never raises on I/O."""
        query = " ".join(query.split())
        queries = self.load()
        if not query or len(query) > MAX_QUERY:
            return queries
        queries = [query, *(q for q in queries if q != query)][: self.limit]
        self._save(queries)
        return queries

    def clear(self) -> None:
        self._save([])

    def _save(self, queries: list[str]) -> None:
        text = json.dumps({"version": 1, "queries": queries}, ensure_ascii=False, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(
                prefix=".search-history.", suffix=".tmp", dir=self.path.parent
            )
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text + "\n")
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, self.path)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # recent searches are a convenience; a read-only state dir must not break search
