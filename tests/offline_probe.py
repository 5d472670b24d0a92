"""Run a piece of the app with every network attempt recorded (see test_offline).

    python tests/offline_probe.py MODULE:FUNCTION ARG...

Python's audit hooks see each socket being made or connected, from our code and
from any library, and print them; the test fails if any were.
"""

from __future__ import annotations

import importlib
import sys

attempts: list[str] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if (
        event.startswith(("socket.", "http.client.", "urllib.Request"))
        and event != "socket.gethostname"
    ):
        attempts.append(f"{event} {args!r}"[:200])


def main() -> int:
    sys.addaudithook(_audit)
    target, *args = sys.argv[1:]
    module_name, function_name = target.split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    function(*args)
    for attempt in attempts:
        print(f"NETWORK: {attempt}")
    return 3 if attempts else 0


if __name__ == "__main__":
    raise SystemExit(main())
