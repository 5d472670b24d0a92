"""The text field's part of an autosave: the Markdown of a 2,000-word formatted entry.

    python bench/editor_markdown.py RUNS

Run by bench/run.py in a process of its own (offscreen). An autosave on the UI thread
first asks the editor for its text: the formatted document written back as Markdown
(ui.editors.markdown_doc), then Journal.save (the autosave row). The text has what a
participant formats: a heading, bold and italic phrases, a bulleted and a numbered list
and a quote in every paragraph. Prints the median time in ms as JSON on stdout.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# isort: off
from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.editors.markdown_edit import MarkdownEdit  # noqa: E402
# isort: on


def formatted_text(words: int = 2000) -> str:
    sentence = "Jag pratade med **enhetscheferna** om *tillit* och vad vi lär oss av mötet. "
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraphs.append(
            "## Vad hände\n"
            + sentence * 4
            + "\n- ringde in vikarier\n- pratade med jouren\n1. först\n2. sedan\n"
            + "> Lugn är smittsamt."
        )
        count += len(paragraphs[-1].split())
    return "\n\n".join(paragraphs)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    app = QApplication([])
    edit = MarkdownEdit()
    edit.resize(700, 500)
    edit.show()
    text = formatted_text()
    edit.set_text(text)
    app.processEvents()
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        written = edit.text()
        times.append((time.perf_counter() - start) * 1000)
    assert written == text
    print(json.dumps({"median": statistics.median(times)}))


if __name__ == "__main__":
    main()
