"""`R`: write the conference report (compare/report.py) into the export folder.

The App passes the user's annotations and marks (read from its session on this thread);
the talks are aligned in a worker thread, then the file is written and the path shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual.worker import get_current_worker

from summit_tui import words

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
) -> None:
    """Start writing the report of every event into ``folder`` (an earlier one still
    running is dropped); the app says where it went."""
    app.notify("Writing the report …", markup=False, timeout=3)

    def work() -> None:
        from summit_tui import persist
        from summit_tui.compare.report import (
            ReportCancelled,
            build_report,
            default_filename,
            report_markdown,
        )

        worker = get_current_worker()
        try:
            report = build_report(corpus, annotations, marks, cancelled=lambda: worker.is_cancelled)
        except ReportCancelled:
            return
        path = Path(folder) / default_filename(report.generated)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            persist.write_bytes_atomic(path, report_markdown(report).encode("utf-8"))
        except OSError as error:
            app.call_from_thread(
                app.notify,
                f"Could not write {path}: {error.strerror or error}",
                title="Report failed",
                severity="error",
                markup=False,
                timeout=10,
            )
            return
        app.call_from_thread(
            app.notify,
            f"Wrote a report of {words.count(len(report.talks), 'item')} to {path}",
            title="Report",
            markup=False,
            timeout=10,
        )

    app.run_worker(work, thread=True, exclusive=True, group="report", name="write-report")
