"""Leadership Journal: the participant's data, its storage, search and export.

This package never imports Qt. Open a journal with :func:`journal.store.open_journal`.
"""

__version__ = "0.1.0"
