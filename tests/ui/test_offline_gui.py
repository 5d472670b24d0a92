"""The desktop app never opens a network connection, in a whole session with an export."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.journal.test_offline import run_offline


def test_a_gui_session_with_an_export_opens_no_socket(tmp_path: Path) -> None:
    out = tmp_path / "portfolio.pdf"
    result = run_offline("tests.ui.offline_session:run", str(tmp_path / "journal"), str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "NETWORK" not in result.stdout
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("mentor")
    assert len(reader.pages) > 5
