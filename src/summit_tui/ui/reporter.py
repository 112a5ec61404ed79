"""`R`: write the conference report (compare/report.py) into the export folder.

The App passes the user's annotations and marks (read from its session on this thread);
the talks are aligned in a worker thread, then the file is written and the path shown.
On the compare screen `R` writes the report of the compared item alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from summit_tui import words
from summit_tui.text import clean_line, home_path

if TYPE_CHECKING:
    from textual.app import App

    from summit_tui.annotate.model import Annotation, ItemMark
    from summit_tui.corpus.model import Corpus


def write_report(
    app: App,
    corpus: Corpus,
    annotations: Sequence[Annotation],
    marks: Mapping[str, ItemMark],
    folder: Path,
    *,
    items: Sequence[str] = (),
) -> None:
    """Start writing the report of every event (or of ``items`` only) into ``folder`` (an
    earlier one still running is dropped); the app says where it went, or why not."""
    app.notify("Writing the report …", markup=False, timeout=3)

    def work() -> None:
        from summit_tui import persist
        from summit_tui.compare.report import (
            ReportCancelled,
            build_report,
            report_markdown,
        )

        worker = get_current_worker()
        try:
            report = build_report(
                corpus, annotations, marks, items=items, cancelled=lambda: worker.is_cancelled
            )
        except ReportCancelled:
            return
        if items and not report.talks:
            app.call_from_thread(
                app.notify,
                "No report written: no author's notes are linked to this item.",
                title="Report",
                severity="warning",
                markup=False,
                timeout=10,
            )
            return
        path = Path(folder) / _filename(report.generated, items)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            text = report_markdown(report, report.places(str(path.absolute().parent)))
            persist.write_bytes_atomic(path, text.encode("utf-8"))
        except OSError as error:
            app.call_from_thread(
                app.notify,
                f"Could not write {home_path(path)}: {error.strerror or error}",
                title="Report failed",
                severity="error",
                markup=False,
                timeout=10,
            )
            return
        what = words.count(len(report.talks), "item")
        if len(items) == 1:
            item = corpus.item(items[0])
            what = f"“{clean_line(item.title)}”" if item is not None else items[0]
        app.call_from_thread(
            app.notify,
            f"Wrote a report of {what} to\n{home_path(path)}",
            title="Report",
            markup=False,
            timeout=10,
        )

    app.run_worker(work, thread=True, exclusive=True, group="report", name="write-report")


_UNSAFE = re.compile(r"[^\w.-]+")


def _filename(generated: str, items: Sequence[str]) -> str:
    """summit-report-YYYYMMDD-HHMMSS.md; with one item, its id after ``summit-report-``."""
    from summit_tui.compare.report import default_filename

    name = default_filename(generated)
    if len(items) != 1:
        return name
    item = _UNSAFE.sub("-", items[0]).strip("-.")[:80] or "item"
    return name.replace("summit-report-", f"summit-report-{item}-", 1)
