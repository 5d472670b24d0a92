"""``leadership-journal feedback import`` and ``feedback list``; the export records."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from journal.cli import main
from journal.feedback.anchors import EXPORT_ID_KEY
from journal.store import open_journal
from tests.feedback.helpers import annotation, fill
from tests.portfolio.helpers import text_of


def _export_with_cli(folder: Path, out: Path, password: str | None = None) -> str:
    with open_journal(folder, daily_backup=False) as journal:
        entries = fill(journal)
    args = ["export", "--data-dir", str(folder), "--format", "pdf", "-o", str(out)]
    if password:
        (folder.parent / "pw.txt").write_text(password)
        args += ["--password-file", str(folder.parent / "pw.txt")]
    assert main(args) == 0
    return entries["Morgonmötet"].uid


def test_a_cli_export_is_recorded_and_its_comments_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = tmp_path / "j", tmp_path / "p.pdf"
    morning = _export_with_cli(folder, out, password="hemligt")
    with pikepdf.open(out, password="hemligt") as pdf:
        export_id = str(pdf.docinfo[EXPORT_ID_KEY])
        with open_journal(folder, daily_backup=False) as journal:
            manifest = journal.export_manifest(export_id)
        assert manifest is not None and manifest.encrypted
        place = next(p for p in manifest.places if p.ident == morning)
        annotation(pdf, place.page, "/Text", [60, place.top - 40, 80, place.top - 20],
                   contents="Modigt!", author="Maria")  # fmt: skip
        annotation(pdf, 1, "/Text", [60, 700, 80, 720], contents="Fint omslag.")
        pdf.save(tmp_path / "back.pdf", encryption=pikepdf.Encryption(user="hemligt",
                 owner="hemligt", R=6))  # fmt: skip
    capsys.readouterr()
    back = ["feedback", "import", "--data-dir", str(folder), str(tmp_path / "back.pdf")]
    # No terminal to ask at: the password is asked for by name.
    assert main(back) == 2
    assert "--password-file" in capsys.readouterr().err
    assert main([*back, "--password-file", str(tmp_path / "pw.txt"), "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "Morgonmötet: Maria, 2026-03-01: Modigt!" in shown
    assert "(the portfolio as a whole)" in shown and "Nothing was stored" in shown
    assert main([*back, "--password-file", str(tmp_path / "pw.txt")]) == 0
    assert "Stored 2" in capsys.readouterr().out
    assert main([*back, "--password-file", str(tmp_path / "pw.txt")]) == 0
    assert "0 new comment(s)" in capsys.readouterr().out
    assert main(["feedback", "list", "--data-dir", str(folder), "--awaiting"]) == 0
    assert shown.count("p. ") == capsys.readouterr().out.count("p. ") == 2
    # The next portfolio, with the dialogue.
    again = tmp_path / "next.pdf"
    export = ["export", "--data-dir", str(folder), "--format", "pdf", "-o", str(again)]
    assert main([*export, "--mentor-dialogue"]) == 0
    assert "Modigt!" in text_of(again)
    assert main(export) == 0
    assert "Modigt!" not in text_of(again)


def test_a_file_that_is_no_returned_portfolio_is_told_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "j"
    _export_with_cli(folder, tmp_path / "p.pdf")
    capsys.readouterr()
    missing = tmp_path / "nowhere.pdf"
    assert main(["feedback", "import", "--data-dir", str(folder), str(missing)]) == 2
    err = capsys.readouterr().err
    assert "nowhere.pdf could not be read" in err and "Traceback" not in err
    assert main(["feedback", "import", "--data-dir", str(folder), str(tmp_path / "p.pdf")]) == 2
    assert "has no comments" in capsys.readouterr().err
