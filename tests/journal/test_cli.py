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
        "    if '.migrations' not in m.name:\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_quick_search_prints_what_the_full_command_line_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal.quick_search import run

    assert main(["demo", "--data-dir", str(tmp_path), "--entries", "40"]) == 0
    capsys.readouterr()
    for words in (["tillit"], ["möte", "ledar"], ["zzzyyyxxx"]):
        quick = run(["search", "--data-dir", str(tmp_path), "-n", "7", *words])
        quick_out = capsys.readouterr().out
        full = main(["search", "--data-dir", str(tmp_path), "-n", "7", *words])
        assert (quick, quick_out) == (full, capsys.readouterr().out)
    assert quick_out == "" and quick == 1
    assert run(["--data-dir", str(tmp_path), "search", "tillit"]) == 0


def test_the_quick_search_leaves_the_rest_to_the_full_command_line(tmp_path: Path) -> None:
    from journal.quick_search import run

    assert main(["demo", "--data-dir", str(tmp_path / "j"), "--entries", "5"]) == 0
    folder = str(tmp_path / "j")
    for argv in (
        ["search", "--help"],
        ["search", "--data-dir", folder, "--passphrase-file", "f", "x"],
        ["search", "--data-dir", str(tmp_path / "missing"), "x"],
        ["search", "--data-dir", folder],
        ["search", "--data-dir", folder, "-n", "many", "x"],
        ["export", "search"],
    ):
        assert run(argv) is None, argv
    (tmp_path / "enc").mkdir()
    (tmp_path / "enc" / "journal.sqlite3").write_bytes(b"\x8a" * 4096)
    assert run(["search", "--data-dir", str(tmp_path / "enc"), "x"]) is None


def test_relative_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo", "--data-dir", "rel", "--entries", "5"]) == 0
    assert main(["check", "--data-dir", "rel"]) == 0
    assert main(["search", "--data-dir", "./rel", "delegering"]) == 0  # the demo theory
    assert (tmp_path / "rel" / "journal.sqlite3").exists()


def test_help_lists_every_command_and_each_command_parses_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from journal.cli import _COMMANDS, build_parser

    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out
    [commands] = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(commands.choices) == set(_COMMANDS)
    for name in _COMMANDS:
        assert name in listed
    with pytest.raises(SystemExit):
        main(["serch", "x"])  # a typo gets the full parser's error
    assert "invalid choice" in capsys.readouterr().err
