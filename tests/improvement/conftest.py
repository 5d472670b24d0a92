from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from journal.store import Journal, open_journal


@pytest.fixture
def journal(data_dir: Path) -> Iterator[Journal]:
    with open_journal(data_dir) as j:
        yield j
