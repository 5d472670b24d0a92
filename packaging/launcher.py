"""The bundled app's entry point: the same ``leadership-journal`` command as the package's."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
