"""Test settings shared by every test: no screen, no real journal, no real settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must be set before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every test at its own data folder, so none can touch a real journal."""
    data = tmp_path / "data"
    monkeypatch.setenv("LEADERSHIP_JOURNAL_DATA_DIR", str(data))
    monkeypatch.setenv("LEADERSHIP_JOURNAL_CONFIG_DIR", str(tmp_path / "config"))
    yield data


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir
