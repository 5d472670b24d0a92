from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from journal.cli import main
from journal.paths import journal_file


def test_demo_export_import_check_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src, dst = tmp_path / "src", tmp_path / "dst"
    assert main(["demo", "--data-dir", str(src), "--entries", "40", "--seed", "7"]) == 0
    out = tmp_path / "out.json"
    assert main(["export", "--data-dir", str(src), "--format", "json", "-o", str(out)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "leadership-journal" and len(document["entries"]) == 40
    kinds = {e["kind"] for e in document["entries"]}
    assert kinds == {"experience", "arl", "theory", "trip_note"}
    assert any(e["private"] for e in document["entries"])
    assert any(e.get("attachments") for e in document["entries"])
    assert main(["import", "--data-dir", str(dst), str(out)]) == 0
    assert main(["check", "--data-dir", str(dst)]) == 0
    capsys.readouterr()
    assert main(["search", "--data-dir", str(dst), "tillit"]) == 0
    assert "[tillit]" in capsys.readouterr().out.lower()
    assert main(["search", "--data-dir", str(dst), "zzzyyyxxx"]) == 1


def test_demo_refuses_a_used_journal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--data-dir", str(tmp_path), "--entries", "5"]) == 0
    assert main(["demo", "--data-dir", str(tmp_path), "--entries", "5"]) == 2
    assert "already holds a journal" in capsys.readouterr().err


def test_check_reports_damage_with_nonzero_exit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp_path.mkdir(exist_ok=True)
    journal_file(tmp_path).write_bytes(b"not a database at all" * 100)
    assert main(["check", "--data-dir", str(tmp_path)]) == 2
    assert "not a journal" in capsys.readouterr().err


def test_invalid_import_exits_nonzero_with_the_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "leadership-journal", "version": 1, "entries": [{}]}')
    assert main(["import", "--data-dir", str(tmp_path / "j"), str(bad)]) == 2
    assert "entries[0]: missing field 'kind'" in capsys.readouterr().err
    con = sqlite3.connect(journal_file(tmp_path / "j"))
    assert con.execute("SELECT count(*) FROM entries").fetchone()[0] == 0
    con.close()


def test_journal_never_imports_qt() -> None:
    """`import journal` and every submodule must work without PySide6."""
    code = (
        "import importlib, pkgutil, sys, journal\n"
        "for m in pkgutil.walk_packages(journal.__path__, 'journal.'):\n"
        "    if not m.name.startswith('journal.migrations'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_search_path_imports_neither_qt_nor_orm(tmp_path: Path) -> None:
    """The command-line search loads only what it needs: no Qt or ORM, and none of the
    standard modules that would cost it a tenth of its time (bench/: ≥ 20× jrnl)."""
    assert main(["demo", "--data-dir", str(tmp_path), "--entries", "5"]) == 0
    code = (
        "import sys\n"
        "from ui.main import main\n"  # as the console script starts
        f"main(['search', '--data-dir', {str(tmp_path)!r}, 'möte'])\n"
        "heavy = ('PySide6', 'sqlalchemy', 'typing', 'shutil', 'dataclasses', 'tempfile')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in heavy]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_help_is_laid_out_as_argparse_would(monkeypatch: pytest.MonkeyPatch) -> None:
    """The formatter that spares the search importing shutil keeps argparse's layout."""
    import argparse

    import journal.cli

    for columns in ("50", "120"):
        monkeypatch.setenv("COLUMNS", columns)
        for command in (None, "search", "export"):
            ours = journal.cli.build_parser(command).format_help()
            with monkeypatch.context() as m:
                m.setattr(journal.cli, "_Formatter", argparse.HelpFormatter)
                stock = journal.cli.build_parser(command).format_help()
            assert ours == stock


def test_relative_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--data-dir", "rel", "--entries", "5"]) == 0
    assert main(["check", "--data-dir", "rel"]) == 0
    assert main(["search", "--data-dir", "./rel", "tillit"]) in (0, 1)
    assert (tmp_path / "rel" / "journal.sqlite3").exists()


def test_help_lists_every_command_and_each_command_parses_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from journal.cli import _COMMANDS, build_parser

    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    for name in _COMMANDS:
        assert name in listed
        # Only the command given is built (the quick search pays for no other).
        [commands] = [
            a for a in build_parser(name)._actions if isinstance(a, argparse._SubParsersAction)
        ]
        assert set(commands.choices) == {name}
    with pytest.raises(SystemExit):
        main(["serch", "x"])  # a typo gets the full parser's error
    assert "invalid choice" in capsys.readouterr().err
