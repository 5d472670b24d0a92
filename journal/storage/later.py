"""A module imported when it is first used, not when its user is.

The ORM's tables and write path (``schema``, ``records``, ``fastsave``: about 40 ms of
class building) are not needed for the window's first paint, which reads in plain SQL
(:mod:`journal.storage.plain_reads`). :mod:`journal.store` names them through this, so
they load at the first ORM use, or when the window warms the journal up after showing.
``importlib.import_module`` holds the import lock, so a first use on two threads at once
loads the module once.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class Later:
    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def load(self) -> ModuleType:
        module = self._module
        if module is None:
            module = importlib.import_module(self._name)
            self._module = module
        return module

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.load(), attr)
