"""A helper process for tests/test_children.py: ``python -m children_helper``."""

from __future__ import annotations

import os
import time
from typing import Any

from summit_tui import children


def _handler(setup: Any) -> children.Handler:
    def handle(request: Any, progress: children.Progress) -> Any:
        kind = request[0]
        if kind == "count":
            for done in range(request[1] + 1):
                progress(done, request[1])
            print("a stray print must not reach the parent's frames")
            return ("counted", setup, request[1])
        if kind == "fail":
            raise ValueError(request[1])
        if kind == "pid-then-sleep":
            # written whole, then moved into place: the test cancels once the file exists
            written = f"{request[1]}.part"
            with open(written, "w", encoding="ascii") as out:
                out.write(str(os.getpid()))
            os.replace(written, request[1])
            time.sleep(60)
        if kind == "exit":
            os._exit(3)
        return None

    return handle


if __name__ == "__main__":
    children.serve(_handler)
